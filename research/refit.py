"""Refit the served partner-suggestion model from the data and print its evaluation table.

    .venv/bin/python -m research.refit             # fit on T=2017, evaluate T=2018 and 2019
    .venv/bin/python -m research.refit --write     # ... and store the fit in recommender/model.json
    .venv/bin/python -m research.refit --sets LU --sub 1 --eval 2018

Training: the T=2017 split with labels from 2017 projects only (every evaluated year is
later). Evaluation: the offline hold-out (research/holdout.py) on the full candidate list.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict

import numpy as np

from research import data
from research.features import FEATURES, Features, training_groups, type_lift
from research.fit import fit
from research.holdout import (
    METRICS,
    SEED,
    Split,
    metrics,
    query_sets,
    ranks_of,
    structural,
    tb_key,
)

MODEL_FILE = data.ROOT / "recommender" / "model.json"
BASELINES = ["popularity", "CN", "AA", "RA"]


def refit(p, pp, train_year: int) -> dict:
    """feats, weights and type-lift table fitted on ``train_year`` (labels of that year)."""
    s = Split(p, pp, train_year, label_years=[train_year])
    lift = type_lift(s)
    groups = training_groups(s, Features(s, lift))
    w, loss = fit(groups)
    print(
        f"fitted on T={train_year} ({len(groups)} queries), loss {loss:.4f}: "
        + " ".join(f"{f}={x:+.4f}" for f, x in zip(FEATURES, w, strict=True)),
        flush=True,
    )
    return {"feats": FEATURES, "w": [float(x) for x in w], "lift": lift.tolist()}


def evaluate(p, pp, t: int, model: dict, sets: list[str], sub: int) -> dict:
    """Mean metrics per query set and method (baselines and the model 'clustergraph')."""
    s = Split(p, pp, t)
    f = Features(s, np.array(model["lift"]))
    w = np.array(model["w"])
    out = {}
    for name, qs in query_sets(s).items():
        if name not in sets:
            continue
        qs = qs[::sub]
        began = time.time()
        res = defaultdict(list)
        for b in range(0, len(qs), 100):
            batch = qs[b : b + 100]
            st = structural(s, batch)
            for j, q in enumerate(batch):
                excl = np.concatenate([[q], s.neighbours(q)])
                tb, truth = tb_key(s, q), s.truth[q]
                rng = np.random.default_rng(SEED + int(q))
                scores = {
                    "random": rng.random(s.N),
                    "popularity": s.deg.astype(float),
                    "CN": st["cn"][j],
                    "AA": st["aa"][j],
                    "RA": st["ra"][j],
                    "clustergraph": f.matrix(st, j, q) @ w,
                }
                for m, sc in scores.items():
                    res[m].append(metrics(ranks_of(sc, tb, truth, excl), len(truth)))
        out[name] = {m: np.mean(v, 0).tolist() for m, v in res.items()}
        out[name]["queries"] = len(qs)
        print(f"T={t} {name}: {len(qs)} queries, {time.time() - began:.0f} s", flush=True)
    return out


def table(t: int, name: str, res: dict) -> str:
    """Markdown table: methods x metrics, and the ratio to the best baseline."""
    lines = [
        f"\nT={t} {name} ({res['queries']} queries)\n",
        "| method | " + " | ".join(METRICS[:4]) + " |",
        "|---" * 5 + "|",
    ]
    for m in ["clustergraph", *BASELINES, "random"]:
        lines.append(f"| {m} | " + " | ".join(f"{x:.3f}" for x in res[m][:4]) + " |")
    best = [max(res[b][k] for b in BASELINES) for k in range(4)]
    ratio = [res["clustergraph"][k] / best[k] for k in range(4)]
    lines.append("| ratio to best baseline | " + " | ".join(f"{x:.2f}" for x in ratio) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--train-year", type=int, default=2017)
    parser.add_argument("--eval", type=int, nargs="*", default=[2018, 2019])
    parser.add_argument("--sets", nargs="*", default=["LU", "BENELUX", "ALL"])
    parser.add_argument("--sub", type=int, default=1, help="every SUB-th query only")
    parser.add_argument(
        "--write", action="store_true", help="store the fit in recommender/model.json"
    )
    args = parser.parse_args()
    p, pp = data.participations(), data.programme_parts()
    fitted = refit(p, pp, args.train_year)
    if args.write:
        model = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
        model.update(fitted)
        MODEL_FILE.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {MODEL_FILE}")
    for t in args.eval:
        res = evaluate(p, pp, t, fitted, args.sets, args.sub)
        for name in args.sets:
            if name in res:
                print(table(t, name, res[name]), flush=True)


if __name__ == "__main__":
    main()
