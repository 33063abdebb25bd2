"""bench/peer without the peer: clustergraph's documents and the driver's Cypher agree.

The comparison with @neo4j/graphql needs Node and the whole network (``make bench-peer``);
this checks, on a small seeded graph, that clustergraph's side (``bench/peer/ours.py``) and the
raw driver's side return the same data for every shape, and that the check fails on a
difference. When clustergraph's schema changes, this test says whether ``ours.py`` follows.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from neo4j import AsyncDriver, AsyncGraphDatabase, Driver

from bench.peer import ours
from bench.peer.cases import Case, canonical
from bench.peer.check import CheckFailed, check
from bench.peer.sides import HEADERS, Answer, DriverSide, GraphQLSide, Side
from graph.derived import refresh_project_dates
from graph.settings import Settings
from tests.conftest import GraphQLClient

SEED = """
CREATE (uni:Organization:ResearchInstitution {id: 'o-uni', name: 'Université de Testville',
        country: 'LU'}),
       (co:Organization:Company {id: 'o-co', name: 'Alpha SA', country: 'LU'}),
       (pub:Organization:PublicActor {id: 'o-pub', country: 'LU'}),
       (oth:Organization:OtherActor {id: 'o-oth', name: 'Beta', country: 'DE'}),
       (sme:Organization:Company {id: 'o-sme', name: 'alpha lab', country: 'LU'}),
       (p1:Project {id: 'p-1', acronym: 'ONE', title: 'First', startDate: date('2016-02-01')}),
       (p2:Project {id: 'p-2', acronym: 'TWO', title: 'Second', startDate: date('2019-05-01')}),
       (p3:Project {id: 'p-3', acronym: 'THREE', title: 'Third', startDate: date('2019-05-01')}),
       (p4:Project {id: 'p-4', title: 'Undated'}),
       (c:Cluster {id: 'c-1', name: 'Test cluster'}),
       (uni)-[:PARTICIPATES_IN {role: 'COORDINATOR', contribution: 1250.5}]->(p1),
       (co)-[:PARTICIPATES_IN {role: 'PARTNER', contribution: 300}]->(p1),
       (pub)-[:PARTICIPATES_IN {role: 'PARTNER'}]->(p1),
       (uni)-[:PARTICIPATES_IN {role: 'PARTNER', contribution: 10.25}]->(p2),
       (oth)-[:PARTICIPATES_IN {role: 'COORDINATOR', contribution: 99.0}]->(p2),
       (uni)-[:PARTICIPATES_IN {role: 'PARTNER'}]->(p3),
       (sme)-[:PARTICIPATES_IN {role: 'COORDINATOR', contribution: 5.0}]->(p3),
       (uni)-[:PARTICIPATES_IN {role: 'COORDINATOR'}]->(p4),
       (uni)-[:MEMBER_OF {source: 'official'}]->(c),
       (co)-[:MEMBER_OF {source: 'derived'}]->(c),
       (pub)-[:MEMBER_OF {source: 'derived'}]->(c),
       (sme)-[:MEMBER_OF {source: 'official'}]->(c)
"""

CASES = [
    Case("org", "an organisation's projects", "org_projects", {"id": "o-uni"}),
    Case("cluster", "a cluster's members", "cluster_members", {"id": "c-1"}),
    Case("project", "a project's participants", "project_participants", {"id": "p-1"}),
    Case("country", "LU organisations", "country_organizations", {"country": "LU"}),
    Case("nested", "projects and participants", "org_projects_participants", {"id": "o-uni"}),
    Case("search", "search", "search", {"text": "Universite"}),
]


@pytest.fixture
def seeded(empty_graph: Driver, settings: Settings) -> Driver:
    empty_graph.execute_query(SEED, database_=settings.database)
    refresh_project_dates(empty_graph, settings.database)  # as every writer does
    return empty_graph


@pytest.fixture
async def neo4j(settings: Settings) -> AsyncIterator[AsyncDriver]:
    async with AsyncGraphDatabase.driver(
        settings.uri, auth=(settings.user, settings.password)
    ) as driver:
        yield driver


class InProcess:
    """The bench's transport, over the test's in-process client of the app."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self.http = http

    async def post(self, url: str, body: bytes) -> Answer:
        response = await self.http.post(url, content=body, headers=HEADERS)
        return Answer(response.status_code, response.headers, response.content)


def _sides(gql: GraphQLClient, neo4j: AsyncDriver, settings: Settings) -> list[Side]:
    transport = InProcess(gql.http)
    return [
        GraphQLSide("clustergraph", "/graphql", transport, ours.DOCUMENTS, ours.NORMALISERS),
        DriverSide(neo4j, settings.database),
    ]


async def test_clustergraph_and_driver_return_the_same_data(
    seeded: Driver, gql: GraphQLClient, neo4j: AsyncDriver, settings: Settings
) -> None:
    sides = _sides(gql, neo4j, settings)
    round_trips = await check(sides, CASES)
    assert set(round_trips) == {case.key for case in CASES}

    driver_side = sides[1]
    org = canonical(driver_side.read(await driver_side.send(CASES[0])))
    # newest first, ties by id, undated projects last
    assert [item["project"]["id"] for item in org["projects"]] == ["p-2", "p-3", "p-1", "p-4"]
    members = canonical(driver_side.read(await driver_side.send(CASES[1])))
    assert [m["id"] for m in members["members"]] == ["o-co", "o-uni", "o-sme", "o-pub"]
    assert members["totalCount"] == 4


async def test_check_fails_with_a_diff_when_a_side_differs(
    seeded: Driver, gql: GraphQLClient, neo4j: AsyncDriver, settings: Settings
) -> None:
    sides = _sides(gql, neo4j, settings)
    wrong = {**ours.NORMALISERS}
    right = wrong["project_participants"]
    wrong["project_participants"] = lambda data: {
        **right(data),
        "participants": right(data)["participants"][::-1],
    }
    sides[0] = GraphQLSide("clustergraph", "/graphql", InProcess(gql.http), ours.DOCUMENTS, wrong)
    with pytest.raises(CheckFailed) as failure:
        await check(sides, CASES)
    message = str(failure.value)
    assert "project (a project's participants): clustergraph differs from driver" in message
    assert '"id": "o-uni"' in message and '"id": "o-pub"' in message
