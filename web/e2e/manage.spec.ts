// Consortium shortlist export and the writes of a cluster manager.
import { readFile } from "node:fs/promises";
import { expect, shot, test, UL } from "./fixtures";

const MANAGER_KEY = process.env.MANAGER_KEY ?? "";

test("a consortium shortlist exported as CSV", async ({ page }) => {
  await page.goto("/consortium?topics=h2020-part-SC4&kinds=COMPANY&countries=LU,DE");
  const list = page.getByRole("list", { name: "Consortium suggestions" });
  const items = list.locator(":scope > li");
  await expect(items.first()).toBeVisible();
  const names: string[] = [];
  const sentences: string[] = [];
  for (const index of [0, 1]) {
    const item = items.nth(index);
    names.push((await item.locator(".suggestion-head a").first().innerText()).trim());
    sentences.push((await item.locator(".summary").innerText()).trim());
    await item.getByRole("button", { name: /Add to shortlist/ }).click();
  }
  const shortlist = page.getByRole("list", { name: "Shortlist" });
  await expect(shortlist.locator("li")).toHaveCount(2);
  await shot(page, "consortium");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export CSV" }).click()]);
  expect(download.suggestedFilename()).toBe("consortium-shortlist.csv");
  const text = await readFile((await download.path())!, "utf-8");
  expect(text.startsWith("\uFEFF")).toBe(true);
  const lines = text.slice(1).trim().split("\r\n");
  expect(lines[0]).toBe("id,name,kind,country,city,website,PIC,page,rank,why,evidence,built for");
  expect(lines).toHaveLength(3);
  for (const [index, name] of names.entries()) {
    expect(lines[index + 1]).toContain(name.includes(",") ? `"${name}"` : name);
    expect(lines[index + 1]).toMatch(/,Company,(LU|DE) /);
    // A link to the organisation's page, and the brief it was built for (the topic by name).
    expect(lines[index + 1]).toMatch(/,http:\/\/[^,]+\/organizations\/[^,]+,/);
    expect(lines[index + 1]).toContain('"topics Smart, green and integrated transport"');
    // The card's evidence, by name, where the score's terms were.
    expect(lines[index + 1]).toContain("Its projects on the subject: ");
    // Its place in the list and the sentence the page showed, quoted as CSV quotes text.
    const sentence = sentences[index];
    const cell = /[",;]/.test(sentence) ? `"${sentence.replaceAll('"', '""')}"` : sentence;
    expect(lines[index + 1]).toContain(`,${index + 1},${cell},`);
  }
  // The shortlist stays when the page is opened again.
  await page.reload();
  await expect(shortlist.locator("li")).toHaveCount(2);
});

test("a consortium started from an organisation, then asked again with the shortlist in it", async ({ page }) => {
  await page.goto("/organizations/pic-999427958");
  await page.getByRole("link", { name: "Build a consortium with this organisation" }).click();
  await expect(page).toHaveURL(/\/consortium\?with=pic-999427958$/);
  const inIt = page.getByRole("list", { name: "Organisations already in the consortium" });
  await expect(inIt.locator("li")).toHaveCount(1);
  await expect(inIt).toContainText("DELPHI AUTOMOTIVE SYSTEMS LUXEMBOURG");
  const items = page.getByRole("list", { name: "Consortium suggestions" }).locator(":scope > li");
  await expect(items.first()).toBeVisible();
  // completing a consortium: the suggestions say which of its organisations they worked with
  await expect(items.first().locator(".summary")).toContainText("DELPHI AUTOMOTIVE SYSTEMS LUXEMBOURG");
  const first = (await items.first().locator(".suggestion-head a").first().innerText()).trim();
  await items.first().getByRole("button", { name: /Add to shortlist/ }).click();
  await page.getByRole("button", { name: "Put the shortlist into the consortium" }).click();
  await expect(page).toHaveURL(/with=pic-999427958%2C|with=pic-999427958,/);
  await expect(inIt.locator("li")).toHaveCount(2);
  await expect(inIt).toContainText(first);
  // an organisation in the consortium is never suggested, and the button has nothing left to add
  await expect(items.locator(".suggestion-head").filter({ hasText: first })).toHaveCount(0);
  await expect(items.first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Put the shortlist into the consortium" })).toHaveCount(0);
  await inIt.getByRole("button", { name: `remove ${first}`, exact: true }).click();
  await expect(inIt.locator("li")).toHaveCount(1);
});

test("the brief box runs on Enter and on its button; Shift+Enter starts a new line", async ({ page }) => {
  await page.goto("/consortium");
  const box = page.getByLabel("What the consortium is about, in words");
  await box.fill("battery recycling");
  await box.press("Shift+Enter");
  await expect(box).toHaveValue("battery recycling\n");
  expect(page.url()).not.toContain("brief=");
  await box.press("Enter");
  await expect(page).toHaveURL(/brief=battery\+recycling|brief=battery%20recycling/);
  const items = page.getByRole("list", { name: "Consortium suggestions" }).locator(":scope > li");
  await expect(items.first()).toBeVisible();
  await box.fill("hydrogen energy");
  await page.getByRole("button", { name: "Find partners" }).click();
  await expect(page).toHaveURL(/brief=hydrogen\+energy|brief=hydrogen%20energy/);
  await expect(items.first()).toBeVisible();
});

test("a manager lands on their cluster, adds a member (twice), ends it and sees it leave the counts", { tag: "@writes" }, async ({ page }) => {
  expect(MANAGER_KEY, "MANAGER_KEY: a cluster_manager key for lci-automotive").toMatch(/^cgk_/);
  await page.goto("/sign-in");
  await page.getByLabel("Access key").fill("not-a-key");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toContainText("This is not an access key");
  // a key of the right shape that the service does not know: no "sign out" advice here
  await page.getByLabel("Access key").fill(`cgk_000000000000_${"x".repeat(43)}`);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toHaveText(
    "This access key was refused: it is unknown, revoked or mistyped. Check it, or ask your administrator for a new one.",
  );
  await page.getByLabel("Access key").fill(MANAGER_KEY);
  await page.getByRole("button", { name: "Sign in" }).click();
  // Signed in, a manager lands on their own cluster, named in the header.
  await expect(page).toHaveURL("/clusters/lci-automotive");
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expect(page.locator(".site-header .role")).toHaveText("Manager of Luxembourg AutoMobility Cluster");
  const members = page.locator('[data-figure="members"] strong');
  const before = Number(await members.innerText());

  await page.goto("/clusters/lci-automotive?tab=manage");
  const addForm = page.getByRole("form", { name: "Add a member" });
  const add = async () => {
    await addForm.getByLabel("Organisation", { exact: true }).fill("placeholder company");
    await addForm.getByRole("button", { name: /Placeholder company/i }).click();
    await addForm.getByLabel("Member since").fill("2024-01-15");
    await addForm.getByRole("button", { name: "Add member" }).click();
  };
  await add();
  await expect(addForm.getByRole("status")).toContainText(/is now a member|is a member again/);
  await expect(members).toHaveText(String(before + 1));
  // Adding the same organisation again says it already is a member.
  await addForm.getByRole("button", { name: "change" }).click();
  await add();
  await expect(addForm.getByRole("status")).toContainText("is already a member");
  await expect(members).toHaveText(String(before + 1));
  await shot(page, "manager-add-member");
  await page.getByRole("link", { name: "Members", exact: true }).click();
  await expect(page.getByRole("list", { name: "Members" }).getByText(/Placeholder company/i)).toBeVisible();

  // A last day before the start is refused once, in words, next to that field.
  await page.getByRole("link", { name: "Manage", exact: true }).click();
  const endForm = page.getByRole("form", { name: "End a membership" });
  // The form lists the current members only: nothing else has a membership to end.
  const member = endForm.getByLabel("Member", { exact: true });
  await expect(member.locator("option", { hasText: /Placeholder company/i })).toHaveCount(1);
  await endForm.getByRole("button", { name: "End membership" }).click();
  await expect(endForm.locator(".field-error")).toHaveText("Choose the member whose membership ends.");
  await member.selectOption({ label: (await member.locator("option", { hasText: /Placeholder company/i }).innerText()).trim() });
  await expect(endForm.locator(".field-error")).toHaveCount(0);
  await endForm.getByLabel("Last day").fill("2020-01-01");
  await endForm.getByRole("button", { name: "End membership" }).click();
  await expect(endForm.locator(".field-error")).toHaveText("The last day cannot be before the membership started.");
  await expect(page.getByRole("alert")).toHaveCount(1);
  await expect(endForm.getByLabel("Last day")).toHaveAttribute("aria-describedby", /.+/);

  // Ended yesterday: it leaves the members' count and list, and is listed as a former member.
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  await endForm.getByLabel("Last day").fill(yesterday);
  await endForm.getByRole("button", { name: "End membership" }).click();
  await expect(endForm.getByRole("status")).toContainText("the membership ends on");
  await expect(members).toHaveText(String(before));
  await expect(page.locator('[data-figure="formerMembers"]')).toBeVisible();
  await page.goto("/clusters/lci-automotive?tab=members&group=members");
  await expect(page.getByRole("list", { name: "Members" }).getByText(/Placeholder company/i)).toHaveCount(0);
  await page.getByLabel(/^Former members/).check();
  await expect(page.getByRole("list", { name: "Former members" }).getByText(/Placeholder company/i)).toBeVisible();

  // From a recruiting suggestion to the form that adds it, the organisation already chosen.
  await page.goto("/clusters/lci-automotive?tab=recruit");
  const first = page.getByRole("list", { name: "Recruit members" }).locator(":scope > li").first();
  const name = (await first.locator(".suggestion-head a").first().innerText()).trim();
  await first.getByRole("link", { name: "Add as member…" }).click();
  await expect(page).toHaveURL(/tab=manage&add=/);
  await expect(page.getByRole("form", { name: "Add a member" })).toContainText(`Organisation: ${name}`);

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

test("a project's consortium: suggestions of every kind, and the kinds it lacks in one click", async ({ page }) => {
  await page.goto("/consortium?project=he-101096479");
  const items = page.getByRole("list", { name: "Consortium suggestions" }).locator(":scope > li");
  await expect(items.first()).toBeVisible();
  const note = page.locator("[data-lacking-kinds]");
  await expect(note).toContainText("Kinds missing from this consortium:");
  const missing = (await note.innerText()).split(":")[1].split(".")[0].trim();
  await note.getByRole("button", { name: /Suggest only/ }).click();
  await expect(page).toHaveURL(/kinds=/);
  await expect(note).toHaveCount(0);
  await expect.poll(async () => [...new Set(await items.locator(".suggestion-head .badge").allInnerTexts())].every((kind) => missing.includes(kind))).toBe(true);
});

test("which of a cluster's members could answer a call: from the cluster page to the consortium builder", async ({ page }) => {
  await page.goto("/clusters/lci-automotive?tab=recruit");
  await page.getByRole("link", { name: "Who in the cluster could answer a call? Ask the consortium builder" }).click();
  await expect(page).toHaveURL(/\/consortium\?cluster=lci-automotive&active=1/);
  await expect(page.getByLabel("Only members of")).toHaveValue("lci-automotive");
  // The demo's clusters have no member list: those active in the domain are asked too.
  await expect(page.getByLabel("and the organisations active in its domain")).toBeChecked();
  const call = page.getByLabel("Call topic code (optional)");
  // A code with a space is explained on the page, not sent.
  await call.fill("HORIZON CL5");
  await call.press("Enter");
  await expect(page.getByRole("alert")).toHaveText(/without spaces, e\.g\. HORIZON-CL5-2022-D2-01-02/);
  await call.fill("HORIZON-JTI-CLEANH2-2024-03-01");
  await call.press("Enter");
  await expect(page).toHaveURL(/call=HORIZON-JTI-CLEANH2-2024-03-01/);
  const items = page.getByRole("list", { name: "Consortium suggestions" }).locator(":scope > li");
  await expect(items.first()).toBeVisible();
  // Every suggestion is a current member or active in the cluster's domain (asked of the API).
  const links = await items.locator(".suggestion-head a").evaluateAll((found) => found.map((a) => a.getAttribute("href") ?? ""));
  const ids = links.filter((href) => href.startsWith("/organizations/")).map((href) => decodeURIComponent(href.slice("/organizations/".length)));
  expect(ids.length).toBeGreaterThan(0);
  for (const id of ids) {
    const answer = await page.request.post("/graphql", {
      data: { query: "query($id: ID!) { organization(id: $id) { clusters(standings: [MEMBER, ACTIVE_IN_DOMAIN]) { cluster { id } } } }", variables: { id } },
    });
    const memberships = (await answer.json()).data.organization.clusters as { cluster: { id: string } }[];
    expect(memberships.map((m) => m.cluster.id)).toContain("lci-automotive");
  }
  // Members only: the demo's clusters have no member list (the tests that add members run
  // last; an earlier run on the same database may have left one), and the page says which,
  // and what to do.
  await page.getByLabel("and the organisations active in its domain").uncheck();
  const counts = await page.request.post("/graphql", { data: { query: '{ cluster(id: "lci-automotive") { memberCounts { count } } }' } });
  const members = ((await counts.json()).data.cluster.memberCounts as { count: number }[]).reduce((sum, kind) => sum + kind.count, 0);
  if (members === 0) {
    // a way on, where the manager reads that there is no member list
    await expect(page.getByText("This cluster has no member list in the data yet.")).toBeVisible();
    await page.getByRole("button", { name: "Ask the organisations active in its domain instead" }).click();
    await expect(page.getByLabel("and the organisations active in its domain")).toBeChecked();
    await expect(page.getByRole("list", { name: "Consortium suggestions" }).locator(":scope > li").first()).toBeVisible();
  } else {
    await expect(page.getByText("None of the cluster’s members fits.")).toBeVisible();
    await page.getByRole("button", { name: "Ask the organisations active in its domain too" }).click();
    await expect(page.getByLabel("and the organisations active in its domain")).toBeChecked();
  }
  // A call the data has: its title under its code, so that one sees what was understood.
  await call.fill("HORIZON-JTI-CLEANH2-2023-06-02");
  await call.press("Enter");
  await expect(page.getByText("The call topic: Small-scale Hydrogen Valley")).toBeVisible();
  // A code the data does not know, nor its family: said so, not "nobody fits".
  await call.fill("HORIZON-XX-2099-ZZ-01");
  await call.press("Enter");
  await expect(page.getByText("This call code is not in the data, nor is its call family.", { exact: false })).toBeVisible();
});

test("signed in for the tab only, a new tab is signed out; kept on this device, every tab is signed in until one signs out", async ({
  page,
}) => {
  expect(MANAGER_KEY, "MANAGER_KEY: a cluster_manager key for lci-automotive").toMatch(/^cgk_/);
  const signIn = async (keep: boolean) => {
    await page.goto("/sign-in");
    await page.getByLabel("Access key").fill(MANAGER_KEY);
    await page.getByLabel(/Stay signed in on this device/).setChecked(keep);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL("/clusters/lci-automotive");
  };
  const signedIn = (tab: typeof page) => tab.getByRole("button", { name: "Sign out" });

  await signIn(false);
  const other = await page.context().newPage();
  await other.goto("/clusters/lci-automotive");
  await expect(other.getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(signedIn(other)).toHaveCount(0);

  await page.getByRole("button", { name: "Sign out" }).click();
  await signIn(true);
  await other.reload();
  await expect(signedIn(other)).toBeVisible();
  // Signing out in one tab signs every tab out, the first one without a reload.
  await signedIn(other).click();
  await expect(signedIn(page)).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
});
