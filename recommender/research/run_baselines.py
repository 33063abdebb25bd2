import sys, time
import numpy as np
from holdout import *

p, pp = load()
for T in [2018, 2019]:
    t0 = time.time()
    s = Split(p, pp, T)
    sets = query_sets(s)
    print(f"T={T} known orgs={s.N} queries total={len(s.truth)} sets=" + str({k: len(v) for k, v in sets.items()}),
          f"mean truth={np.mean([len(v) for v in s.truth.values()]):.1f}", f"{time.time()-t0:.1f}s", flush=True)
    for name, qs in sets.items():
        res = defaultdict(list)
        for b in range(0, len(qs), 200):
            batch = qs[b:b+200]
            st = structural(s, batch)
            for j, q in enumerate(batch):
                excl = np.concatenate([[q], s.neighbours(q)])
                tb = tb_key(s, q)
                tr = s.truth[q]
                rng = np.random.default_rng(SEED + int(q))
                meth = {"random": rng.random(s.N), "popularity": s.deg.astype(float),
                        "CN": st["cn"][j], "AA": st["aa"][j], "RA": st["ra"][j]}
                # variants: structural score, ties broken by popularity
                for k in ["CN", "AA", "RA"]:
                    sc = meth[k]
                    meth[k + "+pop"] = sc * 1e6 + s.deg  # lexicographic: CN first, then degree
                for m, sc in meth.items():
                    r, _ = ranks_of(sc, tb, tr, excl)
                    res[m].append(metrics(r, len(tr)))
        print(f"  {name} n={len(qs)}")
        for m, v in res.items():
            v = np.mean(v, 0)
            print(f"    {m:14s} " + " ".join(f"{n}={x:.3f}" for n, x in zip(MNAMES, v)))
