"""Exploration of the network: search, connection paths, neighbourhoods and centrality."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import LiteralString

from graph.client import Graph, Row
from graph.cypher import query
from graph.errors import GraphTimeout
from graph.repositories.search import lucene_terms
from graph.select import Compiler, Selection, merge

# The quantifier bound written in explore_path.cypher.
MAX_PATH_HOPS = 6

# Most neighbours of one expanded node (beyond the centre) that become neighbourhood candidates.
NEIGHBORHOOD_FAN_OUT = 100

# How many text matches per requested hit are re-ranked by prominence.
SEARCH_RERANK_FACTOR = 10
# How many text matches facets count, and filtered searches read.
FACET_CANDIDATES = 1000


class Measure(Enum):
    """Centrality measures computed in Cypher (betweenness is computed in Python)."""

    DEGREE = "explore_central_degree"
    WEIGHTED_DEGREE = "explore_central_weighted"


@dataclass(frozen=True)
class SearchFilter:
    """Conditions on search hits (None: none): node types (labels), organisation kinds
    (kind labels or Unknown), organisations' countries and SME status, projects'
    programmes."""

    types: list[str] | None = None
    kinds: list[str] | None = None
    countries: list[str] | None = None
    programmes: list[str] | None = None
    sme: bool | None = None

    def params(self) -> dict[str, list[str] | bool | None]:
        """As query parameters."""
        return {
            "types": self.types,
            "kinds": self.kinds,
            "countries": self.countries,
            "programmes": self.programmes,
            "sme": self.sme,
        }

    @property
    def empty(self) -> bool:
        """True without any condition."""
        return all(value is None or value == [] for value in self.params().values())


async def search(
    graph: Graph,
    compiler: Compiler,
    text: str,
    limit: int,
    where: SearchFilter,
    sel: Selection,
) -> list[Row]:
    """Best matches for ``text`` (plain words, all required) that meet ``where``, best
    first: ``{score, node}`` rows, each node as ``sel`` (the hits' ``node``) selects. When
    the words as typed find nothing, every word is asked again as the start of a word too
    ("univ lux" finds the Université du Luxembourg)."""
    tries = _term_tries(text)
    if not tries:
        return []
    hits = await _search(graph, compiler, text, tries[0], limit, where, sel)
    if hits or len(tries) == 1:
        return hits
    # the filters alone may leave nothing: the words are asked again only if, as the search
    # without filters (and its facets) would, they match nothing at all as typed
    if (
        not where.empty
        and (await graph.read(query("search_matches"), {"text": tries[0]}))[0]["found"]
    ):
        return hits
    return await _search(graph, compiler, text, tries[1], limit, where, sel)


# The most words a search asks again each as the start of a word: a prefix clause per word
# over every field of the index; a pasted sentence that finds nothing is not worth it.
EVERY_START_MOST = 6


def _term_tries(text: str) -> list[str]:
    """The search terms of ``text``, then, if they differ, those with every word also as the
    start of a word (:func:`lucene_terms`' ``every_start``), for at most
    :data:`EVERY_START_MOST` words."""
    first = lucene_terms(text, translated=True)
    if not first or len(text.split()) > EVERY_START_MOST:
        return [first] if first else []
    again = lucene_terms(text, translated=True, every_start=True)
    return [first] if again == first else [first, again]


async def _search(
    graph: Graph,
    compiler: Compiler,
    text: str,
    terms: str,
    limit: int,
    where: SearchFilter,
    sel: Selection,
) -> list[Row]:
    part = compiler.project("Node", 0, _field(sel, "SearchHit", "node"))
    # One row holding the hits in order: the driver's work grows with the number of rows.
    cypher = (
        query("search_hits")
        + " "
        + " ".join(part.calls)
        + " RETURN collect({score: ranked, node: "
        + part.text
        + "}) AS hits"
    )
    # With conditions, more text matches are read, so that enough of them meet them.
    candidates = limit * SEARCH_RERANK_FACTOR if where.empty else FACET_CANDIDATES
    params = {
        "text": terms,
        "exact": text.strip().lower(),
        "limit": limit,
        "candidates": candidates,
        **where.params(),
    }
    rows = await graph.read(cypher, {**compiler.params, **params})
    hits: list[Row] = rows[0]["hits"]
    return hits


async def search_facets(graph: Graph, text: str, where: SearchFilter) -> Row:
    """How the best :data:`FACET_CANDIDATES` matches of ``text`` divide up by type, kind,
    country, SME status and programme: lists of ``{value, count}``, largest first (with the
    words asked again as the start of words when as typed they find nothing, as
    :func:`search`). Kinds, countries and SME status each count the organisations that meet
    ``where``'s kinds, countries and SME status other than their own."""
    facets: Row = {"types": [], "kinds": [], "countries": [], "programmes": [], "sme": []}
    for terms in _term_tries(text):
        params = {
            "text": terms,
            "candidates": FACET_CANDIDATES,
            "kinds": where.kinds,
            "countries": where.countries,
            "sme": where.sme,
        }
        facets = (await graph.read(query("search_facets"), params))[0]
        if facets["types"]:
            break
    return facets


async def coverage(graph: Graph) -> Row:
    """``{country, projects, organizations}``: the country every project has a participant
    of (None: no such restriction known) and how many projects and organisations the graph
    holds (``coverage.cypher``)."""
    rows = await graph.read(query("coverage"), {})
    return rows[0]


@dataclass(frozen=True)
class PathResult:
    """Whether both ends exist, and the path's nodes (None when there is no path)."""

    from_found: bool
    to_found: bool
    nodes: list[Row] | None
    shared: int | None = None


async def connection_path(
    graph: Graph,
    compiler: Compiler,
    ends: tuple[str, str],
    max_hops: int,
    as_of: date | None,
    sel: Selection,
) -> PathResult:
    """The shortest organisation/project chain between two organisations, if any, its nodes
    as ``sel`` (the path's ``nodes`` field) selects."""
    each = _each(compiler, "steps", _field(sel, "ConnectionPath", "nodes"))
    cypher = (
        query("explore_path")
        + " "
        + each
        + " RETURN fromFound, toFound, shared,"
        + " CASE WHEN steps IS NULL THEN null ELSE nodes END AS nodes"
    )
    params = {
        "fromId": ends[0],
        "toId": ends[1],
        "maxHops": max_hops,
        "asOf": as_of,
        "countShared": any(f.name == "sharedProjects" for f in sel.sub("ConnectionPath")),
    }
    row = (await graph.read(cypher, {**compiler.params, **params}))[0]
    return PathResult(bool(row["fromFound"]), bool(row["toFound"]), row["nodes"], row["shared"])


async def neighborhood(
    graph: Graph,
    compiler: Compiler,
    center_id: str,
    bounds: tuple[int, int],
    as_of: date | None,
    topics: bool,
    sel: Selection,
) -> Row | None:
    """The bounded neighbourhood of a node (``bounds``: depth and most nodes; ``topics``:
    whether topics are taken), or None if no node has this id: ``{nodes, edges,
    truncated}``, nodes as ``sel`` selects."""
    each = _each(compiler, "kept", _field(sel, "Subgraph", "nodes"))
    cypher = query("explore_neighborhood") + " " + each + " RETURN nodes, edges, truncated"
    params = {
        "centerId": center_id,
        "depth": bounds[0],
        "limit": bounds[1],
        "asOf": as_of,
        "topics": topics,
        "fanOut": NEIGHBORHOOD_FAN_OUT,
    }
    rows = await graph.read(cypher, {**compiler.params, **params})
    if not rows:
        return None
    row = rows[0]
    edges = [
        {"source": source, "target": target, "type": kind}
        for source, kind, targets in row["edges"]
        for target in targets
    ]
    return {"nodes": row["nodes"], "edges": edges, "truncated": bool(row["truncated"])}


async def central(
    graph: Graph,
    compiler: Compiler,
    measure: Measure,
    scope: tuple[str | None, date | None, str | None],
    first: int,
    sel: Selection,
) -> list[Row]:
    """``{score, organization}`` rows, most central first, ties by id (``scope``: the
    cluster, or None for everyone, the as-of date, and the country ranked, or None)."""
    part = compiler.project("Organization", 0, _field(sel, "CentralOrganization", "organization"))
    cypher = (
        query(measure.value)
        + " "
        + " ".join(part.calls)
        + " RETURN score, "
        + part.text
        + " AS organization"
    )
    params = {"clusterId": scope[0], "asOf": scope[1], "country": scope[2], "first": first}
    return await graph.read(cypher, {**compiler.params, **params})


def _each(compiler: Compiler, nodes: LiteralString, sel: Selection) -> LiteralString:
    """A CALL that projects each node of the list ``nodes`` (in order) as ``sel`` selects,
    into the list ``nodes`` (an empty list when ``nodes`` is null)."""
    part = compiler.project("Node", 0, sel)
    return (
        "CALL (" + nodes + ") { UNWIND range(0, size(coalesce(" + nodes + ", [])) - 1) AS i "
        "WITH "
        + nodes
        + "[i] AS n0, i "
        + " ".join(part.calls)
        + " WITH i, "
        + part.text
        + " AS projected ORDER BY i "
        "RETURN collect(projected) AS nodes }"
    )


def _field(sel: Selection, type_name: str, name: str) -> Selection:
    """The selection of field ``name`` of the items (of ``type_name``) ``sel`` returns."""
    return merge(f for f in sel.sub(type_name) if f.name == name) or Selection(name, name)


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
    members: Iterable[str],
    links: Iterable[tuple[str, str]],
    stopped: Callable[[], bool] = lambda: False,
) -> dict[str, float]:
    """Betweenness of each member on shortest paths between members (Brandes, subset form).

    The graph is bipartite (organisations and projects, as "o:" and "p:" vertices, unweighted,
    undirected). For every unordered pair of distinct members (s, t), each vertex v strictly
    between them receives sigma_st(v) / sigma_st: the share of shortest s-t paths through v.
    Members absent from the links score 0. ``stopped`` is asked before each source: when it
    says so (the request is over), :class:`GraphTimeout` ends the computation.
    """
    adjacency: dict[str, list[str]] = {}
    for org, project in links:
        adjacency.setdefault(f"o:{org}", []).append(f"p:{project}")
        adjacency.setdefault(f"p:{project}", []).append(f"o:{org}")
    member_set = {f"o:{m}" for m in members}
    score = dict.fromkeys(member_set, 0.0)
    for source in sorted(member_set & adjacency.keys()):
        if stopped():
            raise GraphTimeout("the betweenness ranking was stopped: its request is over")
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
