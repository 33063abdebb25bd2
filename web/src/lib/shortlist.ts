// The consortium shortlist: kept in this browser (localStorage), exported as CSV.
import { toCsv } from "./csv";
import { countryName, kindLabel } from "./format";

export interface ShortlistEntry {
  id: string;
  name: string;
  kind: string;
  country: string | null;
  city: string | null;
  score: number | null;
  reasons: string[];
}

const KEY = "clustergraph.shortlist";

export function loadShortlist(storage: Pick<Storage, "getItem"> = localStorage): ShortlistEntry[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(KEY) ?? "[]");
    return Array.isArray(parsed) ? (parsed as ShortlistEntry[]).filter((e) => typeof e?.id === "string") : [];
  } catch {
    return [];
  }
}

export function saveShortlist(entries: ShortlistEntry[], storage: Pick<Storage, "setItem"> = localStorage): void {
  storage.setItem(KEY, JSON.stringify(entries));
}

export function toggle(entries: ShortlistEntry[], entry: ShortlistEntry): ShortlistEntry[] {
  return entries.some((e) => e.id === entry.id) ? entries.filter((e) => e.id !== entry.id) : [...entries, entry];
}

export const CSV_HEADER = ["id", "name", "kind", "country", "city", "score", "reasons"];

export function shortlistCsv(entries: ShortlistEntry[]): string {
  return toCsv(
    CSV_HEADER,
    entries.map((e) => [
      e.id,
      e.name,
      kindLabel(e.kind),
      e.country ? `${e.country} (${countryName(e.country)})` : "",
      e.city,
      e.score == null ? "" : e.score.toFixed(3),
      e.reasons.join("; "),
    ]),
  );
}
