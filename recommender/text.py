"""A brief in words, as the full-text index ``suggestion_text`` is asked about it.

A brief ("hydrogen refuelling for heavy-duty trucks") is matched by what it means as a whole,
not by any one word: its key words (English stop words left out) are asked together, and
every two key words that stand side by side in the brief are asked again as a phrase
("hydrogen refuelling", "heavy duty", "duty trucks") with a higher weight, so that a project
about the subject outranks one that shares a single common word ("heavy metal free
emitters"). The index stems English words, so "batteries" finds "battery". A common French
or German word or phrase of the glossary (graph/glossary.csv) is asked in English, and French
and German function words ("de", "für") are left out.
"""

from __future__ import annotations

import itertools
import re
import unicodedata

from graph.glossary import function_words, segments

# Lucene's English stop words (Neo4j's English and standard analyzers drop them).
STOP = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "but",
        "by",
        "for",
        "if",
        "in",
        "into",
        "is",
        "it",
        "no",
        "not",
        "of",
        "on",
        "or",
        "such",
        "that",
        "the",
        "their",
        "then",
        "there",
        "these",
        "they",
        "this",
        "to",
        "was",
        "will",
        "with",
    ]
)
# At most this many key words and phrases reach the index (a pasted call description has
# hundreds of words: its first ones, usually the title, say what it is about).
MAX_TERMS = 32
MAX_PHRASES = 16
PHRASE_BOOST = 3


def words(text: str) -> list[str]:
    """Lower-case, accent-free words of ``text``, stop words included, in order."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in folded if not unicodedata.combining(c))
    return re.findall(r"\w+", plain)


def _asked(typed: list[str]) -> list[tuple[str, bool]]:
    """The words a brief asks, in order, each with whether it is a key word (not a stop or
    function word): the glossary's words and phrases in English."""
    skipped = function_words(typed)
    found: list[tuple[str, bool]] = []
    start = 0
    for run, other in segments(typed):
        if other:
            found += [(word, word not in STOP) for word in words(other)]
        else:
            found += [
                (word, word not in STOP and not skipped[start + i]) for i, word in enumerate(run)
            ]
        start += len(run)
    return found


def brief_query(text: str | None) -> str | None:
    """The full-text query for a brief: its key words, and its adjacent key-word pairs as
    boosted phrases; only letters, digits and underscores get through (no query syntax).
    None when the brief has no key word."""
    if not text:
        return None
    # A common French or German word or phrase is asked in English, without the function
    # words (graph/glossary.py): project texts are English ("hydrogène pour camions" asks
    # what "hydrogen trucks" asks).
    found = _asked(words(text))
    terms = list(dict.fromkeys(w for w, key in found if key))[:MAX_TERMS]
    if not terms:
        return None
    pairs = [
        f'"{a} {b}"^{PHRASE_BOOST}'
        for (a, key_a), (b, key_b) in itertools.pairwise(found)
        if key_a and key_b and a != b
    ]
    phrases = list(dict.fromkeys(pairs))[:MAX_PHRASES]
    return " ".join([*terms, *phrases])
