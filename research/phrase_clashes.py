"""Names in which a key word means another subject ("hydrogen peroxide", "solar wind").

Run: ``.venv/bin/python -m research.phrase_clashes WORD... [--least 10]``.

Reads the project texts of both programmes (Horizon Europe: title, keywords, abstract;
Horizon 2020: title and call topic) and prints, for each WORD, the words that come right
before it and right after it in the projects where it stands only beside that one word (a
project whose only "hydrogen" is "hydrogen peroxide"), seen in ``--least`` projects or more:
the candidates for ``recommender/phrase_clashes.txt``, where the names of another subject are
kept by hand ("hydrogen peroxide" yes, "hydrogen production" no).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import re
from collections import Counter
from collections.abc import Iterator

from research.data import H2020, HE

SOURCES = (
    (HE / "projects.csv.gz", ("title", "keywords", "objective")),
    (H2020 / "projects.csv.gz", ("title", "topic_description")),
)


def texts() -> Iterator[str]:
    """Every project's text, lower-case."""
    csv.field_size_limit(1 << 30)
    for path, columns in SOURCES:
        with gzip.open(path, "rt", encoding="utf-8") as file:
            for row in csv.DictReader(file):
                yield " ".join(row.get(c) or "" for c in columns).lower()


def alone_beside(word: str, every: list[str]) -> tuple[Counter[str], Counter[str]]:
    """How many projects hold ``word`` (or its plural) only right after each word, and only
    right before each word."""
    found = re.compile(rf"\b{word}s?\b")
    before = re.compile(rf"(\w+)[\s-]+{word}s?\b")
    after = re.compile(rf"\b{word}s?[\s-]+(\w+)")
    befores: Counter[str] = Counter()
    afters: Counter[str] = Counter()
    for text in every:
        held = len(found.findall(text))
        if not held:
            continue
        for pattern, counted in ((before, befores), (after, afters)):
            beside = pattern.findall(text)
            if len(beside) == held and len(set(beside)) == 1:
                counted[beside[0]] += 1
    return befores, afters


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("words", nargs="+", help="key words to look at, e.g. hydrogen wind")
    parser.add_argument("--least", type=int, default=10, help="in this many projects or more")
    args = parser.parse_args()
    every = list(texts())
    for word in args.words:
        befores, afters = alone_beside(word.lower(), every)
        for side, counted in (("-", befores), ("+", afters)):
            common = [f"{w} {n}" for w, n in counted.most_common() if n >= args.least]
            print(f"{word} {side} {', '.join(common)}")


if __name__ == "__main__":
    main()
