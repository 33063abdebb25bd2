"""What the user asks decides: requests about a subject (a topic, a brief in words, a call)
on a hand-made network, and the plain-words explanations.

Topic 'hydrogen energy' (t-h2) with a narrower field (t-h2-fc, fuel cells):
  H1 (2022, t-h2): hyd1 (coordinator), hyd2      H2 (2023, t-h2): hyd1 (coordinator)
  H3 (2024, t-h2-fc): hyd3
Text:
  R1 (2023) 'Hydrogen refuelling stations for heavy-duty trucks': r1 (coordinator), r2
  R2 (2024) abstract only: hydrogen refuelling of trucks: r2 (coordinator)
  M1 (2023) 'Heavy metal free emitters for light sources': m1 (one common word, "heavy")
A hub works with everyone on other subjects (O1..O6, topic t-other) and on nothing asked.
Cluster k1: members hyd2 and r2.
"""

from __future__ import annotations

from typing import Any

import pytest
from neo4j import Driver

from graph.derived import refresh_derived
from graph.settings import Settings
from tests.conftest import GraphQLClient

SEED = """
CREATE (h2:Topic {id: 't-h2', kind: 'fieldOfScience', name: 'hydrogen energy'})
CREATE (fc:Topic {id: 't-h2-fc', kind: 'fieldOfScience', name: 'fuel cells'})
CREATE (other:Topic {id: 't-other', kind: 'fieldOfScience', name: 'software'})
CREATE (fc)-[:BROADER]->(h2)
CREATE (k1:Cluster {id: 'k1', name: 'Energy cluster'})
WITH h2, fc, other, k1
UNWIND [
  ['hyd1', 'Company', 'Hydro One'], ['hyd2', 'ResearchInstitution', 'Hydro Two'],
  ['hyd3', 'Company', 'Cell Three'], ['r1', 'Company', 'Refuel One'],
  ['r2', 'ResearchInstitution', 'Refuel Two'], ['m1', 'Company', 'Metal One'],
  ['hub', 'ResearchInstitution', 'Big Hub University']] AS o
CALL (o) { CREATE (n:Organization {id: o[0], name: o[2], country: 'LU'}) SET n:$(o[1]) }
WITH h2, fc, other, k1, count(*) AS made
UNWIND [
  ['H1', 'HONE', 'Hydrogen production pilots', 2022, 't-h2', '', ''],
  ['H2', 'HTWO', 'Hydrogen storage', 2023, 't-h2', '', ''],
  ['H3', 'HTHREE', 'Fuel cell stacks', 2024, 't-h2-fc', '', ''],
  ['R1', 'REFUEL', 'Hydrogen refuelling stations for heavy-duty trucks', 2023, null, '', ''],
  ['R2', 'TRUCKS', 'Clean freight corridors', 2024, null, 'hydrogen, trucks',
   'We build hydrogen refuelling for heavy-duty trucks along three freight corridors.'],
  ['M1', 'MEGA', 'Heavy metal free emitters for light sources', 2023, null, '', '']] AS p
CREATE (n:Project {id: p[0], acronym: p[1], title: p[2], startDate: date({year: p[3]}),
                   programme: 'HORIZON'})
SET n.keywordText = CASE WHEN p[5] = '' THEN null ELSE p[5] END,
    n.abstract = CASE WHEN p[6] = '' THEN null ELSE p[6] END
WITH n, p WHERE p[4] IS NOT NULL
MATCH (t:Topic {id: p[4]}) CREATE (n)-[:ADDRESSES]->(t)
"""
OTHERS = """
UNWIND range(1, 6) AS i
CREATE (p:Project {id: 'O' + i, acronym: 'OTHER' + i, title: 'Software tools ' + i,
                   startDate: date({year: 2020 + i % 4}), programme: 'HORIZON'})
WITH p, i MATCH (t:Topic {id: 't-other'}) CREATE (p)-[:ADDRESSES]->(t)
WITH p, i MATCH (hub:Organization {id: 'hub'})
CREATE (hub)-[:PARTICIPATES_IN {role: 'COORDINATOR'}]->(p)
WITH p, i MATCH (o:Organization) WHERE o.id = ['hyd1', 'r1', 'm1', 'hyd3', 'r2', 'hyd2'][i - 1]
CREATE (o)-[:PARTICIPATES_IN {role: 'PARTNER'}]->(p)
"""
PARTICIPATIONS = """
UNWIND [['hyd1', 'H1', 'COORDINATOR'], ['hyd2', 'H1', 'PARTNER'], ['hyd1', 'H2', 'COORDINATOR'],
        ['hyd3', 'H3', 'COORDINATOR'], ['r1', 'R1', 'COORDINATOR'], ['r2', 'R1', 'PARTNER'],
        ['r2', 'R2', 'COORDINATOR'], ['m1', 'M1', 'COORDINATOR']] AS x
MATCH (o:Organization {id: x[0]}), (p:Project {id: x[1]})
CREATE (o)-[:PARTICIPATES_IN {role: x[2]}]->(p)
WITH count(*) AS done
MATCH (k:Cluster {id: 'k1'}), (o:Organization) WHERE o.id IN ['hyd2', 'r2']
CREATE (o)-[:MEMBER_OF {source: 'official'}]->(k)
"""

ASK = """
query($input: ConsortiumBriefInput!) {
  suggestConsortium(input: $input, first: 10) {
    organization { id }
    summary
    facts { subjectProjects subjectSince subjectCoordinated }
    highlights { kind label evidence { id } }
    reasons { kind contribution }
  }
}"""

KEY_WORDS = """
query($input: ConsortiumBriefInput!) {
  suggestConsortium(input: $input, first: 10) {
    organization { id } facts { keyWords keyWordsHeld keyWordAlone } } }"""


@pytest.fixture
def network(empty_graph: Driver, settings: Settings) -> Driver:
    for statement in (SEED, OTHERS, PARTICIPATIONS):
        empty_graph.execute_query(statement, database_=settings.database)
    refresh_derived(empty_graph, settings.database)
    return empty_graph


async def _ask(gql: GraphQLClient, **given: Any) -> list[dict[str, Any]]:
    body = await gql(ASK, {"input": given})
    assert "errors" not in body, body["errors"]
    found: list[dict[str, Any]] = body["data"]["suggestConsortium"]
    return found


def _ids(found: list[dict[str, Any]]) -> list[str]:
    return [s["organization"]["id"] for s in found]


def _coordinated(network: Driver, settings: Settings, projects: list[tuple[str, str, str]]) -> None:
    """More Horizon Europe projects of 2023 (id, which is also the acronym, title, its
    coordinator's id), then the derived values again."""
    network.execute_query(
        "UNWIND $projects AS p "
        "CREATE (n:Project {id: p[0], acronym: p[0], title: p[1], startDate: date('2023-01-01'), "
        "                   programme: 'HORIZON'}) "
        "WITH n, p MATCH (o:Organization {id: p[2]}) "
        "CREATE (o)-[:PARTICIPATES_IN {role: 'COORDINATOR'}]->(n)",
        {"projects": [list(p) for p in projects]},
        database_=settings.database,
    )
    refresh_derived(network, settings.database)


async def test_a_topic_alone_brings_only_organisations_working_on_it(
    network: Driver, gql: GraphQLClient
) -> None:
    found = await _ask(gql, topicIds=["t-h2"])
    # the hub, partner of everyone, has no project on hydrogen: never suggested
    assert set(_ids(found)) == {"hyd1", "hyd2", "hyd3"}  # hyd3 through the narrower field
    assert _ids(found)[0] == "hyd1"  # two projects on the topic: broad work first
    first = found[0]
    assert first["facts"] == {"subjectProjects": 2, "subjectSince": 2022, "subjectCoordinated": 2}
    assert first["summary"].startswith(
        "Worked on 2 projects on the subject since 2022 and coordinated all of them: "
    )
    assert "HONE" in first["summary"] and "HTWO" in first["summary"]


async def test_a_phrase_match_outranks_one_common_word(network: Driver, gql: GraphQLClient) -> None:
    found = await _ask(gql, brief="hydrogen refuelling for heavy-duty trucks")
    ids = _ids(found)
    # 'heavy' alone (m1) or 'hydrogen' alone (hyd1) is not the subject: only R1 and R2 hold
    # every key word
    assert set(ids) == {"r1", "r2"}
    r2 = found[ids.index("r2")]  # its abstract and keywords count too: two projects
    assert r2["facts"]["subjectProjects"] == 2
    assert "REFUEL" in r2["summary"] and "TRUCKS" in r2["summary"]


async def test_a_brief_alone_needs_most_of_its_key_words(
    network: Driver, gql: GraphQLClient
) -> None:
    """No project holds 'hydrogen', 'storage' and 'trucks' together: two of the three are
    asked. H2 ('Hydrogen storage') and R1, R2 (hydrogen, trucks) hold two; H1 ('Hydrogen
    production pilots') and M1 hold one and are left out."""
    found = await _ask(gql, brief="hydrogen storage trucks")
    assert set(_ids(found)) == {"hyd1", "r1", "r2"}
    hyd1 = found[_ids(found).index("hyd1")]
    assert hyd1["facts"]["subjectProjects"] == 1  # H2 only: H1 does not count
    assert "HTWO" in hyd1["summary"] and "HONE" not in hyd1["summary"]


async def test_a_level_one_or_two_projects_meet_gives_way_to_a_broader_one(
    network: Driver, gql: GraphQLClient
) -> None:
    """'hydrogen refuelling trucks storage': R1 and R2 alone hold three of the four key words,
    H2 ('Hydrogen storage') two: two projects are too few to rest every suggestion on, so two
    of the four are asked, and Hydro One (H2) joins them. When no looser level finds more
    projects, the stricter stays: R1 and R2 hold all three key words of 'hydrogen refuelling
    for heavy-duty trucks' ('heavy duty trucks' is one), and no looser level finds a third."""
    body = await gql(KEY_WORDS, {"input": {"brief": "hydrogen refuelling trucks storage"}})
    found = body["data"]["suggestConsortium"]
    assert set(_ids(found)) == {"r1", "r2", "hyd1"}
    assert {(s["facts"]["keyWords"], s["facts"]["keyWordsHeld"]) for s in found} == {(4, 2)}
    body = await gql(KEY_WORDS, {"input": {"brief": "hydrogen refuelling for heavy-duty trucks"}})
    found = body["data"]["suggestConsortium"]
    assert set(_ids(found)) == {"r1", "r2"}
    assert {(s["facts"]["keyWords"], s["facts"]["keyWordsHeld"]) for s in found} == {(3, 3)}


async def test_one_project_holding_some_key_words_gives_way_to_fewer_held_by_more(
    network: Driver, gql: GraphQLClient
) -> None:
    """'hydrogen storage in salt caverns': H2 ('Hydrogen storage') alone holds two of its key
    words; resting every suggestion on that one consortium would be resting it on a few
    words shared by chance, so one key word is asked, which four projects hold (H1, H2, R1,
    R2): Hydro One and Refuel Two, with two projects each, come first. One project holding
    every key word stays the subject ('hydrogen storage': H2 alone, Hydro One alone), and so
    does one holding half of them when no fewer key words are held by three projects."""
    body = await gql(KEY_WORDS, {"input": {"brief": "hydrogen storage in salt caverns"}})
    found = body["data"]["suggestConsortium"]
    assert set(_ids(found)) == {"hyd1", "hyd2", "r1", "r2"}
    assert set(_ids(found)[:2]) == {"hyd1", "r2"}
    # the first key word alone, which the page names
    assert {(s["facts"]["keyWordsHeld"], s["facts"]["keyWordAlone"]) for s in found} == {
        (1, "hydrogen")
    }
    body = await gql(KEY_WORDS, {"input": {"brief": "hydrogen storage"}})
    assert _ids(body["data"]["suggestConsortium"]) == ["hyd1"]
    # no key word alone is held by three projects either: the one project stays (H3; no
    # project holds "quantum computers", asked as two words: H3 holds two of four)
    body = await gql(KEY_WORDS, {"input": {"brief": "fuel cell stacks for quantum computers"}})
    found = body["data"]["suggestConsortium"]
    assert _ids(found) == ["hyd3"]
    assert found[0]["facts"] == {"keyWords": 4, "keyWordsHeld": 2, "keyWordAlone": None}


async def test_a_brief_no_project_half_holds_falls_back_to_fewer_key_words(
    network: Driver, gql: GraphQLClient
) -> None:
    """'fuel cell trucks with quantum sensors': no project holds two of its four key words
    ('fuel cell' is one), and none of them alone is held by three projects, so the next
    best rests on projects with any one of them (H3, R1, R2), says so, and never on one that
    holds none (M1)."""
    body = await gql(KEY_WORDS, {"input": {"brief": "fuel cell trucks with quantum sensors"}})
    found = body["data"]["suggestConsortium"]
    assert set(_ids(found)) == {"hyd3", "r1", "r2"}
    assert {
        (s["facts"]["keyWords"], s["facts"]["keyWordsHeld"], s["facts"]["keyWordAlone"])
        for s in found
    } == {(4, 1, None)}


async def test_a_name_no_project_holds_is_asked_word_by_word(
    network: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    """ "moteurs à hydrogène pour camions" asks "hydrogen engines", a glossary name that no
    project holds (E1 is about engines, four projects about hydrogen), and trucks: the name's
    words are asked one by one, so the brief rests on the two projects that hold hydrogen
    and trucks (2 of its 3 key words), not on trucks alone. One word of the name is never
    enough: "moteurs à hydrogène" alone finds nobody, not every hydrogen project."""
    network.execute_query(
        "MATCH (o:Organization {id: 'm1'}) "
        "CREATE (o)-[:PARTICIPATES_IN {role: 'COORDINATOR'}]->(:Project {id: 'E1', "
        "acronym: 'ENGINE', title: 'Engine test benches', startDate: date('2023-01-01'), "
        "programme: 'HORIZON'})",
        database_=settings.database,
    )
    refresh_derived(network, settings.database)

    async def asked(brief: str) -> tuple[set[str], set[tuple[int, int, str | None]]]:
        body = await gql(KEY_WORDS, {"input": {"brief": brief}})
        assert "errors" not in body, body["errors"]
        found = body["data"]["suggestConsortium"]
        facts = {
            (s["facts"]["keyWords"], s["facts"]["keyWordsHeld"], s["facts"]["keyWordAlone"])
            for s in found
        }
        return set(_ids(found)), facts

    assert await asked("moteurs à hydrogène pour camions") == ({"r1", "r2"}, {(3, 2, None)})
    assert await asked("moteurs à hydrogène") == (set(), set())
    words = await gql(
        "query($b: String!) { briefWords(brief: $b) { word projects partOf } }",
        {"b": "moteurs à hydrogène"},
    )
    assert words["data"]["briefWords"] == [
        {"word": "hydrogen", "projects": 4, "partOf": "hydrogen engines"},
        {"word": "engines", "projects": 1, "partOf": "hydrogen engines"},
    ]


async def test_a_word_the_stemmer_shares_counts_only_in_the_meaning_asked(
    network: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    """The index's English stemmer cuts "communities" and "communication" to one stem
    (recommender/stem_clashes.txt): C2, on the communication of energy and hydrogen
    research, is on neither "energy communities" nor "hydrogen communities storage". H2
    ('Hydrogen storage') holds two of the three key words of the latter without
    "communities": it stays."""
    _coordinated(
        network,
        settings,
        [
            ("C1", "Energy communities for rural villages", "hyd3"),
            ("C2", "Communication of energy and hydrogen research", "m1"),
            ("C3", "Hydrogen for local communities", "r1"),
        ],
    )
    assert set(_ids(await _ask(gql, brief="energy communities"))) == {"hyd3"}
    assert set(_ids(await _ask(gql, brief="hydrogen communities storage"))) == {"hyd1", "r1"}
    body = await gql(
        "query($b: String!) { briefWords(brief: $b) { word projects } }",
        {"b": "communautés énergétiques"},
    )
    assert body["data"]["briefWords"] == [{"word": "energy communities", "projects": 1}]


async def test_a_word_inside_the_name_of_another_subject_does_not_count(
    network: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    """ "hydrogen peroxide" is a chemical, not hydrogen energy (recommender/phrase_clashes.txt):
    m1's project on hydrogen peroxide sensors is not on "hydrogen", and its words do not
    count it among the projects holding hydrogen; hyd3's, which also names green hydrogen,
    is on it; a brief about hydrogen peroxide finds m1's."""
    _coordinated(
        network,
        settings,
        [
            ("P1", "Hydrogen peroxide sensors for wound care", "m1"),
            ("P2", "Hydrogen peroxide made with green hydrogen", "hyd3"),
        ],
    )
    assert set(_ids(await _ask(gql, brief="hydrogen"))) == {"hyd1", "hyd2", "hyd3", "r1", "r2"}
    assert set(_ids(await _ask(gql, brief="hydrogen peroxide"))) == {"m1", "hyd3"}
    body = await gql(
        "query($b: String!) { briefWords(brief: $b) { word projects } }", {"b": "Wasserstoff"}
    )
    assert body["data"]["briefWords"] == [{"word": "hydrogen", "projects": 5}]


async def test_a_brief_says_how_many_of_its_key_words_the_work_holds(
    network: Driver, gql: GraphQLClient
) -> None:
    """'hydrogen storage trucks': no project holds the three key words, the suggestions'
    projects hold two (and say so); a brief some project holds whole says all of them."""
    query = """query($input: ConsortiumBriefInput!) {
      suggestConsortium(input: $input, first: 10) { facts { keyWords keyWordsHeld } } }"""

    async def key_words(**given: Any) -> set[tuple[int | None, int | None]]:
        body = await gql(query, {"input": given})
        assert "errors" not in body, body["errors"]
        return {
            (s["facts"]["keyWords"], s["facts"]["keyWordsHeld"])
            for s in body["data"]["suggestConsortium"]
        }

    assert await key_words(brief="hydrogen storage trucks") == {(3, 2)}
    assert await key_words(brief="hydrogen storage") == {(2, 2)}
    assert await key_words(topicIds=["t-h2"]) == {(None, None)}  # no brief, nothing to hold
    assert await key_words(brief="hydrogen storage", organizationIds=["hyd2"]) <= {(None, None)}


async def test_each_suggestion_says_which_key_words_its_work_holds(
    network: Driver, gql: GraphQLClient
) -> None:
    """'hydrogen storage trucks': no project holds all three, so each suggestion names the two
    its projects hold (Hydro One's "Hydrogen storage"; the refuelling projects' hydrogen and
    trucks), in the brief's order; a brief that projects hold whole names none."""
    query = """query($input: ConsortiumBriefInput!) {
      suggestConsortium(input: $input, first: 10) {
        organization { id } facts { keyWordsFound } } }"""

    async def found(brief: str) -> dict[str, list[str] | None]:
        body = await gql(query, {"input": {"brief": brief}})
        assert "errors" not in body, body["errors"]
        return {
            s["organization"]["id"]: s["facts"]["keyWordsFound"]
            for s in body["data"]["suggestConsortium"]
        }

    assert await found("hydrogen storage trucks") == {
        "hyd1": ["hydrogen", "storage"],
        "r1": ["hydrogen", "trucks"],
        "r2": ["hydrogen", "trucks"],
    }
    assert set((await found("hydrogen storage")).values()) == {None}


async def test_with_members_a_suggestion_says_which_words_its_work_holds(
    network: Driver, gql: GraphQLClient
) -> None:
    """With organisations already in the consortium some of the brief's words are enough, so
    a card whose projects hold only some says which: for "hydrogen storage trucks" with hyd2,
    Hydro One's "Hydrogen storage" holds hydrogen and storage; for "hydrogen storage" it
    holds all, and says nothing. The counts of a brief asked alone stay null."""
    query = """query($input: ConsortiumBriefInput!) {
      suggestConsortium(input: $input, first: 10) {
        organization { id } facts { keyWords keyWordsHeld keyWordsFound } } }"""

    async def facts(brief: str) -> dict[str, Any]:
        body = await gql(query, {"input": {"brief": brief, "organizationIds": ["hyd2"]}})
        assert "errors" not in body, body["errors"]
        return {s["organization"]["id"]: s["facts"] for s in body["data"]["suggestConsortium"]}

    assert (await facts("hydrogen storage trucks"))["hyd1"] == {
        "keyWords": None,
        "keyWordsHeld": None,
        "keyWordsFound": ["hydrogen", "storage"],
    }
    assert (await facts("hydrogen storage"))["hyd1"]["keyWordsFound"] is None


async def test_the_key_words_found_are_in_the_meaning_asked(
    network: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    """ "hydrogen communities storage": m1's project on communicating hydrogen storage holds
    hydrogen and storage, and "communication", which the index's stemmer cuts as it cuts
    "communities": its card names hydrogen and storage only."""
    _coordinated(network, settings, [("C4", "Communication of hydrogen storage research", "m1")])
    query = """query($input: ConsortiumBriefInput!) {
      suggestConsortium(input: $input, first: 10) {
        organization { id } facts { keyWords keyWordsHeld keyWordsFound } } }"""
    body = await gql(query, {"input": {"brief": "hydrogen communities storage"}})
    assert "errors" not in body, body["errors"]
    found = {s["organization"]["id"]: s["facts"] for s in body["data"]["suggestConsortium"]}
    assert found["m1"] == {
        "keyWords": 3,
        "keyWordsHeld": 2,
        "keyWordsFound": ["hydrogen", "storage"],
    }


async def test_a_brief_finds_a_concept_under_its_other_names(
    network: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    """ "autonomous driving": a project on "automated vehicles" is on it (synonyms.txt), as one
    that holds both words; a project that holds neither name is not."""
    _coordinated(
        network,
        settings,
        [
            ("A1", "Automated vehicles on motorways", "hyd3"),
            ("A2", "Autonomous driving in cities", "m1"),
            ("A3", "Driving ranges of vehicles", "r1"),
        ],
    )
    assert set(_ids(await _ask(gql, brief="autonomous driving"))) == {"hyd3", "m1"}
    body = await gql(
        "query($b: String!) { briefWords(brief: $b) { word also projects } }",
        {"b": "autonomes Fahren"},
    )
    [word] = body["data"]["briefWords"]
    assert (word["word"], word["projects"]) == ("autonomous driving", 2)
    assert "automated vehicles" in word["also"] and "ccam" in word["also"]


async def test_a_briefs_words_say_how_many_projects_hold_each(
    network: Driver, gql: GraphQLClient
) -> None:
    """The words as searched (German in English where the glossary knows them, as written
    where it does not; a name of several words as one), in the brief's order, with the
    projects that hold each."""
    query = "query($brief: String!) { briefWords(brief: $brief) { word projects } }"
    body = await gql(query, {"brief": "Wasserstoff-Tankstellen für Lastwagen"})
    assert "errors" not in body, body["errors"]
    # "Wasserstoff-Tankstellen" is "hydrogen refuelling stations", which R1's title alone
    # says (R2 holds the words apart)
    assert body["data"]["briefWords"] == [
        {"word": "hydrogen refuelling stations", "projects": 1},
        {"word": "trucks", "projects": 2},
    ]
    body = await gql(query, {"brief": "Zapfsäulen für Wasserstoff"})
    assert body["data"]["briefWords"] == [
        {"word": "zapfsaulen", "projects": 0},
        {"word": "hydrogen", "projects": 4},
    ]
    refused = await gql(query, {"brief": "de la"})
    assert refused["errors"][0]["message"] == "brief: give at least one word"


async def test_a_subject_alone_lists_the_most_work_first(
    network: Driver, gql: GraphQLClient
) -> None:
    """'hydrogen': hyd1 (H1, H2) and r2 (R1, R2) have two projects on it, hyd2 (H1) and r1
    (R1) one; the network orders equal work only."""
    found = await _ask(gql, brief="hydrogen")
    counts = [s["facts"]["subjectProjects"] for s in found]
    assert counts == sorted(counts, reverse=True)
    assert set(_ids(found)[:2]) == {"hyd1", "r2"}
    assert set(_ids(found)[2:]) == {"hyd2", "r1"}


async def test_topics_and_a_brief_must_both_hold(network: Driver, gql: GraphQLClient) -> None:
    """Topics asked with words: an organisation works on the topics and on the words."""
    assert _ids(await _ask(gql, brief="hydrogen storage", topicIds=["t-h2"])) == ["hyd1"]
    assert await _ask(gql, brief="hydrogen trucks", topicIds=["t-h2"]) == []


async def test_a_topic_no_project_is_on_is_asked_in_words(
    network: Driver, gql: GraphQLClient, settings: Settings
) -> None:
    """A cluster's own topic, entered by hand, has no project tagged with it: asked alone it
    would bring nobody. Its name is asked as a brief instead (with a tagged topic, both hold)."""
    network.execute_query(
        "CREATE (:Topic {id: 'c-refuel', kind: 'curated', name: 'Hydrogen refuelling'}), "
        "(:Topic {id: 'c-storage', kind: 'curated', name: 'Hydrogen storage'})",
        database_=settings.database,
    )
    alone = await _ask(gql, topicIds=["c-refuel"])
    assert set(_ids(alone)) == {"r1", "r2"}
    assert alone == await _ask(gql, brief="Hydrogen refuelling")
    assert _ids(await _ask(gql, topicIds=["c-storage", "t-h2"])) == ["hyd1"]


async def test_a_brief_in_french_asks_the_english_of_its_common_words(
    network: Driver, gql: GraphQLClient
) -> None:
    """Project texts are English: 'hydrogène' and 'camions' are asked as 'hydrogen' and
    'trucks' (graph/glossary.csv), and the answer is the English brief's."""
    ids = _ids(await _ask(gql, brief="hydrogène pour camions"))
    assert set(ids) == {"r1", "r2"}  # hyd1's projects are on hydrogen, not on trucks
    assert ids == _ids(await _ask(gql, brief="hydrogen for trucks"))
    assert _ids(await _ask(gql, brief="Wasserstoff für Lastwagen")) == ids


async def test_a_brief_asks_the_english_of_a_glossary_phrase(
    network: Driver, gql: GraphQLClient
) -> None:
    """'pile à combustible' and 'Brennstoffzellen' are asked as 'fuel cell(s)': no word of
    them is in an English title, the phrase is (H3, 'Fuel cell stacks')."""
    english = _ids(await _ask(gql, brief="fuel cell stacks"))
    assert english
    assert _ids(await _ask(gql, brief="piles à combustible")) == _ids(
        await _ask(gql, brief="fuel cells")
    )
    assert set(_ids(await _ask(gql, brief="Brennstoffzelle"))) & set(english)


async def test_highlights_cite_evidence_once_and_no_weights(
    network: Driver, gql: GraphQLClient
) -> None:
    found = await _ask(gql, brief="hydrogen trucks", organizationIds=["r1"])
    assert found and "r1" not in _ids(found)
    for s in found:
        cited = [e["id"] for group in s["highlights"] for e in group["evidence"]]
        assert len(cited) == len(set(cited)), s["highlights"]
        assert len(s["highlights"]) <= 3
        for text in (s["summary"], *(g["label"] for g in s["highlights"])):
            assert "+" not in text and "cosine" not in text and "score" not in text
    r2 = found[_ids(found).index("r2")]
    kinds = {g["kind"] for g in r2["highlights"]}
    assert {"SUBJECT", "NETWORK"} <= kinds  # its projects, and r1, a member it worked with
    assert "has worked with Refuel One" in r2["summary"]
    # a consortium of one organisation is still the consortium, not "you" nor "your members"
    network_label = next(g["label"] for g in r2["highlights"] if g["kind"] == "NETWORK")
    assert network_label.startswith("Has worked with 1 of the consortium's organisations")
    assert not any("your" in s["summary"] for s in found)


SHARE = """
query($input: ConsortiumBriefInput!) {
  suggestConsortium(input: $input, first: 10) {
    organization { id }
    summary
    facts { membersWorkedWith memberProjectsShared memberProjects memberSharedWith { id name } }
  }
}"""


async def test_the_member_a_suggestion_most_often_works_with_is_named(
    network: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    # r2 joins r1 in a second project: 2 of r1's 3 dated projects (R1, R3, OTHER2)
    network.execute_query(
        "MATCH (r1:Organization {id: 'r1'}), (r2:Organization {id: 'r2'}) "
        "CREATE (p:Project {id: 'R3', acronym: 'DEPOT', title: 'Hydrogen truck depots', "
        "startDate: date('2023-06-01'), programme: 'HORIZON'}) "
        "CREATE (r1)-[:PARTICIPATES_IN {role: 'COORDINATOR'}]->(p) "
        "CREATE (r2)-[:PARTICIPATES_IN {role: 'PARTNER'}]->(p)",
        database_=settings.database,
    )
    refresh_derived(network, settings.database)
    body = await gql(SHARE, {"input": {"brief": "hydrogen trucks", "organizationIds": ["r1"]}})
    assert "errors" not in body, body["errors"]
    by_id = {s["organization"]["id"]: s for s in body["data"]["suggestConsortium"]}
    facts = by_id["r2"]["facts"]
    assert (facts["memberProjectsShared"], facts["memberProjects"]) == (2, 3)
    assert facts["memberSharedWith"] == {"id": "r1", "name": "Refuel One"}
    assert "Refuel One (in 2 of that organisation's 3 projects)" in by_id["r2"]["summary"]
    # worked with no member: nobody named
    assert all(
        s["facts"]["memberSharedWith"] is None
        for s in by_id.values()
        if s["facts"]["memberProjectsShared"] == 0
    )


async def test_which_members_of_a_cluster_could_answer(
    network: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    # hyd1 works on hydrogen and is only inferred active in k1's domain: not a member
    network.execute_query(
        "MATCH (o:Organization {id: 'hyd1'}), (k:Cluster {id: 'k1'}) "
        "CREATE (o)-[:MEMBER_OF {source: 'derived'}]->(k)",
        database_=settings.database,
    )
    found = await _ask(gql, brief="hydrogen", clusterId="k1")
    assert set(_ids(found)) == {"hyd2", "r2"}
    found = await _ask(gql, brief="hydrogen", clusterId="k1", includeActiveInDomain=True)
    assert set(_ids(found)) == {"hyd1", "hyd2", "r2"}
    refused = await gql(ASK, {"input": {"brief": "hydrogen", "includeActiveInDomain": True}})
    assert refused["errors"][0]["message"] == (
        "input.includeActiveInDomain: give the clusterId it applies to"
    )
    refused = await gql(ASK, {"input": {"brief": "hydrogen", "clusterId": "nope"}})
    assert refused["errors"][0]["message"] == "input.clusterId: no cluster with id 'nope'"


RECRUIT = """
query($id: ID!) {
  suggestClusterMembers(clusterId: $id, first: 10) {
    organization { id }
    facts { subjectProjects existingPartner }
  }
}"""


async def test_recruiting_counts_work_on_the_clusters_topics_and_narrower_ones(
    network: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    network.execute_query(
        "MATCH (k:Cluster {id: 'k1'}), (t:Topic {id: 't-h2'}) CREATE (k)-[:FOCUSES_ON]->(t)",
        database_=settings.database,
    )
    body = await gql(RECRUIT, {"id": "k1"})
    assert "errors" not in body, body["errors"]
    found = {s["organization"]["id"]: s["facts"] for s in body["data"]["suggestClusterMembers"]}
    # only work on hydrogen counts: the hub and the others work on other subjects; hyd3's
    # one project is on fuel cells, a narrower field
    assert found == {
        "hyd1": {"subjectProjects": 2, "existingPartner": True},  # H1 with member hyd2
        "hyd3": {"subjectProjects": 1, "existingPartner": False},
    }


async def test_recruiting_leaves_out_the_organisations_the_clusters_officers_come_from(
    network: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    """A vice-president's employer is no one to recruit; a former officer's may be."""
    network.execute_query(
        "MATCH (k:Cluster {id: 'k1'}), (t:Topic {id: 't-h2'}), "
        "(now:Organization {id: 'hyd3'}), (before:Organization {id: 'hyd1'}) "
        "CREATE (k)-[:FOCUSES_ON]->(t), "
        "(:Person {id: 'vp'})-[:HOLDS_ROLE {role: 'VICE_PRESIDENT'}]->(k), "
        "(:Person {id: 'ex'})-[:HOLDS_ROLE {role: 'PRESIDENT', until: date('2020-12-31')}]->(k) "
        "WITH now, before MATCH (vp:Person {id: 'vp'}), (ex:Person {id: 'ex'}) "
        "CREATE (vp)-[:AFFILIATED_WITH]->(now), (ex)-[:AFFILIATED_WITH]->(before)",
        database_=settings.database,
    )
    body = await gql(RECRUIT, {"id": "k1"})
    assert "errors" not in body, body["errors"]
    assert [s["organization"]["id"] for s in body["data"]["suggestClusterMembers"]] == ["hyd1"]


async def test_who_and_where_in_a_brief_are_filters_not_words(
    network: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    """'German companies working on hydrogen': of the four organisations with hydrogen work,
    the one company in Germany, and "German", "companies" and "working" are not searched for
    (else every project saying "Germany" would count); a filter given in the input wins over
    the brief's; a brief that only says who is refused with what to add."""
    network.execute_query(
        "MATCH (o:Organization {id: 'hyd1'}) SET o.country = 'DE'", database_=settings.database
    )
    for brief in ("German companies working on hydrogen", "entreprises allemandes, hydrogène"):
        assert _ids(await _ask(gql, brief=brief)) == ["hyd1"]
    # the kind still read from the brief, the country given: the company in Luxembourg
    assert _ids(await _ask(gql, brief="German companies on hydrogen", countries=["LU"])) == ["r1"]
    body = await gql(
        "query($b: String!) { briefFilters(brief: $b) { words kinds sme countries } "
        "briefWords(brief: $b) { word } }",
        {"b": "eine deutsche Firma für Wasserstoff"},
    )
    assert body["data"] == {
        "briefFilters": {
            "words": ["deutsche", "Firma"],
            "kinds": ["COMPANY"],
            "sme": None,
            "countries": ["DE"],
        },
        "briefWords": [{"word": "hydrogen"}],
    }
    # with a call topic the brief is the call's own words ("Presidency event in France"):
    # nothing is read from it
    as_call = await gql(
        "query($b: String!) { briefFilters(brief: $b, withCallTopic: true) { words } "
        "briefWords(brief: $b, withCallTopic: true) { word } }",
        {"b": "Presidency event in France"},
    )
    assert as_call["data"]["briefFilters"] == {"words": []}
    assert "france" in [w["word"] for w in as_call["data"]["briefWords"]]
    refused = await gql(ASK, {"input": {"brief": "Luxembourg SMEs"}})
    assert refused["data"]["suggestConsortium"] is None
    assert refused["errors"][0]["message"] == (
        "input.brief: 'Luxembourg SMEs' says which organisations (Luxembourg, SMEs) but not "
        "what they should work on; add the subject, e.g. 'battery recycling'"
    )


async def test_a_brief_with_filters_rests_on_the_wanted_organisations_projects(
    network: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    """'hydrogen trucks' asked of German organisations: R1 and R2 hold both words, but none
    of their participants is German, so the brief rests on projects with one of the words
    that a German organisation has (hyd1's hydrogen projects), and says which; not on nobody."""
    network.execute_query(
        "MATCH (o:Organization {id: 'hyd1'}) SET o.country = 'DE'", database_=settings.database
    )
    body = await gql(KEY_WORDS, {"input": {"brief": "hydrogen trucks", "countries": ["DE"]}})
    assert "errors" not in body, body["errors"]
    found = body["data"]["suggestConsortium"]
    assert [s["organization"]["id"] for s in found] == ["hyd1"]
    assert found[0]["facts"] == {"keyWords": 2, "keyWordsHeld": 1, "keyWordAlone": "hydrogen"}
    # without the filter, the projects holding both words decide
    body = await gql(KEY_WORDS, {"input": {"brief": "hydrogen trucks"}})
    assert {s["facts"]["keyWordsHeld"] for s in body["data"]["suggestConsortium"]} == {2}
