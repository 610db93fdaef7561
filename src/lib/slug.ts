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

/** `base`, or base-2, base-3 … whichever is not taken yet. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

/** Slugs are lowercase ASCII words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
