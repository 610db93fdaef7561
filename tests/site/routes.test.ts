// The validator knows the site's routes without building (redirects and published URLs are
// checked against them): they must be exactly the pages and files the build writes.
import { describe, expect, it } from 'vitest';
import { siteRoutes } from '../../src/archive/routes.ts';
import { validateProject } from '../../src/archive/validate.ts';
import { assertBuilt, distFiles } from '../../tools/dist.ts';

assertBuilt();

describe('routes known without a build', () => {
  const { live } = siteRoutes(validateProject('.').archive);
  const built = distFiles()
    .filter((f) => !/^\/(pagefind|_astro)\//.test(f) && !['/_headers', '/favicon.svg'].includes(f))
    .map((f) => f.replace(/index\.html$/, ''));

  it('are all built', () => {
    expect([...live].filter((path) => !built.includes(path))).toEqual([]);
  });

  it('include everything the build writes', () => {
    expect(built.filter((path) => !live.has(path))).toEqual([]);
  });
});
