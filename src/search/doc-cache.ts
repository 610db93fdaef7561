// What each built article page gave the index, kept between builds by a digest of the page's
// HTML: a rebuild parses only the pages whose HTML changed, instead of every article page of the
// archive for a build that changed a dozen.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleDoc } from './record.ts';

/** Change it when extraction changes in a way the HTML does not show. */
const FORMAT = 'docs-1';

export interface DocCache {
  /** The doc of a page with this HTML, if known; undefined when the page must be parsed. */
  get(url: string, html: string): ArticleDoc | undefined;
  set(url: string, html: string, doc: ArticleDoc): void;
  /** Writes what this build used (one file per volume), dropping the rest. */
  save(): void;
}

const keyOf = (url: string, html: string) => createHash('sha1').update(FORMAT).update(url).update('\0').update(html).digest('hex');

/** A cache in `folder` (one JSON file per volume); a missing or unreadable folder starts empty. */
export function docCache(folder: string): DocCache {
  const known = new Map<string, ArticleDoc>();
  if (existsSync(folder)) {
    for (const name of readdirSync(folder).filter((n) => n.endsWith('.json'))) {
      try {
        for (const [key, doc] of JSON.parse(readFileSync(join(folder, name), 'utf8')) as [string, ArticleDoc][]) known.set(key, doc);
      } catch {
        // A damaged file only costs a parse of its pages.
      }
    }
  }
  const used = new Map<string, ArticleDoc>();
  return {
    get(url, html) {
      const key = keyOf(url, html);
      const doc = known.get(key);
      if (doc) used.set(key, doc);
      return doc;
    },
    set(url, html, doc) {
      used.set(keyOf(url, html), doc);
    },
    save() {
      const byVolume = new Map<string, [string, ArticleDoc][]>();
      for (const entry of used) byVolume.set(entry[1].volume, [...(byVolume.get(entry[1].volume) ?? []), entry]);
      // Written beside and swapped in whole, so a stopped build leaves the old cache or the new one.
      const next = `${folder}.next-${process.pid}`;
      rmSync(next, { recursive: true, force: true });
      mkdirSync(next, { recursive: true });
      for (const [volume, entries] of byVolume) writeFileSync(join(next, `${volume}.json`), JSON.stringify(entries));
      rmSync(folder, { recursive: true, force: true });
      renameSync(next, folder);
    },
  };
}
