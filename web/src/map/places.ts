// What the map draws, computed from Cluster.geography: a circle per country (or region) with
// foreign partners, its area proportional to the projects shared with them; the countries of
// the cluster's own organisations; and what cannot be placed. Pure functions (unit-tested).
import type { ClusterGeographyQuery } from "../gql/graphql";
import { townName } from "../lib/format";

export type Geography = NonNullable<ClusterGeographyQuery["cluster"]>["geography"][number];
export type CountryReach = Geography["countries"][number];
export type RegionReach = Geography["regions"][number];
export type Point = [number, number];

/** A circle: where, how large, and the figures it stands for. */
export type Spot = {
  key: string;
  country: string;
  region: string | null;
  city: string | null;
  at: Point;
  r: number;
  partners: number;
  projects: number;
};

export const LARGEST = 24;
export const SMALLEST = 3;

/** Radius of a circle whose area is proportional to `value` (LARGEST for `max`, 0 for 0). */
export function radius(value: number, max: number, largest = LARGEST, smallest = SMALLEST): number {
  if (value <= 0 || max <= 0) return 0;
  return Math.max(smallest, largest * Math.sqrt(Math.min(value, max) / max));
}

/** A round number at most `value`: 1, 2 or 5 times a power of ten. */
export function roundDown(value: number): number {
  if (value < 1) return 0;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [5, 2, 1].find((s) => s * power <= value) ?? 1;
  return step * power;
}

/** Up to three values for the legend's circles, smallest first: round ones and the largest. */
export function legendValues(max: number): number[] {
  if (max <= 0) return [];
  const values = [roundDown(max / 10), roundDown(max / 3), max].filter((v) => v >= 1);
  return [...new Set(values)];
}

/** The population to show first: the members when there are any, else the others. */
export function firstPopulation(geographies: readonly Geography[]): Geography | undefined {
  // a map of members without a foreign partner in the period would show one dot and nothing else
  return geographies.find((g) => g.partners > 0) ?? geographies.find((g) => g.organizations > 0) ?? geographies[0];
}

function bySize(a: Spot, b: Spot): number {
  return b.projects - a.projects || b.partners - a.partners || a.key.localeCompare(b.key);
}

/**
 * Circles per country with foreign partners, at the point the map gives each country; the
 * countries it does not show come back in `outside`, most partners first (the figure the page
 * names them with), then most shared projects.
 */
export function countrySpots(geography: Geography, anchors: ReadonlyMap<string, Point | null>): { spots: Spot[]; outside: CountryReach[] } {
  const reached = geography.countries.filter((c) => c.partners > 0);
  const max = Math.max(0, ...reached.map((c) => c.projects));
  const spots: Spot[] = [];
  const outside: CountryReach[] = [];
  for (const c of reached) {
    const at = anchors.get(c.country);
    if (!at) {
      outside.push(c);
      continue;
    }
    spots.push({ key: c.country, country: c.country, region: null, city: null, at, r: radius(c.projects, max), partners: c.partners, projects: c.projects });
  }
  outside.sort((a, b) => b.partners - a.partners || b.projects - a.projects);
  return { spots: spots.sort(bySize), outside };
}

/**
 * Circles per region with foreign partners, at the mean of their coordinates; `unplaced`
 * counts the partners of regions without coordinates or off the map.
 */
export function regionSpots(geography: Geography, project: (point: Point) => Point | null): { spots: Spot[]; unplaced: number } {
  const reached = geography.regions.filter((r) => r.partners > 0);
  const max = Math.max(0, ...reached.map((r) => r.projects));
  const spots: Spot[] = [];
  let unplaced = 0;
  for (const r of reached) {
    const at = r.latitude != null && r.longitude != null ? project([r.longitude, r.latitude]) : null;
    if (!at) {
      unplaced += r.partners;
      continue;
    }
    spots.push({ key: r.region, country: r.country, region: r.region, city: townName(r.city, r.country), at, r: radius(r.projects, max), partners: r.partners, projects: r.projects });
  }
  return { spots: spots.sort(bySize), unplaced };
}

/** Countries where the cluster's own organisations are. */
export function homeCountries(geography: Geography): CountryReach[] {
  return geography.countries.filter((c) => c.organizations > 0).sort((a, b) => b.organizations - a.organizations);
}
