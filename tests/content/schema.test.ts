// One broken article per fault; each must be rejected with a message that names the file,
// the line, the field and, where there is one, the bad value.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkArticleFile } from '../../src/archive/article-file.ts';
import { formatProblem } from '../../src/archive/problems.ts';
import { pageChoices } from '../../src/schema/article.ts';
import { readArticles } from '../helpers/content.ts';
import { articleSchema, vocabulary } from '../helpers/schema.ts';

const validate = (file: string) => checkArticleFile(file, readFileSync(file, 'utf8'), articleSchema, vocabulary).problems.map(formatProblem);

/** fixture → [line, field, text the message must contain (the bad value or what is missing)] */
const faults: Record<string, [number, string, string]> = {
  'missing-headline': [2, 'headline', '缺少标题'],
  'headline-not-text': [3, 'headline', '123'],
  'headline-empty': [3, 'headline', '不能为空'],
  'unknown-field': [8, '(frontmatter)', 'initiative'],
  'unknown-kind': [2, 'kind', '实际是 "report"'],
  'unknown-prefecture': [6, 'region.prefecture', '常德'],
  'unknown-county': [7, 'region.county', '临丽县'],
  'unknown-township': [8, 'region.township', '棋子镇'],
  'missing-county': [6, 'region.county', '缺少县级行政区'],
  'unknown-initiative': [8, 'initiatives[0]', 'wudao'],
  'initiative-not-in-text': [8, 'initiatives[0]', '网格化+户积分'],
  'figure-not-in-text': [19, 'figures[3]', '2163对'],
  'figure-value-quoted': [19, 'figures[3].value', '数字'],
  'unknown-page': [23, 'source.page', 'page-04'],
  'order-not-number': [24, 'source.order', '第七篇'],
  'organisation-mismatch': [4, 'organisation', '没有“临澧”'],
  'empty-body': [28, 'body', '正文为空'],
  'html-in-body': [28, 'body', 'HTML'],
  'news-without-byline': [2, 'byline', '缺少'],
  'event-date-not-in-text': [12, 'eventDate', '11月18日'],
  'month-out-of-range': [12, 'eventDate.month', '1–12'],
  'caption-in-body': [14, 'captions[0]', '图片说明'],
  'javascript-link': [28, 'body', 'javascript:'],
  'image-in-body': [28, 'body', '图片'],
  'yaml-syntax-error': [5, 'frontmatter', 'YAML 格式错误'],
  'no-frontmatter': [1, 'frontmatter', '---'],
};

describe('committed articles', () => {
  it.each(readArticles().map((a) => a.file))('%s is valid', (file) => {
    expect(validate(file)).toEqual([]);
  });
});

describe('broken articles are rejected with file, field and value', () => {
  it('covers at least 20 kinds of fault, one expectation per fixture file', () => {
    expect(Object.keys(faults).length).toBeGreaterThanOrEqual(20);
    const fixtures = readdirSync('tests/fixtures/invalid').map((f) => f.replace(/\.md$/, ''));
    expect(Object.keys(faults).sort()).toEqual(fixtures.sort());
  });

  it.each(Object.entries(faults))('%s', (name, [line, field, value]) => {
    const file = `tests/fixtures/invalid/${name}.md`;
    const messages = validate(file);
    expect(messages.length, 'should be rejected').toBeGreaterThan(0);
    const hit = messages.find((m) => m.startsWith(`${file}:${line}: ${field}: `));
    expect(hit, `no message for ${field} in:\n${messages.join('\n')}`).toBeDefined();
    expect(hit).toContain(value);
  });
});

describe('any file content', () => {
  // Whatever an editor (or an attacker) saves as an article, the check answers with problems, never an exception.
  const yamlish = fc.array(fc.constantFrom('kind: ', 'news', 'county-report', 'headline: ', '*', '&a ', '[', ']', '{', '}', ': ', '- ', '\n', '  ', '"', "'", '!!binary ', '<<: ', '妇联', '1', '\t'), { maxLength: 40 }).map((a) => a.join(''));
  it.each([
    ['arbitrary text', fc.string({ unit: 'grapheme', maxLength: 200 })],
    ['YAML-like frontmatter', fc.tuple(yamlish, fc.string({ maxLength: 80 })).map(([front, body]) => `---\n${front}\n---\n${body}`)],
  ])('%s', (_name, content) => {
    fc.assert(
      fc.property(content, (raw) => {
        const { problems } = checkArticleFile('content/articles/x.md', raw, articleSchema, vocabulary);
        expect(Array.isArray(problems)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('an unknown page id', () => {
  it('is answered with every page id while there are few', () => {
    expect(pageChoices('page-04', ['page-01', 'page-02'])).toBe('可用的版面有 page-01、page-02');
    expect(pageChoices('page-04', [])).toBe('content/pages/ 中还没有版面');
  });

  it('is answered with the closest ids and the count once there are many, not with thousands of ids', () => {
    const ids = Array.from({ length: 8335 }, (_, i) => `bench-${String(i + 1).padStart(4, '0')}`);
    const message = pageChoices('bench-0420x', ids);
    expect(message).toMatch(/^共有 8335 个版面（见 content\/pages\/），名称最接近的有 /);
    const named = message.split('名称最接近的有 ')[1]!.split('、');
    expect(named).toHaveLength(8);
    expect(named[0]).toBe('bench-0420');
    expect(named.every((id) => id.startsWith('bench-042'))).toBe(true);
  });
});
