// Reads the printed parts of a built article page — only what is inside <article> and marked
// with data-search — so navigation and page chrome never reach the index.
import { parse } from 'node-html-parser';
import type { SearchDoc } from './record.ts';

const list = (value: string | undefined) => (value ? value.split('|').filter(Boolean) : []);

export function extractDoc(html: string, url: string): SearchDoc | undefined {
  const article = parse(html).querySelector('article[data-search-order]');
  if (!article) return undefined;
  // Paragraphs are joined by newlines; matching ignores whitespace, as readers expect.
  const part = (name: string) =>
    article
      .querySelectorAll(`[data-search="${name}"]`)
      .flatMap((el) => {
        const paragraphs = el.querySelectorAll('p');
        return paragraphs.length ? paragraphs.map((p) => p.text.trim()) : [el.text.trim()];
      })
      .join('\n');
  const attr = (name: string) => article.getAttribute(`data-search-${name}`);
  return {
    url,
    order: Number(attr('order')),
    headline: part('headline'),
    org: part('org').replace(/:$/, ''),
    region: list(attr('region')).join(' › '),
    byline: part('byline'),
    pinyin: '',
    body: part('body'),
    captions: part('caption'),
    filters: {
      prefecture: list(attr('prefecture')),
      county: list(attr('county')),
      initiative: article.querySelectorAll('[data-search="tag"]').map((el) => el.text.trim()),
      kind: list(attr('kind')),
    },
  };
}
