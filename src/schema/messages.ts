// One format for every content fault: "<file>: <field>: <what is wrong and what to do>".
import type { z } from 'astro/zod';

/** a.b[2].c from a zod issue path. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return (
    path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('') ||
    '(frontmatter)'
  );
}

function formatProblems(file: string, problems: readonly { field: string; message: string }[]): string {
  return problems.map((p) => `${file}: ${p.field}: ${p.message}`).join('\n');
}

export function formatIssues(file: string, issues: readonly z.core.$ZodIssue[]): string {
  return formatProblems(
    file,
    issues.map((issue) => ({ field: fieldPath(issue.path), message: issue.message })),
  );
}
