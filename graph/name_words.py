"""The words of organisation names in the languages CORDIS writes them. Organisations keep
their own names ("UNIVERSITE DU LUXEMBOURG", "POLITECNICO DI MILANO"), so a name asked in
English, or put into English by the glossary ("Universität Luxemburg": university,
luxembourg), also matches the same word as the organisation's language writes it. The table
is ``name_words.csv`` (the English spellings of a word, then the forms names use, folded as
the search index folds them), read once. One way only: a word typed as a name writes it
("Université du Luxembourg") is searched as typed. People also type a name's common
abbreviation ("TU München", "FH Aachen"), which the names spell out: the table
``name_abbreviations.csv`` gives what each stands for.
"""

from __future__ import annotations

import csv
import functools
from pathlib import Path

from graph.glossary import fold

NAME_WORDS_FILE = Path(__file__).with_name("name_words.csv")


@functools.cache
def _forms() -> dict[str, tuple[str, ...]]:
    found: dict[str, tuple[str, ...]] = {}
    with NAME_WORDS_FILE.open(encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            englishes = fold(row.get("english") or "").split()
            forms = tuple(fold(row.get("forms") or "").split())
            if not englishes or not forms:
                raise ValueError(f"{NAME_WORDS_FILE.name} line {line}: needs English and forms")
            for english in englishes:
                # its other English spellings too ("center": centre)
                found[english] = (*(e for e in englishes if e != english), *forms)
    return found


def name_forms(english: str) -> tuple[str, ...]:
    """The forms organisation names use for an English word ("university": universities,
    universite, universidad, ...; "center": centre, ...), folded; none for a word the table
    lacks."""
    return _forms().get(fold(english), ())


NAME_ABBREVIATIONS_FILE = Path(__file__).with_name("name_abbreviations.csv")


@functools.cache
def _abbreviations() -> dict[str, tuple[tuple[str, ...], ...]]:
    found: dict[str, tuple[tuple[str, ...], ...]] = {}
    with NAME_ABBREVIATIONS_FILE.open(encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            short = fold(row.get("abbreviation") or "").strip()
            names = tuple(tuple(fold(n).split()) for n in (row.get("names") or "").split(";"))
            if not short or not all(names):
                raise ValueError(
                    f"{NAME_ABBREVIATIONS_FILE.name} line {line}: needs an abbreviation and names"
                )
            found[short] = names
    return found


def abbreviated(word: str) -> tuple[tuple[str, ...], ...]:
    """The names an abbreviation people type stands for, as organisation names write them,
    each as its folded words ("TU": (technische, universitaet), (technical, university),
    ...); none for a word the table ``name_abbreviations.csv`` lacks."""
    return _abbreviations().get(fold(word), ())
