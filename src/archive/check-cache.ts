// An article file that passed every per-file check keeps its result between builds: a rebuild
// neither reads nor checks it again while its stamp (lib/file-stamp.ts) is the same, or, in a fresh
// checkout whose files all have new stamps, while its text is. At 100,000 articles reading and
// checking every file was a fifth of a build that added one page.
//
// A result depends on the file, on the code and the vocabulary (both in the cache's context, which
// when changed empties it), and on whether the page it names exists: the validator keeps a result
// only while that page is still there. Files with problems are always checked again (the messages
// may name other files), and so is everything when the context changes.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { codeDigest, saveGroups } from '../lib/build-cache.ts';
import { listFiles } from '../lib/files.ts';
import type { ArticleData } from '../schema/article.ts';

/** A clean check's result: what the validator gives the archive for the file. */
export interface CleanCheck {
  data: ArticleData;
  paragraphs: string[];
}

interface Entry extends CleanCheck {
  stamp: string | undefined;
  /** Digest of the file's text. */
  digest: string;
}

export interface CheckCache {
  /** The result kept for `file` when its stamp is the one it had and `holds` (the page is still there). */
  byStamp(file: string, stamp: string | undefined, holds: (check: CleanCheck) => boolean): CleanCheck | undefined;
  /** The same when its text is the one it had (a file written again unchanged, a fresh checkout). */
  byText(file: string, stamp: string | undefined, text: string, holds: (check: CleanCheck) => boolean): CleanCheck | undefined;
  /** Keeps a clean result of `file` (stamp taken before it was read) for the next build. */
  keep(file: string, stamp: string | undefined, text: string, check: CleanCheck): void;
  /** Writes what this run kept, dropping the rest; shards nothing changed in are not rewritten. */
  save(): void;
}

/** Keeps nothing: the validator's default. */
export const NO_CHECKS: CheckCache = { byStamp: () => undefined, byText: () => undefined, keep: () => undefined, save: () => undefined };

/** The checking code: every module of these folders (no list to keep by hand), with the lockfile. */
const CHECK_CODE = ['../archive/', '../schema/', '../regions/', '../lib/'].map((dir) => new URL(dir, import.meta.url));

/** What every kept result depends on besides its file: the checking code and the vocabulary's text. */
export function checkContext(vocabulary: string | undefined, root = '.'): string {
  const modules = CHECK_CODE.flatMap((dir) => listFiles(fileURLToPath(dir)).sort().map((file) => new URL(file, dir)));
  return createHash('sha256').update(codeDigest(modules, root)).update(vocabulary ?? '\0').digest('hex');
}

const digestOf = (text: string) => createHash('sha1').update(text).digest('hex');
const shardOf = (file: string) => createHash('sha1').update(file).digest('hex').slice(0, 1);

type Stored = { context: string; entries: [string, Entry][] };

/**
 * A cache in `folder`, one JSON file per shard, valid for `context` (a digest of the checking code
 * and of the vocabulary); a shard written for another context, or damaged, starts empty.
 */
export function checkCache(folder: string, context: string): CheckCache {
  const known = new Map<string, Entry>();
  const loaded = new Map<string, number>();
  if (existsSync(folder)) {
    for (const name of readdirSync(folder).filter((n) => /^[0-9a-f]\.json$/.test(n))) {
      try {
        const stored = JSON.parse(readFileSync(join(folder, name), 'utf8')) as Stored;
        // Counted as loaded either way, so a stale shard is rewritten or removed.
        loaded.set(name.slice(0, 1), stored.context === context ? stored.entries.length : -1);
        if (stored.context !== context) continue;
        for (const [file, entry] of stored.entries) known.set(file, entry);
      } catch {
        // A damaged shard only costs checking its files again.
        loaded.set(name.slice(0, 1), -1);
      }
    }
  }
  const kept = new Map<string, Entry>();
  const changed = new Set<string>();
  const reuse = (file: string, entry: Entry, stamp: string | undefined): CleanCheck => {
    if (stamp !== entry.stamp) changed.add(shardOf(file));
    kept.set(file, { ...entry, stamp });
    return { data: entry.data, paragraphs: entry.paragraphs };
  };
  return {
    byStamp(file, stamp, holds) {
      const entry = known.get(file);
      return entry && stamp !== undefined && entry.stamp === stamp && holds(entry) ? reuse(file, entry, stamp) : undefined;
    },
    byText(file, stamp, text, holds) {
      const entry = known.get(file);
      return entry && entry.digest === digestOf(text) && holds(entry) ? reuse(file, entry, stamp) : undefined;
    },
    keep(file, stamp, text, check) {
      // Only what JSON gives back unchanged: a kept result must equal a fresh check.
      if (!isDeepStrictEqual(JSON.parse(JSON.stringify(check)), check)) return;
      kept.set(file, { ...check, stamp, digest: digestOf(text) });
      changed.add(shardOf(file));
    },
    save() {
      saveGroups(folder, kept, ([file]) => shardOf(file), loaded, changed, (entries) => ({ context, entries }) satisfies Stored);
    },
  };
}
