// Toneless pinyin of the place names of an article, so readers can search taojiang or
// "xiangxiang qizi". Build-time only: pinyin-pro never reaches the browser.
import { pinyinSlug } from '../lib/slug.ts';
import type { ArticleDoc } from './record.ts';

/** Names joined by “/”, a separate word in the index, so no term spans two names. */
export function placePinyin(doc: Pick<ArticleDoc, 'region'>): string {
  return doc.region.split(' › ').filter(Boolean).map(pinyinSlug).filter(Boolean).join('/');
}
