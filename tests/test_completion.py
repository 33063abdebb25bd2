"""Answers completed in one pass from the compiled maps (``schema.completion``) are the same,
byte for byte, as graphql-core's field-by-field completion: a broad set of documents runs
through the service's schema and through one built with ``fast=False``, on the same data, for
an anonymous viewer, a cluster manager and an admin."""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator
from typing import Any

import pytest
from neo4j import Driver

from bench.peer.ours import DOCUMENTS
from graph.client import Graph, open_driver
from graph.settings import Settings
from resolvers.auth import ANONYMOUS, Role, Viewer
from resolvers.context import Context
from schema.root import build, schema
from tests.conftest import seed_network

VIEWERS = {
    "anonymous": ANONYMOUS,
    "manager": Viewer(role=Role.CLUSTER_MANAGER, cluster_ids=frozenset({"cl-auto"})),
    "admin": Viewer(role=Role.ADMIN),
}

NODES = """
query($id: ID!, $other: ID!) {
  a: node(id: $id) {
    __typename id
    ... on Organization { n: name kind sme names sources projectCount ...OrgProjects }
    ... on Cluster { name launchDate }
  }
  b: node(id: $other) { __typename ... on Project { ...P } ... on Node { id } }
  missing: node(id: "nope") { id }
}
fragment OrgProjects on Organization {
  projects(first: 1) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor role contribution node { ...P } }
  }
}
fragment P on Project {
  id acronym title displayName programme startDate endDate startYear datePrecision
  flagship participantCount totalCost euContribution callTopic { id name }
  topics { id name code kind broader { id } } clusters { id name }
}"""

CLUSTER = """
query($id: ID!, $withStats: Boolean!) {
  cluster(id: $id) {
    __typename id name sector description launchDate
    aliases { name since until }
    memberCounts { kind count }
    stats @include(if: $withStats) { members projects partnersOutside countries }
    governance { role since until person { id name placeholder contact { email phone }
      affiliations { id name } } cluster { id } }
    topics { id name kind clusters { id name } }
    objectives { id metric target unit deadline planArea description progress
      measurements { date value illustrative note } }
    firstTwo: members(first: 2) { totalCount pageInfo { hasNextPage endCursor }
      edges { cursor since until role source node { id name kind } } }
    companies: members(kind: COMPANY) { totalCount edges { node { id kind } } }
    projects(first: 2) { totalCount edges { cursor node { id acronym } } }
    bridges(first: 3) { organization { id } otherMemberships partnersInOtherClusters score
      otherClusters { id name } }
  }
}"""

ORGANIZATION = """
query($id: ID!, $skipPeople: Boolean!) {
  organization(id: $id) {
    id name displayName shortName kind country city region website description cordisPic
    partnerCount
    clusters { since until role source cluster { id name } }
    people @skip(if: $skipPeople) { role since person { name contact { email phone } }
      cluster { name } }
    competences(first: 5) { weight source topic { id name kind } }
    curated: competences(kinds: [CURATED]) { topic { id } }
    one: partners(first: 1) { totalCount edges { cursor sharedProjects lastYear node { id } } }
    two: partners(first: 2) { pageInfo { endCursor } edges { node { id name } } }
    asOf: partners(asOf: "2016-01-01") { totalCount }
    projects(programme: "H2020") { totalCount edges { role node { acronym
      participants(first: 1) { totalCount edges { role node { id } } } } } }
  }
}"""

PAGES = """
query($after: String) {
  organizations(first: 2, after: $after, orderBy: {field: NAME, direction: DESC}) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id name kind } }
  }
  projects(first: 3, filter: {programme: "H2020"}) {
    totalCount pageInfo { endCursor } edges { cursor node { id acronym startDate } }
  }
  clusters { id name aliases { name } }
  hits: search(query: "lux", first: 5) { score node { __typename id
    ... on Organization { name } ... on Project { acronym } ... on Topic { name } } }
}"""

EXPLORE = """
query($id: ID!) {
  neighborhood(centerId: $id, depth: 2, limit: 8) {
    truncated edges { source target type }
    nodes { __typename id ... on Organization { name kind } ... on Project { acronym }
      ... on Cluster { clusterName: name } ... on Topic { name } }
  }
  centralOrganizations(first: 3) { rank score organization { id name country } }
  inCluster: centralOrganizations(clusterId: "cl-auto", measure: WEIGHTED_DEGREE) {
    rank organization { id } }
}"""

CASES: list[tuple[str, str, dict[str, Any]]] = [
    ("bench org_projects", DOCUMENTS["org_projects"], {"id": "org-uni"}),
    ("bench org_projects, company", DOCUMENTS["org_projects"], {"id": "org-acme"}),
    ("bench cluster_members", DOCUMENTS["cluster_members"], {"id": "cl-auto"}),
    ("bench project_participants", DOCUMENTS["project_participants"], {"id": "prj-3"}),
    ("bench country_organizations", DOCUMENTS["country_organizations"], {"country": "LU"}),
    ("bench org_projects_participants", DOCUMENTS["org_projects_participants"], {"id": "org-fh"}),
    ("bench search", DOCUMENTS["search"], {"text": "luxembourg"}),
    ("nodes, fragments, __typename", NODES, {"id": "org-uni", "other": "prj-1"}),
    ("nodes, a cluster", NODES, {"id": "cl-auto", "other": "topic-sc4"}),
    ("cluster detail", CLUSTER, {"id": "cl-auto", "withStats": True}),
    ("cluster detail without stats", CLUSTER, {"id": "cl-ict", "withStats": False}),
    ("organization detail", ORGANIZATION, {"id": "org-acme", "skipPeople": False}),
    ("organization, @skip", ORGANIZATION, {"id": "org-list", "skipPeople": True}),
    ("pages", PAGES, {"after": None}),
    ("neighbourhood and centrality", EXPLORE, {"id": "org-uni"}),
]


@pytest.fixture
async def graph(empty_graph: Driver, settings: Settings) -> AsyncIterator[Graph]:
    seed_network(empty_graph, settings, "seed.cypher", "seed_clusters.cypher")
    driver = open_driver(settings)
    try:
        yield Graph(driver, settings.database)
    finally:
        await driver.close()


async def _answer(
    fast: bool, graph: Graph, document: str, variables: dict[str, Any], viewer: Viewer
) -> str:
    """The answer's data and errors, as the service's JSON would write them."""
    chosen = schema if fast else SLOW
    context = Context(graph=graph, request_id="test", viewer=viewer)
    result = await chosen.execute(document, variable_values=variables, context_value=context)
    errors = [error.formatted for error in result.errors or ()]
    return json.dumps({"data": result.data, "errors": errors})


SLOW = build(fast=False)


@pytest.mark.parametrize("viewer", list(VIEWERS))
async def test_one_pass_answers_equal_field_by_field_answers(
    graph: Graph, viewer: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="clustergraph.completion")
    for name, document, variables in CASES:
        fast = await _answer(True, graph, document, variables, VIEWERS[viewer])
        slow = await _answer(False, graph, document, variables, VIEWERS[viewer])
        assert fast == slow, name
        assert '"errors": []' in fast, f"{name}: {fast[-600:]}"
    # Every root field above reads only its maps: none went field by field.
    assert not [r.message for r in caplog.records if r.name == "clustergraph.completion"]


async def test_page_cursors_lead_to_the_same_next_page(graph: Graph) -> None:
    first = json.loads(await _answer(True, graph, PAGES, {"after": None}, ANONYMOUS))
    cursor = first["data"]["organizations"]["pageInfo"]["endCursor"]
    fast = await _answer(True, graph, PAGES, {"after": cursor}, ANONYMOUS)
    assert fast == await _answer(False, graph, PAGES, {"after": cursor}, ANONYMOUS)
    page = json.loads(fast)["data"]["organizations"]
    assert page["pageInfo"]["hasPreviousPage"] is True
    assert page["edges"][0]["node"]["id"] not in {
        edge["node"]["id"] for edge in first["data"]["organizations"]["edges"]
    }


async def test_personal_data_stays_masked_in_one_pass(graph: Graph) -> None:
    variables = {"id": "cl-auto", "withStats": False}
    seen = {
        name: json.loads(await _answer(True, graph, CLUSTER, variables, viewer))
        for name, viewer in VIEWERS.items()
    }
    contacts = {
        name: [g["person"]["contact"] for g in body["data"]["cluster"]["governance"]]
        for name, body in seen.items()
    }
    assert contacts["anonymous"] == [None, None, None]
    assert {"email": "anna.secret@example.org", "phone": "+352 111 111"} in contacts["admin"]
    assert contacts["manager"] == contacts["admin"]  # the manager of cl-auto


async def test_errors_are_left_to_graphql_core(
    graph: Graph, empty_graph: Driver, settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    # A cluster without a name: Cluster.name is non-null, so the answer is an error.
    empty_graph.execute_query("CREATE (:Cluster {id: 'cl-unnamed'})", database_=settings.database)
    caplog.set_level(logging.DEBUG, logger="clustergraph.completion")
    document = '{ bad: cluster(id: "cl-unnamed") { id name } ok: cluster(id: "cl-auto") { name } }'
    fast = await _answer(True, graph, document, {}, ANONYMOUS)
    assert fast == await _answer(False, graph, document, {}, ANONYMOUS)
    body = json.loads(fast)
    assert body["data"] == {"bad": None, "ok": {"name": "AutoMobility"}}
    (error,) = body["errors"]  # masked: a broken graph is the service's fault, not the client's
    assert error["extensions"] == {"code": "INTERNAL"}
    assert error["path"] == ["bad", "name"]
    fallbacks = [r.getMessage() for r in caplog.records if r.name == "clustergraph.completion"]
    assert fallbacks == ["cluster completed field by field: a null in a non-null field"]


async def test_bad_arguments_fail_the_same_way(graph: Graph) -> None:
    document = '{ organization(id: "org-uni") { projects(first: 500) { totalCount } } }'
    fast = await _answer(True, graph, document, {}, ANONYMOUS)
    assert fast == await _answer(False, graph, document, {}, ANONYMOUS)
    assert "first" in json.loads(fast)["errors"][0]["message"]
