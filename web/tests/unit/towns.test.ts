import { describe, expect, it } from "vitest";
import { TOWNS, foldTown } from "../../src/i18n/towns";

describe("the towns table", () => {
  it("lists each spelling of a country once, as foldTown makes it", () => {
    const keys = TOWNS.flatMap(([country, spellings]) => spellings.map((spelling) => `${country} ${spelling}`));
    expect(keys.length).toBe(new Set(keys).size);
    const unfolded = TOWNS.flatMap(([, spellings]) => spellings.filter((spelling) => foldTown(spelling) !== spelling));
    expect(unfolded).toEqual([]);
  });

  it("names every town in the three languages", () => {
    expect(TOWNS.filter((town) => town.slice(2).some((name) => !name))).toEqual([]);
  });
});
