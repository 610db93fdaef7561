// npm run bench:tokens [-- --site .bench/site-10000]
// Measures index tokenisation choices on an already built benchmark site (run `npm run bench`
// first): the archive's one-character words against overlapping character pairs (bigrams),
// each with 20 or 10 result fragments loaded. Same records, same queries as bench/RESULTS.md;
// bytes counted in Chromium through Pagefind's own API, as sent. Writes bench/tokenisation.md.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import * as pagefind from 'pagefind';
import { launch } from '../tests/helpers/browser.ts';
import { serveDist } from '../tests/helpers/server.ts';
import { folderSize, runtimeFile } from './builds.ts';
import { sizes as wireSize } from './measure.ts';
import { extractDoc } from '../src/search/extract.ts';
import { placePinyin } from '../src/search/pinyin.ts';
import { searchParts, SEPARATOR } from '../src/search/record.ts';
import { INDEX_LANGUAGE, indexCharacters, normalize, parseQuery, toIndexText, toPhrase } from '../src/search/tokenize.ts';

const arg = process.argv.indexOf('--site');
const siteDir = arg > 0 ? process.argv[arg + 1]! : '.bench/site-10000';
const dist = join(siteDir, 'dist');
const queries: { kind: string; q: string }[] = JSON.parse(readFileSync('bench/results.json', 'utf8')).costs;
const WARMUP = '改革';

/** The archive's first index: every character its own word (the pairs are in tokenize.ts). */
const toChars = (text: string) => [...normalize(text)].filter((c) => c !== '"').join(' ');
const charPhrase = (term: string) => `"${toChars(term)}"`;

interface Variant {
  name: string;
  /** Pagefind language: pairs must not be re-segmented by Pagefind's Chinese segmenter. */
  language: string;
  index: (text: string) => string;
  phrase: (term: string) => string;
}
const VARIANTS: Variant[] = [
  { name: 'chars', language: 'zh-cn', index: toChars, phrase: charPhrase },
  { name: 'pairs', language: INDEX_LANGUAGE, index: toIndexText, phrase: toPhrase },
];

function docs() {
  const dir = join(dist, 'articles');
  return readdirSync(dir).flatMap((slug) => {
    const doc = extractDoc(readFileSync(join(dir, slug, 'index.html'), 'utf8'), `/articles/${slug}/`);
    return doc ? [{ ...doc, pinyin: placePinyin(doc) }] : [];
  });
}

async function buildVariant(v: Variant, articles: ReturnType<typeof docs>): Promise<number> {
  const out = join(dist, `pagefind-${v.name}`);
  rmSync(out, { recursive: true, force: true });
  const records = articles.map((a) => ({ url: a.url, content: searchParts(a).map(v.index).join(` ${SEPARATOR} `), meta: { title: a.headline } }));
  const start = performance.now();
  try {
    const created = await pagefind.createIndex({ forceLanguage: v.language, includeCharacters: indexCharacters(records.map((r) => r.content)).join('') });
    if (!created.index) throw new Error(created.errors.join('\n'));
    for (const r of records) {
      const added = await created.index.addCustomRecord({ ...r, language: v.language });
      if (added.errors.length) throw new Error(added.errors.join('\n'));
    }
    const written = await created.index.writeFiles({ outputPath: out });
    if (written.errors.length) throw new Error(written.errors.join('\n'));
  } finally {
    await pagefind.close();
  }
  return (performance.now() - start) / 1000;
}

/** Runs the query's phrases through a bundle, intersects, loads `shown` fragments; returns the result count. */
async function run(page: Page, bundle: string, language: string, phrases: string[], shown: number): Promise<number> {
  return page.evaluate(
    async ([path, lang, list, n]) => {
      // Pagefind picks its query segmentation from the page language.
      document.documentElement.lang = lang;
      const pf = await import(/* @vite-ignore */ path);
      await pf.init();
      const answers = await Promise.all(list.map((s: string) => pf.search(s)));
      type Hit = { id: string; data(): Promise<unknown> };
      const [first, ...rest] = answers.map((a: { results: Hit[] }) => a.results);
      const keep = rest.map((r: Hit[]) => new Set(r.map((x) => x.id)));
      const hits = (first ?? []).filter((r: Hit) => keep.every((k: Set<string>) => k.has(r.id)));
      await Promise.all(hits.slice(0, n).map((r: Hit) => r.data()));
      return hits.length;
    },
    [bundle, language, phrases, shown] as const,
  );
}

async function bytes(browser: Browser, origin: string, action: (page: Page) => Promise<unknown>, warm?: (page: Page) => Promise<unknown>) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/404.html`);
  if (warm) await warm(page);
  const sizes: Promise<number>[] = [];
  context.on('response', (r) => {
    if (r.url().includes('/pagefind-')) sizes.push(wireSize(r).then((s) => s.wire));
  });
  await action(page);
  const total = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  await context.close();
  return total;
}

const articles = docs();
const built = [];
for (const v of VARIANTS) {
  console.log(`索引 ${v.name}……`);
  built.push({ v, seconds: await buildVariant(v, articles), size: folderSize(join(dist, `pagefind-${v.name}`), runtimeFile) });
}
const server = await serveDist(dist);
const browser = await launch();
const rows: { kind: string; q: string; cells: string[]; counts: number[] }[] = [];
try {
  for (const { kind, q } of queries) {
    const cells: string[] = [];
    const counts: number[] = [];
    for (const { v } of built) {
      const bundle = `/pagefind-${v.name}/pagefind.js`;
      const phrases = parseQuery(q).terms.map(v.phrase);
      for (const shown of [20, 10]) {
        let count = 0;
        const first = await bytes(browser, server.origin, async (p) => (count = await run(p, bundle, v.language, phrases, shown)));
        const next = await bytes(browser, server.origin, (p) => run(p, bundle, v.language, phrases, shown), (p) => run(p, bundle, v.language, parseQuery(WARMUP).terms.map(v.phrase), shown));
        cells.push(`${(first / 1024).toFixed(0)} / ${(next / 1024).toFixed(0)}`);
        counts.push(count);
      }
    }
    rows.push({ kind, q, cells, counts });
    console.log(kind, q, cells.join(' | '), counts.join(','));
  }
} finally {
  await browser.close();
  await server.close();
}

const same = rows.every((r) => r.counts.every((c) => c === r.counts[0]));
const lines = [
  '# Tokenisation choices, measured',
  '',
  `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with \`npm run bench:tokens -- --site ${siteDir}\` on the ${articles.length}-article benchmark build.`,
  'Pagefind\'s files only (runtime with its worker script, `pf_meta`, index chunks, fragments), bytes as sent (kB); first query from a cold browser / next query after one other query.',
  '',
  '| | index files | index size | indexing |',
  '| --- | --- | --- | --- |',
  ...built.map((b) => `| ${b.v.name} | ${b.size.files} | ${(b.size.bytes / 1024).toFixed(0)} kB | ${b.seconds.toFixed(1)} s |`),
  '',
  '| kind | query | results | chars, 20 shown | chars, 10 shown | pairs, 20 shown | pairs, 10 shown |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  ...rows.map((r) => `| ${r.kind} | ${r.q} | ${r.counts[0]} | ${r.cells.join(' | ')} |`),
  '',
  `Both tokenisations return the same number of articles for every query: ${same ? 'yes' : 'NO'}.`,
  '',
];
writeFileSync('bench/tokenisation.md', `${lines.join('\n')}\n`);
console.log(lines.join('\n'));
