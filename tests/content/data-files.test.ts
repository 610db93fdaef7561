// Article data files are written only when they changed (src/archive/data-files.ts): a rebuild
// must still leave every file as a full write would, including one removed from dist/ by hand.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { archiveInputs, loadDataKeys, saveDataKeys, writeDataFiles } from '../../src/archive/data-files.ts';
import type { ArticleMetaInput } from '../../src/lib/article-meta.ts';
import { DATA } from '../../src/lib/urls.ts';
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

  it('copies unchanged articles into the archive-wide files only while those files are as written, in any order', () => {
    const [full, kept] = [join(dir, 'order-full'), join(dir, 'order-kept')];
    const all = inputs();
    let keys = writeDataFiles(kept, all).keys;
    const again = (next: ArticleMetaInput[]) => {
      keys = writeDataFiles(kept, next, { keys, files: new Set(listFiles(kept).map(posix)) }).keys;
      rmSync(full, { recursive: true, force: true });
      writeDataFiles(full, next);
      for (const path of [DATA.articlesJson, DATA.articlesCsv, DATA.figuresCsv]) expect(readFileSync(join(kept, path), 'utf8'), path).toBe(readFileSync(join(full, path), 'utf8'));
    };
    // Reversed, then with one article left out and another edited: the parts move, and no copy may
    // take its neighbour's separator or bytes with it.
    again([...all].reverse());
    again(all.filter((_, i) => i !== 3).map((input, i) => (i === 5 ? { ...input, headline: `${input.headline}（改）` } : input)));
    again(all);
    // Every part copied, at the places the last build recorded (runs of neighbours, separators included).
    again(all);
    // A file changed by hand since is not copied from: it is made whole again.
    writeFileSync(join(kept, DATA.articlesJson), '[]\n');
    writeFileSync(join(kept, DATA.articlesCsv), readFileSync(join(kept, DATA.articlesCsv), 'utf8').replace('slug', 'SLUG'));
    again(all);
    expect(JSON.parse(readFileSync(join(kept, DATA.articlesJson), 'utf8'))).toHaveLength(all.length);
  });

  it('writes everything again when the saved keys are missing, damaged or of an older shape', () => {
    const file = join(dir, 'keys.json');
    for (const text of [undefined, '{', JSON.stringify({ 'some-slug': 'key' }), JSON.stringify({ files: {}, articles: [['a', 'k', [5, 2, 0, 0, 0, 0]]] })]) {
      rmSync(file, { force: true });
      if (text !== undefined) writeFileSync(file, text);
      expect(loadDataKeys(file).articles.size).toBe(0);
    }
    const { keys } = writeDataFiles(join(dir, 'saved'), inputs());
    saveDataKeys(file, keys);
    expect(loadDataKeys(file)).toEqual(keys);
  });
});
