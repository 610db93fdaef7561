// Groups articles under the divisions they belong to: prefecture → county → township.
// Pure, so region pages, the home page and tests read one structure computed once.
import { divisionSlug } from '../lib/slug.ts';
import type { Division, ResolvedRegion } from './divisions.ts';

export interface RegionNode<T> {
  division: Division;
  /** Level: 地级 (prefecture), 县级 (county), 乡级 (township). */
  level: 'prefecture' | 'county' | 'township';
  /** URL segments from the prefecture down. */
  slugs: string[];
  /** Articles placed exactly at this division (e.g. a news story about a whole city). */
  own: T[];
  /** Every article in this division and below, in the order given. */
  all: T[];
  children: RegionNode<T>[];
  /** Parent chain, prefecture first, excluding this node. */
  ancestors: Division[];
}

function node<T>(division: Division, level: RegionNode<T>['level'], slugs: string[], ancestors: Division[]): RegionNode<T> {
  return { division, level, slugs, own: [], all: [], children: [], ancestors };
}

/** One node per prefecture (all of them, reports or not), with counties and townships that have articles. */
export function buildRegionTree<T>(
  prefectures: readonly Division[],
  items: readonly T[],
  regionOf: (item: T) => ResolvedRegion | undefined,
): RegionNode<T>[] {
  const roots = prefectures.map((p) => node<T>(p, 'prefecture', [divisionSlug(p.name)], []));
  const child = (parent: RegionNode<T>, division: Division, level: RegionNode<T>['level']) => {
    let found = parent.children.find((c) => c.division.code === division.code);
    if (!found) {
      const slug = divisionSlug(division.name, parent.division.name);
      const clash = parent.children.find((c) => c.slugs.at(-1) === slug);
      if (clash) throw new Error(`地区网址冲突：“${clash.division.name}”和“${division.name}”都会是 ${slug}`);
      found = node<T>(division, level, [...parent.slugs, slug], [...parent.ancestors, parent.division]);
      parent.children.push(found);
    }
    return found;
  };
  for (const item of items) {
    const region = regionOf(item);
    if (!region) continue;
    const root = roots.find((r) => r.division.code === region.prefecture.code);
    if (!root) throw new Error(`“${region.prefecture.name}”不在地级行政区列表中`);
    let at = root;
    at.all.push(item);
    if (region.county) {
      at = child(at, region.county, 'county');
      at.all.push(item);
      if (region.township) {
        at = child(at, region.township, 'township');
        at.all.push(item);
      }
    }
    at.own.push(item);
  }
  const byCode = (a: RegionNode<T>, b: RegionNode<T>) => a.division.code.localeCompare(b.division.code);
  const sortDeep = (nodes: RegionNode<T>[]) => {
    nodes.sort(byCode);
    nodes.forEach((n) => sortDeep(n.children));
  };
  roots.forEach((r) => sortDeep(r.children));
  return roots;
}

/** Every node of the tree, parents before children. */
export function flatten<T>(nodes: readonly RegionNode<T>[]): RegionNode<T>[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}
