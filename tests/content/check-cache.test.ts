// The build keeps clean articles' check results between runs (src/archive/check-cache.ts): the
// archive and the problems a validation gives must not depend on whether results came from the
// cache, by stamp or by text, or from checking every file. Each case tries to make a kept result
// outlive what it depended on: the file, its page, the code and vocabulary, a damaged shard.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCache, checkContext, type CheckCache } from '../../src/archive/check-cache.ts';
import { readContentFiles, withChanges, type ContentFiles } from '../../src/archive/files.ts';
import { CONTENT } from '../../src/archive/paths.ts';
import { validateArchive } from '../../src/archive/validate.ts';

const dir = mkdtempSync(join(tmpdir(), 'check-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A copy of the project's content, so files can be edited and their stamps change. */
function project(name: string): string {
  const root = join(dir, name);
  cpSync('content', join(root, 'content'), { recursive: true });
  return root;
}
const context = (root: string) => checkContext(readContentFiles(root).text(CONTENT.vocabulary));
/** A validation's outcome, comparable: the archive's articles and every problem. */
const outcome = (files: ContentFiles, checks?: CheckCache) => {
  const { archive, problems } = validateArchive(files, undefined, undefined, checks);
  return { articles: archive.articles, problems };
};
/** A copy of the content whose cache one validation filled and saved; `reopen` reads that cache back. */
function filled(name: string) {
  const root = project(name);
  const folder = join(root, 'cache');
  const cache = checkCache(folder, context(root));
  const first = outcome(readContentFiles(root), cache);
  cache.save();
  return { root, folder, first, reopen: () => checkCache(folder, context(root)) };
}
/** Counts the results a cache gives, to tell a run that used it from one that checked again. */
function counted(cache: CheckCache) {
  const served = { n: 0 };
  const count = <T>(result: T) => {
    if (result !== undefined) served.n++;
    return result;
  };
  return {
    served,
    cache: { ...cache, byStamp: (...a: Parameters<CheckCache['byStamp']>) => count(cache.byStamp(...a)), byText: (...a: Parameters<CheckCache['byText']>) => count(cache.byText(...a)) },
  };
}

describe('the check cache', () => {
  it('gives the archive and problems that checking every file gives, filled, from disk and after a fresh checkout', () => {
    const root = project('same');
    const folder = join(root, 'cache');
    const files = () => readContentFiles(root);
    const fresh = outcome(files());
    expect(fresh.articles.length).toBeGreaterThan(0);
    const first = checkCache(folder, context(root));
    expect(outcome(files(), first)).toEqual(fresh);
    first.save();
    expect(readdirSync(folder).length).toBeGreaterThan(0);

    const second = counted(checkCache(folder, context(root)));
    expect(outcome(files(), second.cache)).toEqual(fresh);
    expect(second.served.n).toBe(fresh.articles.length);

    // Every file written again with the same bytes: new stamps, the same texts.
    for (const name of readdirSync(join(root, CONTENT.articles))) {
      const path = join(root, CONTENT.articles, name);
      const bytes = readFileSync(path);
      rmSync(path);
      writeFileSync(path, bytes);
    }
    const third = counted(checkCache(folder, context(root)));
    expect(outcome(files(), third.cache)).toEqual(fresh);
    expect(third.served.n).toBe(fresh.articles.length);
  });

  it('checks an edited file again, keeping its size', () => {
    const { root, first: before, reopen } = filled('edited');
    const [name] = readdirSync(join(root, CONTENT.articles));
    const path = join(root, CONTENT.articles, name!);
    const text = readFileSync(path, 'utf8');
    // One character of the headline for another of the same UTF-8 length.
    const edited = text.replace(/^(headline: ["']?)(.)/m, (_, head: string, ch: string) => `${head}${ch === '县' ? '市' : '县'}`);
    expect(edited).not.toBe(text);
    expect(Buffer.byteLength(edited)).toBe(Buffer.byteLength(text));
    writeFileSync(path, edited);
    const after = outcome(readContentFiles(root), reopen());
    expect(after).toEqual(outcome(readContentFiles(root)));
    expect(after).not.toEqual(before);
  });

  it("does not keep an article's result once its page is gone", () => {
    const { root, reopen } = filled('page-gone');
    const page = readContentFiles(root).list(CONTENT.pages)[0]!;
    // The page removed without touching any article file: their stamps and texts are as kept.
    const without = () => withChanges(readContentFiles(root), new Map(), new Set([page]));
    const expected = outcome(without());
    expect(expected.problems.some((p) => p.field === 'source.page')).toBe(true);
    expect(outcome(without(), reopen())).toEqual(expected);
  });

  it('starts empty for other code or vocabulary, and from a damaged shard', () => {
    const { root, folder, first: fresh, reopen } = filled('context');
    const vocabulary = join(root, CONTENT.vocabulary);
    const original = readFileSync(vocabulary, 'utf8');
    writeFileSync(vocabulary, `${original}\n# 注释\n`);
    expect(context(root)).not.toBe(checkContext(readFileSync('content/initiatives.yaml', 'utf8')));
    const other = counted(reopen());
    expect(outcome(readContentFiles(root), other.cache)).toEqual(fresh);
    expect(other.served.n).toBe(0);

    // With the vocabulary as it was, the cache serves every file again; damaged, none.
    writeFileSync(vocabulary, original);
    const again = counted(reopen());
    outcome(readContentFiles(root), again.cache);
    expect(again.served.n).toBe(fresh.articles.length);
    for (const shard of readdirSync(folder)) writeFileSync(join(folder, shard), '{not json');
    const damaged = counted(reopen());
    expect(outcome(readContentFiles(root), damaged.cache)).toEqual(fresh);
    expect(damaged.served.n).toBe(0);
  });
});
