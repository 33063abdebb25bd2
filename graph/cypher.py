"""Cypher queries kept in ``graph/cypher/<aggregate>_<verb>.cypher``, loaded once."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import LiteralString, cast


@cache
def query(name: str) -> LiteralString:
    """The text of ``graph/cypher/<name>.cypher``; read from disk once per process."""
    text = resources.files("graph").joinpath("cypher", f"{name}.cypher").read_text("utf-8")
    return cast(LiteralString, text)
