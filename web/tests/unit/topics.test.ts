// Every programme part the importers make, and every demo topic, has a French and a German
// name; the page shows it in place of the data's English name.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { setLocale } from "../../src/i18n";
import { HORIZON_SEGMENTS, familyName, familyNames, familyPart, narrowestFamily, topicNames, topicsNamed, translatedTopicName } from "../../src/i18n/topics";
import { topicName } from "../../src/lib/format";
import { mainSubjects, withoutEchoes } from "../../src/lib/topics";

/** The entries of a Python table of programme parts: `"key": ("CODE", "name")`. */
function partTable(file: string, table: string): [string, string, string][] {
  const body = readFileSync(file, "utf-8").split(`${table}: dict[str, tuple[str, str]] = {`)[1].split("\n}\n")[0];
  // a name may be split over lines as adjacent string literals
  const joined = body.replace(/"\s*\n\s*"/g, "");
  return [...joined.matchAll(/"([^"]+)":\s*\(\s*"([^"]+)",\s*"([^"]+)",?\s*\)/g)].map((m) => [m[1], m[2], m[3]]);
}

function partCodes(file: string, table: string): string[] {
  return [...new Set(partTable(file, table).map(([, code]) => code))];
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
    it(`${locale}: names each of them, and every name it has is words`, () => {
      expect(ids.filter((id) => !translatedTopicName(id, locale))).toEqual([]);
      const empty = Object.entries(topicNames(locale)).filter(([, name]) => !name?.trim());
      expect(empty).toEqual([]);
      // Horizon 2020's thematic areas, some named as their programme part is
      expect(translatedTopicName("h2020-area-smart-green-and-integrated-transport", locale)).toBe(
        translatedTopicName("h2020-part-SC4", locale),
      );
      expect(Object.keys(topicNames(locale)).filter((id) => id.startsWith("h2020-area-"))).toHaveLength(30);
      // the fields of science's six roots and the 41 children the CORDIS files use
      expect(Object.keys(topicNames(locale)).filter((id) => /^esv-\d+(-\d+)?$/.test(id))).toHaveLength(47);
      // and every deeper field that Horizon Europe's files use (245 of the third level, 682
      // below), each under a field named too
      const deeper = Object.keys(topicNames(locale)).filter((id) => /^esv-\d+-\d+-\d+/.test(id));
      expect(deeper.filter((id) => /^esv(-\d+){3}$/.test(id))).toHaveLength(245);
      expect(deeper).toHaveLength(245 + 682);
      expect(deeper.filter((id) => !translatedTopicName(id.replace(/-\d+$/, ""), locale))).toEqual([]);
    });
  }

  it("says which part and destination a Horizon Europe call family is, as the importer does", async () => {
    const horizon = partTable("../importers/calls.py", "HORIZON_PARTS");
    expect(horizon.length).toBeGreaterThan(15);
    expect(Object.fromEntries(horizon.map(([key, code]) => [key, code]))).toEqual(HORIZON_SEGMENTS);
    // the page says which programme's cluster ("Cluster 4" alone reads as a fourth Luxembourg one)
    for (const [key, , name] of horizon) expect(familyPart(`HORIZON-${key}-X`, "en")?.part).toBe(name.replace(/^Cluster /, "Horizon Europe cluster "));
    await setLocale("fr");
    // a destination without a name of its own (none is D9) says its cluster and number
    const family = { id: "call-family-HORIZON-CL5-D9", code: "HORIZON-CL5-D9", kind: "CALL_FAMILY" };
    expect(topicName(family)).toBe("Appels HORIZON-CL5-D9… – Pôle 5\u00a0: Climat, énergie et mobilité, destination 9");
    expect(topicName({ ...family, code: "HORIZON-CL4-OTHER" })).toBe(
      "Appels HORIZON-CL4-OTHER… – Pôle 4\u00a0: Numérique, industrie et espace",
    );
    expect(topicName({ ...family, code: "NMBP" })).toBe("Appels NMBP…");
    await setLocale("en");
    expect(topicName({ ...family, code: "HORIZON-HLTH" })).toBe("Calls HORIZON-HLTH… – Horizon Europe cluster 1: Health");
  });

  it("finds a call code's narrowest family as the importer does", () => {
    expect(narrowestFamily("HORIZON-CL5-2024-D3-01-01")).toBe("HORIZON-CL5-D3");
    expect(narrowestFamily("HORIZON-CL5-2021-D2-01-01")).toBe("HORIZON-CL5-D2");
    expect(narrowestFamily("DT-ICT-08-2019")).toBe("DT-ICT");
    expect(narrowestFamily("JTI-CS2-2018-CFP09-FRC-01-27")).toBe("JTI-CS2-FRC");
    expect(narrowestFamily("erc-2023-cog")).toBe("ERC-COG");
    expect(narrowestFamily("2020-01")).toBeUndefined();
  });

  it("names a Horizon 2020 call family by its name, else with the programme part of its projects", async () => {
    const part = { id: "h2020-part-SC4", name: "Smart, green and integrated transport" };
    const art = { id: "call-family-ART", code: "ART", kind: "CALL_FAMILY", programmePart: part };
    const other = { ...art, id: "call-family-TRUCKS", code: "TRUCKS" };
    await setLocale("de");
    expect(topicName(art)).toBe("Ausschreibungen ART… – Automatisierter Straßenverkehr");
    expect(topicName(other)).toBe("Ausschreibungen TRUCKS… – Intelligenter, umweltfreundlicher und integrierter Verkehr");
    await setLocale("en");
    expect(topicName(other)).toBe("Calls TRUCKS… – Smart, green and integrated transport");
    // a Horizon Europe code says its part and destination, whatever its projects' part
    expect(topicName({ ...art, code: "HORIZON-CL5-D8" })).toBe("Calls HORIZON-CL5-D8… – Horizon Europe cluster 5: Climate, energy and mobility, destination 8");
  });

  it("names a call family known by name in the reader's language, as the importer does in English", async () => {
    // the importer's table (importers/calls.py FAMILY_NAMES): the same codes, the same English
    const body = readFileSync("../importers/calls.py", "utf-8").split("FAMILY_NAMES: dict[str, str] = {")[1].split("\n}\n")[0];
    const python = [...body.matchAll(/"([^"]+)":\s*"([^"]+)",/g)].map((m) => [m[1], m[2]]);
    expect(python.length).toBeGreaterThan(60);
    expect(familyNames()).toEqual(python);
    for (const locale of ["en", "fr", "de"] as const) {
      for (const [code] of familyNames()) expect(familyName(code, locale)?.trim()).toBeTruthy();
    }
    const family = { id: "call-family-HORIZON-JU-CBE-IA", code: "HORIZON-JU-CBE-IA", kind: "CALL_FAMILY" };
    expect(topicName(family)).toBe("Calls HORIZON-JU-CBE-IA… – Circular Bio-based Europe");
    await setLocale("de");
    expect(topicName({ ...family, code: "HORIZON-CL5-D3" })).toBe("Ausschreibungen HORIZON-CL5-D3… – Nachhaltige, sichere und wettbewerbsfähige Energieversorgung");
    await setLocale("en");
    // a broad family has no name of its own
    expect(familyName("HORIZON-CL5", "en")).toBeUndefined();
  });

  it("shows the reader's language, and the data's name for other topics and in English", async () => {
    const transport = { id: "h2020-part-SC4", name: "Smart, green and integrated transport", kind: "PROGRAMME_PART" };
    await setLocale("fr");
    expect(topicName(transport)).toBe("Transports intelligents, verts et intégrés");
    expect(topicName({ id: "euroscivoc-1", name: "hydrogen energy" })).toBe("hydrogen energy");
    await setLocale("de");
    expect(topicName(transport)).toBe("Intelligenter, umweltfreundlicher und integrierter Verkehr");
    expect(topicName({ id: "esv-25-73-453", name: "electronic engineering" })).toBe("Elektronik");
    await setLocale("en");
    expect(topicName(transport)).toBe("Smart, green and integrated transport");
  });

  it("tells apart the parts both programmes have under one name", async () => {
    const name = "Marie Skłodowska-Curie actions: researchers' skills and mobility";
    await setLocale("en");
    expect(topicName({ id: "h2020-part-MSCA", name, kind: "PROGRAMME_PART" })).toBe(`${name} – Horizon 2020`);
    expect(topicName({ id: "he-part-MSCA", name, kind: "PROGRAMME_PART" })).toBe(`${name} – Horizon Europe`);
    expect(topicName({ id: "h2020-part-SC4", name: "Smart, green and integrated transport" })).toBe(
      "Smart, green and integrated transport",
    );
  });

  it("finds topics by their name in the reader's language, as it is typed, accents aside", () => {
    const ids = (text: string, locale: "fr" | "de" | "en") => topicsNamed(text, locale).map((topic) => topic.id);
    expect(ids("sciences nat", "fr")).toEqual(["esv-23"]);
    expect(topicsNamed("sciences nat", "fr")[0].kind).toBe("FIELD_OF_SCIENCE");
    expect(ids("energies sures", "fr")).toEqual(["h2020-part-SC3", "h2020-area-secure-clean-and-efficient-energy"]);
    expect(ids("conduite auto", "fr")).toEqual(["lci-topic-autonomous-driving"]);
    // the space cluster's theme ("Raumfahrttechnologien", as its sector), the space area, then
    // aerospace ("Luft- und Raumfahrttechnik") and astronautical engineering
    expect(ids("Raumfahrt", "de")).toEqual(["lci-topic-space-technologies", "h2020-area-space", "esv-25-75-461-1239", "esv-25-75-461-1239-51612216"]);
    // a deep field a cluster works on, in the reader's words
    expect(ids("Wasserstoffener", "de")).toEqual(["esv-25-67-425-1169-1691"]);
    expect(ids("énergie hydrog", "fr")).toEqual(["esv-25-67-425-1169-1691"]);
    // three letters: the names that hold the word first ("sol": soil), then those it starts
    expect(topicsNamed("sol", "fr")[0].name).toBe("traitement par le sol");
    expect(topicsNamed("sol", "fr").map((topic) => topic.name)).toContain("énergie solaire");
    expect(topicsNamed("car", "fr").map((topic) => topic.name)).toContain("cardiologie");
    expect(ids("natural sciences", "en")).toEqual([]); // English names are the data's: the API finds them
    expect(ids("  ", "fr")).toEqual([]);
  });
});

describe("an organisation's competences", () => {
  const held = (id: string, weight: number, broader?: string) => ({ weight, topic: { id, broader: broader ? { id: broader } : null } });

  it("leave out a broader topic that only repeats a narrower one", () => {
    const items = [held("cl4", 2), held("infra", 2), held("infra-dev", 2, "infra"), held("cl4-res", 1, "cl4")];
    expect(withoutEchoes(items).map((c) => c.topic.id)).toEqual(["cl4", "infra-dev", "cl4-res"]);
  });

  it("keep down a chain to its narrowest, and a broader topic with more projects", () => {
    const items = [held("med", 4), held("clinical", 2, "med"), held("oncology", 2, "clinical")];
    expect(withoutEchoes(items).map((c) => c.topic.id)).toEqual(["med", "oncology"]);
  });
});

describe("an organisation's main subjects", () => {
  const field = (id: string, weight: number, broader?: string) => ({ weight, topic: { id, topicKind: "FIELD_OF_SCIENCE", broader: broader ? { id: broader } : null } });
  const area = (id: string, weight: number) => ({ weight, topic: { id, topicKind: "THEMATIC_AREA", broader: null } });

  it("are its strongest fields and areas, without the roots of the fields nor echoes, four at most", () => {
    const items = [
      field("engineering", 9),
      area("transport", 6),
      field("materials", 5, "engineering"),
      field("sensors", 4, "electronics"),
      field("electronics", 4, "engineering"),
      area("energy", 3),
      area("space", 2),
    ];
    expect(mainSubjects(items).map((c) => c.topic.id)).toEqual(["transport", "materials", "sensors", "energy"]);
    expect(mainSubjects([field("natural sciences", 3)])).toEqual([]);
  });
});
