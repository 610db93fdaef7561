// Astro glue: the collections' loaders. A build has already validated every file (integration.ts);
// in `astro dev` an edited article is checked again here by the same per-file rules, so a fault
// shows as "<file>:<line>: <field>: <message>" instead of a generic schema dump.
import { relative } from 'node:path';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { ArticleSchema } from '../schema/article.ts';
import { checkArticleFile } from './article-file.ts';
import { readContentFiles } from './files.ts';
import { CONTENT } from './paths.ts';
import { ContentError } from './problems.ts';
import type { Initiative } from './vocabulary.ts';

/** The file name is the permanent id, taken as is rather than re-slugified. */
const byFileName = (ext: string) => ({ entry }: { entry: string }) => entry.slice(0, -ext.length);

export const pagesLoader = (): Loader => glob({ pattern: '*.yaml', base: CONTENT.pages, generateId: byFileName('.yaml') });

export function articlesLoader(schema: ArticleSchema, vocabulary: readonly Initiative[]): Loader {
  const inner = glob({ pattern: '*.md', base: CONTENT.articles, generateId: byFileName('.md') });
  return {
    name: 'archive-articles',
    load: (ctx: LoaderContext) => {
      if (!ctx.watcher) return inner.load(ctx);
      const parseData: LoaderContext['parseData'] = async (props) => {
        const file = relative(process.cwd(), props.filePath ?? `${CONTENT.articles}/${props.id}.md`);
        const { problems } = checkArticleFile(file, readContentFiles('.').text(file) ?? '', schema, vocabulary);
        if (problems.length) throw new ContentError(problems);
        return ctx.parseData(props);
      };
      return inner.load({ ...ctx, parseData });
    },
  };
}
