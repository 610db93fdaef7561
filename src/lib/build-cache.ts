// What the build keeps between builds, all in the project's .astro/ (Astro's own cache is
// .astro/cache, set in astro.config.mjs): keeping that one folder (in CI, caching it) keeps every
// rebuild incremental, and deleting it makes the next build a full one.
import { join } from 'node:path';

export function buildCache(root: string) {
  const dir = join(root, '.astro');
  return {
    dir,
    /** The out folder of the last build that completed; removed while a build runs (archive/out-dir.ts). */
    completeBuild: join(dir, 'dist-complete'),
    /** Digests of the article data files in dist/ (archive/data-files.ts), valid while dist/ is kept. */
    dataDigests: join(dir, 'data-files.json'),
    /** Parsed article files by a digest of their text (archive/parse-cache.ts). */
    parses: join(dir, 'parse-cache'),
    /** Indexed search volumes by year and digest (search/volumes.ts). */
    searchVolumes: join(dir, 'search-volumes'),
    /** What each article page gave the index (search/doc-cache.ts). */
    searchDocs: join(dir, 'search-docs'),
  };
}
