// Keys for Astro's incremental build (experimental.incrementalBuild): a page is copied from the
// previous build instead of rendered when its route's code and its cacheKey are unchanged. Astro does
// not track content entries or files read with fs, so a key must be a digest of everything the page
// shows from them; src/collections/queries.ts builds each route's key from these.
import { createHash } from 'node:crypto';

/**
 * A digest of JSON-serialisable parts, in order: equal parts give equal keys, and any change to a
 * part (or to their number or order) gives a different one. `undefined` is a part of its own, so
 * ("a", undefined) and ("a") differ.
 */
export function cacheKey(...parts: readonly unknown[]): string {
  const hash = createHash('sha256');
  hash.update(String(parts.length));
  for (const part of parts) hash.update('\0').update(JSON.stringify(part) ?? '\u0001undefined');
  return hash.digest('base64url');
}

/** A digest of a file's bytes as read (a source text is served byte for byte, so no decoding). */
export const bytesDigest = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('base64url');

/**
 * A content entry in a key: its id and the digest of its file (data and body). An entry without a
 * digest cannot be keyed, so it throws rather than let a changed entry keep its old key.
 */
export function entryRef(entry: { id: string; digest?: string | number | undefined }): [string, string | number] {
  if (entry.digest === undefined) throw new Error(`${entry.id}: 内容条目没有 digest，无法计算增量构建的缓存键`);
  return [entry.id, entry.digest];
}
