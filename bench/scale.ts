// npm run bench:scale [-- --articles 100000 --per-year 5000 --phases generate,build,…]
// The archive at scale, in volumes, measured side by side with a single index in the same run:
// full build (time, peak memory of every process), the single index built from the same pages,
// volumes indexed by one process and by two, bytes and time per query on both, the cost of
// searching every year, exactness against each other and ground truth, and a one-page rebuild.
// Each phase saves its figures to .bench/scale-N/results.json; `report` writes them into
// bench/RESULTS.md between the scale markers.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launch } from '../tools/browser.ts';
import { expected, fold } from '../tools/ground-truth.ts';
import { startNginx } from '../tools/nginx.ts';
import { folderSize, runtimeFile } from './builds.ts';
import { CONTENT } from '../src/archive/paths.ts';
import { addCopiedPage, generateSite, type GeneratedArticle } from './corpus.ts';
import { gb, measure, type Measured } from './memory.ts';
import { compareWithSingle, measureAllYears } from './measure-volumes.ts';
import { measureQueries } from './measure.ts';
import { sampleQueries } from './queries.ts';
import { writeScaleReport, type ScaleResults } from './scale-report.ts';

const ROOT = resolve('.');
const option = (name: string, fallback: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1]! : fallback;
};
const N = Number(option('articles', '100000'));
const PER_YEAR = Number(option('per-year', '5000'));
/** Timed runs of each query after the warm-up: the report gives their median and range. */
const REPEATS = Number(option('repeats', '5'));
const PHASES = option('phases', 'generate,build,single,parallel,browser,rebuild,report').split(',');
/** The single index is stopped past this much memory, so the machine is never driven out of it. */
const CAP = Number(option('cap-gb', '16')) * 2 ** 30;
const dir = join(ROOT, '.bench', `scale-${N}`);
const dist = join(dir, 'dist');
const resultsFile = join(dir, 'results.json');
const results: ScaleResults = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : { articles: N, perYear: PER_YEAR };
const save = () => writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
const articlesFile = join(dir, 'articles.json');
const articles = (): GeneratedArticle[] => JSON.parse(readFileSync(articlesFile, 'utf8'));

const summary = (m: Measured) => ({ seconds: m.seconds, peakBytes: m.peakBytes, status: m.status, capped: m.capped });
const indexingSeconds = (output: string) => Number(/已索引 \d+ 篇文章.*用时 ([\d.]+) 秒/.exec(output)?.[1] ?? NaN);
function check(step: string, m: Measured): Measured {
  // The whole output, for reading where the time went (Astro logs each phase with a timestamp).
  writeFileSync(join(dir, `${step.replace(/\W+/g, '-')}.log`), m.output);
  console.log(`${step}: ${m.seconds.toFixed(1)} s, peak ${gb(m.peakBytes)}${m.capped ? ' (stopped at the cap)' : ''}`);
  results.measuredAt = new Date().toISOString();
  if (m.status !== 0 && !m.capped) throw new Error(`${step} 失败：\n${m.output.slice(-3000)}`);
  return m;
}
/** `npm run build` in the copy: Astro, then the search index once Astro has exited. */
const siteBuild = async (step: string) => check(step, await measure([process.execPath, 'src/search/build-cli.ts'], dir));

if (PHASES.includes('generate')) {
  console.log(`生成 ${N} 篇，每年 ${PER_YEAR} 篇……`);
  const site = generateSite(N, dir, { perYear: PER_YEAR });
  writeFileSync(articlesFile, JSON.stringify(site.articles));
  results.articles = N;
  results.perYear = PER_YEAR;
  save();
}

if (PHASES.includes('build')) {
  // A full build: no dist, no cached volumes, no Astro caches.
  for (const f of [dist, join(dir, '.astro')]) rmSync(f, { recursive: true, force: true });
  const m = await siteBuild('full build (volumes)');
  results.build = { ...summary(m), indexing: indexingSeconds(m.output), pages: Number(/(\d+) page\(s\) built/.exec(m.output)?.[1] ?? NaN) };
  results.volumesIndex = folderSize(join(dist, 'pagefind'), runtimeFile);
  results.volumes = readdirSync(join(dist, 'pagefind'), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => ({ key: e.name, ...folderSize(join(dist, 'pagefind', e.name), runtimeFile), meta: folderSize(join(dist, 'pagefind', e.name), (n) => n.endsWith('.pf_meta')).bytes }));
  save();
}

const singleOut = join(dir, 'single-pagefind');
if (PHASES.includes('single')) {
  const m = check('single index', await measure([process.execPath, 'bench/index-cli.ts', 'single', dist, singleOut], ROOT, {}, CAP));
  results.single = { ...summary(m), ...(m.capped ? {} : { index: folderSize(singleOut, runtimeFile), meta: folderSize(join(singleOut, 'all'), (n) => n.endsWith('.pf_meta')).bytes }) };
  save();
}

if (PHASES.includes('parallel')) {
  results.parallel = [];
  for (const jobs of [1, 2]) {
    const out = join(dir, `volumes-${jobs}`);
    const m = check(`volumes, ${jobs} process(es)`, await measure([process.execPath, 'bench/index-cli.ts', 'volumes', dist, out, String(jobs)], ROOT));
    results.parallel.push({ jobs, ...summary(m) });
    rmSync(out, { recursive: true, force: true });
    save();
  }
}

if (PHASES.includes('browser')) {
  // The same site with the single index as its one volume: same pages, same search code. When the
  // single index could not be built (stopped at the memory cap), volumes are measured alone.
  const haveSingle = existsSync(join(singleOut, 'volumes.json'));
  const singleSite = join(dir, 'single-site');
  rmSync(singleSite, { recursive: true, force: true });
  mkdirSync(singleSite);
  for (const name of readdirSync(dist)) symlinkSync(name === 'pagefind' ? singleOut : join(dist, name), join(singleSite, name));
  const all = articles();
  // Queries are drawn from the generated articles only, so a page added by the rebuild phase
  // leaves the sample as it was; the ground truth covers every article.
  const { cost, quality } = sampleQueries(all.slice(0, N));
  const printed = all.map((a) => ({ path: `/articles/${a.slug}/`, parts: a.parts.map(fold) }));
  const truth = (q: string) => new Set(expected(printed, q));
  // Served by nginx with the shipped configuration (deploy/nginx/), in processes of its own: a
  // static server inside this process competed with the browser driver on the same event loop.
  const [volumes, single] = [await startNginx(dist), await startNginx(singleSite)];
  const browser = await launch();
  try {
    console.log('浏览器测量……');
    results.costs = { volumes: await measureQueries(browser, volumes.root, cost, '改革', REPEATS), single: haveSingle ? await measureQueries(browser, single.root, cost, '改革', REPEATS) : [] };
    results.allYears = await measureAllYears(browser, volumes.root, cost);
    save();
    results.agreement = await compareWithSingle(browser, volumes.root, haveSingle ? single.root : undefined, quality, truth);
    results.measuredAt = new Date().toISOString();
    save();
  } finally {
    await browser.close();
    await volumes.stop();
    await single.stop();
  }
}

if (PHASES.includes('rebuild')) {
  const all = articles();
  const { id, copies } = addCopiedPage(dir, all);
  const added = readdirSync(join(dir, CONTENT.articles)).filter((f) => f.endsWith(`-${id}.md`)).length;
  // The ground truth gains the copies, so a later browser phase checks the rebuilt site against them.
  if (copies.length !== added) throw new Error(`复制的版面有 ${added} 篇文章，其中 ${copies.length} 篇在 ${articlesFile} 中有记录：请重新生成（--phases generate）`);
  writeFileSync(articlesFile, JSON.stringify([...all, ...copies]));
  const m = await siteBuild('rebuild after one new page');
  results.rebuild = { ...summary(m), indexing: indexingSeconds(m.output), reindexed: [...m.output.matchAll(/(\S+) 卷 \d+ 篇：已索引/g)].map((x) => x[1]!), articles: added };
  save();
}

if (PHASES.includes('report')) writeScaleReport(results);
