// Every file under a folder, as paths relative to it (build checks, tests, benchmarks).
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

export function listFiles(dir: string, root = dir): string[] {
  // Entry types from the listing itself: a stat per file is most of the cost on a large site.
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full, root) : [relative(root, full)];
  });
}
