// Every demo cluster's sector and description reads in French and German; a cluster the table
// does not know keeps the data's words.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { clusterTexts, translatedClusters } from "../../src/i18n/clusters";
import { describedObjectives, objectiveDescription } from "../../src/i18n/objectives";
import { describedOrganizations, organizationDescription, translatedOrganizationName } from "../../src/i18n/organizations";

const demoIds = readFileSync("../importers/demo_data/clusters.csv", "utf-8")
  .trim()
  .split("\n")
  .slice(1)
  .map((line) => line.split(",")[0]);

describe("cluster texts", () => {
  it("has every demo cluster in French and German, and only those", () => {
    expect(demoIds.length).toBe(6);
    for (const locale of ["fr", "de"] as const) expect([...translatedClusters(locale)].sort()).toEqual([...demoIds].sort());
  });

  it("keeps the data's words for English and for other clusters", () => {
    const space = { id: "lci-space", sector: "Space technologies", description: "One of the five." };
    expect(clusterTexts(space, "en")).toEqual({ sector: "Space technologies", description: "One of the five." });
    expect(clusterTexts(space, "de").sector).toBe("Raumfahrttechnologien");
    expect(clusterTexts({ id: "other", sector: "Wood", description: null }, "fr")).toEqual({ sector: "Wood", description: null });
  });
});

const demoObjectives = readFileSync("../importers/demo_data/objectives.csv", "utf-8")
  .trim()
  .split("\n")
  .slice(1)
  .map((line) => line.split(",")[0]);

describe("objective descriptions", () => {
  it("describes every demo objective in the three languages, without the indicator's code", () => {
    expect(demoObjectives.length).toBe(16);
    expect([...describedObjectives()].sort()).toEqual([...demoObjectives].sort());
    for (const locale of ["en", "fr", "de"] as const) {
      for (const id of demoObjectives) {
        const text = objectiveDescription({ id, description: null }, locale) ?? "";
        expect(text.length).toBeGreaterThan(40);
        expect(text).not.toMatch(/[A-Z]+_[A-Z]+/);
      }
    }
    expect(objectiveDescription({ id: "lci-ict-2020-new-jobs" }, "fr")).toContain("3\u00a0000 nouveaux emplois");
  });

  it("keeps the data's words for another objective", () => {
    expect(objectiveDescription({ id: "other", description: "Our own." }, "de")).toBe("Our own.");
  });
});

const describedDemoOrganizations = readFileSync("../importers/demo_data/organizations.csv", "utf-8")
  .trim()
  .split("\n")
  .slice(1)
  .filter((line) => line.split(",")[7]?.trim())
  .map((line) => line.split(",")[0]);

describe("organisation descriptions", () => {
  it("describes every demo organisation that has a description in French and German", () => {
    expect(describedDemoOrganizations).toEqual(["lci-demo-placeholder-company"]);
    for (const locale of ["fr", "de"] as const) expect(describedOrganizations(locale)).toEqual(describedDemoOrganizations);
    expect(organizationDescription({ id: "lci-demo-placeholder-company", description: "Not a real organisation." }, "en")).toBe("Not a real organisation.");
    expect(organizationDescription({ id: "pic-1", description: null }, "fr")).toBeNull();
  });

  it("names the placeholder company in French and German, every other organisation as the data does", () => {
    expect(translatedOrganizationName("lci-demo-placeholder-company", "de")).toBe("Platzhalter-Unternehmen (Demo)");
    expect(translatedOrganizationName("lci-demo-placeholder-company", "fr")).toBe("Entreprise fictive (démo)");
    expect(translatedOrganizationName("lci-demo-placeholder-company", "en")).toBeUndefined();
    expect(translatedOrganizationName("pic-934320200", "de")).toBeUndefined();
  });
});
