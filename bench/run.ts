// npm run bench [-- --articles N]
// Generates a synthetic archive (default 10,000 articles), builds it at N/10, N/2 and N, builds
// the minimal Astro + stock Pagefind baseline and a stock Pagefind index on the same articles,
// measures search and page weight in headless Chromium, and writes bench/RESULTS.md.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { CONTENT } from '../src/archive/paths.ts';
import { launch } from '../tools/browser.ts';
import { expected, fold } from '../tools/ground-truth.ts';
import { serveDist } from '../tools/server.ts';
import { buildArchive, buildBaseline, buildStockIndex, folderSize, runtimeFile, type ArchiveBuild } from './builds.ts';
import { generateSite } from './corpus.ts';
import { kb, median, s1, sampleQueries } from './queries.ts';
import { SCALE_END, SCALE_START } from './scale-report.ts';
import { articleWeight, heaviestListPages, measureQuality, measureQueries, measureStockQueries } from './measure.ts';

const arg = process.argv.indexOf('--articles');
const N = arg > 0 ? Number(process.argv[arg + 1]) : 10_000;
if (!Number.isInteger(N) || N < 12) throw new Error('--articles 应为不小于 12 的整数');
const steps = [...new Set([Math.round(N / 10), Math.round(N / 2), N])];


const builds: (ArchiveBuild & { articles: number })[] = [];
let site = generateSite(steps[0]!);
for (const [i, n] of steps.entries()) {
  if (i > 0) site = generateSite(n);
  console.log(`构建 ${n} 篇……`);
  builds.push({ articles: n, ...buildArchive(site.dir) });
  console.log(builds.at(-1));
}
// Astro's content layer keeps its data store between builds: a second build with no content
// change shows what that cache saves (parsing) and what it cannot (rendering, indexing).
console.log(`再次构建 ${N} 篇（内容未变）……`);
const rebuild = buildArchive(site.dir);
console.log(rebuild);
const dist = join(site.dir, 'dist');
console.log('基线：最简 Astro + Pagefind CLI……');
const baseline = buildBaseline(join(site.dir, CONTENT.articles), join(site.dir, '..', `baseline-${N}`));
console.log(baseline);
console.log('原版 Pagefind 索引……');
const stockSeconds = await buildStockIndex(dist, join(dist, 'pagefind-stock'));
const ourIndex = folderSize(join(dist, 'pagefind'), runtimeFile);
const stockIndex = folderSize(join(dist, 'pagefind-stock'), runtimeFile);

const { cost, quality } = sampleQueries(site.articles);
const printed = site.articles.map((a) => ({ path: `/articles/${a.slug}/`, parts: a.parts.map(fold) }));
const truth = (q: string) => new Set(expected(printed, q));
const server = await serveDist(dist);
const browser = await launch();
/** The query a page has already run before a "next query" is measured; not among the measured ones. */
const WARMUP = '改革';
/** The smallest build stands for one shard of a split index (say, one year's articles). */
const shardDir = join('.bench', `site-${steps[0]}`);
const shardServer = await serveDist(join(shardDir, 'dist'));
let costs, stockCosts, qual, weight, shardCosts, lists;
try {
  console.log('浏览器测量……');
  costs = await measureQueries(browser, server.origin, cost, WARMUP);
  stockCosts = await measureStockQueries(browser, server.origin, cost, WARMUP);
  qual = await measureQuality(browser, server.origin, quality, truth);
  weight = articleWeight(dist, site.articles.slice(0, 50).map((a) => a.slug));
  lists = heaviestListPages(dist);
  shardCosts = await measureQueries(browser, shardServer.origin, cost, WARMUP);
} finally {
  await browser.close();
  await server.close();
  await shardServer.close();
}

const big = builds.at(-1)!;
const small = builds[0]!;
const kinds = [...new Set(costs.map((c) => c.kind))];
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const cpu = cpus();
const lines = [
  '# Benchmark results',
  '',
  `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with \`npm run bench -- --articles ${N}\` (Node ${process.version}),`,
  `on ${cpu.length} × ${cpu[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB memory. The corpus is synthetic (bench/corpus.ts):`,
  'the real articles’ sentences recombined across Hunan’s 122 county-level divisions, 12 articles per page.',
  '',
  '## Build time',
  '',
  '| articles | pages built | Astro | indexing (ours) | total |',
  '| --- | --- | --- | --- | --- |',
  ...builds.map((b) => `| ${b.articles} | ${b.pages} | ${s1(b.astro)} s | ${s1(b.indexing)} s | ${s1(b.total)} s |`),
  '',
  `Built again with no content changed (Astro's content layer store reused): Astro ${s1(rebuild.astro)} s, indexing ${s1(rebuild.indexing)} s, ${s1(rebuild.total)} s in all.`,
  '',
  `Baseline on the same ${N} articles: a minimal Astro site (one bare page template) ${s1(baseline.astro)} s + stock Pagefind CLI ${s1(baseline.pagefind)} s = ${s1(baseline.total)} s.`,
  `Stock Pagefind's Node API indexing the archive's ${N} article pages: ${s1(stockSeconds)} s (ours: ${s1(big.indexing)} s).`,
  '',
  `Ratio archive / baseline at ${N}: **${(big.total / baseline.total).toFixed(2)}**. Build time ${N} / ${small.articles}: **${(big.total / small.total).toFixed(2)}** (${N / small.articles}× the articles).`,
  '',
  '## Index',
  '',
  '| | files | bytes |',
  '| --- | --- | --- |',
  `| this archive | ${ourIndex.files} | ${kb(ourIndex.bytes)} |`,
  `| stock Pagefind | ${stockIndex.files} | ${kb(stockIndex.bytes)} |`,
  '',
  'Files the search runtime loads (pagefind.js, wasm, metadata, index, fragment and filter chunks), as stored (chunks are gzip).',
  '',
  '## Bytes and time per query (this archive, search page)',
  '',
  'First query: a cold browser opens `/search/?q=…` (page, CSS, scripts, Pagefind runtime, index chunks, the fragments shown).',
  'Next query: typed into a page that already ran one search. Bytes as a static host sends them (Pagefind chunks are already gzip; HTML, CSS, JS and wasm gzip-compressed here). Time: input event (one, as an input method commits a word) to rendered results, on loopback.',
  '',
  '| kind | query | results | first query | next query | input → results | stock Pagefind: results, first / next query |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  ...costs.map((c, i) => {
    const st = stockCosts[i]!;
    return `| ${c.kind} | ${c.q} | ${c.results.replace(/\|/g, '/')} | ${kb(c.firstWire)} | ${kb(c.nextWire)} | ${c.ms.toFixed(0)} ms | ${st.results}, ${kb(st.firstWire)} / ${kb(st.nextWire)} |`;
  }),
  '',
  'Stock Pagefind: its own API with a plain query (its own segmentation) and the first 20 results’ fragments, counting only Pagefind’s files (no page, CSS or UI script).',
  '',
  'This archive, median and max by kind:',
  '',
  '| kind | first query median / max | next query median / max | time median / max |',
  '| --- | --- | --- | --- |',
  ...kinds.map((k) => {
    const r = costs.filter((c) => c.kind === k);
    const m = (f: (c: (typeof r)[number]) => number, u: (n: number) => string) => `${u(median(r.map(f)))} / ${u(Math.max(...r.map(f)))}`;
    return `| ${k} | ${m((c) => c.firstWire, kb)} | ${m((c) => c.nextWire, kb)} | ${m((c) => c.ms, (n) => `${n.toFixed(0)} ms`)} |`;
  }),
  '',
  'Where the bytes of each first query go (kB as sent; files in brackets):',
  '',
  '| query | page, CSS, scripts | Pagefind runtime | `pf_meta` | index chunks | fragments | filters |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  ...costs.map((c) => {
    const cell = (p: keyof typeof c.firstParts) => (c.firstParts[p] ? `${s1(c.firstParts[p]!.wire / 1024)} (${c.firstParts[p]!.files})` : '–');
    return `| ${c.q} | ${cell('page')} | ${cell('runtime')} | ${cell('meta')} | ${cell('index')} | ${cell('fragments')} | ${cell('filters')} |`;
  }),
  '',
  `The same queries against the ${steps[0]}-article build, as one shard of a split index (one year of a larger archive, say) would cost:`,
  '',
  '| query | results | first query | next query | input → results | `pf_meta` + index chunks (first query) |',
  '| --- | --- | --- | --- | --- | --- |',
  ...shardCosts.map((c) => {
    const index = (c.firstParts.meta?.wire ?? 0) + (c.firstParts.index?.wire ?? 0);
    return `| ${c.q} | ${c.results.replace(/\|/g, '/')} | ${kb(c.firstWire)} | ${kb(c.nextWire)} | ${c.ms.toFixed(0)} ms | ${kb(index)} |`;
  }),
  '',
  '## Quality on sampled queries',
  '',
  `${quality.length} queries sampled from the generated text (county names, substrings of 2–6 characters, two-term queries, frequent words, absent strings); ground truth by substring containment in each printed part.`,
  '',
  '| | recall | precision |',
  '| --- | --- | --- |',
  `| this archive | ${pct(qual.ours.recall)} | ${pct(qual.ours.precision)} |`,
  `| stock Pagefind, plain query | ${pct(qual.stockPlain.recall)} | ${pct(qual.stockPlain.precision)} |`,
  `| stock Pagefind, quoted query | ${pct(qual.stockQuoted.recall)} | ${pct(qual.stockQuoted.precision)} |`,
  '',
  `Result counts shown by the search page matched ground truth for ${quality.length - qual.pageCounts.length} of ${quality.length} queries.`,
  ...[...qual.ours.wrong, ...qual.pageCounts].map((w) => `- ${w}`),
  '',
  '## Article pages',
  '',
  `HTML + CSS per article page (50 pages): median ${kb(median(weight.htmlCss))}, max ${kb(Math.max(...weight.htmlCss))} (uncompressed). JavaScript: ${kb(median(weight.js))}.`,
  '',
  `Heaviest list pages (HTML, uncompressed): ${lists.map((l) => `${l.folder} ${kb(l.bytes)} (${l.path})`).join('; ')}.`,
  '',
];
const notes = existsSync('bench/NOTES.md') ? readFileSync('bench/NOTES.md', 'utf8') : '';
// The scale benchmark's section (bench/scale.ts) stays as it was.
const previous = existsSync('bench/RESULTS.md') ? readFileSync('bench/RESULTS.md', 'utf8') : '';
const scale = previous.includes(SCALE_START) ? `\n${previous.slice(previous.indexOf(SCALE_START), previous.indexOf(SCALE_END) + SCALE_END.length)}\n` : '';
writeFileSync('bench/RESULTS.md', `${lines.join('\n')}\n${notes}${scale}`);
writeFileSync('bench/results.json', `${JSON.stringify({ N, builds, baseline, stockSeconds, ourIndex, stockIndex, rebuild, costs, stockCosts, shardCosts, quality: qual, weight, lists }, null, 2)}\n`);
console.log(lines.join('\n'));
