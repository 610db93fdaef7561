// An import decided without touching the disk: the plan, checked against the archive as it would
// be afterwards with the same validator as `npm run check`. The CLI prints and applies it; the
// tests run it on generated pages.
import { withChanges, type ContentFiles } from '../archive/files.ts';
import { formatProblem, sortProblems, type Problem } from '../archive/problems.ts';
import { validateArchive } from '../archive/validate.ts';
import { planImport, type ImportPlan } from './plan.ts';

export interface PreparedImport {
  plan: ImportPlan;
  /** Article files the import removes. */
  removals: string[];
  /** Why the import must not happen (nothing is written when there is any). */
  refusals: string[];
  /** Faults the import would leave for the editor to fix (per-file rules only). */
  created: Problem[];
}

export function prepareImport(files: ContentFiles, page: { bytes: Uint8Array; text: string; pageId: string }): PreparedImport {
  const before = validateArchive(files);
  const { divisions, vocabulary } = before.archive;
  const plan = planImport({ ...page, files, archive: before.archive, divisions, vocabulary });
  const removals = plan.removals.map((r) => r.article.file);
  const after = validateArchive(withChanges(files, plan.writes, new Set(removals)), divisions);
  const known = new Set(before.problems.map(formatProblem));
  const created = sortProblems(after.problems.filter((p) => !known.has(formatProblem(p))));
  // Cross-file faults (duplicates, redirects, lost URLs) the import would create stop it; after a
  // refusal of the plan itself they are only its consequences, so they are not repeated.
  const refusals = plan.refusals.length ? plan.refusals : created.filter((p) => p.rule).map(formatProblem);
  return { plan, removals, refusals, created: created.filter((p) => !p.rule) };
}
