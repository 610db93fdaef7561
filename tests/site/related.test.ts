// Related reports on article pages, checked against the content: every one listed shares the
// initiatives it names (or the prefecture), none is the article itself, and the order follows
// the number shared, then nearness in print order.
import { describe, expect, it } from 'vitest';
import { assertBuilt, page } from '../../tools/dist.ts';
import { readArticles } from '../helpers/content.ts';

assertBuilt();
const articles = readArticles();
const bySlug = new Map(articles.map((a) => [a.slug, a]));
const vocabularyName = (id: string) => page(`/initiatives/${id}/`).querySelector('h1')!.text;

describe.each(articles.map((a) => [a.slug, a] as const))('/articles/%s/', (slug, a) => {
  const items = page(`/articles/${slug}/`).querySelectorAll('.related li').map((li) => ({
    slug: /\/articles\/([^/]+)\//.exec(li.querySelector('a')!.getAttribute('href')!)![1]!,
    reason: li.querySelector('.muted')!.text,
  }));

  it('lists only reports that share an initiative or the prefecture, as it says', () => {
    expect(items.length).toBeLessThanOrEqual(5);
    expect(items.map((i) => i.slug)).not.toContain(slug);
    expect(new Set(items.map((i) => i.slug)).size).toBe(items.length);
    for (const item of items) {
      const other = bySlug.get(item.slug)!;
      const shared = a.data.initiatives.filter((id: string) => other.data.initiatives.includes(id));
      if (shared.length) for (const id of shared) expect(item.reason).toContain(`“${vocabularyName(id)}”`);
      else expect(other.data.region.prefecture).toBe(a.data.region.prefecture);
    }
  });

  it('ranks by initiatives shared, then nearness in print order', () => {
    const shared = (s: string) => a.data.initiatives.filter((id: string) => bySlug.get(s)!.data.initiatives.includes(id)).length;
    // One printed page: print order is the order on it.
    const order = (s: string) => bySlug.get(s)!.data.source.order;
    const keys = items.map((i) => [shared(i.slug), Math.abs(order(i.slug) - a.data.source.order), order(i.slug)] as const);
    const sorted = [...keys].sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
    expect(keys).toEqual(sorted);
  });
});

it('a report sharing 党建带妇建 lists the others that carry it', () => {
  const listed = page('/articles/taojiang/').querySelectorAll('.related li a').map((l) => l.getAttribute('href'));
  expect(listed).toEqual(['/articles/yizhang/', '/articles/xiangxiang-qizi/', '/articles/hengyang-xian/', '/articles/cili/']);
});
