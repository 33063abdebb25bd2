import { describe, expect, it } from "vitest";
import { levels, ringPositions, spreadNamed } from "../../src/views/networkGraph";
import { colourMap, groups, GROUP_COLOURS } from "../../src/views/colours";

const node = (id: string, type = "Organization") => ({ id, type, label: id, kind: null, colour: "#000", detail: "" });

describe("network layout", () => {
  it("puts nodes on rings by distance from the centre", () => {
    const nodes = ["c", "a", "b", "x"].map((id) => node(id));
    const edges = [
      { source: "a", target: "c", type: "T" },
      { source: "a", target: "b", type: "T" },
    ];
    const level = levels("c", nodes, edges);
    expect(Object.fromEntries(level)).toEqual({ c: 0, a: 1, b: 2, x: 3 });
  });

  it("spreads the named nodes of a ring around it instead of side by side", () => {
    const ids = ["c", ...Array.from({ length: 20 }, (_, i) => `n${i}`)];
    const level = new Map(ids.map((id) => [id, id === "c" ? 0 : 1]));
    const named = new Set(["c", "n0", "n1", "n2", "n3"]);
    const order = spreadNamed(ids, level, named);
    expect([...order].sort()).toEqual([...ids].sort());
    const ring = order.filter((id) => id !== "c");
    expect(ring.flatMap((id, i) => (named.has(id) ? [i] : []))).toEqual([0, 5, 10, 15]);
    // On the ring, the named ones are a quarter turn apart: no two labels side by side.
    const at = ringPositions(order, level);
    const [a, b] = [at.get("n0"), at.get("n1")];
    expect(Math.hypot((a?.x ?? 0) - (b?.x ?? 0), (a?.y ?? 0) - (b?.y ?? 0))).toBeGreaterThan(150);
  });

  it("colours organisations by kind or by their cluster in view", () => {
    const nodes = [
      { __typename: "Organization" as const, id: "o1", displayName: "O1", shortName: null, kind: "COMPANY" as const, country: "LU" },
      { __typename: "Organization" as const, id: "o2", displayName: "O2", shortName: null, kind: "PUBLIC_ACTOR" as const, country: "LU" },
      { __typename: "Cluster" as const, id: "k", clusterName: "Space" },
    ];
    const edges = [{ source: "o1", target: "k", type: "MEMBER_OF" }];
    expect(Object.fromEntries(groups(nodes, edges, "kind"))).toEqual({ o1: "COMPANY", o2: "PUBLIC_ACTOR", k: "Cluster" });
    expect(Object.fromEntries(groups(nodes, edges, "cluster"))).toEqual({ o1: "Space", o2: "NO_CLUSTER", k: "Cluster" });
    const colours = colourMap(["Space", "COMPANY", "Other cluster"]);
    expect(colours.get("COMPANY")).toBe(GROUP_COLOURS.COMPANY);
    expect(colours.get("Space")).not.toBe(colours.get("Other cluster"));
  });
});
