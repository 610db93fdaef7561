// The files an import writes, always through the YAML library so any printed string round-trips.
// A new article gets a fresh file; an existing one is edited in place, so the editor's fields,
// comments and layout survive a re-import.
import { Document, parseDocument, type Node } from 'yaml';
import { printedBody } from '../archive/printed-text.ts';
import { parseYaml } from '../archive/yaml-file.ts';
import type { ParsedArticle } from './parse.ts';
import type { OrganisationRegion } from './region.ts';

export const SUGGESTED_INITIATIVES = ' 导入工具按词表建议，请确认';
const SUGGESTED_REGION = ' 导入工具从正文推测，请确认';
const YAML_OPTIONS = { lineWidth: 0, flowCollectionPadding: false } as const;

/**
 * YAML text for a document that the build reads back as written. Plain scalars keep files
 * readable; where the build's parser would read one as a date, number or tag, every new string
 * is double-quoted instead.
 */
function yamlText(doc: Document): string {
  const plain = doc.toString(YAML_OPTIONS);
  if (!parseYaml('draft', plain).problems.length) return plain;
  return doc.toString({ ...YAML_OPTIONS, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
}

export interface Draft {
  article: ParsedArticle;
  slug: string;
  region?: OrganisationRegion | { prefecture: string } | undefined;
  /** True when the region was guessed from the text (news), not read from an organisation line. */
  regionSuggested: boolean;
  initiatives: string[];
  eventDate?: { month: number; day: number } | undefined;
  page: string;
  order: number;
}

/** The printed parts of an article, as frontmatter fields (in file order). */
function printedFields(a: ParsedArticle): Record<string, unknown> {
  return {
    kind: a.kind,
    headline: a.headline,
    ...(a.organisation !== undefined ? { organisation: a.organisation } : {}),
    ...(a.byline?.length ? { byline: a.byline } : {}),
  };
}

/** Sets a field only when its value changes, so an unchanged field keeps the editor's layout; true if it changed. */
function update(doc: Document, path: string[], value: unknown): boolean {
  if (JSON.stringify(doc.getIn(path)) === JSON.stringify(value)) return false;
  doc.setIn(path, value);
  return true;
}

const file = (front: string, paragraphs: readonly string[]) => `---\n${front}---\n${printedBody(paragraphs)}`;

export function renderDraft(d: Draft): string {
  const doc = new Document({
    ...printedFields(d.article),
    ...(d.region ? { region: d.region } : {}),
    ...(d.eventDate ? { eventDate: d.eventDate } : {}),
    initiatives: d.initiatives,
    source: { page: d.page, order: d.order },
    ...(d.article.captions.length ? { captions: d.article.captions } : {}),
  });
  const initiatives = doc.get('initiatives', true) as Node & { flow?: boolean };
  initiatives.flow = true;
  if (d.initiatives.length) initiatives.comment = SUGGESTED_INITIATIVES;
  if (d.region && d.regionSuggested) (doc.get('region', true) as Node).commentBefore = SUGGESTED_REGION;
  return file(yamlText(doc), d.article.paragraphs);
}

/**
 * An existing article file with its printed parts and place on the page replaced by the
 * re-imported ones; every other field (initiatives, figures, region, eventDate) is kept as the
 * editor left it, unless `region` is given (the organisation line now names another place).
 */
export function mergeDraft(
  existing: { raw: string; front: string; paragraphs: readonly string[] },
  article: ParsedArticle,
  source: { page: string; order: number },
  region?: OrganisationRegion,
): string {
  const doc = parseDocument(existing.front);
  let changed = false;
  const set = (path: string[], value: unknown) => {
    if (value === undefined) changed = doc.deleteIn(path) || changed;
    else changed = update(doc, path, value) || changed;
  };
  const fields = printedFields(article);
  for (const key of ['kind', 'headline', 'organisation', 'byline'] as const) set([key], fields[key]);
  set(['captions'], article.captions.length ? article.captions : undefined);
  set(['source', 'page'], source.page);
  set(['source', 'order'], source.order);
  if (region) set(['region'], region);
  // Unchanged: the file stays byte for byte as the editor left it.
  if (!changed && JSON.stringify(existing.paragraphs) === JSON.stringify(article.paragraphs)) return existing.raw;
  return file(yamlText(doc), article.paragraphs);
}

export interface PageFields {
  publication: string;
  sourceFile: string;
  sourceSha256: string;
  continuedFrom?: string | undefined;
}

/** A page file: a new one, or the existing one with the source's hash and continuation updated (dates and inferences kept). */
export function renderPage(p: PageFields, existing?: string): string {
  const doc = existing === undefined ? new Document({ publication: p.publication, sourceFile: p.sourceFile }) : parseDocument(existing);
  if (existing === undefined) {
    (doc.get('publication', true) as Node).comment = ' 请核对报纸名称';
    doc.comment = ' 原版印出日期或版次时，补上 date: "YYYY-MM-DD" 与 pageNumber: "NN"；推断的年份写在 inferredYear（value 与 reason）。';
  }
  update(doc, ['sourceFile'], p.sourceFile);
  update(doc, ['sourceSha256'], p.sourceSha256);
  if (p.continuedFrom) update(doc, ['continuedFrom'], p.continuedFrom);
  else doc.delete('continuedFrom');
  return yamlText(doc);
}
