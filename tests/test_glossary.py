"""The glossary of French and German words (graph/glossary.csv): one English per entry."""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from pathlib import Path

from graph.glossary import (
    GLOSSARY_FILE,
    _key,
    completions,
    english,
    fold,
    phrase_completions,
    segments,
)


def test_no_entry_has_two_englishes_and_none_is_its_own_english() -> None:
    """A word folded alike in French and German ("energie") must mean one thing, and an
    entry whose English is itself ("transport") would only slow searches down."""
    meanings: dict[tuple[str, ...], set[str]] = defaultdict(set)
    with GLOSSARY_FILE.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            meanings[_key(row["word"])].add(row["english"])
            assert fold(row["word"]) != fold(row["english"]), row
    assert {key: found for key, found in meanings.items() if len(found) > 1} == {}


def test_the_longest_phrase_is_taken_and_the_rest_left_as_typed() -> None:
    assert english("Énergie") == "energy"
    assert english("Luxemburg") == "luxembourg"  # a German manager's name of the country
    assert segments(["pompe", "à", "chaleur", "solaire"]) == [
        (["pompe", "à", "chaleur"], "heat pump"),
        (["solaire"], "solar"),
    ]
    assert segments(["quantum", "xyz"]) == [(["quantum"], None), (["xyz"], None)]


def test_a_word_being_typed_is_completed_only_when_it_says_little_else() -> None:
    # "hydrogen technology" adds nothing to "hydrogen", "fuel cells" nothing to "fuel cell"
    assert completions("Wasserst") == ["hydrogen"]
    assert completions("Brennstoff") == ["fuel cell"]
    assert completions("énerg") == ["energy"]
    # too short to tell, or no glossary word starts so
    assert completions("was") == []
    assert completions("castin") == []
    assert completions("pile à") == []


def test_a_phrase_being_typed_is_completed_from_its_first_words() -> None:
    assert phrase_completions(["économie", "circ"]) == (2, ["circular economy"])
    assert phrase_completions(["recyclage", "de", "l'économie", "circ"]) == (
        2,
        ["circular economy"],
    )
    assert phrase_completions(["Wasserstoff", "pile", "à", "comb"]) == (3, ["fuel cell"])
    # a whole phrase is translated, not completed; one word is for completions()
    assert phrase_completions(["pile", "à", "combustible"]) == (0, [])
    assert phrase_completions(["circ"]) == (0, [])
    assert phrase_completions(["quantum", "comp"]) == (0, [])


FIELD_NAMES = Path(__file__).parents[1] / "web" / "src" / "i18n" / "fields.ts"


def test_the_fields_of_science_are_found_by_the_names_the_page_shows() -> None:
    """A manager who reads "Onkologie" on an organisation's page finds it by that name: each
    French and German field name of the page is in the glossary, but for the names that are
    English too, too broad for one field, or "other ..." fields."""
    names = re.findall(r'^  "esv-[\d-]+": "(.*)",$', FIELD_NAMES.read_text("utf-8"), re.M)
    assert len(names) == 2 * (47 + 245)
    left_out = {"fibres", "addictions", "transports", "catalyse", "sylviculture"}
    left_out |= {"droit", "économie", "histoire"}
    missing = [
        name
        for name in names
        if english(name) is None
        and name not in left_out
        and not name.startswith(("autres ", "Andere "))
        and fold(name) not in ENGLISH_ALIKE
    ]
    assert missing == []
    assert english("Onkologie") == "oncology"
    assert english("génie mécanique") == "mechanical engineering"


# Field names written in French or German as in English ("internet", "Software").
ENGLISH_ALIKE = {
    *("agriculture", "apiculture", "arts", "bioremediation", "composites"),
    *("computational science", "governance", "ideologies", "implants", "internet"),
    *("metabolic engineering", "nanocomposites", "nutrition", "religions", "software"),
    *("textiles", "tissue engineering", "transplantation"),
}
