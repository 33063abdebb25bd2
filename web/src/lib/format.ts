// How things are named and shown: organisations without a name, kinds, countries, money.
import type { OrganizationKind } from "../gql/graphql";

export const KINDS: OrganizationKind[] = [
  "COMPANY",
  "RESEARCH_INSTITUTION",
  "PUBLIC_ACTOR",
  "OTHER",
];

/** Every kind, UNKNOWN too (no source gives an activity type: never guessed). */
export const ALL_KINDS: OrganizationKind[] = [...KINDS, "UNKNOWN"];

const KIND_LABELS: Record<string, string> = {
  COMPANY: "Company",
  RESEARCH_INSTITUTION: "Research institution",
  PUBLIC_ACTOR: "Public actor",
  OTHER: "Other actor",
  UNKNOWN: "Kind unknown",
};

// searchFacets names kinds by their graph labels; the filters take the enum.
const FACET_KINDS: Record<string, OrganizationKind> = {
  Company: "COMPANY",
  ResearchInstitution: "RESEARCH_INSTITUTION",
  PublicActor: "PUBLIC_ACTOR",
  OtherActor: "OTHER",
  Unknown: "UNKNOWN",
};

/** The OrganizationKind of a kind facet's value (Company, ResearchInstitution, ...; Unknown). */
export function facetKind(value: string): OrganizationKind | undefined {
  return FACET_KINDS[value];
}

export function kindLabel(kind: string | null | undefined): string {
  return (kind && KIND_LABELS[kind]) || "Kind unknown";
}

interface Named {
  id: string;
  name?: string | null;
  displayName?: string | null;
}

/** The name to show: the API's displayName, else name, else a marked id: never blank. */
export function orgName(org: Named): string {
  return org.displayName || org.name || `Unnamed organisation (${org.id})`;
}

interface ProjectLike {
  id: string;
  acronym?: string | null;
  title?: string | null;
  displayName?: string | null;
}

export function projectName(project: ProjectLike): string {
  if (project.displayName) return project.displayName;
  if (project.acronym && project.title) return `${project.acronym}: ${project.title}`;
  return project.acronym || project.title || `Untitled project (${project.id})`;
}

const PROGRAMME_LABELS: Record<string, string> = {
  H2020: "Horizon 2020",
  HORIZON: "Horizon Europe",
};

/** Horizon 2020, Horizon Europe, or the programme as stored (a cluster's own). */
export function programmeLabel(programme: string | null | undefined): string {
  return programme ? (PROGRAMME_LABELS[programme] ?? programme) : "programme unknown";
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
  if (project.datePrecision === "YEAR" && project.startYear != null) return `call ${project.startYear}`;
  if (project.startDate || project.endDate) return period(project.startDate, project.endDate);
  return project.startYear != null ? String(project.startYear) : "dates unknown";
}

export const TOPIC_KINDS = [
  ["PROGRAMME_PART", "Programme part", "Programme parts"],
  ["THEMATIC_AREA", "Thematic area", "Thematic areas"],
  ["CALL_FAMILY", "Call family", "Call families"],
  ["CALL_TOPIC", "Call topic", "Call topics"],
  ["FIELD_OF_SCIENCE", "Field of science", "Fields of science"],
  ["CURATED", "Curated topic", "Curated topics"],
] as const;

export type TopicKindName = (typeof TOPIC_KINDS)[number][0];

export function topicKindLabel(kind: string | null | undefined, plural = false): string {
  const found = TOPIC_KINDS.find(([value]) => value === kind);
  return found ? found[plural ? 2 : 1] : "Topic";
}

interface TopicLike {
  id: string;
  name?: string | null;
  code?: string | null;
}

export function topicName(topic: TopicLike): string {
  return topic.name || topic.code || topic.id;
}

const NAME_SOURCES: Record<string, string> = {
  manual: "set by a data owner (API or bundle)",
  cordis: "CORDIS Horizon 2020 tables",
  "horizon-europe": "CORDIS Horizon Europe (December 2025)",
  "horizon-europe-partial": "older partial CORDIS Horizon Europe files",
  supplement: "other CORDIS and Horizon Dashboard extracts",
};

export function nameSourceLabel(source: string | null | undefined): string {
  return source ? (NAME_SOURCES[source] ?? source) : "no source names it";
}

// CORDIS writes UK and EL where ISO 3166 has GB and GR.
const ISO_COUNTRY: Record<string, string> = { UK: "GB", EL: "GR" };
let regionNames: Intl.DisplayNames | null = null;

export function countryName(code: string | null | undefined): string {
  if (!code) return "";
  try {
    regionNames ??= new Intl.DisplayNames(["en"], { type: "region" });
    return regionNames.of(ISO_COUNTRY[code] ?? code) ?? code;
  } catch {
    return code;
  }
}

const euros = new Intl.NumberFormat("en", {
  style: "currency",
  currency: "EUR",
  maximumFractionDigits: 0,
});

export function money(value: number | null | undefined): string {
  return value == null ? "" : euros.format(value);
}

export function year(date: string | null | undefined): string {
  return date ? date.slice(0, 4) : "";
}

export function period(start: string | null | undefined, end: string | null | undefined): string {
  if (!start && !end) return "dates unknown";
  return `${start ?? "?"} to ${end ?? "?"}`;
}

const ROLE_LABELS: Record<string, string> = {
  PRESIDENT: "President",
  VICE_PRESIDENT: "Vice-president",
  CLUSTER_MANAGER: "Cluster manager",
  COORDINATOR: "Coordinator",
  PARTNER: "Partner",
};

export function roleLabel(role: string | null | undefined): string {
  return (role && ROLE_LABELS[role]) || "";
}

const STATUS_LABELS: Record<string, string> = {
  SIGNED: "signed (running or about to start)",
  CLOSED: "closed",
  TERMINATED: "terminated early",
};

export function statusLabel(status: string): string {
  return STATUS_LABELS[status] ?? status.toLowerCase();
}

export function planAreaLabel(area: string | null | undefined): string {
  if (!area) return "";
  const text = area.toLowerCase().replaceAll("_", " ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function percent(value: number | null | undefined): string {
  return value == null ? "no measurement" : `${Math.round(value * 100)}%`;
}
