// RSS feed of the newest articles (a feed is for following, not for the whole archive: the
// sitemap lists everything). No pubDate: the source prints no date, and an inferred year is not one.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { archiveData, articleAuthors } from '../collections/queries.ts';
import { SITE_NAME } from '../components/Head.astro';
import { loadVocabulary } from '../initiatives/vocabulary.ts';
import { articlePath } from '../lib/urls.ts';

/** Articles in the feed, newest first. */
const FEED_SIZE = 50;

export const GET: APIRoute = async ({ site }) => {
  const { articles } = await archiveData();
  const names = new Map(loadVocabulary().map((v) => [v.id, v.name]));
  return rss({
    title: SITE_NAME,
    description: '《今日女报》刊登的湖南各县市区妇联改革报道。',
    site: site!,
    customData: '<language>zh-cn</language>',
    items: articles.slice(-FEED_SIZE).reverse().map((a) => ({
      title: a.data.headline,
      link: articlePath(a.id),
      description: `${articleAuthors(a.data).join('、')}：${(a.body ?? '').replace(/\s+/g, '').slice(0, 120)}…`,
      categories: [a.data.region?.prefecture.name, a.data.region?.county?.name, ...a.data.initiatives.map((id) => names.get(id)!)].filter(
        (c): c is string => Boolean(c),
      ),
    })),
  });
};
