// Hunan's prefecture outlines as SVG paths, built once at build time from the Apache-2.0
// ECharts 4.9.0 map data: decoded, projected with d3-geo (Mercator), simplified to stay light.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoMercator } from 'd3-geo';
import { decodeMap, type EncodedMap } from './decode.ts';
import { simplify } from './simplify.ts';

export const MAP_WIDTH = 480;
export const MAP_HEIGHT = 560;
/** Points closer than this to the simplified outline (in px) are dropped. */
const TOLERANCE = 0.9;

export interface PrefectureShape {
  /** GB/T 2260 code, e.g. 430700. */
  code: string;
  name: string;
  d: string;
  /** Where the label goes, in SVG coordinates. */
  label: [number, number];
}

let cached: PrefectureShape[] | undefined;

export function hunanShapes(): PrefectureShape[] {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const raw = JSON.parse(readFileSync(require.resolve('echarts/map/json/province/hunan.json'), 'utf8')) as EncodedMap;
  const features = decodeMap(raw);
  const allPoints = features.flatMap((f) => f.polygons.flatMap((poly) => poly.flat()));
  // Fitting a MultiPoint avoids d3's spherical winding rules for polygons.
  const projection = geoMercator().fitExtent(
    [
      [8, 8],
      [MAP_WIDTH - 8, MAP_HEIGHT - 8],
    ],
    { type: 'MultiPoint', coordinates: allPoints },
  );
  const project = (p: [number, number]) => projection(p) as [number, number];
  const fmt = (n: number) => String(Math.round(n * 10) / 10);
  cached = features.map((f) => {
    const d = f.polygons
      .flatMap((poly) => poly)
      .map((ring) => simplify(ring.map(project), TOLERANCE))
      .filter((ring) => ring.length >= 3)
      .map((ring) => `M${ring.map(([x, y]) => `${fmt(x)} ${fmt(y)}`).join('L')}Z`)
      .join('');
    return { code: f.id ?? '', name: f.name, d, label: project(f.center ?? f.polygons[0]![0]![0]!) };
  });
  separateLabels(cached.map((s) => s.label));
  return cached;
}

/** Label boxes (two characters at 13 px): a label that would overlap one placed before it moves down a line. */
export function separateLabels(points: [number, number][], width = 28, height = 14): void {
  points.forEach((p, i) => {
    while (points.slice(0, i).some((q) => Math.abs(q[0] - p[0]) < width && Math.abs(q[1] - p[1]) < height)) p[1] += height;
  });
}
