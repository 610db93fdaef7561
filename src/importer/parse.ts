// Splits the text of one newspaper page (the source's format) into articles. Pure: no files,
// no division data; it reports what it repaired so the editor can check it.

export interface ParsedArticle {
  kind: 'county-report' | 'news';
  /** Line of the organisation line (reports) or headline (news). */
  line: number;
  organisation?: string;
  headline: string;
  byline?: { role: string; name: string }[];
  paragraphs: string[];
  captions: string[];
  /** What was repaired, for the editor to check. */
  notes: string[];
}

export interface ParsedPage {
  /** Page this page continues from, as printed ("03" in “(上接 03 版)”). */
  continuedFrom?: string;
  articles: ParsedArticle[];
}

export class ImportError extends Error {
  readonly line: number;
  constructor(line: number, message: string) {
    super(`第 ${line} 行：${message}`);
    this.line = line;
  }
}

interface Para {
  text: string;
  line: number;
  blanksBefore: number;
  /** A photo credit (通讯员 张三 摄): kept with the captions, never in the body. */
  credit?: boolean;
}

const MARKER = /^[(（]\s*上接\s*(\d+)\s*版\s*[)）]$/;
const ORGANISATION_LINE = /^(\S{2,40}?妇联)\s*[:：]$/;
const BYLINE = /记者|通讯员/;
/** A paragraph ending like this is complete; anything else was cut by a column break. */
const COMPLETE = /[。！？!?…」』]$|[。！？!?]”$/;
const HEADLINE_MAX = 40;
const CAPTION_MAX = 80;

/**
 * A photo credit: 通讯员 张三 摄, 记者 李立、王芳 摄, 张三/摄, 通讯员 张三 供图, 图/通讯员 张三, in
 * brackets or not. Short, without sentence punctuation; 摄 must follow a space, a slash or a
 * reporter's role, so a headline ending in 拍摄 is not one.
 */
export function isCreditLine(text: string): boolean {
  const t = text.trim().replace(/^[(（]\s*(.*?)\s*[)）]$/u, '$1');
  if (!t || t.length > 30 || /[。，,！？!?；;“”"]/u.test(t)) return false;
  if (/^(?:图片?|摄影)\s*[/／:：]\s*\S/u.test(t) || /供图$/u.test(t)) return true;
  return /[\s/／]摄影?$/u.test(t) || (/摄影?$/u.test(t) && /^\S*?(?:记者|通讯员)/u.test(t));
}

function paragraphs(text: string): Para[] {
  const out: Para[] = [];
  let blanks = 0;
  // CRLF, LF and old Mac CR-only files alike.
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const t = raw.trim();
    if (!t) {
      blanks++;
      return;
    }
    out.push({ text: t, line: i + 1, blanksBefore: blanks });
    blanks = 0;
  });
  return out;
}

/** 今日女报/凤网首席记者 李立 见习记者 朱泓江 → role/name pairs. */
export function parseByline(text: string): { role: string; name: string }[] {
  const pairs: { role: string; name: string }[] = [];
  let role: string | undefined;
  for (const token of text.split(/\s+/)) {
    if (BYLINE.test(token)) role = token;
    else if (role) pairs.push({ role, name: token });
  }
  return pairs;
}

/**
 * The headline line may carry the start of the body (run in by layout). It is cut where the
 * federation names itself again (棋梓镇妇联始终坚持…), a name the caller supplies.
 */
export function splitRunIn(line: string, names: readonly string[]): [string, string] | undefined {
  if (line.length <= HEADLINE_MAX && !line.includes('。')) return undefined;
  const cuts = names.map((n) => line.indexOf(n, 4)).filter((i) => i > 0);
  if (!cuts.length) return undefined;
  const at = Math.min(...cuts);
  return [line.slice(0, at), line.slice(at)];
}

/**
 * `placeNames(organisation)` gives the names a report's federation may repeat at the start of
 * its body; it lets the parser cut a headline that was run into the body.
 */
export function parsePage(text: string, placeNames: (organisation: string) => string[] = () => []): ParsedPage {
  const paras = paragraphs(text);
  const page: ParsedPage = { articles: [] };
  let current: ParsedArticle | undefined;
  /** Body paragraphs with their lines, before column breaks are rejoined. */
  let body: Para[] = [];

  const finish = () => {
    if (!current) return;
    const captions: Para[] = [];
    const credits: Para[] = [];
    const flow = takeCredits(body, captions, credits);
    // A short paragraph set apart by extra blank lines after the body is a photo caption.
    while (flow.length > 1 && flow.at(-1)!.blanksBefore >= 2 && flow.at(-1)!.text.length <= CAPTION_MAX) captions.push(flow.pop()!);
    // Document order, each credit right after its caption; unattached credits last.
    for (const c of captions.sort((a, b) => a.line - b.line).concat(credits)) {
      current.captions.push(c.text);
      current.notes.push(`第 ${c.line} 行识别为${c.credit ? '图片署名，归入图片说明' : '图片说明'}`);
    }
    for (const p of flow) {
      const last = current.paragraphs.length - 1;
      if (last >= 0 && !COMPLETE.test(current.paragraphs[last]!)) {
        current.paragraphs[last] += p.text;
        current.notes.push(`第 ${p.line} 行与上一段合并（分栏断行）`);
      } else current.paragraphs.push(p.text);
    }
    page.articles.push(current);
    body = [];
  };

  const startsNews = (i: number) => {
    const [p, next] = [paras[i]!, paras[i + 1]];
    return Boolean(
      next &&
        BYLINE.test(next.text) &&
        !isCreditLine(next.text) &&
        next.text.length <= 60 &&
        p.text.length <= HEADLINE_MAX &&
        !/[。，,]/.test(p.text) &&
        !isCreditLine(p.text),
    );
  };
  if (!paras.some((p, i) => ORGANISATION_LINE.test(p.text) || startsNews(i))) {
    throw new ImportError(1, '没有找到署名单位行（形如“益阳市桃江县妇联:”）或带记者署名的新闻标题，无法拆分文章');
  }

  for (let i = 0; i < paras.length; i++) {
    const p = paras[i]!;
    const marker = MARKER.exec(p.text);
    if (marker) {
      page.continuedFrom = marker[1];
      continue;
    }
    const organisation = ORGANISATION_LINE.exec(p.text)?.[1];
    const next = paras[i + 1];
    if (organisation) {
      finish();
      if (!next) throw new ImportError(p.line, `署名单位“${organisation}”之后没有标题和正文`);
      current = { kind: 'county-report', line: p.line, organisation, headline: next.text, paragraphs: [], captions: [], notes: [] };
      const split = splitRunIn(next.text, placeNames(organisation));
      if (split) {
        current.headline = split[0];
        body.push({ text: split[1], line: next.line, blanksBefore: 1 });
        current.notes.push(`第 ${next.line} 行的标题与正文粘连，已在“${split[1].slice(0, 6)}”前拆开`);
      } else if (next.text.length > HEADLINE_MAX) {
        current.notes.push(`第 ${next.line} 行作为标题偏长（${next.text.length} 字），可能与正文粘连，请核对`);
      }
      i++;
      continue;
    }
    // A short line followed by a reporters' byline starts a news story.
    if (next && startsNews(i)) {
      finish();
      current = { kind: 'news', line: p.line, headline: p.text, byline: parseByline(next.text), paragraphs: [], captions: [], notes: [] };
      i++;
      continue;
    }
    if (!current) throw new ImportError(p.line, `这段文字在第一个署名单位（如“益阳市桃江县妇联:”）之前，无法归入任何文章：“${p.text.slice(0, 20)}”`);
    body.push(isCreditLine(p.text) ? { ...p, credit: true } : p);
  }
  finish();
  return page;
}

/**
 * Splits credit lines out of a body. A credit directly after a short paragraph makes that
 * paragraph its caption (both go to `captions`, unless it is the body's only paragraph); a
 * credit after another attached credit stays with it; any other credit goes to `credits`.
 * Returns the remaining body paragraphs.
 */
function takeCredits(body: Para[], captions: Para[], credits: Para[]): Para[] {
  const flow: Para[] = [];
  let paragraphsLeft = body.filter((p) => !p.credit).length;
  body.forEach((p, i) => {
    const before = body[i - 1];
    if (!p.credit) flow.push(p);
    else if (before?.credit && captions.includes(before)) captions.push(p);
    else if (before && !before.credit && before.text.length <= CAPTION_MAX && paragraphsLeft > 1) {
      captions.push(flow.pop()!, p);
      paragraphsLeft--;
    } else credits.push(p);
  });
  return flow;
}
