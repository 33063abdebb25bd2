"""Resolvers for exploration: search, paths, neighbourhoods and centrality."""

from __future__ import annotations

import asyncio
from datetime import date

from strawberry.dataloader import DataLoader

from graph.client import Row
from graph.repositories import explore as repo
from graph.repositories.explore import (
    Hit,
    Measure,
    NodeRef,
    PathResult,
    SubgraphResult,
)
from resolvers.context import Context

# Betweenness is computed in the service: its ego network is cut at this many links.
MAX_EGO_LINKS = 50_000


async def search(context: Context, text: str, first: int) -> list[Hit]:
    """Full-text hits, best first."""
    return await repo.search(context.graph, text, first)


async def connection_path(
    context: Context, from_id: str, to_id: str, max_hops: int, as_of: date | None
) -> PathResult:
    """The shortest chain of shared projects between two organisations."""
    return await repo.connection_path(context.graph, from_id, to_id, max_hops, as_of)


async def neighborhood(
    context: Context, center_id: str, depth: int, limit: int, as_of: date | None
) -> SubgraphResult | None:
    """A bounded neighbourhood, or None for an unknown id.

    The nodes' detail rows come with it and are primed into the request's DataLoaders, so
    building the nodes (:func:`rows_of`) costs no further round trip.
    """
    result = await repo.neighborhood(context.graph, center_id, depth, limit, as_of)
    if result is not None:
        prime(context, result.nodes, result.rows)
    return result


def prime(context: Context, refs: list[NodeRef], rows: list[Row]) -> None:
    """Put detail rows already read into the DataLoaders, keyed by id, per label."""
    loaders = _by_label(context)
    for ref, row in zip(refs, rows, strict=True):
        loader = loaders.get(ref.label)
        if loader is not None:
            loader.prime(ref.id, row)


def _by_label(context: Context) -> dict[str, DataLoader[str, Row | None]]:
    loaders = context.loaders
    return {
        "Organization": loaders.organization,
        "Project": loaders.project,
        "Cluster": loaders.cluster,
        "Topic": loaders.topic,
    }


async def rows_of(context: Context, refs: list[NodeRef]) -> list[tuple[NodeRef, Row]]:
    """The detail rows of ``refs`` through the loaders: one round trip per label.

    Keeps the order of ``refs``; nodes that vanished in between are dropped.
    """
    by_label = _by_label(context)
    known = [ref for ref in refs if ref.label in by_label]
    rows = await asyncio.gather(*(by_label[ref.label].load(ref.id) for ref in known))
    return [(ref, row) for ref, row in zip(known, rows, strict=True) if row is not None]


async def cluster_exists(context: Context, cluster_id: str) -> bool:
    """Whether a cluster has this id."""
    row = await context.loaders.cluster.load(cluster_id)
    return row is not None


async def central(
    context: Context, measure: Measure, cluster_id: str | None, first: int, as_of: date | None
) -> list[tuple[Row, float]]:
    """The most central organisations with their scores, most central first."""
    scored = await repo.central(context.graph, measure, cluster_id, first, as_of)
    rows = await context.loaders.organization.load_many([org for org, _ in scored])
    return [(row, score) for row, (_, score) in zip(rows, scored, strict=True) if row]


async def betweenness(
    context: Context, cluster_id: str, first: int, as_of: date | None
) -> tuple[list[tuple[Row, float]], bool]:
    """Members ranked by member-to-member betweenness; and whether the network was complete."""
    ego = await repo.ego_network(context.graph, cluster_id, as_of, MAX_EGO_LINKS)
    scores = await asyncio.to_thread(repo.member_betweenness, ego.members, ego.links)
    ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))[:first]
    rows = await context.loaders.organization.load_many([org for org, _ in ranked])
    found = [(row, score) for row, (_, score) in zip(rows, ranked, strict=True) if row]
    return found, ego.complete
