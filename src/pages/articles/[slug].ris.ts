// /articles/<slug>.ris: the article as ris (src/collections/exports.ts).
import { articleFileRoute } from '../../collections/exports.ts';

export const { getStaticPaths, GET } = articleFileRoute('ris');
