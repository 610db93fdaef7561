// Finds the official divisions an organisation line names (邵阳武冈市妇联 → 邵阳市 › 武冈市),
// preferring full official names over short forms. A short form followed by something odd
// (桃江具) is likely a typo: it still resolves, but with a correction for the editor to confirm.
import type { Division, DivisionIndex } from '../regions/divisions.ts';
import { levelSuffix, shortName } from '../regions/names.ts';

export interface OrganisationRegion {
  prefecture: string;
  county: string;
  township?: string;
}

export type OrganisationRegionResult =
  | {
      ok: true;
      region: OrganisationRegion;
      /** Set when a name was only matched by its short form next to an unexpected character: the editor must confirm. */
      correction?: string;
    }
  | { ok: false; message: string };

interface ShortUse {
  /** Where the short name ends in the organisation line. */
  end: number;
  /** What was written in place of the official name (桃江具), when it looks like a typo. */
  typed?: string;
}

/**
 * How `official` is written by its short name in `organisation`: fine when followed by its level
 * suffix (also 江华县 for 江华瑶族自治县), by 妇联, by a name in `next`, or by nothing.
 */
function shortUse(organisation: string, official: string, next: readonly string[]): ShortUse {
  const short = shortName(official);
  const suffix = levelSuffix(official);
  const fine = [suffix.slice(0, 1), suffix.slice(-1), '妇', ...next].filter(Boolean);
  let last = -1;
  for (let at = organisation.indexOf(short); at >= 0; at = organisation.indexOf(short, at + 1)) {
    const end = at + short.length;
    if (end >= organisation.length || fine.some((f) => organisation.startsWith(f, end))) return { end };
    last = end;
  }
  return { end: last, typed: organisation.slice(last - short.length, last + 1) };
}

export function regionFromOrganisation(organisation: string, divisions: DivisionIndex): OrganisationRegionResult {
  const counties = divisions.prefectures.flatMap((p) =>
    divisions.countiesOf(p.code).filter((c) => c.name !== '市辖区').map((c) => ({ county: c, prefecture: p })),
  );
  const named = (d: Division, full: boolean) => organisation.includes(full ? d.name : shortName(d.name));
  let found = counties.filter((c) => named(c.county, true));
  const byShortName = !found.length;
  if (byShortName) found = counties.filter((c) => shortName(c.county.name).length >= 2 && named(c.county, false));
  // 邵阳市 names both the city and 邵阳县: a county whose prefecture is also named wins.
  if (found.length > 1) {
    const withPrefecture = found.filter((c) => organisation.includes(shortName(c.prefecture.name)));
    if (withPrefecture.length) found = withPrefecture;
    const longest = Math.max(...found.map((c) => c.county.name.length));
    found = found.filter((c) => c.county.name.length === longest);
  }
  if (found.length !== 1) {
    const which = found.map((c) => `${c.prefecture.name}${c.county.name}`).join('、');
    return {
      ok: false,
      message: found.length
        ? `署名单位“${organisation}”可能指 ${which}，无法确定：请在原文中写明县市区全称`
        : `署名单位“${organisation}”中找不到湖南省的县级行政区：请核对地名（须为官方名称，如“桃江县”）`,
    };
  }
  const { county, prefecture } = found[0]!;
  const otherPrefecture = divisions.prefectures.find((p) => p.code !== prefecture.code && organisation.startsWith(shortName(p.name)));
  if (otherPrefecture) {
    return { ok: false, message: `署名单位“${organisation}”中的${otherPrefecture.name}与${county.name}（属${prefecture.name}）不符` };
  }
  const townships = divisions.townshipsOf(county.code);
  const typos: [typed: string, official: string][] = [];
  let countyEnd = organisation.indexOf(county.name) + county.name.length;
  if (byShortName) {
    // 湘乡棋梓镇妇联: a township may follow the county's short name directly.
    const use = shortUse(organisation, county.name, townships.flatMap((t) => [t.name, shortName(t.name)]));
    if (use.typed) typos.push([use.typed, county.name]);
    countyEnd = use.end;
  }
  let township = townships.find((t) => named(t, true));
  if (!township) {
    // Short township names are only looked for after the county: 湘潭市 contains 潭市(镇).
    const rest = organisation.slice(countyEnd);
    let candidates = townships.filter((t) => shortName(t.name) !== t.name && rest.includes(shortName(t.name)));
    const longest = Math.max(...candidates.map((t) => shortName(t.name).length));
    candidates = candidates.filter((t) => shortName(t.name).length === longest);
    if (candidates.length > 1) {
      const which = candidates.map((t) => t.name).join('、');
      return { ok: false, message: `署名单位“${organisation}”可能指${county.name}的 ${which}，无法确定：请在原文中写明乡镇（街道）全称` };
    }
    township = candidates[0];
    const use = township && shortUse(rest, township.name, []);
    if (township && use?.typed) typos.push([use.typed, township.name]);
  }
  const region = { prefecture: prefecture.name, county: county.name, ...(township ? { township: township.name } : {}) };
  if (!typos.length) return { ok: true, region };
  const correction = `署名单位“${organisation}”中的${typos.map(([typed, official]) => `“${typed}”疑为“${official}”`).join('、')}：已按${typos.map(([, official]) => official).join('')}归档，请核对原文并确认`;
  return { ok: true, region, correction };
}

/** Names a federation may repeat at the start of its body, most specific first. */
export function selfNames(region: OrganisationRegion): string[] {
  return [region.township, region.county, region.township && shortName(region.township), shortName(region.county)].filter(
    (n): n is string => Boolean(n),
  );
}
