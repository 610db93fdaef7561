// Collections: newspaper pages (facts about each printed page) and articles (one per report).
import { readdirSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { loadVocabulary } from './initiatives/vocabulary.ts';
import { hunanDivisions } from './regions/load.ts';
import { createArticleSchema } from './schema/article.ts';
import { articleLoader } from './schema/loader.ts';
import { pageSchema } from './schema/page.ts';

const PAGES_DIR = 'content/pages';
const vocabulary = loadVocabulary();

const pages = defineCollection({
  loader: glob({ pattern: '*.yaml', base: PAGES_DIR, generateId: ({ entry }) => entry.replace(/\.yaml$/, '') }),
  schema: pageSchema,
});

const articleSchema = createArticleSchema({
  divisions: hunanDivisions(),
  initiativeIds: vocabulary.map((v) => v.id),
  pageIds: readdirSync(PAGES_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.replace(/\.yaml$/, '')),
});

const articles = defineCollection({
  loader: articleLoader(articleSchema, vocabulary),
  schema: articleSchema,
});

export const collections = { pages, articles };
