import { describe, expect, it } from 'vitest';
import { bytesDigest, cacheKey, entryRef } from '../../src/lib/cache-key.ts';

describe('cacheKey', () => {
  it('is the same for equal parts, in a new call with new objects', () => {
    expect(cacheKey('article', ['linli', 'abc'], 3, { page: 1 })).toBe(cacheKey('article', ['linli', 'abc'], 3, { page: 1 }));
  });

  it('changes with any part, their order or their number', () => {
    const base = cacheKey('a', 'b');
    const others = [cacheKey('b', 'a'), cacheKey('a', 'c'), cacheKey('a', 'b', 'c'), cacheKey('a'), cacheKey('ab'), cacheKey('a', 'b', undefined), cacheKey('a', ['b'])];
    for (const other of others) expect(other).not.toBe(base);
    expect(new Set(others).size).toBe(others.length);
  });

  it('does not let parts run into each other', () => {
    expect(cacheKey('a\0', 'b')).not.toBe(cacheKey('a', '\0b'));
    expect(cacheKey(['a', 'b'])).not.toBe(cacheKey(['a,b']));
  });

  it('tells undefined, null and missing apart', () => {
    expect(new Set([cacheKey(undefined), cacheKey(null), cacheKey(), cacheKey('undefined')]).size).toBe(4);
  });
});

describe('bytesDigest', () => {
  it('depends on every byte, including bytes that are not UTF-8', () => {
    expect(bytesDigest(Uint8Array.of(0xff))).not.toBe(bytesDigest(Uint8Array.of(0xfe)));
    expect(bytesDigest('今日女报')).toBe(bytesDigest(new TextEncoder().encode('今日女报')));
  });
});

describe('entryRef', () => {
  it('is the id and the digest of the entry', () => {
    expect(entryRef({ id: 'linli', digest: 'abc' })).toEqual(['linli', 'abc']);
  });

  it('refuses an entry without a digest, which would keep its key when it changes', () => {
    expect(() => entryRef({ id: 'linli' })).toThrow(/linli/);
  });
});
