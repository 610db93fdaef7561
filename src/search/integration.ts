// Astro integration: after the build, index every article page with Pagefind's Node API, in the
// character-pair form that makes phrase search a substring search (tokenize.ts), one volume per
// publication year (site-index.ts). `npm run build` indexes after Astro has exited instead
// (build-cli.ts sets ARCHIVE_SEARCH_INDEX=after), so the two never hold memory at once.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { indexJobs, indexSite, reportLines } from './site-index.ts';

/** Set by build-cli.ts: the index is built after Astro exits, not in this process. */
export const INDEX_AFTER = { name: 'ARCHIVE_SEARCH_INDEX', value: 'after' } as const;

export function searchIndex(): AstroIntegration {
  let root = '';
  let jobs = 2;
  return {
    name: 'archive-search',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        // Read before anything renders, so a bad value stops the build at once.
        jobs = indexJobs();
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env[INDEX_AFTER.name] === INDEX_AFTER.value) {
          logger.info('检索索引将在 Astro 退出后建立');
          return;
        }
        const report = await indexSite({ root, outDir: fileURLToPath(dir), jobs });
        for (const line of reportLines(report)) logger.info(line);
      },
    },
  };
}
