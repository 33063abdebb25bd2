// Countries a reader can pick in filters: those of the EU programmes' participants (the EU,
// the associated countries and the most frequent others), by their code as CORDIS writes it,
// named in the reader's language (lib/format countryName) and sorted by that name.
import { locale } from "../i18n";
import { countryName } from "./format";

export const COUNTRY_CODES = [
  "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "EL", "HU", "IE", "IT", "LV",
  "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
  "AL", "AM", "BA", "CH", "FO", "GE", "IL", "IS", "MD", "ME", "MK", "NO", "RS", "TN", "TR", "UA", "UK",
  "AU", "BR", "CA", "CN", "IN", "JP", "KR", "MA", "MX", "NZ", "SG", "US", "ZA",
] as const;

/** Codes with their names, sorted by name in the language shown. */
export function countryOptions(codes: readonly string[] = COUNTRY_CODES): { code: string; name: string }[] {
  const collator = new Intl.Collator(locale());
  return codes.map((code) => ({ code, name: countryName(code) })).sort((a, b) => collator.compare(a.name, b.name));
}
