// One tokenizer for both sides of search. Pagefind's indexer (ICU4X) and the browser
// (Intl.Segmenter) cut Chinese into different words; giving Pagefind every character as its
// own word makes both sides agree, and an exact phrase of characters is then a substring.

/** Matching ignores whitespace and case, and treats full-width forms as their ASCII twins (３６６０ = 3660). */
export function normalizeChar(ch: string): string {
  return ch.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}

/** Text as it is compared: each character normalized, whitespace dropped. */
export function normalize(text: string): string {
  return [...text].map(normalizeChar).join('');
}

/** Characters Pagefind indexes as words: letters and digits of any script. Punctuation it drops. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Only letters and digits, each its own word. Punctuation is left out so that it never breaks
 *  a phrase in the index; the page then checks candidates against the real text, punctuation included. */
export function toIndexText(text: string): string {
  return [...normalize(text)].filter((ch) => WORD_CHAR.test(ch)).join(' ');
}

/** Longest phrase sent to the index; longer terms are still checked in full against the text. */
export const MAX_PHRASE_CHARS = 120;
/** At most this many terms are searched. */
export const MAX_TERMS = 8;

export interface Query {
  /** Normalized terms, each to be found as a contiguous string. */
  terms: string[];
  /** Terms that hold no letter or digit (only punctuation), which the index cannot look up. */
  punctuationOnly: string[];
}

/** Splits what the reader typed into terms at spaces (ASCII or full-width). */
export function parseQuery(input: string): Query {
  const raw = input.split(/[\s\u3000]+/u).map(normalize).filter(Boolean);
  const unique = [...new Set(raw)].slice(0, MAX_TERMS);
  return {
    terms: unique.filter((t) => WORD_CHAR.test(t)),
    punctuationOnly: unique.filter((t) => !WORD_CHAR.test(t)),
  };
}

/** Pagefind exact-phrase query for one term: its letters and digits as single-character words. */
export function toPhrase(term: string): string {
  const chars = [...term].filter((ch) => WORD_CHAR.test(ch)).slice(0, MAX_PHRASE_CHARS);
  return `"${chars.join(' ')}"`;
}
