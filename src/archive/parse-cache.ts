// Parsing an article file (its frontmatter's YAML, its body's Markdown) is most of what validating
// the archive costs, and depends on the text alone. The build keeps each result by a digest of the
// text and of the parsing code, so a rebuild parses only the files that changed.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { codeDigest, saveGroups } from '../lib/build-cache.ts';
import { TOO_DEEP, type BodyProblem } from './printed-text.ts';
import type { YamlFile } from './yaml-file.ts';

export interface PrintedBody {
  paragraphs: string[];
  problems: BodyProblem[];
}

/** Gives a parse's result for a text, from memory when the same text was parsed before. */
export interface ParseMemo {
  yaml(text: string, parse: () => YamlFile): YamlFile;
  body(text: string, parse: () => PrintedBody): PrintedBody;
}

/** Parses every time: the validator's default, and what `npm run check` uses. */
export const NO_MEMO: ParseMemo = { yaml: (_, parse) => parse(), body: (_, parse) => parse() };

export interface ParseCache extends ParseMemo {
  /** Writes what this run used, dropping the rest; only the shards that changed are rewritten. */
  save(): void;
}

/** A YAML value kept as JSON (only when it has no problems and JSON keeps it as it is), or a body. */
type Entry = { yaml: string } | { body: PrintedBody };

/** The parsing code: with the lockfile, a change to it parses everything again. */
const CODE = ['./printed-text.ts', './yaml-file.ts', './parse-cache.ts'].map((m) => new URL(m, import.meta.url));

const shardOf = (key: string) => key.slice(0, 1);

/** A cache in `folder` (one JSON file per shard of keys); a missing or unreadable shard starts empty. */
export function parseCache(folder: string, root = '.'): ParseCache {
  const code = codeDigest(CODE, root);
  const keyOf = (kind: string, text: string) => createHash('sha1').update(code).update(kind).update('\0').update(text).digest('hex');
  const known = new Map<string, Entry>();
  const loadedShards = new Map<string, number>();
  if (existsSync(folder)) {
    for (const name of readdirSync(folder).filter((n) => /^[0-9a-f]\.json$/.test(n))) {
      try {
        const entries = JSON.parse(readFileSync(join(folder, name), 'utf8')) as [string, Entry][];
        for (const [key, entry] of entries) known.set(key, entry);
        loadedShards.set(name.slice(0, 1), entries.length);
      } catch {
        // A damaged shard only costs parsing its files again.
      }
    }
  }
  const used = new Map<string, Entry>();
  const added = new Set<string>();
  const lookup = (key: string) => {
    const entry = known.get(key) ?? used.get(key);
    if (entry) used.set(key, entry);
    return entry;
  };
  const store = (key: string, entry: Entry) => {
    used.set(key, entry);
    if (!known.has(key)) added.add(shardOf(key));
  };
  return {
    yaml(text, parse) {
      const key = keyOf('yaml', text);
      const hit = lookup(key);
      if (hit && 'yaml' in hit) {
        // Lines are only asked for when the schema refuses a value: parsed again then.
        let parsed: YamlFile | undefined;
        return { value: JSON.parse(hit.yaml), problems: [], lineOf: (path) => (parsed ??= parse()).lineOf(path) };
      }
      const result = parse();
      if (!result.problems.length) {
        const json = JSON.stringify(result.value);
        if (json !== undefined && isDeepStrictEqual(JSON.parse(json), result.value)) store(key, { yaml: json });
      }
      return result;
    },
    body(text, parse) {
      const key = keyOf('body', text);
      const hit = lookup(key);
      if (hit && 'body' in hit) return hit.body;
      const result = parse();
      // Whether the parser's recursion overflows depends on the stack left, not on the text alone.
      if (!result.problems.some((p) => p.message === TOO_DEEP)) store(key, { body: result });
      return result;
    },
    save() {
      saveGroups(folder, used, ([key]) => shardOf(key), loadedShards, added, (entries) => entries);
    },
  };
}

/**
 * The cache at first use: a build whose files all came from the check cache (check-cache.ts)
 * neither loads nor rewrites it. One that parsed a few keeps only those (what it used).
 */
export function openedOnUse(open: () => ParseCache): ParseCache {
  let cache: ParseCache | undefined;
  const opened = () => (cache ??= open());
  return { yaml: (text, parse) => opened().yaml(text, parse), body: (text, parse) => opened().body(text, parse), save: () => cache?.save() };
}
