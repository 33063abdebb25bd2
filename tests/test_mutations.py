"""Mutations over HTTP: who may write what, validation, idempotent retries."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from neo4j import Driver

from graph.settings import Settings
from importers.demo import MappingRow, derive_memberships
from importers.report import ImportReport
from tests.conftest import GraphQLClient
from tests.writes_support import (
    ADD_MEMBERSHIP,
    ADD_PARTICIPATION,
    CREATE_ORG,
    CREATE_PROJECT,
    END_MEMBERSHIP,
    RECORD,
    REMOVE_PARTICIPATION,
    SET_COMPETENCE,
    UPDATE_ORG,
    bearer,
    count,
    mutate,
    node_count,
    seed,
    token,
)


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


NEW_ORG = {"id": "org-new", "name": "New Co", "kind": "COMPANY", "country": "lu"}


async def test_anonymous_create_writes_nothing(
    keys: dict[str, dict[str, str]], empty_graph: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    before = node_count(empty_graph, settings)
    result = await mutate(gql, CREATE_ORG, NEW_ORG, keys["anonymous"])
    assert result["__typename"] == "NotAuthorized"
    assert "may not" in result["message"]
    assert node_count(empty_graph, settings) == before


async def test_anonymous_writes_are_refused_without_a_transaction(
    keys: dict[str, dict[str, str]], gql: GraphQLClient
) -> None:
    """Every mutation of a caller without a key is NotAuthorized before any query runs."""
    writes = [
        (ADD_MEMBERSHIP, {"organizationId": "org-uni", "clusterId": "cl-auto"}),
        (SET_COMPETENCE, {"organizationId": "org-uni", "topicId": "topic-ict", "weight": 1.0}),
        (UPDATE_ORG, {"id": "org-uni", "name": "Renamed"}),
        (REMOVE_PARTICIPATION, {"organizationId": "org-acme", "projectId": "prj-1"}),
        # refused before its input is checked: the checks are for those who may write
        (UPDATE_ORG, {"id": "org-uni", "name": ""}),
        (SET_COMPETENCE, {"organizationId": "org-uni", "topicId": "topic-ict", "weight": -1.0}),
    ]
    for document, input_ in writes:
        response = await gql.http.post(
            "/graphql", json={"query": document, "variables": {"input": input_}}
        )
        result = next(iter(response.json()["data"].values()))
        assert result["__typename"] == "NotAuthorized", result
        assert response.headers["x-neo4j-round-trips"] == "0"


async def test_create_organization_is_idempotent_and_detects_conflicts(
    keys: dict[str, dict[str, str]], empty_graph: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    first = await mutate(gql, CREATE_ORG, NEW_ORG, keys["admin"])
    assert first["__typename"] == "CreateOrganizationSuccess"
    assert first["created"] is True
    assert first["organization"] == {
        "id": "org-new",
        "name": "New Co",
        "kind": "COMPANY",
        "country": "LU",
    }
    again = await mutate(gql, CREATE_ORG, NEW_ORG, keys["admin"])
    assert again["__typename"] == "CreateOrganizationSuccess"
    assert again["created"] is False
    other = await mutate(gql, CREATE_ORG, {**NEW_ORG, "name": "Other Co"}, keys["admin"])
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
    result = await mutate(gql, CREATE_ORG, input_, keys["auto"])
    assert result["__typename"] == "CreateOrganizationSuccess"
    assert result["organization"]["id"] == "org-societe-nouvelle-sarl"
    assert result["organization"]["kind"] == "OTHER"


async def test_ids_of_imports_and_of_other_nodes_are_not_taken(
    keys: dict[str, dict[str, str]], empty_graph: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    """A manager cannot create an organisation or project under an id a CORDIS import would
    merge official data into; nobody can give an organisation a project's, cluster's or
    topic's id, or a project an organisation's."""
    before = node_count(empty_graph, settings)
    imported: list[tuple[str, dict[str, Any]]] = [
        (CREATE_ORG, {**NEW_ORG, "id": "pic-999999999"}),
        (CREATE_PROJECT, {"id": "HE-101000001", "acronym": "X", "clusterIds": ["cl-auto"]}),
    ]
    for query, input_ in imported:
        refused = await mutate(gql, query, input_, keys["auto"])
        assert refused["__typename"] == "ValidationError" and refused["field"] == "id"
        assert "are those of the CORDIS imports" in refused["message"]
    others: list[tuple[str, dict[str, Any], str]] = [
        (CREATE_ORG, {**NEW_ORG, "id": "cl-ict"}, "cluster"),
        (CREATE_ORG, {**NEW_ORG, "id": "topic-ict"}, "topic"),
        (CREATE_PROJECT, {"id": "org-list", "acronym": "X", "clusterIds": ["cl-auto"]}, "organ"),
    ]
    for query, input_, label in others:
        taken = await mutate(gql, query, input_, keys["admin"])
        assert taken["__typename"] == "ValidationError" and taken["field"] == "id"
        assert f"already names a {label}" in taken["message"]
    assert node_count(empty_graph, settings) == before
    admin = await mutate(gql, CREATE_ORG, {**NEW_ORG, "id": "pic-999999999"}, keys["admin"])
    assert admin["__typename"] == "CreateOrganizationSuccess"


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
    result = await mutate(gql, CREATE_ORG, {**NEW_ORG, **change}, keys["admin"])
    assert result["__typename"] == "ValidationError"
    assert result["field"] == field
    assert result["message"].startswith(f"{field}: ")
    assert node_count(empty_graph, settings) == before


async def test_update_organization_rules(
    keys: dict[str, dict[str, str]], empty_graph: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    # An organisation the cl-auto manager created is theirs to change...
    created = await mutate(gql, CREATE_ORG, {**NEW_ORG, "id": "org-own"}, keys["auto"])
    assert created["__typename"] == "CreateOrganizationSuccess"
    ok = await mutate(gql, UPDATE_ORG, {"id": "org-own", "city": "Esch"}, keys["auto"])
    assert ok["__typename"] == "UpdateOrganizationSuccess"
    assert ok["organization"]["city"] == "Esch"
    # ... not another cluster's manager's, nor the anonymous reader's.
    for viewer in ("ict", "anonymous"):
        refused = await mutate(gql, UPDATE_ORG, {"id": "org-own", "name": "X"}, keys[viewer])
        assert refused["__typename"] == "NotAuthorized"
    # LIST comes from an official source: even its own cluster's manager may not change it.
    official = await mutate(gql, UPDATE_ORG, {"id": "org-list", "name": "Hacked"}, keys["auto"])
    assert official["__typename"] == "NotAuthorized"
    assert (
        count(
            empty_graph,
            settings,
            "MATCH (o:Organization) WHERE o.name IN ['Hacked', 'X'] RETURN count(o)",
        )
        == 0
    )
    admin = await mutate(
        gql, UPDATE_ORG, {"id": "org-list", "city": None, "kind": "PUBLIC_ACTOR"}, keys["admin"]
    )
    assert admin["__typename"] == "UpdateOrganizationSuccess"
    assert admin["organization"]["city"] is None
    assert admin["organization"]["kind"] == "PUBLIC_ACTOR"
    missing = await mutate(gql, UPDATE_ORG, {"id": "org-none", "name": "X"}, keys["admin"])
    assert missing["__typename"] == "NotFound"
    # A manager does not learn whether an id outside their clusters exists.
    hidden = await mutate(gql, UPDATE_ORG, {"id": "org-none", "name": "X"}, keys["auto"])
    assert hidden["__typename"] == "NotAuthorized"


READ_NAME = '{ organization(id: "org-list") { name website } }'


async def test_joining_a_cluster_gives_no_right_to_rewrite_an_organisation(
    keys: dict[str, dict[str, str]], gql: GraphQLClient
) -> None:
    """The audit's path: a manager adds another cluster's organisation to their own cluster,
    rewrites its name, and ends the membership to hide the trace."""
    join = {"organizationId": "org-list", "clusterId": "cl-ict"}
    joined = await mutate(gql, ADD_MEMBERSHIP, join, keys["ict"])
    assert joined["__typename"] == "MembershipSuccess"  # the cluster's own data: allowed
    hijack = {"id": "org-list", "name": "HIJACKED", "website": "https://evil.example"}
    refused = await mutate(gql, UPDATE_ORG, hijack, keys["ict"])
    assert refused["__typename"] == "NotAuthorized"
    ended = await mutate(gql, END_MEMBERSHIP, {**join, "until": "2026-01-01"}, keys["ict"])
    assert ended["__typename"] == "MembershipSuccess"
    seen = (await gql(READ_NAME))["data"]["organization"]
    assert seen == {"name": "Luxembourg Institute of Science and Technology", "website": None}


async def test_another_clusters_membership_leaves_the_creators_their_organisation(
    keys: dict[str, dict[str, str]], gql: GraphQLClient
) -> None:
    """The third review's path: cl-ict adds an organisation cl-auto created to its own
    cluster. That gives cl-ict no right to change it, and takes none from cl-auto (it used to
    lock the creators out until the membership ended)."""
    await mutate(gql, CREATE_ORG, {**NEW_ORG, "id": "org-shared", "name": "Shared"}, keys["auto"])
    join = {"organizationId": "org-shared", "clusterId": "cl-ict"}
    assert (await mutate(gql, ADD_MEMBERSHIP, join, keys["ict"]))["__typename"] == (
        "MembershipSuccess"
    )
    taken = await mutate(gql, UPDATE_ORG, {"id": "org-shared", "name": "Ours"}, keys["ict"])
    assert taken["__typename"] == "NotAuthorized"
    kept = await mutate(gql, UPDATE_ORG, {"id": "org-shared", "city": "Esch"}, keys["auto"])
    assert kept["__typename"] == "UpdateOrganizationSuccess"
    assert (kept["organization"]["name"], kept["organization"]["city"]) == ("Shared", "Esch")
    competence = {"organizationId": "org-shared", "topicId": "topic-ict", "weight": 0.5}
    assert (await mutate(gql, SET_COMPETENCE, competence, keys["ict"]))["__typename"] == (
        "NotAuthorized"
    )
    assert (await mutate(gql, SET_COMPETENCE, competence, keys["auto"]))["__typename"] == (
        "SetCompetenceSuccess"
    )


LOOKALIKES = {
    "word joiner": "UNIVER\u2060SITE DU LUXEMBOURG",
    "soft hyphen": "UNIVER\u00adSITE DU LUXEMBOURG",
    "zero-width space": "UNIVER\u200bSITE DU LUXEMBOURG",
    "right-to-left override": "\u202eUNIVERSITE DU LUXEMBOURG",
}


@pytest.mark.parametrize("name", LOOKALIKES.values(), ids=LOOKALIKES.keys())
async def test_a_name_with_invisible_characters_is_refused(
    name: str,
    keys: dict[str, dict[str, str]],
    empty_graph: Driver,
    settings: Settings,
    gql: GraphQLClient,
) -> None:
    new = {"id": "org-lookalike", "name": name, "kind": "RESEARCH_INSTITUTION", "country": "LU"}
    refused = await mutate(gql, CREATE_ORG, new, keys["auto"])
    assert refused["__typename"] == "ValidationError" and refused["field"] == "name"
    assert "invisible or direction-changing character (U+" in refused["message"]
    assert count(empty_graph, settings, "MATCH (o {id: 'org-lookalike'}) RETURN count(o)") == 0


async def test_a_lookalike_of_an_official_name_is_a_likely_duplicate(
    keys: dict[str, dict[str, str]], gql: GraphQLClient
) -> None:
    cyrillic = {
        "id": "org-lookalike",
        "name": "UNIV\u0415RSITE DU LUXEMBOURG",  # a Cyrillic capital IE for the first E
        "kind": "RESEARCH_INSTITUTION",
        "country": "LU",
    }
    refused = await mutate(gql, CREATE_ORG, cyrillic, keys["auto"])
    assert refused["__typename"] == "Conflict"
    assert (refused["id"], refused["fields"]) == ("org-uni", ["name"])
    bad_site = await mutate(
        gql, UPDATE_ORG, {"id": "org-own", "website": "JavaScript:alert(10)"}, keys["admin"]
    )
    assert bad_site["__typename"] == "ValidationError" and bad_site["field"] == "website"


async def test_a_likely_duplicate_is_refused_unless_asked_for(
    keys: dict[str, dict[str, str]], empty_graph: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    twin = {"id": "org-uni-2", "name": "Université du Luxembourg", "kind": "RESEARCH_INSTITUTION"}
    refused = await mutate(gql, CREATE_ORG, twin, keys["auto"])
    assert refused["__typename"] == "Conflict"
    assert (refused["id"], refused["fields"]) == ("org-uni", ["name"])
    assert "likely the same organisation" in refused["message"]
    abroad = await mutate(gql, CREATE_ORG, {**twin, "country": "FR"}, keys["auto"])
    assert abroad["__typename"] == "CreateOrganizationSuccess"  # another country: not a twin
    forced = {**twin, "id": "org-uni-3", "allowDuplicateName": True}
    assert (await mutate(gql, CREATE_ORG, forced, keys["auto"]))["created"] is True


MEMBERSHIPS = (
    "MATCH (:Organization {id: $org})-[m:MEMBER_OF]->(:Cluster {id: $cluster}) RETURN count(m)"
)


async def test_memberships_only_in_own_clusters(
    keys: dict[str, dict[str, str]], empty_graph: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    add = {"organizationId": "org-fh", "clusterId": "cl-auto", "since": "2020-01-01"}
    # a membership is recorded once it has begun: one starting next month would count today
    later = (datetime.date.today() + datetime.timedelta(days=30)).isoformat()
    future = await mutate(gql, ADD_MEMBERSHIP, {**add, "since": later}, keys["auto"])
    assert (future["__typename"], future["field"]) == ("ValidationError", "since")
    assert count(empty_graph, settings, MEMBERSHIPS, org="org-fh", cluster="cl-auto") == 0
    first = await mutate(gql, ADD_MEMBERSHIP, add, keys["auto"])
    assert first["__typename"] == "MembershipSuccess"
    assert first["previousStanding"] is None
    assert first["membership"]["source"] == "api"
    assert first["membership"]["standing"] == "MEMBER"
    assert first["membership"]["since"] == "2020-01-01"
    assert first["membership"]["cluster"] == {"id": "cl-auto"}
    retry = await mutate(gql, ADD_MEMBERSHIP, add, keys["auto"])
    assert retry["__typename"] == "MembershipSuccess"
    # Adding a current member again says so.
    assert retry["previousStanding"] == "MEMBER"
    assert count(empty_graph, settings, MEMBERSHIPS, org="org-fh", cluster="cl-auto") == 1

    other = {**add, "clusterId": "cl-ict"}
    for viewer in ("auto", "anonymous"):
        refused = await mutate(gql, ADD_MEMBERSHIP, other, keys[viewer])
        assert refused["__typename"] == "NotAuthorized"
    assert count(empty_graph, settings, MEMBERSHIPS, org="org-fh", cluster="cl-ict") == 0
    admin = await mutate(gql, ADD_MEMBERSHIP, other, keys["admin"])
    assert admin["__typename"] == "MembershipSuccess"

    end = {"organizationId": "org-fh", "clusterId": "cl-auto", "until": "2019-12-31"}
    early = await mutate(gql, END_MEMBERSHIP, end, keys["auto"])
    assert early["__typename"] == "ValidationError"
    assert early["field"] == "until"
    refused_end = await mutate(gql, END_MEMBERSHIP, {**end, "until": "2024-06-30"}, keys["ict"])
    assert refused_end["__typename"] == "NotAuthorized"
    ended = await mutate(gql, END_MEMBERSHIP, {**end, "until": "2024-06-30"}, keys["auto"])
    assert ended["previousStanding"] == "MEMBER"
    assert ended["membership"] == {"since": "2020-01-01", "until": "2024-06-30"}
    reopened = await mutate(gql, ADD_MEMBERSHIP, add, keys["auto"])
    assert reopened["previousStanding"] == "FORMER"
    assert reopened["membership"]["until"] is None
    not_member = await mutate(
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
    refused = await mutate(gql, CREATE_PROJECT, both, keys["auto"])
    assert refused["__typename"] == "NotAuthorized"
    assert count(empty_graph, settings, "MATCH (p:Project {id: 'prj-new'}) RETURN count(p)") == 0
    anonymous = await mutate(gql, CREATE_PROJECT, PROJECT, keys["anonymous"])
    assert anonymous["__typename"] == "NotAuthorized"

    created = await mutate(gql, CREATE_PROJECT, PROJECT, keys["auto"])
    assert created["__typename"] == "CreateProjectSuccess"
    assert created["created"] is True
    retry = await mutate(gql, CREATE_PROJECT, PROJECT, keys["auto"])
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
    changed = await mutate(gql, CREATE_PROJECT, {**PROJECT, "endDate": "2027-12-31"}, keys["auto"])
    assert changed["__typename"] == "Conflict"
    assert changed["fields"] == ["endDate"]

    backwards = {**PROJECT, "id": "prj-x", "endDate": "2023-01-01"}
    invalid = await mutate(gql, CREATE_PROJECT, backwards, keys["admin"])
    assert invalid["__typename"] == "ValidationError"
    assert invalid["field"] == "endDate"
    unknown = await mutate(
        gql, CREATE_PROJECT, {**PROJECT, "clusterIds": ["cl-none"]}, keys["admin"]
    )
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
    refused = await mutate(gql, ADD_PARTICIPATION, add, keys["ict"])
    assert refused["__typename"] == "NotAuthorized"
    outside = await mutate(gql, ADD_PARTICIPATION, {**add, "projectId": "prj-2"}, keys["auto"])
    assert outside["__typename"] == "NotAuthorized"  # prj-2 is in no cluster of theirs
    assert (
        count(
            empty_graph,
            settings,
            "MATCH (:Organization {id: 'org-muni'})-[r:PARTICIPATES_IN]->() RETURN count(r)",
        )
        == 0
    )

    ok = await mutate(gql, ADD_PARTICIPATION, add, keys["auto"])
    assert ok["__typename"] == "AddParticipationSuccess"
    assert ok["organization"] == {"id": "org-muni", "partnerCount": 2}
    assert ok["participation"] == {"role": "PARTNER", "contribution": 1000.0}
    assert count(empty_graph, settings, PARTNERS, org="org-muni") == 2
    # ACME's partners: uni (prj-1), fh and list (prj-3), and now muni.
    assert count(empty_graph, settings, PARTNERS, org="org-acme") == 4

    invalid = await mutate(gql, ADD_PARTICIPATION, {**add, "contribution": -5.0}, keys["auto"])
    assert invalid["__typename"] == "ValidationError"
    assert invalid["field"] == "contribution"
    missing = await mutate(gql, ADD_PARTICIPATION, {**add, "projectId": "prj-none"}, keys["admin"])
    assert missing["__typename"] == "NotFound"


async def test_a_participation_added_by_mistake_is_taken_back(
    keys: dict[str, dict[str, str]], empty_graph: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    """A manager removes what a manager added to a project of their cluster, and the partner
    counts follow; a participation from an import is an admin's to change or remove (taken
    over by addParticipation, it could have been removed)."""
    pair = {"organizationId": "org-muni", "projectId": "prj-1"}
    added = await mutate(gql, ADD_PARTICIPATION, {**pair, "role": "PARTNER"}, keys["auto"])
    assert added["__typename"] == "AddParticipationSuccess"
    assert count(empty_graph, settings, PARTNERS, org="org-acme") == 4
    for viewer in ("ict", "anonymous"):
        refused = await mutate(gql, REMOVE_PARTICIPATION, pair, keys[viewer])
        assert refused["__typename"] == "NotAuthorized"
    removed = await mutate(gql, REMOVE_PARTICIPATION, pair, keys["auto"])
    assert removed["__typename"] == "RemoveParticipationSuccess"
    assert removed["removed"] is True
    assert removed["organization"] == {"id": "org-muni", "partnerCount": 0}
    assert removed["project"] == {"id": "prj-1"}
    assert count(empty_graph, settings, PARTNERS, org="org-acme") == 3  # uni, fh, list
    again = await mutate(gql, REMOVE_PARTICIPATION, pair, keys["auto"])
    assert (again["__typename"], again["removed"]) == ("RemoveParticipationSuccess", False)
    # ACME's part in CARS came with the data, not through the API
    imported = {"organizationId": "org-acme", "projectId": "prj-1"}
    for document, input_ in (
        (REMOVE_PARTICIPATION, imported),
        (ADD_PARTICIPATION, {**imported, "role": "COORDINATOR"}),
    ):
        refused = await mutate(gql, document, input_, keys["auto"])
        assert refused["__typename"] == "NotAuthorized", refused
    role = "MATCH (:Organization {id: 'org-acme'})-[r:PARTICIPATES_IN]->(:Project {id: 'prj-1'})"
    assert count(empty_graph, settings, role + " WHERE r.role = 'PARTNER' RETURN count(r)") == 1
    by_admin = await mutate(gql, REMOVE_PARTICIPATION, imported, keys["admin"])
    assert (by_admin["__typename"], by_admin["removed"]) == ("RemoveParticipationSuccess", True)
    assert count(empty_graph, settings, role + " RETURN count(r)") == 0
    missing = await mutate(gql, REMOVE_PARTICIPATION, {**pair, "projectId": "prj-x"}, keys["admin"])
    assert (missing["__typename"], missing["id"]) == ("NotFound", "prj-x")
    invalid = await mutate(gql, REMOVE_PARTICIPATION, {**pair, "projectId": "a b"}, keys["auto"])
    assert (invalid["__typename"], invalid["field"]) == ("ValidationError", "projectId")


async def test_competences_follow_the_update_rule(
    keys: dict[str, dict[str, str]], empty_graph: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    official = {"organizationId": "org-list", "topicId": "topic-ict", "weight": 3.0}
    for viewer in ("auto", "ict"):
        refused = await mutate(gql, SET_COMPETENCE, official, keys[viewer])
        assert refused["__typename"] == "NotAuthorized"
    await mutate(gql, CREATE_ORG, {**NEW_ORG, "id": "org-own"}, keys["auto"])
    input_ = {**official, "organizationId": "org-own"}
    ok = await mutate(gql, SET_COMPETENCE, input_, keys["auto"])
    assert ok["competence"] == {"weight": 3.0, "source": "api", "topic": {"id": "topic-ict"}}
    await mutate(gql, SET_COMPETENCE, {**input_, "weight": 4.0}, keys["auto"])
    weights = count(
        empty_graph,
        settings,
        "MATCH (:Organization {id: 'org-own'})-[r:HAS_COMPETENCE]->(:Topic {id: 'topic-ict'}) "
        "RETURN sum(r.weight)",
    )
    assert weights == 4  # one relationship, updated
    assert (await mutate(gql, SET_COMPETENCE, official, keys["admin"]))["competence"]
    bad = await mutate(gql, SET_COMPETENCE, {**input_, "weight": -1.0}, keys["auto"])
    assert bad["field"] == "weight"


MEASUREMENTS = (
    "MATCH (:Objective {id: 'obj-auto-jobs'})-[:HAS_MEASUREMENT]->(m:Measurement) RETURN count(m)"
)


async def test_measurements_keyed_by_objective_and_date(
    keys: dict[str, dict[str, str]], empty_graph: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    input_ = {"objectiveId": "obj-auto-jobs", "date": "2015-12-31", "value": 120.0}
    refused = await mutate(gql, RECORD, input_, keys["ict"])
    assert refused["__typename"] == "NotAuthorized"
    assert count(empty_graph, settings, MEASUREMENTS) == 0

    first = await mutate(gql, RECORD, input_, keys["auto"])
    assert first["created"] is True
    assert first["measurement"] == {"date": "2015-12-31", "value": 120.0, "note": None}
    second = await mutate(gql, RECORD, {**input_, "value": 130.0, "note": "revised"}, keys["auto"])
    assert second["created"] is False
    assert second["measurement"]["value"] == 130.0
    assert count(empty_graph, settings, MEASUREMENTS) == 1

    unknown = {**input_, "objectiveId": "obj-none"}
    assert (await mutate(gql, RECORD, unknown, keys["admin"]))["__typename"] == "NotFound"
    assert (await mutate(gql, RECORD, unknown, keys["auto"]))["__typename"] == "NotAuthorized"
    refusals: list[tuple[dict[str, Any], str]] = [
        ({"date": "2999-01-01"}, "date"),
        ({"date": "0001-01-01"}, "date"),
        ({"value": 1e300}, "value"),
        ({"value": -2e12}, "value"),
    ]
    for change, field in refusals:
        refused = await mutate(gql, RECORD, {**input_, **change}, keys["auto"])
        assert (refused["__typename"], refused["field"]) == ("ValidationError", field)
    assert count(empty_graph, settings, MEASUREMENTS) == 1


async def test_one_membership_per_pair_whatever_the_order_of_sources(
    keys: dict[str, dict[str, str]], empty_graph: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    """A derived membership turned into an api one by addMembership stays one membership
    when the memberships are derived again (as `clustergraph demo` does)."""
    mapping = [MappingRow("topic-sc4", "cl-auto", 1)]
    derive_memberships(empty_graph, settings.database, mapping, ImportReport())
    pair = {"org": "org-uni", "cluster": "cl-auto"}
    assert count(empty_graph, settings, MEMBERSHIPS, **pair) == 1
    add = {"organizationId": "org-uni", "clusterId": "cl-auto"}
    assert (await mutate(gql, ADD_MEMBERSHIP, add, keys["auto"]))["membership"]["source"] == "api"

    derive_memberships(empty_graph, settings.database, mapping, ImportReport())

    assert count(empty_graph, settings, MEMBERSHIPS, **pair) == 1
    body = await gql(
        '{ cluster(id: "cl-auto") { members(first: 100) { edges { node { id } source } } } }'
    )
    members = [(e["node"]["id"], e["source"]) for e in body["data"]["cluster"]["members"]["edges"]]
    assert ("org-uni", "api") in members
    assert len(members) == len({m for m, _ in members})


FIGURES = """query($id: ID!) { cluster(id: $id) {
  stats { members formerMembers }
  memberCounts { kind count }
  members { totalCount edges { node { id } } }
  former: members(standings: [FORMER]) { edges { until node { id } } } } }"""


async def test_an_ended_membership_leaves_the_counts_and_lists(
    keys: dict[str, dict[str, str]], gql: GraphQLClient
) -> None:
    """A membership whose last day is past counts nowhere and is listed as former; one that
    ends later in the future still counts."""
    before = (await gql(FIGURES, {"id": "cl-auto"}))["data"]["cluster"]
    assert before["stats"] == {"members": 1, "formerMembers": 0}
    assert [e["node"]["id"] for e in before["members"]["edges"]] == ["org-list"]
    end = {"organizationId": "org-list", "clusterId": "cl-auto", "until": "2099-12-31"}
    assert (await mutate(gql, END_MEMBERSHIP, end, keys["auto"]))["__typename"] == (
        "MembershipSuccess"
    )
    later = (await gql(FIGURES, {"id": "cl-auto"}))["data"]["cluster"]
    assert later["stats"] == {"members": 1, "formerMembers": 0}
    ended = await mutate(gql, END_MEMBERSHIP, {**end, "until": "2024-06-30"}, keys["auto"])
    assert ended["__typename"] == "MembershipSuccess"
    after = (await gql(FIGURES, {"id": "cl-auto"}))["data"]["cluster"]
    assert after["stats"] == {"members": 0, "formerMembers": 1}
    assert after["memberCounts"] == []
    assert after["members"] == {"totalCount": 0, "edges": []}
    assert after["former"]["edges"] == [{"until": "2024-06-30", "node": {"id": "org-list"}}]


EVIDENCE = """query($org: ID!, $cluster: ID!) { organization(id: $org) {
  clusters { standing evidenceProjects evidenceTopics { id } cluster { id } }
  projects(evidenceFor: $cluster) { totalCount edges { node { id } } }
  all: projects { totalCount } } }"""


async def test_an_inferred_membership_shows_its_evidence(
    keys: dict[str, dict[str, str]], empty_graph: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    derive_memberships(
        empty_graph, settings.database, [MappingRow("topic-sc4", "cl-auto", 1)], ImportReport()
    )
    body = (await gql(EVIDENCE, {"org": "org-uni", "cluster": "cl-auto"}))["data"]
    inferred = [m for m in body["organization"]["clusters"] if m["cluster"]["id"] == "cl-auto"]
    assert len(inferred) == 1
    assert inferred[0]["standing"] == "ACTIVE_IN_DOMAIN"
    assert inferred[0]["evidenceTopics"] == [{"id": "topic-sc4"}]
    evidence = body["organization"]["projects"]
    assert evidence["totalCount"] == inferred[0]["evidenceProjects"] >= 1
    assert evidence["totalCount"] <= body["organization"]["all"]["totalCount"]
    official = [m for m in body["organization"]["clusters"] if m["standing"] == "MEMBER"]
    assert all(m["evidenceProjects"] is None and m["evidenceTopics"] == [] for m in official)


async def test_an_organisation_only_active_in_the_domain_has_no_membership_to_end(
    keys: dict[str, dict[str, str]], empty_graph: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    """Ending it is refused and changes nothing: it once made the inferred link a membership
    from the organisation's first project to the day given, counted by the scorecard."""
    derive_memberships(
        empty_graph, settings.database, [MappingRow("topic-sc4", "cl-auto", 1)], ImportReport()
    )
    end = {"organizationId": "org-uni", "clusterId": "cl-auto", "until": "2026-01-01"}
    refused = await mutate(gql, END_MEMBERSHIP, end, keys["auto"])
    assert refused["__typename"] == "NotFound"
    assert "only listed as active in the cluster's domain" in refused["message"]
    body = (await gql(EVIDENCE, {"org": "org-uni", "cluster": "cl-auto"}))["data"]
    standings = [
        m["standing"] for m in body["organization"]["clusters"] if m["cluster"]["id"] == "cl-auto"
    ]
    assert standings == ["ACTIVE_IN_DOMAIN"]
    api = "MATCH ()-[m:MEMBER_OF {source: 'api'}]->() RETURN count(m)"
    assert count(empty_graph, settings, api) == 0
    # a membership written without a source (an older graph) is a membership all the same
    empty_graph.execute_query(
        "MATCH (o:Organization {id: 'org-muni'}), (c:Cluster {id: 'cl-auto'}) "
        "CREATE (o)-[:MEMBER_OF {since: date('2020-01-01')}]->(c)",
        database_=settings.database,
    )
    unsourced = {**end, "organizationId": "org-muni"}
    ended = await mutate(gql, END_MEMBERSHIP, unsourced, keys["auto"])
    assert ended["__typename"] == "MembershipSuccess", ended


async def test_inference_needs_a_share_of_the_projects_or_many_of_them(
    keys: dict[str, dict[str, str]], empty_graph: Driver, settings: Settings
) -> None:
    """An organisation with one project on a cluster's themes among many is not inferred
    into the cluster; with enough of its projects there, it is."""
    empty_graph.execute_query(
        """MATCH (t:Topic {id: 'topic-sc4'})
           CREATE (o:Organization:ResearchInstitution {id: 'org-big', name: 'Big', country: 'LU'})
           CREATE (o)-[:PARTICIPATES_IN]->(:Project {id: 'p-theme'})-[:ADDRESSES]->(t)
           WITH o UNWIND range(1, 11) AS i
           CREATE (o)-[:PARTICIPATES_IN]->(:Project {id: 'p-other-' + toString(i)})""",
        database_=settings.database,
    )
    mapping = [MappingRow("topic-sc4", "cl-auto", 1)]
    derive_memberships(empty_graph, settings.database, mapping, ImportReport())
    pair = {"org": "org-big", "cluster": "cl-auto"}
    assert count(empty_graph, settings, MEMBERSHIPS, **pair) == 0  # 1 of 12 projects: 8%
    empty_graph.execute_query(
        "MATCH (o {id: 'org-big'})-[:PARTICIPATES_IN]->(p {id: 'p-other-1'}), "
        "(t:Topic {id: 'topic-sc4'}) CREATE (p)-[:ADDRESSES]->(t)",
        database_=settings.database,
    )
    derive_memberships(empty_graph, settings.database, mapping, ImportReport())
    assert count(empty_graph, settings, MEMBERSHIPS, **pair) == 1  # 2 of 12: 17%
