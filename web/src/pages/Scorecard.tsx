// A cluster's scorecard: its indicators by year for a period, its members and the
// organisations active in its domain each in a table of their own, with its objectives and
// their status; exported as CSV, printed on A4 with the data's attribution.
import { useLocation, useRoute } from "preact-iso";
import { useEffect, useRef } from "preact/hooks";
import type { ScorecardObjectiveFragment, ScorecardQuery as ScorecardData } from "../gql/graphql";
import { ScorecardDocument as ScorecardQuery } from "../gql/graphql";
import { Section, Status } from "../components/common";
import { PartnerMap } from "../components/PartnerMap";
import { YearCells, YearHead, YearScroll } from "../components/YearTable";
import { locale, t } from "../i18n";
import { useQuery } from "../lib/client";
import { download } from "../lib/csv";
import { useTitle } from "../lib/debounce";
import { date, measuredFrom, metricLabel, objectiveStatusLabel, percent, planAreaLabel, withUnit } from "../lib/format";
import {
  byArea,
  indicatorDefinition,
  indicatorName,
  indicatorsCsv,
  pickableYears,
  POPULATIONS,
  populationLabel,
  years,
  type Series,
} from "../lib/indicators";
import { withParams } from "../lib/links";
import { separatorFor } from "../lib/shortlist";

export function usePeriod(): { from: number; to: number; set: (from: number, to: number) => void } {
  const { path, query, route } = useLocation();
  const last = new Date().getFullYear();
  const from = Number(query.from) || Math.max(2014, last - 11);
  const to = Math.max(from, Number(query.to) || last);
  return { from, to, set: (f, t2) => route(withParams(path, { ...query, from: String(f), to: String(Math.max(f, t2)) }), true) };
}

export function PeriodPicker({ from, to, set }: ReturnType<typeof usePeriod>) {
  const choices = pickableYears();
  return (
    <form class="period no-print" onSubmit={(event) => event.preventDefault()}>
      <label>
        {t("scorecard.from")}{" "}
        <select aria-label={t("scorecard.firstYear")} value={String(from)} onChange={(event) => set(Number(event.currentTarget.value), to)}>
          {choices.map((y) => (
            <option key={y} value={String(y)}>
              {y}
            </option>
          ))}
        </select>
      </label>{" "}
      <label>
        {t("scorecard.to")}{" "}
        <select aria-label={t("scorecard.lastYear")} value={String(to)} onChange={(event) => set(from, Number(event.currentTarget.value))}>
          {choices.map((y) => (
            <option key={y} value={String(y)}>
              {y}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}

/** Whether a series counts nothing in any year. */
export function allZero(series: Series | undefined): boolean {
  return !series || (!series.total && series.years.every((y) => !y.value));
}

/** One line in place of a table whose every figure is 0. */
export function AllZero({ population }: { population: string }) {
  return (
    <p class="state empty" data-population={population}>
      <strong>{populationLabel(population)}</strong>
      {t("punctuation.colon")}
      {t("scorecard.allZero")}
    </p>
  );
}

function IndicatorTable({ series, population }: { series: Series[]; population: string }) {
  const columns = years(series);
  const mine = series.filter((s) => s.population === population);
  // A cluster without members (the demo's: no official list) gets one line, not a table of zeros.
  if (mine.every(allZero)) return <AllZero population={population} />;
  return (
    <YearScroll>
    <table class="table indicators" data-population={population}>
      <caption>{populationLabel(population)}</caption>
      <YearHead first={t("scorecard.indicator")} columns={columns} />
      {byArea(series, population).map(([area, list]) => (
        <tbody key={area}>
          <tr class="area">
            <th scope="rowgroup">{planAreaLabel(area)}</th>
            <td colSpan={columns.length + 1} />
          </tr>
          {list.map((s) => (
            <tr key={s.indicator.id} data-indicator={s.indicator.id}>
              <th scope="row" title={indicatorDefinition(s.indicator.id)}>
                {indicatorName(s.indicator.id)}
              </th>
              <YearCells series={s} unit={s.indicator.unit} />
            </tr>
          ))}
        </tbody>
      ))}
    </table>
    </YearScroll>
  );
}

/** What each indicator counts, for those who cannot point at a row's name (phones); open on
 * paper, where it cannot be clicked. */
function Definitions({ series }: { series: Series[] }) {
  const indicators = [...new Map(series.map((s) => [s.indicator.id, s.indicator])).values()];
  const box = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    let opened = false;
    const before = () => {
      opened = Boolean(box.current && !box.current.open);
      if (opened) box.current!.open = true;
    };
    const after = () => {
      if (opened && box.current) box.current.open = false;
    };
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
    };
  }, []);
  return (
    <details class="definitions" ref={box}>
      <summary>{t("scorecard.definitions")}</summary>
      <dl>
        {indicators.map((indicator) => (
          <div key={indicator.id}>
            <dt>{indicatorName(indicator.id)}</dt>
            <dd>{indicatorDefinition(indicator.id)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

export function ObjectiveTable({ objectives }: { objectives: ScorecardObjectiveFragment[] }) {
  if (!objectives.length) return <p class="state empty">{t("cluster.noObjectives")}</p>;
  return (
    <div class="scroll-x">
      <table class="table stack scorecard-objectives">
        <thead>
          <tr>
            <th scope="col">{t("cluster.colObjective")}</th>
            <th scope="col">{t("cluster.colPlanArea")}</th>
            <th scope="col" class="num">
              {t("cluster.colTarget")}
            </th>
            <th scope="col">{t("cluster.colDeadline")}</th>
            <th scope="col" class="num">
              {t("cluster.colLatest")}
            </th>
            <th scope="col">{t("cluster.colStatus")}</th>
          </tr>
        </thead>
        <tbody>
          {objectives.map((o) => {
            const latest = o.measurements.at(-1);
            return (
              <tr key={o.id} data-objective={o.id}>
                <th scope="row" data-label={t("cluster.colObjective")}>
                  {o.indicator ? indicatorName(o.indicator.id) : metricLabel(o.metric, o.id)}
                  {o.measuredFromData && <span class="muted small"> · {measuredFrom(o)}</span>}
                </th>
                <td data-label={t("cluster.colPlanArea")}>{planAreaLabel(o.planArea)}</td>
                <td class="num" data-label={t("cluster.colTarget")}>
                  {o.target == null ? t("scorecard.noTarget") : withUnit(o.target, o.unit)}
                </td>
                <td data-label={t("cluster.colDeadline")}>{o.deadline ? date(o.deadline) : ""}</td>
                <td class="num" data-label={t("cluster.colLatest")}>
                  {latest?.value != null ? withUnit(latest.value, o.unit) : ""}
                  {o.progress != null && <span class="muted small"> ({percent(o.progress)})</span>}
                  {latest?.illustrative && <span class="muted small"> · {t("cluster.example")}</span>}
                </td>
                <td data-label={t("cluster.colStatus")} data-status={o.status}>
                  {objectiveStatusLabel(o.status, o.target)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

type ClusterInfo = NonNullable<ScorecardData["cluster"]>;

function Card({ cluster, from, to }: { cluster: ClusterInfo; from: number; to: number }) {
  const separator = separatorFor(locale());
  const exportCsv = () =>
    download(`${cluster.id}-indicators-${from}-${to}.csv`, indicatorsCsv(cluster.indicators, separator));
  return (
    <>
      <p class="actions no-print">
        <button type="button" onClick={exportCsv}>
          {t("scorecard.csv")}
        </button>{" "}
        <button type="button" onClick={() => window.print()}>
          {t("scorecard.print")}
        </button>
      </p>
      <Section id="scorecard-objectives" title={t("cluster.objectives")}>
        <ObjectiveTable objectives={cluster.objectives} />
      </Section>
      <Section id="indicators" title={t("scorecard.indicators")}>
        <p class="muted small">{t("scorecard.apart")}</p>
        {POPULATIONS.map((population) => (
          <IndicatorTable key={population} series={cluster.indicators} population={population} />
        ))}
        <p class="muted small">{t("scorecard.partialNote")}</p>
        <Definitions series={cluster.indicators} />
      </Section>
      <PartnerMap id={cluster.id} name={cluster.name} from={from} to={to} />
    </>
  );
}

export default function ScorecardPage() {
  const { params } = useRoute();
  const id = params.id ?? "";
  const period = usePeriod();
  const { data, error, fetching } = useQuery(ScorecardQuery, { id, from: `${period.from}-01-01`, to: `${period.to}-12-31` });
  const cluster = data?.cluster;
  useTitle(cluster ? t("scorecard.title", { name: cluster.name }) : t("scorecard.heading"));
  return (
    <div class="page scorecard">
      <p class="no-print">
        <a href={`/clusters/${encodeURIComponent(id)}`}>{t("scorecard.back")}</a>
      </p>
      <h1>{cluster ? t("scorecard.title", { name: cluster.name }) : t("scorecard.heading")}</h1>
      <p class="period-line">{t("scorecard.period", { from: period.from, to: period.to })}</p>
      <PeriodPicker {...period} />
      <Status fetching={fetching} error={error} empty={!cluster} emptyText={t("scorecard.none")}>
        {cluster && <Card cluster={cluster} from={period.from} to={period.to} />}
      </Status>
      <p class="attribution small print-only">{t("footer.source")}</p>
    </div>
  );
}
