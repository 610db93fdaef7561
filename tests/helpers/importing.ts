// Importing in tests: the CLI in a scratch project, and the same decision in memory.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readContentFiles, withChanges, type ContentFiles } from '../../src/archive/files.ts';
import { CONTENT } from '../../src/archive/paths.ts';
import { listFiles } from '../../src/lib/files.ts';

const IMPORT = resolve('src/importer/cli.ts');
const CHECK = resolve('src/archive/check-cli.ts');

export interface Run {
  status: number | null;
  output: string;
}

const run = (cli: string, cwd: string, args: string[]): Run => {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
  return { status: r.status, output: r.stdout + r.stderr };
};
export const importPage = (cwd: string, ...args: string[]) => run(IMPORT, cwd, args);
export const checkContent = (cwd: string) => run(CHECK, cwd, []);

/** Every file under content/, with its bytes, to prove nothing was written. */
export const snapshot = (dir: string) =>
  Object.fromEntries(listFiles(join(dir, 'content')).map((f) => [f, readFileSync(join(dir, 'content', f), 'base64')]));

/** This project's content with no pages, articles or published URLs yet (vocabulary kept), in memory. */
export function emptyArchive(root = '.'): ContentFiles {
  const files = readContentFiles(root);
  const removals = new Set([CONTENT.articles, CONTENT.pages, CONTENT.sources].flatMap((dir) => files.list(dir)));
  return withChanges(files, new Map([[CONTENT.published, '# none yet\n'], [CONTENT.redirects, '[]\n']]), removals);
}
