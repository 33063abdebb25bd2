"""python train3.py TTRAIN -> idx_T{TTRAIN}.pkl: the query and candidate indices of every training
group of groups_nf_T{TTRAIN}.pkl (same draw as nf.build_training: seed 1, 1,500 queries), so that new
features can be added to the cached groups without rebuilding them."""
import sys, pickle
from nf import *
TT = int(sys.argv[1])
p, pp = load()
s = Split(p, pp, TT, label_years=[TT])
rng = np.random.default_rng(1)
qs = np.sort(rng.choice(np.array(sorted(s.truth)), size=min(1500, len(s.truth)), replace=False))
out = []
for b in range(0, len(qs), 100):
    batch = qs[b:b + 100]
    cn = (s.A[batch] @ s.A).toarray()
    for j, q in enumerate(batch):
        excl = np.zeros(s.N, bool); excl[q] = True; excl[s.neighbours(q)] = True
        pos = np.zeros(s.N, bool); pos[s.truth[q]] = True
        two = (cn[j] > 0) & ~excl
        pidx = np.flatnonzero(pos & ~excl)
        t2 = np.flatnonzero(two & ~pos)
        rest = np.flatnonzero(~two & ~excl & ~pos)
        s2 = rng.choice(t2, size=min(600, len(t2)), replace=False)
        sr = rng.choice(rest, size=min(400, len(rest)), replace=False)
        out.append((int(q), np.concatenate([pidx, s2, sr])))
pickle.dump(out, open(f"idx_T{TT}.pkl", "wb"))
print("groups", len(out))
