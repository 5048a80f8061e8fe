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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
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
        out.append(
            Event(company, when, _count(get("count")), get("country"), get("industry"), get("kbli"),
                  get("location"), [source] if source else [], grade, quote, get("mechanism"), 1, candidate)
        )  # fmt: skip
    return out


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
    here = [e for e in events if e.country.casefold() == country.casefold()]
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
