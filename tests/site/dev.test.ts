// `astro dev` as an editor uses it: the articles' loader (src/archive/loader.ts) keeps only data in
// Astro's store and pages read bodies from their files, so an edit must show on the next request,
// and a faulty edit must be reported at its file and line while the server keeps serving.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/archive/article-file.ts';
import { ASTRO, scratchProject } from '../helpers/scratch.ts';

const scratch = scratchProject();
const slug = 'chenxi';
const file = scratch.path('content/articles', `${slug}.md`);
const original = readFileSync(file, 'utf8');
let server: ChildProcess | undefined;
let output = '';
let origin = '';
/** The server's output from `from` on, without colour codes: Astro colours its log when CI is set, and a code can sit inside the line asserted on. */
const log = (from = 0) => stripVTControlCharacters(output.slice(from));

const freePort = () =>
  new Promise<number>((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });

/** Polls until `check` holds (the dev server reloads content in the background), or fails with `what`. */
async function eventually(what: string, check: () => Promise<boolean> | boolean, seconds = 30): Promise<void> {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what}: not within ${seconds} s. Server output:\n${log().slice(-3000)}`);
}

/**
 * Saves `text` as the article and waits until `check` holds. Saved again every few seconds while
 * it does not: a save that lands while the file watcher is still starting can go unseen, and an
 * editor would save again.
 */
async function save(what: string, text: string, check: () => Promise<boolean> | boolean): Promise<void> {
  for (let attempt = 0; attempt < 10; attempt++) {
    writeFileSync(file, text);
    try {
      return await eventually(what, check, 3);
    } catch {
      // Not yet: save again.
    }
  }
  throw new Error(`${what}: not within 30 s of saving. Server output:\n${log().slice(-3000)}`);
}

const page = async () => (await fetch(`${origin}/articles/${slug}/`, { signal: AbortSignal.timeout(20_000) })).text();

// Another article is faulty from the start: the server must still start and serve the rest.
const faulty = scratch.path('content/articles', 'cili.md');
writeFileSync(faulty, readFileSync(faulty, 'utf8').replace(/^kind: county-report$/m, 'kind: no-such-kind'));

beforeAll(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, [ASTRO, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: scratch.dir,
    // Not vitest's own variables (NODE_ENV=test, VITEST …): the server must run as an editor runs it.
    env: { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|NODE_ENV$|TEST$)/.test(k))), ASTRO_TELEMETRY_DISABLED: '1' },
  });
  server.stdout!.on('data', (d) => (output += d));
  server.stderr!.on('data', (d) => (output += d));
  await eventually('the dev server starts', async () => {
    try {
      return (await fetch(`${origin}/`, { signal: AbortSignal.timeout(20_000) })).ok;
    } catch (error) {
      output += `\n[test] ${(error as Error).message} ${String((error as { cause?: unknown }).cause)}`;
      return false;
    }
  }, 90);
}, 120_000);

afterAll(() => {
  server?.kill();
  rmSync(scratch.dir, { recursive: true, force: true });
});

describe('astro dev', () => {
  it('starts with a faulty article, says where the fault is, and serves the others', async () => {
    // The loader's own report (the integration's start-up warning prints the same fault, unprefixed).
    expect(log()).toContain('[archive-articles] content/articles/cili.md:2: kind:');
    expect(log()).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(await page()).toContain('<h1');
  });

  it('shows an edited headline (kept in the store) and body (read from the file) on the next request', async () => {
    const { body } = splitFrontmatter(original)!;
    const firstParagraph = body.trim().split(/\n\s*\n/)[0]!;
    expect(await page()).toContain(firstParagraph.slice(0, 12));
    const marker = '编辑后新增的一段文字用于核对';
    await save('the edit shows', `${original.replace(/^headline: "(.+)"$/m, 'headline: "$1（编辑）"').trimEnd()}\n\n${marker}\n`, async () => {
      const html = await page();
      return html.includes(marker) && html.includes('（编辑）');
    });
  });

  it('reports a faulty edit at its file and line, and keeps serving the article', async () => {
    const before = output.length;
    await save('the fault is reported', original.replace(/^kind: county-report$/m, 'kind: no-such-kind'), () => log(before).includes(`content/articles/${slug}.md:2: kind:`));
    expect(log(before)).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect((await fetch(`${origin}/articles/${slug}/`)).ok).toBe(true);
    await save('the mended file is read again', original, async () => !(await page()).includes('（编辑）'));
  });
});
