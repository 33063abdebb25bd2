"""The cluster page's stored figures (graph.derived_clusters): what the page reads while they
hold, the same as counting from the graph after imports and after each kind of write, and
counted from the graph again once a membership has ended on its date."""

from __future__ import annotations

from typing import Any

import pytest
from neo4j import Driver

from graph.derived_clusters import refresh_clusters
from graph.settings import Settings
from tests.conftest import GraphQLClient, seed_network
from tests.writes_support import (
    ADD_MEMBERSHIP,
    ADD_PARTICIPATION,
    END_MEMBERSHIP,
    bearer,
    mutate,
    token,
)

PAGE = """{ auto: cluster(id: "cl-auto") { ...figures } ict: cluster(id: "cl-ict") { ...figures } }
fragment figures on Cluster { stats { partnersOutside } bridges(first: 100) {
  score partnersInOtherClusters organization { id } otherClusters { id } } }"""
FORGET = "MATCH (c:Cluster) REMOVE c.sgPartnersOutside"
STORED = "MATCH (c:Cluster) RETURN c.id AS id, c.sgPartnersOutside AS outside ORDER BY id"


@pytest.fixture
def network(empty_graph: Driver, settings: Settings) -> Driver:
    seed_network(empty_graph, settings, "seed.cypher", "seed_clusters.cypher")
    refresh_clusters(empty_graph, settings.database)
    return empty_graph


def run(driver: Driver, settings: Settings, cypher: str, **params: Any) -> list[dict[str, Any]]:
    records = driver.execute_query(cypher, params, database_=settings.database).records
    return [dict(r) for r in records]


async def stored_and_counted(
    driver: Driver, settings: Settings, gql: GraphQLClient
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The page from the stored figures, then counted from the graph (figures removed)."""
    assert all(r["outside"] is not None for r in run(driver, settings, STORED))
    stored = (await gql(PAGE))["data"]
    run(driver, settings, FORGET)
    counted = (await gql(PAGE))["data"]
    refresh_clusters(driver, settings.database)
    return stored, counted


async def test_import_stores_what_the_page_counts(
    network: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    assert run(network, settings, STORED) == [
        {"id": "cl-auto", "outside": 2},
        {"id": "cl-ict", "outside": 2},
    ]
    stored, counted = await stored_and_counted(network, settings, gql)
    assert stored == counted
    assert [b["organization"]["id"] for b in stored["auto"]["bridges"]] == ["org-acme", "org-list"]


async def test_page_reads_stored_figures_only_while_they_hold(
    network: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    # A figure set by hand shows while the stored figures hold...
    run(network, settings, "MATCH (c:Cluster {id: 'cl-auto'}) SET c.sgPartnersOutside = 99")
    run(
        network,
        settings,
        "MATCH (:Organization {id: 'org-acme'})-[r:MEMBER_OF]->(:Cluster {id: 'cl-auto'}) "
        "SET r.sgBridgePartners = 7",
    )
    page = (await gql(PAGE))["data"]["auto"]
    assert page["stats"]["partnersOutside"] == 99
    assert page["bridges"][0]["partnersInOtherClusters"] == 7
    # ...and not once a membership ended since they were counted: counted from the graph.
    run(network, settings, "MATCH (c:Cluster) SET c.sgDerivedUntil = date() - duration('P1D')")
    page = (await gql(PAGE))["data"]["auto"]
    assert page["stats"]["partnersOutside"] == 2
    assert page["bridges"][0]["partnersInOtherClusters"] == 2


async def test_a_membership_ahead_bounds_the_stored_figures(
    network: Driver, settings: Settings
) -> None:
    run(
        network,
        settings,
        "MATCH (:Organization {id: 'org-uni'})-[r:MEMBER_OF]->(:Cluster {id: 'cl-ict'}) "
        "SET r.until = date() + duration('P30D')",
    )
    refresh_clusters(network, settings.database)
    ahead = "RETURN DISTINCT c.sgDerivedUntil = date() + duration('P30D') AS same"
    assert run(network, settings, "MATCH (c:Cluster) " + ahead) == [{"same": True}]


async def test_writes_keep_stored_figures_exact(
    network: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    admin = bearer(token(network, settings, "admin"))
    before, _ = await stored_and_counted(network, settings, gql)
    # Fraunhofer joins ICT: ICT loses it as an outside partner, and the Auto members that work
    # with it gain a partner in another cluster.
    join = {"organizationId": "org-fh", "clusterId": "cl-ict"}
    assert (await mutate(gql, ADD_MEMBERSHIP, join, admin))["__typename"] == "MembershipSuccess"
    joined, counted = await stored_and_counted(network, settings, gql)
    assert joined == counted
    assert joined != before
    # The Ville de Luxembourg takes part in a project of UNI (ICT) and ACME.
    take_part = {"organizationId": "org-muni", "projectId": "prj-1", "role": "PARTNER"}
    added = await mutate(gql, ADD_PARTICIPATION, take_part, admin)
    assert added["__typename"] == "AddParticipationSuccess"
    took_part, counted = await stored_and_counted(network, settings, gql)
    assert took_part == counted
    assert took_part != joined
    # Fraunhofer leaves ICT again (its last day was yesterday).
    leave = {**join, "until": "2020-01-01"}
    assert (await mutate(gql, END_MEMBERSHIP, leave, admin))["__typename"] == "MembershipSuccess"
    ended = run(
        network,
        settings,
        "MATCH (:Organization {id: 'org-fh'})-[r:MEMBER_OF]->(:Cluster {id: 'cl-ict'}) "
        "RETURN r.sgBridgePartners AS partners, r.sgBridgeClusters AS clusters",
    )
    assert ended == [{"partners": None, "clusters": None}]  # an ended membership keeps none
    left, counted = await stored_and_counted(network, settings, gql)
    assert left == counted
    assert left != took_part


async def test_refused_write_changes_no_figure(
    network: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    run(network, settings, "MATCH (c:Cluster {id: 'cl-ict'}) SET c.sgPartnersOutside = 99")
    manager = bearer(token(network, settings, "cluster_manager", "cl-auto"))
    join = {"organizationId": "org-fh", "clusterId": "cl-ict"}
    assert (await mutate(gql, ADD_MEMBERSHIP, join, manager))["__typename"] == "NotAuthorized"
    assert run(network, settings, STORED)[1] == {"id": "cl-ict", "outside": 99}
