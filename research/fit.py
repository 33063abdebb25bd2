"""The listwise fit: per query, -log of the softmax mass on its true partners."""

from __future__ import annotations

import numpy as np
from scipy.optimize import minimize

from research.features import Group


def fit(groups: list[Group], l2: float = 1e-3, objective: str = "any") -> tuple[np.ndarray, float]:
    """Weights on the raw feature scale and the final loss.

    Every query counts equally; the loss only asks for the true partners' total mass, which
    matches hit@k and MRR (they need one true partner high). ``objective="avg"``: the mean
    over the true items of -log softmax instead (every true item counts; suits recall).
    Features are standardised for the optimisation (L-BFGS from zero, L2 ``l2``); no
    intercept (softmax is invariant).
    """
    nf = groups[0][0].shape[1]
    allx = np.vstack([g[0] for g in groups]).astype(np.float64)
    mu, sd = allx.mean(0), allx.std(0) + 1e-9
    del allx
    zs = [(((x - mu) / sd).astype(np.float64), lw, y) for x, lw, y in groups if y.any()]

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        total = 0.0
        grad = np.zeros(nf)
        for z, lw, y in zs:
            s = z @ w + lw
            m = s.max()
            e = np.exp(s - m)
            p = e / e.sum()
            if objective == "any":
                ep = e[y]
                total += (m + np.log(e.sum())) - (m + np.log(ep.sum()))
                grad += p @ z - (ep / ep.sum()) @ z[y]
            else:  # "avg": mean over the true items of -log softmax
                total += (m + np.log(e.sum())) - s[y].mean()
                grad += p @ z - z[y].mean(0)
        n = len(zs)
        return total / n + l2 * w @ w, grad / n + 2 * l2 * w

    r = minimize(loss, np.zeros(nf), jac=True, method="L-BFGS-B")
    return r.x / sd, float(r.fun)
