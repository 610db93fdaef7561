// Splits a Markdown file into its YAML frontmatter and body (undefined when there is none).
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

export function splitFrontmatter(raw: string): { front: string; body: string } | undefined {
  const match = FRONTMATTER.exec(raw);
  return match ? { front: match[1]!, body: match[2]! } : undefined;
}
