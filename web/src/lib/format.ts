// How things are named and shown: organisations without a name, kinds, countries, money.
import type { OrganizationKind } from "../gql/graphql";

export const KINDS: OrganizationKind[] = [
  "COMPANY",
  "RESEARCH_INSTITUTION",
  "PUBLIC_ACTOR",
  "OTHER",
];

const KIND_LABELS: Record<string, string> = {
  COMPANY: "Company",
  RESEARCH_INSTITUTION: "Research institution",
  PUBLIC_ACTOR: "Public actor",
  OTHER: "Other actor",
  UNKNOWN: "Kind unknown",
};

export function kindLabel(kind: string | null | undefined): string {
  return (kind && KIND_LABELS[kind]) || "Kind unknown";
}

interface Named {
  id: string;
  name?: string | null;
  shortName?: string | null;
  displayName?: string | null;
}

/** The name to show: the API's displayName when it has one, else name, else a marked id. */
export function orgName(org: Named): string {
  return org.displayName ?? org.name ?? `Unnamed organisation (${org.id})`;
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
  return project.acronym ?? project.title ?? `Untitled project (${project.id})`;
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

export function planAreaLabel(area: string | null | undefined): string {
  if (!area) return "";
  const text = area.toLowerCase().replaceAll("_", " ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function percent(value: number | null | undefined): string {
  return value == null ? "no measurement" : `${Math.round(value * 100)}%`;
}
