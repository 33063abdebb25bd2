"""What a brief in words asks the project-text index (recommender.text.brief_query)."""

from __future__ import annotations

import re
from dataclasses import replace

from recommender.text import (
    PHRASE_CLASHES_FILE,
    STEM_CLASHES_FILE,
    STRICT_ENOUGH,
    THIN_SUBJECT,
    WORD_PROJECTS_MOST,
    Level,
    Searched,
    brief_levels,
    brief_query,
    choose_fallback,
    choose_level,
    fallback_counts,
    key_units,
    key_words,
    one_thin_project,
    splittable,
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
    # a glossary name is one key word: all its words, the pair also as a boosted phrase
    assert queries("heat pumps") == ['+((+(+heat +pumps))) "heat pumps"^3']
    levels = queries("hydrogen storage for trucks")
    assert levels == [
        '+((+hydrogen +storage +trucks)) "hydrogen storage"^3',
        '+((+hydrogen +storage) (+hydrogen +trucks) (+storage +trucks)) "hydrogen storage"^3',
        # asked only when no project meets the others (or one project alone): each key
        # word alone in the brief's order, then any of them
        '+((+hydrogen)) "hydrogen storage"^3',
        '+((+storage)) "hydrogen storage"^3',
        '+((+trucks)) "hydrogen storage"^3',
        '+((+hydrogen) (+storage) (+trucks)) "hydrogen storage"^3',
    ]
    assert queries("batteries") == ["+((+battery))"]
    assert brief_levels("de la") == []


def test_a_long_brief_requires_its_first_key_words_and_scores_the_rest() -> None:
    text = "alpha beta gamma delta epsilon zeta eta theta"
    levels = queries(text)
    # six words required, then five, four, three; to fall back two, each of the six alone, one
    assert len(levels) == 12
    assert levels[3].startswith("+((+alpha +beta +gamma) (+alpha +beta +delta)")
    assert " eta theta " in levels[0]  # optional words still raise the score


def test_a_thin_concept_is_asked_by_any_of_its_names() -> None:
    """ "autonomous driving" is also "automated vehicles" or "CCAM" (recommender/synonyms.txt):
    every key word as typed when enough projects hold them, else every key word by meaning
    (a superset); the lower levels count the words as typed."""
    typed, every = brief_levels("cancer immunotherapy")
    # a concept is one key word, its words as typed anywhere in the text
    assert replace(typed, words=()) == Level(
        '+((+(+cancer +immunotherapy))) "cancer immunotherapy"^3', 1, 1, THIN_SUBJECT
    )
    # the key words it counts, as searched, with their clauses (which suggestions hold which)
    assert [word.word for word in typed.words] == ["cancer immunotherapy"]
    assert typed.words[0].query.startswith("((+cancer +immunotherapy) ")
    assert typed.words[0].forms is None  # a concept is asked by its other names too
    assert every.query.startswith('+((+((+cancer +immunotherapy) "immuno oncology" ')
    assert (every.held, every.enough) == (1, STRICT_ENOUGH)
    levels = brief_levels("satellite earth observation")
    # a level counts when STRICT_ENOUGH projects meet it (else the one most projects meet);
    # of two key words, both
    assert [(level.held, level.enough, level.fallback) for level in levels] == [
        (2, THIN_SUBJECT, False),
        (2, STRICT_ENOUGH, False),
        (1, STRICT_ENOUGH, True),
        (1, STRICT_ENOUGH, True),
        (1, STRICT_ENOUGH, True),
    ]
    assert levels[1].query.startswith(
        '+((+satellite +((+earth +observation) "remote sensing" copernicus))) '
    )
    # British or American spelling, either
    assert "+((+hydrogen +(refuelling refueling)))" in queries("hydrogen refuelling")[1]
    # a brief that names no concept is asked as before
    words = (Searched("lithium", "lithium"), Searched("mining", "mining"))
    assert brief_levels("lithium mining") == [
        Level('+((+lithium +mining)) "lithium mining"^3', 2, 2, STRICT_ENOUGH, words=words),
        Level(
            '+((+lithium)) "lithium mining"^3', 1, 2, STRICT_ENOUGH, True, "lithium", words=words
        ),
        Level('+((+mining)) "lithium mining"^3', 1, 2, STRICT_ENOUGH, True, "mining", words=words),
        Level('+((+lithium) (+mining)) "lithium mining"^3', 1, 2, STRICT_ENOUGH, True, words=words),
    ]


def test_a_level_is_chosen_by_the_projects_that_meet_it() -> None:
    """The strictest level its STRICT_ENOUGH projects meet, else the one most projects meet
    (the strictest of equals), else none; a level one project meets with only half of the
    key words is flagged, so that fewer key words held by more projects are asked."""
    levels = [
        level for level in brief_levels("hydrogen storage in salt caverns") if not level.fallback
    ]
    assert [level.held for level in levels] == [4, 3, 2]
    assert choose_level(levels, [0, 1, STRICT_ENOUGH]) == 2
    assert choose_level(levels, [0, 2, 2]) == 1
    assert choose_level(levels, [0, 0, 0]) is None
    assert one_thin_project(levels, [0, 0, 1], 2)
    assert not one_thin_project(levels, [0, 0, 2], 2)
    assert not one_thin_project(levels, [0, 1, 1], 1)  # one project holds three of the four
    assert not one_thin_project(levels, [1, 1, 1], 0)  # one project holds all of them
    # a concept's level as typed needs THIN_SUBJECT projects, the one by meaning three
    typed, every = (level for level in brief_levels("cancer immunotherapy") if not level.fallback)
    assert choose_level([typed, every], [THIN_SUBJECT, 40]) == 0
    assert choose_level([typed, every], [5, 40]) == 1
    assert choose_level([typed, every], [2, 2]) == 0


def test_a_fallback_rests_on_the_most_specific_key_word_enough_projects_hold() -> None:
    """Of the key words asked alone, the one the fewest projects hold, among those that
    STRICT_ENOUGH do ("novel biosensors": biosensors); none does: any of them."""
    loose = [level for level in brief_levels("novel biosensors") if level.fallback]
    assert [level.alone for level in loose] == ["novel", "biosensors", None]
    assert fallback_counts(loose) == [WORD_PROJECTS_MOST, WORD_PROJECTS_MOST, STRICT_ENOUGH]
    assert choose_fallback(loose, [400, 12, STRICT_ENOUGH]) == 1
    assert choose_fallback(loose, [12, 12, STRICT_ENOUGH]) == 0  # equals: the brief's order
    assert choose_fallback(loose, [400, 2, STRICT_ENOUGH]) == 0
    assert choose_fallback(loose, [1, 1, 2]) == 2  # too few: the level most projects meet
    assert choose_fallback(loose, [0, 0, 0]) is None


def test_a_name_of_several_words_counts_once_and_as_a_phrase() -> None:
    """ "Brennstoffzellen" is "fuel cells", "schwere Lkw" "heavy duty trucks": each one key
    word, held only with all its words, so that three of five key words are three things the
    brief names, not three of its words; below half of them, the levels are fallbacks."""
    brief = "Brennstoffzellen-Antrieb mit Wasserstoff für schwere Lkw im Fernverkehr"
    units = key_units(brief)
    assert [u.word for u in units] == [
        "fuel cells",
        "powertrain",
        "hydrogen",
        "heavy duty trucks",
        "long haul",
    ]
    assert units[0].query == "(+fuel +cells)"
    levels = brief_levels(brief)
    assert {level.of for level in levels} == {5}
    # "heavy duty trucks" names a concept: all five as typed on a large network, else by
    # meaning ("heavy duty vehicles", "lorries"), then fewer as typed
    assert [(level.held, level.enough, level.fallback) for level in levels] == [
        (5, THIN_SUBJECT, False),
        (5, STRICT_ENOUGH, False),
        (4, STRICT_ENOUGH, False),
        (3, STRICT_ENOUGH, False),
        (2, STRICT_ENOUGH, True),
        *[(1, STRICT_ENOUGH, True)] * 6,  # each of the five alone, then any of them
    ]
    assert levels[0].query.startswith(
        "+((+(+fuel +cells) +powertrain +hydrogen +(+heavy +duty +trucks) +(+long +haul))) "
    )
    assert '+((+heavy +duty +trucks) "heavy duty vehicles" "heavy goods vehicles" lorries' in (
        levels[1].query
    )
    # a fuel cell car is also an FCEV
    assert "fcev" in key_units("fuel cell electric vehicles")[0].also
    # a word of a glossary name in its other spellings too
    assert key_units("Wasserstoff-Tankstellen")[0].query == (
        "(+hydrogen +(refuelling refueling) +stations)"
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


def test_the_words_of_a_request_are_not_its_subject() -> None:
    """ "We are looking for partners for a project on battery recycling" is about battery
    recycling: most project texts hold "we", "partners" or "project", which would let a
    project on anything meet half of the brief. Who asks and what for is left out in a
    brief written as a request only (a request verb, or "partners for ..."): in a title the
    same words may be the subject; "project" is never one."""
    battery = ["battery", "recycling"]
    assert key_words("We are looking for partners for a project on battery recycling") == battery
    assert key_words("we need organisations for a project about battery recycling") == battery
    assert key_words("Partners for a project on battery recycling") == battery
    assert key_words("Lighthouse project for smart cities") == ["lighthouse", "smart", "cities"]
    # not a request: the words stay
    assert key_words("Intimate Partner Violence") == ["intimate", "partner", "violence"]
    assert key_words("human-robot collaboration") == ["human", "robot", "collaboration"]
    assert key_words("public-private partnership for joining technologies") == [
        "public",
        "private",
        "partnership",
        "joining",
        "technologies",
    ]


def test_a_name_no_project_holds_is_asked_word_by_word() -> None:
    """ "Wasserstoff-Tankstellen für Lkw" names two things; when no project holds "hydrogen
    refuelling stations", its three words are asked one by one: four key words, of which
    the levels ask half or more, and alone each word in its other spellings."""
    brief = "Wasserstoff-Tankstellen für Lkw"
    assert [u.word for u in splittable(key_units(brief))] == ["hydrogen refuelling stations"]
    # a concept has other names to find it by: never split
    assert splittable(key_units("Batterierecycling für Elektrofahrzeuge")) == []
    split = key_units(brief, ["hydrogen refuelling stations"])
    assert [u.word for u in split] == ["hydrogen", "refuelling", "stations", "trucks"]
    levels = brief_levels(brief, ["hydrogen refuelling stations"])
    strict = [level for level in levels if not level.fallback]
    # "refuelling" has another spelling: all four as typed, then by meaning, then three, two
    assert [(level.held, level.of) for level in strict] == [(4, 4), (4, 4), (3, 4), (2, 4)]
    assert levels[0].query.startswith("+((+hydrogen +refuelling +stations +trucks)) ")
    assert levels[1].query.startswith("+((+hydrogen +(refuelling refueling) +stations +trucks)) ")
    # a word of the name is not asked alone: "trucks" is, the only key word left alone
    assert [(level.held, level.alone) for level in levels if level.fallback] == [(1, "trucks")]
    assert [u.part_of for u in split] == [*["hydrogen refuelling stations"] * 3, None]
    # the two words of a name no project holds: together, never one alone
    fusion = brief_levels("fusion nucléaire", ["nuclear fusion"])
    assert [(level.held, level.fallback) for level in fusion] == [(2, False)]
    assert {level.of for level in brief_levels(brief)} == {2}


def test_a_word_the_stemmer_shares_is_asked_in_the_meaning_typed() -> None:
    """ "objects" and "objectives" have one stem in the index (stem_clashes.txt): a level
    with "object" asks that a project hold "object" or "objects", or meet the level without
    it; a word of one meaning only asks nothing more."""
    strict = [level for level in brief_levels("object tracking drones") if not level.fallback]
    assert [level.held for level in strict] == [3, 2]
    assert strict[0].meant is not None and strict[0].meant.apart is None
    assert strict[1].meant is not None
    assert strict[1].meant.apart == "+((+tracking +drones))"
    forms = re.compile(strict[1].meant.forms)
    assert forms.fullmatch("Tracking OBJECTS with drones.\nAnd more")
    assert forms.fullmatch("An object, tracked")
    assert not forms.fullmatch("The objectives of drone tracking")
    # each key word as searched carries its own meaning: which suggestions hold which
    object_, tracking, _ = strict[0].words
    assert object_.forms is not None and re.fullmatch(object_.forms, "Tracking OBJECTS")
    assert not re.fullmatch(object_.forms, "The objectives of drone tracking")
    assert tracking.forms is None
    assert all(level.meant is None for level in brief_levels("lithium mining"))
    # two such words that a level asks together: a project holds each in the meaning asked
    [both, *_] = brief_levels("organic electronics")
    assert both.meant is not None
    assert re.fullmatch(both.meant.forms, "Printed organic electronics")
    assert not re.fullmatch(both.meant.forms, "Organisation of electron microscopy")
    assert not re.fullmatch(both.meant.forms, "Organic farming with electron beams")


def test_each_word_of_the_stem_clashes_has_one_meaning() -> None:
    lines = [
        line
        for line in STEM_CLASHES_FILE.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    meanings = [part.split() for line in lines for part in line.split("|")]
    assert all(len(line.split("|")) >= 2 for line in lines)
    every = [word for meaning in meanings for word in meaning]
    assert len(every) == len(set(every)) and all(word.isalpha() for word in every)


def test_a_word_that_means_another_subject_in_a_name_counts_outside_it() -> None:
    """ "hydrogen peroxide" is a chemical and "solar wind" space weather
    (phrase_clashes.txt): "hydrogen" counts in a text that holds it outside those names, and
    "wind" likewise; a brief that holds the name's other word asks the name too."""
    [level] = brief_levels("hydrogen")
    assert level.meant is not None and level.meant.apart is None
    hydrogen = re.compile(level.meant.forms)
    assert not hydrogen.fullmatch("Onsite generation of HYdrogen PERoxide")
    assert not hydrogen.fullmatch("Intermolecular hydrogen-bonding\nin polymers")
    assert hydrogen.fullmatch("Hydrogen peroxide as a by-product of green hydrogen")
    assert hydrogen.fullmatch("Hydrogen storage")
    # the first level of "wind turbines blades": wind in another name is "apart" from it
    wind = next(w for w in brief_levels("wind blades")[0].words if w.word == "wind")
    assert wind.forms is not None
    assert not re.fullmatch(wind.forms, "The slow solar wind meets a wind tunnel")
    assert re.fullmatch(wind.forms, "Solar and wind power")
    assert re.fullmatch(wind.forms, "solar-wind interaction, and wind farms")
    peroxide = brief_levels("hydrogen peroxide production")[0].words[0]
    assert peroxide.forms is not None and re.fullmatch(peroxide.forms, "hydrogen peroxide")
    solar = brief_levels("solar wind forecasting")[0].words[1]
    assert solar.word == "wind" and solar.forms is not None
    assert re.fullmatch(solar.forms, "the solar wind")
    assert not re.fullmatch(solar.forms, "wind tunnels")


def test_each_line_of_the_phrase_clashes_is_a_word_a_side_and_words() -> None:
    lines = [
        line.split()
        for line in PHRASE_CLASHES_FILE.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert lines and all(len(line) >= 3 and line[1] in "+-" for line in lines)
    assert all(word.isalpha() for line in lines for word in [line[0], *line[2:]])
