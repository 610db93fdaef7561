// Applies an import's changes all or nothing: new contents go to temporary files first, then
// replace the old ones; any failure puts every file back as it was.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface Changes {
  writes: ReadonlyMap<string, string | Uint8Array>;
  removals: readonly string[];
}

/** Writes and removes under `root`; files replaced or removed are first copied under `backupDir` (root-relative). */
export function applyChanges(root: string, changes: Changes, backupDir?: string): string[] {
  const at = (path: string) => join(root, path);
  const touched = [...changes.writes.keys(), ...changes.removals];
  // Old contents stay in memory for the rollback; page files are small.
  const before = new Map(touched.filter((p) => existsSync(at(p))).map((p) => [p, readFileSync(at(p))] as const));
  const backups: string[] = [];
  try {
    for (const [path, content] of changes.writes) {
      mkdirSync(dirname(at(path)), { recursive: true });
      writeFileSync(at(`${path}.importing`), content);
    }
    if (backupDir) {
      for (const [path, content] of before) {
        const backup = join(backupDir, path);
        mkdirSync(dirname(at(backup)), { recursive: true });
        writeFileSync(at(backup), content);
        backups.push(backup);
      }
    }
    for (const path of changes.writes.keys()) renameSync(at(`${path}.importing`), at(path));
    for (const path of changes.removals) rmSync(at(path));
    return backups;
  } catch (error) {
    for (const path of changes.writes.keys()) rmSync(at(`${path}.importing`), { force: true });
    for (const path of touched) {
      const old = before.get(path);
      if (old) writeFileSync(at(path), old);
      else rmSync(at(path), { force: true });
    }
    throw error;
  }
}
