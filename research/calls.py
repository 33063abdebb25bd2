"""Fit the subject model (``recommender/subject.json``): who answers a call, from the call
topic's code and title alone.

Run: ``.venv/bin/python -m research.calls [--train-year 2023] [--port 7699] [--write] [--keep]``.

The rows are the production ones: each call is asked through
``recommender.engine.consortium_candidates`` (the same Cypher and merge as the API) of a Neo4j
holding the network before the training year (an instance of its own,
``.neo4j/eval-calls``, port 7699, imported as ``clustergraph evaluate`` imports a split; kept
when it holds that split already). The calls are those of the
projects that start in the training year itself, so nothing of the evaluated years
(``clustergraph evaluate --split-year 2024 --task calls``: projects of 2024 and 2025) is
learnt from. A row is positive when its organisation took part in a project of that call.
The weights are fitted listwise (``research.fit``: per call, -log of the softmax mass on its
true answerers, ``--objective any``, or their mean, ``avg``) on the model's own features
and transforms, then printed; ``--write`` stores them in ``recommender/subject.json``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
from typing import Any

import numpy as np
from neo4j import AsyncGraphDatabase, GraphDatabase

from cli.suggest import EVAL_HOME, HE_ORGANIZATIONS, HE_PROJECTS, prepare_split
from graph.client import Graph
from graph.settings import DEFAULT_PASSWORD
from localneo4j import Instance
from recommender import call_evaluation, consortium_evaluation, evaluation
from recommender.engine import MAX_FIRST, Brief, consortium_candidates
from recommender.scoring import SUBJECT_MODEL_FILE, TRANSFORMS, load_model
from research.fit import fit

Group = tuple[np.ndarray, np.ndarray, np.ndarray]
HOME = EVAL_HOME.with_name("eval-calls")
PORT = 7699


def features(rows: list[dict[str, Any]], columns: list[str], transforms: list[str]) -> np.ndarray:
    """The model's feature matrix of candidate rows (its columns and transforms)."""
    pairs = list(zip(columns, transforms, strict=True))
    return np.array(
        [[TRANSFORMS[t](float(row.get(c) or 0.0)) for c, t in pairs] for row in rows],
        dtype=np.float64,
    )


async def collect(
    uri: str, password: str, calls: list[call_evaluation.Call], orgs: list[int]
) -> list[Group]:
    """One training group per call: the production candidates' features and labels."""
    model = load_model(SUBJECT_MODEL_FILE)
    columns, transforms = list(model.columns), list(model.transforms)
    groups: list[Group] = []
    async with AsyncGraphDatabase.driver(uri, auth=("neo4j", password)) as driver:
        graph = Graph(driver, "neo4j", timeout=120.0)
        for number, call in enumerate(calls, 1):
            found = await consortium_candidates(
                graph, [], MAX_FIRST, Brief(call.title or None, call.code)
            )
            if not found.rows:
                continue
            truth = {f"pic-{orgs[t]}" for t in call.truth}
            labels = np.array([row["id"] in truth for row in found.rows])
            x = features(found.rows, columns, transforms)
            groups.append((x, np.zeros(len(found.rows)), labels))
            if number % 100 == 0:
                print(f"  {number} of {len(calls)} calls")
    return groups


def report(groups: list[Group], weights: np.ndarray) -> dict[str, float]:
    """recall@20 and MRR of ``weights`` on the training calls' candidates (truth reached)."""
    recalls, mrrs = [], []
    for x, _, y in groups:
        order = np.argsort(-(x @ weights), kind="stable")
        hits = np.flatnonzero(y[order]) + 1
        recalls.append(float((hits <= 20).sum()) / max(int(y.sum()), 1))
        mrrs.append(1.0 / hits[0] if len(hits) and hits[0] <= 100 else 0.0)
    return {"recall@20": float(np.mean(recalls)), "mrr": float(np.mean(mrrs))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--train-year", type=int, default=2023)
    parser.add_argument("--port", type=int, default=PORT)
    parser.add_argument("--objective", choices=("any", "avg"), default="avg")
    parser.add_argument("--write", action="store_true", help="store the weights")
    parser.add_argument("--keep", action="store_true", help="leave the Neo4j running")
    args = parser.parse_args()
    data = evaluation.data_dir()
    he = evaluation.he_files()
    password = os.environ.get("CLUSTERGRAPH_EVAL_PASSWORD", DEFAULT_PASSWORD)
    instance = Instance(home=HOME, port=args.port, password=password, heap="2g", pagecache="1g")
    rows = evaluation.read_participations(data / "participations.csv.gz")
    rows += evaluation.read_he_participations(he[HE_ORGANIZATIONS], he[HE_PROJECTS])
    split = evaluation.build_split(rows, args.train_year)
    grants = consortium_evaluation.read_grants(data, he[HE_PROJECTS])
    calls = call_evaluation.call_cases(rows, split, grants, years=1)
    print(f"{len(calls)} calls of {args.train_year} projects, network before {args.train_year}")
    with instance.running(keep=args.keep):
        with GraphDatabase.driver(instance.uri, auth=("neo4j", password)) as driver:
            prepare_split(driver, data, args.train_year)
        groups = asyncio.run(collect(instance.uri, password, calls, split.orgs))
    model = load_model(SUBJECT_MODEL_FILE)
    current = np.array(model.weights)
    weights, loss = fit(groups, objective=args.objective)
    reached = sum(int(y.sum()) for _, _, y in groups)
    wanted = sum(len(c.truth) for c in calls)
    print(f"{len(groups)} calls with candidates; true answerers reached {reached} of {wanted}")
    print(f"served weights  {report(groups, current)}")
    print(f"fitted ({args.objective}) {report(groups, weights)}  loss {loss:.4f}")
    for name, old, new in zip(model.features, current, weights, strict=True):
        print(f"  {name:12} {old:8.3f} -> {new:8.3f}")
    if args.write:
        data_file = json.loads(SUBJECT_MODEL_FILE.read_text(encoding="utf-8"))
        data_file["w"] = [round(float(w), 6) for w in weights]
        data_file["version"] = f"s1-{args.train_year}"
        SUBJECT_MODEL_FILE.write_text(json.dumps(data_file, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {SUBJECT_MODEL_FILE}")
    if not math.isfinite(loss):
        raise SystemExit("the fit did not converge")


if __name__ == "__main__":
    main()
