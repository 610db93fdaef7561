// Each article as data (application/json): every field, region codes, initiatives by id and
// name, figures, captions, source page, permanent URL and the printed text (articleMeta()).
import type { APIRoute, GetStaticPaths } from 'astro';
import { archiveData, metaOf, type Article } from '../../collections/queries.ts';

export const getStaticPaths = (async () => (await archiveData()).articles.map((article) => ({ params: { slug: article.id }, props: { article } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { record } = await metaOf((props as { article: Article }).article, site);
  return new Response(`${JSON.stringify(record, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
