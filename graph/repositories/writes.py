"""Writes made through the API, each one query whose own WHERE decides who may write.

Every function takes ``scope``: ``{"isAdmin": bool, "managedClusterIds": [...]}``, the
viewer's rights. The queries write nothing when the scope does not allow it and say so in
the row they return (``allowed``), so authorisation cannot be skipped by a caller.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any, LiteralString

from neo4j import AsyncManagedTransaction

from graph.client import Graph, Row, map_error
from graph.cypher import query
from graph.derived import DECAY, PARTNER_LIST
from graph.derived import scope as derived_scope
from graph.derived_clusters import with_recount
from graph.derived_organizations import organization_values
from graph.errors import DuplicateId
from graph.facts import RESOLVE, manual
from graph.repositories.search import lucene_terms

Scope = Mapping[str, Any]
MAX_PARTICIPANTS = 1000  # derived values are refreshed for at most this many participants
# The writes that change a cluster page's stored figures recount them in their own
# transaction (graph.derived_clusters): a membership, for its organisation and that
# organisation's partners; a participation, for the project's participants.
_MEMBERSHIP_RECOUNT: LiteralString = (
    "[$organizationId] AS refreshOrgs, true AS partnersToo, [$clusterId] AS refreshClusters"
)
MEMBERSHIP_ADD = with_recount(
    query("membership_add"),
    "allowed, organizationFound, clusterFound, membership",
    "membership IS NOT NULL",
    _MEMBERSHIP_RECOUNT,
)
MEMBERSHIP_END = with_recount(
    query("membership_end"),
    "allowed, found, activeInDomain, since, membership",
    "membership IS NOT NULL",
    _MEMBERSHIP_RECOUNT,
)
PARTICIPATION_ADD = with_recount(
    query("participation_add"),
    "allowed, organizationFound, projectFound, written, participants",
    "written",
    "participants AS refreshOrgs, false AS partnersToo, null AS refreshClusters",
)

PARTICIPATION_REMOVE = with_recount(
    query("participation_remove"),
    "allowed, organizationFound, projectFound, written, participants",
    "written",
    "participants AS refreshOrgs, false AS partnersToo, null AS refreshClusters",
)


async def refresh_after_participation(
    graph: Graph, project_id: str, participants: Sequence[str]
) -> None:
    """What a participation changes, for the project and its participants only.

    The project's weight, then the participants' partner counts, suggestion features and
    strongest-partner lists, computed from their projects (``graph.derived_organizations``)
    in one transaction that locks them first, so that the refreshes of two writes do not
    interleave. Other organisations (and the popular list) keep their values until the next
    full ``graph.derived.refresh_derived`` (every import runs one).
    """
    await graph.write(query("project_refresh_weight"), {"ids": [project_id], "decay": DECAY})
    try:
        async with graph.driver.session(database=graph.database) as session:
            await session.execute_write(_refresh_organizations, list(participants))
    except Exception as exc:
        raise map_error(exc) from exc


async def _refresh_organizations(tx: AsyncManagedTransaction, ids: list[str]) -> None:
    found = await (await tx.run(query("organization_refresh_scope"), ids=ids)).single(strict=True)
    result = await tx.run(query("project_participants"), ids=ids, projects=None)
    projects = (await result.single(strict=True))["rows"]
    rows = list(organization_values(projects, derived_scope(found), PARTNER_LIST))
    await (await tx.run(query("organization_refresh_derived"), rows=rows)).consume()


async def _write_one(graph: Graph, name: str, params: Mapping[str, Any]) -> Row:
    return await _write(graph, query(name), params)


async def _write(graph: Graph, cypher: LiteralString, params: Mapping[str, Any]) -> Row:
    rows = await graph.write(cypher, params)
    return rows[0]


async def _create(graph: Graph, name: str, params: Mapping[str, Any]) -> Row:
    """Run a create query; a concurrent create of the same id is retried once to compare."""
    try:
        return await _write_one(graph, name, params)
    except DuplicateId:
        return await _write_one(graph, name, params)


async def create_organization(
    graph: Graph, scope: Scope, org_id: str, kind: str, props: Mapping[str, Any]
) -> Row:
    """``{allowed, created, existing}``; ``existing`` is the node already under this id.

    The facts are written as the manual ones (``graph.facts``), which no import overrides.
    """
    params = {**scope, "id": org_id, "kind": kind, "props": manual(props, kind)}
    row = await _create(graph, "organization_create", params)
    if row["created"]:
        await resolve_organization(graph, org_id)
    return row


async def namesakes(graph: Graph, name: str, limit: int = 20) -> list[Row]:
    """Organisations whose names hold every word of ``name``: ``{id, names, country}``."""
    terms = lucene_terms(name)
    if not terms:
        return []
    return await graph.read(query("organization_namesakes"), {"text": terms, "limit": limit})


async def update_organization(
    graph: Graph, scope: Scope, org_id: str, kind: str | None, props: Mapping[str, Any]
) -> Row:
    """``{found, allowed, written}``; null values in ``props`` remove the property (and the
    value a source gives shows again)."""
    params = {**scope, "id": org_id, "kind": kind, "props": manual(props, kind)}
    row = await _write_one(graph, "organization_update", params)
    if row["written"]:
        await resolve_organization(graph, org_id)
    return row


async def resolve_organization(graph: Graph, org_id: str) -> None:
    """Recompute the facts shown of one organisation from its sources' facts, and the names
    search finds it by."""
    await graph.write(RESOLVE, {"ids": [org_id]})


async def add_membership(
    graph: Graph,
    scope: Scope,
    org_id: str,
    cluster_id: str,
    since: datetime.date | None,
    role: str | None,
) -> Row:
    """``{allowed, organizationFound, clusterFound, membership}``."""
    params = {
        **scope,
        "organizationId": org_id,
        "clusterId": cluster_id,
        "since": since,
        "role": role,
    }
    return await _write(graph, MEMBERSHIP_ADD, params)


async def end_membership(
    graph: Graph, scope: Scope, org_id: str, cluster_id: str, until: datetime.date
) -> Row:
    """``{allowed, found, activeInDomain, since, membership}``; membership is null when
    nothing was written (found is false for an organisation only active in the domain)."""
    params = {**scope, "organizationId": org_id, "clusterId": cluster_id, "until": until}
    return await _write(graph, MEMBERSHIP_END, params)


async def create_project(
    graph: Graph,
    scope: Scope,
    project_id: str,
    cluster_ids: Sequence[str],
    props: Mapping[str, Any],
) -> Row:
    """``{allowed, clustersFound, created, existing}``; a new project gets its derived dates
    (``project_refresh_dates.cypher``)."""
    params = {
        **scope,
        "id": project_id,
        "clusterIds": sorted(set(cluster_ids)),
        "props": dict(props),
    }
    row = await _create(graph, "project_create", params)
    if row["created"]:
        await graph.write(query("project_refresh_dates"), {"ids": [project_id]})
    return row


async def add_participation(
    graph: Graph,
    scope: Scope,
    org_id: str,
    project_id: str,
    role: str,
    contribution: float | None,
) -> Row:
    """``{allowed, organizationFound, projectFound, written, participants}``.

    What the participation changes (partner counts, suggestion features) is refreshed
    here for the project's participants.
    """
    params = {
        **scope,
        "organizationId": org_id,
        "projectId": project_id,
        "role": role,
        "contribution": contribution,
    }
    return await _write_participation(graph, PARTICIPATION_ADD, params)


async def remove_participation(graph: Graph, scope: Scope, org_id: str, project_id: str) -> Row:
    """``{allowed, organizationFound, projectFound, written, participants}``; what the
    removal changes is refreshed for the organisation and the project's other participants."""
    params = {**scope, "organizationId": org_id, "projectId": project_id}
    return await _write_participation(graph, PARTICIPATION_REMOVE, params)


async def _write_participation(
    graph: Graph, cypher: LiteralString, params: Mapping[str, Any]
) -> Row:
    """Run a participation write; when it wrote, refresh what it changed for the project's
    participants (and the one it removed) as :func:`refresh_after_participation` does."""
    row = await _write(graph, cypher, {**params, "maxParticipants": MAX_PARTICIPANTS})
    if row["written"]:
        await refresh_after_participation(graph, params["projectId"], row["participants"])
    return row


async def set_competence(
    graph: Graph, scope: Scope, org_id: str, topic_id: str, weight: float
) -> Row:
    """``{allowed, organizationFound, topicFound, written}``."""
    params = {**scope, "organizationId": org_id, "topicId": topic_id, "weight": weight}
    return await _write_one(graph, "competence_set", params)


async def record_measurement(
    graph: Graph,
    scope: Scope,
    objective_id: str,
    day: datetime.date,
    value: float,
    note: str | None,
    recorded_by: str | None = None,
) -> Row:
    """``{allowed, found, computed, measurement, created}``: one measurement per objective
    and date; none for an objective that measures itself (``computed``)."""
    params = {
        **scope,
        "objectiveId": objective_id,
        "date": day,
        "value": value,
        "note": note,
        "recordedBy": recorded_by,
        "newId": f"{objective_id}-{day.isoformat()}",
    }
    return await _create(graph, "measurement_record", params)
