// The articles a page already has in the archive, read as the editor left them (valid or not),
// so a re-import can recognise each one and keep its URL and the editor's fields.
import { splitFrontmatter } from '../archive/article-file.ts';
import type { ContentFiles } from '../archive/files.ts';
import { CONTENT, slugOfFile } from '../archive/paths.ts';
import { readPrintedBody } from '../archive/printed-text.ts';
import { parseYaml } from '../archive/yaml-file.ts';

export interface ExistingArticle {
  slug: string;
  file: string;
  /** The whole file as it is. */
  raw: string;
  /** The frontmatter text, edited in place on re-import. */
  front: string;
  data: {
    kind?: unknown;
    headline?: unknown;
    organisation?: unknown;
    byline?: unknown;
    captions?: unknown;
    region?: unknown;
    source?: { page?: unknown; order?: unknown };
  };
  paragraphs: string[];
}

/** This page's articles, and the article files that cannot be read at all (the import must not guess about those). */
export function existingArticles(files: ContentFiles, pageId: string): { articles: ExistingArticle[]; unreadable: string[] } {
  const articles: ExistingArticle[] = [];
  const unreadable: string[] = [];
  for (const file of files.list(CONTENT.articles)) {
    const slug = slugOfFile(file);
    const raw = files.text(file) ?? '';
    const split = splitFrontmatter(raw);
    const yaml = split && parseYaml(file, split.front);
    if (slug === undefined || !split || !yaml || yaml.problems.length || typeof yaml.value !== 'object' || yaml.value === null) {
      unreadable.push(file);
      continue;
    }
    const data = yaml.value as ExistingArticle['data'];
    if (data.source?.page !== pageId) continue;
    articles.push({ slug, file, raw, front: `${split.front}\n`, data, paragraphs: readPrintedBody(split.body).paragraphs });
  }
  return { articles, unreadable };
}
