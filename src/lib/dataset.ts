// The whole archive as data files (/data/): CSVs built from the same article records as the
// JSON, written by csv-stringify. UTF-8 with a BOM, so Excel opens the Chinese text correctly.
import { stringify } from 'csv-stringify/sync';
import type { ArticleRecord } from '../schema/record.ts';

type Row = (string | number)[];
/** A CSV file's first line (after the BOM): the same text csv-stringify writes for a whole file. */
const header = (columns: readonly string[]) => stringify([], { header: true, columns: [...columns], bom: true });
/** Rows as CSV lines: a file is its header and its records' lines, each record's apart (data-files.ts keeps them). */
const lines = (rows: readonly Row[]) => (rows.length ? stringify(rows as Row[]) : '');

/** One row per article, text included. */
export const ARTICLE_COLUMNS = [
  'slug', 'url', 'kind', 'organisation', 'headline', 'byline',
  'prefecture', 'prefecture_code', 'county', 'county_code', 'township', 'township_code',
  'initiatives', 'initiative_ids', 'captions',
  'publication', 'page', 'order', 'date', 'page_number', 'inferred_year', 'inferred_year_reason',
  'text',
] as const;

const articleRow = (r: ArticleRecord): Row => [
  r.slug, r.url, r.kind, r.organisation ?? '', r.headline, (r.byline ?? []).map((b) => `${b.role} ${b.name}`).join('；'),
  r.region?.prefecture.name ?? '', r.region?.prefecture.code ?? '', r.region?.county?.name ?? '', r.region?.county?.code ?? '',
  r.region?.township?.name ?? '', r.region?.township?.code ?? '',
  r.initiatives.map((i) => i.name).join('；'), r.initiatives.map((i) => i.id).join(';'), r.captions.join('\n'),
  r.source.publication, r.source.page, r.source.order, r.source.date ?? '', r.source.pageNumber ?? '',
  r.source.inferredYear?.value ?? '', r.source.inferredYear?.reason ?? '',
  r.paragraphs.join('\n'),
];

/** One row per key figure. `region_code` is the most specific division the article belongs to. */
export const FIGURE_COLUMNS = ['slug', 'url', 'region_code', 'prefecture', 'county', 'value', 'unit', 'counts'] as const;

const figureRows = (r: ArticleRecord): Row[] => {
  const place = r.region?.township ?? r.region?.county ?? r.region?.prefecture;
  return r.figures.map((f) => [r.slug, r.url, place?.code ?? '', r.region?.prefecture.name ?? '', r.region?.county?.name ?? '', f.value, f.unit, f.counts]);
};

/** A data CSV: its header, and each record's lines (none for an article without key figures). */
export interface CsvTable {
  header: string;
  linesOf(record: ArticleRecord): string;
}
export const ARTICLES_TABLE: CsvTable = { header: header(ARTICLE_COLUMNS), linesOf: (r) => lines([articleRow(r)]) };
export const FIGURES_TABLE: CsvTable = { header: header(FIGURE_COLUMNS), linesOf: (r) => lines(figureRows(r)) };
