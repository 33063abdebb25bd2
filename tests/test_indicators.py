"""Indicators of the five-point plan (Cluster.indicators) on a hand-made network whose every
yearly value is worked out below, and one cluster of real CORDIS organisations against a
computation straight from the CORDIS file."""

from __future__ import annotations

import csv
import gzip
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
from neo4j import Driver

from graph.indicators import CATALOGUE
from graph.settings import Settings
from importers.cordis import import_cordis
from tests.conftest import GraphQLClient, seed_network

INDICATORS = """
query($id: ID!, $from: Date, $to: Date, $populations: [MembershipStanding!],
      $indicators: [IndicatorId!]) {
  cluster(id: $id) {
    indicators(from: $from, to: $to, populations: $populations, indicators: $indicators) {
      indicator { id planArea unit queryFile }
      population total years { year value partial }
    }
  }
}"""

# Cluster cl-a of seed_indicators.cypher, 2015-2019, per population: (total, yearly values).
# Members a1 (from 2015) and a2 (mid-2016 to 2018); a3 inferred active from March 2015.
# P1 (2015): a1 leads, f1 (FR), x1 (LU); flagship. P0 (2014, a1 with f1) is before a1 joined.
# P2 (2016): a1, a2 (leads), a3, f2 (DE), b1 (DE, member of cl-b). P3 (call year 2017): a3
# leads, b2 (inferred active in cl-b's domain), f1. P4 (2019): a1, a2 (no longer a member),
# f1, f2 (leads).
EXPECTED: dict[str, dict[str, tuple[float, list[float]]]] = {
    "ORGANIZATIONS": {"MEMBER": (2, [1, 2, 2, 2, 1]), "ACTIVE_IN_DOMAIN": (1, [1, 1, 1, 1, 1])},
    "ACTIVE_ORGANIZATIONS": {
        "MEMBER": (2, [1, 2, 0, 0, 1]),
        "ACTIVE_IN_DOMAIN": (1, [0, 1, 1, 0, 0]),
    },
    "SMES_ACTIVE": {"MEMBER": (1, [1, 1, 0, 0, 1]), "ACTIVE_IN_DOMAIN": (0, [0, 0, 0, 0, 0])},
    "PROJECTS_STARTED": {
        "MEMBER": (3, [1, 1, 0, 0, 1]),
        "ACTIVE_IN_DOMAIN": (2, [0, 1, 1, 0, 0]),
    },
    "EU_FUNDING": {
        "MEMBER": (2100, [1000, 500, 0, 0, 600]),
        "ACTIVE_IN_DOMAIN": (120, [0, 50, 70, 0, 0]),
    },
    "MEMBER_COLLABORATIONS": {
        "MEMBER": (1, [0, 1, 0, 0, 0]),
        "ACTIVE_IN_DOMAIN": (0, [0, 0, 0, 0, 0]),
    },
    "FOREIGN_PARTNERS": {
        "MEMBER": (3, [1, 2, 0, 0, 2]),
        "ACTIVE_IN_DOMAIN": (3, [0, 2, 1, 0, 0]),
    },
    "FOREIGN_COUNTRIES": {
        "MEMBER": (2, [1, 1, 0, 0, 2]),
        "ACTIVE_IN_DOMAIN": (2, [0, 1, 1, 0, 0]),
    },
    "NEW_FOREIGN_PARTNERS": {
        "MEMBER": (3, [1, 2, 0, 0, 0]),
        "ACTIVE_IN_DOMAIN": (3, [0, 2, 1, 0, 0]),
    },
    "COORDINATIONS": {"MEMBER": (2, [1, 1, 0, 0, 0]), "ACTIVE_IN_DOMAIN": (1, [0, 0, 1, 0, 0])},
    "FLAGSHIP_PROJECTS": {
        "MEMBER": (1, [1, 0, 0, 0, 0]),
        "ACTIVE_IN_DOMAIN": (0, [0, 0, 0, 0, 0]),
    },
    # Members: a1-x1 in 2015 (a1-f1 met in 2014), then a1-a2 once, a1 and a2 each with a3,
    # f2 and b1 in 2016. Active: a3 with a1, a2, f2, b1 in 2016, with b2 and f1 in 2017.
    "NEW_COLLABORATIONS": {
        "MEMBER": (8, [1, 7, 0, 0, 0]),
        "ACTIVE_IN_DOMAIN": (6, [0, 4, 2, 0, 0]),
    },
    "CROSS_CLUSTER_PROJECTS": {
        "MEMBER": (1, [0, 1, 0, 0, 0]),
        "ACTIVE_IN_DOMAIN": (1, [0, 0, 1, 0, 0]),
    },
}


@pytest.fixture
def network(empty_graph: Driver, settings: Settings) -> Driver:
    return seed_network(empty_graph, settings, "seed_indicators.cypher")


async def _series(gql: GraphQLClient, **variables: Any) -> list[dict[str, Any]]:
    body = await gql(INDICATORS, variables)
    assert "errors" not in body, body
    series: list[dict[str, Any]] = body["data"]["cluster"]["indicators"]
    return series


def test_every_indicator_has_expected_values() -> None:
    assert [i.id for i in CATALOGUE] == list(EXPECTED)


@pytest.mark.parametrize("indicator", list(EXPECTED))
async def test_yearly_values_per_population(
    network: Driver, gql: GraphQLClient, indicator: str
) -> None:
    series = await _series(
        gql, id="cl-a", **{"from": "2015-01-01", "to": "2019-12-31"}, indicators=[indicator]
    )
    found = {s["population"]: (s["total"], [y["value"] for y in s["years"]]) for s in series}
    assert found == EXPECTED[indicator]
    assert [y["year"] for y in series[0]["years"]] == [2015, 2016, 2017, 2018, 2019]
    assert not any(y["partial"] for s in series for y in s["years"])
    cypher = Path(__file__).resolve().parent.parent / "graph" / "cypher"
    assert (cypher / f"{series[0]['indicator']['queryFile']}.cypher").exists()


async def test_a_period_that_cuts_years(network: Driver, gql: GraphQLClient) -> None:
    series = await _series(
        gql,
        id="cl-a",
        **{"from": "2016-10-01", "to": "2017-12-31"},
        populations=["ACTIVE_IN_DOMAIN"],
        indicators=["PROJECTS_STARTED", "NEW_FOREIGN_PARTNERS"],
    )
    # P2 (1 September 2016) is before the period; P3 (call year 2017) is in it.
    assert [(s["indicator"]["id"], s["total"]) for s in series] == [
        ("PROJECTS_STARTED", 1.0),
        ("NEW_FOREIGN_PARTNERS", 1.0),
    ]
    assert [(y["year"], y["value"], y["partial"]) for y in series[0]["years"]] == [
        (2016, 0.0, True),
        (2017, 1.0, False),
    ]


async def test_the_other_cluster_sees_the_shared_project(
    network: Driver, gql: GraphQLClient
) -> None:
    series = await _series(
        gql,
        id="cl-b",
        **{"from": "2016-01-01", "to": "2017-12-31"},
        indicators=["CROSS_CLUSTER_PROJECTS"],
    )
    # P2 joins b1 with members of cl-a; P3 joins b2 with a3, active in cl-a's domain.
    assert [(s["population"], [y["value"] for y in s["years"]]) for s in series] == [
        ("MEMBER", [1.0, 0.0]),
        ("ACTIVE_IN_DOMAIN", [0.0, 1.0]),
    ]


async def test_every_cluster_in_one_query(network: Driver, gql: GraphQLClient) -> None:
    response = await gql.http.post(
        "/graphql",
        json={"query": "{ clusters { id indicators { population total } } }"},
    )
    body = response.json()
    assert "errors" not in body, body
    assert [len(c["indicators"]) for c in body["data"]["clusters"]] == [26, 26]
    # the list of clusters, then the indicators of both in one query
    assert response.headers["x-neo4j-round-trips"] == "2"


@pytest.mark.parametrize(
    ("variables", "message"),
    [
        ({"from": "2019-01-01", "to": "2018-12-31"}, "to: must not be before from"),
        ({"from": "1900-01-01", "to": "2019-12-31"}, "to: the period spans more than 50 years"),
        ({"from": "1800-01-01", "to": "1801-12-31"}, "from: must be between 1900 and 2100"),
        ({"from": "2099-01-01", "to": "3001-12-31"}, "to: must be between 1900 and 2100"),
        ({"populations": ["FORMER"]}, "populations: FORMER is not a population"),
    ],
)
async def test_bad_input_is_named(
    network: Driver, gql: GraphQLClient, variables: dict[str, Any], message: str
) -> None:
    body = await gql(INDICATORS, {"id": "cl-a", **variables})
    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    assert body["errors"][0]["message"].startswith(message)


async def test_definitions(gql: GraphQLClient) -> None:
    body = await gql("{ indicatorDefinitions { id name definition unit source planArea } }")
    found = body["data"]["indicatorDefinitions"]
    assert [d["id"] for d in found] == list(EXPECTED)
    assert all(d["definition"] and d["unit"] and d["source"] for d in found)
    areas = {d["planArea"] for d in found}
    assert areas == {
        "BUSINESS_DEVELOPMENT",
        "INTERNATIONALISATION",
        "FLAGSHIP_PROJECTS",
        "PROSPECTION_AND_PROMOTION",
    }


# One cluster of real organisations: every Luxembourg organisation with 8 to 30 Horizon 2020
# participations, members since 2014; checked for 2018 against the participation file read
# here with the csv module, without the importer or Neo4j.
YEAR = 2018


def _cordis_cluster(participations: Path) -> tuple[list[dict[str, str]], set[str]]:
    with gzip.open(participations, "rt", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    per_pic: dict[str, int] = defaultdict(int)
    for row in rows:
        if row["country"] == "LU":
            per_pic[row["pic"]] += 1
    members = {pic for pic, count in per_pic.items() if 8 <= count <= 30}
    projects = {row["rcn"] for row in rows if row["pic"] in members}
    return [row for row in rows if row["rcn"] in projects], members


def _expected_from_file(rows: list[dict[str, str]], members: set[str]) -> dict[str, float]:
    by_project: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        by_project[row["rcn"]].append(row)
    met: dict[tuple[str, str], str] = {}
    for project in by_project.values():
        for row in project:
            for other in project:
                if row["pic"] in members and other["pic"] != row["pic"]:
                    pair = (min(row["pic"], other["pic"]), max(row["pic"], other["pic"]))
                    met[pair] = min(met.get(pair, "9999"), row["start_date"])
    started = [p for p in by_project.values() if p[0]["start_year"] == str(YEAR)]
    mine = [row for p in started for row in p if row["pic"] in members]
    foreign = {
        other["pic"]: other["country"]
        for p in started
        for row in p
        if row["pic"] in members
        for other in p
        if other["country"] != row["country"]
    }
    return {
        "PROJECTS_STARTED": len(started) * 1.0,
        "EU_FUNDING": sum(float(row["contribution"] or 0) for row in mine),
        "COORDINATIONS": float(len({r["rcn"] for r in mine if r["role"] == "coordinator"})),
        "ACTIVE_ORGANIZATIONS": float(len({row["pic"] for row in mine})),
        "MEMBER_COLLABORATIONS": float(
            sum(1 for p in started if len({r["pic"] for r in p if r["pic"] in members}) >= 2)
        ),
        "FOREIGN_PARTNERS": float(len(foreign)),
        "FOREIGN_COUNTRIES": float(len(set(foreign.values()))),
        "NEW_COLLABORATIONS": float(sum(1 for day in met.values() if day[:4] == str(YEAR))),
    }


async def test_one_cluster_against_the_cordis_file(
    empty_graph: Driver, settings: Settings, shared_data: Path, tmp_path: Path, gql: GraphQLClient
) -> None:
    rows, members = _cordis_cluster(shared_data / "participations.csv.gz")
    assert len(members) >= 5
    subset = tmp_path / "participations.csv"
    with subset.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    assert import_cordis(empty_graph, settings.database, [subset]).ok
    empty_graph.execute_query(
        "CREATE (c:Cluster {id: 'cl-cordis', name: 'Real organisations'}) WITH c "
        "MATCH (o:Organization) WHERE o.pic IN $pics "
        "CREATE (o)-[:MEMBER_OF {since: date('2014-01-01'), source: 'official'}]->(c)",
        {"pics": sorted(members)},
        database_=settings.database,
    )
    expected = _expected_from_file(rows, members)
    assert expected["PROJECTS_STARTED"] > 5 and expected["FOREIGN_PARTNERS"] > 20
    series = await _series(
        gql,
        id="cl-cordis",
        **{"from": f"{YEAR}-01-01", "to": f"{YEAR}-12-31"},
        populations=["MEMBER"],
        indicators=list(expected),
    )
    found = {s["indicator"]["id"]: s["total"] for s in series}
    assert found == pytest.approx(expected)
