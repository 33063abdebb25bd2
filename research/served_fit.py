"""Fit a served model on the production candidate rows: the subject model
(``recommender/subject.json``: who answers a call, from the call topic's code and title
alone), the consortium model (``recommender/consortium.json``: complete a consortium from
its coordinator, one partner and its title) or the partner model (``recommender/model.json``:
partners for one organisation, no subject).

Run: ``.venv/bin/python -m research.served_fit --model subject|consortium|partners
[--train-year 2023 [2018 ...]] [--port 7699] [--rows FILE.npz] [--l2 L] [--validate]
[--write --name NAME] [--keep]``.

The rows are the production ones: each request goes through
``recommender.engine.consortium_candidates`` (the same Cypher and merge as the API) of a Neo4j
holding the network before the training year (an instance of its own,
``.neo4j/eval-calls``, port 7699, imported as ``clustergraph evaluate`` imports a split; kept
when it holds that split already). The requests come from the projects that start in the
training year itself, so nothing of the evaluated years (``clustergraph evaluate
--split-year 2024``: projects from 2024 on) is learnt from:
- subject: every call topic of those projects with at least 3 participants known before,
  asked by its code and title; a row is positive when its organisation took part in a
  project of that call;
- consortium: those projects as ``clustergraph evaluate --task consortium`` makes its cases
  (coordinator and one partner revealed, the title and call topic as the brief), up to
  ``--cases`` drawn with the fixed seed plus as many company-led ones; a row is positive when
  its organisation took part;
- partners: the organisations of ``clustergraph evaluate``'s query set ALL drawn the same way
  from a split whose truth is the new partners of the training year's projects alone (the
  evaluation's truth spans three years); a row is positive when it is a new partner.
The weights are fitted listwise (``research.fit``: per request, -log of the softmax mass on
its true items, ``--objective any``, or their mean, ``avg``) on the model's own features and
transforms (L2 penalty ``--l2`` on the standardised features), then printed with recall and MRR
on the training rows; ``--write`` stores them. ``--validate`` (two training years or more)
first fits each penalty of :data:`L2_GRID` on all training years but one and prints recall and
MRR on the one left out, in turn: the penalty is chosen so, never on the evaluated cases.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from neo4j import AsyncGraphDatabase, GraphDatabase

from cli.suggest import EVAL_HOME, HE_ORGANIZATIONS, HE_PROJECTS, prepare_split
from graph.client import Graph
from graph.settings import DEFAULT_PASSWORD
from localneo4j import Instance
from recommender import call_evaluation, consortium_evaluation, evaluation
from recommender.engine import MAX_FIRST, Brief, Criteria, consortium_candidates, partner_candidates
from recommender.scoring import (
    CONSORTIUM_MODEL_FILE,
    MODEL_FILE,
    SUBJECT_MODEL_FILE,
    TRANSFORMS,
    Model,
    load_model,
)
from research.fit import fit

Group = tuple[np.ndarray, np.ndarray, np.ndarray]
HOME = EVAL_HOME.with_name("eval-calls")
PORT = 7699
L2_GRID = (0.001, 0.01, 0.03, 0.1, 0.3)


def features(rows: list[dict[str, Any]], columns: list[str], transforms: list[str]) -> np.ndarray:
    """The model's feature matrix of candidate rows (its columns and transforms)."""
    pairs = list(zip(columns, transforms, strict=True))
    return np.array(
        [[TRANSFORMS[t](float(row.get(c) or 0.0)) for c, t in pairs] for row in rows],
        dtype=np.float64,
    )


@dataclass(frozen=True)
class Request:
    """One training request: the members revealed, the brief, the truth (organisation ids)."""

    members: list[str]
    brief: Brief | None  # None: a partner request (no subject)
    truth: set[str]


async def candidate_rows(graph: Graph, request: Request, model: Model) -> list[dict[str, Any]]:
    """The production candidates of one request, unscored."""
    if request.brief is None:
        return await partner_candidates(
            graph,
            request.members,
            MAX_FIRST,
            Criteria(),
            target_topics=None,
            match_countries=None,
            model=model,
        )
    found = await consortium_candidates(
        graph, request.members, MAX_FIRST, request.brief, model=model
    )
    return found.rows


async def collect(
    uri: str, password: str, requests: list[Request], model_file: Path
) -> list[Group]:
    """One training group per request: the production candidates' features and labels."""
    model = load_model(model_file)
    columns, transforms = list(model.columns), list(model.transforms)
    groups: list[Group] = []
    async with AsyncGraphDatabase.driver(
        uri, auth=("neo4j", password), notifications_min_severity="OFF"
    ) as driver:
        graph = Graph(driver, "neo4j", timeout=120.0)
        for number, request in enumerate(requests, 1):
            rows = await candidate_rows(graph, request, model)
            if rows:
                labels = np.array([row["id"] in request.truth for row in rows])
                x = features(rows, columns, transforms)
                groups.append((x, np.zeros(len(rows)), labels))
            if number % 100 == 0:
                print(f"  {number} of {len(requests)} requests")
    return groups


def call_requests(
    rows: list[evaluation.Row], split: evaluation.Split, grants: dict[int, Any]
) -> list[Request]:
    calls = call_evaluation.call_cases(rows, split, grants, years=1)
    return [
        Request([], Brief(c.title or None, c.code), {f"pic-{split.orgs[t]}" for t in c.truth})
        for c in calls
    ]


def partner_requests(split: evaluation.Split) -> list[Request]:
    return [
        Request([f"pic-{split.orgs[q]}"], None, {f"pic-{split.orgs[t]}" for t in split.truth[q]})
        for q in evaluation.query_sets(split)["ALL"]
    ]


def consortium_requests(
    rows: list[evaluation.Row], split: evaluation.Split, grants: dict[int, Any], cases: int
) -> list[Request]:
    years = {r.project: r.year for r in rows}
    eligible = [
        c
        for c in consortium_evaluation.split_cases(rows, split, grants)
        if years[c.project] == split.t
    ]
    _, _, chosen = consortium_evaluation.drawn(eligible, cases)
    return [
        Request(
            [f"pic-{split.orgs[x]}" for x in c.seeds],
            Brief(c.text or None, c.call_topic or None),
            {f"pic-{split.orgs[t]}" for t in c.truth},
        )
        for c in chosen
    ]


def save_groups(path: Path, groups: list[Group]) -> None:
    arrays = {f"x{i}": x for i, (x, _, _) in enumerate(groups)}
    arrays.update({f"y{i}": y for i, (_, _, y) in enumerate(groups)})
    np.savez_compressed(path, **arrays)


def load_groups(path: Path) -> list[Group]:
    with np.load(path) as found:
        count = sum(1 for key in found.files if key.startswith("x"))
        return [
            (found[f"x{i}"], np.zeros(len(found[f"y{i}"])), found[f"y{i}"]) for i in range(count)
        ]


def describe(model: str, requests: int, args: argparse.Namespace) -> str:
    """The model file's description: what was fitted, on what, and how to redo it."""
    what = {
        "subject": "who answers a call, from its code and title alone",
        "consortium": "complete a consortium from its coordinator, one partner and its title",
        "partners": "partners for one organisation, no subject",
    }[model]
    years = " and ".join(str(year) for year in args.train_year)
    return (
        f"Log-linear {model} model ({what}), fitted by research.served_fit on the candidate "
        f"rows the API itself produces for {requests} requests of projects starting in "
        f"{years} (each on the network before its year), objective '{args.objective}', "
        f"L2 penalty {args.l2} on the standardised features. "
        "'signals' maps each feature to a column of the merged candidate row "
        "(recommender/engine.py) and its transform."
    )


def report(groups: list[Group], weights: np.ndarray) -> dict[str, float]:
    """recall@20 and MRR of ``weights`` on the training calls' candidates (truth reached)."""
    recalls, mrrs = [], []
    for x, _, y in groups:
        order = np.argsort(-(x @ weights), kind="stable")
        hits = np.flatnonzero(y[order]) + 1
        recalls.append(float((hits <= 20).sum()) / max(int(y.sum()), 1))
        mrrs.append(1.0 / hits[0] if len(hits) and hits[0] <= 100 else 0.0)
    return {"recall@20": float(np.mean(recalls)), "mrr": float(np.mean(mrrs))}


def validate(by_year: dict[int, list[Group]], objective: str) -> None:
    """For each penalty of the grid, recall@20 and MRR on each training year's rows of the
    weights fitted on the other years' rows."""
    for l2 in L2_GRID:
        held = []
        for year, groups in by_year.items():
            others = [g for other, found in by_year.items() if other != year for g in found]
            weights, _ = fit(others, l2=l2, objective=objective)
            found = report(groups, weights)
            held.append(f"{year} {found['recall@20']:.4f} / {found['mrr']:.4f}")
        print(f"l2 {l2:<6} held out: {'; '.join(held)}")


def year_groups(
    year: int,
    args: argparse.Namespace,
    instance: Instance,
    password: str,
    rows: list[evaluation.Row],
    grants: dict[int, Any],
    model_file: Path,
) -> tuple[list[Group], int]:
    """The training groups of one year (from ``--rows`` when kept there) and how many true
    items its requests wanted."""
    truth_years = 1 if args.model == "partners" else evaluation.TRUTH_YEARS
    split = evaluation.build_split(rows, year, truth_years)
    if args.model == "subject":
        requests = call_requests(rows, split, grants)
    elif args.model == "partners":
        requests = partner_requests(split)
    else:
        requests = consortium_requests(rows, split, grants, args.cases)
    print(f"{len(requests)} requests of {year}, network before {year}")
    wanted = sum(len(r.truth) for r in requests)
    kept = None if args.rows is None else args.rows.with_name(f"{args.rows.stem}-{year}.npz")
    if kept is not None and kept.exists():
        return load_groups(kept), wanted
    with instance.running(keep=args.keep):
        with GraphDatabase.driver(instance.uri, auth=("neo4j", password)) as driver:
            prepare_split(driver, evaluation.data_dir(), year)
        groups = asyncio.run(collect(instance.uri, password, requests, model_file))
    if kept is not None:
        save_groups(kept, groups)
    return groups, wanted


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", choices=("subject", "consortium", "partners"), required=True)
    parser.add_argument(
        "--train-year",
        type=int,
        nargs="+",
        default=[2023],
        help="the years whose requests are learnt from, each on the network before it",
    )
    parser.add_argument("--cases", type=int, default=800, help="consortium cases drawn")
    parser.add_argument("--port", type=int, default=PORT)
    parser.add_argument("--objective", choices=("any", "avg"), default="avg")
    parser.add_argument("--l2", type=float, default=0.001, help="L2 penalty of the fit")
    parser.add_argument(
        "--validate", action="store_true", help="leave-one-year-out recall and MRR per penalty"
    )
    parser.add_argument("--write", action="store_true", help="store the weights")
    parser.add_argument(
        "--name", help="the model's name in docs/suggestions.md (e.g. c5), its version's start"
    )
    parser.add_argument(
        "--rows",
        type=Path,
        help="where to keep the collected rows (NAME.npz: one file NAME-YEAR.npz per year), "
        "reused when there, so other objectives can be fitted without asking Neo4j again",
    )
    parser.add_argument("--keep", action="store_true", help="leave the Neo4j running")
    args = parser.parse_args()
    if args.write and not args.name:
        parser.error("--write needs --name: the stored version names the model")
    if len(set(args.train_year)) != len(args.train_year):
        parser.error("--train-year: each year once")
    if args.validate and len(args.train_year) < 2:
        parser.error("--validate needs two training years or more")
    he = evaluation.he_files()
    password = os.environ.get("CLUSTERGRAPH_EVAL_PASSWORD", DEFAULT_PASSWORD)
    instance = Instance(home=HOME, port=args.port, password=password, heap="2g", pagecache="1g")
    rows = evaluation.read_participations(evaluation.data_dir() / "participations.csv.gz")
    rows += evaluation.read_he_participations(he[HE_ORGANIZATIONS], he[HE_PROJECTS])
    grants = consortium_evaluation.read_grants(evaluation.data_dir(), he[HE_PROJECTS])
    model_file = {
        "subject": SUBJECT_MODEL_FILE,
        "consortium": CONSORTIUM_MODEL_FILE,
        "partners": MODEL_FILE,
    }[args.model]
    by_year: dict[int, list[Group]] = {}
    wanted = 0
    for year in args.train_year:
        by_year[year], count = year_groups(year, args, instance, password, rows, grants, model_file)
        wanted += count
    if args.validate:
        validate(by_year, args.objective)
    groups = [g for found in by_year.values() for g in found]
    model = load_model(model_file)
    current = np.array(model.weights)
    weights, loss = fit(groups, l2=args.l2, objective=args.objective)
    reached = sum(int(y.sum()) for _, _, y in groups)
    print(f"{len(groups)} requests with candidates; true items reached {reached} of {wanted}")
    print(f"served weights  {report(groups, current)}")
    print(f"fitted ({args.objective}) {report(groups, weights)}  loss {loss:.4f}")
    for name, old, new in zip(model.features, current, weights, strict=True):
        print(f"  {name:12} {old:8.3f} -> {new:8.3f}")
    if not math.isfinite(loss):
        raise SystemExit("the fit did not converge: nothing written")
    if args.write:
        data_file = json.loads(model_file.read_text(encoding="utf-8"))
        data_file["w"] = [round(float(w), 6) for w in weights]
        years = "+".join(str(year) for year in args.train_year)
        data_file["version"] = f"{args.name}-rows-{years}"
        data_file["description"] = describe(args.model, len(groups), args)
        model_file.write_text(json.dumps(data_file, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {model_file}")


if __name__ == "__main__":
    main()
