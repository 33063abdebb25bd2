// The demo's own organisations with a description (importers/demo_data/organizations.csv, in
// English) described, and the placeholder company named, in French and German, keyed by id;
// any other organisation keeps the data's words (CORDIS gives no description).
import type { Locale } from ".";

const FR: Record<string, string> = {
  "lci-demo-placeholder-company":
    "Ce n’est pas une vraie organisation. Elle tient la place des employeurs privés des présidents fictifs des clusters dans le réseau de démonstration ; elle n’a ni projet ni adhésion.",
};

const DE: Record<string, string> = {
  "lci-demo-placeholder-company":
    "Keine echte Organisation. Sie steht im Demo-Netzwerk für die privaten Arbeitgeber der Platzhalter-Präsidenten der Cluster; sie hat weder Projekte noch Mitgliedschaften.",
};

const TEXTS: Partial<Record<Locale, Record<string, string>>> = { fr: FR, de: DE };

// The placeholder's name says what it is, so it is said in the reader's language too.
const NAMES: Partial<Record<Locale, Record<string, string>>> = {
  fr: { "lci-demo-placeholder-company": "Entreprise fictive (démo)" },
  de: { "lci-demo-placeholder-company": "Platzhalter-Unternehmen (Demo)" },
};

/** The organisation's name in `locale` where this table has it (the demo's placeholder). */
export function translatedOrganizationName(id: string, locale: Locale): string | undefined {
  return NAMES[locale]?.[id];
}

/** The organisation's description in `locale` where this table has it, else the data's. */
export function organizationDescription(org: { id: string; description?: string | null }, locale: Locale): string | null {
  return TEXTS[locale]?.[org.id] ?? org.description ?? null;
}

/** The ids this table describes, for the test that every described demo organisation is. */
export function describedOrganizations(locale: Locale): string[] {
  return Object.keys(TEXTS[locale] ?? {});
}
