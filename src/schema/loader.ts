// Astro glue: the glob loader over content/articles. Each file is checked first by the same
// code as `npm run check` (schema and text), so a fault stops the build with
// "<file>:<line>: <field>: <message>" instead of a generic schema dump.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { checkArticleFile, formatProblem } from '../checks/article-file.ts';
import type { Initiative } from '../initiatives/vocabulary.ts';
import type { ArticleSchema } from './article.ts';

const ARTICLES_DIR = 'content/articles';

class ContentError extends Error {
  override name = 'ContentError';
}

export function articleLoader(schema: ArticleSchema, vocabulary: readonly Initiative[]): Loader {
  // The file name is the permanent slug, taken as is rather than re-slugified.
  const inner = glob({ pattern: '*.md', base: ARTICLES_DIR, generateId: ({ entry }) => entry.replace(/\.md$/, '') });
  return {
    name: 'archive-articles',
    load: (ctx: LoaderContext) => {
      const parseData: LoaderContext['parseData'] = async (props) => {
        const path = props.filePath ?? `${ARTICLES_DIR}/${props.id}.md`;
        const { problems } = checkArticleFile(relative(process.cwd(), path), readFileSync(path, 'utf8'), schema, vocabulary);
        if (problems.length) throw new ContentError(problems.map(formatProblem).join('\n'));
        return ctx.parseData(props);
      };
      return inner.load({ ...ctx, parseData });
    },
  };
}
