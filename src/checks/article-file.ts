// Checks one article file as an editor wrote it — frontmatter syntax, schema, and the facts
// against the text — and points every fault at a line: "<file>:<line>: <field>: <what to do>".
import { LineCounter, parseDocument } from 'yaml';
import type { Initiative } from '../initiatives/vocabulary.ts';
import { SLUG_PATTERN } from '../lib/slug.ts';
import type { ArticleData, ArticleSchema } from '../schema/article.ts';
import { splitFrontmatter } from '../schema/frontmatter.ts';
import { fieldPath } from '../schema/messages.ts';
import { checkArticleText } from '../schema/text-checks.ts';

export interface Problem {
  file: string;
  line: number;
  field: string;
  message: string;
}

export const formatProblem = (p: Problem) => `${p.file}:${p.line}: ${p.field}: ${p.message}`;

export interface ArticleCheck {
  problems: Problem[];
  /** Parsed data when the schema accepted it. */
  data?: ArticleData;
}

/** figures[3].value → ['figures', 3, 'value'] */
const pathOf = (field: string): (string | number)[] =>
  [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));

export function checkArticleFile(file: string, raw: string, schema: ArticleSchema, vocabulary: readonly Initiative[]): ArticleCheck {
  const at = (line: number, field: string, message: string): Problem => ({ file, line, field, message });
  const slug = file.split('/').pop()!.replace(/\.md$/, '');
  const problems: Problem[] = [];
  if (!SLUG_PATTERN.test(slug)) problems.push(at(1, '文件名', `“${slug}”不能用作网址：请改为小写拼音加连字符，例如 taojiang.md`));

  const split = splitFrontmatter(raw);
  if (!split) return { problems: [...problems, at(1, 'frontmatter', '文件应以 --- 开头的 frontmatter 开始，并以 --- 结束')] };
  const { front, body } = split;
  const counter = new LineCounter();
  const doc = parseDocument(front, { lineCounter: counter });
  if (doc.errors.length) {
    return {
      problems: [
        ...problems,
        ...doc.errors.map((e) => at((e.linePos?.[0].line ?? 0) + 1, 'frontmatter', `YAML 格式错误：${e.message.split('\n')[0]}`)),
      ],
    };
  }
  const bodyLine = front.split('\n').length + 3;
  /** Line of a frontmatter field, or of its nearest parent that exists. */
  const lineOf = (path: (string | number)[]): number => {
    for (let n = path.length; n > 0; n--) {
      const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return counter.linePos(node.range[0]).line + 1;
    }
    return 2;
  };

  const result = schema.safeParse(doc.toJS());
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
      // An unknown key is pointed at where it is written.
      if (issue.code === 'unrecognized_keys' && issue.keys[0]) path.push(issue.keys[0]);
      problems.push(at(lineOf(path), fieldPath(issue.path), issue.message));
    }
    return { problems };
  }
  for (const p of checkArticleText(result.data, body, vocabulary)) {
    if (p.field !== 'body') {
      problems.push(at(lineOf(pathOf(p.field)), p.field, p.message));
      continue;
    }
    const offending = body.split('\n').findIndex((l) => /<\/?[a-z][^>]*>|!\[|\]\(\s*javascript:/i.test(l));
    problems.push(at(offending >= 0 ? bodyLine + offending : bodyLine, p.field, p.message));
  }
  return { problems, data: result.data };
}
