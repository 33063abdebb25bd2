// The scorecard's map of foreign partners: drawn from the geometry the page ships, with every
// request that would leave the service refused and none attempted; circles for the partners'
// countries, each readable with the keyboard; the same figures as a table; by region too.
import { expect, shot, test } from "./fixtures";

test("the map of foreign partners draws without any request leaving the service", async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? "http://127.0.0.1").origin;
  const refused: string[] = [];
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    refused.push(url);
    return route.abort("blockedbyclient");
  });
  await page.goto("/clusters/lci-automotive/scorecard?from=2016&to=2020");
  const map = page.locator("#partner-map");
  await expect(map.getByRole("heading", { name: "Foreign partners on the map" })).toBeVisible();
  // The organisations active in the domain (the demo's clusters have no official members; the
  // manager's test runs last, but an earlier run on the same database may have added one).
  await map.getByLabel("Organisations active in the domain").check();
  await expect(map.locator(".map-summary")).toContainText(/927 foreign partners in 39 countries, 65 shared projects, from 2016 to 2020/);
  const drawing = map.locator(".europe-map > svg");
  await expect(drawing.locator(".land path")).toHaveCount(57);
  await expect(drawing.locator('.land path[data-country="LU"]')).toHaveClass("home");
  // A circle per partner country on the map; the others said in words.
  const circles = drawing.locator(".spots circle");
  await expect(circles).toHaveCount(32);
  await expect(map).toContainText("Outside the map: United States (10 foreign partners), Israel (7 foreign partners)");
  const germany = drawing.locator('circle[data-place="DE"]');
  await expect(germany).toHaveAttribute("aria-label", "Germany: 105 foreign partners, 52 shared projects");
  expect(Number(await germany.getAttribute("r"))).toBe(24); // the most shared projects
  const spain = Number(await drawing.locator('circle[data-place="ES"]').getAttribute("r"));
  expect(spain).toBeCloseTo(24 * Math.sqrt(49 / 52), 1);
  // Reached with the keyboard, it says its figures.
  await circles.first().focus();
  await expect(map.locator(".map-info")).toHaveText("Germany: 105 foreign partners, 52 shared projects");
  await expect(drawing.locator('[data-home="LU"]')).toHaveAttribute("aria-label", "Luxembourg: 8 of the cluster's organisations");
  await expect(map).toContainText("Base map: Natural Earth (public domain)");
  await shot(page, "map");
  // The same figures as a table.
  await map.getByText("The figures by country, as a table").click();
  const row = map.locator('table.map-table tr[data-country="EL"]');
  await expect(row.locator("th")).toHaveText("Greece");
  // shared projects first: the rows are in their order (the circles' size)
  await expect(row.locator("td")).toHaveText(["49", "76", ""]);
  // By region: circles at the regions' coordinates; partners without a region said.
  await map.getByLabel("by region").check();
  await expect(map.locator(".europe-map")).toHaveAttribute("data-view", "region");
  expect(await circles.count()).toBeGreaterThan(50);
  await expect(drawing.locator('circle[data-place="DE21"]')).toHaveAttribute("aria-label", /^Region around .+ \(Germany, DE21\): \d+ foreign partners?, \d+ shared projects?$/);
  await expect(map).toContainText(/\d+ partners are not on the map by region/);
  // The members' map instead: never added to the other.
  await map.getByLabel("Members", { exact: true }).check();
  await expect(map.locator(".map-summary")).toHaveAttribute("data-population", "MEMBER");
  await expect(map.locator(".map-summary")).not.toContainText("927 foreign partners");
  // In French, every word of the map.
  await page.goto("/clusters/lci-automotive/scorecard?from=2016&to=2020&lang=fr");
  await expect(map.getByRole("heading", { name: "Les partenaires étrangers sur la carte" })).toBeVisible();
  await map.getByLabel("Organisations actives dans le domaine").check();
  await expect(drawing.locator('circle[data-place="EL"]')).toHaveAttribute("aria-label", "Grèce\u00a0: 76 partenaires étrangers, 49 projets menés avec eux");
  await expect(map).toContainText("Fond de carte");
  expect(refused, "requests that would have left the service").toEqual([]);
});
