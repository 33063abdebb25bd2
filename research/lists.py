"""The stored strongest-partner lists of production (graph/derived.py), emulated: each
organisation keeps its 300 partners with the highest shared weight, and suggestions read the
first hop from the seeds' lists and the second from their strong partners' lists
(graph/cypher/suggest_partners.cypher)."""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from research.holdout import Split

PARTNER_LIST = 300
# Strong partners read per request: the consortium model's (recommender/consortium.json); the
# partner model reads 100 (recommender/model.json, research/strong_partners.py).
MAX_PARTNERS = 30


def top_lists(w: sp.csr_matrix, k: int = PARTNER_LIST) -> sp.csr_matrix:
    """``w`` with each row pruned to its ``k`` largest entries."""
    w = w.tocsr()
    rows, cols, vals = [], [], []
    for i in range(w.shape[0]):
        a, b = w.indptr[i], w.indptr[i + 1]
        if b == a:
            continue
        data, idx = w.data[a:b], w.indices[a:b]
        if b - a > k:
            keep = np.argpartition(-data, k - 1)[:k]
            data, idx = data[keep], idx[keep]
        rows.append(np.full(len(idx), i))
        cols.append(idx)
        vals.append(data)
    return sp.csr_matrix(
        (np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))), shape=w.shape
    )


class Lists:
    """Strong partners and two-hop signals of a seed set, as production computes them."""

    def __init__(self, s: Split) -> None:
        self.s = s
        self.L = top_lists(s.W)
        self.damp = 1.0 / np.log(np.maximum(s.deg.astype(float), 2))

    def signals(
        self, seeds: list[int], strong_partners: int = MAX_PARTNERS
    ) -> dict[str, np.ndarray]:
        """cn, aa, wp over the seeds' ``strong_partners`` strongest partners, and wdirect (the
        seeds' summed list weights), each a vector over all organisations."""
        ws = np.asarray(self.L[seeds].sum(0)).ravel()
        ws[seeds] = 0.0
        cand = np.flatnonzero(ws)
        strong = cand[np.argsort(-(ws[cand] * self.damp[cand]), kind="stable")[:strong_partners]]
        sub = self.L[strong]
        ind = sub.copy()
        ind.data[:] = 1.0
        d = self.damp[strong]
        return {
            "cn": np.asarray(ind.sum(0)).ravel(),
            "aa": np.asarray((sp.diags(d) @ ind).sum(0)).ravel(),
            "wp": np.asarray((sp.diags(ws[strong] * d) @ sub).sum(0)).ravel(),
            "wdirect": ws,
        }
