"""Partner suggestions over GraphQL on a small seeded network (see SEED below).

P1 (2016, SC4): q, a, b            q = the query company (LU)
P2 (2017, SC4): a, c1, c2          a, b = q's partners
P3 (2017, SC4): b, c1, pub         c1 = partner of both a and b (2 common partners)
P4 (2015, ERC): far, c3            c2, pub = one common partner; far, c3 = unrelated
HE1 (Horizon Europe, call year 2017 to keep the reference year): far, c3 (no start date,
    no title: a call topic only)
Cluster lci-automotive: members q, c2; focuses on SC4.
P1 is about hydrogen trucks (its title and its call topic FCH-01-2016, family FCH), as is
HE1's call topic; P2 is in the family FCH too (FCH-02-2017).
"""

from __future__ import annotations

import math
from typing import Any

import pytest
from neo4j import Driver

from graph.client import Graph, open_driver
from graph.derived import refresh_derived
from graph.settings import Settings
from recommender.engine import Brief, consortium_candidates
from tests.conftest import GraphQLClient
from tests.writes_support import bearer, token

SEED = """
CREATE (sc4:Topic {id: 'h2020-part-SC4', name: 'Transport', code: 'SC4'})
CREATE (erc:Topic {id: 'h2020-part-ERC', name: 'ERC', code: 'ERC'})
CREATE (q:Organization:Company {id: 'q', name: 'Query Motors', country: 'LU'})
CREATE (a:Organization:ResearchInstitution {id: 'a', name: 'Alpha Institute', country: 'DE'})
CREATE (b:Organization:Company {id: 'b', name: 'Beta Parts', country: 'FR'})
CREATE (c1:Organization:ResearchInstitution {id: 'c1', name: 'Gamma Lab', country: 'DE'})
CREATE (c2:Organization:Company {id: 'c2', name: 'Delta Cars', country: 'LU'})
CREATE (pub:Organization:PublicActor {id: 'pub', name: 'Road Agency', country: 'BE'})
CREATE (far:Organization:ResearchInstitution {id: 'far', name: 'Far University', country: 'PT'})
CREATE (c3:Organization:Company {id: 'c3', name: 'Epsilon Bio', country: 'PT'})
CREATE (p1:Project {id: 'p1', acronym: 'ONE', startDate: date('2016-01-01'), programme: 'H2020',
                    title: 'Hydrogen refuelling for heavy-duty trucks', callTopic: 'FCH-01-2016'})
CREATE (p2:Project {id: 'p2', acronym: 'TWO', startDate: date('2017-01-01'), programme: 'H2020',
                    title: 'Lightweight car bodies', callTopic: 'FCH-02-2017'})
CREATE (p3:Project {id: 'p3', acronym: 'THREE', startDate: date('2017-06-01'), programme: 'H2020',
                    title: 'Battery packs for electric buses'})
CREATE (p4:Project {id: 'p4', acronym: 'FOUR', startDate: date('2015-01-01'), programme: 'H2020',
                    title: 'Protein folding'})
CREATE (he1:Project {id: 'he-1', programme: 'HORIZON', callYear: 2017, grantId: '101000001'})
CREATE (fch:Topic {id: 'call-family-FCH', kind: 'callFamily', name: 'FCH', code: 'FCH'})
CREATE (fch1:Topic {id: 'call-FCH-01-2016', kind: 'callTopic', name: 'FCH-01-2016',
                    code: 'FCH-01-2016', description: 'Hydrogen refuelling infrastructure'})
CREATE (fch2:Topic {id: 'call-FCH-02-2017', kind: 'callTopic', name: 'FCH-02-2017',
                    code: 'FCH-02-2017', description: 'Fuel cells for cars'})
CREATE (cl5:Topic {id: 'call-HORIZON-CL5-2022-D5-01-01', kind: 'callTopic',
                   name: 'HORIZON-CL5-2022-D5-01-01', code: 'HORIZON-CL5-2022-D5-01-01',
                   description: 'Hydrogen trucks for long-haul freight'})
CREATE (fch1)-[:BROADER]->(fch), (fch2)-[:BROADER]->(fch)
CREATE (p1)-[:ADDRESSES]->(fch1), (p2)-[:ADDRESSES]->(fch2), (he1)-[:ADDRESSES]->(cl5)
CREATE (k:Cluster {id: 'lci-automotive', name: 'Automotive'})
CREATE (k)-[:FOCUSES_ON]->(sc4)
CREATE (q)-[:MEMBER_OF {source: 'official'}]->(k)
CREATE (c2)-[:MEMBER_OF {source: 'official'}]->(k)
FOREACH (p IN [p1, p2, p3] | CREATE (p)-[:ADDRESSES]->(sc4))
CREATE (p4)-[:ADDRESSES]->(erc)
"""
PARTICIPATIONS = """
UNWIND [['q', 'p1', 'COORDINATOR'], ['a', 'p1', 'PARTNER'], ['b', 'p1', 'PARTNER'],
        ['a', 'p2', 'COORDINATOR'], ['c1', 'p2', 'PARTNER'], ['c2', 'p2', 'PARTNER'],
        ['b', 'p3', 'PARTNER'], ['c1', 'p3', 'COORDINATOR'], ['pub', 'p3', 'PARTNER'],
        ['far', 'p4', 'COORDINATOR'], ['c3', 'p4', 'PARTNER'],
        ['far', 'he-1', null], ['c3', 'he-1', null]] AS x
MATCH (o:Organization {id: x[0]}), (p:Project {id: x[1]})
CREATE (o)-[:PARTICIPATES_IN {role: x[2]}]->(p)
"""
COMPETENCES = """
MATCH (o:Organization)-[:PARTICIPATES_IN]->(:Project)-[:ADDRESSES]->(t:Topic)
MERGE (o)-[c:HAS_COMPETENCE {source: 'cordis'}]->(t) SET c.weight = 1
"""

PARTNERS = """
query($id: ID!, $first: Int, $filter: SuggestionFilter) {
  suggestPartners(organizationId: $id, first: $first, filter: $filter) {
    score
    organization { id name kind country }
    reasons { kind label contribution evidence { id __typename } }
  }
}"""
CONSORTIUM = """
query($input: ConsortiumBriefInput!, $first: Int) {
  suggestConsortium(input: $input, first: $first) {
    score organization { id kind } reasons { kind contribution }
  }
}"""
CLUSTER = """
query($id: ID!, $first: Int) {
  suggestClusterMembers(clusterId: $id, first: $first) {
    score organization { id } reasons { kind contribution evidence { id } }
  }
}"""
CLUSTER_FILTERED = """
query($id: ID!, $filter: SuggestionFilter) {
  suggestClusterMembers(clusterId: $id, first: 20, filter: $filter) { organization { id } }
}"""
ALL_IDS = {"q", "a", "b", "c1", "c2", "pub", "far", "c3"}


def seed_suggestion_network(driver: Driver, settings: Settings) -> Driver:
    """Write the network of this module's docstring into an empty graph, with its derived
    values; returns the driver."""
    for statement in (SEED, PARTICIPATIONS, COMPETENCES):
        driver.execute_query(statement, database_=settings.database)
    refresh_derived(driver, settings.database)
    return driver


@pytest.fixture
def network(empty_graph: Driver, settings: Settings) -> Driver:
    return seed_suggestion_network(empty_graph, settings)


def _data(body: dict[str, Any], field: str) -> list[dict[str, Any]]:
    assert "errors" not in body, body.get("errors")
    result: list[dict[str, Any]] = body["data"][field]
    return result


def _error(body: dict[str, Any]) -> str:
    assert body.get("errors"), body
    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    message: str = body["errors"][0]["message"]
    return message


async def test_ranked_explained_and_partners_excluded(network: Driver, gql: GraphQLClient) -> None:
    found = _data(await gql(PARTNERS, {"id": "q", "first": 10}), "suggestPartners")
    ids = [s["organization"]["id"] for s in found]
    # Every known organisation but q and its partners a, b; c1 (two common partners) first.
    assert set(ids) == ALL_IDS - {"q", "a", "b"}
    assert ids[0] == "c1"
    scores = [s["score"] for s in found]
    assert scores == sorted(scores, reverse=True)
    for s in found:
        assert math.isclose(sum(r["contribution"] for r in s["reasons"]), s["score"], abs_tol=1e-9)
    top = found[0]
    common = next(r for r in top["reasons"] if r["kind"] == "common_partners")
    assert common["label"] == (
        "2 common partners (of the asking side's closest); among them: Alpha Institute, Beta Parts"
    )
    evidence = {(e["__typename"], e["id"]) for e in common["evidence"]}
    assert {("Organization", "a"), ("Organization", "b")} <= evidence
    assert evidence & {("Project", "p1"), ("Project", "p2"), ("Project", "p3")}
    topic = next(r for r in top["reasons"] if r["kind"] == "topic_fit")
    assert [e["id"] for e in topic["evidence"]] == ["h2020-part-SC4"]
    assert topic["label"].endswith("; shared topics: Transport")
    # Unrelated organisations have no structural reason.
    far = next(s for s in found if s["organization"]["id"] == "far")
    assert not {r["kind"] for r in far["reasons"]} & {"common_partners", "two_hops_away"}


# A hub: 30 close partners (two projects each, no other partner) and 10 weaker ones (one
# project each), which all worked with c in one more project.
HUB = """
CREATE (hub:Organization:ResearchInstitution {id: 'hub', name: 'Hub University', country: 'DE'})
CREATE (c:Organization:Company {id: 'c', name: 'Candidate Systems', country: 'FR'})
CREATE (y:Project {id: 'y', acronym: 'Y', startDate: date('2017-01-01'), programme: 'H2020'})
CREATE (c)-[:PARTICIPATES_IN {role: 'COORDINATOR'}]->(y)
WITH hub, y
UNWIND range(1, 40) AS i
CREATE (p:Organization:Company {id: 'p' + i, name: 'Partner ' + i, country: 'BE'})
WITH hub, y, i, p
UNWIND range(1, CASE WHEN i <= 30 THEN 2 ELSE 1 END) AS n
CREATE (x:Project {id: 'x' + i + '-' + n, acronym: 'X' + i + n,
                   startDate: date('2016-01-01'), programme: 'H2020'})
CREATE (hub)-[:PARTICIPATES_IN {role: 'COORDINATOR'}]->(x)
CREATE (p)-[:PARTICIPATES_IN {role: 'PARTNER'}]->(x)
WITH DISTINCT y, i, p WHERE i > 30
CREATE (p)-[:PARTICIPATES_IN {role: 'PARTNER'}]->(y)
"""


async def test_a_hub_counts_common_partners_beyond_its_thirty_closest(
    empty_graph: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    empty_graph.execute_query(HUB, database_=settings.database)
    refresh_derived(empty_graph, settings.database)
    found = _data(await gql(PARTNERS, {"id": "hub", "first": 10}), "suggestPartners")
    assert [s["organization"]["id"] for s in found] == ["c"]
    # reached through the ten weaker partners, not only as a popular organisation
    common = [r["label"] for r in found[0]["reasons"] if r["kind"] == "common_partners"]
    assert common and common[0].startswith("10 common partners"), found[0]["reasons"]


# A small company with two partners: x worked with both of them, y (same country as the
# company, and busier: 20 projects of its own) with one.
SMALL = """
CREATE (s:Organization:Company {id: 's', name: 'Small Company', country: 'LU'})
CREATE (a:Organization:ResearchInstitution {id: 'a', name: 'Partner A', country: 'BE'})
CREATE (b:Organization:ResearchInstitution {id: 'b', name: 'Partner B', country: 'BE'})
CREATE (x:Organization:Company {id: 'x', name: 'Both Partners Ltd', country: 'DE'})
CREATE (y:Organization:Company {id: 'y', name: 'Same Country SA', country: 'LU'})
WITH *
UNWIND [['p0', [s, a, b]], ['p1', [x, a]], ['p2', [x, b]], ['p3', [y, a]]] AS project
CREATE (p:Project {id: project[0], acronym: toUpper(project[0]),
                   startDate: date('2016-01-01'), programme: 'H2020'})
WITH p, project
UNWIND project[1] AS o
CREATE (o)-[:PARTICIPATES_IN {role: 'PARTNER'}]->(p)
WITH DISTINCT 1 AS one
MATCH (y:Organization {id: 'y'})
UNWIND range(1, 20) AS i
CREATE (y)-[:PARTICIPATES_IN {role: 'COORDINATOR'}]->
       (:Project {id: 'own' + i, acronym: 'OWN' + i, startDate: date('2016-01-01'),
                  programme: 'H2020'})
"""


async def test_a_small_organisation_weighs_the_share_of_its_partners(
    empty_graph: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    """Working with both of a company's two partners counts more than sharing its country,
    being busier and working with one of them (the common partners' share of the company's
    partners, cnshare; model p1, without it, put y first)."""
    empty_graph.execute_query(SMALL, database_=settings.database)
    refresh_derived(empty_graph, settings.database)
    found = _data(await gql(PARTNERS, {"id": "s", "first": 10}), "suggestPartners")
    assert [s["organization"]["id"] for s in found][:2] == ["x", "y"], found
    common = [r["label"] for r in found[0]["reasons"] if r["kind"] == "common_partners"]
    assert len(common) == 1 and common[0].startswith("2 common partners"), found[0]["reasons"]


async def test_existing_partners_flagged_when_included(network: Driver, gql: GraphQLClient) -> None:
    body = await gql(PARTNERS, {"id": "q", "filter": {"includeExistingPartners": True}})
    found = {s["organization"]["id"]: s for s in _data(body, "suggestPartners")}
    assert {"a", "b"} <= set(found)
    for partner in ("a", "b"):
        kinds = [r["kind"] for r in found[partner]["reasons"]]
        assert "existing_partner" in kinds
    assert "existing_partner" not in [r["kind"] for r in found["c1"]["reasons"]]


async def test_filters(network: Driver, gql: GraphQLClient) -> None:
    body = await gql(PARTNERS, {"id": "q", "filter": {"kinds": ["RESEARCH_INSTITUTION"]}})
    assert {s["organization"]["id"] for s in _data(body, "suggestPartners")} == {"c1", "far"}
    body = await gql(PARTNERS, {"id": "q", "filter": {"countries": ["pt"]}})
    assert {s["organization"]["id"] for s in _data(body, "suggestPartners")} == {"far", "c3"}
    body = await gql(PARTNERS, {"id": "q", "filter": {"topicIds": ["h2020-part-ERC"]}})
    assert {s["organization"]["id"] for s in _data(body, "suggestPartners")} == {"far", "c3"}
    with pytest.MonkeyPatch.context() as patch:  # the topic read as a broad one
        patch.setattr("recommender.engine.BROAD_TOPICS", 0)
        body = await gql(PARTNERS, {"id": "q", "filter": {"topicIds": ["h2020-part-ERC"]}})
        assert {s["organization"]["id"] for s in _data(body, "suggestPartners")} == {"far", "c3"}
        # a country's organisations read in its own order of connections
        wanted = {"topicIds": ["h2020-part-ERC"], "countries": ["pt", "de"]}
        body = await gql(PARTNERS, {"id": "q", "filter": wanted})
    assert {s["organization"]["id"] for s in _data(body, "suggestPartners")} == {"far", "c3"}
    body = await gql(PARTNERS, {"id": "q", "filter": {"clusterIds": ["lci-automotive"]}})
    assert [s["organization"]["id"] for s in _data(body, "suggestPartners")] == ["c2"]
    body = await gql(PARTNERS, {"id": "q", "filter": {"minRecentProjects": 1}})
    # Reference year 2017: recent = started (or called, Horizon Europe) in 2016 or 2017; far
    # and c3 count by HE1 (call year 2017), not by P4 (2015).
    assert {s["organization"]["id"] for s in _data(body, "suggestPartners")} == {
        "c1",
        "c2",
        "pub",
        "far",
        "c3",
    }
    body = await gql(PARTNERS, {"id": "q", "filter": {"minRecentProjects": 2}})
    assert {s["organization"]["id"] for s in _data(body, "suggestPartners")} == {"c1"}
    body = await gql(PARTNERS, {"id": "q", "first": 2})
    assert len(_data(body, "suggestPartners")) == 2


async def test_consortium_fills_missing_kinds(network: Driver, gql: GraphQLClient) -> None:
    # p2 has a research institution (a, c1) and a company (c2) but no public actor.
    body = await gql(CONSORTIUM, {"input": {"projectId": "p2"}})
    found = _data(body, "suggestConsortium")
    assert [s["organization"]["id"] for s in found] == ["pub"]
    assert found[0]["organization"]["kind"] == "PUBLIC_ACTOR"
    # Wanted kinds replace the gap; participants are still excluded.
    body = await gql(CONSORTIUM, {"input": {"projectId": "p2", "kinds": ["COMPANY"]}})
    ids = {s["organization"]["id"] for s in _data(body, "suggestConsortium")}
    assert ids == {"q", "b", "c3"}
    # A brief: topics and countries, no project.
    body = await gql(CONSORTIUM, {"input": {"topicIds": ["h2020-part-SC4"], "countries": ["DE"]}})
    found = _data(body, "suggestConsortium")
    assert {s["organization"]["id"] for s in found} == {"a", "c1"}
    for s in found:
        assert math.isclose(sum(r["contribution"] for r in s["reasons"]), s["score"], abs_tol=1e-9)


async def test_a_big_consortium_asks_from_its_strongest_members_and_excludes_all(
    network: Driver, gql: GraphQLClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    # With one signalling participant (its coordinator, a), c1 and c2 stay out all the same.
    monkeypatch.setattr("resolvers.suggestions.MAX_SEEDS", 1)
    body = await gql(
        CONSORTIUM,
        {
            "input": {
                "projectId": "p2",
                "kinds": ["COMPANY", "PUBLIC_ACTOR", "RESEARCH_INSTITUTION"],
            }
        },
    )
    ids = {s["organization"]["id"] for s in _data(body, "suggestConsortium")}
    assert ids and not ids & {"a", "c1", "c2"}


async def test_cluster_members_are_outsiders(network: Driver, gql: GraphQLClient) -> None:
    body = await gql(CLUSTER, {"id": "lci-automotive", "first": 20})
    found = _data(body, "suggestClusterMembers")
    ids = [s["organization"]["id"] for s in found]
    assert ids
    assert not set(ids) & {"q", "c2"}
    # Partners of members are the natural candidates: suggested by default, flagged.
    assert {"a", "b", "c1"} <= set(ids)
    assert set(ids) <= ALL_IDS
    for s in found:
        kinds = {r["kind"] for r in s["reasons"]}
        assert ("existing_partner" in kinds) == (s["organization"]["id"] in {"a", "b", "c1"})
        assert math.isclose(sum(r["contribution"] for r in s["reasons"]), s["score"], abs_tol=1e-9)
    # ... unless explicitly excluded.
    body = await gql(
        CLUSTER_FILTERED, {"id": "lci-automotive", "filter": {"includeExistingPartners": False}}
    )
    ids = [s["organization"]["id"] for s in _data(body, "suggestClusterMembers")]
    assert ids
    assert not set(ids) & {"q", "c2", "a", "b", "c1"}


@pytest.mark.parametrize("broad", [False, True], ids=["topics read", "scan by connections"])
async def test_recruiting_asks_for_work_on_the_cluster_topics(
    network: Driver,
    gql: GraphQLClient,
    settings: Settings,
    broad: bool,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Far and Epsilon work on protein folding, not on the cluster's transport topic: never
    suggested. An organisation only inferred active in the cluster's domain is no member: it
    is a candidate to recruit, and the summary says that it already works with members.
    The same whether the popular candidates come from the topics' projects or, as for topics
    of many projects, from a scan of the best connected organisations."""
    if broad:
        monkeypatch.setattr("recommender.engine.BROAD_TOPICS", 0)
    network.execute_query(
        "MATCH (a:Organization {id: 'a'}), (k:Cluster {id: 'lci-automotive'}) "
        "CREATE (a)-[:MEMBER_OF {source: 'derived'}]->(k)",
        database_=settings.database,
    )
    document = """query($filter: SuggestionFilter) {
      suggestClusterMembers(clusterId: "lci-automotive", first: 20, filter: $filter) {
        organization { id } summary facts { existingPartner }
      }
    }"""
    found = _data(await gql(document, {}), "suggestClusterMembers")
    by_id = {s["organization"]["id"]: s for s in found}
    assert set(by_id) == {"a", "b", "c1", "pub"}
    assert by_id["a"]["facts"]["existingPartner"] is True
    # its work on the cluster's topics first (P1 and P2 address SC4), then its tie
    assert by_id["a"]["summary"] == (
        "Worked on 2 projects on the cluster's themes since 2016, 1 as coordinator: TWO and "
        "ONE; already works with your cluster's organisations."
    )
    assert by_id["pub"]["facts"]["existingPartner"] is False
    strangers = await gql(document, {"filter": {"includeExistingPartners": False}})
    assert [s["organization"]["id"] for s in _data(strangers, "suggestClusterMembers")] == ["pub"]


async def test_recruiting_orders_by_work_on_the_cluster_topics(
    network: Driver, gql: GraphQLClient, settings: Settings
) -> None:
    """Solo worked on three transport projects alone, with nobody of the cluster's network;
    the Road Agency on one, beside a member's partner. The network model scores Solo lower,
    but the cluster's themes order: most projects on them first."""
    network.execute_query(
        "MATCH (sc4:Topic {id: 'h2020-part-SC4'}) "
        "CREATE (solo:Organization:Company {id: 'solo', name: 'Solo Mobility', country: 'LU'}) "
        "WITH sc4, solo UNWIND [5, 6, 7] AS n "
        "CREATE (solo)-[:PARTICIPATES_IN {role: 'COORDINATOR'}]->(p:Project {id: 'p' + n, "
        "  acronym: 'SOLO' + n, startDate: date({year: 2015 + n, month: 1, day: 1}), "
        "  programme: 'H2020', title: 'Urban mobility ' + n})-[:ADDRESSES]->(sc4)",
        database_=settings.database,
    )
    refresh_derived(network, settings.database)
    document = """query {
      suggestClusterMembers(clusterId: "lci-automotive", first: 2,
                            filter: {includeExistingPartners: false}) {
        organization { id } score summary
      }
    }"""
    found = _data(await gql(document), "suggestClusterMembers")
    assert [s["organization"]["id"] for s in found] == ["solo", "pub"]
    assert found[0]["score"] < found[1]["score"]
    assert found[0]["summary"].startswith("Worked on 3 projects on the cluster's themes since 2020")
    assert found[1]["summary"].startswith("Worked on 1 project on the cluster's themes in 2017")


async def test_a_topic_chosen_is_the_subject_the_summary_cites(
    network: Driver, gql: GraphQLClient
) -> None:
    """Recruiting on a topic other than the cluster's (protein folding, ERC), or partners of
    an organisation on a topic: the summary cites the work on that topic, "on the subject",
    not "on the cluster's themes", and without the topic no work is cited at all."""
    erc = {"topicIds": ["h2020-part-ERC"]}
    recruits = """query($filter: SuggestionFilter) {
      suggestClusterMembers(clusterId: "lci-automotive", first: 20, filter: $filter) {
        organization { id } summary
      }
    }"""
    found = _data(await gql(recruits, {"filter": erc}), "suggestClusterMembers")
    by_id = {s["organization"]["id"]: s["summary"] for s in found}
    assert set(by_id) == {"far", "c3"}
    assert by_id["far"].startswith("Worked on 1 project on the subject in 2015 and coordinated it")
    assert by_id["c3"].startswith("Worked on 1 project on the subject in 2015: FOUR")
    partners = """query($filter: SuggestionFilter) {
      suggestPartners(organizationId: "q", first: 20, filter: $filter) {
        organization { id } summary
      }
    }"""
    found = _data(await gql(partners, {"filter": erc}), "suggestPartners")
    assert {s["organization"]["id"] for s in found} == {"far", "c3"}
    assert all(s["summary"].startswith("Worked on 1 project on the subject") for s in found)
    anything = _data(await gql(partners, {}), "suggestPartners")
    assert anything
    assert not any("on the subject" in s["summary"] for s in anything)


async def test_an_existing_partner_is_said_to_be_one(network: Driver, gql: GraphQLClient) -> None:
    document = """query {
      suggestPartners(organizationId: "q", first: 20, filter: {includeExistingPartners: true}) {
        organization { id } summary facts { existingPartner }
      }
    }"""
    found = {s["organization"]["id"]: s for s in _data(await gql(document), "suggestPartners")}
    assert found["a"]["facts"]["existingPartner"] is True
    assert found["a"]["summary"].startswith("Already works with you")
    assert found["c1"]["facts"]["existingPartner"] is False
    assert "closest partners" in found["c1"]["summary"]


@pytest.mark.parametrize(
    ("document", "variables", "names"),
    [
        (PARTNERS, {"id": "q", "first": 0}, "first"),
        (PARTNERS, {"id": "q", "first": 101}, "first"),
        (PARTNERS, {"id": "nobody"}, "organizationId"),
        (PARTNERS, {"id": "q", "filter": {"clusterIds": ["nope"]}}, "filter.clusterIds"),
        (PARTNERS, {"id": "q", "filter": {"countries": ["LUX"]}}, "filter.countries"),
        (PARTNERS, {"id": "q", "filter": {"minRecentProjects": -1}}, "filter.minRecentProjects"),
        (CONSORTIUM, {"input": {}}, "input"),
        (CONSORTIUM, {"input": {"projectId": "nope"}}, "input.projectId"),
        (CONSORTIUM, {"input": {"topicIds": ["nope"]}}, "input.topicIds"),
        (CONSORTIUM, {"input": {"brief": "!!! ..."}}, "input.brief"),
        (CONSORTIUM, {"input": {"brief": "x" * 2001}}, "input.brief"),
        (CONSORTIUM, {"input": {"callTopic": "not a code"}}, "input.callTopic"),
        # an empty condition would match nothing: refused, not answered with nothing
        (CONSORTIUM, {"input": {"brief": "hydrogen", "kinds": []}}, "input.kinds"),
        (CONSORTIUM, {"input": {"brief": "hydrogen", "countries": []}}, "input.countries"),
        (PARTNERS, {"id": "q", "filter": {"topicIds": []}}, "filter.topicIds"),
        # neither the call topic nor its family is in the data (FCH-03-2018 would be: FCH)
        (CONSORTIUM, {"input": {"callTopic": "HORIZON-XX-2099-ZZ-01"}}, "input.callTopic"),
        (CONSORTIUM, {"input": {"organizationIds": ["nobody"]}}, "input.organizationIds"),
        (CLUSTER, {"id": "nope"}, "clusterId"),
    ],
)
async def test_bad_input(
    network: Driver,
    gql: GraphQLClient,
    document: str,
    variables: dict[str, Any],
    names: str,
) -> None:
    message = _error(await gql(document, variables))
    assert message.startswith(f"{names}:"), message


async def test_an_unknown_id_costs_its_own_field_only(network: Driver, gql: GraphQLClient) -> None:
    """A stale id in a page's link: the suggestion field is null with its error, the other
    fields of the same request keep their data."""
    body = await gql(
        """{ organization(id: "q") { id }
             suggestPartners(organizationId: "gone") { organization { id } }
             suggestClusterMembers(clusterId: "gone") { organization { id } }
             neighborhood(centerId: "gone") { truncated } }"""
    )
    assert body["data"] == {
        "organization": {"id": "q"},
        "suggestPartners": None,
        "suggestClusterMembers": None,
        "neighborhood": None,
    }
    failed = {tuple(e["path"]): e["extensions"]["code"] for e in body["errors"]}
    assert failed == {
        ("suggestPartners",): "BAD_USER_INPUT",
        ("suggestClusterMembers",): "BAD_USER_INPUT",
        ("neighborhood",): "BAD_USER_INPUT",
    }


def test_stored_partner_lists(network: Driver, settings: Settings) -> None:
    # Derived at refresh: strongest partners first (w = sum of shared projects' sgWeight),
    # with their weights and partner counts as parallel lists; popular ids on DerivedInfo.
    records = network.execute_query(
        "MATCH (o:Organization {id: 'a'}) "
        "RETURN o.sgPartnerIds AS ids, o.sgPartnerW AS ws, o.sgPartnerDeg AS degs",
        database_=settings.database,
    ).records
    ids, ws, degs = records[0]["ids"], records[0]["ws"], records[0]["degs"]
    assert set(ids) == {"q", "b", "c1", "c2"}
    assert len(ws) == len(degs) == len(ids)
    assert ws == sorted(ws, reverse=True)
    assert ids[:2] in (["c1", "c2"], ["c2", "c1"])  # 2017 projects outweigh the 2016 one
    popular = network.execute_query(
        "MATCH (m:DerivedInfo {id: 'suggestions'}) RETURN m.popularIds AS ids",
        database_=settings.database,
    ).records[0]["ids"]
    assert popular[0] in {"a", "b", "c1"}  # 4 partners each
    assert len(popular) == 8


ADD_PARTICIPATION = """
mutation($input: AddParticipationInput!) {
  addParticipation(input: $input) { __typename }
}"""


async def test_participation_reaches_suggestions(
    network: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    # c3 (only in the unrelated p4) joins p2, a project of q's partner a: without a new
    # import, c3 becomes a two-hop candidate of q with a as common partner.
    def reasons_of_c3(found: list[dict[str, Any]]) -> dict[str, Any]:
        c3 = next(s for s in found if s["organization"]["id"] == "c3")
        return {r["kind"]: r for r in c3["reasons"]}

    before = _data(await gql(PARTNERS, {"id": "q", "first": 10}), "suggestPartners")
    assert "common_partners" not in reasons_of_c3(before)
    admin = bearer(token(network, settings, "admin"))
    add = {"organizationId": "c3", "projectId": "p2", "role": "PARTNER"}
    body = await gql(ADD_PARTICIPATION, {"input": add}, admin)
    assert body["data"]["addParticipation"]["__typename"] == "AddParticipationSuccess", body
    after = _data(await gql(PARTNERS, {"id": "q", "first": 10}), "suggestPartners")
    common = reasons_of_c3(after)["common_partners"]
    assert {e["id"] for e in common["evidence"]} >= {"a", "p2"}
    records = network.execute_query(
        "MATCH (o:Organization {id: 'c3'}) MATCH (p:Project {id: 'p2'}) "
        "RETURN o.sgDeg AS deg, o.sgProjects AS projects, p.sgSize AS size",
        database_=settings.database,
    ).records
    assert dict(records[0]) == {"deg": 4, "projects": 3, "size": 4}


BRIEF = """
query($input: ConsortiumBriefInput!, $first: Int) {
  suggestConsortium(input: $input, first: $first) {
    score organization { id } reasons { kind label contribution evidence { id __typename } }
  }
}"""


def _reason(suggestion: dict[str, Any], kind: str) -> dict[str, Any]:
    return next(r for r in suggestion["reasons"] if r["kind"] == kind)


async def test_brief_in_words_ranks_by_fit_and_cites_the_projects(
    network: Driver, gql: GraphQLClient
) -> None:
    found = _data(await gql(BRIEF, {"input": {"brief": "Hydrogen trucks"}}), "suggestConsortium")
    ids = [s["organization"]["id"] for s in found]
    # The participants of the two projects about hydrogen trucks (P1 by its title, HE1 by its
    # call topic) come before everyone else.
    assert set(ids[:5]) == {"q", "a", "b", "far", "c3"}
    for s in found[:5]:
        match = _reason(s, "brief_match")
        projects = {e["id"] for e in match["evidence"] if e["__typename"] == "Project"}
        if s["organization"]["id"] in {"q", "a", "b"}:
            assert "p1" in projects
            assert "ONE: Hydrogen refuelling for heavy-duty trucks (p1)" in match["label"]
        else:  # a Horizon Europe project has no title in the data: shown as untitled
            assert "he-1" in projects
            assert "untitled (he-1)" in match["label"]
    for s in found:
        assert math.isclose(sum(r["contribution"] for r in s["reasons"]), s["score"], abs_tol=1e-9)


async def test_consortium_from_members_and_a_call_topic(
    network: Driver, gql: GraphQLClient
) -> None:
    # c2 is in the consortium; the call FCH-03-2018 is new, its family FCH is known (P1, P2).
    variables = {"input": {"organizationIds": ["c2"], "callTopic": "FCH-03-2018"}}
    found = _data(await gql(BRIEF, variables), "suggestConsortium")
    ids = [s["organization"]["id"] for s in found]
    assert "c2" not in ids
    # a and c1 worked with c2 on P2, a call of the family: they come first, flagged.
    assert set(ids[:2]) == {"a", "c1"}
    for s in found[:2]:
        kinds = {r["kind"] for r in s["reasons"]}
        assert {"existing_partner", "worked_with_members", "call_family"} <= kinds
        family = _reason(s, "call_family")
        assert "TWO: Lightweight car bodies (p2)" in family["label"]
        members = _reason(s, "worked_with_members")
        assert {e["id"] for e in members["evidence"]} == {"c2"}
        assert "Delta Cars" in members["label"]
    # on the call only through the family's earlier calls (the new call has no words here)
    said = """query($input: ConsortiumBriefInput!) { suggestConsortium(input: $input, first: 2) {
      summary facts { subjectProjects subjectInCallFamily } } }"""
    for s in _data(await gql(said, variables), "suggestConsortium"):
        facts = s["facts"]
        assert facts["subjectProjects"] >= 1
        assert facts["subjectInCallFamily"] == facts["subjectProjects"]
        assert "in earlier calls of the same group" in s["summary"]
        assert "on the subject" not in s["summary"]


def test_projects_know_what_they_are_about(network: Driver, settings: Settings) -> None:
    records = network.execute_query(
        "MATCH (p:Project) WHERE p.id IN ['p1', 'p4', 'he-1'] "
        "RETURN p.id AS id, p.sgText AS text, p.sgYear AS year, p.sgWeight AS weight ORDER BY id",
        database_=settings.database,
    ).records
    rows = {r["id"]: r for r in records}
    assert (
        rows["p1"]["text"]
        == "Hydrogen refuelling for heavy-duty trucks Hydrogen refuelling infrastructure"
    )
    assert rows["p4"]["text"] == "Protein folding"
    # Horizon Europe: no title, the call topic's description; dated by its call year.
    assert rows["he-1"]["text"] == "Hydrogen trucks for long-haul freight"
    assert rows["he-1"]["year"] == 2017
    assert rows["he-1"]["weight"] is not None


async def _round_trips(gql: GraphQLClient, document: str, variables: dict[str, Any]) -> int:
    response = await gql.http.post("/graphql", json={"query": document, "variables": variables})
    body = response.json()
    assert "errors" not in body, body.get("errors")
    assert body["data"], "no suggestions to count the reads of"
    return int(response.headers["x-neo4j-round-trips"])


@pytest.mark.parametrize(
    ("document", "variables", "expected"),
    [
        # the id check, the seeds' partners, the candidates and their own signals (2), the
        # evidence projects, the names in the labels, then the organisations and the evidence
        # nodes as selected
        (PARTNERS, {"id": "q"}, 8),
        # the members' check, the call topic as the data spells it, then the seeds, the
        # network (2) and the brief at once, the candidates that worked with the members, the
        # evidence projects, the names, the organisations and the evidence nodes
        (
            BRIEF,
            {
                "input": {
                    "organizationIds": ["c2"],
                    "brief": "Hydrogen trucks",
                    "callTopic": "FCH-03-2018",
                }
            },
            11,
        ),
    ],
)
async def test_suggestions_read_a_fixed_number_of_times(
    network: Driver, gql: GraphQLClient, document: str, variables: dict[str, Any], expected: int
) -> None:
    few = await _round_trips(gql, document, {**variables, "first": 2})
    many = await _round_trips(gql, document, {**variables, "first": 10})
    assert few == many == expected


async def test_a_call_alone_counts_recent_family_work(network: Driver, settings: Settings) -> None:
    # FCH-03-2018 is a new call of the family FCH (P1 of 2016: q, a, b; P2 of 2017: a, c1,
    # c2). The reference year is 2017, so both count as recent, the older one decayed in fam.
    driver = open_driver(settings)
    try:
        found = await consortium_candidates(
            Graph(driver, settings.database), [], 10, Brief(None, "FCH-03-2018")
        )
    finally:
        await driver.close()
    rows = {row["id"]: row for row in found.rows}
    assert set(rows) == {"q", "a", "b", "c1", "c2"}  # nobody without work in the family
    assert found.subject_only
    assert {cid: row["famrecent"] for cid, row in rows.items()} == {
        "q": 1,
        "a": 2,
        "b": 1,
        "c1": 1,
        "c2": 1,
    }
    assert math.isclose(rows["q"]["fam"], 0.8)
    assert math.isclose(rows["a"]["fam"], 1.8)
    # the hub discounts: log(1 + partners) times the family work and the text's breadth
    assert math.isclose(rows["a"]["famdeg"], math.log1p(rows["a"]["deg"]) * math.log1p(1.8))
    assert rows["a"]["textsumdeg"] == 0.0  # no words asked


async def test_a_call_in_the_data_is_asked_with_its_title(
    network: Driver, gql: GraphQLClient
) -> None:
    """As who answers a call is evaluated: the call's title as words. P2, of the call
    FCH-02-2017 ("Fuel cells for cars"), is on the subject; P1, of an earlier call of the
    same group about refuelling, only in the same group."""
    said = """query($input: ConsortiumBriefInput!) { suggestConsortium(input: $input) {
      organization { id } summary facts { subjectProjects subjectInCallFamily } } }"""
    found = {
        s["organization"]["id"]: s
        for s in _data(
            await gql(said, {"input": {"callTopic": "FCH-02-2017"}}), "suggestConsortium"
        )
    }
    assert {"a", "c1", "c2", "q", "b"} <= set(found)
    assert found["c1"]["facts"] == {"subjectProjects": 1, "subjectInCallFamily": 0}
    assert "on the subject" in found["c1"]["summary"]
    assert found["q"]["facts"] == {"subjectProjects": 1, "subjectInCallFamily": 1}
    assert "in earlier calls of the same group" in found["q"]["summary"]
    # with words that no project holds, P2 is still on the subject: it is of the call itself
    asked = {"input": {"callTopic": "FCH-02-2017", "brief": "quantum zebra"}}
    found = {s["organization"]["id"]: s for s in _data(await gql(said, asked), "suggestConsortium")}
    assert found["c1"]["facts"] == {"subjectProjects": 1, "subjectInCallFamily": 0}
    assert found["q"]["facts"] == {"subjectProjects": 1, "subjectInCallFamily": 1}


async def test_a_call_code_is_found_in_any_case(network: Driver, gql: GraphQLClient) -> None:
    """A code typed in lower case names the call the data spells in capitals: the same
    suggestions, and the root field finds the call by it."""
    said = """query($input: ConsortiumBriefInput!) { suggestConsortium(input: $input) {
      organization { id } facts { subjectProjects subjectInCallFamily } } }"""
    spelled = await gql(said, {"input": {"callTopic": "FCH-02-2017"}})
    typed = await gql(said, {"input": {"callTopic": " fch-02-2017 "}})
    assert _data(typed, "suggestConsortium") == _data(spelled, "suggestConsortium")
    # with words too, the call's own project is on the subject (the stored call is asked)
    asked = {"input": {"callTopic": "fch-02-2017", "brief": "quantum zebra"}}
    found = {s["organization"]["id"]: s for s in _data(await gql(said, asked), "suggestConsortium")}
    assert found["c1"]["facts"] == {"subjectProjects": 1, "subjectInCallFamily": 0}
    lookup = """query($code: String!) { callTopic(code: $code) { id code description } }"""

    async def call(code: str) -> Any:
        body = await gql(lookup, {"code": code})
        assert "errors" not in body, body["errors"]
        return body["data"]["callTopic"]

    assert await call("horizon-cl5-2022-d5-01-01") == {
        "id": "call-HORIZON-CL5-2022-D5-01-01",
        "code": "HORIZON-CL5-2022-D5-01-01",
        "description": "Hydrogen trucks for long-haul freight",
    }
    assert await call("FCH-09-2099") is None
    assert await call("fch") is None  # a call family is not a call topic


async def test_a_call_topic_is_answered_by_whole_consortia(
    network: Driver, gql: GraphQLClient
) -> None:
    # a, c1 and c2 have the same best project on both subjects (P2, of the family FCH and
    # about fuel cells for cars). Words alone: the third of them is re-ranked for diversity;
    # a call topic: who answers it is often an earlier call's whole consortium, not re-ranked.
    def kinds(found: list[dict[str, Any]]) -> set[str]:
        return {r["kind"] for s in found for r in s["reasons"]}

    words = _data(
        await gql(CONSORTIUM, {"input": {"brief": "Fuel cells for cars"}}), "suggestConsortium"
    )
    assert {"a", "c1", "c2"} <= {s["organization"]["id"] for s in words}
    assert "diversity" in kinds(words)
    call = _data(
        await gql(CONSORTIUM, {"input": {"callTopic": "FCH-03-2018"}}), "suggestConsortium"
    )
    assert {s["organization"]["id"] for s in call} == {"q", "a", "b", "c1", "c2"}
    assert "diversity" not in kinds(call)
