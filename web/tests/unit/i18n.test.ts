// The catalogues and the language choice: every language says everything English says, with
// the same placeholders and the plural forms the language needs; every key is used; numbers,
// dates, countries and plurals come out as a reader of each language expects.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES, bestLocale, initialLocale, setLocale, t } from "../../src/i18n";
import { countryName, date, humanise, kindLabel, metricLabel, money, moneyShort, number, percent, withUnit } from "../../src/lib/format";
import { reasonText } from "../../src/lib/reasons";

type Tree = { [key: string]: string | Tree };
const catalogue = (locale: string): Tree => JSON.parse(readFileSync(`src/i18n/locales/${locale}.json`, "utf-8")) as Tree;

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === "string") found.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) found.set(k, v);
  }
  return found;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const base = (key: string) => key.replace(PLURAL, "");
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

describe("catalogues", () => {
  const english = flatten(catalogue("en"));

  for (const locale of LOCALES) {
    const messages = flatten(catalogue(locale));
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;

    it(`${locale}: says everything English says, with the same placeholders`, () => {
      const bases = new Set([...english.keys()].map(base));
      expect(new Set([...messages.keys()].map(base))).toEqual(bases);
      for (const [key, text] of messages) {
        expect(text.trim(), key).not.toBe("");
        const englishText = english.get(key) ?? english.get(`${base(key)}_other`) ?? english.get(base(key));
        // a singular may say its number in words ("an einem Projekt"), not as {{count}}
        const wanted = placeholders(englishText ?? "").filter((p) => !(key.endsWith("_one") && p === "count" && !placeholders(text).includes("count")));
        expect(placeholders(text), key).toEqual(wanted);
      }
    });

    it(`${locale}: every plural has each form the language needs (${categories.join(", ")})`, () => {
      const plurals = new Set([...messages.keys()].filter((k) => PLURAL.test(k)).map(base));
      for (const key of plurals) {
        for (const category of categories) {
          if (category === "zero" || category === "two" || category === "few") continue;
          expect(messages.has(`${key}_${category}`), `${key}_${category}`).toBe(true);
        }
      }
    });
  }

  it("uses every English key somewhere in the page's code", () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.tsx?$/.test(name)) files.push(readFileSync(path, "utf-8"));
      }
    };
    walk("src");
    const code = files.join("\n");
    const unused = [...new Set([...english.keys()].map(base))].filter((key) => {
      if (code.includes(`"${key}"`)) return false;
      const parent = key.slice(0, key.lastIndexOf("."));
      return !code.includes(`\`${parent}.\${`) && !code.includes(`"${parent}.`);
    });
    expect(unused).toEqual([]);
  });
});

describe("the language shown", () => {
  it("comes from the URL, else the reader's setting, else the browser, else English", () => {
    expect(initialLocale("?lang=de", "fr", ["fr-FR"])).toBe("de");
    expect(initialLocale("?lang=xx", "fr", ["de-DE"])).toBe("fr");
    expect(initialLocale("", null, ["lb-LU", "de-LU", "fr"])).toBe("de");
    expect(initialLocale("", null, ["pt-BR"])).toBe("en");
    expect(bestLocale(["FR-lu"])).toBe("fr");
  });
});

describe("formatting per language", () => {
  it("writes numbers, money, percentages and dates as each language does", async () => {
    expect(number(1234.5)).toBe("1,234.5");
    expect(date("2020-12-31")).toBe("31 Dec 2020");
    await setLocale("fr");
    expect(number(1234.5)).toBe("1\u202f234,5");
    expect(money(2500)).toBe("2\u202f500\u00a0€");
    expect(moneyShort(75_107_068)).toBe("75,1\u00a0M\u00a0€");
    expect(moneyShort(950_000)).toBe("950\u202f000\u00a0€");
    expect(percent(0.254)).toBe("25\u00a0%");
    expect(date("2020-12-31")).toBe("31 déc. 2020");
    expect(date("2021-06-01")).toBe("1er juin 2021");
    expect(countryName("DE")).toBe("Allemagne");
    expect(countryName("UK")).toBe("Royaume-Uni");
    // "de" elided before a vowel
    expect(t("network.titleOf", { name: "uni.lu" })).toBe("Le réseau autour d’uni.lu");
    expect(t("network.titleOf", { name: "LIST" })).toBe("Le réseau autour de LIST");
    expect(t("map.region", { city: "Esch-sur-Alzette", country: "Luxembourg", code: "LU00" })).toBe("Région d’Esch-sur-Alzette (Luxembourg, LU00)");
    await setLocale("de");
    expect(number(1234.5)).toBe("1.234,5");
    expect(date("2020-12-31")).toBe("31.12.2020");
    expect(date("2021-06-01")).toBe("01.06.2021");
    expect(countryName("LU")).toBe("Luxemburg");
  });

  it("chooses the plural form each language wants", async () => {
    expect(t("org.projects", { count: 1 })).toBe("1 project");
    expect(t("org.projects", { count: 0 })).toBe("0 projects");
    await setLocale("fr");
    expect(t("org.projects", { count: 0 })).toBe("0 projet");
    expect(t("org.projects", { count: 2 })).toBe("2 projets");
    expect(t("org.projects", { count: 1_000_000 })).toBe("1\u202f000\u202f000 projets");
    await setLocale("de");
    expect(t("org.projects", { count: 1 })).toBe("1 Projekt");
    expect(t("org.projects", { count: 3 })).toBe("3 Projekte");
  });

  it("names our own ids in words: kinds, metrics, units", async () => {
    expect(humanise("brandingEvents")).toBe("Branding events");
    expect(metricLabel("someNewMetric", "id")).toBe("Some new metric");
    expect(withUnit(3000, "jobs")).toBe("3,000 jobs");
    await setLocale("fr");
    expect(kindLabel("COMPANY")).toBe("Entreprise");
    expect(metricLabel("newJobs", "id")).toBe("Nouveaux emplois");
    expect(withUnit(3000, "jobs")).toBe("3\u202f000 emplois");
  });

  it("says a suggestion's reasons in the reader's language, without '(s)'", async () => {
    const reason = { kind: "common_partners", label: "7 common partner(s); common partners: A, B", contribution: 1.2 };
    expect(reasonText(reason)).toBe(
      "7 partners in common (among the closest partners of the organisations the suggestions start from)",
    );
    expect(reasonText({ ...reason, label: "1 common partner(s)" })).toBe(
      "1 partner in common (among the closest partners of the organisations the suggestions start from)",
    );
    await setLocale("de");
    expect(reasonText(reason)).toBe(
      "7 gemeinsame Partner (unter den engsten Partnern der Ausgangsorganisationen)",
    );
    expect(reasonText({ kind: "kind_complementarity", label: "kinds that seldom team up", contribution: -0.3 })).toBe(
      "Arten von Organisationen, die selten zusammenarbeiten",
    );
    expect(reasonText({ kind: "something_new", label: "as the API says", contribution: 0 })).toBe("as the API says");
    await setLocale("fr");
    expect(reasonText({ kind: "subject_work", label: "4 projects on the subject", contribution: 0.09 })).toBe(
      "4 projets sur le sujet",
    );
  });

  it("has its own words for every kind of reason the API gives", async () => {
    // recommender/scoring.py's _REASONS: each feature's ("kind", lambda ...)
    const scoring = readFileSync("../recommender/scoring.py", "utf-8").split("_REASONS")[1].split("_EVIDENCE")[0];
    const kinds = new Set([...scoring.matchAll(/^\s+"\w+": \(\s*"(\w+)",/gm)].map((m) => m[1]));
    expect(kinds.size).toBeGreaterThan(15);
    await setLocale("de");
    for (const kind of kinds) {
      const said = reasonText({ kind, label: "2 things in English", contribution: 1 });
      expect(said, kind).not.toBe("2 things in English");
    }
  });
});
