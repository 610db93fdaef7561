// Schema of an article as the archive publishes it as data (/articles/<slug>.json and
// /data/articles.json). /data/article.schema.json is generated from it (zod's toJSONSchema), so
// the published JSON Schema and the records cannot drift apart; a test validates with ajv.
import { z } from 'astro/zod';

const division = z.object({
  /** Official name: 常德市. */
  name: z.string().describe('官方名称'),
  /** GB/T 2260 six-digit code (townships: nine-digit statistical code). */
  code: z.string().regex(/^\d{6}(\d{3})?$/).describe('区划代码（GB/T 2260 六位；乡镇为九位统计代码）'),
});

export const articleRecordSchema = z
  .object({
    /** Permanent slug, the last part of the article's URL. */
    slug: z.string().describe('永久网址中的文章标识'),
    /** Permanent URL of the article page. */
    url: z.url().describe('文章页面的永久网址'),
    /** county-report: a county or township federation's report; news: a news story. */
    kind: z.enum(['county-report', 'news']).describe('类型：county-report 县级妇联报道，news 新闻'),
    /** Organisation line as printed (reports only). */
    organisation: z.string().optional().describe('署名单位，照录原版（仅县级妇联报道）'),
    /** Headline as printed. */
    headline: z.string().describe('标题，照录原版'),
    /** Reporters as printed, each with the role printed before the name (news only). */
    byline: z.array(z.object({ role: z.string(), name: z.string() })).optional().describe('记者署名（仅新闻）'),
    /** The divisions the article belongs to, from province down; null when it names none. */
    region: z
      .object({ province: division, prefecture: division, county: division.optional(), township: division.optional() })
      .nullable()
      .describe('所属行政区划，自省级向下'),
    /** Initiatives the article describes, from the archive's vocabulary. */
    initiatives: z.array(z.object({ id: z.string(), name: z.string() })).describe('文中所述举措（本站词表）'),
    /** Key figures the text states: `${value}${unit}` occurs in the body. */
    figures: z.array(z.object({ value: z.number(), unit: z.string(), counts: z.string() })).describe('文中的关键数字'),
    /** Photo captions printed with the article (the photos are not in the source). */
    captions: z.array(z.string()).describe('图片说明，照录原版'),
    /** Month and day of the event as the text states them; the year is not printed. */
    eventDate: z.object({ month: z.number().int(), day: z.number().int() }).optional().describe('文中写明的事件月日（新闻）'),
    /** Where it was printed. */
    source: z
      .object({
        publication: z.string().describe('报纸名称'),
        page: z.string().describe('版面标识'),
        pageUrl: z.url().describe('版面目录页'),
        sourceText: z.url().describe('版面原文文本（存档底本）'),
        order: z.number().int().positive().describe('在本版中的刊登顺序'),
        date: z.string().nullable().describe('原版印出的出版日期；未印则为 null，不作推断'),
        pageNumber: z.string().nullable().describe('原版印出的版次；未印则为 null'),
        continuedFrom: z.string().optional().describe('本版上接的版次'),
        inferredYear: z
          .object({ value: z.number().int(), reason: z.string() })
          .nullable()
          .describe('推断的出版年及依据（不是印出的日期）'),
      })
      .describe('出处'),
    /** The body as printed, one string per paragraph. */
    paragraphs: z.array(z.string()).describe('正文，照录原版，每段一项'),
  })
  .strict()
  .describe('今日女报县级妇联改革报道档案：一篇文章');

export type ArticleRecord = z.infer<typeof articleRecordSchema>;

/** The JSON Schema published at /data/article.schema.json. */
export const articleRecordJsonSchema = () => z.toJSONSchema(articleRecordSchema, { target: 'draft-2020-12' });
