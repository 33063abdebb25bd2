"""Organisations over GraphQL: lists, filters, ordering, cursors, partners, bad input."""

from __future__ import annotations

from typing import Any

import pytest
from neo4j import Driver

from graph.derived import refresh_organizations
from graph.settings import Settings
from tests.conftest import GraphQLClient, seed_network, seed_nodes


@pytest.fixture
def network(empty_graph: Driver, settings: Settings) -> Driver:
    return seed_network(empty_graph, settings, "seed.cypher")


LIST = """
query($first: Int, $after: String, $filter: OrganizationFilter, $order: OrganizationOrder) {
  organizations(first: $first, after: $after, filter: $filter, orderBy: $order) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id } }
  }
}"""


PROJECTS = """
query($filter: ProjectFilter) { projects(first: 5, filter: $filter) { edges { node { id } } } }"""


def _ids(body: dict[str, Any]) -> list[str]:
    return [edge["node"]["id"] for edge in body["data"]["organizations"]["edges"]]


async def test_pages_follow_each_other(network: Driver, gql: GraphQLClient) -> None:
    first = await gql(LIST, {"first": 2})
    assert first["data"]["organizations"]["totalCount"] == 5
    assert first["data"]["organizations"]["pageInfo"]["hasNextPage"] is True
    cursor = first["data"]["organizations"]["pageInfo"]["endCursor"]
    second = await gql(LIST, {"first": 2, "after": cursor})
    third = await gql(
        LIST, {"first": 2, "after": second["data"]["organizations"]["pageInfo"]["endCursor"]}
    )
    # Ordered by name: ACME, Fraunhofer, Luxembourg Institute, UNIVERSITE, Ville.
    assert _ids(first) == ["org-acme", "org-fh"]
    assert _ids(second) == ["org-list", "org-uni"]
    assert _ids(third) == ["org-muni"]
    assert third["data"]["organizations"]["pageInfo"]["hasNextPage"] is False


async def test_filters_combine(network: Driver, gql: GraphQLClient) -> None:
    body = await gql(
        LIST, {"filter": {"country": "lu", "kinds": ["RESEARCH_INSTITUTION", "COMPANY"]}}
    )
    assert sorted(_ids(body)) == ["org-acme", "org-list", "org-uni"]
    by_cluster = await gql(LIST, {"filter": {"clusterId": "cl-auto"}})
    assert _ids(by_cluster) == ["org-acme"]
    # Working on a topic: a project on it, or a competence a data owner set.
    by_topic = await gql(LIST, {"filter": {"topicId": "topic-sc4"}})
    assert sorted(_ids(by_topic)) == ["org-acme", "org-fh", "org-list", "org-uni"]
    by_both = await gql(LIST, {"filter": {"topicId": "topic-sc4", "clusterId": "cl-auto"}})
    assert _ids(by_both) == ["org-acme"]
    by_text = await gql(LIST, {"filter": {"text": "université"}})
    assert _ids(by_text) == ["org-uni"]
    active = await gql(LIST, {"filter": {"activeFrom": "2019-01-01"}})
    assert sorted(_ids(active)) == ["org-acme", "org-fh", "org-list", "org-uni"]


async def test_a_filter_on_an_unknown_cluster_or_topic_says_so(
    network: Driver, gql: GraphQLClient
) -> None:
    """A stale or mistyped link's cluster or topic is an error naming the field, not an
    empty list; a known one with nothing in it is an empty list (organisations and
    projects alike)."""
    for field, query in (("organizations", LIST), ("projects", PROJECTS)):
        for filter_, message in (
            ({"clusterId": "nope"}, "filter.clusterId: no cluster with id 'nope'"),
            ({"topicId": "nope"}, "filter.topicId: no topic with id 'nope'"),
        ):
            body = await gql(query, {"filter": filter_})
            [error] = body["errors"]
            assert (error["message"], error["extensions"]["code"]) == (message, "BAD_USER_INPUT")
            assert error["path"] == [field]
    empty = await gql(LIST, {"filter": {"clusterId": "cl-auto", "country": "BE"}})
    assert "errors" not in empty and _ids(empty) == []


async def test_order_by_project_count(network: Driver, gql: GraphQLClient) -> None:
    body = await gql(LIST, {"order": {"field": "PROJECT_COUNT", "direction": "DESC"}})
    assert _ids(body)[:3] == ["org-acme", "org-fh", "org-uni"]


async def test_partners_carry_shared_projects_and_last_year(
    network: Driver, gql: GraphQLClient
) -> None:
    body = await gql(
        """{ organization(id: "org-acme") { partners { totalCount
             edges { sharedProjects lastYear node { id } } } } }"""
    )
    partners = body["data"]["organization"]["partners"]
    assert partners["totalCount"] == 3
    edges = {e["node"]["id"]: (e["sharedProjects"], e["lastYear"]) for e in partners["edges"]}
    assert edges == {"org-uni": (1, 2015), "org-fh": (1, 2019), "org-list": (1, 2019)}


async def test_partners_as_of_a_date(network: Driver, gql: GraphQLClient) -> None:
    body = await gql(
        """{ organization(id: "org-acme") {
             partners(asOf: "2016-01-01") { totalCount edges { node { id } } } } }"""
    )
    partners = body["data"]["organization"]["partners"]
    assert partners["totalCount"] == 1
    assert partners["edges"][0]["node"]["id"] == "org-uni"


async def test_common_partners_and_shared_projects_of_two(
    network: Driver, gql: GraphQLClient
) -> None:
    """ACME and the university share one project (p1) and one partner (Fraunhofer: p3 with
    ACME, p2 with the university); neither is its own common partner."""
    body = await gql(
        """{ organization(id: "org-acme") {
             partners(commonWith: "org-uni") { totalCount edges { sharedProjects node { id } } }
             projects(sharedWith: "org-uni") { totalCount edges { node { id } } }
             alone: projects(sharedWith: "nope") { totalCount } } }"""
    )
    acme = body["data"]["organization"]
    assert acme["partners"] == {
        "totalCount": 1,
        "edges": [{"sharedProjects": 1, "node": {"id": "org-fh"}}],
    }
    assert acme["projects"] == {"totalCount": 1, "edges": [{"node": {"id": "prj-1"}}]}
    assert acme["alone"] == {"totalCount": 0}


async def test_a_bad_page_size_names_its_list(network: Driver, gql: GraphQLClient) -> None:
    """Of two lists asked with `first`, the error says which one is out of range (by its
    field's name, whatever the alias)."""
    body = await gql(
        """{ organization(id: "org-acme") { projects(first: 5) { totalCount }
             mine: partners(first: 101) { totalCount } } }"""
    )
    error = body["errors"][0]
    assert error["message"] == "partners.first: must be between 0 and 100, got 101"
    assert error["extensions"]["code"] == "BAD_USER_INPUT"


async def test_unknown_id_is_null(network: Driver, gql: GraphQLClient) -> None:
    body = await gql('{ organization(id: "nope") { id } node(id: "nope") { id } }')
    assert body == {"data": {"organization": None, "node": None}}


async def test_node_resolves_each_kind(network: Driver, gql: GraphQLClient) -> None:
    body = await gql(
        """{ a: node(id: "org-uni") { __typename id }
             b: node(id: "cl-auto") { __typename id }
             c: node(id: "prj-1") { __typename id } }"""
    )
    assert [body["data"][k]["__typename"] for k in "abc"] == ["Organization", "Cluster", "Project"]


async def test_every_node_has_a_name_to_show(
    network: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    """`Node.displayName` names any node without a fragment per type (a type-ahead list)."""
    seed_nodes(
        network,
        settings,
        "CREATE (:Topic {id: 'call-x', kind: 'callTopic', name: 'X-01', "
        "description: 'Cleaner engines'})",
    )
    ids = ["org-uni", "cl-auto", "prj-1", "topic-sc4", "call-x"]
    fields = " ".join(f'n{i}: node(id: "{node}") {{ displayName }}' for i, node in enumerate(ids))
    body = await gql("{ " + fields + " }")
    assert [body["data"][f"n{i}"]["displayName"] for i in range(len(ids))] == [
        "UNIVERSITE DU LUXEMBOURG",
        "AutoMobility",
        "CARS: Cleaner cars",
        "Smart, green and integrated transport",
        "Cleaner engines",
    ]


@pytest.mark.parametrize(
    ("variables", "needle"),
    [
        ({"first": 100000}, "first: must be between 0 and 100"),
        ({"first": -1}, "first: must be between 0 and 100"),
        ({"after": "not-a-cursor"}, "after: 'not-a-cursor' is not a cursor"),
        ({"filter": {"country": "Luxembourg"}}, "filter.country"),
        ({"filter": {"activeFrom": "2020-01-01", "activeUntil": "2019-01-01"}}, "activeFrom"),
    ],
)
async def test_bad_input_is_named(
    network: Driver, gql: GraphQLClient, variables: dict[str, Any], needle: str
) -> None:
    body = await gql(LIST, variables)
    assert body["data"] is None
    error = body["errors"][0]
    assert needle in error["message"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"


async def test_invalid_enum_value_is_refused(network: Driver, gql: GraphQLClient) -> None:
    body = await gql(LIST, {"filter": {"kinds": ["UNIVERSITY"]}})
    assert "UNIVERSITY" in body["errors"][0]["message"]


async def test_order_by_partner_count_after_refresh(
    network: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    refresh_organizations(network, settings.database)
    body = await gql(
        """{ organizations(orderBy: {field: PARTNER_COUNT, direction: DESC}) {
             edges { node { id partnerCount } } } }"""
    )
    nodes = [edge["node"] for edge in body["data"]["organizations"]["edges"]]
    assert [(n["id"], n["partnerCount"]) for n in nodes] == [
        ("org-acme", 3),
        ("org-fh", 3),
        ("org-list", 2),
        ("org-uni", 2),
        ("org-muni", 0),
    ]


async def _walk(
    gql: GraphQLClient, order: dict[str, str], first: int, where: dict[str, str] | None = None
) -> tuple[list[str], int]:
    """Every page of the list (``where``: its filter) in ``order``, ``first`` at a time: the
    ids in page order and the total count of the last page."""
    ids: list[str] = []
    after = None
    while True:
        variables = {"first": first, "after": after, "order": order, "filter": where}
        body = await gql(LIST, variables)
        ids += _ids(body)
        info = body["data"]["organizations"]["pageInfo"]
        if not info["hasNextPage"]:
            return ids, body["data"]["organizations"]["totalCount"]
        after = info["endCursor"]


@pytest.mark.parametrize("first", [1, 2, 3, 7])
async def test_name_orders_list_the_unnamed_last(
    empty_graph: Driver, settings: Settings, gql: GraphQLClient, first: int
) -> None:
    """Pages read in the order of the name index (or the country and name index), then
    those reaching the unnamed organisations (in neither), give the same list as one sort of
    every organisation (of the country)."""
    empty_graph.execute_query(
        "UNWIND $rows AS row CREATE (o:Organization {id: row.id}) "
        "SET o.name = row.name, o.country = row.country",
        rows=[
            {"id": "o1", "name": "Beta", "country": "LU"},
            {"id": "o2", "name": None, "country": "LU"},
            {"id": "o3", "name": "Alpha", "country": "LU"},
            {"id": "o4", "name": "Beta", "country": "DE"},
            {"id": "o5", "name": None, "country": "DE"},
            {"id": "o6", "name": "Gamma", "country": "LU"},
            {"id": "o7", "name": "Aleph", "country": "DE"},
        ],
        database_=settings.database,
    )
    ascending = {"field": "NAME", "direction": "ASC"}
    descending = {"field": "NAME", "direction": "DESC"}
    assert await _walk(gql, ascending, first) == (["o7", "o3", "o1", "o4", "o6", "o2", "o5"], 7)
    assert await _walk(gql, descending, first) == (["o6", "o1", "o4", "o3", "o7", "o2", "o5"], 7)
    luxembourg = {"country": "LU"}
    assert await _walk(gql, ascending, first, luxembourg) == (["o3", "o1", "o6", "o2"], 4)
    assert await _walk(gql, descending, first, luxembourg) == (["o6", "o1", "o3", "o2"], 4)


@pytest.mark.parametrize("first", [1, 2, 3, 7])
async def test_most_partners_first_lists_those_without_partners_last(
    empty_graph: Driver, settings: Settings, gql: GraphQLClient, first: int
) -> None:
    """Pages read in the order of the partner count index (the organisations with partners),
    then those reaching the others (a count of 0 or none, as 0), give the same list as one
    sort of every organisation: most partners first, ties by id."""
    empty_graph.execute_query(
        "UNWIND $rows AS row CREATE (o:Organization {id: row.id, name: row.id}) "
        "SET o.partnerCount = row.partners",
        rows=[
            {"id": "o1", "partners": 2},
            {"id": "o2", "partners": None},
            {"id": "o3", "partners": 5},
            {"id": "o4", "partners": 0},
            {"id": "o5", "partners": 2},
            {"id": "o6", "partners": None},
            {"id": "o0", "partners": 0},
        ],
        database_=settings.database,
    )
    most = {"field": "PARTNER_COUNT", "direction": "DESC"}
    expected = ["o3", "o1", "o5", "o0", "o2", "o4", "o6"]
    assert await _walk(gql, most, first) == (expected, 7)


# A broad topic with a narrower one. ONE has 3 projects, 2 on the topic (p1 addresses both
# topics and counts once); BIG has 6 projects, 1 on it; SKILLED has a competence a data
# owner set and no project.
ON_TOPIC = """
CREATE (broad:Topic {id: 't-broad', name: 'Energy'}),
       (narrow:Topic {id: 't-narrow', name: 'Hydrogen'})-[:BROADER]->(broad),
       (other:Topic {id: 't-other', name: 'Health'}),
       (cl:Cluster {id: 'cl-x', name: 'Cluster'}),
       (skilled:Organization {id: 'o-skilled', name: 'Skilled hydrogen lab'})
         -[:HAS_COMPETENCE {source: 'api', weight: 1.0}]->(broad)
WITH broad, narrow, other, cl
UNWIND [['p1', ['t-broad', 't-narrow']], ['p2', ['t-narrow']], ['p3', ['t-other']],
        ['p4', ['t-other']], ['p5', []], ['p6', []], ['p7', []]] AS spec
CREATE (p:Project {id: spec[0], title: 'Project ' + spec[0]})
WITH cl, p, spec
CALL (p, spec) {
  UNWIND spec[1] AS topic
  MATCH (t:Topic {id: topic})
  CREATE (p)-[:ADDRESSES]->(t)
}
WITH cl, collect(p) AS projects
CREATE (one:Organization {id: 'o-one', name: 'One hydrogen SME'})-[:MEMBER_OF]->(cl),
       (big:Organization {id: 'o-big', name: 'Big hydrogen university'})-[:MEMBER_OF]->(cl)
WITH one, big, projects
UNWIND projects AS p
FOREACH (_ IN CASE WHEN p.id IN ['p1', 'p2', 'p3'] THEN [1] ELSE [] END |
  CREATE (one)-[:PARTICIPATES_IN {role: 'PARTNER'}]->(p))
FOREACH (_ IN CASE WHEN p.id <> 'p1' THEN [1] ELSE [] END |
  CREATE (big)-[:PARTICIPATES_IN {role: 'PARTNER'}]->(p))
"""
ON_TOPIC_LIST = """
query($filter: OrganizationFilter, $direction: SortDirection!) {
  organizations(filter: $filter, orderBy: {field: TOPIC_PROJECT_COUNT, direction: $direction}) {
    totalCount
    edges { projectsOnTopic node { id projectCount projects(topicId: "t-broad", first: 5) {
      totalCount edges { node { id } } } } }
  }
}"""


@pytest.fixture
def topic_network(empty_graph: Driver, settings: Settings) -> Driver:
    seed_nodes(empty_graph, settings, ON_TOPIC)
    return empty_graph


def _on_topic(body: dict[str, Any]) -> list[tuple[str, int, int, list[str]]]:
    """(id, all projects, projects on the topic, their ids) per organisation, in order; the
    count the list is ordered by is the count of its projects on the topic."""
    edges = body["data"]["organizations"]["edges"]
    for edge in edges:
        assert edge["projectsOnTopic"] == edge["node"]["projects"]["totalCount"]
    return [
        (
            edge["node"]["id"],
            edge["node"]["projectCount"],
            edge["projectsOnTopic"],
            [e["node"]["id"] for e in edge["node"]["projects"]["edges"]],
        )
        for edge in edges
    ]


async def test_order_by_projects_on_a_topic(topic_network: Driver, gql: GraphQLClient) -> None:
    """Most projects on the topic first (narrower topics included, each project once), not
    the largest organisation; each with its projects on the topic."""
    on_broad = {"topicId": "t-broad"}
    body = await gql(ON_TOPIC_LIST, {"filter": on_broad, "direction": "DESC"})
    assert body["data"]["organizations"]["totalCount"] == 3
    assert _on_topic(body) == [
        ("o-one", 3, 2, ["p1", "p2"]),
        ("o-big", 6, 1, ["p2"]),
        ("o-skilled", 0, 0, []),
    ]
    up = await gql(ON_TOPIC_LIST, {"filter": on_broad, "direction": "ASC"})
    assert [row[0] for row in _on_topic(up)] == ["o-skilled", "o-big", "o-one"]
    # Reached another way (a cluster's members, a text match), the count is the same.
    members = await gql(
        ON_TOPIC_LIST, {"filter": {**on_broad, "clusterId": "cl-x"}, "direction": "DESC"}
    )
    assert [row[:3] for row in _on_topic(members)] == [("o-one", 3, 2), ("o-big", 6, 1)]
    assert members["data"]["organizations"]["totalCount"] == 2
    named = await gql(
        ON_TOPIC_LIST, {"filter": {**on_broad, "text": "hydrogen"}, "direction": "DESC"}
    )
    assert [row[0] for row in _on_topic(named)] == ["o-one", "o-big", "o-skilled"]
    assert named["data"]["organizations"]["totalCount"] == 3
    # Pages follow each other in that order.
    paged = """query($after: String) { organizations(first: 2, after: $after,
      filter: {topicId: "t-broad"}, orderBy: {field: TOPIC_PROJECT_COUNT, direction: DESC}) {
      pageInfo { hasNextPage endCursor } edges { projectsOnTopic node { id } } } }"""
    first = (await gql(paged))["data"]["organizations"]
    assert [e["node"]["id"] for e in first["edges"]] == ["o-one", "o-big"]
    assert first["pageInfo"]["hasNextPage"] is True
    rest = (await gql(paged, {"after": first["pageInfo"]["endCursor"]}))["data"]["organizations"]
    assert [(e["node"]["id"], e["projectsOnTopic"]) for e in rest["edges"]] == [("o-skilled", 0)]
    assert rest["pageInfo"]["hasNextPage"] is False


async def test_projects_on_a_topic_only_come_with_that_order(
    topic_network: Driver, gql: GraphQLClient
) -> None:
    body = await gql(
        """{ organizations(filter: {topicId: "t-broad"}, orderBy: {field: PROJECT_COUNT})
             { totalCount edges { projectsOnTopic node { id } } } }"""
    )
    assert body["data"]["organizations"]["totalCount"] == 3
    assert {edge["projectsOnTopic"] for edge in body["data"]["organizations"]["edges"]} == {None}


async def test_order_by_projects_on_a_topic_needs_the_topic(
    topic_network: Driver, gql: GraphQLClient
) -> None:
    body = await gql(ON_TOPIC_LIST, {"direction": "DESC"})
    assert body["data"] is None
    (error,) = body["errors"]
    assert "TOPIC_PROJECT_COUNT" in error["message"] and "filter.topicId" in error["message"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
