"""What a brief in words asks the project-text index (recommender.text.brief_query)."""

from __future__ import annotations

from recommender.text import brief_levels, brief_query


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


def test_a_strict_brief_asks_from_all_its_key_words_down_to_half_of_them() -> None:
    assert brief_levels("cancer immunotherapy") == [
        '+((+cancer +immunotherapy)) "cancer immunotherapy"^3'
    ]
    levels = brief_levels("hydrogen storage for trucks")
    assert levels == [
        '+((+hydrogen +storage +trucks)) "hydrogen storage"^3',
        '+((+hydrogen +storage) (+hydrogen +trucks) (+storage +trucks)) "hydrogen storage"^3',
    ]
    assert brief_levels("batteries") == ["+((+battery))"]
    assert brief_levels("de la") == []


def test_a_long_brief_requires_its_first_key_words_and_scores_the_rest() -> None:
    text = "alpha beta gamma delta epsilon zeta eta theta"
    levels = brief_levels(text)
    assert len(levels) == 4  # six words required, then five, four, three
    assert levels[-1].startswith("+((+alpha +beta +gamma) (+alpha +beta +delta)")
    assert " eta theta " in levels[0]  # optional words still raise the score
