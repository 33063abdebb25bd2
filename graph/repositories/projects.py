"""Projects: lists with filters."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, LiteralString

from graph.client import Graph
from graph.cypher import query
from graph.repositories.search import ids_matching

# Newest first: projects with a start date first, then those known only by a call year
# (Horizon Europe), newest call first, ties broken by id.
NEWEST_FIRST: LiteralString = (
    " ORDER BY p.startDate IS NULL, p.startDate DESC, p.startYear DESC, p.id"
)
TEXT_MATCH_LIMIT = 1000


@dataclass(frozen=True)
class ProjectFilter:
    """Conditions on projects; None means no condition."""

    topic_id: str | None = None
    cluster_id: str | None = None
    programme: str | None = None
    start_year_from: int | None = None
    start_year_to: int | None = None
    text: str | None = None


async def _params(graph: Graph, where: ProjectFilter) -> dict[str, Any]:
    ids = None
    if where.text:
        ids = await ids_matching(graph, where.text, "Project", TEXT_MATCH_LIMIT)
    return {
        "ids": ids,
        "topicId": where.topic_id,
        "clusterId": where.cluster_id,
        "programme": where.programme,
        "yearFrom": where.start_year_from,
        "yearTo": where.start_year_to,
    }


async def list_ids(graph: Graph, where: ProjectFilter, offset: int, limit: int) -> list[str]:
    """One page of project ids matching ``where``, newest first."""
    cypher = query("project_filter") + NEWEST_FIRST + " SKIP $offset LIMIT $limit RETURN p.id AS id"
    params = await _params(graph, where)
    rows = await graph.read(cypher, {**params, "offset": offset, "limit": limit})
    return [row["id"] for row in rows]


async def count(graph: Graph, where: ProjectFilter) -> int:
    """How many projects match ``where``."""
    cypher = query("project_filter") + " RETURN count(p) AS total"
    rows = await graph.read(cypher, await _params(graph, where))
    return int(rows[0]["total"])
