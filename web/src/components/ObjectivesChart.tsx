import { useEffect, useRef, useState } from "preact/hooks";
import type { ObjectiveSeries } from "../views/objectivesChart";

/** The chart, drawn once Chart.js has loaded; the table beside it carries the same figures. */
export function ObjectivesChart({ series }: { series: ObjectiveSeries[] }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [error, setError] = useState<string>();
  useEffect(() => {
    let destroy: (() => void) | undefined;
    let live = true;
    import("../views/objectivesChart")
      .then(({ drawObjectives }) => {
        if (live && canvas.current) destroy = drawObjectives(canvas.current, series);
      })
      .catch(() => setError("The chart could not be loaded; the table below has the figures."));
    return () => {
      live = false;
      destroy?.();
    };
  }, [series]);
  return (
    <figure class="chart">
      <div class="chart-box">
        <canvas ref={canvas} role="img" aria-label="Progress of each objective as a percentage of its target over time; crosses mark the targets at their deadlines" />
      </div>
      {error && <p class="state error">{error}</p>}
      <figcaption class="muted">
        Each line is an objective’s measurements as a share of its target; a cross marks 100% at the deadline.
      </figcaption>
    </figure>
  );
}
