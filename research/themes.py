"""What organisations work on, from the projects before the split: call topics at several
grains, types of action, and the text of titles and call-topic descriptions."""

from __future__ import annotations

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.preprocessing import normalize

from research.data import call_families
from research.holdout import DECAY, Split


def onehot(values: pd.Series, rows: int) -> tuple[sp.csr_matrix, list[str]]:
    """rows x distinct(values) indicator matrix (empty values: no entry)."""
    keep = values[values != ""]
    labels = sorted(keep.unique())
    col = {v: i for i, v in enumerate(labels)}
    m = sp.csr_matrix(
        (np.ones(len(keep)), (keep.index.values, keep.map(col).values)), shape=(rows, len(labels))
    )
    return m, labels


class Themes:
    """Per-organisation thematic profiles of a split (rows = ``s.orgs``)."""

    def __init__(self, s: Split, projects: pd.DataFrame, min_df: int = 2) -> None:
        self.s = s
        info = projects.reindex(s.projs)
        info = info.reset_index(drop=True)
        for column in ("topic", "family", "type_of_action", "thema", "title", "topic_description"):
            info[column] = info[column].fillna("").astype(str)
        info["stem"] = info["topic"].map(topic_stem)
        self.known = (info["topic"] != "").values  # projects with a call topic
        n_proj = len(info)
        bt = s.B.T.tocsr()
        self.recent_w = (DECAY ** (s.T - 1 - s.pyear)).astype(float)
        self.count: dict[str, sp.csr_matrix] = {}
        self.recent: dict[str, sp.csr_matrix] = {}
        self.labels: dict[str, list[str]] = {}
        self.project_grain: dict[str, sp.csr_matrix] = {}
        for grain in ("topic", "stem", "family", "type_of_action", "thema"):
            m, labels = onehot(info[grain], n_proj)
            self.project_grain[grain] = m
            self.count[grain] = (bt @ m).tocsr()
            recent = (s.pyear >= s.T - 2).astype(float)
            self.recent[grain] = (bt @ sp.diags(recent) @ m).tocsr()
            self.labels[grain] = labels
        self.norm = {g: normalize(m) for g, m in self.count.items()}
        # every family of each project (narrowest and broader ones), as the graph links them
        pairs = [(i, f) for i, code in enumerate(info["topic"]) for f in call_families(code)]
        self.family_labels = sorted({f for _, f in pairs})
        col = {f: j for j, f in enumerate(self.family_labels)}
        self.project_families = sp.csc_matrix(
            (np.ones(len(pairs)), ([i for i, _ in pairs], [col[f] for _, f in pairs])),
            shape=(n_proj, len(col)),
        )
        docs = (info["title"] + " " + info["topic_description"]).str.strip()
        self.vectorizer = TfidfVectorizer(
            stop_words="english", min_df=min_df, sublinear_tf=True, dtype=np.float32
        )
        self.project_text = self.vectorizer.fit_transform(docs.values)
        self.text = normalize(bt @ self.project_text)
        self.bm25 = BM25(docs.values)
        self.docs = docs
        self.info = info

    def lsa(self, dim: int = 64, seed: int = 0) -> np.ndarray:
        """Unit-length theme vectors per organisation: TF-IDF of its projects' titles, call
        topic descriptions and call families, reduced to ``dim`` dimensions (truncated SVD)."""
        tokens = (
            " fam_"
            + self.info["family"].str.replace("-", "_")
            + " stem_"
            + self.info["stem"].str.replace("-", "_")
        )
        docs = self.docs + np.where(self.info["topic"] != "", tokens, "")
        tfidf = TfidfVectorizer(stop_words="english", min_df=2, sublinear_tf=True, dtype=np.float32)
        org = normalize(self.s.B.T @ tfidf.fit_transform(docs.values))
        v = TruncatedSVD(dim, random_state=seed).fit_transform(org)
        return normalize(v)

    def cosine(self, grain: str, qs: np.ndarray) -> np.ndarray:
        """len(qs) x N cosine of thematic profiles at ``grain`` ('text' for the text)."""
        m = self.text if grain == "text" else self.norm[grain]
        return np.asarray((m[qs] @ m.T).todense())

    def activity(self, grain: str, qs: np.ndarray) -> np.ndarray:
        """len(qs) x N: each candidate's recent projects in the query's themes at ``grain``,
        weighted by the query's shares."""
        q = normalize(self.count[grain][qs], norm="l1")
        return np.asarray((q @ self.recent[grain].T).todense())


def topic_stem(code: str) -> str:
    """A call topic without its year parts (``DT-ICT-08-2019`` -> ``DT-ICT-08``)."""
    parts = [p for p in code.split("-") if not (p.isdigit() and len(p) == 4 and p.startswith("20"))]
    return "-".join(parts)


class BM25:
    """Okapi BM25 of a query against documents (k1 1.2, b 0.75, as Lucene; English stop
    words dropped, lower case, accents folded)."""

    def __init__(self, docs: list[str], k1: float = 1.2, b: float = 0.75) -> None:
        self.vectorizer = CountVectorizer(stop_words="english", strip_accents="unicode")
        tf = self.vectorizer.fit_transform(docs).tocsr().astype(np.float64)
        n = tf.shape[0]
        df = np.bincount(tf.indices, minlength=tf.shape[1])
        self.idf = np.log(1 + (n - df + 0.5) / (df + 0.5))
        length = np.asarray(tf.sum(1)).ravel()
        norm = k1 * (1 - b + b * length / max(length.mean(), 1e-9))
        rows = np.repeat(np.arange(n), np.diff(tf.indptr))
        tf.data = tf.data * (k1 + 1) / (tf.data + norm[rows])
        self.weights = tf  # documents x terms: the BM25 term weight without idf

    def scores(self, query: str) -> np.ndarray:
        """Each document's BM25 score for ``query`` (terms counted once)."""
        q = self.vectorizer.transform([query]).tocsr()
        v = np.zeros(self.weights.shape[1])
        v[q.indices] = self.idf[q.indices]
        return self.weights @ v
