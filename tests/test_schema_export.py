"""The committed schema.graphql must match the code's schema."""

from __future__ import annotations

from schema.export import sdl
from tests.conftest import ROOT


def test_committed_schema_matches_the_code() -> None:
    committed = (ROOT / "schema.graphql").read_text(encoding="utf-8")
    assert committed == sdl(), (
        "schema.graphql is out of date with the code; regenerate it with "
        "`clustergraph schema` (or `python -m schema.export`) and commit the file"
    )


def test_export_documents_the_root_fields() -> None:
    text = sdl()
    assert "type Query {" in text
    assert '"""One organisation by id, or null if there is none."""' in text
