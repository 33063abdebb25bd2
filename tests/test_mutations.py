"""Mutations over HTTP: who may write what, validation, idempotent retries."""

from __future__ import annotations

from typing import Any

import pytest
from neo4j import Driver

from graph.settings import Settings
from tests.conftest import GraphQLClient
from tests.writes_support import bearer, count, node_count, seed, token


@pytest.fixture
def keys(empty_graph: Driver, settings: Settings) -> dict[str, dict[str, str]]:
    """Headers per viewer: anonymous, admin, manager of cl-auto, manager of cl-ict."""
    seed(empty_graph, settings)
    return {
        "anonymous": {},
        "admin": bearer(token(empty_graph, settings, "admin")),
        "auto": bearer(token(empty_graph, settings, "cluster_manager", "cl-auto")),
        "ict": bearer(token(empty_graph, settings, "cluster_manager", "cl-ict")),
    }


RESULT = """
  __typename
  ... on MutationError { message }
  ... on ValidationError { field }
  ... on Conflict { id fields }
  ... on NotFound { id }
"""

CREATE_ORG = f"""
mutation($input: CreateOrganizationInput!) {{
  createOrganization(input: $input) {{
    {RESULT}
    ... on CreateOrganizationSuccess {{ created organization {{ id name kind country }} }}
  }}
}}"""

UPDATE_ORG = f"""
mutation($input: UpdateOrganizationInput!) {{
  updateOrganization(input: $input) {{
    {RESULT}
    ... on UpdateOrganizationSuccess {{ organization {{ id name city kind }} }}
  }}
}}"""

ADD_MEMBERSHIP = f"""
mutation($input: AddMembershipInput!) {{
  addMembership(input: $input) {{
    {RESULT}
    ... on MembershipSuccess {{ membership {{ since until role source cluster {{ id }} }} }}
  }}
}}"""

END_MEMBERSHIP = f"""
mutation($input: EndMembershipInput!) {{
  endMembership(input: $input) {{
    {RESULT}
    ... on MembershipSuccess {{ membership {{ since until }} }}
  }}
}}"""

CREATE_PROJECT = f"""
mutation($input: CreateProjectInput!) {{
  createProject(input: $input) {{
    {RESULT}
    ... on CreateProjectSuccess {{ created project {{ id acronym }} }}
  }}
}}"""

ADD_PARTICIPATION = f"""
mutation($input: AddParticipationInput!) {{
  addParticipation(input: $input) {{
    {RESULT}
    ... on AddParticipationSuccess {{ organization {{ id partnerCount }}
                                      participation {{ role contribution }} }}
  }}
}}"""

SET_COMPETENCE = f"""
mutation($input: SetCompetenceInput!) {{
  setCompetence(input: $input) {{
    {RESULT}
    ... on SetCompetenceSuccess {{ competence {{ weight source topic {{ id }} }} }}
  }}
}}"""

RECORD = f"""
mutation($input: RecordMeasurementInput!) {{
  recordMeasurement(input: $input) {{
    {RESULT}
    ... on RecordMeasurementSuccess {{ created measurement {{ date value note }} }}
  }}
}}"""


async def _run(
    gql: GraphQLClient, document: str, variables: dict[str, Any], headers: dict[str, str]
) -> dict[str, Any]:
    body = await gql(document, {"input": variables}, headers)
    assert "errors" not in body, body
    data: dict[str, Any] = next(iter(body["data"].values()))
    return data


NEW_ORG = {"id": "org-new", "name": "New Co", "kind": "COMPANY", "country": "lu"}


async def test_anonymous_create_writes_nothing(
    keys: dict[str, dict[str, str]], empty_graph: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    before = node_count(empty_graph, settings)
    result = await _run(gql, CREATE_ORG, NEW_ORG, keys["anonymous"])
    assert result["__typename"] == "NotAuthorized"
    assert "may not" in result["message"]
    assert node_count(empty_graph, settings) == before


async def test_create_organization_is_idempotent_and_detects_conflicts(
    keys: dict[str, dict[str, str]], empty_graph: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    first = await _run(gql, CREATE_ORG, NEW_ORG, keys["admin"])
    assert first["__typename"] == "CreateOrganizationSuccess"
    assert first["created"] is True
    assert first["organization"] == {
        "id": "org-new",
        "name": "New Co",
        "kind": "COMPANY",
        "country": "LU",
    }
    again = await _run(gql, CREATE_ORG, NEW_ORG, keys["admin"])
    assert again["__typename"] == "CreateOrganizationSuccess"
    assert again["created"] is False
    other = await _run(gql, CREATE_ORG, {**NEW_ORG, "name": "Other Co"}, keys["admin"])
    assert other["__typename"] == "Conflict"
    assert other["fields"] == ["name"]
    assert count(empty_graph, settings, "MATCH (o:Organization {id: 'org-new'}) RETURN count(o)")
    name = count(
        empty_graph,
        settings,
        "MATCH (o:Organization {id: 'org-new', name: 'New Co'}) RETURN count(o)",
    )
    assert name == 1  # the conflicting create changed nothing


async def test_manager_creates_organization_with_generated_id(
    keys: dict[str, dict[str, str]], gql: GraphQLClient
) -> None:
    input_ = {"name": "Société Nouvelle SÀRL", "kind": "OTHER"}
    result = await _run(gql, CREATE_ORG, input_, keys["auto"])
    assert result["__typename"] == "CreateOrganizationSuccess"
    assert result["organization"]["id"] == "org-societe-nouvelle-sarl"
    assert result["organization"]["kind"] == "OTHER"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"website": "ftp://example.lu"}, "website"),
        ({"name": "   "}, "name"),
        ({"country": "LUX"}, "country"),
        ({"id": "bad id!"}, "id"),
    ],
)
async def test_validation_names_the_field(
    keys: dict[str, dict[str, str]],
    empty_graph: Driver,
    settings: Settings,
    gql: GraphQLClient,
    change: dict[str, str],
    field: str,
) -> None:
    before = node_count(empty_graph, settings)
    result = await _run(gql, CREATE_ORG, {**NEW_ORG, **change}, keys["admin"])
    assert result["__typename"] == "ValidationError"
    assert result["field"] == field
    assert result["message"].startswith(f"{field}: ")
    assert node_count(empty_graph, settings) == before


async def test_update_organization_rules(
    keys: dict[str, dict[str, str]], empty_graph: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    # LIST is an official member of cl-auto: its manager may update it.
    ok = await _run(gql, UPDATE_ORG, {"id": "org-list", "city": "Esch"}, keys["auto"])
    assert ok["__typename"] == "UpdateOrganizationSuccess"
    assert ok["organization"]["city"] == "Esch"
    assert ok["organization"]["name"] == "Luxembourg Institute of Science and Technology"
    # ACME's membership of cl-auto is derived, not official: no right from it.
    derived = await _run(gql, UPDATE_ORG, {"id": "org-acme", "name": "Hacked"}, keys["auto"])
    assert derived["__typename"] == "NotAuthorized"
    for viewer in ("ict", "anonymous"):
        refused = await _run(gql, UPDATE_ORG, {"id": "org-list", "name": "X"}, keys[viewer])
        assert refused["__typename"] == "NotAuthorized"
    assert (
        count(
            empty_graph,
            settings,
            "MATCH (o:Organization) WHERE o.name IN ['Hacked', 'X'] RETURN count(o)",
        )
        == 0
    )
    admin = await _run(
        gql, UPDATE_ORG, {"id": "org-list", "city": None, "kind": "PUBLIC_ACTOR"}, keys["admin"]
    )
    assert admin["__typename"] == "UpdateOrganizationSuccess"
    assert admin["organization"]["city"] is None
    assert admin["organization"]["kind"] == "PUBLIC_ACTOR"
    missing = await _run(gql, UPDATE_ORG, {"id": "org-none", "name": "X"}, keys["admin"])
    assert missing["__typename"] == "NotFound"
    # A manager does not learn whether an id outside their clusters exists.
    hidden = await _run(gql, UPDATE_ORG, {"id": "org-none", "name": "X"}, keys["auto"])
    assert hidden["__typename"] == "NotAuthorized"


MEMBERSHIPS = (
    "MATCH (:Organization {id: $org})-[m:MEMBER_OF]->(:Cluster {id: $cluster}) RETURN count(m)"
)


async def test_memberships_only_in_own_clusters(
    keys: dict[str, dict[str, str]], empty_graph: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    add = {"organizationId": "org-fh", "clusterId": "cl-auto", "since": "2020-01-01"}
    first = await _run(gql, ADD_MEMBERSHIP, add, keys["auto"])
    assert first["__typename"] == "MembershipSuccess"
    assert first["membership"]["source"] == "api"
    assert first["membership"]["since"] == "2020-01-01"
    assert first["membership"]["cluster"] == {"id": "cl-auto"}
    retry = await _run(gql, ADD_MEMBERSHIP, add, keys["auto"])
    assert retry["__typename"] == "MembershipSuccess"
    assert count(empty_graph, settings, MEMBERSHIPS, org="org-fh", cluster="cl-auto") == 1

    other = {**add, "clusterId": "cl-ict"}
    for viewer in ("auto", "anonymous"):
        refused = await _run(gql, ADD_MEMBERSHIP, other, keys[viewer])
        assert refused["__typename"] == "NotAuthorized"
    assert count(empty_graph, settings, MEMBERSHIPS, org="org-fh", cluster="cl-ict") == 0
    admin = await _run(gql, ADD_MEMBERSHIP, other, keys["admin"])
    assert admin["__typename"] == "MembershipSuccess"

    end = {"organizationId": "org-fh", "clusterId": "cl-auto", "until": "2019-12-31"}
    early = await _run(gql, END_MEMBERSHIP, end, keys["auto"])
    assert early["__typename"] == "ValidationError"
    assert early["field"] == "until"
    refused_end = await _run(gql, END_MEMBERSHIP, {**end, "until": "2024-06-30"}, keys["ict"])
    assert refused_end["__typename"] == "NotAuthorized"
    ended = await _run(gql, END_MEMBERSHIP, {**end, "until": "2024-06-30"}, keys["auto"])
    assert ended["membership"] == {"since": "2020-01-01", "until": "2024-06-30"}
    not_member = await _run(
        gql,
        END_MEMBERSHIP,
        {**end, "organizationId": "org-muni", "until": "2024-06-30"},
        keys["auto"],
    )
    assert not_member["__typename"] == "NotFound"


PROJECT = {
    "id": "prj-new",
    "acronym": "NEWCAR",
    "clusterIds": ["cl-auto"],
    "startDate": "2024-01-01",
    "endDate": "2026-12-31",
}


async def test_projects_only_in_own_clusters(
    keys: dict[str, dict[str, str]], empty_graph: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    both = {**PROJECT, "clusterIds": ["cl-auto", "cl-ict"]}
    refused = await _run(gql, CREATE_PROJECT, both, keys["auto"])
    assert refused["__typename"] == "NotAuthorized"
    assert count(empty_graph, settings, "MATCH (p:Project {id: 'prj-new'}) RETURN count(p)") == 0
    anonymous = await _run(gql, CREATE_PROJECT, PROJECT, keys["anonymous"])
    assert anonymous["__typename"] == "NotAuthorized"

    created = await _run(gql, CREATE_PROJECT, PROJECT, keys["auto"])
    assert created["__typename"] == "CreateProjectSuccess"
    assert created["created"] is True
    retry = await _run(gql, CREATE_PROJECT, PROJECT, keys["auto"])
    assert retry["created"] is False
    assert (
        count(
            empty_graph,
            settings,
            "MATCH (:Project {id: 'prj-new'})-[r:PART_OF]->(:Cluster {id: 'cl-auto'}) "
            "RETURN count(r)",
        )
        == 1
    )
    changed = await _run(gql, CREATE_PROJECT, {**PROJECT, "endDate": "2027-12-31"}, keys["auto"])
    assert changed["__typename"] == "Conflict"
    assert changed["fields"] == ["endDate"]

    backwards = {**PROJECT, "id": "prj-x", "endDate": "2023-01-01"}
    invalid = await _run(gql, CREATE_PROJECT, backwards, keys["admin"])
    assert invalid["__typename"] == "ValidationError"
    assert invalid["field"] == "endDate"
    unknown = await _run(gql, CREATE_PROJECT, {**PROJECT, "clusterIds": ["cl-none"]}, keys["admin"])
    assert unknown["__typename"] == "ValidationError"
    assert unknown["field"] == "clusterIds"


PARTNERS = "MATCH (o:Organization {id: $org}) RETURN coalesce(o.partnerCount, -1)"


async def test_participation_refreshes_partner_counts(
    keys: dict[str, dict[str, str]], empty_graph: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    # prj-1 (CARS) is part of cl-auto; org-uni and org-acme take part in it.
    add = {
        "organizationId": "org-muni",
        "projectId": "prj-1",
        "role": "PARTNER",
        "contribution": 1000.0,
    }
    refused = await _run(gql, ADD_PARTICIPATION, add, keys["ict"])
    assert refused["__typename"] == "NotAuthorized"
    outside = await _run(gql, ADD_PARTICIPATION, {**add, "projectId": "prj-2"}, keys["auto"])
    assert outside["__typename"] == "NotAuthorized"  # prj-2 is in no cluster of theirs
    assert (
        count(
            empty_graph,
            settings,
            "MATCH (:Organization {id: 'org-muni'})-[r:PARTICIPATES_IN]->() RETURN count(r)",
        )
        == 0
    )

    ok = await _run(gql, ADD_PARTICIPATION, add, keys["auto"])
    assert ok["__typename"] == "AddParticipationSuccess"
    assert ok["organization"] == {"id": "org-muni", "partnerCount": 2}
    assert ok["participation"] == {"role": "PARTNER", "contribution": 1000.0}
    assert count(empty_graph, settings, PARTNERS, org="org-muni") == 2
    # ACME's partners: uni (prj-1), fh and list (prj-3), and now muni.
    assert count(empty_graph, settings, PARTNERS, org="org-acme") == 4

    invalid = await _run(gql, ADD_PARTICIPATION, {**add, "contribution": -5.0}, keys["auto"])
    assert invalid["__typename"] == "ValidationError"
    assert invalid["field"] == "contribution"
    missing = await _run(gql, ADD_PARTICIPATION, {**add, "projectId": "prj-none"}, keys["admin"])
    assert missing["__typename"] == "NotFound"


async def test_competences_for_own_members_only(
    keys: dict[str, dict[str, str]], empty_graph: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    input_ = {"organizationId": "org-list", "topicId": "topic-ict", "weight": 3.0}
    refused = await _run(gql, SET_COMPETENCE, input_, keys["ict"])
    assert refused["__typename"] == "NotAuthorized"
    ok = await _run(gql, SET_COMPETENCE, input_, keys["auto"])
    assert ok["competence"] == {"weight": 3.0, "source": "api", "topic": {"id": "topic-ict"}}
    await _run(gql, SET_COMPETENCE, {**input_, "weight": 4.0}, keys["auto"])
    weights = count(
        empty_graph,
        settings,
        "MATCH (:Organization {id: 'org-list'})-[r:HAS_COMPETENCE]->(:Topic {id: 'topic-ict'}) "
        "RETURN sum(r.weight)",
    )
    assert weights == 4  # one relationship, updated
    bad = await _run(gql, SET_COMPETENCE, {**input_, "weight": -1.0}, keys["auto"])
    assert bad["field"] == "weight"


MEASUREMENTS = (
    "MATCH (:Objective {id: 'obj-auto-jobs'})-[:HAS_MEASUREMENT]->(m:Measurement) RETURN count(m)"
)


async def test_measurements_keyed_by_objective_and_date(
    keys: dict[str, dict[str, str]], empty_graph: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    input_ = {"objectiveId": "obj-auto-jobs", "date": "2015-12-31", "value": 120.0}
    refused = await _run(gql, RECORD, input_, keys["ict"])
    assert refused["__typename"] == "NotAuthorized"
    assert count(empty_graph, settings, MEASUREMENTS) == 0

    first = await _run(gql, RECORD, input_, keys["auto"])
    assert first["created"] is True
    assert first["measurement"] == {"date": "2015-12-31", "value": 120.0, "note": None}
    second = await _run(gql, RECORD, {**input_, "value": 130.0, "note": "revised"}, keys["auto"])
    assert second["created"] is False
    assert second["measurement"]["value"] == 130.0
    assert count(empty_graph, settings, MEASUREMENTS) == 1

    unknown = {**input_, "objectiveId": "obj-none"}
    assert (await _run(gql, RECORD, unknown, keys["admin"]))["__typename"] == "NotFound"
    assert (await _run(gql, RECORD, unknown, keys["auto"]))["__typename"] == "NotAuthorized"
    future = await _run(gql, RECORD, {**input_, "date": "2999-01-01"}, keys["auto"])
    assert future["field"] == "date"
