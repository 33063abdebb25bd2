"""Consortium completion, evaluated (``clustergraph evaluate --task consortium``).

Cases: real projects of the split's truth (``--split-year T``: starting in T or the two years
after, in either programme; ``--split HE``: every Horizon Europe project) with a title, a
call topic, a known coordinator and at least 4 participants known before the split (for
Horizon 2020 the same cases as ``research/consortium.py``). Revealed: the coordinator and
one other known participant (drawn with a seed per project); the brief: the project's title
and its call topic's description (Horizon 2020) or title (Horizon Europe) as words, and its
call topic code; never the abstract. Truth: the other participants known before the split.
Every known organisation but the revealed ones is a candidate (their partners included).
500 cases are drawn (fixed seed).

Methods, every ranking with ties broken by the candidate's degree, then a seeded random key:
clustergraph (``recommender.engine.suggest_consortium``, first = 100, the API's code path),
Adamic-Adar and common neighbours summed over the revealed members, popularity (degree),
call family alone (the candidate's recency-weighted projects in the brief's call family) and
brief text alone (BM25 of the title, or of the call topic title for Horizon Europe, against
every project's title and call topic description, summed over the candidate's projects).
Metrics: recall@10 (true participants in the top 10 / all true ones), MRR (top 100), hit@10.
"""

from __future__ import annotations

import csv
import gzip
import math
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from graph.derived import DECAY
from graph.schema import ANALYZER_STOP_WORDS
from importers.calls import families
from recommender.evaluation import (
    SEED,
    FloatArray,
    Row,
    Split,
    latency_summary,
)
from recommender.text import words as text_words

CASES = 500
METRICS = ("recall@10", "mrr", "hit@10")
BASELINES = (
    "adamic_adar_deg",
    "common_neighbours_deg",
    "adamic_adar_projects_deg",
    "common_neighbours_projects_deg",
    "popularity",
    "call_family",
    "brief_text",
)
# The subset reported beside all cases: consortia whose revealed coordinator is a company.
COMPANY_LED = "company-led"
TOP = 100


@dataclass
class Case:
    """One project to complete: revealed members, the truth and the brief."""

    project: int
    seeds: list[int]
    truth: set[int]
    call_topic: str
    text: str
    baseline_text: str
    company_led: bool = False


@dataclass(frozen=True)
class Grant:
    """A project's title and call topic: Horizon 2020 (projects.csv.gz via the rcn-grant
    map) or Horizon Europe (its complete projects table)."""

    title: str
    topic: str
    description: str
    about: str = ""  # keywords and abstract (Horizon Europe): what the text baseline reads


def read_grants(folder: Path, he_projects: Path | None = None) -> dict[int, Grant]:
    """Project -> title and call topic: H2020 rcn for the projects the rcn-grant map links,
    and the Horizon Europe grant ids of ``he_projects`` (its ``projects.csv.gz``)."""
    by_grant: dict[str, Grant] = {}
    with gzip.open(folder / "projects.csv.gz", "rt", encoding="utf-8", newline="") as handle:
        for rec in csv.DictReader(handle):
            topic = rec["topic"].strip()
            description = rec["topic_description"].strip()
            by_grant.setdefault(
                rec["grant_id"],
                Grant(rec["title"].strip(), topic, "" if description == topic else description),
            )
    out: dict[int, Grant] = {}
    with gzip.open(folder / "rcn_grant_map.csv.gz", "rt", encoding="utf-8", newline="") as handle:
        for rec in csv.DictReader(handle):
            grant = by_grant.get(rec["grant_id"])
            if grant is not None:
                out.setdefault(int(rec["rcn"]), grant)
    if he_projects is None:
        return out
    with gzip.open(he_projects, "rt", encoding="utf-8", newline="") as handle:
        for rec in csv.DictReader(handle):
            topic, title = rec["topics"].strip(), rec["topicTitles"].strip()
            about = f"{rec['keywords']} {rec['objective']}".strip()
            out.setdefault(
                int(rec["projectID"]),
                Grant(rec["title"].strip(), topic, "" if title == topic else title, about),
            )
    return out


def split_cases(rows: Sequence[Row], s: Split, grants: Mapping[int, Grant]) -> list[Case]:
    """The cases of split ``s`` (the projects of its truth), in project order."""
    members: dict[int, list[Row]] = defaultdict(list)
    for r in rows:
        if r.project in s.later:
            members[r.project].append(r)
    out = []
    for rcn in sorted(members):
        grant = grants.get(rcn)
        if grant is None:
            continue
        known = list(dict.fromkeys(r.pic for r in members[rcn] if r.pic in s.index))
        coordinators = [r.pic for r in members[rcn] if r.role == "coordinator" and r.pic in s.index]
        if len(known) < 4 or not coordinators:
            continue
        others = sorted(set(known) - {coordinators[0]})
        rng = np.random.default_rng(SEED + rcn)
        partner = others[int(rng.integers(len(others)))]
        truth = {s.index[p] for p in others if p != partner}
        text = f"{grant.title} {grant.description}".strip()
        led = [r for r in members[rcn] if r.pic == coordinators[0] and r.role == "coordinator"]
        out.append(
            Case(
                rcn,
                [s.index[coordinators[0]], s.index[partner]],
                truth,
                grant.topic,
                text,
                grant.title,
                company_led=bool(led) and led[0].type == "PRC",
            )
        )
    return out


def sample(cases: Sequence[Case], k: int = CASES) -> list[Case]:
    """``k`` cases drawn with the fixed seed, in their original order."""
    if len(cases) <= k:
        return list(cases)
    pick = np.sort(np.random.default_rng(SEED).choice(len(cases), size=k, replace=False))
    return [cases[int(i)] for i in pick]


# ------------------------------------------------------------------------- baselines
def drawn(eligible: Sequence[Case], cases: int) -> tuple[list[Case], list[Case], list[Case]]:
    """The cases measured: ``cases`` of ``eligible`` drawn with the fixed seed, as many
    company-led ones (drawn apart: the subset is small in a sample of all cases), and both
    together with each case once, in that order."""
    picked = sample(eligible, cases)
    led = sample([c for c in eligible if c.company_led], cases)
    return picked, led, list({id(case): case for case in [*picked, *led]}.values())


def words(text: str) -> list[str]:
    """Lower-case, accent-free words of ``text`` without English stop words."""
    return [w for w in text_words(text) if w not in ANALYZER_STOP_WORDS]


class Bm25:
    """Okapi BM25 (k1 1.2, b 0.75) of a query against every project of the network."""

    def __init__(self, docs: Mapping[int, str], k1: float = 1.2, b: float = 0.75) -> None:
        self.postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        tokens = {rcn: words(text) for rcn, text in docs.items()}
        avg = sum(len(t) for t in tokens.values()) / max(len(tokens), 1)
        for rcn, terms in tokens.items():
            norm = k1 * (1 - b + b * len(terms) / max(avg, 1e-9))
            for term, tf in Counter(terms).items():
                self.postings[term].append((rcn, tf * (k1 + 1) / (tf + norm)))
        self.n = len(tokens)

    def scores(self, query: str) -> dict[int, float]:
        """Project -> score, for the projects matching at least one word of ``query``."""
        out: dict[int, float] = defaultdict(float)
        for term in dict.fromkeys(words(query)):
            posting = self.postings.get(term, [])
            idf = math.log(1 + (self.n - len(posting) + 0.5) / (len(posting) + 0.5))
            for rcn, weight in posting:
                out[rcn] += idf * weight
        return out


@dataclass
class Network:
    """What the baselines need of the network before the split."""

    s: Split
    members: dict[int, list[int]] = field(default_factory=dict)  # project -> known orgs
    projects: dict[int, list[int]] = field(default_factory=dict)  # known org -> its projects
    years: dict[int, int] = field(default_factory=dict)
    families: dict[int, list[str]] = field(default_factory=dict)  # project -> call families
    text: Bm25 | None = None


def network(rows: Sequence[Row], s: Split, grants: Mapping[int, Grant]) -> Network:
    """The before-network's projects with their years, call families and text."""
    net = Network(s)
    for r in rows:
        if r.year < s.t and r.pic in s.index:
            net.members.setdefault(r.project, []).append(s.index[r.pic])
            net.projects.setdefault(s.index[r.pic], []).append(r.project)
            net.years[r.project] = r.year
    docs = {}
    for rcn in net.members:
        grant = grants.get(rcn)
        if grant is not None:
            net.families[rcn] = families(grant.topic) if grant.topic else []
            docs[rcn] = f"{grant.title} {grant.description} {grant.about}"
    net.text = Bm25(docs)
    return net


def baseline_scores(net: Network, case: Case) -> dict[str, FloatArray]:
    """Every baseline's score for ``case`` (ties are broken by degree afterwards)."""
    s = net.s
    n = len(s.orgs)
    deg = s.deg
    aa = np.zeros(n)
    cn = np.zeros(n)
    for seed in case.seeds:
        nb = s.neighbours[seed]
        if len(nb):
            reach = np.concatenate([s.neighbours[p] for p in nb])
            via = np.repeat(nb, [len(s.neighbours[p]) for p in nb])
            cn += np.bincount(reach, minlength=n)
            aa += np.bincount(reach, weights=1.0 / np.log(np.maximum(deg[via], 2)), minlength=n)
    # The same counted over shared projects: a pair that worked together in three projects
    # counts three times (common neighbours of the organisation-project graph), each shared
    # project weighted 1 / ln of its consortium size for Adamic-Adar.
    cnp = np.zeros(n)
    aap = np.zeros(n)
    for seed in case.seeds:
        for project in net.projects.get(seed, []):
            group = net.members[project]
            weight = 1.0 / math.log(max(len(group), 2))
            for org in group:
                cnp[org] += 1.0
                aap[org] += weight
    family = np.zeros(n)
    wanted = families(case.call_topic)[:1] if case.call_topic else []
    if wanted:
        for rcn, found in net.families.items():
            if wanted[0] in found:
                for org in net.members[rcn]:
                    family[org] += DECAY ** (s.t - 1 - net.years[rcn])
    text = np.zeros(n)
    assert net.text is not None
    matches = net.text.scores(case.baseline_text)
    best = max(matches.values(), default=0.0)
    for rcn, score in matches.items():
        for org in net.members[rcn]:
            text[org] += score / best
    return {
        "adamic_adar_deg": aa,
        "common_neighbours_deg": cn,
        "adamic_adar_projects_deg": aap,
        "common_neighbours_projects_deg": cnp,
        "popularity": deg.copy(),
        "call_family": family,
        "brief_text": text,
    }


# ------------------------------------------------------------------------- metrics
def case_metrics(ranks: Sequence[int], n_truth: int) -> dict[str, float]:
    """recall@10, MRR (0 beyond the top 100) and hit@10 from the truth's 1-based ranks."""
    found = sorted(r for r in ranks if 1 <= r <= TOP)
    top10 = [r for r in found if r <= 10]
    return {
        "recall@10": len(top10) / n_truth if n_truth else 0.0,
        "mrr": 1.0 / found[0] if found else 0.0,
        "hit@10": 1.0 if top10 else 0.0,
    }


def baseline_ranks(s: Split, case: Case, score: FloatArray) -> list[int]:
    """1-based ranks of the truth; the revealed members excluded; ties by degree, then a
    seeded random key."""
    tb = np.random.default_rng(SEED * 7 + case.project % 100000).random(len(s.orgs))
    sc = score.astype(np.float64).copy()
    sc[case.seeds] = -np.inf
    order = np.lexsort((-tb, -s.deg, -sc))
    pos = np.empty(len(sc), dtype=np.int64)
    pos[order] = np.arange(len(sc))
    return sorted(int(pos[t]) + 1 for t in case.truth)


# ------------------------------------------------------------------------- the run
@dataclass
class ConsortiumResult:
    split: str
    cases: int
    eligible: int
    methods: dict[str, dict[str, float]]
    latency_ms: dict[str, float]
    # subset name -> (its cases, the methods' metrics on them)
    subsets: dict[str, tuple[int, dict[str, dict[str, float]]]] = field(default_factory=dict)

    def ratios(self, methods: dict[str, dict[str, float]] | None = None) -> dict[str, float]:
        """Per metric, clustergraph over the best baseline (of all cases, or ``methods``)."""
        methods = methods or self.methods
        out = {}
        for metric in METRICS:
            best = max(methods[b][metric] for b in BASELINES)
            out[metric] = methods["clustergraph"][metric] / best if best else 0.0
        return out

    def as_json(self) -> dict[str, Any]:
        return {
            "task": "consortium",
            "split": self.split,
            "cases": self.cases,
            "eligible": self.eligible,
            "methods": self.methods,
            "ratio_to_best_baseline": self.ratios(),
            "best_baseline": {m: max(BASELINES, key=lambda b: self.methods[b][m]) for m in METRICS},
            "latency_ms": self.latency_ms,
            "subsets": {
                name: {
                    "cases": count,
                    "methods": methods,
                    "ratio_to_best_baseline": self.ratios(methods),
                }
                for name, (count, methods) in self.subsets.items()
            },
        }


# (revealed member ids, brief words, call topic code) -> ranked organisation ids
CompleteFn = Callable[[list[str], str, str], list[str]]


def evaluate(
    net: Network,
    eligible: Sequence[Case],
    cases: int,
    complete: CompleteFn,
    progress: Callable[[Iterator[int], int], Iterator[int]] | None = None,
) -> ConsortiumResult:
    """Score the production path and the baselines on ``cases`` of the ``eligible`` ones
    drawn with the fixed seed, and on as many company-led ones (:func:`sample` of those: the
    subset is small in a sample of all cases), each case run once."""
    picked, led, runs = drawn(eligible, cases)
    s = net.s
    per: dict[int, dict[str, dict[str, float]]] = {}
    latencies: list[float] = []
    items: Iterator[int] = iter(range(len(runs)))
    if progress is not None:
        items = progress(items, len(runs))
    for i in items:
        case = runs[i]
        truth_ids = {f"pic-{s.orgs[t]}" for t in case.truth}
        began = time.perf_counter()
        ranked = complete([f"pic-{s.orgs[x]}" for x in case.seeds], case.text, case.call_topic)
        latencies.append((time.perf_counter() - began) * 1000.0)
        ranks = [k + 1 for k, org in enumerate(ranked) if org in truth_ids]
        found = {"clustergraph": case_metrics(ranks, len(case.truth))}
        for name, score in baseline_scores(net, case).items():
            found[name] = case_metrics(baseline_ranks(s, case, score), len(case.truth))
        per[id(case)] = found

    def mean(chosen: Sequence[Case]) -> dict[str, dict[str, float]]:
        return {
            name: {
                m: float(np.mean([per[id(c)][name][m] for c in chosen])) if chosen else 0.0
                for m in METRICS
            }
            for name in ("clustergraph", *BASELINES)
        }

    return ConsortiumResult(
        s.name,
        len(picked),
        len(eligible),
        mean(picked),
        latency_summary(latencies),
        {COMPANY_LED: (len(led), mean(led))},
    )
