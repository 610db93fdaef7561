// One article file as an editor wrote it: file name, frontmatter syntax, schema, the body as
// printed text, and the stated facts against that text. Every fault points at a line.
import type { ArticleData, ArticleSchema } from '../schema/article.ts';
import { SLUG_PATTERN } from '../lib/slug.ts';
import { NO_MEMO, type ParseMemo } from './parse-cache.ts';
import { readPrintedBody } from './printed-text.ts';
import type { Problem } from './problems.ts';
import { checkArticleText, MAX_BODY_CHARS } from './text-checks.ts';
import type { Initiative } from './vocabulary.ts';
import { issueProblems, parseYaml } from './yaml-file.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)([\s\S]*)$/;

/** Splits a Markdown file into its YAML frontmatter and body (undefined when there is none). */
export function splitFrontmatter(raw: string): { front: string; body: string } | undefined {
  const match = FRONTMATTER.exec(raw);
  return match ? { front: match[1]!, body: match[2]! } : undefined;
}

export interface ArticleCheck {
  problems: Problem[];
  /** Parsed data when the schema accepted it. */
  data?: ArticleData;
  /** The printed paragraphs of the body (escapes removed), when the file has frontmatter. */
  paragraphs?: string[];
}

export function checkArticleFile(file: string, raw: string, schema: ArticleSchema, vocabulary: readonly Initiative[], memo: ParseMemo = NO_MEMO): ArticleCheck {
  const at = (line: number, field: string, message: string): Problem => ({ file, line, field, message });
  const slug = file.split('/').pop()!.replace(/\.md$/, '');
  const problems: Problem[] = [];
  if (!SLUG_PATTERN.test(slug)) problems.push(at(1, '文件名', `“${slug}”不能用作网址：请改为小写拼音加连字符，例如 taojiang.md`));

  const split = splitFrontmatter(raw);
  if (!split) return { problems: [...problems, at(1, 'frontmatter', '文件应以 --- 开头的 frontmatter 开始，并以 --- 结束')] };
  const { front, body } = split;
  const yaml = memo.yaml(front, () => parseYaml(file, front, { firstLine: 2, field: 'frontmatter' }));
  const bodyLine = front.split('\n').length + 3;
  const printed = memo.body(body, () => readPrintedBody(body));
  const paragraphs = printed.paragraphs;
  if (yaml.problems.length) return { problems: [...problems, ...yaml.problems], paragraphs };

  const result = schema.safeParse(yaml.value);
  if (!result.success) return { problems: [...problems, ...issueProblems(file, yaml, result.error.issues)], paragraphs };

  problems.push(...printed.problems.map((p) => at(bodyLine + p.line - 1, 'body', p.message)));
  const length = paragraphs.join('').length;
  if (length > MAX_BODY_CHARS) {
    problems.push(at(bodyLine, 'body', `正文有 ${length} 字，远超一篇报道（上限 ${MAX_BODY_CHARS} 字）：请核对是否把整版或多篇文章粘在了一篇里`));
  }
  for (const p of checkArticleText(result.data, paragraphs, vocabulary)) {
    problems.push(at(p.path.length ? yaml.lineOf(p.path) : bodyLine, p.field, p.message));
  }
  return { problems, data: result.data, paragraphs };
}
