// Astro glue: the collections' loaders. A build has already validated every file (integration.ts);
// in `astro dev` an edited article is checked again here by the same per-file rules, so a fault
// shows as "<file>:<line>: <field>: <message>" instead of a generic schema dump.
//
// Articles keep only their data in Astro's content store, not their body or its HTML: Vite bundles
// the whole store into every build, and at 100,000 articles bodies and HTML were most of it. Pages
// read a body from its file when they render it (src/collections/queries.ts). An unchanged file
// (same stamp) is not read again, and one with the same digest not parsed again.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { ArticleSchema } from '../schema/article.ts';
import { checkArticleFile, splitFrontmatter } from './article-file.ts';
import { fileStamp } from '../lib/file-stamp.ts';
import { readContentFiles, regularFileBytes } from './files.ts';
import { CONTENT, slugOfFile } from './paths.ts';
import { ContentError } from './problems.ts';
import type { Initiative } from './vocabulary.ts';
import { yamlAsBuilt } from './yaml-file.ts';

/** The file name is the permanent id, taken as is rather than re-slugified. */
const byFileName = (ext: string) => ({ entry }: { entry: string }) => entry.slice(0, -ext.length);

export const pagesLoader = (): Loader => glob({ pattern: '*.yaml', base: CONTENT.pages, generateId: byFileName('.yaml') });

/** What the articles' entries hold; a store written in another shape is emptied and filled again. */
const STORE_SHAPE = 'data-only/1';

export function articlesLoader(schema: ArticleSchema, vocabulary: readonly Initiative[]): Loader {
  return {
    name: 'archive-articles',
    load: async (ctx: LoaderContext) => {
      const root = fileURLToPath(ctx.config.root);
      const { store, meta } = ctx;
      if (meta.get('shape') !== STORE_SHAPE) {
        store.clear();
        meta.set('shape', STORE_SHAPE);
      }

      /** The frontmatter as the build reads it; in `astro dev`, only after the file's own checks pass. */
      const frontmatterOf = (file: string, text: string): unknown => {
        const checked = () => {
          const { problems } = checkArticleFile(file, text, schema, vocabulary);
          if (problems.length) throw new ContentError(problems);
        };
        if (ctx.watcher) checked();
        const split = splitFrontmatter(text);
        try {
          if (split) return yamlAsBuilt(split.front);
        } catch {
          // Reported below, by the checks that say where and why.
        }
        // The build checked every file before this; one that fails now was edited since.
        checked();
        throw new ContentError([{ file, line: 1, field: 'frontmatter', message: '构建期间文件被改动，请重新构建' }]);
      };

      /** An article file's text (content/articles/x.md, root-relative); undefined for what is not one. */
      const articleText = (file: string) => (slugOfFile(file) === undefined ? undefined : regularFileBytes(join(root, file))?.toString('utf8'));

      /** Each entry's file stamp (lib/file-stamp.ts) and digest when it was last read. */
      const readAs = (id: string) => `stamp:${id}`;
      /** Brings the entry of an article file up to date, reading the file only when its stamp changed. */
      const sync = async (file: string, stamp: string) => {
        const id = slugOfFile(file)!;
        const entry = store.get(id);
        if (entry && meta.get(readAs(id)) === `${stamp} ${entry.digest}`) return;
        const text = articleText(file);
        if (text === undefined) return;
        const digest = ctx.generateDigest(text);
        if (entry?.digest !== digest) {
          const data = await ctx.parseData({ id, data: frontmatterOf(file, text) as Record<string, unknown>, filePath: join(root, file) });
          store.set({ id, data, digest, filePath: file });
        }
        // Stamped before it was read: a file changed in between is read again next time.
        meta.set(readAs(id), `${stamp} ${digest}`);
      };
      const forget = (id: string) => {
        store.delete(id);
        meta.delete(readAs(id));
      };

      const untouched = new Set(store.keys());
      // The validator's listing; broken links and other files it reports are left to it.
      for (const file of readContentFiles(root).list(CONTENT.articles)) {
        const stamp = slugOfFile(file) === undefined ? undefined : fileStamp(join(root, file));
        if (stamp === undefined) continue;
        untouched.delete(slugOfFile(file)!);
        try {
          await sync(file, stamp);
        } catch (error) {
          // The dev server still starts with a faulty file (integration.ts warns the same), so an
          // editor can look while fixing it; the file is read again when it is saved.
          if (!(ctx.watcher && error instanceof ContentError)) throw error;
          ctx.logger.error(error.message);
        }
      }
      for (const id of untouched) forget(id);

      const { watcher } = ctx;
      if (!watcher) return;
      const dir = join(root, CONTENT.articles);
      watcher.add(dir);
      const fileOf = (path: string) => (path.startsWith(`${dir}/`) ? `${CONTENT.articles}/${path.slice(dir.length + 1)}` : undefined);
      const onChange = async (path: string) => {
        const file = fileOf(path);
        const stamp = file && slugOfFile(file) !== undefined ? fileStamp(path) : undefined;
        if (!file || stamp === undefined) return;
        try {
          await sync(file, stamp);
          ctx.logger.info(`已重新读取 ${file}`);
        } catch (error) {
          ctx.logger.error(error instanceof ContentError ? error.message : `${file}: ${(error as Error).message}`);
        }
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', (path) => {
        const file = fileOf(path);
        const slug = file && slugOfFile(file);
        if (slug) forget(slug);
      });
    },
  };
}
