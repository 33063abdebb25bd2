// The search page's filters as the URL keeps them (`type`, `kinds`, `countries`, `programmes`)
// and how one change to them keeps the others consistent.
import type { OrganizationKind } from "../gql/graphql";
import { ALL_KINDS } from "./format";
import { listParam } from "./links";

// The URL's `type`, the API's SearchType and facet value for it, and its label's key.
export const TYPES = [
  ["organizations", "ORGANIZATION", "search.typeOrganizations"],
  ["projects", "PROJECT", "search.typeProjects"],
  ["clusters", "CLUSTER", "search.typeClusters"],
  ["topics", "TOPIC", "search.typeTopics"],
] as const;
export type TypeName = (typeof TYPES)[number][0] | "all";

export interface Filters {
  type: TypeName;
  kinds: OrganizationKind[];
  countries: string[];
  programmes: string[];
}

export function readFilters(query: Record<string, string>): Filters {
  const type = TYPES.find(([name]) => name === query.type)?.[0] ?? "all";
  return {
    type,
    kinds: listParam(query.kinds).filter((k): k is OrganizationKind => ALL_KINDS.includes(k as OrganizationKind)),
    countries: listParam(query.countries).map((c) => c.toUpperCase()),
    programmes: listParam(query.programmes),
  };
}

/**
 * A change of one facet, kept consistent: kinds and countries are about organisations and
 * programmes about projects, so picking one of them picks that type, and a type drops the
 * facets that do not apply to it.
 */
export function nextFilters(current: Filters, change: Partial<Filters>): Filters {
  const merged = { ...current, ...change };
  if (change.kinds?.length || change.countries?.length) merged.type = "organizations";
  if (change.programmes?.length) merged.type = "projects";
  if (merged.type !== "organizations") {
    merged.kinds = [];
    merged.countries = [];
  }
  if (merged.type !== "projects") merged.programmes = [];
  return merged;
}

