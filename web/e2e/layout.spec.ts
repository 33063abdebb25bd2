// Every route at phone and tablet widths (no horizontal overflow: the page is never wider than
// the screen), and every page of the demo in each language without programmer's words.
import type { APIRequestContext, Page } from "@playwright/test";
import { UL, expect, test } from "./fixtures";

const WIDTHS = [360, 390, 768];
const LANGUAGES = ["en", "fr", "de"];
// A word written like an id (brandingEvents), or "(s)" instead of a real plural.
const CAMEL_CASE = /^[a-z]+[A-Z]\w+$/;
const FAKE_PLURAL = /\(s\)/;

/** A titled project of the university and one of its topics, from the API. */
async function samples(request: APIRequestContext): Promise<{ project: string; topic: string; partner: string }> {
  const answer = await request.post("/graphql", {
    data: {
      query: `{ organization(id: "${UL}") {
        projects(first: 20, programme: "HORIZON") { edges { node { id acronym callTopic { id } } } }
        partners(first: 1) { edges { node { id } } } } }`,
    },
  });
  const org = (await answer.json()).data.organization;
  const project = org.projects.edges.find((e: { node: { acronym: string | null; callTopic: unknown } }) => e.node.acronym && e.node.callTopic).node;
  return { project: project.id, topic: project.callTopic.id, partner: org.partners.edges[0].node.id };
}

function routes(s: { project: string; topic: string; partner: string }): string[] {
  return [
    "/",
    "/?q=luxembourg",
    `/organizations/${UL}`,
    `/organizations/${UL}?tab=projects`,
    `/organizations/${UL}?tab=partners`,
    `/organizations/${UL}?tab=suggestions`,
    "/clusters",
    "/clusters/lci-automotive",
    "/clusters/lci-automotive?tab=members&group=active",
    "/clusters/lci-automotive?tab=connections",
    "/clusters/lci-automotive?tab=recruit",
    "/clusters/lci-automotive?tab=manage",
    "/clusters/lci-automotive/scorecard",
    "/initiative",
    `/projects/${s.project}`,
    `/topics/${s.topic}`,
    "/topics/call-family-GV",
    "/consortium?topics=h2020-part-SC4&kinds=COMPANY",
    `/consortium?with=${UL}&brief=battery%20management`,
    `/network/${UL}?limit=100`,
    `/path?from=${UL}&to=${s.partner}`,
    "/sign-in",
    "/organizations/does-not-exist",
    "/no/such/page",
  ];
}

/** Waits until the page shows its content (a heading, nothing loading). */
async function settled(page: Page): Promise<void> {
  await expect(page.locator("main h1")).toBeVisible();
  await expect(page.locator(".state.loading, [aria-busy=true]")).toHaveCount(0);
}

for (const width of WIDTHS) {
  test(`no route is wider than a ${width} px screen`, async ({ browser, baseURL }) => {
    test.setTimeout(300_000);
    const context = await browser.newContext({ baseURL, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const paths = routes(await samples(page.request));
    const wide: string[] = [];
    await page.setViewportSize({ width, height: 800 });
    for (const path of paths) {
      await page.goto(path);
      await settled(page);
      const sizes = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: window.innerWidth }));
      if (sizes.page !== sizes.screen) wide.push(`${path} at ${width} px: ${sizes.page} px wide`);
    }
    if (width === 390) {
      await page.goto("/clusters/lci-automotive?lang=fr");
      await settled(page);
      await page.screenshot({ path: "test-results/screenshots/phone-cluster-fr.png" });
    }
    expect(wide).toEqual([]);
    await context.close();
  });
}

test("on a phone the header is one line; its Menu unfolds the links and a new page folds them", async ({ page }) => {
  for (const [width, lang, link] of [
    [360, "de", "Verbindungen"],
    [390, "fr", "Liens"],
  ] as const) {
    await page.setViewportSize({ width, height: 740 });
    await page.goto(`/clusters?lang=${lang}`);
    await settled(page);
    const header = page.locator(".site-header");
    expect((await header.boundingBox())!.height, `${lang} at ${width} px`).toBeLessThan(64);
    const menu = header.getByRole("button", { name: /^Men/ });
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(header.getByRole("link", { name: link })).toBeHidden();
    await expect(header.getByRole("link", { name: lang === "de" ? "Français" : "Deutsch" })).toBeVisible();
    await menu.click();
    await header.getByRole("link", { name: link }).click();
    await expect(page).toHaveURL(/\/path/);
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(header.getByRole("link", { name: link })).toBeHidden();
  }
  await page.setViewportSize({ width: 1024, height: 800 });
  await expect(page.locator(".site-header").getByRole("link", { name: "Liens" })).toBeVisible();
  await expect(page.locator(".site-header").getByRole("button", { name: /^Men/ })).toBeHidden();
});

test("in German, the objectives tables stay within a 1024 px screen (long words scroll inside the table)", async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 800 });
  for (const path of ["/clusters/lci-automotive?lang=de", "/clusters/lci-automotive/scorecard?lang=de"]) {
    await page.goto(path);
    await settled(page);
    await expect(page.locator("table.objectives, table.scorecard-objectives")).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBe(1024);
  }
});

for (const lang of LANGUAGES) {
  test(`no page of the demo shows an id written like code or a '(s)' plural, in ${lang}`, async ({ page }) => {
    test.setTimeout(300_000);
    const paths = routes(await samples(page.request));
    const found: string[] = [];
    for (const path of paths) {
      await page.goto(`${path}${path.includes("?") ? "&" : "?"}lang=${lang}`);
      await settled(page);
      const texts = await page.evaluate(() => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        const all: string[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          // Names from the data (a project's acronym such as eCharge4Drivers) are not ours.
          if (node.parentElement?.closest("a[href^='/projects/'], a[href^='/organizations/']")) continue;
          const text = node.textContent?.trim();
          if (text) all.push(text);
        }
        return all;
      });
      for (const text of texts) {
        if (CAMEL_CASE.test(text) || FAKE_PLURAL.test(text)) found.push(`${lang} ${path}: ${text}`);
      }
    }
    expect(found).toEqual([]);
  });
}

test("a page or an organisation that does not exist says so, with a heading and ways on", async ({ page }) => {
  for (const [path, text] of [
    ["/organizations/does-not-exist", "No organisation has the id “does-not-exist”."],
    ["/no/such/page?lang=en", "There is no page at this address."],
  ]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expect(page.getByText(text)).toBeVisible();
    await expect(page.getByRole("link", { name: "See the clusters" })).toBeVisible();
    await expect(page).toHaveTitle("Page not found · clustergraph");  // the tab says so too
  }
  await page.goto("/organizations/does-not-exist?lang=fr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
  await expect(page).toHaveTitle("Page introuvable · clustergraph");
});
