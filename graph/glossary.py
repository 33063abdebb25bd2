"""English for French and German words of the clusters' fields, so that a search typed in a
manager's language finds what CORDIS describes in English (project titles, call topics and
topic names are English; organisations keep their own names). The words are in
``glossary.csv`` (``word,language,english``), read once; add a line to teach it a word."""

from __future__ import annotations

import csv
import functools
import unicodedata
from pathlib import Path

GLOSSARY_FILE = Path(__file__).with_name("glossary.csv")
LANGUAGES = frozenset({"fr", "de"})


def fold(word: str) -> str:
    """Lower case without accents, as the search index compares words ("Énergie": energie)."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@functools.cache
def _english() -> dict[str, str]:
    found: dict[str, str] = {}
    with GLOSSARY_FILE.open(encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            word, language, english = (
                row.get(k, "").strip() for k in ("word", "language", "english")
            )
            if not word or not english or language not in LANGUAGES:
                raise ValueError(
                    f"{GLOSSARY_FILE.name} line {line}: needs a word, a language "
                    f"({', '.join(sorted(LANGUAGES))}) and its English"
                )
            found[fold(word)] = english
    return found


def english(word: str) -> str | None:
    """The English of a French or German ``word``, or None when the glossary lacks it."""
    return _english().get(fold(word))
