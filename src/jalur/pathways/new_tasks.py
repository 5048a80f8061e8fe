"""What the new job does that the old one did not: the destination's own task statements (issue 17).

O*NET's 68 skill and knowledge areas are what a move's "skills to learn" were built from; labellers judged
most of them right in domain but too general ("Customer and Personal Service") for a worker to recognise
as the new job. The destination's own task statements (ILO English, KBJI Indonesian) say it in the job's
words: a cashier moving to shop supervisor reads "planning work schedules and assigning staff". A task is
*new* when none of the origin's tasks says much the same (word cosine below ``SAME_TASK``); the first
``TOP`` new tasks in the group's own order (its main duties first) are shown. Pure functions over task
statements; no knowledge-base access here.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from jalur.model.kb import Task

#: new tasks shown per move, at most
TOP = 3
#: a destination task whose word cosine with some origin task reaches this is work the worker already does
SAME_TASK = 0.5
_WORD = re.compile(r"[a-z]{3,}")
#: function words and the words every task statement uses
_STOP = frozenset(
    [
        "the",
        "and",
        "for",
        "with",
        "from",
        "into",
        "their",
        "they",
        "this",
        "that",
        "which",
        "such",
        "other",
        "others",
        "are",
        "including",
        "related",
        "ensure",
        "ensuring",
        "ensures",
        "using",
        "use",
        "used",
        "all",
        "any",
        "may",
        "also",
        "where",
        "when",
        "under",
        "over",
        "within",
        "about",
    ]
)


#: a lead-in of a task list, not a task ("In such cases tasks performed would include -", ISCO 2359)
_HEADING = re.compile(r"[-:–]\s*$|^\s*in such cases\b", re.I)


def _vector(text: str | None) -> dict[str, float]:
    bag = Counter(w for w in _WORD.findall((text or "").lower()) if w not in _STOP)
    norm = math.sqrt(sum(c * c for c in bag.values())) or 1.0
    return {w: c / norm for w, c in bag.items()}


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    return sum(x * b.get(w, 0.0) for w, x in a.items())


def new_tasks(origin: Sequence[Task], target: Sequence[Task], top: int = TOP) -> list[dict[str, Any]]:
    """The first ``top`` of the destination's tasks (in its own order) that no origin task already covers,
    each with ``seq`` (its number in the group), ``text_id``, ``text_en`` and ``novelty`` (1 − the best cosine with an origin task, 0–1).
    Empty when the destination has no task statements."""
    mine = [_vector(t.text_en) for t in origin if t.text_en]
    out: list[dict[str, Any]] = []
    for t in target:
        if not (t.text_en or t.text_id) or _HEADING.search(t.text_en or ""):
            continue
        v = _vector(t.text_en)
        same = max((_cosine(v, o) for o in mine), default=0.0)
        if same >= SAME_TASK:
            continue
        out.append(
            {"seq": t.seq, "text_id": t.text_id, "text_en": t.text_en, "novelty": round(1.0 - same, 3)}
        )
        if len(out) >= top:
            break
    return out
