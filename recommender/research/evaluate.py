"""python evaluate.py T weights1.json[,weights2.json...] [--nobase]"""
import sys, time, json
from model import *
import holdout, os
holdout.THREE = os.environ.get("THREE") == "1"

T = int(sys.argv[1])
models = {}
for fn in sys.argv[2].split(","):
    d = json.load(open(fn))
    models[fn.replace(".json", "")] = d
nobase = "--nobase" in sys.argv
p, pp = load()
s = Split(p, pp, T)
nf = node_feats(s)
sets = query_sets(s)
out = {}
print(f"T={T} known orgs={s.N} eligible queries={len(s.truth)} " + str({k: len(v) for k, v in sets.items()}), flush=True)
for name, qs in sets.items():
    res = defaultdict(list)
    for b in range(0, len(qs), 200):
        batch = qs[b:b + 200]
        st = structural(s, batch)
        for j, q in enumerate(batch):
            excl = np.concatenate([[q], s.neighbours(q)])
            tb = tb_key(s, q)
            tr = s.truth[q]
            meth = {}
            if not nobase:
                rng = np.random.default_rng(SEED + int(q))
                meth = {"random": rng.random(s.N), "popularity": s.deg.astype(float),
                        "CN": st["cn"][j], "AA": st["aa"][j], "RA": st["ra"][j],
                        "CN+pop": st["cn"][j] * 1e6 + s.deg}
            for mn, d in models.items():
                lift = np.array(d["lift"])
                X = query_feats(s, nf, st, j, q, lift)
                cols = [FEATS.index(f) for f in d["feats"]]
                meth[mn] = X[:, cols] @ np.array(d["w"])
            for m, sc in meth.items():
                r, _ = ranks_of(sc, tb, tr, excl)
                res[m].append(metrics(r, len(tr)))
    print(f"  {name} n={len(qs)}")
    out[name] = {}
    for m, v in res.items():
        v = np.mean(v, 0)
        out[name][m] = v.tolist()
        print(f"    {m:14s} " + " ".join(f"{n}={x:.3f}" for n, x in zip(MNAMES, v)), flush=True)
json.dump(out, open(f"results_T{T}_{'_'.join(models)}.json", "w"), indent=1)
