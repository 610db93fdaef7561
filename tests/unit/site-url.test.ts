// SITE_URL is the one deployment setting: the public address with its path.
import { describe, expect, it } from 'vitest';
import { parseSiteUrl, SiteUrlError } from '../../src/lib/site-url.ts';
import { withBase } from '../../src/lib/urls.ts';

describe('SITE_URL', () => {
  it.each([
    [undefined, 'http://localhost:4321', '/'],
    ['', 'http://localhost:4321', '/'],
    ['https://archive.example.org', 'https://archive.example.org', '/'],
    ['https://archive.example.org/', 'https://archive.example.org', '/'],
    ['https://user.github.io/archive/', 'https://user.github.io', '/archive/'],
    ['https://user.github.io/archive', 'https://user.github.io', '/archive/'],
    ['http://paper.example.cn:8080/zh/fulian-archive/', 'http://paper.example.cn:8080', '/zh/fulian-archive/'],
  ])('%s → site %s, base %s', (value, site, base) => {
    expect(parseSiteUrl(value)).toEqual({ site, base });
  });

  it.each([
    ['user.github.io/archive', '缺少 https://'],
    ['ftp://example.org/', 'ftp:'],
    ['https://user:secret@example.org/', '用户名或密码'],
    ['https://example.org/archive/?x=1', '? 或 #'],
    ['https://example.org/档案/', '路径只能含'],
    ['https://example.org/a b/', '路径只能含'],
  ])('refuses %s, naming SITE_URL and showing a correct example', (value, why) => {
    expect(() => parseSiteUrl(value)).toThrow(SiteUrlError);
    expect(() => parseSiteUrl(value)).toThrow(why);
    expect(() => parseSiteUrl(value)).toThrow(/SITE_URL=“.*”.*例如：SITE_URL=https:\/\/user\.github\.io\/archive\/ npm run build/);
  });
});

describe('links', () => {
  it('put the base path in front of a site path', () => {
    expect(withBase('/articles/linli/', '/')).toBe('/articles/linli/');
    expect(withBase('/articles/linli/', '/archive/')).toBe('/archive/articles/linli/');
    expect(withBase('/', '/archive/')).toBe('/archive/');
  });
});
