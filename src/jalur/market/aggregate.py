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
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from jalur.errors import JalurError

#: cells with fewer ads are not shown (a share of 3 ads says nothing and may point at one employer)
MIN_CELL = 10
#: what every market output says about itself
SCOPE = ("ads_not_vacancies", "online_ads_formal_urban", "ai_share_not_job_loss", "no_posting_dates_one_day")
AI_RELATED = ("A", "B", "C")
#: skills listed at most (each asked by at least MIN_CELL ads)
TOP_SKILLS = 25


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
    records: Iterable[Mapping[str, Any]],
    exposure: Callable[[str], Mapping[str, Any] | None] | None = None,
) -> dict[str, Any]:
    """The market aggregates of ``records``; ``exposure(isco)`` → ``{mean, shares}`` of an occupation (the
    exposure engine), for the AI-demand-beside-exposure table. One pass (``Tally``): records may stream
    from a store of millions."""
    tally = Tally()
    for r in records:
        tally.add(r)
    return tally.result(exposure)


class Tally:
    """The counts ``summarise`` needs, kept as records pass by — memory grows with the number of
    occupations, roles, provinces and priced ads, not with the ads."""

    def __init__(self) -> None:
        self.n = 0
        self.classes: Counter[str] = Counter()
        self.isco_ads: Counter[str] = Counter()
        self.isco_ai: Counter[str] = Counter()
        self.isco_tools: Counter[str] = Counter()
        self.roles: Counter[str] = Counter()
        self.desks: Counter[str] = Counter()
        self.pay: dict[str, list[float]] = defaultdict(list)
        self.pay_province: dict[str, list[float]] = defaultdict(list)
        self.provinces: Counter[str] = Counter()
        self.sources: Counter[str] = Counter()
        self.skills: Counter[str] = Counter()
        self.source_ai: Counter[str] = Counter()
        self.province_ai: Counter[str] = Counter()
        self.abroad = 0
        self.age_limits: list[int] = []
        self.gender_limits = 0

    def add(self, r: Mapping[str, Any]) -> None:
        """Count one record (``jalur.market.ads.classify``'s, or the store's). An ad placed abroad is
        counted in ``abroad`` only: the figures are Indonesia's (Kalibrr carries Philippine ads)."""
        where = r.get("location") or {}
        if where and where.get("country") not in (None, "ID"):
            self.abroad += 1
            return
        self.n += 1
        cls = str(r.get("ai_class"))
        self.classes[cls] += 1
        related = cls in AI_RELATED
        isco = (r.get("isco") or {}).get("code")
        if isco:
            code = str(isco)
            self.isco_ads[code] += 1
            self.isco_ai[code] += related
            self.isco_tools[code] += cls == "C"
        if r.get("ai_role"):
            self.roles[str(r["ai_role"])] += 1
        for d in r.get("desks") or []:
            self.desks[d] += 1
        lo, hi = r.get("salary_idr_month_min"), r.get("salary_idr_month_max")
        values = [v for v in (lo, hi) if isinstance(v, int | float)]
        for sk in {x["skill"] if isinstance(x, Mapping) else str(x) for x in r.get("skills") or []}:
            self.skills[sk] += 1
        source = str(r.get("source") or "").strip()
        source = "unknown" if source.casefold() in ("", "n/a", "na", "-", "none", "null") else source
        self.sources[source] += 1
        self.source_ai[source] += related
        if values:
            mid = sum(values) / len(values)
            self.pay[str(r.get("ai_role") or cls)].append(mid)
            if where.get("province"):
                self.pay_province[str(where["province"])].append(mid)
        if where.get("province"):
            self.provinces[str(where["province"])] += 1
            self.province_ai[str(where["province"])] += related
        asks = r.get("requirements") or {}
        if asks.get("age_max"):
            self.age_limits.append(int(asks["age_max"]))
        if asks.get("gender"):
            self.gender_limits += 1

    def result(self, exposure: Callable[[str], Mapping[str, Any] | None] | None = None) -> dict[str, Any]:
        """The aggregates (the ``jalur.market/1`` fields ``summarise`` documents)."""
        n = self.n
        occupations = []
        for code, ads in sorted(self.isco_ads.items(), key=lambda kv: (-kv[1], kv[0])):
            entry: dict[str, Any] = {
                "isco": code,
                "ads": ads,
                "ai_related": share(self.isco_ai[code], ads),
                "ai_tools": share(self.isco_tools[code], ads),
            }
            exp = exposure(code) if exposure is not None else None
            if exp:
                entry["exposure_mean"] = exp.get("mean")
                entry["exposure_shares"] = exp.get("shares")
            occupations.append(entry)
        ages = self.age_limits
        return {
            "schema": "jalur.market/1",
            "scope": list(SCOPE),
            "ads": n,
            "classes": {c: share(self.classes[c], n) for c in ("A", "B", "C", "D", "E")},
            "ai_related": share(sum(self.classes[c] for c in AI_RELATED), n),
            "occupations_placed": share(sum(self.isco_ads.values()), n),
            "by_occupation": occupations,
            "roles": [{"role": k, "ads": v} for k, v in self.roles.most_common()],
            "by_province": [
                {"province": k, "ads": v, "ai_related": share(self.province_ai[k], v)}
                for k, v in self.provinces.most_common()
            ],
            "by_source": [
                {"source": k, "ads": v, "ai_related": share(self.source_ai[k], v)}
                for k, v in self.sources.most_common()
            ],
            "abroad": self.abroad,
            # the equality view: ads that shut people out by age or gender
            "equality": {
                "age_limit": share(len(ages), n),
                "gender_limit": share(self.gender_limits, n),
                "age_limit_median": statistics.median(ages) if len(ages) >= MIN_CELL else None,
            },
            "desks": [{"desk": k, "ads": v} for k, v in self.desks.most_common()],
            "top_skills": [
                {"skill": k, "ads": v, "share": round(v / n, 4)}
                for k, v in self.skills.most_common(TOP_SKILLS)
                if v >= MIN_CELL
            ],
            "pay_median_idr_month": {
                k: (
                    {"n": len(v), "median": round(statistics.median(v))}
                    if len(v) >= MIN_CELL
                    else {"n": len(v), "suppressed": True}
                )
                for k, v in sorted(self.pay.items())
            },
            "pay_median_by_province": {k: _median_cell(v) for k, v in sorted(self.pay_province.items())},
        }


def _median_cell(values: list[float]) -> dict[str, Any]:
    """``{n, median}`` in whole rupiah, or ``{n, suppressed: true}`` under ``MIN_CELL`` values."""
    if len(values) < MIN_CELL:
        return {"n": len(values), "suppressed": True}
    return {"n": len(values), "median": round(statistics.median(values))}


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
