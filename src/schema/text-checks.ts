// Checks that need the article body, which the frontmatter schema never sees: every stated
// fact must be found in the printed text, so nothing invented gets in.
import { compact, mentions, type Initiative } from '../initiatives/vocabulary.ts';
import type { ArticleData } from './article.ts';

export interface TextProblem {
  field: string;
  message: string;
}

export function checkArticleText(data: ArticleData, body: string, vocabulary: readonly Initiative[]): TextProblem[] {
  const problems: TextProblem[] = [];
  const printed = compact(body);
  if (!printed) problems.push({ field: 'body', message: '正文为空：请在 frontmatter 之后粘贴原文正文' });
  if (/<\/?[a-z][^>]*>/i.test(body)) {
    problems.push({ field: 'body', message: '正文含有 HTML 标签：只用 Markdown 段落，原文照录' });
  }
  // Printed articles have no links or pictures; a javascript: link would run in readers' browsers.
  if (/!\[[^\]]*\]\(|\]\(\s*javascript:/i.test(body)) {
    problems.push({ field: 'body', message: '正文含有图片或 javascript: 链接：原版正文只有文字，请删除' });
  }
  const whole = compact([data.headline, body, ...data.captions].join(''));

  data.figures.forEach((f, i) => {
    if (!printed.includes(`${f.value}${f.unit}`)) {
      problems.push({ field: `figures[${i}]`, message: `正文中找不到“${f.value}${f.unit}”：请按原文核对数值和量词，或删除此项` });
    }
  });
  data.initiatives.forEach((id, i) => {
    const entry = vocabulary.find((v) => v.id === id);
    if (!entry) return; // unknown ids are reported by the schema
    if (!mentions(entry, whole)) {
      const words = [entry.name, ...entry.aliases];
      problems.push({
        field: `initiatives[${i}]`,
        message: `标注了“${entry.name}”(${id})，但文中没有出现 ${words.map((w) => `“${w}”`).join('、')}：请删除此标注，或在 content/initiatives.yaml 中为它补充原文用语作别名`,
      });
    }
  });
  data.captions.forEach((c, i) => {
    if (printed.includes(compact(c))) {
      problems.push({ field: `captions[${i}]`, message: '图片说明同时出现在正文里：请从正文中删去，只保留在 captions' });
    }
  });
  if (data.kind === 'news' && data.eventDate) {
    const stated = `${data.eventDate.month}月${data.eventDate.day}日`;
    if (!printed.includes(stated)) problems.push({ field: 'eventDate', message: `正文中找不到“${stated}”：只填写原文写明的日期` });
  }
  return problems;
}
