// Parses a YAML text (a file or a frontmatter block) as the build reads it, and points any path
// back at its line. Astro reads frontmatter and YAML files with js-yaml, which takes some plain
// values for dates, numbers or tags; the `yaml` library (YAML 1.2) gives the lines and the
// editor's view. Where the two read a value differently, that is a fault: the check then sees
// exactly what the build sees.
import { load as loadAsBuilt } from 'js-yaml';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import type { Problem } from './problems.ts';

export interface YamlFile {
  /** The value as the build reads it; undefined when the text has faults. */
  value: unknown;
  /** Syntax errors and ambiguous values, each at its line. */
  problems: Problem[];
  /** Line of the node at `path`, or of its nearest parent that exists. */
  lineOf(path: readonly PropertyKey[]): number;
}

const QUOTE_HINT = '（若文字以 * [ { & ! | > \' " % @ ` 开头、含“: ”或形如日期、数字，请整体加双引号）';

const json = (value: unknown) => {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined; // a self-referencing alias
  }
};

/** The first path at which two parsed values differ. */
function firstDifference(a: unknown, b: unknown, path: (string | number)[] = []): (string | number)[] {
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b) && !(a instanceof Date) && !(b instanceof Date)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const key of keys) {
      const k = Array.isArray(a) ? Number(key) : key;
      const [x, y] = [(a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]];
      if (json(x) !== json(y)) return firstDifference(x, y, [...path, k]);
    }
  }
  return path;
}

/** `firstLine`: where the text starts in its file; `field`: what a syntax error is reported as. */
export function parseYaml(file: string, text: string, { firstLine = 1, field = 'YAML' } = {}): YamlFile {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  const at = (line: number, message: string): Problem => ({ file, line, field, message });
  const lineOf = (path: readonly PropertyKey[]): number => {
    const keys = path.filter((k): k is string | number => typeof k !== 'symbol');
    for (let n = keys.length; n > 0; n--) {
      const node = doc.getIn(keys.slice(0, n), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return firstLine + counter.linePos(node.range[0]).line - 1;
    }
    return firstLine;
  };
  const faults = [...doc.errors, ...doc.warnings];
  if (faults.length) {
    const problems = faults.map((e) => at(firstLine + (e.linePos?.[0].line ?? 1) - 1, `YAML 格式错误：${e.message.split('\n')[0]}${QUOTE_HINT}`));
    return { value: undefined, problems, lineOf };
  }
  let ours: unknown;
  let built: unknown;
  try {
    ours = doc.toJS();
    built = loadAsBuilt(text);
  } catch (error) {
    // An alias (*name) without its anchor, aliases expanding past the limit, or a tag the build rejects.
    const mark = (error as { mark?: { line: number } }).mark;
    const alias = /\*[^\s,\]}]+/.exec(text);
    const line = mark ? firstLine + mark.line : alias ? firstLine + text.slice(0, alias.index).split('\n').length - 1 : firstLine;
    return { value: undefined, problems: [at(line, `YAML 格式错误：${(error as Error).message.split('\n')[0]}${QUOTE_HINT}`)], lineOf };
  }
  const [a, b] = [json(ours), json(built)];
  if (a === undefined || b === undefined || a !== b) {
    const path = firstDifference(ours, built);
    const value = path.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k], built);
    const shown = value === undefined ? '（没有这一项）' : (json(value) ?? '（循环引用）');
    const message = `构建时这里会被读成 ${shown}，与字面不同${QUOTE_HINT}`;
    return { value: undefined, problems: [at(lineOf(path), message)], lineOf };
  }
  return { value: built, problems: [], lineOf };
}

/** The value as the build reads it, for text that `parseYaml` has accepted; throws on a syntax error. */
export const yamlAsBuilt = (text: string): unknown => loadAsBuilt(text);

/**
 * A YAML file read against its schema: the parsed data, or the problems (syntax first, then the
 * schema's), each at its line. An empty file is an empty list.
 */
export function readYamlFile<T>(file: string, text: string, schema: z.ZodType<T>): { data?: T; yaml: YamlFile; problems: Problem[] } {
  const yaml = parseYaml(file, text);
  if (yaml.problems.length) return { yaml, problems: yaml.problems };
  const result = schema.safeParse(yaml.value ?? []);
  if (!result.success) return { yaml, problems: issueProblems(file, yaml, result.error.issues) };
  return { data: result.data, yaml, problems: [] };
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
