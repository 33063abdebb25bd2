"""API keys (CLI), bearer tokens, and personal data over HTTP."""

from __future__ import annotations

import hashlib

import pytest
from neo4j import Driver
from typer.testing import CliRunner

from cli.main import app
from graph.settings import Settings
from tests.conftest import GraphQLClient
from tests.writes_support import bearer, count, node_count, seed, token


@pytest.fixture
def network(empty_graph: Driver, settings: Settings) -> Driver:
    seed(empty_graph, settings)
    return empty_graph


def _cli(settings: Settings, *args: str) -> tuple[int, str, str]:
    env = {
        "NEO4J_URI": settings.uri,
        "NEO4J_USER": settings.user,
        "NEO4J_PASSWORD": settings.password,
        "NEO4J_DATABASE": settings.database,
    }
    result = CliRunner().invoke(app, ["apikey", *args], env=env)
    return result.exit_code, result.stdout, result.stderr


CREATE = """mutation($input: CreateOrganizationInput!) {
  createOrganization(input: $input) { __typename } }"""
NEW_ORG = {"input": {"id": "org-key", "name": "Key Co", "kind": "COMPANY"}}


async def test_cli_key_lifecycle(network: Driver, settings: Settings, gql: GraphQLClient) -> None:
    code, out, _ = _cli(settings, "create", "--role", "admin", "--label", "ops")
    assert code == 0
    secret = out.strip().splitlines()[-1]
    assert secret.startswith("cgk_")
    key_id = secret.split("_")[1]
    # Only the hash is stored, never the token.
    records, _, _ = network.execute_query(
        "MATCH (k:ApiKey) RETURN k {.*} AS key", database_=settings.database
    )
    stored = records[0]["key"]
    assert stored["hash"] == hashlib.sha256(secret.encode()).hexdigest()
    assert secret not in {str(value) for value in stored.values()}
    assert stored["id"] == key_id

    code, listing, _ = _cli(settings, "list")
    assert code == 0
    assert key_id in listing and "ops" in listing
    assert secret not in listing and stored["hash"] not in listing

    body = await gql(CREATE, NEW_ORG, bearer(secret))
    assert body["data"]["createOrganization"]["__typename"] == "CreateOrganizationSuccess"

    code, out, _ = _cli(settings, "revoke", key_id)
    assert code == 0 and "revoked" in out
    before = node_count(network, settings)
    refused = await gql(CREATE, {"input": {**NEW_ORG["input"], "id": "org-k2"}}, bearer(secret))
    assert "data" not in refused
    assert refused["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert node_count(network, settings) == before

    code, _, err = _cli(settings, "revoke", "000000000000")
    assert code == 2 and "No key" in err


def test_cli_manager_key_needs_known_clusters(network: Driver, settings: Settings) -> None:
    code, _, err = _cli(settings, "create", "--role", "cluster_manager", "--label", "x")
    assert code == 2 and "--cluster" in err
    code, _, err = _cli(
        settings, "create", "--role", "cluster_manager", "--cluster", "cl-none", "--label", "x"
    )
    assert code == 2 and "cl-none" in err
    assert count(network, settings, "MATCH (k:ApiKey) RETURN count(k)") == 0
    code, out, _ = _cli(
        settings, "create", "--role", "cluster_manager", "--cluster", "cl-auto", "--label", "m"
    )
    assert code == 0 and out.strip().startswith("cgk_")
    assert count(network, settings, "MATCH (k:ApiKey {clusterIds: ['cl-auto']}) RETURN count(k)")


@pytest.mark.parametrize(
    "header",
    [
        "Basic dXNlcjpwYXNz",
        "Bearer",
        "Bearer not-a-key",
        "Bearer cgk_000000000000_" + "A" * 43,  # well formed, unknown id
    ],
)
@pytest.mark.parametrize("accept", ["application/json", "application/graphql-response+json"])
async def test_bad_credentials_are_refused_not_anonymous(
    network: Driver, gql: GraphQLClient, header: str, accept: str
) -> None:
    response = await gql.http.post(
        "/graphql",
        json={"query": "{ clusters { id } }"},
        headers={"Authorization": header, "Accept": accept},
    )
    assert response.status_code == 401
    assert response.headers["www-authenticate"].startswith("Bearer ")
    assert 'error="invalid_token"' in response.headers["www-authenticate"]
    assert response.headers["content-type"].startswith(accept)
    body = response.json()
    assert "data" not in body
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_wrong_secret_for_a_real_key_is_refused(
    network: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    real = token(network, settings, "admin")
    forged = real[:-4] + ("AAAA" if not real.endswith("AAAA") else "BBBB")
    body = await gql(CREATE, NEW_ORG, bearer(forged))
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert count(network, settings, "MATCH (o:Organization {id: 'org-key'}) RETURN count(o)") == 0


CONTACTS = """{ cluster(id: $id) { governance { person { id name contact { email phone } } } } }"""


async def _contacts(gql: GraphQLClient, cluster: str, headers: dict[str, str]) -> list[object]:
    body = await gql(CONTACTS.replace("$id", f'"{cluster}"'), headers=headers)
    assert "errors" not in body, body
    return [role["person"]["contact"] for role in body["data"]["cluster"]["governance"]]


async def test_contact_details_only_for_own_clusters_and_admins(
    network: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    auto = bearer(token(network, settings, "cluster_manager", "cl-auto"))
    admin = bearer(token(network, settings, "admin"))
    anna = {"email": "anna@example.lu", "phone": "+352 111"}
    assert await _contacts(gql, "cl-auto", {}) == [None]
    assert await _contacts(gql, "cl-auto", auto) == [anna]
    assert await _contacts(gql, "cl-ict", auto) == [None]  # another cluster's person
    assert await _contacts(gql, "cl-ict", admin) == [
        {"email": "igor@example.lu", "phone": "+352 222"}
    ]


async def test_personal_data_is_not_filterable_or_public(
    network: Driver, gql: GraphQLClient
) -> None:
    body = await gql(
        """{ person: __type(name: "Person") { fields { name } }
             filter: __type(name: "OrganizationFilter") { inputFields { name } } }"""
    )
    person_fields = {f["name"] for f in body["data"]["person"]["fields"]}
    filter_fields = {f["name"] for f in body["data"]["filter"]["inputFields"]}
    assert "contact" in person_fields
    assert not {"email", "phone"} & (person_fields | filter_fields)
