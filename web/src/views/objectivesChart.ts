// The objectives chart (Chart.js, loaded only on cluster pages): each objective's measurements
// as a share of its target over time, and its target (100%) marked at its deadline.
import {
  Chart,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  ScatterController,
  Tooltip,
} from "chart.js";

Chart.register(LineController, ScatterController, LineElement, PointElement, LinearScale, Legend, Tooltip);

export interface ObjectiveSeries {
  label: string;
  target: number;
  deadline: string | null;
  points: { date: string; value: number }[];
}

const COLOURS = ["#1f4e79", "#b5470b", "#2e7d32", "#6a1b9a", "#8d6e00", "#00695c", "#ad1457", "#37474f"];
const DAY = 86_400_000;

function time(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

export function drawObjectives(canvas: HTMLCanvasElement, series: ObjectiveSeries[]): () => void {
  const datasets = series.flatMap((s, index) => {
    const colour = COLOURS[index % COLOURS.length];
    const line = {
      type: "line" as const,
      label: s.label,
      data: s.points.map((p) => ({ x: time(p.date), y: (p.value / s.target) * 100 })),
      borderColor: colour,
      backgroundColor: colour,
      tension: 0,
    };
    if (!s.deadline) return [line];
    const goal = {
      type: "scatter" as const,
      label: `${s.label}: target by ${s.deadline}`,
      data: [{ x: time(s.deadline), y: 100 }],
      borderColor: colour,
      backgroundColor: colour,
      pointStyle: "crossRot" as const,
      pointRadius: 9,
      borderWidth: 3,
    };
    return [line, goal];
  });
  const chart = new Chart(canvas, {
    type: "line",
    data: { datasets },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      parsing: false,
      scales: {
        x: {
          type: "linear",
          ticks: { callback: (value) => new Date(Number(value)).getUTCFullYear().toString(), stepSize: 365 * DAY },
          title: { display: true, text: "Date" },
        },
        y: { beginAtZero: true, title: { display: true, text: "% of target" } },
      },
      plugins: {
        legend: { position: "bottom", labels: { boxWidth: 12, filter: (item) => !item.text.includes(": target by") } },
        tooltip: {
          callbacks: {
            title: (items) => new Date(items[0].parsed.x ?? 0).toISOString().slice(0, 10),
            label: (item) => `${item.dataset.label}: ${Math.round(item.parsed.y ?? 0)}%`,
          },
        },
      },
    },
  });
  return () => chart.destroy();
}
