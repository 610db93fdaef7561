// npm run import -- <page.txt> [--dry-run] [--force]
// Turns one page of raw text into draft articles. Never overwrites an edited file unless
// --force (which keeps a backup), writes nothing on any error, and says what needs an editor.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parse } from 'yaml';
import { checkArticleFile, formatProblem } from '../checks/article-file.ts';
import { loadVocabulary } from '../initiatives/vocabulary.ts';
import { hunanDivisions } from '../regions/load.ts';
import { ARTICLE_KINDS, createArticleSchema } from '../schema/article.ts';
import { splitFrontmatter } from '../schema/frontmatter.ts';
import { ImportError } from './parse.ts';
import { planImport, type ImportPlan, type PlannedFile } from './plan.ts';

const USAGE = '用法：npm run import -- <版面文本.txt> [--dry-run] [--force]';

class Refusal extends Error {}

function readInput(file: string): { bytes: Uint8Array; text: string } {
  if (!existsSync(file)) throw new Refusal(`找不到文件 ${file}`);
  if (statSync(file).isDirectory()) throw new Refusal(`${file} 是文件夹，请给出一个版面文本文件`);
  const bytes = readFileSync(file);
  if (bytes.includes(0)) throw new Refusal(`${file} 是二进制文件，不是文本：请给出 UTF-8 编码的版面文本`);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
    if (!text.trim()) throw new Refusal(`${file} 是空文件`);
    return { bytes, text };
  } catch (error) {
    if (error instanceof Refusal) throw error;
    // Find the first bad byte to name its line.
    let good = bytes.length;
    for (let end = 1; end <= bytes.length; end++) {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end), { stream: true });
      } catch {
        good = end - 1;
        break;
      }
    }
    const line = bytes.subarray(0, good).filter((b) => b === 10).length + 1;
    throw new Refusal(`${file}: 第 ${line} 行：不是 UTF-8 编码（可能是 GBK）：请用文本编辑器另存为 UTF-8 后再导入`);
  }
}

/** Slugs of existing articles: those of other pages, and this page's by print order. */
function existingArticles(pageId: string) {
  const taken = new Set<string>();
  const previous = new Map<number, string>();
  for (const f of readdirSync('content/articles').filter((n) => n.endsWith('.md'))) {
    const slug = f.replace(/\.md$/, '');
    const front = splitFrontmatter(readFileSync(join('content/articles', f), 'utf8'))?.front;
    const source = (front ? (parse(front) as { source?: { page?: string; order?: number } } | null) : null)?.source;
    if (source?.page === pageId && typeof source.order === 'number') previous.set(source.order, slug);
    else taken.add(slug);
  }
  return { taken, previous };
}

const same = (path: string, content: string | Uint8Array) =>
  existsSync(path) && Buffer.compare(readFileSync(path), Buffer.from(content)) === 0;

/** Writes every file or none: temp files first, then renames; backups restore on failure. */
function writeAll(files: PlannedFile[], backupDir: string | undefined): string[] {
  const backups: string[] = [];
  const written: string[] = [];
  try {
    for (const f of files) {
      mkdirSync(dirname(f.path), { recursive: true });
      writeFileSync(`${f.path}.importing`, f.content);
    }
    for (const f of files) {
      if (existsSync(f.path) && backupDir) {
        const backup = join(backupDir, f.path);
        mkdirSync(dirname(backup), { recursive: true });
        copyFileSync(f.path, backup);
        backups.push(backup);
      }
      renameSync(`${f.path}.importing`, f.path);
      written.push(f.path);
    }
    return backups;
  } catch (error) {
    for (const f of files) rmSync(`${f.path}.importing`, { force: true });
    for (const path of written) {
      const backup = backupDir && join(backupDir, path);
      if (backup && existsSync(backup)) copyFileSync(backup, path);
      else rmSync(path, { force: true });
    }
    throw error;
  }
}

function attention(plan: ImportPlan, pageId: string): string[] {
  const vocabulary = loadVocabulary();
  const pageIds = readdirSync('content/pages').filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));
  const schema = createArticleSchema({ divisions: hunanDivisions(), initiativeIds: vocabulary.map((v) => v.id), pageIds: [...new Set([...pageIds, pageId])] });
  const items: string[] = [];
  for (const d of plan.drafts) {
    const file = `content/articles/${d.slug}.md`;
    items.push(...d.article.notes.map((n) => `${file}: ${n}`));
    if (d.regionSuggested && d.region) items.push(`${file}: 地区由标题推测为 ${Object.values(d.region).join(' › ')}，请确认`);
    if (d.article.kind === 'news' && !d.region) items.push(`${file}: 新闻未能确定地区，如有请补 region`);
    const content = plan.files.find((f) => f.path === file)!.content as string;
    items.push(...checkArticleFile(file, content, schema, vocabulary).problems.map(formatProblem));
  }
  items.push('举措（initiatives）是按词表找到的建议，请逐篇确认；关键数字（figures）需按原文补充');
  items.push(`原版未印出的出版日期、版次不要补填；印出的请写入 content/pages/${pageId}.yaml`);
  return items;
}

function main(argv: string[]): number {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const files = argv.filter((a) => !a.startsWith('--'));
  const unknown = [...flags].filter((f) => f !== '--dry-run' && f !== '--force');
  if (files.length !== 1 || unknown.length) throw new Refusal(`${unknown.length ? `不认识的选项 ${unknown.join(' ')}。` : ''}${USAGE}`);
  const [input] = files as [string];
  const { bytes, text } = readInput(input);
  const pageId = basename(input).replace(/\.[^.]+$/, '');
  if (!/^[A-Za-z0-9_-]+$/.test(pageId)) throw new Refusal(`文件名“${basename(input)}”将作为版面编号，只能含字母、数字、下划线和连字符`);

  const { taken, previous } = existingArticles(pageId);
  let plan: ImportPlan;
  try {
    plan = planImport({ bytes, text, pageId, takenSlugs: taken, previousSlugs: previous, divisions: hunanDivisions(), vocabulary: loadVocabulary() });
  } catch (error) {
    if (error instanceof ImportError) throw new Refusal(`${input}: ${error.message}`);
    throw error;
  }
  const changed = plan.files.filter((f) => !same(f.path, f.content));
  const reports = plan.drafts.filter((d) => d.article.kind === 'county-report').length;
  console.log(
    `从 ${input} 找到 ${plan.drafts.length} 篇文章（${reports} 篇${ARTICLE_KINDS['county-report']}，${plan.drafts.length - reports} 篇${ARTICLE_KINDS.news}）${plan.page.continuedFrom ? `，本版上接 ${plan.page.continuedFrom} 版` : ''}。`,
  );
  for (const d of plan.drafts) {
    const label = d.article.organisation ? `${d.article.organisation}：` : '';
    console.log(`  ${String(d.order).padStart(2)}. content/articles/${d.slug}.md  ${label}${d.article.headline}（原文第 ${d.article.line} 行起）`);
  }
  console.log(`\n需要编辑确认：\n${attention(plan, pageId).map((a) => `  - ${a}`).join('\n')}\n`);

  const conflicts = changed.filter((f) => existsSync(f.path)).map((f) => f.path);
  if (conflicts.length && !flags.has('--force')) {
    throw new Refusal(`这些文件已存在且内容不同，未写入任何文件：\n${conflicts.map((c) => `  ${c}`).join('\n')}\n确需用导入结果覆盖，请加 --force（会先备份到 backups/）`);
  }

  if (flags.has('--dry-run')) {
    console.log(`试运行：未写入任何文件（将写入 ${changed.length} 个文件）。`);
    return 0;
  }
  if (!changed.length) {
    console.log('所有文件与导入结果相同，无需写入。');
    return 0;
  }
  const backupDir = conflicts.length ? join('backups', new Date().toISOString().replace(/[:.]/g, '-')) : undefined;
  const backups = writeAll(changed, backupDir);
  console.log(`已写入 ${changed.length} 个文件${backups.length ? `，原文件备份在 ${backupDir}/` : ''}。`);
  console.log('下一步：npm run check，按提示修改；再 npm run build && npm run urls:record。');
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof Refusal)) throw error;
  console.error(`导入失败：${error.message}`);
  process.exitCode = 1;
}
