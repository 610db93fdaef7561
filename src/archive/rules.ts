// Rules that compare files: one place per article on its page, slugs distinct beyond case, no
// page or article stored twice, and every published URL still served or redirected.
import { articlePath } from '../lib/urls.ts';
import { compact } from './vocabulary.ts';
import { articleFile, CONTENT } from './paths.ts';
import type { Problem } from './problems.ts';
import { checkRedirects } from './redirect-rules.ts';
import { siteRoutes } from './routes.ts';
import { normalisedDigest } from './source-text.ts';
import type { Archive } from './validate.ts';

/**
 * What makes two bodies the same text: whitespace dropped and full-width forms folded (NFKC), so a
 * copy with ， for , or full-width digits is still a copy.
 */
export const bodyKey = (paragraphs: readonly string[]) => compact(paragraphs.join('').normalize('NFKC'));

/** The first holder of each key; later holders are reported against it. */
function firstHolders<T>(items: readonly T[], key: (item: T) => string | undefined, report: (item: T, first: T) => void): void {
  const seen = new Map<string, T>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const first = seen.get(k);
    if (first) report(item, first);
    else seen.set(k, item);
  }
}

export function archiveRules(archive: Archive): { problems: Problem[]; redirectTargets: Map<string, string> } {
  const problems: Problem[] = [];

  firstHolders(
    archive.articles,
    (a) => `${a.data.source.page}#${a.data.source.order}`,
    (a, first) =>
      problems.push({
        file: a.file,
        line: 1,
        field: 'source.order',
        message: `与 ${first.file} 同为版面 ${a.data.source.page} 的第 ${a.data.source.order} 篇：请核对刊登顺序`,
        rule: 'print-order',
      }),
  );
  firstHolders(
    archive.slugs,
    (s) => s.toLowerCase(),
    (s, first) =>
      problems.push({ file: articleFile(s), line: 1, field: '文件名', message: `与 ${articleFile(first)} 只差大小写，网址会冲突：请改名`, rule: 'slug-case' }),
  );
  firstHolders(
    archive.articles,
    (a) => bodyKey(a.paragraphs) || undefined,
    (a, first) =>
      problems.push({
        file: a.file,
        line: 1,
        field: 'body',
        message: `正文与 ${first.file} 相同（忽略空白与全角半角）：同一篇文章只能收录一次，请删除重复的一篇（已发布的网址请在 ${CONTENT.redirects} 中重定向）`,
        rule: 'duplicate-body',
      }),
  );
  firstHolders(
    archive.pages,
    (p) => (p.source ? normalisedDigest(p.source) : undefined),
    (p, first) =>
      problems.push({
        file: p.file,
        line: 1,
        field: 'sourceFile',
        message: `原文与 ${first.file} 的原文相同（忽略换行符与 BOM）：同一版面只能收录一次，请删除重复的版面及其文章`,
        rule: 'duplicate-page',
      }),
  );

  const routes = siteRoutes(archive);
  problems.push(...routes.problems);
  const redirects = checkRedirects(archive.redirects, routes.live);
  problems.push(...redirects.problems);

  // Every published URL must still be served, or redirected.
  const slugs = new Set(archive.slugs);
  for (const { url, line } of archive.published) {
    if (routes.live.has(url) || redirects.targets.has(url)) continue;
    const slug = /^\/articles\/([^/]+)\/$/.exec(url)?.[1];
    // An article whose file is there but faulty is reported at the file.
    if (slug !== undefined && slugs.has(slug)) continue;
    const what = slug === undefined ? `已发布的网址 ${url} 在当前内容下不会生成` : `已发布的文章 ${articlePath(slug)} 没有对应文件`;
    const fix = slug === undefined ? '恢复生成它的内容（举措、地区的文章或版面）' : `恢复 ${articleFile(slug)}`;
    problems.push({ file: CONTENT.published, line, field: url, message: `${what}：${fix}，或在 ${CONTENT.redirects} 中加重定向`, rule: 'published-url' });
  }
  return { problems, redirectTargets: redirects.targets };
}
