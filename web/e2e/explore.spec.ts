// What a researcher or cluster manager does first: search, open an organisation, read its
// suggested partners, open the automotive cluster, draw a network.
import { UL, UL_NAME, expect, shot, test } from "./fixtures";

test("search 'Universite du Luxembourg' and open it", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("Search", { exact: true }).fill("Universite du Luxembourg");
  const results = page.getByRole("list", { name: "Search results" });
  const link = results.getByRole("link", { name: UL_NAME });
  await expect(link).toBeVisible();
  await expect(page).toHaveURL(/\?q=Universite\+du\+Luxembourg/);
  // the demo holds Luxembourg's network only, and the page says so
  await expect(page.locator("main [data-coverage]")).toContainText(
    /^These data hold only the projects with at least one participant from this country: Luxembourg \([\d,]+ projects, [\d,]+ organisations\)\.$/,
  );
  await shot(page, "search");
  await link.click();
  await expect(page).toHaveURL(`/organizations/${UL}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(UL_NAME);
  await expect(page.getByText("CORDIS: Horizon 2020 participations", { exact: true })).toBeVisible();
  await expect(page.getByText("PIC 999878620")).toBeVisible();
  await shot(page, "organisation");
});

test("a search of three letters lists its own word first, and says which other name was found", async ({ page }) => {
  await page.goto("/?q=lux");
  const results = page.getByRole("list", { name: "Search results" });
  await expect(results.locator("li").first()).toContainText("LUX");
  await expect(results.locator("li", { hasText: "GROUSSGASMASCHINN" })).toContainText("also called Lux Sc Center");
  await expect(results.locator("li", { hasText: "Luxembourg CleanTech Cluster" })).toBeVisible();
});

test("the search page's facets come from searchFacets, filter through the API and stay in the URL", async ({ page }) => {
  await page.goto("/?q=luxembourg&type=organizations&kinds=PUBLIC_ACTOR&countries=LU");
  const results = page.getByRole("list", { name: "Search results" });
  await expect(results.locator("li").first()).toBeVisible();
  await expect(page.locator(".search-results [aria-busy=true]")).toHaveCount(0);
  const kinds = await results.locator(".badge").allInnerTexts();
  expect(kinds.length).toBeGreaterThan(0);
  expect(new Set(kinds)).toEqual(new Set(["Public body"]));
  // A country counts the matches of the kinds picked: Luxembourg's count is the list's length.
  const luxembourg = page.getByRole("group", { name: "Country of the organisations" }).locator("label", { hasText: /^Luxembourg \d+$/ });
  expect(Number((await luxembourg.innerText()).replace(/\D/g, ""))).toBe(kinds.length);
  // Each facet shows how many of the matches have that value.
  const kindFacets = page.getByRole("group", { name: "Kind of organisation" });
  await expect(kindFacets.getByLabel(/^Company \d+$/)).toBeVisible();
  await kindFacets.getByLabel(/^Company \d+$/).check();
  await expect(page).toHaveURL(/kinds=PUBLIC_ACTOR%2CCOMPANY|kinds=PUBLIC_ACTOR,COMPANY/);
  await expect(page.locator(".search-results [aria-busy=true]")).toHaveCount(0);
  const both = await results.locator(".badge").allInnerTexts();
  expect(new Set(both)).toEqual(new Set(["Public body", "Company"]));
  await shot(page, "search-facets");
  // A programme is about projects: picking one shows projects of that programme only.
  await page.getByLabel("Search", { exact: true }).fill("mobility");
  await expect(page).toHaveURL(/q=mobility/);
  await page.getByRole("group", { name: "Show" }).getByLabel(/^Projects [\d,]+$/).check();
  await expect(page).toHaveURL(/q=mobility&type=projects/);
  await page.getByRole("group", { name: "Programme of the projects" }).getByLabel(/^Horizon 2020 \d+$/).check();
  await expect(page).toHaveURL(/q=mobility&type=projects&programmes=H2020/);
  await expect(page.locator(".search-results [aria-busy=true]")).toHaveCount(0);
  const projects = results.locator(":scope > li");
  await expect(projects.first()).toBeVisible();
  const lines = await projects.allInnerTexts();
  for (const line of lines) expect(line).toMatch(/Project · Horizon 2020/);
});

test("the university's projects and partners are paged by the API, with a programme filter", async ({ page }) => {
  await page.goto(`/organizations/${UL}?tab=projects`);
  const projects = page.locator("table").filter({ has: page.getByText("Projects, newest first") }).locator("tbody tr");
  await expect(projects).toHaveCount(20);
  await page.getByRole("button", { name: /^Show more \(20 of [\d,]+\)$/ }).click();
  await expect(projects).toHaveCount(40);
  const ids = await projects.locator("td:first-child a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(new Set(ids).size).toBe(40);
  // Horizon Europe projects, newest first, with their real dates and the university's role.
  await page.getByRole("group", { name: "Programme" }).getByLabel(/^Horizon Europe/).check();
  await expect(page).toHaveURL(/programme=HORIZON/);
  await expect(projects.first()).toContainText("Horizon Europe");
  await expect(projects.first()).toContainText(/\d{1,2} [A-Z][a-z]{2,3} 20\d\d to \d{1,2} [A-Z][a-z]{2,3} 20\d\d/);
  await expect(projects.first()).toContainText(/Coordinator|Partner/);
  await expect(projects.first()).not.toContainText("Untitled");
  await shot(page, "organisation-projects");
  await page.getByRole("link", { name: "Partners", exact: true }).click();
  const partners = page.locator("table").filter({ has: page.getByText("Partners, most shared projects first") }).locator("tbody tr");
  await expect(partners).toHaveCount(20);
  await page.getByRole("button", { name: /^Show more \(20 of [\d,]+\)$/ }).click();
  await expect(partners).toHaveCount(40);
});

test("the university's suggested partners, with reasons and evidence as links", async ({ page }) => {
  await page.goto(`/organizations/${UL}`);
  await page.getByRole("link", { name: "Suggested partners" }).click();
  await expect(page).toHaveURL(`/organizations/${UL}?tab=suggestions`);
  const list = page.getByRole("list", { name: "Suggested partners" });
  const items = list.locator(":scope > li");
  await expect(items.first()).toBeVisible();
  expect(await items.count()).toBe(10);
  // One plain sentence first, with its figures in words, and no model weights in sight.
  const summary = items.first().locator(".summary");
  await expect(summary).toHaveText(/^[A-Z].*\d.*\.$/);
  await expect(summary).not.toContainText("(s)");
  const weights = items.first().locator(".reasons li");
  await expect(weights.first()).toBeHidden();
  // the README's picture: the cards as they open, the form above them out of view
  await items.first().evaluate((card) => card.scrollIntoView({ block: "start" }));
  await shot(page, "suggestions");
  // The weights are one click away, each a term of the score.
  await items.first().getByText("Score details (for researchers)").click();
  await expect(weights.first()).toBeVisible();
  await expect(weights.first()).toHaveText(/\([+\u2212]\d+\.\d\d\)$/);
  const evidence = list.locator(".highlights a").first();
  await expect(evidence).toHaveAttribute("href", /^\/(organizations|projects|topics|clusters)\//);
  // The top group of evidence shown; the others one click away.
  const groups = items.first().locator("[data-group]");
  await expect(groups).toHaveCount(1);
  await items.first().getByRole("button", { name: /^Show \d more reasons?$/ }).click();
  await expect(groups).not.toHaveCount(1);
  // Ten more on demand, the first ten kept in their order.
  const firstTen = await items.locator(".suggestion-head a").allInnerTexts();
  await page.getByRole("button", { name: "Show 10 more suggestions" }).click();
  await expect(items).toHaveCount(20);
  expect((await items.locator(".suggestion-head a").allInnerTexts()).slice(0, firstTen.length)).toEqual(firstTen);
  // Filters are part of the URL, so a filtered list can be shared.
  await page.getByLabel("Company").check();
  await expect(page).toHaveURL(/kinds=COMPANY/);
  await expect(page.locator("[aria-busy=true]")).toHaveCount(0);
  await expect(items.first()).toBeVisible();
  const kinds = await list.locator(".suggestion-head .badge").allInnerTexts();
  expect(new Set(kinds)).toEqual(new Set(["Company"]));
  await evidence.click();
  await expect(page).toHaveURL(/\/(organizations|projects|topics|clusters)\//);
});

test("the automotive cluster: objectives chart with statuses, and recruit list from its country", async ({ page }) => {
  await page.goto("/clusters/lci-automotive");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Luxembourg AutoMobility Cluster");
  const objectives = page.locator("#objectives");
  await expect(objectives.locator("canvas[data-ready]")).toBeVisible();
  await expect(objectives.locator("table tbody tr")).toHaveCount(6);
  await expect(objectives.getByRole("rowheader", { name: "New businesses" })).toBeVisible();
  // Every demo objective had its deadline at the end of 2020 and is below its target.
  await expect(objectives.locator("table tbody tr").first()).toContainText("Missed at its deadline");
  // The time axis ticks 1 January, labelled as the end of the year before: a 2020-12-31
  // deadline is drawn on the tick labelled "end 2020" (1 January 2021), not a year early.
  const axis = await page.evaluate(() => window.clustergraphChart?.());
  const tick = (year: number) => axis!.years.find((y) => y.year === year)!.x;
  for (const deadline of axis!.deadlines) {
    expect(deadline.date).toBe("2020-12-31");
    expect(deadline.x).toBeGreaterThan(tick(2020) + 0.9 * (tick(2021) - tick(2020)));
    expect(deadline.x).toBeLessThan(tick(2021));
  }
  expect(axis!.years.find((y) => y.year === 2021)!.label).toBe("end 2020");
  // The headline figures keep members apart from organisations active in the domain.
  await expect(page.locator('[data-figure="members"]')).toContainText(/^\d+ members?$/);
  await expect(page.locator('[data-figure="activeInDomain"]')).toContainText("active in the domain");
  // The chart really drew: its canvas is not blank.
  const inked = await objectives.locator("canvas").evaluate((canvas: HTMLCanvasElement) => {
    const context = canvas.getContext("2d");
    if (!context) return 0;
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let count = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) count++;
    return count;
  });
  expect(inked).toBeGreaterThan(1000);
  await expect(page.getByText("Contact details are shown only to this cluster’s managers")).toBeVisible();
  await shot(page, "cluster");
  // Printed on A4 (186 mm between the margins: 703 px), the objectives table fits the page,
  // and the tabs (links to other pages) are left out.
  const laptop = page.viewportSize()!;
  await page.setViewportSize({ width: 703, height: 1000 });
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Cluster sections" })).toBeHidden();
  const right = await objectives.locator("table").evaluate((table) => table.getBoundingClientRect().right);
  expect(right).toBeLessThanOrEqual(703);
  await page.emulateMedia({ media: "screen" });
  await page.setViewportSize(laptop);
  await page.getByRole("link", { name: "Recruit members" }).click();
  const recruits = page.getByRole("list", { name: "Recruit members" }).locator(":scope > li");
  await expect(recruits.first()).toBeVisible();
  await expect(recruits.first().locator(".summary")).not.toBeEmpty();
  // Asked for the cluster: ties are to the cluster ("your cluster's organisations", "the
  // partners your cluster's organisations have most projects with"), never to "this
  // organisation" nor to members (the demo's clusters have organisations active in their
  // domain, no member list).
  const summaries = await recruits.locator(".summary").allInnerTexts();
  expect(summaries.join(" ")).toMatch(/partners your cluster’s organisations have most projects with|your cluster’s organisations/);
  for (const text of summaries) expect(text).not.toMatch(/this organisation|members/);
  // Recruiting starts in the cluster's country, named, not coded.
  const countries = page.getByRole("group", { name: "Countries" });
  await expect(countries.getByRole("list", { name: "Countries" })).toHaveText(/Luxembourg/);
  const places = await recruits.locator(".suggestion-head .muted").allInnerTexts();
  for (const place of places) expect(place).toContain("Luxembourg");
  await shot(page, "recruit");
  // A country picked by name widens the search.
  await countries.getByLabel("Add a country").selectOption({ label: "Germany" });
  await expect(page).toHaveURL(/countries=LU%2CDE|countries=LU,DE/);
  await expect(page.locator("[aria-busy=true]")).toHaveCount(0);
  await expect(recruits.first()).toBeVisible();
  // A topic picked by name is the subject: each summary cites the work on it.
  await expect(page.getByText("None chosen: the cluster’s own themes.")).toBeVisible();
  await page.getByRole("searchbox", { name: "Limit to a topic" }).fill("hydrogen");
  await page.getByRole("list", { name: "Limit to a topic: matches" }).getByRole("button").first().click();
  await expect(page).toHaveURL(/topics=/);
  await expect(recruits.first().locator(".summary")).toContainText("on the subject");
  const onTopic = await recruits.locator(".summary").allInnerTexts();
  expect(onTopic.length).toBeGreaterThan(0);
  for (const text of onTopic) expect(text).toMatch(/^Worked on \d+ projects? on the subject/);
  // a card given other evidence by the new filter counts what is left of it, never below one
  for (const more of await recruits.locator(".more-evidence").allInnerTexts()) expect(more).toMatch(/^and [1-9]\d* more$/);
});

test("the network page without an organisation says what it draws and offers the clusters' networks", async ({ page }) => {
  await page.goto("/network");
  await expect(page.getByText("Partners are two steps away.", { exact: false })).toBeVisible();
  await page.getByRole("link", { name: "Luxembourg Space Cluster" }).click();
  await expect(page).toHaveURL("/network/lci-space");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Network of Luxembourg Space Cluster");
});

test("the network view draws the neighbourhood and opens a node by click", async ({ page }) => {
  await page.goto(`/network/${UL}?depth=2&limit=300`);
  const network = page.locator(".network[data-ready]");
  await expect(network).toBeVisible();
  const stats = await page.evaluate(() => window.clustergraphNetwork);
  expect(stats?.nodes).toBe(300);
  expect(stats?.edges).toBeGreaterThan(300);
  await shot(page, "network");
  // Kind colouring: no legend entry about clusters.
  await expect(page.getByRole("list", { name: "Colours" })).not.toContainText("cluster");
  // Themes can be left out: their places go to partners and projects.
  const themeIds = async () => (await page.evaluate(() => window.clustergraphNetwork?.positions() ?? [])).filter((p) => !p.id.startsWith("pic-") && !/^(h2020|he)-/.test(p.id) && !p.id.startsWith("lci-"));
  expect((await themeIds()).length).toBeGreaterThan(0);
  await page.getByLabel("Themes too").uncheck();
  await expect(page).toHaveURL(/themes=0/);
  await expect(page.locator(".network[data-ready]")).toBeVisible();
  await expect.poll(async () => (await themeIds()).length).toBe(0);
  await page.getByLabel("Themes too").check();
  await expect(page.locator(".network[data-ready]")).toBeVisible();
  // the whole drawing in the window, whichever node comes first
  await network.evaluate((element) => element.scrollIntoView({ block: "start" }));
  const box = await network.boundingBox();
  const target = await page.evaluate(() => {
    const drawn = window.clustergraphNetwork?.positions() ?? [];
    return drawn.find((p) => p.id.startsWith("pic-") && p.id !== "pic-999878620");
  });
  expect(target && box).toBeTruthy();
  // A click selects the node: its name and links appear beside the drawing.
  await page.mouse.click(box!.x + target!.x, box!.y + target!.y);
  const panel = page.getByRole("complementary", { name: "Selected" });
  await expect(panel.locator(".selected-name")).not.toBeEmpty();
  await panel.getByRole("link", { name: "Open its page" }).click();
  await expect(page).toHaveURL(`/organizations/${target!.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("the path between two organisations", async ({ page }) => {
  await page.goto(`/path?from=${UL}&to=pic-999918390`);
  const path = page.locator("ol.path");
  await expect(path).toBeVisible();
  await expect(path.locator("li.stop").first()).toContainText(UL_NAME);
  await expect(path.locator("li.via").first()).toContainText("via project");
  // two partners: how many projects they share, the chain showing one
  await page.goto("/path?from=pic-934320200&to=pic-999878620");
  await expect(page.getByText(/^They took part in \d+ projects together, for example this one:$/)).toBeVisible();
  await expect(path.locator("li.via")).toHaveCount(1);
});

test("GraphiQL is served without a CDN and runs a query", async ({ page }) => {
  await page.goto("/graphql");
  await expect(page.locator(".graphiql-container")).toBeVisible();
  // The first click may come before GraphiQL has read the schema; click until it answers.
  await expect(async () => {
    await page.getByRole("button", { name: /Execute query/i }).click();
    await expect(page.locator(".result-window")).toContainText("Luxembourg AutoMobility Cluster", { timeout: 3000 });
  }).toPass({ timeout: 30_000 });
  await shot(page, "graphiql");
});

test("keyboard: skip link, tabs and links work without a mouse", async ({ page }) => {
  await page.goto(`/organizations/${UL}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(UL_NAME);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
  const tab = page.getByRole("link", { name: "Suggested partners" });
  for (let i = 0; i < 30 && !(await tab.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(tab).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/tab=suggestions/);
  await expect(page.getByRole("list", { name: "Suggested partners" }).locator(":scope > li").first()).toBeVisible();
});

test("the network view fits its drawing again when its box narrows (a phone turned, a window resized)", async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(`/network/${UL}`);
  const network = page.locator(".network[data-ready]");
  await expect(network).toBeVisible();
  await page.setViewportSize({ width: 390, height: 900 });
  await expect(async () => {
    const box = (await network.boundingBox())!;
    const drawn = await page.evaluate(() => window.clustergraphNetwork?.positions() ?? []);
    expect(drawn.length).toBeGreaterThan(10);
    for (const node of drawn) {
      expect(node.x).toBeGreaterThanOrEqual(0);
      expect(node.x).toBeLessThanOrEqual(box.width);
    }
  }).toPass({ timeout: 10_000 });
});

test("a topic lists the organisations with most projects on it first, with their count", async ({ page }) => {
  await page.goto("/topics/call-family-GV");
  const list = page.locator("section").filter({ hasText: "most projects on it first" }).locator("ol > li");
  await expect(list.first()).toBeVisible();
  const counts = (await list.allInnerTexts()).map((line) => Number(/(\d+) projects? on it/.exec(line)?.[1] ?? "0"));
  expect(counts.length).toBeGreaterThan(5);
  expect(counts[0]).toBeGreaterThan(counts[counts.length - 1]);
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
});

test("a cluster's own theme: its page says no project is tagged with it, and the builder asks it in words", async ({ page }) => {
  await page.goto("/topics/lci-topic-autonomous-driving");
  await expect(page.locator("main")).toContainText("The cluster chose this theme: no project in the data is tagged with it.");
  await expect(page.getByRole("link", { name: "Luxembourg AutoMobility Cluster" })).toHaveAttribute("href", "/clusters/lci-automotive");
  // Nothing above it, below it or on it: no empty lists.
  await expect(page.getByRole("heading", { name: /Place in the hierarchy|Projects \(0/ })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Find the projects that mention it" })).toHaveAttribute("href", "/?q=Autonomous+driving&type=projects");
  await page.getByRole("link", { name: "Build a consortium on this topic" }).click();
  await expect(page).toHaveURL(/topics=lci-topic-autonomous-driving/);
  const items = page.getByRole("list", { name: "Consortium suggestions" }).locator(":scope > li");
  await expect(items.first()).toContainText(/on the subject/);
});

test("recruiting on a cluster's own theme finds nobody by the tags and says where its name is asked in words", async ({ page }) => {
  await page.goto("/clusters/lci-automotive?tab=recruit&topics=lci-topic-autonomous-driving&countries=DE,FR");
  await expect(page.getByText("No candidate fits these filters.")).toBeVisible();
  await expect(page.locator("main")).toContainText("“Autonomous driving” is a theme a cluster entered by hand");
  await page.getByRole("link", { name: "Look for it in “Consortium builder”" }).click();
  await expect(page).toHaveURL(/\/consortium\?topics=lci-topic-autonomous-driving/);
  const items = page.getByRole("list", { name: "Consortium suggestions" }).locator(":scope > li");
  await expect(items.first()).toContainText(/on the subject/);
});

test("a card names its one project on the subject once, by its full name", async ({ page }) => {
  await page.goto("/consortium?brief=battery+recycling");
  const items = page.getByRole("list", { name: "Consortium suggestions" }).locator(":scope > li");
  const card = items.filter({ hasText: "Worked on 1 project on the subject" }).first();
  await expect(card).toBeVisible();
  // the acronym and the title in the sentence, and no line of evidence naming it again
  await expect(card.locator(".summary a").first()).toHaveText(/^\S+: \S.+/);
  await expect(card.locator('[data-group="SUBJECT"]')).toHaveCount(0);
});

test("who answers a call: the page names the group of calls the answers come from", async ({ page }) => {
  await page.goto("/consortium?call=HORIZON-JTI-CLEANH2-2023-01-05");
  await expect(page.locator("[data-call-title]")).toContainText("Waste to Hydrogen demonstration plant");
  await expect(page.locator("[data-subject-note]")).toHaveText(
    "“On the subject” counts an organisation’s projects funded under this call topic, or whose texts hold the words of its title. An organisation’s projects in earlier calls of the same group of calls, Clean Hydrogen Partnership (HORIZON-JTI-CLEANH2), count too, and the cards say so.",
  );
  // a code typed in lower case is the same call (codes like ERC-2024-SyG mix cases)
  await page.goto("/consortium?call=horizon-jti-cleanh2-2023-01-05");
  await expect(page.locator("[data-call-title]")).toHaveText("The call topic HORIZON-JTI-CLEANH2-2023-01-05: Waste to Hydrogen demonstration plant");
  await expect(page.locator("[data-subject-note]")).toContainText("projects funded under this call topic");
  // a call the data does not have is answered by its group's earlier projects alone
  await page.goto("/consortium?call=HORIZON-CL5-2024-D3-01-01");
  await expect(page.locator("[data-subject-note]")).toHaveText(
    "“On the subject” counts an organisation’s projects in earlier calls of the same group of calls, Sustainable, secure and competitive energy supply (HORIZON-CL5-D3).",
  );
  await expect(page.locator("[data-call-title]")).toContainText("earlier projects of the same group of calls");
  // a code whose group the data lacks too: the error alone, no note of where answers come from
  await page.goto("/consortium?call=HORIZON-XYZ-2099");
  await expect(page.getByText("This call code is not in the data, nor is its call family.")).toBeVisible();
  await expect(page.locator("[data-call-title]")).toHaveCount(0);
  await expect(page.locator("[data-subject-note]")).toHaveCount(0);
});

test("recruiting on a subject no topic names: asked in words by the consortium builder, in the recruiting's countries", async ({ page }) => {
  await page.goto("/clusters/lci-ict?tab=recruit");
  await expect(page.getByText(/The cluster has no member list yet: the \d+ organisations active in its domain are the first to ask/)).toBeVisible();
  const words = page.getByLabel(/Or a subject in words/);
  await words.fill("6G networks");
  await words.press("Enter");
  await expect(page).toHaveURL(/\/consortium\?brief=6G\+networks&countries=LU/);
  const items = page.getByRole("list", { name: "Consortium suggestions" }).locator(":scope > li");
  await expect(items.first()).toContainText(/on the subject/);
  const places = await items.locator(".suggestion-head .muted").allInnerTexts();
  expect(places.length).toBeGreaterThan(0);
  for (const place of places) expect(place).toContain("Luxembourg");
});

test("an organisation's partners on a subject in words: the consortium builder, with the organisation in the consortium", async ({ page }) => {
  await page.goto("/organizations/pic-999427958?tab=suggestions");
  const words = page.getByLabel(/Or a subject in words/);
  await words.fill("battery management");
  await page.getByRole("button", { name: "Find who works on it" }).click();
  await expect(page).toHaveURL(/\/consortium\?brief=battery\+management&with=pic-999427958/);
  await expect(page.getByRole("list", { name: "Organisations already in the consortium" })).toContainText("DELPHI AUTOMOTIVE SYSTEMS LUXEMBOURG");
  const items = page.getByRole("list", { name: "Consortium suggestions" }).locator(":scope > li");
  await expect(items.first()).toContainText(/on the subject/);
});

test("an old address naming an organisation the data no longer holds: marked, explained, and asked again once removed", async ({ page }) => {
  await page.goto("/consortium?with=pic-999427958,pic-0000000");
  const chosen = page.getByRole("list", { name: "Organisations already in the consortium" });
  await expect(chosen).toContainText("not in the data (pic-0000000)");
  await expect(page.getByText(/Something chosen above is not in the data/)).toBeVisible();
  await chosen.getByRole("button", { name: "remove pic-0000000" }).click();
  await expect(page).toHaveURL(/with=pic-999427958$/);
  await expect(page.getByRole("list", { name: "Consortium suggestions" }).locator(":scope > li").first()).toBeVisible();
});

test("an organisation's partners on one of its own subjects, in one click", async ({ page }) => {
  await page.goto("/organizations/pic-999427958?tab=suggestions");
  await page.getByRole("button", { name: "Smart, green and integrated transport" }).click();
  await expect(page).toHaveURL(/topics=h2020-area-smart-green-and-integrated-transport/);
  await expect(page.getByRole("list", { name: "Topics" })).toContainText("Smart, green and integrated transport");
  const items = page.getByRole("list", { name: "Suggested partners" }).locator(":scope > li");
  await expect(items.first()).toContainText(/on the subject/);
  await expect(page.getByRole("button", { name: "Smart, green and integrated transport", exact: true })).toHaveCount(0);
});

test("a field few projects are tagged with says others may be about it, and finds those that name it", async ({ page }) => {
  await page.goto("/topics/esv-25-67-425-1169-1691");
  await expect(page.getByText("Only 1 project in the data is tagged with this topic: others may be about it without the tag.")).toBeVisible();
  await page.getByRole("link", { name: "Find the projects that mention it" }).click();
  await expect(page).toHaveURL(/type=projects/);
  await expect(page.locator("main")).toContainText("HYIELD"); // not tagged with the field, but names it
});

test("an organisation CORDIS does not name says how its PIC finds it", async ({ page }) => {
  // a Luxembourg company of one Horizon 2020 project, which no name table names
  await page.goto("/organizations/pic-908053473");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Unnamed organisation (Luxembourg, PIC 908053473)");
  await expect(page.getByText(/CORDIS gives no name for it\. Its PIC, 908053473, finds it in the European Commission’s participant register/)).toBeVisible();
  // a named one has no such note
  await page.goto(`/organizations/${UL}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText(/CORDIS gives no name for it/)).toHaveCount(0);
});

test("a picker is used with the keyboard: Down to the matches, Enter to pick, Enter in the box for the first", async ({ page }) => {
  await page.goto("/consortium");
  const box = page.getByRole("searchbox", { name: "Already in the consortium" });
  const chosen = page.getByRole("list", { name: "Organisations already in the consortium" });
  await box.fill("Luxembourg Institute");
  const matches = page.getByRole("list", { name: "Already in the consortium: matches" }).getByRole("button");
  await expect(matches.first()).toBeVisible();
  const second = (await matches.nth(1).innerText()).split(" · ")[0];
  await box.press("ArrowDown");
  await expect(matches.first()).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(matches.nth(1)).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(chosen).toContainText(second);
  // back in the box, ready for the next one; Enter there picks the first match
  await expect(box).toBeFocused();
  await box.fill("Universite du Luxembourg");
  await expect(matches.first()).toBeVisible();
  await box.press("Enter");
  await expect(chosen).toContainText("UNIVERSITE DU LUXEMBOURG");
  await expect(page).toHaveURL(/with=/);
});
