"""A worker's earlier jobs ("experience"), given as free text in either language, personalise their moves.

Input: one or more earlier jobs separated by ``;``, ``,``, ``|`` or new lines, each with an optional
duration — ``"3 tahun customer service; 6 bulan admin gudang"``, ``"bank teller for 2 years"``. Each job is
resolved like any occupation input (codes, titles, or the matcher, which must be confident); a job the
matcher cannot place is reported back with its candidates and used for nothing — never a guess.

What an earlier job counts for (planning assumptions, documented in docs/cli.md#experience):

* **credit** — ``min(1, years / FULL_CREDIT_YEARS)``, at least ``MIN_CREDIT``; a job without a duration
  counts as ``UNKNOWN_YEARS`` (flag ``years_unknown``).
* **skills** — each O*NET skill or knowledge area of the earlier job counts at ``credit x`` its level and
  importance there when that is more than the current job gives (marked ``from_experience`` in the
  skills kept), so gaps it closes are not learnt twice;
* **moves** — the nearest occupations and AI-era roles of the earlier job join the candidates, at
  ``credit x`` their stored similarity (flag ``via_experience`` where that is what put them there).

Parsing is pure; resolution needs the knowledge base (``resolve_experience``).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jalur.kb.read import KnowledgeBase
    from jalur.pathways.transitions import GroupFacts

#: years in a job for full credit of its skills
FULL_CREDIT_YEARS = 2.0
#: least credit of a job that was held at all
MIN_CREDIT = 0.25
#: years assumed when none are given
UNKNOWN_YEARS = 1.0
#: at most this many earlier jobs are used (the rest are reported, flag ``too_many_jobs``)
MAX_JOBS = 5
#: a job text longer than this is not matched
MAX_TEXT = 120

#: separators between jobs; a comma between digits is a decimal comma ("1,5 tahun")
_SPLIT = re.compile(r"[;|\n]|(?<!\d),|,(?!\d)")
_NUM = r"(\d+(?:[.,]\d+)?|se|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|one|two|three|four|five|six|seven|eight|nine|ten|a|an)"
_UNIT = r"(tahun|thn|th|years?|yrs?|yr|bulan|bln|months?|mos?)"
_DURATION = re.compile(rf"(?<![\w-]){_NUM}[\s-]*{_UNIT}(?!\w)", re.IGNORECASE)
_WORDS = {
    "se": 1, "satu": 1, "a": 1, "an": 1, "one": 1, "dua": 2, "two": 2, "tiga": 3, "three": 3,
    "empat": 4, "four": 4, "lima": 5, "five": 5, "enam": 6, "six": 6, "tujuh": 7, "seven": 7,
    "delapan": 8, "eight": 8, "sembilan": 9, "nine": 9, "sepuluh": 10, "ten": 10,
}  # fmt: skip
#: filler around a job title ("pernah bekerja sebagai ... selama"), dropped at either end
_FILLER = {
    "pernah", "bekerja", "kerja", "sebagai", "jadi", "menjadi", "selama", "pengalaman", "berpengalaman",
    "sbg", "lebih", "dari", "kurang", "sekitar", "kira", "i", "was", "worked", "work", "working", "as",
    "a", "an", "for", "over", "about", "experience", "experienced", "years", "of", "dan", "and",
}  # fmt: skip


@dataclass(frozen=True)
class JobText:
    """One earlier job as written: the title part and the years, when given."""

    text: str
    title: str
    years: float | None


@dataclass(frozen=True)
class PastJob:
    """An earlier job placed in a unit group, with the credit its skills get."""

    text: str
    years: float | None
    isco: str
    title_id: str | None
    title_en: str
    confidence: float | None
    credit: float
    flags: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["flags"] = list(self.flags)
        return d


@dataclass
class Experience:
    """The resolved experience: jobs used and texts that could not be placed (with candidates)."""

    jobs: list[PastJob] = field(default_factory=list)
    unmatched: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"jobs": [j.to_dict() for j in self.jobs], "unmatched": self.unmatched}


def _years(number: str, unit: str) -> float:
    n = number.casefold()
    value = float(_WORDS[n]) if n in _WORDS else float(n.replace(",", "."))
    return value / 12.0 if unit.casefold().startswith(("b", "m")) else value


def parse_experience(text: str | None) -> list[JobText]:
    """Earlier jobs from free text; pure. Durations in years or months (digits or number words, either
    language) are taken out of the title; several durations in one job add up."""
    if not text:
        return []
    out = []
    for part in _SPLIT.split(text):
        part = " ".join(part.split())
        if not part:
            continue
        years = None
        for m in _DURATION.finditer(part):
            years = (years or 0.0) + _years(m.group(1), m.group(2))
        words = _DURATION.sub(" ", part).replace("(", " ").replace(")", " ").split()
        while words and words[0].casefold().strip(".:-") in _FILLER:
            words.pop(0)
        while words and words[-1].casefold().strip(".:-") in _FILLER:
            words.pop()
        title = " ".join(words).strip(" .:-")
        out.append(JobText(part, title, years))
    return out


def credit(years: float | None) -> float:
    """How much of an earlier job's skills count (see the module docstring)."""
    y = UNKNOWN_YEARS if years is None else years
    return round(max(MIN_CREDIT, min(1.0, y / FULL_CREDIT_YEARS)), 3)


def resolve_experience(kb: KnowledgeBase, text: str | None, lang: str = "auto") -> Experience:
    """Place each earlier job through the same resolution as any occupation input."""
    from jalur.errors import UnknownOccupation
    from jalur.match.resolve import resolve_any

    result = Experience()
    for n, job in enumerate(parse_experience(text)):
        if n >= MAX_JOBS:
            result.unmatched.append({"text": job.text, "reason": "too_many_jobs", "candidates": []})
            continue
        if len(job.title) < 2 or len(job.title) > MAX_TEXT:
            reason = "no_title" if len(job.title) < 2 else "too_long"
            result.unmatched.append({"text": job.text, "reason": reason, "candidates": []})
            continue
        try:
            res = resolve_any(kb, job.title, lang)
        except UnknownOccupation as e:
            result.unmatched.append(
                {
                    "text": job.text,
                    "reason": "not_matched",
                    "candidates": [{"isco": c, "title": label} for c, label in e.candidates],
                }
            )
            continue
        group = kb.repo.unit_group(res.isco)
        result.jobs.append(
            PastJob(
                text=job.text,
                years=None if job.years is None else round(job.years, 2),
                isco=res.isco,
                title_id=group.title_id if group else None,
                title_en=group.title_en if group else res.isco,
                confidence=res.confidence,
                credit=credit(job.years),
                flags=("years_unknown",) if job.years is None else (),
            )
        )
    return result


def with_experience(origin: GroupFacts, past: list[tuple[GroupFacts, float]]) -> GroupFacts:
    """The origin's skills raised by earlier jobs' skills at their credit; pure.

    An element an earlier job gives at a higher credited level replaces the origin's entry and carries
    ``from_experience`` (the earlier job's unit group)."""
    skills = dict(origin.skills)
    for facts, cr in past:
        for eid, s in facts.skills.items():
            level, importance = cr * float(s["level"]), cr * float(s["importance"])
            mine = skills.get(eid)
            if mine is None or level > float(mine["level"]):
                skills[eid] = {
                    **s,
                    "level": level,
                    "importance": max(importance, float(mine["importance"]) if mine else 0.0),
                    "from_experience": facts.isco,
                }
    return replace(origin, skills=skills)
