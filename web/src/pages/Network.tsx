// The network view: a node's neighbourhood as an interactive graph, bounded like the API
// (depth 1-3, at most 500 nodes), coloured by kind or by cluster, with a time slider (asOf).
import { useLocation, useRoute } from "preact-iso";
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "preact/hooks";
import type { NeighborhoodQuery as NeighborhoodData } from "../gql/graphql";
import { ClusterNamesDocument as ClusterNamesQuery, NeighborhoodDocument as NeighborhoodQuery } from "../gql/graphql";
import { KindBadge, Missing, Status } from "../components/common";
import { Picker } from "../components/Picker";
import { t } from "../i18n";
import { useQuery } from "../lib/client";
import { useTitle } from "../lib/debounce";
import { findOrganizations } from "../lib/finders";
import { kindLabel, orgShortName, projectName, topicKindLabel, topicName } from "../lib/format";
import { nodePath, withParams } from "../lib/links";
import { colourMap, groups } from "../views/colours";
import type { Drawing, GraphEdge, GraphNode } from "../views/networkGraph";

const FIRST_YEAR = 2014;
const LAST_YEAR = new Date().getFullYear();

type SubNode = NonNullable<NeighborhoodData["neighborhood"]>["nodes"][number];

function label(node: SubNode): string {
  switch (node.__typename) {
    case "Organization":
      return orgShortName(node);
    case "Project":
      return node.acronym ?? projectName(node);
    case "Cluster":
      return node.clusterName;
    case "Topic":
      // a family by its code alone ("HORIZON-CL5-D6"): "Calls … – programme part" would be cut
      // to the same first words for every family (the list and the selection panel give it)
      return node.topicKind === "CALL_FAMILY" && node.code ? node.code : topicName(node);
  }
}

/** What a node is, in words: an organisation's kind, else its type. */
function detail(node: SubNode): string {
  switch (node.__typename) {
    case "Organization":
      return kindLabel(node.kind);
    case "Project":
      return t("network.project");
    case "Cluster":
      return t("network.cluster");
    case "Topic": {
      // a family's programme part, which its label leaves out
      const short = label(node);
      const full = topicName(node);
      return full === short ? t("network.topic") : `${topicKindLabel(node.topicKind)} · ${full}`;
    }
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

function Graph(props: { centre: string; nodes: GraphNode[]; edges: GraphEdge[]; arrived: number; onSelect: (node: GraphNode) => void }) {
  const box = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState<string>();
  // A layout effect: Cytoscape starts in the same task as the render that brought the data,
  // and its first frame is the page's next one.
  useLayoutEffect(() => {
    let drawing: Drawing | undefined;
    let live = true;
    drawer
      .then(({ drawNetwork }) => {
        if (!live || !box.current) return;
        drawing = drawNetwork(box.current, props.centre, props.nodes, props.edges, props.onSelect);
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
      .catch(() => setFailed(t("network.failed")));
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
        aria-label={t("network.drawing", {
          nodes: t("network.nodes", { count: props.nodes.length }),
          links: t("network.links", { count: props.edges.length }),
        })}
        data-nodes={props.nodes.length}
      />
      {failed && <p class="state error">{failed}</p>}
    </>
  );
}

/** The node picked in the drawing: its name, what it is, and where to go from it. */
function Selected({ node, onClose }: { node: GraphNode | undefined; onClose: () => void }) {
  return (
    <aside class="panel selected" aria-label={t("network.selected")} aria-live="polite">
      <h2>{t("network.selected")}</h2>
      {!node ? (
        <p class="muted">{t("network.selectHint")}</p>
      ) : (
        <>
          <p class="selected-name">
            <strong>{node.label}</strong>
          </p>
          <p>{node.type === "Organization" ? <KindBadge kind={node.kind} /> : <span class="badge">{node.detail}</span>}</p>
          <ul class="plain">
            <li>
              <a href={nodePath(node.type, node.id)}>{t("network.openPage")}</a>
            </li>
            <li>
              <a href={`/network/${encodeURIComponent(node.id)}`}>{t("network.centreHere")}</a>
            </li>
          </ul>
          <button type="button" class="link" onClick={onClose}>
            {t("network.close")}
          </button>
        </>
      )}
    </aside>
  );
}

/** Every node as a list, built when opened (500 items would slow the drawing's first frame). */
function NodeList({ nodes }: { nodes: GraphNode[] }) {
  const [open, setOpen] = useState(false);
  return (
    <details class="panel" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t("network.list", { count: nodes.length })}</summary>
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

const TYPE_GROUPS = { Project: "network.project", Cluster: "network.cluster", Topic: "network.topic" } as const;
const KIND_GROUPS = ["COMPANY", "RESEARCH_INSTITUTION", "PUBLIC_ACTOR", "OTHER", "UNKNOWN"];

/** A colour group in words: a node type, a kind of organisation, no cluster, or a cluster's name. */
function groupLabel(group: string): string {
  if (group in TYPE_GROUPS) return t(TYPE_GROUPS[group as keyof typeof TYPE_GROUPS]);
  if (group === "NO_CLUSTER") return t("network.noClusterInView");
  return KIND_GROUPS.includes(group) ? kindLabel(group) : group;
}

function Legend({ colours }: { colours: Map<string, string> }) {
  return (
    <ul class="legend" aria-label={t("network.legend")}>
      {[...colours].map(([group, colour]) => (
        <li key={group}>
          <span class="swatch" style={{ background: colour }} /> {groupLabel(group)}
        </li>
      ))}
    </ul>
  );
}

/** A cluster's network to start from, for who has no organisation in mind. */
function StartingPoints() {
  const { data } = useQuery(ClusterNamesQuery, {});
  const clusters = data?.clusters ?? [];
  if (clusters.length === 0) return null;
  return (
    <>
      <h2>{t("network.orCluster")}</h2>
      <ul class="inline-list">
        {clusters.map((cluster) => (
          <li key={cluster.id}>
            <a href={`/network/${encodeURIComponent(cluster.id)}`}>{cluster.name}</a>
          </li>
        ))}
      </ul>
    </>
  );
}

export default function NetworkPage() {
  const { params } = useRoute();
  const { path, query, route } = useLocation();
  const id = params.id ?? "";
  // two steps by default: an organisation's partners, not only its projects
  const depth = Math.min(3, Math.max(1, Number(query.depth) || 2));
  const limit = Math.min(500, Math.max(10, Number(query.limit) || 200));
  const untilYear = Number(query.until) || 0;
  const colourBy = query.colour === "cluster" ? "cluster" : "kind";
  // themes take the places of a large organisation's partners: they can be left out
  const topics = query.themes !== "0";
  const asOf = untilYear ? `${untilYear + 1}-01-01` : null;
  const set = (changes: Record<string, string>) => route(withParams(path, { ...query, ...changes }), true);
  const [yearDraft, setYearDraft] = useState(untilYear || LAST_YEAR + 1);
  const [picked, setPicked] = useState<GraphNode>();
  useEffect(() => setPicked(undefined), [id]);

  const { data, error, fetching } = useQuery(NeighborhoodQuery, { id, depth, limit, asOf, topics }, { pause: !id });
  const sub = data?.neighborhood;
  const centreName = sub?.nodes[0] ? label(sub.nodes[0]) : id;
  useTitle(id ? t("network.titleOf", { name: centreName }) : t("network.title"));
  const { nodes, edges, colours, arrived } = useMemo(() => {
    const subNodes = sub?.nodes ?? [];
    const subEdges = sub?.edges ?? [];
    const grouping = groups(subNodes, subEdges, colourBy);
    const colours = colourMap(grouping.values());
    const nodes: GraphNode[] = subNodes.map((n) => ({
      id: n.id,
      type: n.__typename ?? "Node",
      label: label(n),
      kind: n.__typename === "Organization" ? n.kind : null,
      colour: colours.get(grouping.get(n.id) ?? "") ?? "#6b6b6b",
      detail: detail(n),
    }));
    return { nodes, edges: subEdges, colours, arrived: performance.now() };
  }, [sub, colourBy]);

  if (id && error && !sub) return <Missing fetching={false} error={error === t("errors.notFound") ? undefined : error} message={t("notFound.network", { id })} />;
  const allYears = t("network.allYears");
  return (
    <div class="page wide">
      <h1>{id && sub ? t("network.titleOf", { name: centreName }) : t("network.title")}</h1>
      {!id ? (
        <>
          <p>{t("network.intro")}</p>
          <Picker label={t("network.centre")} find={findOrganizations} onPick={(o) => route(`/network/${encodeURIComponent(o.id)}`)} />
          <StartingPoints />
        </>
      ) : (
        <>
          <form class="filters" aria-label={t("network.settings")} onSubmit={(e) => e.preventDefault()}>
            <label>
              {t("network.depth")}{" "}
              <select value={depth} onChange={(e) => set({ depth: e.currentTarget.value })}>
                {[1, 2, 3].map((d) => (
                  <option key={d} value={d}>
                    {d}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t("network.atMost")}{" "}
              <select value={limit} onChange={(e) => set({ limit: e.currentTarget.value })}>
                {[50, 100, 200, 300, 500].map((n) => (
                  <option key={n} value={n}>
                    {t("network.nodes", { count: n })}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t("network.colourBy")}{" "}
              <select value={colourBy} onChange={(e) => set({ colour: e.currentTarget.value === "cluster" ? "cluster" : "" })}>
                <option value="kind">{t("network.byKind")}</option>
                <option value="cluster">{t("network.byCluster")}</option>
              </select>
            </label>
            <label>
              <input type="checkbox" checked={topics} onChange={(e) => set({ themes: e.currentTarget.checked ? "" : "0" })} /> {t("network.themes")}
            </label>
            <label class="slider">
              {t("network.startedUpTo")}{" "}
              <input
                type="range"
                min={FIRST_YEAR}
                max={LAST_YEAR + 1}
                value={yearDraft}
                aria-valuetext={yearDraft > LAST_YEAR ? allYears : String(yearDraft)}
                onInput={(e) => setYearDraft(Number(e.currentTarget.value))}
                onChange={(e) => {
                  const y = Number(e.currentTarget.value);
                  set({ until: y > LAST_YEAR ? "" : String(y) });
                }}
              />{" "}
              <output>{yearDraft > LAST_YEAR ? allYears : yearDraft}</output>
            </label>
          </form>
          <p class="actions">
            <a href={nodePath(sub?.nodes[0]?.__typename, id)}>{t("network.open", { name: centreName })}</a>
            {/* a connection path runs between organisations only */}
            {sub?.nodes[0]?.__typename === "Organization" && <a href={withParams("/path", { from: id })}>{t("network.pathFrom")}</a>}
          </p>
          <Status fetching={fetching} error={error} empty={!sub || nodes.length === 0} emptyText={t("network.nothing")}>
            <p class="muted" aria-live="polite">
              {t("network.summary", { nodes: t("network.nodes", { count: nodes.length }), links: t("network.links", { count: edges.length }) })}
              {sub?.truncated && ` ${t("network.truncated")}`}
            </p>
            <Legend colours={colours} />
            <div class="network-view">
              <Graph centre={id} nodes={nodes} edges={edges} arrived={arrived} onSelect={setPicked} />
              <Selected node={picked} onClose={() => setPicked(undefined)} />
            </div>
            <NodeList nodes={nodes} />
          </Status>
        </>
      )}
    </div>
  );
}
