// Follows every internal reference of every page of a served site, as a reader's browser would:
// href, src, srcset, form actions and meta refresh targets, each fetched from the real server.
import { parse } from 'node-html-parser';

/** Every URL a page refers to (absolute), from the attributes a browser follows. */
export function references(html: string, pageUrl: string): string[] {
  const doc = parse(html);
  const found: string[] = [];
  const add = (value: string | undefined) => value && found.push(new URL(value.trim(), pageUrl).href);
  for (const el of doc.querySelectorAll('[href]')) add(el.getAttribute('href'));
  for (const el of doc.querySelectorAll('[src]')) add(el.getAttribute('src'));
  for (const el of doc.querySelectorAll('form[action]')) add(el.getAttribute('action'));
  for (const el of doc.querySelectorAll('[srcset]')) for (const part of el.getAttribute('srcset')!.split(',')) add(part.trim().split(/\s+/)[0]);
  for (const el of doc.querySelectorAll('meta[http-equiv="refresh"]')) add(/url=(.*)$/i.exec(el.getAttribute('content') ?? '')?.[1]);
  return found;
}

export interface CrawlResult {
  /** Internal URLs referred to, without fragments, each with its HTTP status. */
  statuses: Map<string, number>;
  /** Internal references that did not answer 200, with the page that made them. */
  broken: string[];
}

/** Fetches each page, then every same-origin URL the pages refer to. */
export async function crawl(pages: readonly string[]): Promise<CrawlResult> {
  const statuses = new Map<string, number>();
  const broken: string[] = [];
  const status = async (url: string) => {
    if (!statuses.has(url)) statuses.set(url, (await fetch(url, { redirect: 'manual' })).status);
    return statuses.get(url)!;
  };
  for (const page of pages) {
    const response = await fetch(page);
    statuses.set(page, response.status);
    if (response.status !== 200) broken.push(`${page} → ${response.status}`);
    const origin = new URL(page).origin;
    for (const ref of references(await response.text(), page)) {
      const url = new URL(ref);
      if (url.origin !== origin) continue;
      url.hash = '';
      const code = await status(url.href);
      if (code !== 200) broken.push(`${page} → ${url.pathname}${url.search} (${code})`);
    }
  }
  return { statuses, broken };
}
