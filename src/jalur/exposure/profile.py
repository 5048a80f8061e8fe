"""The exposure profile of one occupation: which of its tasks AI could take over, which it makes faster,
which stay human, with the ILO 2025 figures and every comparator index brought to ISCO.

``exposure_profile`` is a pure read of the knowledge base: the ILO 2025 task scores are the primary
source (ISCO-native, joined to KBJI task by task); tasks without a score are kept and flagged. The JSON
form (``ExposureProfile.to_dict``) is a public interface, documented in docs/cli.md.
"""

from __future__ import annotations

import statistics
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from jalur.errors import UnknownOccupation
from jalur.exposure.classes import AUGMENT_AT, AUTOMATE_AT, class_shares, task_class
from jalur.exposure.scorer import TaskScorer
from jalur.kb.provenance import ILO_EXPOSURE, ISCO, KBJI, TASK_SCORER
from jalur.kb.read import KnowledgeBase
from jalur.taxonomy.profile import indices_for, sources_for
from jalur.taxonomy.resolve import Resolution

#: the source of a task score estimated by Jalur's task scorer (docs/model-card-exposure.md)
SCORER = TASK_SCORER


@dataclass(frozen=True)
class TaskExposure:
    seq: int
    text_id: str | None
    text_en: str | None
    score: float | None
    cls: str | None  # automate | augment | human; None without a score
    source: str | None  # where the score comes from


@dataclass
class ExposureProfile:
    isco: str
    title_id: str | None
    title_en: str
    query: dict[str, Any]
    mean: float | None  # ILO 2025 published mean of the task scores
    sd: float | None
    gradient: str | None  # not_exposed | minimal | g1..g4
    potential23: str | None  # automation | augmentation | big_unknown | not_affected (ILO 2023)
    shares: dict[str, float]  # share of ILO-scored tasks per class
    n_tasks: int
    n_scored: int  # tasks with an ILO score
    tasks: list[TaskExposure]
    indices: list[dict[str, Any]]
    thresholds: dict[str, float] = field(
        default_factory=lambda: {"automate": AUTOMATE_AT, "augment": AUGMENT_AT}
    )
    flags: list[str] = field(default_factory=list)
    sources: list[dict[str, Any]] = field(default_factory=list)
    #: for a group without tasks (the "not elsewhere classified" groups): the most similar groups that
    #: have a scored task list, as {isco, title_id, title_en, similarity}; empty otherwise
    nearest_with_tasks: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        for t in d["tasks"]:
            t["class"] = t.pop("cls")
        return d


def exposure_profile(kb: KnowledgeBase, res: Resolution, scorer: TaskScorer | None = None) -> ExposureProfile:
    """The exposure profile of the unit group ``res`` resolved to. Tasks the ILO does not score (KBJI
    adds a few) get the task scorer's estimate, marked with its source; ``shares``, ``mean`` and ``sd``
    stay the ILO's. Pass ``scorer`` when profiling many groups (it is loaded once otherwise)."""
    repo = kb.repo
    g = repo.unit_group(res.isco)
    if g is None:
        raise UnknownOccupation(res.isco)
    flags = list(res.flags)
    tasks = [
        TaskExposure(
            seq=t.seq,
            text_id=t.text_id,
            text_en=t.text_en,
            score=t.score_2025,
            cls=task_class(t.score_2025) if t.score_2025 is not None else None,
            source=ILO_EXPOSURE if t.score_2025 is not None else None,
        )
        for t in repo.tasks(res.isco)
    ]
    scores = [t.score for t in tasks if t.score is not None]
    missing = [i for i, t in enumerate(tasks) if t.score is None and (t.text_en or t.text_id)]
    if missing:
        scorer = scorer or TaskScorer.for_kb(kb)
        estimates = scorer.score([tasks[i].text_en or tasks[i].text_id or "" for i in missing], evidence=0)
        for i, est in zip(missing, estimates, strict=True):
            if est.score is not None:
                tasks[i] = replace(tasks[i], score=est.score, cls=est.cls, source=SCORER)
        flags.append("tasks_scored_by_model")
    o = repo.ilo_occupation(res.isco)
    if o is None:
        flags.append("no_ilo_score")
    nearest: list[dict[str, Any]] = []
    if not tasks:
        flags.append("no_tasks")
        nearest = nearest_with_tasks(kb, res.isco)
    elif any(t.score is None for t in tasks):
        flags.append("tasks_without_score")
    if tasks and not all(t.text_id for t in tasks):
        flags.append("tasks_without_indonesian_text")
    if scores and o is not None and abs(statistics.fmean(scores) - o.mean_2025) > 0.01:
        # the published mean is over the ILO's task list; ours can differ where KBJI adds unscored tasks
        flags.append("task_mean_differs_from_published")
    indices = indices_for(kb, res.isco)
    return ExposureProfile(
        isco=res.isco,
        title_id=g.title_id,
        title_en=g.title_en,
        query=res.to_dict(),
        mean=o.mean_2025 if o else None,
        sd=o.sd_2025 if o else None,
        gradient=o.gradient25 if o else None,
        potential23=o.potential23_key if o else None,
        shares=class_shares(scores),
        n_tasks=len(tasks),
        n_scored=len(scores),
        tasks=tasks,
        indices=indices,
        flags=sorted(set(flags)),
        sources=sources_for(kb, {ISCO, KBJI, ILO_EXPOSURE} | {ix["source"] for ix in indices}),
        nearest_with_tasks=nearest,
    )


#: how many similar groups with tasks a group without tasks offers
NEAREST_WITH_TASKS = 3


def nearest_with_tasks(kb: KnowledgeBase, isco: str, k: int = NEAREST_WITH_TASKS) -> list[dict[str, Any]]:
    """The ``k`` unit groups most similar to ``isco`` (pathways similarity) that have ILO-scored tasks —
    what a user landing on a group without a task list can look at instead."""
    repo = kb.repo
    out: list[dict[str, Any]] = []
    for n in repo.isco_neighbours(isco):
        if any(t.score_2025 is not None for t in repo.tasks(n.target)):
            g = repo.unit_group(n.target)
            if g is not None:
                out.append(
                    {
                        "isco": g.code,
                        "title_id": g.title_id,
                        "title_en": g.title_en,
                        "similarity": round(n.score, 4),
                    }
                )
        if len(out) >= k:
            break
    return out
