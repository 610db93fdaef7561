// Printed text ⇄ Markdown body. The archive shows every printed character exactly as
// printed, so a paragraph must reach the reader as plain text: no list, heading, emphasis,
// decoded entity or link that the parser read into it. Parsed exactly as the build parses.
import type { Nodes, Paragraph, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export interface BodyProblem {
  line: number;
  message: string;
}

const parser = unified().use(remarkParse).use(remarkGfm);
export const parseBody = (body: string) => parser.parse(body);

/**
 * remark-gfm finds www./http(s)://email literals with a regex over the *decoded* text, so a
 * backslash cannot stop them; an empty HTML comment splits the text node and shows nothing.
 */
export const LINK_BREAK = '<!---->';

const ASCII_PUNCT = /[!-/:-@[-`{-~]/g;
/** `&amp;`, `&#38;`, `&#x26;` … — only these shapes can be decoded, so a lone `&` stays readable. */
const REFERENCE = /&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{0,31});/;
const REFERENCE_AT_START = new RegExp(`^${REFERENCE.source}`);
/** What a line may start with to open a block: heading, quote, bullet, ordered item, rule. */
const LINE_START = [/^#{1,6}(?=[ \t]|$)/, /^>/, /^[-+*](?=[ \t]|$)/, /^[-*_](?:[ \t]*[-*_]){2,}[ \t]*$/];
const ORDERED = /^\d{1,9}(?=[.)](?:[ \t]|$))/;

/** Minimal escapes for text that is not at a line start (`]` is inert once every `[` is escaped). */
function escapeInline(text: string): string {
  return text.replace(/[\\*_`~[&]|<(?=[A-Za-z/!?])/g, (c, at: number) =>
    c === '&' && !REFERENCE_AT_START.test(text.slice(at)) ? c : `\\${c}`,
  );
}

function escapeMinimal(text: string, lineStart: boolean): string {
  const inline = escapeInline(text);
  if (!lineStart) return inline;
  const digits = ORDERED.exec(inline)?.[0];
  if (digits !== undefined) return `${digits}\\${inline.slice(digits.length)}`;
  const opens = LINE_START.some((re) => re.test(text));
  return opens && !inline.startsWith('\\') ? `\\${inline}` : inline;
}

const escapeAll = (text: string) => text.replace(ASCII_PUNCT, (c) => `\\${c}`);

/** Printed text of a node: what the reader would see, markup dropped. */
const plain = (node: Nodes): string =>
  node.type === 'text' || node.type === 'inlineCode' ? node.value : 'children' in node ? node.children.map(plain).join('') : '';

/** Where to cut `text` so that the first piece holds no autolink literal, if it has one. */
function autolinkCut(text: string, lineStart: boolean): number | undefined {
  const first = parseBody(escapeMinimal(text, lineStart)).children[0];
  if (first?.type !== 'paragraph') return undefined;
  let offset = 0;
  for (const child of first.children) {
    const shown = plain(child);
    if (child.type === 'link') {
      // Cutting before "@" leaves no email; cutting after the first character leaves no www/http.
      // (A literal micromark tokenised keeps our backslashes in its text, so find "@" in `text`.)
      return shown.includes('@') ? text.indexOf('@', offset) : offset + 1;
    }
    offset += shown.length;
  }
  return undefined;
}

function splitAutolinks(text: string, lineStart: boolean): string[] {
  const cut = autolinkCut(text, lineStart);
  return cut === undefined || cut <= 0 || cut >= text.length
    ? [text]
    : [...splitAutolinks(text.slice(0, cut), lineStart), ...splitAutolinks(text.slice(cut), false)];
}

/** Where GFM may start an autolink literal: after the first character of www./http(s)://mailto:/xmpp:, and before "@". */
const AUTOLINK_START = /(?:www\.|https?:\/\/|mailto:|xmpp:)/gi;

/** Cuts at every place a literal could start, in one pass: many addresses on a line cost one parse, not one each. */
function cutEverywhere(text: string): string[] {
  const cuts = new Set<number>();
  for (const m of text.matchAll(AUTOLINK_START)) cuts.add(m.index + 1);
  for (const m of text.matchAll(/@/g)) cuts.add(m.index);
  const sorted = [...cuts].filter((c) => c > 0 && c < text.length).sort((a, b) => a - b);
  return [0, ...sorted].map((from, i) => text.slice(from, sorted[i] ?? text.length));
}

const ESCAPED = new RegExp(`\\\\(${ASCII_PUNCT.source})|${LINK_BREAK}`, 'g');

/**
 * The printed text of one paragraph as written in a body, escapes and link breaks removed. Exact
 * for any body `npm run check` accepts (that is what it verifies), and cheap: no parse.
 */
export const unescapePrinted = (written: string) => written.replace(ESCAPED, (_, c?: string) => c ?? '');

const rendersAs = (markdown: string, text: string) => {
  const { paragraphs, problems } = readPrintedBody(markdown);
  return problems.length === 0 && paragraphs.length === 1 && paragraphs[0] === text;
};

/** Markdown for one printed paragraph (one trimmed line) that shows exactly `paragraph`. */
export function escapePrinted(paragraph: string): string {
  const minimalOf = (pieces: string[]) => pieces.map((p, i) => escapeMinimal(p, i === 0)).join(LINK_BREAK);
  // Usually nothing needs cutting; else cutting every possible literal at once usually suffices.
  for (const pieces of [[paragraph], cutEverywhere(paragraph)]) {
    const direct = minimalOf(pieces);
    if (rendersAs(direct, paragraph)) return direct;
  }
  const pieces = splitAutolinks(paragraph, true);
  const minimal = minimalOf(pieces);
  if (rendersAs(minimal, paragraph)) return minimal;
  // CommonMark lets any ASCII punctuation be escaped: unreadable, but nothing is left to interpret.
  const everything = pieces.map(escapeAll).join(LINK_BREAK);
  if (rendersAs(everything, paragraph)) return everything;
  throw new Error(`escapePrinted: cannot write ${JSON.stringify(paragraph)} as one literal paragraph`);
}

/** The article body: one line per printed paragraph, a blank line between them. */
export function printedBody(paragraphs: readonly string[]): string {
  return `${paragraphs.map(escapePrinted).join('\n\n')}\n`;
}

/** What each construct is called, and how its printed characters are written literally. */
const CONSTRUCTS: Partial<Record<Nodes['type'], [string, string]>> = {
  heading: ['标题', '在行首的 # 前加 \\（写成 \\#）；下一行是 === 或 --- 时，两行之间空一行'],
  list: ['列表', '在行首的 - + * 前加 \\，序号写成 1\\. 或 1\\)'],
  blockquote: ['引用', '在行首的 > 前加 \\'],
  code: ['代码块', '删去行首的缩进，并在 ``` 或 ~~~ 前加 \\'],
  thematicBreak: ['分隔线', '在第一个 - * _ 前加 \\'],
  table: ['表格', '在 | 前加 \\'],
  definition: ['链接定义（整行不会显示）', '在 [ 前加 \\'],
  footnoteDefinition: ['脚注', '在 [ 前加 \\'],
  footnoteReference: ['脚注引用', '在 [ 前加 \\'],
  emphasis: ['斜体', '在 * 或 _ 前加 \\'],
  strong: ['粗体', '在 * 或 _ 前加 \\'],
  delete: ['删除线', '在 ~ 前加 \\'],
  inlineCode: ['代码', '在 ` 前加 \\'],
  link: ['链接', '在 [ 或 < 前加 \\'],
  linkReference: ['链接', '在 [ 前加 \\'],
  break: ['换行', '删去行末的 \\ 或空格，一段原文写在一行'],
};

const clip = (s: string) => {
  const first = s.split('\n')[0]!;
  return first.length > 24 || first !== s ? `${first.slice(0, 24)}…` : first;
};

function describe(node: Nodes, source: string): string {
  const { start, end } = node.position ?? {};
  const written = clip(start?.offset !== undefined && end?.offset !== undefined ? source.slice(start.offset, end.offset) : plain(node));
  if (node.type === 'html') return `“${written}”是 HTML：不会按原样显示；如是原文，请在 < 前加 \\`;
  if (node.type === 'image' || node.type === 'imageReference') {
    return `“${written}”会被当作图片：原版正文只有文字，请删除；如是原文，请在 ! 后的 [ 前加 \\`;
  }
  if (node.type === 'link' && /^\s*javascript:/i.test(node.url)) {
    return `“${written}”是 javascript: 链接，会在读者的浏览器里运行：请删除；如是原文，请在 [ 前加 \\`;
  }
  if (node.type === 'link' && !/^[[<]/.test(written)) {
    return `“${written}”会被自动识别为链接，反斜杠挡不住：请在其中插入 ${LINK_BREAK}，如 w${LINK_BREAK}ww.example.cn、a${LINK_BREAK}@b.cn`;
  }
  const [what, fix] = CONSTRUCTS[node.type] ?? [node.type, '在引起它的标点前加 \\'];
  return `“${written}”会被当作${what}，不按原样显示：如是原文，请${fix}`;
}

/** Html, pictures and javascript: links are reported even when nested in another construct. */
function dangerous(node: Nodes): Nodes[] {
  const inner = 'children' in node ? node.children.flatMap(dangerous) : [];
  const bad = node.type === 'html' || node.type === 'image' || node.type === 'imageReference' || (node.type === 'link' && /^\s*javascript:/i.test(node.url));
  return bad ? [node, ...inner] : inner;
}

/** Character references the parser decodes, as “&amp;”会显示为“&”. */
function decodedReferences(written: string): string[] {
  const found = written.matchAll(new RegExp(`\\\\[\\s\\S]|${REFERENCE.source}`, 'g'));
  return [...found]
    .map(([ref]) => [ref, plain(parseBody(ref))] as const)
    .filter(([ref, shown]) => ref.startsWith('&') && shown !== ref)
    .map(([ref, shown]) => `“${ref}”会显示为“${shown}”`);
}

function checkParagraph(node: Paragraph, source: string, problems: BodyProblem[]): void {
  const line = node.position?.start.line ?? 1;
  const lastLine = node.position?.end.line ?? line;
  for (const child of node.children) {
    if (child.type === 'text' || (child.type === 'html' && child.value === LINK_BREAK)) continue;
    for (const n of [child, ...dangerous(child).filter((d) => d !== child)]) {
      problems.push({ line: n.position?.start.line ?? line, message: describe(n, source) });
    }
  }
  if (lastLine > line) {
    problems.push({ line, message: `这一段写成了 ${lastLine - line + 1} 行（第 ${line}–${lastLine} 行）：换行会在汉字之间显示成空格，原文的一段请写在一行，段与段之间空一行` });
    return;
  }
  const { start, end } = node.position ?? {};
  if (start?.offset === undefined || end?.offset === undefined) return;
  const written = source.slice(start.offset, end.offset);
  const unescaped = unescapePrinted(written);
  const onlyText = node.children.every((c) => c.type === 'text' || (c.type === 'html' && c.value === LINK_BREAK));
  if (onlyText && unescaped !== plain(node)) {
    const refs = decodedReferences(written);
    const message = refs.length
      ? `${refs.join('，')}：如原文印的就是这些字符，请把 & 写成 \\&`
      : `显示出来的是“${clip(plain(node))}”，与所写的“${clip(written)}”不同：请删去不可见的控制字符`;
    problems.push({ line, message });
  }
}

/** The fault reported for a body nested too deep to parse. */
export const TOO_DEEP = '正文的结构嵌套过深（大量行首的 > 或列表符号），无法按原样显示：请核对正文，行首的 > - * 前加 \\';

/** The printed text of each paragraph of an article body, and whatever would not show as written. */
export function readPrintedBody(body: string): { paragraphs: string[]; problems: BodyProblem[] } {
  try {
    return readParsedBody(body);
  } catch (error) {
    // Thousands of nested quotes or list markers overflow the parser's (or our) recursion.
    if (!(error instanceof RangeError)) throw error;
    return { paragraphs: [], problems: [{ line: 1, message: TOO_DEEP }] };
  }
}

function readParsedBody(body: string): { paragraphs: string[]; problems: BodyProblem[] } {
  const paragraphs: string[] = [];
  const problems: BodyProblem[] = [];
  for (const node of parseBody(body).children as RootContent[]) {
    if (node.type === 'paragraph') {
      paragraphs.push(plain(node));
      checkParagraph(node, body, problems);
      continue;
    }
    const line = node.position?.start.line ?? 1;
    for (const n of [node, ...dangerous(node).filter((d) => d !== node)]) {
      problems.push({ line: n.position?.start.line ?? line, message: describe(n, body) });
    }
  }
  return { paragraphs, problems };
}
