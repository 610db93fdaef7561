// Content faults travel as data and are formatted once, here: "<file>:<line>: <field>: <message>".

export interface Problem {
  /** Path relative to the project root. */
  file: string;
  /** 1-based line the fault is written on (1 when it belongs to the whole file). */
  line: number;
  /** The field or part at fault: region.county, figures[3], body, 文件名. */
  field: string;
  /** What is wrong and what to do, in Chinese. */
  message: string;
  /** Set by rules that compare files (duplicates, redirects, published URLs); absent for one file's own faults. */
  rule?: ArchiveRule;
}

/** Rules that look across files; the importer refuses to create a fault of any of these. */
export type ArchiveRule = 'duplicate-page' | 'duplicate-body' | 'print-order' | 'slug-case' | 'redirect' | 'published-url';

export const formatProblem = (p: Problem) => `${p.file}:${p.line}: ${p.field}: ${p.message}`;

/** Sorted by file, then line, so output is stable and reads top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field));
}

export function formatProblems(problems: readonly Problem[]): string {
  return sortProblems(problems).map(formatProblem).join('\n');
}

/** Thrown by the build when content is faulty; the message is the problem list. */
export class ContentError extends Error {
  override name = 'ContentError';
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(`${formatProblems(problems)}\n内容检查发现 ${problems.length} 个问题，请按提示修改（npm run check 可不构建而检查）。`);
    this.problems = problems;
    // The message says everything an editor needs; a stack trace would only bury it.
    this.stack = '';
  }
}

/** A fault of the machine while the build writes the site (a full disk, a folder in the way): its message alone. */
export class OutputError extends Error {
  override name = 'OutputError';
  constructor(message: string) {
    super(message);
    this.stack = '';
  }
}
