"""What a brief in words asks the project-text index (recommender.text.brief_query)."""

from __future__ import annotations

from recommender.text import (
    STRICT_ENOUGH,
    THIN_SUBJECT,
    Level,
    brief_levels,
    brief_query,
    key_units,
    strict_key_words,
)


def test_a_french_or_german_brief_asks_the_english_brief() -> None:
    english = brief_query("hydrogen for trucks")
    assert english == "hydrogen trucks"
    assert brief_query("hydrogène pour camions") == english
    assert brief_query("Wasserstoff für Lastwagen") == english


def test_a_phrase_of_the_glossary_is_asked_whole_even_after_an_elided_article() -> None:
    assert brief_query("l'économie circulaire") == 'circular economy "circular economy"^3'
    assert brief_query("production d'hydrogène vert") == (
        'production green hydrogen "production green"^3 "green hydrogen"^3'
    )


def queries(text: str) -> list[str]:
    return [level.query for level in brief_levels(text)]


def test_words_that_are_english_too_stay_in_an_english_brief() -> None:
    assert brief_query("die casting") == 'die casting "die casting"^3'
    assert brief_query("MIT") == "mit"
    assert brief_query("Gussteile für die Industrie") == "gussteile industry"
    assert brief_query("de la") is None


def test_a_strict_brief_asks_from_all_its_key_words_down_to_half_of_them() -> None:
    # a glossary name is asked as a phrase, its words at most one word apart
    assert queries("heat pumps") == ['+((+"heat pumps"~1)) "heat pumps"^3']
    levels = queries("hydrogen storage for trucks")
    assert levels == [
        '+((+hydrogen +storage +trucks)) "hydrogen storage"^3',
        '+((+hydrogen +storage) (+hydrogen +trucks) (+storage +trucks)) "hydrogen storage"^3',
    ]
    assert queries("batteries") == ["+((+battery))"]
    assert brief_levels("de la") == []


def test_a_long_brief_requires_its_first_key_words_and_scores_the_rest() -> None:
    text = "alpha beta gamma delta epsilon zeta eta theta"
    levels = queries(text)
    assert len(levels) == 4  # six words required, then five, four, three
    assert levels[-1].startswith("+((+alpha +beta +gamma) (+alpha +beta +delta)")
    assert " eta theta " in levels[0]  # optional words still raise the score


def test_a_thin_concept_is_asked_by_any_of_its_names() -> None:
    """ "autonomous driving" is also "automated vehicles" or "CCAM" (recommender/synonyms.txt):
    every key word as typed when enough projects hold them, else every key word by meaning
    (a superset); the lower levels count the words as typed."""
    typed, every = brief_levels("cancer immunotherapy")
    # a concept is one key word, its words as typed anywhere in the text
    assert typed == Level(
        '+((+(+cancer +immunotherapy))) "cancer immunotherapy"^3', 1, THIN_SUBJECT
    )
    assert every.query.startswith('+((+((+cancer +immunotherapy) "immuno oncology" ')
    assert (every.held, every.enough) == (1, STRICT_ENOUGH)
    levels = brief_levels("satellite earth observation")
    # a level counts when STRICT_ENOUGH projects meet it (else the one most projects meet);
    # of two key words, both
    assert [(level.held, level.enough) for level in levels] == [
        (2, THIN_SUBJECT),
        (2, STRICT_ENOUGH),
    ]
    assert levels[1].query.startswith(
        '+((+satellite +((+earth +observation) "remote sensing" copernicus))) '
    )
    # British or American spelling, either
    assert "+((+hydrogen +(refuelling refueling)))" in queries("hydrogen refuelling")[1]
    # a brief that names no concept is asked as before
    assert brief_levels("hydrogen storage") == [
        Level('+((+hydrogen +storage)) "hydrogen storage"^3', 2, STRICT_ENOUGH)
    ]


def test_a_name_of_several_words_counts_once_and_as_a_phrase() -> None:
    """ "Brennstoffzellen" is "fuel cells", "schwere Lkw" "heavy duty trucks": each one key
    word, asked as a phrase (a text with "fossil fuel" and "open cell" does not hold it), so
    that three of five key words are three things the brief names, not three of its words."""
    brief = "Brennstoffzellen-Antrieb mit Wasserstoff für schwere Lkw im Fernverkehr"
    units = key_units(brief)
    assert [u.word for u in units] == [
        "fuel cells",
        "powertrain",
        "hydrogen",
        "heavy duty trucks",
        "long haul",
    ]
    assert units[0].query == '"fuel cells"~1'
    assert strict_key_words(brief) == 5
    levels = brief_levels(brief)
    assert [level.held for level in levels] == [5, 4, 3]
    assert levels[0].query.startswith(
        '+((+"fuel cells"~1 +powertrain +hydrogen +"heavy duty trucks"~1 +"long haul"~1)) '
    )
    # typed in English, the same names
    assert [u.word for u in key_units("hydrogen fuel cell heavy-duty trucks")] == [
        "hydrogen",
        "fuel cell",
        "heavy duty trucks",
    ]


def test_a_briefs_key_units_name_a_concept_once_with_its_other_names() -> None:
    units = key_units("Batterierecycling für Elektrofahrzeuge in Städten")
    assert [(u.word, u.words) for u in units] == [
        ("battery recycling", ("battery", "recycling")),
        ("electric vehicles", ("electric", "vehicles")),
        ("cities", ("cities",)),
    ]
    assert "electromobility" in units[1].also and units[2].also == ()
    assert units[2].query == "cities"
    assert units[0].query.startswith('((+battery +recycling) "recycling of batteries" ')
