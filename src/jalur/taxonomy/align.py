"""Align the English ISCO-08 task list of a unit group with its Indonesian KBJI 2014 counterpart.

KBJI 2014 translates the ISCO-08 definitions, so the two task lists usually correspond item by item.
Where both lists have the same length they are paired in order (method ``order``). Where lengths differ
(KBJI merged, split, dropped or added items), pairs come from a monotonic alignment (method ``lexical``)
that maximises the summed similarity of paired items, scored with a word-translation table learnt from
the equal-length groups themselves (Dice coefficient of English-Indonesian word co-occurrence in paired
tasks) plus shared words (numbers, loanwords). Items without a counterpart stay, unaligned.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

_WORD = re.compile(r"[a-z0-9]+")
_STOP_EN = frozenset(
    [
        "the",
        "and",
        "or",
        "of",
        "to",
        "in",
        "for",
        "on",
        "with",
        "by",
        "as",
        "at",
        "from",
        "such",
        "other",
        "their",
        "its",
        "this",
        "that",
        "are",
        "is",
        "be",
        "an",
        "a",
        "into",
        "all",
        "any",
        "may",
        "including",
        "related",
    ]
)
_STOP_ID = frozenset(
    [
        "dan",
        "atau",
        "yang",
        "untuk",
        "dari",
        "dengan",
        "di",
        "ke",
        "pada",
        "dalam",
        "serta",
        "oleh",
        "lainnya",
        "lain",
        "ini",
        "itu",
        "sebagai",
        "seperti",
        "para",
        "tentang",
        "terhadap",
        "secara",
        "agar",
        "akan",
    ]
)

#: minimum similarity for the lexical method to pair two items
MIN_PAIR_SIMILARITY = 0.12


def _tokens(text: str, stop: frozenset[str]) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if len(w) > 2 and w not in stop}


def tokens_en(text: str) -> set[str]:
    return _tokens(text, _STOP_EN)


def tokens_id(text: str) -> set[str]:
    return _tokens(text, _STOP_ID)


Lexicon = dict[tuple[str, str], float]


def learn_lexicon(pairs: Iterable[tuple[str, str]], min_count: int = 3, min_dice: float = 0.2) -> Lexicon:
    """Word-translation strengths (Dice coefficient) from (English, Indonesian) task pairs."""
    n_en: Counter[str] = Counter()
    n_id: Counter[str] = Counter()
    both: Counter[tuple[str, str]] = Counter()
    for en, id_ in pairs:
        te, ti = tokens_en(en), tokens_id(id_)
        n_en.update(te)
        n_id.update(ti)
        both.update((a, b) for a in te for b in ti)
    out: Lexicon = {}
    for (a, b), c in both.items():
        if c >= min_count:
            dice = 2 * c / (n_en[a] + n_id[b])
            if dice >= min_dice:
                out[(a, b)] = dice
    return out


def similarity(en: str, id_: str, lexicon: Lexicon) -> float:
    """Share of English content words with an Indonesian counterpart in ``id_`` (best Dice, or 1 for the
    same word), averaged with the same share taken from the Indonesian side."""
    te, ti = tokens_en(en), tokens_id(id_)
    if not te or not ti:
        return 0.0

    def strength(a: str, b: str) -> float:
        return 1.0 if a == b else lexicon.get((a, b), 0.0)

    fwd = sum(max(strength(a, b) for b in ti) for a in te) / len(te)
    bwd = sum(max(strength(a, b) for a in te) for b in ti) / len(ti)
    return (fwd + bwd) / 2


@dataclass(frozen=True)
class TaskPair:
    en: int | None  # index into the English list, None for an Indonesian-only item
    id: int | None  # index into the Indonesian list, None for an English-only item
    method: str  # 'order', 'lexical' or 'none'
    score: float


def align(en: Sequence[str], id_: Sequence[str], lexicon: Lexicon) -> list[TaskPair]:
    """Pair the two task lists; every item of both lists appears exactly once in the result."""
    if not en or not id_:
        return [TaskPair(i, None, "none", 0.0) for i in range(len(en))] + [
            TaskPair(None, j, "none", 0.0) for j in range(len(id_))
        ]
    if len(en) == len(id_):
        return [TaskPair(i, i, "order", round(similarity(en[i], id_[i], lexicon), 4)) for i in range(len(en))]
    n, m = len(en), len(id_)
    sim = [[similarity(en[i], id_[j], lexicon) for j in range(m)] for i in range(n)]
    gain = [[max(s - MIN_PAIR_SIMILARITY, 0.0) for s in row] for row in sim]
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            best[i][j] = max(best[i + 1][j], best[i][j + 1], gain[i][j] + best[i + 1][j + 1])
    pairs: list[TaskPair] = []
    i = j = 0
    while i < n and j < m:
        if gain[i][j] > 0 and best[i][j] == gain[i][j] + best[i + 1][j + 1]:
            pairs.append(TaskPair(i, j, "lexical", round(sim[i][j], 4)))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            pairs.append(TaskPair(i, None, "none", 0.0))
            i += 1
        else:
            pairs.append(TaskPair(None, j, "none", 0.0))
            j += 1
    pairs.extend(TaskPair(k, None, "none", 0.0) for k in range(i, n))
    pairs.extend(TaskPair(None, k, "none", 0.0) for k in range(j, m))
    return pairs
