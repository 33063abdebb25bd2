// The demo's own organisations with a description (importers/demo_data/organizations.csv, in
// English) named and described in French and German, keyed by id; any other organisation keeps
// the data's words (CORDIS gives no description).
import type { Locale } from ".";

interface Texts {
  name: string; // the placeholder's name says what it is, so it is said in the reader's language
  description: string;
}

const TEXTS: Partial<Record<Locale, Record<string, Texts>>> = {
  fr: {
    "lci-demo-placeholder-company": {
      name: "Entreprise fictive (démo)",
      description:
        "Ce n’est pas une vraie organisation. Elle tient la place des employeurs privés des présidents fictifs des clusters dans le réseau de démonstration ; elle n’a ni projet ni adhésion.",
    },
  },
  de: {
    "lci-demo-placeholder-company": {
      name: "Platzhalter-Unternehmen (Demo)",
      description:
        "Keine echte Organisation. Sie steht im Demo-Netzwerk für die privaten Arbeitgeber der Platzhalter-Präsidenten der Cluster; sie hat weder Projekte noch Mitgliedschaften.",
    },
  },
};

/** The organisation's name in `locale` where this table has it (the demo's placeholder). */
export function translatedOrganizationName(id: string, locale: Locale): string | undefined {
  return TEXTS[locale]?.[id]?.name;
}

/** The organisation's description in `locale` where this table has it, else the data's. */
export function organizationDescription(org: { id: string; description?: string | null }, locale: Locale): string | null {
  return TEXTS[locale]?.[org.id]?.description ?? org.description ?? null;
}

/** The ids this table describes, for the test that every described demo organisation is. */
export function describedOrganizations(locale: Locale): string[] {
  return Object.keys(TEXTS[locale] ?? {});
}
