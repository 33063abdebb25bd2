// The network drawing (Cytoscape.js, canvas; loaded only on the network page). Nodes sit on
// rings by their distance from the centre (computed here, no iterative layout), so a 500-node
// neighbourhood is drawn at once;
// zoom and pan are Cytoscape's. The most connected nodes are named from the start, any node
// when pointed at; a click (or tap) selects it (the page shows it beside the drawing).
import cytoscape, { type Core, type ElementDefinition } from "cytoscape";

export interface GraphNode {
  id: string;
  type: string;
  label: string;
  /** An organisation's kind (null for other nodes). */
  kind: string | null;
  colour: string;
  /** What the node is, in words (for the list beside the drawing). */
  detail: string;
}

export interface GraphEdge {
  source: string;
  target: string;
  type: string;
}

/** Distance of each node from the centre (breadth first over the edges, both ways). */
export function levels(centre: string, nodes: GraphNode[], edges: GraphEdge[]): Map<string, number> {
  const next = new Map<string, string[]>();
  const link = (from: string, to: string) => {
    const list = next.get(from);
    if (list) list.push(to);
    else next.set(from, [to]);
  };
  for (const { source, target } of edges) {
    link(source, target);
    link(target, source);
  }
  const level = new Map<string, number>([[centre, 0]]);
  let frontier = [centre];
  while (frontier.length) {
    const following: string[] = [];
    for (const id of frontier) {
      for (const other of next.get(id) ?? []) {
        if (!level.has(other)) {
          level.set(other, (level.get(id) ?? 0) + 1);
          following.push(other);
        }
      }
    }
    frontier = following;
  }
  const deepest = Math.max(0, ...level.values());
  for (const node of nodes) if (!level.has(node.id)) level.set(node.id, deepest + 1);
  return level;
}

/** The ids grouped by level, innermost level first, each group in the order of `ids`. */
function byLevelOrder(ids: string[], level: Map<string, number>): string[][] {
  const byLevel = new Map<number, string[]>();
  for (const id of ids) {
    const l = level.get(id) ?? 0;
    const list = byLevel.get(l);
    if (list) list.push(id);
    else byLevel.set(l, [id]);
  }
  return [...byLevel.keys()].sort((a, b) => a - b).map((l) => byLevel.get(l) ?? []);
}

const RING_GAP = 120;
const SPACING = 22;

/**
 * Positions on rings around the centre, one ring per level (a level too crowded for its ring
 * spreads over several), computed directly: no iterative layout, so 500 nodes take no time.
 */
export function ringPositions(ids: string[], level: Map<string, number>): Map<string, { x: number; y: number }> {
  const positions = new Map<string, { x: number; y: number }>();
  let radius = 0;
  for (let rest of byLevelOrder(ids, level)) {
    while (rest.length) {
      if (radius === 0 && rest.length === 1) {
        positions.set(rest[0], { x: 0, y: 0 });
        rest = [];
        break;
      }
      radius += RING_GAP;
      const fits = Math.max(1, Math.floor((2 * Math.PI * radius) / SPACING));
      const ring = rest.slice(0, fits);
      rest = rest.slice(fits);
      ring.forEach((id, i) => {
        const angle = (2 * Math.PI * i) / ring.length - Math.PI / 2;
        positions.set(id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
      });
    }
  }
  return positions;
}

/**
 * The ids with, within each level, the named nodes spread evenly among the others: in the
 * order they come (most connected first) the named ones sat side by side on the first ring
 * and their labels covered each other.
 */
export function spreadNamed(ids: string[], level: Map<string, number>, named: Set<string>): string[] {
  const spread: string[] = [];
  for (const list of byLevelOrder(ids, level)) {
    const major = list.filter((id) => named.has(id));
    const rest = list.filter((id) => !named.has(id));
    const step = list.length / Math.max(1, major.length);
    const slots = new Set(major.map((_, i) => Math.floor(i * step)));
    for (let i = 0; i < list.length; i++) {
      const next = slots.has(i) ? major.shift() : rest.shift();
      spread.push(next ?? major.shift() ?? (rest.shift() as string));
    }
  }
  return spread;
}

const LABEL_LENGTH = 28;
// A label's width on screen (px) before it wraps, and the room kept around the graph so that
// the labels of the outermost nodes are not cut off.
const LABEL_WIDTH = 110;
const FIT_PADDING = 40;
/** How many of the most connected nodes are named at every zoom. */
export const NAMED_NODES = 12;
const FONT_SIZE = 9;
const SMALLEST_FONT = 8;
// Below this zoom a label would be under SMALLEST_FONT px and not drawn: the nodes get their
// labels only when zoomed in this far, so the first draw measures no text.
const LABEL_ZOOM = SMALLEST_FONT / FONT_SIZE;

function shortLabel(text: string): string {
  return text.length > LABEL_LENGTH ? `${text.slice(0, LABEL_LENGTH - 1)}…` : text;
}

export interface Drawing {
  destroy: () => void;
  /** Rendered positions (px, relative to the container), for tests and measurements. */
  positions: () => { id: string; x: number; y: number }[];
  fit: () => void;
}

/** The ids of the `count` nodes with most links (ties by id), the centre always first. */
export function mostConnected(centre: string, nodes: GraphNode[], edges: GraphEdge[], count: number): Set<string> {
  const degree = new Map<string, number>();
  for (const { source, target } of edges) {
    degree.set(source, (degree.get(source) ?? 0) + 1);
    degree.set(target, (degree.get(target) ?? 0) + 1);
  }
  const ranked = nodes
    .filter((n) => n.id !== centre)
    .sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || a.id.localeCompare(b.id));
  return new Set([centre, ...ranked.slice(0, Math.max(0, count - 1)).map((n) => n.id)]);
}

export function drawNetwork(
  container: HTMLElement,
  centre: string,
  nodes: GraphNode[],
  edges: GraphEdge[],
  onSelect: (node: GraphNode) => void,
): Drawing {
  performance.mark("network:start");
  const level = levels(centre, nodes, edges);
  const named = mostConnected(centre, nodes, edges, NAMED_NODES);
  const positions = ringPositions(
    spreadNamed(
      nodes.map((n) => n.id),
      level,
      named,
    ),
    level,
  );
  const known = new Set(nodes.map((n) => n.id));
  const elements: ElementDefinition[] = [
    ...nodes.map((n) => ({
      group: "nodes" as const,
      data: { id: n.id, label: shortLabel(n.label), colour: n.colour },
      position: { ...(positions.get(n.id) ?? { x: 0, y: 0 }) },
      classes: [n.type, n.id === centre ? "centre" : named.has(n.id) ? "major" : ""].join(" ").trim(),
    })),
    ...edges
      .filter((e) => known.has(e.source) && known.has(e.target))
      .map((e, i) => ({ group: "edges" as const, data: { id: `e${i}`, source: e.source, target: e.target } })),
  ];
  const byId = new Map(nodes.map((n) => [n.id, n]));
  performance.mark("network:elements");
  const cy: Core = cytoscape({
    container,
    elements,
    minZoom: 0.1,
    maxZoom: 4,
    textureOnViewport: nodes.length > 200,
    hideEdgesOnViewport: nodes.length > 200,
    pixelRatio: 1,
    style: [
      {
        selector: "node",
        style: {
          "background-color": "data(colour)",
          width: 14,
          height: 14,
          "font-size": FONT_SIZE,
          color: "#1a1a1a",
          "text-valign": "bottom",
          "text-margin-y": 2,
          "min-zoomed-font-size": SMALLEST_FONT,
          // Long names on two lines or more: narrower labels overlap less and stay inside.
          "text-wrap": "wrap",
          "text-max-width": `${LABEL_WIDTH}px`,
        },
      },
      { selector: "node.labelled", style: { label: "data(label)" } },
      {
        // above the other nodes, so that their dots do not cover its name
        selector: "node.major",
        style: { label: "data(label)", "z-index": 5, "min-zoomed-font-size": 0, "text-background-color": "#fff", "text-background-opacity": 0.8, "text-background-padding": "1px" },
      },
      // A name that would cover a more connected node's is left out until pointed at.
      { selector: "node.crowded", style: { label: "" } },
      {
        selector: "node.pointed, node.picked",
        style: {
          label: "data(label)",
          "min-zoomed-font-size": 0,
          "z-index": 10,
          "text-background-color": "#fff",
          "text-background-opacity": 0.9,
          "text-background-padding": "2px",
          "border-width": 2,
          "border-color": "#111",
        },
      },
      { selector: "node.Project", style: { shape: "round-rectangle", width: 10, height: 10 } },
      { selector: "node.Cluster", style: { shape: "hexagon", width: 22, height: 22 } },
      { selector: "node.Topic", style: { shape: "diamond", width: 12, height: 12 } },
      {
        selector: "node.centre",
        style: { label: "data(label)", width: 28, height: 28, "font-size": 12, "font-weight": "bold", "border-width": 3, "border-color": "#111" },
      },
      { selector: "edge", style: { width: 0.6, "line-color": "#9aa5b1", opacity: 0.7, "curve-style": "haystack" } },
      { selector: "node:active, node:selected", style: { "overlay-opacity": 0.2 } },
    ],
    layout: { name: "preset", fit: true, padding: FIT_PADDING },
  });
  performance.measure("network: elements", "network:start", "network:elements");
  performance.measure("network: cytoscape and layout", "network:elements");
  let labelled = false;
  const label = () => {
    if (labelled === cy.zoom() >= LABEL_ZOOM) return;
    labelled = !labelled;
    cy.batch(() => cy.nodes().toggleClass("labelled", labelled));
  };
  // Named nodes keep a readable size on screen whatever the zoom (font sizes are in the
  // drawing's units, so they are divided by the zoom).
  const readable = (px: number) => Math.max(FONT_SIZE, px / cy.zoom());
  const scale = () =>
    cy.batch(() =>
      cy.nodes(".major, .centre").style({ "font-size": readable(11), "text-max-width": `${Math.max(LABEL_WIDTH, LABEL_WIDTH / cy.zoom())}px` }),
    );
  // The names shown, most connected first (the centre, then `named` by rank, then the rest).
  const rank = [centre, ...named, ...nodes.map((n) => n.id)].filter((id, i, all) => all.indexOf(id) === i);
  const declutter = () => {
    cy.nodes(".crowded").removeClass("crowded");
    const kept: cytoscape.BoundingBox12[] = [];
    const crowded: string[] = [];
    for (const id of rank) {
      const node = cy.getElementById(id);
      if (!node.hasClass("major") && !node.hasClass("centre") && !node.hasClass("labelled")) continue;
      const box = node.boundingBox({ includeNodes: false, includeLabels: true, includeEdges: false, includeOverlays: false });
      if (box.w === 0) continue;
      if (kept.some((k) => k.x1 < box.x2 && box.x1 < k.x2 && k.y1 < box.y2 && box.y1 < k.y2)) crowded.push(id);
      else kept.push(box);
    }
    cy.batch(() => crowded.forEach((id) => cy.getElementById(id).addClass("crowded")));
  };
  let pending: number | undefined;
  label();
  scale();
  declutter();
  cy.on("zoom", () => {
    label();
    scale();
    window.clearTimeout(pending);
    pending = window.setTimeout(declutter, 150);
  });
  cy.on("mouseover", "node", (event) => event.target.addClass("pointed").style("font-size", readable(13)));
  cy.on("mouseout", "node", (event) => {
    event.target.removeClass("pointed");
    if (!event.target.hasClass("major") && !event.target.hasClass("centre")) event.target.removeStyle("font-size");
    else scale();
  });
  cy.on("tap", "node", (event) => {
    const node = byId.get(event.target.id());
    if (!node) return;
    cy.nodes(".picked").removeClass("picked");
    event.target.addClass("picked");
    onSelect(node);
  });
  // The box can change width after the first draw (a phone's page settling, a rotation):
  // the graph is fitted to it again, so it stays centred and whole.
  const fit = () => cy.fit(undefined, FIT_PADDING);
  let width = container.clientWidth;
  const resized = new ResizeObserver(() => {
    if (container.clientWidth === width) return;
    width = container.clientWidth;
    cy.resize();
    fit();
  });
  resized.observe(container);
  return {
    destroy: () => {
      window.clearTimeout(pending);
      resized.disconnect();
      cy.destroy();
    },
    positions: () =>
      cy.nodes().map((n) => {
        const p = n.renderedPosition();
        return { id: n.id(), x: p.x, y: p.y };
      }),
    fit,
  };
}
