// Each article as data, as text and as citation files, linked from its page, and the archive's
// OpenSearch description: read from the built site and parsed with real parsers (Citation.js,
// a second BibTeX parser, JSON, XML).
import { readFileSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { assertBuilt, DIST, distFiles, page } from '../../tools/dist.ts';
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

describe.each(articles.map((a) => [a.slug, a] as const))('/articles/%s/ citation files', (slug, a) => {
  const doc = page(`/articles/${slug}/`);
  const headline = doc.querySelector('h1')!.text;
  const permalink = doc.querySelector('link[rel="canonical"]')!.getAttribute('href');
  const authors = a.data.kind === 'news' ? a.data.byline.map((b: { name: string }) => b.name) : [a.data.organisation];
  const link = (type: string) => doc.querySelector(`.cite a[type="${type}"]`)?.getAttribute('href');

  it.each([
    ['BibTeX', 'application/x-bibtex', '.bib'],
    ['RIS', 'application/x-research-info-systems', '.ris'],
    ['CSL-JSON', 'application/vnd.citationstyles.csl+json', '.csl.json'],
  ])('%s is linked with its media type and parses back (Citation.js) to the headline, authors and link', (_name, type, ending) => {
    expect(link(type)).toBe(`/articles/${slug}${ending}`);
    type Name = { family?: string; literal?: string };
    const [entry] = new Cite(file(`/articles/${slug}${ending}`)).data as { title: string; URL: string; author?: Name[] }[];
    expect(entry!.title).toBe(headline);
    expect(entry!.URL).toBe(permalink);
    // Citation.js reads RIS names only in the current spec, which it cannot write for NEWS
    // records; the A1 lines it writes are checked as text below.
    if (type !== 'application/x-research-info-systems') expect((entry!.author ?? []).map((p) => p.literal ?? p.family)).toEqual(authors);
  });

  it('BibTeX parses with a second parser too, with the inferred year explained', () => {
    const { entries, errors } = parseBibtex(file(`/articles/${slug}.bib`));
    expect(errors).toEqual([]);
    expect(entries[0]!.key).toBe(slug);
    expect(entries[0]!.fields.title).toBe(headline);
    expect(entries[0]!.fields.year).toBe('2020');
    expect(entries[0]!.fields.note).toContain('2020 为推断（原版未印日期）');
  });

  it('RIS is a newspaper record that says the year is inferred', () => {
    const ris = file(`/articles/${slug}.ris`);
    expect(ris.startsWith('TY  - NEWS\n')).toBe(true);
    expect([...ris.matchAll(/^A1  - (.+)$/gm)].map((m) => m[1])).toEqual(authors);
    expect(ris).toMatch(/^AB  - 出版年 2020 为推断/m);
  });

  it('CSL-JSON gives the year as approximate, never as a printed date', () => {
    const [record] = JSON.parse(file(`/articles/${slug}.csl.json`));
    expect(record.type).toBe('article-newspaper');
    expect(record.issued).toEqual({ 'date-parts': [[2020]], circa: true });
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
