// What says a file is unchanged without reading it. Size, inode and both times in nanoseconds: an
// edit moves the change time even when a tool puts the modification time back (touch -r, rsync -a).
import { statSync } from 'node:fs';

/** The stamp of a regular file (following links); undefined for anything else or nothing. */
export function fileStamp(path: string): string | undefined {
  const s = statSync(path, { bigint: true, throwIfNoEntry: false });
  return s?.isFile() ? `${s.size}:${s.mtimeNs}:${s.ctimeNs}:${s.ino}` : undefined;
}
