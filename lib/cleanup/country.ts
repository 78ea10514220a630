import type { CountryCode } from "libphonenumber-js";
import { isSupportedCountry } from "libphonenumber-js/min";

/*
 * Country values as CRM exports spell them: English names, native names, ISO alpha-3 codes and
 * the usual nicknames. Any alpha-2 code libphonenumber knows is accepted without a row here.
 */
const NAMES: Readonly<Partial<Record<CountryCode, readonly string[]>>> = {
  US: ["United States", "United States of America", "USA", "America", "Estados Unidos"],
  GB: ["United Kingdom", "UK", "Great Britain", "Britain", "England", "Scotland", "Wales"],
  IE: ["Ireland", "Éire", "IRL"],
  CA: ["Canada", "CAN"],
  AU: ["Australia", "AUS"],
  NZ: ["New Zealand", "Aotearoa", "NZL"],
  DE: ["Germany", "Deutschland", "DEU", "GER"],
  FR: ["France", "FRA"],
  ES: ["Spain", "España", "ESP"],
  IT: ["Italy", "Italia", "ITA"],
  PT: ["Portugal", "PRT"],
  NL: ["Netherlands", "Nederland", "Holland", "NLD"],
  BE: ["Belgium", "Belgique", "België", "Belgien", "BEL"],
  LU: ["Luxembourg", "Luxemburg", "LUX"],
  CH: ["Switzerland", "Schweiz", "Suisse", "Svizzera", "CHE"],
  AT: ["Austria", "Österreich", "AUT"],
  DK: ["Denmark", "Danmark", "DNK"],
  SE: ["Sweden", "Sverige", "SWE"],
  NO: ["Norway", "Norge", "NOR"],
  FI: ["Finland", "Suomi", "FIN"],
  IS: ["Iceland", "Ísland"],
  PL: ["Poland", "Polska", "POL"],
  CZ: ["Czech Republic", "Czechia", "Česko", "Česká republika", "CZE"],
  SK: ["Slovakia", "Slovensko"],
  HU: ["Hungary", "Magyarország"],
  RO: ["Romania", "România", "ROU"],
  BG: ["Bulgaria", "България"],
  GR: ["Greece", "Hellas", "Ελλάδα"],
  HR: ["Croatia", "Hrvatska"],
  SI: ["Slovenia", "Slovenija"],
  RS: ["Serbia", "Srbija"],
  EE: ["Estonia", "Eesti"],
  LV: ["Latvia", "Latvija"],
  LT: ["Lithuania", "Lietuva"],
  CY: ["Cyprus"],
  MT: ["Malta"],
  UA: ["Ukraine", "Україна"],
  RU: ["Russia", "Russian Federation", "Россия"],
  TR: ["Turkey", "Türkiye"],
  IL: ["Israel"],
  AE: ["United Arab Emirates", "UAE"],
  SA: ["Saudi Arabia", "KSA"],
  EG: ["Egypt"],
  MA: ["Morocco", "Maroc"],
  NG: ["Nigeria"],
  KE: ["Kenya"],
  ZA: ["South Africa", "RSA"],
  IN: ["India", "Bharat", "IND"],
  PK: ["Pakistan"],
  BD: ["Bangladesh"],
  CN: ["China", "People's Republic of China", "PRC", "中国", "CHN"],
  HK: ["Hong Kong"],
  TW: ["Taiwan"],
  JP: ["Japan", "Nippon", "日本", "JPN"],
  KR: ["South Korea", "Korea", "Republic of Korea", "대한민국"],
  SG: ["Singapore", "SGP"],
  MY: ["Malaysia"],
  ID: ["Indonesia"],
  TH: ["Thailand"],
  VN: ["Vietnam", "Viet Nam"],
  PH: ["Philippines"],
  MX: ["Mexico", "México", "MEX"],
  BR: ["Brazil", "Brasil", "BRA"],
  AR: ["Argentina"],
  CL: ["Chile"],
  CO: ["Colombia"],
  PE: ["Peru", "Perú"],
  UY: ["Uruguay"],
};

const MARKS = /\p{M}/gu;
const NOT_LETTERS = /[^\p{L}]/gu;
const LEADING_THE = /^\s*the\s+/;

/** "U.S.", "the Netherlands" and "ÖSTERREICH" become "us", "netherlands" and "osterreich". */
function normalizeCountry(value: string): string {
  return value
    .normalize("NFD")
    .replace(MARKS, "")
    .toLowerCase()
    .replace(LEADING_THE, "")
    .replace(NOT_LETTERS, "");
}

const REGION_BY_NAME = new Map<string, CountryCode>();
for (const [code, names] of Object.entries(NAMES) as [CountryCode, readonly string[]][]) {
  for (const name of names) REGION_BY_NAME.set(normalizeCountry(name), code);
}

// Imports repeat a handful of country spellings over thousands of rows.
const MEMO_LIMIT = 1_000;
const memo = new Map<string, CountryCode | undefined>();

function lookUpRegion(country: string): CountryCode | undefined {
  const key = normalizeCountry(country);
  const named = REGION_BY_NAME.get(key);
  if (named) return named;
  if (key.length !== 2) return undefined;
  const code = key.toUpperCase();
  return isSupportedCountry(code) ? code : undefined;
}

/** The ISO-3166 alpha-2 region libphonenumber needs for national numbers, when it is known. */
export function countryToRegion(country: string | undefined): CountryCode | undefined {
  if (!country) return undefined;
  if (memo.has(country)) return memo.get(country);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  const region = lookUpRegion(country);
  memo.set(country, region);
  return region;
}
