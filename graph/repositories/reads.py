"""Reads that answer a root field in one round trip: the node (or page of nodes) it starts
from, with everything the request selected below it (``graph.select``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, LiteralString

from graph.client import Graph, Row
from graph.select import Compiler, Selection

# Labels of the types the root fields start from (fixed text, never from a request).
LABELS: Mapping[str, LiteralString] = {
    "Organization": "Organization",
    "Project": "Project",
    "Cluster": "Cluster",
    "Initiative": "Initiative",
    "Topic": "Topic",
}
# Any node of the Node interface, by id (each label's id is indexed).
_ANY_NODE: LiteralString = (
    "CALL (id) { MATCH (n0:Organization {id: id}) RETURN n0 "
    "UNION MATCH (n0:Project {id: id}) RETURN n0 "
    "UNION MATCH (n0:Cluster {id: id}) RETURN n0 "
    "UNION MATCH (n0:Topic {id: id}) RETURN n0 } "
)


async def by_ids(
    graph: Graph, compiler: Compiler, type_name: str, ids: Sequence[str], sel: Selection
) -> dict[str, Row]:
    """The nodes of ``type_name`` (an object type or ``Node``) with these ids, by id."""
    if not ids:
        return {}
    head: LiteralString
    if type_name in LABELS:
        head = "UNWIND $ids AS id MATCH (n0:" + LABELS[type_name] + " {id: id}) "
    else:
        head = "UNWIND $ids AS id " + _ANY_NODE
    part = compiler.project(type_name, 0, sel)
    # One row holding every node (one Bolt message, read much faster than a row each).
    cypher = (
        head + " ".join(part.calls) + " RETURN collect({id: n0.id, row: " + part.text + "}) AS rows"
    )
    found = await graph.read(cypher, {**compiler.params, "ids": list(dict.fromkeys(ids))})
    return {item["id"]: item["row"] for item in found[0]["rows"]}


async def one(
    graph: Graph, compiler: Compiler, type_name: str, node_id: str, sel: Selection
) -> Row | None:
    """The node of ``type_name`` (or ``Node``) with this id, or None."""
    return (await by_ids(graph, compiler, type_name, [node_id], sel)).get(node_id)


async def page(
    graph: Graph,
    compiler: Compiler,
    type_name: str,
    head: LiteralString,
    order: LiteralString,
    sel: Selection,
    connection: str,
    window: tuple[int, int],
    params: Mapping[str, Any],
    var: LiteralString = "o",
    indexed: tuple[LiteralString, LiteralString] | None = None,
    carry: LiteralString = "",
    edge: LiteralString = "",
    count_head: LiteralString | None = None,
) -> Row:
    """A connection map (``offset``, ``limit``, ``edges`` of ``{node}``, ``total_count``) over
    the nodes ``head`` binds to ``var``, in ``order`` (an ORDER BY clause): one query for the
    page and, if selected, the count.

    ``indexed``: a head and an order that read the first of these nodes in an index's order
    (a few rows however many nodes there are, instead of sorting them all), leaving out only
    nodes that ``order`` puts after them. Its page is the answer when it is full; a page that
    reaches past it is read again with ``head`` and ``order``.

    ``carry``: more variables of ``head`` that ``order`` uses (``", onTopic"``); ``edge``:
    more entries of each edge's map, from them (``", projects_on_topic: onTopic"``);
    ``count_head``: a cheaper head that binds the same nodes, for the count.
    """

    async def read(page_head: LiteralString, page_order: LiteralString) -> Row:
        """The page from ``page_head`` in ``page_order``; the count, if selected, from
        ``head``."""
        offset, limit = window
        fields = sel.sub(connection)
        part = compiler.project(type_name, 0, _edge_nodes(sel, connection), var=var)
        cypher: LiteralString = (
            "CALL () { "
            + page_head
            + " WITH "
            + var
            + carry
            + " "
            + page_order
            + " SKIP $offset LIMIT $limitPlusOne "
            + " ".join(part.calls)
            + " RETURN collect({node: "
            + part.text
            + edge
            + "}) AS edges } "
        )
        if any(f.name == "totalCount" for f in fields):
            counted = head if count_head is None else count_head
            cypher = cypher + "CALL () { " + counted + " RETURN count(" + var + ") AS total } "
            cypher = cypher + "RETURN edges, total"
        else:
            cypher = cypher + "RETURN edges, null AS total"
        values = {**compiler.params, **params, "offset": offset, "limitPlusOne": limit + 1}
        row = (await graph.read(cypher, values))[0]
        return {
            "offset": offset,
            "limit": limit,
            "edges": row["edges"],
            "total_count": row["total"],
        }

    if indexed is not None:
        found = await read(*indexed)
        if len(found["edges"]) > window[1]:
            return found
    return await read(head, order)


def _edge_nodes(sel: Selection, connection: str) -> Selection:
    """The selection of ``edges { node { ... } }`` of a connection."""
    found: dict[str, list[Selection]] = {}
    for edges in sel.sub(connection):
        if edges.name != "edges":
            continue
        for edge_fields in edges.fields.values():
            for item in edge_fields:
                if item.name == "node":
                    for node_type, node_fields in item.fields.items():
                        found.setdefault(node_type, []).extend(node_fields)
    return Selection("node", "node", {}, {k: tuple(v) for k, v in found.items()})


async def existing(graph: Graph, type_name: str, ids: Sequence[str]) -> set[str]:
    """Which of ``ids`` are nodes of ``type_name``."""
    if not ids:
        return set()
    cypher: LiteralString = (
        "UNWIND $ids AS id MATCH (n:" + LABELS[type_name] + " {id: id}) RETURN n.id AS id"
    )
    return {row["id"] for row in await graph.read(cypher, {"ids": list(ids)})}
