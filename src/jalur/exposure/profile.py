"""The exposure profile of one occupation: which of its tasks AI could take over, which it makes faster,
which stay human, with the ILO 2025 figures and every comparator index brought to ISCO.

``exposure_profile`` is a pure read of the knowledge base: the ILO 2025 task scores are the primary
source (ISCO-native, joined to KBJI task by task); tasks without a score are kept and flagged. The JSON
form (``ExposureProfile.to_dict``) is a public interface, documented in docs/cli.md.
"""

from __future__ import annotations

import statistics
from dataclasses import asdict, dataclass, field
from typing import Any

from jalur.errors import UnknownOccupation
from jalur.exposure.classes import AUGMENT_AT, AUTOMATE_AT, DELEGATED_AT, class_shares, task_class
from jalur.exposure.scorer import mean_half_width
from jalur.kb.provenance import (
    ANTHROPIC_AUTOMATION,
    ILO_EXPOSURE,
    ISCO,
    KBJI,
    MICROSOFT_AI_SHARE,
    ONET,
    TASK_SCORER,
)
from jalur.kb.read import KnowledgeBase
from jalur.model.kb import ONET_CHAIN, Task
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
    mode: float | None = None  # automation share of AI use, 0-1 (jalur.exposure.classes)
    mode_range: tuple[float, float] | None = None  # its 80% range
    mode_source: str | None = None  # where the mode comes from: "model" (the task scorer) or "observed"
    score_range: tuple[float, float] | None = (
        None  # 80% range of a model-estimated score (None for the ILO's)
    )


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
        default_factory=lambda: {"automate": AUTOMATE_AT, "augment": AUGMENT_AT, "delegated": DELEGATED_AT}
    )
    #: the occupation's mode of AI use: the mean of its tasks' model modes with an 80% range, and beside it
    #: the observed views brought to ISCO (Anthropic Economic Index, Microsoft) and the ILO 2023 potential
    mode: dict[str, Any] = field(default_factory=dict)
    flags: list[str] = field(default_factory=list)
    sources: list[dict[str, Any]] = field(default_factory=list)
    #: for a group without a task list of its own (armed forces, some "not elsewhere classified" groups,
    #: shown with borrowed O*NET tasks): the most similar groups that have an ILO-scored task list, as
    #: {isco, title_id, title_en, similarity}; empty otherwise
    nearest_with_tasks: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        for t in d["tasks"]:
            t["class"] = t.pop("cls")
        return d


def exposure_profile(kb: KnowledgeBase, res: Resolution) -> ExposureProfile:
    """The exposure profile of the unit group ``res`` resolved to. Tasks the ILO does not score (KBJI adds a
    few; groups without a task list borrow their O*NET occupations' tasks) show the task scorer's estimate
    stored at build time, marked with its source and range; ``mean`` and ``sd`` stay the ILO's, and so do
    ``shares`` whenever the ILO scores any task of the group (the model's estimates otherwise, flagged
    ``shares_from_model``)."""
    repo = kb.repo
    g = repo.unit_group(res.isco)
    if g is None:
        raise UnknownOccupation(res.isco)
    flags = list(res.flags)
    rows = repo.tasks(res.isco)
    tasks = [task_exposure(t) for t in rows]
    scores = [t.score for t in tasks if t.score is not None and t.source == ILO_EXPOSURE]
    if any(t.source == SCORER for t in tasks):
        flags.append("tasks_scored_by_model")
    if any(t.align_method == ONET_CHAIN for t in rows):
        flags.append("tasks_from_onet_chain")
    shared = [t for t in tasks if t.score is not None and (t.source == ILO_EXPOSURE or not scores)]
    if shared and not scores:
        flags.append("shares_from_model")
    o = repo.ilo_occupation(res.isco)
    if o is None:
        flags.append("no_ilo_score")
    nearest: list[dict[str, Any]] = []
    if not tasks:
        flags.append("no_tasks")
    if not tasks or "tasks_from_onet_chain" in flags:
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
        shares=class_shares([t.score for t in shared if t.score is not None], [t.mode for t in shared]),
        n_tasks=len(tasks),
        n_scored=len(scores),
        tasks=tasks,
        indices=indices,
        flags=sorted(set(flags)),
        sources=sources_for(
            kb,
            {ISCO, KBJI, ILO_EXPOSURE}
            | {ix["source"] for ix in indices}
            | ({ONET} if "tasks_from_onet_chain" in flags else set()),
        ),
        nearest_with_tasks=nearest,
        mode=occupation_mode(kb, res.isco, tasks, indices, o.potential23_key if o else None),
    )


def occupation_mode(
    kb: KnowledgeBase,
    isco: str,
    tasks: list[TaskExposure],
    indices: list[dict[str, Any]],
    potential23: str | None,
) -> dict[str, Any]:
    """How AI is used in this occupation's tasks, from three views that do not share data: the mean of the
    tasks' model modes (with the held-out 80% range of such a mean), the observed automation share of the
    linked O*NET occupations (Anthropic Economic Index) and Microsoft's share of AI-performed activities,
    plus the ILO 2023 automation/augmentation potential as a check. Values are automation shares, 0-1."""
    modes = [t.mode for t in tasks if t.mode is not None]
    mean = round(statistics.fmean(modes), 3) if modes else None
    half = mean_half_width(kb, "mode") if modes else None
    by_id = {ix["id"]: ix for ix in indices}

    def view(index_id: str) -> dict[str, Any] | None:
        ix = by_id.get(index_id)
        if ix is None:
            return None
        keep = ("value", "n_native", "coverage", "flags", "source", "version")
        return {k: ix[k] for k in keep if k in ix}

    observed = view(ANTHROPIC_AUTOMATION)
    if observed is not None:
        n, use = kb.repo.observed_ai_use(isco) or (0, 0.0)
        observed["observed_tasks"] = n
        observed["share_of_conversations"] = round(use / 100, 6)
        if n < FEW_OBSERVED_TASKS:
            observed["flags"] = sorted({*observed["flags"], "few_observed_tasks"})

    return {
        "mean": mean,
        "range": [round(max(0.0, mean - half), 3), round(min(1.0, mean + half), 3)]
        if mean is not None and half is not None
        else None,
        "source": "model" if modes else None,
        "n_tasks": len(modes),
        "delegated_at": DELEGATED_AT,
        "observed": observed,
        "microsoft": view(MICROSOFT_AI_SHARE),
        "ilo_2023_potential": potential23,
    }


def task_exposure(t: Task) -> TaskExposure:
    """A task as the profile shows it: the ILO score where there is one, else the scorer's stored estimate."""
    ilo = t.score_2025 is not None
    score = t.score_2025 if ilo else t.model_score
    return TaskExposure(
        seq=t.seq,
        text_id=t.text_id,
        text_en=t.text_en,
        score=score,
        cls=task_class(score, t.mode) if score is not None else None,
        source=ILO_EXPOSURE if ilo else SCORER if score is not None else None,
        mode=t.mode,
        mode_range=_pair(t.mode_lo, t.mode_hi),
        mode_source=t.mode_source,
        score_range=None if ilo else _pair(t.model_score_lo, t.model_score_hi),
    )


def _pair(lo: float | None, hi: float | None) -> tuple[float, float] | None:
    return (lo, hi) if lo is not None and hi is not None else None


#: an observed automation share resting on fewer O*NET tasks than this is flagged ``few_observed_tasks``
FEW_OBSERVED_TASKS = 5

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
