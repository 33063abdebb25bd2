"""What a brief in words asks the project-text index (recommender.text.brief_query)."""

from __future__ import annotations

from recommender.text import brief_query


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


def test_words_that_are_english_too_stay_in_an_english_brief() -> None:
    assert brief_query("die casting") == 'die casting "die casting"^3'
    assert brief_query("MIT") == "mit"
    assert brief_query("Gussteile für die Industrie") == "gussteile industry"
    assert brief_query("de la") is None
