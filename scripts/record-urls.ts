// Appends the URLs of the current build that are not yet in content/published-urls.txt.
// Run after `npm run build`:  npm run urls:record
import { appendFileSync, readFileSync } from 'node:fs';
import { CONTENT } from '../src/archive/paths.ts';
import { parseManifest, unrecorded } from '../src/archive/published.ts';
import { distFiles } from '../tools/dist.ts';

const fresh = unrecorded(parseManifest(readFileSync(CONTENT.published, 'utf8')).map((p) => p.url), distFiles());
if (fresh.length) appendFileSync(CONTENT.published, `${fresh.join('\n')}\n`);
console.log(fresh.length ? `已登记 ${fresh.length} 个新网址：\n${fresh.join('\n')}` : '没有新网址需要登记');
