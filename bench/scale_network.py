"""A CORDIS network k times the real one, for measuring how clustergraph's costs grow.

Run: ``.venv/bin/python -m bench.scale_network --k 10 [--seed 7] [--out .scale/k10]``
(writes the files, then prints the shape of the network next to the real one's).

The real files (``../shared/data``, the ones ``clustergraph import cordis`` reads) are
written k times, as k regions running the same programmes over the same years: copy 0 is the
real network, copy c > 0 a region of its own with its own projects (ids offset by c x 10^9,
acronyms ending in ``-R<c>``) and, for most organisations, a twin of its own (PIC offset the
same way, name ending in ``(R<c>)``). Three rules keep it one network with the real shape:

- **Hubs span regions.** In each copy c > 0 an organisation of the 1 % most active ones
  (by projects) is, with probability 0.5, the real organisation itself rather than a twin;
  any other organisation with probability 0.05. Big universities and research centres take
  part in many programmes; so they stay hubs, and grow with the network.
- **Consortia cross regions.** 3 % of the participations of a copy c > 0 go to the twin of
  the same organisation in another region (drawn per row), so that projects join regions.
- **Everything else is kept**: consortium sizes, roles, contributions, kinds, countries,
  years, call topics, fields of science, titles, keywords and abstracts, row for row.

Every draw is a hash of the seed and the row, so the same seed and k give the same files.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from importers.cordis import expand

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
OFFSET = 10**9
HUB_SHARE = 0.01
HUB_REUSE = 0.5
OTHER_REUSE = 0.05
CROSS = 0.03

Row = dict[str, str]


def draw(seed: int, *parts: object) -> float:
    """A number in [0, 1) fixed by the seed and the parts."""
    text = ":".join(str(part) for part in (seed, *parts))
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big") / 2**64


def shifted(value: str, copy: int) -> str:
    return value if copy == 0 or not value.isdigit() else str(copy * OFFSET + int(value))


@dataclass(frozen=True)
class Regions:
    """Which organisation each copy uses: the real one or its twin."""

    k: int
    seed: int
    hubs: frozenset[str]

    def reuses(self, pic: str, copy: int) -> bool:
        chance = HUB_REUSE if pic in self.hubs else OTHER_REUSE
        return copy == 0 or draw(self.seed, "reuse", pic, copy) < chance

    def organization(self, pic: str, copy: int) -> str:
        return pic if self.reuses(pic, copy) else shifted(pic, copy)

    def participant(self, pic: str, copy: int, row_key: str) -> str:
        """The organisation a participation of ``copy`` goes to (3 % to another region)."""
        if copy and self.k > 1 and draw(self.seed, "cross", row_key, copy) < CROSS:
            other = 1 + int(draw(self.seed, "region", row_key, copy) * (self.k - 1))
            copy = 0 if other == copy else other
        return self.organization(pic, copy)


def _open(path: Path, mode: str) -> IO[str]:
    if path.name.endswith(".gz"):
        return gzip.open(path, mode + "t", encoding="utf-8", newline="")  # type: ignore[return-value]
    return path.open(mode, encoding="utf-8", newline="")


def rows(path: Path) -> Iterator[Row]:
    with _open(path, "r") as handle:
        yield from csv.DictReader(handle)


def header(path: Path) -> list[str]:
    with _open(path, "r") as handle:
        return next(csv.reader(handle))


def project_counts(files: list[Path]) -> Counter[str]:
    """Projects per organisation in the real participation tables."""
    pairs: set[tuple[str, str]] = set()
    for path in files:
        columns = header(path)
        if columns[:3] == ["rcn", "role", "pic"]:
            pairs.update((r["pic"], "h" + r["rcn"]) for r in rows(path))
        elif columns[:2] == ["projectID", "organisationID"]:
            pairs.update((r["organisationID"], "e" + r["projectID"]) for r in rows(path))
    return Counter(pic for pic, _ in pairs)


def hubs(counts: Counter[str]) -> frozenset[str]:
    ranked = [pic for pic, _ in counts.most_common()]
    return frozenset(ranked[: max(1, int(len(ranked) * HUB_SHARE))])


def _suffix(value: str, copy: int, text: str) -> str:
    return value + text.format(copy) if value and copy else value


Rewrite = Callable[[Row, int, int], Row | None]


def rewriter(columns: list[str], regions: Regions) -> Rewrite:
    """How a row of a file with these columns looks in copy c (None: not written)."""

    def h2020_participation(row: Row, copy: int, line: int) -> Row:
        pic = regions.participant(row["pic"], copy, f"h{line}")
        return {**row, "rcn": shifted(row["rcn"], copy), "pic": pic}

    def he_participation(row: Row, copy: int, line: int) -> Row:
        pic = regions.participant(row["organisationID"], copy, f"e{line}")
        twin = pic != row["organisationID"]
        return {
            **row,
            "projectID": shifted(row["projectID"], copy),
            "organisationID": pic,
            "name": _suffix(row["name"], copy, " (R{})") if twin else row["name"],
        }

    def names(key: str) -> Rewrite:
        def rewrite(row: Row, copy: int, line: int) -> Row | None:
            if copy and regions.reuses(row[key], copy):
                return None  # the real organisation serves this region: no twin to name
            return {
                **row,
                key: shifted(row[key], copy),
                "name": _suffix(row["name"], copy, " (R{})"),
            }

        return rewrite

    def projects(key: str) -> Rewrite:
        def rewrite(row: Row, copy: int, line: int) -> Row:
            out = {
                **row,
                key: shifted(row[key], copy),
                "acronym": _suffix(row["acronym"], copy, "-R{}"),
            }
            if "rcn" in row:
                out["rcn"] = shifted(row["rcn"], copy)
            return out

        return rewrite

    def ids(*keys: str) -> Rewrite:
        def rewrite(row: Row, copy: int, line: int) -> Row:
            return {**row, **{key: shifted(row[key], copy) for key in keys}}

        return rewrite

    if columns[:3] == ["rcn", "role", "pic"]:
        return h2020_participation
    if columns[:2] == ["projectID", "organisationID"]:
        return he_participation
    if columns[:2] == ["pic", "name"]:
        return names("pic")
    if columns[0] == "grant_id":
        return projects("grant_id")
    if columns[:2] == ["projectID", "rcn"]:
        return projects("projectID")
    if columns == ["rcn", "grant_id", "method"]:
        return ids("rcn", "grant_id")
    if columns[0] == "rcn":
        return ids("rcn")
    if columns[0] == "projectID":
        return ids("projectID")
    raise SystemExit(f"bench.scale_network does not know the columns of {columns}")


def generate(k: int, seed: int, out: Path, data: Path = DATA) -> int:
    """Write the k-fold network into ``out`` (same folders and names); returns its rows."""
    files = expand([data])
    regions = Regions(k, seed, hubs(project_counts(files)))
    total = 0
    for path in files:
        target = out / path.relative_to(data)
        target.parent.mkdir(parents=True, exist_ok=True)
        columns = header(path)
        rewrite = rewriter(columns, regions)
        with _open(target, "w") as handle:
            writer = csv.DictWriter(handle, fieldnames=columns)
            writer.writeheader()
            for copy in range(k):
                for line, row in enumerate(rows(path), start=2):
                    written = rewrite(row, copy, line)
                    if written is not None:
                        writer.writerow(written)
                        total += 1
        print(f"  {target.relative_to(out)}")
    (out / ".complete").write_text(f"k={k} seed={seed} rows={total}\n", encoding="utf-8")
    return total


def ensure(k: int, seed: int, out: Path) -> int:
    """The rows of the k-fold network in ``out``, generated unless it is there already."""
    marker = out / ".complete"
    wanted = f"k={k} seed={seed} "
    if marker.is_file() and marker.read_text(encoding="utf-8").startswith(wanted):
        return int(marker.read_text(encoding="utf-8").split("rows=")[1])
    print(f"generating the network k={k} (seed {seed}) into {out}")
    return generate(k, seed, out)


@dataclass(frozen=True)
class Shape:
    organisations: int
    projects: int
    participations: int
    projects_per_org: list[float]
    consortium_sizes: list[float]
    partners_per_org: list[float]
    countries: int
    giant_share: float


QUANTILES = (0.5, 0.9, 0.99, 1.0)


def _quantiles(values: list[int]) -> list[float]:
    ordered = sorted(values)
    return [float(ordered[min(len(ordered) - 1, int(q * len(ordered)))]) for q in QUANTILES]


def shape(folder: Path) -> Shape:
    """Sizes, degree and consortium-size quantiles, and the share of organisations in the
    largest connected part, from the participation tables of ``folder``."""
    members: dict[str, set[str]] = defaultdict(set)
    countries: set[str] = set()
    for path in expand([folder]):
        columns = header(path)
        if columns[:3] == ["rcn", "role", "pic"]:
            for r in rows(path):
                members["h" + r["rcn"]].add(r["pic"])
                countries.add(r["country"])
        elif columns[:2] == ["projectID", "organisationID"]:
            for r in rows(path):
                members["e" + r["projectID"]].add(r["organisationID"])
                countries.add(r["country"])
    projects_of: Counter[str] = Counter()
    partners: dict[str, set[str]] = defaultdict(set)
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for orgs in members.values():
        projects_of.update(orgs)
        first = next(iter(orgs))
        for org in orgs:
            parent[root(org)] = root(first)
            if len(orgs) <= 200:  # partners of very large consortia: bounded, as the import does
                partners[org].update(orgs - {org})
    sizes = Counter(root(org) for org in projects_of)
    return Shape(
        organisations=len(projects_of),
        projects=len(members),
        participations=sum(len(orgs) for orgs in members.values()),
        projects_per_org=_quantiles(list(projects_of.values())),
        consortium_sizes=_quantiles([len(orgs) for orgs in members.values()]),
        partners_per_org=_quantiles([len(partners[org]) for org in projects_of]),
        countries=len(countries),
        giant_share=max(sizes.values()) / len(projects_of),
    )


def print_shapes(shapes: dict[str, Shape]) -> None:
    names = list(shapes)
    print(f"\n{'':34}" + "".join(f"{name:>22}" for name in names))
    columns: list[tuple[str, Callable[[Shape], str]]] = [
        ("organisations", lambda s: f"{s.organisations:,}"),
        ("projects", lambda s: f"{s.projects:,}"),
        ("participations", lambda s: f"{s.participations:,}"),
        ("countries", lambda s: f"{s.countries}"),
        ("in the largest connected part", lambda s: f"{s.giant_share:.1%}"),
        (
            "projects per org p50/p90/p99/max",
            lambda s: "/".join(f"{v:g}" for v in s.projects_per_org),
        ),
        (
            "partners per org p50/p90/p99/max",
            lambda s: "/".join(f"{v:g}" for v in s.partners_per_org),
        ),
        (
            "consortium size p50/p90/p99/max",
            lambda s: "/".join(f"{v:g}" for v in s.consortium_sizes),
        ),
    ]
    for label, get in columns:
        print(f"{label:34}" + "".join(f"{get(shapes[n]):>22}" for n in names))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--k", type=int, required=True)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, help="default: .scale/k<K>")
    args = parser.parse_args()
    if args.k < 1:
        raise SystemExit("--k: at least 1")
    out = args.out or ROOT / ".scale" / f"k{args.k}"
    total = ensure(args.k, args.seed, out)
    print(f"{total:,} rows in {out}")
    print_shapes({"real (k=1)": shape(DATA), f"k={args.k}": shape(out)})


if __name__ == "__main__":
    main()
