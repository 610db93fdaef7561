// Incremental builds must never serve a stale page: after each kind of edit an editor makes, the
// incremental rebuild of a synthetic archive must be byte for byte the full build of the same content
// (made in a second folder from scratch with --force), while rendering only the pages the edit touched.
// Each folder has its own cache (cacheDir is inside the project), so the two never share one.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLES_PER_PAGE, generateSite } from '../../bench/corpus.ts';
import { articleFile, CONTENT, pageFile, sourceFile } from '../../src/archive/paths.ts';
import { validateProject } from '../../src/archive/validate.ts';
import { listFiles } from '../../src/lib/files.ts';
import { divisionSlug } from '../../src/lib/slug.ts';
import { LIST_PAGE_SIZE, regionPath } from '../../src/lib/urls.ts';
import { hunanDivisions } from '../../src/regions/load.ts';
import { moveReports } from '../helpers/move-reports.ts';
import { ASTRO, runAstro, runBuild } from '../helpers/scratch.ts';

const PAGES = 11;
const COUNT = PAGES * ARTICLES_PER_PAGE;
/** The last printed page, held back from the first build and added as the one-page import. */
const HELD = `bench-${String(PAGES).padStart(4, '0')}`;

const root = mkdtempSync(join(tmpdir(), 'archive-incremental-'));
/** Built incrementally after each edit. */
const incremental = join(root, 'incremental');
/** The same content, built from nothing each time. */
const fresh = join(root, 'fresh');
const held = join(root, 'held');
const sites = [incremental, fresh];

/** Renders and skips, from a build's log: each output path, and whether it was copied from the cache. */
function renderLog(output: string) {
  const lines = output.replace(/\x1b\[[0-9;]*m/g, '').split('\n').filter((l) => l.includes('├─'));
  const kept = lines.filter((l) => /\((restored|cached)\)/.test(l));
  const rendered = lines.filter((l) => !/\((restored|cached)\)/.test(l)).map((l) => l.replace(/^.*├─ (\S+).*$/, '$1'));
  // build-cli.ts says when it indexes while Astro finishes (the path every rebuild here takes).
  return { total: lines.length, kept: kept.length, rendered, indexedBeside: output.includes('检索索引与 Astro 的收尾同时建立') };
}

/**
 * The incremental folder is built as `npm run build` builds (search indexed after Astro exits), the
 * fresh one by `astro build` alone (indexed in its hook): the two ways must give the same site.
 */
function build(dir: string, ...args: string[]) {
  const run = dir === incremental ? runBuild(dir, args) : runAstro(dir, ['build', ...args]);
  if (run.status !== 0) throw new Error(`build ${args.join(' ')} in ${dir}:\n${run.output.slice(-4000)}`);
  return renderLog(run.output);
}

/** Every file of both dist/ folders that is missing from one or differs in a byte. */
function differences(a: string, b: string): string[] {
  const [filesA, filesB] = [listFiles(join(a, 'dist')), listFiles(join(b, 'dist'))];
  const inB = new Set(filesB);
  const out = filesB.filter((f) => !filesA.includes(f)).map((f) => `only in the full build: ${f}`);
  for (const f of filesA) {
    if (!inB.has(f)) out.push(`only in the incremental build: ${f}`);
    else if (!readFileSync(join(a, 'dist', f)).equals(readFileSync(join(b, 'dist', f)))) out.push(`differs: ${f}`);
  }
  return out;
}

/** The comparison build, from nothing: no dist/ and no .astro/ (Astro's cache, search volumes, parses). */
function buildFresh() {
  for (const folder of ['dist', '.astro']) rmSync(join(fresh, folder), { recursive: true, force: true });
  return build(fresh, '--force');
}

/** Applies one edit to both folders, checks the content is valid, and builds both. */
function step(edit: (dir: string) => void) {
  for (const dir of sites) {
    edit(dir);
    const problems = validateProject(dir).problems;
    expect(problems, 'the edit must leave valid content').toEqual([]);
  }
  const log = build(incremental);
  buildFresh();
  return log;
}

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const articlesOnPage = (dir: string, page: string) =>
  readdirSync(join(dir, CONTENT.articles)).filter((f) => read(dir, join(CONTENT.articles, f)).includes(`\n  page: ${page}\n`));

/** What a first build of the incremental folder reported. */
let first: ReturnType<typeof renderLog>;

/** A county with a list of its own longer than one page, and the reports placed there. */
const LONG = { prefecture: '怀化市', county: '鹤城区' };
const longCounty = regionPath([divisionSlug(LONG.prefecture), divisionSlug(LONG.county, LONG.prefecture)]);
let moved: string[] = [];
/** Reports elsewhere on the first pages, never moved. */
let elsewhere: string[] = [];

beforeAll(() => {
  const { articles } = generateSite(COUNT, incremental);
  moved = articles.slice(0, LIST_PAGE_SIZE + 10).map((a) => a.slug);
  elsewhere = articles.slice(LIST_PAGE_SIZE + 10, PAGES * ARTICLES_PER_PAGE - ARTICLES_PER_PAGE).map((a) => a.slug);
  moveReports(incremental, moved, LONG);
  // The one-page import: the last page's files are moved out and come back in the first test.
  mkdirSync(join(held, CONTENT.articles), { recursive: true });
  for (const f of articlesOnPage(incremental, HELD)) renameSync(join(incremental, CONTENT.articles, f), join(held, CONTENT.articles, f));
  for (const f of [pageFile(HELD), sourceFile(HELD)]) {
    mkdirSync(join(held, f, '..'), { recursive: true });
    renameSync(join(incremental, f), join(held, f));
  }
  cpSync(incremental, fresh, { recursive: true, verbatimSymlinks: true });
  first = build(incremental);
  buildFresh();
}, 300_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('incremental build', () => {
  it('builds an unchanged archive by copying every keyed page, byte for byte the same', () => {
    expect(first.kept, 'the first build has no cache to copy from').toBe(0);
    const again = build(incremental);
    expect(again.total).toBe(first.total);
    expect(again.rendered.length, `rendered again: ${again.rendered.join(' ')}`).toBeLessThan(20);
    expect(differences(incremental, fresh)).toEqual([]);
  }, 120_000);

  it('adds one printed page of 12 articles by rendering only what lists them', () => {
    const log = step((dir) => cpSync(held, dir, { recursive: true }));
    expect(existsSync(join(incremental, 'dist/articles', readdirSync(join(held, CONTENT.articles))[0]!.replace(/\.md$/, ''), 'index.html'))).toBe(true);
    expect(differences(incremental, fresh)).toEqual([]);
    expect(log.rendered.length, `rendered: ${log.rendered.join(' ')}`).toBeLessThan(log.total / 2);
    // The long county list gained nothing: its second page is kept.
    expect(log.rendered).not.toContain(`${longCounty}2/index.html`);
    // Indexed while Astro wrote the sitemap and data files, and the same index as indexing after it.
    expect(log.indexedBeside).toBe(true);
  }, 240_000);

  it("re-renders an article whose body was edited (and its page's source text), and nothing that only links to it", () => {
    const [file] = articlesOnPage(incremental, 'bench-0003').sort();
    const slug = file!.replace(/\.md$/, '');
    const log = step((dir) => {
      const text = read(dir, articleFile(slug));
      const paragraph = text.split('\n---\n')[1]!.split('\n\n')[0]!;
      const edited = paragraph.replace('。', '，');
      expect(edited).not.toBe(paragraph);
      writeFileSync(join(dir, articleFile(slug)), text.replace(paragraph, edited));
      const source = read(dir, sourceFile('bench-0003'));
      expect(source).toContain(paragraph);
      writeFileSync(join(dir, sourceFile('bench-0003')), source.replace(paragraph, edited));
    });
    expect(differences(incremental, fresh)).toEqual([]);
    expect(log.rendered).toContain(`/articles/${slug}/index.html`);
    expect(log.rendered).toContain('/sources/bench-0003.txt');
    expect(log.rendered.filter((p) => p.startsWith('/articles/')), 'only the edited article').toEqual([`/articles/${slug}/index.html`]);
  }, 240_000);

  it('re-renders every page that shows an initiative when the vocabulary renames it', () => {
    const vocabulary = read(incremental, CONTENT.vocabulary);
    const tagged = readdirSync(join(incremental, CONTENT.articles))
      .map((f) => /^initiatives: \[(.+)\]$/m.exec(read(incremental, join(CONTENT.articles, f)))?.[1]?.split(', ')[0])
      .find((id) => id !== undefined)!;
    const entry = new RegExp(`- id: ${tagged}\\n  name: (.+)\\n  aliases: \\[(.*)\\]`).exec(vocabulary)!;
    const [, name, aliases] = entry;
    const renamed = `- id: ${tagged}\n  name: ${name}工作\n  aliases: [${[name, aliases].filter(Boolean).join(', ')}]`;
    const log = step((dir) => writeFileSync(join(dir, CONTENT.vocabulary), vocabulary.replace(entry[0], renamed)));
    expect(differences(incremental, fresh)).toEqual([]);
    expect(log.rendered).toContain(`/initiatives/${tagged}/index.html`);
  }, 240_000);

  it("re-renders an article whose initiatives changed, and the lists it joins or leaves", () => {
    const [file] = articlesOnPage(incremental, 'bench-0005').filter((f) => /^initiatives: \[.+\]$/m.test(read(incremental, join(CONTENT.articles, f))));
    const slug = file!.replace(/\.md$/, '');
    const removed = /^initiatives: \[([^,\]]+)/m.exec(read(incremental, articleFile(slug)))![1]!;
    const log = step((dir) => {
      const text = read(dir, articleFile(slug));
      writeFileSync(join(dir, articleFile(slug)), text.replace(/^initiatives: \[(.+)\]$/m, (_, ids: string) => `initiatives: [${ids.split(', ').filter((id) => id !== removed).join(', ')}]`));
    });
    expect(differences(incremental, fresh)).toEqual([]);
    expect(log.rendered).toContain(`/articles/${slug}/index.html`);
    expect(log.rendered).toContain(`/initiatives/${removed}/index.html`);
  }, 240_000);

  it('deletes an article: its page, files and search entry are gone, its neighbours and lists re-rendered', () => {
    const [file] = articlesOnPage(incremental, 'bench-0007').filter((f) => read(incremental, join(CONTENT.articles, f)).includes(`\n  order: ${ARTICLES_PER_PAGE}\n`));
    const slug = file!.replace(/\.md$/, '');
    const log = step((dir) => {
      const text = read(dir, articleFile(slug));
      const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
      const organisation = /^organisation: (.+)$/m.exec(front!)![1]!;
      const headline = JSON.parse(/^headline: (.+)$/m.exec(front!)![1]!) as string;
      // The page's source text as the generator wrote it: the article is the last on its page.
      const printed = `${organisation}:\n\n${headline}\n\n${body!.trim()}\n\n`;
      const source = read(dir, sourceFile('bench-0007'));
      expect(source.endsWith(printed)).toBe(true);
      writeFileSync(join(dir, sourceFile('bench-0007')), source.slice(0, -printed.length));
      rmSync(join(dir, articleFile(slug)));
    });
    expect(differences(incremental, fresh)).toEqual([]);
    expect(existsSync(join(incremental, 'dist/articles', slug))).toBe(false);
    expect(existsSync(join(incremental, 'dist/articles', `${slug}.json`))).toBe(false);
    expect(log.rendered.length, `rendered: ${log.rendered.join(' ')}`).toBeLessThan(log.total / 3);
    // Its page was still in dist/ while the index was built (pruned after): it must not be indexed.
    expect(log.indexedBeside).toBe(true);
  }, 240_000);

  it("re-renders every page of a county's list when the county gets its first township report (each heads its list 本级)", () => {
    const divisions = hunanDivisions();
    const prefecture = divisions.prefectures.find((p) => p.name === LONG.prefecture)!;
    const county = divisions.countiesOf(prefecture.code).find((c) => c.name === LONG.county)!;
    const township = divisions.townshipsOf(county.code)[0]!.name;
    // A report from another county, so the county's own list stays as it was: only the heading changes.
    const slug = elsewhere.find((s) => existsSync(join(incremental, articleFile(s))))!;
    expect(existsSync(join(incremental, 'dist', longCounty, '2/index.html')), 'the county list must run over two pages').toBe(true);
    const log = step((dir) => moveReports(dir, [slug], { ...LONG, township }));
    expect(differences(incremental, fresh)).toEqual([]);
    expect(log.rendered).toContain(`${longCounty}2/index.html`);
  }, 240_000);

  it('a build stopped halfway leaves no page for the next build to keep', async () => {
    const [file] = articlesOnPage(incremental, 'bench-0009').sort();
    const slug = file!.replace(/\.md$/, '');
    const originals = [articleFile(slug), sourceFile('bench-0009')].map((f) => [f, read(incremental, f)] as const);
    const paragraph = originals[0]![1].split('\n---\n')[1]!.split('\n\n')[0]!;
    const edited = paragraph.replace('。', '，');
    const at = paragraph.indexOf('。');
    /** Text only the edited page has: the changed mark and what precedes it. */
    const mark = edited.slice(Math.max(0, at - 12), at + 1);
    for (const [f, text] of originals) writeFileSync(join(incremental, f), text.replace(paragraph, edited));
    // Stopped as soon as the edited article's page is written.
    const signal = await new Promise<NodeJS.Signals | null>((resolve) => {
      const child = spawn(process.execPath, [ASTRO, 'build'], { cwd: incremental, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString().replace(/\x1b\[[0-9;]*m/g, '');
        if (output.includes(`/articles/${slug}/index.html (+`)) child.kill('SIGKILL');
      });
      child.on('close', (_code, sig) => resolve(sig));
    });
    expect(signal, 'the build must have been stopped, not finished').toBe('SIGKILL');
    expect(read(incremental, join('dist/articles', slug, 'index.html')), 'the half-built page').toContain(mark);
    // The edit is undone: the cache's manifest (from the last complete build) matches the content
    // again, so only the emptied dist/ keeps the half-built page from being served.
    for (const [f, text] of originals) writeFileSync(join(incremental, f), text);
    build(incremental);
    buildFresh();
    expect(differences(incremental, fresh)).toEqual([]);
  }, 240_000);
});
