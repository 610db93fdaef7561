// Astro glue: the glob loader over content/articles, with our own validation first so a fault
// stops the build with "<file>: <field>: <message>" instead of a generic schema dump.
import { relative } from 'node:path';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { Initiative } from '../initiatives/vocabulary.ts';
import type { ArticleData, ArticleSchema } from './article.ts';
import { SLUG_PATTERN } from '../lib/slug.ts';
import { formatIssues, formatProblems } from './messages.ts';
import { checkArticleText } from './text-checks.ts';

export const ARTICLES_DIR = 'content/articles';

export class ContentError extends Error {
  override name = 'ContentError';
}

export function articleLoader(schema: ArticleSchema, vocabulary: readonly Initiative[]): Loader {
  // The file name is the permanent slug, taken as is rather than re-slugified.
  const inner = glob({ pattern: '*.md', base: ARTICLES_DIR, generateId: ({ entry }) => entry.replace(/\.md$/, '') });
  const fileOf = (filePath: string | undefined, id: string) => (filePath ? relative(process.cwd(), filePath) : `${ARTICLES_DIR}/${id}.md`);
  return {
    name: 'archive-articles',
    load: (ctx: LoaderContext) => {
      const parseData: LoaderContext['parseData'] = async (props) => {
        if (!SLUG_PATTERN.test(props.id)) {
          throw new ContentError(`${fileOf(props.filePath, props.id)}: 文件名: “${props.id}”不能用作网址，请改为小写拼音加连字符，例如 taojiang.md`);
        }
        const result = await schema.safeParseAsync(props.data);
        if (!result.success) throw new ContentError(formatIssues(fileOf(props.filePath, props.id), result.error.issues));
        return ctx.parseData(props);
      };
      // The body only reaches the store, so the text checks run as entries are stored.
      const store = new Proxy(ctx.store, {
        get(target, key) {
          if (key === 'set') {
            return (entry: Parameters<typeof target.set>[0]) => {
              const problems = checkArticleText(entry.data as ArticleData, entry.body ?? '', vocabulary);
              if (problems.length) throw new ContentError(formatProblems(fileOf(entry.filePath, entry.id), problems));
              return target.set(entry);
            };
          }
          const value: unknown = Reflect.get(target, key, target);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      return inner.load({ ...ctx, parseData, store });
    },
  };
}
