// Every programme part the importers make, and every demo topic, has a French and a German
// name; the page shows it in place of the data's English name.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { setLocale } from "../../src/i18n";
import { translatedTopicName } from "../../src/i18n/topics";
import { topicName } from "../../src/lib/format";

/** The codes of a Python table of programme parts: `"key": ("CODE", "name")`. */
function partCodes(file: string, table: string): string[] {
  const body = readFileSync(file, "utf-8").split(`${table}: dict[str, tuple[str, str]] = {`)[1].split("\n}\n")[0];
  return [...new Set([...body.matchAll(/:\s*\(\s*"([^"]+)",/g)].map((m) => m[1]))];
}

const ids = [
  ...partCodes("../importers/cordis.py", "PROGRAMME_PARTS").map((code) => `h2020-part-${code}`),
  ...partCodes("../importers/calls.py", "HORIZON_PARTS").map((code) => `he-part-${code}`),
  ...readFileSync("../importers/demo_data/topics.csv", "utf-8")
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => line.split(",")[0]),
];

describe("topic names", () => {
  it("finds the programme parts and demo topics the importers make", () => {
    expect(ids).toContain("h2020-part-SC4");
    expect(ids).toContain("he-part-CL5");
    expect(ids).toContain("lci-topic-autonomous-driving");
    expect(ids.length).toBeGreaterThan(40);
  });

  for (const locale of ["fr", "de"] as const) {
    it(`${locale}: names each of them`, () => {
      expect(ids.filter((id) => !translatedTopicName(id, locale))).toEqual([]);
    });
  }

  it("shows the reader's language, and the data's name for other topics and in English", async () => {
    const transport = { id: "h2020-part-SC4", name: "Smart, green and integrated transport", kind: "PROGRAMME_PART" };
    await setLocale("fr");
    expect(topicName(transport)).toBe("Transports intelligents, verts et intégrés");
    expect(topicName({ id: "euroscivoc-1", name: "hydrogen energy" })).toBe("hydrogen energy");
    await setLocale("de");
    expect(topicName(transport)).toBe("Intelligenter, umweltfreundlicher und integrierter Verkehr");
    await setLocale("en");
    expect(topicName(transport)).toBe("Smart, green and integrated transport");
  });
});
