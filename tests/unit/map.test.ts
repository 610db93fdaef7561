import { describe, expect, it } from 'vitest';
import { decodeMap, decodeRing } from '../../src/map/decode.ts';
import { hunanShapes, MAP_HEIGHT, MAP_WIDTH, separateLabels } from '../../src/map/hunan.ts';
import { simplify } from '../../src/map/simplify.ts';
import { hunanDivisions } from '../../src/regions/load.ts';

/** Zigzag-encodes deltas the way the ECharts files store them, to test the decoder on known points. */
function encode(points: [number, number][], scale: number): { ring: string; offset: [number, number] } {
  const ints = points.map(([x, y]) => [Math.round(x * scale), Math.round(y * scale)] as const);
  const offset: [number, number] = [ints[0]![0], ints[0]![1]];
  let [px, py] = offset;
  let ring = '';
  for (const [x, y] of ints) {
    for (const d of [x - px, y - py]) ring += String.fromCharCode(((d << 1) ^ (d >> 31)) + 64);
    [px, py] = [x, y];
  }
  return { ring, offset };
}

describe('ECharts map decoding', () => {
  it('recovers the coordinates of an encoded ring', () => {
    const points: [number, number][] = [
      [112.5, 28.25],
      [112.75, 28.0],
      [112.25, 27.5],
    ];
    const { ring, offset } = encode(points, 1024);
    expect(decodeRing(ring, offset, 1024)).toEqual(points);
  });

  it('decodes polygons and multipolygons of a feature collection', () => {
    const { ring, offset } = encode([[1, 2], [3, 4], [5, 2]], 1024);
    const [poly, multi] = decodeMap({
      UTF8Encoding: true,
      features: [
        { id: 'a', properties: { name: '甲' }, geometry: { type: 'Polygon', coordinates: [ring], encodeOffsets: [offset] } },
        { id: 'b', properties: { name: '乙' }, geometry: { type: 'MultiPolygon', coordinates: [[ring], [ring]], encodeOffsets: [[offset], [offset]] } },
      ],
    });
    expect(poly!.polygons).toEqual([[[[1, 2], [3, 4], [5, 2]]]]);
    expect(multi!.polygons).toHaveLength(2);
  });
});

describe('simplification', () => {
  it('drops points within the tolerance and keeps corners', () => {
    const line: [number, number][] = [[0, 0], [1, 0.1], [2, 0], [2, 5]];
    expect(simplify(line, 0.5)).toEqual([[0, 0], [2, 0], [2, 5]]);
  });
});

describe('Hunan shapes', () => {
  const shapes = hunanShapes();
  it('has one shape per prefecture-level division, matched by GB/T 2260 code', () => {
    expect(shapes.map((s) => s.code).sort()).toEqual(hunanDivisions().prefectures.map((p) => p.code).sort());
  });

  it('stays inside the drawing and small', () => {
    for (const s of shapes) {
      const numbers = s.d.match(/-?\d+(\.\d+)?/g)!.map(Number);
      expect(Math.min(...numbers)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...numbers)).toBeLessThanOrEqual(Math.max(MAP_WIDTH, MAP_HEIGHT));
    }
    expect(shapes.reduce((n, s) => n + s.d.length, 0)).toBeLessThan(40_000);
  });
});

describe('labels', () => {
  it('moves a label that would overlap another down a line', () => {
    const points: [number, number][] = [[360, 240], [378, 240], [100, 100]];
    separateLabels(points);
    expect(points).toEqual([[360, 240], [378, 254], [100, 100]]);
  });

  it('leaves no two prefecture labels overlapping', () => {
    const labels = hunanShapes().map((s) => s.label);
    for (const [i, a] of labels.entries()) for (const b of labels.slice(i + 1)) expect(Math.abs(a[0] - b[0]) >= 28 || Math.abs(a[1] - b[1]) >= 14).toBe(true);
  });
});
