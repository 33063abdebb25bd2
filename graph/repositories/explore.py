"""Exploration of the network: search, connection paths, neighbourhoods and centrality."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import NamedTuple

from graph.client import Graph, Row
from graph.cypher import query
from graph.repositories.search import lucene_terms

# The quantifier bound written in explore_path.cypher.
MAX_PATH_HOPS = 6

# Most neighbours of one expanded node (beyond the centre) that become neighbourhood candidates.
NEIGHBORHOOD_FAN_OUT = 100

# How many text matches per requested hit are re-ranked by prominence.
SEARCH_RERANK_FACTOR = 10


@dataclass(frozen=True)
class NodeRef:
    """A node by id and API label (Organization, Project, Cluster or Topic)."""

    id: str
    label: str


@dataclass(frozen=True)
class Hit:
    """A full-text match."""

    node: NodeRef
    score: float


@dataclass(frozen=True)
class PathResult:
    """Whether both ends exist, and the path's nodes (None when there is no path)."""

    from_found: bool
    to_found: bool
    steps: list[NodeRef] | None


class EdgeRef(NamedTuple):
    """A relationship between two returned nodes, by their ids (a tuple: cheap to make)."""

    source: str
    target: str
    type: str


@dataclass
class SubgraphResult:
    """Nodes (centre first, then level by level) and the edges between them.

    ``rows`` holds each node's detail row, in the shape its DataLoader returns.
    """

    nodes: list[NodeRef] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    edges: list[EdgeRef] = field(default_factory=list)
    truncated: bool = False


class Measure(Enum):
    """Centrality measures computed in Cypher (betweenness is computed in Python)."""

    DEGREE = "explore_central_degree"
    WEIGHTED_DEGREE = "explore_central_weighted"


async def search(graph: Graph, text: str, limit: int) -> list[Hit]:
    """Best matches for ``text`` (plain words, all required), best first."""
    terms = lucene_terms(text)
    if not terms:
        return []
    params = {"text": terms, "limit": limit, "candidates": limit * SEARCH_RERANK_FACTOR}
    rows = await graph.read(query("search_hits"), params)
    return [Hit(NodeRef(row["id"], row["label"]), float(row["score"])) for row in rows]


async def connection_path(
    graph: Graph, from_id: str, to_id: str, max_hops: int, as_of: date | None
) -> PathResult:
    """The shortest organisation/project chain between two organisations, if any."""
    params = {"fromId": from_id, "toId": to_id, "maxHops": max_hops, "asOf": as_of}
    rows = await graph.read(query("explore_path"), params)
    row = rows[0]
    steps = row["steps"]
    return PathResult(
        from_found=bool(row["fromFound"]),
        to_found=bool(row["toFound"]),
        steps=[NodeRef(s["id"], s["label"]) for s in steps] if steps is not None else None,
    )


async def neighborhood(
    graph: Graph, center_id: str, depth: int, limit: int, as_of: date | None
) -> SubgraphResult | None:
    """The bounded neighbourhood of a node, or None if no node has this id."""
    params = {
        "centerId": center_id,
        "depth": depth,
        "limit": limit,
        "asOf": as_of,
        "fanOut": NEIGHBORHOOD_FAN_OUT,
    }
    rows = await graph.read(query("explore_neighborhood"), params)
    if not rows:
        return None
    row = rows[0]
    return SubgraphResult(
        nodes=[NodeRef(n["row"]["id"], n["label"]) for n in row["nodes"]],
        rows=[n["row"] for n in row["nodes"]],
        edges=[
            EdgeRef(source, target, kind)
            for source, kind, targets in row["edges"]
            for target in targets
        ],
        truncated=bool(row["truncated"]),
    )


async def central(
    graph: Graph, measure: Measure, cluster_id: str | None, first: int, as_of: date | None
) -> list[tuple[str, float]]:
    """(organisation id, score) pairs, most central first, ties by id."""
    params = {"clusterId": cluster_id, "first": first, "asOf": as_of}
    rows = await graph.read(query(measure.value), params)
    return [(row["id"], float(row["score"])) for row in rows]


@dataclass(frozen=True)
class EgoNetwork:
    """A cluster's members and the organisation-project links around them."""

    members: list[str]
    links: list[tuple[str, str]]
    complete: bool


async def ego_network(
    graph: Graph, cluster_id: str, as_of: date | None, max_links: int
) -> EgoNetwork:
    """The members' bipartite ego network; ``complete`` is False if it had to be cut."""
    params = {"clusterId": cluster_id, "asOf": as_of, "maxLinks": max_links + 1}
    rows = await graph.read(query("explore_ego_network"), params)
    links = [(org, project) for org, project in rows[0]["links"]]
    return EgoNetwork(
        members=sorted(rows[0]["members"]),
        links=links[:max_links],
        complete=len(links) <= max_links,
    )


def member_betweenness(
    members: Iterable[str], links: Iterable[tuple[str, str]]
) -> dict[str, float]:
    """Betweenness of each member on shortest paths between members (Brandes, subset form).

    The graph is bipartite (organisations and projects, as "o:" and "p:" vertices, unweighted,
    undirected). For every unordered pair of distinct members (s, t), each vertex v strictly
    between them receives sigma_st(v) / sigma_st: the share of shortest s-t paths through v.
    Members absent from the links score 0.
    """
    adjacency: dict[str, list[str]] = {}
    for org, project in links:
        adjacency.setdefault(f"o:{org}", []).append(f"p:{project}")
        adjacency.setdefault(f"p:{project}", []).append(f"o:{org}")
    member_set = {f"o:{m}" for m in members}
    score = dict.fromkeys(member_set, 0.0)
    for source in sorted(member_set & adjacency.keys()):
        order, preds, sigma = _bfs(adjacency, source)
        delta = dict.fromkeys(order, 0.0)
        for w in reversed(order):
            gain = (1.0 if w in member_set else 0.0) + delta[w]
            for v in preds[w]:
                delta[v] += sigma[v] / sigma[w] * gain
            if w != source and w in score:
                score[w] += delta[w]
    # Each unordered pair was counted from both ends.
    return {vertex[2:]: value / 2.0 for vertex, value in score.items()}


def _bfs(
    adjacency: dict[str, list[str]], source: str
) -> tuple[list[str], dict[str, list[str]], dict[str, float]]:
    order: list[str] = []
    preds: dict[str, list[str]] = {source: []}
    sigma: dict[str, float] = {source: 1.0}
    dist = {source: 0}
    queue = deque([source])
    while queue:
        v = queue.popleft()
        order.append(v)
        for w in adjacency[v]:
            if w not in dist:
                dist[w] = dist[v] + 1
                sigma[w] = 0.0
                preds[w] = []
                queue.append(w)
            if dist[w] == dist[v] + 1:
                sigma[w] += sigma[v]
                preds[w].append(v)
    return order, preds, sigma
