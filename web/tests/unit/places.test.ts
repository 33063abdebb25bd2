import { describe, expect, it } from "vitest";
import { countrySpots, firstPopulation, legendValues, radius, regionSpots, roundDown, type Geography } from "../../src/map/places";

const geography: Geography = {
  population: "ACTIVE_IN_DOMAIN" as Geography["population"],
  organizations: 3,
  partners: 9,
  projects: 5,
  partnersWithoutRegion: 2,
  countries: [
    { country: "DE", organizations: 0, partners: 4, projects: 4 },
    { country: "US", organizations: 0, partners: 2, projects: 2 },
    { country: "EL", organizations: 0, partners: 3, projects: 1 },
    { country: "LU", organizations: 3, partners: 0, projects: 0 },
  ],
  regions: [
    { region: "DE21", country: "DE", city: "MUNCHEN", latitude: 48.1, longitude: 11.6, organizations: 0, partners: 3, projects: 4 },
    { region: "EL30", country: "EL", city: "Athina", latitude: null, longitude: null, organizations: 0, partners: 2, projects: 1 },
    { region: "LU00", country: "LU", city: "Luxembourg", latitude: 49.6, longitude: 6.1, organizations: 3, partners: 0, projects: 0 },
  ],
};

describe("circle sizes", () => {
  it("makes areas proportional to the value", () => {
    expect(radius(100, 100)).toBe(24);
    expect(radius(25, 100)).toBe(12);
    expect(radius(0, 100)).toBe(0);
    expect(radius(1, 10_000)).toBe(3); // never too small to see
  });
  it("picks round values for the legend", () => {
    expect(roundDown(177)).toBe(100);
    expect(roundDown(59)).toBe(50);
    expect(roundDown(23)).toBe(20);
    expect(legendValues(177)).toEqual([10, 50, 177]);
    expect(legendValues(2)).toEqual([2]);
    expect(legendValues(0)).toEqual([]);
  });
});

describe("places", () => {
  it("puts a circle on each country with partners that the map shows", () => {
    const anchors = new Map<string, [number, number] | null>([["DE", [300, 300]], ["EL", [400, 500]], ["LU", [250, 320]]]);
    const { spots, outside } = countrySpots(geography, anchors);
    expect(spots.map((s) => [s.key, s.r])).toEqual([["DE", 24], ["EL", 12]]);
    expect(outside.map((c) => c.country)).toEqual(["US"]);
  });
  it("lists the countries off the map most partners first, the figure it names them with", () => {
    const { outside } = countrySpots(geography, new Map());
    expect(outside.map((c) => c.country)).toEqual(["DE", "EL", "US"]);
  });
  it("puts regions at their coordinates and counts those it cannot place", () => {
    const { spots, unplaced } = regionSpots(geography, ([lon, lat]) => [lon * 10, lat * 10]);
    expect(spots).toHaveLength(1);
    expect(spots[0]).toMatchObject({ key: "DE21", city: "Munich", at: [116, 481], r: 24 });
    expect(unplaced).toBe(2);
  });
  it("shows the members first when there are any", () => {
    const members = { ...geography, population: "MEMBER" as Geography["population"], organizations: 0, partners: 0 };
    expect(firstPopulation([members, geography])?.population).toBe("ACTIVE_IN_DOMAIN");
    expect(firstPopulation([{ ...members, organizations: 2, partners: 3 }, geography])?.population).toBe("MEMBER");
  });
  it("shows first the population with foreign partners in the period", () => {
    const members = { ...geography, population: "MEMBER" as Geography["population"], organizations: 2, partners: 0 };
    expect(firstPopulation([members, geography])?.population).toBe("ACTIVE_IN_DOMAIN");
    const nobody = { ...geography, partners: 0 };
    expect(firstPopulation([members, nobody])?.population).toBe("MEMBER");
  });
});
