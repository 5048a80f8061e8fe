"""A scorer for new task text, Indonesian or English: an ILO-scale exposure score (0-1) and its class, the
Eloundou exposure label (E0 / E1 / E2), and the nearest reference tasks as evidence.

Method (docs/model-card-exposure.md): words and word pairs of the text, TF-IDF weighted over one
vocabulary shared by both languages, and ridge regressions fitted by conjugate gradients:

* the ILO 2025 task score, on the English *and* Indonesian text of each ILO task (the KBJI task lists are
  translations of the ILO statements: one model reads both languages);
* the human Eloundou labels (one regression per label, the largest wins), on the O*NET task statements;
* the *mode* of AI use — the automation share (automation / (automation + augmentation)) observed per O*NET
  task in the Anthropic Economic Index — on the English O*NET statements, then carried to Indonesian
  through the parallel ILO task corpus (each ILO task's Indonesian text is taught the English model's
  reading of its English twin).

Both the exposure score and the mode are *calibrated*: a ridge regression pulls its predictions to the
middle, so each is mapped monotonically onto the reference distribution (quantile calibration fitted on
out-of-fold predictions: five folds of whole occupations), and carries an 80% range from the out-of-fold
errors at that level (``Calibration``). A summary over many tasks (a role, an employer's task list) carries
the occupation-level error of the mean (``occupation_half_width``).

Evidence is the reference tasks with the highest cosine similarity to the text. Everything is fitted at
knowledge-base build time (``jalur.ingest.steps.exposure``) from the public labels; nothing learnt is
committed. Pure functions here; the knowledge base is read in :meth:`TaskScorer.load`.
"""

from __future__ import annotations

import ast
import itertools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

import numpy as np

from jalur.exposure.classes import task_class
from jalur.kb.provenance import ELOUNDOU, ILO_EXPOSURE
from jalur.kb.read import KnowledgeBase

#: where a task's mode comes from when the scorer estimates it
MODEL = "model"
#: where a task's mode comes from when it was observed (Anthropic Economic Index, an O*NET statement)
OBSERVED = "observed"

#: ridge penalty (chosen by cross-validation over occupations: 0.3-3 all within 0.01 of r)
LAMBDA = 1.0
#: a word or pair must occur in at least this many training texts to enter the vocabulary
MIN_DF = 2
ELOUNDOU_LABELS = ("E0", "E1", "E2")
#: folds of whole occupations for the out-of-fold predictions the calibration is fitted on
CALIBRATION_FOLDS = 5
#: knots of the quantile map (0, 2%, ..., 100%) and bins of the error ranges
QUANTILE_KNOTS = 51
ERROR_BINS = 5
#: a summary's range covers this share of out-of-fold errors (the 10th to 90th percentile)
RANGE_COVERAGE = 0.80
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


def fold_of(key: str, k: int = CALIBRATION_FOLDS) -> int:
    """A stable fold for an occupation code (independent of the order the codes arrive in)."""
    import hashlib

    return int(hashlib.sha256(key.encode()).hexdigest(), 16) % k


@dataclass(frozen=True)
class Calibration:
    """A monotone map from a regression's raw output onto the reference distribution (quantile
    calibration), and the half-width of an 80% range of the calibrated value's error, by level.

    ``raw``/``ref`` are matching quantiles of out-of-fold predictions and of the reference; ``edges``
    split calibrated values into bins, ``half`` is the half-width of the 10th-90th percentile of the
    errors in each bin; ``occupation_half`` the same for the mean over an occupation's tasks."""

    raw: tuple[float, ...]
    ref: tuple[float, ...]
    edges: tuple[float, ...]
    half: tuple[float, ...]
    occupation_half: float

    @classmethod
    def fit(cls, raw: np.ndarray, y: np.ndarray, groups: Sequence[str]) -> Calibration:
        q = np.linspace(0, 1, QUANTILE_KNOTS)
        xr = np.quantile(raw, q)
        # strictly increasing knots (ties in raw predictions would make the map ambiguous)
        xr = xr + np.arange(xr.size) * 1e-9
        yr = np.quantile(y, q)
        cal = np.interp(raw, xr, yr)
        edges = np.quantile(cal, np.linspace(0, 1, ERROR_BINS + 1)[1:-1])
        err = y - cal
        lo_q, hi_q = (1 - RANGE_COVERAGE) / 2, 1 - (1 - RANGE_COVERAGE) / 2
        half = []
        for b in range(ERROR_BINS):
            e = err[np.searchsorted(edges, cal, side="right") == b]
            half.append(float(np.quantile(e, hi_q) - np.quantile(e, lo_q)) / 2 if e.size else 0.0)
        by: dict[str, list[int]] = {}
        for i, g in enumerate(groups):
            by.setdefault(g, []).append(i)
        occ_err = np.array([float(np.mean(cal[ix]) - np.mean(y[ix])) for ix in by.values()])
        occ_half = float(np.quantile(np.abs(occ_err), RANGE_COVERAGE)) if occ_err.size else 0.0
        return cls(
            tuple(round(float(v), 6) for v in xr),
            tuple(round(float(v), 6) for v in yr),
            tuple(round(float(v), 6) for v in edges),
            tuple(round(v, 6) for v in half),
            round(occ_half, 6),
        )

    def apply(self, raw: np.ndarray) -> np.ndarray:
        out: np.ndarray = np.interp(raw, np.array(self.raw), np.array(self.ref))
        return out

    def half_width(self, calibrated: np.ndarray) -> np.ndarray:
        return np.array(self.half)[np.searchsorted(np.array(self.edges), calibrated, side="right")]

    def to_dict(self) -> dict[str, Any]:
        return {
            "raw": list(self.raw),
            "ref": list(self.ref),
            "edges": list(self.edges),
            "half": list(self.half),
            "occupation_half": self.occupation_half,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Calibration:
        return cls(
            tuple(d["raw"]), tuple(d["ref"]), tuple(d["edges"]), tuple(d["half"]), float(d["occupation_half"])
        )


def by_folds(
    y: np.ndarray, groups: Sequence[str], fit_predict: Callable[[np.ndarray, np.ndarray], np.ndarray]
) -> np.ndarray:
    """Each row's prediction by a model fitted without its occupation's fold: ``fit_predict(train, test)``
    (boolean masks) fits on the first and predicts the second."""
    folds = np.array([fold_of(g) for g in groups])
    pred = np.zeros(len(y))
    for f in range(CALIBRATION_FOLDS):
        test = folds == f
        if not test.any() or test.all():
            continue
        pred[test] = fit_predict(~test, test)
    return pred


def out_of_fold(x: Sparse, y: np.ndarray, groups: Sequence[str], lam: float) -> np.ndarray:
    """Each row's prediction by a ridge fitted without its occupation's fold."""

    def fit_predict(train: np.ndarray, test: np.ndarray) -> np.ndarray:
        w, b = fit_ridge(x.rows(np.flatnonzero(train)), y[train], lam)
        out: np.ndarray = b + x.rows(np.flatnonzero(test)).dot(w)
        return out

    return by_folds(y, groups, fit_predict)


@dataclass(frozen=True)
class StaticWords:
    """Static word vectors for the scorer's axes: each vocabulary word embedded alone by the multilingual
    sentence model at build time (no model call when scoring); a text's vector is the IDF-weighted sum of
    its distinct known words' vectors, made unit length. A ridge on these vectors is blended with the
    TF-IDF ridge by weights fitted on both out-of-fold predictions (stacking), before the calibration."""

    index: dict[str, int]
    vectors: np.ndarray  # one unit row per word
    idf: np.ndarray
    w: np.ndarray
    b: float
    blend: tuple[float, float, float]  # intercept, TF-IDF ridge, static ridge

    @staticmethod
    def embed_texts(
        index: dict[str, int], vectors: np.ndarray, idf: np.ndarray, texts: Sequence[str]
    ) -> np.ndarray:
        out = np.zeros((len(texts), vectors.shape[1]))
        for i, t in enumerate(texts):
            rows = [index[w] for w in dict.fromkeys(terms(t)) if w in index]
            if rows:
                v = (vectors[rows] * idf[rows, None]).sum(axis=0)
                n = float(np.linalg.norm(v))
                out[i] = v / n if n > 0 else v
        return out

    def transform(self, texts: Sequence[str]) -> np.ndarray:
        return self.embed_texts(self.index, self.vectors, self.idf, texts)

    def raw(self, tfidf_raw: np.ndarray, vectors: np.ndarray) -> np.ndarray:
        """The blended raw output from the TF-IDF ridge's raw output and the texts' static ``vectors``
        (``transform``: computed once per batch, shared by both axes)."""
        a0, a1, a2 = self.blend
        out: np.ndarray = a0 + a1 * tfidf_raw + a2 * (self.b + vectors @ self.w)
        return out


def _head(static: StaticWords | None) -> dict[str, Any] | None:
    """What the knowledge base keeps of one axis's static ridge (the vectors are stored once)."""
    if static is None:
        return None
    return {"w": [float(v) for v in static.w], "b": static.b, "blend": list(static.blend)}


def _with_head(words: StaticWords, head: dict[str, Any]) -> StaticWords:
    b = head["blend"]
    return replace(
        words, w=np.array(head["w"]), b=float(head["b"]), blend=(float(b[0]), float(b[1]), float(b[2]))
    )


#: penalties tried for a static-vector ridge, the one with the smallest out-of-fold error kept (nested inside
#: the training occupations: the benchmarks' held-out folds are never seen)
STATIC_LAMBDAS = (0.3, 1.0, 3.0)


def static_ridge(
    x: np.ndarray, y: np.ndarray, groups: Sequence[str]
) -> tuple[np.ndarray, float, np.ndarray, float]:
    """The static-vector ridge with its penalty chosen by out-of-fold error over ``groups``: weights,
    intercept, that penalty's out-of-fold predictions, and the penalty."""
    best: tuple[float, float, np.ndarray] | None = None
    for lam in STATIC_LAMBDAS:
        oof = dense_out_of_fold(x, y, groups, lam)
        err = float(np.mean((oof - y) ** 2))
        if best is None or err < best[0]:
            best = (err, lam, oof)
    assert best is not None
    w, b = fit_dense_ridge(x, y, best[1])
    return w, b, best[2], best[1]


def fit_dense_ridge(x: np.ndarray, y: np.ndarray, lam: float = LAMBDA) -> tuple[np.ndarray, float]:
    """Ridge regression on a dense matrix (closed form)."""
    b = float(y.mean())
    w = np.linalg.solve(x.T @ x + lam * np.eye(x.shape[1]), x.T @ (y - b))
    return w, b


def dense_out_of_fold(x: np.ndarray, y: np.ndarray, groups: Sequence[str], lam: float) -> np.ndarray:
    """``out_of_fold`` for a dense matrix, on the same folds of occupations."""

    def fit_predict(train: np.ndarray, test: np.ndarray) -> np.ndarray:
        w, b = fit_dense_ridge(x[train], y[train], lam)
        out: np.ndarray = b + x[test] @ w
        return out

    return by_folds(y, groups, fit_predict)


def fit_static(
    vocab: Vocabulary,
    embed: Callable[[list[str]], np.ndarray],
    texts: Sequence[str],
    y: np.ndarray,
    groups: Sequence[str],
    oof_tfidf: np.ndarray,
) -> tuple[StaticWords, np.ndarray]:
    """The static-vector ridge on the vocabulary's words (penalty by out-of-fold error, ``static_ridge``)
    and its blend with the TF-IDF ridge (least squares on both out-of-fold predictions); returns it and
    the blended out-of-fold predictions."""
    words = sorted(w for w in vocab.index if " " not in w)
    vectors = np.asarray(embed(words), dtype=np.float64)
    index = {w: i for i, w in enumerate(words)}
    idf = np.array([vocab.idf[vocab.index[w]] for w in words])
    x = StaticWords.embed_texts(index, vectors, idf, texts)
    w, b, oof_static, _ = static_ridge(x, y, groups)
    design = np.column_stack([np.ones(len(y)), oof_tfidf, oof_static])
    blend = np.linalg.lstsq(design, y, rcond=None)[0]
    static = StaticWords(index, vectors, idf, w, b, (float(blend[0]), float(blend[1]), float(blend[2])))
    return static, design @ blend


@dataclass(frozen=True)
class Observed:
    """A task whose mode of AI use was observed: O*NET code, statement, automation share (0-1)."""

    code: str
    text: str
    share: float


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
    score: float | None  # ILO scale, 0-1, calibrated; None when the model knows none of the words
    cls: str | None  # automate | augment | human (from score and mode, jalur.exposure.classes)
    eloundou: str | None  # E0 | E1 | E2 (human rubric)
    eloundou_scores: dict[str, float]  # the label regressions' outputs (least squares, not probabilities)
    known_share: float  # share of the text's words the model knows
    evidence: list[dict[str, Any]] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    score_range: tuple[float, float] | None = None  # 80% range of the score
    mode: float | None = None  # automation share of AI use (0 = all augmentation, 1 = all automation)
    mode_range: tuple[float, float] | None = None
    mode_source: str | None = None  # "model" here; "observed" where a caller has the index's figure

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "lang": self.lang,
            "score": self.score,
            "score_range": list(self.score_range) if self.score_range else None,
            "class": self.cls,
            "mode": self.mode,
            "mode_range": list(self.mode_range) if self.mode_range else None,
            "mode_source": self.mode_source,
            "eloundou": self.eloundou,
            "eloundou_scores": self.eloundou_scores,
            "known_share": self.known_share,
            "evidence": self.evidence,
            "flags": self.flags,
        }


def _calibrated(raw: np.ndarray, cal: Calibration | None) -> tuple[np.ndarray, np.ndarray | None]:
    """Raw predictions through the calibration (when fitted), clipped to 0-1, with their 80% half-widths."""
    v = np.clip(cal.apply(raw) if cal else raw, 0.0, 1.0)
    return v, cal.half_width(v) if cal else None


def mean_half_width(kb: KnowledgeBase, axis: str = "ilo") -> float | None:
    """The 80% half-width of a mean over many model-scored tasks (a role's, an occupation's) of the exposure
    (``axis='ilo'``) or the mode (``axis='mode'``), read from the stored calibration alone — for callers that
    need the figure without loading the whole scorer."""
    meta = dict(kb.repo.scorer_meta())
    raw = meta.get(f"cal_{axis}")
    cal = ast.literal_eval(raw) if raw and raw != "None" else None
    return float(cal["occupation_half"]) if cal else None


def _range(v: float, half: float) -> tuple[float, float]:
    return (round(max(0.0, v - half), 3), round(min(1.0, v + half), 3))


@dataclass
class TaskScorer:
    vocab: Vocabulary
    w_ilo: np.ndarray
    b_ilo: float
    w_e: np.ndarray  # one row per Eloundou label
    b_e: np.ndarray
    refs: list[Reference]
    meta: dict[str, Any] = field(default_factory=dict)
    w_mode: np.ndarray | None = None
    b_mode: float = 0.5
    cal_ilo: Calibration | None = None
    cal_mode: Calibration | None = None
    static: StaticWords | None = None
    static_mode: StaticWords | None = None
    _ref_x: Sparse | None = None
    _postings: dict[int, tuple[np.ndarray, np.ndarray]] | None = None

    @classmethod
    def fit(
        cls,
        ilo: Sequence[tuple[str, str | None, str | None, float]],
        eloundou: Sequence[tuple[str, str, str]],
        lam: float = LAMBDA,
        observed: Sequence[Observed] = (),
        embed: Callable[[list[str]], np.ndarray] | None = None,
    ) -> TaskScorer:
        """Fit on ILO tasks (isco, English text, Indonesian text, score), Eloundou tasks (O*NET code,
        text, human label) and, when given, tasks with an observed automation share (the mode). ``embed``
        (words -> vectors, e.g. ``jalur.text.embed.encode``): with it the exposure axis blends in a
        ridge on static word vectors (``StaticWords``)."""
        ilo_texts, ilo_y, ilo_groups, refs = [], [], [], []
        for isco, en, id_, score in ilo:
            for lang, text in (("en", en), ("id", id_)):
                if text:
                    ilo_texts.append(text)
                    ilo_y.append(score)
                    ilo_groups.append(isco)
                    refs.append(Reference(ILO_EXPOSURE, isco, lang, text, score, None))
        e_texts = [t for _, t, _ in eloundou]
        e_lab = np.array([ELOUNDOU_LABELS.index(lab) for _, _, lab in eloundou])
        refs += [Reference(ELOUNDOU, c, "en", t, None, lab) for c, t, lab in eloundou]
        vocab = Vocabulary.fit(ilo_texts + e_texts + [o.text for o in observed])
        x_ilo = vocab.transform(ilo_texts)
        y_ilo = np.array(ilo_y)
        w_ilo, b_ilo = fit_ridge(x_ilo, y_ilo, lam)
        cal_ilo, static = None, None
        if len(set(ilo_groups)) >= CALIBRATION_FOLDS:
            oof = out_of_fold(x_ilo, y_ilo, ilo_groups, lam)
            if embed is not None:
                static, oof = fit_static(vocab, embed, ilo_texts, y_ilo, ilo_groups, oof)
            cal_ilo = Calibration.fit(oof, y_ilo, ilo_groups)
        xe = vocab.transform(e_texts)
        fits = [fit_ridge(xe, (e_lab == k).astype(float), lam) for k in range(len(ELOUNDOU_LABELS))]
        meta: dict[str, Any] = {
            "lambda": lam,
            "min_df": MIN_DF,
            "ilo_texts": len(ilo_texts),
            "eloundou_tasks": len(e_texts),
        }
        w_mode, b_mode, cal_mode, static_mode = None, 0.5, None, None
        if observed:
            w_mode, b_mode, cal_mode, distilled, static_mode = fit_mode(vocab, observed, ilo, lam, static)
            meta |= {"mode_observed_tasks": len(observed), "mode_distilled_texts": distilled}
        return cls(
            vocab,
            w_ilo,
            b_ilo,
            np.vstack([w for w, _ in fits]),
            np.array([b for _, b in fits]),
            refs,
            meta,
            w_mode,
            b_mode,
            cal_ilo,
            cal_mode,
            static,
            static_mode,
        )

    def ilo_raw(self, x: Sparse, texts: Sequence[str], vectors: np.ndarray | None = None) -> np.ndarray:
        """The exposure axis before calibration: the TF-IDF ridge, blended with the static-vector ridge
        when the scorer has one (``vectors``: the texts' static vectors when already computed)."""
        raw: np.ndarray = self.b_ilo + x.dot(self.w_ilo)
        if self.static is None:
            return raw
        return self.static.raw(raw, self.static.transform(texts) if vectors is None else vectors)

    # ------------------------------------------------------------------ scoring
    def score(self, texts: Sequence[str], lang: str = "auto", evidence: int = 3) -> list[TaskScore]:
        """Score task lines (one task each). Empty lines must be removed by the caller."""
        x = self.vocab.transform(texts)
        # both axes' static heads read the same word vectors: the texts' vectors are computed once
        vectors = self.static.transform(texts) if self.static is not None else None
        ilo, ilo_half = _calibrated(self.ilo_raw(x, texts, vectors), self.cal_ilo)
        mode = mode_half = None
        if self.w_mode is not None:
            raw_mode = self.b_mode + x.dot(self.w_mode)
            if self.static_mode is not None:
                raw_mode = self.static_mode.raw(
                    raw_mode, vectors if vectors is not None else self.static_mode.transform(texts)
                )
            mode, mode_half = _calibrated(raw_mode, self.cal_mode)
        e = self.b_e[:, None] + np.vstack([x.dot(w) for w in self.w_e])
        out = []
        for i, text in enumerate(texts):
            known = self.vocab.known_share(text)
            s = round(float(ilo[i]), 3)
            m = round(float(mode[i]), 3) if mode is not None else None
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
                    cls=None if unknown else task_class(s, m),
                    eloundou=None if unknown else ELOUNDOU_LABELS[int(np.argmax(e[:, i]))],
                    eloundou_scores={}
                    if unknown
                    else {k: round(float(e[j, i]), 3) for j, k in enumerate(ELOUNDOU_LABELS)},
                    known_share=round(known, 3),
                    evidence=self.nearest(x.rows(np.array([i])), evidence),
                    flags=flags,
                    score_range=None if unknown or ilo_half is None else _range(s, float(ilo_half[i])),
                    mode=None if unknown else m,
                    mode_range=None
                    if unknown or m is None or mode_half is None
                    else _range(m, float(mode_half[i])),
                    mode_source=None if unknown or m is None else MODEL,
                )
            )
        return out

    def summary_half_width(self) -> tuple[float | None, float | None]:
        """80% half-widths of the error of a mean over many tasks scored by the model (exposure, mode),
        measured on held-out occupations."""
        return (
            self.cal_ilo.occupation_half if self.cal_ilo else None,
            self.cal_mode.occupation_half if self.cal_mode else None,
        )

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
        w_mode = self.w_mode if self.w_mode is not None else np.zeros(len(self.vocab.index))
        terms_ = [
            (
                w,
                float(self.vocab.idf[j]),
                float(self.w_ilo[j]),
                *(float(v) for v in self.w_e[:, j]),
                float(w_mode[j]),
            )
            for w, j in self.vocab.index.items()
        ]
        refs = [(i, r.source, r.code, r.lang, r.text, r.score, r.label) for i, r in enumerate(self.refs)]
        meta = {
            **self.meta,
            "b_ilo": self.b_ilo,
            "b_e": [float(b) for b in self.b_e],
            "b_mode": self.b_mode if self.w_mode is not None else None,
            "cal_ilo": self.cal_ilo.to_dict() if self.cal_ilo else None,
            "cal_mode": self.cal_mode.to_dict() if self.cal_mode else None,
            "static": _head(self.static),
            "static_mode": _head(self.static_mode),
        }
        return terms_, refs, [(k, repr(v)) for k, v in sorted(meta.items())]

    def static_rows(self) -> list[tuple[str, bytes]]:
        """(word, float16 vector) rows of the static word vectors, for the knowledge base."""
        if self.static is None:
            return []
        return [
            (w, self.static.vectors[i].astype(np.float16).tobytes()) for w, i in self.static.index.items()
        ]

    @staticmethod
    @lru_cache(maxsize=2)
    def for_kb(kb: KnowledgeBase) -> TaskScorer:
        """The scorer of an open knowledge base, loaded once (profiles of many groups share it)."""
        return TaskScorer.load(kb)

    @classmethod
    def load(cls, kb: KnowledgeBase) -> TaskScorer:
        meta = {k: ast.literal_eval(v) for k, v in kb.repo.scorer_meta()}
        rows = kb.repo.scorer_terms()
        vocab = Vocabulary({r.term: i for i, r in enumerate(rows)}, np.array([r.idf for r in rows]))
        refs = [Reference(r.source, r.code, r.lang, r.text, r.score, r.label) for r in kb.repo.scorer_refs()]
        b_mode = meta.pop("b_mode", None)
        cal_ilo = meta.pop("cal_ilo", None)
        cal_mode = meta.pop("cal_mode", None)
        static_meta = meta.pop("static", None)
        static_mode_meta = meta.pop("static_mode", None)
        static = static_mode = None
        if static_meta:
            vrows = kb.repo.scorer_vectors()
            index = {w: i for i, (w, _) in enumerate(vrows)}
            vectors = np.vstack([np.frombuffer(v, dtype=np.float16) for _, v in vrows]).astype(np.float64)
            idf = np.array([vocab.idf[vocab.index[w]] for w, _ in vrows])
            words = StaticWords(index, vectors, idf, np.zeros(vectors.shape[1]), 0.0, (0.0, 1.0, 0.0))
            static = _with_head(words, static_meta)
            static_mode = _with_head(words, static_mode_meta) if static_mode_meta else None
        return cls(
            vocab,
            np.array([r.w_ilo for r in rows]),
            float(meta.pop("b_ilo")),
            np.array([[r.w_e0 for r in rows], [r.w_e1 for r in rows], [r.w_e2 for r in rows]]),
            np.array(meta.pop("b_e")),
            refs,
            meta,
            np.array([r.w_mode for r in rows]) if b_mode is not None else None,
            float(b_mode) if b_mode is not None else 0.5,
            Calibration.from_dict(cal_ilo) if cal_ilo else None,
            Calibration.from_dict(cal_mode) if cal_mode else None,
            static,
            static_mode,
        )


def fit_mode(
    vocab: Vocabulary,
    observed: Sequence[Observed],
    ilo: Sequence[tuple[str, str | None, str | None, float]],
    lam: float = LAMBDA,
    static: StaticWords | None = None,
) -> tuple[np.ndarray, float, Calibration, int, StaticWords | None]:
    """The mode regression: fitted on the observed English statements, then refitted with each ILO
    task's Indonesian text taught the first fit's reading of its English twin (the parallel corpus carries
    the model to Indonesian). With ``static`` (the exposure axis's word vectors) a ridge on the static
    vectors of the observed statements is blended in, as for exposure (the vectors are multilingual: no
    teaching needed). Calibrated on out-of-fold predictions over O*NET minor groups. Returns the weights,
    intercept, calibration, the number of Indonesian texts taught and the mode's static head."""
    texts = [o.text for o in observed]
    y = np.array([o.share for o in observed])
    minor = [o.code[:5] for o in observed]  # SOC minor group: close neighbours share a fold
    x = vocab.transform(texts)
    w1, b1 = fit_ridge(x, y, lam)
    oof = out_of_fold(x, y, minor, lam)
    head, lam_s = None, LAMBDA
    if static is not None:
        xs = static.transform(texts)
        ws, bs, oof_static, lam_s = static_ridge(xs, y, minor)
        design = np.column_stack([np.ones(len(y)), oof, oof_static])
        blend = np.linalg.lstsq(design, y, rcond=None)[0]
        head = replace(static, w=ws, b=bs, blend=(float(blend[0]), float(blend[1]), float(blend[2])))
        oof = design @ blend
    cal = Calibration.fit(oof, y, [o.code for o in observed])
    twins = [(en, id_) for _, en, id_, _ in ilo if en and id_]
    if not twins:
        return w1, b1, cal, 0, head
    taught = b1 + vocab.transform([en for en, _ in twins]).dot(w1)
    x2 = vocab.transform(texts + [id_ for _, id_ in twins])
    w2, b2 = fit_ridge(x2, np.r_[y, taught], lam)
    if head is not None:
        # the static vectors of both languages are not aligned closely enough to carry the reading alone:
        # the Indonesian twins are taught the English twins' static reading too, as the TF-IDF ridge is
        xs = head.transform(texts)
        xs_id = head.transform([id_ for _, id_ in twins])
        taught_s = head.b + head.transform([en for en, _ in twins]) @ head.w
        ws2, bs2 = fit_dense_ridge(np.vstack([xs, xs_id]), np.r_[y, taught_s], lam_s)
        head = replace(head, w=ws2, b=bs2)
    return w2, b2, cal, len(twins), head


def _guess_lang(text: str) -> str:
    from jalur.text.normalise import detect_lang

    return detect_lang(text, frozenset(), frozenset())
