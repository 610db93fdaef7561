// The validator reads the archive through readContentFiles: only regular files have bytes, and
// nothing in the articles folder (a pipe, a folder, a broken link) may hang it or stop it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/archive/files.ts';

const root = mkdtempSync(join(tmpdir(), 'content-files-'));
const dir = join(root, 'content/articles');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'plain.md'), '正文');
mkdirSync(join(dir, 'folder.md'));
symlinkSync('/nonexistent/ghost.md', join(dir, 'ghost.md'));
symlinkSync(join(dir, 'plain.md'), join(dir, 'linked.md'));
execFileSync('mkfifo', [join(dir, 'pipe.md')]);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('readContentFiles', () => {
  const files = readContentFiles(root);

  it('lists files and links, not folders', () => {
    expect(files.list('content/articles')).toEqual(['content/articles/ghost.md', 'content/articles/linked.md', 'content/articles/pipe.md', 'content/articles/plain.md']);
  });

  it('reads regular files, through a link too', () => {
    expect(files.text('content/articles/plain.md')).toBe('正文');
    expect(files.text('content/articles/linked.md')).toBe('正文');
  });

  it('gives no bytes for a pipe (without waiting for a writer), a folder, a broken link or a missing file', () => {
    for (const name of ['pipe.md', 'folder.md', 'ghost.md', 'missing.md']) expect(files.bytes(`content/articles/${name}`), name).toBeUndefined();
  });
});
