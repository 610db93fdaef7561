// Reads the committed content the way an editor sees it: frontmatter and body of each file.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CONTENT, sourceFile } from '../../src/archive/paths.ts';
import { splitFrontmatter as splitRaw } from '../../src/archive/article-file.ts';

export interface ArticleFile {
  slug: string;
  file: string;
  data: Record<string, any>;
  body: string;
}

export function splitFrontmatter(raw: string): { data: Record<string, any>; body: string } {
  const split = splitRaw(raw);
  if (!split) throw new Error('no frontmatter');
  return { data: parse(split.front) as Record<string, any>, body: split.body };
}

/** The articles of a project (this one unless `root` is given), in print order. */
export function readArticles(root = '.'): ArticleFile[] {
  return readdirSync(join(root, CONTENT.articles))
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const file = `${CONTENT.articles}/${f}`;
      return { slug: f.replace(/\.md$/, ''), file, ...splitFrontmatter(readFileSync(join(root, file), 'utf8')) };
    })
    .sort((a, b) => a.data.source.order - b.data.source.order);
}

export const SOURCE_FILE = sourceFile('000_fa27af0bc5488c72');
export const readSource = () => readFileSync(SOURCE_FILE, 'utf8');
