import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "../../src/lib/csv";
import { unitName } from "../../src/lib/format";
import { sheetNumber } from "../../src/lib/indicators";
import { setLocale } from "../../src/i18n";
import { loadShortlist, saveShortlist, separatorFor, shortlistCsv, toggle, type ShortlistEntry } from "../../src/lib/shortlist";

const entry = (id: string, name: string): ShortlistEntry => ({
  id,
  name,
  kind: "COMPANY",
  country: "LU",
  city: "Luxembourg",
  website: "https://acme.example",
  pic: "999999999",
  rank: 2,
  summary: "Worked on 3 projects on the subject since 2019; already works with 2 of your partners.",
  evidence: "Its projects on the subject: H2FUTURE: Green hydrogen for steel; GrInHy2.0\nHas worked with you: LIST",
  builtFor: "topics Mobility for growth",
});

describe("csv", () => {
  it("quotes commas, quotes and line breaks", () => {
    expect(csvCell('A, "B"')).toBe('"A, ""B"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell(null)).toBe("");
    expect(csvCell(3)).toBe("3");
  });

  it("defuses cells a spreadsheet would run as formulas", () => {
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvCell("@SUM")).toBe("'@SUM");
    expect(csvCell(-2)).toBe("-2");
  });

  it("quotes cells holding a semicolon, for spreadsheets that split on it", () => {
    expect(csvCell(";=1+1")).toBe('";=1+1"');
    expect(csvCell("a;b")).toBe('"a;b"');
    expect(toCsv(["name", "n"], [["x;=1+1", 2]], ";")).toBe('name;n\r\n"x;=1+1";2\r\n');
  });

  it("writes figures as the reader's spreadsheet reads them: cents at most, a decimal comma with ';'", async () => {
    expect(sheetNumber(5559084.109999999, ";")).toBe("5559084,11");
    expect(sheetNumber(13911854.290000001, ",")).toBe("13911854.29");
    expect(sheetNumber(12, ";")).toBe("12");
    await setLocale("fr");
    expect(unitName("countries")).toBe("pays");
    expect(unitName("EUR")).toBe("euros");
    await setLocale("en");
  });

  it("writes a header and rows with CRLF", () => {
    expect(toCsv(["a", "b"], [[1, "x"]])).toBe("a,b\r\n1,x\r\n");
  });
});

describe("shortlist", () => {
  it("adds and removes by id", () => {
    const one = toggle([], entry("a", "A"));
    expect(one.map((e) => e.id)).toEqual(["a"]);
    expect(toggle(one, entry("a", "A"))).toEqual([]);
  });

  it("exports one row per organisation, with its website, PIC, page, rank, sentence and what it was built for", () => {
    const lines = shortlistCsv([entry("a", "Acme, SA"), entry("b", "B")], "en", "https://cg.example").trim().split("\r\n");
    expect(lines[0]).toBe("id,name,kind,country,city,website,PIC,page,rank,why,evidence,built for");
    expect(lines[1]).toBe(
      'a,"Acme, SA",Company,LU (Luxembourg),Luxembourg,https://acme.example,999999999,https://cg.example/organizations/a,2,"Worked on 3 projects on the subject since 2019; already works with 2 of your partners.","Its projects on the subject: H2FUTURE: Green hydrogen for steel; GrInHy2.0\nHas worked with you: LIST",topics Mobility for growth',
    );
    expect(lines).toHaveLength(3);
    // the town as the page writes it, not in the data's capitals
    const [, town] = shortlistCsv([{ ...entry("c", "C"), city: "ESCH-SUR-ALZETTE" }], "en", "https://cg.example").trim().split("\r\n");
    expect(town).toContain(",LU (Luxembourg),Esch-sur-Alzette,");
  });

  it("separates with ';' in French and German, with the headers of the language", async () => {
    expect(separatorFor("en")).toBe(",");
    expect(separatorFor("fr")).toBe(";");
    expect(separatorFor("de")).toBe(";");
    await setLocale("fr");
    const [header, row] = shortlistCsv([entry("a", "Acme; SA")], "fr", "https://cg.example").trim().split("\r\n");
    expect(header.split(";")).toHaveLength(12);
    expect(header).toContain("site web;PIC;page;rang;pourquoi;éléments à l’appui");
    expect(row).toContain('"Acme; SA"');
    expect(row).toContain(";Entreprise;LU (Luxembourg);");
    expect(row).toContain(`/organizations/a;2;"Worked on`);
  });

  it("survives a broken stored value", () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    store.set("clustergraph.shortlist", "{not json");
    expect(loadShortlist(storage)).toEqual([]);
    saveShortlist([entry("a", "A")], storage);
    expect(loadShortlist(storage).map((e) => e.id)).toEqual(["a"]);
  });

  it("reads a shortlist an earlier version kept, with the score's terms where the evidence is now", () => {
    const { evidence: _, ...earlier } = entry("a", "A");
    const store = new Map([["clustergraph.shortlist", JSON.stringify([{ ...earlier, reasons: ["3 partners in common", "same country"] }])]]);
    const storage = { getItem: (k: string) => store.get(k) ?? null };
    expect(loadShortlist(storage)[0].evidence).toBe("3 partners in common; same country");
  });
});
