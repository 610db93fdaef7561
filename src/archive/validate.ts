// The one content validator. It loads the archive from its files, builds the schema inputs once
// (divisions, vocabulary, page ids), runs every per-file and cross-file rule, and returns the
// archive with structured problems. The build, `npm run check`, the importer and the tests call it.
import { hunanDivisions } from '../regions/load.ts';
import type { DivisionIndex } from '../regions/divisions.ts';
import { createArticleSchema, type ArticleData, type ArticleSchema } from '../schema/article.ts';
import { pageSchema, type PageData } from '../schema/page.ts';
import { checkArticleFile } from './article-file.ts';
import { NO_CHECKS, type CheckCache, type CleanCheck } from './check-cache.ts';
import { readContentFiles, type ContentFiles } from './files.ts';
import { NO_MEMO, type ParseMemo } from './parse-cache.ts';
import { CONTENT, pageIdOfFile, slugOfFile, sourceFile } from './paths.ts';
import type { Problem } from './problems.ts';
import { parseManifest, parseRedirects, type PublishedUrl, type Redirect } from './published.ts';
import { archiveRules } from './rules.ts';
import { isUtf8 } from 'node:buffer';
import { controlCharacter, firstInvalidUtf8Line, sha256 } from './source-text.ts';
import { parseFigureCounts, type FigureCountGroup } from './figure-counts.ts';
import { parseVocabulary, type Initiative } from './vocabulary.ts';
import { readYamlFile } from './yaml-file.ts';

export interface ArchiveArticle {
  slug: string;
  file: string;
  data: ArticleData;
  /** The body as printed: one string per paragraph, escapes removed. */
  paragraphs: string[];
}

export interface ArchivePage {
  id: string;
  file: string;
  data: PageData;
  /** The stored source text, byte for byte (undefined when the file is missing). */
  source?: Uint8Array | undefined;
}

/** What the schemas and pages need to know about the archive beyond its articles. */
export interface SchemaInputs {
  divisions: DivisionIndex;
  vocabulary: Initiative[];
  pageIds: string[];
  /** Groups of what key figures count (content/figure-counts.yaml). */
  figureCounts: FigureCountGroup[];
}

export interface Archive extends SchemaInputs {
  pages: ArchivePage[];
  /** Articles the schema accepted, in file-name order. */
  articles: ArchiveArticle[];
  /** Every article file's slug, valid or not. */
  slugs: string[];
  redirects: Redirect[];
  /** Each valid redirect's old URL → the live page it ends at. */
  redirectTargets: Map<string, string>;
  published: PublishedUrl[];
}

export interface Validation {
  archive: Archive;
  problems: Problem[];
  /** The article schema built from this archive's inputs. */
  articleSchema: ArticleSchema;
}

/** Vocabulary and page ids as the files state them, with the divisions: built once per validation. */
export function readSchemaInputs(files: ContentFiles, divisions: DivisionIndex = hunanDivisions()): SchemaInputs & { problems: Problem[] } {
  const text = files.text(CONTENT.vocabulary);
  const { vocabulary, problems } =
    text === undefined
      ? { vocabulary: [], problems: [{ file: CONTENT.vocabulary, line: 1, field: '(文件)', message: '找不到举措词表：请恢复此文件' }] }
      : parseVocabulary(text);
  const pageIds = files
    .list(CONTENT.pages)
    .map(pageIdOfFile)
    .filter((id): id is string => id !== undefined);
  const figureText = files.text(CONTENT.figureCounts);
  const figures = figureText === undefined ? { groups: [], problems: [] } : parseFigureCounts(figureText);
  return { divisions, vocabulary, pageIds, figureCounts: figures.groups, problems: [...problems, ...figures.problems] };
}

function loadPages(files: ContentFiles, pageIds: readonly string[], problems: Problem[]): ArchivePage[] {
  const pages: ArchivePage[] = [];
  for (const id of pageIds) {
    const file = `${CONTENT.pages}/${id}.yaml`;
    const { data, yaml, problems: faults } = readYamlFile(file, files.text(file) ?? '', pageSchema);
    if (!data) {
      problems.push(...faults);
      continue;
    }
    const at = (field: string, message: string) => problems.push({ file, line: yaml.lineOf([field]), field, message });
    const expected = sourceFile(id);
    const source = files.bytes(data.sourceFile);
    if (data.sourceFile !== expected) at('sourceFile', `应为 ${expected}（原文存档与版面同名）`);
    else if (!source) at('sourceFile', `找不到原文文件 ${data.sourceFile}：请把原文存到这里，内容不作改动`);
    else if (data.sourceSha256 && sha256(source) !== data.sourceSha256) {
      at('sourceSha256', `${data.sourceFile} 的内容与记录的 SHA-256 不符：原文存档不可修改，请恢复原文件（更正原文请重新导入该版面）`);
    }
    pages.push({ id, file, data, source });
  }
  return pages;
}

/** The article schema for these inputs: the build's collection and the validator use this one. */
export const articleSchemaFor = (inputs: SchemaInputs): ArticleSchema =>
  createArticleSchema({ divisions: inputs.divisions, initiativeIds: inputs.vocabulary.map((v) => v.id), pageIds: inputs.pageIds });

/** A file the validator cannot read as UTF-8 text without a BOM or control characters, as a problem. */
function encodingProblem(file: string, bytes: Uint8Array | undefined): Problem | undefined {
  const at = (line: number, message: string): Problem => ({ file, line, field: '(文件)', message });
  if (!bytes) return at(1, '无法读取此文件（可能是失效的链接）：请恢复或删除它');
  if (!isUtf8(bytes)) return at(firstInvalidUtf8Line(bytes), '不是 UTF-8 编码（可能是 GBK）：请用文本编辑器另存为 UTF-8');
  const text = Buffer.from(bytes).toString('utf8');
  if (text.startsWith('\uFEFF')) return at(1, '文件以 BOM 开头：请另存为不带 BOM 的 UTF-8（编辑器中常称“UTF-8 无 BOM”）');
  const control = controlCharacter(text);
  if (control) return at(control.line, `含有控制字符 ${control.code}（多为复制或转码时混入），网页上看不见也无法检索：请删去`);
  return undefined;
}

/**
 * `memo` keeps parses between runs (parse-cache.ts), `checks` whole results of clean files
 * (check-cache.ts); without them every file is read, parsed and checked.
 */
export function validateArchive(files: ContentFiles, divisions: DivisionIndex = hunanDivisions(), memo: ParseMemo = NO_MEMO, checks: CheckCache = NO_CHECKS): Validation {
  const inputs = readSchemaInputs(files, divisions);
  const problems: Problem[] = [...inputs.problems];
  const pages = loadPages(files, inputs.pageIds, problems);
  const articleSchema = articleSchemaFor(inputs);
  // A kept result names a page that the schema found then; it holds while that page exists.
  const pageIds = new Set(inputs.pageIds);
  const pageStillThere = (kept: CleanCheck) => pageIds.has(kept.data.source.page);

  const articles: ArchiveArticle[] = [];
  const slugs: string[] = [];
  for (const file of files.list(CONTENT.articles)) {
    const slug = slugOfFile(file);
    if (slug === undefined) continue;
    slugs.push(slug);
    // Stamped before it is read: a file changed in between is checked again next time.
    const stamp = checks === NO_CHECKS ? undefined : files.stamp(file);
    const kept = checks.byStamp(file, stamp, pageStillThere);
    if (kept) {
      articles.push({ slug, file, ...kept });
      continue;
    }
    const unreadable = encodingProblem(file, files.bytes(file));
    if (unreadable) {
      problems.push(unreadable);
      continue;
    }
    const text = files.text(file) ?? '';
    const same = checks.byText(file, stamp, text, pageStillThere);
    if (same) {
      articles.push({ slug, file, ...same });
      continue;
    }
    const check = checkArticleFile(file, text, articleSchema, inputs.vocabulary, memo);
    problems.push(...check.problems);
    if (!check.data) continue;
    const clean = { data: check.data, paragraphs: check.paragraphs ?? [] };
    articles.push({ slug, file, ...clean });
    if (!check.problems.length) checks.keep(file, stamp, text, clean);
  }

  const redirectsText = files.text(CONTENT.redirects);
  const parsed = redirectsText === undefined ? { redirects: [], problems: [] } : parseRedirects(redirectsText);
  problems.push(...parsed.problems);
  const manifest = files.text(CONTENT.published);
  if (manifest === undefined) {
    problems.push({
      file: CONTENT.published,
      line: 1,
      field: '(文件)',
      message: '找不到已发布网址清单：它保证已发布的网址永不失效，请从版本库恢复（新建的档案写一行以 # 开头的注释即可）',
      rule: 'published-url',
    });
  }
  const published = parseManifest(manifest ?? '');

  const archive: Archive = { ...inputs, pages, articles, slugs, redirects: parsed.redirects, redirectTargets: new Map(), published };
  const rules = archiveRules(archive);
  archive.redirectTargets = rules.redirectTargets;
  problems.push(...rules.problems);
  return { archive, problems, articleSchema };
}

const projectInputs = new Map<string, SchemaInputs>();

/** The schema inputs of the project at `root` as it is on disk, read once per process. */
export function projectSchemaInputs(root = '.'): SchemaInputs {
  if (!projectInputs.has(root)) projectInputs.set(root, readSchemaInputs(readContentFiles(root)));
  return projectInputs.get(root)!;
}

/** Validates the project at `root` as it is on disk. */
export const validateProject = (root = '.', memo: ParseMemo = NO_MEMO, checks: CheckCache = NO_CHECKS) => validateArchive(readContentFiles(root), hunanDivisions(), memo, checks);
