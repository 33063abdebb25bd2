// The page's languages (i18next, catalogues in ./locales/*.json): English by default, French
// and German. The choice comes from the URL (?lang=fr), else the reader's setting (kept in
// localStorage when they pick a language or open an address with ?lang=), else the browser's
// languages, else English. Only
// the catalogue of the language shown is loaded (each is a chunk of its own).
// docs/web.md, "Languages", says how to add a string or a language.
import i18next from "i18next";
import { useEffect, useState } from "preact/hooks";
import type en from "./locales/en.json";

export const LOCALES = ["en", "fr", "de"] as const;
export type Locale = (typeof LOCALES)[number];

/** Each language's name in itself, for the switch. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", fr: "Français", de: "Deutsch" };

declare module "i18next" {
  interface CustomTypeOptions {
    resources: { translation: typeof en };
    returnNull: false;
  }
}

type Catalogue = typeof en;
const CATALOGUES: Record<Locale, () => Promise<{ default: Catalogue }>> = {
  en: () => import("./locales/en.json"),
  fr: () => import("./locales/fr.json"),
  de: () => import("./locales/de.json"),
};

const SETTING = "clustergraph.lang";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The first of `wanted` (BCP 47 tags, best first) that the page speaks, by language. */
export function bestLocale(wanted: readonly string[]): Locale | undefined {
  for (const tag of wanted) {
    const language = tag.toLowerCase().split("-")[0];
    if (isLocale(language)) return language;
  }
  return undefined;
}

function stored(): string | null {
  try {
    return globalThis.localStorage?.getItem(SETTING) ?? null;
  } catch {
    return null;
  }
}

/** The language to show first: the URL's, the reader's setting, the browser's, English. */
export function initialLocale(search: string, setting: string | null, browser: readonly string[]): Locale {
  const asked = new URLSearchParams(search).get("lang");
  if (isLocale(asked)) return asked;
  if (isLocale(setting)) return setting;
  return bestLocale(browser) ?? "en";
}

let current: Locale = "en";
const listeners = new Set<(locale: Locale) => void>();

export function locale(): Locale {
  return current;
}

/** The language's formats for dates and numbers: English as written in Europe ("31 Dec 2020",
 * not the United States' "Dec 31, 2020"). */
export function formats(): string {
  return current === "en" ? "en-GB" : current;
}

async function load(next: Locale): Promise<void> {
  if (!i18next.hasResourceBundle(next, "translation")) {
    const { default: catalogue } = await CATALOGUES[next]();
    i18next.addResourceBundle(next, "translation", catalogue);
  }
  await i18next.changeLanguage(next);
  current = next;
  if (typeof document !== "undefined") document.documentElement.lang = next;
}

// A name that French writes with "d’" rather than "de": one starting with a vowel (an
// initial "h" may or may not elide: it keeps "de").
const ELIDED = /^[aeiouyàâäéèêëîïôöûüœ]/i;

/** Starts i18next with the first language; the page renders once it is ready. */
export async function startI18n(
  search = typeof location === "undefined" ? "" : location.search,
  browser: readonly string[] = typeof navigator === "undefined" ? [] : navigator.languages,
): Promise<void> {
  await i18next.init({
    lng: undefined,
    resources: {},
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  // "{{name, de}}": French elides "de" before a vowel ("le réseau autour d’uni.lu")
  i18next.services.formatter?.add("de", (value: string, lng: string | undefined) => (lng === "fr" && ELIDED.test(value) ? `d’${value}` : `de ${value}`));
  const first = initialLocale(search, stored(), browser);
  await load(first);
  // A language asked for in the address is the reader's choice too: it stays when they go on.
  if (isLocale(new URLSearchParams(search).get("lang"))) remember(first);
}

function remember(choice: Locale): void {
  try {
    globalThis.localStorage?.setItem(SETTING, choice);
  } catch {
    // storage refused (private mode): the choice lasts for this page only
  }
}

/** Switches the page to `next` and keeps it as the reader's setting. */
export async function setLocale(next: Locale): Promise<void> {
  await load(next);
  remember(next);
  listeners.forEach((listener) => listener(next));
}

/** The language shown; the component renders again when it changes. */
export function useLocale(): Locale {
  const [shown, setShown] = useState(current);
  useEffect(() => {
    listeners.add(setShown);
    return () => void listeners.delete(setShown);
  }, []);
  return shown;
}

export { t } from "i18next";
