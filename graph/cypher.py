"""Cypher queries kept in ``graph/cypher/<aggregate>_<verb>.cypher``, loaded once."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import LiteralString

CYPHER_DIR = Path(__file__).resolve().parent / "cypher"


@cache
def query(name: str) -> LiteralString:
    """The text of ``graph/cypher/<name>.cypher``; read from disk once per process."""
    text: LiteralString = (CYPHER_DIR / f"{name}.cypher").read_text("utf-8")
    return text
