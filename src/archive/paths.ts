// Where content lives, relative to the project root: the one place a content/ path is spelled.

export const CONTENT = {
  /** One Markdown file per article; the file name is the permanent slug. */
  articles: 'content/articles',
  /** One YAML file per printed page. */
  pages: 'content/pages',
  /** The source of record: each page's text as received. */
  sources: 'content/sources',
  /** The controlled vocabulary of initiatives. */
  vocabulary: 'content/initiatives.yaml',
  /** What key figures count, grouped for /figures/. */
  figureCounts: 'content/figure-counts.yaml',
  /** Old URL → new URL for every published page that moved. */
  redirects: 'content/redirects.yaml',
  /** Every URL the archive has published. */
  published: 'content/published-urls.txt',
} as const;

export const articleFile = (slug: string) => `${CONTENT.articles}/${slug}.md`;
export const pageFile = (id: string) => `${CONTENT.pages}/${id}.yaml`;
export const sourceFile = (id: string) => `${CONTENT.sources}/${id}.txt`;

/** content/articles/linli.md → linli; undefined for any other path. */
export function slugOfFile(path: string): string | undefined {
  const match = /^content\/articles\/([^/]+)\.md$/.exec(path);
  return match?.[1];
}

/** content/pages/000_x.yaml → 000_x; undefined for any other path. */
export function pageIdOfFile(path: string): string | undefined {
  const match = /^content\/pages\/([^/]+)\.yaml$/.exec(path);
  return match?.[1];
}
