"""Resolvers for exploration: search, paths, neighbourhoods and centrality."""

from __future__ import annotations

import asyncio
import threading
import time
from datetime import date

import strawberry

from graph.client import Row, request_deadline
from graph.repositories import explore as repo
from graph.repositories import reads
from graph.repositories.explore import Measure, PathResult, SearchFilter
from graph.select import Selection, merge
from resolvers.context import Context
from resolvers.selection import selection

# Betweenness is computed in the service: its ego network is cut at this many links.
MAX_EGO_LINKS = 50_000


async def search(
    info: strawberry.Info[Context], text: str, first: int, where: SearchFilter
) -> list[Row]:
    """Full-text hits, best first: ``{score, node}`` (one query)."""
    context = info.context
    return await repo.search(context.graph, context.compiler(), text, first, where, selection(info))


async def search_facets(info: strawberry.Info[Context], text: str, where: SearchFilter) -> Row:
    """Counts of the best text matches by type, kind, country, SME status and programme,
    the organisations' facets under ``where``'s other conditions (one query)."""
    return await repo.search_facets(info.context.graph, text, where)


async def data_coverage(info: strawberry.Info[Context]) -> Row:
    """What the graph holds: its projects' country, if restricted, and its counts."""
    return await repo.coverage(info.context.graph)


async def connection_path(
    info: strawberry.Info[Context], ends: tuple[str, str], max_hops: int, as_of: date | None
) -> PathResult:
    """The shortest chain of shared projects between two organisations (one query)."""
    context = info.context
    return await repo.connection_path(
        context.graph, context.compiler(), ends, max_hops, as_of, selection(info)
    )


async def path_to_itself(info: strawberry.Info[Context], organization_id: str) -> Row | None:
    """The path from an organisation to itself: just the organisation (as the path's
    ``nodes`` are selected), or None if the id is unknown."""
    context = info.context
    nodes = merge(f for f in selection(info).sub("ConnectionPath") if f.name == "nodes")
    return await reads.one(
        context.graph,
        context.compiler(),
        "Organization",
        organization_id,
        _as(nodes or Selection("nodes", "nodes"), "Organization"),
    )


def _as(sel: Selection, type_name: str) -> Selection:
    """``sel`` (selected on an interface) with the fields of one of its types."""
    return Selection(sel.name, sel.key, sel.arguments, {type_name: sel.sub(type_name)})


async def neighborhood(
    info: strawberry.Info[Context],
    center_id: str,
    bounds: tuple[int, int],
    as_of: date | None,
    topics: bool,
) -> Row | None:
    """A bounded neighbourhood, or None for an unknown id (one query)."""
    context = info.context
    return await repo.neighborhood(
        context.graph, context.compiler(), center_id, bounds, as_of, topics, selection(info)
    )


async def cluster_exists(info: strawberry.Info[Context], cluster_id: str) -> bool:
    """Whether a cluster has this id."""
    return bool(await reads.existing(info.context.graph, "Cluster", [cluster_id]))


async def central(
    info: strawberry.Info[Context],
    measure: Measure,
    scope: tuple[str | None, date | None, str | None],
    first: int,
) -> list[Row]:
    """The most central organisations: ``{score, organization}``, most central first."""
    context = info.context
    return await repo.central(
        context.graph, context.compiler(), measure, scope, first, selection(info)
    )


async def betweenness(
    info: strawberry.Info[Context], cluster_id: str, first: int, as_of: date | None
) -> tuple[list[Row], bool]:
    """Members ranked by member-to-member betweenness, and whether the network was complete.

    Computed in the service from the ego network (one query), then the ranked organisations
    are read as selected (a second query)."""
    context = info.context
    ego = await repo.ego_network(context.graph, cluster_id, as_of, MAX_EGO_LINKS)
    # The thread stops at the request's deadline, or as soon as the request is cancelled
    # (another field failed, the client went away): no work outlives its request.
    over = threading.Event()
    deadline = request_deadline()

    def stopped() -> bool:
        return over.is_set() or time.monotonic() > deadline

    try:
        scores = await asyncio.to_thread(repo.member_betweenness, ego.members, ego.links, stopped)
    except asyncio.CancelledError:
        over.set()
        raise
    ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))[:first]
    sel = selection(info)
    organization = merge(
        f for f in sel.sub("CentralOrganization") if f.name == "organization"
    ) or Selection("organization", "organization")
    rows = await reads.by_ids(
        context.graph, context.compiler(), "Organization", [org for org, _ in ranked], organization
    )
    found = [{"score": score, "organization": rows[org]} for org, score in ranked if org in rows]
    return found, ego.complete
