// All articles as CSV, one row per article, text included (columns: src/lib/dataset.ts).
import { datasetRoute } from '../../collections/exports.ts';
import { articlesCsv } from '../../lib/dataset.ts';

export const GET = datasetRoute('text/csv; charset=utf-8', articlesCsv);
