// ECharts 4 map files store coordinates compressed ("UTF8Encoding"): each ring is a string of
// character pairs holding zigzag-encoded deltas from the ring's offset, in 1/scale degrees.

type Ring = [number, number][];

export interface EncodedFeature {
  id?: string;
  properties: { name: string; cp?: [number, number] };
  geometry:
    | { type: 'Polygon'; coordinates: string[] | Ring[]; encodeOffsets?: [number, number][] }
    | { type: 'MultiPolygon'; coordinates: string[][] | Ring[][]; encodeOffsets?: [number, number][][] };
}

export interface EncodedMap {
  UTF8Encoding?: boolean;
  UTF8Scale?: number;
  features: EncodedFeature[];
}

export interface DecodedFeature {
  id?: string | undefined;
  name: string;
  /** Label point given by the data, [lon, lat]. */
  center?: [number, number] | undefined;
  /** Polygons, each a list of rings (outer first). */
  polygons: Ring[][];
}

/** One zigzag value: 0,1,2,3 … → 0,-1,1,-2 … */
const unzigzag = (n: number) => (n >> 1) ^ -(n & 1);

export function decodeRing(encoded: string, offset: [number, number], scale: number): Ring {
  const ring: Ring = [];
  let [x, y] = offset;
  for (let i = 0; i + 1 < encoded.length; i += 2) {
    x += unzigzag(encoded.charCodeAt(i) - 64);
    y += unzigzag(encoded.charCodeAt(i + 1) - 64);
    ring.push([x / scale, y / scale]);
  }
  return ring;
}

export function decodeMap(map: EncodedMap): DecodedFeature[] {
  const scale = map.UTF8Scale ?? 1024;
  const ring = (r: string | Ring, offset: [number, number] | undefined): Ring =>
    typeof r === 'string' ? decodeRing(r, offset ?? [0, 0], scale) : r;
  return map.features.map((f) => {
    const g = f.geometry;
    const polygons =
      g.type === 'Polygon'
        ? [(g.coordinates as (string | Ring)[]).map((r, i) => ring(r, g.encodeOffsets?.[i]))]
        : (g.coordinates as (string[] | Ring[])[]).map((poly, p) => poly.map((r, i) => ring(r, g.encodeOffsets?.[p]?.[i])));
    return { id: f.id, name: f.properties.name, center: f.properties.cp, polygons };
  });
}
