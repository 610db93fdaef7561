import { describe, expect, it } from 'vitest';
import { parseFigureCounts } from '../../src/archive/figure-counts.ts';
import { formatProblem } from '../../src/archive/problems.ts';
import { groupFigures, type FigureRow } from '../../src/lib/figure-groups.ts';

const row = (slug: string, value: number, counts: string, unit = '名'): FigureRow => ({ slug, index: 1, value, unit, counts, place: [] });
const vocabulary = [{ name: '妇联执委', aliases: ['执委'] }];

describe('key figures across counties', () => {
  it('groups wordings the vocabulary names together, largest first', () => {
    const groups = groupFigures([row('a', 2739, '妇联执委'), row('b', 3660, '执委'), row('c', 173, '妇联组织', '个')], vocabulary);
    expect(groups.map((g) => [g.name, g.wordings, g.rows.map((r) => r.value)])).toEqual([
      ['妇联执委', ['妇联执委', '执委'], [3660, 2739]],
      ['妇联组织', ['妇联组织'], [173]],
    ]);
  });

  it('never groups wordings the vocabulary does not name', () => {
    expect(groupFigures([row('a', 1, '执委会'), row('b', 2, '妇联执委')], vocabulary).map((g) => g.name).sort()).toEqual(['执委会', '妇联执委'].sort());
  });

  it('the vocabulary refuses one wording in two groups, at its line', () => {
    const { problems } = parseFigureCounts('- name: 妇联执委\n  aliases: [执委]\n- name: 执委会\n  aliases: [执委]\n', 'f.yaml');
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/^f\.yaml:3: \[1\]: “执委”已属于“妇联执委”/)]);
  });
});
