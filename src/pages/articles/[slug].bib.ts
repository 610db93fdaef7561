// /articles/<slug>.bib: the article as bibtex (src/collections/exports.ts).
import { articleFileRoute } from '../../collections/exports.ts';

export const { getStaticPaths, GET } = articleFileRoute('bibtex');
