import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { regionFromOrganisation } from '../../src/importer/region.ts';
import { hunanDivisions } from '../../src/regions/load.ts';

const divisions = hunanDivisions();
const resolve = (organisation: string) => regionFromOrganisation(organisation, divisions);

// Read straight from the stored page, so this test does not depend on the parser.
const pageOrganisations = readFileSync('content/sources/000_fa27af0bc5488c72.txt', 'utf8')
  .split(/\r\n|\r|\n/)
  .map((line) => /^(\S+妇联)\s*[:：]$/.exec(line.trim())?.[1])
  .filter((organisation): organisation is string => Boolean(organisation));

describe('organisation lines of the stored page', () => {
  it('has the 11 county reports', () => {
    expect(pageOrganisations).toHaveLength(11);
  });

  it.each(pageOrganisations)('%s resolves without a correction', (organisation) => {
    const result = resolve(organisation);
    expect(result.ok).toBe(true);
    expect(result).not.toHaveProperty('correction');
  });

  it('finds the township of 湘潭市湘乡市棋梓镇妇联 and the city of 邵阳武冈市妇联', () => {
    expect(resolve('湘潭市湘乡市棋梓镇妇联')).toEqual({ ok: true, region: { prefecture: '湘潭市', county: '湘乡市', township: '棋梓镇' } });
    expect(resolve('邵阳武冈市妇联')).toEqual({ ok: true, region: { prefecture: '邵阳市', county: '武冈市' } });
  });
});

describe('short names', () => {
  it.each([
    ['桃江妇联', { prefecture: '益阳市', county: '桃江县' }],
    ['永州市江华县妇联', { prefecture: '永州市', county: '江华瑶族自治县' }],
    ['湘乡棋梓镇妇联', { prefecture: '湘潭市', county: '湘乡市', township: '棋梓镇' }],
    ['湘乡棋梓妇联', { prefecture: '湘潭市', county: '湘乡市', township: '棋梓镇' }],
    ['湘潭市湘乡市棋梓妇联', { prefecture: '湘潭市', county: '湘乡市', township: '棋梓镇' }],
    ['岳阳市岳阳妇联', { prefecture: '岳阳市', county: '岳阳县' }],
    // 湘潭市 contains 潭市, the short name of 潭市镇 in 湘乡市: not a township here.
    ['湘潭市湘乡市妇联', { prefecture: '湘潭市', county: '湘乡市' }],
  ])('%s resolves silently', (organisation, region) => {
    expect(resolve(organisation)).toEqual({ ok: true, region });
    expect(resolve(organisation)).not.toHaveProperty('correction');
  });
});

describe('near-miss names', () => {
  it('files 益阳市桃江具妇联 under 桃江县 but asks the editor to confirm', () => {
    expect(resolve('益阳市桃江具妇联')).toEqual({
      ok: true,
      region: { prefecture: '益阳市', county: '桃江县' },
      correction: '署名单位“益阳市桃江具妇联”中的“桃江具”疑为“桃江县”：已按桃江县归档，请核对原文并确认',
    });
  });

  it('names the typed text past the prefecture that shares the short name', () => {
    const result = resolve('岳阳市岳阳具妇联');
    expect(result).toMatchObject({ ok: true, region: { prefecture: '岳阳市', county: '岳阳县' } });
    expect(result.ok && result.correction).toBe('署名单位“岳阳市岳阳具妇联”中的“岳阳具”疑为“岳阳县”：已按岳阳县归档，请核对原文并确认');
  });

  it('a wrong level suffix is a near miss too', () => {
    const result = resolve('益阳市桃江市妇联');
    expect(result.ok && result.correction).toContain('“桃江市”疑为“桃江县”');
  });

  it('flags a township typo', () => {
    const result = resolve('湘潭市湘乡市棋梓真妇联');
    expect(result).toMatchObject({ ok: true, region: { prefecture: '湘潭市', county: '湘乡市', township: '棋梓镇' } });
    expect(result.ok && result.correction).toBe(
      '署名单位“湘潭市湘乡市棋梓真妇联”中的“棋梓真”疑为“棋梓镇”：已按棋梓镇归档，请核对原文并确认',
    );
  });

  it('flags both when both are mistyped', () => {
    const result = resolve('湘乡币棋梓真妇联');
    expect(result).toMatchObject({ ok: true, region: { county: '湘乡市', township: '棋梓镇' } });
    expect(result.ok && result.correction).toContain('“湘乡币”疑为“湘乡市”、“棋梓真”疑为“棋梓镇”');
  });
});
