"""An upper bound for partner suggestions: the signal bank's weights fitted on the evaluated
split's own outcomes (labels from T on), which no real model can have.

    .venv/bin/python -m research.oracle --split 2018 --sub 2

If even these weights stay below a goal, no re-weighting of these signals reaches it.
"""

from __future__ import annotations

import argparse

from research import data
from research.features import FEATURES, training_groups
from research.fit import fit
from research.signals import BANK, evaluate, prepare, report

BIG = [
    *FEATURES,
    "topic_cos",
    "fam_cos",
    "toa_cos",
    "thema_cos",
    "text_cos",
    "fam_act",
    "stem_act",
    "thema_act",
    "cpair",
    "lsa_cos",
    "qdeg_cn",
    "qdeg_aa",
    "qdeg_deg",
    "qdeg_twohop",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", type=int, default=2018)
    parser.add_argument("--sets", nargs="*", default=["BENELUX", "ALL"])
    parser.add_argument("--sub", type=int, default=2)
    args = parser.parse_args()
    p, pp, pr = data.participations(), data.programme_parts(), data.h2020_projects()
    s, bank = prepare(p, pp, pr, args.split)  # labels: every project from the split on
    g = training_groups(s, bank)
    models = {}
    for name, feats in {"oracle served": FEATURES, "oracle all signals": BIG}.items():
        cols = [BANK.index(f) for f in feats]
        w, _ = fit([(x[:, cols], lw, y) for x, lw, y in g])
        models[name] = (cols, w)
    report(args.split, evaluate(s, bank, models, args.sets, args.sub))


if __name__ == "__main__":
    main()
