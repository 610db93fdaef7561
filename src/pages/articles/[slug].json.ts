// /articles/<slug>.json: the article as json (src/collections/exports.ts).
import { articleFileRoute } from '../../collections/exports.ts';

export const { getStaticPaths, GET } = articleFileRoute('json');
