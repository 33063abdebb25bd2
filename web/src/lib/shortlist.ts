// The consortium shortlist: kept in this browser (localStorage), exported as CSV in the
// reader's language, with the separator their spreadsheets expect.
import { t, type Locale } from "../i18n";
import { toCsv, type Separator } from "./csv";
import { countryName, kindLabel, townName } from "./format";
import { nodePath } from "./links";

export interface ShortlistEntry {
  id: string;
  name: string;
  kind: string;
  country: string | null;
  city: string | null;
  website?: string | null;
  pic?: string | null;
  /** Its place in the list it was picked from (1: the first suggestion). */
  rank?: number;
  /** The suggestion's sentence, as the page showed it. */
  summary?: string;
  /** Its card's evidence, a line per group, in the reader's language. */
  evidence: string;
  /** The project, topics or brief the entry was suggested for, in words. */
  builtFor?: string;
}

const KEY = "clustergraph.shortlist";

export function loadShortlist(storage: Pick<Storage, "getItem"> = localStorage): ShortlistEntry[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(KEY) ?? "[]");
    return Array.isArray(parsed) ? (parsed as Stored[]).filter((e) => typeof e?.id === "string").map(current) : [];
  } catch {
    return [];
  }
}

/** An entry as an earlier version kept it: the score's terms (`reasons`) where its evidence is now. */
type Stored = Omit<ShortlistEntry, "evidence"> & { evidence?: string; reasons?: string[] };

function current({ reasons, evidence, ...entry }: Stored): ShortlistEntry {
  return { ...entry, evidence: evidence ?? reasons?.join("; ") ?? "" };
}

export function saveShortlist(entries: ShortlistEntry[], storage: Pick<Storage, "setItem"> = localStorage): void {
  storage.setItem(KEY, JSON.stringify(entries));
}

export function toggle(entries: ShortlistEntry[], entry: ShortlistEntry): ShortlistEntry[] {
  return entries.some((e) => e.id === entry.id) ? entries.filter((e) => e.id !== entry.id) : [...entries, entry];
}

/** "," for English; ";" where the decimal mark is a comma (French, German, Luxembourgish). */
export function separatorFor(locale: Locale): Separator {
  return locale === "en" ? "," : ";";
}

const COLUMNS = ["id", "name", "kind", "country", "city", "website", "pic", "page", "rank", "summary", "evidence", "builtFor"] as const;

/** The shortlist as CSV: `origin` makes each organisation's page an absolute link. */
export function shortlistCsv(entries: ShortlistEntry[], locale: Locale, origin: string): string {
  return toCsv(
    COLUMNS.map((column) => t(`consortium.csv.${column}`)),
    entries.map((e) => [
      e.id,
      e.name,
      kindLabel(e.kind),
      e.country ? `${e.country} (${countryName(e.country)})` : "",
      townName(e.city, e.country),
      e.website,
      e.pic,
      `${origin}${nodePath("Organization", e.id)}`,
      e.rank,
      e.summary,
      e.evidence,
      e.builtFor,
    ]),
    separatorFor(locale),
  );
}
