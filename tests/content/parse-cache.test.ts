// The build keeps parsed article files between runs (src/archive/parse-cache.ts): what a file's
// check reports must not depend on whether its parse came from the cache, a fresh cache read back
// from disk, or no cache at all — for every real article and every faulty fixture.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkArticleFile } from '../../src/archive/article-file.ts';
import { parseCache } from '../../src/archive/parse-cache.ts';
import { articleSchemaFor, projectSchemaInputs } from '../../src/archive/validate.ts';

const inputs = projectSchemaInputs();
const schema = articleSchemaFor(inputs);
const dir = mkdtempSync(join(tmpdir(), 'parse-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const files = [
  ...readdirSync('content/articles').map((f) => join('content/articles', f)),
  ...readdirSync('tests/fixtures/invalid').map((f) => join('tests/fixtures/invalid', f)),
];
const check = (file: string, raw: string, memo?: ReturnType<typeof parseCache>) => checkArticleFile(file, raw, schema, inputs.vocabulary, memo);

describe('the parse cache', () => {
  it('gives every file the same check as parsing it, first run and from disk', () => {
    const folder = join(dir, 'every');
    const first = parseCache(folder);
    for (const file of files) expect(check(file, readFileSync(file, 'utf8'), first), file).toEqual(check(file, readFileSync(file, 'utf8')));
    first.save();
    const second = parseCache(folder);
    for (const file of files) expect(check(file, readFileSync(file, 'utf8'), second), file).toEqual(check(file, readFileSync(file, 'utf8')));
    expect(readdirSync(folder).length).toBeGreaterThan(0);
  });

  it('reports a schema fault at the same line when the YAML came from the cache', () => {
    const folder = join(dir, 'lines');
    const file = 'content/articles/x.md';
    const raw = readFileSync(files[0]!, 'utf8');
    const memo = parseCache(folder);
    check(file, raw, memo);
    memo.save();
    // The same frontmatter under another schema-breaking body is not the point: break a field's value.
    const broken = raw.replace(/^headline: .*$/m, 'headline: [1, 2]');
    const fresh = check(file, broken);
    expect(fresh.problems.length).toBeGreaterThan(0);
    const cached = parseCache(folder);
    check(file, broken, cached);
    cached.save();
    expect(check(file, broken, parseCache(folder))).toEqual(fresh);
  });

  it('forgets what a run did not use, and survives a damaged shard', () => {
    const folder = join(dir, 'prune');
    const memo = parseCache(folder);
    check(files[0]!, readFileSync(files[0]!, 'utf8'), memo);
    memo.save();
    const shards = readdirSync(folder);
    expect(shards.length).toBeGreaterThan(0);
    parseCache(folder).save();
    expect(readdirSync(folder)).toEqual([]);
    writeFileSync(join(folder, '0.json'), '{not json');
    expect(check(files[0]!, readFileSync(files[0]!, 'utf8'), parseCache(folder))).toEqual(check(files[0]!, readFileSync(files[0]!, 'utf8')));
  });
});
