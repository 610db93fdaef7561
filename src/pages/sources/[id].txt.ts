// Serves each page's stored source text byte for byte, so readers can check the archive against it.
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { archiveData, sourceCacheKey } from '../../collections/queries.ts';

export const getStaticPaths = (async () => {
  const { pages } = await archiveData();
  return pages.map((page) => ({ params: { id: page.id }, props: { file: page.data.sourceFile }, cacheKey: sourceCacheKey(page.data.sourceFile) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(readFileSync((props as { file: string }).file), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
