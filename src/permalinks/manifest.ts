// Published URLs never disappear. The manifest (content/published-urls.txt) lists every URL
// the archive has served; redirects (content/redirects.yaml) keep moved ones working.
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { formatIssues } from '../schema/messages.ts';
import { isLaterListPage } from '../lib/urls.ts';

export const MANIFEST_FILE = 'content/published-urls.txt';
export const REDIRECTS_FILE = 'content/redirects.yaml';

const sitePath = z
  .string({ error: '应为以 / 开头的站内网址' })
  .regex(/^\/[^\s]*$/, '应为以 / 开头、不含空格的站内网址，例如 /articles/taojiang/');

const redirectsSchema = z.array(
  z.strictObject({
    /** The URL that was published. */
    from: sitePath,
    /** Where it lives now. */
    to: sitePath,
  }),
);

export type Redirect = z.infer<typeof redirectsSchema>[number];

/** URL lines of the manifest; `#` lines are comments. */
export function parseManifest(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

export function parseRedirects(text: string, file = REDIRECTS_FILE): Redirect[] {
  const result = redirectsSchema.safeParse(parse(text) ?? []);
  if (!result.success) throw new Error(formatIssues(file, result.error.issues));
  const seen = new Set<string>();
  for (const [i, r] of result.data.entries()) {
    if (seen.has(r.from)) throw new Error(`${file}: [${i}].from: “${r.from}”重复了，每个旧网址只能重定向到一处`);
    if (r.from === r.to) throw new Error(`${file}: [${i}].to: 重定向指向自己（${r.from}）`);
    seen.add(r.from);
  }
  return result.data;
}

/** The dist file that serves a site path. */
export const fileForPath = (path: string) => (path.endsWith('/') ? `${path}index.html` : path);

/** Published URLs with no file in the build, each with what to do. */
export function missingUrls(published: readonly string[], builtFiles: ReadonlySet<string>): string[] {
  return published.filter((url) => !builtFiles.has(fileForPath(url)));
}

/** Built pages and feeds not yet in the manifest. */
export function unrecorded(published: readonly string[], builtFiles: readonly string[]): string[] {
  const known = new Set(published.map(fileForPath));
  return builtFiles
    .filter((f) => /(\.html|\.xml|\.txt)$/.test(f) && !f.startsWith('/pagefind/') && f !== '/404.html' && !isLaterListPage(f) && !known.has(f))
    .map((f) => f.replace(/index\.html$/, ''))
    .sort();
}
