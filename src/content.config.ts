// Collections: newspaper pages (facts about each printed page) and articles (one per report).
// Their schemas are built from the same inputs as `npm run check` (src/archive/).
import { defineCollection } from 'astro:content';
import { articlesLoader, pagesLoader } from './archive/loader.ts';
import { articleSchemaFor, projectSchemaInputs } from './archive/validate.ts';
import { pageSchema } from './schema/page.ts';

const inputs = projectSchemaInputs();
const articleSchema = articleSchemaFor(inputs);

export const collections = {
  pages: defineCollection({ loader: pagesLoader(), schema: pageSchema }),
  articles: defineCollection({ loader: articlesLoader(articleSchema, inputs.vocabulary), schema: articleSchema }),
};
