// Toneless pinyin of the place and organisation names of an article, so readers can search
// taojiang or "xiangxiang qizi". Build-time only: pinyin-pro never reaches the browser.
import { pinyinSlug } from '../lib/slug.ts';
import type { SearchDoc } from './record.ts';

/** Names joined by “/”, which the index ignores but matching does not, so no term spans two names. */
export function placePinyin(doc: Pick<SearchDoc, 'region' | 'org'>): string {
  const names = [...doc.region.split(' › '), doc.org].filter(Boolean);
  return names.map(pinyinSlug).filter(Boolean).join('/');
}
