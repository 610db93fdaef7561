// Astro glue: after the build, index every article page with Pagefind's Node API, in the
// character-pair form that makes phrase search a substring search (tokenize.ts), one volume per
// publication year (site-index.ts). `npm run build` indexes outside Astro's process instead
// (build-cli.ts sets ARCHIVE_SEARCH_INDEX=after), so Astro's memory and the indexing services' add
// up only when they fit: this integration then only says when every page is rendered.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { indexJobs, indexSite, reportLines } from './site-index.ts';

/** Set by build-cli.ts: the index is built outside this process, not in astro:build:done. */
export const INDEX_AFTER = { name: 'ARCHIVE_SEARCH_INDEX', value: 'after' } as const;

/** What Astro's process tells build-cli.ts (over the IPC channel it was started with) once every page is rendered. */
export interface PagesRendered {
  kind: 'pages-rendered';
  /** The out folder, as the build resolved it. */
  outDir: string;
  /** Astro's resident memory at that moment, in bytes: what indexing beside it would add to. */
  rss: number;
}

export const isPagesRendered = (message: unknown): message is PagesRendered =>
  typeof message === 'object' &&
  message !== null &&
  (message as PagesRendered).kind === 'pages-rendered' &&
  typeof (message as PagesRendered).outDir === 'string' &&
  typeof (message as PagesRendered).rss === 'number';

export function searchIndex(): AstroIntegration {
  let root = '';
  let outDir = '';
  let jobs = 2;
  const indexAfter = () => process.env[INDEX_AFTER.name] === INDEX_AFTER.value;
  return {
    name: 'archive-search',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        outDir = fileURLToPath(config.outDir);
        // Read before anything renders, so a bad value stops the build at once.
        jobs = indexJobs();
      },
      // Every page is written: what Astro does after this (sitemap, data files, checks) does not
      // change them, so build-cli.ts may start indexing now.
      'astro:build:generated': () => {
        if (indexAfter()) process.send?.({ kind: 'pages-rendered', outDir, rss: process.memoryUsage().rss } satisfies PagesRendered);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (indexAfter()) return;
        const report = await indexSite({ root, outDir: fileURLToPath(dir), jobs });
        for (const line of reportLines(report)) logger.info(line);
      },
    },
  };
}
