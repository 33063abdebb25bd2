"""A brief in words, as the full-text index ``suggestion_text`` is asked about it.

A brief ("hydrogen refuelling for heavy-duty trucks") is matched by what it means as a whole,
not by any one word: its key words (English stop words left out) are asked together, and
every two key words that stand side by side in the brief are asked again as a phrase
("hydrogen refuelling", "heavy duty", "duty trucks") with a higher weight, so that a project
about the subject outranks one that shares a single common word ("heavy metal free
emitters"). The index stems English words, so "batteries" finds "battery". A common French
or German word or phrase of the glossary (graph/glossary.csv) is asked in English, and French
and German function words ("de", "für") are left out.

A request about a brief alone is stricter (:func:`brief_levels`): a project must hold most of
the brief's first key words, not just any one of them ("cancer immunotherapy" is not any
cancer project). The levels go from all of them down to half of them, and the engine takes
the strictest level that some projects meet.
"""

from __future__ import annotations

import itertools
import math
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
# A strict brief requires most of its first key words (the title of a pasted description):
# at least half of them, and both of two.
STRICT_TERMS = 6


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


def _terms_and_phrases(text: str | None) -> tuple[list[str], list[str]]:
    """A brief's key words and its adjacent key-word pairs as boosted phrases."""
    if not text:
        return [], []
    # A common French or German word or phrase is asked in English, without the function
    # words (graph/glossary.py): project texts are English ("hydrogène pour camions" asks
    # what "hydrogen trucks" asks).
    found = _asked(words(text))
    terms = list(dict.fromkeys(w for w, key in found if key))[:MAX_TERMS]
    pairs = [
        f'"{a} {b}"^{PHRASE_BOOST}'
        for (a, key_a), (b, key_b) in itertools.pairwise(found)
        if key_a and key_b and a != b
    ]
    return terms, list(dict.fromkeys(pairs))[:MAX_PHRASES]


def brief_query(text: str | None) -> str | None:
    """The full-text query for a brief: its key words, and its adjacent key-word pairs as
    boosted phrases; only letters, digits and underscores get through (no query syntax).
    None when the brief has no key word."""
    terms, phrases = _terms_and_phrases(text)
    return " ".join([*terms, *phrases]) if terms else None


def key_words(text: str | None) -> list[str]:
    """A brief's key words as the index is asked them: English stop words and French and
    German function words left out, glossary words in English, at most ``MAX_TERMS``."""
    return _terms_and_phrases(text)[0]


def strict_key_words(text: str | None) -> int:
    """How many of a brief's key words its strictest level asks a project to hold (see
    :func:`brief_levels`: its first key words, up to ``STRICT_TERMS``)."""
    return len(key_words(text)[:STRICT_TERMS])


def brief_levels(text: str | None) -> list[str]:
    """Stricter full-text queries for a brief, strictest first: each requires a project to
    hold at least n of the brief's first key words (up to ``STRICT_TERMS``), n from all of
    them down to half of them (two of two, two of three); the other key words and the phrases
    still raise the score. Empty when the brief has no key word."""
    terms, phrases = _terms_and_phrases(text)
    head, rest = terms[:STRICT_TERMS], terms[STRICT_TERMS:]
    if not head:
        return []
    floor = max(math.ceil(len(head) / 2), min(len(head), 2))
    levels = []
    for n in range(len(head), floor - 1, -1):
        either = " ".join(
            "(" + " ".join(f"+{word}" for word in group) + ")"
            for group in itertools.combinations(head, n)
        )
        levels.append(" ".join([f"+({either})", *rest, *phrases]))
    return levels
