// Consortium shortlist export, writes by a cluster manager, and the phone-sized layout.
import { readFile } from "node:fs/promises";
import { expect, shot, test, UL } from "./fixtures";

const MANAGER_KEY = process.env.MANAGER_KEY ?? "";

test("a consortium shortlist exported as CSV", async ({ page }) => {
  await page.goto("/consortium?topics=h2020-part-SC4&kinds=COMPANY&countries=LU,DE");
  const list = page.getByRole("list", { name: "Consortium suggestions" });
  const items = list.locator(":scope > li");
  await expect(items.first()).toBeVisible();
  const names: string[] = [];
  for (const index of [0, 1]) {
    const item = items.nth(index);
    names.push((await item.locator(".suggestion-head a").first().innerText()).trim());
    await item.getByRole("button", { name: /Add to shortlist/ }).click();
  }
  const shortlist = page.getByRole("list", { name: "Shortlist" });
  await expect(shortlist.locator("li")).toHaveCount(2);
  await shot(page, "consortium");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export CSV" }).click()]);
  expect(download.suggestedFilename()).toBe("consortium-shortlist.csv");
  const text = await readFile((await download.path())!, "utf-8");
  const lines = text.trim().split("\r\n");
  expect(lines[0]).toBe("id,name,kind,country,city,score,reasons");
  expect(lines).toHaveLength(3);
  for (const [index, name] of names.entries()) {
    expect(lines[index + 1]).toContain(name.includes(",") ? `"${name}"` : name);
    expect(lines[index + 1]).toMatch(/,Company,(LU|DE) /);
  }
  // The shortlist stays when the page is opened again.
  await page.reload();
  await expect(shortlist.locator("li")).toHaveCount(2);
});

test("a manager adds a member with a key and is refused on another cluster", async ({ page }) => {
  expect(MANAGER_KEY, "MANAGER_KEY: a cluster_manager key for lci-automotive").toMatch(/^cgk_/);
  await page.goto("/sign-in");
  await page.getByLabel("API key").fill("not-a-key");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toContainText("This is not an API key");
  await page.getByLabel("API key").fill(MANAGER_KEY);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL("/clusters");
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();

  await page.goto("/clusters/lci-automotive?tab=manage");
  const addForm = page.getByRole("form", { name: "Add a member" });
  await addForm.getByLabel("Organisation", { exact: true }).fill("placeholder company");
  await addForm.getByRole("button", { name: /Placeholder company/i }).click();
  await addForm.getByLabel("Member since").fill("2024-01-15");
  await addForm.getByRole("button", { name: "Add member" }).click();
  await expect(addForm.getByRole("status")).toContainText("is now a member");
  await shot(page, "manager-add-member");
  await page.getByRole("link", { name: "Members", exact: true }).click();
  const members = page.getByRole("list", { name: "Members" });
  await expect(members.getByText(/Placeholder company/i)).toBeVisible();

  // A date before the start is refused next to the field that caused it.
  const endForm = page.getByRole("form", { name: "End a membership" });
  await page.getByRole("link", { name: "Manage", exact: true }).click();
  await endForm.getByLabel("Member", { exact: true }).fill("placeholder company");
  await endForm.getByRole("button", { name: /Placeholder company/i }).click();
  await endForm.getByLabel("Last day").fill("2020-01-01");
  await endForm.getByRole("button", { name: "End membership" }).click();
  await expect(endForm.locator(".field-error")).toBeVisible();

  // Another cluster: the page asks the API who the key is (viewer) and offers no writes there.
  await page.goto("/clusters/lci-space?tab=manage");
  await expect(page.locator("[data-refused=true]")).toContainText("does not manage");
  await expect(page.getByRole("form", { name: "Add a member" })).toHaveCount(0);
  // And the API refuses the write all the same.
  const refused = await page.request.post("/graphql", {
    headers: { authorization: `Bearer ${MANAGER_KEY}` },
    data: {
      query: `mutation { addMembership(input: {organizationId: "${UL}", clusterId: "lci-space", since: "2024-01-15"}) {
        __typename ... on MutationError { message } } }`,
    },
  });
  expect(refused.ok()).toBe(true);
  expect((await refused.json()).data.addMembership.__typename).toBe("NotAuthorized");
  await shot(page, "manager-refused");
});

test("phone-sized layout: nothing wider than the screen", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  for (const path of ["/?q=luxembourg", `/organizations/${UL}?tab=suggestions`, "/clusters/lci-automotive"]) {
    await page.goto(path);
    await expect(page.locator("main h1")).toBeVisible();
    await expect(page.locator(".state.loading")).toHaveCount(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
  }
  await page.screenshot({ path: "test-results/screenshots/phone-cluster.png" });
  await context.close();
});
