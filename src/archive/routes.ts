// The pages a build of this content serves, computed from the content alone, so redirects can be
// checked without building. The build checks the same after it has written the files.
import { ARTICLE_FILES } from '../lib/article-files.ts';
import { pageYearKeys } from '../lib/page-years.ts';
import { listPagePaths } from '../lib/pagination.ts';
import { articleFilePath, articlePath, DATA, FILES, INDEX, initiativePath, pagePath, pageYearPath, regionPath, sourceTextPath } from '../lib/urls.ts';
import { buildRegionTree, flatten } from '../regions/tree.ts';
import type { Problem } from './problems.ts';
import type { Archive } from './validate.ts';
import { articlesByInitiative } from './vocabulary.ts';

/** Routes that exist whatever the content (the sitemap integration always writes the first sitemap). */
const FIXED = [...Object.values(INDEX), ...Object.values(DATA), FILES.feed, FILES.notFound, FILES.sitemap, FILES.firstSitemap, FILES.openSearch];

export function siteRoutes(archive: Archive): { live: Set<string>; problems: Problem[] } {
  const live = new Set<string>(FIXED);
  const problems: Problem[] = [];
  for (const a of archive.articles) {
    live.add(articlePath(a.slug));
    // and the files beside its page: data, text, citation exports
    for (const f of Object.values(ARTICLE_FILES)) live.add(articleFilePath(a.slug, f.ending));
  }
  const add = (paths: string[]) => paths.forEach((p) => live.add(p));
  // A list's later pages too (/initiatives/x/2/): live, though never recorded as permanent.
  for (const [id, articles] of articlesByInitiative(archive.vocabulary, archive.articles)) add(listPagePaths(initiativePath(id), articles.length));
  for (const p of archive.pages) {
    live.add(pagePath(p.id));
    live.add(sourceTextPath(p.id));
  }
  add(pageYearKeys(archive.pages).map(pageYearPath));
  try {
    const tree = buildRegionTree(archive.divisions.prefectures, archive.articles, (a) => a.data.region);
    for (const node of flatten(tree)) if (node.all.length) add(listPagePaths(regionPath(node.slugs), node.own.length));
  } catch (error) {
    // Two divisions whose names give the same URL segment (see buildRegionTree).
    problems.push({ file: archive.articles[0]?.file ?? 'content', line: 1, field: 'region', message: (error as Error).message });
  }
  return { live, problems };
}
