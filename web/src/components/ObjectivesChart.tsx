import { useEffect, useRef, useState } from "preact/hooks";
import { formats, t } from "../i18n";
import type { Drawn, ObjectiveSeries } from "../views/objectivesChart";

declare global {
  interface Window {
    /** Set by the objectives chart for tests: where its deadlines and year ticks were drawn. */
    clustergraphChart?: Drawn["positions"];
  }
}

/**
 * True once the element is on screen, or nearly, or the page is being printed (Chart.js is
 * loaded only then).
 */
function useSeen(element: { current: Element | null }): boolean {
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    if (seen || !element.current) return undefined;
    if (typeof IntersectionObserver === "undefined") {
      setSeen(true);
      return undefined;
    }
    const see = () => setSeen(true);
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && see(), {
      rootMargin: "200px",
    });
    observer.observe(element.current);
    window.addEventListener("beforeprint", see);
    return () => {
      observer.disconnect();
      window.removeEventListener("beforeprint", see);
    };
  }, [seen]);
  return seen;
}

/**
 * The chart, drawn once it comes into view and Chart.js has loaded (a page opened on a phone
 * does not load Chart.js before it is scrolled to); the table below carries the same figures.
 * A chart not drawn yet is left out of a printed page rather than printed blank (printing
 * starts drawing it, for the next print).
 */
export function ObjectivesChart({ series }: { series: ObjectiveSeries[] }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [error, setError] = useState<string>();
  const [ready, setReady] = useState(false);
  const seen = useSeen(canvas);
  useEffect(() => {
    if (!seen) return undefined;
    let drawn: Drawn | undefined;
    let live = true;
    import("../views/objectivesChart")
      .then(({ drawObjectives }) => {
        if (!live || !canvas.current) return;
        drawn = drawObjectives(canvas.current, series, {
          locale: formats(),
          axisDate: t("chart.axisDate"),
          axisPercent: t("chart.axisPercent"),
          yearEnd: (year) => t("chart.yearEnd", { year: String(year) }),
          target: (objective, date) => t("chart.target", { objective, date }),
          point: (objective, percent) => t("chart.point", { objective, percent }),
          legend: (objective, status) => t("chart.legend", { objective, status }),
        });
        window.clustergraphChart = drawn.positions;
        canvas.current.setAttribute("data-ready", "true");
        setReady(true);
      })
      .catch(() => setError(t("chart.failed")));
    return () => {
      live = false;
      drawn?.destroy();
    };
  }, [series, seen]);
  return (
    <figure class={ready ? "chart" : "chart no-print"}>
      <div class="chart-box">
        <canvas ref={canvas} role="img" aria-label={t("chart.label")} />
      </div>
      {error && <p class="state error">{error}</p>}
      <figcaption class="muted">{t("chart.caption")}</figcaption>
    </figure>
  );
}
