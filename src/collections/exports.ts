// Astro glue for the files each article is offered as (src/pages/articles/[slug].*.ts): one
// route definition per format, all from the article's one model (articleMeta).
import type { APIRoute, GetStaticPaths } from 'astro';
import { ARTICLE_FILES, type ArticleFile } from '../lib/article-files.ts';
import { citationFile } from '../lib/citation-export.ts';
import { archiveData, metaOf, type Article } from './queries.ts';

export function articleFileRoute(file: ArticleFile): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  return {
    getStaticPaths: async () => (await archiveData()).articles.map((article) => ({ params: { slug: article.id }, props: { article } })),
    GET: async ({ props, site }) => {
      const meta = await metaOf((props as { article: Article }).article, site);
      const body =
        file === 'json' ? `${JSON.stringify(meta.record, null, 2)}\n` : file === 'text' ? meta.plainText : citationFile(meta.csl, file);
      return new Response(body, { headers: { 'Content-Type': ARTICLE_FILES[file].type } });
    },
  };
}
