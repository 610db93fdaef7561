// The content of a project as the validator sees it: files read from disk on demand, or the same
// with an import's planned writes and removals laid over them, so an import is validated before
// anything is written.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileStamp } from '../lib/file-stamp.ts';

export interface ContentFiles {
  /** Files in a content folder (content/articles …), as root-relative paths, sorted. */
  list(dir: string): string[];
  /** A file's bytes, or undefined when there is none. */
  bytes(path: string): Uint8Array | undefined;
  /** A file's text (UTF-8), or undefined when there is none. */
  text(path: string): string | undefined;
  /**
   * The file's stamp on disk (lib/file-stamp.ts), which stays the same while its bytes do; undefined
   * when there is no such file, or its content is not that file's (an import's planned write).
   */
  stamp(path: string): string | undefined;
}

/** A regular file's bytes; undefined for anything else (missing, a broken link, a folder, a pipe). */
export const regularFileBytes = (full: string): Buffer | undefined => (statSync(full, { throwIfNoEntry: false })?.isFile() ? readFileSync(full) : undefined);

export function readContentFiles(root = '.'): ContentFiles {
  const cache = new Map<string, Uint8Array | undefined>();
  const bytes = (path: string) => {
    if (!cache.has(path)) cache.set(path, regularFileBytes(join(root, path)));
    return cache.get(path);
  };
  return {
    list: (dir) => {
      const full = join(root, dir);
      if (!existsSync(full)) return [];
      return (
        readdirSync(full, { withFileTypes: true })
          // A broken link is listed (and reported as unreadable), a folder is not. Only links are
          // looked up: a stat per file was most of listing a large archive.
          .filter((e) => !(e.isSymbolicLink() ? statSync(join(full, e.name), { throwIfNoEntry: false })?.isDirectory() : e.isDirectory()))
          .map((e) => `${dir}/${e.name}`)
          .sort()
      );
    },
    bytes,
    text: (path) => {
      const b = bytes(path);
      return b && Buffer.from(b).toString('utf8');
    },
    stamp: (path) => fileStamp(join(root, path)),
  };
}

/** `base` with files written or removed, without touching the disk. */
export function withChanges(base: ContentFiles, writes: ReadonlyMap<string, string | Uint8Array>, removals: ReadonlySet<string>): ContentFiles {
  const bytes = (path: string) => {
    if (removals.has(path)) return undefined;
    const written = writes.get(path);
    if (written !== undefined) return typeof written === 'string' ? Buffer.from(written) : written;
    return base.bytes(path);
  };
  return {
    list: (dir) => {
      const added = [...writes.keys()].filter((p) => p.startsWith(`${dir}/`) && !p.slice(dir.length + 1).includes('/'));
      return [...new Set([...base.list(dir), ...added])].filter((p) => !removals.has(p)).sort();
    },
    bytes,
    text: (path) => {
      const b = bytes(path);
      return b && Buffer.from(b).toString('utf8');
    },
    stamp: (path) => (removals.has(path) || writes.has(path) ? undefined : base.stamp(path)),
  };
}
