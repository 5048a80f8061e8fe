"""Build step 'pathways': occupation similarity between ISCO unit groups (``jalur.pathways.similarity``),
stored as each group's nearest neighbours with the score of every view, and the calibrated threshold of a
viable move.

The threshold is calibrated on O*NET's curated related occupations: among pairs of distinct ISCO groups
that hold a pair of O*NET "Primary" related occupations (each O*NET occupation taken in the group holding
at least half of its crosswalk weight), the 25th percentile of our similarity — three in four curated
moves pass it, while about one in ten of all group pairs does. AI-era roles (``src/jalur/data/roles``)
get their similarity to every group and their exposure (computed by the task scorer from their tasks);
their threshold passes the same share of (group, role) pairs as the occupation threshold of group pairs.
"""

from __future__ import annotations

import numpy as np

from jalur.ingest.build import BuildContext
from jalur.kb.read import KnowledgeBase
from jalur.pathways.context import career_ladders
from jalur.pathways.similarity import (
    VIEWS,
    combine,
    esco_similarity,
    isco_similarity,
    isco_task_bags,
    onet_views,
    role_similarity,
    word_bag,
)

SOURCES: tuple[str, ...] = ()

VIEW_COLUMNS = ("tasks", "activities", "skills", "technology", "ilo_tasks")
#: neighbours kept per O*NET or ESCO occupation
OCC_NEIGHBOURS = 10
#: neighbours kept per unit group
NEIGHBOURS = 40
#: share of curated related moves that must pass the viability threshold
CURATED_PASS_SHARE = 0.75

SCHEMA = """
-- each ISCO unit group's nearest groups (``NEIGHBOURS``, then any authored career-ladder step beyond them,
-- data/career_ladders.csv): combined similarity and each view's (tasks, activities, skills,
-- technology: O*NET views brought to ISCO; ilo_tasks: the groups' own task statements)
CREATE TABLE isco_neighbour (
    origin TEXT NOT NULL, target TEXT NOT NULL, rank INTEGER NOT NULL, score REAL NOT NULL,
    tasks REAL, activities REAL, skills REAL, technology REAL, ilo_tasks REAL,
    PRIMARY KEY (origin, target)
);
CREATE TABLE pathways_meta (key TEXT PRIMARY KEY, value REAL NOT NULL);
-- every unit group's similarity to every AI-era role (src/jalur/data/roles/): the mean of the task-text
-- cosine and the group's similarity to the role's nearest ISCO groups
CREATE TABLE role_neighbour (
    origin TEXT NOT NULL, role TEXT NOT NULL, score REAL NOT NULL, text REAL NOT NULL, isco REAL NOT NULL,
    PRIMARY KEY (origin, role)
);
-- the nearest occupations within O*NET (combined O*NET views) and within ESCO (skills), ``OCC_NEIGHBOURS`` each
CREATE TABLE onet_neighbour (
    origin TEXT NOT NULL, target TEXT NOT NULL, rank INTEGER NOT NULL, score REAL NOT NULL,
    PRIMARY KEY (origin, target)
);
CREATE TABLE esco_neighbour (
    origin TEXT NOT NULL, target TEXT NOT NULL, rank INTEGER NOT NULL, score REAL NOT NULL,
    PRIMARY KEY (origin, target)
);
-- each role's exposure, computed by the task scorer from its tasks (never set by hand)
CREATE TABLE role_exposure (
    role TEXT PRIMARY KEY, mean REAL, sd REAL, gradient TEXT, automate REAL NOT NULL, augment REAL NOT NULL,
    human REAL NOT NULL, n_tasks INTEGER NOT NULL
);
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
    ladders = career_ladders()
    for i, origin in enumerate(codes):
        s = combined[i].copy()
        s[i] = -np.inf
        kept = [j for j in np.argsort(-s, kind="stable")[:NEIGHBOURS].tolist() if s[j] > 0]
        # an authored career-ladder step beyond the nearest groups is kept too, after them, with its own
        # similarity: the moves need its figures, and similarity alone would never reach it
        near = set(kept)
        kept += sorted(
            (ix[d] for d in ladders.get(origin, {}) if d in ix and ix[d] not in near and ix[d] != i),
            key=lambda j: (-float(s[j]), codes[j]),
        )
        for rank, j in enumerate(kept, start=1):
            per_view = (round(float(sims[v][i, j]), 6) for v in VIEW_COLUMNS)
            rows.append((origin, codes[j], rank, round(float(max(s[j], 0.0)), 6), *per_view))
    ctx.insert(
        "isco_neighbour",
        ["origin", "target", "rank", "score", *VIEW_COLUMNS],
        rows,
    )
    all_pairs = combined[np.triu_indices(len(codes), 1)]
    passing = float((all_pairs >= threshold).mean())
    views = onet_views(kb)
    onet = combine(views.similarities(), {v: views.has(v) for v in VIEWS})
    ctx.insert(
        "onet_neighbour", ["origin", "target", "rank", "score"], _top(views.codes, onet, OCC_NEIGHBOURS)
    )
    uris, esco = esco_similarity(kb)
    ctx.insert("esco_neighbour", ["origin", "target", "rank", "score"], _top(uris, esco, OCC_NEIGHBOURS))
    role_threshold = _roles(ctx, kb, codes, combined, passing)
    ctx.insert(
        "pathways_meta",
        ["key", "value"],
        [
            ("viable_threshold", round(threshold, 6)),
            ("curated_pairs", float(curated.size)),
            ("share_of_all_pairs_passing", round(passing, 6)),
            ("role_viable_threshold", round(role_threshold, 6)),
        ],
    )
    ctx.stats["pathways"] = {"neighbour_rows": len(rows), "viable_threshold": round(threshold, 4)}


def _roles(
    ctx: BuildContext, kb: KnowledgeBase, codes: list[str], combined: np.ndarray, passing: float
) -> float:
    """Store role similarities and exposures; return the roles' viability threshold: the score passed by
    the same share of (group, role) pairs as the occupation threshold passes of group pairs."""
    from jalur.exposure.scorer import TaskScorer
    from jalur.pathways.roles import load_roles, role_exposure

    roles = load_roles()
    if not roles:
        return 0.0
    bags = [word_bag([t for task in r.tasks for t in (task.id, task.en)]) for r in roles]
    score, text, near = role_similarity(
        codes, isco_task_bags(kb, codes), combined, bags, [[link.code for link in r.isco] for r in roles]
    )
    ctx.insert(
        "role_neighbour",
        ["origin", "role", "score", "text", "isco"],
        [
            (
                origin,
                r.id,
                round(float(score[i, j]), 6),
                round(float(text[i, j]), 6),
                round(float(near[i, j]), 6),
            )
            for i, origin in enumerate(codes)
            for j, r in enumerate(roles)
        ],
    )
    scorer = TaskScorer.load(kb)
    rows = []
    for r in roles:
        e = role_exposure(r, scorer, evidence=0)
        rows.append(
            (
                r.id,
                e.mean,
                e.sd,
                e.gradient,
                e.shares["automate"],
                e.shares["augment"],
                e.shares["human"],
                e.n_tasks,
            )
        )
    ctx.insert(
        "role_exposure", ["role", "mean", "sd", "gradient", "automate", "augment", "human", "n_tasks"], rows
    )
    return float(np.quantile(score, 1 - passing))


def _top(codes: list[str], sim: np.ndarray, k: int) -> list[tuple[str, str, int, float]]:
    rows = []
    for i, origin in enumerate(codes):
        s = sim[i].astype(float).copy()
        s[i] = -np.inf
        for rank, j in enumerate(np.argsort(-s, kind="stable")[:k].tolist(), start=1):
            if s[j] > 0:
                rows.append((origin, codes[j], rank, round(float(s[j]), 6)))
    return rows
