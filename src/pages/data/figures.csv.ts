// Every key figure of every article as CSV, one row per figure (columns: src/lib/dataset.ts).
import { datasetRoute } from '../../collections/exports.ts';
import { figuresCsv } from '../../lib/dataset.ts';

export const GET = datasetRoute('text/csv; charset=utf-8', figuresCsv);
