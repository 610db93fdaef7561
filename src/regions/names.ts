// Short forms of official division names, as people write them (武冈市 → 武冈).

/** Ethnic groups named in autonomous divisions (湘西土家族苗族自治州, 江华瑶族自治县 …). */
const ETHNIC =
  '(?:土家|苗|侗|瑶|白|回|壮|彝|藏|蒙古|满|朝鲜|哈尼|傣|黎|畲|仡佬|布依|水|纳西|羌|撒拉|毛南|仫佬|景颇|傈僳|拉祜|佤|哈萨克|达斡尔|鄂温克|鄂伦春|裕固|保安|东乡|土)族';

/** Suffixes that mark the administrative level; the autonomous forms are tried first. */
const LEVEL_SUFFIX = new RegExp(`(?:(?:${ETHNIC})*自治(?:州|县|旗)|街道|地区|市|县|区|镇|乡)$`, 'u');

/** 湘西土家族苗族自治州 → 湘西, 武冈市 → 武冈, 棋梓镇 → 棋梓. Names of two characters keep their suffix (e.g. a 2-char 县 name). */
export function shortName(name: string): string {
  const short = name.replace(LEVEL_SUFFIX, '');
  return short.length >= 2 ? short : name;
}

/** The level suffix of a name (市, 县, 区, 镇, 乡 …), or '' when it has none. */
export function levelSuffix(name: string): string {
  return name.slice(shortName(name).length);
}
