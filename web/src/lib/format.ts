// How things are named and shown in the reader's language: our own labels (kinds, roles,
// plan areas, metrics, sources of a membership) from the catalogues; numbers, money, dates and
// countries through Intl in the language shown. Data (names, titles) stays as the sources
// give it.
import type { MembershipStanding, ObjectiveStatus, OrganizationKind } from "../gql/graphql";
import { formats, locale, t } from "../i18n";
import { translatedOrganizationName } from "../i18n/organizations";
import { familyName, familyPart, translatedTopicName } from "../i18n/topics";
import { translatedTown } from "../i18n/towns";

export const KINDS: OrganizationKind[] = ["COMPANY", "RESEARCH_INSTITUTION", "PUBLIC_ACTOR", "OTHER"];

/** Every kind, UNKNOWN too (no source gives an activity type: never guessed). */
export const ALL_KINDS: OrganizationKind[] = [...KINDS, "UNKNOWN"];

const KIND_KEYS = {
  COMPANY: "kind.COMPANY",
  RESEARCH_INSTITUTION: "kind.RESEARCH_INSTITUTION",
  PUBLIC_ACTOR: "kind.PUBLIC_ACTOR",
  OTHER: "kind.OTHER",
  UNKNOWN: "kind.UNKNOWN",
} as const;

/** The OrganizationKind of a kind facet's value (COMPANY, ...; UNKNOWN), or undefined for a
 * value this page does not know. */
export function facetKind(value: string): OrganizationKind | undefined {
  return Object.hasOwn(KIND_KEYS, value) ? (value as OrganizationKind) : undefined;
}

export function kindLabel(kind: string | null | undefined): string {
  const key = KIND_KEYS[(kind ?? "UNKNOWN") as OrganizationKind] ?? KIND_KEYS.UNKNOWN;
  return t(key);
}

interface Named {
  id: string;
  name?: string | null;
  displayName?: string | null;
  country?: string | null;
}

// The API names what has no name in English ("Unnamed organisation (id)"): said here in the
// reader's language instead.
const UNNAMED = /^Unnamed organisation \(/;
const UNTITLED = /^Untitled project \(/;

/** Words each in the reader's quotation marks, listed with "and" (`conjunction`) or "or". */
export function quotedList(words: string[], type: "conjunction" | "disjunction"): string {
  return new Intl.ListFormat(locale(), { type }).format(words.map((text) => t("consortium.quoted", { text })));
}

/** The name to show: the API's name, else what is known of it, its country and its PIC (the
 * EU's participant code, to look it up): never blank. */
export function orgName(org: Named): string {
  const name =
    translatedOrganizationName(org.id, locale()) ?? (org.name || (org.displayName && !UNNAMED.test(org.displayName) ? org.displayName : null));
  if (name) return name;
  const code = org.id.startsWith("pic-") ? `PIC ${org.id.slice(4)}` : org.id;
  return t("org.unnamed", { id: [countryName(org.country), code].filter(Boolean).join(", ") });
}

/** An organisation's short name where one is shorter than its name, else its name: CORDIS
 * keeps some former names as "short names" (NETCOMPANY S.A.'s is INTRASOFT INTERNATIONAL SA). */
export function orgShortName(org: Named & { shortName?: string | null }): string {
  const name = orgName(org);
  return org.shortName && org.shortName.length < name.length ? org.shortName : name;
}

interface ProjectLike {
  id: string;
  acronym?: string | null;
  title?: string | null;
  displayName?: string | null;
  programme?: string | null;
  startYear?: number | null;
}

export function projectName(project: ProjectLike): string {
  if (project.displayName && !UNTITLED.test(project.displayName)) return project.displayName;
  if (project.acronym && project.title) {
    return project.title.toLowerCase().startsWith(project.acronym.toLowerCase()) ? project.title : `${project.acronym}: ${project.title}`;
  }
  return project.acronym || project.title || untitled(project);
}

/** A project the data gives no title: its programme and year, and the number CORDIS files
 * it under (a Horizon 2020 record's, or its grant agreement's), rather than its id. */
function untitled(project: ProjectLike): string {
  const code = cordisNumber(project.id);
  if (!project.programme || !project.startYear) return t("project.untitled", { id: code });
  return t("project.untitledOf", { programme: programmeLabel(project.programme), year: project.startYear, record: `, ${code}` });
}

function cordisNumber(id: string): string {
  const record = /^h2020-(\d+)$/.exec(id)?.[1];
  if (record) return t("project.record", { record });
  const grant = /^(?:he|h2020-grant)-(\d+)$/.exec(id)?.[1];
  return grant ? t("project.grantNumber", { grant }) : id;
}

const PROGRAMME_NAMES = { H2020: "programme.H2020", HORIZON: "programme.HORIZON" } as const;

/** Horizon 2020, Horizon Europe (in the language shown), or the programme as stored. */
export function programmeLabel(programme: string | null | undefined): string {
  if (!programme) return t("project.programmeUnknown");
  const key = PROGRAMME_NAMES[programme as keyof typeof PROGRAMME_NAMES];
  return key ? t(key) : programme;
}

// The datasets an organisation comes from, as the importers name them (importers/cordis_formats.py).
const SOURCE_NAMES = {
  "CORDIS Horizon 2020 participations": "source.h2020",
  "CORDIS organization.csv download": "source.official",
  "CORDIS Horizon 2020 organisation names (2017)": "source.names",
  "CORDIS Horizon Europe participations (partial)": "source.horizonPartial",
  "CORDIS Horizon Europe projects": "source.horizonEurope",
  supplement: "source.supplement",
} as const;

// The supplement's files (data/cordis-h2020/README.md): CORDIS extracts and a Horizon
// Dashboard export, each of a year.
const SUPPLEMENT_FILES = [
  [/^cordis-plus-(\d{4})\.csv$/, "source.supplementCordis"],
  [/^dashboard-export-(\d{4})\.csv$/, "source.supplementDashboard"],
] as const;

/** A dataset's name in the language shown, or as stored when it is not one the importers write.
 * The supplement is stored with the file it came from ("supplement (cordis-plus-2014.csv)"),
 * which says which extract and of which year. */
export function sourceLabel(source: string): string {
  const key = SOURCE_NAMES[source as keyof typeof SOURCE_NAMES];
  if (key) return t(key);
  const file = source.match(/^supplement \((.+)\)$/)?.[1];
  if (!file) return source;
  for (const [pattern, label] of SUPPLEMENT_FILES) {
    const year = pattern.exec(file)?.[1];
    if (year) return t(label, { year });
  }
  return `${t(SOURCE_NAMES.supplement)} (${file})`;
}

interface Dated {
  startDate?: string | null;
  endDate?: string | null;
  startYear?: number | null;
  datePrecision?: string | null;
}

/**
 * When a project ran, as exactly as the data knows it: dates for DAY, "call 2022" for a
 * Horizon Europe project that has only its call year (never a made-up date).
 */
export function projectWhen(project: Dated): string {
  if (project.datePrecision === "YEAR" && project.startYear != null) return t("project.callYear", { year: project.startYear });
  if (project.startDate || project.endDate) return period(project.startDate, project.endDate);
  return project.startYear != null ? String(project.startYear) : t("date.unknown");
}

export const TOPIC_KINDS = [
  "PROGRAMME_PART",
  "THEMATIC_AREA",
  "CALL_FAMILY",
  "CALL_TOPIC",
  "FIELD_OF_SCIENCE",
  "CURATED",
] as const;

export type TopicKindName = (typeof TOPIC_KINDS)[number];

export function topicKindLabel(kind: string | null | undefined, count = 1): string {
  const found = TOPIC_KINDS.find((value) => value === kind);
  return found ? t(`topicKind.${found}`, { count }) : t("topicKind.TOPIC", { count });
}

interface TopicLike {
  id: string;
  name?: string | null;
  code?: string | null;
  /** The kind, as TopicSummary names it (TopicLabel: topicKind). */
  kind?: string | null;
  topicKind?: string | null;
  description?: string | null;
  /** A call family's programme part, from its projects (the API's programmePart). */
  programmePart?: { id: string; name?: string | null } | null;
}

/**
 * A topic's title in words: a call topic's title (CORDIS gives it as the description), a call
 * family named after the code its call topics share and its programme part (from a Horizon
 * Europe code, with its destination; else the part most of its projects are in), else the
 * topic's name.
 */
export function topicName(topic: TopicLike): string {
  const kind = topic.kind ?? topic.topicKind;
  if (kind === "CALL_FAMILY" && topic.code) {
    const family = t("topic.family", { code: topic.code });
    const named = familyName(topic.code, locale());
    if (named) return `${family} – ${named}`;
    const said = familyPart(topic.code, locale());
    const part = topic.programmePart;
    // after a dash, not in brackets: lists add the number of projects in brackets
    if (said) {
      const where = said.destination ? t("topic.destination", { part: said.part, number: said.destination }) : said.part;
      return `${family} – ${where}`;
    }
    return part ? `${family} – ${translatedTopicName(part.id, locale()) ?? part.name ?? part.id}` : family;
  }
  if (kind === "CALL_TOPIC" && topic.description) return topic.description;
  const name = translatedTopicName(topic.id, locale()) ?? (topic.name || topic.code || topic.id);
  const programme = programmeOfSharedPart(topic.id);
  return programme ? `${name} – ${programme}` : name;
}

// Parts that both programmes have, under the same name (the ERC, the Marie Skłodowska-Curie
// actions...): an organisation's page would list two alike; the programme tells them apart.
const IN_BOTH_PROGRAMMES = new Set(["ERC", "MSCA", "EIT", "EURATOM"]);

function programmeOfSharedPart(id: string): string | null {
  const part = /^(h2020|he)-part-(.+)$/.exec(id);
  if (!part || !IN_BOTH_PROGRAMMES.has(part[2].toUpperCase())) return null;
  return programmeLabel(part[1] === "h2020" ? "H2020" : "HORIZON");
}

/** The code to show beside the title (programme parts and call topics), if any. */
export function topicCode(topic: TopicLike): string | null {
  const kind = topic.kind ?? topic.topicKind;
  if (kind !== "CALL_TOPIC" && kind !== "PROGRAMME_PART") return null;
  return topic.code && topic.code !== topicName(topic) ? topic.code : null;
}

const NAME_SOURCES = {
  manual: "nameSource.manual",
  cordis: "nameSource.cordis",
  "horizon-europe": "nameSource.horizonEurope",
  "horizon-europe-partial": "nameSource.horizonEuropePartial",
  supplement: "nameSource.supplement",
} as const;

export function nameSourceLabel(source: string | null | undefined): string {
  if (!source) return t("nameSource.none");
  const key = NAME_SOURCES[source as keyof typeof NAME_SOURCES];
  return key ? t(key) : source;
}

// CORDIS writes UK and EL where ISO 3166 has GB and GR.
const ISO_COUNTRY: Record<string, string> = { UK: "GB", EL: "GR" };
const regionNames = new Map<string, Intl.DisplayNames>();

export function countryName(code: string | null | undefined): string {
  if (!code) return "";
  try {
    const lang = locale();
    let names = regionNames.get(lang);
    if (!names) {
      names = new Intl.DisplayNames([lang], { type: "region" });
      regionNames.set(lang, names);
    }
    return names.of(ISO_COUNTRY[code] ?? code) ?? code;
  } catch {
    return code;
  }
}

/** A whole number or a measured value in the language shown (1,234 · 1 234 · 1.234). */
export function number(value: number | null | undefined, digits = 2): string {
  return value == null ? "" : new Intl.NumberFormat(locale(), { maximumFractionDigits: digits }).format(value);
}

/**
 * A figure as people type it in the page's language, or null when it is not one: spaces or
 * apostrophes between groups of three digits ("1 200", "1'200"); with both a point and a
 * comma, the last of them is the decimal mark ("1.200,5", "1,200.5"); several of one mark
 * group thousands ("1.200.000"); one mark before exactly three digits, after a group that
 * does not start with 0, groups thousands in French and German ("1.200" is 1200 there, 1.2
 * in English; "1,200" is 1200 in English, 1.2 in French and German; "0.125" is 0.125);
 * otherwise a point or a comma is the decimal mark ("2,5", "2.5").
 */
export function parseFigure(text: string, language: string = locale()): number | null {
  const given = text.trim();
  const spaced = /[\s\u00a0\u202f'’]/.test(given);
  if (spaced && !/^[+-]?[1-9]\d{0,2}([\s\u00a0\u202f'’]\d{3})+([.,]\d+)?$/.test(given)) return null;
  const compact = given.replace(/[\s\u00a0\u202f'’]/g, "");
  if (!/^[+-]?[\d.,]*\d[\d.,]*$/.test(compact)) return null;
  const grouped = (digits: string, mark: string) => new RegExp(`^[+-]?[1-9]\\d{0,2}(\\${mark}\\d{3})+$`).test(digits);
  const marks = [...new Set(compact.replace(/[^.,]/g, ""))];
  let plain = compact;
  if (marks.length === 2) {
    const last = Math.max(compact.lastIndexOf("."), compact.lastIndexOf(","));
    const group = compact[last] === "." ? "," : ".";
    const whole = compact.slice(0, last);
    if (!grouped(whole, group) || compact.slice(last + 1).includes(group)) return null;
    plain = whole.split(group).join("") + "." + compact.slice(last + 1);
  } else if (marks.length === 1) {
    const [mark] = marks;
    const parts = compact.split(mark).length;
    if (parts > 2 && !grouped(compact, mark)) return null;
    const thousands = parts > 2 || (grouped(compact, mark) && (mark === "." ? language !== "en" : language === "en"));
    plain = thousands ? compact.split(mark).join("") : compact.replace(mark, ".");
  }
  const figure = Number(plain);
  return Number.isFinite(figure) ? figure : null;
}

export function money(value: number | null | undefined): string {
  if (value == null) return "";
  return new Intl.NumberFormat(locale(), { style: "currency", currency: "EUR", maximumFractionDigits: 0 }).format(value);
}

/** Euros in a table of figures: millions and billions short ("€75.1M", "75,1 M€",
 * "75,1 Mio. €"), so that a year's column stays narrow; smaller sums whole. */
export function moneyShort(value: number): string {
  if (Math.abs(value) < 1_000_000) return money(value);
  return new Intl.NumberFormat(locale(), { style: "currency", currency: "EUR", notation: "compact", maximumFractionDigits: 1 }).format(value);
}

export function percent(value: number | null | undefined): string {
  if (value == null) return t("objective.noMeasurement");
  return new Intl.NumberFormat(locale(), { style: "percent", maximumFractionDigits: 0 }).format(value);
}

/** A date of the API (YYYY-MM-DD, a calendar day) in the language shown: 31 Dec 2020. */
export function date(value: string | null | undefined): string {
  if (!value) return "";
  const day = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(day.getTime())) return value;
  const parts = new Intl.DateTimeFormat(formats(), { dateStyle: "medium", timeZone: "UTC" }).formatToParts(day);
  // French writes the first day of a month as an ordinal: "1er juin 2021".
  const first = locale() === "fr" && day.getUTCDate() === 1;
  return parts.map((part) => (first && part.type === "day" ? `${part.value}er` : part.value)).join("");
}

export function year(value: string | null | undefined): string {
  return value ? value.slice(0, 4) : "";
}

export function period(start: string | null | undefined, end: string | null | undefined): string {
  if (!start && !end) return t("date.unknown");
  return t("date.period", { start: start ? date(start) : t("date.unknownShort"), end: end ? date(end) : t("date.unknownShort") });
}

const ROLE_KEYS = {
  PRESIDENT: "role.PRESIDENT",
  VICE_PRESIDENT: "role.VICE_PRESIDENT",
  CLUSTER_MANAGER: "role.CLUSTER_MANAGER",
  COORDINATOR: "role.COORDINATOR",
  PARTNER: "role.PARTNER",
} as const;

export function roleLabel(role: string | null | undefined): string {
  const key = role ? ROLE_KEYS[role as keyof typeof ROLE_KEYS] : undefined;
  return key ? t(key) : "";
}

// CORDIS's roles beside coordinator and partner (Project.participants' cordisRole).
const CORDIS_ROLE_KEYS = {
  associatedPartner: "role.ASSOCIATED_PARTNER",
  thirdParty: "role.THIRD_PARTY",
  internationalPartner: "role.INTERNATIONAL_PARTNER",
} as const;

/** A participant's role in words: an associated partner (no EU funding of its own), a third
 * party or an international partner as CORDIS says, else coordinator or partner. */
export function participantRole(role: string | null | undefined, cordisRole: string | null | undefined): string {
  const key = cordisRole ? CORDIS_ROLE_KEYS[cordisRole as keyof typeof CORDIS_ROLE_KEYS] : undefined;
  return key ? t(key) : roleLabel(role);
}

const STATUS_KEYS = {
  SIGNED: "projectStatus.SIGNED",
  CLOSED: "projectStatus.CLOSED",
  TERMINATED: "projectStatus.TERMINATED",
} as const;

/** CORDIS's status of a project in words. A signed project is said to be running, about to
 * start or ended (not yet closed) from its dates, when it has them: "signed" alone says
 * little once the project is over. Dates are ISO days (YYYY-MM-DD). */
export function statusLabel(status: string, start?: string | null, end?: string | null, today = new Date()): string {
  if (status === "SIGNED" && (start || end)) {
    const day = today.toISOString().slice(0, 10);
    if (end && end < day) return t("projectStatus.SIGNED_ENDED");
    if (start && start > day) return t("projectStatus.SIGNED_AHEAD");
    return t("projectStatus.SIGNED_RUNNING");
  }
  const key = STATUS_KEYS[status as keyof typeof STATUS_KEYS];
  return key ? t(key) : status.toLowerCase();
}

// The kinds of action the people using the page meet most, from the funding scheme's code
// (Horizon Europe "HORIZON-RIA", "HORIZON-TMA-MSCA-PF-EF"; H2020 "RIA", "ERC-STG"): the most
// specific pattern first. Other schemes keep CORDIS's English name.
const ACTION_TYPES = [
  [/MSCA-(PF|IF)\b/, "actionType.MSCA_PF"],
  [/MSCA-(DN|ITN)\b/, "actionType.MSCA_DN"],
  [/MSCA-(SE|RISE)\b/, "actionType.MSCA_SE"],
  [/(^|-)ERC-POC\b/, "actionType.ERC_POC"],
  [/(^|-)ERC\b/, "actionType.ERC"],
  [/(^|-)EIC\b/, "actionType.EIC"],
  [/(^|-)RIA$/, "actionType.RIA"],
  [/(^|-)IA$/, "actionType.IA"],
  [/(^|-)CSA$/, "actionType.CSA"],
] as const;

// The same kinds from the type of action's English name, which is all a Horizon 2020 project
// of the participation table has ("Innovation action", "Standard European Fellowships").
const ACTION_NAMES = [
  [/^(standard european|global|individual) fellowships$/i, "actionType.MSCA_PF"],
  [/training networks|industrial doctorates|joint doctorates/i, "actionType.MSCA_DN"],
  [/^RISE$/, "actionType.MSCA_SE"],
  [/proof of concept/i, "actionType.ERC_POC"],
  [/^(starting|consolidator|advanced|synergy) grant$/i, "actionType.ERC"],
  [/^SME instrument/i, "actionType.EIC"],
  [/research and innovation action/i, "actionType.RIA"],
  [/innovation action/i, "actionType.IA"],
  [/coordination (and|&) support action/i, "actionType.CSA"],
] as const;

/** A project's type of action in the reader's language, else as CORDIS names it. */
export function actionLabel(fundingScheme: string | null | undefined, typeOfAction: string | null | undefined): string {
  const found =
    (fundingScheme ? ACTION_TYPES.find(([pattern]) => pattern.test(fundingScheme)) : undefined) ??
    (typeOfAction ? ACTION_NAMES.find(([pattern]) => pattern.test(typeOfAction)) : undefined);
  return found ? t(found[1]) : (typeOfAction ?? "");
}

const PLAN_AREAS = {
  BUSINESS_DEVELOPMENT: "planArea.BUSINESS_DEVELOPMENT",
  INTERNATIONALISATION: "planArea.INTERNATIONALISATION",
  FLAGSHIP_PROJECTS: "planArea.FLAGSHIP_PROJECTS",
  BRANDING: "planArea.BRANDING",
  PROSPECTION_AND_PROMOTION: "planArea.PROSPECTION_AND_PROMOTION",
} as const;

export function planAreaLabel(area: string | null | undefined): string {
  if (!area) return "";
  const key = PLAN_AREAS[area as keyof typeof PLAN_AREAS];
  return key ? t(key) : humanise(area);
}

const METRICS = {
  newBusinesses: "metric.newBusinesses",
  newJobs: "metric.newJobs",
  internationalPartnerships: "metric.internationalPartnerships",
  flagshipProjects: "metric.flagshipProjects",
  brandingEvents: "metric.brandingEvents",
  prospectionContacts: "metric.prospectionContacts",
  newForeignPartners: "metric.newForeignPartners",
} as const;

/**
 * Words for an id of our own (a metric a manager named newJobs, a plan area): "New jobs".
 * Known metrics come translated from the catalogues; others are split at their capitals.
 */
export function humanise(id: string): string {
  const words = id
    .replaceAll("_", " ")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function metricLabel(metric: string | null | undefined, fallback: string): string {
  if (!metric) return fallback;
  const key = METRICS[metric as keyof typeof METRICS];
  return key ? t(key) : humanise(metric);
}

/** How an objective is measured, when the service measures it: from the data (saying whose
 * figures count: the members', or those of the organisations active in the domain, which the
 * scorecard counts in another table), or as the sum of the clusters' own figures. */
export function measuredFrom(o: { measuredFromData: boolean; indicator?: unknown; population?: string | null }): string | null {
  if (!o.measuredFromData) return null;
  if (!o.indicator) return t("scorecard.fromClusters");
  return t(o.population === "ACTIVE_IN_DOMAIN" ? "scorecard.fromDataActive" : "scorecard.fromDataMembers");
}

const UNITS = {
  businesses: "unit.businesses",
  jobs: "unit.jobs",
  partnerships: "unit.partnerships",
  projects: "unit.projects",
  events: "unit.events",
  companies: "unit.companies",
  organisations: "unit.organisations",
} as const;

const UNIT_NAMES = {
  EUR: "unitName.EUR",
  countries: "unitName.countries",
  organisations: "unitName.organisations",
  partnerships: "unitName.partnerships",
  projects: "unitName.projects",
} as const;

/** An indicator's unit as a column of figures names it: "euros", "pays", "Organisationen". */
export function unitName(unit: string): string {
  const key = UNIT_NAMES[unit as keyof typeof UNIT_NAMES];
  return key ? t(key) : unit;
}

/** A target or a value with its unit: "300 businesses", "3 000 emplois". */
export function withUnit(value: number | null | undefined, unit: string | null | undefined): string {
  if (value == null) return "";
  const key = unit ? UNITS[unit as keyof typeof UNITS] : undefined;
  if (key) return t(key, { count: value });
  return unit ? `${number(value)} ${unit}` : number(value);
}

const OBJECTIVE_STATUS = {
  MET: "objectiveStatus.MET",
  ON_TRACK: "objectiveStatus.ON_TRACK",
  AT_RISK: "objectiveStatus.AT_RISK",
  MISSED: "objectiveStatus.MISSED",
  UNKNOWN: "objectiveStatus.UNKNOWN",
} as const;

/** An objective's status; one without a target of its own counts towards the initiative's. */
export function objectiveStatusLabel(status: ObjectiveStatus, target?: number | null): string {
  if (target === null) return t("objectiveStatus.CONTRIBUTES");
  return t(OBJECTIVE_STATUS[status]);
}

const SOURCES = {
  official: "membership.source.official",
  api: "membership.source.api",
  derived: "membership.source.derived",
} as const;

/** Where a membership comes from, in words: official, added by a manager, inferred. */
export function membershipSourceLabel(source: string | null | undefined): string {
  const key = source ? SOURCES[source as keyof typeof SOURCES] : undefined;
  return key ? t(key) : (source ?? "");
}

const STANDINGS = {
  MEMBER: "membership.standing.MEMBER",
  ACTIVE_IN_DOMAIN: "membership.standing.ACTIVE_IN_DOMAIN",
  FORMER: "membership.standing.FORMER",
} as const;

export function standingLabel(standing: MembershipStanding): string {
  return t(STANDINGS[standing]);
}

/** "since 12 Jan 2016", "since unknown", with its end when it has one. */
/** A membership's dates; an organisation only inferred active in a cluster's domain (`active`)
 * is active there since its first project on it, which is no membership date. */
export function membershipDates(since: string | null | undefined, until: string | null | undefined, active = false): string {
  const start = since ? t(active ? "membership.activeSince" : "membership.since", { date: date(since) }) : t("membership.sinceUnknown");
  return until ? `${start} · ${t("membership.until", { date: date(until) })}` : start;
}

/** A town's name in the reader's language where i18n/towns.ts has it (MUNCHEN, Munich:
 * München in German), else as the data writes it, capitals in ordinary case (GRAZ: Graz). */
export function townName(city: string | null | undefined, country?: string | null): string | null {
  if (!city) return null;
  const named = translatedTown(city, country, locale());
  if (named) return named;
  if (city !== city.toUpperCase()) return city;
  return city.toLowerCase().replace(/(^|[\s\-'(/])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}
