import { describe, expect, it } from "vitest";
import map from "virtual:europe-map";
import { buildEuropeMap } from "../../scripts/europeMap";
import { cordisCode, isoCode } from "../../src/map/codes";

describe("country codes", () => {
  it("reads the base map's numeric codes as CORDIS writes countries", () => {
    expect(cordisCode("442", "Luxembourg")).toBe("LU");
    expect(cordisCode("300", "Greece")).toBe("EL");
    expect(cordisCode("826", "United Kingdom")).toBe("UK");
    expect(cordisCode(undefined, "Kosovo")).toBe("XK");
    expect(cordisCode(undefined, "N. Cyprus")).toBe("");
  });
  it("gives ISO letters for the names of countries", () => {
    expect(isoCode("EL")).toBe("GR");
    expect(isoCode("UK")).toBe("GB");
    expect(isoCode("LU")).toBe("LU");
  });
});

describe("the map of Europe", () => {
  it("is built from the package, with the small countries and a point for each", () => {
    const codes = new Map(map.countries.map((c) => [c.code, c]));
    for (const code of ["LU", "MT", "CY", "EL", "UK", "IS", "NO", "PT", "FI", "XK", "LI"]) {
      expect(codes.get(code)?.d, code).toMatch(/^M/);
      const at = codes.get(code)?.at;
      expect(at, code).not.toBeNull();
      expect(at![0]).toBeGreaterThan(0);
      expect(at![0]).toBeLessThan(map.width);
    }
    // Far countries are not drawn at all.
    expect(codes.has("US")).toBe(false);
    expect(map.countries.some((c) => c.code === "")).toBe(true); // land without a code
  });
  it("puts Paris west of Berlin and Lisbon south of Dublin", () => {
    const at = (code: string) => map.countries.find((c) => c.code === code)!.at!;
    expect(at("FR")[0]).toBeLessThan(at("DE")[0]);
    expect(at("PT")[1]).toBeGreaterThan(at("IE")[1]);
    expect(at("LU")[0]).toBeGreaterThan(at("BE")[0] - 30);
  });
  it("is the same every build", () => {
    expect(buildEuropeMap()).toEqual(map);
  });
});
