// One tokenizer for both sides of search. Pagefind's indexer (ICU4X) and the browser
// (Intl.Segmenter) cut Chinese into different words; giving Pagefind every character as its
// own word makes both sides agree, and an exact phrase of characters is then a substring.

/** Text as it is compared: whitespace dropped, case folded, full-width forms as their ASCII twins (３６６０ = 3660). */
export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}

/** Letters and digits of any script: Pagefind always indexes these. */
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** The ASCII double quote marks Pagefind's exact-phrase queries, so it is never a word. */
const QUOTE = '"';

/**
 * The indexed form of a text: every character its own space-separated word, punctuation
 * included (the indexer is told to keep those characters, see indexCharacters), so an exact
 * phrase of characters matches exactly the texts that contain it.
 */
export function toIndexText(text: string): string {
  return [...normalize(text)].filter((ch) => ch !== QUOTE).join(' ');
}

/** Characters other than letters and digits in indexed texts (toIndexText output): Pagefind's includeCharacters. */
export function indexCharacters(indexTexts: Iterable<string>): string[] {
  const found = new Set<string>();
  for (const text of indexTexts) for (const ch of text.replace(/[\p{L}\p{N}\s]+/gu, '')) if (ch !== QUOTE) found.add(ch);
  return [...found].sort();
}

/** A term with a character the index never holds cannot occur in any article. */
export function canOccur(term: string, included: ReadonlySet<string>): boolean {
  return [...term].every((ch) => WORD_CHAR.test(ch) || included.has(ch));
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

/** Pagefind exact-phrase query for one term: its characters as single-character words. */
export function toPhrase(term: string): string {
  return `"${[...term].slice(0, MAX_PHRASE_CHARS).join(' ')}"`;
}
