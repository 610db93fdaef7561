// The files beside the pages, written in one pass after the build from the validated archive:
// each article as data, text and citation files, and the whole archive under /data/. One pass
// instead of one Astro route per file: at 1,000 articles the routes cost ~1.5 ms each. A rebuild
// makes again only what changed: an unchanged article's files stay, and its part of each
// archive-wide file is copied from that file's last version (spliced-file.ts).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ARTICLE_FILES, type ArticleFile } from '../lib/article-files.ts';
import { codeDigest, writeFileAtomic } from '../lib/build-cache.ts';
import { articleMeta, articleMetaInput, articleRecord, type ArticleMeta, type ArticleMetaInput } from '../lib/article-meta.ts';
import { citationFile } from '../lib/citation-export.ts';
import { ARTICLES_TABLE, FIGURES_TABLE } from '../lib/dataset.ts';
import { inPrintOrder } from '../lib/print-order.ts';
import { articleFilePath, DATA } from '../lib/urls.ts';
import { articleRecordJsonSchema, type ArticleRecord } from '../schema/record.ts';
import { splicedFile, type Range, type SplicedFile } from './spliced-file.ts';
import type { Archive } from './validate.ts';

const body = (meta: ArticleMeta, file: ArticleFile): string =>
  file === 'json' ? `${JSON.stringify(meta.record, null, 2)}\n` : file === 'text' ? meta.plainText : citationFile(meta.csl, file);

/** What every article's model is made from, in archive order (pages by id, then print order). */
export function* archiveInputs(archive: Archive, address: { site: string; base: string }): Generator<ArticleMetaInput> {
  const pages = new Map(archive.pages.map((p) => [p.id, p]));
  const names = new Map(archive.vocabulary.map((v) => [v.id, v.name]));
  for (const a of inPrintOrder(archive.articles, archive.pageIds)) yield articleMetaInput(a, pages.get(a.data.source.page)!, (id) => names.get(id)!, address);
}

function write(outDir: string, path: string, content: string): void {
  const full = join(outDir, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, content);
}

/** The code an article's files are made by: a change to it makes every key stale. */
const CODE = ['./data-files.ts', './spliced-file.ts', '../lib/article-meta.ts', '../lib/citation.ts', '../lib/citation-export.ts', '../lib/article-files.ts', '../lib/dataset.ts', '../lib/urls.ts', '../schema/record.ts'].map(
  (m) => new URL(m, import.meta.url),
);

/** An archive-wide file: its opening, each article's part after a separator, and its close. */
interface Table {
  path: string;
  opening: string;
  /** Before the first part, and before each later one. */
  separators: readonly [string, string];
  /** After the last part; `empty` when there is none. */
  closing: { some: string; empty: string };
  partOf(record: ArticleRecord): string;
}
const csvTable = (path: string, table: typeof ARTICLES_TABLE): Table => ({ path, opening: table.header, separators: ['', ''], closing: { some: '', empty: '' }, partOf: table.linesOf });
/**
 * The same text as JSON.stringify(records, null, 2), made a record at a time: the whole array as
 * one string nears V8's longest string at 100,000 articles.
 */
const TABLES: readonly Table[] = [
  { path: DATA.articlesJson, opening: '[', separators: ['\n', ',\n'], closing: { some: '\n]\n', empty: ']\n' }, partOf: (r) => JSON.stringify(r, null, 2).replace(/^/gm, '  ') },
  csvTable(DATA.articlesCsv, ARTICLES_TABLE),
  csvTable(DATA.figuresCsv, FIGURES_TABLE),
];

/** What the last build wrote, for the next one to compare with. */
export interface DataKeys {
  /** Each article's key (a digest of everything its files are made from) and its parts' ranges in the TABLES, by slug. */
  articles: Map<string, { key: string; parts: Range[] }>;
  /** Each archive-wide file's stamp as written: its parts are copied only while it is unchanged. */
  files: Record<string, string>;
}
type Saved = { files: Record<string, string>; articles: [string, string, number[]][] };

const isRanges = (n: unknown): n is number[] =>
  Array.isArray(n) && n.length === 2 * TABLES.length && n.every((x, i) => Number.isSafeInteger(x) && x >= 0 && (i % 2 === 0 || x >= (n[i - 1] as number)));

/** The keys a build saved (saveDataKeys); empty when there are none or they cannot be read. */
export function loadDataKeys(file: string): DataKeys {
  const none: DataKeys = { articles: new Map(), files: {} };
  try {
    if (!existsSync(file)) return none;
    const saved = JSON.parse(readFileSync(file, 'utf8')) as Saved;
    const files = Object.fromEntries(Object.entries(saved.files ?? {}).filter(([, stamp]) => typeof stamp === 'string'));
    const articles = new Map<string, { key: string; parts: Range[] }>();
    for (const [slug, key, ranges] of saved.articles) {
      if (typeof slug !== 'string' || typeof key !== 'string' || !isRanges(ranges)) return none;
      articles.set(slug, { key, parts: TABLES.map((_, i) => [ranges[2 * i]!, ranges[2 * i + 1]!] as const) });
    }
    return { articles, files };
  } catch {
    // Unreadable keys only cost writing every file again.
    return none;
  }
}

export function saveDataKeys(file: string, keys: DataKeys): void {
  const articles = [...keys.articles].map(([slug, { key, parts }]): Saved['articles'][number] => [slug, key, parts.flat()]);
  writeFileAtomic(file, JSON.stringify({ files: keys.files, articles } satisfies Saved));
}

export interface DataFiles {
  /** Every file this build's site has beside the pages (/articles/x.json, /data/articles.csv …). */
  paths: string[];
  /** The articles' keys, for the next build. */
  keys: DataKeys;
  /** How many files were written: the files of an article whose key is unchanged are left as they are. */
  written: number;
}

/** What the last complete build left in the out folder, when it is kept. */
export interface KeptOutDir {
  /** Its articles' keys (loadDataKeys). */
  keys: DataKeys;
  /** Its files, relative and '/'-separated (articles/x.json): listed once for the whole build. */
  files: ReadonlySet<string>;
}

/**
 * Writes the files into the built site `outDir`. An article whose key (a digest of its model's
 * input and of the code that makes the files) is the one `kept` has for it, and whose files are
 * all there, is not made again, and its parts of the archive-wide files are copied from their last
 * versions. Each article's files are written as its model is made and nothing of it is kept:
 * holding every file until the end held several copies of the archive's text in memory at 100,000
 * articles.
 */
export function writeDataFiles(outDir: string, inputs: Iterable<ArticleMetaInput>, kept?: KeptOutDir, root = '.'): DataFiles {
  const paths: string[] = [];
  const keys: DataKeys = { articles: new Map(), files: {} };
  const code = codeDigest(CODE, root);
  let written = 0;
  // A file removed from dist/ by hand is written again.
  const present = (path: string) => kept?.files.has(path.slice(1)) === true;
  const kinds = Object.entries(ARTICLE_FILES) as [ArticleFile, { ending: string }][];
  mkdirSync(join(outDir, dirname(DATA.articlesJson)), { recursive: true });
  const tables: { table: Table; file: SplicedFile }[] = [];
  let count = 0;
  try {
    for (const table of TABLES) tables.push({ table, file: splicedFile(join(outDir, table.path), kept?.keys.files[table.path]) });
    for (const { table, file } of tables) file.text(table.opening);
    for (const input of inputs) {
      const files = kinds.map(([kind, { ending }]) => [kind, articleFilePath(input.slug, ending)] as const);
      const key = createHash('sha1').update(code).update(JSON.stringify(input)).digest('base64url');
      const before = kept?.keys.articles.get(input.slug);
      const same = before?.key === key && files.every(([, path]) => present(path));
      let record: ArticleRecord | undefined;
      if (!same) {
        const meta = articleMeta(input);
        for (const [kind, path] of files) write(outDir, path, body(meta, kind));
        written += files.length;
        record = meta.record;
      }
      const parts = tables.map(({ table, file }, n): Range => {
        const separator = table.separators[count === 0 ? 0 : 1];
        if (same && file.reusable) return file.copy(before.parts[n]!, separator);
        file.text(separator);
        return file.text(table.partOf((record ??= articleRecord(input))));
      });
      paths.push(...files.map(([, path]) => path));
      keys.articles.set(input.slug, { key, parts });
      count++;
    }
    for (const { table, file } of tables) {
      file.text(count ? table.closing.some : table.closing.empty);
      keys.files[table.path] = file.close();
    }
  } catch (error) {
    for (const { file } of tables) file.abandon();
    throw error;
  }
  write(outDir, DATA.schema, `${JSON.stringify(articleRecordJsonSchema(), null, 2)}\n`);
  return { paths: [...paths, ...TABLES.map((t) => t.path), DATA.schema], keys, written: written + 4 };
}
