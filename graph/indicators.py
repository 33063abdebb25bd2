"""The indicators of the five-point plan computed from the graph: what each one means.

Each indicator is computed by one of the queries in ``graph/cypher/indicator_*.cypher`` (a
query may compute several indicators from the same projects); ``docs/indicators.md`` gives
the same definitions with their limits. Every figure is read for one population of a
cluster: its members (from an official list or added by a cluster manager) or the
organisations inferred active in its domain, never both added together.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import LiteralString

from graph.cypher import query

MEMBER = "MEMBER"
ACTIVE_IN_DOMAIN = "ACTIVE_IN_DOMAIN"
POPULATIONS = (MEMBER, ACTIVE_IN_DOMAIN)

CORDIS = "CORDIS (Horizon 2020 and Horizon Europe projects and participants)"
CLUSTERS = "The cluster's member lists and the memberships inferred from projects"
MANAGERS = "Projects marked as flagship by a cluster manager or a data owner"


@dataclass(frozen=True)
class Indicator:
    """One indicator: its id, a short name, what it counts, its unit, where the data comes
    from, the area of the five-point plan it serves and the query that computes it."""

    id: str
    name: str
    definition: str
    unit: str
    source: str
    plan_area: str
    query: LiteralString


STARTED = (
    "A project counts in the year it started (its start date, or 31 December of its call "
    "year when only that is known), and only if it started while the organisation belonged "
    "to the population."
)

CATALOGUE: tuple[Indicator, ...] = (
    Indicator(
        "ORGANIZATIONS",
        "Organisations",
        "Organisations of the population at some time in the year (or the period).",
        "organisations",
        CLUSTERS,
        "BUSINESS_DEVELOPMENT",
        "indicator_organizations",
    ),
    Indicator(
        "ACTIVE_ORGANIZATIONS",
        "Organisations with a new project",
        "Organisations of the population that started at least one project. " + STARTED,
        "organisations",
        CORDIS,
        "BUSINESS_DEVELOPMENT",
        "indicator_projects",
    ),
    Indicator(
        "SMES_ACTIVE",
        "SMEs with a new project",
        "Organisations of the population marked as SMEs (the SME flag of Horizon Europe) that "
        "started at least one project. " + STARTED,
        "organisations",
        CORDIS,
        "BUSINESS_DEVELOPMENT",
        "indicator_projects",
    ),
    Indicator(
        "PROJECTS_STARTED",
        "Projects started",
        "Projects with at least one organisation of the population among the participants. "
        + STARTED,
        "projects",
        CORDIS,
        "BUSINESS_DEVELOPMENT",
        "indicator_projects",
    ),
    Indicator(
        "EU_FUNDING",
        "EU funding won",
        "The EU contribution to the organisations of the population themselves (not to their "
        "partners) in the projects they started, all of it in the project's first year. " + STARTED,
        "EUR",
        CORDIS,
        "BUSINESS_DEVELOPMENT",
        "indicator_projects",
    ),
    Indicator(
        "MEMBER_COLLABORATIONS",
        "Projects together",
        "Projects started with at least two organisations of the population among the "
        "participants. " + STARTED,
        "projects",
        CORDIS,
        "BUSINESS_DEVELOPMENT",
        "indicator_collaborations",
    ),
    Indicator(
        "FOREIGN_PARTNERS",
        "Foreign partners",
        "Distinct organisations from another country than the organisation of the population "
        "they worked with, sharing a project with it. " + STARTED,
        "organisations",
        CORDIS,
        "INTERNATIONALISATION",
        "indicator_foreign_partners",
    ),
    Indicator(
        "FOREIGN_COUNTRIES",
        "Partner countries",
        "Distinct countries of the foreign partners.",
        "countries",
        CORDIS,
        "INTERNATIONALISATION",
        "indicator_foreign_partners",
    ),
    Indicator(
        "NEW_FOREIGN_PARTNERS",
        "New foreign partners",
        "Foreign partners whose first project with the population (ever) started in the year "
        "(or the period). " + STARTED,
        "organisations",
        CORDIS,
        "INTERNATIONALISATION",
        "indicator_foreign_partners",
    ),
    Indicator(
        "COORDINATIONS",
        "Projects led",
        "Projects coordinated by an organisation of the population. " + STARTED,
        "projects",
        CORDIS,
        "FLAGSHIP_PROJECTS",
        "indicator_projects",
    ),
    Indicator(
        "FLAGSHIP_PROJECTS",
        "Flagship projects",
        "Projects marked as flagship with at least one organisation of the population among "
        "the participants. " + STARTED,
        "projects",
        MANAGERS,
        "FLAGSHIP_PROJECTS",
        "indicator_projects",
    ),
    Indicator(
        "NEW_COLLABORATIONS",
        "New partnerships",
        "Pairs of organisations, at least one of them of the population, whose first shared "
        "project (ever) started in the year (or the period) while it belonged to the "
        "population. A pair counts once.",
        "partnerships",
        CORDIS,
        "PROSPECTION_AND_PROMOTION",
        "indicator_new_collaborations",
    ),
    Indicator(
        "CROSS_CLUSTER_PROJECTS",
        "Projects with other clusters",
        "Projects started with an organisation of the population and another organisation "
        "of the same kind of population (members, or active in the domain) of another "
        "cluster. " + STARTED,
        "projects",
        CORDIS,
        "PROSPECTION_AND_PROMOTION",
        "indicator_collaborations",
    ),
)

BY_ID = {indicator.id: indicator for indicator in CATALOGUE}
QUERIES: tuple[LiteralString, ...] = tuple(dict.fromkeys(i.query for i in CATALOGUE))


def queries_for(ids: list[str] | tuple[str, ...]) -> tuple[LiteralString, ...]:
    """The query files that compute the indicators ``ids``, in catalogue order."""
    wanted = {BY_ID[i].query for i in ids}
    return tuple(name for name in QUERIES if name in wanted)


def combined(names: tuple[LiteralString, ...]) -> LiteralString:
    """One query computing the indicators of the files ``names``: their texts joined by
    ``UNION ALL`` (each file is a whole query returning the same columns)."""
    text: LiteralString = ""
    for name in names:
        part: LiteralString = query(name)
        text = part if not text else text + "\nUNION ALL\n" + part
    return text
