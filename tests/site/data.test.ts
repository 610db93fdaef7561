// The whole archive as data (/data/): the JSON validates against the published JSON Schema
// (ajv), the CSVs parse (csv-parse) with a BOM, one row per article or figure, and the page
// links every file.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { assertBuilt, DIST, page } from '../../tools/dist.ts';
import { readArticles } from '../helpers/content.ts';

assertBuilt();
const articles = readArticles();
const raw = (path: string) => readFileSync(`${DIST}${path}`);
const records = JSON.parse(raw('/data/articles.json').toString('utf8')) as Record<string, any>[];
const csv = (path: string) => {
  const bytes = raw(path);
  expect([...bytes.subarray(0, 3)], `${path} starts with a UTF-8 BOM`).toEqual([0xef, 0xbb, 0xbf]);
  return parse(bytes, { bom: true, columns: true }) as Record<string, string>[];
};

describe('/data/articles.json', () => {
  it('holds every article, each valid against /data/article.schema.json', () => {
    const schema = JSON.parse(raw('/data/article.schema.json').toString('utf8'));
    const validate = new Ajv2020({ allErrors: true, strict: false }).addFormat('uri', (s: string) => URL.canParse(s)).compile(schema);
    expect(records.map((r) => r.slug).sort()).toEqual(articles.map((a) => a.slug).sort());
    for (const r of records) expect(validate(r), JSON.stringify(validate.errors)).toBe(true);
  });

  it('the schema refuses a record that breaks it', () => {
    const schema = JSON.parse(raw('/data/article.schema.json').toString('utf8'));
    const validate = new Ajv2020({ strict: false }).addFormat('uri', (s: string) => URL.canParse(s)).compile(schema);
    expect(validate({ ...records[0], kind: 'opinion' })).toBe(false);
    expect(validate({ ...records[0], invented: 1 })).toBe(false);
  });

  it('is the same data as each article file', () => {
    for (const r of records) expect(JSON.parse(raw(`/articles/${r.slug}.json`).toString('utf8'))).toEqual(r);
  });
});

describe('/data/articles.csv', () => {
  const rows = csv('/data/articles.csv');
  it('has one row per article with its printed text', () => {
    expect(rows).toHaveLength(records.length);
    for (const r of records) {
      const row = rows.find((x) => x.slug === r.slug)!;
      expect(row.headline).toBe(r.headline);
      expect(row.text).toBe(r.paragraphs.join('\n'));
      expect(row.date).toBe(''); // none printed
      expect(row.inferred_year).toBe('2020');
    }
  });
});

describe('/data/figures.csv', () => {
  const rows = csv('/data/figures.csv');
  it('has one row per key figure, each found in its article', () => {
    // counted from the content, not from the build's own JSON
    const figures = articles.reduce((n, a) => n + (a.data.figures?.length ?? 0), 0);
    expect(figures).toBeGreaterThan(0);
    expect(rows).toHaveLength(figures);
    for (const row of rows) {
      const r = records.find((x) => x.slug === row.slug)!;
      expect(r.paragraphs.join('')).toContain(`${row.value}${row.unit}`);
      expect([r.region.county?.code, r.region.township?.code, r.region.prefecture.code]).toContain(row.region_code);
    }
  });
});

it('/data/ explains and links every file, and every field of the record', () => {
  const doc = page('/data/');
  const links = doc.querySelectorAll('.data-files a').map((a) => a.getAttribute('href'));
  expect(links).toEqual(expect.arrayContaining(['/data/articles.json', '/data/articles.csv', '/data/figures.csv', '/data/article.schema.json']));
  const fields = doc.querySelectorAll('table code').map((c) => c.text);
  const schema = JSON.parse(raw('/data/article.schema.json').toString('utf8'));
  expect(fields.sort()).toEqual(Object.keys(schema.properties).sort());
});
