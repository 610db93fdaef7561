// Readable ASCII slugs from toneless pinyin. Published slugs are stored as file names and
// never recomputed; these functions suggest them for new content and for region URLs.
import { pinyin } from 'pinyin-pro';
import { levelSuffix, shortName } from '../regions/names.ts';

/** Toneless pinyin syllables of the Han characters in a text, read in context (调研 → diao yan). */
export function pinyinSyllables(text: string): string[] {
  const han = [...text].filter((ch) => /\p{Script=Han}/u.test(ch)).join('');
  return pinyin(han, { toneType: 'none', type: 'array', nonZh: 'removed', v: true }).map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ''));
}

/** Toneless pinyin of Han text, syllables joined: 桃江 → taojiang. Other characters are dropped. */
export function pinyinSlug(text: string): string {
  return pinyinSyllables(text).join('');
}

/** Slug segment for a division; when it would read the same as its parent (衡阳县 in 衡阳市), the level is spelled out. */
export function divisionSlug(name: string, parentName?: string): string {
  const base = pinyinSlug(shortName(name));
  if (parentName === undefined || shortName(parentName) !== shortName(name)) return base;
  return `${base}-${pinyinSlug(levelSuffix(name))}`;
}

/** Suggested article slug for a county or township report: wugang, hengyang-xian, xiangxiang-qizi. A taken slug gets -2, -3 … */
export function suggestReportSlug(
  region: { prefecture: string; county: string; township?: string | undefined },
  taken: ReadonlySet<string> = new Set(),
): string {
  const county = divisionSlug(region.county, region.prefecture);
  return uniqueSlug(region.township ? `${county}-${divisionSlug(region.township, region.county)}` : county, taken);
}

// Intl.Segmenter is built into Node's ICU, so there is no word dictionary to ship or update.
const WORDS = new Intl.Segmenter('zh', { granularity: 'word' });
/** Function words that carry nothing in a URL. */
const FUNCTION_WORDS = new Set(['在', '的', '了', '和', '与', '及', '对', '为', '等']);
/** Level characters that belong to the place name before them (株洲市, 长沙县). */
const LEVEL = /^[省市县区镇乡村]$/u;
const HAN = /\p{Script=Han}/u;

/**
 * The words of a headline. ICU's dictionary lacks most names and newer words (黄芳, 株洲, 调研,
 * 妇联 come back as single characters), so runs of single characters are read as two-character
 * words, the commonest length in Chinese, with a following level character kept with its place.
 */
export function headlineWords(headline: string): string[] {
  const words: string[] = [];
  let run: string[] = [];
  const flush = () => {
    for (let i = 0; i < run.length; ) {
      // A level character with no place before it (省妇联) stands alone.
      const take = i === 0 && LEVEL.test(run[0]!) ? 1 : LEVEL.test(run[i + 2] ?? '') ? 3 : 2;
      words.push(run.slice(i, i + take).join(''));
      i += take;
    }
    run = [];
  };
  let adjacent = false; // the previous segment was a word, with nothing between
  for (const { segment, isWordLike } of WORDS.segment(headline.normalize('NFKC'))) {
    if (!isWordLike || FUNCTION_WORDS.has(segment)) {
      flush();
      adjacent = false;
      continue;
    }
    if (LEVEL.test(segment) && !run.length && adjacent) words[words.length - 1] += segment;
    else if ([...segment].length === 1 && HAN.test(segment)) run.push(segment);
    else {
      flush();
      words.push(segment);
    }
    adjacent = true;
  }
  flush();
  return words;
}

/** A word as a slug part: Han in toneless pinyin, Latin letters and digits lowercased, the rest dropped. */
function wordSlug(word: string): string {
  if (HAN.test(word)) return pinyinSlug(word);
  return word
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Suggested slug for a news story: its first three words, 黄芳在株洲调研妇联工作 → huangfang-zhuzhou-diaoyan. */
export function suggestNewsSlug(headline: string, taken: ReadonlySet<string> = new Set()): string {
  const parts = headlineWords(headline).map(wordSlug).filter(Boolean).slice(0, 3);
  return uniqueSlug(parts.join('-') || 'news', taken);
}

/** `base`, or base-2, base-3 … whichever is not taken yet. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

/** Slugs are lowercase ASCII words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
