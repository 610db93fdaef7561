// Citation.js ships no types; these are the calls the archive makes (src/lib/citation-export.ts).
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    data: Record<string, unknown>[];
    format(format: string, options?: { format?: 'text' | 'html' | 'string'; spec?: 'new' | 'old' | 'mixed' }): unknown;
  }
  export const plugins: { config: { get(name: string): unknown } };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
