// The initiative as a whole: its own targets with their status, and its clusters side by side
// for one indicator and population at a time (a table and a small chart per cluster), over a
// period; every indicator of every cluster as CSV; printable on A4.
import { useLocation } from "preact-iso";
import type { InitiativeQuery as InitiativeData } from "../gql/graphql";
import { InitiativeDocument as InitiativeQuery } from "../gql/graphql";
import { Section, Status } from "../components/common";
import { PopulationChoice } from "../components/PopulationChoice";
import { YearCells, YearHead, YearScroll } from "../components/YearTable";
import { locale, t } from "../i18n";
import { useQuery } from "../lib/client";
import { download } from "../lib/csv";
import { useTitle } from "../lib/debounce";
import { INDICATOR_IDS, indicatorDefinition, indicatorName, indicatorsCsv, indicatorValue, POPULATIONS, populationLabel, years, type Series } from "../lib/indicators";
import { withParams } from "../lib/links";
import { separatorFor } from "../lib/shortlist";
import { AllZero, allZero, ObjectiveTable, PeriodPicker, usePeriod } from "./Scorecard";

type InitiativeInfo = NonNullable<InitiativeData["initiative"]>;
type ClusterInfo = InitiativeInfo["clusters"][number];

const INDICATORS = INDICATOR_IDS;

function seriesOf(cluster: ClusterInfo, indicator: string, population: string): Series | undefined {
  return cluster.indicators.find((s) => s.indicator.id === indicator && s.population === population);
}

/** A small bar chart of one series, years left to right, on a scale shared by all clusters. */
function Bars({ series, top, label }: { series: Series; top: number; label: string }) {
  const width = 8 * series.years.length;
  const unit = series.indicator.unit;
  const first = series.years[0];
  const last = series.years[series.years.length - 1];
  const most = Math.max(0, ...series.years.map((y) => y.value));
  return (
    <>
      <svg class="bars" viewBox={`0 0 ${width} 30`} width={width * 2} height={60} role="img" aria-label={label}>
        {series.years.map((y, index) => {
          const height = top > 0 ? (28 * y.value) / top : 0;
          return (
            <rect key={y.year} x={index * 8 + 1} y={30 - height} width={6} height={height} class={y.partial ? "partial" : ""}>
              <title>{`${y.year}: ${indicatorValue(y.value, unit)}`}</title>
            </rect>
          );
        })}
      </svg>
      {/* what the bars span, and how high they go: the drawing alone says neither */}
      {first && last && (
        <span class="muted small">{t("initiative.barsSpan", { from: first.year, to: last.year, most: indicatorValue(most, unit) })}</span>
      )}
    </>
  );
}

function SideBySide({ initiative, indicator, population }: { initiative: InitiativeInfo; indicator: string; population: string }) {
  const rows = initiative.clusters.map((c) => [c, seriesOf(c, indicator, population)] as const);
  const first = rows.find(([, s]) => s)?.[1];
  if (!first) return null;
  const columns = years([first]);
  const top = Math.max(0, ...rows.flatMap(([, s]) => s?.years.map((y) => y.value) ?? []));
  // Clusters without members (the demo's: no official lists): one line, not tables of zeros.
  if (rows.every(([, s]) => allZero(s))) return <AllZero population={population} />;
  return (
    <>
      <YearScroll>
      <table class="table side-by-side">
        <caption>
          {indicatorName(indicator)} · {populationLabel(population)}
        </caption>
        <YearHead first={t("initiative.cluster")} columns={columns} />
        <tbody>
          {rows.map(([cluster, s]) => (
            <tr key={cluster.id} data-cluster={cluster.id}>
              <th scope="row">
                <a href={`/clusters/${encodeURIComponent(cluster.id)}/scorecard`}>{cluster.name}</a>
              </th>
              <YearCells series={s} unit={first.indicator.unit} />
            </tr>
          ))}
        </tbody>
      </table>
      </YearScroll>
      <ul class="multiples" aria-label={t("initiative.multiples")}>
        {rows.map(([cluster, s]) =>
          s ? (
            <li key={cluster.id}>
              <span class="small">{cluster.name}</span>
              <Bars series={s} top={top} label={`${cluster.name}: ${indicatorName(indicator)}`} />
            </li>
          ) : null,
        )}
      </ul>
    </>
  );
}

export default function InitiativePage() {
  const { path, query, route } = useLocation();
  const period = usePeriod();
  const indicator = INDICATORS.includes(query.indicator ?? "") ? (query.indicator as string) : INDICATORS[0];
  const population = query.population === "MEMBER" ? "MEMBER" : "ACTIVE_IN_DOMAIN";
  const { data, error, fetching } = useQuery(InitiativeQuery, { from: `${period.from}-01-01`, to: `${period.to}-12-31` });
  const initiative = data?.initiative;
  useTitle(initiative?.name ?? t("initiative.heading"));
  const choose = (changes: Record<string, string>) => route(withParams(path, { ...query, ...changes }), true);
  const exportCsv = () => {
    if (!initiative) return;
    const separator = separatorFor(locale());
    const lines = initiative.clusters.map((c, index) => {
      const text = indicatorsCsv(c.indicators, separator, [c.name], [t("initiative.cluster")]);
      return index === 0 ? text : text.slice(text.indexOf("\r\n") + 2);
    });
    download(`initiative-indicators-${period.from}-${period.to}.csv`, lines.join(""));
  };
  return (
    <div class="page scorecard">
      <h1>{initiative?.name ?? t("initiative.heading")}</h1>
      <Status fetching={fetching} error={error} empty={!initiative} emptyText={t("initiative.none")}>
        {initiative && (
          <>
            {initiative.operator && <p>{t("initiative.operator", { operator: initiative.operator })}</p>}
            <p class="period-line">{t("scorecard.period", { from: period.from, to: period.to })}</p>
            <PeriodPicker {...period} />
            <p class="actions no-print">
              <button type="button" onClick={exportCsv}>
                {t("scorecard.csv")}
              </button>{" "}
              <button type="button" onClick={() => window.print()}>
                {t("scorecard.print")}
              </button>
            </p>
            <Section id="initiative-objectives" title={t("initiative.objectives")}>
              <ObjectiveTable objectives={initiative.objectives} />
            </Section>
            <Section id="clusters-side-by-side" title={t("initiative.sideBySide", { count: initiative.clusters.length })}>
              <form class="no-print pickers" onSubmit={(event) => event.preventDefault()}>
                <label>
                  {t("scorecard.indicator")}{" "}
                  <select value={indicator} onChange={(event) => choose({ indicator: event.currentTarget.value })}>
                    {INDICATORS.map((id) => (
                      <option key={id} value={id}>
                        {indicatorName(id)}
                      </option>
                    ))}
                  </select>
                </label>{" "}
                <PopulationChoice name="initiative-whose" populations={POPULATIONS} value={population} onChange={(p) => choose({ population: p })} />
              </form>
              <p class="muted small">{indicatorDefinition(indicator)}</p>
              <SideBySide initiative={initiative} indicator={indicator} population={population} />
              <p class="muted small">{t("scorecard.partialNote")}</p>
            </Section>
          </>
        )}
      </Status>
      <p class="attribution small print-only">{t("footer.source")}</p>
    </div>
  );
}
