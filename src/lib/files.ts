// Every file under a folder, as paths relative to it (build checks, tests, benchmarks).
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export function listFiles(dir: string, root = dir): string[] {
  const files: string[] = [];
  // Entry types from the listing itself, and paths by concatenation: a stat, a join or a
  // relative() per file is most of the cost on a large site.
  const walk = (full: string, rel: string) => {
    for (const entry of readdirSync(full, { withFileTypes: true })) {
      const path = rel ? `${rel}${sep}${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(join(full, entry.name), path);
      else files.push(path);
    }
  };
  walk(dir, relative(root, dir));
  return files;
}
