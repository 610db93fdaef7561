// Schema of a newspaper page (content/pages/<id>.yaml): facts about the page itself.
import { z } from 'astro/zod';
import { count, digits, strictObject, text } from './fields.ts';

export const pageSchema = strictObject({
  /** Newspaper title as printed, e.g. 今日女报. */
  publication: text('报纸名称 publication'),
  /** Path of the stored source text (the source of record), relative to the project root. */
  sourceFile: text('原文文件 sourceFile'),
  /** SHA-256 of the source file, so any change to the source of record is noticed. */
  sourceSha256: z.string().regex(/^[0-9a-f]{64}$/, '应为 64 位十六进制 SHA-256').optional(),
  /** Page number printed on the page; leave out when the source does not show it. */
  pageNumber: digits('版次 pageNumber', '"04"').optional(),
  /** Publication date printed on the page (YYYY-MM-DD); leave out when the source does not show it. */
  date: z.iso.date({ error: (iss) => (typeof iss.input === 'string' ? '日期格式为 "YYYY-MM-DD"' : '日期请加引号写成文字，例如 "2020-11-20"') }).optional(),
  /** Page this page continues from, from a marker such as “(上接 03 版)”. */
  continuedFrom: digits('上接版次 continuedFrom', '"03"').optional(),
  /** A year not printed but inferred from the text: always with the reason, always shown as inferred. */
  inferredYear: strictObject({
    /** The inferred year. */
    value: count('推断年份 inferredYear.value'),
    /** Why this year: which statements in the text support it. */
    reason: text('推断依据 inferredYear.reason'),
  }).optional(),
});

export type PageData = z.infer<typeof pageSchema>;
