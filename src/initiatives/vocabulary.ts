// The controlled vocabulary of initiatives (content/initiatives.yaml): every tag an article
// may carry. Parsed here once so the schema, the text checks and the pages agree.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { SLUG_PATTERN } from '../lib/slug.ts';
import { strictObject, text } from '../schema/fields.ts';
import { formatIssues } from '../schema/messages.ts';

export const VOCABULARY_FILE = 'content/initiatives.yaml';

const initiativeSchema = strictObject({
  /** Permanent ASCII id, also the URL slug: /initiatives/<id>/. */
  id: text('id').regex(SLUG_PATTERN, '必须是小写拼音和连字符，例如 wudao-gongzuofa'),
  /** Short Chinese name as readers know it. */
  name: text('名称 name'),
  /** Other wordings used in the reports; an article tagged with this initiative must contain the name or an alias. */
  aliases: z.array(text('别名 aliases')).default([]),
});

export type Initiative = z.infer<typeof initiativeSchema>;

/** Text without whitespace, so a word still matches across a line break. */
export const compact = (s: string) => s.replace(/\s+/g, '');

/** Whether a text names the initiative, by its name or an alias (whitespace ignored). */
export function mentions(entry: Initiative, text: string): boolean {
  const whole = compact(text);
  return [entry.name, ...entry.aliases].some((w) => whole.includes(compact(w)));
}

/** Parses the vocabulary text; throws one message naming the file, entry and field of every fault. */
export function parseVocabulary(text: string, file = VOCABULARY_FILE): Initiative[] {
  const result = z.array(initiativeSchema).safeParse(parse(text));
  if (!result.success) throw new Error(formatIssues(file, result.error.issues));
  const seen = new Set<string>();
  for (const [i, entry] of result.data.entries()) {
    if (seen.has(entry.id)) throw new Error(`${file}: [${i}].id: 重复的 id “${entry.id}”，每个举措的 id 必须唯一`);
    seen.add(entry.id);
  }
  return result.data;
}

let cached: Initiative[] | undefined;

export function loadVocabulary(): Initiative[] {
  cached ??= parseVocabulary(readFileSync(VOCABULARY_FILE, 'utf8'));
  return cached;
}
