// One broken article per fault; each must be rejected with a message that names the file,
// the field and, where there is one, the bad value.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateArticle } from '../../src/schema/validate.ts';
import { readArticles, splitFrontmatter } from '../helpers/content.ts';
import { articleSchema, vocabulary } from '../helpers/schema.ts';

const validate = (file: string) => {
  const { data, body } = splitFrontmatter(readFileSync(file, 'utf8'));
  return validateArticle(file, data, body, articleSchema, vocabulary);
};

/** fixture → [field, text the message must contain (the bad value or what is missing)] */
const faults: Record<string, [string, string]> = {
  'missing-headline': ['headline', '缺少标题'],
  'headline-not-text': ['headline', '123'],
  'headline-empty': ['headline', '不能为空'],
  'unknown-field': ['(frontmatter)', 'initiative'],
  'unknown-kind': ['kind', '实际是 "report"'],
  'unknown-prefecture': ['region.prefecture', '常德'],
  'unknown-county': ['region.county', '临丽县'],
  'unknown-township': ['region.township', '棋子镇'],
  'missing-county': ['region.county', '缺少县级行政区'],
  'unknown-initiative': ['initiatives[0]', 'wudao'],
  'initiative-not-in-text': ['initiatives[0]', '网格化+户积分'],
  'figure-not-in-text': ['figures[3]', '2163对'],
  'figure-value-quoted': ['figures[3].value', '数字'],
  'unknown-page': ['source.page', 'page-04'],
  'order-not-number': ['source.order', '第七篇'],
  'organisation-mismatch': ['organisation', '没有“临澧”'],
  'empty-body': ['body', '正文为空'],
  'html-in-body': ['body', 'HTML'],
  'news-without-byline': ['byline', '缺少'],
  'event-date-not-in-text': ['eventDate', '11月18日'],
  'month-out-of-range': ['eventDate.month', '1–12'],
  'caption-in-body': ['captions[0]', '图片说明'],
};

describe('committed articles', () => {
  it.each(readArticles().map((a) => [a.file, a] as const))('%s is valid', (_file, a) => {
    expect(validateArticle(a.file, a.data, a.body, articleSchema, vocabulary)).toEqual([]);
  });
});

describe('broken articles are rejected with file, field and value', () => {
  it.each(Object.entries(faults))('%s', (name, [field, value]) => {
    const file = `tests/fixtures/invalid/${name}.md`;
    const messages = validate(file);
    expect(messages.length, 'should be rejected').toBeGreaterThan(0);
    const hit = messages.find((m) => m.startsWith(`${file}: ${field}: `));
    expect(hit, `no message for ${field} in:\n${messages.join('\n')}`).toBeDefined();
    expect(hit).toContain(value);
  });
});
