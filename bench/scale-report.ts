// Writes the scale benchmark's figures (bench/scale.ts) into bench/RESULTS.md, between markers,
// so `npm run bench` and `npm run bench:scale` each keep the other's section.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import type { AllYearsCost, Agreement } from './measure-volumes.ts';
import type { QueryCost } from './measure.ts';
import { kb, median, s1 } from './queries.ts';
import { gb } from './memory.ts';

export const SCALE_START = '<!-- scale benchmark: written by bench/scale.ts -->';
export const SCALE_END = '<!-- end of scale benchmark -->';
const NOTES = 'bench/SCALE-NOTES.md';

interface Run {
  seconds: number;
  peakBytes: number;
  status: number | null;
  capped: boolean;
}
interface Size {
  files: number;
  bytes: number;
}

export interface ScaleResults {
  articles: number;
  perYear: number;
  /** When the last measured step ended (UTC, ISO), not when the report was written. */
  measuredAt?: string;
  build?: Run & { indexing: number; pages: number };
  volumesIndex?: Size;
  volumes?: (Size & { key: string; meta: number })[];
  single?: Run & { index?: Size; meta?: number };
  parallel?: (Run & { jobs: number })[];
  costs?: { volumes: QueryCost[]; single: QueryCost[] };
  allYears?: AllYearsCost[];
  agreement?: Agreement[];
  rebuild?: Run & { indexing: number; reindexed: string[]; /** Articles on the page added (a copy of the last generated page not copied before). */ articles?: number };
}

const run = (r: Run | undefined) => (r ? `${s1(r.seconds)} s | ${gb(r.peakBytes)}${r.capped ? ' (stopped at the cap)' : ''}` : 'not run | –');
const cell = (s: string) => s.replace(/\|/g, '/');

export function scaleSection(r: ScaleResults): string {
  const v = r.volumes ?? [];
  const byBytes = [...v].sort((a, b) => a.bytes - b.bytes);
  const costs = r.costs;
  const place = costs?.volumes.filter((c) => c.kind === '县名') ?? [];
  const fullShare = r.build && r.rebuild ? r.rebuild.seconds / r.build.seconds : NaN;
  const agreement = r.agreement ?? [];
  const agreed = agreement.filter((a) => a.same);
  const peak = r.build?.peakBytes ?? NaN;
  // Each query's median over its timed runs; the slowest single run is reported beside it.
  // The first screen took more than one year when the status names a span of years (已检索 2020–2019 年).
  const severalYears = (status: string) => /已检索 \d+–\d+ 年|已检索全部年份/.test(status);
  const maxMs = costs ? Math.max(...costs.volumes.map((c) => c.ms)) : NaN;
  const slowestRun = costs ? Math.max(...costs.volumes.flatMap((c) => c.runs ?? [c.ms])) : NaN;
  const maxFirstMs = costs ? Math.max(...costs.volumes.map((c) => c.firstMs ?? c.ms)) : NaN;
  const timing = (c: QueryCost) => `${c.ms.toFixed(0)} ms${c.runs && c.runs.length > 1 ? ` (${Math.min(...c.runs).toFixed(0)}–${Math.max(...c.runs).toFixed(0)})` : ''}${c.firstMs !== undefined && severalYears(c.results) ? `; first results ${c.firstMs.toFixed(0)} ms` : ''}`;
  const lines = [
    SCALE_START,
    `## At ${r.articles} articles: search in volumes against a single index`,
    '',
    `Measured ${r.measuredAt ? `${r.measuredAt.slice(0, 16).replace('T', ' ')} UTC` : '(time not recorded)'} with \`npm run bench:scale -- --articles ${r.articles} --per-year ${r.perYear}\`,`,
    `on ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB. The corpus is bench/corpus.ts with printed dates, ${r.perYear} articles a year: ${v.length} volumes.`,
    'Peak memory is the highest sum of resident memory over every process of the run (Node, Pagefind services, indexing workers), sampled every 200 ms.',
    '',
    '### Build and memory',
    '',
    '| run | time | peak memory |',
    '| --- | --- | --- |',
    `| full build (\`npm run build\`): Astro with data files; every page changed, so volumes are indexed in 2 processes once Astro has exited | ${run(r.build)} |`,
    `| … of which indexing | ${r.build ? `${s1(r.build.indexing)} s` : '–'} | |`,
    `| single index of the same ${r.articles} article pages (indexing only, one Pagefind service) | ${run(r.single)} |`,
    ...(r.parallel ?? []).map((p) => `| volumes indexed from scratch by ${p.jobs} process${p.jobs > 1 ? 'es' : ''} (indexing only) | ${run(p)} |`),
    `| rebuild after one new printed page (${r.rebuild?.articles ?? '?'} articles, a copy of a generated page; its year indexed while Astro finishes) | ${run(r.rebuild)} |`,
    '',
    r.build ? `Pages built: ${r.build.pages}.` : '',
    r.rebuild ? `The rebuild re-indexed ${r.rebuild.reindexed.join(', ') || 'no'} volume(s) (indexing ${s1(r.rebuild.indexing)} s, from when Astro had rendered its pages) and took ${(fullShare * 100).toFixed(1)}% of the full build.` : '',
    '',
    '### Index',
    '',
    '| | files | bytes | `pf_meta` (what a first query loads before any chunk) |',
    '| --- | --- | --- | --- |',
    r.volumesIndex ? `| ${v.length} volumes together | ${r.volumesIndex.files} | ${kb(r.volumesIndex.bytes)} | ${kb(Math.min(...v.map((x) => x.meta)))}–${kb(Math.max(...v.map((x) => x.meta)))} each |` : '',
    byBytes.length ? `| smallest / largest volume | ${byBytes[0]!.files} / ${byBytes.at(-1)!.files} | ${kb(byBytes[0]!.bytes)} (${byBytes[0]!.key}) / ${kb(byBytes.at(-1)!.bytes)} (${byBytes.at(-1)!.key}) | |` : '',
    r.single?.index ? `| single index | ${r.single.index.files} | ${kb(r.single.index.bytes)} | ${kb(r.single.meta ?? NaN)} |` : '| single index | – | – | – |',
    '',
    '### Bytes and time per query',
    '',
    'First query: a cold browser opens `/search/?q=…`; with volumes that is the first screen, from the newest year (or as many years as it takes to fill it).',
    'Next query: typed into a page that already ran one. Input → results: from the input event until the first screen is complete, the median of the timed runs (each in a fresh browser context, after the warm-up query; bytes are counted in a run of their own), their range in brackets; where the first screen needs more than one year, also when the first results showed. All years: pressing 检索全部年份 after the first query, until the full count shows. The site is served on loopback by nginx with the shipped configuration (deploy/nginx/).',
    'Single index: the same site and search page with the single index as its one volume.',
    '',
    '| kind | query | volumes: first screen | first query | next query | input → results | all years: bytes, time | single index: count | first / next query | input → results |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...(costs?.volumes ?? []).map((c, i) => {
      const s = costs!.single[i];
      const all = r.allYears?.[i];
      const single = s ? `${cell(s.results)} | ${kb(s.firstWire)} / ${kb(s.nextWire)} | ${timing(s)}` : 'no single index | – | –';
      return `| ${c.kind} | ${c.q} | ${cell(c.results)} | ${kb(c.firstWire)} | ${kb(c.nextWire)} | ${timing(c)} | ${all ? `${kb(all.wire)}, ${all.ms.toFixed(0)} ms` : '–'} | ${single} |`;
    }),
    '',
    costs ? `Median first query: volumes ${kb(median(costs.volumes.map((c) => c.firstWire)))}${costs.single.length ? `, single index ${kb(median(costs.single.map((c) => c.firstWire)))}` : ''}.` : '',
    '',
    '### Exactness',
    '',
    `${agreed.length} of ${agreement.length} sampled queries agree: after every year is searched, the count shown equals ${agreement.some((a) => a.single === null || Number.isNaN(a.single)) ? 'the ground truth (substring containment in the generated text; there was no single index to compare with)' : "the single index's and the ground truth's (substring containment in the generated text)"}; ${agreement.filter((a) => a.listed).length} of them, with up to 60 results, were also compared URL by URL.`,
    ...agreement.filter((a) => !a.same).map((a) => `- ${a.q}: truth ${a.truth}, volumes ${a.volumes}, single ${a.single}`),
    '',
    '### Targets at this size',
    '',
    '| target | measured | met? |',
    '| --- | --- | --- |',
    `| full build completes, peak memory < 8 GB | ${r.build ? `${s1(r.build.seconds)} s, ${gb(peak)}` : 'not run'} | ${r.build && r.build.status === 0 && peak < 8 * 2 ** 30 ? 'yes' : 'no'} |`,
    `| first query for a place name ≤ 300 kB | ${place.map((c) => `${c.q} ${kb(c.firstWire)}`).join(', ')} | ${place.length && place.every((c) => c.firstWire <= 300 * 1024) ? 'yes' : 'no'} |`,
    `| results ≤ 300 ms after input (each query's median to a complete first screen) | slowest median ${maxMs.toFixed(0)} ms; slowest single run ${slowestRun.toFixed(0)} ms; first results by ${maxFirstMs.toFixed(0)} ms | ${maxMs <= 300 ? 'yes' : 'no'} |`,
    `| one-page rebuild ≤ 10% of the full build | ${(fullShare * 100).toFixed(1)}% | ${fullShare <= 0.1 ? 'yes' : 'no'} |`,
    `| exact once every volume is searched | ${agreed.length} of ${agreement.length} | ${agreement.length && agreed.length === agreement.length ? 'yes' : 'no'} |`,
    '',
    // Hand-written reading of the figures, kept across runs (check it against the tables when re-running).
    ...(existsSync(NOTES) ? [readFileSync(NOTES, 'utf8').trim(), ''] : []),
    SCALE_END,
  ];
  return lines.filter((l, i, all) => !(l === '' && all[i - 1] === '')).join('\n');
}

/** Puts the section into bench/RESULTS.md, replacing an earlier one. */
export function writeScaleReport(r: ScaleResults, file = 'bench/RESULTS.md'): void {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const section = scaleSection(r);
  const start = text.indexOf(SCALE_START);
  const end = text.indexOf(SCALE_END);
  const next = start >= 0 && end > start ? text.slice(0, start) + section + text.slice(end + SCALE_END.length) : `${text.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, next);
  console.log(section);
}
