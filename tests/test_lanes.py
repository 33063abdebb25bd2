"""Which operations run on the server's loop (light) and which are handed to the executor."""

from __future__ import annotations

from typing import Any

import pytest

from bench.peer import ours
from schema import schema
from schema.lanes import LIGHT_COST, is_light

MAX_TOKENS = 2000


def light(query: str, variables: dict[str, Any] | None = None, name: str | None = None) -> bool:
    return is_light(schema._schema, query, name, variables, MAX_TOKENS)


@pytest.mark.parametrize("shape", ["org_projects", "cluster_members", "project_participants"])
def test_small_reads_are_light(shape: str) -> None:
    assert light(ours.DOCUMENTS[shape], {"id": "x"})


def test_search_and_typename_are_light() -> None:
    assert light(ours.DOCUMENTS["search"], {"text": "universite"})
    assert light("{ __typename }")


def test_the_cost_decides_with_the_variables() -> None:
    query = "query($n: Int) { organizations(first: $n) { edges { node { partners(first: $n) { edges { node { id } } } } } } }"  # noqa: E501
    # 1 + 2n + 2n² objects: 925 for 21, 1,013 for 22
    assert light(query, {"n": 21})
    assert not light(query, {"n": 22})
    assert 925 <= LIGHT_COST < 1013


def test_writes_suggestions_walks_and_introspection_are_handed_over() -> None:
    assert not light('mutation { createOrganization(input: {name: "x"}) { id } }')
    assert not light('{ suggestPartners(organizationId: "o") { score } }')
    assert not light('{ neighborhood(id: "o") { truncated } }')
    assert not light("{ __schema { queryType { name } } }")
    # one heavy root field is enough
    assert not light(
        '{ organization(id: "o") { id } suggestPartners(organizationId: "o") { score } }'
    )


def test_what_does_not_parse_or_name_an_operation_is_handed_over() -> None:
    assert not light("{ organization(id: ")
    assert not light("")
    assert not light("query A { __typename } query B { __typename }")  # which one?
    assert not light("query A { __typename }", name="B")
    assert light("query A { __typename } query B { __typename }", name="B")
    assert not light("{ ...F } fragment F on Query { __typename }")  # fragments at the root
    assert not light("{ " + "__typename " * 3000 + "}")  # over the token limit
