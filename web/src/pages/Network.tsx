// The network view: a node's neighbourhood as an interactive graph, bounded like the API
// (depth 1-3, at most 500 nodes), coloured by kind or by cluster, with a time slider (asOf).
import { useLocation, useRoute } from "preact-iso";
import { useLayoutEffect, useMemo, useRef, useState } from "preact/hooks";
import type { NeighborhoodQuery as NeighborhoodData } from "../gql/graphql";
import { NeighborhoodQuery } from "../graphql/operations";
import { Status } from "../components/common";
import { Picker } from "../components/Picker";
import { useQuery } from "../lib/client";
import { useTitle } from "../lib/debounce";
import { findOrganizations } from "../lib/finders";
import { kindLabel, orgName, projectName } from "../lib/format";
import { nodePath, withParams } from "../lib/links";
import { colourMap, groups } from "../views/colours";
import type { Drawing, GraphEdge, GraphNode } from "../views/networkGraph";

const FIRST_YEAR = 2014;
const LAST_YEAR = new Date().getFullYear();

type SubNode = NeighborhoodData["neighborhood"]["nodes"][number];

function label(node: SubNode): string {
  switch (node.__typename) {
    case "Organization":
      return node.shortName ?? orgName(node);
    case "Project":
      return node.acronym ?? projectName(node);
    case "Cluster":
      return node.clusterName;
    case "Topic":
      return node.name ?? node.id;
  }
}

// Cytoscape starts loading with this page, alongside the neighbourhood query.
const drawer = import("../views/networkGraph");
drawer.catch(() => undefined); // reported where it is used

declare global {
  interface Window {
    /**
     * Set by the network view for tests and measurements: what is drawn; when the first frame
     * with the drawing began (`drawnAt`, performance.now()) and how long after the answer
     * reached the page that was (`drawMs`).
     */
    clustergraphNetwork?: { nodes: number; edges: number; drawMs: number; drawnAt: number; positions: Drawing["positions"] };
  }
}

function Graph(props: { centre: string; nodes: GraphNode[]; edges: GraphEdge[]; arrived: number }) {
  const box = useRef<HTMLDivElement>(null);
  const { route } = useLocation();
  const [failed, setFailed] = useState<string>();
  // A layout effect: Cytoscape starts in the same task as the render that brought the data,
  // and its first frame is the page's next one.
  useLayoutEffect(() => {
    let drawing: Drawing | undefined;
    let live = true;
    drawer
      .then(({ drawNetwork }) => {
        if (!live || !box.current) return;
        drawing = drawNetwork(box.current, props.centre, props.nodes, props.edges, (node) => route(nodePath(node.type, node.id)));
        const drawn = drawing;
        requestAnimationFrame(() => {
          const drawnAt = performance.now();
          window.clustergraphNetwork = {
            nodes: props.nodes.length,
            edges: props.edges.length,
            drawMs: drawnAt - props.arrived,
            drawnAt,
            positions: drawn.positions,
          };
          box.current?.setAttribute("data-ready", "true");
        });
      })
      .catch(() => setFailed("The graph drawing could not be loaded; the list below has every node."));
    return () => {
      live = false;
      box.current?.removeAttribute("data-ready");
      drawing?.destroy();
    };
  }, [props.centre, props.nodes, props.edges]);
  return (
    <>
      <div
        ref={box}
        class="network"
        role="img"
        aria-label={`Network of ${props.nodes.length} nodes and ${props.edges.length} links; drag to pan, scroll or pinch to zoom, click a node to open it. The list below has every node.`}
        data-nodes={props.nodes.length}
      />
      {failed && <p class="state error">{failed}</p>}
    </>
  );
}

/** Every node as a list, built when opened (500 items would slow the drawing's first frame). */
function NodeList({ nodes }: { nodes: GraphNode[] }) {
  const [open, setOpen] = useState(false);
  return (
    <details class="panel" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Every node as a list ({nodes.length})</summary>
      {open && (
        <ul class="columns-list">
          {nodes.map((n) => (
            <li key={n.id}>
              <a href={nodePath(n.type, n.id)}>{n.label}</a> <span class="muted">({n.detail})</span>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}

function groupLabel(group: string): string {
  if (["Project", "Cluster", "Topic"].includes(group)) return group;
  if (group === "UNKNOWN") return "no cluster in view";
  const kind = kindLabel(group);
  return kind === "Kind unknown" ? group : kind;
}

function Legend({ colours }: { colours: Map<string, string> }) {
  return (
    <ul class="legend" aria-label="Colours">
      {[...colours].map(([group, colour]) => (
        <li key={group}>
          <span class="swatch" style={{ background: colour }} /> {groupLabel(group)}
        </li>
      ))}
    </ul>
  );
}

export default function NetworkPage() {
  const { params } = useRoute();
  const { path, query, route } = useLocation();
  const id = params.id ?? "";
  const depth = Math.min(3, Math.max(1, Number(query.depth) || 1));
  const limit = Math.min(500, Math.max(10, Number(query.limit) || 200));
  const untilYear = Number(query.until) || 0;
  const colourBy = query.colour === "cluster" ? "cluster" : "kind";
  const asOf = untilYear ? `${untilYear + 1}-01-01` : null;
  const set = (changes: Record<string, string>) => route(withParams(path, { ...query, ...changes }), true);
  const [yearDraft, setYearDraft] = useState(untilYear || LAST_YEAR + 1);
  useTitle(id ? `Network of ${id}` : "Network");

  const { data, error, fetching } = useQuery(NeighborhoodQuery, { id, depth, limit, asOf }, { pause: !id });
  const sub = data?.neighborhood;
  const { nodes, edges, colours, arrived } = useMemo(() => {
    const subNodes = sub?.nodes ?? [];
    const subEdges = sub?.edges ?? [];
    const grouping = groups(subNodes, subEdges, colourBy);
    const colours = colourMap(grouping.values());
    const nodes: GraphNode[] = subNodes.map((n) => ({
      id: n.id,
      type: n.__typename ?? "Node",
      label: label(n),
      colour: colours.get(grouping.get(n.id) ?? "") ?? "#6b6b6b",
      detail: n.__typename === "Organization" ? kindLabel(n.kind) : (n.__typename ?? "Node"),
    }));
    return { nodes, edges: subEdges, colours, arrived: performance.now() };
  }, [sub, colourBy]);

  return (
    <div class="page wide">
      <h1>Network</h1>
      {!id ? (
        <Picker label="Centre the network on an organisation" find={findOrganizations} onPick={(o) => route(`/network/${encodeURIComponent(o.id)}`)} />
      ) : (
        <>
          <form class="filters" aria-label="Network settings" onSubmit={(e) => e.preventDefault()}>
            <label>
              Depth{" "}
              <select value={depth} onChange={(e) => set({ depth: e.currentTarget.value })}>
                {[1, 2, 3].map((d) => (
                  <option key={d} value={d}>
                    {d}
                  </option>
                ))}
              </select>
            </label>
            <label>
              At most{" "}
              <select value={limit} onChange={(e) => set({ limit: e.currentTarget.value })}>
                {[50, 100, 200, 300, 500].map((n) => (
                  <option key={n} value={n}>
                    {n} nodes
                  </option>
                ))}
              </select>
            </label>
            <label>
              Colour by{" "}
              <select value={colourBy} onChange={(e) => set({ colour: e.currentTarget.value === "cluster" ? "cluster" : "" })}>
                <option value="kind">kind</option>
                <option value="cluster">cluster</option>
              </select>
            </label>
            <label class="slider">
              Projects started up to{" "}
              <input
                type="range"
                min={FIRST_YEAR}
                max={LAST_YEAR + 1}
                value={yearDraft}
                aria-valuetext={yearDraft > LAST_YEAR ? "all years" : String(yearDraft)}
                onInput={(e) => setYearDraft(Number(e.currentTarget.value))}
                onChange={(e) => {
                  const y = Number(e.currentTarget.value);
                  set({ until: y > LAST_YEAR ? "" : String(y) });
                }}
              />{" "}
              <output>{yearDraft > LAST_YEAR ? "all years" : yearDraft}</output>
            </label>
          </form>
          <p class="actions">
            <a href={nodePath(sub?.nodes[0]?.__typename, id)}>Open {sub?.nodes[0] ? label(sub.nodes[0]) : id}</a>
            <a href={withParams("/path", { from: id })}>Path from here</a>
          </p>
          <Status what="network" fetching={fetching} error={error} empty={!sub || nodes.length === 0} emptyText="Nothing to draw.">
            <p class="muted" aria-live="polite">
              {nodes.length} nodes, {edges.length} links{sub?.truncated ? " (more within this depth were left out; raise the limit or lower the depth)" : ""}.
            </p>
            <Legend colours={colours} />
            <Graph centre={id} nodes={nodes} edges={edges} arrived={arrived} />
            <NodeList nodes={nodes} />
          </Status>
        </>
      )}
    </div>
  );
}
