// 文号 as GB/T 9704-2012 writes them: issuer abbreviation, the series word and 字, the year in
// hexagonal brackets 〔〕, the sequence without leading zeros or 第, then 号:
// 佛市监受字〔2026〕12号.

// The customary abbreviations of the Foshan departments seeded in the directory. A department
// not listed gets one made from its name (see below), which staff may find unusual but is unique
// enough with the series word and the year.
const ABBREVIATIONS: Record<string, string> = {
  'FS-ZSJ': '佛政数',
  'FS-ZRZY': '佛自然资源',
  'FS-ZJ': '佛建',
  'FS-SJ': '佛市监',
  'FS-RS': '佛人社',
  'FS-GA': '佛公',
  'FS-WJ': '佛卫健',
  'FS-ST': '佛环',
  'FS-JT': '佛交',
  'FS-FG': '佛发改',
  'FS-CZ': '佛财',
  'FS-JY': '佛教',
  'FS-MZ': '佛民',
  'FS-SL': '佛水',
  'FS-YJ': '佛应急',
  'FS-WGLT': '佛文广旅体',
  'FS-CG': '佛城管',
  'FS-SW': '佛商务',
  'FS-NY': '佛农',
  'FS-SF': '佛司',
  'FS-RF': '佛人防',
  'FS-YB': '佛医保',
  'FS-GGZY': '佛公资交',
  'CC-ZSJ': '禅政数',
  'NH-ZSJ': '南政数',
  'SD-ZSJ': '顺政数',
  'SS-ZSJ': '三政数',
  'GM-ZSJ': '明政数',
  'NH-SJ': '南市监',
  'SD-SJ': '顺市监',
};

// District documents start with one character of the district: 禅, 南, 顺, 三, 明 (高明 uses 明).
const DISTRICT_CHAR: Record<string, string> = {
  禅城区: '禅',
  南海区: '南',
  顺德区: '顺',
  三水区: '三',
  高明区: '明',
};

/** The abbreviation a department's numbers start with. */
export function issuerAbbreviation(department: { code: string; name: string }): string {
  const known = ABBREVIATIONS[department.code];
  if (known) return known;
  const match = /^(.+?市)?(.+?区)?(.+?)(局|委员会|办公室|中心|委|办)?$/u.exec(department.name)!;
  const [, city, district, core] = match;
  const lead = district ? (DISTRICT_CHAR[district] ?? district[0]) : (city?.[0] ?? '');
  return `${lead}${core!.slice(0, 2)}`;
}

export function formatDocumentNo(prefix: string, series: string, year: number, sequence: number): string {
  return `${prefix}${series}字〔${year}〕${sequence}号`;
}
