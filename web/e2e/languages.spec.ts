// The page in French and German: the main flows in French, the switch on every page, the
// reader's choice kept, and no programmer's words on any page of the demo in any language.
import { readFile } from "node:fs/promises";
import { UL, expect, shot, test } from "./fixtures";

const MANAGER_KEY = process.env.MANAGER_KEY ?? "";

test("a first visit follows the browser's language, and the choice is kept", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, locale: "de-LU" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Organisationen, Projekte, Cluster und Themen finden");
  await page.getByRole("navigation", { name: "Sprache" }).getByRole("link", { name: "Français" }).click();
  await expect(page).toHaveURL(/lang=fr/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Trouver des organisations, des projets, des clusters et des thèmes");
  // Kept as the reader's setting: a new page without ?lang= is still in French.
  await page.goto("/clusters");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Clusters");
  await expect(page.getByRole("link", { name: "Constituer un consortium" }).first()).toBeVisible();
  await context.close();
});

test("en français : chercher l'Université du Luxembourg, ses projets, ses partenaires suggérés", async ({ page }) => {
  await page.goto("/?lang=fr");
  await page.getByLabel("Rechercher", { exact: true }).fill("Universite du Luxembourg");
  const results = page.getByRole("list", { name: "Résultats de la recherche" });
  await expect(results.locator("li").first()).toBeVisible();
  await expect(results).toContainText(/\d+ projets/);
  // the address asked for French: the search's address keeps it, to be sent on as it is
  await expect(page).toHaveURL(/\?q=Universite\+du\+Luxembourg.*&lang=fr$/);
  await shot(page, "fr-search");
  await page.goto(`/organizations/${UL}`);
  await expect(page.getByText("Université ou organisme de recherche").first()).toBeVisible();
  await expect(page.getByText("CORDIS : participations à Horizon 2020", { exact: true })).toBeVisible();
  // Active in the health and ICT domains only, said so, with the evidence one click away.
  const active = page.locator('[data-standing="ACTIVE_IN_DOMAIN"] li');
  await expect(active).toHaveCount(2);
  await expect(active.first()).toContainText("déduite de ses projets");
  await shot(page, "fr-organisation");
  await active.first().getByRole("link", { name: "voir les projets" }).click();
  await expect(page.locator("[data-evidence]")).toContainText("Projets qui la rendent active dans le domaine du");
  await expect(page.locator("table tbody tr").first()).toBeVisible();
  await page.goto(`/organizations/${UL}?tab=suggestions&lang=fr`);
  const list = page.getByRole("list", { name: "Partenaires suggérés" });
  await expect(list.locator(":scope > li").first()).toBeVisible();
  await expect(list.locator(".summary").first()).not.toContainText("(s)");
  await expect(list.locator(".summary").first()).toHaveText(/(a travaillé|travaille déjà|actif récemment|partenaires? en tout)/);
  await page.getByLabel("Entreprise").check();
  await expect(page).toHaveURL(/kinds=COMPANY/);
  await expect(page.locator("[aria-busy=true]")).toHaveCount(0);
  expect(new Set(await list.locator(".suggestion-head .badge").allInnerTexts())).toEqual(new Set(["Entreprise"]));
  await shot(page, "fr-suggestions");
});

test("en français : le cluster automobile, ses objectifs et ses statuts, le recrutement au Luxembourg", async ({ page }) => {
  await page.goto("/clusters/lci-automotive?lang=fr");
  await expect(page.getByRole("heading", { name: "Objectifs (plan en cinq points)" })).toBeVisible();
  const rows = page.locator("#objectives table tbody tr");
  await expect(rows).toHaveCount(6);
  await expect(page.getByRole("rowheader", { name: "Nouveaux emplois" })).toBeVisible();
  await expect(rows.first()).toContainText("Non atteint à l’échéance");
  await expect(rows.first()).toContainText("31 déc. 2020");
  await expect(page.locator('[data-figure="activeInDomain"]')).toContainText("actives dans le domaine");
  await shot(page, "fr-cluster");
  await page.getByRole("link", { name: "Recruter des membres" }).click();
  await expect(page.getByRole("group", { name: "Pays" }).getByRole("list")).toHaveText(/Luxembourg/);
  await expect(page.getByRole("list", { name: "Recruter des membres" }).locator(":scope > li").first()).toBeVisible();
});

test("auf Deutsch: ein Cluster und seine Mitglieder", async ({ page }) => {
  await page.goto("/clusters/lci-ict?tab=members&group=active&lang=de");
  await expect(page.getByRole("heading", { name: "Im Themenfeld aktiv" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Im Themenfeld aktiv" }).locator("li").first()).toContainText("aus Projekten abgeleitet");
  await shot(page, "de-cluster-active");
  await page.goto("/clusters/lci-automotive?lang=de");
  await expect(page.locator("#objectives table tbody tr").first()).toContainText("Zum Stichtag verfehlt");
  await shot(page, "de-cluster");
});

test("auf Deutsch: eine Beschreibung, deren Schlüsselwörter kein Projekt alle enthält, sagt es", async ({ page }) => {
  await page.goto("/consortium?brief=Brennstoffzellen%20f%C3%BCr%20Lastwagen&lang=de");
  // no project of the demo holds both: the next best, said as such, naming the one word
  await expect(page.locator("[data-key-words]")).toHaveText(
    "Zu wenige Projekte enthalten die Suchbegriffe der Beschreibung zugleich; die Vorschläge beruhen auf dem Suchbegriff „trucks“.",
  );
  // the words as searched: the glossary's German in English, a name of several words as one
  await expect(page.locator("[data-brief-words]")).toHaveText(
    "In den englischen Projekttexten gesuchte Wörter: fuel cells, trucks.",
  );
  // a name no project holds ("hydrogen refuelling stations") is searched word by word
  await page.goto("/consortium?brief=Wasserstoff-Tankstellen%20f%C3%BCr%20Lastwagen&lang=de");
  await expect(page.locator("[data-brief-words]")).toHaveText(
    "In den englischen Projekttexten gesuchte Wörter: hydrogen, refuelling (oder refueling), stations, trucks.",
  );
  await expect(page.locator("[data-split-names]")).toHaveText(
    "Kein Projekt enthält alle Wörter von „hydrogen refuelling stations“; sie werden einzeln gesucht.",
  );
  await expect(page.locator("[data-key-words]")).toHaveText(
    "Weniger als 3 Projekte enthalten die 4 Suchbegriffe der Beschreibung zugleich; die Vorschläge beruhen auf Projekten mit mindestens 2 davon.",
  );
  // and each card says which of them its projects hold
  await expect(page.locator("[data-words-found]").first()).toHaveText(/^Von den gesuchten Wörtern (enthalten diese Projekte|enthält dieses Projekt) „[a-z ]+“(, „[a-z ]+“)* und „[a-z ]+“\.$/);
  // a word the glossary does not know, which no project holds, is named as typed
  await page.goto("/consortium?brief=Satellitengest%C3%BCtzte%20Erdbeobachtung&lang=de");
  await expect(page.locator("[data-unfound-words]")).toHaveText(
    "Kein Projekt enthält „Satellitengestützte“: Versuchen Sie ein anderes oder ein allgemeineres Wort (die Projekttexte sind auf Englisch).",
  );
  // fewer than 3 projects hold all four, enough hold two of them
  await page.goto("/consortium?brief=Wasserstoff%20und%20Brennstoffzellen%20f%C3%BCr%20Lastwagen%20und%20Busse&lang=de");
  await expect(page.locator("[data-key-words]")).toHaveText(
    "Weniger als 3 Projekte enthalten die 4 Suchbegriffe der Beschreibung zugleich; die Vorschläge beruhen auf Projekten mit mindestens 2 davon.",
  );
  // a brief some project holds whole says nothing of the kind
  await page.goto("/consortium?brief=hydrogen%20storage&lang=de");
  await expect(page.getByRole("list", { name: "Vorschläge für das Konsortium" }).locator(":scope > li").first()).toBeVisible();
  await expect(page.locator("[data-key-words]")).toHaveCount(0);
});

test("en français : qui et où, dits dans la description, deviennent des filtres", async ({ page }) => {
  await page.goto("/consortium?brief=une%20PME%20luxembourgeoise%20sp%C3%A9cialis%C3%A9e%20dans%20le%20recyclage%20de%20batteries&lang=fr");
  await expect(page.locator("[data-brief-filters]")).toHaveText("Repris de votre description et appliqués comme filtres : PME, Luxembourg.");
  // the controls say it too, where they would say "any"
  await expect(page.getByRole("group", { name: "Pays recherchés" })).toContainText("D’après votre description : Luxembourg");
  await expect(page.getByRole("group", { name: "Types d’organisation recherchés" })).toContainText("D’après votre description : PME");
  // "PME", "luxembourgeoise" and "spécialisée" are not searched
  await expect(page.locator("[data-brief-words]")).toHaveText("Mots cherchés dans les textes des projets, qui sont en anglais : recycling, battery.");
  const items = page.getByRole("list", { name: "Suggestions pour le consortium" }).locator(":scope > li");
  await expect(items.first()).toContainText("Luxembourg");
  // a country chosen in the filters wins over the brief's
  await page.goto("/consortium?brief=une%20PME%20luxembourgeoise%20pour%20le%20recyclage%20de%20batteries&countries=DE&lang=fr");
  await expect(page.locator("[data-brief-filters]")).toHaveText("Repris de votre description et appliqués comme filtres : PME.");
  // nobody of that kind and country: the page says the filters came from the description
  await page.goto("/consortium?brief=une%20PME%20luxembourgeoise%20pour%20la%20fusion%20nucl%C3%A9aire&lang=fr");
  await expect(page.getByText("Les types et pays repris de votre description comptent comme filtres")).toBeVisible();
  // who without what: the page asks for the subject, in French
  await page.goto("/consortium?brief=PME%20luxembourgeoises&lang=fr");
  await expect(page.getByText("pas sur quoi elles devraient travailler")).toBeVisible();
});

test("en français : la présélection exportée en CSV avec « ; »", async ({ page }) => {
  await page.goto("/consortium?topics=h2020-part-SC4&kinds=COMPANY&countries=LU&lang=fr");
  const items = page.getByRole("list", { name: "Suggestions pour le consortium" }).locator(":scope > li");
  await expect(items.first()).toBeVisible();
  // a field few projects are tagged with: asked in words instead, on request
  await page.goto("/consortium?topics=esv-25-67-425-1169-1691&lang=fr");
  await expect(page.locator("[data-few-projects]")).toContainText("rattaché au thème « énergie hydrogène »");
  await page.getByRole("button", { name: "Chercher plutôt « énergie hydrogène » dans les textes des projets" }).click();
  await expect(page).toHaveURL(/brief=%C3%A9nergie(\+|%20)hydrog%C3%A8ne/);
  await expect(page).not.toHaveURL(/topics=esv/);
  await expect(items.first()).toContainText("sur le sujet");
  // a group of calls with few projects: its name is a code, not words to ask; its broader
  // group is offered instead
  await page.goto("/consortium?topics=call-family-HORIZON-CL4-SPACE&lang=fr");
  await expect(items.first()).toBeVisible();
  await page.locator("[data-few-projects]").getByRole("button", { name: /^Interroger plutôt le groupe plus large « Appels HORIZON-CL4… – Pôle 4/ }).click();
  await expect(page).toHaveURL(/topics=call-family-HORIZON-CL4(&|$)/);
  await expect(page.locator("[data-few-projects]")).toHaveCount(0);
  await page.goto("/consortium?topics=h2020-part-SC4&kinds=COMPANY&countries=LU&lang=fr");
  // what "sur le sujet" counts, said for what was asked (a topic)
  await expect(page.locator("[data-subject-note]")).toHaveText("« Sur le sujet » compte les projets de l’organisation sur les thèmes choisis ou des thèmes plus précis (pour un thème sans projet rattaché : ceux dont le texte le nomme).");
  await items.first().getByRole("button", { name: /Ajouter à la présélection/ }).click();
  await expect(page.getByRole("list", { name: "Présélection" }).locator("li")).toHaveCount(1);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Exporter en CSV" }).click()]);
  expect(download.suggestedFilename()).toBe("consortium-preselection.csv");
  const [header, row] = (await readFile((await download.path())!, "utf-8")).replace(/^\uFEFF/, "").trim().split("\r\n");
  expect(header).toBe("identifiant;nom;type;pays;ville;site web;PIC;page;rang;pourquoi;éléments à l’appui;établie pour");
  expect(row).toContain(";Entreprise;LU (Luxembourg);");
  const sentence = (await items.first().locator(".summary").innerText()).trim();
  expect(row).toContain(`;1;${/[",;]/.test(sentence) ? `"${sentence.replaceAll('"', '""')}"` : sentence};`);
  expect(row).toContain("thèmes Transports intelligents, verts et intégrés");
  // the card's evidence, under the group's French label
  expect(row).toMatch(/Ses projets sur le sujet\s:\s/);
  await page.getByRole("button", { name: "retirer Transports intelligents, verts et intégrés", exact: true }).click();
  await expect(page).not.toHaveURL(/topics=/);
});

test("en français : un gestionnaire est prévenu qu'une organisation est déjà membre", { tag: "@writes" }, async ({ page }) => {
  expect(MANAGER_KEY, "MANAGER_KEY: a cluster_manager key for lci-automotive").toMatch(/^cgk_/);
  await page.goto("/sign-in?lang=fr");
  await page.getByLabel("Clé d’accès").fill(MANAGER_KEY);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).toHaveURL("/clusters/lci-automotive");
  await expect(page.locator(".site-header .role")).toHaveText("Gestionnaire du Luxembourg AutoMobility Cluster");
  await page.getByRole("link", { name: "Gérer", exact: true }).click();
  const form = page.getByRole("form", { name: "Ajouter un membre" });
  for (let i = 0; i < 2; i++) {
    if (i) await form.getByRole("button", { name: "changer" }).click();
    await form.getByLabel("Organisation", { exact: true }).fill("Luxinnovation");
    await form.getByRole("button", { name: /LUXINNOVATION/i }).first().click();
    await form.getByRole("button", { name: "Ajouter le membre" }).click();
    await expect(form.getByRole("status")).toBeVisible();
  }
  await expect(form.getByRole("status")).toContainText("est déjà membre");
  await shot(page, "fr-manager");
});

test("en français : un thème cherché en français est trouvé sous son nom français ou anglais, ou signalé sans résultat avec le conseil d'essayer l'anglais", async ({ page }) => {
  await page.goto("/consortium?lang=fr");
  const picker = page.getByRole("searchbox", { name: "Ajouter un thème" });
  await picker.fill("désherbage");
  await expect(page.getByRole("status").filter({ hasText: "Aucun résultat pour « désherbage »." })).toContainText("leur nom anglais");
  await shot(page, "fr-topic-none");
  await picker.fill("santé"); // a broad topic's French name, and "health" asked in English too
  const options = page.getByRole("list", { name: "Ajouter un thème : résultats" }).locator("li");
  await expect(options.first()).toContainText("Santé");
  await expect(page.getByText("Aucun résultat")).toHaveCount(0);
  await options.first().getByRole("button").click();
  await expect(page).toHaveURL(/topics=/);
  await expect(page.getByRole("list", { name: "Thèmes", exact: true }).locator("li")).toHaveCount(1);
});

test("en français : la page d'accueil propose où commencer, et une recherche en français sans résultat dit d'essayer l'anglais", async ({ page }) => {
  await page.goto("/?lang=fr");
  const start = page.getByRole("heading", { name: "Ou commencez par" });
  await expect(start).toBeVisible();
  await page.getByRole("link", { name: "Les clusters" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Clusters");
  // A common word is found in English too ("hydrogène": the hydrogen projects)...
  await page.goto("/?lang=fr&q=hydrog%C3%A8ne");
  await expect(page.getByRole("list", { name: "Résultats de la recherche" })).toContainText(/hydrogen/i);
  // ...so is a common phrase ("pile à combustible": fuel cell projects)...
  await page.getByLabel("Rechercher", { exact: true }).fill("pile à combustible");
  await expect(page.getByRole("list", { name: "Résultats de la recherche" })).toContainText(/fuel cell/i);
  // ...a rarer word is not, and the page says how to ask.
  await page.getByLabel("Rechercher", { exact: true }).fill("marémotrice");
  await expect(page.getByText("Rien ne correspond à « marémotrice »")).toContainText("« tidal » pour « marémotrice »");
});
