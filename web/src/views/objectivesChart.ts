// The objectives chart (Chart.js, loaded only on cluster pages): each objective's measurements
// as a share of its target, placed at their dates, and its target (100%) marked at its
// deadline with the objective's own shape and colour. The time axis is linear in days; its
// ticks are 1 January of each year, labelled as the end of the year before ("end 2020" on
// 1 January 2021): most values and deadlines are of 31 December, and they sit on the tick
// of their own year's end, not on the next year's number.
import {
  Chart,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  ScatterController,
  Tooltip,
  type PointStyle,
} from "chart.js";

Chart.register(LineController, ScatterController, LineElement, PointElement, LinearScale, Legend, Tooltip);

export interface ObjectiveSeries {
  label: string;
  /** The objective's status in words, shown in the legend and the marker's tooltip. */
  status: string;
  target: number;
  deadline: string | null;
  points: { date: string; value: number }[];
}

/** The words the chart needs, in the page's language. */
export interface ChartText {
  locale: string;
  axisDate: string;
  axisPercent: string;
  /** The label of the tick at the end of `year` (1 January of the next). */
  yearEnd: (year: number) => string;
  target: (objective: string, date: string) => string;
  point: (objective: string, percent: string) => string;
  legend: (objective: string, status: string) => string;
}

const COLOURS = ["#1f4e79", "#b5470b", "#2e7d32", "#6a1b9a", "#8d6e00", "#00695c", "#ad1457", "#37474f"];
const DAY = 86_400_000;
const SHAPES: PointStyle[] = ["circle", "rect", "triangle", "rectRot", "crossRot", "star", "cross", "rectRounded"];

/** A calendar day (YYYY-MM-DD) as a time value (ms, UTC midnight). */
export function time(date: string): number {
  return Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
}

/** 1 January of every year from the year of `from` to the year after `to`: the axis ticks. */
export function yearStarts(from: number, to: number): number[] {
  const first = new Date(from).getUTCFullYear();
  const last = new Date(to).getUTCFullYear() + 1;
  const ticks: number[] = [];
  for (let year = first; year <= last; year++) ticks.push(Date.UTC(year, 0, 1));
  return ticks;
}

/** A tick's label: 1 January of a year is the end of the year before. */
function yearEndLabel(value: number, text: ChartText): string {
  return text.yearEnd(new Date(value).getUTCFullYear() - 1);
}

export interface Drawn {
  destroy: () => void;
  /** Where the deadlines and the year ticks were drawn (px from the canvas' left), for tests. */
  positions: () => { deadlines: { label: string; date: string; x: number }[]; years: { year: number; label: string; x: number }[] };
}

export function drawObjectives(canvas: HTMLCanvasElement, series: ObjectiveSeries[], text: ChartText): Drawn {
  const narrow = canvas.parentElement ? canvas.parentElement.clientWidth < 560 : false;
  const day = new Intl.DateTimeFormat(text.locale, { dateStyle: "medium", timeZone: "UTC" });
  const percent = new Intl.NumberFormat(text.locale, { style: "percent", maximumFractionDigits: 0 });
  const datasets = series.flatMap((s, index) => {
    const colour = COLOURS[index % COLOURS.length];
    const shape = SHAPES[index % SHAPES.length];
    const line = {
      type: "line" as const,
      // On a narrow screen the legend names the objective only (the table gives the status).
      label: narrow ? s.label : text.legend(s.label, s.status),
      data: s.points.map((p) => ({ x: time(p.date), y: (p.value / s.target) * 100 })),
      borderColor: colour,
      backgroundColor: colour,
      pointStyle: shape,
      pointRadius: 4,
      tension: 0,
    };
    if (!s.deadline) return [line];
    // Deadlines often coincide (every 2020 target): the markers are outlines of growing size,
    // so each stays visible around the others.
    const goal = {
      type: "scatter" as const,
      label: text.target(s.label, day.format(time(s.deadline))),
      data: [{ x: time(s.deadline), y: 100 }],
      borderColor: colour,
      backgroundColor: "rgba(0,0,0,0)",
      pointStyle: shape,
      pointRadius: 6 + 2 * index,
      pointHoverRadius: 7 + 2 * index,
      borderWidth: 2,
      // A deadline at the end of the axis is drawn whole, past the plot's edge if need be.
      clip: false as const,
    };
    return [line, goal];
  });
  const times = series.flatMap((s) => [...s.points.map((p) => time(p.date)), ...(s.deadline ? [time(s.deadline)] : [])]);
  const ticks = times.length ? yearStarts(Math.min(...times), Math.max(...times)) : [];
  // at most 5 year labels on a narrow screen; a wide one skips labels as they need room
  const labelEvery = narrow ? Math.max(1, Math.ceil(ticks.length / 5)) : 1;
  const targets = new Set(datasets.filter((d) => d.type === "scatter").map((d) => d.label));
  const chart = new Chart(canvas, {
    type: "line",
    data: { datasets },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      parsing: false,
      // Room on the right for the largest deadline marker (6 + 2 x index px).
      layout: { padding: { right: 8 + 2 * series.length } },
      scales: {
        x: {
          type: "linear",
          // A little room after the last year's start, so markers there are drawn whole.
          min: ticks[0],
          max: ticks.length ? ticks[ticks.length - 1] + 45 * DAY : undefined,
          afterBuildTicks: (axis) => {
            axis.ticks = ticks.map((value) => ({ value }));
          },
          // A narrow screen labels every other year, counted back from the last: the
          // deadlines (most of them at the end of the last year) keep their label.
          ticks: {
            callback: (value, index) => ((ticks.length - 1 - index) % labelEvery === 0 ? yearEndLabel(Number(value), text) : ""),
            autoSkip: labelEvery === 1,
            maxRotation: 0,
          },
          title: { display: true, text: text.axisDate },
        },
        y: { beginAtZero: true, suggestedMax: 110, title: { display: true, text: text.axisPercent } },
      },
      plugins: {
        legend: {
          position: "bottom",
          labels: { boxWidth: 12, usePointStyle: true, font: { size: 12 }, filter: (item) => !targets.has(item.text) },
        },
        tooltip: {
          callbacks: {
            title: (items) => day.format(items[0].parsed.x ?? 0),
            label: (item) =>
              targets.has(item.dataset.label ?? "")
                ? (item.dataset.label ?? "")
                : text.point(item.dataset.label ?? "", percent.format((item.parsed.y ?? 0) / 100)),
          },
        },
      },
    },
  });
  return {
    destroy: () => chart.destroy(),
    positions: () => ({
      deadlines: series.flatMap((s) => (s.deadline ? [{ label: s.label, date: s.deadline, x: chart.scales.x.getPixelForValue(time(s.deadline)) }] : [])),
      years: ticks.map((value) => ({ year: new Date(value).getUTCFullYear(), label: yearEndLabel(value, text), x: chart.scales.x.getPixelForValue(value) })),
    }),
  };
}
