"""Words of different meanings that the full-text index's stemmer cuts to one stem.

Run: ``.venv/bin/python -m research.stem_clashes [--least 50] [--check]`` (the ``research``
extra: nltk).

The index ``suggestion_text`` uses Neo4j's ``english`` analyzer, whose stemmer is Lucene's
Porter stemmer (the original algorithm, as nltk's ``ORIGINAL_ALGORITHM`` mode). This reads
the words of the Horizon Europe titles, abstracts and keywords, keeps those seen ``--least``
times or more, and prints every stem whose words fall into several groups by a light
stemmer (plurals and -ing/-ed forms folded: the judge's of bench/precision.py), the second
group seen 500 times or more: the candidates for ``recommender/stem_clashes.txt``, where the
pairs of different meanings are kept by hand ("community" and "communication" yes,
"develop" and "development" no).

``--check``: every line of ``recommender/stem_clashes.txt`` is one stem, and no word stands
in two lines.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import re
from collections import Counter, defaultdict

from nltk.stem.porter import PorterStemmer

from bench.precision import stem as light
from recommender.text import STEM_CLASHES_FILE
from research.data import HE

PORTER = PorterStemmer(mode=PorterStemmer.ORIGINAL_ALGORITHM)
SECOND_GROUP_LEAST = 500


def counts() -> Counter[str]:
    """How often each word occurs in the Horizon Europe titles, abstracts and keywords."""
    csv.field_size_limit(1 << 30)
    found: Counter[str] = Counter()
    with gzip.open(HE / "projects.csv.gz", "rt", encoding="utf-8") as file:
        for row in csv.DictReader(file):
            text = " ".join(row.get(k) or "" for k in ("title", "objective", "keywords"))
            found.update(re.findall(r"[a-z]+", text.lower()))
    return found


def candidates(least: int) -> list[tuple[int, str, dict[str, int]]]:
    """(the second group's count, the stem, its words with their counts), most seen first."""
    stems: dict[str, Counter[str]] = defaultdict(Counter)
    for word, n in counts().items():
        if n >= least and len(word) > 2:
            stems[PORTER.stem(word)][word] += n
    found = []
    for stem, words in stems.items():
        groups: Counter[str] = Counter()
        for word, n in words.items():
            groups[light(word)[: len(stem) + 2]] += n
        ranked = groups.most_common()
        if len(ranked) > 1 and ranked[1][1] >= SECOND_GROUP_LEAST:
            found.append((ranked[1][1], stem, dict(words.most_common(8))))
    return sorted(found, reverse=True)


def check() -> None:
    """Each line one stem; no word in two lines."""
    seen: dict[str, int] = {}
    for number, line in enumerate(STEM_CLASHES_FILE.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        meanings = [part.split() for part in line.split("|")]
        clash = {PORTER.stem(w) for w in meanings[0]} & set.union(
            *({PORTER.stem(w) for w in m} for m in meanings[1:])
        )
        print(f"line {number}: {'stem ' + ', '.join(sorted(clash)) if clash else 'NO SHARED STEM'}")
        for word in (w for m in meanings for w in m):
            if word in seen:
                print(f"line {number}: {word!r} also on line {seen[word]}")
            seen[word] = number


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--least", type=int, default=50, help="a word seen this often or more")
    parser.add_argument("--check", action="store_true", help="check stem_clashes.txt")
    args = parser.parse_args()
    if args.check:
        check()
        return
    for second, stem, words in candidates(args.least):
        print(f"{stem}\t{second}\t{words}")


if __name__ == "__main__":
    main()
