"""Who and where a brief asks for, read as filters rather than searched as words.

A manager writes "une PME luxembourgeoise spécialisée dans le recyclage de batteries",
"German research institutes on autonomous driving" or "battery recycling in Luxembourg":
"PME", "research institutes" and "luxembourgeoise" say which organisations are wanted, not
what the projects are about, and as key words they would send the search to projects that
mention Luxembourg. They are read here as the request's kinds, SME flag and countries
(``suggestConsortium`` applies them when the request gives no filter of that sort) and left
out of the words searched.

What is read, and when (the words folded, French and German as well as English):
- a kind of organisation (``KIND_WORDS``: SME, university, research centre, company,
  public authority...) when the brief names it among its first ``WHO_WITHIN`` words or is
  written as a request (recommender.text: "we are looking for..."); never after "for",
  "of", "pour", "des", "für" ("digital tools for SMEs", "cybersécurité des petites
  entreprises" are about SMEs, not a call for them), nor an English kind before a noun
  ("SME support", "university campus");
- in such a brief, every country by its name or adjective (``places.csv``: "Luxembourg",
  "luxembourgeoise", "deutsche"), but one next to a kind not read;
- in any other brief, a country's name after "in", "from", "en", "au", "aus"... and the
  names listed after it ("in Belgium, the Netherlands or Luxembourg").
A brief in which nothing is read is searched exactly as typed.
"""

from __future__ import annotations

import csv
import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from recommender.text import REQUEST_VERBS, REQUEST_WORDS, STOP, is_request, words

PLACES_FILE = Path(__file__).with_name("places.csv")
SME = "SME"  # read as the SME flag, not as a kind
LARGE = "LARGE"  # a company that is not an SME
RESEARCH = (
    *("institute", "institutes", "institution", "institutions", "centre", "centres"),
    *("center", "centers", "organisation", "organisations", "organization", "organizations"),
    *("lab", "labs", "laboratory", "laboratories"),
)
RECHERCHE = ("centre", "centres", "institut", "instituts", "organisme", "organismes")
# The words of each kind of organisation (folded), by language.
KIND_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    SME: {
        "en": (
            *("sme", "smes", "small and medium sized enterprises", "small and medium enterprises"),
            *("small companies", "small businesses", "small firms", "small company"),
        ),
        "fr": ("pme", "pmes", "petites et moyennes entreprises", "petites entreprises"),
        "de": (
            *("kmu", "kmus", "kleine und mittlere unternehmen", "kleine unternehmen"),
            *("kleinen unternehmen", "kleinunternehmen", "mittelstandische unternehmen"),
        ),
    },
    LARGE: {
        "en": tuple(
            f"{size} {noun}"
            for size in ("large", "big")
            for noun in ("company", "companies", "firm", "firms", "enterprise", "enterprises")
        ),
        "fr": ("grande entreprise", "grandes entreprises", "grand groupe", "grands groupes"),
        "de": (
            *("grosses unternehmen", "grossen unternehmen", "grosse unternehmen"),
            *("grossunternehmen", "konzern", "konzerne"),
        ),
    },
    "Company": {
        "en": (
            *("company", "companies", "firm", "firms", "startup", "startups", "start up"),
            *("start ups", "industrial partner", "industrial partners", "supplier"),
            *("suppliers", "manufacturer", "manufacturers"),
        ),
        "fr": (
            *("entreprise", "entreprises", "societe", "societes", "fournisseur", "fournisseurs"),
            *("fabricant", "fabricants", "equipementier", "equipementiers", "start up"),
            *("partenaire industriel", "partenaires industriels"),
        ),
        "de": (
            *("unternehmen", "firma", "firmen", "zulieferer", "hersteller", "industriepartner"),
            *("automobilzulieferer", "autozulieferer", "start up", "start ups"),
        ),
    },
    "ResearchInstitution": {
        "en": (
            *("university", "universities", "academic partner", "academic partners"),
            *("research partner", "research partners"),
            *(f"research {noun}" for noun in RESEARCH),
        ),
        "fr": (
            *("universite", "universites", "laboratoire", "laboratoires"),
            *(f"{noun} de recherche" for noun in RECHERCHE),
            *("partenaire academique", "partenaires academiques", "partenaire de recherche"),
            *("partenaires de recherche", "laboratoire public", "laboratoires publics"),
            *("laboratoire public de recherche", "laboratoires publics de recherche"),
        ),
        "de": (
            *("universitat", "universitaten", "hochschule", "hochschulen"),
            *("forschungsinstitut", "forschungsinstitute", "forschungsinstituten"),
            *("forschungseinrichtung", "forschungseinrichtungen", "forschungszentrum"),
            *("forschungszentren", "forschungsorganisation", "forschungsorganisationen"),
            *("forschungspartner", "forschungspartnern", "hochschulpartner"),
        ),
    },
    "PublicActor": {
        "en": (
            *(
                f"{adjective} {noun}"
                for adjective in ("public", "local", "regional")
                for noun in ("authority", "authorities", "body", "bodies", "agency", "agencies")
            ),
            *("public administration", "public administrations", "municipality"),
            *("municipalities", "ministry", "ministries"),
        ),
        "fr": (
            *("collectivite", "collectivites", "municipalite", "municipalites", "ministere"),
            *("ministeres", "autorite publique", "autorites publiques"),
            *("administration publique", "administrations publiques"),
        ),
        "de": (
            *("behorde", "behorden", "kommune", "kommunen", "ministerium", "ministerien"),
            *("stadtverwaltung", "stadtverwaltungen"),
        ),
    },
}
# A kind among a brief's first words names who it asks for ("an SME ...", "une PME ...",
# "Universities in Germany ...").
WHO_WITHIN = 4
# A kind after one of these (within two words) is what the subject is for or of, not who is
# asked ("digital tools for SMEs", "pour les PME", "für KMU", "helping SMEs", "the role of
# universities", "cybersécurité des petites entreprises", "Digitalisierung der KMU"); but not
# at the brief's start or after a verb of asking ("looking for SMEs", "cherchons des PME").
FOR_WHOM = frozenset(
    {"for", "to", "of", "help", "helping", "supporting", "pour", "aux", "de", "des", "du", "d"}
    | {"fur", "der"}
)
# A country named after one of these is where ("in Luxembourg", "au Luxembourg", "aus
# Luxemburg"), also with an article between ("in der Schweiz", "aux Pays-Bas").
PLACE_BEFORE = frozenset({"in", "from", "within", "en", "au", "aux", "dans", "aus", "im"})
# After a kind that names who is asked: "companies from", "an SME that ...".
AFTER_WHO = frozenset({"from", "who", "which", "whose", "within", "across", "able", "willing"})
LIST_WORDS = frozenset({"and", "or", "et", "ou", "und", "oder"})
ARTICLES = frozenset({"the", "der", "den", "dem", "la", "le", "les"})
# French adjectives agree ("luxembourgeois", -e, -es; "autrichien", -ne), German ones decline
# ("deutsch", -e, -er, -es, -en, -em).
ENDINGS = {
    "en": ("",),
    "fr": ("", "e", "s", "es", "ne", "nes"),
    "de": ("", "e", "er", "es", "en", "em"),
}


@dataclass(frozen=True)
class Reading:
    """What a brief asks for besides its subject, and the brief without it."""

    text: str  # the brief to search: as typed when nothing was read
    kinds: tuple[str, ...] = ()
    sme: bool | None = None
    countries: tuple[str, ...] = ()
    words: tuple[str, ...] = ()  # the words read, as typed


@dataclass(frozen=True)
class _Phrase:
    form: str  # kind, name (of a country), adjective (of a country)
    value: str  # the kind (or SME), the country code
    english: bool = False


@functools.cache
def _phrases() -> dict[tuple[str, ...], _Phrase]:
    """Folded words -> the kind or country they name."""
    found: dict[tuple[str, ...], _Phrase] = {}
    with PLACES_FILE.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            endings = ENDINGS[row["language"]] if row["form"] == "adjective" else ("",)
            for ending in endings:
                found.setdefault(
                    tuple(words(row["word"] + ending)), _Phrase(row["form"], row["code"])
                )
    english = {phrase for languages in KIND_WORDS.values() for phrase in languages["en"]}
    for kind, languages in KIND_WORDS.items():
        for phrase in itertools.chain(*languages.values()):
            found[tuple(phrase.split())] = _Phrase("kind", kind, phrase in english)
    return found


@dataclass(frozen=True)
class _Match:
    start: int
    end: int
    phrase: _Phrase


def _matches(typed: Sequence[str]) -> list[_Match]:
    phrases = _phrases()
    longest = max(len(key) for key in phrases)
    found: list[_Match] = []
    start = 0
    while start < len(typed):
        for end in range(min(len(typed), start + longest), start, -1):
            hit = phrases.get(tuple(typed[start:end]))
            if hit:
                found.append(_Match(start, end, hit))
                start = end
                break
        else:
            start += 1
    return found


def _for_whom(typed: Sequence[str], start: int) -> bool:
    """Whether the words before ``start`` make it what the subject is for."""
    for at in range(max(0, start - 2), start):
        if typed[at] in FOR_WHOM and at > 0 and typed[at - 1] not in REQUEST_VERBS:
            return True
    return False


def _modifies(typed: Sequence[str], match: _Match, starts: set[int]) -> bool:
    """Whether an English kind qualifies the noun after it ("SME support", "university
    campus", "start-up ecosystems") rather than naming who is asked ("an SME working on",
    "universities in Germany", "companies developing ...")."""
    if not match.phrase.english or match.end >= len(typed) or match.end in starts:
        return False
    after = typed[match.end]
    return not (
        after in STOP or after in REQUEST_WORDS or after in AFTER_WHO or after.endswith("ing")
    )


def _place(typed: Sequence[str], start: int) -> bool:
    before = list(typed[max(0, start - 2) : start])
    if before and before[-1] in ARTICLES:
        before = before[:-1]
    return bool(before) and before[-1] in PLACE_BEFORE


def _with_preposition(typed: Sequence[str], match: _Match) -> tuple[int, int]:
    """A read word's span; a country's with the preposition and article before it ("from
    Italy", "aus der Schweiz"), which are not searched either."""
    start = match.start
    if match.phrase.form == "name":
        before = start - 1 if start > 0 and typed[start - 1] in ARTICLES else start
        if before > 0 and typed[before - 1] in PLACE_BEFORE:
            start = before - 1
    return start, match.end


def _listed(typed: Sequence[str], match: _Match, read: Sequence[_Match]) -> bool:
    """Whether a country's name continues a list of places read ("in Belgium, France or
    Luxembourg")."""
    if not read or read[-1].phrase.form == "kind":
        return False
    between = typed[read[-1].end : match.start]
    return len(between) <= 2 and all(word in LIST_WORDS | ARTICLES for word in between)


def _as_typed(text: str, typed: Sequence[str]) -> list[str]:
    """The words of ``text`` as written, when they align with its folded words."""
    written = re.findall(r"\w+", text)
    return written if len(written) == len(typed) else list(typed)


def read_brief(text: str) -> Reading:
    """The kinds, SME flag and countries a brief asks for, and the brief to search without
    them (see the module's docstring)."""
    typed = words(text)
    matches = _matches(typed)
    starts = {m.start for m in matches}
    kinds = [m for m in matches if m.phrase.form == "kind"]
    aside = [m for m in kinds if _for_whom(typed, m.start) or _modifies(typed, m, starts)]
    who = [m for m in kinds if m not in aside]
    asks_who = is_request(typed) or any(m.start < WHO_WITHIN for m in who)
    beside_aside = {at for m in aside for at in (m.start - 1, m.end)}
    read: list[_Match] = []
    for m in matches:
        form = m.phrase.form
        if (
            (m in who and asks_who)
            or (form != "kind" and asks_who and m.start not in beside_aside)
            or (form == "name" and (_place(typed, m.start) or _listed(typed, m, read)))
        ):
            read.append(m)
    if not read:
        return Reading(text)
    taken = {at for m in read for at in range(*_with_preposition(typed, m))}
    left_out = REQUEST_WORDS if asks_who else frozenset()
    rest = [w for at, w in enumerate(typed) if at not in taken and w not in left_out]
    written = _as_typed(text, typed)
    kinds_read = [m.phrase.value for m in read if m.phrase.form == "kind"]
    sizes = {SME: True, LARGE: False}
    return Reading(
        text=" ".join(rest),
        kinds=tuple(dict.fromkeys("Company" if k == LARGE else k for k in kinds_read if k != SME)),
        sme=next((sizes[k] for k in kinds_read if k in sizes), None),
        countries=tuple(dict.fromkeys(m.phrase.value for m in read if m.phrase.form != "kind")),
        words=tuple(" ".join(written[m.start : m.end]) for m in read),
    )


__all__ = ["KIND_WORDS", "Reading", "read_brief"]
