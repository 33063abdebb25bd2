"""Partner suggestions end to end: candidate signals from the graph, scored and ranked.

The API (``resolvers/suggestions.py``) and the offline evaluation
(``recommender/evaluation.py``) both call :func:`suggest`, so what is measured is what is
served.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from graph.client import Graph
from graph.repositories import suggestions as repo
from recommender.scoring import (
    KINDS,
    Model,
    Suggestion,
    attach_projects,
    cited_ids,
    diversify,
    load_model,
    name_evidence,
    rank,
    score,
)

MAX_FIRST = 100


@dataclass(frozen=True)
class Criteria:
    """Conditions on candidates (None: no condition). Kinds are graph labels (``KINDS``)."""

    kinds: tuple[str, ...] | None = None
    countries: tuple[str, ...] | None = None
    cluster_ids: tuple[str, ...] | None = None
    topic_ids: tuple[str, ...] | None = None
    min_recent_projects: int | None = None
    # None: the query's default (suggestPartners: False; suggestClusterMembers: True).
    include_existing_partners: bool | None = None


def _list(values: Sequence[str] | None) -> list[str] | None:
    return list(values) if values is not None else None


def candidate_params(
    seeds: Sequence[str],
    first: int,
    criteria: Criteria,
    partners: Sequence[str],
    *,
    target_topics: Sequence[str] | None,
    match_countries: Sequence[str] | None,
    model: Model,
) -> dict[str, Any]:
    """The parameters of ``suggest_partners.cypher`` (``partners``: the seeds' partners)."""
    include_partners = bool(criteria.include_existing_partners)
    return {
        "seeds": list(seeds),
        "includePartners": include_partners,
        "excluded": [] if include_partners else list(partners),
        "kinds": [KINDS.index(k) for k in criteria.kinds] if criteria.kinds is not None else None,
        "countries": _list(criteria.countries),
        "clusterIds": _list(criteria.cluster_ids),
        "topicIds": _list(criteria.topic_ids),
        "minRecent": criteria.min_recent_projects,
        "targetTopics": _list(target_topics),
        "matchCountries": _list(match_countries),
        "maxPartners": model.max_partners,
        "maxSecond": model.max_second,
        "structuralPool": max(model.structural_pool, first + model.extra_pool),
        "popular": model.popular,
        "pool": first + model.extra_pool,
        "w": model.weight_map,
        "lift": [list(row) for row in model.kind_lift],
    }


async def suggest(
    graph: Graph,
    seeds: Sequence[str],
    first: int,
    criteria: Criteria = Criteria(),
    *,
    target_topics: Sequence[str] | None = None,
    match_countries: Sequence[str] | None = None,
    model: Model | None = None,
    diversity: bool = True,
) -> list[Suggestion]:
    """The ``first`` best candidates for the seed organisations, best first.

    ``seeds``: the organisation asking (or a project's participants, a cluster's members);
    they and, unless ``criteria.include_existing_partners`` (None counts as False), their
    partners are never suggested. ``target_topics`` replaces the seeds' topic profile;
    ``match_countries`` replaces the seeds' countries for the same-country feature. The
    seeds' partners are fetched first (excluded, or flagged when included); the projects
    behind common-partner evidence are fetched for the returned suggestions only.
    """
    model = model or load_model()
    partners = await repo.partner_ids(graph, seeds)
    params = candidate_params(
        seeds,
        first,
        criteria,
        partners,
        target_topics=target_topics,
        match_countries=match_countries,
        model=model,
    )
    rows = await repo.candidates(graph, params)
    known = set(partners)
    scored = [score({**row, "isPartner": row["id"] in known}, model) for row in rows]
    ranked = (diversify(scored, model) if diversity else rank(scored))[:first]
    # The projects behind the common partners, for the returned suggestions only.
    pairs = [
        {"candidate": s.id, "partner": partner} for s in ranked for partner in s.common_partners
    ]
    if pairs:
        found = await repo.evidence(graph, list(seeds), pairs)
        attach_projects(ranked, {(r["candidate"], r["partner"]): r["projects"] for r in found})
    cited = cited_ids(ranked)
    if cited:
        name_evidence(ranked, await repo.names(graph, cited))
    return ranked
