// A throwaway copy of the project (sources and content, node_modules linked) for tests that
// must run the real Astro CLI on changed content without touching the working tree.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve('.');
export const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

export interface Scratch {
  dir: string;
  path(...parts: string[]): string;
  /** Runs `astro <args>` in the copy; returns exit status and everything it printed. */
  astro(...args: string[]): { status: number | null; output: string };
  /** The same with extra environment variables (SITE_URL …). */
  astroWith(env: Record<string, string>, ...args: string[]): { status: number | null; output: string };
  remove(): void;
}

/** Runs `astro <args>` in a project folder; returns exit status and everything it printed. */
export function runAstro(cwd: string, args: string[], env: Record<string, string> = {}): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [ASTRO, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' } });
  return { status: run.status, output: run.stdout + run.stderr };
}

/** Runs `npm run build` (src/search/build-cli.ts: Astro, then the search index) in a project folder. */
export function runBuild(cwd: string, args: string[] = [], env: Record<string, string> = {}): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, ['src/search/build-cli.ts', ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' } });
  return { status: run.status, output: run.stdout + run.stderr };
}

export function scratchProject(): Scratch {
  const dir = mkdtempSync(join(tmpdir(), 'archive-scratch-'));
  for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public']) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return {
    dir,
    path: (...parts) => join(dir, ...parts),
    astro: (...args) => runAstro(dir, args),
    astroWith: (env, ...args) => runAstro(dir, args, env),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
