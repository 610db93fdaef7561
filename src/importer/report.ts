// What the importer tells the editor: the mapping from each URL to its article, what is written
// or removed, and what needs confirming. Pure text from the plan, formatted once.
import { formatProblem, type Problem } from '../archive/problems.ts';
import { articleFile, pageFile } from '../archive/paths.ts';
import { articlePath } from '../lib/urls.ts';
import { ARTICLE_KINDS } from '../schema/article.ts';
import type { ImportPlan, ArticleStatus } from './plan.ts';

const STATUS: Record<ArticleStatus, string> = {
  new: '新文章',
  same: '保留网址，无改动',
  updated: '保留网址，位置或格式更新',
  corrected: '保留网址，文字有更正',
};

/** The mapping URL → article, in print order, then the articles that leave the page. */
export function describePlan(plan: ImportPlan, input: string): string[] {
  const articles = plan.articles;
  const reports = articles.filter((a) => a.draft.article.kind === 'county-report').length;
  const lines = [
    `从 ${input} 找到 ${articles.length} 篇文章（${reports} 篇${ARTICLE_KINDS['county-report']}，${articles.length - reports} 篇${ARTICLE_KINDS.news}）${plan.page.continuedFrom ? `，本版上接 ${plan.page.continuedFrom} 版` : ''}。`,
  ];
  for (const { draft, status } of articles) {
    const a = draft.article;
    const label = a.organisation ? `${a.organisation}：` : '';
    lines.push(`  ${String(draft.order).padStart(2)}. ${articlePath(draft.slug)}  ${label}${a.headline}（原文第 ${a.line} 行起；${STATUS[status]}）`);
  }
  for (const { article, redirectTo } of plan.removals) {
    lines.push(`  删除 ${articlePath(article.slug)}（${article.file}）：新文本中没有这篇${redirectTo ? `，网址重定向到 ${redirectTo}` : '，该网址从未发布'}`);
  }
  return lines;
}

/** What the editor should check after the import, per article and for the page. */
export function attention(plan: ImportPlan, pageId: string, problems: readonly Problem[]): string[] {
  const items: string[] = [];
  for (const { draft, notes, status } of plan.articles) {
    const file = articleFile(draft.slug);
    items.push(...notes.map((n) => `${file}: ${n}`));
    // What the parser repaired was confirmed when the article was first imported.
    if (status !== 'new' && status !== 'corrected') continue;
    items.push(...draft.article.notes.map((n) => `${file}: ${n}`));
    if (draft.regionSuggested && draft.region) items.push(`${file}: 地区由标题推测为 ${Object.values(draft.region).join(' › ')}，请确认`);
    if (draft.article.kind === 'news' && !draft.region) items.push(`${file}: 新闻未能确定地区，如有请补 region`);
  }
  items.push(...problems.map(formatProblem));
  if (plan.articles.some((a) => a.status === 'new')) {
    items.push('新文章的举措（initiatives）是按词表找到的建议，请逐篇确认；关键数字（figures）需按原文补充');
  }
  items.push(`原版未印出的出版日期、版次不要补填；印出的请写入 ${pageFile(pageId)}`);
  return items;
}
