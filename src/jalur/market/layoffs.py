"""Who is cutting staff, and whether AI is really the reason (issue 19): layoff events from the user's
files — layoffs.fyi's columns recognised, or the template for events curated from disclosures and news
(``data/market/layoffs_template.csv``) — grouped across sources (the same company within ``WINDOW_DAYS``
days is one event), with the Indonesian view.

AI attribution is graded ``stated`` (the company says so), ``reported`` (a named source reports it),
``context`` (AI named around the cut), ``ai_firm`` (the company is an AI firm), ``none``; the first three
need a quote and a URL, which only a person supplies. The machine never grades: it proposes candidates
for review (a source address or a quote that names AI), and nothing is shown as AI-caused without a quote.
Pure but for reading the file.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from jalur.errors import JalurError

#: two reports of the same company this close are one event
WINDOW_DAYS = 14
GRADES = ("stated", "reported", "context", "ai_firm", "none")
_NEEDS_QUOTE = ("stated", "reported", "context")
_AI_WORDS = re.compile(
    r"(?<![a-z])(?:ai|a\.i\.|artificial[-\s]intelligence|kecerdasan[-\s]buatan|automation|otomatisasi|"
    r"machine[-\s]learning|genai|generative)(?![a-z])",
    re.I,
)
_HEADERS: dict[str, tuple[str, ...]] = {
    "company": ("company", "perusahaan"),
    "date": ("date", "tanggal"),
    "count": ("total_laid_off", "count", "jumlah", "jumlah_phk", "laid_off"),
    "percentage": ("percentage_laid_off", "percentage", "persen"),
    "industry": ("industry", "industri", "sektor"),
    "kbli": ("kbli", "kbli_2020"),
    "country": ("country", "negara"),
    "location": ("location", "lokasi"),
    "source": ("source", "url", "sumber"),
    "attribution": ("ai_attribution", "atribusi_ai"),
    "quote": ("quote", "kutipan"),
    "mechanism": ("mechanism", "mekanisme"),
}


@dataclass
class Event:
    company: str
    date: dt.date
    count: int | None
    country: str
    industry: str = ""
    kbli: str = ""
    location: str = ""
    sources: list[str] = field(default_factory=list)
    attribution: str = "none"
    quote: str = ""
    mechanism: str = ""
    reports: int = 1
    ai_candidate: bool = False
    flags: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "company": self.company,
            "date": self.date.isoformat(),
            "count": self.count,
            "country": self.country,
            "industry": self.industry,
            "kbli": self.kbli or None,
            "location": self.location,
            "sources": self.sources,
            "reports": self.reports,
            "attribution": self.attribution,
            "quote": self.quote or None,
            "mechanism": self.mechanism or None,
            "ai_candidate": self.ai_candidate,
            "kbli_basis": None
            if not self.kbli
            else "industry"
            if "kbli_from_industry" in self.flags
            else "given",
            "flags": list(self.flags),
            "event_id": event_id(self),
        }


def _date(text: str) -> dt.date | None:
    t = (text or "").strip()
    for fmt in ("%m/%d/%Y", "%Y-%m-%d", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(t, fmt).date()
        except ValueError:
            continue
    return None


def _count(text: str) -> int | None:
    try:
        value = float((text or "").replace(",", ""))
    except ValueError:
        return None
    return int(value) if value >= 0 else None


def _company_key(name: str) -> str:
    t = re.sub(r"\b(?:pt|tbk|inc|ltd|llc|corp(?:oration)?|company|co|group)\b\.?", " ", name.casefold())
    return re.sub(r"[^a-z0-9]+", "", t)


def read_events(path: Path) -> list[Event]:
    """The events of a CSV/XLSX file (one row each, not yet grouped); ``JalurError`` without a company and
    a date column. A grade that needs a quote and has none is read as ``none`` (and kept as a candidate)."""
    from jalur.tables.usertable import cell_text, header_and_rows

    header, rows = header_and_rows(path)
    cols = {f: next((header.index(h) for h in hs if h in header), None) for f, hs in _HEADERS.items()}
    if cols["company"] is None or cols["date"] is None:
        raise JalurError("error.layoffs_columns", path=str(path))
    out: list[Event] = []
    for _, cells in rows:

        def get(f: str, cells: Sequence[object] = cells) -> str:
            i = cols[f]
            return cell_text(cells[i]).strip() if i is not None and i < len(cells) else ""

        when = _date(get("date"))
        company = " ".join(get("company").split())
        if not company or when is None:
            continue
        grade = get("attribution").casefold() or "none"
        grade = grade if grade in GRADES else "none"
        quote, source = get("quote"), get("source")
        candidate = bool(_AI_WORDS.search(source.replace("-", " ")) or _AI_WORDS.search(quote))
        if grade in _NEEDS_QUOTE and not (quote and source):
            grade, candidate = "none", True  # a grade without its quote is a claim to review, not a fact
        kbli, flags = get("kbli"), []
        if not kbli and get("industry"):
            kbli = industry_section(get("industry")) or ""
            if kbli:
                flags.append("kbli_from_industry")
        flags += country_check(get("location"), get("country"))
        out.append(
            Event(company, when, _count(get("count")), get("country"), get("industry"), kbli,
                  get("location"), [source] if source else [], grade, quote, get("mechanism"), 1, candidate,
                  flags)
        )  # fmt: skip
    return out


def event_id(e: Event) -> str:
    """A stable id of an event — its company (legal forms aside) and first day — for review decisions."""
    import hashlib

    return hashlib.blake2b(
        f"{_company_key(e.company)}|{e.date.isoformat()}".encode(), digest_size=6
    ).hexdigest()


@lru_cache(maxsize=1)
def _sections() -> dict[str, str]:
    from jalur.authored import read_csv

    return {r["industry"].casefold(): r["kbli_section"] for r in read_csv("market/industry_kbli.csv")}


def industry_section(industry: str) -> str | None:
    """The KBLI 2020 section (A–U) of an industry as layoffs.fyi or an Indonesian source names it, from the
    authored table ``data/market/industry_kbli.csv`` (some rows approximate: "Consumer" → J); None when
    the table has no such industry."""
    return _sections().get(" ".join(industry.split()).casefold())


def in_country(e: Event, country: str) -> bool:
    """Whether an event belongs to ``country``'s view: its country column says so, or its location is a
    place of that country while the column says another (flagged ``country_mismatch``: layoffs.fyi files
    a Jakarta event under India)."""
    if e.country.casefold() == country.casefold():
        return True
    if "country_mismatch" not in e.flags or not e.location:
        return False
    from jalur.market.places import place_of

    code = place_of(country).country
    return code is not None and place_of(e.location).country == code


def country_check(location: str, country: str) -> list[str]:
    """``["country_mismatch"]`` when the location names a place of one country and the country column
    another (layoffs.fyi has Jakarta events under India), else nothing."""
    from jalur.market.places import place_of

    if not location or not country:
        return []
    where = place_of(location).country
    names = {"ID": "indonesia", "PH": "philippines", "SG": "singapore", "MY": "malaysia", "IN": "india",
             "US": "united states", "VN": "vietnam", "TH": "thailand"}  # fmt: skip
    if where in names and names[where] != country.casefold().strip():
        return ["country_mismatch"]
    return []


def group_events(events: Iterable[Event]) -> list[Event]:
    """Reports of one company within ``WINDOW_DAYS`` days merged into one event: the largest count, every
    source, the strongest grade that has its quote; newest first."""
    by_company: dict[str, list[Event]] = {}
    for e in sorted(events, key=lambda e: e.date):
        by_company.setdefault(_company_key(e.company), []).append(e)
    out: list[Event] = []
    for reports in by_company.values():
        current: Event | None = None
        for e in reports:
            if current is not None and (e.date - current.date).days <= WINDOW_DAYS:
                current.reports += 1
                current.sources += [s for s in e.sources if s not in current.sources]
                counts = [c for c in (current.count, e.count) if c is not None]
                current.count = max(counts) if counts else None
                if GRADES.index(e.attribution) < GRADES.index(current.attribution):
                    current.attribution, current.quote, current.mechanism = (
                        e.attribution,
                        e.quote,
                        e.mechanism,
                    )
                current.ai_candidate = current.ai_candidate or e.ai_candidate
                continue
            current = Event(**{**e.__dict__, "sources": list(e.sources)})
            out.append(current)
    return sorted(out, key=lambda e: (e.date, e.company), reverse=True)


def summarise_events(events: Sequence[Event], rows_read: int, country: str = "Indonesia") -> dict[str, Any]:
    """The tracker: events by year (all, and ``country``'s), the country's events in full, the share with
    no headcount, and the candidates for AI-attribution review (never counted as AI-caused)."""
    years: dict[str, dict[str, int]] = {}
    for e in events:
        y = years.setdefault(str(e.date.year), {"events": 0, "people": 0, "events_without_count": 0})
        y["events"] += 1
        y["people"] += e.count or 0
        y["events_without_count"] += e.count is None
    here = [e for e in events if in_country(e, country)]
    graded = [e for e in events if e.attribution != "none"]
    return {
        "schema": "jalur.layoffs/1",
        "rows_read": rows_read,
        "events": len(events),
        "reports_merged": rows_read - len(events),
        "without_count": sum(1 for e in events if e.count is None),
        "by_year": dict(sorted(years.items())),
        "country": country,
        "country_events": [e.to_dict() for e in here],
        "ai_attribution": {g: sum(1 for e in graded if e.attribution == g) for g in GRADES[:-1]},
        "ai_candidates_for_review": [
            e.to_dict() for e in events if e.ai_candidate and e.attribution == "none"
        ][:200],
        "scope": ["events_not_all_layoffs", "attribution_needs_quote", "counts_missing_not_zero"],
    }


# ----------------------------------------------------------------------------------------- review
#: columns of the review file (``review_rows``): what the machine shows, then what the reviewer fills in
REVIEW_COLUMNS = ("event_id", "company", "date", "count", "country", "sources", "why_proposed",
                  "attribution", "quote", "quote_url", "mechanism", "reviewer")  # fmt: skip


@dataclass(frozen=True)
class Decision:
    event_id: str
    attribution: str
    quote: str
    quote_url: str
    mechanism: str
    reviewer: str


def review_rows(events: Sequence[Event], country: str | None = None) -> list[dict[str, str]]:
    """The events a reviewer should grade: every AI candidate not yet graded (and, with ``country``, every
    event of that country not yet graded), with the reviewer's columns empty."""
    out = []
    for e in events:
        here = country is not None and in_country(e, country)
        if e.attribution != "none" or not (e.ai_candidate or here):
            continue
        out.append({
            "event_id": event_id(e), "company": e.company, "date": e.date.isoformat(),
            "count": "" if e.count is None else str(e.count), "country": e.country,
            "sources": " ".join(e.sources), "why_proposed": "ai_words" if e.ai_candidate else "country",
            "attribution": "", "quote": "", "quote_url": "", "mechanism": "", "reviewer": "",
        })  # fmt: skip
    return out


def check_decision(row: dict[str, str]) -> Decision | str:
    """A reviewer's row as a decision, or why it is refused (a message key): an unknown grade, a grade
    that needs a quote without one or without an http(s) address for it."""
    grade = (row.get("attribution") or "").strip().casefold()
    if not grade:
        return "layoffs.refused.empty"
    if grade not in GRADES:
        return "layoffs.refused.grade"
    quote, url = (row.get("quote") or "").strip(), (row.get("quote_url") or "").strip()
    if grade in _NEEDS_QUOTE and not quote:
        return "layoffs.refused.no_quote"
    if grade in _NEEDS_QUOTE and not re.match(r"https?://[^\s/]+\.[^\s]+$", url):
        return "layoffs.refused.no_url"
    return Decision(
        (row.get("event_id") or "").strip(), grade, quote[:1000], url[:1000],
        (row.get("mechanism") or "").strip()[:500], (row.get("reviewer") or "").strip()[:200],
    )  # fmt: skip


def apply_decisions(events: Sequence[Event], decisions: Iterable[Decision]) -> int:
    """Grade ``events`` in place from the reviewers' decisions (the latest per event wins); how many
    events got a decision. A decision for an event not in ``events`` is ignored."""
    latest = {d.event_id: d for d in decisions}
    n = 0
    for e in events:
        d = latest.get(event_id(e))
        if d is None:
            continue
        e.attribution, e.quote, e.mechanism = d.attribution, d.quote, d.mechanism
        if d.quote_url and d.quote_url not in e.sources:
            e.sources.append(d.quote_url)
        e.flags = [*e.flags, "reviewed"]
        n += 1
    return n


# ---------------------------------------------------------------------------- official aggregates
@dataclass(frozen=True)
class OfficialMonth:
    month: str  # YYYY-MM
    province: str  # "" for the national figure
    workers: int


def read_official(path: Path) -> list[OfficialMonth]:
    """Monthly counts of workers laid off as the ministry publishes them (Kemnaker's PHK figures, typed in
    or exported by the user): columns month/bulan (``2025-01``, ``01/2025``, ``Jan 2025``), optional
    province/provinsi, workers/jumlah/tenaga_kerja. ``JalurError`` without a month and a count column."""
    from jalur.tables.usertable import cell_text, header_and_rows

    header, rows = header_and_rows(path)

    def col(*names: str) -> int | None:
        return next((header.index(h) for h in names if h in header), None)

    m, prov = col("month", "bulan", "periode"), col("province", "provinsi")
    n = col("workers", "jumlah", "tenaga_kerja", "tenaga_kerja_ter_phk", "phk", "count")
    if m is None or n is None:
        raise JalurError("error.layoffs_official_columns", path=path.name)

    def get(cells: Sequence[object], i: int | None) -> str:
        return cell_text(cells[i]).strip() if i is not None and i < len(cells) else ""

    out = []
    for _, cells in rows:
        month, workers = _month(get(cells, m)), _count(get(cells, n).replace(".", ""))
        if month and workers is not None:
            out.append(OfficialMonth(month, get(cells, prov), workers))
    return out


_MONTHS = {name: i for i, names in enumerate(
    [("jan", "januari", "january"), ("feb", "februari", "february"), ("mar", "maret", "march"),
     ("apr", "april"), ("mei", "may"), ("jun", "juni", "june"), ("jul", "juli", "july"),
     ("agu", "agt", "agustus", "aug", "august"), ("sep", "september"), ("okt", "oktober", "oct", "october"),
     ("nov", "november"), ("des", "desember", "dec", "december")], start=1) for name in names}  # fmt: skip


def _month(text: str) -> str | None:
    t = text.strip().casefold()
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})(?:-\d{1,2})?", t):
        y, mo = int(m.group(1)), int(m.group(2))
    elif m := re.fullmatch(r"(\d{1,2})[/.-](\d{4})", t):
        y, mo = int(m.group(2)), int(m.group(1))
    elif m := re.fullmatch(r"([a-z]+)\.?\s+(\d{4})", t):
        y, mo = int(m.group(2)), _MONTHS.get(m.group(1), 0)
    else:
        return None
    return f"{y:04d}-{mo:02d}" if 1 <= mo <= 12 and 1990 <= y <= 2100 else None


def official_beside(
    events: Sequence[Event], official: Sequence[OfficialMonth], country: str
) -> list[dict[str, Any]]:
    """Per month of the official series: the national official count beside the events of ``country``
    that month and the people they name — side by side, never added (events are a few reported cases;
    the official count is every reported termination)."""
    national: dict[str, int] = {}
    for o in official:
        if not o.province:
            national[o.month] = national.get(o.month, 0) + o.workers
    if not national:  # only provinces given: their sum is the national figure
        for o in official:
            national[o.month] = national.get(o.month, 0) + o.workers
    here = [e for e in events if in_country(e, country)]
    rows = []
    for month in sorted(national):
        got = [e for e in here if e.date.strftime("%Y-%m") == month]
        rows.append({"month": month, "official_workers": national[month], "events": len(got),
                     "event_people": sum(e.count or 0 for e in got)})  # fmt: skip
    return rows


def report_row(e: Event) -> dict[str, Any]:
    """A report (one event as read, before grouping) as the layoff store keeps it."""
    return {
        "company": e.company, "day": e.date, "count": e.count, "country": e.country, "industry": e.industry,
        "kbli": e.kbli, "location": e.location, "source": e.sources[0] if e.sources else "",
        "attribution": e.attribution, "quote": e.quote, "mechanism": e.mechanism,
        "ai_candidate": e.ai_candidate, "flags": " ".join(e.flags),
    }  # fmt: skip


def event_from_row(r: Mapping[str, Any]) -> Event:
    """A stored report back as an event (``report_row``'s inverse)."""
    day = r["day"] if isinstance(r["day"], dt.date) else dt.date.fromisoformat(str(r["day"]))
    return Event(
        str(r["company"]), day, r.get("count"), str(r.get("country") or ""), str(r.get("industry") or ""),
        str(r.get("kbli") or ""), str(r.get("location") or ""), [str(r["source"])] if r.get("source") else [],
        str(r.get("attribution") or "none"), str(r.get("quote") or ""), str(r.get("mechanism") or ""), 1,
        bool(r.get("ai_candidate")), str(r.get("flags") or "").split(),
    )  # fmt: skip
