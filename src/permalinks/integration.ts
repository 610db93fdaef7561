// Astro integration: redirects from content/redirects.yaml, and after the build a check that
// every URL in content/published-urls.txt still exists — otherwise the build fails.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listFiles } from '../lib/files.ts';
import { MANIFEST_FILE, missingUrls, parseManifest, parseRedirects, REDIRECTS_FILE, unrecorded } from './manifest.ts';

export function permalinks(): AstroIntegration {
  return {
    name: 'archive-permalinks',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        const redirects = existsSync(REDIRECTS_FILE) ? parseRedirects(readFileSync(REDIRECTS_FILE, 'utf8')) : [];
        updateConfig({ redirects: Object.fromEntries(redirects.map((r) => [r.from, r.to])) });
      },
      'astro:build:done': ({ dir, logger }) => {
        const published = parseManifest(readFileSync(MANIFEST_FILE, 'utf8'));
        const files = listFiles(fileURLToPath(dir)).map((f) => `/${f}`);
        const missing = missingUrls(published, new Set(files));
        if (missing.length) {
          throw new Error(
            `已发布的网址在本次构建中消失了（${MANIFEST_FILE}）：\n${missing.map((u) => `  ${u}`).join('\n')}\n` +
              `已发布的网址不能失效：恢复该页面，或在 ${REDIRECTS_FILE} 中加一条重定向，例如\n  - from: ${missing[0]}\n    to: /articles/新的网址/`,
          );
        }
        const fresh = unrecorded(published, files);
        logger.info(`${published.length} 个已发布网址全部存在${fresh.length ? `；${fresh.length} 个新网址尚未登记，运行 npm run urls:record` : ''}`);
      },
    },
  };
}
