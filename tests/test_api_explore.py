"""Exploration over GraphQL: search, connection paths, neighbourhoods, centrality, bad input."""

from __future__ import annotations

from typing import Any

import pytest
from neo4j import Driver

from graph.repositories.search import lucene_terms
from graph.settings import Settings
from importers.cordis import import_cordis
from tests.conftest import FIXTURES, GraphQLClient, seed_network, seed_nodes


@pytest.fixture
def network(empty_graph: Driver, settings: Settings) -> Driver:
    return seed_network(empty_graph, settings, "seed_explore.cypher")


SEARCH = """
query($q: String!, $first: Int) {
  search(query: $q, first: $first) { score node { id __typename } }
}"""

PATH = """
query($from: ID!, $to: ID!, $maxHops: Int, $asOf: Date) {
  connectionPath(fromId: $from, toId: $to, maxHops: $maxHops, asOf: $asOf) {
    length nodes { id __typename }
  }
}"""

NEIGHBORHOOD = """
query($center: ID!, $depth: Int, $limit: Int, $asOf: Date) {
  neighborhood(centerId: $center, depth: $depth, limit: $limit, asOf: $asOf) {
    truncated nodes { id __typename } edges { source target type }
  }
}"""

CENTRAL = """
query($cluster: ID, $first: Int, $asOf: Date, $measure: CentralityMeasure) {
  centralOrganizations(clusterId: $cluster, first: $first, asOf: $asOf, measure: $measure) {
    rank score organization { id }
  }
}"""


def _hits(body: dict[str, Any]) -> list[str]:
    return [hit["node"]["id"] for hit in body["data"]["search"]]


def _error(body: dict[str, Any]) -> str:
    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT", body
    message: str = body["errors"][0]["message"]
    return message


def _ranking(body: dict[str, Any]) -> list[tuple[str, float]]:
    return [
        (item["organization"]["id"], item["score"]) for item in body["data"]["centralOrganizations"]
    ]


# --- search ---


@pytest.mark.parametrize(
    "text", ["universite du luxembourg", "UNIVERSITE DU LUXEMBOURG", "Université du Luxembourg"]
)
async def test_search_ignores_accents_and_case(
    network: Driver, gql: GraphQLClient, text: str
) -> None:
    assert _hits(await gql(SEARCH, {"q": text})) == ["org-uni"]


@pytest.mark.parametrize("text", ["Université du Lux", "universite du luxemb", "Universit"])
async def test_search_finds_the_word_being_typed(
    network: Driver, gql: GraphQLClient, text: str
) -> None:
    """Search as you type: the last word also matches as the start of a word."""
    assert "org-uni" in _hits(await gql(SEARCH, {"q": text}))


async def test_a_last_word_of_three_letters_finds_its_words_before_those_it_starts(
    empty_graph: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    """ "bus" finds the word bus (or buses) first, then what it starts ("business"); "busi"
    is a start alone; "hyd", no word of the data, finds the words it starts."""
    seed_nodes(
        empty_graph,
        settings,
        "CREATE (:Project {id: 'bus', acronym: 'EBUS', title: 'Electric bus fleets'}), "
        "(:Project {id: 'biz', acronym: 'BIZ', title: 'Business models for fleets'}), "
        "(:Project {id: 'h2', acronym: 'HY', title: 'Hydrogen storage'}), "
        "(:Project {id: 'hb', acronym: 'HB', title: 'Hydrogen buses in cities'})",
    )
    found = _hits(await gql(SEARCH, {"q": "bus"}))
    assert sorted(found[:2]) == ["bus", "hb"] and found[2:] == ["biz"]
    assert sorted(_hits(await gql(SEARCH, {"q": "buses"}))) == ["bus", "hb"]
    assert _hits(await gql(SEARCH, {"q": "busi"})) == ["biz"]
    assert _hits(await gql(SEARCH, {"q": "fleets bus"}))[0] == "bus"
    assert sorted(_hits(await gql(SEARCH, {"q": "hyd"}))) == ["h2", "hb"]
    # a word the index leaves out is asked in no other number ("withs" would be required)
    assert "withs" not in lucene_terms("fleets with buses", translated=True)
    assert _hits(await gql(SEARCH, {"q": "electric bus fleets with"})) == ["bus"]


async def test_a_hyphenated_word_needs_all_its_parts(
    empty_graph: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    """The index cuts "heavy-duty" in two; the search asks both parts, not either ("Heavy
    metal" is not heavy-duty), and a call code all its parts. A hyphen alone finds nothing,
    without an error."""
    seed_nodes(
        empty_graph,
        settings,
        "CREATE (:Project {id: 'hd', acronym: 'HD', title: 'Heavy-duty hydrogen trucks'}), "
        "(:Project {id: 'hm', acronym: 'HM', title: 'Heavy metal free emitters'}), "
        "(:Project {id: 'dt', acronym: 'DT', title: 'Duty cycles of heavy trucks'})",
    )
    assert sorted(_hits(await gql(SEARCH, {"q": "heavy-duty"}))) == ["dt", "hd"]
    assert _hits(await gql(SEARCH, {"q": "heavy-duty hydrogen"})) == ["hd"]
    assert (
        lucene_terms("HORIZON-CL5-2022-D2-01-02") == "horizon AND cl5 AND 2022 AND d2 AND 01 AND 02"
    )
    body = await gql(SEARCH, {"q": " - "})
    assert "errors" not in body and body["data"]["search"] == []


async def test_symbols_and_wildcards_are_not_asked_as_words(
    empty_graph: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    """A pasted emoji or "™" is no word of any name, and a "*" typed as a wildcard is no
    letter: the words around them find what they find alone (before, "hydrogen 💡" found
    nothing); a symbol alone finds nothing, as a hyphen alone."""
    seed_nodes(
        empty_graph,
        settings,
        "CREATE (:Project {id: 'h2', acronym: 'HTWO', title: 'Hydrogen storage'})",
    )
    for typed in ("hydrogen 💡", "hydrogen ™", "hydr*", "*hydrogen?"):
        assert _hits(await gql(SEARCH, {"q": typed})) == ["h2"], typed
    body = await gql(SEARCH, {"q": "🎓"})
    assert "errors" not in body and body["data"]["search"] == []
    assert lucene_terms("R&D tools 💡") == "r\\&d AND tools"


async def test_search_asks_every_word_as_a_start_when_the_words_find_nothing(
    network: Driver, gql: GraphQLClient
) -> None:
    """ "univ lux" (shortened words, as people type them) finds nothing word for word: each
    word is then also the start of a word, in the hits and their facets alike."""
    asked = """query($q: String!, $countries: [String!]) {
      search(query: $q, first: 10, countries: $countries) { node { id } }
      searchFacets(query: $q) { types { value count } } }"""
    body = await gql(asked, {"q": "univ lux"})
    assert [hit["node"]["id"] for hit in body["data"]["search"]] == ["org-uni"]
    assert body["data"]["searchFacets"]["types"] == [{"value": "ORGANIZATION", "count": 1}]
    # a filter that leaves nothing of what the words find stays empty: no second try, which
    # would find "Farm Awayday" in Luxembourg for "far away" (two Portuguese companies)
    network.execute_query(
        "CREATE (:Organization:Company {id: 'org-farm', name: 'Farm Awayday', country: 'LU'})"
    )
    away = await gql(asked, {"q": "far away", "countries": ["LU"]})
    assert away["data"]["search"] == []
    assert away["data"]["searchFacets"]["types"] == [{"value": "ORGANIZATION", "count": 2}]
    # with a filter the words alone would not find anything: the second try, filtered
    filtered = await gql(asked, {"q": "univ lux", "countries": ["LU"]})
    assert [hit["node"]["id"] for hit in filtered["data"]["search"]] == ["org-uni"]
    assert (await gql(asked, {"q": "univ lux", "countries": ["FR"]}))["data"]["search"] == []


async def test_search_accented_word_finds_both_universities(
    network: Driver, gql: GraphQLClient
) -> None:
    assert sorted(_hits(await gql(SEARCH, {"q": "Université"}))) == ["org-lor", "org-uni"]


@pytest.mark.parametrize("text", ["matériaux", "Werkstoffe", "old matériaux"])
async def test_search_in_french_or_german_finds_english_titles(
    network: Driver, gql: GraphQLClient, text: str
) -> None:
    """Titles are English: a word of the glossary also matches its English ("Old
    materials")."""
    assert _hits(await gql(SEARCH, {"q": text})) == ["prj-old"]


@pytest.mark.parametrize("text", ["pile à combustible", "Piles à combustible", "Brennstoffzelle"])
async def test_search_in_french_or_german_finds_english_phrases(
    empty_graph: Driver, settings: Settings, gql: GraphQLClient, text: str
) -> None:
    """A phrase or a German compound of the glossary matches its English phrase, which no
    word of it would ("combustible" is not "fuel")."""
    empty_graph.execute_query(
        "CREATE (:Project {id: 'prj-fc', acronym: 'STACKS', title: 'Fuel cell stacks'}), "
        "(:Project {id: 'prj-pile', acronym: 'PILE', title: 'Pile foundations'})",
        database_=settings.database,
    )
    assert _hits(await gql(SEARCH, {"q": text})) == ["prj-fc"]


@pytest.mark.parametrize(
    ("text", "found"),
    [("Brennst", "prj-fc"), ("Wasserstoff Brennstoffz", "prj-fc"), ("chaleu", "prj-heat")],
)
async def test_a_french_or_german_word_still_being_typed_finds_its_english(
    empty_graph: Driver, settings: Settings, gql: GraphQLClient, text: str, found: str
) -> None:
    """Search as you type in German or French: the unfinished last word also matches the
    English of the glossary's words it starts ("Brennst": fuel cell, "chaleu": heat)."""
    empty_graph.execute_query(
        "CREATE (:Project {id: 'prj-fc', acronym: 'STACKS', title: 'Hydrogen fuel cell stacks'}), "
        "(:Project {id: 'prj-pile', acronym: 'PILE', title: 'Hydrogen pile foundations'}), "
        "(:Project {id: 'prj-heat', acronym: 'PUMPS', title: 'Heat pumps for homes'})",
        database_=settings.database,
    )
    assert _hits(await gql(SEARCH, {"q": text})) == [found]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("économie circ", ["prj-circ"]),
        ("l'économie circul", ["prj-circ"]),
        ("pile à comb", ["prj-fc"]),
        ("Wasserstoff pile à comb", ["prj-fc"]),
    ],
)
async def test_a_french_phrase_still_being_typed_finds_its_english(
    empty_graph: Driver, settings: Settings, gql: GraphQLClient, text: str, found: list[str]
) -> None:
    """A phrase of the glossary typed halfway ("économie circ") finds what the whole phrase
    finds ("circular economy"), which none of its words would: "économie" is not in the
    glossary alone, and "pile" is not "fuel"."""
    empty_graph.execute_query(
        "CREATE (:Project {id: 'prj-circ', acronym: 'LOOP', title: 'A circular economy'}), "
        "(:Project {id: 'prj-fc', acronym: 'STACKS', title: 'Hydrogen fuel cell stacks'}), "
        "(:Project {id: 'prj-pile', acronym: 'PILE', title: 'Hydrogen pile foundations'})",
        database_=settings.database,
    )
    assert _hits(await gql(SEARCH, {"q": text})) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("battery", ["prj-many", "prj-one"]),
        ("batteries", ["prj-many", "prj-one"]),
        ("battery recycling", ["prj-many"]),
        ("fuel cell", ["prj-cells"]),
        ("fuel cells", ["prj-cells"]),
    ],
)
async def test_a_word_in_the_singular_also_finds_the_plural_and_back(
    empty_graph: Driver, settings: Settings, gql: GraphQLClient, text: str, found: list[str]
) -> None:
    """The index does not stem: "battery" alone would miss "Recycling of EV batteries"."""
    empty_graph.execute_query(
        "CREATE (:Project {id: 'prj-many', acronym: 'REC', title: 'Recycling of EV batteries'}), "
        "(:Project {id: 'prj-one', acronym: 'SOLID', title: 'A solid-state battery'}), "
        "(:Project {id: 'prj-cells', acronym: 'FC', title: 'Fuel cells for ships'})",
        database_=settings.database,
    )
    assert sorted(_hits(await gql(SEARCH, {"q": text}))) == found


async def test_a_german_umlaut_also_finds_the_name_written_without_it(
    empty_graph: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    """CORDIS writes many German names without umlauts ("UNIVERSITAET MUENCHEN") and some
    with them or with the bare vowel ("MÜNCHEN", "MUNCHEN"): a name typed with its umlauts
    finds every spelling, also while it is being typed."""
    seed_nodes(
        empty_graph,
        settings,
        "CREATE (:Organization {id: 'tum', name: 'TECHNISCHE UNIVERSITAET MUENCHEN'}), "
        "(:Organization {id: 'city', name: 'LANDESHAUPTSTADT MUNCHEN'}), "
        "(:Organization {id: 'clinic', name: 'KLINIKUM MÜNCHEN'}), "
        "(:Organization {id: 'other', name: 'TECHNISCHE UNIVERSITAT WIEN'}), "
        "(:Organization {id: 'english', name: 'UNIVERSITY OF STUTTGART'})",
    )
    assert _hits(await gql(SEARCH, {"q": "Technische Universität München"})) == ["tum"]
    assert sorted(_hits(await gql(SEARCH, {"q": "München"}))) == ["city", "clinic", "tum"]
    assert sorted(_hits(await gql(SEARCH, {"q": "Münch"}))) == ["city", "clinic", "tum"]
    # and "Universität" is in the glossary: a university named in English is found too
    assert sorted(_hits(await gql(SEARCH, {"q": "Universität"}))) == ["english", "other", "tum"]
    assert _hits(await gql(SEARCH, {"q": "Universität Stuttgart"})) == ["english"]


async def test_a_common_abbreviation_finds_the_names_that_spell_it_out(
    empty_graph: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    """People type "TU München" or "KU Leuven"; CORDIS spells the names out, in their own
    languages. An abbreviation still finds an organisation that is itself called so."""
    seed_nodes(
        empty_graph,
        settings,
        "CREATE (:Organization {id: 'tum', name: 'TECHNISCHE UNIVERSITAET MUENCHEN'}), "
        "(:Organization {id: 'delft', name: 'TECHNISCHE UNIVERSITEIT DELFT'}), "
        "(:Organization {id: 'dtu', name: 'DANMARKS TEKNISKE UNIVERSITET'}), "
        "(:Organization {id: 'lmu', name: 'LUDWIG-MAXIMILIANS-UNIVERSITAET MUENCHEN'}), "
        "(:Organization {id: 'kul', name: 'KATHOLIEKE UNIVERSITEIT LEUVEN'}), "
        "(:Organization {id: 'fh', name: 'FACHHOCHSCHULE AACHEN'}), "
        "(:Organization {id: 'rwth', name: 'RHEINISCH-WESTFAELISCHE TECHNISCHE HOCHSCHULE "
        "AACHEN'}), "
        "(:Organization {id: 'tu-sa', name: 'TU SA'})",
    )
    assert _hits(await gql(SEARCH, {"q": "TU München"})) == ["tum"]
    assert _hits(await gql(SEARCH, {"q": "KU Leuven"})) == ["kul"]
    assert _hits(await gql(SEARCH, {"q": "FH Aachen"})) == ["fh"]
    assert _hits(await gql(SEARCH, {"q": "TH Aachen"})) == ["rwth"]
    assert sorted(_hits(await gql(SEARCH, {"q": "TU"}))) == ["delft", "dtu", "tu-sa", "tum"]


async def test_a_name_asked_in_english_or_german_finds_it_in_the_organisations_language(
    empty_graph: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    """Organisations keep their own names in CORDIS: "University of Luxembourg" and
    "Universität Luxemburg" find UNIVERSITE DU LUXEMBOURG; the English form still outranks
    the others for a word alone, and a name typed as the organisation writes it is searched
    as typed."""
    seed_nodes(
        empty_graph,
        settings,
        "CREATE (:Organization {id: 'unilu', name: 'UNIVERSITE DU LUXEMBOURG'}), "
        "(:Organization {id: 'list', name: 'LUXEMBOURG INSTITUTE OF SCIENCE AND TECHNOLOGY'}), "
        "(:Organization {id: 'polito', name: 'POLITECNICO DI TORINO'}), "
        "(:Organization {id: 'helsinki', name: 'HELSINGIN YLIOPISTO'}), "
        "(:Organization {id: 'uom', name: 'THE UNIVERSITY OF MANCHESTER'})",
    )
    assert _hits(await gql(SEARCH, {"q": "University of Luxembourg"})) == ["unilu"]
    assert _hits(await gql(SEARCH, {"q": "Universität Luxemburg"})) == ["unilu"]
    assert _hits(await gql(SEARCH, {"q": "Polytechnic of Turin"})) == ["polito"]
    assert _hits(await gql(SEARCH, {"q": "Luxemburger Institut für Wissenschaft"})) == ["list"]
    assert _hits(await gql(SEARCH, {"q": "university"}))[0] == "uom"
    assert sorted(_hits(await gql(SEARCH, {"q": "university"}))) == ["helsinki", "unilu", "uom"]
    assert _hits(await gql(SEARCH, {"q": "Université"})) == ["unilu"]


async def test_a_word_being_typed_finds_its_matches_alike_whatever_their_language(
    empty_graph: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    """ "Universit" finds the universities by the prefix alone: the English "university" the
    glossary completes it to is not asked again on top (it put every English-named university
    before a better connected "Universite"), so the most connected comes first."""
    seed_nodes(
        empty_graph,
        settings,
        "CREATE (unilu:Organization {id: 'unilu', name: 'UNIVERSITE DU LUXEMBOURG'}), "
        "(uom:Organization {id: 'uom', name: 'THE UNIVERSITY OF MANCHESTER'}) "
        "WITH unilu, uom UNWIND range(1, 6) AS i "
        "CREATE (unilu)-[:PARTICIPATES_IN]->(:Project {id: 'p' + i, acronym: 'P' + i}) "
        "WITH uom, i WHERE i = 1 CREATE (uom)-[:PARTICIPATES_IN]->(:Project {id: 'q1'})",
    )
    assert '"university"' not in lucene_terms("Universit", translated=True)
    assert _hits(await gql(SEARCH, {"q": "Universit"}))[:2] == ["unilu", "uom"]
    # a word typed whole still asks its English: the English name first
    assert _hits(await gql(SEARCH, {"q": "university"}))[0] == "uom"


async def test_a_name_counts_once_however_many_fields_repeat_it(
    empty_graph: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    """CORDIS often repeats a name as the short name, or gives it in English there: such a
    name matched in three fields and came before better connected organisations
    ("Luxembourg" put ED LUXEMBOURG before the Université du Luxembourg). Each word of a
    node's names counts once."""
    seed_nodes(
        empty_graph,
        settings,
        """
        CREATE (unilu:Organization {id: 'unilu', name: 'UNIVERSITE DU LUXEMBOURG',
                                    shortName: 'uni.lu', names: ['UNIVERSITE DU LUXEMBOURG']})
        CREATE (dtu:Organization {id: 'dtu', name: 'DANMARKS TEKNISKE UNIVERSITET',
                                  shortName: 'TECHNICAL UNIVERSITY OF DENMARK DTU'})
        CREATE (twente:Organization {id: 'twente', name: 'UNIVERSITEIT TWENTE',
                                     shortName: 'UNIVERSITEIT TWENTE',
                                     names: ['UNIVERSITEIT TWENTE', 'UNIVERSITY OF TWENTE']})
        CREATE (ed:Organization {id: 'ed', name: 'EUROPEAN DYNAMICS LUXEMBOURG SA',
                                 shortName: 'ED LUXEMBOURG'})
        WITH *
        UNWIND range(1, 8) AS i
        CREATE (unilu)-[:PARTICIPATES_IN]->(:Project {id: 'p' + i})
        WITH * WHERE i <= 2
        CREATE (dtu)-[:PARTICIPATES_IN]->(:Project {id: 'd' + i})
        CREATE (twente)-[:PARTICIPATES_IN]->(:Project {id: 't' + i})
        CREATE (ed)-[:PARTICIPATES_IN]->(:Project {id: 'e' + i})
        """,
    )
    assert _hits(await gql(SEARCH, {"q": "Universit"}))[0] == "unilu"
    assert _hits(await gql(SEARCH, {"q": "Luxembourg"})) == ["unilu", "ed"]
    # the short name and the other names still find them
    assert _hits(await gql(SEARCH, {"q": "Technical University of Denmark"})) == ["dtu"]
    assert _hits(await gql(SEARCH, {"q": "uni.lu"})) == ["unilu"]


def test_a_name_word_in_other_languages_weighs_less_than_the_word_asked() -> None:
    terms = lucene_terms("Universität", translated=True)
    assert terms.startswith('((universität OR universitaet) OR "university" OR "universities"')
    assert " OR universite^0.3 " in terms and " OR yliopisto^0.3" in terms
    # an English word's other spelling too
    assert "centre^0.3" in lucene_terms("research center", translated=True)
    # while it is being typed, the forms the prefix finds are left to it
    assert "universite" not in lucene_terms("Univ", translated=True)


def test_the_longest_phrase_of_the_glossary_is_translated() -> None:
    # the English phrase's words, each in both numbers, anywhere in the text
    assert lucene_terms("pompe à chaleur", translated=True) == (
        '((pompe AND chaleur) OR (("heat" OR "heats") AND ("pump" OR "pumps")))'
    )
    assert lucene_terms("chaleur", translated=True) == '(chaleur OR "heat" OR "heats")'
    assert lucene_terms("pile à combustible") == "pile AND à AND combustible"


def test_function_words_and_elided_articles_do_not_hold_a_search_back() -> None:
    """No English title holds "de" or "d'hydrogène": they are left out, or matched without
    the article as well; a name search keeps the words as typed."""
    assert lucene_terms("recyclage de batteries", translated=True) == (
        '(recyclage OR "recycling" OR "recyclings") AND (batteries OR "battery" OR "batteries")'
    )
    assert lucene_terms("stockage d'hydrogène", translated=True).endswith(
        '(d\'hydrogène OR hydrogène OR "hydrogen" OR "hydrogens")'
    )
    assert lucene_terms("Université d'Artois", translated=True) == (
        "(université OR universités) AND (d'artois OR artois)"
    )
    assert lucene_terms("de", translated=True) == "de"
    # An elided article does not hide a phrase of the glossary.
    assert lucene_terms("l'économie circulaire", translated=True) == (
        "((l'économie AND circulaire) OR "
        '(("circular" OR "circulars") AND ("economy" OR "economies")))'
    )
    # "die" and "mit" are English words too: left out only in a German text.
    assert lucene_terms("die casting", translated=True) == (
        "(die OR dies) AND (casting OR casting*)"
    )
    assert lucene_terms("Wasserstoff für die Industrie", translated=True) == (
        '(wasserstoff OR "hydrogen" OR "hydrogens") AND (industrie OR "industry" OR "industries")'
    )
    assert lucene_terms("Université de Lorraine") == "université AND de AND lorraine"


async def test_a_phrase_of_the_glossary_finds_its_words_in_any_order(
    empty_graph: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    """'recyclage des batteries' (a glossary phrase) finds 'Recycling of EV batteries', as
    'recyclage de batteries' (word by word) does."""
    empty_graph.execute_query(
        "CREATE (:Project {id: 'prj-rec', acronym: 'REC', title: 'Recycling of EV batteries'})",
        database_=settings.database,
    )
    for text in ("recyclage des batteries", "recyclage de batteries"):
        assert _hits(await gql(SEARCH, {"q": text})) == ["prj-rec"]


async def test_a_french_search_with_function_words_finds_english_titles(
    network: Driver, gql: GraphQLClient
) -> None:
    assert _hits(await gql(SEARCH, {"q": "des matériaux"})) == ["prj-old"]


def test_only_searches_translate_words() -> None:
    assert lucene_terms("matériaux") == "matériaux"  # a namesakes check keeps the words typed
    assert (
        lucene_terms("Matériaux neufs", translated=True)
        == '(matériaux OR "materials" OR "material") AND (neufs OR neuf OR neufs*)'
    )
    assert lucene_terms("verre", translated=True) == '(verre OR "glass")'
    assert lucene_terms("télédétection", translated=True) == (
        '(télédétection OR (("remote" OR "remotes") AND ("sensing" OR "sensings")))'
    )


async def test_search_ranks_best_match_first_across_kinds(
    network: Driver, gql: GraphQLClient
) -> None:
    body = await gql(SEARCH, {"q": "grid"})
    # The acronym GRID is the whole field; the organisation's long name only contains it.
    assert _hits(body) == ["prj-grid", "org-grid"]
    assert [hit["node"]["__typename"] for hit in body["data"]["search"]] == [
        "Project",
        "Organization",
    ]
    scores = [hit["score"] for hit in body["data"]["search"]]
    assert scores[0] > scores[1] > 0
    kinds = {
        hit["node"]["__typename"]
        for hit in (await gql(SEARCH, {"q": "luxembourg"}))["data"]["search"]
    }
    assert kinds == {"Organization", "Cluster"}


async def test_search_first_limits_and_lucene_syntax_is_plain_text(
    network: Driver, gql: GraphQLClient
) -> None:
    assert len(_hits(await gql(SEARCH, {"q": "luxembourg", "first": 1}))) == 1
    # Operators and brackets are words here and a wildcard is dropped (the last word is a
    # start already), so this finds what "lux" finds, not everything holding "a".
    lux = _hits(await gql(SEARCH, {"q": "lux"}))
    assert lux and _hits(await gql(SEARCH, {"q": "lux* OR (a"})) == lux


@pytest.mark.parametrize(
    ("variables", "argument"),
    [
        ({"q": "   "}, "query"),
        ({"q": "x" * 201}, "query"),
        ({"q": "lux", "first": 0}, "first"),
        ({"q": "lux", "first": 101}, "first"),
    ],
)
async def test_search_rejects_bad_input(
    network: Driver, gql: GraphQLClient, variables: dict[str, Any], argument: str
) -> None:
    assert _error(await gql(SEARCH, variables)).startswith(f"{argument}:")


# --- connectionPath ---


async def test_path_alternates_organisations_and_projects(
    network: Driver, gql: GraphQLClient
) -> None:
    path = (await gql(PATH, {"from": "org-uni", "to": "org-list"}))["data"]["connectionPath"]
    assert path["length"] == 2
    ids = [node["id"] for node in path["nodes"]]
    kinds = [node["__typename"] for node in path["nodes"]]
    assert kinds == ["Organization", "Project", "Organization", "Project", "Organization"]
    assert ids[0] == "org-uni" and ids[-1] == "org-list" and ids[3] == "prj-roads"
    assert ids[1:3] in (["prj-cars", "org-acme"], ["prj-bits", "org-fh"])


async def test_path_through_a_shared_project_has_length_one(
    network: Driver, gql: GraphQLClient
) -> None:
    path = (await gql(PATH, {"from": "org-uni", "to": "org-acme"}))["data"]["connectionPath"]
    assert path["length"] == 1
    assert [node["id"] for node in path["nodes"]] == ["org-uni", "prj-cars", "org-acme"]


async def test_two_partners_say_how_many_projects_they_share(
    network: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    network.execute_query(
        "MATCH (u:Organization {id: 'org-uni'}), (a:Organization {id: 'org-acme'}) "
        "CREATE (p:Project {id: 'prj-again', timelineDate: date('2019-05-01')}) "
        "CREATE (u)-[:PARTICIPATES_IN]->(p)<-[:PARTICIPATES_IN]-(a)",
        database_=settings.database,
    )
    shared = """query($from: ID!, $to: ID!, $asOf: Date) {
      connectionPath(fromId: $from, toId: $to, asOf: $asOf) { length sharedProjects } }"""
    ends = {"from": "org-uni", "to": "org-acme"}
    assert (await gql(shared, ends))["data"]["connectionPath"] == {"length": 1, "sharedProjects": 2}
    # the path shows one of them; before the second started, they shared one
    before = await gql(shared, {**ends, "asOf": "2019-01-01"})
    assert before["data"]["connectionPath"] == {"length": 1, "sharedProjects": 1}
    # no count for a longer chain
    far = await gql(shared, {"from": "org-uni", "to": "org-list"})
    assert far["data"]["connectionPath"] == {"length": 2, "sharedProjects": None}


async def test_path_as_of_uses_only_earlier_projects(network: Driver, gql: GraphQLClient) -> None:
    body = await gql(PATH, {"from": "org-uni", "to": "org-list", "asOf": "2018-01-01"})
    path = body["data"]["connectionPath"]
    assert path["length"] == 3
    assert [node["id"] for node in path["nodes"]] == [
        "org-uni", "prj-cars", "org-acme", "prj-old", "org-lor", "prj-link", "org-list",
    ]  # fmt: skip
    before_all = await gql(PATH, {"from": "org-uni", "to": "org-acme", "asOf": "2015-01-01"})
    assert before_all["data"]["connectionPath"] is None


async def test_path_respects_max_hops(network: Driver, gql: GraphQLClient) -> None:
    variables = {"from": "org-uni", "to": "org-list", "asOf": "2018-01-01"}
    assert (await gql(PATH, {**variables, "maxHops": 2}))["data"]["connectionPath"] is None
    assert (await gql(PATH, {**variables, "maxHops": 3}))["data"]["connectionPath"]["length"] == 3


async def test_path_is_null_between_components(network: Driver, gql: GraphQLClient) -> None:
    body = await gql(PATH, {"from": "org-uni", "to": "org-far1", "maxHops": 6})
    assert body["data"]["connectionPath"] is None and "errors" not in body


async def test_path_to_itself_has_length_zero(network: Driver, gql: GraphQLClient) -> None:
    path = (await gql(PATH, {"from": "org-uni", "to": "org-uni"}))["data"]["connectionPath"]
    assert path == {"length": 0, "nodes": [{"id": "org-uni", "__typename": "Organization"}]}


@pytest.mark.parametrize(
    ("variables", "argument"),
    [
        ({"from": "org-nope", "to": "org-list"}, "fromId"),
        ({"from": "org-uni", "to": "prj-cars"}, "toId"),
        ({"from": "org-uni", "to": "org-list", "maxHops": 0}, "maxHops"),
        ({"from": "org-uni", "to": "org-list", "maxHops": 7}, "maxHops"),
    ],
)
async def test_path_rejects_bad_input(
    network: Driver, gql: GraphQLClient, variables: dict[str, Any], argument: str
) -> None:
    assert _error(await gql(PATH, variables)).startswith(f"{argument}:")


# --- neighborhood ---


def _subgraph(body: dict[str, Any]) -> dict[str, Any]:
    subgraph: dict[str, Any] = body["data"]["neighborhood"]
    return subgraph


async def test_neighborhood_depth_one(network: Driver, gql: GraphQLClient) -> None:
    sub = _subgraph(await gql(NEIGHBORHOOD, {"center": "org-uni"}))
    ids = [node["id"] for node in sub["nodes"]]
    assert ids[0] == "org-uni"
    # People are never part of the graph view.
    assert sorted(ids[1:]) == ["cl-auto", "prj-bits", "prj-cars"]
    assert sub["truncated"] is False
    edges = {(e["source"], e["type"], e["target"]) for e in sub["edges"]}
    assert edges == {
        ("org-uni", "PARTICIPATES_IN", "prj-cars"),
        ("org-uni", "PARTICIPATES_IN", "prj-bits"),
        ("org-uni", "MEMBER_OF", "cl-auto"),
        ("prj-cars", "PART_OF", "cl-auto"),
    }


async def test_neighborhood_is_bounded_and_deterministic(
    network: Driver, gql: GraphQLClient
) -> None:
    full = _subgraph(await gql(NEIGHBORHOOD, {"center": "org-uni", "depth": 3}))
    assert full["truncated"] is False and len(full["nodes"]) > 6
    variables = {"center": "org-uni", "depth": 3, "limit": 6}
    sub = _subgraph(await gql(NEIGHBORHOOD, variables))
    ids = [node["id"] for node in sub["nodes"]]
    assert len(ids) == 6 and sub["truncated"] is True
    # Level by level: the centre, its three neighbours, then the best-linked of level 2
    # (acme, fh and the topic are each linked twice to level 1, list once; ties by id).
    assert ids[0] == "org-uni" and set(ids[1:4]) == {"cl-auto", "prj-bits", "prj-cars"}
    assert ids[4:] == ["org-acme", "org-fh"]
    assert all(e["source"] in ids and e["target"] in ids for e in sub["edges"])
    assert ("org-fh", "MEMBER_OF", "cl-auto") in {
        (e["source"], e["type"], e["target"]) for e in sub["edges"]
    }
    assert "topic-sc4" in [node["id"] for node in full["nodes"]]
    assert _subgraph(await gql(NEIGHBORHOOD, variables)) == sub


async def test_neighborhood_cut_keeps_the_newest_projects(
    network: Driver, gql: GraphQLClient
) -> None:
    """Among equally linked neighbours a cut keeps the cluster, then the newest projects
    (ROADS 2019, CARS 2015; OLD 2014 goes), not the lowest ids."""
    query = """query { neighborhood(centerId: "org-acme", depth: 1, limit: 4, topics: false) {
      truncated nodes { id } } }"""
    found = (await gql(query))["data"]["neighborhood"]
    assert found["truncated"] is True
    ids = [node["id"] for node in found["nodes"]]
    assert ids == ["org-acme", "cl-auto", "prj-roads", "prj-cars"]


async def test_neighborhood_without_topics(network: Driver, gql: GraphQLClient) -> None:
    """A hub's topics take places its partners could have: topics=false leaves them out,
    but a topic asked as the centre stays."""
    query = """query($center: ID!, $topics: Boolean!) {
      neighborhood(centerId: $center, depth: 3, topics: $topics) { nodes { id __typename } } }"""
    body = await gql(query, {"center": "org-uni", "topics": False})
    nodes = body["data"]["neighborhood"]["nodes"]
    assert nodes and all(node["__typename"] != "Topic" for node in nodes)
    with_topics = await gql(query, {"center": "org-uni", "topics": True})
    assert "topic-sc4" in [node["id"] for node in with_topics["data"]["neighborhood"]["nodes"]]
    centre = await gql(query, {"center": "topic-sc4", "topics": False})
    assert centre["data"]["neighborhood"]["nodes"][0]["id"] == "topic-sc4"


async def test_neighborhood_limit_one_is_the_centre(network: Driver, gql: GraphQLClient) -> None:
    sub = _subgraph(await gql(NEIGHBORHOOD, {"center": "cl-auto", "limit": 1}))
    assert sub == {"truncated": True, "nodes": [{"id": "cl-auto", "__typename": "Cluster"}],
                   "edges": []}  # fmt: skip


async def test_neighborhood_as_of(network: Driver, gql: GraphQLClient) -> None:
    sub = _subgraph(await gql(NEIGHBORHOOD, {"center": "cl-auto", "asOf": "2018-01-01"}))
    ids = {node["id"] for node in sub["nodes"]}
    # fh joins in 2020; CARS (2015) counts, the topic always does.
    assert ids == {"cl-auto", "org-uni", "org-acme", "org-list", "prj-cars", "topic-sc4"}
    now = _subgraph(await gql(NEIGHBORHOOD, {"center": "cl-auto"}))
    assert "org-fh" in {node["id"] for node in now["nodes"]}
    project = _subgraph(
        await gql(NEIGHBORHOOD, {"center": "prj-roads", "depth": 2, "asOf": "2018-01-01"})
    )
    assert project["nodes"] == [{"id": "prj-roads", "__typename": "Project"}]


async def test_neighborhood_topics_are_leaves(
    network: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    network.execute_query(
        "MATCH (t:Topic {id: 'topic-sc4'}) "
        "CREATE (:Project {id: 'prj-solo', acronym: 'SOLO', startDate: date('2016-01-01')})"
        "-[:ADDRESSES]->(t)",
        database_=settings.database,
    )
    # The topic is at level 1 around CARS, but only the centre topic itself is expanded.
    around_cars = _subgraph(await gql(NEIGHBORHOOD, {"center": "prj-cars", "depth": 2}))
    ids = [node["id"] for node in around_cars["nodes"]]
    assert "topic-sc4" in ids and "prj-solo" not in ids
    around_topic = _subgraph(await gql(NEIGHBORHOOD, {"center": "topic-sc4"}))
    assert "prj-solo" in [node["id"] for node in around_topic["nodes"]]


async def test_neighborhood_caps_the_fan_out_of_expanded_nodes(
    network: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    network.execute_query(
        "MATCH (grid:Organization {id: 'org-grid'}) "
        "UNWIND range(100, 204) AS i "
        "CREATE (grid)-[:PARTICIPATES_IN {role: 'PARTNER'}]->"
        "(:Project {id: 'prj-many-' + i, acronym: 'M' + i, startDate: date('2016-01-01')})",
        database_=settings.database,
    )
    # GRID's only neighbour is org-grid, which has 105 other projects: 100 are taken (lowest
    # ids first) although `limit` would allow them all, and the cut is reported.
    sub = _subgraph(await gql(NEIGHBORHOOD, {"center": "prj-grid", "depth": 2}))
    ids = [node["id"] for node in sub["nodes"]]
    assert ids[:2] == ["prj-grid", "org-grid"]
    assert ids[2:] == [f"prj-many-{i}" for i in range(100, 200)]
    assert sub["truncated"] is True
    # From the centre itself nothing is capped.
    centre = _subgraph(await gql(NEIGHBORHOOD, {"center": "org-grid"}))
    assert len(centre["nodes"]) == 107 and centre["truncated"] is False


@pytest.mark.parametrize(
    ("variables", "argument"),
    [
        ({"center": "nope"}, "centerId"),
        ({"center": "person-1"}, "centerId"),
        ({"center": "org-uni", "depth": 0}, "depth"),
        ({"center": "org-uni", "depth": 4}, "depth"),
        ({"center": "org-uni", "limit": 0}, "limit"),
        ({"center": "org-uni", "limit": 501}, "limit"),
    ],
)
async def test_neighborhood_rejects_bad_input(
    network: Driver, gql: GraphQLClient, variables: dict[str, Any], argument: str
) -> None:
    assert _error(await gql(NEIGHBORHOOD, variables)).startswith(f"{argument}:")


# --- centralOrganizations ---


async def test_degree_of_cluster_members(network: Driver, gql: GraphQLClient) -> None:
    body = await gql(CENTRAL, {"cluster": "cl-auto"})
    assert _ranking(body) == [
        ("org-acme", 4.0), ("org-fh", 3.0), ("org-list", 3.0), ("org-uni", 2.0),
    ]  # fmt: skip
    assert [item["rank"] for item in body["data"]["centralOrganizations"]] == [1, 2, 3, 4]
    # Before 2018: fh is no member yet and ROADS has not started.
    earlier = await gql(CENTRAL, {"cluster": "cl-auto", "asOf": "2018-01-01"})
    assert _ranking(earlier) == [("org-acme", 2.0), ("org-uni", 2.0), ("org-list", 1.0)]


async def test_degree_of_whole_network(network: Driver, gql: GraphQLClient) -> None:
    body = await gql(CENTRAL, {"first": 2})
    assert _ranking(body) == [("org-acme", 4.0), ("org-fh", 3.0)]


async def test_degree_of_one_country(network: Driver, gql: GraphQLClient) -> None:
    """Fraunhofer (DE) is second in the whole network; ranked among the country's own
    organisations only, with their partners from everywhere."""
    body = await gql(
        """{ lu: centralOrganizations(first: 3, country: "lu") { score organization { id } }
             de: centralOrganizations(country: "DE", measure: WEIGHTED_DEGREE) {
               organization { id } } }"""
    )
    assert "errors" not in body, body["errors"]
    lu = [(item["organization"]["id"], item["score"]) for item in body["data"]["lu"]]
    assert lu == [("org-acme", 4.0), ("org-list", 3.0), ("org-uni", 2.0)]
    assert [item["organization"]["id"] for item in body["data"]["de"]] == ["org-fh"]
    refused = await gql(
        '{ centralOrganizations(clusterId: "cl-auto", measure: BETWEENNESS, country: "LU") '
        "{ rank } }"
    )
    assert _error(refused).startswith("country: not with measure BETWEENNESS")


async def test_weighted_degree_counts_each_project_once(
    network: Driver, gql: GraphQLClient
) -> None:
    body = await gql(CENTRAL, {"cluster": "cl-auto", "measure": "WEIGHTED_DEGREE"})
    # ROADS has three participants: each partner weighs 1/2, so ROADS adds 1, like CARS.
    assert _ranking(body) == [
        ("org-acme", 3.0), ("org-fh", 2.0), ("org-list", 2.0), ("org-uni", 2.0),
    ]  # fmt: skip


async def test_betweenness_among_members(network: Driver, gql: GraphQLClient) -> None:
    body = await gql(CENTRAL, {"cluster": "cl-auto", "measure": "BETWEENNESS"})
    # uni and list are joined by two shortest paths, one through acme and one through fh.
    assert _ranking(body) == [
        ("org-acme", 0.5), ("org-fh", 0.5), ("org-list", 0.0), ("org-uni", 0.0),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("variables", "argument"),
    [
        ({"cluster": "cl-nope"}, "clusterId"),
        ({"measure": "BETWEENNESS"}, "clusterId"),
        ({"first": 0}, "first"),
        ({"first": 101}, "first"),
    ],
)
async def test_central_rejects_bad_input(
    network: Driver, gql: GraphQLClient, variables: dict[str, Any], argument: str
) -> None:
    assert _error(await gql(CENTRAL, variables)).startswith(f"{argument}:")


async def test_search_prefers_the_more_connected_of_equal_text_matches(
    empty_graph: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    seed_nodes(
        empty_graph,
        settings,
        """
        CREATE (:Organization:ResearchInstitution {id: 'u-short', name: 'UNIVERSITE X'})
        CREATE (big:Organization:ResearchInstitution
                {id: 'u-big', name: 'UNIVERSITE DU GRAND LUXEMBOURG'})
        WITH big
        UNWIND range(1, 30) AS i
        CREATE (big)-[:PARTICIPATES_IN {role: 'PARTNER'}]->(:Project {id: 'p-' + i})
        """,
    )
    body = await gql(SEARCH, {"q": "Université", "first": 2})
    # Lucene alone ranks the shorter name first; prominence puts the active one ahead.
    assert _hits(body) == ["u-big", "u-short"]
    scores = [hit["score"] for hit in body["data"]["search"]]
    assert scores[0] > scores[1]


async def test_a_short_name_or_acronym_that_is_the_whole_query_comes_first(
    empty_graph: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    """ "LIST" finds the Luxembourg Institute of Science and Technology before a busier
    organisation whose name holds the word (AVL LIST GMBH), and a project named so."""
    seed_nodes(
        empty_graph,
        settings,
        """
        CREATE (:Organization:ResearchInstitution
                {id: 'list', name: 'LUXEMBOURG INSTITUTE OF SCIENCE AND TECHNOLOGY',
                 shortName: 'LIST'})
        CREATE (avl:Organization:Company {id: 'avl', name: 'AVL LIST GMBH', shortName: 'AVL'})
        CREATE (:Project {id: 'p-list', acronym: 'LISTEN', title: 'Listening to the grid'})
        WITH avl
        UNWIND range(1, 30) AS i
        CREATE (avl)-[:PARTICIPATES_IN {role: 'PARTNER'}]->(:Project {id: 'p-' + i})
        """,
    )
    assert _hits(await gql(SEARCH, {"q": "LIST", "first": 3}))[:2] == ["list", "avl"]
    assert _hits(await gql(SEARCH, {"q": "listen", "first": 3}))[0] == "p-list"
    # no whole-query match: relevance and prominence alone
    assert _hits(await gql(SEARCH, {"q": "gmbh", "first": 3})) == ["avl"]


COVERAGE = "query { dataCoverage { country projects organizations } }"


async def test_the_data_coverage_says_which_country_the_projects_are_restricted_to(
    empty_graph: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    """Imported with a country (the demo: LU), the graph holds only that country's network
    and says so; another import of a different extent, and it can no longer say."""
    participations = FIXTURES / "cordis" / "participations.csv"
    import_cordis(empty_graph, settings.database, [participations], with_country="LU")
    body = await gql(COVERAGE)
    assert body["data"]["dataCoverage"] == {"country": "LU", "projects": 2, "organizations": 4}
    import_cordis(empty_graph, settings.database, [participations], with_country="LU")
    assert (await gql(COVERAGE))["data"]["dataCoverage"]["country"] == "LU"
    import_cordis(empty_graph, settings.database, [participations])
    whole = (await gql(COVERAGE))["data"]["dataCoverage"]
    assert whole["country"] is None
    assert whole["projects"] > 2
