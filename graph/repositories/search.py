"""Full-text search over the ``search`` index (accent- and case-insensitive)."""

from __future__ import annotations

import itertools
import re

from graph.client import Graph
from graph.cypher import query
from graph.glossary import (
    completions,
    english,
    fold,
    function_word,
    function_words,
    segments,
    without_umlauts,
)

# Lucene syntax characters; user text is matched as plain words, never as a query language.
_LUCENE_SPECIAL = re.compile(r'([+\-&|!(){}\[\]^"~*?:\\/])')
# A French elided article or pronoun at the start of a word (l'énergie, d'hydrogène), with
# a straight or a typographic apostrophe (U+2019).
_ELIDED = re.compile(r"^(?:[ld]|qu)['\u2019]", re.IGNORECASE)
# The shortest last word also matched as the start of a word (shorter ones expand to too
# many words of the index).
PREFIX_MIN = 3
# Inside a quoted phrase only the quote and the backslash are special.
_QUOTED_SPECIAL = re.compile(r'(["\\])')


def lucene_terms(text: str, translated: bool = False) -> str:
    """Escape user text so the index sees plain words, all of which must match.

    Words are lower-cased so that a user's AND, OR or NOT is a word, not an operator. With
    ``translated`` (searches; a check for namesakes keeps the words as typed), a French or
    German word or phrase of the glossary also matches its English ("hydrogène" finds
    "hydrogen", "pile à combustible" "fuel cell"), a word with an elided article matches
    without it too ("d'hydrogène"), a German umlaut also as written out ("München" finds
    "MUENCHEN"), function words ("de", "für") are left out, and the last
    word, which the user may still be typing, also matches as the start of a word
    ("Luxembourg Inst" finds "Luxembourg Institute") and as the English of the glossary's
    words it starts ("Wasserst" finds "hydrogen").
    """
    words = text.split()
    if not translated:
        return " AND ".join(_escaped(word) for word in words)
    runs = segments(words)
    # French and German function words ("recyclage de batteries") are in no English title.
    skipped = function_words(words)
    starts = itertools.accumulate((len(run) for run, _ in runs), initial=0)
    kept = [
        (run, other)
        for (run, other), start in zip(runs, starts, strict=False)
        if other or len(run) > 1 or not skipped[start]
    ]
    parts = [_translated(run, other) for run, other in kept or runs]
    last, other = (kept or runs)[-1]
    if len(last) == 1 and other is None and len(last[0]) >= PREFIX_MIN and last[0].isalnum():
        word = last[0]
        prefixes = dict.fromkeys(p for p in (fold(word), without_umlauts(word)) if p)
        started = [form for found in completions(word) for form in _english(found)]
        choices = [parts[-1], *(f"{_escaped(prefix)}*" for prefix in prefixes), *started]
        parts[-1] = "(" + " OR ".join(choices) + ")"
    return " AND ".join(parts)


def _escaped(word: str) -> str:
    return _LUCENE_SPECIAL.sub(r"\\\1", word.lower())


def _spellings(word: str) -> str:
    """A typed word, and with a German umlaut also as written out ("München": muenchen)."""
    written = without_umlauts(word)
    return _escaped(word) if written is None else f"({_escaped(word)} OR {_escaped(written)})"


def _translated(run: list[str], other: str | None) -> str:
    """The words of ``run`` as typed (without function words; with umlauts also written
    out), or its English (``other``), or the word without its elided article (and that
    word's English)."""
    words = [word for word in run if not function_word(word)] or run
    typed = " AND ".join(_spellings(word) for word in words)
    choices = [f"({typed})" if len(words) > 1 else typed]
    bare = _ELIDED.sub("", run[0])
    if len(run) == 1 and bare not in ("", run[0]):
        choices.append(_escaped(bare))
        other = other or english(bare)
    if other is not None and fold(other) != fold(" ".join(run)):
        choices += _english(other)
    return choices[0] if len(choices) == 1 else "(" + " OR ".join(choices) + ")"


def _english(english: str) -> list[str]:
    """The English of a glossary entry as search choices: a word in both numbers ("heat",
    "heats"); a phrase as all of its words, each in both numbers, anywhere in the text
    ("Recycling of EV batteries" is about battery recycling too)."""
    words = english.split()
    if len(words) == 1:
        return [_quoted(form) for form in _number_forms(english)]
    return ["(" + " AND ".join(_either_number(word) for word in words) + ")"]


def _either_number(word: str) -> str:
    forms = [_quoted(form) for form in _number_forms(word)]
    return forms[0] if len(forms) == 1 else "(" + " OR ".join(forms) + ")"


def _quoted(phrase: str) -> str:
    return '"' + _QUOTED_SPECIAL.sub(r"\\\1", phrase) + '"'


def _number_forms(english: str) -> list[str]:
    """The English in the singular and the plural (the index does not stem: "fuel cells"
    is not "fuel cell"): its last word with or without a final s ("batteries" and
    "battery" alike)."""
    if english.endswith("ss"):
        return [english]
    if english.endswith("ies"):
        return [english, english[:-3] + "y"]
    if english.endswith("s"):
        return [english, english[:-1]]
    if english.endswith("y") and english[-2:-1] not in ("a", "e", "i", "o", "u", ""):
        return [english, english[:-1] + "ies"]
    return [english, english + "s"]


async def ids_matching(graph: Graph, text: str, label: str, limit: int) -> list[str]:
    """Ids of nodes with ``label`` whose name, acronym or title matches ``text``."""
    terms = lucene_terms(text)
    if not terms:
        return []
    rows = await graph.read(query("search_ids"), {"text": terms, "label": label, "limit": limit})
    return [row["id"] for row in rows]
