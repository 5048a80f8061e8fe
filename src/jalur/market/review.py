"""The market monitor's review queue (issue 19), the same file and the same decisions as the workforce
report's (``jalur.workforce.mapping``): the ad titles the coder would not place (it abstained), with how
many ads carry each and the candidates it weighed; a person writes the code, and the decisions place those
titles next time (``apply_overrides``). Pure.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, MutableMapping, Sequence
from typing import Any

from jalur.workforce.mapping import title_key

#: titles in the queue at most (the most frequent first): a reviewer's afternoon, not the long tail
MAX_QUEUE = 500


def title_queue(
    records: Sequence[Mapping[str, Any]], names: Callable[[str], tuple[str | None, str]] | None = None
) -> list[dict[str, Any]]:
    """The titles to review, most ads first: ``{title, headcount (ads), reason, candidates}`` as the
    workforce review queue has them (``names(isco)`` → (Indonesian, English) title of a candidate)."""
    counts: Counter[str] = Counter()
    first: dict[str, Mapping[str, Any]] = {}
    for r in records:
        isco = r.get("isco") or {}
        if isco.get("code") or not isco:
            continue
        key = title_key(str(r["title"]))
        counts[key] += 1
        first.setdefault(key, r)
    out = []
    for key, n in counts.most_common(MAX_QUEUE):
        r = first[key]
        cands = []
        for c in (r.get("isco") or {}).get("candidates", []):
            title_id, title_en = names(c["isco"]) if names is not None else (None, c["isco"])
            cands.append({"isco": c["isco"], "title_id": title_id, "title_en": title_en,
                          "confidence": c["confidence"]})  # fmt: skip
        out.append({"title": " ".join(str(r["title"]).split()), "headcount": n,
                    "reason": "low_confidence" if cands else "no_candidate", "candidates": cands})  # fmt: skip
    return out


def apply_overrides(records: Sequence[MutableMapping[str, Any]], codes: Mapping[str, str]) -> int:
    """Place the records whose title a reviewer coded (``codes``: title key → a resolved 4-digit ISCO
    code): ``isco`` becomes ``{code, confidence: null, abstained: false, via: "override"}``. How many ads."""
    n = 0
    for r in records:
        code = codes.get(title_key(str(r["title"])))
        if code:
            r["isco"] = {"code": code, "confidence": None, "abstained": False, "via": "override"}
            n += 1
    return n
