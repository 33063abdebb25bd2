"""The glossary of French and German words (graph/glossary.csv, graph/glossary_fields.csv):
one English per entry."""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from pathlib import Path

import pytest

from graph.glossary import (
    FIELDS_FILE,
    GLOSSARY_FILE,
    _key,
    completions,
    compound,
    english,
    entries,
    phrase_completions,
    segments,
)
from recommender.text import key_words


def test_no_entry_has_two_englishes_and_none_is_its_own_english() -> None:
    """A word folded alike in French and German ("energie") must mean one thing, and an
    entry whose English is itself ("transport") would only slow searches down."""
    meanings: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for path in (GLOSSARY_FILE, FIELDS_FILE):
        for key, found in entries(path):
            meanings[key].add(found)
            assert key != _key(found), (path.name, key)
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
    assert completions("énerg") == ["energy", "power engineering"]  # and "Energietechnik"
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


def _page_names() -> dict[str, set[str]]:
    """The field names of the web page, by language."""
    text = FIELD_NAMES.read_text("utf-8")
    french, german = text.split("export const DE_FIELDS")
    pattern = re.compile(r'^  "esv-[\d-]+": "(.*)",$', re.M)
    return {"fr": set(pattern.findall(french)), "de": set(pattern.findall(german))}


def test_the_fields_of_science_are_found_by_the_names_the_page_shows() -> None:
    """A manager who reads "Onkologie" on an organisation's page finds it by that name: the
    field glossary holds the page's names (none of its own), and none that the clusters'
    glossary has already."""
    page = _page_names()
    assert {language: len(names) for language, names in page.items()} == {"fr": 974, "de": 974}
    with FIELDS_FILE.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["word"] for row in rows if row["word"] not in page[row["language"]]] == []
    assert len(rows) > 1500
    clusters = {key for key, _ in entries(GLOSSARY_FILE)}
    assert [key for key, _ in entries(FIELDS_FILE) if key in clusters] == []
    assert english("Onkologie") == "oncology"
    assert english("génie mécanique") == "mechanical engineering"
    assert english("apprentissage automatique") == "machine learning"
    assert english("Kraft-Wärme-Kopplung") == "combined heat and power"
    # English words too, or too broad for one field, are left to the page
    for word in ("fibres", "catalyse", "Genome", "Supercomputer", "Wi-Fi", "droit", "économie"):
        assert english(word) is None, word


@pytest.mark.parametrize(
    ("brief", "asked"),
    [
        (
            "Satelliten-Erdbeobachtung für die Landwirtschaft",
            "satellites earth observation agriculture",
        ),
        ("Wasserstoff-Tankstellen für Lastwagen", "hydrogen refuelling stations trucks"),
        ("Kleinsatelliten und Weltraumressourcen", "small satellites space resources"),
        ("medizinische Bildgebung mit maschinellem Lernen", "medical imaging machine learning"),
        ("Mobilität als Dienstleistung", "mobility service"),
        ("stations de ravitaillement en hydrogène", "refuelling stations hydrogen"),
        ("cybersécurité des véhicules connectés", "cybersecurity vehicles connected"),
        ("logistique urbaine du dernier kilomètre", "logistics urban last mile"),
        ("traitement des eaux usées", "wastewater treatment"),
        ("Erdbeobachtung per Satellit", "earth observation satellite"),
        # a compound or an inflected form the glossary lacks as typed
        ("Recycling von Kunststoffabfällen aus Verpackungen", "recycling plastic waste packaging"),
        ("Fernüberwachung von Patienten zu Hause", "remote monitoring patients home"),
        ("Qualität der Innenraumluft in Schulen", "quality indoor air schools"),
        (
            "dispositifs médicaux connectés pour le suivi des patients à domicile",
            "medical devices connected monitoring patients home",
        ),
        # "KI" is AI; "gestützte" (-based) names no subject
        (
            "KI-gestützte Cybersicherheit für kritische Infrastrukturen",
            "artificial intelligence cybersecurity critical infrastructures",
        ),
        ("Datenräume für die Fertigung", "data spaces manufacturing"),
        # the automotive cluster's subjects, and the other clusters' (2026-12-07)
        ("recharge rapide des véhicules électriques", "fast charging electric vehicles"),
        ("Schnellladen von Elektrofahrzeugen", "fast charging electric vehicles"),
        (
            "Leichtbau von Fahrzeugteilen aus Verbundwerkstoffen",
            "lightweight vehicle parts composites",
        ),
        ("Sensoren zur Überwachung des Straßenzustands", "sensors monitoring roads condition"),
        ("sécurité des logiciels embarqués", "safety embedded software"),
        ("vorausschauende Wartung in der Industrie", "predictive maintenance industry"),
        ("Oberflächenbehandlung von Metallen", "surface treatment metals"),
        ("Holzbau mit geringem CO2-Ausstoß", "timber construction low co2 emissions"),
        ("débris spatiaux", "space debris"),
        ("energieeffiziente Rechenzentren", "energy efficient data centres"),
        ("essais cliniques décentralisés", "clinical trials decentralised"),
        ("diagnostic du cancer par biomarqueurs", "diagnostics cancer biomarkers"),
        # compounds of three words, or with a part English writes alike; "contre", "gegen"
        ("Schienengüterverkehr", "rail freight transport"),
        ("Wasserstoffverbrennungsmotor für Lkw", "hydrogen combustion engine trucks"),
        ("Batteriemanagementsystem", "battery management system"),
        ("Radarfernerkundung der Erde", "radar remote sensing earth"),
        ("Wirkstoffentwicklung gegen Alzheimer", "drug development alzheimer"),
        ("récupération de chaleur fatale", "waste heat recovery"),
        ("Blockchain für die Rückverfolgbarkeit", "blockchain traceability"),
        # a sentence: who asks and what for are not the subject
        (
            "nous cherchons des partenaires pour un projet sur le recyclage des batteries",
            "battery recycling",
        ),
        ("Wir suchen Partner für ein Projekt zum Batterierecycling", "battery recycling"),
        (
            "Forschungsprojekt zu digitalen Zwillingen von Fabriken",
            "research digital twins factories",
        ),
        ("Elektrolyse mit erneuerbarem Strom", "electrolysis renewable electricity"),
        # the other clusters' fields, a fifth batch
        ("informatique en périphérie pour les véhicules", "edge computing vehicles"),
        ("espaces de données industriels", "data spaces industrial"),
        ("Chipdesign", "chip design"),
        ("santé mentale des jeunes", "mental health young people"),
        ("Wiederverwendung von gereinigtem Abwasser", "reuse treated wastewater"),
        # the automotive cluster's trades
        ("freinage régénératif", "regenerative braking"),
        ("Reifendrucksensoren", "tyre pressure sensors"),
        ("industrielle Bildverarbeitung zur Qualitätskontrolle", "machine vision quality control"),
        ("Elektromotoren ohne seltene Erden", "electric motors rare earths"),
        ("matériaux recyclés pour l'intérieur automobile", "materials recycles vehicle interior"),
        # as a review typed them
        ("voiture autonome", "autonomous vehicle"),
        ("autonomes Fahren in der Stadt", "autonomous driving city"),
        # "car" would find CAR-T cell therapies (and, searched as typed, care and careers)
        ("capteurs pour voitures", "sensors automotive"),
        # aviation: "moteurs d'avion" asked "engines" alone, which the English stemmer
        # shares with "engineering"
        ("moteurs d'avion", "engines aircraft"),
        ("Flugzeugtriebwerke", "aircraft engines"),
        ("Drohnen für die Landwirtschaft", "drones agriculture"),
        # subjects whose English words the stemmer shares with other meanings
        # (recommender/stem_clashes.txt), as French and German briefs name them
        ("réponse aux urgences", "emergency response"),
        ("positionnement par satellite", "positioning satellite"),
        ("patrimoine culturel", "cultural heritage"),
        ("Wasserstoffzüge", "hydrogen trains"),
        ("Datenintegrität", "data integrity"),
        ("körperliche Aktivität", "physical activity"),
    ],
)
def test_a_managers_brief_is_asked_in_english(brief: str, asked: str) -> None:
    """Briefs as the clusters' managers write them: every key word reaches the index in the
    English of the project texts (a word left in French or German finds nothing)."""
    assert key_words(brief) == asked.split()


def test_a_word_the_glossary_lacks_is_found_by_its_stem_or_as_a_compound() -> None:
    assert compound("abfallen") == "waste"  # Abfällen: Abfälle
    assert compound("krankenhauser") == "hospital"  # Krankenhäuser: Krankenhaus
    assert compound("kunststoffabfallen") == "plastic waste"
    assert compound("wasserstofftankstellen") == "hydrogen refuelling stations"
    assert compound("gesundheitsdaten") == "health data"  # Gesundheit|s|daten
    # parts shorter than four letters, or unknown ones, make no compound
    assert compound("domicil") is None
    assert compound("landstrassen") is None
    # at most three parts and 60 letters: a made-up string of glossary words is no compound
    assert compound("schienenguterverkehr") == "rail freight transport"
    assert compound("wasser" * 4) is None
    assert compound("wasser" * 10 + "stoff") is None


def test_compounds_are_read_in_french_or_german_texts_only() -> None:
    """A word the glossary lacks is read by its stem only in a text that is French or German
    by a sign (a function word, a word of the glossary, a compound of two of its words): an
    English brief keeps its own words."""
    assert segments(["kunststoffabfallen", "aus", "verpackungen"])[0][1] == "plastic waste"
    # a compound is a sign by itself; "mit" is then German
    assert key_words("Krebsdiagnose mit Biomarkern") == ["cancer", "diagnosis", "biomarkers"]
    # a stem alone is not: many English words end like a German or French one
    assert segments(["climates", "die", "casting"]) == [
        (["climates"], None),
        (["die"], None),
        (["casting"], None),
    ]


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        # "IA" is not taken for French AI, nor "est", "suis", "oder" for function words in an
        # English text (a first version asked "Type Ia supernovae" as artificial intelligence)
        ("Understanding Type Ia SuperNovae for Accurate Cosmology", "ia"),
        ("Getting Ready for EST", "est"),
        ("Program for Innovative Global Prevention of Streptococcus suis", "suis"),
        ("Flood risk on the Oder river", "oder"),
    ],
)
def test_english_titles_keep_words_that_are_french_or_german_too(title: str, kept: str) -> None:
    assert kept in key_words(title)


def test_french_copulas_are_function_words_in_a_french_text() -> None:
    assert key_words("les partenaires sont des PME") == ["partners", "smes"]


def test_the_demo_clusters_themes_are_asked_in_english_under_their_page_names() -> None:
    """The page names the clusters' own themes in French and German (web/src/i18n/topics.ts);
    its "find projects that mention it" link searches that name, which must ask the English
    of the data's name (a first version found nothing in French)."""
    root = Path(__file__).resolve().parent.parent
    with (root / "importers" / "demo_data" / "topics.csv").open(encoding="utf-8") as file:
        names = {row["id"]: row["name"] for row in csv.DictReader(file)}
    page = (root / "web" / "src" / "i18n" / "topics.ts").read_text(encoding="utf-8")
    shown = re.findall(r'"(lci-topic-[a-z-]+)": "([^"]+)"', page)
    assert len(shown) == 2 * len([i for i in names if i.startswith("lci-topic-")])

    def singular(words: list[str]) -> set[str]:
        return {
            re.sub(r"ies$", "y", w) if w.endswith("ies") else w.removesuffix("s") for w in words
        }

    for topic_id, name in shown:
        assert singular(key_words(name)) == singular(key_words(names[topic_id])), name
