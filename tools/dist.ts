// Reads the built site in dist/ (run `npm run build` first; `npm test` does).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { listFiles } from '../src/lib/files.ts';

export const DIST = 'dist';

export function assertBuilt(): void {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ 不存在：请先运行 npm run build（npm test 会自动构建）');
}

/** All files under dist, as site paths: /articles/wugang/index.html. */
export const distFiles = (dir = DIST): string[] => listFiles(dir).map((f) => `/${f}`);

/** The file a URL path is served from (out of `root`, dist/ unless another build), or undefined. */
export function fileForUrl(pathname: string, root = DIST): string | undefined {
  const decoded = decodeURI(pathname);
  const candidates = decoded.endsWith('/') ? [`${decoded}index.html`] : [decoded, `${decoded}/index.html`, `${decoded}.html`];
  return candidates.map((c) => join(root, c)).find((f) => existsSync(f) && statSync(f).isFile());
}

const cache = new Map<string, HTMLElement>();
export function page(pathname: string, root = DIST): HTMLElement {
  const file = fileForUrl(pathname, root);
  if (!file) throw new Error(`no page for ${pathname}`);
  if (!cache.has(file)) cache.set(file, parse(readFileSync(file, 'utf8')));
  return cache.get(file)!;
}

export const text = (el: HTMLElement | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, '');
