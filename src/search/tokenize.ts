// One tokenizer for both sides of search. Pagefind's indexer (ICU4X) and the browser
// (Intl.Segmenter) cut Chinese into different words; we cut the text ourselves instead, into
// overlapping character pairs, so an exact phrase of pairs is exactly a substring. Pairs are
// rarer than single characters, so a query loads smaller index chunks, and one fewer: at 10,000
// articles 1–40% fewer bytes on a first query and 10–65% on a next one (bench/tokenisation.md).

/**
 * Pagefind language of the index and of the queries. Not Chinese: Pagefind would cut our
 * pairs again with its Chinese segmenter, on both sides. 'und' has no segmenter and no stemmer.
 */
export const INDEX_LANGUAGE = 'und';

/** Text as it is compared: whitespace dropped, case folded, full-width forms as their ASCII twins (３６６０ = 3660). */
export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}

/** Letters and digits of any script: Pagefind always indexes these. */
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** The ASCII double quote marks Pagefind's exact-phrase queries, so it is never a word. */
const QUOTE = '"';

const chars = (text: string) => [...normalize(text)].filter((ch) => ch !== QUOTE);
/** Every character with the one after it, then the last alone: each position starts exactly one word. */
const pairs = (cs: string[]) => [...cs.slice(0, -1).map((c, i) => c + cs[i + 1]), ...cs.slice(-1)];

/**
 * The indexed form of a text: overlapping character pairs as space-separated words (临澧县 →
 * 临澧 澧县 县), punctuation included (the indexer is told to keep those characters, see
 * indexCharacters). A word's position is its first character's, so positions count characters.
 */
export function toIndexText(text: string): string {
  return pairs(chars(text)).join(' ');
}

/** The text back from its indexed form (the first character of every word). */
export function fromIndexText(indexed: string): string {
  return indexed
    .split(' ')
    .filter(Boolean)
    .map((word) => [...word][0])
    .join('');
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

/**
 * Pagefind query for one term. Two or more characters: the exact phrase of its pairs, which
 * occur at consecutive positions exactly where the term does. One character: a prefix search,
 * since every occurrence starts one word (a pair, or the last character alone).
 */
export function toPhrase(term: string): string {
  const cs = chars(term).slice(0, MAX_PHRASE_CHARS);
  return cs.length === 1 ? cs[0]! : `"${pairs(cs).slice(0, -1).join(' ')}"`;
}
