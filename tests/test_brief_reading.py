"""Who and where a brief asks for, read as filters (recommender/brief_reading.py): what is
read, what is left to search, and what is left alone."""

from __future__ import annotations

import pytest

from recommender.brief_reading import read_brief
from recommender.text import key_words


@pytest.mark.parametrize(
    ("brief", "kinds", "sme", "countries", "read", "searched"),
    [
        # French: an SME and its country's adjective, agreeing; the request's filler left out
        (
            "une PME luxembourgeoise spécialisée dans le recyclage de batteries",
            (),
            True,
            ("LU",),
            ("PME", "luxembourgeoise"),
            ["recycling", "battery"],
        ),
        # German: a declined adjective
        (
            "ein luxemburgisches KMU für Batterierecycling",
            (),
            True,
            ("LU",),
            ("luxemburgisches", "KMU"),
            ["battery", "recycling"],
        ),
        (
            "universities in Germany working on hydrogen fuel cells",
            ("ResearchInstitution",),
            None,
            ("DE",),
            ("universities", "Germany"),
            ["hydrogen", "fuel", "cells"],
        ),
        (
            "centres de recherche français sur les piles à combustible",
            ("ResearchInstitution",),
            None,
            ("FR",),
            ("centres de recherche", "français"),
            ["fuel", "cells"],
        ),
        (
            "Wir suchen Forschungseinrichtungen in der Schweiz für Wasserstoff",
            ("ResearchInstitution",),
            None,
            ("CH",),
            ("Forschungseinrichtungen", "Schweiz"),
            ["hydrogen"],
        ),
        # a request: "looking for" does not make SMEs what the subject is for, nor "des"
        # after "cherchons" what it is of
        (
            "Nous cherchons des petites entreprises pour la cybersécurité",
            (),
            True,
            (),
            ("petites entreprises",),
            ["cybersecurity"],
        ),
        (
            "we are looking for SMEs for battery recycling",
            (),
            True,
            (),
            ("SMEs",),
            ["battery", "recycling"],
        ),
        # a country named after "in" in any brief
        ("battery recycling in Luxembourg", (), None, ("LU",), ("Luxembourg",), None),
        # a list of places
        (
            "battery recycling in Belgium, the Netherlands or Luxembourg",
            (),
            None,
            ("BE", "NL", "LU"),
            ("Belgium", "Netherlands", "Luxembourg"),
            ["battery", "recycling"],
        ),
        (
            "équipementiers automobiles au Luxembourg pour l'allègement",
            ("Company",),
            None,
            ("LU",),
            ("équipementiers", "Luxembourg"),
            ["automotive", "lightweighting"],
        ),
        # two kinds, each with its country's adjective (read as both kinds and both
        # countries; "SMEs and French" stopped the reading, and in a request "German SMEs"
        # was searched as words); at the start, in a request, after a comma
        (
            "German SMEs and French universities for fuel cell trucks",
            ("Company", "ResearchInstitution"),
            None,
            ("DE", "FR"),
            ("German", "SMEs", "French", "universities"),
            ["fuel", "cell", "trucks"],
        ),
        (
            "we are looking for German SMEs and French universities on fuel cell trucks",
            ("Company", "ResearchInstitution"),
            None,
            ("DE", "FR"),
            ("German", "SMEs", "French", "universities"),
            ["fuel", "cell", "trucks"],
        ),
        (
            "fuel cell trucks, German SMEs and French universities",
            ("Company", "ResearchInstitution"),
            None,
            ("DE", "FR"),
            ("German", "SMEs", "French", "universities"),
            ["fuel", "cell", "trucks"],
        ),
        # who, after "with" at the brief's end
        (
            "fuel cell trucks with German SMEs",
            (),
            True,
            ("DE",),
            ("German", "SMEs"),
            ["fuel", "cell", "trucks"],
        ),
        (
            "camions à hydrogène avec des PME allemandes",
            (),
            True,
            ("DE",),
            ("PME", "allemandes"),
            ["trucks", "hydrogen"],
        ),
    ],
)
def test_who_and_where_are_read_and_not_searched(
    brief: str,
    kinds: tuple[str, ...],
    sme: bool | None,
    countries: tuple[str, ...],
    read: tuple[str, ...],
    searched: list[str] | None,
) -> None:
    reading = read_brief(brief)
    assert (reading.kinds, reading.sme, reading.countries, reading.words) == (
        kinds,
        sme,
        countries,
        read,
    )
    if searched is not None:
        assert key_words(reading.text) == searched


SIZES_AND_PREPOSITIONS = [
    # the preposition before a read country is not searched either ("from" is no stop word)
    (
        "an industrial partner from Italy for composite materials",
        ("Company",),
        None,
        ("IT",),
        ["composite", "materials"],
    ),
    ("a large company in Germany for hydrogen storage", ("Company",), False, ("DE",), None),
    (
        "Wir suchen ein großes Unternehmen aus der Schweiz für Wasserstoff",
        ("Company",),
        False,
        ("CH",),
        ["hydrogen"],
    ),
    ("Forschungspartner für Brennstoffzellen", ("ResearchInstitution",), None, (), None),
    (
        "un partenaire académique en Belgique pour la fabrication additive",
        ("ResearchInstitution",),
        None,
        ("BE",),
        ["additive", "manufacturing"],
    ),
    # a German article is a function word: "einen" was searched
    ("Suche einen Partner aus Frankreich für Kunststoffe", (), None, ("FR",), ["plastics"]),
]


@pytest.mark.parametrize(
    "brief",
    [
        "hydrogen energy",
        # what the subject is for, not who is asked
        "digital tools for SMEs",
        "des outils numériques pour les PME",
        "Beratung für KMU zur Digitalisierung",
        # what the subject is of
        "cybersécurité des petites entreprises",
        "Digitalisierung der KMU",
        "The role of universities in regional development",
        # a kind further in and no request: a title's subject
        "Circular business models for the textile companies",
        # a place that is not after "in": a name's or a subject's
        "Smart city Lisbon",
        "Luxembourg Institute of Science and Technology",
    ],
)
def test_a_brief_that_names_no_one_is_searched_as_typed(brief: str) -> None:
    reading = read_brief(brief)
    assert reading.text == brief
    assert (reading.kinds, reading.sme, reading.countries, reading.words) == ((), None, (), ())


def test_a_country_beside_a_kind_not_asked_for_is_not_read() -> None:
    """'tools for German SMEs': the SMEs are whom the tools are for, and so is their country;
    the request's own country is read."""
    reading = read_brief("we need partners in Luxembourg to build digital tools for German SMEs")
    assert (reading.countries, reading.sme, reading.words) == (("LU",), None, ("Luxembourg",))


@pytest.mark.parametrize(
    ("brief", "read"),
    [
        # an English kind before a noun qualifies it: the subject, not who is asked
        ("SME support programmes in Luxembourg", ("Luxembourg",)),
        ("University-industry collaboration on batteries", ()),
        ("Start-up ecosystems in cities", ()),
        # before a verb, a relative or a preposition, it names who is asked
        ("companies developing solid-state batteries", ("companies",)),
        ("a company that recycles batteries", ("company",)),
        ("Public authorities in Belgium for smart grids", ("Public authorities", "Belgium")),
    ],
)
def test_an_english_kind_before_a_noun_is_the_subject(brief: str, read: tuple[str, ...]) -> None:
    assert read_brief(brief).words == read


FIRST_REVIEW = [
    # SMEs with another kind: companies of any size and that kind, not SMEs among them
    (
        "SMEs and universities from Germany for solid-state batteries",
        ("Company", "ResearchInstitution"),
        None,
        ("DE",),
        ["solid", "state", "battery"],
    ),
    ("SMEs and large companies in Italy for textiles", ("Company",), None, ("IT",), None),
    # a negated kind or country is neither a filter nor searched
    ("We are looking for SMEs, not from Germany, for hydrogen", (), True, (), ["hydrogen"]),
    (
        "Nous cherchons des entreprises hors de France pour le recyclage",
        ("Company",),
        None,
        (),
        ["recycling"],
    ),
    ("We are looking for SMEs (not universities) for packaging", (), True, (), ["packaging"]),
    # what the organisation does is left out right after who, not elsewhere
    (
        "We are looking for SMEs working on active safety systems",
        (),
        True,
        (),
        ["active", "safety", "systems"],
    ),
    (
        "Companies, ideally from Italy, on composite materials",
        ("Company",),
        None,
        ("IT",),
        None,
    ),
    # requests said otherwise
    (
        "Search for universities in Spain on desalination",
        ("ResearchInstitution",),
        None,
        ("ES",),
        ["desalination"],
    ),
    (
        "Nous sommes à la recherche d'une PME belge pour le bois",
        (),
        True,
        ("BE",),
        ["wood"],
    ),
    # declined German names, groups of countries, a list with "and/or the"
    (
        "Wir suchen Unternehmen in Belgien, den Niederlanden oder Luxemburg für Logistik",
        ("Company",),
        None,
        ("BE", "NL", "LU"),
        ["logistics"],
    ),
    (
        "universities in the Benelux for logistics",
        ("ResearchInstitution",),
        None,
        ("BE", "NL", "LU"),
        ["logistics"],
    ),
    (
        "Universities in Germany, Austria and/or the Netherlands for AI",
        ("ResearchInstitution",),
        None,
        ("DE", "AT", "NL"),
        None,
    ),
    # Europe is no filter and not searched
    ("SMEs from across Europe working on hydrogen", (), True, (), ["hydrogen"]),
    # a country word that is also a common word, or part of a longer name
    ("We need a company to polish optical lenses", ("Company",), None, (), None),
    ("Looking for SMEs in poultry farming: turkey and chicken", (), True, (), None),
    (
        "Looking for Latin American universities for biodiversity",
        ("ResearchInstitution",),
        None,
        (),
        None,
    ),
    ("SMEs from German-speaking countries for training", (), True, (), None),
    ("a Luxembourg-based SME for battery recycling", (), True, ("LU",), None),
    ("We need partners in the US for battery recycling", (), None, ("US",), None),
]


@pytest.mark.parametrize(
    "title",
    [
        "SMEs and the circular economy",
        "Innovation in SMEs",
        "Gender equality in universities",
        "Universities as drivers of regional growth",
        "Ministry of Education reform",
        "Municipalities and climate adaptation",
        "Numérique et PME",
        "Les PME face au changement climatique",
        "KMU im Wandel",
        "University-based incubators in cities",
    ],
)
def test_a_title_about_a_kind_names_no_one(title: str) -> None:
    reading = read_brief(title)
    assert (reading.kinds, reading.sme, reading.words) == ((), None, ())


def test_the_words_read_are_shown_as_written_however_accents_were_typed() -> None:
    """A brief pasted with decomposed accents (e + combining acute) names the right words."""
    reading = read_brief("re\u0301gion PME belge pour le bois")
    assert reading.words == ("PME", "belge")


@pytest.mark.parametrize(
    ("brief", "countries"),
    [
        # a region is read as its country (or countries), the filter the data can apply
        ("PME de la Grande Région pour la logistique", ("LU", "BE", "DE", "FR")),
        ("universities in Wallonia for hydrogen", ("BE",)),
        ("Unternehmen aus Bayern für Robotik", ("DE",)),
        ("des entreprises du Luxembourg pour la logistique", ("LU",)),
        # not after a noun that is no kind: a name
        ("Banque de France digital euro", ()),
    ],
)
def test_regions_are_read_as_their_countries(brief: str, countries: tuple[str, ...]) -> None:
    assert read_brief(brief).countries == countries


SECOND_REVIEW = [
    # a German country name that is also a French adjective is a name ("in Italien")
    (
        "Wir suchen große Unternehmen in Italien für Leichtbau",
        ("Company",),
        False,
        ("IT",),
        ["lightweight"],
    ),
    # "im Dach" is on the roof, not in the DACH countries
    ("Wärmedämmung im Dach und an der Fassade", (), None, (), None),
    (
        "Looking for South American universities for biodiversity",
        ("ResearchInstitution",),
        None,
        (),
        None,
    ),
    # punctuation ends what the words before say of a kind or a country
    (
        "Looking for partners in Poland (SMEs or universities) for battery recycling",
        ("Company", "ResearchInstitution"),
        None,
        ("PL",),
        ["battery", "recycling"],
    ),
    (
        "Nous cherchons, pour un projet Interreg, des PME luxembourgeoises",
        (),
        True,
        ("LU",),
        ["interreg"],
    ),
    (
        "We are looking for SMEs (no universities) in Austria for hydrogen",
        (),
        True,
        ("AT",),
        ["hydrogen"],
    ),
    # a place listed after a negated one is negated too
    (
        "We are looking for SMEs, not from Germany or Austria, for hydrogen",
        (),
        True,
        (),
        ["hydrogen"],
    ),
    # kinds with their own places
    (
        "We are looking for universities from the Netherlands and companies from Belgium",
        ("ResearchInstitution", "Company"),
        None,
        ("NL", "BE"),
        None,
    ),
    (
        "Les partenaires recherchés sont des PME allemandes actives dans le recyclage",
        (),
        True,
        ("DE",),
        ["recycling"],
    ),
    # "für" is not searched as "fur" once the German words around it are read
    (
        "Forschungspartner aus Dänemark für Offshore-Wind",
        ("ResearchInstitution",),
        None,
        ("DK",),
        ["offshore", "wind"],
    ),
    (
        "universities in the DACH region for robotics",
        ("ResearchInstitution",),
        None,
        ("DE", "AT", "CH"),
        ["robotics"],
    ),
    (
        "SMEs in the Nordic countries for batteries",
        (),
        True,
        ("DK", "SE", "NO", "FI", "IS"),
        ["battery"],
    ),
    # what a place is followed by two words on is the subject's
    (
        "Looking for universities in France for developing countries water supply",
        ("ResearchInstitution",),
        None,
        ("FR",),
        ["developing", "countries", "water", "supply"],
    ),
    ("SMEs: the backbone of the European economy", (), None, (), None),
    ("Strengthening research universities in Ukraine", (), None, ("UA",), None),
]


@pytest.mark.parametrize(
    ("brief", "searched"),
    [
        # what the organisation does, before a preposition, is not the subject
        (
            "We are looking for SMEs in Belgium or Luxembourg, not universities, working on "
            "battery recycling",
            ["battery", "recycling"],
        ),
        ("an SME that is active in fintech", ["fintech"]),
        ("une PME qui travaille sur les batteries", ["battery"]),
        # elsewhere it is
        ("SMEs working on active safety systems", ["active", "safety", "systems"]),
        ("We need partners on working memory training", ["working", "memory", "training"]),
    ],
)
def test_what_the_organisation_does_is_not_searched(brief: str, searched: list[str]) -> None:
    assert key_words(read_brief(brief).text) == searched


@pytest.mark.parametrize(
    ("brief", "kinds", "sme", "countries", "searched"),
    [*SIZES_AND_PREPOSITIONS, *FIRST_REVIEW, *SECOND_REVIEW],
)
def test_kinds_places_and_searched_words(
    brief: str,
    kinds: tuple[str, ...],
    sme: bool | None,
    countries: tuple[str, ...],
    searched: list[str] | None,
) -> None:
    """Partners, sizes and prepositions; then what two reviews found (briefs and titles
    written to break the reading)."""
    reading = read_brief(brief)
    assert (reading.kinds, reading.sme, reading.countries) == (kinds, sme, countries)
    if searched is not None:
        assert key_words(reading.text) == searched
