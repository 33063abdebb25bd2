"""Do managers' briefs in French and German reach the index in English?

Run: ``.venv/bin/python -m bench.brief_words [--briefs FILE] [--rare 30] [--port 7696]
[--keep]``.

For each brief of ``bench/data/managers_briefs.txt`` (one a line, ``#`` for comments), the
key words it is asked by (``recommender.text.key_words``: the glossary's English, stop,
function and request words left out), and those that fewer than ``--rare`` projects of the
whole network hold (the full-text index ``suggestion_text`` of ``bench/suggest.py``'s Neo4j,
imported when missing). A French or German word left as typed is held by none: a word for
``graph/glossary.csv``. An English word may be rare on its own; ``recommender/synonyms.txt``
can give it its other names. Prints every brief with a rare key word, then how many.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from neo4j import Driver

from bench import suggest as bench_suggest
from recommender.text import key_words

BRIEFS = Path(__file__).with_name("data") / "managers_briefs.txt"
HOLDING = """
CALL db.index.fulltext.queryNodes('suggestion_text', $word, {limit: $rare}) YIELD node
RETURN count(node) AS projects
"""


def read_briefs(path: Path) -> list[str]:
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def rare_words(driver: Driver, words: list[str], rare: int) -> dict[str, int]:
    """The words fewer than ``rare`` projects hold, with how many do."""
    found = {}
    for word in words:
        records, _, _ = driver.execute_query(HOLDING, word=word, rare=rare)
        if records[0]["projects"] < rare:
            found[word] = records[0]["projects"]
    return found


def report(driver: Driver, briefs: list[str], rare: int) -> None:
    flagged = 0
    for brief in briefs:
        words = key_words(brief)
        found = rare_words(driver, words, rare)
        if found:
            flagged += 1
            held = ", ".join(f"{word} ({count})" for word, count in found.items())
            print(f"{brief}\n  asked: {' '.join(words)}\n  rare: {held}")
    print(f"{flagged} of {len(briefs)} briefs have a key word fewer than {rare} projects hold")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--briefs", type=Path, default=BRIEFS, help="one brief a line")
    parser.add_argument("--rare", type=int, default=30, help="projects under which a word is rare")
    parser.add_argument("--port", type=int, default=bench_suggest.PORT)
    parser.add_argument("--keep", action="store_true", help="leave the Neo4j running")
    args = parser.parse_args()
    with bench_suggest.whole_network(args.port, args.keep) as (_, _, driver):
        report(driver, read_briefs(args.briefs), args.rare)


if __name__ == "__main__":
    main()
