// /articles/<slug>.csl.json: the article as csl (src/collections/exports.ts).
import { articleFileRoute } from '../../collections/exports.ts';

export const { getStaticPaths, GET } = articleFileRoute('csl');
