import { describe, expect, it } from 'vitest';
import { loadVocabulary, parseVocabulary } from '../../src/initiatives/vocabulary.ts';

describe('initiative vocabulary', () => {
  it('loads the committed vocabulary with unique ids', () => {
    const v = loadVocabulary();
    expect(v.length).toBeGreaterThanOrEqual(4);
    expect(v.map((e) => e.name)).toEqual(expect.arrayContaining(['执委帮扶', '五导工作法', '网格化+户积分', '家庭教育讲堂']));
  });

  it('rejects a bad id, naming file, entry and field', () => {
    expect(() => parseVocabulary('- id: Wu Dao\n  name: 五导工作法\n', 'x.yaml')).toThrow(/x\.yaml: \[0\]\.id: /);
  });

  it('rejects a missing name and a duplicate id', () => {
    expect(() => parseVocabulary('- id: wudao\n', 'x.yaml')).toThrow(/x\.yaml: \[0\]\.name: 缺少/);
    expect(() => parseVocabulary('- {id: a, name: 甲}\n- {id: a, name: 乙}\n', 'x.yaml')).toThrow(/\[1\]\.id: 重复的 id “a”/);
  });
});
