// Ground truth for search, taken from the built article pages independently of the search code:
// the printed parts inside <article> — organisation line, headline, byline, body, each caption —
// and a query term matches when one part contains it (a phrase never runs from one into the next).
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';

export interface PrintedArticle {
  path: string;
  parts: string[];
  /** Organisation line, folded; empty for news. */
  organisation: string;
}

/** What search treats as equal: full-width folded, case and white space ignored. */
export const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

export function printedArticles(dist = 'dist'): PrintedArticle[] {
  return readdirSync(`${dist}/articles`, { withFileTypes: true }).filter((e) => e.isDirectory()).map(({ name: slug }) => {
    const article = parse(readFileSync(`${dist}/articles/${slug}/index.html`, 'utf8')).querySelector('article')!;
    for (const el of article.querySelectorAll('.tags, .note')) el.remove();
    const text = (selector: string) => article.querySelectorAll(selector).map((el) => fold(el.text));
    const parts = [...text('.article-organisation'), ...text('h1'), ...text('.byline'), ...text('.article-body'), ...text('figcaption')];
    return { path: `/articles/${slug}/`, parts, organisation: fold(article.querySelector('.article-organisation')?.text ?? '') };
  });
}

/** Articles containing every space-separated term of the query (`parts` already folded). */
export function expected(articles: Pick<PrintedArticle, 'path' | 'parts'>[], query: string): string[] {
  const terms = query.split(/[\s\u3000]+/).map(fold).filter(Boolean);
  if (terms.length === 0) return [];
  return articles.filter((a) => terms.every((t) => a.parts.some((p) => p.includes(t)))).map((a) => a.path);
}

export interface QueryCase {
  kind: string;
  query: string;
}

export function readQueries(file = 'tests/search/queries.txt'): QueryCase[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [kind, query] = line.split('\t') as [string, string];
      return { kind, query };
    });
}
