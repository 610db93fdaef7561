// Article data files are written only when they changed (src/archive/data-files.ts): a rebuild
// must still leave every file as a full write would, including one removed from dist/ by hand.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { archiveMetas, writeDataFiles } from '../../src/archive/data-files.ts';
import { validateProject } from '../../src/archive/validate.ts';
import { DEFAULT_ADDRESS } from '../../src/lib/site-url.ts';
import { listFiles } from '../../src/lib/files.ts';

const { archive } = validateProject('.');
const metas = () => archiveMetas(archive, DEFAULT_ADDRESS);
const dir = mkdtempSync(join(tmpdir(), 'data-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const snapshot = (out: string) => new Map(listFiles(out).map((f) => [f, readFileSync(join(out, f), 'utf8')]));

describe('writing the data files again', () => {
  it('writes only what changed or is missing, and leaves the same files as writing everything', () => {
    const [full, kept] = [join(dir, 'full'), join(dir, 'kept')];
    writeDataFiles(full, metas());
    const first = writeDataFiles(kept, metas());
    expect(first.written).toBe(first.paths.length);
    const again = writeDataFiles(kept, metas(), first.digests);
    // The four /data/ files are always written; every article file was unchanged.
    expect(again.written).toBe(4);
    const [gone, stale] = first.paths.filter((p) => p.startsWith('/articles/'));
    rmSync(join(kept, gone!));
    writeFileSync(join(kept, stale!), 'edited by hand');
    const digests = new Map(first.digests);
    digests.set(stale!, 'not its digest');
    expect(writeDataFiles(kept, metas(), digests).written).toBe(4 + 2);
    expect(snapshot(kept)).toEqual(snapshot(full));
  });
});
