"""Clusters: the programme's groupings of organisations."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from graph.client import Graph, Row
from graph.cypher import query


async def list_clusters(graph: Graph) -> list[Row]:
    """Every cluster, ordered by name."""
    rows = await graph.read(query("cluster_list"))
    return [row["cluster"] for row in rows]


@dataclass(frozen=True)
class MemberPage:
    """One page of a cluster's members (a DataLoader key); ``kind`` is a graph label."""

    cluster_id: str
    kind: str | None
    offset: int
    limit: int


@dataclass(frozen=True)
class ProjectPage:
    """One page of a cluster's projects (a DataLoader key)."""

    cluster_id: str
    offset: int
    limit: int


@dataclass(frozen=True)
class BridgeList:
    """The top ``limit`` bridges of a cluster (a DataLoader key)."""

    cluster_id: str
    limit: int


async def member_pages(graph: Graph, pages: Sequence[MemberPage]) -> list[Row]:
    """For each request: ``{total, page: [{organizationId, since, until, role, source}]}``."""
    requests = [
        {"id": p.cluster_id, "kind": p.kind, "offset": p.offset, "limit": p.limit} for p in pages
    ]
    return await graph.read(query("cluster_members"), {"requests": requests})


async def project_pages(graph: Graph, pages: Sequence[ProjectPage]) -> list[Row]:
    """For each request: ``{total, page: [projectId]}``, newest first."""
    requests = [{"id": p.cluster_id, "offset": p.offset, "limit": p.limit} for p in pages]
    return await graph.read(query("cluster_projects"), {"requests": requests})


async def bridge_lists(graph: Graph, keys: Sequence[BridgeList]) -> list[list[Row]]:
    """For each request: ``[{organizationId, otherClusterIds, memberships, partners, score}]``."""
    requests = [{"id": k.cluster_id, "limit": k.limit} for k in keys]
    rows = await graph.read(query("cluster_bridges"), {"requests": requests})
    return [list(row["items"]) for row in rows]
