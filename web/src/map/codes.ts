// Country codes for the map: the base map (Natural Earth, through the world-atlas package)
// names countries by their ISO 3166-1 numeric code, organisations by the letters CORDIS
// writes (ISO 3166-1 alpha-2, but UK for the United Kingdom and EL for Greece).

/** ISO numeric code -> CORDIS letters, for every country the map of Europe shows whole or in part. */
export const CORDIS_OF_NUMERIC: Readonly<Record<string, string>> = {
  "008": "AL", "012": "DZ", "020": "AD", "031": "AZ", "040": "AT", "051": "AM", "056": "BE",
  "070": "BA", "100": "BG", "112": "BY", "191": "HR", "196": "CY", "203": "CZ", "208": "DK",
  "233": "EE", "234": "FO", "246": "FI", "248": "AX", "250": "FR", "268": "GE", "276": "DE",
  "292": "GI", "300": "EL", "304": "GL", "336": "VA", "348": "HU", "352": "IS", "364": "IR",
  "368": "IQ", "372": "IE", "376": "IL", "380": "IT", "398": "KZ", "400": "JO", "422": "LB",
  "428": "LV", "434": "LY", "438": "LI", "440": "LT", "442": "LU", "470": "MT", "492": "MC",
  "498": "MD", "499": "ME", "504": "MA", "528": "NL", "578": "NO", "616": "PL", "620": "PT",
  "642": "RO", "643": "RU", "674": "SM", "682": "SA", "688": "RS", "703": "SK", "705": "SI",
  "724": "ES", "752": "SE", "756": "CH", "760": "SY", "788": "TN", "792": "TR", "804": "UA",
  "807": "MK", "818": "EG", "826": "UK", "831": "GG", "832": "JE", "833": "IM", "275": "PS",
};

/** Countries the base map has without a numeric code, by their Natural Earth name. */
export const CORDIS_OF_NAME: Readonly<Record<string, string>> = { Kosovo: "XK" };

/** The CORDIS letters of a base-map country, or "" for land without a code (N. Cyprus). */
export function cordisCode(numeric: string | number | undefined, name: string | undefined): string {
  if (numeric != null && CORDIS_OF_NUMERIC[String(numeric)]) return CORDIS_OF_NUMERIC[String(numeric)];
  return (name && CORDIS_OF_NAME[name]) || "";
}

const ISO_OF_CORDIS: Readonly<Record<string, string>> = { UK: "GB", EL: "GR" };

/** The ISO 3166-1 alpha-2 code of a country as CORDIS writes it (UK -> GB, EL -> GR). */
export function isoCode(cordis: string): string {
  return ISO_OF_CORDIS[cordis] ?? cordis;
}
