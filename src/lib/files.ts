// Every file under a folder, as paths relative to it (build checks, tests, benchmarks).
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export function listFiles(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full, root) : [relative(root, full)];
  });
}
