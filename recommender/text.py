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
the strictest level that some projects meet. The stemmer cuts some words of different
meanings to one stem ("objects" and "objectives", "communities" and "communication":
stem_clashes.txt); a project the index finds through such a word counts only when it holds a
word of the meaning asked (:class:`graph.repositories.suggestions.Meant`). Likewise a word
that means another subject inside some names ("hydrogen peroxide", "solar wind":
phrase_clashes.txt) counts only outside them, unless the brief holds the name's other word.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
import unicodedata
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import NamedTuple, TypeVar

from graph.glossary import REQUEST_VERBS as ASKING_VERBS
from graph.glossary import englishes, function_words, segments
from graph.repositories.suggestions import Meant
from graph.schema import ANALYZER_STOP_WORDS

V = TypeVar("V")

# "Project" says what is asked for, not what about (most project texts of Horizon Europe
# hold it, few titles of Horizon 2020 do): never a key word of a brief.
NOT_A_SUBJECT = frozenset({"project", "projects"})
# A brief written as a request ("we are looking for partners for a project on battery
# recycling", "partners for ...", "nous cherchons", "wir suchen") also says who asks and
# what for: in a brief that holds one of REQUEST_VERBS or starts with one of REQUEST_STARTS
# (as typed, folded), the words of REQUEST_WORDS are left out too, since most project texts
# hold "we" or "partners" and they would let a project on anything meet half of the brief.
# Only then: in a title they may be the subject ("Intimate Partner Violence", "Our
# oceans"); "collaboration", "partnership" or "joining" are never left out.
REQUEST_VERBS = ASKING_VERBS | frozenset(
    {"looking", "seeking", "seek", "searching", "want", "wants", "wish", "need", "would"}
    | {"sought"}
)
REQUEST_STARTS = frozenset(
    (noun, to)
    for noun in ("partner", "partners", "partenaire", "partenaires", "consortium", "konsortium")
    for to in ("for", "pour", "fur", "to")
) | {("search", "for"), ("searching", "for"), ("looking", "for")}
# Ways of asking made of words that are also a subject's ("recherche" is also "research",
# "look" and "find" are words of titles): "à la recherche d'une PME", "je recherche", "we
# would like to find a"; the phrase is left out of a brief (recommender/brief_reading.py).
REQUEST_PHRASES = (
    *(("a", "la", "recherche"), ("je", "recherche"), ("on", "recherche")),
    *(("would", "like"), ("like", "to", "find"), ("we", "look", "for"), ("to", "find", "a")),
    *(("we", "search", "for"), ("partenaires", "recherches"), ("partenaire", "recherche")),
    ("partenaire", "recherchee"),
    ("we", "are", "interested"),
)
REQUEST_WORDS = REQUEST_VERBS | frozenset(
    {
        *("i", "we", "us", "our", "my", "you", "your", "someone", "anyone", "interested"),
        *("partner", "partners", "consortium", "consortia", "proposal", "proposals"),
        *("organisation", "organisations", "organization", "organizations"),
        *("about", "regarding", "concerning", "please", "am", "preferably", "ideally"),
    }
)


# At most this many key words and phrases reach the index (a pasted call description has
# hundreds of words: its first ones, usually the title, say what it is about).
MAX_TERMS = 32
MAX_PHRASES = 16
PHRASE_BOOST = 3
# A strict brief requires most of its first key words (the title of a pasted description):
# at least half of them, and both of two.
STRICT_TERMS = 6
# A subject that fewer projects than this hold as typed is widened to its concepts' other
# names (synonyms.txt): on the whole network "autonomous driving" is asked as typed (hundreds
# of projects); in a small network it also finds "automated vehicles" and "CCAM".
THIN_SUBJECT = 20
# A level is taken when this many projects meet it (else the level most projects meet, the
# strictest of equals): one project alone would give every suggestion from one consortium
# ("battery cells and battery management for electric vehicles" on the demo network: ten
# participants of one additive-manufacturing project holding four of its five key words).
# One project holding only half of the key words gives way to fewer key words held by
# enough projects (one_thin_project).
STRICT_ENOUGH = 3
# Projects counted per key word of a brief (Query.briefWords): enough to tell none, a few and
# many apart.
WORD_PROJECTS_MOST = 1000


def words(text: str) -> list[str]:
    """Lower-case, accent-free words of ``text``, stop words included, in order."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in folded if not unicodedata.combining(c))
    return re.findall(r"\w+", plain)


def is_request(typed: Sequence[str]) -> bool:
    """Whether a brief's folded words are written as a request (see ``REQUEST_WORDS``)."""
    return (
        bool(REQUEST_VERBS.intersection(typed))
        or tuple(typed[:2]) in REQUEST_STARTS
        or any(_holds(typed, phrase) for phrase in REQUEST_PHRASES)
    )


def _holds(typed: Sequence[str], phrase: Sequence[str]) -> bool:
    n = len(phrase)
    return any(tuple(typed[at : at + n]) == tuple(phrase) for at in range(len(typed) - n + 1))


def _asked(typed: list[str]) -> list[tuple[str, bool]]:
    """The words a brief asks, in order, each with whether it is a key word (not a stop or
    function word, nor in a request a word of the request): the glossary's words and
    phrases in English; a request's opening words ("search for", "partners for") are none."""
    left_out = (
        ANALYZER_STOP_WORDS | NOT_A_SUBJECT | (REQUEST_WORDS if is_request(typed) else frozenset())
    )
    if tuple(typed[:2]) in REQUEST_STARTS:
        typed = typed[2:]
    skipped = function_words(typed)
    found: list[tuple[str, bool]] = []
    start = 0
    for run, other in segments(typed):
        if other:
            found += [(word, word not in left_out) for word in words(other)]
        else:
            found += [
                (word, word not in left_out and not skipped[start + i])
                for i, word in enumerate(run)
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


SYNONYMS_FILE = Path(__file__).with_name("synonyms.txt")


@functools.cache
def _named_runs() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Runs of key words that name one thing -> every name of it, in order: each name of a
    concept of ``synonyms.txt``, and each English of the glossaries of more than one key word
    ("fuel cells", "heavy duty trucks"), which has no other name (an empty tuple)."""
    found: dict[tuple[str, ...], tuple[str, ...]] = {}
    for line in SYNONYMS_FILE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            names = tuple(" ".join(words(name)) for name in line.split("|"))
            for name in names:
                found[_key_run(name)] = names
    for name in englishes():
        run = _key_run(name)
        if len(run) > 1:
            found.setdefault(run, ())
    return found


def _key_run(name: str) -> tuple[str, ...]:
    return tuple(w for w in words(name) if w not in ANALYZER_STOP_WORDS)


STEM_CLASHES_FILE = Path(__file__).with_name("stem_clashes.txt")


@functools.cache
def _meanings() -> dict[str, tuple[str, ...]]:
    """Each word of ``stem_clashes.txt`` -> the words of its meaning."""
    found: dict[str, tuple[str, ...]] = {}
    for line in STEM_CLASHES_FILE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            for part in line.split("|"):
                meaning = tuple(part.split())
                found |= dict.fromkeys(meaning, meaning)
    return found


PHRASE_CLASHES_FILE = Path(__file__).with_name("phrase_clashes.txt")


class Clash(NamedTuple):
    """The names in which a word means another subject: the words that come before it in
    them ("solar" wind) and those that follow it ("hydrogen" peroxide)."""

    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()


NO_CLASH = Clash()


@functools.cache
def _clashes() -> dict[str, Clash]:
    """Each word of ``phrase_clashes.txt`` -> the names in which it means another subject."""
    found: dict[str, Clash] = {}
    for line in PHRASE_CLASHES_FILE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            word, side, *others = line.split()
            clash = found.get(word, NO_CLASH)
            if side == "+":
                clash = clash._replace(after=clash.after + tuple(others))
            else:
                clash = clash._replace(before=clash.before + tuple(others))
            found[word] = clash
    return found


def _clash(word: str, brief: Collection[str]) -> Clash:
    """The names in which ``word`` means another subject, but those whose other word the
    brief holds ("solar wind forecasting" asks the solar wind)."""
    clash = _clashes().get(word, NO_CLASH)
    return Clash(
        tuple(w for w in clash.before if w not in brief),
        tuple(w for w in clash.after if w not in brief),
    )


# Between the words of a name in a text: a space or hyphen, or at most two words
# ("internet of things", "energy and citizen communities").
_NAME_GAP = r"(?:[\s-]+\w+){0,2}[\s-]+"


def _forms(groups: Iterable[Sequence[KeyWord]]) -> str | None:
    """A regular expression that a text matches when it holds, for one of ``groups`` at
    least, each of the group's words of several meanings in the meaning asked (:func:`_check`).
    None when no group has such a word."""
    alternatives = ("".join(filter(None, map(_check, group))) for group in groups)
    found = list(dict.fromkeys(filter(None, alternatives)))
    return "(?is)(?:" + "|".join(found) + ").*" if found else None


def _check(unit: KeyWord) -> str | None:
    """A look-ahead that a text meets when it holds ``unit`` in the meaning asked: of a word
    that the stemmer shares with words of another meaning, a word of its meaning; of a name of
    several words with such a word ("energy communities"), the name itself, its words in
    order ("the scientific community" is not about energy communities); of a word that means
    another subject in some names, the word outside them ("hydrogen" not followed by
    "peroxide"). None for a unit without such a word, and for a concept, whose other names are
    asked too ("remote sensing" is also "earth observation")."""
    if unit.also:
        return None
    if len(unit.words) > 1:
        if not any(w in _meanings() for w in unit.words):
            return None
        name = _NAME_GAP.join(f"(?:{'|'.join(_word_forms(w))})" for w in unit.words)
        return rf"(?=.*?\b{name}\b)"
    if unit.words[0] not in _meanings() and unit.clash == NO_CLASH:
        return None
    # one look-behind per word: Python's re (the tests) needs each of fixed width
    before = "".join(rf"(?<!\b{w}[\s-])" for w in unit.clash.before)
    after = rf"(?![\s-]+(?:{'|'.join(unit.clash.after)})\b)" if unit.clash.after else ""
    return rf"(?=.*?{before}\b(?:{'|'.join(_word_forms(unit.words[0]))})\b{after})"


def _word_forms(word: str) -> tuple[str, ...]:
    """The words a text may hold for ``word``: those of its meaning (stem_clashes.txt), else
    the word in either number."""
    if word in _meanings():
        return _meanings()[word]
    if word.endswith("ies"):
        return word, word[:-3] + "y"
    if word.endswith("s"):
        return word, word[:-1]
    if word.endswith("y"):
        return word, word[:-1] + "ies"
    return word, word + "s"


def _required(groups: Sequence[Sequence[KeyWord]], clause: Callable[[KeyWord], str]) -> str:
    """The clause that a project meets when it holds every unit of one of ``groups``."""
    either = (" ".join(f"+{clause(unit)}" for unit in group) for group in groups)
    return "+(" + " ".join(f"({one})" for one in either) + ")"


def _asking(
    groups: Sequence[Sequence[KeyWord]], clause: Callable[[KeyWord], str], tail: Sequence[str]
) -> tuple[str, Meant | None]:
    """A level's query (every unit of one of ``groups``, then the optional ``tail``) and, when
    a unit has a word of several meanings, the meaning asked: a project holds it, or meets
    one of the groups without such a unit."""
    query = " ".join([_required(groups, clause), *tail])
    forms = _forms(groups)
    if forms is None:
        return query, None
    plain = [group for group in groups if _forms([group]) is None]
    return query, Meant(forms, _required(plain, clause) if plain else None)


@dataclass(frozen=True)
class KeyWord:
    """A key word of a brief, or a run of them that names one thing: a concept of
    ``synonyms.txt`` or an English name of the glossaries ("fuel cells")."""

    word: str  # as asked: "hydrogen", "autonomous driving", "fuel cells"
    words: tuple[str, ...]  # the brief's key words it stands for
    also: tuple[str, ...] = ()  # the concept's other names: "automated driving", "ccam"
    # the name of several words this word is asked apart from, when no project holds it
    # whole ("hydrogen refuelling stations": see splittable)
    part_of: str | None = None
    # of one word, the names in which it means another subject that the brief does not ask
    # (phrase_clashes.txt)
    clash: Clash = NO_CLASH

    @property
    def typed(self) -> str:
        """The full-text clause of the words as asked: the word, or every word of the run
        anywhere in the text; in a glossary name, a word also in its other spellings
        ("hydrogen refuelling stations": refuelling or refueling)."""
        if len(self.words) == 1:
            return self.words[0]
        if self.also:
            return "(" + " ".join(f"+{w}" for w in self.words) + ")"
        return "(" + " ".join(f"+{_spelled(w)}" for w in self.words) + ")"

    @property
    def query(self) -> str:
        """The full-text clause: the words as asked; for a concept, or any of its other
        names (each a phrase)."""
        if not self.also:
            return self.typed
        others = " ".join(f'"{name}"' if " " in name else name for name in self.also)
        return f"({self.typed} {others})"

    @property
    def meant(self) -> Meant | None:
        """The meaning asked of its words that the stemmer shares with others (``query``
        finds them all), else None."""
        forms = _forms([[self]])
        return Meant(forms) if forms else None


def _others(word: str, names: Sequence[str]) -> tuple[str, ...]:
    """A concept's names other than ``word``, a plural once with its singular (the index
    stems both alike: "autonomous vehicle" is "autonomous vehicles")."""

    def singular(name: str) -> str:
        return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") else w for w in name.split())

    seen = {singular(word)}
    others = []
    for name in names:
        if singular(name) not in seen:
            seen.add(singular(name))
            others.append(name)
    return tuple(others)


def _spelled(word: str) -> str:
    """A word, or its clause with its other spellings (a concept of one word)."""
    others = _others(word, _named_runs().get((word,), ()))
    return f"({' '.join([word, *others])})" if others else word


def longest_runs(
    words: Sequence[str], table: Mapping[tuple[str, ...], V]
) -> Iterator[tuple[int, int, V | None]]:
    """``words`` cut in runs from left to right: at each place the longest run that is a
    key of ``table`` (start, end, its value), else the one word (start, start + 1, None)."""
    longest = max((len(key) for key in table), default=1)
    start = 0
    while start < len(words):
        for end in range(min(len(words), start + longest), start, -1):
            found = table.get(tuple(words[start:end]))
            if found is not None:
                yield start, end, found
                start = end
                break
        else:
            yield start, start + 1, None
            start += 1


def _units(terms: Sequence[str], split: Collection[str] = ()) -> list[KeyWord]:
    """Key words in order, a run that names one thing taken as one (the longest first),
    except the runs named in ``split``, whose words are taken one by one."""
    units: list[KeyWord] = []
    for start, end, names in longest_runs(terms, _named_runs()):
        run = tuple(terms[start:end])
        word = " ".join(run)
        if word in split:
            units += [replace(_word(one), part_of=word) for one in run]
        else:
            units.append(KeyWord(word, run, _others(word, names or ())))
    return [
        replace(unit, clash=_clash(unit.word, terms)) if len(unit.words) == 1 else unit
        for unit in units
    ]


def _word(word: str) -> KeyWord:
    return KeyWord(word, (word,), _others(word, _named_runs().get((word,), ())))


def key_units(text: str | None, split: Collection[str] = ()) -> list[KeyWord]:
    """A brief's key words as the index is asked them (see :func:`key_words`), a run that
    names a concept as one, with the concept's other names; the runs named in ``split``
    word by word (:func:`splittable`)."""
    return _units(key_words(text), split)


def splittable(units: Sequence[KeyWord]) -> list[KeyWord]:
    """The units of several words with no other name (an English name of the glossaries:
    "hydrogen refuelling stations", which "Wasserstoff-Tankstellen" asks), of those a
    brief's levels ask (the first ``STRICT_TERMS``): when no project holds all the words of
    one, they are asked one by one (``split``), so that "Wasserstoff-Tankstellen für Lkw"
    on a network without a project on hydrogen refuelling stations rests on hydrogen and
    trucks rather than on trucks alone. One such word alone is never enough ("fusion" is
    not "nuclear fusion"): :func:`brief_levels` asks it with another key word."""
    return [unit for unit in units[:STRICT_TERMS] if len(unit.words) > 1 and not unit.also]


def key_words(text: str | None) -> list[str]:
    """A brief's key words as the index is asked them: English stop words and French and
    German function words left out, glossary words in English, at most ``MAX_TERMS``."""
    return _terms_and_phrases(text)[0]


class Searched(NamedTuple):
    """A key word as searched: the word, its full-text clause, and, when the index's stemmer
    shares one of its words with words of another meaning, the regular expression a text
    must match to hold it in the meaning asked (:func:`_forms`)."""

    word: str
    query: str
    forms: str | None = None


@dataclass(frozen=True)
class Level:
    """A full-text query for a brief, how many of its key words a project must hold (by
    meaning) to meet it, and how many projects must meet it for it to be asked."""

    query: str
    held: int
    of: int  # how many key words the strictest level asks (a run naming one thing is one)
    enough: int = 1
    # asked only when no project meets any level that is not a fallback, or one project alone
    # holds only half of the key words (recommender.engine._strict_level)
    fallback: bool = False
    # the one key word a fallback asks alone (as searched), which the page names
    alone: str | None = None
    # the meaning asked of a key word the stemmer shares with others (stem_clashes.txt) or
    # that means another subject in some names (phrase_clashes.txt)
    meant: Meant | None = None
    # the key words of ``of`` as searched, in the brief's order
    words: tuple[Searched, ...] = ()


def brief_levels(text: str | None, split: Collection[str] = ()) -> list[Level]:
    """Stricter full-text queries for a brief, strictest first: each requires a project to
    hold at least n of the brief's first key words (up to ``STRICT_TERMS``; a run that names
    one thing, "fuel cells", "heavy duty trucks", counts once and only with all its words),
    n from all of them down to half of them (two of two, two of three); the other key words
    and the phrases still raise the score. A level is taken when ``STRICT_ENOUGH`` projects
    meet it (:func:`choose_level`). Empty when the brief has no key word.

    A brief that names a concept of ``synonyms.txt`` ("autonomous driving") asks every key
    word as typed only when ``THIN_SUBJECT`` projects hold them; then every key word by
    meaning, a concept by any of its names ("automated vehicles", "CCAM").

    When no project meets any of these, or a single project meets only half of the key
    words, the fallback levels ask fewer key words, down to one (a concept by any of its
    names; each key word alone, before any of them, but not a word of a name asked apart),
    so that a long brief on a small network gets the next best, which the page says, rather
    than nobody or one consortium that shares a few words with it.

    ``split``: runs asked word by word (:func:`splittable`)."""
    terms, phrases = _terms_and_phrases(text)
    units = _units(terms, split)
    head = units[:STRICT_TERMS]
    rest = [word for unit in units[STRICT_TERMS:] for word in unit.words]
    if not head:
        return []
    floor = max(math.ceil(len(head) / 2), min(len(head), 2))
    tail = [*rest, *phrases]
    levels = []
    for n in range(len(head), floor - 1, -1):
        query, meant = _asking(list(itertools.combinations(head, n)), _typed, tail)
        levels.append(Level(query, n, len(head), meant=meant))
    # the next best, said as such, rather than nobody: fewer key words, down to one; of one,
    # each alone (the most specific that enough projects hold is taken: choose_fallback),
    # then any of them
    for n in range(floor - 1, 0, -1):
        # a word of a name asked apart is no subject alone ("fusion" of "nuclear fusion")
        groups = [g for g in itertools.combinations(head, n) if n > 1 or not g[0].part_of]
        singles = [[group] for group in groups] if n == 1 else []
        # then any of them (one key word left: that one alone already)
        asked = [*singles, groups] if len(groups) > 1 or n > 1 else singles
        for chosen in asked:
            alone = chosen[0][0].word if len(chosen) == 1 and n == 1 else None
            query, meant = _asking(chosen, _query, tail)
            levels.append(Level(query, n, len(head), fallback=True, alone=alone, meant=meant))
    if any(unit.also for unit in head):
        query, meant = _asking([head], _query, tail)
        widened = Level(query, len(head), len(head), meant=meant)
        levels[:1] = [replace(levels[0], enough=THIN_SUBJECT), widened]
    words = tuple(Searched(unit.word, unit.query, _forms([[unit]])) for unit in head)
    return [replace(x, enough=max(x.enough, STRICT_ENOUGH), words=words) for x in levels]


def _typed(unit: KeyWord) -> str:
    return unit.typed


def _query(unit: KeyWord) -> str:
    return unit.query


def choose_level(levels: Sequence[Level], hits: Sequence[int]) -> int | None:
    """The index of the strictest of ``levels`` that its ``enough`` projects meet (``hits``:
    how many projects each finds, counted up to its ``enough``), else of the one most
    projects meet (the strictest of equals: a looser level that finds no more projects would
    only say less); None when none is met."""
    met = [i for i, found in enumerate(hits) if found > 0]
    enough = (i for i in met if hits[i] >= levels[i].enough)
    return next(enough, max(met, key=lambda i: (hits[i], -i)) if met else None)


def one_thin_project(levels: Sequence[Level], hits: Sequence[int], taken: int) -> bool:
    """Whether the strict level taken (of ``levels``, the strict ones, strictest first) rests
    on one project that holds only the fewest of the brief's key words a strict level asks
    (half of them): every suggestion would come from one consortium that may share those
    words with the brief by chance ("hydrogen refuelling for heavy-duty trucks" on the demo
    network: a space propulsion project on in-orbit refuelling with water and hydrogen). One
    project holding more of them, or all, stays."""
    if levels[taken].fallback:
        raise ValueError("one_thin_project takes the strict levels")
    return hits[taken] == 1 and levels[taken].held == levels[-1].held < levels[0].held


def fallback_counts(levels: Sequence[Level]) -> list[int]:
    """How many projects to count for each fallback level: a key word asked alone up to
    ``WORD_PROJECTS_MOST`` (:func:`choose_fallback` takes the most specific), the others up
    to their ``enough``."""
    return [WORD_PROJECTS_MOST if level.alone else level.enough for level in levels]


def choose_fallback(levels: Sequence[Level], hits: Sequence[int]) -> int | None:
    """As :func:`choose_level` over the fallback levels, but of the key words asked alone that
    enough projects hold, the most specific (the fewest projects; the brief's order among
    equals): "novel biosensors" rests on biosensors, not on "novel"; "battery recycling for
    electric vehicles" on battery recycling (5 projects of the demo network) rather than on
    electric vehicles (9)."""
    first = choose_level(levels, hits)
    alone = [i for i, level in enumerate(levels) if level.alone and hits[i] >= level.enough]
    if first is not None and levels[first].alone and alone:
        return min(alone, key=lambda i: (hits[i], i))
    return first
