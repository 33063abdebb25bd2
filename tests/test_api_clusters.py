"""Cluster detail over GraphQL: members, counts, governance, projects, topics, objectives,
stats, bridges, and the people of an organisation; bad input; batched round trips."""

from __future__ import annotations

from typing import Any

import pytest
from neo4j import Driver

from graph.settings import Settings
from tests.conftest import GraphQLClient, seed_network


@pytest.fixture
def network(empty_graph: Driver, settings: Settings) -> Driver:
    return seed_network(empty_graph, settings, "seed.cypher", "seed_clusters.cypher")


MEMBERS = """
query($id: ID!, $kind: OrganizationKind, $first: Int, $after: String,
      $standings: [MembershipStanding!]! = [MEMBER, ACTIVE_IN_DOMAIN, FORMER]) {
  cluster(id: $id) {
    members(kind: $kind, first: $first, after: $after, standings: $standings) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage endCursor }
      edges { since until role source standing node { id kind } }
    }
  }
}"""


def _members(body: dict[str, Any]) -> dict[str, Any]:
    members: dict[str, Any] = body["data"]["cluster"]["members"]
    return members


async def test_members_page_by_name_with_membership_edges(
    network: Driver, gql: GraphQLClient
) -> None:
    first = _members(await gql(MEMBERS, {"id": "cl-auto", "first": 2}))
    assert first["totalCount"] == 4
    assert [e["node"]["id"] for e in first["edges"]] == ["org-acme", "org-list"]
    assert first["pageInfo"]["hasNextPage"] is True
    assert first["edges"][1] == {
        "since": "2016-01-01",
        "until": None,
        "role": "founding member",
        "source": "official",
        "standing": "MEMBER",
        "node": {"id": "org-list", "kind": "RESEARCH_INSTITUTION"},
    }
    cursor = first["pageInfo"]["endCursor"]
    second = _members(await gql(MEMBERS, {"id": "cl-auto", "first": 2, "after": cursor}))
    assert [e["node"]["id"] for e in second["edges"]] == ["org-bosch", "org-muni"]
    assert second["pageInfo"] == {
        "hasNextPage": False,
        "hasPreviousPage": True,
        "endCursor": second["pageInfo"]["endCursor"],
    }
    assert second["edges"][0]["until"] == "2020-12-31"
    assert [e["standing"] for e in first["edges"] + second["edges"]] == [
        "ACTIVE_IN_DOMAIN",
        "MEMBER",
        "FORMER",
        "MEMBER",
    ]


async def test_the_organisations_active_in_the_domain_most_projects_first(
    network: Driver, gql: GraphQLClient, settings: Settings
) -> None:
    """The first to ask come first: of the organisations inferred active in the domain, the
    one with most projects on the cluster's topics, whatever its name; asked with the
    members, after them."""
    network.execute_query(
        "MATCH (k:Cluster {id: 'cl-auto'}), (:Organization {id: 'org-acme'})-[a:MEMBER_OF]->(k) "
        "SET a.evidenceProjects = 2 "
        "CREATE (z:Organization:Company {id: 'org-zeta', name: 'Zeta Mobility', country: 'LU'}) "
        "CREATE (z)-[:MEMBER_OF {source: 'derived', evidenceProjects: 9}]->(k)",
        database_=settings.database,
    )
    page = _members(await gql(MEMBERS, {"id": "cl-auto", "standings": ["ACTIVE_IN_DOMAIN"]}))
    assert [e["node"]["id"] for e in page["edges"]] == ["org-zeta", "org-acme"]
    both = _members(
        await gql(MEMBERS, {"id": "cl-auto", "standings": ["MEMBER", "ACTIVE_IN_DOMAIN"]})
    )
    assert [e["node"]["id"] for e in both["edges"]] == [
        "org-list",
        "org-muni",
        "org-zeta",
        "org-acme",
    ]


async def test_members_are_current_members_unless_asked(
    network: Driver, gql: GraphQLClient
) -> None:
    """ACME is only inferred (derived) and Bosch's membership ended in 2020: by default the
    list and its count hold the two current members; each standing can be asked for."""
    by_default = await gql(
        '{ cluster(id: "cl-auto") { members { totalCount edges { node { id } } } } }'
    )
    members = by_default["data"]["cluster"]["members"]
    assert members["totalCount"] == 2
    assert [e["node"]["id"] for e in members["edges"]] == ["org-list", "org-muni"]
    for standing, ids in (("ACTIVE_IN_DOMAIN", ["org-acme"]), ("FORMER", ["org-bosch"])):
        page = _members(await gql(MEMBERS, {"id": "cl-auto", "standings": [standing]}))
        assert [e["node"]["id"] for e in page["edges"]] == ids
        assert {e["standing"] for e in page["edges"]} == {standing}


async def test_an_organisations_memberships_with_standing(
    network: Driver, gql: GraphQLClient
) -> None:
    body = await gql(
        """{ org: organization(id: "org-list") { clusters { standing source cluster { id } } }
             current: organization(id: "org-list") {
               clusters(standings: [MEMBER]) { cluster { id } } }
           }"""
    )
    assert body["data"]["org"]["clusters"] == [
        {"standing": "MEMBER", "source": "official", "cluster": {"id": "cl-auto"}},
        {"standing": "ACTIVE_IN_DOMAIN", "source": "derived", "cluster": {"id": "cl-ict"}},
    ]
    assert body["data"]["current"]["clusters"] == [{"cluster": {"id": "cl-auto"}}]


async def test_members_of_one_kind(network: Driver, gql: GraphQLClient) -> None:
    body = _members(await gql(MEMBERS, {"id": "cl-auto", "kind": "COMPANY"}))
    assert body["totalCount"] == 2
    assert [e["node"]["id"] for e in body["edges"]] == ["org-acme", "org-bosch"]


async def test_member_counts_by_kind(network: Driver, gql: GraphQLClient) -> None:
    body = await gql(
        """{ cluster(id: "cl-auto") { memberCounts { kind count }
             active: memberCounts(standings: [ACTIVE_IN_DOMAIN]) { kind count }
             all: memberCounts(standings: [MEMBER, ACTIVE_IN_DOMAIN, FORMER]) { kind count } } }"""
    )
    cluster = body["data"]["cluster"]
    counts = {c["kind"]: c["count"] for c in cluster["memberCounts"]}
    assert counts == {"RESEARCH_INSTITUTION": 1, "PUBLIC_ACTOR": 1}
    assert cluster["active"] == [{"kind": "COMPANY", "count": 1}]
    every = {c["kind"]: c["count"] for c in cluster["all"]}
    assert every == {"COMPANY": 2, "RESEARCH_INSTITUTION": 1, "PUBLIC_ACTOR": 1}


GOVERNANCE = """{ cluster(id: "cl-auto") { governance {
  role since until
  person { id name placeholder affiliations { id } }
  cluster { id } } } }"""


async def test_governance_in_role_order_with_public_fields_only(
    network: Driver, gql: GraphQLClient
) -> None:
    body = await gql(GOVERNANCE)
    roles = body["data"]["cluster"]["governance"]
    assert [(r["role"], r["person"]["id"]) for r in roles] == [
        ("PRESIDENT", "person-pres"),
        ("VICE_PRESIDENT", "person-vp"),
        ("CLUSTER_MANAGER", "person-mgr"),
    ]
    assert roles[1]["since"] == "2015-01-01" and roles[1]["until"] == "2019-12-31"
    assert roles[0]["person"]["affiliations"] == [{"id": "org-acme"}]
    assert [r["person"]["placeholder"] for r in roles] == [False, False, True]
    assert {r["cluster"]["id"] for r in roles} == {"cl-auto"}
    assert "secret" not in str(body) and "+352" not in str(body)


async def test_person_contact_is_not_public(network: Driver, gql: GraphQLClient) -> None:
    body = await gql('{ __type(name: "Person") { fields { name } } }')
    fields = {f["name"] for f in body["data"]["__type"]["fields"]}
    assert {"id", "name", "placeholder", "affiliations"} <= fields
    assert not fields & {"email", "phone"}
    anonymous = await gql(
        '{ cluster(id: "cl-auto") { governance { person { contact { email phone } } } } }'
    )
    assert [r["person"]["contact"] for r in anonymous["data"]["cluster"]["governance"]] == [
        None,
        None,
        None,
    ]


async def test_organization_people(network: Driver, gql: GraphQLClient) -> None:
    body = await gql(
        """{ organization(id: "org-list") { people { role person { name } cluster { id } } }
             other: organization(id: "org-fh") { people { role } } }"""
    )
    assert body["data"]["organization"]["people"] == [
        {"role": "VICE_PRESIDENT", "person": {"name": "Victor Vice"}, "cluster": {"id": "cl-auto"}}
    ]
    assert body["data"]["other"]["people"] == []


PROJECTS = """query($first: Int, $after: String) { cluster(id: "cl-auto") {
  projects(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } }"""


async def test_projects_part_of_or_with_a_member_newest_first(
    network: Driver, gql: GraphQLClient
) -> None:
    first = (await gql(PROJECTS, {"first": 2}))["data"]["cluster"]["projects"]
    # prj-3 (2019, members ACME and LIST), prj-1 (2015, PART_OF and ACME), prj-4 (2012,
    # PART_OF only). prj-2 and prj-5 have no member and are not part of the cluster.
    assert first["totalCount"] == 3
    assert [e["node"]["id"] for e in first["edges"]] == ["prj-3", "prj-1"]
    assert first["pageInfo"]["hasNextPage"] is True
    rest = await gql(PROJECTS, {"first": 2, "after": first["pageInfo"]["endCursor"]})
    page = rest["data"]["cluster"]["projects"]
    assert [e["node"]["id"] for e in page["edges"]] == ["prj-4"]
    assert page["pageInfo"]["hasNextPage"] is False


async def test_topics_and_objectives_with_progress(network: Driver, gql: GraphQLClient) -> None:
    body = await gql(
        """{ cluster(id: "cl-auto") {
             topics { id }
             objectives { id metric target unit deadline planArea description progress
                          measurements { date value illustrative note } } } }"""
    )
    cluster = body["data"]["cluster"]
    assert [t["id"] for t in cluster["topics"]] == ["topic-auto", "topic-sc4"]
    jobs, brand = cluster["objectives"]
    assert jobs["id"] == "obj-jobs" and brand["id"] == "obj-brand"
    assert jobs["measurements"] == [
        {"date": "2016-12-31", "value": 10.0, "illustrative": True, "note": None},
        {"date": "2018-12-31", "value": 40.0, "illustrative": False, "note": "reported"},
    ]
    assert jobs["progress"] == pytest.approx(0.4)
    assert (jobs["target"], jobs["unit"], jobs["deadline"], jobs["planArea"]) == (
        100.0,
        "jobs",
        "2020-12-31",
        "BUSINESS_DEVELOPMENT",
    )
    assert brand["measurements"] == [] and brand["progress"] is None


async def test_a_topic_names_the_clusters_that_focus_on_it(
    network: Driver, gql: GraphQLClient
) -> None:
    body = await gql(
        """{ curated: node(id: "topic-auto") { ... on Topic { clusters { id name } } }
             other: node(id: "topic-sc4") { ... on Topic { clusters { id } } } }"""
    )
    assert "errors" not in body, body["errors"]
    assert body["data"]["curated"]["clusters"] == [{"id": "cl-auto", "name": "AutoMobility"}]
    assert body["data"]["other"]["clusters"] == [{"id": "cl-auto"}]


async def test_stats(network: Driver, gql: GraphQLClient) -> None:
    body = await gql(
        """{ auto: cluster(id: "cl-auto") { ...figures } ict: cluster(id: "cl-ict") { ...figures } }
           fragment figures on Cluster { country stats {
             members activeInDomain formerMembers projects partnersOutside countries } }"""
    )
    # The country most current members are in (Bosch, in Germany, left in 2020).
    assert body["data"]["auto"]["country"] == "LU"
    # Auto: members LIST and Ville; ACME only inferred; Bosch (DE) ended in 2020 and counts
    # nowhere, so one country; outside partners of the current three: UNI (prj-1) and
    # Fraunhofer (prj-3).
    assert body["data"]["auto"]["stats"] == {
        "members": 2,
        "activeInDomain": 1,
        "formerMembers": 1,
        "projects": 3,
        "partnersOutside": 2,
        "countries": 1,
    }
    # ICT: member UNI, LIST inferred; projects 1, 2, 3; outside: ACME and Fraunhofer.
    assert body["data"]["ict"]["stats"] == {
        "members": 1,
        "activeInDomain": 1,
        "formerMembers": 0,
        "projects": 3,
        "partnersOutside": 2,
        "countries": 1,
    }


BRIDGES = """query($id: ID!, $first: Int) { cluster(id: $id) { bridges(first: $first) {
  score otherMemberships partnersInOtherClusters organization { id } otherClusters { id } } } }"""


async def test_bridges_ranked_by_score(network: Driver, gql: GraphQLClient) -> None:
    auto = (await gql(BRIDGES, {"id": "cl-auto"}))["data"]["cluster"]["bridges"]
    # ACME shares projects with UNI and LIST (ICT members): 0 + 2. LIST is itself in ICT and
    # its partners (ACME, Fraunhofer) are in no other cluster: 1 + 0. Others score 0.
    assert auto == [
        {
            "score": 2.0,
            "otherMemberships": 0,
            "partnersInOtherClusters": 2,
            "organization": {"id": "org-acme"},
            "otherClusters": [{"id": "cl-ict"}],
        },
        {
            "score": 1.0,
            "otherMemberships": 1,
            "partnersInOtherClusters": 0,
            "organization": {"id": "org-list"},
            "otherClusters": [{"id": "cl-ict"}],
        },
    ]
    ict = (await gql(BRIDGES, {"id": "cl-ict", "first": 1}))["data"]["cluster"]["bridges"]
    assert [(b["organization"]["id"], b["score"]) for b in ict] == [("org-list", 2.0)]


async def test_unknown_cluster_is_null(network: Driver, gql: GraphQLClient) -> None:
    body = await gql('{ cluster(id: "nope") { id stats { members } members { totalCount } } }')
    assert body == {"data": {"cluster": None}}


@pytest.mark.parametrize(
    ("document", "needle"),
    [
        ('{ cluster(id: "cl-auto") { members(first: 101) { totalCount } } }', "members.first:"),
        ('{ cluster(id: "cl-auto") { members(after: "zzz") { totalCount } } }', "members.after:"),
        ('{ cluster(id: "cl-auto") { projects(first: -1) { totalCount } } }', "projects.first: mu"),
        ('{ cluster(id: "cl-auto") { bridges(first: 1000) { score } } }', "first: must be"),
    ],
)
async def test_bad_input_is_named(
    network: Driver, gql: GraphQLClient, document: str, needle: str
) -> None:
    body = await gql(document)
    error = body["errors"][0]
    assert needle in error["message"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"


DETAIL_OF_ALL = """{ clusters { id
  members(first: 3) { edges { node { id people { role person { name } } } } }
  memberCounts { count } governance { person { affiliations { id } } cluster { id } }
  projects(first: 2) { totalCount
    edges { node { id participants(first: 3) { edges { node { id } } } } } }
  topics { id } objectives { progress } stats { members }
  bridges(first: 3) { score organization { id } otherClusters { id } } } }"""


async def test_one_round_trip_whatever_the_number_of_clusters(
    network: Driver, gql: GraphQLClient, settings: Settings
) -> None:
    two = await gql.http.post("/graphql", json={"query": DETAIL_OF_ALL})
    assert "errors" not in two.json() and len(two.json()["data"]["clusters"]) == 2
    added = 5
    network.execute_query(
        """UNWIND range(1, $added) AS i
           CREATE (c:Cluster {id: 'cl-extra-' + i, name: 'Extra ' + i})
           WITH c MATCH (o:Organization {id: 'org-fh'}) CREATE (o)-[:MEMBER_OF]->(c)""",
        added=added,
        database_=settings.database,
    )
    more = await gql.http.post("/graphql", json={"query": DETAIL_OF_ALL})
    assert len(more.json()["data"]["clusters"]) == 2 + added
    # The whole selection, six levels deep, is one Cypher query for the root field.
    assert two.headers["x-neo4j-round-trips"] == more.headers["x-neo4j-round-trips"] == "1"


# Objectives relative to today: (id, target, deadline in days from today, [(days, value)]).
STATUS_CASES = [
    ("on-track", 100.0, 730, [(-730, 10.0), (-365, 50.0)], "ON_TRACK"),
    ("at-risk", 100.0, 730, [(-730, 10.0), (-365, 12.0)], "AT_RISK"),
    ("met-early", 100.0, 730, [(-365, 120.0)], "MET"),
    ("one-value", 100.0, 730, [(-365, 20.0)], "UNKNOWN"),
    ("met-at-deadline", 100.0, -365, [(-700, 40.0), (-365, 100.0)], "MET"),
    ("reached-too-late", 100.0, -365, [(-700, 40.0), (-30, 150.0)], "MISSED"),
    ("no-target", 0.0, 730, [(-365, 5.0)], "UNKNOWN"),
]


async def test_objective_status(network: Driver, settings: Settings, gql: GraphQLClient) -> None:
    """Met, on track, at risk, missed at its deadline (only measurements up to it count),
    unknown; the seed's jobs objective (40 of 100 by 2020) is missed, branding unmeasured."""
    for name, target, deadline, points, _ in STATUS_CASES:
        network.execute_query(
            """MATCH (c:Cluster {id: 'cl-ict'})
               CREATE (c)-[:HAS_OBJECTIVE]->(o:Objective {id: $id, metric: 'm', target: $target,
                      deadline: date() + duration({days: $deadline})})
               WITH o UNWIND $points AS p
               CREATE (o)-[:HAS_MEASUREMENT]->(:Measurement {id: $id + toString(p[0]),
                      date: date() + duration({days: p[0]}), value: p[1]})""",
            id=name,
            target=target,
            deadline=deadline,
            points=[list(p) for p in points],
            database_=settings.database,
        )
    body = await gql(
        """{ ict: cluster(id: "cl-ict") { objectives { id status } }
             auto: cluster(id: "cl-auto") { objectives { id status } } }"""
    )
    statuses = {o["id"]: o["status"] for o in body["data"]["ict"]["objectives"]}
    assert statuses == {name: status for name, *_, status in STATUS_CASES}
    auto = {o["id"]: o["status"] for o in body["data"]["auto"]["objectives"]}
    assert auto == {"obj-jobs": "MISSED", "obj-brand": "UNKNOWN"}
