"""A scorer for new task text, Indonesian or English: an ILO-scale exposure score (0-1) and its class, the
Eloundou exposure label (E0 / E1 / E2), and the nearest reference tasks as evidence.

Method (docs/model-card-exposure.md): words and word pairs of the text, TF-IDF weighted over one
vocabulary shared by both languages, and ridge regressions fitted by conjugate gradients:

* the ILO 2025 task score, on the English *and* Indonesian text of each ILO task (the KBJI task lists are
  translations of the ILO statements: one model reads both languages);
* the human Eloundou labels (one regression per label, the largest wins), on the O*NET task statements.

Evidence is the reference tasks with the highest cosine similarity to the text. Everything is fitted at
knowledge-base build time (``jalur.ingest.steps.exposure``) from the public labels; nothing learnt is
committed. Pure functions here; the knowledge base is read in :meth:`TaskScorer.load`.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np

from jalur.exposure.classes import task_class
from jalur.kb.provenance import ELOUNDOU, ILO_EXPOSURE
from jalur.kb.read import KnowledgeBase

#: ridge penalty (chosen by cross-validation over occupations: 0.3-3 all within 0.01 of r)
LAMBDA = 1.0
#: a word or pair must occur in at least this many training texts to enter the vocabulary
MIN_DF = 2
ELOUNDOU_LABELS = ("E0", "E1", "E2")
_WORD = re.compile(r"[^\W\d_]+")
#: at most this many characters of a task line are read
MAX_TASK_CHARS = 2_000


def terms(text: str) -> list[str]:
    """Lower-case words (letters only, any script) and adjacent word pairs."""
    words = _WORD.findall(unicodedata.normalize("NFKC", text[:MAX_TASK_CHARS]).casefold())
    return words + [f"{a} {b}" for a, b in itertools.pairwise(words)]


@dataclass(frozen=True)
class Sparse:
    """Rows of a sparse matrix (CSR): enough linear algebra for ridge regression without SciPy."""

    indptr: np.ndarray
    ind: np.ndarray
    val: np.ndarray
    n_cols: int

    @property
    def n_rows(self) -> int:
        return int(self.indptr.size - 1)

    @property
    def row_of(self) -> np.ndarray:
        return np.repeat(np.arange(self.n_rows), np.diff(self.indptr))

    def dot(self, v: np.ndarray) -> np.ndarray:
        """X @ v."""
        return np.bincount(self.row_of, self.val * v[self.ind], minlength=self.n_rows)

    def tdot(self, u: np.ndarray) -> np.ndarray:
        """X.T @ u."""
        return np.bincount(self.ind, self.val * u[self.row_of], minlength=self.n_cols)

    def rows(self, idx: np.ndarray) -> Sparse:
        starts, ends = self.indptr[idx], self.indptr[idx + 1]
        lengths = ends - starts
        take = np.repeat(starts - np.cumsum(lengths) + lengths, lengths) + np.arange(int(lengths.sum()))
        return Sparse(np.r_[0, np.cumsum(lengths)], self.ind[take], self.val[take], self.n_cols)


@dataclass(frozen=True)
class Vocabulary:
    index: dict[str, int]
    idf: np.ndarray

    @classmethod
    def fit(cls, texts: Iterable[str], min_df: int = MIN_DF) -> Vocabulary:
        docs = [set(terms(t)) for t in texts]
        df = Counter(w for d in docs for w in d)
        kept = sorted(w for w, k in df.items() if k >= min_df)
        n = len(docs)
        return cls({w: i for i, w in enumerate(kept)}, np.array([math.log(n / df[w]) for w in kept]))

    def transform(self, texts: Sequence[str]) -> Sparse:
        """Unit-length TF-IDF rows (sublinear term frequency); unknown terms are left out."""
        indptr, ind, val = [0], [], []
        for t in texts:
            counts = Counter(j for j in (self.index.get(w) for w in terms(t)) if j is not None)
            js = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
            vs = (1 + np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))) * self.idf[
                js
            ]
            norm = float(np.linalg.norm(vs)) or 1.0
            ind.append(js)
            val.append(vs / norm)
            indptr.append(indptr[-1] + js.size)
        return Sparse(
            np.array(indptr, dtype=np.int64),
            np.concatenate(ind) if ind else np.zeros(0, np.int64),
            np.concatenate(val) if val else np.zeros(0),
            len(self.index),
        )

    def known_share(self, text: str) -> float:
        words = [w for w in terms(text) if " " not in w]
        return sum(w in self.index for w in words) / len(words) if words else 0.0


def fit_ridge(x: Sparse, y: np.ndarray, lam: float = LAMBDA, tol: float = 1e-7) -> tuple[np.ndarray, float]:
    """Weights and intercept minimising |y - b - Xw|^2 + lam |w|^2 (conjugate gradients)."""
    b = float(y.mean())
    rhs = x.tdot(y - b)
    w = np.zeros(x.n_cols)
    r = rhs.copy()
    p = r.copy()
    rs = float(r @ r)
    stop = tol * math.sqrt(float(rhs @ rhs) or 1.0)
    for _ in range(1_000):
        if math.sqrt(rs) <= stop:
            break
        ap = x.tdot(x.dot(p)) + lam * p
        alpha = rs / float(p @ ap)
        w += alpha * p
        r -= alpha * ap
        rs_new = float(r @ r)
        p = r + (rs_new / rs) * p
        rs = rs_new
    return w, b


@dataclass(frozen=True)
class Reference:
    source: str  # ILO_EXPOSURE or ELOUNDOU (jalur.kb.provenance)
    code: str  # ISCO unit group or O*NET-SOC code
    lang: str
    text: str
    score: float | None  # ILO task score
    label: str | None  # Eloundou human label


@dataclass
class TaskScore:
    text: str
    lang: str
    score: float | None  # ILO scale, 0-1; None when the model knows none of the words
    cls: str | None  # automate | augment | human
    eloundou: str | None  # E0 | E1 | E2 (human rubric)
    eloundou_scores: dict[str, float]  # the label regressions' outputs (least squares, not probabilities)
    known_share: float  # share of the text's words the model knows
    evidence: list[dict[str, Any]] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "lang": self.lang,
            "score": self.score,
            "class": self.cls,
            "eloundou": self.eloundou,
            "eloundou_scores": self.eloundou_scores,
            "known_share": self.known_share,
            "evidence": self.evidence,
            "flags": self.flags,
        }


@dataclass
class TaskScorer:
    vocab: Vocabulary
    w_ilo: np.ndarray
    b_ilo: float
    w_e: np.ndarray  # one row per Eloundou label
    b_e: np.ndarray
    refs: list[Reference]
    meta: dict[str, Any] = field(default_factory=dict)
    _ref_x: Sparse | None = None
    _postings: dict[int, tuple[np.ndarray, np.ndarray]] | None = None

    @classmethod
    def fit(
        cls,
        ilo: Sequence[tuple[str, str | None, str | None, float]],
        eloundou: Sequence[tuple[str, str, str]],
        lam: float = LAMBDA,
    ) -> TaskScorer:
        """Fit on ILO tasks (isco, English text, Indonesian text, score) and Eloundou tasks (O*NET code,
        text, human label)."""
        ilo_texts, ilo_y, refs = [], [], []
        for isco, en, id_, score in ilo:
            for lang, text in (("en", en), ("id", id_)):
                if text:
                    ilo_texts.append(text)
                    ilo_y.append(score)
                    refs.append(Reference(ILO_EXPOSURE, isco, lang, text, score, None))
        e_texts = [t for _, t, _ in eloundou]
        e_lab = np.array([ELOUNDOU_LABELS.index(lab) for _, _, lab in eloundou])
        refs += [Reference(ELOUNDOU, c, "en", t, None, lab) for c, t, lab in eloundou]
        vocab = Vocabulary.fit(ilo_texts + e_texts)
        w_ilo, b_ilo = fit_ridge(vocab.transform(ilo_texts), np.array(ilo_y), lam)
        xe = vocab.transform(e_texts)
        fits = [fit_ridge(xe, (e_lab == k).astype(float), lam) for k in range(len(ELOUNDOU_LABELS))]
        meta = {"lambda": lam, "min_df": MIN_DF, "ilo_texts": len(ilo_texts), "eloundou_tasks": len(e_texts)}
        return cls(
            vocab,
            w_ilo,
            b_ilo,
            np.vstack([w for w, _ in fits]),
            np.array([b for _, b in fits]),
            refs,
            meta,
        )

    # ------------------------------------------------------------------ scoring
    def score(self, texts: Sequence[str], lang: str = "auto", evidence: int = 3) -> list[TaskScore]:
        """Score task lines (one task each). Empty lines must be removed by the caller."""
        x = self.vocab.transform(texts)
        ilo = np.clip(self.b_ilo + x.dot(self.w_ilo), 0.0, 1.0)
        e = self.b_e[:, None] + np.vstack([x.dot(w) for w in self.w_e])
        out = []
        for i, text in enumerate(texts):
            known = self.vocab.known_share(text)
            s = round(float(ilo[i]), 3)
            lg = lang if lang in ("id", "en") else _guess_lang(text)
            flags = ["few_known_words"] if known < 0.5 else []
            if len(text) > MAX_TASK_CHARS:
                flags.append("truncated")
            unknown = x.indptr[i + 1] == x.indptr[i]
            if unknown:
                # nothing to go on: say so rather than give the average as if it were an estimate
                flags.append("no_known_words")
            out.append(
                TaskScore(
                    text=text,
                    lang=lg,
                    score=None if unknown else s,
                    cls=None if unknown else task_class(s),
                    eloundou=None if unknown else ELOUNDOU_LABELS[int(np.argmax(e[:, i]))],
                    eloundou_scores={}
                    if unknown
                    else {k: round(float(e[j, i]), 3) for j, k in enumerate(ELOUNDOU_LABELS)},
                    known_share=round(known, 3),
                    evidence=self.nearest(x.rows(np.array([i])), evidence),
                    flags=flags,
                )
            )
        return out

    def nearest(self, q: Sparse, k: int) -> list[dict[str, Any]]:
        """The ``k`` reference tasks most similar to one transformed text (cosine of TF-IDF rows)."""
        if k <= 0 or q.ind.size == 0:
            return []
        postings = self._reference_postings()
        acc = np.zeros(len(self.refs))
        for j, v in zip(q.ind.tolist(), q.val.tolist(), strict=True):
            hit = postings.get(j)
            if hit is not None:
                acc[hit[0]] += v * hit[1]
        top = np.argsort(-acc, kind="stable")[:k]
        return [
            {
                "source": self.refs[r].source,
                "code": self.refs[r].code,
                "lang": self.refs[r].lang,
                "text": self.refs[r].text,
                "score": self.refs[r].score,
                "label": self.refs[r].label,
                "similarity": round(float(acc[r]), 3),
            }
            for r in top.tolist()
            if acc[r] > 0
        ]

    def _reference_postings(self) -> dict[int, tuple[np.ndarray, np.ndarray]]:
        if self._postings is None:
            x = self.vocab.transform([r.text for r in self.refs])
            order = np.argsort(x.ind, kind="stable")
            cols, rows, vals = x.ind[order], x.row_of[order], x.val[order]
            bounds = np.flatnonzero(np.r_[True, cols[1:] != cols[:-1], True])
            self._postings = {int(cols[a]): (rows[a:b], vals[a:b]) for a, b in itertools.pairwise(bounds)}
        return self._postings

    # ------------------------------------------------------------------ storage
    def rows(self) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]], list[tuple[str, str]]]:
        """(term rows, reference rows, meta rows) for the knowledge base."""
        terms_ = [
            (w, float(self.vocab.idf[j]), float(self.w_ilo[j]), *(float(v) for v in self.w_e[:, j]))
            for w, j in self.vocab.index.items()
        ]
        refs = [(i, r.source, r.code, r.lang, r.text, r.score, r.label) for i, r in enumerate(self.refs)]
        meta = {**self.meta, "b_ilo": self.b_ilo, "b_e": [float(b) for b in self.b_e]}
        return terms_, refs, [(k, repr(v)) for k, v in sorted(meta.items())]

    @staticmethod
    @lru_cache(maxsize=2)
    def for_kb(kb: KnowledgeBase) -> TaskScorer:
        """The scorer of an open knowledge base, loaded once (profiles of many groups share it)."""
        return TaskScorer.load(kb)

    @classmethod
    def load(cls, kb: KnowledgeBase) -> TaskScorer:
        import ast

        meta = {k: ast.literal_eval(v) for k, v in kb.repo.scorer_meta()}
        rows = kb.repo.scorer_terms()
        vocab = Vocabulary({r.term: i for i, r in enumerate(rows)}, np.array([r.idf for r in rows]))
        refs = [Reference(r.source, r.code, r.lang, r.text, r.score, r.label) for r in kb.repo.scorer_refs()]
        return cls(
            vocab,
            np.array([r.w_ilo for r in rows]),
            float(meta.pop("b_ilo")),
            np.array([[r.w_e0 for r in rows], [r.w_e1 for r in rows], [r.w_e2 for r in rows]]),
            np.array(meta.pop("b_e")),
            refs,
            meta,
        )


def _guess_lang(text: str) -> str:
    from jalur.text.normalise import detect_lang

    return detect_lang(text, frozenset(), frozenset())
