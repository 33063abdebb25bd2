"""python eval_q.py T SET SUB model[,model...]  -> table on stdout (protocol of eval_p1.py).
Models with "v"/"qfeats" get query-degree dependent weights (qint.py)."""
import sys, json, time
from nf import *
T = int(sys.argv[1]); ONLY = sys.argv[2]; SUB = int(sys.argv[3]); NAMES = sys.argv[4].split(",")
import lightgbm as lgb
MODELS = {}
for n in NAMES:
    if n.startswith("g"):
        b = lgb.Booster(model_file=n + ".txt"); MODELS[n] = {"gbm": b, "feats": b.feature_name()}
    else:
        MODELS[n] = json.load(open(n + ".json"))
lift = np.array(json.load(open("m1.json"))["lift"])
clift = {tuple(k.split("|")): v for k, v in json.load(open("c1.json"))["clift"].items()}
p, pp = load()
s = Split(p, pp, T); extend(s, p, pp)
nf = node_feats(s)
sets = query_sets(s)
BASE = ["popularity", "CN", "AA", "RA"]
for name, qs in sets.items():
    if ONLY != "*" and name != ONLY: continue
    qs = qs[::SUB]; t0 = time.time()
    res = defaultdict(list)
    for q, st, j, X, excl, tb, tr in each_query(s, nf, qs, lift, clift):
        meth = {"popularity": s.deg.astype(float), "CN": st["cn"][j], "AA": st["aa"][j], "RA": st["ra"][j]}
        gq = np.log1p(float(s.deg[q]))
        for mn, d in MODELS.items():
            if "gbm" in d:
                Z = np.hstack([X[:, [NF.index(f) for f in d["feats"] if f != "qdeg"]], np.full((len(X), 1), gq)])
                if "qdeg" not in d["feats"]: Z = Z[:, :-1]
                meth[mn] = d["gbm"].predict(Z, num_threads=2); continue
            Z = X[:, [NF.index(f) for f in d["feats"]]]
            sc = Z @ np.array(d["w"])
            if "v" in d:
                sc = sc + (X[:, [NF.index(f) for f in d["qfeats"]]] @ np.array(d["v"])) * (gq - d["g0"])
            meth[mn] = sc
        for m, sc in meth.items():
            r, _ = ranks_of(sc, tb, tr, excl)
            res[m].append(metrics(r, len(tr)))
    out = {m: np.mean(v, 0).tolist() for m, v in res.items()}
    best = {k: max(out[bm][k] for bm in BASE) for k in range(4)}
    print(f"T={T} {name} n={len(qs)} (sub={SUB}) {time.time()-t0:.0f}s")
    for m, v in out.items():
        print(f"    {m:12s} " + " ".join(f"{n}={x:.3f}" for n, x in zip(MNAMES[:2], v)) + "  | ratios "
              + " ".join(f"{v[k]/best[k]:.2f}" for k in range(2)), flush=True)
