"""Who answers a call: the cases, the baselines and the metrics on hand-made data."""

from __future__ import annotations

import numpy as np

from recommender.call_evaluation import baseline_scores, call_cases, call_metrics, ranks_of
from recommender.consortium_evaluation import Grant, network
from recommender.evaluation import Row, build_split


def _row(project: int, pic: int, year: int) -> Row:
    return Row(project, pic, year, "PRC", "LU", "participant", "HORIZON")


# Before 2024: 101 (2022, family HORIZON-CL5-D3, about hydrogen buses) = 1, 2, 3;
# 102 (2023, another family, about protein folding) = 3, 4.
# 2024-2025: 201 and 202 answer HORIZON-CL5-2024-D3-01-05 (1, 2, 5 and 3, 9 unknown);
# 203 answers a call with one known participant only; 301 (2026) is after the window.
ROWS = [
    *(_row(101, pic, 2022) for pic in (1, 2, 3)),
    *(_row(102, pic, 2023) for pic in (3, 4)),
    *(_row(201, pic, 2024) for pic in (1, 2, 5)),
    *(_row(202, pic, 2025) for pic in (3, 9)),
    *(_row(203, pic, 2024) for pic in (4, 8)),
    *(_row(301, pic, 2026) for pic in (1, 2, 3, 4)),
]
CALL = "HORIZON-CL5-2024-D3-01-05"
GRANTS = {
    101: Grant("Hydrogen buses", "HORIZON-CL5-2022-D3-01-01", "Zero-emission buses"),
    102: Grant("Protein folding", "ERC-2023-STG", ""),
    201: Grant("Hydrogen coaches", CALL, "Clean hydrogen buses and coaches"),
    202: Grant("More coaches", CALL, "Clean hydrogen buses and coaches"),
    203: Grant("Alone", "HORIZON-CL6-2024-X-01", "Soil"),
    301: Grant("Later", CALL, "Clean hydrogen buses and coaches"),
}


def test_a_call_is_every_known_answerer_of_its_projects_in_the_window() -> None:
    s = build_split(ROWS, 2024)
    calls = call_cases(ROWS, s, GRANTS)
    assert [c.code for c in calls] == [CALL]  # the CL6 call has one known answerer only
    (call,) = calls
    assert call.title == "Clean hydrogen buses and coaches"
    assert {s.orgs[i] for i in call.truth} == {1, 2, 3}  # 5 and 9 are unknown before 2024


def test_the_family_and_text_baselines() -> None:
    s = build_split(ROWS, 2024)
    (call,) = call_cases(ROWS, s, GRANTS)
    scores = baseline_scores(network(ROWS, s, GRANTS), call)
    family = {s.orgs[i] for i in np.flatnonzero(scores["call_family_deg"])}
    assert family == {1, 2, 3}  # project 101 is in family HORIZON-CL5-D3
    text = {s.orgs[i] for i in np.flatnonzero(scores["brief_text_deg"])}
    assert text == {1, 2, 3}  # "hydrogen buses" matches project 101 only
    ranks = ranks_of(s, call, scores["call_family_deg"])
    assert ranks == [1, 2, 3]
    assert call_metrics(ranks, 3) == {"recall@20": 1.0, "mrr": 1.0, "hit@20": 1.0}
    assert call_metrics([25, 120], 2) == {"recall@20": 0.0, "mrr": 0.04, "hit@20": 0.0}
