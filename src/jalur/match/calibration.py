"""Ranking and confidence for the matcher's candidates: a logistic model over per-candidate features.

For every candidate unit group the matcher computes a few numbers (its lexical score, how far it is
behind the best, the embedding similarity, which kind of name matched best, how many names point to it,
whether its description uses the query's words, whether the head words and the manager rank agree...). A
pointwise logistic model turns them into the probability that the candidate is right; candidates are
shown in that order, and the top candidate's share of the probabilities of those shown is the confidence.
The model is fitted by ``benchmarks/match.py --fit`` on the
development sets only (KBJI job titles leave-one-out and O*NET reported titles — never the everyday test
set) and stored in ``data/match_ranker.json`` with the threshold that reaches the target precision there.
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import numpy as np

from jalur.errors import JalurError

KIND_GROUPS = {
    "lexicon": "lexicon",
    "kbji_job": "kbji",
    "isco_title": "kbji",
    "example": "kbji",
    "esco_label": "esco",
    "esco_alt": "esco",
    "onet_title": "onet",
    "onet_alt": "onet",
    "onet_reported": "onet",
}
FEATURES = (
    "bias",
    "lex",
    "lex_gap",
    "doc",
    "support",
    "emb",
    "emb_gap",
    "final_gap",
    "first",
    "exact",
    "fuzzy",
    "kind_lexicon",
    "kind_kbji",
    "kind_esco",
    "kind_onet",
    "link_weight",
    "one_word",
    "known_share",
    "used_emb",
    "desc",
    "names",
    "head_match",
    "manager_mismatch",
    "desc_gap",
    "names_gap",
)
RANKER_FILE = "match_ranker.json"
#: a candidate's confidence is its share of the probabilities of this many most likely candidates (the
#: number the threshold was fitted with, ``benchmarks/match.py --fit``)
SHARE_OF = 5


def candidate_matrix(
    *,
    lex: np.ndarray,
    doc: np.ndarray,
    emb: np.ndarray,
    final: np.ndarray,
    stage: list[str],
    kind: list[str],
    link_weight: np.ndarray,
    one_word: bool,
    known_share: float,
    used_emb: bool,
    desc: np.ndarray,
    names: np.ndarray,
    head_match: np.ndarray,
    manager_mismatch: np.ndarray,
    lex_max: float,
    emb_max: float,
    final_max: float,
    desc_max: float,
    names_max: int,
) -> np.ndarray:
    """The feature matrix (one row per candidate, columns as ``FEATURES``) of candidates given best first
    by search score; ``*_max`` are the best values over all unit groups (or over the candidates)."""
    k = lex.size
    group = [KIND_GROUPS.get(kd, "") for kd in kind]
    log_names = np.log1p(names.astype(np.float64))
    first = np.zeros(k)
    first[:1] = 1.0
    return np.column_stack(
        [
            np.ones(k),
            lex,
            lex - lex_max,
            doc,
            lex - doc,
            emb,
            emb - emb_max,
            final - final_max,
            first,
            [st == "exact" for st in stage],
            [st == "fuzzy" for st in stage],
            [g == "lexicon" for g in group],
            [g == "kbji" for g in group],
            [g == "esco" for g in group],
            [g == "onet" for g in group],
            link_weight,
            np.full(k, float(one_word)),
            np.full(k, known_share),
            np.full(k, float(used_emb)),
            desc,
            log_names,
            head_match,
            manager_mismatch,
            desc - desc_max,
            log_names - math.log1p(names_max),
        ]
    ).astype(np.float64)


@dataclass(frozen=True)
class Ranker:
    weights: tuple[float, ...]
    threshold: float
    meta: dict[str, Any] = field(default_factory=dict)

    def probability(self, x: np.ndarray) -> np.ndarray:
        z = np.clip(x @ np.asarray(self.weights), -40, 40)
        out: np.ndarray = 1.0 / (1.0 + np.exp(-z))
        return out

    def rank(self, x: np.ndarray, top: int) -> tuple[list[int], np.ndarray]:
        """The ``top`` candidates (row indexes of ``x``) in order of probability, and each one's share of
        the probabilities of the ``SHARE_OF`` most likely: the order and confidence the matcher shows, the
        confidence the threshold is fitted on whatever number of candidates is asked for (a share among the
        first one alone would always be 1, and answer every query)."""
        probs = self.probability(x)
        ranked = np.argsort(-probs, kind="stable")
        order = [int(j) for j in ranked[:top]]
        total = float(np.sum(probs[ranked[:SHARE_OF]])) or 1.0
        out: np.ndarray = probs[order] / total
        return order, out

    @classmethod
    def load(cls, expected_sha256: str | None = None) -> Ranker:
        """The fitted ranker shipped with the package (``data/match_ranker.json``). A missing or unreadable
        file, one fitted on other features, or one whose SHA-256 differs from ``expected_sha256`` (what the
        knowledge base recorded at build time, ``artefact_sha256``) is an error: an unfitted ranker would
        change every answer without a word (issue 20)."""
        path = resources.files("jalur").joinpath("data", RANKER_FILE)
        try:
            data = path.read_bytes()
            raw = json.loads(data.decode("utf-8"))
        except (OSError, ValueError):
            raise JalurError("error.artefact_missing", name=RANKER_FILE, path=str(path)) from None
        if tuple(raw.get("features", ())) != FEATURES:
            raise JalurError(
                "error.artefact_mismatch", name=RANKER_FILE, detail="features differ from the matcher's"
            )
        got = hashlib.sha256(data).hexdigest()
        if expected_sha256 is not None and got != expected_sha256:
            raise JalurError(
                "error.artefact_mismatch",
                name=RANKER_FILE,
                detail=f"SHA-256 {got[:12]}, the knowledge base was built with {expected_sha256[:12]}",
            )
        return cls(tuple(raw["weights"]), float(raw["threshold"]), raw.get("meta", {}))

    @classmethod
    def unfitted(cls) -> Ranker:
        """A ranker before any fit (the lexical score plus the embedding bonus, confident only when clear):
        for fitting a new one (``benchmarks/match.py --fit``), never a silent stand-in for the fitted one."""
        w = [0.0] * len(FEATURES)
        w[FEATURES.index("bias")] = -4.0
        w[FEATURES.index("lex")] = 4.0
        w[FEATURES.index("final_gap")] = 8.0
        w[FEATURES.index("emb")] = 1.0
        return cls(tuple(w), 0.5, {"fitted": False})

    def to_json(self) -> str:
        return json.dumps(
            {
                "features": list(FEATURES),
                "weights": [round(w, 6) for w in self.weights],
                "threshold": round(self.threshold, 6),
                "meta": self.meta,
            },
            indent=2,
            sort_keys=True,
        )


def artefact_sha256() -> dict[str, str]:
    """SHA-256 of each fitted artefact the package ships (name -> hex), as the knowledge-base build records
    it; missing files are left out (``Ranker.load`` then fails loudly)."""
    path = resources.files("jalur").joinpath("data", RANKER_FILE)
    try:
        return {RANKER_FILE: hashlib.sha256(path.read_bytes()).hexdigest()}
    except OSError:
        return {}


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, iters: int = 100) -> np.ndarray:
    """L2-regularised logistic regression by Newton's method."""
    w = np.zeros(x.shape[1])
    reg = l2 * np.eye(x.shape[1])
    reg[0, 0] = 0.0  # no penalty on the bias
    for _ in range(iters):
        p = 1 / (1 + np.exp(-np.clip(x @ w, -40, 40)))
        grad = x.T @ (p - y) + reg @ w
        hess = (x * (p * (1 - p))[:, None]).T @ x + reg + 1e-9 * np.eye(x.shape[1])
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def threshold_for_precision(conf: np.ndarray, correct: np.ndarray, target: float) -> float:
    """The lowest confidence threshold at which the answers kept are at least ``target`` precise."""
    order = np.argsort(-conf, kind="stable")
    hits = np.cumsum(correct[order])
    kept = np.arange(1, len(order) + 1)
    ok = np.flatnonzero(hits / kept >= target)
    if ok.size == 0:
        return 1.0
    return float(conf[order][ok.max()])


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(min(z, 40.0), -40.0)))
