"""Occupation similarity over several views, at O*NET level and brought to ISCO unit groups.

Views (each a cosine similarity between occupations, 0-1 for the non-negative ones):

* ``tasks`` — TF-IDF of the words of the occupation's task statements (O*NET tasks; for ISCO groups the
  ILO/KBJI task statements in both languages are added as a view of their own, ``ilo_tasks``);
* ``activities`` — TF-IDF over the O*NET detailed work activities (DWAs) its tasks map to;
* ``skills`` — O*NET importance of the 35 skills and 33 knowledge areas, centred on the mean occupation
  (so that two occupations are similar when they stand out on the same skills);
* ``technology`` — TF-IDF over the O*NET technology-skill commodity codes it uses;
* ``esco_skills`` (ISCO level and ESCO occupations) — TF-IDF over the ESCO essential (counted twice) and
  optional skills of the group's ESCO occupations.

The combined similarity is the weighted mean of the views an occupation pair has (``WEIGHTS``). The
weights were chosen on the even-numbered half of the O*NET occupations by recall of O*NET's curated
related occupations and checked on the odd half (benchmarks/paths.py, docs/benchmarks.md#pathways): word
overlap of tasks carries most of the signal; technology adds nothing measurable and keeps a small weight so
that software-heavy moves are still visible. A destination's ISCO similarity is the link-weighted mean of
its O*NET occupations' similarities, combined with the ``ilo_tasks`` and ``esco_skills`` views (the ESCO
weight, 1.0, was the best of 0 / 0.5 / 1 / 2 / 3 at recovering the ISCO pairs behind O*NET's curated
related occupations: recall@10 0.527 without, 0.544 with; benchmarks.md#pathways).

Similarity is symmetric; how well an origin's skills cover a destination's needs is not, and is given
separately by :func:`skill_coverage`. Pure functions over arrays, except :func:`onet_views` and
:func:`isco_views`, which read the knowledge base.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from jalur.kb.read import KnowledgeBase

VIEWS = ("tasks", "activities", "skills", "technology")
#: view weights (benchmarks/paths.py chose them on a development half of the O*NET occupations)
WEIGHTS: dict[str, float] = {
    "tasks": 3.0,
    "activities": 0.5,
    "skills": 1.0,
    "technology": 0.5,
    "ilo_tasks": 3.0,
    "esco_skills": 1.0,
}
_WORD = re.compile(r"[^\W\d_]+")


def _unit_rows(m: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    out: np.ndarray = m / np.where(norms > 0, norms, 1.0)
    return out


def tfidf_counts(bags: Sequence[Mapping[str, float]], min_df: int = 1) -> np.ndarray:
    """Unit-length rows of log-scaled counts times smoothed IDF; keys in fewer than ``min_df`` bags dropped."""
    df = Counter(k for b in bags for k in b)
    keys = sorted(k for k, d in df.items() if d >= min_df)
    col = {k: j for j, k in enumerate(keys)}
    n = len(bags)
    m = np.zeros((n, len(keys)))
    for i, b in enumerate(bags):
        for k, v in b.items():
            j = col.get(k)
            if j is not None and v > 0:
                m[i, j] = 1.0 + math.log(v)
    idf = np.log((n + 1) / (np.array([df[k] for k in keys], dtype=float) + 1)) + 1.0
    return _unit_rows(m * idf)


def word_bag(texts: Iterable[str]) -> Counter[str]:
    return Counter(w for t in texts for w in _WORD.findall(t.casefold()))


@dataclass(frozen=True)
class Views:
    """Per-occupation feature rows of each view (unit length; all-zero rows where a view has no data)."""

    codes: list[str]
    rows: dict[str, np.ndarray]

    def similarities(self) -> dict[str, np.ndarray]:
        return {name: m @ m.T for name, m in self.rows.items()}

    def has(self, name: str) -> np.ndarray:
        return np.asarray(np.abs(self.rows[name]).sum(axis=1) > 0)


def combine(
    sims: Mapping[str, np.ndarray], present: Mapping[str, np.ndarray], weights: Mapping[str, float] = WEIGHTS
) -> np.ndarray:
    """Weighted mean over the views both occupations of a pair have."""
    num = np.zeros_like(next(iter(sims.values())))
    den = np.zeros_like(num)
    for name, s in sims.items():
        w = weights.get(name, 0.0)
        if w <= 0:
            continue
        both = np.outer(present[name], present[name]).astype(float)
        num += w * s * both
        den += w * both
    out: np.ndarray = np.divide(num, den, out=np.zeros_like(num), where=den > 0)
    return out


def skill_coverage(origin_level: np.ndarray, dest_level: np.ndarray, dest_importance: np.ndarray) -> float:
    """How well an origin covers a destination's skills (0-1): the importance-weighted share of each
    skill's required level the origin already has (capped at 1 per skill). Asymmetric by design."""
    need = dest_importance * dest_level
    total = float(need.sum())
    if total <= 0:
        return 0.0
    have = np.minimum(origin_level, dest_level) * dest_importance
    return float(have.sum()) / total


def onet_views(kb: KnowledgeBase) -> Views:
    """The four views for every O*NET occupation in the knowledge base."""
    repo = kb.repo
    codes = [o.code for o in repo.onet_occupations()]
    ix = {c: i for i, c in enumerate(codes)}
    tasks: dict[str, list[str]] = defaultdict(list)
    for code, text in repo.onet_task_texts():
        tasks[code].append(text)
    dwas: dict[str, Counter[str]] = defaultdict(Counter)
    for code, dwa in repo.onet_task_activities():
        dwas[code][dwa] += 1
    tech: dict[str, Counter[str]] = defaultdict(Counter)
    for code, commodity in repo.onet_commodities():
        tech[code][commodity] += 1
    imp = skill_matrix(kb, codes, "importance")
    has_skills = ~np.isnan(imp).all(axis=1)
    mean = np.nanmean(imp[has_skills], axis=0)
    centred = np.where(np.isnan(imp), 0.0, imp - mean)
    centred[~has_skills] = 0.0
    del ix
    return Views(
        codes,
        {
            "tasks": tfidf_counts([word_bag(tasks.get(c, [])) for c in codes], min_df=2),
            "activities": tfidf_counts([dwas.get(c, Counter()) for c in codes]),
            "skills": _unit_rows(centred),
            "technology": tfidf_counts([tech.get(c, Counter()) for c in codes]),
        },
    )


def skill_matrix(kb: KnowledgeBase, codes: Sequence[str], what: str) -> np.ndarray:
    """O*NET skill and knowledge ``importance`` or ``level`` per occupation (NaN where not rated), columns
    in ``skill_elements`` order."""
    elements = skill_elements(kb)
    col = {e: j for j, e in enumerate(elements)}
    row = {c: i for i, c in enumerate(codes)}
    m = np.full((len(codes), len(elements)), np.nan)
    for code, domain, element, value in kb.repo.onet_skill_values(
        "importance" if what == "importance" else "level"
    ):
        if code in row and value is not None:
            m[row[code], col[f"{domain}:{element}"]] = value
    return m


def skill_elements(kb: KnowledgeBase) -> list[str]:
    return [f"{domain}:{element}" for domain, element in kb.repo.onet_skill_elements()]


def onet_to_isco_weights(
    kb: KnowledgeBase, onet_codes: Sequence[str], isco_codes: Sequence[str]
) -> np.ndarray:
    """Rows: ISCO unit groups; columns: O*NET occupations; the crosswalk chain's link weights, each row
    summing to 1 (or 0 where a group has no O*NET link)."""
    oi = {c: j for j, c in enumerate(onet_codes)}
    ii = {c: i for i, c in enumerate(isco_codes)}
    w = np.zeros((len(isco_codes), len(onet_codes)))
    for link in kb.repo.links("isco", "onet", source="chain"):
        if link.from_code in ii and link.to_code in oi:
            w[ii[link.from_code], oi[link.to_code]] += link.weight
    sums = w.sum(axis=1, keepdims=True)
    out: np.ndarray = np.divide(w, sums, out=np.zeros_like(w), where=sums > 0)
    return out


def isco_similarity(
    kb: KnowledgeBase, weights: Mapping[str, float] = WEIGHTS
) -> tuple[list[str], dict[str, np.ndarray], np.ndarray]:
    """ISCO unit groups, their per-view similarity matrices (O*NET views brought to ISCO by link weights,
    plus ``ilo_tasks`` from the groups' own task statements) and the combined similarity."""
    isco = [g.code for g in kb.repo.unit_groups()]
    views = onet_views(kb)
    w = onet_to_isco_weights(kb, views.codes, isco)
    sims: dict[str, np.ndarray] = {}
    present: dict[str, np.ndarray] = {}
    for name, s in views.similarities().items():
        has = views.has(name).astype(float)
        wh = w * has  # only O*NET occupations that have the view
        sums = wh.sum(axis=1, keepdims=True)
        wn = np.divide(wh, sums, out=np.zeros_like(wh), where=sums > 0)
        sims[name] = wn @ s @ wn.T
        present[name] = sums[:, 0] > 0
    ilo = tfidf_counts(isco_task_bags(kb, isco), min_df=2)
    sims["ilo_tasks"] = ilo @ ilo.T
    present["ilo_tasks"] = np.abs(ilo).sum(axis=1) > 0
    codes, bags = esco_skill_bags(kb)
    by_group: dict[str, Counter[str]] = defaultdict(Counter)
    for code, bag in zip(codes, bags, strict=True):
        by_group[code[1]].update(bag)
    esco = tfidf_counts([by_group.get(c, Counter()) for c in isco], min_df=2)
    sims["esco_skills"] = esco @ esco.T
    present["esco_skills"] = np.abs(esco).sum(axis=1) > 0
    return isco, sims, combine(sims, present, weights)


def role_similarity(
    isco: Sequence[str],
    isco_bags: Sequence[Mapping[str, float]],
    combined: np.ndarray,
    role_bags: Sequence[Mapping[str, float]],
    role_isco: Sequence[Sequence[str]],
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Similarity of every ISCO unit group (rows) to every AI-era role (columns): the mean of (a) the
    cosine between the group's task statements and the role's tasks (TF-IDF fitted on both together) and
    (b) the group's combined similarity to the nearest of the role's ISCO unit groups (1 for the group
    itself). Returns (score, text part, ISCO part)."""
    m = tfidf_counts([*isco_bags, *role_bags], min_df=2)
    text = m[: len(isco)] @ m[len(isco) :].T
    ix = {c: i for i, c in enumerate(isco)}
    near = np.zeros((len(isco), len(role_bags)))
    for j, codes in enumerate(role_isco):
        cols = [ix[c] for c in codes if c in ix]
        if cols:
            own = combined[:, cols].copy()
            for k, c in enumerate(cols):
                own[c, k] = 1.0
            near[:, j] = own.max(axis=1)
    return (text + near) / 2, text, near


def isco_task_bags(kb: KnowledgeBase, isco: Sequence[str]) -> list[Counter[str]]:
    texts: dict[str, list[str]] = defaultdict(list)
    for t in kb.repo.all_tasks():
        texts[t.isco].extend(x for x in (t.text_en, t.text_id) if x)
    return [word_bag(texts.get(c, [])) for c in isco]


def esco_skill_bags(kb: KnowledgeBase) -> tuple[list[tuple[str, str]], list[Counter[str]]]:
    """Each ESCO occupation's skills ((uri, ISCO group), bag of skill labels; essential counts twice)."""
    bags: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for uri, isco, label, relation in kb.repo.esco_occupation_skills():
        bags[(uri, isco)][label] += 2 if relation == "essential" else 1
    keys = sorted(bags)
    return keys, [bags[k] for k in keys]


def esco_similarity(kb: KnowledgeBase) -> tuple[list[str], np.ndarray]:
    """ESCO occupations and their similarity over essential and optional skills (TF-IDF cosine)."""
    keys, bags = esco_skill_bags(kb)
    m = tfidf_counts(bags, min_df=2).astype(np.float32)
    out: np.ndarray = m @ m.T
    return [k[0] for k in keys], out
