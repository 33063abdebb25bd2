"""The consortium-completion evaluation's cases, baselines and metrics on hand-made data."""

from __future__ import annotations

import math

import numpy as np

from recommender.consortium_evaluation import (
    Bm25,
    Grant,
    baseline_ranks,
    baseline_scores,
    case_metrics,
    network,
    split_cases,
)
from recommender.evaluation import Row, build_he_split, build_split


def _row(rcn: int, pic: int, year: int, role: str = "participant") -> Row:
    return Row(rcn, pic, year, "PRC", "LU", role)


# Before 2019: project 1 (2017) = 10, 11, 12, 13 about hydrogen trucks; project 2 (2018) =
# 13, 14 about protein folding; project 3 (2018) = 15, 16 in the call family DT-ICT.
BEFORE = [
    *(_row(1, pic, 2017) for pic in (10, 11, 12, 13)),
    *(_row(2, pic, 2018) for pic in (13, 14)),
    *(_row(3, pic, 2018) for pic in (15, 16)),
]
GRANTS = {
    1: Grant("Hydrogen trucks", "FCH-01-2017", "Refuelling"),
    2: Grant("Protein folding", "", ""),
    3: Grant("Edge computing", "DT-ICT-01-2018", ""),
    # the project to complete: coordinator 10, then 11, 12, 14 and one unknown (99)
    4: Grant("Hydrogen buses", "DT-ICT-09-2019", "Digital transport"),
}
AFTER = [
    _row(4, 10, 2019, "coordinator"),
    *(_row(4, pic, 2019) for pic in (11, 12, 14, 99)),
    # too small once unknown organisations are left out: 3 known
    *(_row(5, pic, 2019) for pic in (10, 11, 12, 98)),
]


def test_h2020_case_reveals_the_coordinator_and_one_partner() -> None:
    rows = BEFORE + AFTER
    s = build_split(rows, 2019)
    cases = split_cases(rows, s, GRANTS)
    assert [c.project for c in cases] == [4]  # project 5 has a known coordinator but 3 known
    case = cases[0]
    revealed = {s.orgs[i] for i in case.seeds}
    assert s.orgs[case.seeds[0]] == 10 and len(revealed) == 2
    # truth: the other known participants (99 is unknown before 2019)
    assert {s.orgs[i] for i in case.truth} == {11, 12, 14} - revealed
    assert case.text == "Hydrogen buses Digital transport"
    assert case.call_topic == "DT-ICT-09-2019"


def test_he_case_reveals_the_coordinator_and_one_partner_with_the_title() -> None:
    horizon = [
        Row(101000007, 10, 2024, "PRC", "LU", "coordinator", "HORIZON"),
        *(Row(101000007, pic, 2024, "HES", "DE", "participant", "HORIZON") for pic in (11, 12)),
        *(Row(101000007, pic, 2025, "REC", "FR", "thirdParty", "HORIZON") for pic in (14, 99)),
        *(Row(101000008, pic, 2024, "PRC", "LU", "participant", "HORIZON") for pic in (10, 11)),
    ]
    grants = {101000007: Grant("Hydrogen ferries", "HORIZON-CL5-2021-D2-01-01", "Hydrogen")}
    s = build_he_split(BEFORE + horizon)
    cases = split_cases(BEFORE + horizon, s, grants)
    assert [c.project for c in cases] == [101000007]
    assert s.orgs[cases[0].seeds[0]] == 10 and len(cases[0].truth) == 2
    assert cases[0].text == "Hydrogen ferries Hydrogen"
    assert cases[0].baseline_text == "Hydrogen ferries"


def test_baselines_and_metrics() -> None:
    rows = BEFORE + AFTER
    s = build_split(rows, 2019)
    net = network(rows, s, GRANTS)
    case = split_cases(rows, s, GRANTS)[0]
    scores = baseline_scores(net, case)
    # call family DT-ICT: only 15 and 16 (project 3) are active in it
    family = {s.orgs[i] for i in np.flatnonzero(scores["call_family"])}
    assert family == {15, 16}
    # counted over shared projects: the revealed members' own earlier partners, once per
    # shared project (project 1 has 4 members: 1 / ln 4 each for Adamic-Adar)
    seeds = {s.orgs[i] for i in case.seeds}
    shared = {s.orgs[i]: v for i, v in enumerate(scores["common_neighbours_projects_deg"]) if v}
    assert set(shared) >= {11, 12, 13} - seeds
    assert math.isclose(
        scores["adamic_adar_projects_deg"][s.index[12]] * math.log(4),
        scores["common_neighbours_projects_deg"][s.index[12]],
    )
    assert case.company_led  # its coordinator, 10, is a company (PRC)
    # brief text alone, on the title "Hydrogen buses": project 1's members match
    text = {s.orgs[i] for i in np.flatnonzero(scores["brief_text"])}
    assert text == {10, 11, 12, 13}
    # Ranked: the (at most 3) text matches first, the revealed members excluded.
    ranks = baseline_ranks(s, case, scores["brief_text"])
    matched = sorted(t for t in case.truth if scores["brief_text"][t] > 0)
    assert ranks[: len(matched)] == sorted(ranks)[: len(matched)]
    assert all(r <= 3 for r in ranks[: len(matched)])
    assert all(r > 3 for r in ranks[len(matched) :])
    m = case_metrics([1, 12], n_truth=2)
    assert m == {"recall@10": 0.5, "mrr": 1.0, "hit@10": 1.0}
    assert case_metrics([], n_truth=3) == {"recall@10": 0.0, "mrr": 0.0, "hit@10": 0.0}


def test_bm25_prefers_the_rarer_word_and_folds_accents() -> None:
    bm = Bm25({1: "hydrogen trucks", 2: "electric trucks", 3: "électrique hydrogène"})
    scores = bm.scores("Hydrogen TRUCKS")
    assert scores[1] > scores[2] > 0
    assert 3 not in scores  # "hydrogène" folds to "hydrogene", not "hydrogen"
    assert math.isclose(max(Bm25({1: "the of and"}).scores("the").values(), default=0.0), 0.0)
