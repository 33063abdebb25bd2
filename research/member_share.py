"""Which tie between a candidate and the revealed members tells a consortium best: the
measurement behind the consortium model's ``repeat`` signal (c4, docs/suggestions.md).

Run: ``.venv/bin/python -m research.member_share [--train 2023] [--eval 2019 2024]
[--rows DIR] [--port 7699] [--oracle]``. For each year it collects the production candidate rows of
``clustergraph evaluate --task consortium`` cases (``recommender.engine.consortium_candidates``
on a Neo4j holding the network before that year, ``.neo4j/eval-calls``): the training year's
own projects (800 drawn, plus as many company-led ones), and for an evaluated year the cases
of its evaluation (500 and the company-led ones). The rows are kept in ``--rows`` (one pickle
per year), so a second run asks Neo4j nothing.

Then, from the CSV files, each candidate's ties to each revealed member before the split:
the projects they share, the same weighted by 1 / ln of the project's size and by recency,
and the share of the member's projects they are. The served consortium model's features
plus one tie at a time (or none) are fitted listwise on the training rows (``research.fit``,
objective ``any``) and measured on each evaluated year: recall@10 and MRR (top 100) over
the rows, for all cases and the company-led ones. The rows hold what production's pools
hold, so these figures are what the model can reach on them, not the evaluation's own
(``clustergraph evaluate`` measures the production path with its re-rank).

``--oracle``: the served features (``repeat`` among them) fitted on each evaluated year's
own cases instead, all of them or the company-led ones alone, which no real model can have:
what any weighting of these features can reach on these rows.
"""

from __future__ import annotations

import argparse
import asyncio
import math
import os
import pickle
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from neo4j import AsyncGraphDatabase, GraphDatabase

from cli.suggest import EVAL_HOME, HE_ORGANIZATIONS, HE_PROJECTS, prepare_split
from graph.client import Graph
from graph.settings import DEFAULT_PASSWORD
from localneo4j import Instance
from recommender import consortium_evaluation, evaluation
from recommender.engine import MAX_FIRST, Brief, consortium_candidates
from recommender.scoring import CONSORTIUM_MODEL_FILE, TRANSFORMS, load_model
from research.fit import fit

Case = dict[str, Any]


def cases_of(year: int, train: bool, rows: list[evaluation.Row], grants: dict[int, Any]):
    split = evaluation.build_split(rows, year)
    eligible = consortium_evaluation.split_cases(rows, split, grants)
    if train:
        starts = {r.project: r.year for r in rows}
        eligible = [c for c in eligible if starts[c.project] == year]
    cases = 800 if train else consortium_evaluation.CASES
    picked, _, runs = consortium_evaluation.drawn(eligible, cases)
    chosen = {id(c) for c in picked}
    return split, [(c, id(c) in chosen) for c in runs]


async def _collect(uri: str, password: str, split: Any, cases: list[Any]) -> list[Case]:
    out = []
    async with AsyncGraphDatabase.driver(
        uri, auth=("neo4j", password), notifications_min_severity="OFF"
    ) as driver:
        graph = Graph(driver, "neo4j", timeout=120.0)
        for number, (case, picked) in enumerate(cases, 1):
            seeds = [f"pic-{split.orgs[x]}" for x in case.seeds]
            brief = Brief(case.text or None, case.call_topic or None)
            found = await consortium_candidates(graph, seeds, MAX_FIRST, brief)
            truth = {f"pic-{split.orgs[t]}" for t in case.truth}
            out.append(
                {
                    "seeds": seeds,
                    "truth": truth,
                    "company_led": case.company_led,
                    "picked": picked,
                    "rows": found.rows,
                }
            )
            if number % 100 == 0:
                print(f"  {number} of {len(cases)} cases")
    return out


def collected(year: int, train: bool, args: argparse.Namespace, data: Any) -> list[Case]:
    """The cases of ``year`` with their production rows (kept in ``--rows``)."""
    kept = args.rows / f"{'train' if train else 'eval'}-{year}.pickle"
    if kept.exists():
        with kept.open("rb") as handle:
            found: list[Case] = pickle.load(handle)  # noqa: S301 (written by this script)
        return found
    split, cases = cases_of(year, train, *data)
    password = os.environ.get("CLUSTERGRAPH_EVAL_PASSWORD", DEFAULT_PASSWORD)
    home = EVAL_HOME.with_name("eval-calls")
    instance = Instance(home=home, port=args.port, password=password, heap="2g", pagecache="1g")
    with instance.running(keep=False):
        with GraphDatabase.driver(
            instance.uri, auth=("neo4j", password), notifications_min_severity="OFF"
        ) as driver:
            prepare_split(driver, evaluation.data_dir(), year)
        found = asyncio.run(_collect(instance.uri, password, split, cases))
    args.rows.mkdir(parents=True, exist_ok=True)
    with kept.open("wb") as handle:
        pickle.dump(found, handle)
    return found


def add_ties(cases: list[Case], rows: list[evaluation.Row], year: int) -> None:
    """Each candidate's ties to the revealed members before ``year`` (columns of ``ties``)."""
    members: dict[int, set[str]] = defaultdict(set)
    started: dict[int, int] = {}
    for r in rows:
        if r.year < year:
            members[r.project].add(f"pic-{r.pic}")
            started[r.project] = r.year
    projects_of: dict[str, list[int]] = defaultdict(list)
    for project, orgs in members.items():
        for org in orgs:
            projects_of[org].append(project)
    for case in cases:
        per_seed = []
        for seed in case["seeds"]:
            ties: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
            for project in projects_of.get(seed, []):
                size = len(members[project])
                weight = 0.8 ** (year - 1 - started[project]) / math.log(1 + max(size, 2))
                for org in members[project]:
                    tie = ties[org]
                    tie[0] += 1.0
                    tie[1] += 1.0 / math.log(max(size, 2))
                    tie[2] += weight
            per_seed.append((ties, len(projects_of.get(seed, []))))
        table = []
        for row in case["rows"]:
            found = [(t.get(row["id"], [0.0, 0.0, 0.0]), n) for t, n in per_seed]
            table.append(
                [
                    max(math.log1p(t[0]) for t, _ in found),
                    sum(t[1] for t, _ in found),
                    max(math.log1p(10 * t[2]) / math.log(2 + n) for t, n in found),
                    max(t[0] / (1 + n) for t, n in found),
                    sum(t[0] / (1 + n) for t, n in found),
                ]
            )
        case["ties"] = np.array(table, dtype=np.float64).reshape(len(case["rows"]), 5)


TIES = (
    "shared projects (ln 1 + n), best member",
    "shared projects / ln size, summed (Adamic-Adar over projects)",
    "weighted shared projects over ln of the member's projects, best member",
    "share of the member's projects, best member (served: repeat)",
    "share of the member's projects, summed over members",
)


def metrics(cases: list[Case], score: Callable[[Case], np.ndarray]) -> tuple[float, float]:
    recalls, ranks = [], []
    for case in cases:
        labels = np.array([row["id"] in case["truth"] for row in case["rows"]], dtype=bool)
        if not labels.any():
            recalls.append(0.0)
            ranks.append(0.0)
            continue
        hits = np.flatnonzero(labels[np.argsort(-score(case), kind="stable")]) + 1
        recalls.append(float((hits <= 10).sum()) / len(case["truth"]))
        ranks.append(1.0 / hits[0] if hits[0] <= 100 else 0.0)
    return float(np.mean(recalls)), float(np.mean(ranks))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--train", type=int, default=2023)
    parser.add_argument("--eval", type=int, nargs="+", default=[2019, 2024])
    parser.add_argument("--rows", type=Path, default=Path(".neo4j/member-share"))
    parser.add_argument("--port", type=int, default=7699)
    parser.add_argument("--oracle", action="store_true", help="fit on the evaluated cases")
    args = parser.parse_args()
    he = evaluation.he_files()
    rows = evaluation.read_participations(evaluation.data_dir() / "participations.csv.gz")
    rows += evaluation.read_he_participations(he[HE_ORGANIZATIONS], he[HE_PROJECTS])
    grants = consortium_evaluation.read_grants(evaluation.data_dir(), he[HE_PROJECTS])
    model = load_model(CONSORTIUM_MODEL_FILE)
    pairs = [(c, t) for c, t in zip(model.columns, model.transforms, strict=True) if c != "repeat"]

    def base(case: Case) -> np.ndarray:
        return np.array(
            [[TRANSFORMS[t](float(row.get(c) or 0.0)) for c, t in pairs] for row in case["rows"]],
            dtype=np.float64,
        ).reshape(len(case["rows"]), len(pairs))

    years = {args.train: True, **{year: False for year in args.eval}}
    cases = {}
    for year, train in years.items():
        cases[year] = collected(year, train, args, (rows, grants))
        add_ties(cases[year], rows, year)
        for case in cases[year]:
            case["x"] = base(case)
    if args.oracle:
        oracle(cases, args.eval)
        return
    training = [c for c in cases[args.train] if c["rows"]]
    print("| ties added | " + " | ".join(f"T={y} all; company-led" for y in args.eval) + " |")
    print("| --- |" + " --- |" * len(args.eval))
    for label, column in [("none", None), *((name, i) for i, name in enumerate(TIES))]:
        cells = [
            f"{a:.4f} / {b:.4f}; {c:.4f} / {d:.4f}"
            for a, b, c, d in measure(training, [cases[y] for y in args.eval], column)
        ]
        print(f"| {label} | " + " | ".join(cells) + " |", flush=True)


def oracle(cases: dict[int, list[Case]], years: list[int]) -> None:
    """The served features fitted on each evaluated year's own cases (all, company-led)."""
    served = TIES.index("share of the member's projects, best member (served: repeat)")
    print("| fitted on | " + " | ".join(f"T={y} all; company-led" for y in years) + " |")
    print("| --- |" + " --- |" * len(years))
    for year in years:
        every = [c for c in cases[year] if c["rows"]]
        led = [c for c in every if c["company_led"]]
        for label, chosen in (("all", every), ("company-led", led)):
            cells = [
                f"{a:.4f} / {b:.4f}; {c:.4f} / {d:.4f}"
                for a, b, c, d in measure(chosen, [cases[y] for y in years], served)
            ]
            print(f"| T={year}, {label} cases | " + " | ".join(cells) + " |", flush=True)


def measure(
    training: list[Case], evaluated: list[list[Case]], column: int | None
) -> list[tuple[float, float, float, float]]:
    """Fit on ``training`` with the served features plus tie ``column`` (none: ``None``);
    per evaluated year, recall@10 and MRR of all cases, then of the company-led ones."""

    def features(case: Case) -> np.ndarray:
        x: np.ndarray = case["x"]
        return x if column is None else np.hstack([x, case["ties"][:, [column]]])

    groups = [
        (
            features(c),
            np.zeros(len(c["rows"])),
            np.array([r["id"] in c["truth"] for r in c["rows"]], dtype=bool),
        )
        for c in training
    ]
    weights, _ = fit(groups, objective="any")

    def scored(case: Case) -> np.ndarray:
        return features(case) @ weights if case["rows"] else np.zeros(0)

    out = []
    for cases in evaluated:
        every = metrics([c for c in cases if c["picked"]], scored)
        led = metrics([c for c in cases if c["company_led"]], scored)
        out.append((*every, *led))
    return out


if __name__ == "__main__":
    main()
