// The scorecard's map of the internationalisation area: where the cluster's organisations and
// their foreign partners are, for the scorecard's period, for its members or the organisations
// active in its domain (one at a time, never added together), by country or by region. The
// drawing is a chunk of its own (src/map); the figures are also a table.
import type { ComponentType } from "preact";
import { useEffect, useState } from "preact/hooks";
import { ClusterGeographyDocument as ClusterGeographyQuery } from "../gql/graphql";
import { t } from "../i18n";
import { useQuery } from "../lib/client";
import { countryName, number } from "../lib/format";
import { populationLabel } from "../lib/indicators";
import type { MapProps } from "../map/EuropeMapView";
import { firstPopulation, type Geography } from "../map/places";
import { ErrorNote, Loading, Section } from "./common";
import { PopulationChoice } from "./PopulationChoice";

let drawing: Promise<{ default: ComponentType<MapProps>; outsideOf: (g: Geography) => string[]; unplacedOf: (g: Geography) => number }> | undefined;
function loadDrawing() {
  drawing ??= import("../map/EuropeMapView");
  return drawing;
}

function CountryTable({ geography }: { geography: Geography }) {
  return (
    <div class="scroll-x">
      <table class="table map-table">
        <caption>{t("map.tableCaption", { whose: populationLabel(geography.population) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("map.colCountry")}</th>
            {/* the order of the rows (and the circles' size) first: a phone shows it */}
            <th scope="col" class="num">
              {t("map.colProjects")}
            </th>
            <th scope="col" class="num">
              {t("map.colPartners")}
            </th>
            <th scope="col" class="num">
              {t("map.colOrganizations")}
            </th>
          </tr>
        </thead>
        <tbody>
          {geography.countries.map((c) => (
            <tr key={c.country} data-country={c.country}>
              <th scope="row">{countryName(c.country)}</th>
              <td class="num">{number(c.projects, 0)}</td>
              <td class="num">{number(c.partners, 0)}</td>
              <td class="num">{c.organizations ? number(c.organizations, 0) : ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function PartnerMap({ id, name, from, to }: { id: string; name: string; from: number; to: number }) {
  const { data, error, fetching } = useQuery(ClusterGeographyQuery, { id, from: `${from}-01-01`, to: `${to}-12-31` });
  const [drawn, setDrawn] = useState<Awaited<ReturnType<typeof loadDrawing>>>();
  const [failed, setFailed] = useState<string>();
  const [whose, setWhose] = useState<string>();
  const [view, setView] = useState<"country" | "region">("country");
  useEffect(() => {
    loadDrawing().then(setDrawn, (reason: unknown) => setFailed(String(reason)));
  }, []);
  const geographies = data?.cluster?.geography ?? [];
  const geography = geographies.find((g) => g.population === whose) ?? firstPopulation(geographies);
  const reached = geography?.countries.filter((c) => c.partners > 0).length ?? 0;
  // no organisation of the population in the period (a cluster without a member list): say
  // so, not "no foreign partner"
  const summary = geography
    ? !geography.organizations
      ? t("map.nobody", { from, to })
      : geography.partners
      ? t("map.summary", {
          partners: t("map.partners", { count: geography.partners }),
          countries: t("map.countries", { count: reached }),
          projects: t("map.projects", { count: geography.projects }),
          from,
          to,
        })
      : t("map.empty", { from, to })
    : "";
  const outside = geography && drawn ? drawn.outsideOf(geography) : [];
  const unplaced = geography && drawn ? geography.partnersWithoutRegion + drawn.unplacedOf(geography) : 0;
  return (
    <Section id="partner-map" title={t("map.heading")}>
      <p class="muted small">{t("map.intro")}</p>
      {error && <ErrorNote message={error} />}
      {failed && <ErrorNote message={t("map.failed")} />}
      {!geography && fetching && <Loading />}
      {geography && (
        <>
          <form class="map-controls no-print" onSubmit={(event) => event.preventDefault()}>
            <PopulationChoice name="map-whose" populations={geographies.map((g) => g.population)} value={geography.population} onChange={setWhose} />
            <fieldset>
              <legend>{t("map.how")}</legend>
              <label>
                <input type="radio" name="map-view" checked={view === "country"} onChange={() => setView("country")} /> {t("map.byCountry")}
              </label>
              <label>
                <input type="radio" name="map-view" checked={view === "region"} onChange={() => setView("region")} /> {t("map.byRegion")}
              </label>
            </fieldset>
          </form>
          <p class="map-summary" data-population={geography.population}>
            <strong>{populationLabel(geography.population)}</strong> · {summary}
          </p>
          {drawn ? (
            <drawn.default
              geography={geography}
              view={view}
              title={t("map.title", { name })}
              description={summary}
            />
          ) : (
            !failed && <Loading />
          )}
          {outside.length > 0 && <p class="small">{t("map.outside", { list: outside.join(", ") })}</p>}
          {view === "region" && unplaced > 0 && <p class="small muted">{t("map.withoutRegion", { count: unplaced })}</p>}
          <details class="map-details">
            <summary>{t("map.showTable")}</summary>
            <CountryTable geography={geography} />
          </details>
        </>
      )}
    </Section>
  );
}
