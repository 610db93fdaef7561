// Generated newspaper pages for property tests: real place names from the divisions, and
// headlines, bodies and captions full of characters that Markdown and YAML would interpret,
// laid out as the source prints them (organisation line, headline, paragraphs, a paragraph broken
// across columns, captions set apart by blank lines, photo credit lines).
import fc from 'fast-check';
import { regionFromOrganisation } from '../../src/importer/region.ts';
import { hunanDivisions } from '../../src/regions/load.ts';

export interface GeneratedArticle {
  organisation: string;
  headline: string;
  paragraphs: string[];
  captions: string[];
}

const divisions = hunanDivisions();
/** Organisation lines of every county that resolves without a correction. */
const ORGANISATIONS = divisions.prefectures.flatMap((p) =>
  divisions
    .countiesOf(p.code)
    .map((c) => `${p.name}${c.name}妇联`)
    .filter((organisation) => {
      const r = regionFromOrganisation(organisation, divisions);
      return r.ok && !r.correction;
    }),
);

// No 记/通/摄 (they make bylines and credit lines), no 月/日 (event dates), no line breaks.
const HAN = [...'妇联执委改革村社区县乡镇工作服务家庭巾帼建设'];
const ASCII = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~', 'a', 'Z', '0', '1', '9', 'w', 'h', 't', 'p', ' '];
const CHINESE_PUNCTUATION = [...'，、“”：；（）《》！？'];
const SIGNIFICANT_STARTS = ['# ', '1. ', '2020.', '* ', '- ', '+ ', '> ', '---', '**', '&amp;', '<b>', '[链接](x)', '![图](a.png)', '~~', '`', 'www.x.cn ', 'http://x.cn ', '|', ': ', '? ', '%', '@', '!'];

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...HAN) },
  { weight: 3, arbitrary: fc.constantFrom(...ASCII) },
  { weight: 1, arbitrary: fc.constantFrom(...CHINESE_PUNCTUATION) },
  { weight: 1, arbitrary: fc.constantFrom(...SIGNIFICANT_STARTS) },
);
const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
const phrase = (min: number, max: number) =>
  fc
    .tuple(fc.option(fc.constantFrom(...SIGNIFICANT_STARTS), { nil: '' }), fc.array(piece, { minLength: min, maxLength: max }))
    .map(([start, rest]) => clean(start + rest.join('')))
    .filter((s) => s.length >= 2 && /\p{Script=Han}/u.test(s));

const headline = phrase(2, 20).filter((s) => !s.includes('。') && s.length <= 36);
const paragraph = phrase(4, 60).map((s) => `${s}。`);
const caption = phrase(8, 30).map((s) => `${s}。`);

export const generatedArticle: fc.Arbitrary<GeneratedArticle> = fc.record({
  organisation: fc.constantFrom(...ORGANISATIONS),
  headline,
  paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 3 }),
  captions: fc.array(caption, { maxLength: 2 }),
});

/** A page of articles by different federations (so each has its own place). */
export const generatedPage = fc.uniqueArray(generatedArticle, { minLength: 1, maxLength: 4, selector: (a) => a.organisation });

/** Where the printed line is cut by a column break: never next to a space or after a sentence end. */
const cut = (p: string, at: number): [string, string] | undefined => {
  const i = 2 + (at % Math.max(1, p.length - 4));
  return /[\s。！？!?…」』”]/.test(p[i - 1]! + p[i]!) ? undefined : [p.slice(0, i), p.slice(i)];
};

/** The page as the source prints it; `breaks` picks paragraphs to break across columns. */
export function pageText(articles: readonly GeneratedArticle[], breaks: readonly number[] = []): string {
  const lines: string[] = ['(上接 03 版)', ''];
  articles.forEach((a, n) => {
    lines.push(`${a.organisation}:`, '', a.headline, '');
    a.paragraphs.forEach((p, i) => {
      const split = breaks.includes(n + i) ? cut(p, n * 7 + i) : undefined;
      lines.push(...(split ? [split[0], '', split[1]] : [p]), '');
    });
    a.captions.forEach((c, i) => lines.push('', '', c, ...(i === 0 ? ['', '通讯员 张三 摄'] : []), ''));
  });
  return `${lines.join('\n')}\n`;
}

/** The captions as the archive keeps them: a credit line is kept with the caption it follows. */
export const expectedCaptions = (a: GeneratedArticle) => a.captions.flatMap((c, i) => (i === 0 ? [c, '通讯员 张三 摄'] : [c]));
