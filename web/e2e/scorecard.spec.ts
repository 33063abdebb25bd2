// Scorecards: the automotive cluster's indicators by year with its objectives and their
// status, the CSV export, the print view on A4; the initiative with its six clusters.
import { readFile } from "node:fs/promises";
import { expect, shot, test } from "./fixtures";

test("the automotive cluster's scorecard: indicators by year, objectives with status, CSV, A4", async ({ page }) => {
  expect((await page.goto("/clusters/lci-automotive/scorecard"))?.status()).toBe(200);
  await page.goto("/clusters/lci-automotive");
  await page.getByRole("link", { name: "Scorecard by year" }).click();
  await expect(page).toHaveURL(/\/clusters\/lci-automotive\/scorecard/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Scorecard of the Luxembourg AutoMobility Cluster");
  await page.getByLabel("First year").selectOption("2016");
  await page.getByLabel("Last year").selectOption("2020");
  await expect(page).toHaveURL(/from=2016&to=2020/);
  // Members and organisations active in the domain, each in a table of its own, by year.
  const active = page.locator('table.indicators[data-population="ACTIVE_IN_DOMAIN"]');
  const members = page.locator('table.indicators[data-population="MEMBER"], p.state[data-population="MEMBER"]');
  await expect(active.locator("thead th")).toHaveText(["Indicator", "2016", "2017", "2018", "2019", "2020", "Whole period"]);
  await expect(members).toBeVisible();
  const projects = active.locator('tr[data-indicator="PROJECTS_STARTED"] td');
  await expect(projects).toHaveCount(6);
  const values = (await projects.allTextContents()).map((text) => Number(text.replace(/\D/g, "")));
  expect(values.slice(0, 5).reduce((a, b) => a + b, 0)).toBe(values[5]); // projects count once
  expect(values[5]).toBeGreaterThan(0);
  await expect(active.locator('tr[data-indicator="EU_FUNDING"] td').last()).toContainText("€");
  // The objectives with their status; the internationalisation one measures itself.
  const objectives = page.locator("table.scorecard-objectives");
  await expect(objectives.locator("tbody tr")).toHaveCount(6);
  const reach = objectives.locator('tr[data-objective="lci-automotive-2020-internationalisation"]');
  await expect(reach).toContainText("New foreign partners");
  // whose figures: the ones of the table of organisations active in the domain, below
  await expect(reach).toContainText("measured from the data: the figures of the organisations active in the domain");
  await expect(reach.locator("[data-status]")).toHaveText("Missed at its deadline");
  await shot(page, "scorecard");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download as CSV" }).click()]);
  expect(download.suggestedFilename()).toBe("lci-automotive-indicators-2016-2020.csv");
  const text = await readFile((await download.path())!, "utf8");
  expect(text.startsWith("\uFEFF")).toBe(true); // for Excel on Windows to read it as UTF-8
  const csv = text.slice(1).trim().split("\r\n");
  expect(csv[0]).toBe("Indicator,Whose figures,Area of the plan,Unit,2016,2017,2018,2019,2020,Whole period");
  expect(csv).toHaveLength(1 + 26);
  const line = csv.find((l) => l.startsWith("Projects started,Organisations active in the domain,"))!;
  expect(line.split(",").slice(4).map(Number)).toEqual(values);

  // On screen the attribution is the site footer's, once; printed, the report carries it.
  await expect(page.locator(".scorecard .attribution")).toBeHidden();
  await expect(page.locator(".site-footer")).toContainText("European Commission, CORDIS");
  // Printed on A4: the controls left out, every table kept, a few pages at most.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Print (A4)" })).toBeHidden();
  await expect(page.locator(".scorecard .attribution")).toContainText("European Commission, CORDIS");
  await expect(page.locator(".scorecard .attribution")).toBeVisible();
  const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(3);
});

test("a scorecard too wide for a phone prints every year, the earliest beside the names", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/clusters/lci-automotive/scorecard");
  const hint = page.getByText("Earlier years are to the left").first();
  await expect(hint).toBeVisible();
  // On A4 (186 mm between the margins: 703 px) nothing stays scrolled or held in view.
  await page.setViewportSize({ width: 703, height: 1000 });
  await page.emulateMedia({ media: "print" });
  await expect(hint).toBeHidden();
  const head = page.locator('table.indicators[data-population="ACTIVE_IN_DOMAIN"] thead th');
  const [names, earliest, whole] = await head.evaluateAll((cells) =>
    [cells[0], cells[1], cells[cells.length - 1]].map((cell) => cell.getBoundingClientRect()),
  );
  expect(earliest.left).toBeGreaterThanOrEqual(names.right - 1);
  expect(whole.right).toBeLessThanOrEqual(703);
});

test("the initiative: its targets, and its six clusters side by side", async ({ page }) => {
  await page.goto("/clusters");
  await page.getByRole("link", { name: /The initiative as a whole/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Luxembourg Cluster Initiative");
  const targets = page.locator("#initiative-objectives table tbody tr");
  await expect(targets).toHaveCount(2);
  await expect(targets.first()).toContainText("300 businesses");
  await expect(targets.first().locator("[data-status]")).toHaveText("Missed at its deadline");
  // The targets add up what the clusters recorded by hand: not "measured from the data".
  await expect(targets.first()).toContainText("the sum of the figures the clusters recorded");
  await expect(targets.first()).not.toContainText("measured from the data");
  await expect(page.getByRole("heading", { name: "The initiative’s 6 clusters side by side" })).toBeVisible();
  const rows = page.locator("table.side-by-side tbody tr");
  await expect(rows).toHaveCount(6);
  await expect(page.locator(".multiples svg.bars")).toHaveCount(6);
  await page.getByLabel("Indicator").selectOption("FOREIGN_PARTNERS");
  await expect(page).toHaveURL(/indicator=FOREIGN_PARTNERS/);
  await expect(page.locator("table.side-by-side caption")).toContainText("Foreign partners");
  // Whose figures: two radio buttons, whose labels wrap on a phone (a list's would be cut).
  await page.getByRole("radio", { name: "Members" }).check();
  await expect(page).toHaveURL(/population=MEMBER/);
  // the members' figures: a table, or one line when every figure is 0 (the demo's clusters
  // have no official members, unless an earlier run on the same database added one)
  await expect(page.locator('table.side-by-side caption, p.state[data-population="MEMBER"]')).toContainText("Members");
  await page.getByRole("radio", { name: "Organisations active in the domain" }).check();
  await expect(page.locator("table.side-by-side tbody tr")).toHaveCount(6);
  await shot(page, "initiative");
  // In French: the same page, the plan's words translated.
  const french = await page.goto("/initiative?lang=fr");
  expect(french?.status()).toBe(200); // the server knows the page's address
  await expect(page.getByRole("heading", { name: "Les 6 clusters de l’initiative côte à côte" })).toBeVisible();
  await expect(page.locator("table.side-by-side tbody tr")).toHaveCount(6);
});

test("a cluster without members gets one line for their figures, not a table of zeros", async ({ page }) => {
  await page.goto("/clusters/lci-materials/scorecard");
  await expect(page.locator('p.state[data-population="MEMBER"]')).toHaveText("Members: every figure is 0 over these years (no organisation counted).");
  await expect(page.locator('table.indicators[data-population="MEMBER"]')).toHaveCount(0);
  await expect(page.locator('table.indicators[data-population="ACTIVE_IN_DOMAIN"] tbody tr').first()).toBeVisible();
  // and its map of members says why it is empty, not that they have no foreign partner
  const map = page.locator("#partner-map");
  await map.getByRole("radio", { name: "Members" }).check();
  await expect(map.locator('.map-summary[data-population="MEMBER"]')).toContainText("the cluster has no members listed for these years");
});
