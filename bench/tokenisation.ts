// npm run bench:tokens [-- --site .bench/site-10000]
// Measures index tokenisation choices on an already built benchmark site (run `npm run bench`
// first): the archive's one-character words against overlapping character pairs (bigrams),
// each with 20 or 10 result fragments loaded. Same records as the archive's (tokenisation aside),
// same queries as bench/RESULTS.md;
// bytes counted in Chromium through Pagefind's own API, as sent. Writes bench/tokenisation.md.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launch } from '../tools/browser.ts';
import { serveDist } from '../tools/server.ts';
import { folderSize, runtimeFile } from './builds.ts';
import { pagefindRuns, traffic } from './measure.ts';
import { readArticleDocs, writeIndex } from '../src/search/indexer.ts';
import { toRecord, type ArticleDoc } from '../src/search/record.ts';
import { INDEX_LANGUAGE, normalize, parseQuery, toIndexText, toPhrase } from '../src/search/tokenize.ts';

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

async function buildVariant(v: Variant, docs: ArticleDoc[]): Promise<number> {
  const out = join(dist, `pagefind-${v.name}`);
  rmSync(out, { recursive: true, force: true });
  const start = performance.now();
  await writeIndex(docs.map((d) => toRecord(d, v.index)), out, v.language);
  return (performance.now() - start) / 1000;
}

/** Bytes of Pagefind files (wire size) that `action` fetches, in a fresh browser context after `warm`. */
async function bytes(browser: Browser, origin: string, action: (page: Page) => Promise<unknown>, warm?: (page: Page) => Promise<unknown>) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/404.html`);
  if (warm) await warm(page);
  const { wire } = await traffic(context, () => action(page), '/pagefind-');
  await context.close();
  return wire;
}

/** Runs a query through one variant's bundle, loading `shown` fragments; returns the result count. */
const run = async (page: Page, v: Variant, q: string, shown: number) =>
  (await pagefindRuns(page, `/pagefind-${v.name}/pagefind.js`, [parseQuery(q).terms.map(v.phrase)], v.language, shown))[0]!.count;

const articles = readArticleDocs(dist).docs;
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
      for (const shown of [20, 10]) {
        let count = 0;
        const first = await bytes(browser, server.origin, async (p) => (count = await run(p, v, q, shown)));
        const next = await bytes(browser, server.origin, (p) => run(p, v, q, shown), (p) => run(p, v, WARMUP, shown));
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
