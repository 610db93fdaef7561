// Every file under a folder, as paths relative to it (build checks, tests, benchmarks).
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** `skip`: folders (relative paths, as listed) left out with everything in them. */
export function listFiles(dir: string, root = dir, skip: (folder: string) => boolean = () => false): string[] {
  const files: string[] = [];
  // Entry types from the listing itself, and paths by concatenation: a stat, a join or a
  // relative() per file is most of the cost on a large site.
  const walk = (full: string, rel: string) => {
    for (const entry of readdirSync(full, { withFileTypes: true })) {
      const path = rel ? `${rel}${sep}${entry.name}` : entry.name;
      if (!entry.isDirectory()) files.push(path);
      else if (!skip(path)) walk(join(full, entry.name), path);
    }
  };
  walk(dir, relative(root, dir));
  return files;
}
