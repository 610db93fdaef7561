// Each article as data and as text, linked from its page, and the archive's OpenSearch
// description: read from the built site and parsed with real parsers.
import { readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { assertBuilt, DIST, distFiles, page } from '../helpers/dist.ts';
import { readArticles } from '../helpers/content.ts';

assertBuilt();
const articles = readArticles();
const file = (path: string) => readFileSync(`${DIST}${path}`, 'utf8');

describe.each(articles.map((a) => [a.slug] as const))('/articles/%s/', (slug) => {
  const doc = page(`/articles/${slug}/`);
  const article = doc.querySelector('article')!;
  const printed = {
    organisation: article.querySelector('.article-organisation')?.text.replace(/:$/, ''),
    headline: article.querySelector('h1')!.text,
    paragraphs: article.querySelectorAll('.article-body p').map((p) => p.text),
    captions: article.querySelectorAll('[data-search="caption"]').map((c) => c.text),
  };
  const alternate = (type: string) => doc.querySelector(`link[rel="alternate"][type="${type}"]`)?.getAttribute('href');

  it('offers its data as JSON, in the head and visibly, with every printed part', () => {
    const href = alternate('application/json');
    expect(href).toBe(`/articles/${slug}.json`);
    expect(doc.querySelector(`.cite a[href="${href}"]`)).not.toBeNull();
    const record = JSON.parse(file(href!));
    expect(record.url).toBe(doc.querySelector('link[rel="canonical"]')!.getAttribute('href'));
    expect({ organisation: record.organisation, headline: record.headline, paragraphs: record.paragraphs, captions: record.captions }).toEqual(printed);
    expect(record.region.province).toEqual({ name: '湖南省', code: '430000' });
    expect(record.source.date).toBeNull(); // the page prints none
    expect(record.source.inferredYear.value).toBe(2020);
  });

  it('offers its printed text as plain text', () => {
    const href = alternate('text/plain');
    expect(href).toBe(`/articles/${slug}.txt`);
    expect(doc.querySelector(`.cite a[href="${href}"]`)).not.toBeNull();
    const text = file(href!);
    for (const part of [printed.headline, ...printed.paragraphs, ...printed.captions]) expect(text).toContain(part);
    if (printed.organisation) expect(text.startsWith(`${printed.organisation}:\n${printed.headline}\n`)).toBe(true);
  });
});

describe('OpenSearch', () => {
  it('every page points to the description', () => {
    for (const path of distFiles().filter((f) => f.endsWith('.html'))) {
      const link = page(path.replace(/index\.html$/, '')).querySelector('link[rel="search"]');
      expect(link?.getAttribute('type'), path).toBe('application/opensearchdescription+xml');
      expect(link?.getAttribute('href'), path).toBe('/opensearch.xml');
    }
  });

  it('is valid XML with the search page as its template', () => {
    const xml = file('/opensearch.xml');
    expect(XMLValidator.validate(xml)).toBe(true);
    const description = new XMLParser({ ignoreAttributes: false }).parse(xml).OpenSearchDescription;
    expect(description['@_xmlns']).toBe('http://a9.com/-/spec/opensearch/1.1/');
    const urls = [description.Url].flat();
    expect(urls.find((u: Record<string, string>) => u['@_type'] === 'text/html')['@_template']).toBe('http://localhost:4321/search/?q={searchTerms}');
    expect(description.InputEncoding).toBe('UTF-8');
  });
});
