"""English for French and German words of the clusters' fields, so that a search typed in a
manager's language finds what CORDIS describes in English (project titles, call topics and
topic names are English; organisations keep their own names). The entries are in
``glossary.csv`` (``word,language,english``), read once: a word ("hydrogène"), a German
compound ("Brennstoffzelle") or a phrase of a few words ("pile à combustible"); add a line to
teach it one. ``glossary_fields.csv`` (same columns) names the fields of science in French and
German as the web page shows them (web/src/i18n/fields.ts: "oncologie", "Maschinenbau",
"apprentissage automatique"), but for the names that are English words too ("fibres",
"catalyse", "Genome", "Supercomputer", "Wi-Fi": written so in English abstracts), too broad
for one field ("droit", "économie") or that ``glossary.csv`` has already.
"""

from __future__ import annotations

import bisect
import csv
import functools
import itertools
import re
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path

GLOSSARY_FILE = Path(__file__).with_name("glossary.csv")
FIELDS_FILE = Path(__file__).with_name("glossary_fields.csv")
LANGUAGES = frozenset({"fr", "de"})
_WORD = re.compile(r"\w+")
# French and German words that name no subject ("recyclage de batteries", "Wasserstoff für
# Lastwagen"), folded: left out of translated searches and of briefs, as the indexes leave
# out the English ones ("of", "for"); and the Latin ones all three languages use ("per",
# "via": "Erdbeobachtung per Satellit"). Those that are English words too ("die casting",
# "MIT") only in a text that is French or German by another sign (see function_words).
# French and German verbs of asking (folded): function words, and the sign of a brief written
# as a request (recommender.text).
REQUEST_VERBS = frozenset(
    {"cherche", "cherchons", "recherchons", "souhaitons", "voulons", "trouver"}
    | {"suche", "suchen", "mochten", "brauchen", "brauche", "benotigen", "benotige", "gesucht"}
)
FUNCTION_WORDS = frozenset(
    {
        *("per", "via"),
        *("a", "au", "aux", "avec", "d", "dans", "de", "des", "du", "en", "et", "l", "la"),
        *("le", "les", "pour", "sur", "un", "une"),
        *("auf", "aus", "bei", "das", "dem", "der", "ein", "eine"),
        *("als", "einer", "einen", "einem", "eines", "nach", "und", "von", "zu", "zum", "zur"),
        *("ou", "wie", "aber", "wird", "werden"),
        *("contre", "gegen", "ohne"),  # "médicaments contre Alzheimer": against; without
        # who asks and how: "nous cherchons des partenaires", "wir suchen Partner"
        *("je", "nous", "notre", "nos", "vous", "votre", "vos", "qui", "que", "dont"),
        *("developpe", "developpons", "domaine"),
        *("ich", "wir", "unser", "unsere", "unserem", "unseren", "unserer"),
        *("entwickelt", "entwickeln", "bereich"),
        *REQUEST_VERBS,
        *("atteint", "atteints", "atteinte", "atteintes"),  # "patients atteints de": with
        # "KI-gestützte Cybersicherheit": AI-based, the subject is in the other words
        *("gestutzt", "gestutzte", "gestutzten", "gestutzter"),
    }
)
# "Streptococcus suis", "EST" (a telescope), the river Oder.
ALSO_ENGLISH = frozenset(
    {"am", "den", "die", "fur", "im", "mit", "par", "sans", "suis", "sommes", "sont", "est"}
    | {"oder"}
)
# A French elided article or pronoun (l'énergie, d'hydrogène, qu'il), as its folded word.
_ELIDED = frozenset({"l", "d", "qu"})
# A word still being typed is completed from the glossary ("Wasserst": hydrogen) from this
# many letters on, when its entries mean at most COMPLETIONS_MAX different things.
COMPLETION_MIN = 4
COMPLETIONS_MAX = 3


def fold(word: str) -> str:
    """Lower case without accents, as the search index compares words ("Énergie": energie)."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# German umlauts as many organisation names in CORDIS write them ("TECHNISCHE UNIVERSITAET
# MUENCHEN"); the index folds "ü" to "u", so "München" alone would not find them.
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})


def without_umlauts(word: str) -> str | None:
    """A word with its umlauts written out, lower-cased ("München": muenchen), or None when
    it has none."""
    lower = word.lower()
    written = lower.translate(_UMLAUTS)
    return written if written != lower else None


def _key(text: str) -> tuple[str, ...]:
    """The folded words of an entry or of a run of typed words ("Pile à" -> pile, a),
    without a leading elided article ("l'économie circulaire" -> economie, circulaire)."""
    return _without_article(_WORD.findall(fold(text)))


def _without_article(words: Sequence[str]) -> tuple[str, ...]:
    return tuple(words[1:] if len(words) > 1 and words[0] in _ELIDED else words)


@functools.cache
def _english() -> dict[tuple[str, ...], str]:
    return {key: english for path in (GLOSSARY_FILE, FIELDS_FILE) for key, english in entries(path)}


def entries(path: Path) -> list[tuple[tuple[str, ...], str]]:
    """The (folded words, English) of each line of a glossary file."""
    found = []
    with path.open(encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            word, language, english = (
                row.get(k, "").strip() for k in ("word", "language", "english")
            )
            if not _key(word) or not english or language not in LANGUAGES:
                raise ValueError(
                    f"{path.name} line {line}: needs a word, a language "
                    f"({', '.join(sorted(LANGUAGES))}) and its English"
                )
            found.append((_key(word), english))
    return found


@functools.cache
def _longest() -> int:
    return max(len(key) for key in _english())


def englishes() -> list[str]:
    """The English of every entry of the glossaries, as a brief is asked it."""
    return list(dict.fromkeys(_english().values()))


def english(word: str) -> str | None:
    """The English of a French or German word or phrase, or None when the glossary lacks it."""
    return _english().get(_key(word))


@functools.cache
def _words() -> tuple[list[str], list[str]]:
    """The glossary's one-word entries (folded) in order, and their English."""
    pairs = sorted((key[0], found) for key, found in _english().items() if len(key) == 1)
    return [word for word, _ in pairs], [found for _, found in pairs]


def completions(prefix: str) -> list[str]:
    """The English of the glossary's words that start with ``prefix``, a word the user is
    still typing ("Wasserst": hydrogen; "énerg": energy), in order; none when the prefix is
    shorter than COMPLETION_MIN letters or could mean more than COMPLETIONS_MAX things."""
    key = _key(prefix)
    if len(key) != 1 or len(key[0]) < COMPLETION_MIN:
        return []
    words, englishes = _words()
    start = bisect.bisect_left(words, key[0])
    end = bisect.bisect_left(words, key[0] + "\uffff", lo=start)
    kept = _broadest(set(englishes[start:end]))
    return kept if len(kept) <= COMPLETIONS_MAX else []


@functools.cache
def _phrases() -> tuple[list[tuple[str, ...]], list[str]]:
    """The glossary's entries of two words or more (folded) in order, and their English."""
    pairs = sorted((key, found) for key, found in _english().items() if len(key) > 1)
    return [key for key, _ in pairs], [found for _, found in pairs]


def phrase_completions(words: Sequence[str]) -> tuple[int, list[str]]:
    """How many of the last ``words`` start a phrase of the glossary that the user is still
    typing ("économie circ": circular economy; "pile à comb": fuel cell), and the English of
    the phrases they may start, in the order of :func:`completions`; (0, []) when they start
    none, or more than COMPLETIONS_MAX different things. The longest such run is taken."""
    keys, englishes = _phrases()
    for n in range(min(len(words), _longest()), 1, -1):
        key = _key(" ".join(words[-n:]))
        if len(key) < 2:
            continue
        # the entries whose first words are the key's and whose next starts with its last
        start = bisect.bisect_left(keys, key)
        end = bisect.bisect_left(keys, (*key[:-1], key[-1] + "\uffff"), lo=start)
        found = {englishes[i] for i in range(start, end) if keys[i] != key}
        if found:
            kept = _broadest(found)
            return (n, kept) if len(kept) <= COMPLETIONS_MAX else (0, [])
    return 0, []


def _broadest(englishes: set[str]) -> list[str]:
    """``englishes`` shortest first, without those another one finds all of ("hydrogen"
    already finds all that "hydrogen technology" would, "fuel cell" "fuel cells")."""
    kept: list[str] = []
    for found in sorted(englishes, key=lambda text: (len(text.split()), text)):
        if not any(_stems(other) <= _stems(found) for other in kept):
            kept.append(found)
    return kept


def _stems(english: str) -> frozenset[str]:
    """The words of an English entry in the singular, roughly ("technologies": technology)."""
    return frozenset(_singular(word) for word in english.lower().split())


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def function_word(word: str) -> bool:
    """True for a French or German word that names no subject ("de", "für", "die")."""
    key = _key(word)
    return len(key) == 1 and (key[0] in FUNCTION_WORDS or key[0] in ALSO_ENGLISH)


def function_words(words: Sequence[str]) -> list[bool]:
    """Which of ``words`` are French or German function words: those of FUNCTION_WORDS
    always, those that are English words too ("die", "mit") only when the text is French or
    German by another sign (a word of FUNCTION_WORDS or of the glossary)."""
    keys = [_key(word) for word in words]
    sure = [len(key) == 1 and key[0] in FUNCTION_WORDS for key in keys]
    foreign = _foreign(keys)
    return [
        found or (foreign and len(key) == 1 and key[0] in ALSO_ENGLISH)
        for found, key in zip(sure, keys, strict=True)
    ]


def _foreign(keys: Sequence[tuple[str, ...]]) -> bool:
    """Whether words (as keys) are French or German by a sure sign: one of FUNCTION_WORDS,
    a word of the glossary, or a compound of two of its words ("Krebsdiagnose mit
    Biomarkern": "mit" is then German, not MIT). A word known only by its stem is no sign:
    many English words are ("climates": climat)."""
    table = _english()
    return any(
        key in table or (len(key) == 1 and (key[0] in FUNCTION_WORDS or _joined(key[0])))
        for key in keys
    )


def segments(words: Sequence[str]) -> list[tuple[list[str], str | None]]:
    """``words`` in runs, each with its English: the longest phrase of the glossary that
    starts at each place ("pile à combustible" is one run, "fuel cell"), else one word with
    its English or None; in a French or German text (see :func:`function_words`), a word
    the glossary lacks as typed also by its stem or as a compound (see :func:`compound`)."""
    out: list[tuple[list[str], str | None]] = []
    folded = [_WORD.findall(fold(word)) for word in words]  # each word once, not per phrase
    table = _english()
    foreign = _foreign([_key(word) for word in words])
    start = 0
    while start < len(words):
        for end in range(min(len(words), start + _longest()), start, -1):
            key = _without_article([*itertools.chain.from_iterable(folded[start:end])])
            found = table.get(key)
            if found is None and foreign and len(key) == 1:
                found = compound(key[0])
            if found is not None or end == start + 1:
                out.append((list(words[start:end]), found))
                start = end
                break
    return out


# Endings of a German plural or case, or a French plural, that the glossary may lack
# ("Abfällen": abfälle, "Krankenhäuser": krankenhaus, "suivis": suivi), and the shortest
# part of a compound ("Kunststoff|abfällen", "Innenraum|luft") taken for a word.
ENDINGS = ("n", "en", "e", "s", "es", "er", "ern", "m")
PART_MIN = 4
# A compound is read in at most three parts and 60 letters ("Wasserstoffverbrennungsmotor" has
# 28): a longer word is no compound, and its cuts are not all tried.
COMPOUND_PARTS = 3
COMPOUND_LETTERS = 60


def _stem_english(word: str) -> str | None:
    """The English of a folded word, as typed or without one of ``ENDINGS``."""
    table = _english()
    return _stemmed(word, lambda stem: table.get((stem,)))


def _stemmed(word: str, lookup: Callable[[str], str | None]) -> str | None:
    """``lookup`` of ``word`` as typed, else of the first of its stems without one of
    ``ENDINGS`` (of at least PART_MIN letters) that it knows."""
    found = lookup(word)
    for ending in ENDINGS:
        if found is not None:
            break
        if word.endswith(ending) and len(word) - len(ending) >= PART_MIN:
            found = lookup(word[: -len(ending)])
    return found


def compound(word: str) -> str | None:
    """The English of a folded French or German word the glossary lacks as typed: by its
    stem ("abfallen": waste), or as a German compound of two words it knows, the first
    maybe with its joining "s" ("kunststoffabfallen": plastic waste; "gesundheitsdaten":
    health data); None when neither."""
    found = _stem_english(word)
    return found if found is not None else _joined(word)


def _joined(word: str, parts: int = COMPOUND_PARTS) -> str | None:
    """The English of a German compound of at most ``parts`` words the glossary knows (see
    :func:`compound`), its last part maybe a compound itself ("Schienen|güter|verkehr": rail
    freight transport), or None; None for a word longer than any compound."""
    if parts < 2 or len(word) > COMPOUND_LETTERS:
        return None
    table = _english()
    for cut in range(PART_MIN, len(word) - PART_MIN + 1):
        head, tail = word[:cut], word[cut:]
        first = table.get((head,)) or _same_in_english(head)
        if first is None and head.endswith("s") and len(head) > PART_MIN:
            first = table.get((head[:-1],))
        if first is None:
            continue
        second = _stem_english(tail) or _same_in_english(tail) or _joined(tail, parts - 1)
        if second is not None:
            return f"{first} {second}"
    return None


# Words German compounds are made of that English writes alike, so that the glossary has no
# entry for them ("Batteriemanagement|system", "Radar|fernerkundung").
SAME_IN_ENGLISH = frozenset(
    {"chip", "design", "laser", "management", "navigation", "radar", "sensor", "software", "system"}
)


def _same_in_english(word: str) -> str | None:
    """A compound's part that English writes alike, as typed or without one of ``ENDINGS``."""
    return _stemmed(word, lambda stem: stem if stem in SAME_IN_ENGLISH else None)
