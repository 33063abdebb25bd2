"""The served consortium model on hand-made candidate rows (no database): how the merged
row's signals become a score and reasons."""

from __future__ import annotations

import math
from typing import Any

from recommender.engine import THEMATIC, _merge
from recommender.explain import CLUSTER, MEMBERS, summary
from recommender.scoring import CONSORTIUM_MODEL_FILE, Suggestion, load_model, score


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


def _seed(
    sid: str,
    projects: int,
    partners: list[tuple[str, int]],
    *,
    counts: bool = True,
    led: tuple[int, list[int], list[int]] | None = None,
) -> dict[str, Any]:
    """A seed's row; ``led``: its coordinated projects, and per partner the shared projects
    it coordinated and those the partner coordinated (none led by default)."""
    coordinated, leds, led_bys = led or (0, [0 for _ in partners], [0 for _ in partners])
    return {
        "id": sid,
        "country": "LU",
        "kind": 0,
        "projects": projects,
        "coordinated": coordinated,
        "listIds": [p for p, _ in partners],
        "listW": [0.1 for _ in partners],
        "listN": [n for _, n in partners] if counts else [],
        "listLed": leds if counts else [],
        "listLedBy": led_bys if counts else [],
        "partners": [],
    }


def test_the_partner_a_member_brings_into_most_of_its_projects_ranks_first() -> None:
    model = load_model(CONSORTIUM_MODEL_FILE)
    seeds = [
        _seed("lead", 5, [("often", 3), ("once", 1)]),
        _seed("other", 40, [("once", 2)]),
    ]
    rows = _merge([], [_thematic("often", 50), _thematic("once", 50)], seeds, None, model)
    by_id = {row["id"]: row for row in rows}
    # the largest share of one member's projects: 3 of lead's 5; 1 of 5 beats 2 of 40
    assert (by_id["often"]["repeatSeed"], by_id["often"]["repeatShared"]) == ("lead", 3)
    assert math.isclose(by_id["often"]["repeat"], 3 / 6)
    assert (by_id["once"]["repeatSeed"], by_id["once"]["repeatOf"]) == ("lead", 5)
    often, once = (score({**by_id[c], "linked": 1}, model) for c in ("often", "once"))
    assert often.score > once.score
    often.facts["linkedSeeds"] = ["other", "lead"]
    # organisations by the name their cards show, not by a short name the reader cannot tie
    # to a card ("UNILU")
    names = {"lead": ("Lead Motors SA", "LM"), "other": ("Other Works", None)}
    assert summary(often, names, MEMBERS).startswith(
        "Has worked with Lead Motors SA (in 3 of that organisation's 5 projects) and Other Works; "
    )


def test_a_small_share_of_a_large_member_goes_unsaid() -> None:
    model = load_model(CONSORTIUM_MODEL_FILE)
    seeds = [_seed("hub", 116, [("c", 2)])]
    (row,) = _merge([], [_thematic("c", 50)], seeds, None, model)
    s = score({**row, "linked": 1}, model)
    s.facts["linkedSeeds"] = ["hub"]
    assert summary(s, {"hub": ("Big Hub", None)}, MEMBERS).startswith("Has worked with Big Hub; ")
    # a "short name" longer than the name is a former name, not a short one
    renamed = {"hub": ("NETCOMPANY S.A.", "INTRASOFT INTERNATIONAL SA")}
    assert summary(s, renamed, MEMBERS).startswith("Has worked with NETCOMPANY S.A.; ")


def test_partner_lists_stored_without_counts_give_no_share() -> None:
    model = load_model(CONSORTIUM_MODEL_FILE)
    seeds = [_seed("lead", 5, [("often", 3)], counts=False)]
    (row,) = _merge([], [_thematic("often", 50)], seeds, None, model)
    assert row["repeat"] == 0.0 and row["repeatSeed"] is None
    assert row["led"] == 0.0 and row["ledBy"] == 0
    assert row["direct"] > 0  # the list itself still counts


def test_the_largest_share_names_its_member_and_led_by_adds_up_over_members() -> None:
    """A partner in 2 of one member's 4 projects and 3 of another's 20: its repeat is the
    first member's share; it coordinated one project with each, and they add up."""
    model = load_model(CONSORTIUM_MODEL_FILE)
    small = _seed("small", 4, [("p", 2)], led=(1, [1], [1]))
    hub = _seed("hub", 20, [("p", 3)], led=(10, [0], [1]))
    for seeds in ([small, hub], [hub, small]):
        (row,) = _merge([], [_thematic("p", 50)], seeds, None, model)
        assert (row["repeatSeed"], row["repeatShared"], row["repeatOf"]) == ("small", 2, 4)
        assert math.isclose(row["repeat"], 2 / 5)
        assert math.isclose(row["led"], 1 / 2) and row["ledBy"] == 2
        assert math.isclose(row["direct"], 0.2)


def test_lists_stored_before_the_led_counts_keep_their_share() -> None:
    """A database imported between c4 and c5: shared counts, no led counts."""
    model = load_model(CONSORTIUM_MODEL_FILE)
    seed = {**_seed("lead", 5, [("often", 3)]), "listLed": [], "listLedBy": []}
    (row,) = _merge([], [_thematic("often", 50)], [seed], None, model)
    assert math.isclose(row["repeat"], 3 / 6) and row["repeatSeed"] == "lead"
    assert row["led"] == 0.0 and row["ledBy"] == 0


def test_the_partner_a_member_led_projects_with_ranks_above_one_it_met_in_others() -> None:
    """Two partners of a member, each in 2 of its 6 projects: the one the member brought
    into 2 of the 3 projects it coordinated, and the one that coordinated a project with a
    member, rank above the one met only in projects others led."""
    model = load_model(CONSORTIUM_MODEL_FILE)
    seeds = [
        _seed(
            "lead",
            6,
            [("brought", 2), ("leader", 2), ("met", 2)],
            led=(3, [2, 0, 0], [0, 1, 0]),
        )
    ]
    thematic = [_thematic(cid, 50) for cid in ("brought", "leader", "met")]
    by_id = {row["id"]: row for row in _merge([], thematic, seeds, None, model)}
    assert math.isclose(by_id["brought"]["led"], 2 / 4) and by_id["brought"]["ledBy"] == 0
    assert by_id["leader"]["led"] == 0.0 and by_id["leader"]["ledBy"] == 1
    assert by_id["met"]["led"] == 0.0 and by_id["met"]["ledBy"] == 0
    brought, leader, met = (
        score({**by_id[c], "linked": 1}, model) for c in ("brought", "leader", "met")
    )
    assert brought.score > met.score and leader.score > met.score

    def ties(s: Suggestion) -> float:  # the member ties' terms add up into one reason
        return sum(r.contribution for r in s.reasons if r.kind == "worked_with_members")

    assert ties(brought) > ties(met) and ties(leader) > ties(met)
    assert math.isclose(brought.score - met.score, ties(brought) - ties(met), abs_tol=1e-9)


def test_a_cluster_is_told_of_its_organisations_not_of_members_it_may_lack() -> None:
    """A cluster without members asks with the organisations active in its domain: the
    sentence must not speak of its members."""
    model = load_model(CONSORTIUM_MODEL_FILE)
    seeds = [_seed(seed, 10, [("c", 2)]) for seed in ("a", "b", "d", "e")]
    (row,) = _merge([], [_thematic("c", 50)], seeds, None, model)
    s = score({**row, "linked": 4}, model)
    s.facts["linkedSeeds"] = ["a", "b", "d", "e"]
    names = {seed: (f"Org {seed.upper()}", None) for seed in "abde"}
    assert summary(s, names, CLUSTER).startswith(
        "Has worked with Org A (in 2 of that organisation's 10 projects) and Org B "
        "and 2 more of your cluster's organisations; "
    )
    assert "member" not in summary(s, names, CLUSTER)
