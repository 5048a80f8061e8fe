"""Exposure classes: a task's class from its score, and the ILO 2025 gradient from an occupation's mean and
standard deviation.

Task classes (score = the ILO 2025 task score, 0-1: how much of the task generative AI could perform):

* ``automate`` — score ≥ 0.60: AI could perform most of the task. 0.60 is the ILO's own line for the
  top gradient (occupations whose mean task score is at least 0.60 are Gradient 4, "highest exposure").
* ``augment`` — 0.40 ≤ score < 0.60: AI can do a substantial part, a person still carries the task.
  0.40 is the ILO's floor of exposure (an occupation whose mean + SD stays under 0.40 is "not exposed").
* ``human`` — score < 0.40: AI helps at the margins at most.

When the *mode* of AI use is known — the share of the task's AI use that hands it over (automation) rather
than doing it with a person (augmentation), observed in the Anthropic Economic Index or estimated from the
task text — an exposed task (score ≥ 0.40) is ``automate`` when that share is at least 0.50 ("mostly
delegated", the index's own automation-dominant line) and ``augment`` otherwise; ``human`` stays score <
0.40. Exposure says whether AI could touch the task, mode says how it is used when it does. Without a mode
the legacy cut-off above applies (and says so: the caller shows no mode source).

Using the ILO's occupation-level cut points for tasks keeps one scale from task to occupation: an
occupation made only of ``automate`` tasks is Gradient 4, one made only of ``human`` tasks is not exposed.
On the 3,266 scored ILO tasks the classes split 6.8% / 19.4% / 73.8% (``jalur exposure`` shows the shares per
occupation). These are thresholds on *potential*; they do not say a job will be lost.
"""

from __future__ import annotations

import math
from decimal import Decimal
from typing import Literal, TypeVar

N = TypeVar("N", float, Decimal)
TaskClass = Literal["automate", "augment", "human"]
TASK_CLASSES: tuple[TaskClass, ...] = ("automate", "augment", "human")

#: lowest score of an ``automate`` task
AUTOMATE_AT = 0.60
#: lowest score of an ``augment`` task
AUGMENT_AT = 0.40

#: lowest automation share of a ``automate`` task when the mode is known ("mostly delegated")
DELEGATED_AT = 0.50

#: ILO 2025 gradients, lowest exposure first (``gradient25`` in the knowledge base)
GRADIENTS = ("not_exposed", "minimal", "g1", "g2", "g3", "g4")


def task_class(score: float, mode: float | None = None) -> TaskClass:
    """The class of a task with this exposure score (0-1) and, when known, mode (automation share, 0-1)."""
    if mode is not None:
        if score < AUGMENT_AT:
            return "human"
        # compared at whole percent, as it is shown: a task shown "50% delegated" is automate
        return "automate" if math.floor(mode * 100 + 0.5) >= round(DELEGATED_AT * 100) else "augment"
    if score >= AUTOMATE_AT:
        return "automate"
    if score >= AUGMENT_AT:
        return "augment"
    return "human"


def class_shares(scores: list[float], modes: list[float | None] | None = None) -> dict[str, float]:
    """Share of tasks in each class (tasks count equally, as in the ILO index); zeros when there are none.
    ``modes``, when given, pairs with ``scores`` (None where a task's mode is unknown)."""
    n = len(scores)
    counts = dict.fromkeys(TASK_CLASSES, 0)
    for i, s in enumerate(scores):
        counts[task_class(s, modes[i] if modes is not None else None)] += 1
    return {c: round(counts[c] / n, 4) if n else 0.0 for c in TASK_CLASSES}


def gradient(mean: N, sd: N) -> str:
    """The ILO 2025 gradient of an occupation from the mean and standard deviation of its task scores:
    not exposed when mean + SD < 0.40, minimal exposure when < 0.50; otherwise Gradient 1-4 by the mean
    (< 0.40, < 0.50, < 0.60, ≥ 0.60). With the published two-decimal figures in binary floating point it
    gives the published class for all 427 unit groups; in exact decimals, 424 — the other three (1213,
    3134, 3152) have mean + SD exactly 0.40, which floating point puts just below the line.
    """
    num = type(mean)
    if mean + sd < num("0.40"):
        return "not_exposed"
    if mean + sd < num("0.50"):
        return "minimal"
    for cut, name in (("0.40", "g1"), ("0.50", "g2"), ("0.60", "g3")):
        if mean < num(cut):
            return name
    return "g4"
