// Checks all content without building the site: articles, pages, the vocabulary, redirects and
// the published-URL manifest. Used by `npm run check`.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseVocabulary, VOCABULARY_FILE, type Initiative } from '../initiatives/vocabulary.ts';
import { articlePath } from '../lib/urls.ts';
import { MANIFEST_FILE, parseManifest, parseRedirects, REDIRECTS_FILE } from '../permalinks/manifest.ts';
import { hunanDivisions } from '../regions/load.ts';
import { createArticleSchema } from '../schema/article.ts';
import { pageSchema } from '../schema/page.ts';
import { fieldPath } from '../schema/messages.ts';
import { checkArticleFile, type Problem } from './article-file.ts';

export interface ContentReport {
  problems: Problem[];
  articles: number;
  pages: number;
  initiatives: number;
}

const ARTICLES = 'content/articles';
const PAGES = 'content/pages';

/** Runs every check from `root` (the project folder); never throws on bad content, it reports it. */
export function checkContent(root = '.'): ContentReport {
  const problems: Problem[] = [];
  const read = (file: string) => readFileSync(join(root, file), 'utf8');
  const fault = (file: string, line: number, field: string, message: string) => problems.push({ file, line, field, message });
  const guard = <T>(file: string, fallback: T, run: () => T): T => {
    try {
      return run();
    } catch (error) {
      // Vocabulary and redirect parsers report "<file>: <field>: <message>" lines.
      for (const line of String((error as Error).message).split('\n')) {
        const [, field = '(文件)', message = line] = /^[^:]+: ([^:]+): (.*)$/.exec(line) ?? [];
        fault(file, 1, field, message);
      }
      return fallback;
    }
  };

  const vocabulary = guard<Initiative[]>(VOCABULARY_FILE, [], () => parseVocabulary(read(VOCABULARY_FILE)));

  const pageFiles = existsSync(join(root, PAGES)) ? readdirSync(join(root, PAGES)).filter((f) => f.endsWith('.yaml')) : [];
  for (const f of pageFiles) {
    const file = `${PAGES}/${f}`;
    const result = pageSchema.safeParse(guard(file, undefined, () => parse(read(file))));
    if (!result.success) {
      for (const issue of result.error.issues) fault(file, 1, fieldPath(issue.path), issue.message);
      continue;
    }
    const { sourceFile, sourceSha256 } = result.data;
    if (!existsSync(join(root, sourceFile))) fault(file, 1, 'sourceFile', `找不到原文文件 ${sourceFile}：请把原文存到这里，内容不作改动`);
    else if (sourceSha256 && createHash('sha256').update(readFileSync(join(root, sourceFile))).digest('hex') !== sourceSha256) {
      fault(file, 1, 'sourceSha256', `${sourceFile} 的内容与记录的 SHA-256 不符：原文存档不可修改，请恢复原文件`);
    }
  }

  const schema = createArticleSchema({
    divisions: hunanDivisions(),
    initiativeIds: vocabulary.map((v) => v.id),
    pageIds: pageFiles.map((f) => f.replace(/\.yaml$/, '')),
  });
  const articleFiles = readdirSync(join(root, ARTICLES)).filter((f) => f.endsWith('.md'));
  const placed = new Map<string, string>();
  const lowerNames = new Map<string, string>();
  for (const f of articleFiles) {
    const file = `${ARTICLES}/${f}`;
    const { problems: found, data } = checkArticleFile(file, read(file), schema, vocabulary);
    problems.push(...found);
    const twin = lowerNames.get(f.toLowerCase());
    if (twin) fault(file, 1, '文件名', `与 ${ARTICLES}/${twin} 只差大小写，网址会冲突：请改名`);
    lowerNames.set(f.toLowerCase(), f);
    if (data) {
      const key = `${data.source.page}#${data.source.order}`;
      const other = placed.get(key);
      if (other) fault(file, 1, 'source.order', `与 ${other} 同为版面 ${data.source.page} 的第 ${data.source.order} 篇：请核对刊登顺序`);
      placed.set(key, file);
    }
  }

  // A published article URL must still have its file or a redirect.
  const redirects = guard(REDIRECTS_FILE, [], () => parseRedirects(read(REDIRECTS_FILE)));
  const redirected = new Set(redirects.map((r) => r.from));
  const slugs = new Set(articleFiles.map((f) => f.replace(/\.md$/, '')));
  guard(MANIFEST_FILE, [], () => parseManifest(read(MANIFEST_FILE))).forEach((url) => {
    const slug = /^\/articles\/([^/]+)\/$/.exec(url)?.[1];
    if (slug && !slugs.has(slug) && !redirected.has(url)) {
      fault(MANIFEST_FILE, 1, url, `已发布的文章 ${articlePath(slug)} 没有对应文件：恢复 ${ARTICLES}/${slug}.md，或在 ${REDIRECTS_FILE} 中加重定向`);
    }
  });

  return { problems, articles: articleFiles.length, pages: pageFiles.length, initiatives: vocabulary.length };
}
