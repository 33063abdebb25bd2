"""The query set of the comparison, the ids it runs on, and the common shape of the answers.

Every side (clustergraph, the peer, the raw driver) has one document or Cypher query per
*shape* and a normaliser that maps its answer to the shape's common plain form below; the
check compares those forms. Orders are the same on every side:

- ``org_projects``: ``{id, name, country, kind, projects: [{role, contribution,
  project: {id, acronym, startDate, participantCount}}]}``, the first 100 projects newest
  first (``newestKey DESC``: a start date before a call year only; then ``id``)
- ``cluster_members``: ``{id, name, totalCount, members: [{id, name, country, kind}]}``,
  the first 50 members as clustergraph orders them: the organisations active in the domain
  after the members, most projects first (``evidenceProjects`` descending, which puts the
  members, who have none, first), then by ``name`` then ``id`` (no name last)
- ``project_participants``: ``{id, acronym, title, startDate, participants: [{role,
  contribution, organization: {id, name, country}}]}``, the first 100 by ``role``
  (COORDINATOR first, no role last) then organisation ``id``
- ``country_organizations``: ``{totalCount, organizations: [{id, name, country, kind}]}``,
  the first 50 by ``name`` then ``id``
- ``org_projects_participants``: ``{id, name, projects: [{role, project: {id, acronym,
  participants: [{role, organization: {id, name, country}}]}}]}``, orders as above
- ``search``: ``{hits: [{score, type, id, name, country}]}``, clustergraph's ranking
  (``graph/cypher/search_hits.cypher``); ``name`` is a project's acronym
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from neo4j import AsyncDriver
from neo4j.time import Date, DateTime

CAMBRIDGE_PIC = "999977172"  # THE CHANCELLOR, MASTERS AND SCHOLARS OF THE UNIVERSITY OF CAMBRIDGE
COUNTRY = "LU"
SEARCH_TEXT = "universite"
PAGE = 50  # first N cluster members, first N organisations of the country
# First N projects of an organisation, participants of a project: a page at the API's cap.
LIST_PAGE = 100
# Projects whose participants are listed too: 20 x 100 keeps the request within the API's
# cost limit (the organisation of that case has 14).
NESTED_PAGE = 20
HITS = 10


@dataclass(frozen=True)
class Case:
    """One query of the set: a label for people, the shape it has, and its variables."""

    key: str
    title: str
    shape: str
    variables: dict[str, Any]


# Each pick is deterministic: organisations with a name, Luxembourg first, then by id.
_ORG_BY_PIC = "MATCH (o:Organization {pic: $pic}) RETURN o.id AS id"
_ORG_WITH_PROJECTS = """
MATCH (o:Organization)
WHERE o.name IS NOT NULL AND ($label IS NULL OR $label IN labels(o))
WITH o, COUNT { (o)-[:PARTICIPATES_IN]->(:Project) } AS projects
WHERE projects = $projects
RETURN o.id AS id
ORDER BY coalesce(o.country = $country, false) DESC, o.id
LIMIT 1
"""
_PROJECT_WITH_PARTICIPANTS = """
MATCH (p:Project)
WHERE COUNT { (p)<-[:PARTICIPATES_IN]-(:Organization) } = $participants
RETURN p.id AS id
ORDER BY p.id
LIMIT 1
"""
_LARGEST_CLUSTER = """
MATCH (c:Cluster)
RETURN c.id AS id, COUNT { (c)<-[:MEMBER_OF]-(:Organization) } AS members
ORDER BY members DESC, c.id
LIMIT 1
"""


async def _one(driver: AsyncDriver, cypher: str, what: str, **params: Any) -> str:
    records, _, _ = await driver.execute_query(cypher, params, database_="neo4j")
    if not records:
        raise RuntimeError(f"the graph holds no {what}: is the whole H2020 network imported?")
    return str(records[0]["id"])


async def pick_cases(driver: AsyncDriver) -> list[Case]:
    """The seven queries of issue 10, on ids picked from the graph by fixed rules."""
    cambridge = await _one(
        driver, _ORG_BY_PIC, f"organisation with PIC {CAMBRIDGE_PIC}", pic=CAMBRIDGE_PIC
    )
    company = await _one(
        driver,
        _ORG_WITH_PROJECTS,
        "company with 4 projects",
        label="Company",
        projects=4,
        country=COUNTRY,
    )
    hub = await _one(
        driver,
        _ORG_WITH_PROJECTS,
        "organisation with 14 projects",
        label=None,
        projects=14,
        country=COUNTRY,
    )
    project = await _one(
        driver, _PROJECT_WITH_PARTICIPANTS, "project with 40 participants", participants=40
    )
    cluster = await _one(driver, _LARGEST_CLUSTER, "cluster")
    return [
        Case(
            "cambridge",
            "University of Cambridge, its first 100 projects, participant counts",
            "org_projects",
            {"id": cambridge},
        ),
        Case("company", "a company with 4 projects", "org_projects", {"id": company}),
        Case("cluster", f"a cluster's first {PAGE} members", "cluster_members", {"id": cluster}),
        Case("project", "a project's 40 participants", "project_participants", {"id": project}),
        Case(
            "country",
            f"{COUNTRY} organisations, first {PAGE} by name, totalCount",
            "country_organizations",
            {"country": COUNTRY},
        ),
        Case(
            "org14",
            "an organisation's 14 projects with all participants",
            "org_projects_participants",
            {"id": hub},
        ),
        Case("search", f'search "{SEARCH_TEXT}", first {HITS}', "search", {"text": SEARCH_TEXT}),
    ]


def canonical(value: Any) -> Any:
    """``value`` with dates as ISO text and numbers as floats of 12 significant digits.

    The sides agree on the data but not on number types (a stored integer contribution is
    an int from one side and a float from another) or on date types (driver objects).
    """
    if isinstance(value, dict):
        return {key: canonical(item) for key, item in value.items()}
    if isinstance(value, list):
        return [canonical(item) for item in value]
    if isinstance(value, Date | DateTime):
        return value.iso_format()
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, int | float):
        number = float(value)
        return number if not math.isfinite(number) else float(f"{number:.12g}")
    raise TypeError(f"unexpected value in an answer: {value!r}")
