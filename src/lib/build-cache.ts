// What the build keeps between builds, all in the project's .astro/ (Astro's own cache is
// .astro/cache, set in astro.config.mjs): keeping that one folder (in CI, caching it) keeps every
// rebuild incremental, and deleting it makes the next build a full one.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function buildCache(root: string) {
  const dir = join(root, '.astro');
  return {
    dir,
    /** The out folder of the last build that completed; removed while a build runs (archive/out-dir.ts). */
    completeBuild: join(dir, 'dist-complete'),
    /** Present when the last build finished rendering its pages (archive/out-dir.ts). */
    pagesRendered: join(dir, 'pages-rendered'),
    /** What each article's data files in dist/ were made from (archive/data-files.ts), valid while dist/ is kept. */
    dataKeys: join(dir, 'data-keys.json'),
    /** Parsed article files by a digest of their text (archive/parse-cache.ts). */
    parses: join(dir, 'parse-cache'),
    /** Results of article files that passed their checks, by stamp and text (archive/check-cache.ts). */
    checks: join(dir, 'check-cache'),
    /** Indexed search volumes by year and digest (search/volumes.ts). */
    searchVolumes: join(dir, 'search-volumes'),
    /** What each article page gave the index (search/doc-cache.ts). */
    searchDocs: join(dir, 'search-docs'),
  };
}

/**
 * A digest of the code a cache's entries depend on: the given modules (URLs, as
 * `new URL('./x.ts', import.meta.url)`) and the project's lockfile (the packages they use). A change
 * to either makes every entry stale, so no hand-kept format number has to be remembered.
 */
export function codeDigest(modules: readonly URL[], root = '.'): string {
  const hash = createHash('sha256');
  for (const module of modules) hash.update(module.pathname).update('\0').update(readFileSync(module));
  const lockfile = join(root, 'package-lock.json');
  if (existsSync(lockfile)) hash.update(readFileSync(lockfile));
  return hash.digest('hex');
}

/**
 * Writes a cache file beside its place and renames it there: a build that stops leaves the old
 * file or the new one, and two builds at once (a dev server beside a build) never share a half.
 */
export function writeFileAtomic(file: string, content: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const next = `${file}.next-${process.pid}`;
  writeFileSync(next, content);
  renameSync(next, file);
}

/**
 * Saves a cache kept as one JSON file per group (`${group}.json` in `folder`): only the groups that
 * changed since they were loaded (an entry added, or one not kept) are written again, and a group
 * left empty is removed. `loaded` is how many entries each group's file held.
 */
export function saveGroups<T>(folder: string, entries: Iterable<T>, groupOf: (entry: T) => string, loaded: ReadonlyMap<string, number>, changed: ReadonlySet<string>, body: (entries: T[]) => unknown): void {
  const groups = Map.groupBy(entries, groupOf);
  mkdirSync(folder, { recursive: true });
  for (const group of new Set([...groups.keys(), ...loaded.keys()])) {
    const list = groups.get(group) ?? [];
    if (!changed.has(group) && loaded.get(group) === list.length) continue;
    const file = join(folder, `${group}.json`);
    if (list.length) writeFileAtomic(file, JSON.stringify(body(list)));
    else rmSync(file, { force: true });
  }
}
