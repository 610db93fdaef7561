// Citations in GB/T 7714-2015 form for a newspaper article ([N]), stating only what the source
// shows. An inferred year is written in square brackets, as the standard prescribes for an
// estimated publication year.

export interface CitationInput {
  /** Organisation or reporters, as printed. */
  authors: string[];
  title: string;
  publication: string;
  /** Printed date, YYYY-MM-DD, when the page shows one. */
  date?: string | undefined;
  /** Printed page number, when the page shows one. */
  pageNumber?: string | undefined;
  /** Year inferred from the text, used only when no date is printed. */
  inferredYear?: number | undefined;
}

/** GB/T 7714 lists up to three authors, then “等”. */
function authorList(authors: string[]): string {
  return authors.length > 3 ? `${authors.slice(0, 3).join(', ')}, 等` : authors.join(', ');
}

export function gbtCitation(c: CitationInput): string {
  const when = c.date ?? (c.inferredYear !== undefined ? `[${c.inferredYear}]` : '');
  const page = c.pageNumber ? `(${c.pageNumber})` : '';
  const where = [c.publication, when + page].filter(Boolean).join(', ');
  const who = authorList(c.authors);
  return `${who ? `${who}. ` : ''}${c.title}[N]. ${where}.`;
}
