// Property-based round trip: generated pages (real places; headlines, bodies and captions full of
// Markdown- and YAML-significant characters; column breaks, captions, credit lines) are imported
// and read back exactly; re-importing a shuffled or extended page keeps every earlier URL on its
// article. The last test imports generated pages with the CLI, checks, builds and reads every
// article page in the built site.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse } from 'node-html-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { withChanges, type ContentFiles } from '../../src/archive/files.ts';
import { CONTENT } from '../../src/archive/paths.ts';
import { validateArchive } from '../../src/archive/validate.ts';
import { compact } from '../../src/archive/vocabulary.ts';
import { prepareImport } from '../../src/importer/prepare.ts';
import { expectedCaptions, generatedArticle, generatedPage, pageText, type GeneratedArticle } from '../helpers/generated-pages.ts';
import { checkContent, emptyArchive, importPage } from '../helpers/importing.ts';
import { scratchProject } from '../helpers/scratch.ts';

const PAGE = 'page-01';
const empty = emptyArchive();
/** Captions that happen to occur in the body are a content fault of their own; not what this tests. */
const plausible = (articles: readonly GeneratedArticle[]) =>
  articles.every((a) => a.captions.every((c) => !compact(a.paragraphs.join('')).includes(compact(c))));

function imported(files: ContentFiles, text: string) {
  const prepared = prepareImport(files, { bytes: Buffer.from(text), text, pageId: PAGE });
  const after = withChanges(files, prepared.plan.writes, new Set(prepared.removals));
  return { ...prepared, after };
}

/** Slug of each generated article, found by its organisation line. */
const slugs = (plan: ReturnType<typeof imported>['plan']) => new Map(plan.articles.map((a) => [a.draft.article.organisation, a.draft.slug]));

describe('generated pages, in memory', () => {
  it('import and read back exactly as printed, passing every rule', () => {
    fc.assert(
      fc.property(generatedPage, fc.array(fc.nat(6), { maxLength: 3 }), (articles, breaks) => {
        fc.pre(plausible(articles));
        const { refusals, created, after } = imported(empty, pageText(articles, breaks));
        expect(refusals).toEqual([]);
        expect(created).toEqual([]);
        const { archive, problems } = validateArchive(after);
        expect(problems).toEqual([]);
        const stored = archive.articles.sort((a, b) => a.data.source.order - b.data.source.order);
        expect(
          stored.map((a) => ({
            organisation: a.data.kind === 'county-report' ? a.data.organisation : '',
            headline: a.data.headline,
            paragraphs: a.paragraphs,
            captions: a.data.captions,
          })),
        ).toEqual(articles.map((a) => ({ ...a, captions: expectedCaptions(a) })));
      }),
      { numRuns: 60 },
    );
  });

  it('re-imported shuffled and extended, keep every earlier URL on its article', () => {
    fc.assert(
      fc.property(generatedPage, fc.array(generatedArticle, { maxLength: 2 }), fc.nat(), (articles, added, seed) => {
        const organisations = new Set(articles.map((a) => a.organisation));
        const fresh = added.filter((a) => !organisations.has(a.organisation) && organisations.add(a.organisation));
        fc.pre(plausible([...articles, ...fresh]));
        const first = imported(empty, pageText(articles));
        const reordered = [...articles, ...fresh].map((a, i) => ({ a, key: (i * 7919 + seed) % 101 })).sort((x, y) => x.key - y.key).map((x) => x.a);
        const second = imported(first.after, pageText(reordered));
        expect(second.refusals).toEqual([]);
        expect(second.removals).toEqual([]);
        const before = slugs(first.plan);
        const now = slugs(second.plan);
        for (const [organisation, slug] of before) expect(now.get(organisation)).toBe(slug);
        expect(now.size).toBe(articles.length + fresh.length);
        for (const a of fresh) expect([...before.values()]).not.toContain(now.get(a.organisation));
        expect(validateArchive(second.after).problems).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});

describe('generated pages, imported with the CLI and built', () => {
  const scratch = scratchProject();
  afterAll(() => scratch.remove());
  for (const d of [CONTENT.articles, CONTENT.pages, CONTENT.sources]) rmSync(scratch.path(d), { recursive: true, force: true });
  writeFileSync(scratch.path(CONTENT.published), '# none yet\n');
  const pages = fc.sample(generatedPage.filter(plausible), { numRuns: 3, seed: 20261129 });

  it('every article page shows exactly the generated text', () => {
    pages.forEach((articles, n) => {
      writeFileSync(scratch.path(`gen-${n}.txt`), pageText(articles, [0, 2]));
      const result = importPage(scratch.dir, `gen-${n}.txt`);
      expect(result.status, result.output).toBe(0);
    });
    const check = checkContent(scratch.dir);
    expect(check.status, check.output).toBe(0);
    const build = scratch.astro('build');
    expect(build.status, build.output).toBe(0);

    const shown = new Map<string, GeneratedArticle>();
    const descriptions = new Map<string, string>();
    for (const file of readFileSync(scratch.path('dist/sitemap-0.xml'), 'utf8').match(/\/articles\/[^/<]+\//g) ?? []) {
      const html = parse(readFileSync(scratch.path('dist', file, 'index.html'), 'utf8'));
      const article = html.querySelector('article')!;
      descriptions.set(article.querySelector('.article-organisation')!.text.replace(/:$/, ''), html.querySelector('meta[name="description"]')!.getAttribute('content')!);
      shown.set(article.querySelector('.article-organisation')!.text.replace(/:$/, ''), {
        organisation: article.querySelector('.article-organisation')!.text.replace(/:$/, ''),
        headline: article.querySelector('h1')!.text,
        paragraphs: article.querySelectorAll('.article-body p').map((p) => p.text),
        captions: article.querySelectorAll('figcaption [data-search="caption"]').map((c) => c.text),
      });
    }
    const generated = pages.flat();
    expect(shown.size).toBe(generated.length);
    for (const a of generated) expect(shown.get(a.organisation)).toEqual({ ...a, captions: expectedCaptions(a) });
    // Descriptions (and so feeds and link previews) quote the printed text, not its Markdown.
    for (const a of generated) {
      const opening = a.paragraphs.join('').replace(/\s+/g, ' ').trim().slice(0, 80);
      expect(descriptions.get(a.organisation)).toBe(`${a.organisation}：${a.headline}。${opening}…`);
    }
  });
});
