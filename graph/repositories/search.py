"""Full-text search over the ``search`` index (accent- and case-insensitive)."""

from __future__ import annotations

import re

from graph.client import Graph
from graph.cypher import query
from graph.glossary import fold, segments

# Lucene syntax characters; user text is matched as plain words, never as a query language.
_LUCENE_SPECIAL = re.compile(r'([+\-&|!(){}\[\]^"~*?:\\/])')
# Inside a quoted phrase only the quote and the backslash are special.
_QUOTED_SPECIAL = re.compile(r'(["\\])')


def lucene_terms(text: str, translated: bool = False) -> str:
    """Escape user text so the index sees plain words, all of which must match.

    Words are lower-cased so that a user's AND, OR or NOT is a word, not an operator. With
    ``translated``, a French or German word or phrase of the glossary also matches its
    English ("hydrogène" finds "hydrogen", "pile à combustible" finds "fuel cell"); a check
    for namesakes keeps the words as typed.
    """
    words = text.split()
    runs = segments(words) if translated else [([word], None) for word in words]
    return " AND ".join(_term(run, other) for run, other in runs)


def _term(run: list[str], other: str | None) -> str:
    typed = " AND ".join(_LUCENE_SPECIAL.sub(r"\\\1", word.lower()) for word in run)
    if other is None or fold(other) == fold(" ".join(run)):
        return typed
    if len(run) > 1:
        typed = f"({typed})"
    phrases = ['"' + _QUOTED_SPECIAL.sub(r"\\\1", form) + '"' for form in _number_forms(other)]
    return "(" + " OR ".join([typed, *phrases]) + ")"


def _number_forms(english: str) -> list[str]:
    """The English in the singular and the plural (the index does not stem: "fuel cells"
    is not "fuel cell"): its last word with or without a final s."""
    if english.endswith("ss"):
        return [english]
    return [english, english[:-1] if english.endswith("s") else english + "s"]


async def ids_matching(graph: Graph, text: str, label: str, limit: int) -> list[str]:
    """Ids of nodes with ``label`` whose name, acronym or title matches ``text``."""
    terms = lucene_terms(text)
    if not terms:
        return []
    rows = await graph.read(query("search_ids"), {"text": terms, "label": label, "limit": limit})
    return [row["id"] for row in rows]
