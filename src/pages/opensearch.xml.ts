// OpenSearch description: lets a browser add the archive's search as a search engine
// (discovered through <link rel="search"> on every page).
import type { APIRoute } from 'astro';
import { SITE_NAME } from '../components/Head.astro';
import { FILES, INDEX, withBase } from '../lib/urls.ts';

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const GET: APIRoute = ({ site }) => {
  const at = (path: string) => new URL(withBase(path), site).href;
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>今日女报妇联改革档案</ShortName>
  <Description>${xml(`${SITE_NAME}：全文检索（精确匹配中文词句）`)}</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Language>zh-CN</Language>
  <Image height="16" width="16" type="image/svg+xml">${xml(at(FILES.favicon))}</Image>
  <Url type="text/html" method="get" template="${xml(at(INDEX.search))}?q={searchTerms}"/>
  <Url type="application/opensearchdescription+xml" rel="self" template="${xml(at(FILES.openSearch))}"/>
</OpenSearchDescription>
`;
  return new Response(body, { headers: { 'Content-Type': 'application/opensearchdescription+xml' } });
};
