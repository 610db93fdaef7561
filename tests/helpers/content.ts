// Reads the committed content the way an editor sees it: frontmatter and body of each file.
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
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

export function readArticles(): ArticleFile[] {
  return readdirSync('content/articles')
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const file = `content/articles/${f}`;
      return { slug: f.replace(/\.md$/, ''), file, ...splitFrontmatter(readFileSync(file, 'utf8')) };
    })
    .sort((a, b) => a.data.source.order - b.data.source.order);
}

export const SOURCE_FILE = 'content/sources/000_fa27af0bc5488c72.txt';
export const readSource = () => readFileSync(SOURCE_FILE, 'utf8');
