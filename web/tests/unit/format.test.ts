import { describe, expect, it } from "vitest";
import { actionLabel, countryName, kindLabel, orgName, orgShortName, parseFigure, percent, projectName, statusLabel, townName } from "../../src/lib/format";
import { listParam, nodePath, withParams } from "../../src/lib/links";
import { keyId } from "../../src/lib/auth";
import { setLocale } from "../../src/i18n";

describe("names", () => {
  it("never shows an organisation without a name as blank", () => {
    expect(orgName({ id: "pic-1", name: null })).toBe("Unnamed organisation (PIC 1)");
    expect(orgName({ id: "pic-1", name: "ACME" })).toBe("ACME");
    expect(orgName({ id: "pic-1", name: null, displayName: "Unnamed organisation (pic-1)" })).toBe("Unnamed organisation (PIC 1)");
    // where it is, and its participant code, to look it up
    expect(orgName({ id: "pic-908053473", name: null, country: "LU" })).toBe("Unnamed organisation (Luxembourg, PIC 908053473)");
    expect(orgName({ id: "acme-1", name: null })).toBe("Unnamed organisation (acme-1)");
  });

  it("uses a short name only where it is shorter than the name", () => {
    expect(orgShortName({ id: "pic-1", name: "UNIVERSITE DU LUXEMBOURG", shortName: "UNILU" })).toBe("UNILU");
    expect(orgShortName({ id: "pic-2", name: "NETCOMPANY S.A.", shortName: "INTRASOFT INTERNATIONAL SA" })).toBe("NETCOMPANY S.A.");
    expect(orgShortName({ id: "pic-3", name: "ACME", shortName: null })).toBe("ACME");
  });

  it("names projects by acronym and title", () => {
    expect(projectName({ id: "p", acronym: "X", title: "Y" })).toBe("X: Y");
    expect(projectName({ id: "p", acronym: "SANCUS", title: "Sancus: secure updates" })).toBe("Sancus: secure updates");
    expect(projectName({ id: "p", acronym: "AntifragiCity", title: "AntifragiCity" })).toBe("AntifragiCity");
    expect(projectName({ id: "p", acronym: null, title: null })).toBe("Untitled project (p)");
    // a Horizon 2020 project CORDIS gives no title: its programme, year and record number
    const untitled = { id: "h2020-229570", acronym: null, title: null, displayName: "Untitled project (h2020-229570)" };
    expect(projectName({ ...untitled, programme: "H2020", startYear: 2021 })).toBe("Untitled project (Horizon 2020, 2021, CORDIS record 229570)");
    expect(projectName(untitled)).toBe("Untitled project (CORDIS record 229570)");
    expect(projectName({ id: "he-101111984", programme: "HORIZON", startYear: 2023 })).toBe("Untitled project (Horizon Europe, 2023, grant agreement 101111984)");
  });

  it("reads CORDIS country codes", () => {
    expect(countryName("LU")).toBe("Luxembourg");
    expect(countryName("UK")).toBe("United Kingdom");
    expect(countryName("EL")).toBe("Greece");
  });

  it("labels kinds, including the coming UNKNOWN", () => {
    expect(kindLabel("RESEARCH_INSTITUTION")).toBe("University or research centre");
    expect(kindLabel("UNKNOWN")).toBe("Kind unknown");
    expect(percent(0.254)).toBe("25%");
    expect(percent(null)).toBe("no measurement");
  });

  it("names the usual types of action from the funding scheme, else as CORDIS does", () => {
    expect(actionLabel("HORIZON-RIA", "Research and Innovation action")).toBe("Research and innovation action");
    expect(actionLabel("HORIZON-JU-IA", "HORIZON JU Innovation Actions")).toBe("Innovation action");
    expect(actionLabel("CSA", "Coordination and support action")).toBe("Coordination and support action");
    expect(actionLabel("HORIZON-TMA-MSCA-PF-EF", "HORIZON TMA MSCA Postdoctoral Fellowships")).toBe("Marie Skłodowska-Curie postdoctoral fellowship");
    expect(actionLabel("HORIZON-ERC-POC", "ERC Proof of Concept")).toBe("ERC proof of concept grant");
    expect(actionLabel("ERC-STG", "Starting Grant")).toBe("European Research Council grant");
    expect(actionLabel("HORIZON-PCP", "Pre-commercial procurement")).toBe("Pre-commercial procurement");
    expect(actionLabel(null, null)).toBe("");
    // Horizon 2020's participation table gives the English name only
    expect(actionLabel(null, "Innovation action")).toBe("Innovation action");
    expect(actionLabel(null, "Research and Innovation action")).toBe("Research and innovation action");
    expect(actionLabel(null, "Coordination & support action")).toBe("Coordination and support action");
    expect(actionLabel(null, "Standard European Fellowships")).toBe("Marie Skłodowska-Curie postdoctoral fellowship");
    expect(actionLabel(null, "European Training Networks")).toBe("Marie Skłodowska-Curie doctoral network");
    expect(actionLabel(null, "Consolidator Grant")).toBe("European Research Council grant");
    expect(actionLabel(null, "Fellowship programmes")).toBe("Fellowship programmes");
  });

  it("says from its dates whether a signed project runs, is ahead or is over", () => {
    const today = new Date("2026-12-04T10:00:00Z");
    expect(statusLabel("SIGNED", "2022-09-01", "2025-08-31", today)).toBe("ended, not yet closed");
    expect(statusLabel("SIGNED", "2024-01-01", "2027-12-31", today)).toBe("running");
    expect(statusLabel("SIGNED", "2027-01-01", "2029-12-31", today)).toBe("signed, about to start");
    expect(statusLabel("SIGNED", null, null, today)).toBe("signed (running or about to start)");
    expect(statusLabel("CLOSED", "2015-01-01", "2018-12-31", today)).toBe("closed");
  });
});

describe("links", () => {
  it("gives every node type a page", () => {
    expect(nodePath("Organization", "pic-1")).toBe("/organizations/pic-1");
    expect(nodePath("Cluster", "lci-automotive")).toBe("/clusters/lci-automotive");
    expect(nodePath("Topic", "a/b")).toBe("/topics/a%2Fb");
  });

  it("leaves empty parameters out of URLs", () => {
    expect(withParams("/consortium", { project: "", topics: ["a", "b"], kinds: [] })).toBe("/consortium?topics=a%2Cb");
    expect(listParam(" a, b ,,c")).toEqual(["a", "b", "c"]);
  });

  it("shows only the key id of a token", () => {
    expect(keyId("cgk_0123456789ab_secretsecret")).toBe("0123456789ab");
    expect(keyId("nonsense")).toBeNull();
  });
});

describe("towns", () => {
  it("writes towns in capitals in ordinary case", () => {
    expect(townName("GRAZ", "AT")).toBe("Graz");
    expect(townName("NOVI SAD", "RS")).toBe("Novi Sad");
    expect(townName("Bergen", "NO")).toBe("Bergen");
    expect(townName(null)).toBeNull();
  });

  it("names a town the data spells several ways as the reader's language does", async () => {
    await setLocale("en");
    expect(townName("Bruxelles / Brussel", "BE")).toBe("Brussels");
    expect(townName("MUENCHEN", "DE")).toBe("Munich");
    expect(townName("ESCH-SUR-ALZETTE", "LU")).toBe("Esch-sur-Alzette");
    expect(townName("Esch Sur Alzette", "LU")).toBe("Esch-sur-Alzette");
    expect(townName("Villeneuve-d'Ascq", "FR")).toBe("Villeneuve-d’Ascq");
    await setLocale("fr");
    expect(townName("Brussels", "BE")).toBe("Bruxelles");
    expect(townName("WIEN", "AT")).toBe("Vienne");
    await setLocale("de");
    expect(townName("Munich", "DE")).toBe("München");
    expect(townName("MUNCHEN", "DE")).toBe("München");
    expect(townName("LIEGE", "BE")).toBe("Lüttich");
    // the country decides: León is Spain's, a Leon elsewhere keeps its spelling; without a country, none
    expect(townName("LEON", "FR")).toBe("Leon");
    expect(townName("MUNCHEN", null)).toBe("Munchen");
    await setLocale("en");
  });
});

describe("figures as people type them", () => {
  it("reads thousands and decimals the way each language writes them", () => {
    expect(parseFigure("1.200", "de")).toBe(1200);
    expect(parseFigure("1.200", "fr")).toBe(1200);
    expect(parseFigure("1.200", "en")).toBe(1.2);
    expect(parseFigure("1,200", "en")).toBe(1200);
    expect(parseFigure("1,200", "fr")).toBe(1.2);
    expect(parseFigure("1 200", "fr")).toBe(1200);
    expect(parseFigure("1\u202f200,5", "fr")).toBe(1200.5);
    expect(parseFigure("1.200,5", "de")).toBe(1200.5);
    expect(parseFigure("1,200.5", "de")).toBe(1200.5);
    expect(parseFigure("1.200.000", "en")).toBe(1200000);
    expect(parseFigure("1'200", "de")).toBe(1200);
    expect(parseFigure("2,5", "de")).toBe(2.5);
    expect(parseFigure("2.5", "fr")).toBe(2.5);
    expect(parseFigure("12.50", "de")).toBe(12.5);
    expect(parseFigure("-3", "en")).toBe(-3);
    // a leading zero is no group of thousands
    expect(parseFigure("0.125", "de")).toBe(0.125);
    expect(parseFigure("0,125", "en")).toBe(0.125);
  });

  it("refuses what is not a figure", () => {
    for (const text of ["", "abc", "12 %", "1.2.3", "1,2.3,4", "1.20,5.0", "1e9", ".", "1 2 3", "12 34"]) {
      expect(parseFigure(text, "de"), text).toBeNull();
    }
  });
});
