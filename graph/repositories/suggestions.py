"""Partner-suggestion reads: candidate signals, and the context of a project or cluster."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from graph.client import Graph, Row
from graph.cypher import query


async def candidates(graph: Graph, params: Mapping[str, Any]) -> list[Row]:
    """Candidate rows with their signal columns (see ``suggest_partners.cypher``)."""
    return await graph.read(query("suggest_partners"), params)


async def seeds(graph: Graph, ids: Sequence[str]) -> list[Row]:
    """Per seed: ``{id, country, kind, listIds, listW, partners}`` (``suggest_seeds.cypher``):
    its stored strongest-partner list and every existing partner."""
    return await graph.read(query("suggest_seeds"), {"seeds": list(ids)})


async def themes(graph: Graph, params: Mapping[str, Any]) -> list[Row]:
    """Thematic candidate rows: brief text, call family, repeated consortia
    (``suggest_themes.cypher``)."""
    return await graph.read(query("suggest_themes"), params)


async def evidence(
    graph: Graph, seeds: Sequence[str], pairs: Sequence[Mapping[str, str]]
) -> list[Row]:
    """``{candidate, partner, projects}`` per ``{candidate, partner}`` pair: the seeds'
    strongest shared project with the partner and the partner's with the candidate."""
    return await graph.read(query("suggest_evidence"), {"seeds": list(seeds), "pairs": list(pairs)})


async def names(graph: Graph, ids: Sequence[str]) -> dict[str, str | None]:
    """Display names of evidence organisations and topics (None when a source names none)."""
    rows = await graph.read(query("suggest_names"), {"ids": list(ids)})
    return {row["id"]: row["name"] for row in rows}


async def project_context(graph: Graph, project_id: str) -> Row | None:
    """``{id, participants: [{id, kind, country}], topics}``, or None for an unknown id."""
    rows = await graph.read(query("suggest_project_context"), {"id": project_id})
    return rows[0] if rows else None


async def cluster_context(graph: Graph, cluster_id: str) -> Row | None:
    """``{id, members: [id], topics: [id]}``, or None for an unknown id."""
    rows = await graph.read(query("suggest_cluster_context"), {"id": cluster_id})
    return rows[0] if rows else None
