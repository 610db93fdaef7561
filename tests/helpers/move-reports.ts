// Edits a synthetic archive (bench/corpus.ts) the way an editor correcting a report's place would:
// the region in the article file and the organisation line in both the article and its printed
// page's source text, so the content stays valid.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleFile, sourceFile } from '../../src/archive/paths.ts';

export interface Place {
  prefecture: string;
  county: string;
  township?: string;
}

/** Places the reports `slugs` of the archive in `dir` at `place`. */
export function moveReports(dir: string, slugs: readonly string[], place: Place): void {
  const organisation = `${place.prefecture}${place.county}${place.township ?? ''}妇联`;
  const region = ['region:', `  prefecture: ${place.prefecture}`, `  county: ${place.county}`, ...(place.township ? [`  township: ${place.township}`] : [])].join('\n');
  for (const slug of slugs) {
    const file = join(dir, articleFile(slug));
    const text = readFileSync(file, 'utf8');
    const before = /^organisation: (.+)$/m.exec(text)![1]!;
    const headline = JSON.parse(/^headline: (.+)$/m.exec(text)![1]!) as string;
    const source = join(dir, sourceFile(/^ {2}page: (.+)$/m.exec(text)![1]!));
    writeFileSync(file, text.replace(/^organisation: .+$/m, `organisation: ${organisation}`).replace(/^region:\n(?: {2}.+\n)+/m, `${region}\n`));
    // This report's organisation line only: others on the page may share it.
    const printed = readFileSync(source, 'utf8');
    const line = `${before}:\n\n${headline}\n`;
    if (!printed.includes(line)) throw new Error(`${sourceFile(slug)}: no "${line.trim()}" on the printed page`);
    writeFileSync(source, printed.replace(line, `${organisation}:\n\n${headline}\n`));
  }
}
