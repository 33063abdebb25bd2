"""How many strong partners the partner model should read: the measurement behind
``max_partners`` in ``recommender/model.json`` (docs/suggestions.md, Research).

Run: ``.venv/bin/python -m research.strong_partners [--split 2019|HE] [--counts 30 60 100]``.

Production reads a query's two-hop signals (cn, aa, wp, cnshare) from stored lists: the
query's strongest partners, each with its 300 strongest partners (research/lists.py). The
served model (p1 when this was measured, p2 now) was fitted on the exact signals, counted
over every partner. For the split's ALL query set this scores every organisation with the
served model on the exact signals and on the list
signals read through each number of strong partners, next to the strongest baselines
(common neighbours and Adamic-Adar with degree ties), and prints hit@10 and MRR (top 100)
for all queries and per degree band of the query. It reads the CSV files only (no Neo4j);
about four minutes for one split.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict

import numpy as np

from recommender.evaluation import BANDS, degree_band
from research import data
from research.features import Features
from research.holdout import Split, metrics, query_sets, ranks_of, structural, tb_key
from research.lists import Lists
from research.refit import HE_YEAR, PARTNER_FILE


def with_lists(x: np.ndarray, signals: dict[str, np.ndarray], query_partners: int) -> np.ndarray:
    """``x`` (the exact features) with the two-hop columns read from the lists instead."""
    out = x.copy()
    cn = signals["cn"]
    out[:, 0] = np.log1p(cn)
    out[:, 1] = signals["aa"]
    out[:, 2] = np.log1p(10 * signals["wp"])
    out[:, 3] = cn > 0
    out[:, 11] = out[:, 3] * x[:, 5]  # cnrec: two-hop times recent activity
    out[:, 12] = cn / max(query_partners, 1)  # cnshare: the share of the query's partners
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", default="2019", help="a year, or HE")
    parser.add_argument("--counts", type=int, nargs="+", default=[30, 60, 100])
    args = parser.parse_args()
    model = json.loads(PARTNER_FILE.read_text(encoding="utf-8"))
    weights = np.array(model["w"])
    p, pp = data.participations(), data.programme_parts()
    if args.split == "HE":
        he = data.he_participations().rename(columns={"projectID": "rcn"})
        s = Split(p, pp, HE_YEAR, after=he)
    else:
        s = Split(p, pp, int(args.split))
    features, lists, deg = Features(s, np.array(model["lift"])), Lists(s), s.deg.astype(float)
    found: dict[str, dict[str, list[np.ndarray]]] = defaultdict(lambda: defaultdict(list))
    queries = query_sets(s)["ALL"]
    for start in range(0, len(queries), 100):
        batch = queries[start : start + 100]
        exact = structural(s, batch)
        for j, q in enumerate(batch):
            x = features.matrix(exact, j, q)
            scores = {
                "served, exact signals": (x @ weights, None),
                "common neighbours, degree ties": (exact["cn"][j], deg),
                "Adamic-Adar, degree ties": (exact["aa"][j], deg),
            }
            for count in args.counts:
                signals = lists.signals([int(q)], strong_partners=count)
                listed = with_lists(x, signals, int(s.deg[q]))
                scores[f"served, lists, {count} strong"] = (listed @ weights, None)
            excluded = np.concatenate([[q], s.neighbours(q)])
            for name, (score, ties) in scores.items():
                ranks = ranks_of(score, tb_key(s, q), s.truth[q], excluded, ties)
                row = metrics(ranks, len(s.truth[q]))
                found["all"][name].append(row)
                found[degree_band(deg[q])][name].append(row)
    names = list(found["all"])
    print(f"Split {args.split}, query set ALL: hit@10 / MRR (top 100)\n")
    print("| band (queries) | " + " | ".join(names) + " |")
    print("| --- |" + " --- |" * len(names))
    for label in ["all", *(label for label, _, _ in BANDS)]:
        if label in found:
            rows = found[label]
            cells = [
                f"{np.mean([r[0] for r in rows[n]]):.3f} / {np.mean([r[4] for r in rows[n]]):.3f}"
                for n in names
            ]
            print(f"| {label} ({len(rows[names[0]])}) | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
