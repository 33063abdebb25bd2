"""python emb.py K -> fit p1 + spectral-embedding similarity on T=2017, evaluate on T=2018/2019 (research).
emb(q, c) = cosine of rows of U * sqrt(S), U S U^T = top-K of D^-1/2 W D^-1/2 (W: recency-weighted co-participation)."""
import sys, pickle, json, time
import numpy as np
import scipy.sparse as sp
from scipy.sparse.linalg import svds, eigsh
from nf import *
from fit3 import fit
K = int(sys.argv[1]); EVAL = sys.argv[2].split(",") if len(sys.argv) > 2 else ["2018:BENELUX:1"]
FE = ["cn", "aa", "wp", "twohop", "deg", "recent", "growth", "coord", "topic", "country", "typelift", "cnrec"]

def embedding(s, k):
    W = s.W.astype(np.float64)
    dg = np.asarray(W.sum(1)).ravel()
    Dm = sp.diags(1.0 / np.sqrt(np.maximum(dg, 1e-12)))
    vals, vecs = eigsh((Dm @ W @ Dm).tocsr(), k=k, which="LA")
    E = vecs * np.sqrt(np.maximum(vals, 0))[None, :]
    return E / np.maximum(np.linalg.norm(E, axis=1, keepdims=True), 1e-12)

p, pp = load()
t0 = time.time()
s17 = Split(p, pp, 2017, label_years=[2017]); E17 = embedding(s17, K)
print("emb T2017", f"{time.time()-t0:.0f}s", flush=True)
idx = pickle.load(open("idx_T2017.pkl", "rb"))
d = pickle.load(open("groups_nf_T2017.pkl", "rb"))
cols = [NF.index(f) for f in FE]
groups = []
for (q, ci), (X, lw, y) in zip(idx, d["groups"]):
    e = E17[ci] @ E17[q]
    groups.append((np.hstack([X[:, cols].astype(np.float64), e[:, None]]), lw, y))
del d
w, loss = fit(groups, "any")
print(f"e{K} loss {loss:.4f}", " ".join(f"{f}={x:+.3f}" for f, x in zip(FE + ["emb"], w)), flush=True)
json.dump({"feats": FE + ["emb"], "w": list(map(float, w)), "k": K}, open(f"e{K}.json", "w"), indent=1)
p1 = json.load(open("p1.json")); lift = np.array(p1["lift"])
clift = {tuple(k.split("|")): v for k, v in json.load(open("c1.json"))["clift"].items()}
for spec in EVAL:
    T, SET, SUB = spec.split(":"); T = int(T); SUB = int(SUB)
    s = Split(p, pp, T); extend(s, p, pp); nf = node_feats(s); E = embedding(s, K)
    qs = query_sets(s)[SET][::SUB]
    res = defaultdict(list)
    for b in range(0, len(qs), 100):
        batch = qs[b:b + 100]; st = batch_struct(s, batch)
        for j, q in enumerate(batch):
            excl = np.concatenate([[q], s.neighbours(q)]); tb = tb_key(s, q); tr = s.truth[q]
            X = feats_for(s, nf, st, j, q, lift, clift)
            base = X[:, cols]
            for name, sc in {"AA": st["aa"][j], "CN": st["cn"][j], "pop": s.deg.astype(float),
                             "p1": base @ np.array(p1["w"]),
                             f"e{K}": np.hstack([base, (E @ E[q])[:, None]]) @ w}.items():
                r, _ = ranks_of(sc, tb, tr, excl); res[name].append(metrics(r, len(tr)))
    print(f"T={T} {SET} n={len(qs)}", flush=True)
    for m, v in res.items():
        v = np.mean(v, 0); print(f"    {m:6s} hit@10={v[0]:.3f} MRR={v[1]:.3f}", flush=True)
