"""The evaluation's metric functions on hand-computed examples."""

from __future__ import annotations

import math

import numpy as np

from recommender.evaluation import (
    HE_YEAR,
    Row,
    baseline_ranks,
    baseline_scores,
    build_he_split,
    build_split,
    degree_band,
    mean_metrics,
    metrics_from_ranks,
    ranks_in,
    ratios_to_best_baseline,
)


def test_first_hit_at_rank_three_of_two_truths() -> None:
    m = metrics_from_ranks([3, 12], n_truth=2)
    assert m["hit@10"] == 1.0
    assert math.isclose(m["mrr"], 1 / 3)
    # DCG = 1/log2(4) = 0.5; ideal = 1/log2(2) + 1/log2(3) = 1 + 0.6309...
    assert math.isclose(m["ndcg@10"], 0.5 / (1 + 1 / math.log2(3)))
    assert math.isclose(m["p@10"], 0.1)


def test_perfect_and_missing() -> None:
    perfect = metrics_from_ranks([1, 2], n_truth=2)
    assert perfect == {"hit@10": 1.0, "mrr": 1.0, "ndcg@10": 1.0, "p@10": 0.2}
    # Found only at rank 150: outside the top 100, so MRR is 0 as well.
    assert metrics_from_ranks([150], n_truth=1) == {
        "hit@10": 0.0,
        "mrr": 0.0,
        "ndcg@10": 0.0,
        "p@10": 0.0,
    }
    late = metrics_from_ranks([40], n_truth=1)
    assert late["hit@10"] == 0.0
    assert math.isclose(late["mrr"], 1 / 40)


def test_ideal_dcg_caps_at_ten_truths() -> None:
    # 12 true partners, all in the top 10: ideal DCG uses 10 positions, so nDCG is 1.
    m = metrics_from_ranks(list(range(1, 11)), n_truth=12)
    assert math.isclose(m["ndcg@10"], 1.0)
    assert m["p@10"] == 1.0


def test_ranks_in_and_mean() -> None:
    assert ranks_in(["x", "a", "y", "b"], {"a", "b", "z"}) == [2, 4]
    rows = [metrics_from_ranks([1], 1), metrics_from_ranks([], 1)]
    assert mean_metrics(rows) == {"hit@10": 0.5, "mrr": 0.5, "ndcg@10": 0.5, "p@10": 0.05}


def test_ratio_to_the_best_non_random_baseline_per_metric() -> None:
    def row(hit: float, mrr: float) -> dict[str, float]:
        return {"hit@10": hit, "mrr": mrr, "ndcg@10": 0.0, "p@10": 0.2}

    methods = {
        "clustergraph": row(0.8, 0.44),
        "adamic_adar": row(0.6, 0.40),
        "common_neighbours": row(0.5, 0.22),
        "resource_allocation": row(0.4, 0.11),
        "popularity": row(0.64, 0.30),
        "random": row(0.99, 0.99),  # never the reference
    }
    ratios = ratios_to_best_baseline(methods)
    assert math.isclose(ratios["hit@10"], 0.8 / 0.64)  # popularity is best on hit@10
    assert math.isclose(ratios["mrr"], 0.44 / 0.40)  # Adamic-Adar on MRR
    assert ratios["ndcg@10"] == 0.0  # every baseline at 0
    assert math.isclose(ratios["p@10"], 1.0)


def _row(rcn: int, pic: int, year: int, country: str = "LU") -> Row:
    return Row(rcn, pic, year, "PRC", country, "participant")


def _horizon(grant: int, pic: int, year: int) -> Row:
    return Row(grant, pic, year, "PRC", "LU", "participant", "HORIZON")


# Before 2021: project 1 = {10, 11, 12}, project 2 = {12, 13}, project 3 = {14, 15, 16, 17}.
BEFORE = [
    *(_row(1, pic, 2016) for pic in (10, 11, 12)),
    *(_row(2, pic, 2017) for pic in (12, 13)),
    *(_row(3, pic, 2018) for pic in (14, 15, 16, 17)),
]


def test_he_split_truth_is_new_pairs_of_known_organisations() -> None:
    # 99 is unknown before 2021; 10-11 are already partners; a 2021 H2020 row is neither
    # in the network nor in the truth.
    rows = [
        *BEFORE,
        _row(4, 10, 2021),
        _row(4, 13, 2021),
        *(_horizon(5001, pic, 2024) for pic in (10, 11, 13, 99)),
        _horizon(5002, 14, 2026),
    ]
    s = build_he_split(rows)
    assert s.name == "HE" and s.t == HE_YEAR
    known = {pic: i for i, pic in enumerate(s.orgs)}
    assert set(known) == {10, 11, 12, 13, 14, 15, 16, 17}
    assert s.truth == {
        known[10]: {known[13]},
        known[11]: {known[13]},
        known[13]: {known[10], known[11]},
    }


def test_degree_ties_rank_the_better_connected_candidate_first() -> None:
    s = build_split(BEFORE, 2020)
    q = s.index[13]  # its only partner is 12, excluded like 13 itself
    low = {s.index[10], s.index[11]}  # 2 partners each; 14-17 have 3 each
    # Every candidate scores 0: ties by degree put 14-17 first, then 10 and 11.
    assert baseline_ranks(s, q, np.zeros(len(s.orgs)), low, ties=s.deg) == [5, 6]
    # Common neighbours: 10 and 11 share 12 with 13 and come first; degree breaks no tie there.
    score, ties = baseline_scores(s, q)["common_neighbours_deg"]
    assert baseline_ranks(s, q, score, low, ties) == [1, 2]
    assert baseline_ranks(s, q, score, {s.index[14]}, ties)[0] in (3, 4, 5, 6)


def test_degree_bands() -> None:
    labels = [degree_band(d) for d in (0, 1, 5, 6, 20, 21, 100, 101, 5000)]
    assert labels == ["0", "1-5", "1-5", "6-20", "6-20", "21-100", "21-100", ">100", ">100"]


def test_a_split_year_truth_is_its_year_and_the_two_after() -> None:
    rows = [
        *BEFORE,
        *(_horizon(6001, pic, 2023) for pic in (10, 14)),  # before 2024: in the network
        *(_horizon(6002, pic, 2024) for pic in (11, 15)),
        *(_horizon(6003, pic, 2026) for pic in (12, 16)),
        *(_horizon(6004, pic, 2027) for pic in (13, 17)),  # after the window: left out
    ]
    s = build_split(rows, 2024)
    assert s.name == "T=2024" and s.later == {6002, 6003}
    assert s.index[10] in {int(i) for i in s.neighbours[s.index[14]]}
    pairs = {(s.orgs[a], s.orgs[b]) for a, found in s.truth.items() for b in found}
    assert pairs == {(11, 15), (15, 11), (12, 16), (16, 12)}
