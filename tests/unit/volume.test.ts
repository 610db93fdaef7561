import { describe, expect, it } from 'vitest';
import { compareVolumeKeys, UNDATED, volumeLabel, volumeOf, yearsLabel } from '../../src/lib/volume.ts';
import { mergeCounts, sliceAcross, type Counts } from '../../src/search/combined.ts';
import type { SearchDoc } from '../../src/search/record.ts';

describe('volumeOf', () => {
  it('takes the printed year first, then the labelled inferred year, else undated', () => {
    expect(volumeOf({ date: '2021-03-08', inferredYear: { value: 2020 } })).toEqual({ key: '2021', inferred: false });
    expect(volumeOf({ inferredYear: { value: 2020 } })).toEqual({ key: '2020', inferred: true });
    expect(volumeOf({})).toEqual({ key: UNDATED, inferred: false });
  });

  it('orders newest first, undated last', () => {
    expect(['2019', UNDATED, '2024', '2020'].sort(compareVolumeKeys)).toEqual(['2024', '2020', '2019', UNDATED]);
  });

  it('names years as a reader reads them', () => {
    expect(volumeLabel('2020')).toBe('2020 年');
    expect(volumeLabel(UNDATED)).toBe('年份不详');
    expect(yearsLabel(['2024'])).toBe('2024 年');
    expect(yearsLabel(['2024', '2023', '2019'])).toBe('2024–2019 年');
    expect(yearsLabel(['2019', UNDATED])).toBe('2019 年及年份不详的版面');
    expect(yearsLabel([UNDATED])).toBe('年份不详的版面');
  });
});

const doc = (url: string): SearchDoc => ({ url, order: 0, headline: url, organisation: '', region: '', parts: [], filters: {} });
const volume = (urls: string[]) => ({ total: urls.length, slice: async (from: number, size: number) => urls.slice(from, from + size).map(doc) });

describe('results across volumes', () => {
  it('runs pages on from one volume into the next, in volume order', async () => {
    const volumes = [volume(['a1', 'a2', 'a3']), volume([]), volume(['b1', 'b2']), volume(['c1'])];
    const urls = async (from: number, size: number) => (await sliceAcross(volumes, from, size)).map((d) => d.url);
    expect(await urls(0, 2)).toEqual(['a1', 'a2']);
    expect(await urls(2, 2)).toEqual(['a3', 'b1']);
    expect(await urls(3, 10)).toEqual(['b1', 'b2', 'c1']);
    expect(await urls(6, 10)).toEqual([]);
  });

  it('adds facet counts over volumes; an unknown count stays unknown', () => {
    const empty = { prefecture: [], county: [], initiative: [], kind: [] };
    const a: Counts = { ...empty, prefecture: [['长沙市', 3], ['常德市', 1]] };
    const b: Counts = { ...empty, prefecture: [['常德市', 4]], county: [['临澧县', null]] };
    const c: Counts = { ...empty, county: [['临澧县', 2]] };
    const merged = mergeCounts([a, b, c]);
    expect(merged.prefecture).toEqual([['常德市', 5], ['长沙市', 3]]);
    expect(merged.county).toEqual([['临澧县', null]]);
  });
});
