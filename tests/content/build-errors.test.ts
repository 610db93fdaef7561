// The real build stops on bad content: `astro sync` (the build's content step) runs in a scratch
// copy of the project with one broken article added, and must fail naming file, field and value.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve('.');
const scratch = mkdtempSync(join(tmpdir(), 'archive-build-'));
for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content']) {
  cpSync(join(root, entry), join(scratch, entry), { recursive: true });
}
symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function syncWith(fixture: string) {
  const target = join(scratch, 'content/articles', `${fixture}.md`);
  cpSync(join(root, 'tests/fixtures/invalid', `${fixture}.md`), target);
  try {
    const run = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'sync'], {
      cwd: scratch,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    return { status: run.status, output: run.stdout + run.stderr };
  } finally {
    rmSync(target);
  }
}

describe('astro build content step', () => {
  it('accepts the committed content', () => {
    const run = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'sync'], { cwd: scratch, encoding: 'utf8' });
    expect(run.status, run.stdout + run.stderr).toBe(0);
  });

  it.each([
    ['unknown-county', 'region.county', '临丽县'],
    ['unknown-initiative', 'initiatives[0]', 'wudao'],
    ['figure-not-in-text', 'figures[3]', '2163对'],
    ['missing-headline', 'headline', '缺少标题'],
  ])('fails on %s', (fixture, field, value) => {
    const { status, output } = syncWith(fixture);
    expect(status).not.toBe(0);
    const line = output.split('\n').find((l) => l.includes(`content/articles/${fixture}.md: ${field}: `));
    expect(line, output).toBeDefined();
    expect(line).toContain(value);
  });
});
