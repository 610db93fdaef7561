// Markdown as the archive renders it: the options astro.config.mjs gives Astro, and the renderer
// article pages use. Astro's content store keeps no rendered bodies (src/archive/loader.ts): Vite
// bundles the whole store into every build, so each article's HTML in it was paid for on every
// rebuild. A page renders its own body, through Astro's own pipeline with these same options.
import { unified, type MarkdownRenderer } from '@astrojs/markdown-remark';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSlug from 'rehype-slug';

// Astro 7 renders Markdown with Sätteri by default; remark/rehype plugins only run on the
// unified processor, so it is chosen explicitly.
export const markdownOptions = {
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
} as const;

let renderer: Promise<MarkdownRenderer> | undefined;

/** An article body's HTML, as Astro renders Markdown with `markdownOptions`. */
export async function renderMarkdown(body: string): Promise<string> {
  renderer ??= markdownOptions.processor.createRenderer({ syntaxHighlight: markdownOptions.syntaxHighlight });
  return (await (await renderer).render(body)).code;
}
