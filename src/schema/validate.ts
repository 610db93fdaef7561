// Full validation of one article: frontmatter schema, then the checks against its text.
// The content loader runs the same two steps during the build.
import type { Initiative } from '../initiatives/vocabulary.ts';
import type { ArticleSchema } from './article.ts';
import { formatIssues, formatProblems } from './messages.ts';
import { checkArticleText } from './text-checks.ts';

/** Messages "<file>: <field>: <what to do>", empty when the article is valid. */
export function validateArticle(
  file: string,
  data: unknown,
  body: string,
  schema: ArticleSchema,
  vocabulary: readonly Initiative[],
): string[] {
  const result = schema.safeParse(data);
  if (!result.success) return formatIssues(file, result.error.issues).split('\n');
  return formatProblems(file, checkArticleText(result.data, body, vocabulary)).split('\n').filter(Boolean);
}
