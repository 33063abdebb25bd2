"""Projects: lists with filters, built from fixed fragments of the conditions present."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, LiteralString

from graph.client import Graph, Row
from graph.repositories import reads
from graph.repositories.search import lucene_terms
from graph.select import Compiler, Selection

# Newest first: projects with a start date first, then those known only by a call year
# (Horizon Europe), newest call first, ties broken by id.
NEWEST_FIRST: LiteralString = "ORDER BY p.newestKey DESC, p.id"
TEXT_MATCH_LIMIT = 1000

_FROM_TEXT: LiteralString = (
    "CALL db.index.fulltext.queryNodes('search', $text, {limit: $textLimit}) "
    "YIELD node AS p WHERE p:Project"
)
_FROM_CLUSTER: LiteralString = (
    "CALL () { MATCH (p:Project)-[:PART_OF]->(:Cluster {id: $clusterId}) RETURN p "
    "UNION MATCH (:Cluster {id: $clusterId})<-[:MEMBER_OF]-(:Organization)"
    "-[:PARTICIPATES_IN]->(p:Project) RETURN p } WITH p WHERE true"
)
_FROM_ALL: LiteralString = "MATCH (p:Project) WHERE true"
# Every project newest first, read in the newestKey index's order (see reads.page). Every
# writer gives each project its newestKey (graph.derived at the end of an import,
# graph.repositories.writes): only while an import runs can a project lack it (and is
# missing from these pages until the import ends).
_BY_NEWEST_INDEX: tuple[LiteralString, LiteralString] = (
    "MATCH (p:Project) WHERE p.newestKey IS NOT NULL",
    NEWEST_FIRST,
)
# as stored, or in capitals ("h2020" finds H2020; a cluster's own "Interreg" as written)
_PROGRAMME: LiteralString = "p.programme IN [$programme, toUpper($programme)]"
_YEAR_FROM: LiteralString = "p.startYear >= $yearFrom"
_YEAR_TO: LiteralString = "p.startYear <= $yearTo"
_IN_CLUSTER: LiteralString = (
    "(EXISTS { (p)-[:PART_OF]->(:Cluster {id: $clusterId}) } "
    "OR EXISTS { (p)<-[:PARTICIPATES_IN]-(:Organization)"
    "-[:MEMBER_OF]->(:Cluster {id: $clusterId}) })"
)
# A topic matches its narrower topics too (a family's call topics, a field's narrower fields).
_ON_TOPIC: LiteralString = (
    "EXISTS { (p)-[:ADDRESSES]->(:Topic)-[:BROADER*0..6]->(:Topic {id: $topicId}) }"
)


@dataclass(frozen=True)
class ProjectFilter:
    """Conditions on projects; None means no condition. Years are start years (call years
    for Horizon Europe projects)."""

    topic_id: str | None = None
    cluster_id: str | None = None
    programme: str | None = None
    start_year_from: int | None = None
    start_year_to: int | None = None
    text: str | None = None


def filter_cypher(where: ProjectFilter) -> LiteralString:
    """The MATCH ... WHERE text for ``where`` (binding ``p``), from fixed fragments of the
    conditions present; it starts from the most selective one."""
    conditions: list[LiteralString] = []
    if where.text:
        head = _FROM_TEXT
        if where.cluster_id is not None:
            conditions.append(_IN_CLUSTER)
    elif where.cluster_id is not None:
        head = _FROM_CLUSTER
    else:
        head = _FROM_ALL
    if where.programme is not None:
        conditions.append(_PROGRAMME)
    if where.start_year_from is not None:
        conditions.append(_YEAR_FROM)
    if where.start_year_to is not None:
        conditions.append(_YEAR_TO)
    if where.topic_id is not None:
        conditions.append(_ON_TOPIC)
    text: LiteralString = head
    for condition in conditions:
        text = text + " AND " + condition
    return text + " "


def _params(where: ProjectFilter) -> dict[str, Any]:
    return {
        "text": lucene_terms(where.text, translated=True) if where.text else None,
        "textLimit": TEXT_MATCH_LIMIT,
        "topicId": where.topic_id,
        "clusterId": where.cluster_id,
        "programme": where.programme,
        "yearFrom": where.start_year_from,
        "yearTo": where.start_year_to,
    }


async def page(
    graph: Graph, compiler: Compiler, where: ProjectFilter, window: tuple[int, int], sel: Selection
) -> Row:
    """A page of projects matching ``where``, newest first, with what ``sel`` selects (and the
    count if asked): one query."""
    if where.text and not lucene_terms(where.text):
        return {"offset": window[0], "limit": window[1], "edges": [], "total_count": 0}
    head = filter_cypher(where)
    return await reads.page(
        graph,
        compiler,
        "Project",
        head,
        NEWEST_FIRST,
        sel,
        "ProjectConnection",
        window,
        _params(where),
        var="p",
        indexed=_BY_NEWEST_INDEX if head == _FROM_ALL + " " else None,
    )
