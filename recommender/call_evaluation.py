"""Who answers a call, evaluated (``clustergraph evaluate --task calls``).

Cases: the call topics of the projects that start in the split's year or the next
(``--split-year 2024``: 2024 and 2025, the network holding everything before 2024), with at
least 3 participants known before the split; the truth is every known participant of the
projects of that call topic. The request is what a cluster manager would send: the call
topic's code and its title as the brief (the CORDIS data carries no topic descriptions for
Horizon Europe), no members (``suggestConsortium`` with a call topic alone).

Methods, ties broken by the candidate's degree, then a seeded random key: clustergraph
(``recommender.engine.suggest_consortium``, first = 100, the API's code path); the call
family (the candidate's earlier projects in calls of the same family, e.g.
``HORIZON-CL5-D3``, the strongest baseline); the text alone (BM25 of the call's title
against every earlier project's title, call topic, keywords and abstract, summed over the
candidate's projects); popularity (degree). Metrics: recall@20 (true participants in the
top 20 / all true ones), MRR (top 100), hit@20.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from importers.calls import families
from recommender.consortium_evaluation import Grant, Network
from recommender.evaluation import SEED, FloatArray, Row, Split, latency_summary

METRICS = ("recall@20", "mrr", "hit@20")
BASELINES = ("call_family_deg", "brief_text_deg", "popularity")
TOP = 100
MIN_KNOWN = 3
YEARS = 2  # the split's year and the next


@dataclass
class Call:
    """One call topic to answer: its code, its title and who really answered it."""

    code: str
    title: str
    truth: set[int]


def call_cases(
    rows: Sequence[Row], s: Split, grants: Mapping[int, Grant], years: int = YEARS
) -> list[Call]:
    """The call topics of the projects starting in ``s.t`` or the ``years - 1`` years after,
    with at least :data:`MIN_KNOWN` participants known before the split, in code order."""
    truth: dict[str, set[int]] = defaultdict(set)
    titles: dict[str, str] = {}
    for r in rows:
        grant = grants.get(r.project)
        if not (s.t <= r.year < s.t + years) or grant is None or not grant.topic:
            continue
        titles[grant.topic] = grant.description or grant.topic
        if r.pic in s.index:
            truth[grant.topic].add(s.index[r.pic])
    return [
        Call(code, titles[code], known)
        for code, known in sorted(truth.items())
        if len(known) >= MIN_KNOWN
    ]


def baseline_scores(net: Network, call: Call) -> dict[str, FloatArray]:
    """Every baseline's score for ``call`` (ties are broken by degree afterwards)."""
    s = net.s
    n = len(s.orgs)
    family = np.zeros(n)
    wanted = families(call.code)[:1]
    if wanted:
        for project, found in net.families.items():
            if wanted[0] in found:
                for org in net.members[project]:
                    family[org] += 1.0
    text = np.zeros(n)
    assert net.text is not None
    for project, score in net.text.scores(call.title).items():
        for org in net.members.get(project, []):
            text[org] += score
    return {"call_family_deg": family, "brief_text_deg": text, "popularity": s.deg.copy()}


def ranks_of(s: Split, call: Call, score: FloatArray) -> list[int]:
    """1-based ranks of the truth; ties by degree, then a seeded random key."""
    key = np.random.default_rng(SEED * 11 + len(call.code)).random(len(s.orgs))
    order = np.lexsort((-key, -s.deg, -score))
    position = np.empty(len(order), dtype=np.int64)
    position[order] = np.arange(len(order))
    return sorted(int(position[t]) + 1 for t in call.truth)


def call_metrics(ranks: Sequence[int], n_truth: int) -> dict[str, float]:
    """recall@20, MRR (0 beyond the top 100) and hit@20 from the truth's 1-based ranks."""
    found = sorted(r for r in ranks if 1 <= r <= TOP)
    top20 = [r for r in found if r <= 20]
    return {
        "recall@20": len(top20) / n_truth if n_truth else 0.0,
        "mrr": 1.0 / found[0] if found else 0.0,
        "hit@20": 1.0 if top20 else 0.0,
    }


@dataclass
class CallResult:
    split: str
    cases: int
    methods: dict[str, dict[str, float]]
    latency_ms: dict[str, float]

    def ratios(self) -> dict[str, float]:
        """Per metric, clustergraph over the best baseline."""
        out = {}
        for metric in METRICS:
            best = max(self.methods[b][metric] for b in BASELINES)
            out[metric] = self.methods["clustergraph"][metric] / best if best else 0.0
        return out

    def as_json(self) -> dict[str, Any]:
        return {
            "task": "calls",
            "split": self.split,
            "cases": self.cases,
            "methods": self.methods,
            "ratio_to_best_baseline": self.ratios(),
            "best_baseline": {m: max(BASELINES, key=lambda b: self.methods[b][m]) for m in METRICS},
            "latency_ms": self.latency_ms,
        }


# (brief words, call topic code) -> ranked organisation ids
AnswerFn = Callable[[str, str], list[str]]


def evaluate(
    net: Network,
    calls: Sequence[Call],
    answer: AnswerFn,
    progress: Callable[[Iterator[int], int], Iterator[int]] | None = None,
) -> CallResult:
    """Score the production path and the baselines on ``calls``."""
    s = net.s
    per: dict[str, list[dict[str, float]]] = defaultdict(list)
    latencies: list[float] = []
    items: Iterator[int] = iter(range(len(calls)))
    if progress is not None:
        items = progress(items, len(calls))
    for i in items:
        call = calls[i]
        truth_ids = {f"pic-{s.orgs[t]}" for t in call.truth}
        began = time.perf_counter()
        ranked = answer(call.title, call.code)
        latencies.append((time.perf_counter() - began) * 1000.0)
        ranks = [k + 1 for k, org in enumerate(ranked) if org in truth_ids]
        per["clustergraph"].append(call_metrics(ranks, len(call.truth)))
        for name, score in baseline_scores(net, call).items():
            per[name].append(call_metrics(ranks_of(s, call, score), len(call.truth)))
    methods = {
        name: {m: float(np.mean([r[m] for r in per[name]])) if per[name] else 0.0 for m in METRICS}
        for name in ("clustergraph", *BASELINES)
    }
    return CallResult(s.name, len(calls), methods, latency_summary(latencies))
