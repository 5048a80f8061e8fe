"""Build step 'pathways': occupation similarity between ISCO unit groups (``jalur.pathways.similarity``),
stored as each group's nearest neighbours with the score of every view, and the calibrated threshold of a
viable move.

The threshold is calibrated on O*NET's curated related occupations: among pairs of distinct ISCO groups
that hold a pair of O*NET "Primary" related occupations (each O*NET occupation taken in the group holding
at least half of its crosswalk weight), the 25th percentile of our similarity — three in four curated
moves pass it, while about one in ten of all group pairs does.
"""

from __future__ import annotations

import numpy as np

from jalur.kb.build import BuildContext
from jalur.kb.read import KnowledgeBase
from jalur.pathways.similarity import isco_similarity

SOURCES: tuple[str, ...] = ()

VIEW_COLUMNS = ("tasks", "activities", "skills", "technology", "ilo_tasks")
#: neighbours kept per unit group
NEIGHBOURS = 40
#: share of curated related moves that must pass the viability threshold
CURATED_PASS_SHARE = 0.75

SCHEMA = """
-- each ISCO unit group's nearest groups: combined similarity and each view's (tasks, activities, skills,
-- technology: O*NET views brought to ISCO; ilo_tasks: the groups' own task statements)
CREATE TABLE isco_neighbour (
    origin TEXT NOT NULL, target TEXT NOT NULL, rank INTEGER NOT NULL, score REAL NOT NULL,
    tasks REAL, activities REAL, skills REAL, technology REAL, ilo_tasks REAL,
    PRIMARY KEY (origin, target)
);
CREATE TABLE pathways_meta (key TEXT PRIMARY KEY, value REAL NOT NULL);
"""


def curated_pairs(kb: KnowledgeBase) -> set[tuple[str, str]]:
    """Distinct ISCO group pairs behind O*NET's Primary related occupations."""
    home: dict[str, str] = {}
    for onet, isco, w in kb.rows(
        "SELECT from_code, to_code, weight FROM link WHERE from_scheme = 'onet' AND to_scheme = 'isco' "
        "AND source = 'chain'"
    ):
        if w >= 0.5:
            home[onet] = isco
    out = set()
    for a, b, tier in kb.rows("SELECT onet_code, related_code, tier FROM onet_related"):
        if tier.startswith("Primary") and a in home and b in home and home[a] != home[b]:
            out.add((home[a], home[b]))
    return out


def load(ctx: BuildContext) -> None:
    kb = KnowledgeBase.from_connection(ctx.conn)
    codes, sims, combined = isco_similarity(kb)
    ix = {c: i for i, c in enumerate(codes)}
    pairs = curated_pairs(kb)
    curated = np.array([combined[ix[a], ix[b]] for a, b in pairs if a in ix and b in ix])
    threshold = float(np.quantile(curated, 1 - CURATED_PASS_SHARE)) if curated.size else 0.0
    rows = []
    for i, origin in enumerate(codes):
        s = combined[i].copy()
        s[i] = -np.inf
        for rank, j in enumerate(np.argsort(-s, kind="stable")[:NEIGHBOURS].tolist(), start=1):
            if s[j] <= 0:
                break
            per_view = (round(float(sims[v][i, j]), 6) for v in VIEW_COLUMNS)
            rows.append((origin, codes[j], rank, round(float(s[j]), 6), *per_view))
    ctx.insert(
        "isco_neighbour",
        ["origin", "target", "rank", "score", *VIEW_COLUMNS],
        rows,
    )
    all_pairs = combined[np.triu_indices(len(codes), 1)]
    ctx.insert(
        "pathways_meta",
        ["key", "value"],
        [
            ("viable_threshold", round(threshold, 6)),
            ("curated_pairs", float(curated.size)),
            ("share_of_all_pairs_passing", round(float((all_pairs >= threshold).mean()), 6)),
        ],
    )
    ctx.stats["pathways"] = {"neighbour_rows": len(rows), "viable_threshold": round(threshold, 4)}
