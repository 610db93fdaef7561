// Reads the printed parts of a built article page — only what is inside <article> and marked
// with data-search — so navigation and page chrome never reach the index.
import { parse } from 'node-html-parser';
import type { ArticleDoc } from './record.ts';
import { UNDATED } from '../lib/volume.ts';

const list = (value: string | undefined) => (value ? value.split('|').filter(Boolean) : []);

export function extractDoc(html: string, url: string): ArticleDoc | undefined {
  const article = parse(html).querySelector('article[data-search-order]');
  if (!article) return undefined;
  // Paragraphs are joined by newlines; matching ignores whitespace, as readers expect.
  const texts = (name: string) =>
    article.querySelectorAll(`[data-search="${name}"]`).map((el) => {
      const paragraphs = el.querySelectorAll('p');
      return paragraphs.length ? paragraphs.map((p) => p.text.trim()).join('\n') : el.text.trim();
    });
  const one = (name: string) => texts(name).join('\n');
  const attr = (name: string) => article.getAttribute(`data-search-${name}`);
  return {
    url,
    headline: one('headline'),
    organisation: one('organisation'),
    region: list(attr('region')).join(' › '),
    pinyin: '',
    volume: attr('volume') ?? UNDATED,
    byline: one('byline'),
    body: one('body'),
    captions: texts('caption'),
    filters: {
      prefecture: list(attr('prefecture')),
      county: list(attr('county')),
      initiative: article.querySelectorAll('[data-search="tag"]').map((el) => el.text.trim()),
      kind: list(attr('kind')),
    },
  };
}

/** Print position of an article page, for indexing in print order. */
export const printOrder = (html: string) => Number(/data-search-order="(\d+)"/.exec(html)?.[1] ?? 0);
