// The controlled vocabulary of initiatives (content/initiatives.yaml): every tag an article
// may carry. Parsed here once so the schema, the text checks and the pages agree.
import { z } from 'astro/zod';
import { SLUG_PATTERN } from '../lib/slug.ts';
import { strictObject, text } from '../schema/fields.ts';
import { CONTENT } from './paths.ts';
import type { Problem } from './problems.ts';
import { readYamlFile } from './yaml-file.ts';

const initiativeSchema = strictObject({
  /** Permanent ASCII id, also the URL slug: /initiatives/<id>/. */
  id: text('id').regex(SLUG_PATTERN, '必须是小写拼音和连字符，例如 wudao-gongzuofa'),
  /** Short Chinese name as readers know it. */
  name: text('名称 name'),
  /** Other wordings used in the reports; an article tagged with this initiative must contain the name or an alias. */
  aliases: z.array(text('别名 aliases')).default([]),
});

export type Initiative = z.infer<typeof initiativeSchema>;

/** Text that compact() made: typed apart, so a caller that checks several initiatives compacts it once. */
export type CompactText = string & { readonly compacted: unique symbol };

/** Text without whitespace, so a word still matches across a line break. */
export const compact = (s: string) => s.replace(/\s+/g, '') as CompactText;

/** Whether a text names the initiative, by its name or an alias (whitespace ignored). */
export function mentions(entry: Initiative, text: CompactText): boolean {
  return [entry.name, ...entry.aliases].some((w) => text.includes(compact(w)));
}

/**
 * Each initiative's articles, in the order given, in one pass: the pages list them and the route
 * check counts their list pages from the same grouping. An article listing an id twice is listed once.
 */
export function articlesByInitiative<T extends { data: { initiatives: readonly string[] } }>(vocabulary: readonly Initiative[], articles: readonly T[]): Map<string, T[]> {
  const groups = new Map(vocabulary.map((v) => [v.id, [] as T[]]));
  for (const a of articles) for (const id of new Set(a.data.initiatives)) groups.get(id)?.push(a);
  return groups;
}

/** Parses the vocabulary; every fault is a problem at its line. Faulty entries are left out. */
export function parseVocabulary(text: string, file: string = CONTENT.vocabulary): { vocabulary: Initiative[]; problems: Problem[] } {
  const { data, yaml, problems } = readYamlFile(file, text, z.array(initiativeSchema));
  if (!data) return { vocabulary: [], problems };
  const seen = new Set<string>();
  for (const [i, entry] of data.entries()) {
    if (seen.has(entry.id)) {
      problems.push({ file, line: yaml.lineOf([i, 'id']), field: `[${i}].id`, message: `重复的 id “${entry.id}”，每个举措的 id 必须唯一` });
    }
    seen.add(entry.id);
  }
  return { vocabulary: data, problems };
}
