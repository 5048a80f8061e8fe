"""Resolving a code or an exact name to one ISCO-08 unit group: ISCO/KBJI 4-digit codes, KBJI 6-digit
jobs, O*NET-SOC codes, ESCO occupation URIs and unit-group or KBJI job titles spelled exactly. It never
guesses: an unknown input fails with candidates. Free text goes through the matcher
(``jalur.match.resolve.resolve_any``)."""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from jalur.errors import JalurError, UnknownOccupation
from jalur.kb.read import KnowledgeBase
from jalur.taxonomy.codes import ISCO_UNIT, KBJI_JOB

_ONET = re.compile(r"^\d{2}-\d{4}(\.\d{2})?$")
ESCO_OCCUPATION = "http://data.europa.eu/esco/occupation/"
CODE_LIKE = re.compile(r"^[\d.\-]+$")

#: an O*NET code resolves to its ISCO group when one group holds at least this share of its link weight
ONET_PRIMARY_SHARE = 0.5


@dataclass(frozen=True)
class Resolution:
    isco: str
    via: str  # 'isco', 'kbji', 'kbji_job', 'onet', 'name'
    input: str
    matched: str = ""  # the code or title that matched
    flags: tuple[str, ...] = ()
    alternatives: tuple[str, ...] = ()  # other ISCO groups the input could mean
    confidence: float | None = None  # the matcher's, when free text was matched

    def to_dict(self) -> dict[str, Any]:
        """The ``query`` object of the JSON outputs."""
        return {
            "input": self.input,
            "resolved_via": self.via,
            "matched": self.matched,
            "alternatives": list(self.alternatives),
            "confidence": self.confidence,
        }


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def _candidates(kb: KnowledgeBase, query: str, limit: int = 5) -> list[tuple[str, str]]:
    """Closest unit-group titles (Indonesian and English), for an error message. Not a matcher."""
    q = normalise(query)
    scored = []
    for g in kb.repo.unit_groups():
        best = max(
            difflib.SequenceMatcher(None, q, normalise(t)).ratio() for t in (g.title_id or "", g.title_en)
        )
        scored.append((best, g.code, f"{g.title_id} / {g.title_en}"))
    scored.sort(key=lambda x: (-x[0], x[1]))
    return [(c, label) for s, c, label in scored[:limit] if s >= 0.4]


def resolve(kb: KnowledgeBase, query: str, *, candidates: bool = True) -> Resolution:
    """One ISCO unit group for a code (ISCO/KBJI 4-digit, KBJI 6-digit, O*NET) or an exact title. An
    unknown input fails with the closest unit-group titles as candidates — unless ``candidates`` is
    False (a caller that tries the matcher next throws that list away: it costs ~800 string comparisons)."""
    repo = kb.repo
    q = " ".join(query.split())
    if not q:
        raise JalurError("error.empty_query")
    if len(q) > 300:
        raise UnknownOccupation(q[:60] + "…")
    if ISCO_UNIT.match(q):
        if repo.unit_group(q) is not None:
            return Resolution(q, "isco", q, q)
        targets = repo.links_from("kbji", q, "isco")
        if len(targets) == 1:
            return Resolution(targets[0].to_code, "kbji", q, q, ("kbji_code_differs_from_isco",))
        if targets:
            raise UnknownOccupation(q, [(t.to_code, title_of(kb, t.to_code)) for t in targets])
        raise UnknownOccupation(q, (_candidates(kb, q) if candidates else []))
    if KBJI_JOB.match(q):
        job = repo.kbji_job(q)
        if job is not None:
            inner = resolve(kb, job.unit_group)
            return Resolution(inner.isco, "kbji_job", q, job.title_id, inner.flags)
        raise UnknownOccupation(q, (_candidates(kb, q) if candidates else []))
    if q.startswith(ESCO_OCCUPATION):
        esco = repo.esco_occupation(q)
        if esco is not None:
            return Resolution(esco.isco, "esco", q, esco.label)
        raise UnknownOccupation(q)
    if _ONET.match(q):
        code = q if "." in q else q + ".00"
        targets = repo.links_from("onet", code, "isco", source="chain")
        if targets and targets[0].weight >= ONET_PRIMARY_SHARE:
            flags = ("onet_crosswalk_split",) if len(targets) > 1 else ()
            return Resolution(
                targets[0].to_code, "onet", q, code, flags, tuple(t.to_code for t in targets[1:])
            )
        if targets:
            raise UnknownOccupation(q, [(t.to_code, title_of(kb, t.to_code)) for t in targets])
        raise UnknownOccupation(q, (_candidates(kb, q) if candidates else []))
    # an exact title: ISCO/KBJI unit-group titles, then KBJI job titles
    n = normalise(q)
    hits: dict[str, str] = {}
    for g in repo.unit_groups():
        for t in (g.title_id, g.title_en):
            if t and normalise(t) == n:
                hits[g.code] = t
    if not hits:
        for job in repo.kbji_jobs():
            if normalise(job.title_id) == n:
                hits[job.unit_group] = job.title_id
    if len(hits) == 1:
        code, title = next(iter(hits.items()))
        inner = resolve(kb, code)
        return Resolution(inner.isco, "name", q, title, inner.flags)
    if hits:
        raise UnknownOccupation(q, [(c, title_of(kb, c)) for c in sorted(hits)])
    raise UnknownOccupation(q, (_candidates(kb, q) if candidates else []))


def title_of(kb: KnowledgeBase, isco: str) -> str:
    """``"<Indonesian title> / <English title>"`` of a unit group (the code itself when unknown)."""
    g = kb.repo.group(isco)
    return f"{g.title_id} / {g.title_en}" if g else isco
