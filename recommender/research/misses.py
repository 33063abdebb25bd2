"""python misses.py T SET: who p1 misses (hit@10 by query degree and by number of true partners)."""
import sys, json

from nf import *
T = int(sys.argv[1]); SET = sys.argv[2]
d = json.load(open("p1.json")); lift = np.array(d["lift"])
clift = {tuple(k.split("|")): v for k, v in json.load(open("c1.json"))["clift"].items()}
p, pp = load(); s = Split(p, pp, T); extend(s, p, pp); nf = node_feats(s)
qs = query_sets(s)[SET]
rows = []
for b in range(0, len(qs), 100):
    batch = qs[b:b+100]; st = batch_struct(s, batch)
    for j, q in enumerate(batch):
        excl = np.concatenate([[q], s.neighbours(q)]); tb = tb_key(s, q); tr = s.truth[q]
        X = feats_for(s, nf, st, j, q, lift, clift)
        sc = X[:, [NF.index(f) for f in d["feats"]]] @ np.array(d["w"])
        r, top = ranks_of(sc, tb, tr, excl)
        two = (st["cn"][j][tr] > 0).mean()
        rows.append((int(s.deg[q]), len(tr), r[0], two, s.nproj[q], float(np.log1p(s.deg[tr]).max())))
R = np.array(rows, float)
hit = R[:, 2] <= 10
print("n", len(R), "hit", hit.mean())
for lo, hi in [(0, 5), (5, 15), (15, 40), (40, 100), (100, 1e9)]:
    m = (R[:, 0] >= lo) & (R[:, 0] < hi)
    print(f"deg [{lo},{hi}) n={m.sum()} hit={hit[m].mean():.3f} med_ntruth={np.median(R[m,1]):.0f} frac_truth_2hop={R[m,3].mean():.2f}")
for lo, hi in [(1, 3), (3, 10), (10, 30), (30, 100), (100, 1e9)]:
    m = (R[:, 1] >= lo) & (R[:, 1] < hi)
    print(f"ntruth [{lo},{hi}) n={m.sum()} hit={hit[m].mean():.3f}")
m = ~hit
print("misses: any truth 2-hop", (R[m, 3] > 0).mean(), "median first rank", np.median(R[m, 2]))
