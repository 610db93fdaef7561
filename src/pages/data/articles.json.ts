// All articles as one JSON array of article records (schema: /data/article.schema.json).
import { datasetRoute } from '../../collections/exports.ts';

export const GET = datasetRoute('application/json', (records) => `${JSON.stringify(records, null, 2)}\n`);
