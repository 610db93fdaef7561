// Two builds of the same commit produce byte-identical output, so a deploy diff shows only
// real changes. Builds a scratch copy twice into separate folders.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../src/lib/files.ts';
import { scratchProject } from '../helpers/scratch.ts';

const digest = (dir: string) =>
  Object.fromEntries(listFiles(dir).map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]));

const scratch = scratchProject();
afterAll(() => scratch.remove());

describe('deterministic build', () => {
  it('builds byte-identical dist/ twice', () => {
    const first = scratch.astro('build', '--outDir', 'dist-a');
    expect(first.status, first.output).toBe(0);
    const second = scratch.astro('build', '--outDir', 'dist-b');
    expect(second.status, second.output).toBe(0);
    const a = digest(scratch.path('dist-a'));
    const b = digest(scratch.path('dist-b'));
    expect(Object.keys(a).length).toBeGreaterThan(100);
    expect(b).toEqual(a);
  });
});
