// Each article as plain text (text/plain): organisation line, headline, byline, body and
// captions exactly as printed, nothing added.
import type { APIRoute, GetStaticPaths } from 'astro';
import { archiveData, metaOf, type Article } from '../../collections/queries.ts';

export const getStaticPaths = (async () => (await archiveData()).articles.map((article) => ({ params: { slug: article.id }, props: { article } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { plainText } = await metaOf((props as { article: Article }).article, site);
  return new Response(plainText, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
