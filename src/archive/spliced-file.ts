// A large file written again from parts, most of them unchanged since its last version: each part
// is new text or a byte range of the previous version, copied in runs. The archive-wide data files
// (/data/articles.json, the CSVs) hold every article; after a one-page import all but a dozen of
// their parts are as the last build wrote them, and formatting them all again was most of a
// rebuild's data step.
import { closeSync, existsSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { fileStamp } from '../lib/file-stamp.ts';

/** A part's place in a file: [start, end) in bytes. */
export type Range = readonly [number, number];

/** Copies are made in pieces of at most this many bytes. */
const PIECE = 8 * 2 ** 20;

export interface SplicedFile {
  /** The previous version is as recorded, so its ranges may be copied. */
  readonly reusable: boolean;
  /** Appends new text; returns its range in the new file. */
  text(text: string): Range;
  /**
   * Appends a range of the previous version, after `separator` (written unless the previous
   * version already has it just before the range, where it is copied with its neighbour).
   */
  copy(range: Range, separator?: string): Range;
  /** Finishes the file: renames it into place and returns its stamp. */
  close(): string;
  /** Drops the unfinished file (the previous version stays). */
  abandon(): void;
}

/**
 * Writes `path` again. `previous` is its last version's stamp (lib/file-stamp.ts), as recorded
 * when it was written: ranges are copied from it only while the file still has that stamp;
 * `reusable` says whether it does. Written beside and renamed, so a failed build leaves the last
 * version whole.
 */
export function splicedFile(path: string, previous: string | undefined): SplicedFile {
  const reusable = previous !== undefined && existsSync(path) && fileStamp(path) === previous;
  const old = reusable ? openSync(path, 'r') : undefined;
  const partial = `${path}.partial-${process.pid}`;
  let out: number;
  try {
    out = openSync(partial, 'w');
  } catch (error) {
    if (old !== undefined) closeSync(old);
    throw error;
  }
  let position = 0;
  /** Copies waiting to be made as one run: [start, end) of the previous version. */
  let run: [number, number] | undefined;
  const piece = Buffer.allocUnsafe(reusable ? PIECE : 0);

  const flush = () => {
    if (!run || old === undefined) return;
    for (let at = run[0]; at < run[1]; ) {
      const read = readSync(old, piece, 0, Math.min(PIECE, run[1] - at), at);
      if (read === 0) throw new Error(`${path} 比记录的短：无法复用其内容`);
      writeSync(out, piece, 0, read);
      at += read;
    }
    run = undefined;
  };
  const write = (text: string) => {
    flush();
    position += writeSync(out, text);
  };
  let open = true;
  const closeAll = () => {
    if (!open) return;
    open = false;
    closeSync(out);
    if (old !== undefined) closeSync(old);
  };

  return {
    reusable,
    text(text) {
      const start = position;
      write(text);
      return [start, position];
    },
    copy([start, end], separator = '') {
      if (old === undefined) throw new Error(`${path} 的上一版不可复用`);
      const gap = Buffer.byteLength(separator);
      // The previous version has the separator between its parts too (it was written this way,
      // and its stamp is unchanged): one run copies both.
      if (run && run[1] + gap === start) {
        run[1] = end;
        position += gap;
      } else {
        if (separator) write(separator);
        flush();
        run = [start, end];
      }
      const from = position;
      position += end - start;
      return [from, position];
    },
    close() {
      try {
        flush();
      } finally {
        closeAll();
      }
      renameSync(partial, path);
      return fileStamp(path)!;
    },
    abandon() {
      closeAll();
      rmSync(partial, { force: true });
    },
  };
}
