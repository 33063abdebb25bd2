"""Initiatives: a cluster programme as a whole (one query, with what the request selects)."""

from __future__ import annotations

from graph.client import Graph, Row
from graph.repositories import reads
from graph.select import Compiler, Selection


async def one(
    graph: Graph, compiler: Compiler, initiative_id: str | None, sel: Selection
) -> Row | None:
    """The initiative with this id, or without an id the first by name; None if none."""
    if initiative_id is not None:
        return await reads.one(graph, compiler, "Initiative", initiative_id, sel)
    part = compiler.project("Initiative", 0, sel)
    cypher = (
        "MATCH (n0:Initiative) WITH n0 ORDER BY n0.name, n0.id LIMIT 1 "
        + " ".join(part.calls)
        + " RETURN "
        + part.text
        + " AS row"
    )
    rows = await graph.read(cypher, compiler.params)
    return rows[0]["row"] if rows else None
