"""Objectives that measure themselves (an indicator, or the initiative adding up its
clusters' values), their status as of any day, and the initiative as its own entity."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from neo4j import Driver

from graph.objectives import checkpoints, refresh_objectives
from graph.settings import Settings
from tests.conftest import GraphQLClient, seed_network
from tests.writes_support import bearer, token

OBJECTIVES = """
query($day: Date) {
  cluster(id: "cl-a") {
    objectives {
      id measuredFromData population since indicator { id unit }
      status(asOf: $day) progress(asOf: $day)
      measurements { date value computed illustrative recordedBy }
    }
  }
}"""


@pytest.fixture
def network(empty_graph: Driver, settings: Settings) -> Driver:
    driver = seed_network(empty_graph, settings, "seed_indicators.cypher", "seed_objectives.cypher")
    assert refresh_objectives(driver, settings.database) == 3
    return driver


async def _objectives(gql: GraphQLClient, day: str | None = None) -> dict[str, Any]:
    body = await gql(OBJECTIVES, {"day": day})
    assert "errors" not in body, body
    return {o["id"]: o for o in body["data"]["cluster"]["objectives"]}


def test_checkpoints_are_year_ends_up_to_the_deadline_or_today() -> None:
    since = dt.date(2015, 1, 1)
    today = dt.date(2026, 12, 3)
    assert checkpoints(since, dt.date(2017, 12, 31), today) == [
        dt.date(2015, 12, 31),
        dt.date(2016, 12, 31),
        dt.date(2017, 12, 31),
    ]
    assert checkpoints(since, dt.date(2030, 6, 30), dt.date(2016, 3, 1)) == [
        dt.date(2015, 12, 31),
        dt.date(2016, 3, 1),
    ]
    assert checkpoints(since, dt.date(2014, 12, 31), today) == []


async def test_an_indicator_measures_the_objective(network: Driver, gql: GraphQLClient) -> None:
    found = await _objectives(gql)
    reach, projects = found["obj-reach"], found["obj-projects"]
    # New foreign partners of the members since 2015: f1 in 2015, f2 and b1 in 2016.
    assert [(m["date"], m["value"]) for m in reach["measurements"]] == [
        ("2015-12-31", 1.0),
        ("2016-12-31", 3.0),
        ("2017-12-31", 3.0),
    ]
    assert all(m["computed"] and m["recordedBy"] == "clustergraph" for m in reach["measurements"])
    assert (reach["measuredFromData"], reach["population"], reach["since"]) == (
        True,
        "MEMBER",
        "2015-01-01",
    )
    assert reach["indicator"] == {"id": "NEW_FOREIGN_PARTNERS", "unit": "organisations"}
    assert (reach["status"], reach["progress"]) == ("MET", 1.0)
    # Projects started by members since 2015, cumulated: P1, P2, then P4 in 2019.
    assert [m["value"] for m in projects["measurements"]] == [1.0, 2.0, 2.0, 2.0, 3.0]
    assert projects["population"] is None  # MEMBER by default
    assert projects["status"] == "MISSED"
    assert found["a-jobs"]["measuredFromData"] is False


@pytest.mark.parametrize(
    ("day", "reach", "projects"),
    [
        ("2016-06-30", ("UNKNOWN", 1 / 3), ("UNKNOWN", 0.25)),  # one value each so far
        ("2017-06-30", ("MET", 1.0), ("ON_TRACK", 0.5)),  # 1 then 2: 5 by 2019 at that pace
        ("2018-06-30", ("MET", 1.0), ("AT_RISK", 0.5)),  # 1 then 2 over two years: 3
        ("2020-06-30", ("MET", 1.0), ("MISSED", 0.75)),
    ],
)
async def test_status_as_of_any_day(
    network: Driver,
    gql: GraphQLClient,
    day: str,
    reach: tuple[str, float],
    projects: tuple[str, float],
) -> None:
    found = await _objectives(gql, day)
    for objective_id, (status, progress) in (("obj-reach", reach), ("obj-projects", projects)):
        assert found[objective_id]["status"] == status, objective_id
        assert found[objective_id]["progress"] == pytest.approx(progress), objective_id


async def test_refreshing_again_replaces_computed_values_only(
    network: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    network.execute_query(
        "MATCH (a1:Organization {id: 'a1'}), (p:Project {id: 'p3'}) "
        "CREATE (a1)-[:PARTICIPATES_IN {role: 'PARTNER'}]->(p)",
        database_=settings.database,
    )
    refresh_objectives(network, settings.database)
    found = await _objectives(gql)
    assert [m["value"] for m in found["obj-projects"]["measurements"]] == [1.0, 2.0, 3.0, 3.0, 4.0]
    assert found["obj-projects"]["status"] == "MET"
    assert [m["value"] for m in found["a-jobs"]["measurements"]] == [10.0, 30.0]


INITIATIVE = """
{
  initiative {
    id name operator launchDate clusterIds clusters { id }
    objectives { id target status measuredFromData
                 measurements { date value illustrative computed } }
    indicators(from: "2016-01-01", to: "2016-12-31", populations: [MEMBER],
               indicators: [ORGANIZATIONS, PROJECTS_STARTED, CROSS_CLUSTER_PROJECTS]) {
      indicator { id } total
    }
  }
  byId: initiative(id: "ini") { id }
  unknown: initiative(id: "none") { id }
}"""


async def test_the_initiative_owns_its_targets(network: Driver, gql: GraphQLClient) -> None:
    body = await gql(INITIATIVE)
    assert "errors" not in body, body
    initiative = body["data"]["initiative"]
    assert (initiative["id"], initiative["operator"], initiative["launchDate"]) == (
        "ini",
        "Agency",
        "2002-06-01",
    )
    assert initiative["clusterIds"] == ["cl-a", "cl-b"]
    assert [c["id"] for c in initiative["clusters"]] == ["cl-a", "cl-b"]
    [jobs] = initiative["objectives"]
    assert jobs["measuredFromData"] is True
    # The sum of each cluster's latest value on every day one of them has a value.
    assert [(m["date"], m["value"], m["illustrative"]) for m in jobs["measurements"]] == [
        ("2016-12-31", 10.0, False),
        ("2017-12-31", 30.0, True),
        ("2018-12-31", 50.0, True),
    ]
    assert jobs["status"] == "MISSED"
    # Members of both clusters in 2016: a1, a2 and b1; P2 joins them all, inside the group.
    assert [(s["indicator"]["id"], s["total"]) for s in initiative["indicators"]] == [
        ("ORGANIZATIONS", 3.0),
        ("PROJECTS_STARTED", 1.0),
        ("CROSS_CLUSTER_PROJECTS", 0.0),
    ]
    assert body["data"]["byId"] == {"id": "ini"}
    assert body["data"]["unknown"] is None


RECORD = """
mutation($input: RecordMeasurementInput!) {
  recordMeasurement(input: $input) {
    __typename
    ... on MutationError { message }
    ... on ValidationError { field }
    ... on RecordMeasurementSuccess { measurement { value recordedBy recordedOn computed } }
  }
}"""


async def test_people_record_only_what_the_data_cannot_measure(
    network: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    admin = bearer(token(network, settings, "admin"))
    refused = await gql(
        RECORD, {"input": {"objectiveId": "obj-reach", "date": "2016-06-30", "value": 9}}, admin
    )
    result = refused["data"]["recordMeasurement"]
    assert result["__typename"] == "ValidationError" and result["field"] == "objectiveId"
    assert "measured from the data" in result["message"]
    recorded = await gql(
        RECORD, {"input": {"objectiveId": "a-jobs", "date": "2019-12-31", "value": 40}}, admin
    )
    measurement = recorded["data"]["recordMeasurement"]["measurement"]
    assert measurement["recordedBy"].startswith("API key ")
    assert measurement["recordedOn"] == dt.date.today().isoformat()
    assert measurement["computed"] is False
    # who recorded it: for admins and the cluster's managers only, never public
    for headers, seen in [
        ({}, {None}),
        (bearer(token(network, settings, "cluster_manager", "cl-b")), {None}),
        (bearer(token(network, settings, "cluster_manager", "cl-a")), {measurement["recordedBy"]}),
    ]:
        body = await gql(OBJECTIVES, {"day": None}, headers)
        jobs = {o["id"]: o for o in body["data"]["cluster"]["objectives"]}["a-jobs"]
        by = [m["recordedBy"] for m in jobs["measurements"] if m["date"] == "2019-12-31"]
        assert set(by) == seen
