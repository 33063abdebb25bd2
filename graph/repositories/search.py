"""Full-text search over the ``search`` index (accent- and case-insensitive)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from graph.client import Graph
from graph.cypher import query
from graph.glossary import (
    completions,
    english,
    fold,
    function_word,
    function_words,
    phrase_completions,
    segments,
    without_umlauts,
)
from graph.name_words import abbreviated, name_forms
from graph.schema import ANALYZER_STOP_WORDS

# Lucene syntax characters; user text is matched as plain words, never as a query language.
_LUCENE_SPECIAL = re.compile(r'([+\-&|!(){}\[\]^"~*?:\\/])')
# A French elided article or pronoun at the start of a word (l'énergie, d'hydrogène), with
# a straight or a typographic apostrophe (U+2019).
_ELIDED = re.compile(r"^(?:[ld]|qu)['\u2019]", re.IGNORECASE)
# The shortest word also matched as the start of a word (shorter ones expand to too many
# words of the index). A last word shorter than LAST_PREFIX_MIN is more often the word meant
# than the start of another ("car", "bus", "lux"): its words first, then, weighed
# WEAK_PREFIX, those it starts ("care", "business", "Luxembourg").
PREFIX_MIN = 3
LAST_PREFIX_MIN = 4
WEAK_PREFIX = 0.1
# The weight of a word as organisation names write it in another language than the one asked
# in ("university": universite), against the word as asked.
NAME_FORM_WEIGHT = 0.3
# Inside a quoted phrase only the quote and the backslash are special.
_QUOTED_SPECIAL = re.compile(r'(["\\])')
# Words are cut at spaces, hyphens and slashes: the index cuts "heavy-duty" in two, and a
# word it cuts is asked as either part ("heavy-duty" found "Heavy metal", a call code such
# as HORIZON-CL5-2022-D2-01-02 every "Horizon" title), not as both.
_HYPHENS = re.compile(r"[\s\-\u2010-\u2015/]+")
# Wildcards a user may type at either end of a word ("hyd*"): a search already matches its
# last word as the start of a word, so they are dropped rather than asked as a character.
_WILDCARDS = "*?"


def lucene_terms(text: str, translated: bool = False, every_start: bool = False) -> str:
    """Escape user text so the index sees plain words, all of which must match.

    Words are lower-cased so that a user's AND, OR or NOT is a word, not an operator. With
    ``translated`` (searches; a check for namesakes keeps the words as typed), a French or
    German word or phrase of the glossary also matches its English ("hydrogène" finds
    "hydrogen", "pile à combustible" "fuel cell"), a word with an elided article matches
    without it too ("d'hydrogène"), a German umlaut also as written out ("München" finds
    "MUENCHEN"), a word in the singular or the plural also in the other ("battery" finds
    "batteries"), an English word of organisation names also as the names write it in
    their languages, weighed less ("university": universite^0.3; see graph.name_words), an
    abbreviation of names as the names spell it ("TU München" finds "TECHNISCHE UNIVERSITAET
    MUENCHEN"), function words ("de", "für") are left out, and the last word, which the
    user may still be typing, also matches as the start of a word (weighed less when it
    has fewer than :data:`LAST_PREFIX_MIN` letters: "lux" finds "LUX" first, then
    "Luxembourg"; "Luxembourg Inst" finds
    "Luxembourg Institute"), as the English of the glossary's words it starts ("Wasserst"
    finds "hydrogen") and with the words before it as the English of the glossary's phrases
    they start ("économie circ" finds "circular economy"). With ``every_start`` (searches
    again when the words as typed find nothing: "univ lux"), every word of at least
    :data:`PREFIX_MIN` letters also matches as the start of a word, not only the last.
    """
    words = [plain for plain in map(_plain, _HYPHENS.split(text)) if plain]
    if not words:
        return ""
    if not translated:
        return " AND ".join(_escaped(word) for word in words)
    skipped = function_words(words)
    n, started = phrase_completions(words)
    if not started:
        return " AND ".join(_parts(words, skipped, every_start=every_start))
    tail = _parts(words[-n:], skipped[-n:], every_start=every_start)
    typed = tail[0] if len(tail) == 1 else "(" + " AND ".join(tail) + ")"
    english_forms = [form for found in started for form in _english(found)]
    head = _parts(words[:-n], skipped[:-n], alone=False, every_start=every_start)
    return " AND ".join([*head, _either([typed, *english_forms])])


def _parts(
    words: list[str], skipped: list[bool], alone: bool = True, every_start: bool = False
) -> list[str]:
    """The search terms of ``words`` (see :func:`lucene_terms`), one per run of the glossary;
    ``skipped`` says which words are function words. When all of them are, they are searched
    as typed if the words are ``alone``, else left out. ``every_start``: a word also matches
    as the start of a word."""
    runs = segments(words)
    starts = itertools.accumulate((len(run) for run, _ in runs), initial=0)
    kept = [
        (run, other)
        for (run, other), start in zip(runs, starts, strict=False)
        if other or len(run) > 1 or not skipped[start]
    ]
    if not kept and not alone:
        return []
    kept = kept or runs
    parts = [_translated(run, other, every_start) for run, other in kept[:-1]]
    last, other = kept[-1]
    # a word the index leaves out after others ("Institute for") is no start of a word yet
    dropped = bool(parts) and last[0].lower() in ANALYZER_STOP_WORDS
    if (
        len(last) == 1
        and other is None
        and len(last[0]) >= PREFIX_MIN
        and last[0].isalnum()
        and not dropped
    ):
        if len(last[0]) < LAST_PREFIX_MIN and not every_start:
            return [*parts, _either(_spellings(last[0], prefixed=True, weak=True))]
        started = [
            form for found in completions(last[0]) for form in _english(found, last[0], True)
        ]
        return [*parts, _either([*_spellings(last[0], prefixed=True), *started])]
    return [*parts, _translated(last, other, every_start)]


def _plain(word: str) -> str:
    """The word without wildcards at its ends; empty when it holds no letter or digit (an
    emoji, "™", "&"), which no name holds as a word: asked, it would make every search
    find nothing."""
    word = word.strip(_WILDCARDS)
    return word if any(c.isalnum() for c in word) else ""


def _escaped(word: str) -> str:
    return _LUCENE_SPECIAL.sub(r"\\\1", word.lower())


def _spellings(
    word: str, prefixed: bool = False, numbers: bool = True, weak: bool = False
) -> list[str]:
    """A typed word as search choices: as typed, with a German umlaut also as written out
    ("München": muenchen), with ``numbers`` in the other number ("battery": batteries), as
    organisation names write it in their languages ("university": universite...; see
    graph.name_words) and, ``prefixed``, as the start of a word ("Luxem": luxem*; its forms
    that start so are left to the prefix), ``weak``ly (weighed ``WEAK_PREFIX``, every form
    asked as a word too: "car" finds "cars" before "care")."""
    lower = word.lower()
    written = without_umlauts(word)
    forms = [lower, *([written] if written else []), *(_typed_numbers(lower) if numbers else [])]
    prefixes = [fold(word), *([written] if written else [])] if prefixed else []
    left = [] if weak else prefixes
    choices = [
        form
        for form in dict.fromkeys(forms)
        if form == lower or not any(fold(form).startswith(prefix) for prefix in left)
    ]
    boost = f"^{WEAK_PREFIX}" if weak else ""
    return (
        [_escaped(form) for form in choices]
        + _in_names(lower, word, prefixed and not weak, forms)
        + [f"{_escaped(p)}*{boost}" for p in dict.fromkeys(prefixes)]
    )


def _typed_numbers(word: str) -> list[str]:
    """A typed word's other number, for words of three letters or more that look English or
    French ("batteries": battery; "cell": cells; "car": cars; "bus": buses); none for
    "analysis", "quartz", "gas" (no singular "ga")."""
    if len(word) < 3 or not word.isalpha() or word.endswith(("is", "z")):
        return []
    if word in ANALYZER_STOP_WORDS:
        return []
    if len(word) == 3 and word.endswith("s") and not word.endswith("us"):
        return []
    return [form for form in _number_forms(word) if form != word]


def _translated(run: list[str], other: str | None, every_start: bool = False) -> str:
    """The words of ``run`` as typed (without function words; see :func:`_spellings`), or
    its English (``other``), or the word without its elided article (and that word's
    English), or the names a word alone abbreviates ("TU": technische universitaet...; see
    graph.name_words); with ``every_start``, a word alone also as the start of a word."""
    words = [word for word in run if not function_word(word)] or run
    # a word with an English is matched in both numbers by its English
    typed = " AND ".join(_either(_spellings(word, numbers=other is None)) for word in words)
    choices = [f"({typed})" if len(words) > 1 else typed]
    bare = _ELIDED.sub("", run[0])
    if len(run) == 1 and bare not in ("", run[0]):
        choices.append(_escaped(bare))
        other = other or english(bare)
    if other is not None and fold(other) != fold(" ".join(run)):
        choices += _english(other, run[0] if len(run) == 1 else "")
    if len(run) == 1:
        choices += [_all(list(map(_escaped, name))) for name in abbreviated(run[0])]
    if every_start and len(run) == 1 and len(run[0]) >= PREFIX_MIN and run[0].isalnum():
        choices.append(f"{_escaped(fold(run[0]))}*")
    return _either(choices)


def _all(words: list[str]) -> str:
    return words[0] if len(words) == 1 else "(" + " AND ".join(words) + ")"


def _either(choices: list[str]) -> str:
    return choices[0] if len(choices) == 1 else "(" + " OR ".join(choices) + ")"


def _english(english: str, typed: str = "", prefixed: bool = False) -> list[str]:
    """The English of a glossary entry as search choices: a word in both numbers ("heat",
    "heats") and as organisation names write it ("university": universite...; but the
    ``typed`` word's own spellings, or, ``prefixed``, what its prefix finds, those forms
    included); a phrase as all
    of its words, each in both numbers, anywhere in the text ("Recycling of EV batteries" is
    about battery recycling too)."""
    words = english.split()
    if len(words) == 1:
        forms = _number_forms(english)
        # a form the typed prefix finds is left to it: asked again as a word, its relevance
        # would add to the prefix's and put "University of ..." before "Universite ..." for
        # "Universit"
        asked = [form for form in forms if not (prefixed and form.startswith(fold(typed)))]
        return [_quoted(form) for form in asked] + _in_names(english, typed, prefixed, forms)
    return ["(" + " AND ".join(_either_number(word) for word in words) + ")"]


def _in_names(english: str, typed: str, prefixed: bool, others: Sequence[str] = ()) -> list[str]:
    """An English word as organisation names write it in their languages (see
    graph.name_words), weighed down so that a rare form (yliopisto) does not outrank the
    common English one; but the ``typed`` word's spellings, the ``others`` already asked for
    and, ``prefixed``, what the typed word finds as a prefix."""
    own = {fold(typed), without_umlauts(typed), *others}
    return [
        f"{_escaped(form)}^{NAME_FORM_WEIGHT}"
        for form in name_forms(english)
        if form not in own and not (prefixed and form.startswith(fold(typed)))
    ]


def _either_number(word: str) -> str:
    return _either([_quoted(form) for form in _number_forms(word)])


def _quoted(phrase: str) -> str:
    return '"' + _QUOTED_SPECIAL.sub(r"\\\1", phrase) + '"'


def _number_forms(english: str) -> list[str]:
    """The English in the singular and the plural (the index does not stem: "fuel cells"
    is not "fuel cell"): its last word with or without a final s ("batteries" and
    "battery" alike), or es ("bus" and "buses")."""
    if english.endswith("ss"):
        return [english]
    if english.endswith(("uses", "xes", "ches", "shes")):
        # "buses": bus, "approaches": approach; "causes": cause, "niches": niche
        return [english, english[:-1], english[:-2]]
    if english.endswith(("us", "x", "sh")):
        return [english, english + "es"]  # "bus": buses
    if english.endswith("ch"):
        return [english, english + "es", english + "s"]  # "approaches", "epochs"
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
