// Astro glue for the files each article is offered as (src/pages/articles/[slug].*.ts): one
// route definition per format, all from the article's one model (articleMeta).
import type { APIRoute, GetStaticPaths } from 'astro';
import { ARTICLE_FILES, type ArticleFile } from '../lib/article-files.ts';
import { citationFile } from '../lib/citation-export.ts';
import type { ArticleRecord } from '../schema/record.ts';
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

/** Every article's record, in archive order. */
export async function allRecords(site: URL | undefined): Promise<ArticleRecord[]> {
  const { articles } = await archiveData();
  return Promise.all(articles.map(async (a) => (await metaOf(a, site)).record));
}

/** A file of the whole archive (src/pages/data/*): its body from all records, with its media type. */
export function datasetRoute(type: string, body: (records: ArticleRecord[]) => string): APIRoute {
  return async ({ site }) => new Response(body(await allRecords(site)), { headers: { 'Content-Type': type } });
}
