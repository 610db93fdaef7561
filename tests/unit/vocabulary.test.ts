import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/archive/problems.ts';
import { projectSchemaInputs } from '../../src/archive/validate.ts';
import { articlesByInitiative, parseVocabulary } from '../../src/archive/vocabulary.ts';

const problems = (text: string) => parseVocabulary(text, 'x.yaml').problems.map(formatProblem);

describe('initiative vocabulary', () => {
  it('loads the committed vocabulary with unique ids', () => {
    const v = projectSchemaInputs().vocabulary;
    expect(v.length).toBeGreaterThanOrEqual(4);
    expect(v.map((e) => e.name)).toEqual(expect.arrayContaining(['执委帮扶', '五导工作法', '网格化+户积分', '家庭教育讲堂']));
  });

  it('rejects a bad id, naming file, line, entry and field', () => {
    expect(problems('- id: wudao\n  name: 五导\n- id: Wu Dao\n  name: 五导工作法\n')).toEqual([expect.stringMatching(/^x\.yaml:3: \[1\]\.id: /)]);
  });

  it('rejects a missing name and a duplicate id, each at its line', () => {
    expect(problems('- id: wudao\n')).toEqual([expect.stringMatching(/^x\.yaml:1: \[0\]\.name: 缺少/)]);
    expect(problems('- {id: a, name: 甲}\n- {id: a, name: 乙}\n')).toEqual([expect.stringMatching(/^x\.yaml:2: \[1\]\.id: 重复的 id “a”/)]);
  });

  it('reports a YAML syntax error at its line instead of throwing', () => {
    expect(problems('- id: a\n  name: [甲\n')).toEqual([expect.stringMatching(/^x\.yaml:\d+: YAML: YAML 格式错误/)]);
  });
});

describe('articles by initiative', () => {
  const vocabulary = [
    { id: 'a', name: '甲', aliases: [] },
    { id: 'b', name: '乙', aliases: [] },
    { id: 'c', name: '丙', aliases: [] },
  ];
  const article = (id: string, ...initiatives: string[]) => ({ id, data: { initiatives } });

  it('groups in one pass, keeping the articles’ order, every initiative present, unknown ids ignored', () => {
    const articles = [article('x', 'b', 'a'), article('y', 'a', 'zz'), article('z', 'b')];
    const grouped = articlesByInitiative(vocabulary, articles);
    expect([...grouped].map(([id, list]) => [id, list.map((a) => a.id)])).toEqual([
      ['a', ['x', 'y']],
      ['b', ['x', 'z']],
      ['c', []],
    ]);
  });

  it('lists an article that names an initiative twice once, as its list pages count it', () => {
    expect(articlesByInitiative(vocabulary, [article('x', 'a', 'a')]).get('a')!.map((a) => a.id)).toEqual(['x']);
  });
});
