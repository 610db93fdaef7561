// The link checker used on dist: internal hrefs must reach a file, and #fragments an element id
// (percent-encoded fragments, such as ids of Chinese headings, are decoded first).
import type { HTMLElement } from 'node-html-parser';

export interface Site {
  /** Is there a file for this path? */
  exists(pathname: string): boolean;
  /** The parsed page at this path (only asked for paths that exist and end in /). */
  page(pathname: string): HTMLElement;
}

export function brokenLinks(from: string, doc: HTMLElement, site: Site): string[] {
  const broken: string[] = [];
  for (const el of doc.querySelectorAll('a[href], link[href]')) {
    const href = el.getAttribute('href')!;
    const url = new URL(href, `http://archive.test${from}`);
    if (url.host !== 'archive.test') continue;
    const target = url.pathname;
    if (!site.exists(target)) {
      broken.push(`${href} (no file)`);
      continue;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment && !fragment.startsWith(':~:') && target.endsWith('/') && !site.page(target).getElementById(fragment)) {
      broken.push(`${href} (no #${fragment})`);
    }
  }
  return broken;
}
