// Published URLs never disappear. The manifest (content/published-urls.txt) lists every URL the
// archive has served; redirects (content/redirects.yaml) keep moved ones working.
import { z } from 'astro/zod';
import { isLaterListPage } from '../lib/urls.ts';
import { CONTENT } from './paths.ts';
import type { Problem } from './problems.ts';
import { readYamlFile } from './yaml-file.ts';

export interface PublishedUrl {
  url: string;
  line: number;
}

/** URL lines of the manifest with their line numbers; `#` lines are comments. */
export function parseManifest(text: string): PublishedUrl[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((l, i) => ({ url: l.trim(), line: i + 1 }))
    .filter((u) => u.url && !u.url.startsWith('#'));
}

/** A page of the site: folders of letters, digits, - and _, ending in /; never the build's own asset folders. */
const PAGE_PATH = /^\/(?:[A-Za-z0-9_-]+\/)*$/;
const ASSET_FOLDERS = /^\/(?:pagefind|_astro)\//;

const sitePath = z
  .string({ error: '应为以 / 开头的站内网址' })
  .regex(PAGE_PATH, '应为以 / 开头和结尾的页面网址，只含字母、数字、- 和 _，例如 /articles/taojiang/')
  .refine((path) => !ASSET_FOLDERS.test(path), '不能是构建生成的资源目录（/pagefind/、/_astro/）');

const redirectsSchema = z.array(
  z.strictObject({
    /** The URL that was published. */
    from: sitePath,
    /** Where it lives now. */
    to: sitePath,
  }),
);

export interface Redirect {
  from: string;
  to: string;
  /** Line of the entry in the redirects file. */
  line: number;
}

/** Parses the redirects file; faults (syntax, shape, a URL redirected twice or to itself) are problems at their lines. */
export function parseRedirects(text: string, file: string = CONTENT.redirects): { redirects: Redirect[]; problems: Problem[] } {
  const { data, yaml, problems } = readYamlFile(file, text, redirectsSchema);
  if (!data) return { redirects: [], problems };
  const redirects: Redirect[] = [];
  const seen = new Set<string>();
  for (const [i, r] of data.entries()) {
    const at = (field: string, message: string) => problems.push({ file, line: yaml.lineOf([i, field]), field: `[${i}].${field}`, message, rule: 'redirect' });
    if (seen.has(r.from)) at('from', `“${r.from}”重复了，每个旧网址只能重定向到一处`);
    else if (r.from === r.to) at('to', `重定向指向自己（${r.from}）`);
    else redirects.push({ ...r, line: yaml.lineOf([i]) });
    seen.add(r.from);
  }
  return { redirects, problems };
}

/** The dist file that serves a site path. */
export const fileForPath = (path: string) => (path.endsWith('/') ? `${path}index.html` : path);

/** Published URLs with no file in the build. */
export function missingUrls(published: readonly string[], builtFiles: ReadonlySet<string>): string[] {
  return published.filter((url) => !builtFiles.has(fileForPath(url)));
}

/**
 * An article's files beside its page (/articles/linli.txt, .json, .bib …) are views of the page:
 * they live and move with it, and a redirect can only move the page, so they are not recorded.
 */
const isArticleFile = (f: string) => /^\/articles\/[^/]+\.[a-z.]+$/.test(f);

/** Built pages and feeds not yet in the manifest. */
export function unrecorded(published: readonly string[], builtFiles: readonly string[]): string[] {
  const known = new Set(published.map(fileForPath));
  return builtFiles
    .filter((f) => /(\.html|\.xml|\.txt)$/.test(f) && !f.startsWith('/pagefind/') && f !== '/404.html' && !isLaterListPage(f) && !isArticleFile(f) && !known.has(f))
    .map((f) => f.replace(/index\.html$/, ''))
    .sort();
}
