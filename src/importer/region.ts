// Finds the official divisions an organisation line names (邵阳武冈市妇联 → 邵阳市 › 武冈市),
// preferring full official names over short forms.
import type { Division, DivisionIndex } from '../regions/divisions.ts';
import { shortName } from '../regions/names.ts';

export interface OrgRegion {
  prefecture: string;
  county: string;
  township?: string;
}

export type OrgRegionResult = { ok: true; region: OrgRegion } | { ok: false; message: string };

export function regionFromOrganisation(org: string, divisions: DivisionIndex): OrgRegionResult {
  const counties = divisions.prefectures.flatMap((p) =>
    divisions.countiesOf(p.code).filter((c) => c.name !== '市辖区').map((c) => ({ county: c, prefecture: p })),
  );
  const named = (d: Division, full: boolean) => org.includes(full ? d.name : shortName(d.name));
  let found = counties.filter((c) => named(c.county, true));
  if (!found.length) found = counties.filter((c) => shortName(c.county.name).length >= 2 && named(c.county, false));
  // 邵阳市 names both the city and 邵阳县: a county whose prefecture is also named wins.
  if (found.length > 1) {
    const withPrefecture = found.filter((c) => org.includes(shortName(c.prefecture.name)));
    if (withPrefecture.length) found = withPrefecture;
    const longest = Math.max(...found.map((c) => c.county.name.length));
    found = found.filter((c) => c.county.name.length === longest);
  }
  if (found.length !== 1) {
    const which = found.map((c) => `${c.prefecture.name}${c.county.name}`).join('、');
    return {
      ok: false,
      message: found.length
        ? `署名单位“${org}”可能指 ${which}，无法确定：请在原文中写明县市区全称`
        : `署名单位“${org}”中找不到湖南省的县级行政区：请核对地名（须为官方名称，如“桃江县”）`,
    };
  }
  const { county, prefecture } = found[0]!;
  const otherPrefecture = divisions.prefectures.find((p) => p.code !== prefecture.code && org.startsWith(shortName(p.name)));
  if (otherPrefecture) {
    return { ok: false, message: `署名单位“${org}”中的${otherPrefecture.name}与${county.name}（属${prefecture.name}）不符` };
  }
  const township = divisions.townshipsOf(county.code).find((t) => named(t, true));
  return { ok: true, region: { prefecture: prefecture.name, county: county.name, ...(township ? { township: township.name } : {}) } };
}

/** Names a federation may repeat at the start of its body, most specific first. */
export function selfNames(region: OrgRegion): string[] {
  return [region.township, region.county, region.township && shortName(region.township), shortName(region.county)].filter(
    (n): n is string => Boolean(n),
  );
}
