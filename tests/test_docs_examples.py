"""Every GraphQL example in docs/api.md is valid against the schema."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from graphql import parse, validate

from schema import schema

DOC = Path(__file__).resolve().parent.parent / "docs" / "api.md"
EXAMPLES = re.findall(r"```graphql\n(.*?)```", DOC.read_text(encoding="utf-8"), re.DOTALL)


def test_the_doc_has_examples() -> None:
    assert len(EXAMPLES) >= 10


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda text: text.split("{")[0].strip())
def test_example_is_valid(example: str) -> None:
    errors = validate(schema._schema, parse(example))
    assert errors == [], [error.message for error in errors]
