// RSS feed of the newest articles (a feed is for following, not for the whole archive: the
// sitemap lists everything). No pubDate: the source prints no date, and an inferred year is not one.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { archiveData, metaOf } from '../collections/queries.ts';
import { SITE_NAME } from '../components/Head.astro';
import { articlePath, withBase } from '../lib/urls.ts';

/** Articles in the feed, newest first. */
const FEED_SIZE = 50;

export const GET: APIRoute = async ({ site }) => {
  const { articles, initiativeById } = await archiveData();
  return rss({
    title: SITE_NAME,
    description: '《今日女报》刊登的湖南各县市区妇联改革报道。',
    // The channel's link is the site's home, base path included.
    site: new URL(withBase('/'), site).href,
    customData: '<language>zh-cn</language>',
    items: await Promise.all(articles.slice(-FEED_SIZE).reverse().map(async (a) => ({
      title: a.data.headline,
      link: withBase(articlePath(a.id)),
      description: (await metaOf(a, site)).description,
      categories: [a.data.region?.prefecture.name, a.data.region?.county?.name, ...a.data.initiatives.map((id) => initiativeById.get(id)!.name)].filter(
        (c): c is string => Boolean(c),
      ),
    }))),
  });
};
