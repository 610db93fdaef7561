// /figures/: every key figure of every report, grouped by what it counts, largest first, each
// linked to the figure on its article's page.
import { describe, expect, it } from 'vitest';
import { assertBuilt, page } from '../../tools/dist.ts';
import { readArticles } from '../helpers/content.ts';

assertBuilt();
const articles = readArticles();
const doc = page('/figures/');
const tables = doc.querySelectorAll('main section').map((s) => ({
  name: s.querySelector('h2')!.text,
  rows: s.querySelectorAll('tbody tr').map((tr) => ({
    number: tr.querySelectorAll('td')[1]!.text,
    counts: tr.querySelectorAll('td')[2]!.text,
    href: tr.querySelector('a')!.getAttribute('href')!,
  })),
}));

describe('/figures/', () => {
  it('lists every figure of every article once', () => {
    const figures = articles.flatMap((a) => (a.data.figures ?? []).map((f: { value: number; unit: string }, i: number) => `/articles/${a.slug}/#figure-${i + 1} ${f.value}${f.unit}`));
    expect(tables.flatMap((t) => t.rows.map((r) => `${r.href} ${r.number}`)).sort()).toEqual(figures.sort());
  });

  it('orders each table largest first', () => {
    for (const t of tables) {
      const values = t.rows.map((r) => Number.parseFloat(r.number));
      expect(values).toEqual([...values].sort((a, b) => b - a));
    }
  });

  it('links each row to the figure on its article page', () => {
    const [path, id] = tables[0]!.rows[0]!.href.split('#') as [string, string];
    expect(page(path).getElementById(id)).not.toBeNull();
  });
});
