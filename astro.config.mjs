// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import rehypeSlug from 'rehype-slug';
import { searchIndex } from './src/search/integration.ts';

// Astro 7 renders Markdown with Sätteri by default; remark/rehype plugins only run
// on the unified processor, so it is chosen explicitly.
export default defineConfig({
  trailingSlash: 'always',
  integrations: [searchIndex()],
  build: { format: 'directory' },
  markdown: {
    processor: unified({
      rehypePlugins: [rehypeSlug],
      // Keep the printed punctuation untouched: the source mixes ASCII and Chinese marks.
      smartypants: false,
    }),
  },
});
