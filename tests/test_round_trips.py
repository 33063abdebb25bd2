"""One Neo4j round trip per root field, whatever the depth and the number of items."""

from __future__ import annotations

import pytest
from neo4j import Driver

from graph.settings import Settings
from tests.conftest import GraphQLClient

SEED = """
UNWIND range(1, 60) AS i
CREATE (o:Organization:Company {id: 'org-' + toString(i), name: 'Org ' + toString(1000 + i),
        country: 'LU'})
WITH collect(o) AS orgs
CREATE (c1:Cluster {id: 'cl-1', name: 'One'}), (c2:Cluster {id: 'cl-2', name: 'Two'})
WITH orgs, c1, c2
UNWIND range(0, size(orgs) - 1) AS i
WITH orgs, i, orgs[i] AS o, CASE WHEN i % 2 = 0 THEN c1 ELSE c2 END AS cluster
CREATE (o)-[:MEMBER_OF {since: date('2015-01-01'), source: 'official'}]->(cluster)
CREATE (p:Project {id: 'prj-' + toString(i), acronym: 'P' + toString(i), title: 'Project',
        startDate: date('2016-01-01'), endDate: date('2019-12-31')})
CREATE (o)-[:PARTICIPATES_IN {role: 'COORDINATOR'}]->(p)
WITH orgs, i, p, orgs[(i + 1) % size(orgs)] AS a, orgs[(i + 7) % size(orgs)] AS b
CREATE (a)-[:PARTICIPATES_IN {role: 'PARTNER'}]->(p), (b)-[:PARTICIPATES_IN {role: 'PARTNER'}]->(p)
"""

NESTED = """query($first: Int) { organizations(first: $first) { totalCount edges { node {
  clusters { cluster { name members(first: 2) { edges { node { name } } } } }
  projects(first: 5) { edges { node { acronym
    participants(first: 5) { edges { node { name } } } } } }
  partners(first: 3) { edges { node { name } } }
} } } }"""


@pytest.fixture
def many(empty_graph: Driver, settings: Settings) -> Driver:
    empty_graph.execute_query(SEED, database_=settings.database)
    return empty_graph


async def _round_trips(gql: GraphQLClient, first: int) -> tuple[int, dict[str, object]]:
    response = await gql.http.post(
        "/graphql", json={"query": NESTED, "variables": {"first": first}}
    )
    body = response.json()
    assert "errors" not in body, body.get("errors")
    return int(response.headers["x-neo4j-round-trips"]), body


async def test_nested_list_is_bounded_by_depth(many: Driver, gql: GraphQLClient) -> None:
    trips, body = await _round_trips(gql, 30)  # 30 x 3 levels: within the cost limit
    edges = body["data"]["organizations"]["edges"]  # type: ignore[index]
    assert len(edges) == 30
    node = edges[0]["node"]
    assert node["clusters"] and node["projects"]["edges"]
    assert len(node["partners"]["edges"]) == 3
    assert trips == 1, f"{trips} round trips for one root field"

    few, _ = await _round_trips(gql, 5)
    assert trips == few, "round trips must not grow with the number of items"


async def test_each_root_field_is_one_round_trip(many: Driver, gql: GraphQLClient) -> None:
    document = """{ a: organization(id: "org-1") { name projects { totalCount } }
                    b: organization(id: "org-2") { name } clusters { name } }"""
    response = await gql.http.post("/graphql", json={"query": document})
    assert "errors" not in response.json()
    assert response.headers["x-neo4j-round-trips"] == "3"


async def test_aliases_with_other_arguments_get_their_own_values(
    many: Driver, gql: GraphQLClient
) -> None:
    document = """{ organization(id: "org-1") {
      two: partners(first: 2) { edges { node { id } } }
      one: partners(first: 1) { edges { node { id } } }
      all: partners { totalCount } } }"""
    body = (await gql.http.post("/graphql", json={"query": document})).json()
    organization = body["data"]["organization"]
    assert len(organization["two"]["edges"]) == 2
    assert len(organization["one"]["edges"]) == 1
    assert organization["one"]["edges"][0] == organization["two"]["edges"][0]
    assert organization["all"]["totalCount"] == 6


async def test_counter_is_per_request(many: Driver, gql: GraphQLClient) -> None:
    first, _ = await _round_trips(gql, 10)
    second, _ = await _round_trips(gql, 10)
    assert first == second > 0
