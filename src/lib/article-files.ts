// The files each article is offered as besides its page: its data, its printed text, and
// citation exports for reference managers. Names and media types, in one table.
import { articleFilePath } from './urls.ts';

export const CITATION_FORMATS = {
  bibtex: { ending: '.bib', type: 'application/x-bibtex', label: 'BibTeX' },
  ris: { ending: '.ris', type: 'application/x-research-info-systems', label: 'RIS' },
  csl: { ending: '.csl.json', type: 'application/vnd.citationstyles.csl+json', label: 'CSL-JSON' },
} as const;

export const ARTICLE_FILES = {
  json: { ending: '.json', type: 'application/json', label: 'JSON' },
  text: { ending: '.txt', type: 'text/plain; charset=utf-8', label: '纯文本' },
  ...CITATION_FORMATS,
} as const;

export type ArticleFile = keyof typeof ARTICLE_FILES;
export type CitationFormat = keyof typeof CITATION_FORMATS;

/** An article's files as links: site path, media type (without parameters) and label. */
export const articleFiles = (slug: string, kinds: readonly ArticleFile[]) =>
  kinds.map((kind) => ({ kind, path: articleFilePath(slug, ARTICLE_FILES[kind].ending), type: ARTICLE_FILES[kind].type.split(';')[0]!, label: ARTICLE_FILES[kind].label }));
