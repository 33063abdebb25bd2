"""Per-request DataLoaders: one Cypher round trip per kind of look-up per query level."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from strawberry.dataloader import DataLoader

from graph.client import Graph, Row
from graph.repositories import batch
from graph.repositories.clusters import (
    BridgeList,
    MemberPage,
    ProjectPage,
    bridge_lists,
    member_pages,
    project_pages,
)
from graph.repositories.organizations import (
    CompetenceList,
    PartnerPage,
    competence_lists,
    partner_pages,
)

V = TypeVar("V")


def _keyed(
    fetch: Callable[[Sequence[str]], Awaitable[dict[str, V]]], missing: V
) -> DataLoader[str, V]:
    async def load(keys: list[str]) -> list[V]:
        found = await fetch(keys)
        return [found.get(key, missing) for key in keys]

    return DataLoader(load_fn=load)


def _entities(graph: Graph, name: str, column: str) -> DataLoader[str, Row | None]:
    async def fetch(ids: Sequence[str]) -> dict[str, Row | None]:
        return dict(await batch.entities(graph, name, column, ids))

    return _keyed(fetch, None)


def _lists(graph: Graph, name: str) -> DataLoader[str, list[Any]]:
    async def fetch(ids: Sequence[str]) -> dict[str, list[Any]]:
        return await batch.lists(graph, name, ids)

    return _keyed(fetch, [])


@dataclass
class Loaders:
    """Every loader of one request; never shared between requests."""

    organization: DataLoader[str, Row | None]
    cluster: DataLoader[str, Row | None]
    project: DataLoader[str, Row | None]
    topic: DataLoader[str, Row | None]
    memberships: DataLoader[str, list[Any]]
    participations: DataLoader[str, list[Any]]
    competences: DataLoader[CompetenceList, list[Row]]
    participants: DataLoader[str, list[Any]]
    project_topics: DataLoader[str, list[Any]]
    topic_broader: DataLoader[str, list[Any]]
    topic_narrower: DataLoader[str, list[Any]]
    project_clusters: DataLoader[str, list[Any]]
    partners: DataLoader[PartnerPage, Row]
    person: DataLoader[str, Row | None]
    cluster_member_pages: DataLoader[MemberPage, Row]
    cluster_member_counts: DataLoader[str, list[Any]]
    cluster_governance: DataLoader[str, list[Any]]
    cluster_topics: DataLoader[str, list[Any]]
    cluster_objectives: DataLoader[str, list[Any]]
    cluster_stats: DataLoader[str, Row | None]
    cluster_project_pages: DataLoader[ProjectPage, Row]
    cluster_bridges: DataLoader[BridgeList, list[Row]]
    organization_roles: DataLoader[str, list[Any]]


def make_loaders(graph: Graph) -> Loaders:
    """Fresh loaders for one request."""

    async def load_partners(pages: list[PartnerPage]) -> list[Row]:
        return await partner_pages(graph, pages)

    async def load_member_pages(pages: list[MemberPage]) -> list[Row]:
        return await member_pages(graph, pages)

    async def load_project_pages(pages: list[ProjectPage]) -> list[Row]:
        return await project_pages(graph, pages)

    async def load_bridges(keys: list[BridgeList]) -> list[list[Row]]:
        return await bridge_lists(graph, keys)

    async def load_competences(keys: list[CompetenceList]) -> list[list[Row]]:
        return await competence_lists(graph, keys)

    return Loaders(
        organization=_entities(graph, "organization_get", "org"),
        cluster=_entities(graph, "cluster_get", "cluster"),
        project=_entities(graph, "project_get", "project"),
        topic=_entities(graph, "topic_get", "topic"),
        memberships=_lists(graph, "organization_memberships"),
        participations=_lists(graph, "organization_participations"),
        competences=DataLoader(load_fn=load_competences),
        participants=_lists(graph, "project_participants"),
        project_topics=_lists(graph, "project_topics"),
        topic_broader=_lists(graph, "topic_broader"),
        topic_narrower=_lists(graph, "topic_narrower"),
        project_clusters=_lists(graph, "project_clusters"),
        partners=DataLoader(load_fn=load_partners),
        person=_entities(graph, "person_get", "person"),
        cluster_member_pages=DataLoader(load_fn=load_member_pages),
        cluster_member_counts=_lists(graph, "cluster_member_counts"),
        cluster_governance=_lists(graph, "cluster_governance"),
        cluster_topics=_lists(graph, "cluster_topics"),
        cluster_objectives=_lists(graph, "cluster_objectives"),
        cluster_stats=_entities(graph, "cluster_stats", "stats"),
        cluster_project_pages=DataLoader(load_fn=load_project_pages),
        cluster_bridges=DataLoader(load_fn=load_bridges),
        organization_roles=_lists(graph, "cluster_roles_of_organizations"),
    )
