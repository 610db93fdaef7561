// schema.org NewsArticle as JSON-LD. Dates are included only when printed: an inferred year is
// not a publication date.

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

type Place = { '@type': 'Place' | 'AdministrativeArea'; name: string; containedInPlace?: Place };

/** 临澧县 contained in 常德市 contained in 湖南省. */
function place(names: string[]): Place | undefined {
  return names.reduce<Place | undefined>(
    (parent, name) => ({ '@type': 'AdministrativeArea', name, ...(parent ? { containedInPlace: parent } : {}) }),
    undefined,
  );
}

export function newsArticleJsonLd(a: NewsArticleInput): Record<string, unknown> {
  const author = a.reporters?.length
    ? a.reporters.map((name) => ({ '@type': 'Person', name }))
    : a.organisation
      ? [{ '@type': 'Organization', name: a.organisation }]
      : undefined;
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
    ...(a.places.length ? { contentLocation: place(a.places) } : {}),
    ...(a.datePublished ? { datePublished: a.datePublished } : {}),
    ...(a.keywords.length ? { keywords: a.keywords.join(',') } : {}),
  };
}

/** JSON for a <script type="application/ld+json"> element: `<` escaped so text can never close the element. */
export const jsonForScript = (data: unknown) => JSON.stringify(data).replace(/</g, '\\u003c');
