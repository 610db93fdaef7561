// A synthetic archive for benchmarks: the real articles' sentences recombined across Hunan's
// 122 county-level divisions, with the initiatives each text names. Written into a scratch
// copy of the project under .bench/, never into content/ and never published.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { articleFile, CONTENT, pageFile, sourceFile } from '../src/archive/paths.ts';
import { projectSchemaInputs } from '../src/archive/validate.ts';
import { compact, mentions } from '../src/archive/vocabulary.ts';
import { suggestReportSlug } from '../src/lib/slug.ts';
import { hunanDivisions } from '../src/regions/load.ts';
import { splitFrontmatter as split } from '../src/archive/article-file.ts';
import { shortName } from '../src/regions/names.ts';
import { UNDATED } from '../src/lib/volume.ts';

const ROOT = resolve('.');
export const ARTICLES_PER_PAGE = 12;

/** Small seeded generator (mulberry32), so a corpus of a given size is always the same. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Source {
  county: string;
  headline: string;
  sentences: string[];
}

function realArticles(): Source[] {
  return readdirSync(join(ROOT, CONTENT.articles)).flatMap((f) => {
    const raw = readFileSync(join(ROOT, CONTENT.articles, f), 'utf8');
    const { front, body } = split(raw) ?? { front: '', body: '' };
    const data = parse(front) as { kind: string; headline: string; region?: { county?: string } };
    if (data.kind !== 'county-report' || !data.region?.county) return [];
    const sentences = body.replace(/\s+/g, '').split(/(?<=。)/).filter((s) => s.length > 4);
    return [{ county: data.region.county, headline: data.headline, sentences }];
  });
}

export interface GeneratedArticle {
  slug: string;
  /** Short name of its county-level division (桃江), for county-name queries. */
  county: string;
  /** Printed parts, for ground truth: organisation line, headline, body. */
  parts: string[];
  /** Initiative ids it is tagged with. */
  initiatives: string[];
  /** Its search volume: the printed year, or undated. */
  volume: string;
}

export interface CorpusOptions {
  /**
   * Articles per year: pages get printed dates, one year after another from FIRST_YEAR, so the
   * archive has a search volume per year. Without it, pages have no date (one undated volume).
   */
  perYear?: number;
}
export const FIRST_YEAR = 2001;

/** Writes a runnable copy of the project with `count` synthetic articles; returns its folder and articles. */
export function generateSite(count: number, dir = join(ROOT, '.bench', `site-${count}`), options: CorpusOptions = {}): { dir: string; articles: GeneratedArticle[] } {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public']) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  // The copy's content/ has the project's layout, so every path is the project's own joined onto dir.
  for (const folder of [CONTENT.articles, CONTENT.pages, CONTENT.sources]) mkdirSync(join(dir, folder), { recursive: true });
  cpSync(join(ROOT, CONTENT.vocabulary), join(dir, CONTENT.vocabulary));
  writeFileSync(join(dir, CONTENT.redirects), '[]\n');
  writeFileSync(join(dir, CONTENT.published), '# benchmark corpus: nothing published\n/\n');

  const divisions = hunanDivisions();
  const counties = divisions.prefectures.flatMap((p) => divisions.countiesOf(p.code).map((c) => ({ prefecture: p.name, county: c.name })));
  const vocabulary = projectSchemaInputs().vocabulary;
  const sources = realArticles();
  const next = random(count);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  const taken = new Set<string>();
  const articles: GeneratedArticle[] = [];
  let pageText = '';

  for (let i = 0; i < count; i++) {
    const place = counties[i % counties.length]!;
    const organisation = `${place.prefecture}${place.county}妇联`;
    const rename = (s: string, from: string) => s.replaceAll(from, place.county).replaceAll(shortName(from), shortName(place.county));
    const paragraphs = Array.from({ length: 3 + Math.floor(next() * 4) }, () => {
      const source = pick(sources);
      return Array.from({ length: 2 + Math.floor(next() * 3) }, () => rename(pick(source.sentences), source.county)).join('');
    });
    const headline = pick(sources).headline;
    const text = compact([headline, ...paragraphs].join(''));
    const initiatives = vocabulary.filter((v) => mentions(v, text)).map((v) => v.id);
    const slug = suggestReportSlug(place, taken);
    taken.add(slug);
    const page = `bench-${String(Math.floor(i / ARTICLES_PER_PAGE) + 1).padStart(4, '0')}`;
    const order = (i % ARTICLES_PER_PAGE) + 1;
    const pageStart = i - (order - 1);
    const year = options.perYear ? FIRST_YEAR + Math.floor(pageStart / options.perYear) : undefined;
    writeFileSync(
      join(dir, articleFile(slug)),
      [
        '---',
        'kind: county-report',
        `headline: ${JSON.stringify(headline)}`,
        `organisation: ${organisation}`,
        'region:',
        `  prefecture: ${place.prefecture}`,
        `  county: ${place.county}`,
        `initiatives: [${initiatives.join(', ')}]`,
        'source:',
        `  page: ${page}`,
        `  order: ${order}`,
        '---',
        paragraphs.join('\n\n'),
        '',
      ].join('\n'),
    );
    articles.push({ slug, county: shortName(place.county), parts: [`${organisation}:`, headline, paragraphs.join('')], initiatives, volume: year ? String(year) : UNDATED });
    pageText += `${organisation}:\n\n${headline}\n\n${paragraphs.join('\n\n')}\n\n`;
    if (order === ARTICLES_PER_PAGE || i === count - 1) {
      writeFileSync(join(dir, sourceFile(page)), pageText);
      // A date in the year, from the page's number (synthetic: the corpus is never published).
      const date = year ? `date: "${year}-${String(1 + (Math.floor(i / ARTICLES_PER_PAGE) % 12)).padStart(2, '0')}-15"\n` : '';
      writeFileSync(join(dir, pageFile(page)), `publication: 今日女报\nsourceFile: ${sourceFile(page)}\n${date}`);
      pageText = '';
    }
  }
  return { dir, articles };
}

/** The first line of a copied page's file, naming the page it copies. */
const COPY_OF = '# copy of ';

/**
 * Adds one printed page to a generated site: a copy of its last page not copied before (so a
 * corpus can be rebuilt after several new pages), dated the same, with every 。 printed as ；
 * (so no body duplicates another) and new slugs. Returns the new page's id and, from `articles`
 * (the site's ground truth), the records of the articles it adds, so a search after the rebuild
 * is checked against them too.
 */
export function addCopiedPage(dir: string, articles: readonly GeneratedArticle[] = []): { id: string; copies: GeneratedArticle[] } {
  const pages = readdirSync(join(dir, CONTENT.pages)).map((f) => f.replace(/\.yaml$/, '')).sort();
  const copyOf = new Map(pages.map((p) => [p, new RegExp(`^${COPY_OF}(\\S+)\n`).exec(readFileSync(join(dir, pageFile(p)), 'utf8'))?.[1]]));
  const copied = new Set(copyOf.values());
  const last = pages.findLast((p) => !copyOf.get(p) && !copied.has(p));
  if (!last) throw new Error(`${dir}: 每个生成的版面都已复制过，请重新生成（--phases generate）`);
  const id = `bench-${String(Number(pages.at(-1)!.replace('bench-', '')) + 1).padStart(4, '0')}`;
  const changed = (text: string) => text.replaceAll('。', '；');
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  const copies: GeneratedArticle[] = [];
  writeFileSync(join(dir, pageFile(id)), `${COPY_OF}${last}\n${readFileSync(join(dir, pageFile(last)), 'utf8').replace(sourceFile(last), sourceFile(id))}`);
  writeFileSync(join(dir, sourceFile(id)), changed(readFileSync(join(dir, sourceFile(last)), 'utf8')));
  for (const file of readdirSync(join(dir, CONTENT.articles))) {
    const text = readFileSync(join(dir, CONTENT.articles, file), 'utf8');
    if (!text.includes(`  page: ${last}\n`)) continue;
    const slug = file.replace(/\.md$/, '');
    writeFileSync(join(dir, CONTENT.articles, `${slug}-${id}.md`), changed(text.replace(`  page: ${last}\n`, `  page: ${id}\n`)));
    const original = bySlug.get(slug);
    if (original) copies.push({ ...original, slug: `${slug}-${id}`, parts: original.parts.map(changed) });
  }
  return { id, copies };
}
