// Every query of tests/search/queries.txt through the real search page in headless Chromium:
// results must be exactly the articles that contain the query (100% recall and precision),
// and a county's own report must come first for its name.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { search } from '../../tools/browser.ts';
import { RESULT_MODES, useResultMode, useSiteInBrowser } from '../helpers/site.ts';
import { expected, printedArticles, readQueries } from '../../tools/ground-truth.ts';

const articles = printedArticles();
const queries = readQueries();
const site = useSiteInBrowser();
let page: Page;

beforeAll(async () => {
  page = await site.browser.newPage();
});

describe('search quality', () => {
  it('the query file covers every kind with at least 80 queries', () => {
    expect(queries.length).toBeGreaterThanOrEqual(80);
    const kinds = new Set(queries.map((q) => q.kind));
    for (const k of ['county', 'place', 'org', 'initiative', 'cross', 'number', 'people', 'multi', 'single', 'none']) expect(kinds).toContain(k);
    expect(queries.filter((q) => expected(articles, q.query).length === 0).length).toBeGreaterThanOrEqual(5);
  });

  describe.each(RESULT_MODES)('%s result sets', (_mode, limit) => {
    beforeAll(() => useResultMode(page, site.server.origin, limit));

    it('returns exactly the articles containing the query, for every query', async () => {
      let relevant = 0;
      let found = 0;
      let returned = 0;
      const wrong: string[] = [];
      for (const { query } of queries) {
        const want = expected(articles, query);
        const got = await search(page, site.server.origin, query);
        const hits = got.filter((p) => want.includes(p)).length;
        relevant += want.length;
        found += hits;
        returned += got.length;
        if (hits !== want.length || got.length !== want.length || new Set(got).size !== got.length) {
          wrong.push(`${query}: want ${want.join(' ')} got ${got.join(' ')}`);
        }
      }
      expect(wrong).toEqual([]);
      expect(found / relevant).toBe(1); // recall
      expect(found / returned).toBe(1); // precision
    }, 180_000); // 100-odd queries, two page loads each: a guard against hangs, not a speed target

    it("ranks a county's own report first for the county's name", async () => {
      for (const { query } of queries.filter((q) => q.kind === 'county')) {
        const got = await search(page, site.server.origin, query);
        const own = articles.find((a) => a.organisation.includes(query));
        expect(own, query).toBeDefined();
        expect(got[0], query).toBe(own!.path);
      }
    });
  });
});
