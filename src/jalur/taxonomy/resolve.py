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
    rows = kb.rows("SELECT code, title_id, title_en FROM isco_group WHERE level = 4")
    q = normalise(query)
    scored = []
    for r in rows:
        best = max(difflib.SequenceMatcher(None, q, normalise(t)).ratio() for t in (r[1] or "", r[2]))
        scored.append((best, r[0], f"{r[1]} / {r[2]}"))
    scored.sort(key=lambda x: (-x[0], x[1]))
    return [(c, label) for s, c, label in scored[:limit] if s >= 0.4]


def resolve(kb: KnowledgeBase, query: str, *, candidates: bool = True) -> Resolution:
    """One ISCO unit group for a code (ISCO/KBJI 4-digit, KBJI 6-digit, O*NET) or an exact title. An
    unknown input fails with the closest unit-group titles as candidates — unless ``candidates`` is
    False (a caller that tries the matcher next throws that list away: it costs ~800 string comparisons)."""
    q = " ".join(query.split())
    if not q:
        raise JalurError("error.empty_query")
    if len(q) > 300:
        raise UnknownOccupation(q[:60] + "…")
    if ISCO_UNIT.match(q):
        if kb.one("SELECT 1 FROM isco_group WHERE level = 4 AND code = ?", (q,)):
            return Resolution(q, "isco", q, q)
        targets = kb.rows(
            "SELECT to_code, weight FROM link WHERE from_scheme = 'kbji' AND from_code = ? "
            "AND to_scheme = 'isco' ORDER BY weight DESC, to_code",
            (q,),
        )
        if len(targets) == 1:
            return Resolution(targets[0][0], "kbji", q, q, ("kbji_code_differs_from_isco",))
        if targets:
            raise UnknownOccupation(q, [(t[0], title_of(kb, t[0])) for t in targets])
        raise UnknownOccupation(q, (_candidates(kb, q) if candidates else []))
    if KBJI_JOB.match(q):
        row = kb.one("SELECT unit_group, title_id FROM kbji_job WHERE code = ?", (q,))
        if row:
            inner = resolve(kb, row[0])
            return Resolution(inner.isco, "kbji_job", q, row[1], inner.flags)
        raise UnknownOccupation(q, (_candidates(kb, q) if candidates else []))
    if q.startswith(ESCO_OCCUPATION):
        row = kb.one("SELECT isco, label FROM esco_occupation WHERE uri = ?", (q,))
        if row:
            return Resolution(row[0], "esco", q, row[1])
        raise UnknownOccupation(q)
    if _ONET.match(q):
        code = q if "." in q else q + ".00"
        targets = kb.rows(
            "SELECT to_code, weight FROM link WHERE from_scheme = 'onet' AND from_code = ? "
            "AND to_scheme = 'isco' AND source = 'chain' ORDER BY weight DESC, to_code",
            (code,),
        )
        if targets and targets[0][1] >= ONET_PRIMARY_SHARE:
            flags = ("onet_crosswalk_split",) if len(targets) > 1 else ()
            return Resolution(targets[0][0], "onet", q, code, flags, tuple(t[0] for t in targets[1:]))
        if targets:
            raise UnknownOccupation(q, [(t[0], title_of(kb, t[0])) for t in targets])
        raise UnknownOccupation(q, (_candidates(kb, q) if candidates else []))
    # an exact title: ISCO/KBJI unit-group titles, then KBJI job titles
    n = normalise(q)
    hits: dict[str, str] = {}
    for r in kb.rows("SELECT code, title_id, title_en FROM isco_group WHERE level = 4"):
        for t in (r[1], r[2]):
            if t and normalise(t) == n:
                hits[r[0]] = t
    if not hits:
        for r in kb.rows("SELECT unit_group, title_id FROM kbji_job"):
            if normalise(r[1]) == n:
                hits[r[0]] = r[1]
    if len(hits) == 1:
        code, title = next(iter(hits.items()))
        inner = resolve(kb, code)
        return Resolution(inner.isco, "name", q, title, inner.flags)
    if hits:
        raise UnknownOccupation(q, [(c, title_of(kb, c)) for c in sorted(hits)])
    raise UnknownOccupation(q, (_candidates(kb, q) if candidates else []))


def title_of(kb: KnowledgeBase, isco: str) -> str:
    """``"<Indonesian title> / <English title>"`` of a unit group (the code itself when unknown)."""
    row = kb.one("SELECT title_id, title_en FROM isco_group WHERE code = ?", (isco,))
    return f"{row[0]} / {row[1]}" if row else isco
