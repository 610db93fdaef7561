// The search index as volumes, one Pagefind bundle per publication year (src/lib/volume.ts):
// indexing memory is bounded by the largest year, an unchanged year is reused from the cache
// instead of re-indexed, and years can be indexed in parallel processes. The search page loads
// one runtime and the newest volume first, then older ones (engine.ts).
import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { FILES } from '../lib/urls.ts';
import { fileURLToPath } from 'node:url';
import { codeDigest, writeFileAtomic } from '../lib/build-cache.ts';
import { SearchBuildError } from './build-error.ts';
import { toRecord, type ArticleDoc } from './record.ts';
import { INDEX_LANGUAGE, indexCharacters } from './tokenize.ts';
import { compareVolumeKeys } from '../lib/volume.ts';

/**
 * Part of every volume's digest: change it when the index format changes in a way the records
 * do not show (Pagefind options, tokenisation), so no cached volume outlives it.
 */
const INDEX_FORMAT = 'pairs-1';

export type SearchRecord = ReturnType<typeof toRecord>;

export interface VolumePlan {
  key: string;
  /** In print order, the order Pagefind keeps for equal scores. */
  docs: readonly ArticleDoc[];
}

/** What the search page reads first: the volumes, newest first. */
export interface VolumeManifest {
  volumes: VolumeEntry[];
}
export interface VolumeEntry {
  key: string;
  articles: number;
  /** Characters other than letters and digits the volume indexes: a term with any other cannot occur in it. */
  characters: string[];
}

/** Groups the article docs (in print order) into volumes, newest first. */
export function planVolumes(docs: readonly ArticleDoc[]): VolumePlan[] {
  return [...Map.groupBy(docs, (doc) => doc.volume)].sort(([a], [b]) => compareVolumeKeys(a, b)).map(([key, docs]) => ({ key, docs }));
}

/** The search code that turns docs into index files: with the lockfile, a change to it indexes every volume again. */
const CODE = ['./record.ts', './tokenize.ts', './indexer.ts', './index-worker.ts', './volumes.ts'].map((m) => new URL(m, import.meta.url));
let code: string | undefined;
const searchCode = () => (code ??= codeDigest(CODE));

/**
 * The digest of everything that decides a volume's files: its docs in order, the index format and
 * code, Pagefind's version. Taken over the docs, not the records, so an unchanged volume costs no
 * records (a tokenisation of its whole text).
 */
export function volumeDigest(plan: VolumePlan, pagefindVersion: string): string {
  const hash = createHash('sha256').update(JSON.stringify({ INDEX_FORMAT, pagefindVersion, language: INDEX_LANGUAGE, code: searchCode() }));
  for (const doc of plan.docs) hash.update('\0').update(JSON.stringify(doc));
  return hash.digest('hex').slice(0, 24);
}

/** A volume's records (made only when it is indexed: `jobs` volumes' records in memory at once) and its manifest entry. */
export function volumeRecords(plan: VolumePlan): { records: SearchRecord[]; entry: VolumeEntry } {
  const records = plan.docs.map((d) => toRecord(d));
  return { records, entry: { key: plan.key, articles: records.length, characters: indexCharacters(records.map((r) => r.content)) } };
}

/** Hard links when the cache and the output share a file system, else copies. */
function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    const source = join(from, name);
    const target = join(to, name);
    if (statSync(source).isDirectory()) linkTree(source, target);
    else {
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target);
      }
    }
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Drops the key's older volumes, and partial ones whose build is no longer running. */
function pruneCache(cacheDir: string, key: string, keep: string): void {
  for (const name of readdirSync(cacheDir)) {
    const match = /^(.+)-[0-9a-f]{24}(?:\.partial-(\d+)|\.json)?$/.exec(name);
    if (!match || join(cacheDir, name) === keep || join(cacheDir, name) === `${keep}.json`) continue;
    const pid = match[2] ? Number(match[2]) : undefined;
    if (pid !== undefined ? !alive(pid) : match[1] === key) rmSync(join(cacheDir, name), { recursive: true, force: true });
  }
}

export interface VolumeOutcome extends VolumeEntry {
  /** Reused from the cache (its digest unchanged), not indexed again. */
  reused: boolean;
  seconds: number;
}

const RUNTIME = basename(FILES.searchRuntime);
const MANIFEST = basename(FILES.searchVolumes);
/** Every Pagefind bundle has it; a hard link to the cached copy's means the folder is that copy. */
const ENTRY = 'pagefind-entry.json';

/** A cached volume's manifest entry; undefined (index it again) when missing or unreadable. */
function readEntry(file: string): VolumeEntry | undefined {
  try {
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as VolumeEntry) : undefined;
  } catch {
    return undefined;
  }
}

function sameFile(a: string, b: string): boolean {
  if (!existsSync(a) || !existsSync(b)) return false;
  const [x, y] = [statSync(a), statSync(b)];
  return x.ino === y.ino && x.dev === y.dev;
}

const UNUSED = /-ui\.(js|css)$|^pagefind-highlight\.js$|^pagefind-worker\.js$/;

const WORKER = fileURLToPath(new URL('./index-worker.ts', import.meta.url));

/** Indexes one volume in a process of its own (Node 24 runs the TypeScript worker as is). */
function indexInProcess(key: string, records: readonly SearchRecord[], folder: string, signal?: AbortSignal): Promise<void> {
  mkdirSync(folder, { recursive: true });
  const input = join(folder, 'records.json');
  writeFileSync(input, JSON.stringify(records));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WORKER, input, folder], { stdio: ['ignore', 'ignore', 'pipe'], signal });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      rmSync(input, { force: true });
      if (code === 0) resolve();
      else reject(new SearchBuildError(`索引 ${key} 卷失败（退出码 ${code}）。Pagefind 的输出：\n${errors.slice(-2000)}`));
    });
  });
}

/** Runs `work` over `items`, at most `jobs` at a time, and only one until `alone` settles. */
export async function pool<T, R>(items: readonly T[], jobs: number, work: (item: T) => Promise<R>, alone?: Promise<unknown>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lane = async (_: unknown, n: number) => {
    if (n > 0) await alone?.catch(() => undefined);
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, items.length)) }, lane));
  return results;
}

export interface WriteVolumesOptions {
  /** dist/pagefind: each volume goes to a folder of its own, the runtime and manifest beside them. */
  outputPath: string;
  /** Where indexed volumes are kept between builds, by key and digest. */
  cacheDir: string;
  /** Volumes indexed at once, each in its own process. */
  jobs: number;
  /** Part of each volume's digest: a new Pagefind writes new files. */
  pagefindVersion: string;
  /** Until this settles, one volume is indexed at a time. */
  alone?: Promise<unknown> | undefined;
  /** Stops the indexing processes. */
  signal?: AbortSignal | undefined;
}

/** Writes every volume (reusing cached ones), the shared runtime and the manifest. */
export async function writeVolumes(plans: readonly VolumePlan[], options: WriteVolumesOptions): Promise<VolumeOutcome[]> {
  const { outputPath, cacheDir, jobs, pagefindVersion, alone, signal } = options;
  mkdirSync(cacheDir, { recursive: true });
  mkdirSync(outputPath, { recursive: true });
  const outcomes = await pool(plans, jobs, async (plan): Promise<VolumeOutcome> => {
    signal?.throwIfAborted();
    const started = performance.now();
    const cached = join(cacheDir, `${plan.key}-${volumeDigest(plan, pagefindVersion)}`);
    // The manifest entry is kept beside the volume, so a reused volume needs no records.
    const entryFile = `${cached}.json`;
    let entry = existsSync(cached) ? readEntry(entryFile) : undefined;
    const reused = entry !== undefined;
    if (!entry) {
      const made = volumeRecords(plan);
      entry = made.entry;
      // Written beside, renamed when complete: a build stopped halfway leaves no half volume to reuse.
      const partial = `${cached}.partial-${process.pid}`;
      await indexInProcess(plan.key, made.records, partial, signal);
      // Pagefind's ready-made UIs and worker are never loaded (the page drives the runtime itself).
      for (const name of readdirSync(partial)) if (UNUSED.test(name)) rmSync(join(partial, name));
      writeFileAtomic(entryFile, JSON.stringify(entry));
      rmSync(cached, { recursive: true, force: true });
      renameSync(partial, cached);
    }
    pruneCache(cacheDir, plan.key, cached);
    const target = join(outputPath, plan.key);
    // dist/ is kept between builds: a volume already linked from this cached copy stays as it is.
    // Linked beside and renamed, so a build stopped while linking leaves no half volume in dist/.
    if (!sameFile(join(cached, ENTRY), join(target, ENTRY))) {
      const partial = `${target}.partial-${process.pid}`;
      rmSync(partial, { recursive: true, force: true });
      linkTree(cached, partial);
      rmSync(target, { recursive: true, force: true });
      renameSync(partial, target);
    }
    return { ...entry, reused, seconds: (performance.now() - started) / 1000 };
  }, alone);
  // Volumes of years no longer in the archive, and anything else a previous build left.
  const current = new Set([...plans.map((p) => p.key), ...(plans.length ? [RUNTIME] : []), MANIFEST]);
  for (const name of readdirSync(outputPath)) if (!current.has(name)) rmSync(join(outputPath, name), { recursive: true, force: true });
  // One runtime for all volumes: the search page sets each volume's folder as Pagefind's base path.
  if (plans[0]) copyFileSync(join(outputPath, plans[0].key, RUNTIME), join(outputPath, RUNTIME));
  const manifest: VolumeManifest = { volumes: outcomes.map(({ key, articles, characters }) => ({ key, articles, characters })) };
  writeFileSync(join(outputPath, MANIFEST), JSON.stringify(manifest));
  return outcomes;
}
