// Schema of an article (content/articles/<slug>.md). A base shared by every kind, extended per
// kind with a literal `kind` discriminator. Lookup data is injected so tests use the same schema.
import { z } from 'astro/zod';
import { organisationMatchesRegion, type DivisionIndex, type RegionInput } from '../regions/divisions.ts';
import { CONTENT } from '../archive/paths.ts';
import { count, strictObject, text } from './fields.ts';

export interface SchemaDeps {
  divisions: DivisionIndex;
  initiativeIds: readonly string[];
  pageIds: readonly string[];
}

export const ARTICLE_KINDS = { 'county-report': '县级妇联报道', news: '新闻' } as const;

function regionField(deps: SchemaDeps, countyRequired: boolean) {
  const input = strictObject({
    /** Prefecture-level division, official full name (邵阳市, 湘西土家族苗族自治州). */
    prefecture: text('地级行政区 region.prefecture'),
    /** County-level division, official full name (武冈市, 衡阳县). */
    county: countyRequired ? text('县级行政区 region.county') : text('县级行政区 region.county').optional(),
    /** Township or subdistrict, only when the report is a township's (棋梓镇). */
    township: text('乡镇 region.township').optional(),
  });
  // Codes are looked up in the division data, never typed by hand.
  return input.transform((value: RegionInput, ctx) => {
    const result = deps.divisions.resolve(value);
    if (result.ok) return result.region;
    ctx.addIssue({ code: 'custom', path: [result.field], message: result.message, input: value });
    return z.NEVER;
  });
}

/** Page ids named in one message at most: an archive of many years has thousands. */
const NAMED_PAGES = 8;

/** What to tell an editor who gave an unknown page id: every id when there are few, else the closest. */
export function pageChoices(id: string, pageIds: readonly string[]): string {
  if (!pageIds.length) return `${CONTENT.pages}/ 中还没有版面`;
  if (pageIds.length <= NAMED_PAGES) return `可用的版面有 ${pageIds.join('、')}`;
  const sharedStart = (other: string) => {
    let n = 0;
    while (n < id.length && id[n] === other[n]) n++;
    return n;
  };
  const closest = [...pageIds].sort((a, b) => sharedStart(b) - sharedStart(a) || a.localeCompare(b)).slice(0, NAMED_PAGES);
  return `共有 ${pageIds.length} 个版面（见 ${CONTENT.pages}/），名称最接近的有 ${closest.join('、')}`;
}

function baseFields(deps: SchemaDeps) {
  // Looked up once per article: a list's includes() made validation grow with articles × pages.
  const pageIds = new Set(deps.pageIds);
  const initiativeIds = new Set(deps.initiativeIds);
  return {
    /** Headline as printed, separated from any body text it was run into. */
    headline: text('标题 headline'),
    /** Ids of the practices the article describes, from content/initiatives.yaml. */
    initiatives: z
      .array(
        z.string().refine((id) => initiativeIds.has(id), {
          error: (iss) => `未知举措 “${String(iss.input)}”：请使用 ${CONTENT.vocabulary} 中的 id，或先在那里新增该举措`,
        }),
      )
      .default([]),
    /** Key figures the text states; `${value}${unit}` must occur in the body. */
    figures: z
      .array(
        strictObject({
          /** The number as printed. */
          value: z.number({ error: '数值 value 应为数字（不加引号）' }).nonnegative(),
          /** Measure word right after the number: 名, 对, 个, 人. */
          unit: text('量词 unit'),
          /** What is counted, in the text's words: 妇联执委, 夫妇. */
          counts: text('计数对象 counts'),
        }),
      )
      .default([]),
    /** Photo captions printed with the article (the photos themselves are not in the source). */
    captions: z.array(text('图片说明 captions')).default([]),
    /** Where the article was printed. */
    source: strictObject({
      /** Id of the page in content/pages/. */
      page: z.string().refine((id) => pageIds.has(id), {
        error: (iss) => `未知版面 “${String(iss.input)}”：${pageChoices(String(iss.input), deps.pageIds)}`,
      }),
      /** Position on the page in print order, from 1. */
      order: count('版面顺序 source.order'),
    }),
  };
}

export function createArticleSchema(deps: SchemaDeps) {
  const base = baseFields(deps);
  const countyReport = strictObject({
    /** A report by a county or township women's federation. */
    kind: z.literal('county-report'),
    ...base,
    /** Organisation line as printed, without the colon: 益阳市桃江县妇联. */
    organisation: text('署名单位 organisation').refine((v) => v.endsWith('妇联'), '署名单位应以“妇联”结尾，按原文照录'),
    /** The division the federation belongs to. */
    region: regionField(deps, true),
  });
  const news = strictObject({
    /** A news story by the paper's reporters. */
    kind: z.literal('news'),
    ...base,
    /** Where the story takes place, when it names a division. */
    region: regionField(deps, false).optional(),
    /** Reporters as printed, each with the role printed before the name. */
    byline: z
      .array(
        strictObject({
          /** Role as printed before the name: 今日女报/凤网首席记者. */
          role: text('职务 byline.role'),
          /** Reporter's name: 李立. */
          name: text('姓名 byline.name'),
        }),
        {
          error: (iss) => (iss.input === undefined ? '缺少记者署名 byline：新闻稿按原文填写职务和姓名' : '署名 byline 应为列表'),
        },
      )
      .min(1, '新闻稿需要至少一位记者署名 byline'),
    /** Month and day of the event as stated in the text; the year is not printed. */
    eventDate: strictObject({
      /** Month, 1–12. */
      month: count('月 eventDate.month').max(12, '月份应为 1–12'),
      /** Day of the month, 1–31. */
      day: count('日 eventDate.day').max(31, '日期应为 1–31'),
    }).optional(),
  });
  return z
    .discriminatedUnion('kind', [countyReport, news], {
      error: (iss) => {
        const input: unknown = iss.input;
        const given = input !== null && typeof input === 'object' && 'kind' in input ? input.kind : input;
        return `文章类型 kind 应为 ${Object.keys(ARTICLE_KINDS).map((k) => `"${k}"`).join(' 或 ')}，实际是 ${JSON.stringify(given) ?? '（未填写）'}`;
      },
    })
    .superRefine((data, ctx) => {
      if (data.kind !== 'county-report') return;
      const region = { county: data.region.county?.name, township: data.region.township?.name, prefecture: data.region.prefecture.name };
      const missing = organisationMatchesRegion(data.organisation, region);
      if (missing) {
        ctx.addIssue({ code: 'custom', path: ['organisation'], message: `署名单位“${data.organisation}”与 region 不符：其中没有“${missing}”` });
      }
    });
}

export type ArticleSchema = ReturnType<typeof createArticleSchema>;
export type ArticleData = z.output<ArticleSchema>;
