// Parses a YAML text (a file or a frontmatter block) and points any path back at its line, so
// every fault in a YAML file can be reported where it is written.
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import type { Problem } from './problems.ts';

export interface YamlFile {
  /** The parsed value; undefined when the text has syntax errors. */
  value: unknown;
  /** Syntax errors, each at its line. */
  problems: Problem[];
  /** Line of the node at `path`, or of its nearest parent that exists. */
  lineOf(path: readonly PropertyKey[]): number;
}

/** `firstLine`: where the text starts in its file; `field`: what a syntax error is reported as. */
export function parseYaml(file: string, text: string, { firstLine = 1, field = 'YAML' } = {}): YamlFile {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  const problems = doc.errors.map(
    (e): Problem => ({
      file,
      line: firstLine + (e.linePos?.[0].line ?? 1) - 1,
      field,
      message: `YAML 格式错误：${e.message.split('\n')[0]}（若文字以 * [ { & ! | > ' " % @ \` 开头或含“: ”，请整体加双引号）`,
    }),
  );
  const lineOf = (path: readonly PropertyKey[]): number => {
    const keys = path.filter((k): k is string | number => typeof k !== 'symbol');
    for (let n = keys.length; n > 0; n--) {
      const node = doc.getIn(keys.slice(0, n), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return firstLine + counter.linePos(node.range[0]).line - 1;
    }
    return firstLine;
  };
  if (problems.length) return { value: undefined, problems, lineOf };
  try {
    return { value: doc.toJS(), problems, lineOf };
  } catch (error) {
    // An alias (*name) without its anchor, or aliases expanding past the library's limit.
    const alias = /\*[^\s,\]}]+/.exec(text);
    const line = alias ? firstLine + text.slice(0, alias.index).split('\n').length - 1 : firstLine;
    const message = `YAML 格式错误：${(error as Error).message}（以 * 开头的文字在 YAML 里是引用：请整体加双引号）`;
    return { value: undefined, problems: [{ file, line, field, message }], lineOf };
  }
}

/** a.b[2].c from a zod issue path. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return (
    path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('') ||
    '(frontmatter)'
  );
}

/** Zod issues as problems at the lines of the fields they name (an unknown key at where it is written). */
export function issueProblems(file: string, yaml: YamlFile, issues: readonly z.core.$ZodIssue[]): Problem[] {
  return issues.map((issue) => {
    const path: PropertyKey[] = [...issue.path];
    if (issue.code === 'unrecognized_keys' && issue.keys[0]) path.push(issue.keys[0]);
    return { file, line: yaml.lineOf(path), field: fieldPath(issue.path), message: issue.message };
  });
}
