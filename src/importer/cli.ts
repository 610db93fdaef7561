// npm run import -- <page.txt> [--dry-run] [--force]
// Turns one page of raw text into articles. A re-imported page keeps every article at its URL.
// The result is validated with the same rules as `npm run check` before anything is written;
// nothing is written on any refusal, and text an editor may have corrected is replaced only
// with --force, after a backup.
import { basename, join } from 'node:path';
import { readContentFiles } from '../archive/files.ts';
import { InputRefusal, readPageInput } from './input.ts';
import { ImportError } from './parse.ts';
import { prepareImport } from './prepare.ts';
import { attention, describePlan } from './report.ts';
import { applyChanges } from './write.ts';

const USAGE = '用法：npm run import -- <版面文本.txt> [--dry-run] [--force]';

class Refusal extends Error {}

function main(argv: string[]): number {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const inputs = argv.filter((a) => !a.startsWith('--'));
  const unknown = [...flags].filter((f) => f !== '--dry-run' && f !== '--force');
  if (inputs.length !== 1 || unknown.length) throw new Refusal(`${unknown.length ? `不认识的选项 ${unknown.join(' ')}。` : ''}${USAGE}`);
  const [input] = inputs as [string];
  const pageId = basename(input).replace(/\.[^.]+$/, '');
  if (!/^[A-Za-z0-9_-]+$/.test(pageId)) throw new Refusal(`文件名“${basename(input)}”将作为版面编号，只能含字母、数字、下划线和连字符`);
  const { bytes, text } = readPageInput(input);

  let prepared;
  try {
    prepared = prepareImport(readContentFiles('.'), { bytes, text, pageId });
  } catch (error) {
    if (error instanceof ImportError) throw new Refusal(`${input}: ${error.message}`);
    throw error;
  }
  const { plan, removals, refusals, created } = prepared;
  console.log(describePlan(plan, input).join('\n'));
  if (refusals.length) throw new Refusal(`未写入任何文件：\n${refusals.map((r) => `  - ${r}`).join('\n')}`);
  console.log(`\n需要编辑确认：\n${attention(plan, pageId, created).map((a) => `  - ${a}`).join('\n')}\n`);

  const force = flags.has('--force');
  if (plan.overwrites.length && !force) {
    throw new Refusal(
      `这些文件已存在，导入会替换或删除其中的文字（原文存档或编辑改过的正文），未写入任何文件：\n${plan.overwrites.map((c) => `  ${c}`).join('\n')}\n` +
        '确认要以这份版面文本为准，请加 --force（会先备份到 backups/）',
    );
  }
  const count = plan.writes.size + removals.length;
  if (flags.has('--dry-run')) {
    console.log(`试运行：未写入任何文件（将写入 ${plan.writes.size} 个文件${removals.length ? `、删除 ${removals.length} 个` : ''}）。`);
    return 0;
  }
  if (!count) {
    console.log('所有文件与导入结果相同，无需写入。');
    return 0;
  }
  const backupDir = force && plan.overwrites.length ? join('backups', new Date().toISOString().replace(/[:.]/g, '-')) : undefined;
  const backups = applyChanges('.', { writes: plan.writes, removals }, backupDir);
  console.log(`已写入 ${plan.writes.size} 个文件${removals.length ? `、删除 ${removals.length} 个` : ''}${backups.length ? `，原文件备份在 ${backupDir}/` : ''}。`);
  console.log('下一步：npm run check，按提示修改；再 npm run build && npm run urls:record。');
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  // A refusal says what to do; anything else (the file system, a bug) is told in one line, after
  // applyChanges has put every file back.
  const known = error instanceof Refusal || error instanceof InputRefusal;
  console.error(`导入失败：${(error as Error).message}${known ? '' : '（未改动任何内容文件）'}`);
  process.exitCode = 1;
}
