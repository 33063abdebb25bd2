"""The served consortium model on hand-made candidate rows (no database): how the merged
row's signals become a score and reasons."""

from __future__ import annotations

import math
from typing import Any

from recommender.engine import THEMATIC, _merge
from recommender.scoring import CONSORTIUM_MODEL_FILE, load_model, score


def _thematic(cid: str, partners: int) -> dict[str, Any]:
    """A candidate reached through the brief only, with one project matching it best."""
    return {
        **dict.fromkeys(THEMATIC, 0.0),
        "id": cid,
        "text": 1.0,
        "textmax": 1.0,
        "textshare": 0.5,
        "textProjects": ["p1"],
        "familyProjects": [],
        "rep2Projects": [],
        "deg": partners,
        "recent": 2,
        "coord": 0,
        "kind": 0,
        "country": "DE",
    }


def test_a_hubs_best_brief_match_counts_for_less() -> None:
    model = load_model(CONSORTIUM_MODEL_FILE)
    rows = _merge([], [_thematic("small", 5), _thematic("hub", 800)], [], None, model)
    by_id = {row["id"]: row for row in rows}
    assert math.isclose(by_id["small"]["textdeg"], math.log1p(5))
    assert math.isclose(by_id["hub"]["textdeg"], math.log1p(800))
    small, hub = (score(by_id[cid], model) for cid in ("small", "hub"))
    match = {s.id: next(r for r in s.reasons if r.kind == "brief_match") for s in (small, hub)}
    assert match["small"].contribution > match["hub"].contribution
    assert match["hub"].evidence == [("Project", "p1")]
    for s in (small, hub):
        assert math.isclose(sum(r.contribution for r in s.reasons), s.score, abs_tol=1e-9)
