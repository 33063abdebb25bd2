"""Who and where a brief asks for, read as filters rather than searched as words.

A manager writes "une PME luxembourgeoise spécialisée dans le recyclage de batteries",
"German research institutes on autonomous driving" or "battery recycling in Luxembourg":
"PME", "research institutes" and "luxembourgeoise" say which organisations are wanted, not
what the projects are about, and as key words they would send the search to projects that
mention Luxembourg. They are read here as the request's kinds, SME flag and countries
(``suggestConsortium`` applies them when the request gives no filter of that sort) and left
out of the words searched.

What is read, and when (the words folded, French and German as well as English):
- a kind of organisation (``KIND_WORDS``: SME, company, university, research centre, public
  authority...) where it names who is asked: anywhere in a request (recommender.text: "we
  are looking for..."), or among the first ``WHO_WITHIN`` words of the brief or of a clause
  after a punctuation mark ("fuel cell trucks, German SMEs"), or right after "with", "avec"
  or "mit" (``WITH_WHOM``: "fuel cell trucks with German SMEs"), when what follows says so
  (``_says_who``: "an SME working on", "universities in Germany", "PME luxembourgeoise",
  "German SMEs and French universities"); never what the subject is for, of or in
  (``FOR_WHOM``: "digital tools
  for SMEs", "cybersécurité des petites entreprises", "Innovation in SMEs"), nor an English
  kind before a noun ("SME support programmes");
- a country (``places.csv``) by its name after "in", "from", "au", "aus"... in any brief,
  with the names listed after it ("in Belgium, the Netherlands or Luxembourg"), or by its
  name or adjective beside a kind read or a partner word ("German research institutes",
  "une PME luxembourgeoise", "a German partner"); Europe and the EU as no filter;
- after "not", "sauf", "nicht"... a kind or country is neither a filter nor searched.
The words of what the sought organisation does, right after it ("working", "spécialisée",
"tätig"), are not searched either.
A brief without any of these is searched as typed.
"""

from __future__ import annotations

import csv
import functools
import itertools
import re
import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

from graph.glossary import ALSO_ENGLISH, function_words
from graph.schema import ANALYZER_STOP_WORDS
from recommender.text import (
    REQUEST_PHRASES,
    REQUEST_VERBS,
    REQUEST_WORDS,
    is_request,
    longest_runs,
    words,
)

PLACES_FILE = Path(__file__).with_name("places.csv")
SME = "SME"  # read as the SME flag, not as a kind
LARGE = "LARGE"  # a company that is not an SME
RESEARCH = (
    *("institute", "institutes", "institution", "institutions", "centre", "centres"),
    *("center", "centers", "organisation", "organisations", "organization", "organizations"),
    *("lab", "labs", "laboratory", "laboratories"),
)
RECHERCHE = (
    *("centre", "centres", "institut", "instituts", "organisme", "organismes"),
    *("laboratoire", "laboratoires"),
)
# The words of each kind of organisation (folded), by language.
KIND_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    SME: {
        "en": (
            *("sme", "smes", "small and medium sized enterprises", "small and medium enterprises"),
            *("small companies", "small businesses", "small firms", "small company"),
            "sme s",  # "SME's"
        ),
        "fr": ("pme", "pmes", "tpe", "petites et moyennes entreprises", "petites entreprises"),
        "de": (
            *("kmu", "kmus", "kleine und mittlere unternehmen", "kleine unternehmen"),
            *("kleinen unternehmen", "kleinunternehmen", "mittelstandische unternehmen"),
            *("kleinen und mittleren unternehmen", "kleines unternehmen"),
            *("mittelstandisches unternehmen", "mittelstandischen unternehmen"),
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
            *("industry partner", "industry partners"),
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
            *("research partner", "research partners", "rto", "rtos"),
            *("university of applied sciences", "universities of applied sciences"),
            *(f"research {noun}" for noun in RESEARCH),
        ),
        "fr": (
            *("universite", "universites", "laboratoire", "laboratoires"),
            *("haute ecole", "hautes ecoles"),
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
            *("fachhochschule", "fachhochschulen"),
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
# A kind names who a brief asks for when it is among the brief's first words ("an SME ...",
# "une PME ...", "Universities in Germany ...") and what follows it says so (see _says_who), or
# anywhere in a request ("we are looking for ...").
WHO_WITHIN = 4
# A kind right after one of these (a country's adjective between allowed) names who is asked
# wherever it stands: "fuel cell trucks with German SMEs", "avec des PME", "mit KMU".
WITH_WHOM = frozenset({"with", "involving", "including", "avec", "mit"})
# A kind after one of these (within two words) is what the subject is for, of or in, not who
# is asked ("digital tools for SMEs", "pour les PME", "für KMU", "helping SMEs", "the role of
# universities", "cybersécurité des petites entreprises", "Digitalisierung der KMU",
# "Innovation in SMEs"); but not after a verb of asking or a group ("looking for SMEs",
# "cherchons des PME", "a consortium of SMEs").
FOR_WHOM = frozenset(
    {"for", "to", "of", "in", "among", "help", "helping", "supporting", "pour", "aux", "de"}
    | {"des", "du", "d", "dans", "fur", "der", "im", "bei", "strengthening", "fostering"}
    | {"empowering", "boosting"}
)
GROUPS = frozenset({"consortium", "consortia", "network", "group", "team"})
# After these, "for", "to", "des"... introduce who is asked ("looking for SMEs", "cherchons
# des PME", "would like to find SMEs", "interested in SMEs").
ASKING = (
    REQUEST_VERBS
    | GROUPS
    | {"and", "or", "et", "ou", "und", "oder", "search", "look", "recherche", "like", "find"}
    | {"involve", "interested", "are", "is", "sont", "est", "sind", "ist"}
)
# Verbs whose object is what the subject is for ("helping SMEs", "Strengthening research
# universities in Ukraine"), wherever they stand.
SUPPORTING = frozenset(
    {"help", "helping", "supporting", "strengthening", "fostering", "empowering", "boosting"}
)
# A country named after one of these is where ("in Luxembourg", "au Luxembourg", "aus
# Luxemburg"), also with an article between ("in der Schweiz", "in den Niederlanden").
PLACE_BEFORE = frozenset(
    {"in", "from", "within", "across", "en", "au", "aux", "dans", "aus", "im"}
    | {"outside", "except", "hors", "ausserhalb", "ausser"}  # negated where they stand
)
ARTICLES = frozenset({"the", "der", "den", "dem", "la", "le", "les", "l", "de", "d", "du", "des"})
# After a kind, words that say it names who is asked: "companies from", "an SME that ...",
# "universities on", "une PME qui", "ein Unternehmen, das", "SMEs focused on".
AFTER_WHO = frozenset(
    {
        *("from", "who", "which", "that", "whose", "within", "across", "able", "willing"),
        *("near", "like", "focused", "capable", "headquartered", "established"),
        *("registered", "preferably", "ideally", "max", "with", "such", "on", "for", "with"),
        *("qui", "dont", "sur", "pour", "avec", "die", "das", "fur", "mit", "zu", "zum", "zur"),
        *("auf", "der"),
    }
)
# What the sought organisation does, right after who is asked: "an SME working on", "une PME
# spécialisée dans", "ein KMU, das ... tätig ist" (dropped then, not elsewhere: "active
# safety systems", "developing countries").
FILLERS = frozenset(
    {
        *("working", "active", "specialised", "specialized", "specialising", "specializing"),
        *("specialist", "specialists", "experienced", "expertise", "based", "located"),
        *("developing", "offering", "providing", "doing", "operating"),
        *("travaillant", "travaille", "travaillent", "actif", "actifs", "active", "actives"),
        *("specialise", "specialisee", "specialises", "specialisees", "experimente"),
        *("experimentee", "experimentes", "experimentees", "base", "basee", "bases", "basees"),
        *("situe", "situee", "situes", "situees", "implantee", "implantees"),
        *("spezialisiert", "spezialisierte", "spezialisierten", "spezialisiertes"),
        *("tatig", "tatige", "tatigen", "tatiges", "aktiv", "aktive", "aktiven"),
        *("ansassig", "ansassige", "ansassigen", "erfahren", "erfahrene", "erfahrenen"),
        *("arbeitet", "arbeiten", "sitz", "ist", "sind", "siege", "headquarters", "hq"),
        *("herstellt", "herstellen", "forschen", "forscht", "anbietet", "anbieten", "hat"),
        *("haben", "erfahrung"),
        *("preferably", "ideally", "focused", "capable", "headquartered", "established"),
        *("registered", "near", "like", "only", "preference", "idealement", "vorzugsweise"),
        "from",
    }
)
# Right after a place read, words that say it is one ("the DACH region", "Baltic countries").
PLACE_TAILS = frozenset({"region", "regions", "area", "countries", "states", "pays", "lander"})
# Between who is asked and what it does: "SMEs that work", "une PME qui travaille".
RELATIVES = frozenset({"who", "that", "which", "qui", "die", "das", "der", "dont"})
# Prepositions after what an organisation does ("working on", "active in", "tätig im").
DOING_ON = frozenset({"on", "in", "with", "dans", "sur", "en", "avec", "im", "auf", "mit"})
# Words for a partner in general: a country beside them is where ("a German partner").
PARTNER_WORDS = frozenset(
    {"partner", "partners", "partenaire", "partenaires", "partnern", "organisation"}
    | {"organisations", "organization", "organizations"}
)
# Before a kind or a country, these make it one not wanted ("not in Germany", "sauf en
# France", "aber nicht aus Deutschland"): it is neither a filter nor searched.
NEGATIONS = frozenset(
    {"not", "no", "except", "excluding", "outside", "sauf", "hors", "pas", "non", "nicht"}
    | {"kein", "keine", "keinen", "ausser", "ausserhalb"}
)
# A country's name or adjective in a longer name ("Latin American", "North Korea", "Indian
# Ocean"): not a country asked for.
NOT_BEFORE = frozenset({"latin", "north", "south", "central"})
# Country words that are common words too ("turkey meat", "bone china", "polish the
# lenses"): read only when written with a capital.
CAPITALISED = frozenset({"turkey", "china", "polish"})
ALL_CAPITALS = frozenset({"us", "eu", "dach"})  # "the US", not "us"; "eu"; "im Dach"
NOT_AFTER = frozenset({"ocean"})
LIST_WORDS = frozenset({"and", "or", "et", "ou", "und", "oder"})
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

    text: str  # the brief to search: as typed when nothing was left out
    kinds: tuple[str, ...] = ()
    sme: bool | None = None
    countries: tuple[str, ...] = ()
    words: tuple[str, ...] = ()  # the words read as filters, as typed


@dataclass(frozen=True)
class _Phrase:
    form: str  # kind, name (of a country or region), adjective (of one)
    values: tuple[str, ...]  # the kind (or SME, LARGE); the country codes (none: Europe)
    english: bool = False  # an English kind only (not also a French or German one)


@functools.cache
def _phrases() -> dict[tuple[str, ...], _Phrase]:
    """Folded words -> the kind or country they name."""
    found: dict[tuple[str, ...], _Phrase] = {}
    with PLACES_FILE.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            endings = ENDINGS[row["language"]] if row["form"] == "adjective" else ("",)
            codes = tuple(row["code"].split())
            for ending in endings:
                key = tuple(words(row["word"] + ending))
                if key not in found or (row["form"] == "name" and found[key].form != "name"):
                    found[key] = _Phrase(row["form"], codes)  # "Italien": Italy, a name
    others = {p for kind in KIND_WORDS.values() for lang in ("fr", "de") for p in kind[lang]}
    for kind, languages in KIND_WORDS.items():
        for phrase in itertools.chain(*languages.values()):
            english = phrase in languages["en"] and phrase not in others
            found[tuple(phrase.split())] = _Phrase("kind", (kind,), english)
    return found


@dataclass(frozen=True)
class _Match:
    start: int
    end: int
    phrase: _Phrase


@dataclass(frozen=True)
class _Brief:
    """A brief's folded words, each with the span of the word it was written as."""

    text: str  # NFC: "é" one character however it was typed
    words: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]

    @classmethod
    def of(cls, text: str) -> _Brief:
        composed = unicodedata.normalize("NFC", text)
        folded: list[str] = []
        spans: list[tuple[int, int]] = []
        for token in re.finditer(r"\w+", composed):
            for word in words(token.group()):
                folded.append(word)
                spans.append(token.span())
        return cls(composed, tuple(folded), tuple(spans))

    def written(self, start: int, end: int) -> str:
        return self.text[self.spans[start][0] : self.spans[end - 1][1]]

    def gap(self, at: int) -> str:
        """What is written between word ``at - 1`` and word ``at`` ("" at either end)."""
        if at <= 0 or at >= len(self.words):
            return ""
        return self.text[self.spans[at - 1][1] : self.spans[at][0]]


def _matches(typed: Sequence[str]) -> list[_Match]:
    """The kinds and places named in a brief, the longest first."""
    return [
        _Match(start, end, hit)
        for start, end, hit in longest_runs(typed, _phrases())
        if hit is not None
    ]


def _before(brief: _Brief, start: int, count: int) -> range:
    """The positions of up to ``count`` words before ``start``, not across a punctuation
    mark ("partners in Poland (SMEs or ...)", "SMEs (no universities) in Austria")."""
    first = start
    while first > 0 and start - first < count and not _marked(brief.gap(first)):
        first -= 1
    return range(first, start)


def _marked(gap: str) -> bool:
    return any(mark in gap for mark in ",;:()")


def _for_whom(brief: _Brief, start: int) -> bool:
    """Whether the words before ``start`` make it what the subject is for, of or in."""
    typed = brief.words
    for at in _before(brief, start, 2):
        if typed[at] in SUPPORTING:  # "Strengthening research universities"
            return True
        clause = at == 0 or _marked(brief.gap(at))  # "..., des PME luxembourgeoises"
        if typed[at] in FOR_WHOM and not clause and typed[at - 1] not in ASKING | WITH_WHOM:
            return True
    return False


def _negated(brief: _Brief, start: int) -> bool:
    return any(brief.words[at] in NEGATIONS for at in _before(brief, start, 3))


def _says_who(brief: _Brief, match: _Match, at: dict[int, _Match]) -> bool:
    """Whether what follows a kind says it names who is asked: the brief's end or a
    punctuation mark, a country, a place, a verb or what the organisation does ("an SME
    working on", "companies developing", "universities in Germany", "PME luxembourgeoise",
    "SMEs, preferably ..."); not a noun it qualifies ("SME support", "KMU-Förderung") nor
    "and" something else ("SMEs and the circular economy")."""
    if brief.gap(match.end) == "-":  # "KMU-Förderung", "University-based"; not " - "
        return False
    if _says_who_at(brief, match, match.end, at):
        return True
    # a French or German kind with an adjective after it ("équipementiers automobiles au
    # Luxembourg", "PME innovantes pour")
    return not match.phrase.english and _says_who_at(brief, match, match.end + 1, at)


def _says_who_at(brief: _Brief, match: _Match, end: int, at: dict[int, _Match]) -> bool:
    typed = brief.words
    if end >= len(typed):
        return True
    if _marked(brief.gap(end)) or "." in brief.gap(end):
        # "SMEs, preferably in ...", "Companies, ideally from ..."; not "SMEs: the backbone"
        after = typed[end]
        return after in FILLERS or after in REQUEST_WORDS or end in at
    after = typed[end]
    following = at.get(end)
    if following is not None:  # a country, another kind
        return True
    if after in PLACE_BEFORE | ARTICLES:  # "SMEs in Germany", "PME de la Grande Région"
        place = end + 1
        while place < len(typed) and place - end <= 2 and typed[place] in ARTICLES:
            place += 1
        if place in at and at[place].phrase.form != "kind":
            return True
    if after in LIST_WORDS:  # "SMEs and universities", "SMEs and French universities"
        following = at.get(end + 1)
        if following is not None and following.phrase.form == "adjective":
            following = at.get(following.end)
        return following is not None and following.phrase.form == "kind"
    english_verb = match.phrase.english and after.endswith("ing")
    return (
        after in AFTER_WHO
        or after in FILLERS
        or after in REQUEST_WORDS
        or after in NEGATIONS
        or english_verb
    )


def _kinds_read(
    brief: _Brief, matches: list[_Match], request: bool
) -> tuple[list[_Match], list[_Match]]:
    """The kinds read as who is asked, and in a request those negated ("not universities",
    "no large companies")."""
    at = {m.start: m for m in matches}
    adjectives = {i for m in matches if m.phrase.form == "adjective" for i in range(m.start, m.end)}
    read: list[_Match] = []
    negated: list[_Match] = []
    for m in matches:
        if m.phrase.form != "kind" or _for_whom(brief, m.start):
            continue
        if _negated(brief, m.start):
            negated += [m] if request else []
            continue
        says = _says_who(brief, m, at)
        listed = bool(read) and _listed(brief.words, read[-1], m, adjectives)
        if m.start > 0 and brief.words[m.start - 1] in LIST_WORDS and not (listed or request):
            continue  # "Numérique et PME", "Unternehmen und Klimawandel"'s second part
        after = brief.words[m.end] if m.end < len(brief.words) else ""
        says = says or (request and after in ANALYZER_STOP_WORDS - {"of", "and", "or", "as"})
        if (request and (says or not m.phrase.english)) or (
            (_near_start(brief, m.start, adjectives) or listed) and says
        ):
            read.append(m)
    return read, negated


def _near_start(brief: _Brief, start: int, adjectives: Collection[int]) -> bool:
    """Whether a kind at ``start`` stands where who is asked is said: among the first
    :data:`WHO_WITHIN` words of the brief or of a clause after a punctuation mark ("fuel cell
    trucks, German SMEs"), or right after a word of :data:`WITH_WHOM`."""
    if start < WHO_WITHIN:
        return True
    clause = _before(brief, start, WHO_WITHIN)
    if len(clause) < WHO_WITHIN:  # stopped by a punctuation mark
        return True
    words = [at for at in _before(brief, start, 3) if at not in adjectives]
    return (
        bool(words)
        and brief.words[words[-1]] in WITH_WHOM | ARTICLES
        and any(brief.words[at] in WITH_WHOM for at in words)
    )


def _listed(
    typed: Sequence[str], before: _Match, match: _Match, adjectives: Collection[int] = ()
) -> bool:
    """Whether ``match`` continues a list that ``before`` is in ("SMEs and universities",
    "in Belgium, the Netherlands or Luxembourg"); a country's adjective at one of the
    positions ``adjectives`` may stand between ("German SMEs and French universities")."""
    between = range(before.end, match.start)
    return (
        before.end <= match.start
        and len(between) <= 3
        and all(typed[at] in LIST_WORDS | ARTICLES or at in adjectives for at in between)
    )


def _beside(typed: Sequence[str], match: _Match, taken: set[int]) -> bool:
    """Whether a country's word stands next to a kind read or a partner word ("German
    research institutes", "PME luxembourgeoise", "a Luxembourg-based SME", "a German
    partner"), fillers allowed between."""
    before = match.start - 1
    while before >= 0 and typed[before] in FILLERS | ARTICLES:
        before -= 1
    after = match.end
    while after < len(typed) and typed[after] in FILLERS:
        after += 1
    near = [at for at in (before, after) if 0 <= at < len(typed)]
    return any(at in taken or typed[at] in PARTNER_WORDS for at in near)


def _places_read(
    brief: _Brief, matches: list[_Match], kinds: list[_Match]
) -> tuple[list[_Match], list[_Match]]:
    """The countries (or Europe) read as where, and those negated ("not in Germany")."""
    typed = brief.words
    taken = {at for m in kinds for at in range(m.start, m.end)}
    places = [m for m in matches if m.phrase.form != "kind"]
    read: list[_Match] = []
    negated: list[_Match] = []
    ends: dict[int, _Match] = {}
    negated_ends: dict[int, _Match] = {}
    starts: dict[int, _Match] = {}
    changed = True
    while changed:  # a list of places is read from any of its ends
        changed = False
        for m in places:
            if m.start in starts or m in negated:
                continue
            if m.start > 0 and typed[m.start - 1] in NOT_BEFORE:
                continue
            written = brief.written(m.start, m.end)
            if typed[m.start] in CAPITALISED and not written[0].isupper():
                continue
            if typed[m.start] in ALL_CAPITALS and not written.isupper():
                continue
            compound = brief.gap(m.end) == "-" and typed[m.end] not in FILLERS
            if compound:  # "German-speaking", but "Luxembourg-based"
                continue
            if m.end < len(typed) and typed[m.end] in NOT_AFTER:
                continue
            by_negated = any(
                r is not None and _listed(typed, r, m)
                for r in (negated_ends.get(m.start - k) for k in range(4))
            )
            near = (ends.get(m.start - k) for k in range(4))
            after = (starts.get(m.end + k) for k in range(4))
            by_list = any(r is not None and _listed(typed, r, m) for r in near) or any(
                r is not None and _listed(typed, m, r) for r in after
            )
            if (
                by_negated
                or _beside(typed, m, taken)
                or by_list
                or (m.phrase.form == "name" and _place(typed, m.start))
            ):
                if _negated(brief, m.start) or by_negated:
                    negated.append(m)
                    negated_ends[m.end] = m
                else:
                    read.append(m)
                    ends[m.end], starts[m.start] = m, m
                taken.update(range(m.start, m.end))
                changed = True
    return sorted(read, key=lambda m: m.start), negated


def _place(typed: Sequence[str], start: int) -> bool:
    """Whether a place preposition stands before ``start``, articles between ("in der",
    "en la")."""
    at = start - 1
    while at >= 0 and start - at <= 2 and typed[at] in ARTICLES:
        at -= 1
    return at >= 0 and typed[at] in PLACE_BEFORE


def _span(typed: Sequence[str], match: _Match) -> range:
    """A read word's positions; a place's with the preposition and article before it ("from
    Italy", "aus der Schweiz") and a negated one's with its negation, not searched either."""
    start = match.start
    if match.phrase.form != "kind":
        before = start - 1 if start > 0 and typed[start - 1] in ARTICLES else start
        if before > 0 and typed[before - 1] in PLACE_BEFORE:
            start = before - 1
    while start > 0 and typed[start - 1] in NEGATIONS | {"but"}:
        start -= 1
    return range(start, match.end)


def _dropped(typed: Sequence[str], read: list[_Match], spans: list[range]) -> set[int]:
    """The positions not searched: the read words, list words between them, the fillers
    right after a kind or a partner word ("an SME working on", "partners active in"), a
    place's tail ("DACH region"), a French or German function word that is English too
    ("für": "fur"), and in a request its words of asking."""
    taken = {at for span in spans for at in span}
    taken.update(
        m.end
        for m in read
        if m.phrase.form != "kind" and m.end < len(typed) and typed[m.end] in PLACE_TAILS
    )
    if is_request(typed):
        taken.update(at for at, word in enumerate(typed) if word in REQUEST_WORDS)
    for phrase in REQUEST_PHRASES:  # "à la recherche d'une PME": not "research"
        for at in range(len(typed) - len(phrase) + 1):
            if tuple(typed[at : at + len(phrase)]) == phrase:
                taken.update(range(at, at + len(phrase)))
    # what the organisation does: right after a kind or a partner word (or one word between),
    # or right after a place ("universities in Germany working on"; not "in France for
    # developing countries")
    kinds = {at for m in read if m.phrase.form == "kind" for at in range(m.start, m.end)}
    heads = kinds | {at for at, word in enumerate(typed) if word in PARTNER_WORDS}
    places = {m.end - 1 for m in read if m.phrase.form != "kind"}
    request = is_request(typed)
    for at, word in enumerate(typed):
        between = word in LIST_WORDS and at - 1 in taken and at + 1 in taken
        near = at - 1 in heads | places or (at - 2 in heads and typed[at - 1] in RELATIVES)
        # in a request or beside a kind read, what the organisation does is said before a
        # preposition ("working on", "active in"); "active safety systems" is a subject
        said = (request or bool(kinds)) and at + 1 < len(typed) and typed[at + 1] in DOING_ON
        doing = word in FILLERS and (near or said)
        if between or doing:
            taken.add(at)
    if taken and typed and typed[-1] in FILLERS:  # German: "..., das ... tätig ist"
        taken.update(at for at in range(len(typed) - 2, len(typed)) if typed[at] in FILLERS)
    if taken:  # what is left may no longer look German: "für" would be "fur"
        skipped = function_words(typed)
        taken.update(at for at, word in enumerate(typed) if word in ALSO_ENGLISH and skipped[at])
    return taken


def read_brief(text: str) -> Reading:
    """The kinds, SME flag and countries a brief asks for, and the brief to search without
    them (see the module's docstring)."""
    brief = _Brief.of(text)
    typed = brief.words
    matches = _matches(typed)
    kinds, unwanted = _kinds_read(brief, matches, is_request(typed))
    places, negated = _places_read(brief, matches, kinds)
    read = sorted([*kinds, *places], key=lambda m: m.start)
    dropped = _dropped(typed, read, [_span(typed, m) for m in [*read, *negated, *unwanted]])
    if not dropped:
        return Reading(text)
    values = [v for m in kinds for v in m.phrase.values]
    sizes = {v for v in values if v in (SME, LARGE)}
    others = [v for v in values if v not in (SME, LARGE)]
    sme = (SME in sizes) if len(sizes) == 1 and not others else None
    if LARGE in sizes or (sizes and others):  # "SMEs and universities": companies of any size
        others = ["Company", *others]
    return Reading(
        text=" ".join(w for at, w in enumerate(typed) if at not in dropped),
        kinds=tuple(dict.fromkeys(others)),
        sme=sme,
        countries=tuple(dict.fromkeys(code for m in places for code in m.phrase.values)),
        words=tuple(brief.written(m.start, m.end) for m in read if m.phrase.values),
    )


__all__ = ["KIND_WORDS", "Reading", "read_brief"]
