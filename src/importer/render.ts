// Writes a draft article as Markdown with frontmatter in the schema's shape. Suggestions the
// editor must confirm are marked with YAML comments.
import type { OrgRegion } from './region.ts';
import type { ParsedArticle } from './parse.ts';

export interface Draft {
  article: ParsedArticle;
  slug: string;
  region?: OrgRegion | { prefecture: string };
  /** True when the region was guessed from the text (news), not read from an organisation line. */
  regionSuggested: boolean;
  initiatives: string[];
  eventDate?: { month: number; day: number };
  page: string;
  order: number;
}

/** YAML double-quoted scalar; JSON string syntax is valid YAML. */
const q = (s: string) => JSON.stringify(s);

export function renderDraft(d: Draft): string {
  const a = d.article;
  const lines = ['---', `kind: ${a.kind}`, `headline: ${q(a.headline)}`];
  if (a.organisation) lines.push(`organisation: ${a.organisation}`);
  if (d.region) {
    lines.push(`region:${d.regionSuggested ? ' # 导入工具从正文推测，请确认' : ''}`);
    for (const [key, value] of Object.entries(d.region)) lines.push(`  ${key}: ${value}`);
  }
  if (a.byline?.length) {
    lines.push('byline:');
    for (const b of a.byline) lines.push(`  - role: ${q(b.role)}`, `    name: ${q(b.name)}`);
  }
  if (d.eventDate) lines.push('eventDate:', `  month: ${d.eventDate.month}`, `  day: ${d.eventDate.day}`);
  lines.push(`initiatives: [${d.initiatives.join(', ')}]${d.initiatives.length ? ' # 导入工具按词表建议，请确认' : ''}`);
  lines.push('source:', `  page: ${q(d.page)}`, `  order: ${d.order}`);
  if (a.captions.length) {
    lines.push('captions:');
    for (const c of a.captions) lines.push(`  - ${q(c)}`);
  }
  lines.push('---');
  return `${lines.join('\n')}\n${a.paragraphs.join('\n\n')}\n`;
}

export function renderPage(p: { publication: string; sourceFile: string; sourceSha256: string; continuedFrom?: string | undefined }): string {
  return [
    `publication: ${p.publication} # 请核对报纸名称`,
    `sourceFile: ${p.sourceFile}`,
    `sourceSha256: ${p.sourceSha256}`,
    ...(p.continuedFrom ? [`continuedFrom: ${q(p.continuedFrom)}`] : []),
    '# 原版印出日期或版次时，补上 date: YYYY-MM-DD 与 pageNumber: "NN"；推断的年份写在 inferredYear（value 与 reason）。',
    '',
  ].join('\n');
}
