// Indexes one volume in a process of its own: `node index-worker.ts <records.json> <folder>`.
// Started by volumes.ts, so each volume's Pagefind service (and its memory) ends with it.
import { readFileSync } from 'node:fs';
import { writeIndex } from './indexer.ts';
import type { SearchRecord } from './volumes.ts';

const [input, folder] = process.argv.slice(2);
if (!input || !folder) {
  console.error('用法：node src/search/index-worker.ts <records.json> <输出文件夹>');
  process.exit(2);
}
await writeIndex(JSON.parse(readFileSync(input, 'utf8')) as SearchRecord[], folder);
