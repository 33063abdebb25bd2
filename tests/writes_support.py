"""Shared set-up of the auth and mutation tests: the seeded network and API keys."""

from __future__ import annotations

from typing import Any

from neo4j import Driver

from graph.repositories.apikeys import create_key
from graph.settings import Settings
from tests.conftest import GraphQLClient, seed_network


def seed(driver: Driver, settings: Settings) -> None:
    """The API tests' network plus people, objectives and an official membership."""
    seed_network(driver, settings, "seed.cypher", "seed_writes.cypher")


def token(driver: Driver, settings: Settings, role: str, *clusters: str) -> str:
    """A fresh API key's token."""
    return create_key(driver, settings.database, role, clusters, f"test {role}").token


def bearer(secret: str) -> dict[str, str]:
    """The request headers of a key holder."""
    return {"Authorization": f"Bearer {secret}"}


def count(driver: Driver, settings: Settings, cypher: str, **params: Any) -> int:
    """The single number a counting query returns."""
    records, _, _ = driver.execute_query(cypher, params, database_=settings.database)
    return int(records[0][0])


def node_count(driver: Driver, settings: Settings) -> int:
    """Every node of the test database, ApiKey nodes excluded."""
    return count(driver, settings, "MATCH (n) WHERE NOT n:ApiKey RETURN count(n)")


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
    ... on MembershipSuccess {{
      previousStanding membership {{ since until role source standing cluster {{ id }} }}
    }}
  }}
}}"""

END_MEMBERSHIP = f"""
mutation($input: EndMembershipInput!) {{
  endMembership(input: $input) {{
    {RESULT}
    ... on MembershipSuccess {{ previousStanding membership {{ since until }} }}
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

REMOVE_PARTICIPATION = f"""
mutation($input: RemoveParticipationInput!) {{
  removeParticipation(input: $input) {{
    {RESULT}
    ... on RemoveParticipationSuccess {{ removed organization {{ id partnerCount }}
                                         project {{ id }} }}
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


async def mutate(
    gql: GraphQLClient, document: str, variables: dict[str, Any], headers: dict[str, str]
) -> dict[str, Any]:
    """The mutation's result (its one root field), asserting the request had no errors."""
    body = await gql(document, {"input": variables}, headers)
    assert "errors" not in body, body
    data: dict[str, Any] = next(iter(body["data"].values()))
    return data
