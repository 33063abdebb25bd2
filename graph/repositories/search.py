"""Full-text search over the ``search`` index (accent- and case-insensitive)."""

from __future__ import annotations

import re

from graph.client import Graph
from graph.cypher import query

# Lucene syntax characters; user text is matched as plain words, never as a query language.
_LUCENE_SPECIAL = re.compile(r'([+\-&|!(){}\[\]^"~*?:\\/])')


def lucene_terms(text: str) -> str:
    """Escape user text so the index sees plain words, all of which must match.

    Words are lower-cased so that a user's AND, OR or NOT is a word, not an operator.
    """
    words = [_LUCENE_SPECIAL.sub(r"\\\1", word.lower()) for word in text.split()]
    return " AND ".join(words)


async def ids_matching(graph: Graph, text: str, label: str, limit: int) -> list[str]:
    """Ids of nodes with ``label`` whose name, acronym or title matches ``text``."""
    terms = lucene_terms(text)
    if not terms:
        return []
    rows = await graph.read(query("search_ids"), {"text": terms, "label": label, "limit": limit})
    return [row["id"] for row in rows]
