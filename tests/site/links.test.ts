// Link checker over the built site: every internal href, including #fragments, must resolve.
import { describe, expect, it } from 'vitest';
import { assertBuilt, distFiles, fileForUrl, page } from '../helpers/dist.ts';

assertBuilt();
const htmlPages = distFiles().filter((f) => f.endsWith('.html')).map((f) => f.replace(/index\.html$/, ''));

describe('internal links', () => {
  it('the site has pages to check', () => {
    expect(htmlPages.length).toBeGreaterThan(50);
  });

  it.each(htmlPages)('%s: every link and fragment resolves', (from) => {
    const broken: string[] = [];
    for (const el of page(from).querySelectorAll('a[href], link[href]')) {
      const href = el.getAttribute('href')!;
      const url = new URL(href, `http://archive.test${from}`);
      if (url.host !== 'archive.test') continue;
      const target = url.pathname === from.replace(/\.html$/, '') ? from : url.pathname;
      if (!fileForUrl(target)) {
        broken.push(`${href} (no file)`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('/') && !page(target).getElementById(fragment)) broken.push(`${href} (no #${fragment})`);
    }
    expect(broken).toEqual([]);
  });
});
