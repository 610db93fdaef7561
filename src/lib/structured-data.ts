// schema.org NewsArticle as JSON-LD, typed with schema-dts so the type checker holds it to the
// schema.org vocabulary. Dates are included only when printed: an inferred year is not one.
import type { AdministrativeArea, NewsArticle, Organization, Person, WithContext } from 'schema-dts';

export interface NewsArticleInput {
  url: string;
  headline: string;
  description: string;
  /** Reporting organisation (reports) … */
  organisation?: string | undefined;
  /** … or reporters (news). */
  reporters?: string[] | undefined;
  publication: string;
  /** Region names from province down: 湖南省, 常德市, 临澧县. */
  places: string[];
  datePublished?: string | undefined;
  keywords: string[];
}

/** 临澧县 contained in 常德市 contained in 湖南省. */
function place(names: string[]): AdministrativeArea | undefined {
  return names.reduce<AdministrativeArea | undefined>(
    (parent, name) => ({ '@type': 'AdministrativeArea', name, ...(parent ? { containedInPlace: parent } : {}) }),
    undefined,
  );
}

export function newsArticleJsonLd(a: NewsArticleInput): WithContext<NewsArticle> {
  const author: (Person | Organization)[] | undefined = a.reporters?.length
    ? a.reporters.map((name): Person => ({ '@type': 'Person', name }))
    : a.organisation
      ? [{ '@type': 'Organization', name: a.organisation }]
      : undefined;
  const contentLocation = place(a.places);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.headline,
    description: a.description,
    url: a.url,
    mainEntityOfPage: a.url,
    inLanguage: 'zh-CN',
    ...(author ? { author } : {}),
    publisher: { '@type': 'Organization', name: a.publication },
    isPartOf: { '@type': 'Periodical', name: a.publication },
    ...(contentLocation ? { contentLocation } : {}),
    ...(a.datePublished ? { datePublished: a.datePublished } : {}),
    ...(a.keywords.length ? { keywords: a.keywords.join(',') } : {}),
  };
}

/** JSON for a <script type="application/ld+json"> element: `<` escaped so text can never close the element. */
export const jsonForScript = (data: unknown) => JSON.stringify(data).replace(/</g, '\\u003c');
