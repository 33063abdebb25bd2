"""Temporal hold-out of partner suggestions on CORDIS (``clustergraph evaluate``).

Protocol, as in ``research/holdout.py`` (same seeds, same eligibility):
  - before-network: participations of projects of both programmes starting before year T
    (Horizon Europe projects start from 2021: a split before 2021 is Horizon 2020 alone);
  - known organisations: those with a project before T;
  - queries: known organisations that form a NEW partnership (a pair sharing no project
    before T, both known) in a project starting in T or the two years after (T=2024: the
    projects starting in 2024, 2025 and 2026); ground truth: those partners. The ``HE``
    split: Horizon 2020 before 2021 against every Horizon Europe project;
    query sets LU (country mode LU), BENELUX (500 sampled), ALL (2000 sampled);
  - candidates: every known organisation except the query and its existing partners.

"clustergraph" is the production code path (``recommender.engine.suggest``, first=100,
existing partners excluded) against a Neo4j of the evaluation's own holding only the
projects before T; the baselines are computed here in Python on the same queries and
candidates, ties broken by the research's seeded random key. Metrics: hit@10, MRR (top
100; 0 when no true partner is in the top 100), nDCG@10, P@10.
"""

from __future__ import annotations

import csv
import gzip
import math
import os
import statistics
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

SEED = 20240601
QUERY_SETS = ("LU", "BENELUX", "ALL")
BENELUX = ("LU", "BE", "NL")
TOP = 100
METRICS = ("hit@10", "mrr", "ndcg@10", "p@10")
# The Horizon Europe split: the Horizon 2020 projects that start before this year.
HE_YEAR = 2021
# A split's truth: the projects that start in its year or the years after, this many in all.
TRUTH_YEARS = 3

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]


# ------------------------------------------------------------------------- metrics
def metrics_from_ranks(ranks: Sequence[int], n_truth: int) -> dict[str, float]:
    """Metrics of one query from the 1-based ranks of its true partners in a ranked list.

    Ranks beyond :data:`TOP` count as not found. hit@10: a true partner in the top 10;
    MRR: 1 / rank of the first true partner (0 if none in the top 100); nDCG@10: binary
    gains, ideal = min(n_truth, 10) hits at the top; P@10: true partners in the top 10 / 10.
    """
    found = sorted(r for r in ranks if 1 <= r <= TOP)
    top10 = [r for r in found if r <= 10]
    dcg = sum(1.0 / math.log2(r + 1) for r in top10)
    idcg = sum(1.0 / math.log2(i + 2) for i in range(min(n_truth, 10)))
    return {
        "hit@10": 1.0 if top10 else 0.0,
        "mrr": 1.0 / found[0] if found else 0.0,
        "ndcg@10": dcg / idcg if idcg else 0.0,
        "p@10": len(top10) / 10.0,
    }


def ranks_in(ranked: Sequence[str], truth: set[str]) -> list[int]:
    """1-based positions of the true items in a ranked list."""
    return [i + 1 for i, item in enumerate(ranked) if item in truth]


def mean_metrics(rows: Sequence[dict[str, float]]) -> dict[str, float]:
    """The mean of each metric over queries (0 for no queries)."""
    return {m: (sum(r[m] for r in rows) / len(rows) if rows else 0.0) for m in METRICS}


# Non-random baselines; "_deg": ties broken by the candidate's degree (most partners first),
# then by the random key. The ratio is always to the best of all of them, per metric.
BASELINES = (
    "adamic_adar",
    "adamic_adar_deg",
    "common_neighbours",
    "common_neighbours_deg",
    "resource_allocation",
    "resource_allocation_deg",
    "popularity",
)
METHODS = ("clustergraph", *BASELINES, "random")
# Degree bands of the query (partners before the split), for the per-band tables.
BANDS = (("0", 0, 0), ("1-5", 1, 5), ("6-20", 6, 20), ("21-100", 21, 100), (">100", 101, None))


def degree_band(degree: float) -> str:
    """The label of the band a query's number of partners falls in."""
    for label, low, high in BANDS:
        if degree >= low and (high is None or degree <= high):
            return label
    raise ValueError(f"negative degree {degree}")


def ratios_to_best_baseline(methods: dict[str, dict[str, float]]) -> dict[str, float]:
    """Per metric, clustergraph's value over the best of the non-random baselines (0 if 0)."""
    ratios = {}
    for metric in METRICS:
        best = max(methods[name][metric] for name in BASELINES if name in methods)
        ratios[metric] = methods["clustergraph"][metric] / best if best else 0.0
    return ratios


def best_baseline(methods: dict[str, dict[str, float]], metric: str) -> str:
    """The name of the best non-random baseline on ``metric``."""
    return max((name for name in BASELINES if name in methods), key=lambda n: methods[n][metric])


# ------------------------------------------------------------------------- data
@dataclass(frozen=True)
class Row:
    """One participation: ``project`` is the H2020 rcn or the Horizon Europe grant id (two
    number ranges that do not meet: rcn below 300,000, grant ids from 101,000,000)."""

    project: int
    pic: int
    year: int
    type: str
    country: str
    role: str
    programme: str = "H2020"


def read_participations(path: Path) -> list[Row]:
    """The H2020 participation table (rows without a start year are dropped, as in
    research)."""
    rows: list[Row] = []
    with gzip.open(path, "rt", encoding="utf-8", newline="") as handle:
        for rec in csv.DictReader(handle):
            if rec["start_year"] in ("", "NA"):
                continue
            rows.append(
                Row(
                    int(rec["rcn"]),
                    int(rec["pic"]),
                    int(float(rec["start_year"])),
                    rec["type"],
                    rec["country"] if rec["country"] not in ("", "NA") else "",
                    rec["role"],
                )
            )
    return rows


def _mode(values: list[str], default: str) -> str:
    values = [v for v in values if v]
    if not values:
        return default
    counts = Counter(values)
    top = max(counts.values())
    return min(v for v, c in counts.items() if c == top)  # pandas: smallest among ties


@dataclass
class Split:
    """The before-network, query eligibility and ground truth of one split.

    ``t``: the network holds the projects that start before this year; ``name``: ``T=<t>``
    or ``HE`` (the Horizon 2020 network before 2021 against Horizon Europe projects).
    """

    t: int
    name: str = ""
    later: set[int] = field(default_factory=set)  # the projects of the truth
    orgs: list[int] = field(default_factory=list)  # known organisations, by PIC
    index: dict[int, int] = field(default_factory=dict)
    country: list[str] = field(default_factory=list)
    neighbours: list[IntArray] = field(default_factory=list)
    truth: dict[int, set[int]] = field(default_factory=dict)  # index -> true partner indices

    @property
    def deg(self) -> FloatArray:
        return np.array([len(n) for n in self.neighbours], dtype=np.float64)


def read_he_participations(organizations: Path, projects: Path) -> list[Row]:
    """The complete Horizon Europe participations (``2025-12/organizations.csv.gz``), each
    with its project's start year (``projects.csv.gz``); one row per organisation and
    project (an organisation listed in two roles keeps the stronger one)."""
    years: dict[str, int] = {}
    with gzip.open(projects, "rt", encoding="utf-8", newline="") as handle:
        for rec in csv.DictReader(handle):
            if rec["startDate"]:
                years[rec["projectID"]] = int(rec["startDate"][:4])
    found: dict[tuple[str, str], Row] = {}
    with gzip.open(organizations, "rt", encoding="utf-8", newline="") as handle:
        for rec in csv.DictReader(handle):
            grant, pic = rec["projectID"], rec["organisationID"]
            if grant not in years:
                continue
            row = Row(
                int(grant),
                int(pic),
                years[grant],
                rec["activityType"],
                rec["country"],
                rec["role"],
                "HORIZON",
            )
            earlier = found.get((grant, pic))
            if earlier is None or _stronger(row.role, earlier.role):
                found[(grant, pic)] = row
    return list(found.values())


def _stronger(role: str, than: str) -> bool:
    order = ("coordinator", "participant", "associatedPartner", "thirdParty")
    return order.index(role) < order.index(than) if role in order and than in order else False


def build_split(rows: Sequence[Row], t: int, years: int = TRUTH_YEARS) -> Split:
    """The hold-out split at year ``t``: the projects before ``t`` against those starting
    in the ``years`` years from ``t``."""
    after: dict[int, set[int]] = defaultdict(set)
    for r in rows:
        if t <= r.year < t + years:
            after[r.project].add(r.pic)
    return _split([r for r in rows if r.year < t], after, t, f"T={t}")


def build_he_split(rows: Sequence[Row]) -> Split:
    """The Horizon 2020 network before :data:`HE_YEAR` against the partnerships that formed
    in Horizon Europe projects (every one of ``rows``, whatever its start)."""
    after: dict[int, set[int]] = defaultdict(set)
    for r in rows:
        if r.programme == "HORIZON":
            after[r.project].add(r.pic)
    before = [r for r in rows if r.year < HE_YEAR and r.programme == "H2020"]
    return _split(before, after, HE_YEAR, "HE")


def _split(before: Sequence[Row], after: Mapping[int, set[int]], t: int, name: str) -> Split:
    """Known organisations, their partners and their new partners in ``after`` (the member
    PICs of each later project; unknown organisations are left out)."""
    s = Split(t, name, set(after))
    s.orgs = sorted({r.pic for r in before})
    s.index = {pic: i for i, pic in enumerate(s.orgs)}
    countries: dict[int, list[str]] = defaultdict(list)
    members: dict[int, set[int]] = defaultdict(set)
    for r in before:
        countries[r.pic].append(r.country)
        members[r.project].add(s.index[r.pic])
    s.country = [_mode(countries[pic], "??") for pic in s.orgs]
    adjacency: list[set[int]] = [set() for _ in s.orgs]
    for group in members.values():
        for a in group:
            adjacency[a] |= group
    for i, nb in enumerate(adjacency):
        nb.discard(i)
    s.neighbours = [np.array(sorted(nb), dtype=np.int64) for nb in adjacency]
    truth: dict[int, set[int]] = defaultdict(set)
    for pics in after.values():
        group = {s.index[pic] for pic in pics if pic in s.index}
        if len(group) < 2:
            continue
        for a in group:
            truth[a] |= group - {a}
    for a, partners in truth.items():
        new = partners - adjacency[a]
        if new:
            s.truth[a] = new
    return s


def query_sets(s: Split) -> dict[str, IntArray]:
    """LU, BENELUX and ALL query indices, drawn exactly like research ``query_sets``."""
    qs = np.array(sorted(s.truth), dtype=np.int64)
    country = np.array(s.country)
    rng = np.random.default_rng(SEED)
    lu = qs[country[qs] == "LU"]
    ben = qs[np.isin(country[qs], list(BENELUX))]
    ben = np.sort(rng.choice(ben, size=min(500, len(ben)), replace=False))
    rng = np.random.default_rng(SEED + 1)
    al = np.sort(rng.choice(qs, size=min(2000, len(qs)), replace=False))
    return {"LU": lu, "BENELUX": ben, "ALL": al}


# ------------------------------------------------------------------------- baselines
Scores = dict[str, tuple[FloatArray, FloatArray | None]]  # name -> (score, tie-break or None)


def baseline_scores(s: Split, q: int) -> Scores:
    """Every baseline's score for ``q`` and its tie-break before the random key."""
    n = len(s.orgs)
    deg = s.deg
    nb = s.neighbours[q]
    if len(nb):
        reach = np.concatenate([s.neighbours[p] for p in nb])
        via = np.repeat(nb, [len(s.neighbours[p]) for p in nb])
    else:
        reach = np.zeros(0, dtype=np.int64)
        via = np.zeros(0, dtype=np.int64)
    cn = np.bincount(reach, minlength=n).astype(np.float64)
    aa = np.bincount(reach, weights=1.0 / np.log(np.maximum(deg[via], 2)), minlength=n)
    ra = np.bincount(reach, weights=1.0 / np.maximum(deg[via], 1), minlength=n)
    rng = np.random.default_rng(SEED + int(q))
    return {
        "random": (rng.random(n), None),
        "popularity": (deg.copy(), None),
        "common_neighbours": (cn, None),
        "common_neighbours_deg": (cn, deg),
        "adamic_adar": (aa.astype(np.float64), None),
        "adamic_adar_deg": (aa.astype(np.float64), deg),
        "resource_allocation": (ra.astype(np.float64), None),
        "resource_allocation_deg": (ra.astype(np.float64), deg),
    }


def baseline_ranks(
    s: Split, q: int, score: FloatArray, truth: set[int], ties: FloatArray | None = None
) -> list[int]:
    """1-based ranks of the true partners; excluded = query and partners. Ties: ``ties``
    (higher first) when given, then the research's seeded random key."""
    tb = np.random.default_rng(SEED * 7 + s.orgs[q] % 100000 + s.t).random(len(s.orgs))
    sc = score.astype(np.float64).copy()
    sc[q] = -np.inf
    sc[s.neighbours[q]] = -np.inf
    keys = (-tb, -sc) if ties is None else (-tb, -ties, -sc)
    order = np.lexsort(keys)
    pos = np.empty(len(sc), dtype=np.int64)
    pos[order] = np.arange(len(sc))
    return sorted(int(pos[t]) + 1 for t in truth)


# ------------------------------------------------------------------------- the run
@dataclass
class Band:
    """The metrics of the queries whose degree falls in one band."""

    queries: int
    methods: dict[str, dict[str, float]]

    def as_json(self) -> dict[str, Any]:
        return {
            "queries": self.queries,
            "methods": self.methods,
            "ratio_to_best_baseline": ratios_to_best_baseline(self.methods),
        }


@dataclass
class Result:
    split: str
    query_set: str
    queries: int
    methods: dict[str, dict[str, float]]
    coverage: float
    latency_ms: dict[str, float]
    bands: dict[str, Band] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {
            "split": self.split,
            "query_set": self.query_set,
            "queries": self.queries,
            "methods": self.methods,
            "ratio_to_best_baseline": ratios_to_best_baseline(self.methods),
            "best_baseline": {m: best_baseline(self.methods, m) for m in METRICS},
            "coverage": self.coverage,
            "latency_ms": self.latency_ms,
            "degree_bands": {label: band.as_json() for label, band in self.bands.items()},
        }


SuggestFn = Callable[[str], list[str]]


def latency_summary(latencies: Sequence[float]) -> dict[str, float]:
    """Median and 95th percentile in ms (0 for none)."""
    return {
        "median": statistics.median(latencies) if latencies else 0.0,
        "p95": float(np.percentile(latencies, 95)) if latencies else 0.0,
    }


def evaluate(
    s: Split,
    query_set: str,
    suggest_ids: SuggestFn,
    progress: Callable[[Iterator[int], int], Iterator[int]] | None = None,
) -> Result:
    """Score the production path (``suggest_ids``: org id -> ranked ids) and the baselines,
    over all queries of the set and per degree band of the query."""
    queries = query_sets(s)[query_set]
    per: dict[str, list[dict[str, float]]] = defaultdict(list)
    bands: list[str] = []
    latencies: list[float] = []
    covered = 0
    items: Iterator[int] = iter(int(q) for q in queries)
    if progress is not None:
        items = progress(items, len(queries))
    deg = s.deg
    for q in items:
        truth = s.truth[q]
        truth_ids = {f"pic-{s.orgs[t]}" for t in truth}
        began = time.perf_counter()
        ranked = suggest_ids(f"pic-{s.orgs[q]}")
        latencies.append((time.perf_counter() - began) * 1000.0)
        covered += 1 if ranked else 0
        bands.append(degree_band(deg[q]))
        per["clustergraph"].append(metrics_from_ranks(ranks_in(ranked, truth_ids), len(truth)))
        for name, (score, ties) in baseline_scores(s, q).items():
            ranks = baseline_ranks(s, q, score, truth, ties)
            per[name].append(metrics_from_ranks(ranks, len(truth)))
    by_band = {}
    for label, _, _ in BANDS:
        keep = [i for i, b in enumerate(bands) if b == label]
        if keep:
            by_band[label] = Band(
                len(keep), {m: mean_metrics([per[m][i] for i in keep]) for m in METHODS}
            )
    return Result(
        s.name,
        query_set,
        len(queries),
        {name: mean_metrics(per[name]) for name in METHODS},
        covered / len(queries) if len(queries) else 0.0,
        latency_summary(latencies),
        by_band,
    )


def data_dir() -> Path:
    """``$CLUSTERGRAPH_DATA`` or ``../shared/data/cordis-h2020`` next to the project."""
    env = os.environ.get("CLUSTERGRAPH_DATA")
    if env:
        return Path(env)
    return Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "cordis-h2020"


def he_files() -> dict[str, Path]:
    """The complete Horizon Europe files by name (``organizations.csv.gz``,
    ``projects.csv.gz``, ``euroscivoc.csv.gz``): those of the newest snapshot of
    ``cordis-horizon-europe``, next to the H2020 folder (``importers.cordis.expand``)."""
    from importers.cordis import expand

    folder = data_dir().parent / "cordis-horizon-europe"
    return {path.name: path for path in expand([folder])} if folder.is_dir() else {}
