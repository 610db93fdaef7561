// What each built article page gave the index, kept between builds: a rebuild reads again only
// the pages whose file changed (its stamp, lib/file-stamp.ts), and parses only those whose HTML
// changed, instead of every article page of the archive for a build that changed a dozen.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeDigest, saveGroups } from '../lib/build-cache.ts';
import type { ArticleDoc } from './record.ts';

/** One page as the index read it. */
export interface CachedPage {
  /** Its file's stamp (lib/file-stamp.ts): unchanged, the file is not read again. */
  stamp: string;
  /** Digest of its HTML (and of the extraction code). */
  digest: string;
  /** Its place in print order. */
  order: number;
  doc: ArticleDoc;
}

export interface DocCache {
  /** The page as last read, when its file is unchanged. */
  byStamp(url: string, stamp: string): CachedPage | undefined;
  /** The page as last read, when its HTML is the same (a file written again with the same HTML). */
  byDigest(url: string, digest: string): CachedPage | undefined;
  /** Keeps the page for the next build. */
  keep(url: string, page: CachedPage): void;
  /** Writes what this build kept (one file per volume), dropping the rest; unchanged volumes are not rewritten. */
  save(): void;
}

/** The extraction code and what it imports: with the lockfile, a change to it parses every page again. */
const CODE = ['./extract.ts', './pinyin.ts', './doc-cache.ts', '../lib/slug.ts', '../lib/volume.ts', '../regions/names.ts'].map((m) => new URL(m, import.meta.url));
let code: string | undefined;
const extractionCode = () => (code ??= codeDigest(CODE));

/** A page's HTML digest, valid only for this extraction code. */
export const htmlDigest = (html: string) => createHash('sha1').update(extractionCode()).update(html).digest('hex');

type Stored = { code: string; pages: [string, CachedPage][] };

/** A cache in `folder` (one JSON file per volume); a missing, damaged or outdated file starts empty. */
export function docCache(folder: string): DocCache {
  const known = new Map<string, CachedPage>();
  /** Pages each volume's file held, to tell whether it must be written again. */
  const loadedCount = new Map<string, number>();
  if (existsSync(folder)) {
    for (const name of readdirSync(folder).filter((n) => n.endsWith('.json'))) {
      try {
        const stored = JSON.parse(readFileSync(join(folder, name), 'utf8')) as Stored;
        if (stored.code !== extractionCode()) continue;
        for (const [url, page] of stored.pages) known.set(url, page);
        loadedCount.set(name.slice(0, -'.json'.length), stored.pages.length);
      } catch {
        // A damaged file only costs reading its pages again.
      }
    }
  }
  const kept = new Map<string, CachedPage>();
  const changed = new Set<string>();
  return {
    byStamp: (url, stamp) => (known.get(url)?.stamp === stamp ? known.get(url) : undefined),
    byDigest: (url, digest) => (known.get(url)?.digest === digest ? known.get(url) : undefined),
    keep(url, page) {
      const before = known.get(url);
      if (before !== page) {
        changed.add(page.doc.volume);
        if (before) changed.add(before.doc.volume);
      }
      kept.set(url, page);
    },
    save() {
      saveGroups(folder, kept, ([, page]) => page.doc.volume, loadedCount, changed, (pages) => ({ code: extractionCode(), pages }) satisfies Stored);
    },
  };
}
