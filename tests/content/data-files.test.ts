// Article data files are written only when they changed (src/archive/data-files.ts): a rebuild
// must still leave every file as a full write would, including one removed from dist/ by hand.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { archiveInputs, writeDataFiles } from '../../src/archive/data-files.ts';
import { validateProject } from '../../src/archive/validate.ts';
import { DEFAULT_ADDRESS } from '../../src/lib/site-url.ts';
import { listFiles } from '../../src/lib/files.ts';
import { posix } from '../../src/archive/out-dir.ts';

const { archive } = validateProject('.');
const inputs = () => [...archiveInputs(archive, DEFAULT_ADDRESS)];
const dir = mkdtempSync(join(tmpdir(), 'data-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const snapshot = (out: string) => new Map(listFiles(out).map((f) => [f, readFileSync(join(out, f), 'utf8')]));

describe('writing the data files again', () => {
  it('makes only the articles whose input changed or whose files are missing, and leaves the same files as writing everything', () => {
    const [full, kept] = [join(dir, 'full'), join(dir, 'kept')];
    const first = writeDataFiles(kept, inputs());
    expect(first.written).toBe(first.paths.length);
    const keptAs = () => ({ keys: first.keys, files: new Set(listFiles(kept).map(posix)) });
    const again = writeDataFiles(kept, inputs(), keptAs());
    // The four /data/ files are always written; every article was unchanged.
    expect(again.written).toBe(4);
    expect(snapshot(kept).size).toBe(first.paths.length);

    // One article loses a file by hand, another is edited: each has its files made again (5 each).
    const [gone, edited] = [inputs()[0]!, inputs()[1]!];
    rmSync(join(kept, first.paths.find((p) => p.startsWith(`/articles/${gone.slug}.`))!));
    const changed = inputs().map((input) => (input.slug === edited.slug ? { ...input, headline: `${input.headline}（改）` } : input));
    const perArticle = first.paths.filter((p) => p.startsWith(`/articles/${gone.slug}.`)).length;
    expect(writeDataFiles(kept, changed, keptAs()).written).toBe(4 + 2 * perArticle);
    writeDataFiles(full, changed);
    expect(snapshot(kept)).toEqual(snapshot(full));
    expect(readFileSync(join(kept, `/articles/${edited.slug}.json`), 'utf8')).toContain('（改）');
  });
});
