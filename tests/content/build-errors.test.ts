// The real build stops on bad content: `astro sync` (the build's content step) runs in a scratch
// copy of the project with one broken article added, and must fail naming file, line, field and value.
import { cpSync, rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { scratchProject } from '../helpers/scratch.ts';

const scratch = scratchProject();
afterAll(() => scratch.remove());

function syncWith(fixture: string) {
  const target = scratch.path('content/articles', `${fixture}.md`);
  cpSync(`tests/fixtures/invalid/${fixture}.md`, target);
  try {
    return scratch.astro('sync');
  } finally {
    rmSync(target);
  }
}

describe('astro build content step', () => {
  it('accepts the committed content', () => {
    const run = scratch.astro('sync');
    expect(run.status, run.output).toBe(0);
  });

  it.each([
    ['unknown-county', 'region.county', '临丽县'],
    ['unknown-initiative', 'initiatives[0]', 'wudao'],
    ['figure-not-in-text', 'figures[3]', '2163对'],
    ['missing-headline', 'headline', '缺少标题'],
  ])('fails on %s', (fixture, field, value) => {
    const { status, output } = syncWith(fixture);
    expect(status).not.toBe(0);
    // the same "<file>:<line>: <field>:" messages as npm run check
    const line = output.split('\n').find((l) => new RegExp(`content/articles/${fixture}\\.md:\\d+: ${field.replace(/[[\]]/g, '\\$&')}: `).test(l));
    expect(line, output).toBeDefined();
    expect(line).toContain(value);
  });
});
