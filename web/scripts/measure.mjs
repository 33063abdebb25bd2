// Measures the web page's goals against a running service (the demo network, or the whole network for the scorecard):
//   node scripts/measure.mjs [http://127.0.0.1:8000] [load,search,network,scorecard,lighthouse]
// 1. JavaScript of the first load of / (compressed bytes on the wire, and gzip -9 of the files);
// 2. search: from the last keystroke to the results of that query on screen;
// 3. network view: a 500-node neighbourhood drawn, then a click on a node shown in the side
//    panel (NETWORK_RUNS
//    times, 5 by default; the median is the figure);
// 4. scorecard: a cluster's scorecard page (SCORECARD_CLUSTER, default lci-automotive) fully
//    drawn: from the navigation to its indicator table, objectives, charts and map of
//    partners on screen with nothing left loading (SCORECARD_RUNS fresh pages, 5 by default);
// 5. Lighthouse (mobile preset: performance, accessibility, best practices, SEO) on the search,
//    organisation and cluster pages, in English and French (LIGHTHOUSE_LANGUAGES=en,fr).
// Chromium is Debian's (CHROMIUM_PATH, default /usr/bin/chromium). Lighthouse reports go to
// web/.lighthouse/. Figures are printed as a table and as JSON (last line).
import { execFile } from "node:child_process";
import { mkdir, readFile } from "node:fs/promises";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";

const BASE = (process.argv[2] ?? process.env.CLUSTERGRAPH_URL ?? "http://127.0.0.1:8000").replace(/\/$/, "");
const CHROME = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const UL = "pic-999878620";
const SEARCHES = ["Universite du Luxembourg", "Luxembourg Institute", "automotive", "fraunhofer", "space", "hydrogen", "Luxinnovation"];
const NETWORK_RUNS = Number(process.env.NETWORK_RUNS) || 5;
const run = promisify(execFile);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

// The first load in each language: the shell, the search page and that language's catalogue.
async function firstLoad(browser, lang) {
  const context = await browser.newContext({ locale: lang });
  const page = await context.newPage();
  const scripts = [];
  page.on("requestfinished", async (request) => {
    if (request.resourceType() !== "script") return;
    const sizes = await request.sizes();
    const response = await request.response();
    scripts.push({ url: request.url(), wire: sizes.responseBodySize, encoding: response?.headers()["content-encoding"] ?? "none" });
  });
  await page.goto(`${BASE}/?lang=${lang}`, { waitUntil: "networkidle" });
  await page.waitForTimeout(500);
  let gzip9 = 0;
  for (const script of scripts) {
    const body = await (await fetch(script.url)).arrayBuffer();
    gzip9 += gzipSync(Buffer.from(body), { level: 9 }).length;
  }
  await context.close();
  return {
    lang,
    files: scripts.map((s) => new URL(s.url).pathname),
    encodings: [...new Set(scripts.map((s) => s.encoding))],
    wireBytes: scripts.reduce((sum, s) => sum + s.wire, 0),
    gzip9Bytes: gzip9,
  };
}

async function searchLatency(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${BASE}/`, { waitUntil: "networkidle" });
  const box = page.getByLabel("Search", { exact: true });
  const timings = [];
  for (const words of SEARCHES) {
    await box.fill("");
    await page.waitForTimeout(300);
    await page.evaluate(() => {
      window.__lastInput = 0;
      document.addEventListener("input", () => (window.__lastInput = performance.now()), { capture: true });
    });
    await box.pressSequentially(words, { delay: 40 });
    const shownAt = await page.waitForFunction(
      (query) => {
        const params = new URLSearchParams(location.search);
        const list = document.querySelector('[aria-label="Search results"]') ?? document.querySelector(".state.empty");
        const busy = document.querySelector(".search-results [aria-busy=true], .search-results .loading");
        return params.get("q") === query && list && !busy ? performance.now() : false;
      },
      words,
      { polling: "raf", timeout: 15_000 },
    );
    const elapsed = (await shownAt.jsonValue()) - (await page.evaluate(() => window.__lastInput));
    timings.push({ query: words, ms: Math.round(elapsed) });
  }
  await context.close();
  return { timings, medianMs: median(timings.map((t) => t.ms)), maxMs: Math.max(...timings.map((t) => t.ms)) };
}

// What the page measured of its last drawing (window.clustergraphNetwork, performance marks).
function drawn(page) {
  return page.evaluate(() => {
    const { nodes, edges, drawMs, drawnAt } = window.clustergraphNetwork;
    const measured = (name) => performance.getEntriesByName(name, "measure").at(-1)?.duration ?? NaN;
    // The last API answer's last byte before the drawing (the neighbourhood), as the browser timed it.
    const answers = performance.getEntriesByType("resource").filter((e) => e.name.endsWith("/graphql") && e.responseEnd <= drawnAt);
    const answered = Math.max(...answers.map((e) => e.responseEnd));
    return { nodes, edges, drawMs, fromResponseMs: drawnAt - answered, elementsMs: measured("network: elements"), cytoscapeMs: measured("network: cytoscape and layout") };
  });
}

// The renderer's main-thread CPU time in ms (Chromium's ThreadTime): unlike the wall time, it
// hardly grows when other processes compete for the CPU.
async function threadMs(cdp) {
  const { metrics } = await cdp.send("Performance.getMetrics");
  return metrics.find((m) => m.name === "ThreadTime").value * 1000;
}

async function networkView(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  let apiMs = 0;
  page.on("requestfinished", (request) => {
    if (request.url().endsWith("/graphql") && request.postData()?.includes("Neighborhood")) apiMs = request.timing().responseEnd;
  });
  const runs = [];
  for (let i = 0; i < NETWORK_RUNS; i++) {
    // Cold: a new page load straight onto the 500-node neighbourhood, then a click on a node.
    const started = Date.now();
    await page.goto(`${BASE}/network/${UL}?depth=2&limit=500`);
    await page.locator(".network[data-ready]").waitFor({ timeout: 60_000 });
    const cold = await drawn(page);
    const pageMs = Date.now() - started;
    const coldApiMs = apiMs;
    const box = await page.locator(".network").boundingBox();
    const target = await page.evaluate(() => window.clustergraphNetwork.positions().find((p) => p.id.startsWith("pic-") && p.id !== "pic-999878620"));
    const clickedAt = Date.now();
    await page.mouse.click(box.x + target.x, box.y + target.y);
    await page.locator(".selected-name").waitFor();
    const clickToOpenMs = Date.now() - clickedAt;
    // Warm: from 50 nodes to 500 on the same page (the "At most" setting): the main thread's
    // CPU time from the change to the drawn graph, query and list included.
    await page.goto(`${BASE}/network/${UL}?depth=2&limit=50`);
    await page.locator(".network[data-ready]").waitFor({ timeout: 60_000 });
    await page.waitForFunction(() => window.clustergraphNetwork?.nodes === 50);
    const before = await threadMs(cdp);
    await page.getByLabel("At most").selectOption("500");
    await page.waitForFunction(() => window.clustergraphNetwork?.nodes === 500 && document.querySelector(".network[data-ready]"), null, { timeout: 60_000 });
    const warmCpuMs = (await threadMs(cdp)) - before;
    const warm = await drawn(page);
    runs.push({ ...cold, apiMs: Math.round(coldApiMs), pageMs, clickToOpenMs, warmDrawMs: warm.drawMs, warmFromResponseMs: warm.fromResponseMs, warmCpuMs });
  }
  await context.close();
  const medianOf = (key) => median(runs.map((r) => r[key]));
  return { runs, medianDrawMs: medianOf("drawMs"), medianFromResponseMs: medianOf("fromResponseMs"), medianWarmFromResponseMs: medianOf("warmFromResponseMs"), medianClickMs: medianOf("clickToOpenMs"), medianWarmDrawMs: medianOf("warmDrawMs"), medianWarmCpuMs: medianOf("warmCpuMs") };
}

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

async function lighthouse(name, path) {
  await mkdir(".lighthouse", { recursive: true });
  const output = `.lighthouse/${name}.json`;
  await run(
    "node_modules/.bin/lighthouse",
    [
      `${BASE}${path}`,
      `--only-categories=${CATEGORIES.join(",")}`,
      "--output=json",
      `--output-path=${output}`,
      `--chrome-flags=${ARGS.join(" ")}`,
      "--quiet",
    ],
    { env: { ...process.env, CHROME_PATH: CHROME }, maxBuffer: 64 * 1024 * 1024, timeout: 300_000 },
  );
  const report = JSON.parse(await readFile(output, "utf-8"));
  const audit = (id) => report.audits[id]?.displayValue ?? "";
  const failing = Object.values(report.audits)
    .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "manual" && a.scoreDisplayMode !== "notApplicable")
    .map((a) => a.id);
  return {
    page: name,
    ...Object.fromEntries(CATEGORIES.map((c) => [c, Math.round(report.categories[c].score * 100)])),
    failing,
    fcp: audit("first-contentful-paint"),
    lcp: audit("largest-contentful-paint"),
    tbt: audit("total-blocking-time"),
    cls: audit("cumulative-layout-shift"),
  };
}

// A cluster's scorecard, each run in a fresh context (nothing cached): milliseconds from the
// navigation until the indicator table, the objectives, the map's circles and every chart are
// drawn and no part of the page is loading any more.
async function scorecard(browser) {
  const cluster = process.env.SCORECARD_CLUSTER ?? "lci-automotive";
  const runs = Number(process.env.SCORECARD_RUNS) || 5;
  const timings = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ locale: "fr" });
    const page = await context.newPage();
    const began = Date.now();
    await page.goto(`${BASE}/clusters/${cluster}/scorecard?lang=fr`);
    await page.locator("table.indicators tbody tr").first().waitFor();
    await page.locator(".europe-map .spots circle").first().waitFor();
    await page.waitForFunction(() => document.querySelectorAll("[aria-busy=true]").length === 0);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    timings.push(Date.now() - began);
    await context.close();
  }
  const sorted = [...timings].sort((a, b) => a - b);
  return { cluster, timings, medianMs: median(timings), maxMs: sorted.at(-1) };
}

const parts = new Set((process.argv[3] ?? "load,search,network,scorecard,lighthouse").split(","));
const browser = await chromium.launch({ executablePath: CHROME, args: ARGS });
const languages = (process.env.LIGHTHOUSE_LANGUAGES ?? "en,fr").split(",");
const load = [];
if (parts.has("load")) for (const lang of ["en", "fr", "de"]) load.push(await firstLoad(browser, lang));
const search = parts.has("search") ? await searchLatency(browser) : null;
const network = parts.has("network") ? await networkView(browser) : null;
const card = parts.has("scorecard") ? await scorecard(browser) : null;
await browser.close();
const audits = [];
if (parts.has("lighthouse")) {
  for (const lang of languages) {
    audits.push(await lighthouse(`search-${lang}`, `/?q=Universite%20du%20Luxembourg&lang=${lang}`));
    audits.push(await lighthouse(`organisation-${lang}`, `/organizations/${UL}?lang=${lang}`));
    audits.push(await lighthouse(`cluster-${lang}`, `/clusters/lci-automotive?lang=${lang}`));
  }
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
for (const l of load) console.log(`first load of /?lang=${l.lang}: ${l.files.length} scripts, ${kb(l.wireBytes)} on the wire (${l.encodings.join(", ")}), ${kb(l.gzip9Bytes)} gzip -9  [goal < 60 KB with the catalogue]`);
if (search) console.log(`search, last keystroke to results: median ${search.medianMs} ms, max ${search.maxMs} ms  [goal < 300 ms]`);
for (const t of search?.timings ?? []) console.log(`  ${t.query}: ${t.ms} ms`);
if (network) console.log(`network, ${network.runs[0].nodes} nodes: drawn ${network.medianDrawMs.toFixed(0)} ms after the data reached the page, ${network.medianFromResponseMs.toFixed(0)} ms after the response (medians of ${network.runs.length}), click to the side panel ${network.medianClickMs} ms  [goal < 1000 ms]`);
if (network) console.log(`network, 50 -> 500 nodes on the same page: drawn ${network.medianWarmDrawMs.toFixed(0)} ms after the data, ${network.medianWarmFromResponseMs.toFixed(0)} ms after the response, main-thread CPU ${network.medianWarmCpuMs.toFixed(0)} ms from the change (medians)`);
for (const r of network?.runs ?? []) console.log(`  nodes ${r.nodes}, edges ${r.edges}, API ${r.apiMs} ms, drawn ${r.drawMs.toFixed(0)} ms (${r.fromResponseMs.toFixed(0)} after the response; elements ${r.elementsMs.toFixed(0)}, Cytoscape ${r.cytoscapeMs.toFixed(0)}), page total ${r.pageMs} ms, click ${r.clickToOpenMs} ms; 50 -> 500: drawn ${r.warmDrawMs.toFixed(0)} ms (${r.warmFromResponseMs.toFixed(0)} after the response), CPU ${r.warmCpuMs.toFixed(0)} ms`);
if (card) console.log(`scorecard of ${card.cluster}, navigation to fully drawn: median ${card.medianMs} ms, max ${card.maxMs} ms (${card.timings.join(", ")})  [goal < 2000 ms]`);
for (const a of audits) {
  console.log(`lighthouse ${a.page}: performance ${a.performance}, accessibility ${a.accessibility}, best practices ${a["best-practices"]}, SEO ${a.seo} (FCP ${a.fcp}, LCP ${a.lcp}, TBT ${a.tbt}, CLS ${a.cls})  [goals >= 90, 100, 100, 100]`);
  if (a.failing.length) console.log(`  audits below full marks: ${a.failing.join(", ")}`);
}
console.log(JSON.stringify({ load, search, network, scorecard: card, audits }));
