"""Full-text search over the ``search`` index (accent- and case-insensitive)."""

from __future__ import annotations

import re

from graph.client import Graph
from graph.cypher import query
from graph.glossary import english, fold

# Lucene syntax characters; user text is matched as plain words, never as a query language.
_LUCENE_SPECIAL = re.compile(r'([+\-&|!(){}\[\]^"~*?:\\/])')


def lucene_terms(text: str, translated: bool = False) -> str:
    """Escape user text so the index sees plain words, all of which must match.

    Words are lower-cased so that a user's AND, OR or NOT is a word, not an operator. With
    ``translated``, a French or German word of the glossary also matches its English
    ("hydrogène" finds "hydrogen"); a check for namesakes keeps the words as typed.
    """
    return " AND ".join(_term(word, translated) for word in text.split())


def _term(word: str, translated: bool) -> str:
    typed = _LUCENE_SPECIAL.sub(r"\\\1", word.lower())
    other = english(word) if translated else None
    if other is None or fold(other) == fold(word):
        return typed
    return f'({typed} OR "{other}")'


async def ids_matching(graph: Graph, text: str, label: str, limit: int) -> list[str]:
    """Ids of nodes with ``label`` whose name, acronym or title matches ``text``."""
    terms = lucene_terms(text)
    if not terms:
        return []
    rows = await graph.read(query("search_ids"), {"text": terms, "label": label, "limit": limit})
    return [row["id"] for row in rows]
