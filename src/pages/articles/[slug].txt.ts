// /articles/<slug>.txt: the article as text (src/collections/exports.ts).
import { articleFileRoute } from '../../collections/exports.ts';

export const { getStaticPaths, GET } = articleFileRoute('text');
