"""What a set of classified ads shows, with its uncertainty (issue 19): shares with their n and a 95%
interval (Wilson), cells under ``MIN_CELL`` ads suppressed, and the view nobody has for Indonesia — demand
for AI tools and AI work by occupation beside that occupation's exposure and its automate/augment split.

Ads are not vacancies; online ads over-represent formal, urban jobs; an AI share is not job loss: every
aggregate carries these words (``SCOPE``). Pure: records (``jalur.market.ads.classify``) in, a JSON-ready
dict out; exposure figures come in as a function.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from jalur.errors import JalurError

#: cells with fewer ads are not shown (a share of 3 ads says nothing and may point at one employer)
MIN_CELL = 10
#: what every market output says about itself
SCOPE = ("ads_not_vacancies", "online_ads_formal_urban", "ai_share_not_job_loss", "no_posting_dates_one_day")
AI_RELATED = ("A", "B", "C")


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float] | None:
    """The 95% Wilson interval of a share k/n (None for n = 0)."""
    if n <= 0:
        return None
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return (round(max(0.0, centre - half), 4), round(min(1.0, centre + half), 4))


def share(k: int, n: int) -> dict[str, Any]:
    """``{n, k, share, ci95}``, or ``{n, suppressed: true}`` under ``MIN_CELL``."""
    if n < MIN_CELL:
        return {"n": n, "suppressed": True}
    return {"n": n, "k": k, "share": round(k / n, 4), "ci95": wilson(k, n)}


def summarise(
    records: Sequence[Mapping[str, Any]],
    exposure: Callable[[str], Mapping[str, Any] | None] | None = None,
) -> dict[str, Any]:
    """The market aggregates of ``records``; ``exposure(isco)`` → ``{mean, shares}`` of an occupation (the
    exposure engine), for the AI-demand-beside-exposure table."""
    n = len(records)
    classes = Counter(str(r.get("ai_class")) for r in records)
    ai = sum(classes[c] for c in AI_RELATED)
    by_isco: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for r in records:
        isco = (r.get("isco") or {}).get("code")
        if isco:
            by_isco[str(isco)].append(r)
    placed = sum(len(v) for v in by_isco.values())
    occupations = []
    for code, rows in sorted(by_isco.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        k_ai = sum(1 for r in rows if r.get("ai_class") in AI_RELATED)
        k_tool = sum(1 for r in rows if r.get("ai_class") == "C")
        entry: dict[str, Any] = {
            "isco": code,
            "ads": len(rows),
            "ai_related": share(k_ai, len(rows)),
            "ai_tools": share(k_tool, len(rows)),
        }
        exp = exposure(code) if exposure is not None else None
        if exp:
            entry["exposure_mean"] = exp.get("mean")
            entry["exposure_shares"] = exp.get("shares")
        occupations.append(entry)
    roles = Counter(str(r["ai_role"]) for r in records if r.get("ai_role"))
    desks = Counter(d for r in records for d in (r.get("desks") or []))
    pay: dict[str, list[float]] = defaultdict(list)
    for r in records:
        lo, hi = r.get("salary_idr_month_min"), r.get("salary_idr_month_max")
        values = [v for v in (lo, hi) if isinstance(v, int | float)]
        if values:
            pay[str(r.get("ai_role") or r.get("ai_class"))].append(sum(values) / len(values))
    provinces = Counter(
        str((r.get("location") or {}).get("province"))
        for r in records
        if (r.get("location") or {}).get("province")
    )
    abroad = sum(1 for r in records if (r.get("location") or {}).get("country") not in (None, "ID"))
    asks = [r.get("requirements") or {} for r in records]
    return {
        "schema": "jalur.market/1",
        "scope": list(SCOPE),
        "ads": n,
        "classes": {c: share(classes[c], n) for c in ("A", "B", "C", "D", "E")},
        "ai_related": share(ai, n),
        "occupations_placed": share(placed, n),
        "by_occupation": occupations,
        "roles": [{"role": k, "ads": v} for k, v in roles.most_common()],
        "by_province": [
            {
                "province": k,
                "ads": v,
                "ai_related": share(
                    sum(
                        1
                        for r in records
                        if (r.get("location") or {}).get("province") == k and r.get("ai_class") in AI_RELATED
                    ),
                    v,
                ),
            }
            for k, v in provinces.most_common()
        ],
        "abroad": abroad,
        # the equality view: ads that shut people out by age or gender
        "equality": {
            "age_limit": share(sum(1 for a in asks if a.get("age_max")), n),
            "gender_limit": share(sum(1 for a in asks if a.get("gender")), n),
            "age_limit_median": statistics.median([a["age_max"] for a in asks if a.get("age_max")])
            if sum(1 for a in asks if a.get("age_max")) >= MIN_CELL
            else None,
        },
        "desks": [{"desk": k, "ads": v} for k, v in desks.most_common()],
        "pay_median_idr_month": {
            k: (
                {"n": len(v), "median": round(statistics.median(v))}
                if len(v) >= MIN_CELL
                else {"n": len(v), "suppressed": True}
            )
            for k, v in sorted(pay.items())
        },
    }


def source_mix_shift(before: Mapping[str, int], after: Mapping[str, int]) -> float | None:
    """How far the mix of sources moved between two months: the total variation distance of their
    shares (0 the same mix, 1 no source in common); None when a month has no ads."""
    nb, na = sum(before.values()), sum(after.values())
    if nb == 0 or na == 0:
        return None
    keys = set(before) | set(after)
    return round(0.5 * sum(abs(before.get(k, 0) / nb - after.get(k, 0) / na) for k in keys), 4)


def exposure_lookup(kb: Any) -> Callable[[str], Mapping[str, Any] | None]:
    """``isco → {mean, shares}`` from the knowledge base's exposure engine, cached per code."""
    from jalur.exposure import exposure_profile
    from jalur.taxonomy.resolve import resolve

    cache: dict[str, Mapping[str, Any] | None] = {}

    def lookup(code: str) -> Mapping[str, Any] | None:
        if code not in cache:
            try:
                p = exposure_profile(kb, resolve(kb, code))
                cache[code] = {"mean": p.mean, "shares": p.shares}
            except JalurError:  # a code the knowledge base does not hold: no figures, the row stays
                cache[code] = None
        return cache[code]

    return lookup
