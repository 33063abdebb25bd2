"""Resolvers for partner suggestions: resolve ids, check they exist, call the engine."""

from __future__ import annotations

from dataclasses import replace

from graph.repositories import suggestions as repo
from recommender.engine import Criteria, suggest
from recommender.scoring import KINDS, Suggestion
from resolvers.context import Context
from schema.errors import InvalidInput

CONSORTIUM_KINDS = ("Company", "ResearchInstitution", "PublicActor")


async def _check_ids(context: Context, criteria: Criteria, field: str) -> None:
    for cluster_id in criteria.cluster_ids or ():
        if await context.loaders.cluster.load(cluster_id) is None:
            raise InvalidInput(f"{field}.clusterIds: no cluster with id {cluster_id!r}")
    for topic_id in criteria.topic_ids or ():
        if await context.loaders.topic.load(topic_id) is None:
            raise InvalidInput(f"{field}.topicIds: no topic with id {topic_id!r}")


async def for_organization(
    context: Context, organization_id: str, first: int, criteria: Criteria
) -> list[Suggestion]:
    """Partners for one organisation."""
    if await context.loaders.organization.load(organization_id) is None:
        raise InvalidInput(f"organizationId: no organisation with id {organization_id!r}")
    await _check_ids(context, criteria, "filter")
    return await suggest(context.graph, [organization_id], first, criteria)


async def for_consortium(
    context: Context,
    project_id: str | None,
    topic_ids: tuple[str, ...] | None,
    kinds: tuple[str, ...] | None,
    countries: tuple[str, ...] | None,
    first: int,
) -> list[Suggestion]:
    """Organisations that complete a project's consortium, or fit a brief.

    From a project: its participants are the seeds (and are excluded); the target topics
    are the project's topics plus any wanted ones; without wanted kinds, candidates are
    restricted to the kinds the consortium lacks among company, research institution and
    public actor (none lacking: no restriction). Earlier partners of participants are
    suggested too, flagged ``existing_partner``.
    """
    for topic_id in topic_ids or ():
        if await context.loaders.topic.load(topic_id) is None:
            raise InvalidInput(f"input.topicIds: no topic with id {topic_id!r}")
    seeds: list[str] = []
    topics = list(topic_ids or ())
    if project_id is not None:
        project = await repo.project_context(context.graph, project_id)
        if project is None:
            raise InvalidInput(f"input.projectId: no project with id {project_id!r}")
        seeds = [p["id"] for p in project["participants"]]
        topics = list(dict.fromkeys([*project["topics"], *topics]))
        if kinds is None:
            present = {p["kind"] for p in project["participants"]}
            missing = tuple(k for k in CONSORTIUM_KINDS if k not in present)
            kinds = missing or None
    # Partners of participants are welcome (flagged), only the participants are excluded.
    criteria = Criteria(kinds=kinds, countries=countries, include_existing_partners=True)
    return await suggest(
        context.graph,
        seeds,
        first,
        criteria,
        target_topics=topics or None,
        match_countries=countries,
    )


async def for_cluster(
    context: Context, cluster_id: str, first: int, criteria: Criteria
) -> list[Suggestion]:
    """Organisations outside a cluster that fit it: its topics and its members' network.

    Members are excluded; partners of members are the natural candidates, so they are
    suggested (flagged ``existing_partner``) unless ``filter.includeExistingPartners`` is
    explicitly false.
    """
    cluster = await repo.cluster_context(context.graph, cluster_id)
    if cluster is None:
        raise InvalidInput(f"clusterId: no cluster with id {cluster_id!r}")
    await _check_ids(context, criteria, "filter")
    if criteria.include_existing_partners is None:
        criteria = replace(criteria, include_existing_partners=True)
    return await suggest(
        context.graph,
        cluster["members"],
        first,
        criteria,
        target_topics=cluster["topics"] or None,
    )


__all__ = ["KINDS", "for_cluster", "for_consortium", "for_organization"]
