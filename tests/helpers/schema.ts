// The article schema exactly as the build creates it (same divisions, vocabulary and pages).
import { readdirSync } from 'node:fs';
import { loadVocabulary } from '../../src/initiatives/vocabulary.ts';
import { hunanDivisions } from '../../src/regions/load.ts';
import { createArticleSchema } from '../../src/schema/article.ts';

export const vocabulary = loadVocabulary();
export const articleSchema = createArticleSchema({
  divisions: hunanDivisions(),
  initiativeIds: vocabulary.map((v) => v.id),
  pageIds: readdirSync('content/pages').map((f) => f.replace(/\.yaml$/, '')),
});
