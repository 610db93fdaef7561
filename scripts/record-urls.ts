// Appends the URLs of the current build that are not yet in content/published-urls.txt.
// Run after `npm run build`:  npm run urls:record
import { appendFileSync, readFileSync } from 'node:fs';
import { MANIFEST_FILE, parseManifest, unrecorded } from '../src/permalinks/manifest.ts';
import { distFiles } from '../tests/helpers/dist.ts';

const fresh = unrecorded(parseManifest(readFileSync(MANIFEST_FILE, 'utf8')), distFiles());
if (fresh.length) appendFileSync(MANIFEST_FILE, `${fresh.join('\n')}\n`);
console.log(fresh.length ? `已登记 ${fresh.length} 个新网址：\n${fresh.join('\n')}` : '没有新网址需要登记');
