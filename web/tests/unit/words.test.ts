import { describe, expect, it } from "vitest";
import { asTyped, wordsOf } from "../../src/lib/words";

describe("words as the service compares them", () => {
  it("folds case and accents", () => {
    expect(wordsOf("Énergie, Kunststoffabfällen!")).toEqual(["energie", "kunststoffabfallen"]);
  });
  it("names a word of a brief as it was typed", () => {
    expect(asTyped("Recycling von Kunststoffabfällen", "kunststoffabfallen")).toBe("Kunststoffabfällen");
    expect(asTyped("suivi à domicile", "domicile")).toBe("domicile");
    expect(asTyped("suivi", "hydrogen")).toBe("hydrogen");
  });
});
