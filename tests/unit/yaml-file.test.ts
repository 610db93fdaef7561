// The check reads YAML as the build does (js-yaml), and says where a value would be read as
// something other than what is written.
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/archive/yaml-file.ts';

const read = (text: string) => parseYaml('f.yaml', text, { firstLine: 2, field: 'frontmatter' });
const faults = (text: string) => read(text).problems.map((p) => `${p.line}: ${p.field}: ${p.message}`);

describe('reading YAML as the build does', () => {
  it.each([
    ['an unquoted date', 'kind: news\ndate: 2020-11-20\n', 3, '"2020-11-20T00:00:00.000Z"'],
    ['a binary number', 'headline: 0b11\n', 2, '读成 3'],
    ['a date-time in a list', 'captions:\n  - 2020-01-01T10:00:00Z\n', 3, '2020-01-01T10:00:00.000Z'],
    ['a merge key', 'a: 1\n<<: {b: 2}\n', 3, '没有这一项'],
    ['an unknown tag', 'kind: news\nheadline: !x "a"\n', 3, 'YAML 格式错误'],
    ['an alias without its anchor', 'organisation: *常德市临澧县妇联\n', 2, 'YAML 格式错误'],
    ['a self-referencing alias', 'x: &a [*a]\n', 2, '循环引用'],
    ['a syntax error', 'a: [1\nb: 2\n', 3, 'YAML 格式错误'],
  ])('refuses %s at its line', (_name, text, line, shown) => {
    const found = faults(text);
    expect(found.length, JSON.stringify(found)).toBeGreaterThan(0);
    expect(found[0]).toMatch(new RegExp(`^${line}: frontmatter: `));
    expect(found[0]).toContain(shown);
    expect(read(text).value).toBeUndefined();
  });

  it('accepts quoted values, and gives the value the build reads', () => {
    const text = 'headline: "2020-11-19"\ncontinuedFrom: "03"\ninitiatives: [a, b]\na: &x [1]\nb: *x\n';
    expect(faults(text)).toEqual([]);
    expect(read(text).value).toEqual({ headline: '2020-11-19', continuedFrom: '03', initiatives: ['a', 'b'], a: [1], b: [1] });
  });

  it('points a path at its line', () => {
    expect(read('a: 1\nsource:\n  page: x\n  order: 3\n').lineOf(['source', 'order'])).toBe(5);
  });
});
