// Indexes a built site's article pages outside the build, for the benchmark's side-by-side runs:
//   node bench/index-cli.ts single <dist> <out>          one index of every article (the old way)
//   node bench/index-cli.ts volumes <dist> <out> <jobs>  one per year, <jobs> processes, no cache reuse
// <out> is laid out as dist/pagefind is (runtime, volumes.json, a folder per volume), so the
// search page can be served over either.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readArticleDocs, writeIndex } from '../src/search/indexer.ts';
import { planVolumes, volumeRecords, writeVolumes, type VolumeManifest } from '../src/search/volumes.ts';

const [mode, dist, out, jobs] = process.argv.slice(2);
if (!dist || !out || (mode !== 'single' && mode !== 'volumes')) {
  console.error('用法：node bench/index-cli.ts single|volumes <dist> <out> [jobs]');
  process.exit(2);
}
const version = (JSON.parse(readFileSync('node_modules/pagefind/package.json', 'utf8')) as { version: string }).version;
const started = performance.now();
const { docs } = readArticleDocs(dist);
const read = (performance.now() - started) / 1000;
rmSync(out, { recursive: true, force: true });
if (mode === 'single') {
  // Every article in one volume named "all", in print order, as the index was before volumes.
  const { records, entry } = volumeRecords({ key: 'all', docs: docs.map((d) => ({ ...d, volume: 'all' })) });
  await writeIndex(records, join(out, 'all'));
  copyFileSync(join(out, 'all', 'pagefind.js'), join(out, 'pagefind.js'));
  writeFileSync(join(out, 'volumes.json'), JSON.stringify({ volumes: [entry] } satisfies VolumeManifest));
} else {
  const cacheDir = mkdtempSync(join(tmpdir(), 'bench-volumes-'));
  await writeVolumes(planVolumes(docs), { outputPath: out, cacheDir, jobs: Number(jobs ?? 2), pagefindVersion: version });
  rmSync(cacheDir, { recursive: true, force: true });
}
console.log(JSON.stringify({ articles: docs.length, readSeconds: read, seconds: (performance.now() - started) / 1000 }));
