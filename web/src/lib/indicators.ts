// Indicators of the five-point plan (docs/indicators.md): their names and definitions in the
// reader's language, values in their unit, the populations kept apart, and the CSV of a table.
import type { IndicatorFieldsFragment, MembershipStanding } from "../gql/graphql";
import { t } from "../i18n";
import { toCsv, type Separator } from "./csv";
import { moneyShort, number, planAreaLabel, unitName } from "./format";

export type Series = IndicatorFieldsFragment;
export const POPULATIONS: MembershipStanding[] = ["MEMBER" as MembershipStanding, "ACTIVE_IN_DOMAIN" as MembershipStanding];
export const PLAN_AREAS = ["BUSINESS_DEVELOPMENT", "INTERNATIONALISATION", "FLAGSHIP_PROJECTS", "BRANDING", "PROSPECTION_AND_PROMOTION"];
export const FIRST_YEAR = 2014;

// The catalogue keys of each indicator of the API: its name and its definition.
const INDICATORS = {
  ORGANIZATIONS: ["indicator.ORGANIZATIONS.name", "indicator.ORGANIZATIONS.definition"],
  ACTIVE_ORGANIZATIONS: ["indicator.ACTIVE_ORGANIZATIONS.name", "indicator.ACTIVE_ORGANIZATIONS.definition"],
  SMES_ACTIVE: ["indicator.SMES_ACTIVE.name", "indicator.SMES_ACTIVE.definition"],
  PROJECTS_STARTED: ["indicator.PROJECTS_STARTED.name", "indicator.PROJECTS_STARTED.definition"],
  EU_FUNDING: ["indicator.EU_FUNDING.name", "indicator.EU_FUNDING.definition"],
  MEMBER_COLLABORATIONS: ["indicator.MEMBER_COLLABORATIONS.name", "indicator.MEMBER_COLLABORATIONS.definition"],
  FOREIGN_PARTNERS: ["indicator.FOREIGN_PARTNERS.name", "indicator.FOREIGN_PARTNERS.definition"],
  FOREIGN_COUNTRIES: ["indicator.FOREIGN_COUNTRIES.name", "indicator.FOREIGN_COUNTRIES.definition"],
  NEW_FOREIGN_PARTNERS: ["indicator.NEW_FOREIGN_PARTNERS.name", "indicator.NEW_FOREIGN_PARTNERS.definition"],
  COORDINATIONS: ["indicator.COORDINATIONS.name", "indicator.COORDINATIONS.definition"],
  FLAGSHIP_PROJECTS: ["indicator.FLAGSHIP_PROJECTS.name", "indicator.FLAGSHIP_PROJECTS.definition"],
  NEW_COLLABORATIONS: ["indicator.NEW_COLLABORATIONS.name", "indicator.NEW_COLLABORATIONS.definition"],
  CROSS_CLUSTER_PROJECTS: ["indicator.CROSS_CLUSTER_PROJECTS.name", "indicator.CROSS_CLUSTER_PROJECTS.definition"],
} as const;

export const INDICATOR_IDS = Object.keys(INDICATORS);

function keysOf(id: string) {
  return INDICATORS[id as keyof typeof INDICATORS] ?? INDICATORS.ORGANIZATIONS;
}

export function indicatorName(id: string): string {
  return t(keysOf(id)[0]);
}

export function indicatorDefinition(id: string): string {
  return t(keysOf(id)[1]);
}

export function populationLabel(population: string): string {
  return t(population === "MEMBER" ? "scorecard.members" : "scorecard.activeInDomain");
}

/** A value in its unit: euros as money (millions short: "€75.1M"), the rest as a number. */
export function indicatorValue(value: number, unit: string): string {
  return unit === "EUR" ? moneyShort(value) : number(value, 0);
}

/** The series of one population, grouped by plan area in the plan's order. */
export function byArea(series: Series[], population: string): [string, Series[]][] {
  const mine = series.filter((s) => s.population === population);
  return PLAN_AREAS.map((area) => [area, mine.filter((s) => s.indicator.planArea === area)] as [string, Series[]]).filter(
    ([, list]) => list.length > 0,
  );
}

export function years(series: Series[]): { year: number; partial: boolean }[] {
  return series[0]?.years.map((y) => ({ year: y.year, partial: y.partial })) ?? [];
}

/** One line per indicator and population: names and units in the reader's language, plain
 * numbers (no thousands separator). */
export function indicatorsCsv(series: Series[], separator: Separator, prefix: string[] = [], prefixHeader: string[] = []): string {
  return toCsv(
    [...prefixHeader, t("scorecard.csvIndicator"), t("scorecard.csvPopulation"), t("scorecard.csvArea"), t("scorecard.csvUnit"), ...years(series).map((y) => String(y.year)), t("scorecard.total")],
    series.map((s) => [
      ...prefix,
      indicatorName(s.indicator.id),
      populationLabel(s.population),
      planAreaLabel(s.indicator.planArea),
      unitName(s.indicator.unit),
      ...s.years.map((y) => sheetNumber(y.value, separator)),
      sheetNumber(s.total, separator),
    ]),
    separator,
  );
}

/** A figure as a spreadsheet of the reader's settings reads it: at most two decimals (euros
 * and cents), and a decimal comma where ";" separates the cells. */
export function sheetNumber(value: number, separator: Separator): string {
  const text = String(Math.round(value * 100) / 100);
  return separator === ";" ? text.replace(".", ",") : text;
}

/** The years a period picker offers: 2014 to this year. */
export function pickableYears(): number[] {
  const last = new Date().getFullYear();
  return Array.from({ length: last - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);
}
