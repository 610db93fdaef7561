// Checks that need the printed text, which the frontmatter schema never sees: every stated fact
// must be found in it, so nothing invented gets in.
import type { ArticleData } from '../schema/article.ts';
import { CONTENT } from './paths.ts';
import { compact, mentions, type Initiative } from './vocabulary.ts';

/** Far above any printed report, far below a whole page pasted into one article. */
export const MAX_BODY_CHARS = 20_000;

export interface TextProblem {
  /** Frontmatter path of the field at fault; empty for the body. */
  path: (string | number)[];
  field: string;
  message: string;
}

export function checkArticleText(data: ArticleData, paragraphs: readonly string[], vocabulary: readonly Initiative[]): TextProblem[] {
  const problems: TextProblem[] = [];
  const add = (path: (string | number)[], field: string, message: string) => problems.push({ path, field, message });
  const printed = compact(paragraphs.join(''));
  if (!printed) add([], 'body', '正文为空：请在 frontmatter 之后粘贴原文正文');
  const whole = compact([data.headline, ...paragraphs, ...data.captions].join(''));

  data.figures.forEach((f, i) => {
    if (!printed.includes(`${f.value}${f.unit}`)) {
      add(['figures', i], `figures[${i}]`, `正文中找不到“${f.value}${f.unit}”：请按原文核对数值和量词，或删除此项`);
    }
  });
  data.initiatives.forEach((id, i) => {
    const entry = vocabulary.find((v) => v.id === id);
    if (!entry) return; // unknown ids are reported by the schema
    if (!mentions(entry, whole)) {
      const words = [entry.name, ...entry.aliases];
      add(
        ['initiatives', i],
        `initiatives[${i}]`,
        `标注了“${entry.name}”(${id})，但文中没有出现 ${words.map((w) => `“${w}”`).join('、')}：请删除此标注，或在 ${CONTENT.vocabulary} 中为它补充原文用语作别名`,
      );
    }
  });
  data.captions.forEach((c, i) => {
    if (printed.includes(compact(c))) add(['captions', i], `captions[${i}]`, '图片说明同时出现在正文里：请从正文中删去，只保留在 captions');
  });
  if (data.kind === 'news' && data.eventDate) {
    const stated = `${data.eventDate.month}月${data.eventDate.day}日`;
    if (!printed.includes(stated)) add(['eventDate'], 'eventDate', `正文中找不到“${stated}”：只填写原文写明的日期`);
  }
  return problems;
}
