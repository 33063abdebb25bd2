import { describe, expect, it } from "vitest";
import { facetKind, programmeLabel, projectWhen, sourceLabel } from "../../src/lib/format";
import { nextFilters, readFilters } from "../../src/lib/searchFilters";
import { localPath } from "../../src/lib/links";
import { ancestors } from "../../src/lib/topics";
import { managesCluster } from "../../src/lib/viewer";

describe("search filters", () => {
  it("reads the URL, dropping kinds the API does not know", () => {
    expect(readFilters({ type: "organizations", kinds: "COMPANY,NONSENSE", countries: "lu,de" })).toEqual({
      type: "organizations",
      kinds: ["COMPANY"],
      countries: ["LU", "DE"],
      programmes: [],
    });
    expect(readFilters({ type: "people" }).type).toBe("all");
  });

  it("picks the type a facet is about and drops facets of other types", () => {
    const all = readFilters({});
    const companies = nextFilters(all, { kinds: ["COMPANY"] });
    expect(companies.type).toBe("organizations");
    const horizon = nextFilters(companies, { programmes: ["HORIZON"] });
    expect(horizon).toEqual({ type: "projects", kinds: [], countries: [], programmes: ["HORIZON"] });
    expect(nextFilters(horizon, { type: "all" })).toEqual({ type: "all", kinds: [], countries: [], programmes: [] });
  });

  it("takes the facets' kinds as the filter's enum, and no other value", () => {
    expect(facetKind("RESEARCH_INSTITUTION")).toBe("RESEARCH_INSTITUTION");
    expect(facetKind("OTHER")).toBe("OTHER");
    expect(facetKind("UNKNOWN")).toBe("UNKNOWN");
    expect(facetKind("ResearchInstitution")).toBeUndefined();
    expect(facetKind("toString")).toBeUndefined();
  });
});

describe("projects", () => {
  it("shows dates only as exactly as the data has them", () => {
    expect(projectWhen({ datePrecision: "YEAR", startYear: 2023, startDate: null })).toBe("call 2023");
    expect(projectWhen({ startDate: null, endDate: null, startYear: null })).toBe("dates unknown");
    expect(programmeLabel("HORIZON")).toBe("Horizon Europe");
    expect(programmeLabel("H2020")).toBe("Horizon 2020");
    expect(programmeLabel(null)).toBe("programme unknown");
  });
  it("names an organisation's datasets in words, the supplement's by its file's extract and year", () => {
    expect(sourceLabel("CORDIS Horizon Europe participations (partial)")).toBe(
      "CORDIS: Horizon Europe participations (early partial file)",
    );
    expect(sourceLabel("supplement (cordis-plus-2014.csv)")).toBe("Additional names and places: a CORDIS extract of 2014");
    expect(sourceLabel("supplement (dashboard-export-2021.csv)")).toBe("Additional names and places: the Horizon Dashboard of 2021");
    expect(sourceLabel("supplement (other.csv)")).toBe("Additional names and places (other.csv)");
    expect(sourceLabel("a bundle of my own")).toBe("a bundle of my own");
  });
});

describe("topics", () => {
  it("lists broader topics top first and says when the chain goes on", () => {
    const topic = {
      broader: { id: "b", name: "B", code: null, kind: "CALL_FAMILY", broader: { id: "a", name: "A", code: null, kind: "PROGRAMME_PART", broader: { id: "top" } } },
    };
    const { chain, more } = ancestors(topic);
    expect(chain.map((t) => t.id)).toEqual(["a", "b"]);
    expect(more).toBe(true);
    expect(ancestors({ broader: null })).toEqual({ chain: [], more: false });
  });
});

describe("viewer", () => {
  it("offers a cluster's writes to its managers and admins only", () => {
    expect(managesCluster({ role: "CLUSTER_MANAGER", clusterIds: ["lci-automotive"] }, "lci-automotive")).toBe(true);
    expect(managesCluster({ role: "CLUSTER_MANAGER", clusterIds: ["lci-automotive"] }, "lci-space")).toBe(false);
    expect(managesCluster({ role: "ADMIN", clusterIds: [] }, "lci-space")).toBe(true);
    expect(managesCluster({ role: "ANONYMOUS", clusterIds: [] }, "lci-space")).toBe(false);
  });
});

describe("localPath", () => {
  it("keeps paths of this site", () => {
    expect(localPath("/clusters/lci-ict?tab=manage", "/clusters")).toBe("/clusters/lci-ict?tab=manage");
    expect(localPath("/organizations/pic-1#projects", "/")).toBe("/organizations/pic-1#projects");
  });

  it("refuses what a browser would read as another site", () => {
    for (const next of ["//evil.example", "/\\evil.example", "/%5Cevil.example", "/\t/evil.example", "https://evil.example", "evil", "", undefined]) {
      const kept = localPath(next, "/clusters");
      expect(kept === "/clusters" || new URL(kept, "http://local.invalid").host === "local.invalid", String(next)).toBe(true);
      expect(kept.startsWith("//")).toBe(false);
    }
    expect(localPath("/\\evil.example", "/clusters")).toBe("/clusters");
  });
});
