// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { archiveContent } from './src/archive/integration.ts';
import { markdownOptions } from './src/lib/markdown.ts';
import { parseSiteUrl, SiteUrlError } from './src/lib/site-url.ts';
import { searchIndex } from './src/search/integration.ts';

// The public address, path included: SITE_URL=https://user.github.io/archive/ gives the
// origin as `site` and /archive/ as `base`. A malformed one stops here with an example.
let address;
try {
  address = parseSiteUrl(process.env.SITE_URL);
} catch (error) {
  if (!(error instanceof SiteUrlError)) throw error;
  console.error(error.message);
  process.exit(1);
}

export default defineConfig({
  // Canonical URLs, the feed, the sitemap and every link need the public address: set SITE_URL when deploying.
  site: address.site,
  base: address.base,
  trailingSlash: 'always',
  // archiveContent() validates all content before anything renders (the build refuses exactly what
  // `npm run check` refuses); after the build it prunes what the build no longer makes and checks
  // that no published URL was lost. searchIndex() comes after it, so it indexes current pages only.
  integrations: [sitemap(), archiveContent(), searchIndex()],
  build: { format: 'directory' },
  // Incremental builds: a page whose route code, config, lockfile and cacheKey are unchanged is not
  // rendered again. Astro does not track content, so every getStaticPaths entry carries a key built
  // from all the content it shows (src/collections/queries.ts); `astro build --force` renders
  // everything. dist/ is kept between builds (vite.build.emptyOutDir below), so an unchanged page
  // stays where it is; src/archive/out-dir.ts prunes what a build no longer makes, and empties a
  // dist/ that a failed build left behind.
  experimental: { incrementalBuild: true },
  // The cache (the content store and the incremental manifest with its copies of every page) inside the
  // project, not node_modules/.astro: scratch copies for tests and benchmarks link node_modules, and
  // must not share, read or overwrite one another's (or this project's) cache. Keep .astro/ between CI builds.
  cacheDir: './.astro/cache',
  // Scripts stay in files, never inlined, so the Content-Security-Policy needs no 'unsafe-inline'.
  vite: {
    build: { assetsInlineLimit: 0, emptyOutDir: false },
    // The base path for src/lib/urls.ts, in server and browser code alike.
    define: { __ARCHIVE_BASE__: JSON.stringify(address.base) },
  },
  // Astro hashes its own scripts and styles into a CSP <meta>; public/_headers repeats the
  // policy for static hosts together with what a <meta> cannot carry (frame-ancestors).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's search runs as WebAssembly.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // One set of Markdown options, shared with the article pages that render their own bodies.
  markdown: markdownOptions,
});
