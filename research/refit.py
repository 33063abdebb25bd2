"""Refit the served suggestion models from the data and print their evaluation tables.

    .venv/bin/python -m research.refit             # fit both models, evaluate them
    .venv/bin/python -m research.refit --write     # ... and store the fits in recommender/
    .venv/bin/python -m research.refit --skip-partners --cases 100   # a quicker look
    .venv/bin/python -m research.refit --skip-consortium --write     # the partner model only

Partner suggestions (recommender/model.json): fitted on the T=2017 split with labels from
2017 projects only; evaluated on T=2018, T=2019 and the Horizon Europe split (LU, BENELUX,
ALL). Consortium completion (recommender/consortium.json): fitted on consortia of 2017
projects (both ways of revealing members, research/consortium.py); evaluated on T=2019 and
Horizon Europe projects. Every evaluated period is later than anything fitted on.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict

import numpy as np

from research import consortium, data
from research.features import FEATURES, Features, training_groups, type_lift
from research.fit import fit
from research.holdout import SEED, Split, metrics, query_sets, ranks_of, structural, tb_key
from research.themes import Themes

PARTNER_FILE = data.ROOT / "recommender" / "model.json"
CONSORTIUM_FILE = data.ROOT / "recommender" / "consortium.json"
BASELINES = ["popularity", "CN", "CN_deg", "AA", "AA_deg", "RA", "RA_deg"]
HE_YEAR = 2021


def refit_partners(p, pp, train_year: int) -> dict:
    """feats, weights and type-lift table fitted on ``train_year`` (labels of that year)."""
    s = Split(p, pp, train_year, label_years=[train_year])
    lift = type_lift(s)
    groups = training_groups(s, Features(s, lift))
    w, loss = fit(groups)
    print(
        f"partners: fitted on T={train_year} ({len(groups)} queries), loss {loss:.4f}: "
        + " ".join(f"{f}={x:+.4f}" for f, x in zip(FEATURES, w, strict=True)),
        flush=True,
    )
    return {"feats": FEATURES, "w": [float(x) for x in w], "lift": lift.tolist()}


def evaluate_partners(s: Split, model: dict, sets: list[str], sub: int) -> dict:
    """Mean metrics per query set and method (baselines and the model 'clustergraph')."""
    f = Features(s, np.array(model["lift"]))
    w = np.array(model["w"])
    deg = s.deg.astype(float)
    out = {}
    for name, qs in query_sets(s).items():
        if name not in sets:
            continue
        qs = qs[::sub]
        res = defaultdict(list)
        for b in range(0, len(qs), 100):
            batch = qs[b : b + 100]
            st = structural(s, batch)
            for j, q in enumerate(batch):
                excl = np.concatenate([[q], s.neighbours(q)])
                tb, truth = tb_key(s, q), s.truth[q]
                rng = np.random.default_rng(SEED + int(q))
                scores = {
                    "random": (rng.random(s.N), None),
                    "popularity": (deg, None),
                    "CN": (st["cn"][j], None),
                    "CN_deg": (st["cn"][j], deg),
                    "AA": (st["aa"][j], None),
                    "AA_deg": (st["aa"][j], deg),
                    "RA": (st["ra"][j], None),
                    "RA_deg": (st["ra"][j], deg),
                    "clustergraph": (f.matrix(st, j, q) @ w, None),
                }
                for m, (sc, ties) in scores.items():
                    res[m].append(metrics(ranks_of(sc, tb, truth, excl, ties), len(truth)))
        out[name] = {m: np.mean(v, 0).tolist() for m, v in res.items()}
        out[name]["queries"] = len(qs)
    return out


def partner_table(split: str, name: str, res: dict) -> str:
    """hit@10 and MRR@100 per method, and the ratio to the best baseline."""
    lines = [
        f"\nPartners, {split} {name} ({res['queries']} queries)\n",
        "| method | hit@10 | MRR@100 |",
        "|---|---|---|",
    ]
    for m in ["clustergraph", *BASELINES, "random"]:
        lines.append(f"| {m} | {res[m][0]:.3f} | {res[m][4]:.3f} |")
    best = [max(res[b][k] for b in BASELINES) for k in (0, 4)]
    ratio = [res["clustergraph"][0] / best[0], res["clustergraph"][4] / best[1]]
    lines.append(f"| ratio to best baseline | {ratio[0]:.2f} | {ratio[1]:.2f} |")
    return "\n".join(lines)


def refit_consortium(p, pp, pr, train_year: int) -> tuple[dict, np.ndarray]:
    """The consortium model's weights, fitted on consortia of ``train_year`` projects."""
    s = Split(p, pp, train_year, label_years=[train_year])
    lift = type_lift(s)
    sig = consortium.Signals(s, Themes(s, pr), lift)
    train = consortium.sample(consortium.h2020_cases(p, pp, pr, s, years=[train_year]), 800, 1)
    train += consortium.sample(
        consortium.h2020_cases(p, pp, pr, s, years=[train_year], he_like=True), 800, 2
    )
    w, loss = fit(consortium.case_groups(train, sig))
    names = consortium.Signals.NAMES
    print(
        f"consortium: fitted on {len(train)} consortia of {train_year}, loss {loss:.4f}: "
        + " ".join(f"{f}={x:+.4f}" for f, x in zip(names, w, strict=True)),
        flush=True,
    )
    return {"feats": names, "w": [float(x) for x in w]}, lift


def consortium_table(label: str, eligible: int, cases: int, res: dict) -> str:
    lines = [
        f"\nConsortium completion, {label} ({cases} of {eligible} projects)\n",
        "| method | recall@10 | MRR | hit@10 |",
        "|---|---|---|---|",
    ]
    for m, v in res.items():
        lines.append(f"| {m} | {v[0]:.3f} | {v[1]:.3f} | {v[2]:.3f} |")
    best = np.max([res[b] for b in consortium.BASELINES], axis=0)
    ours = res["clustergraph"]
    lines.append(
        "| ratio to best baseline | "
        + " | ".join(f"{ours[k] / best[k]:.2f}" for k in range(3))
        + " |"
    )
    return "\n".join(lines)


def write(path, fitted: dict) -> None:
    model = json.loads(path.read_text(encoding="utf-8"))
    model.update(fitted)
    model["signals"] = {f: model["signals"][f] for f in fitted["feats"]}
    path.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {path}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--train-year", type=int, default=2017)
    parser.add_argument("--sets", nargs="*", default=["LU", "BENELUX", "ALL"])
    parser.add_argument("--sub", type=int, default=1, help="every SUB-th partner query only")
    parser.add_argument("--cases", type=int, default=500, help="consortia per evaluation")
    parser.add_argument("--skip-partners", action="store_true")
    parser.add_argument("--skip-consortium", action="store_true")
    parser.add_argument("--write", action="store_true", help="store the fits in recommender/")
    args = parser.parse_args()
    began = time.time()
    p, pp, pr = data.participations(), data.programme_parts(), data.h2020_projects()
    he = data.he_participations().rename(columns={"projectID": "rcn"})
    splits = {"T=2018": (2018, None), "T=2019": (2019, None), "HE": (HE_YEAR, he)}
    if not args.skip_partners:
        fitted = refit_partners(p, pp, args.train_year)
        if args.write:
            write(PARTNER_FILE, fitted)
        for label, (t, after) in splits.items():
            s = Split(p, pp, t, after=after)
            res = evaluate_partners(s, fitted, args.sets, args.sub)
            for name in args.sets:
                print(partner_table(label, name, res[name]), flush=True)
    if args.skip_consortium:
        print(f"\n{time.time() - began:.0f} s")
        return
    fitted, lift = refit_consortium(p, pp, pr, args.train_year)
    if args.write:
        write(CONSORTIUM_FILE, fitted)
    cols = list(range(len(fitted["feats"])))
    models = {"clustergraph": (cols, np.array(fitted["w"]))}
    for label in ("T=2019", "HE"):
        t = 2019 if label == "T=2019" else HE_YEAR
        s = Split(p, pp, t)
        cases = consortium.he_cases(s) if label == "HE" else consortium.h2020_cases(p, pp, pr, s)
        picked = consortium.sample(cases, args.cases)
        res = consortium.evaluate(picked, consortium.Signals(s, Themes(s, pr), lift), models)
        print(consortium_table(label, len(cases), len(picked), res), flush=True)
    print(f"\n{time.time() - began:.0f} s")


if __name__ == "__main__":
    main()
