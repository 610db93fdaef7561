// dist/ is kept between builds: Astro then leaves every page whose cache key is unchanged where it
// is, instead of the build deleting the whole site and copying each page back from its cache.
// What keeping it costs is done here: files of a previous build that this build no longer makes
// are pruned, and a dist/ that a failed or unknown build left behind is emptied first.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { listFiles } from '../lib/files.ts';
import { FILES } from '../lib/urls.ts';

/**
 * Astro's incremental manifest (named by Astro, in its cacheDir). A build that stops halfway has
 * already overwritten some pages' cached copies, while the manifest still holds the keys of the
 * build before: the next build would restore those half-built copies as if they were current.
 */
export function incrementalManifest(cacheDir: string): string {
  return join(cacheDir, 'incremental-build.json');
}

/** Folders and files made whole by every build (Vite's assets, the sitemap), so never stale-checked. */
const REMADE = [/^_astro\//, /^sitemap-[^/]*\.xml$/];
/** The search index's folder: the search step writes it (possibly while Astro finishes) and prunes it. */
const SEARCH_FOLDER = dirname(FILES.searchVolumes).slice(1);
const OWN_PRUNING = new RegExp(`^${SEARCH_FOLDER}/`);

/**
 * The out folder's files, relative and '/'-separated, but for the search index's folder: `npm run
 * build` may be writing it while Astro finishes (src/search/build-cli.ts).
 */
export const listOutDir = (outDir: string): string[] => listFiles(outDir, outDir, (folder) => posix(folder) === SEARCH_FOLDER).map(posix);

export interface Preparation {
  /** The out folder: kept from the last complete build, emptied, or not there yet. */
  outDir: 'kept' | 'emptied' | 'absent';
  /** The last build stopped while rendering (or none is known): Astro's manifest was dropped, every page renders. */
  renderAll: boolean;
}

/** Where the build records its progress: see buildCache (completeBuild, pagesRendered). */
export interface BuildRecords {
  /** The out folder of the last build that completed. */
  complete: string;
  /** Present when the last build finished rendering, even if it failed after. */
  rendered: string;
  /** Astro's incremental manifest (incrementalManifest). */
  manifest: string;
}

/**
 * Run as the build starts, before Vite writes anything. Keeps dist/ when the last complete build
 * wrote it; otherwise empties it (keeping .git, as Astro does). After a build that stopped while
 * rendering, drops Astro's incremental manifest as well: its cached copies may be half updated.
 * Removes what every build writes whole, so nothing stale of it remains.
 */
export function prepareOutDir(outDir: string, records: BuildRecords): Preparation {
  const last = existsSync(records.complete) ? readFileSync(records.complete, 'utf8') : undefined;
  const renderAll = last === undefined && !existsSync(records.rendered);
  for (const record of [records.complete, records.rendered]) rmSync(record, { force: true });
  if (renderAll) rmSync(records.manifest, { force: true });
  const kept = last === resolve(outDir);
  if (!existsSync(outDir)) return { outDir: 'absent', renderAll };
  for (const entry of readdirSync(outDir)) {
    const remove = kept ? REMADE.some((r) => r.test(`${entry}/`) || r.test(entry)) : entry !== '.git';
    if (remove) rmSync(join(outDir, entry), { recursive: true, force: true });
  }
  return { outDir: kept ? 'kept' : 'emptied', renderAll };
}

/** A path relative to `outDir`, '/'-separated on every system. */
export const outPath = (outDir: string, file: string) => posix(relative(outDir, file));

/** A relative path '/'-separated on every system (listFiles gives the system's separator). */
export const posix = (path: string) => path.split(sep).join('/');

/**
 * Every file this build made: each route's outputs (Astro's `assets` in astro:build:done, kept
 * pages included), the files written beside the pages, and public/ as copied.
 */
export function madeFiles(outDir: string, routeOutputs: readonly string[], written: readonly string[], publicDir: string): Set<string> {
  return new Set([
    ...routeOutputs.map((file) => outPath(outDir, file)),
    ...written.map((p) => p.replace(/^\//, '')),
    ...(existsSync(publicDir) ? listFiles(publicDir).map(posix) : []),
  ]);
}

/**
 * Removes each of `files` (the out folder's files, relative and '/'-separated) that this build did
 * not make, and the folders that leaves empty. Returns the files that remain.
 */
export function pruneOutDir(outDir: string, files: readonly string[], made: ReadonlySet<string>): string[] {
  const remain: string[] = [];
  const emptied = new Set<string>();
  for (const f of files) {
    if (made.has(f) || f.startsWith('.git/') || OWN_PRUNING.test(f) || REMADE.some((r) => r.test(f))) remain.push(f);
    else {
      rmSync(join(outDir, f));
      emptied.add(dirname(f));
    }
  }
  // Deepest first, so a folder whose only content was an emptied folder goes too.
  for (const folder of [...emptied].sort((a, b) => b.length - a.length)) {
    for (let d = folder; d !== '.' && existsSync(join(outDir, d)) && readdirSync(join(outDir, d)).length === 0; d = dirname(d)) rmdirSync(join(outDir, d));
  }
  return remain;
}

/** Run when Astro has rendered every page: its cache and manifest agree again. */
export function markRendered(records: BuildRecords): void {
  mkdirSync(dirname(records.rendered), { recursive: true });
  writeFileSync(records.rendered, '');
}

/** Run when the build has written everything: the next build may keep this dist/. */
export function markComplete(outDir: string, records: BuildRecords): void {
  mkdirSync(dirname(records.complete), { recursive: true });
  writeFileSync(records.complete, resolve(outDir));
}
