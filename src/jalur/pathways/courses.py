"""Course catalogues: reading them, and finding courses for the skills a move needs.

Import format (docs/courses.md): a CSV (UTF-8 with or without BOM, Windows-1252 or Latin-1; ``,`` ``;``
or tab) or XLSX file with a header row. Columns, any order, names in
English or Indonesian:

* ``title`` / ``judul`` (required) and ``skills`` / ``keterampilan`` (required: separated by ``;`` or
  ``|`` — use ``|`` in a ``;``-delimited file — or a JSON list) — the skills the course teaches, in plain
  words;
* ``provider`` / ``penyelenggara``, ``url``, ``level`` / ``tingkat``, ``language`` / ``bahasa``;
* ``hours`` / ``jam`` (learning hours) or ``duration`` / ``durasi`` (a text such as "1 - 4 Weeks",
  "3 - 6 Months", "Less Than 2 Hours", "2 minggu", "3 bulan": converted at ``HOURS_PER_WEEK`` hours a
  week at the middle of the range, flag ``hours_from_duration``);
* ``price_idr`` / ``harga`` (optional, rupiah; empty means unknown, ``0`` means free).

The Coursera sample in ``../shared/data/raw/coursera-courses-skills`` (columns ``partner``, ``course``,
``skills``, ``duration``, ``level``, ``rating``) reads as is: ``partner`` and ``course`` are recognised as
provider and title. A national programme's list (e.g. Prakerja) in the same format works the same way.

Matching is by words: a needed skill (an O*NET skill or knowledge area, by its English and Indonesian
names, or a role's skill) matches a course skill when they share content words; the score is the
IDF-weighted share of the needed skill's words found (words rare among the catalogue's skills weigh
more), at least ``MIN_MATCH``. Courses are ranked by that score, then by rating.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from jalur.errors import JalurError
from jalur.usertable import cell_text, header_and_rows, is_empty

HOURS_PER_WEEK = 5.0
#: least IDF-weighted share of a needed skill's words a course skill must contain
MIN_MATCH = 0.34
_ROLE_HEADERS = {
    "title": ("title", "judul", "course", "nama_kursus", "pelatihan"),
    "skills": ("skills", "keterampilan", "skill", "kompetensi"),
    "provider": ("provider", "penyelenggara", "partner", "lembaga"),
    "url": ("url", "link", "tautan"),
    "level": ("level", "tingkat"),
    "language": ("language", "bahasa"),
    "hours": ("hours", "jam", "durasi_jam"),
    "duration": ("duration", "durasi"),
    "price_idr": ("price_idr", "harga", "biaya", "price"),
    "rating": ("rating", "nilai"),
}
_STOP = frozenset(
    [
        "and",
        "or",
        "of",
        "the",
        "to",
        "for",
        "in",
        "with",
        "a",
        "an",
        "dan",
        "atau",
        "untuk",
        "dengan",
        "di",
        "ke",
        "yang",
        "serta",
        "skills",
        "skill",
        "keterampilan",
        "pengetahuan",
        "knowledge",
    ]
)
_WORD = re.compile(r"[^\W_]+")
_RANGE = re.compile(r"(\d+(?:[.,]\d+)?)\s*(?:-|–|to|sampai|s/d)?\s*(\d+(?:[.,]\d+)?)?\s*([a-z]+)")
_UNIT_WEEKS = {
    "hour": 1 / HOURS_PER_WEEK,
    "hours": 1 / HOURS_PER_WEEK,
    "jam": 1 / HOURS_PER_WEEK,
    "day": 1 / 7,
    "days": 1 / 7,
    "hari": 1 / 7,
    "week": 1.0,
    "weeks": 1.0,
    "minggu": 1.0,
    "pekan": 1.0,
    "month": 52 / 12,
    "months": 52 / 12,
    "bulan": 52 / 12,
}


@dataclass(frozen=True)
class Course:
    title: str
    skills: tuple[str, ...]
    provider: str = ""
    url: str = ""
    level: str = ""
    language: str = ""
    hours: float | None = None
    price_idr: float | None = None
    rating: float | None = None
    flags: tuple[str, ...] = ()


def content_words(text: str) -> frozenset[str]:
    words = _WORD.findall(unicodedata.normalize("NFKC", text).casefold())
    return frozenset(w for w in words if w not in _STOP and len(w) > 1)


def hours_from_duration(text: str) -> float | None:
    """Learning hours from a duration text at ``HOURS_PER_WEEK`` a week, middle of a range ("1 - 4 Weeks"
    → 12.5; "Less Than 2 Hours" → 2)."""
    t = text.casefold().strip()
    if not t:
        return None
    m = _RANGE.search(t.replace(",", "."))
    if not m or m.group(3) not in _UNIT_WEEKS:
        return None
    lo = float(m.group(1))
    hi = float(m.group(2)) if m.group(2) else lo
    mid = hi if ("less" in t or "kurang" in t) else (lo + hi) / 2
    return round(mid * _UNIT_WEEKS[m.group(3)] * HOURS_PER_WEEK, 1)


def _number(text: str) -> float | None:
    t = text.strip().replace("Rp", "").replace("rp", "").replace(" ", "")
    if not t:
        return None
    t = (
        t.replace(".", "").replace(",", ".")
        if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", t)
        else t.replace(",", "")
    )
    try:
        return float(t)
    except ValueError:
        return None


def _skills(text: str) -> tuple[str, ...]:
    t = text.strip()
    if t.startswith("["):
        try:
            items = json.loads(t)
        except json.JSONDecodeError:
            items = t.strip("[]").split(",")
    else:
        items = re.split(r"[;|]", t)
    return tuple(s for s in (" ".join(str(i).split()) for i in items) if s)


def read_catalogue(path: Path) -> tuple[list[Course], list[tuple[int, str]]]:
    """Courses and rejected rows (row number, reason) of a catalogue file (CSV in any usual encoding and
    delimiter, or XLSX: ``jalur.usertable``); nothing dropped silently."""
    header, rows = header_and_rows(path)
    col = {
        role: next((header.index(n) for n in names if n in header), None)
        for role, names in _ROLE_HEADERS.items()
    }
    missing = [r for r in ("title", "skills") if col[r] is None]
    if missing:
        raise JalurError("error.catalogue_columns", path=str(path), missing=", ".join(missing))

    def get(row: Sequence[object], role: str) -> str:
        j = col[role]
        return cell_text(row[j]) if j is not None and j < len(row) else ""

    courses, rejected = [], []
    for n, row in rows:
        if all(is_empty(c) for c in row):
            continue
        title, skills = get(row, "title"), _skills(get(row, "skills"))
        if not title or not skills:
            rejected.append((n, "no_title" if not title else "no_skills"))
            continue
        hours = _number(get(row, "hours"))
        flags: list[str] = []
        if hours is None and get(row, "duration"):
            hours = hours_from_duration(get(row, "duration"))
            flags.append("hours_from_duration" if hours is not None else "duration_not_understood")
        courses.append(
            Course(
                title=title,
                skills=skills,
                provider=get(row, "provider"),
                url=get(row, "url"),
                level=get(row, "level"),
                language=get(row, "language"),
                hours=hours,
                price_idr=_number(get(row, "price_idr")),
                rating=_number(get(row, "rating")),
                flags=tuple(flags),
            )
        )
    return courses, rejected


@dataclass
class CourseMatch:
    course: Course
    score: float
    matched: list[str] = field(default_factory=list)


def courses_for(
    need: Iterable[str], courses: Sequence[Course], top: int = 3, min_score: float = MIN_MATCH
) -> list[CourseMatch]:
    """Courses teaching a needed skill given by one or more names (e.g. English and Indonesian). A word
    counts by its rarity among the catalogue's skills (IDF), so "management" or "analysis" alone match
    little and "negotiation" or "accounting" match much."""
    wants = [w for w in (content_words(n) for n in need) if w]
    if not wants or not courses:
        return []
    idf = _skill_idf(tuple(courses))
    default = max(idf.values(), default=1.0)
    out = []
    for c in courses:
        best, hit = 0.0, []
        for s in c.skills:
            words = content_words(s)
            score = max(
                sum(idf.get(x, default) for x in w & words) / sum(idf.get(x, default) for x in w)
                for w in wants
            )
            if score > best:
                best, hit = score, [s]
            elif score == best and score > 0:
                hit.append(s)
        if best >= min_score:
            out.append(CourseMatch(c, round(best, 3), hit))
    out.sort(key=lambda m: (-m.score, -(m.course.rating or 0.0), m.course.title))
    return out[:top]


@lru_cache(maxsize=8)
def _skill_idf(courses: tuple[Course, ...]) -> dict[str, float]:
    df: dict[str, int] = {}
    for c in courses:
        for w in {x for s in c.skills for x in content_words(s)}:
            df[w] = df.get(w, 0) + 1
    n = len(courses)
    return {w: math.log((n + 1) / (d + 1)) + 1.0 for w, d in df.items()}
