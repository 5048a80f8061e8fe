"""Placing a roster's job titles in ISCO-08 unit groups: each distinct title once, through the same
resolution as every other input (codes and exact titles first, then the matcher, which must be confident).
Titles the matcher is not sure of go to a **review queue** with their candidates — never a guess; the
user's confirmed codes (``--overrides``, the review queue file with its ``code`` column filled in) are
applied first on every run.

A roster's units are the coder's context where they settle a title (``title_departments``): a title whose
rows all sit in units of one job function ("Analyst" only in "Divisi Keuangan") and that the coder alone
is unsure of is coded again with that unit as its department (``jalur.match.context``, step 4); placed
that way, ``via`` is ``department``. Units naming no function (branches, regional offices) are passed
over; a title in units of different functions, or in none naming one, is coded alone.

The review queue file is a CSV the user edits in a spreadsheet: ``title, headcount, reason, candidates,
code``. Text that a spreadsheet would take for a formula is written with a leading apostrophe
(:func:`jalur.tables.cellsafe.neutralise_cell`, the rule the XLSX report uses too).
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jalur.errors import JalurError, UnknownOccupation
from jalur.kb.read import KnowledgeBase
from jalur.match.context import MAX_CONTEXT, JobContext, match_in_context
from jalur.match.resolve import matcher_for
from jalur.tables.cellsafe import SAFE_PREFIX, needs_neutralising, neutralise_cell
from jalur.tables.usertable import cell_text, header_and_rows, is_empty, normalise_header
from jalur.taxonomy.resolve import resolve

#: a title longer than this is not matched (it is more likely a description pasted in the wrong column)
MAX_TITLE = 200
#: candidates kept per title in the review queue
REVIEW_CANDIDATES = 3
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_LETTER = re.compile(r"[^\W\d_]")

CODE_HEADERS = ("code", "kode", "isco", "kbji", "kode_isco", "kode_kbji", "confirmed_code", "kode_konfirmasi")
TITLE_HEADERS = ("title", "jabatan", "job_title", "judul", "nama_jabatan")


def title_key(title: str) -> str:
    """The form under which titles count as the same: Unicode-normalised, case-folded, spaces collapsed,
    a spreadsheet-safety apostrophe dropped."""
    t = " ".join(unicodedata.normalize("NFKC", title).split())
    if t.startswith(SAFE_PREFIX) and needs_neutralising(t[1:]):
        t = t[1:].lstrip()
    return t.casefold()


def safe_cell(text: str) -> str:
    """User text as a spreadsheet cell that cannot run as a formula (:func:`neutralise_cell`)."""
    return neutralise_cell(text)


def other_script(title: str) -> bool:
    """True when a title has letters but none in the Latin script (the matcher knows Indonesian and
    English only)."""
    return bool(_LETTER.search(title)) and not _LATIN.search(title)


@dataclass(frozen=True)
class Placement:
    isco: str
    title_id: str | None
    title_en: str
    via: str  # code | title | matcher | lexicon | department | override | remembered
    confidence: float | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "isco": self.isco,
            "title_id": self.title_id,
            "title_en": self.title_en,
            "via": self.via,
            "confidence": self.confidence,
        }


@dataclass(frozen=True)
class ReviewItem:
    title: str
    reason: str  # low_confidence | no_candidate | other_script | too_long | override_unknown_code
    candidates: tuple[dict[str, Any], ...] = ()


@dataclass
class Placements:
    """Placement or review item per title key."""

    placed: dict[str, Placement] = field(default_factory=dict)
    review: dict[str, ReviewItem] = field(default_factory=dict)


def _group(kb: KnowledgeBase, isco: str) -> tuple[str | None, str]:
    g = kb.repo.unit_group(isco)
    return (g.title_id, g.title_en) if g else (None, isco)


def title_departments(pairs: Iterable[tuple[str | None, str | None]]) -> dict[str, str]:
    """Title key -> the unit to read as its department, from (title, unit) pairs (a roster's rows): kept
    when the units of the title that name a job function (``jalur.taxonomy.functions``) all name the same
    one; units that name none (a branch, a regional office: places) are passed over, and a title in units
    of two functions, or in none that names one, has none. Pure."""
    from jalur.taxonomy.functions import job_function

    seen: dict[str, set[str | None]] = {}
    first: dict[str, str] = {}
    for title, unit in pairs:
        if not title or not title.strip():
            continue
        key = title_key(title)
        u = " ".join((unit or "").split())
        f = job_function(u) if u else None
        if f is not None:
            seen.setdefault(key, set()).add(f.id)
            first.setdefault(key, u)
    return {k: first[k] for k, fs in seen.items() if len(fs) == 1}


def place_titles(
    kb: KnowledgeBase,
    titles: Iterable[str],
    overrides: Mapping[str, str] | None = None,
    remembered: Mapping[str, str] | None = None,
    *,
    workers: int | None = None,
    departments: Mapping[str, str] | None = None,
) -> Placements:
    """Place every distinct title (by ``title_key``); the first spelling seen names the title. A title in
    ``overrides`` takes its code (``via`` ``override``, or ``remembered`` when it is also in ``remembered``:
    a decision from an earlier upload). ``workers``: processes for the coder (None: its default; 1: here).
    ``departments``: title key -> its unit (``title_departments``), the context for a title the coder alone
    is unsure of."""
    firsts: dict[str, str] = {}
    for t in titles:
        firsts.setdefault(title_key(t), " ".join(t.split()))
    out = Placements()
    todo: list[str] = []
    codes = {title_key(k): v.strip() for k, v in (overrides or {}).items() if v and v.strip()}
    from_before = {title_key(k) for k in (remembered or {})}
    for key, title in firsts.items():
        if key in codes:
            try:
                res = resolve(kb, codes[key], candidates=False)
            except UnknownOccupation:
                out.review[key] = ReviewItem(title, "override_unknown_code")
                continue
            via = "remembered" if key in from_before else "override"
            out.placed[key] = Placement(res.isco, *_group(kb, res.isco), via, None)
        elif len(title) > MAX_TITLE:
            out.review[key] = ReviewItem(title, "too_long")
        elif other_script(title):
            out.review[key] = ReviewItem(title, "other_script")
        else:
            try:
                res = resolve(kb, title, candidates=False)  # the matcher comes next
            except UnknownOccupation:
                todo.append(key)
                continue
            via = "code" if res.via in ("isco", "kbji", "onet", "esco") else "title"
            out.placed[key] = Placement(res.isco, *_group(kb, res.isco), via, None)
    if todo:
        matcher = matcher_for(kb)
        results = matcher.match_many([firsts[k] for k in todo], top=REVIEW_CANDIDATES, workers=workers)
        for key, r in zip(todo, results, strict=True):
            unit = (departments or {}).get(key)
            if unit and r.abstained and r.reason == "low_confidence":
                r = match_in_context(
                    matcher, firsts[key], JobContext.of(department=unit[:MAX_CONTEXT]), top=REVIEW_CANDIDATES
                )
            if r.candidates and not r.abstained:
                best = r.candidates[0]
                # a curated name of our lexicon places a title whatever the ranker's share (Customer
                # Service -> 4225 at 0.39): said as such, so that a low confidence is not shown as the reason
                via = {"exact_curated_name": "lexicon", "department": "department"}.get(r.reason, "matcher")
                out.placed[key] = Placement(best.isco, best.title_id, best.title_en, via, best.confidence)
            else:
                cands = tuple(
                    {
                        "isco": c.isco,
                        "title_id": c.title_id,
                        "title_en": c.title_en,
                        "confidence": c.confidence,
                    }
                    for c in r.candidates[:REVIEW_CANDIDATES]
                )
                # the coder's own reason: a title naming no occupation ("Staf Umum") is not "low confidence"
                # beside an 80% candidate
                reason = r.reason if r.reason in ("no_occupation", "too_vague") else "low_confidence"
                out.review[key] = ReviewItem(firsts[key], reason if cands else "no_candidate", cands)
    return out


def read_overrides(path: Path) -> dict[str, str]:
    """Confirmed codes from a review-queue file (or any CSV/XLSX with a title and a code column): title
    key → code. Rows with an empty code are skipped (not yet confirmed)."""
    header, rows = header_and_rows(path)
    names = [normalise_header(h) for h in header]
    t = next((names.index(h) for h in TITLE_HEADERS if h in names), None)
    c = next((names.index(h) for h in CODE_HEADERS if h in names), None)
    if t is None or c is None:
        raise JalurError("error.overrides_columns", path=str(path))
    out: dict[str, str] = {}
    for _, cells in rows:
        if len(cells) <= max(t, c) or is_empty(cells[t]) or is_empty(cells[c]):
            continue
        code = cell_text(cells[c]).strip().lstrip("'")
        if code:
            out[title_key(cell_text(cells[t]))] = code
    return out


def _queue_cell(value: object) -> str | int | float:
    """A review-queue cell: numbers as they are; text neutralised (``neutralise_cell``) with a carriage
    return written as a line feed, which the CSV writer quotes (a bare CR would end the row)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    return neutralise_cell(str(value)).replace("\r\n", "\n").replace("\r", "\n")


def review_queue_csv(items: Sequence[Mapping[str, Any]], confirmed: Mapping[str, str] | None = None) -> str:
    """The review queue as the CSV the user fills in (``code``); codes already confirmed are kept. Every
    text cell (the confirmed code too: the user typed it) is neutralised against formulas."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["title", "headcount", "reason", "candidates", "code"])
    for it in items:
        cands = "; ".join(
            f"{c['isco']} {c.get('title_id') or c.get('title_en')} ({c['confidence']:.0%})"
            for c in it.get("candidates", [])
        )
        code = it.get("code") or (confirmed or {}).get(title_key(str(it["title"])), "")
        w.writerow([_queue_cell(v) for v in (it["title"], it["headcount"], it["reason"], cands, code)])
    return buf.getvalue()
