// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSlug from 'rehype-slug';
import sitemap from '@astrojs/sitemap';
import { archiveContent } from './src/archive/integration.ts';
import { searchIndex } from './src/search/integration.ts';

// Astro 7 renders Markdown with Sätteri by default; remark/rehype plugins only run
// on the unified processor, so it is chosen explicitly.
export default defineConfig({
  // Canonical URLs, the feed and the sitemap need the public address: set SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  // archiveContent() validates all content before anything renders (the build refuses exactly what
  // `npm run check` refuses) and, last after the build, checks that no published URL was lost.
  integrations: [sitemap(), searchIndex(), archiveContent()],
  build: { format: 'directory' },
  // Scripts stay in files, never inlined, so the Content-Security-Policy needs no 'unsafe-inline'.
  vite: { build: { assetsInlineLimit: 0 } },
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
  markdown: {
    // Articles have no code; Shiki's inline styles would need 'unsafe-inline'.
    syntaxHighlight: false,
    processor: unified({
      // Headings in article bodies get ids and the same "#" anchor as the template's sections.
      rehypePlugins: [
        rehypeSlug,
        [
          rehypeAutolinkHeadings,
          {
            behavior: 'append',
            properties: { className: ['heading-anchor'], ariaLabel: '本节链接' },
            content: { type: 'text', value: '#' },
          },
        ],
      ],
      // Keep the printed punctuation untouched: the source mixes ASCII and Chinese marks.
      smartypants: false,
    }),
  },
});
