// Two builds of the same commit produce byte-identical output, so a deploy diff shows only
// real changes. Builds a scratch copy twice into separate folders.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scratchProject } from '../helpers/scratch.ts';

function digest(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out[relative(dir, full)] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

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
