// The one deployment setting: SITE_URL, the site's whole public address, path included
// (https://user.github.io/archive/). Astro takes the origin as `site` and the path as `base`.

export const SITE_URL_EXAMPLE = 'SITE_URL=https://user.github.io/archive/ npm run build';

export class SiteUrlError extends Error {
  override name = 'SiteUrlError';
}

export interface SiteAddress {
  /** Scheme, host and port: https://user.github.io */
  site: string;
  /** The path the site is served under, with both slashes: / or /archive/ */
  base: string;
}

const refuse = (value: string, why: string) =>
  new SiteUrlError(`SITE_URL=“${value}” ${why}。SITE_URL 是网站的完整公开地址（含子路径），例如：${SITE_URL_EXAMPLE}`);

/** Where the site is without SITE_URL: Astro's preview server. */
export const DEFAULT_ADDRESS: SiteAddress = { site: 'http://localhost:4321', base: '/' };

/** Parses SITE_URL; without one the site is served at DEFAULT_ADDRESS. */
export function parseSiteUrl(value: string | undefined): SiteAddress {
  if (value === undefined || value.trim() === '') return DEFAULT_ADDRESS;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw refuse(value, '不是完整的网址（缺少 https:// 吗？）');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw refuse(value, `的协议是 ${url.protocol}，应为 https: 或 http:`);
  if (url.username || url.password) throw refuse(value, '含有用户名或密码，会出现在每个页面里');
  if (url.search || url.hash) throw refuse(value, '含有 ? 或 # 部分，网站地址不能带查询或锚点');
  const path = decodeURI(url.pathname);
  if (!/^\/(?:[A-Za-z0-9._~-]+\/)*(?:[A-Za-z0-9._~-]+)?$/.test(path)) throw refuse(value, '的路径只能含字母、数字和 . _ ~ -');
  return { site: url.origin, base: path.endsWith('/') ? path : `${path}/` };
}
