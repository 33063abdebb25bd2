"""Cypher queries kept in ``graph/cypher/<aggregate>_<verb>.cypher``, loaded once."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import LiteralString


@cache
def query(name: str) -> LiteralString:
    """The text of ``graph/cypher/<name>.cypher``; read from disk once per process."""
    text: LiteralString = (  # our own files, never user input
        resources.files("graph").joinpath("cypher", f"{name}.cypher").read_text("utf-8")
    )
    return text
