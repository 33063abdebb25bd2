import { describe, expect, it } from "vitest";
import { forgetPersisted, scrubHeaders, tabStorage } from "../../src/graphiql/storage";

class MemoryStorage implements Storage {
  [key: string]: unknown;
  get length(): number {
    return Object.keys(this).length;
  }
  clear(): void {
    for (const key of Object.keys(this)) delete this[key];
  }
  getItem(key: string): string | null {
    return Object.hasOwn(this, key) ? String(this[key]) : null;
  }
  key(index: number): string | null {
    return Object.keys(this)[index] ?? null;
  }
  removeItem(key: string): void {
    delete this[key];
  }
  setItem(key: string, value: string): void {
    this[key] = value;
  }
}

const KEY = '{"Authorization": "Bearer cgk_secret"}';

describe("GraphiQL's storage", () => {
  it("never writes the headers of a history entry or a tab", () => {
    const backing = new MemoryStorage();
    const storage = tabStorage(backing);
    const history = JSON.stringify({ queries: [{ query: "{ clusters { id } }", headers: KEY }] });
    storage.setItem("graphiql:queries", history);
    storage.setItem("graphiql:tabState", JSON.stringify({ tabs: [{ headers: KEY, query: "{ a }" }] }));
    const everything = Object.values(backing).join(" ");
    expect(everything).not.toContain("cgk_secret");
    expect(JSON.parse(storage.getItem("graphiql:queries") ?? "")).toEqual({
      queries: [{ query: "{ clusters { id } }", headers: "" }],
    });
  });

  it("keeps other values as they are and counts only its own keys", () => {
    const backing = new MemoryStorage();
    backing.setItem("clustergraph.apiKey", "kept");
    const storage = tabStorage(backing);
    storage.setItem("graphiql:theme", "dark");
    expect(scrubHeaders("not json")).toBe("not json");
    expect(storage.length).toBe(1);
    storage.clear();
    expect(backing.getItem("clustergraph.apiKey")).toBe("kept");
  });

  it("forgets what earlier versions left in localStorage", () => {
    const persistent = new MemoryStorage();
    persistent.setItem("graphiql:queries", KEY);
    persistent.setItem("clustergraph.shortlist", "[]");
    forgetPersisted(persistent);
    expect(persistent.getItem("graphiql:queries")).toBeNull();
    expect(persistent.getItem("clustergraph.shortlist")).toBe("[]");
  });
});
