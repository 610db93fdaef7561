import { describe, expect, it } from 'vitest';
import { hunanDivisions } from '../../src/regions/load.ts';
import { buildRegionTree, flatten } from '../../src/regions/tree.ts';
import type { ResolvedRegion } from '../../src/regions/divisions.ts';

const d = hunanDivisions();
const region = (prefecture: string, county?: string, township?: string) => {
  const r = d.resolve({ prefecture, county, township });
  if (!r.ok) throw new Error(r.message);
  return r.region;
};
const items: { id: string; region?: ResolvedRegion }[] = [
  { id: 'a', region: region('衡阳市', '衡阳县') },
  { id: 'b', region: region('湘潭市', '湘乡市', '棋梓镇') },
  { id: 'c', region: region('株洲市') },
  { id: 'd' },
];

describe('region tree', () => {
  const tree = buildRegionTree(d.prefectures, items, (i) => i.region);

  it('keeps every prefecture, with or without articles', () => {
    expect(tree).toHaveLength(14);
    expect(tree.filter((n) => n.all.length > 0).map((n) => n.division.name)).toEqual(['株洲市', '湘潭市', '衡阳市']);
  });

  it('nests counties and townships with URL slugs', () => {
    const nodes = flatten(tree);
    expect(nodes.find((n) => n.division.name === '衡阳县')?.slugs).toEqual(['hengyang', 'hengyang-xian']);
    const town = nodes.find((n) => n.division.name === '棋梓镇');
    expect(town?.slugs).toEqual(['xiangtan', 'xiangxiang', 'qizi']);
    expect(town?.ancestors.map((a) => a.name)).toEqual(['湘潭市', '湘乡市']);
    expect(nodes.find((n) => n.division.name === '湘乡市')?.all.map((i) => i.id)).toEqual(['b']);
  });

  it('places a city-wide article at the prefecture itself', () => {
    const zhuzhou = tree.find((n) => n.division.name === '株洲市');
    expect(zhuzhou?.own.map((i) => i.id)).toEqual(['c']);
    expect(zhuzhou?.children).toHaveLength(0);
  });
});
