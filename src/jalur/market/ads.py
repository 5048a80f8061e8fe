"""Job ads read from the user's files — CSV, XLSX, JSON Lines or Parquet, with Indonesian or English
headers — and classified one by one (issue 19): salary, posting date, AI class, AI-era role, job desks,
occupation. Files are ingested, never scraped. Personal values inside an ad (phone numbers, e-mail
addresses, names of contacts) never leave this module: evidence snippets are redacted.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from jalur.errors import JalurError, unreadable

#: headers recognised for each field of an ad (normalised: lower case, words joined by "_")
HEADERS: dict[str, tuple[str, ...]] = {
    "title": ("title", "job_title", "judul", "posisi", "position", "jabatan", "nama_posisi", "lowongan", "role"),
    "description": ("description", "job_description", "deskripsi", "deskripsi_pekerjaan", "desc", "body",
                    "text", "isi", "uraian"),
    "company": ("company", "perusahaan", "company_name", "nama_perusahaan", "employer"),
    "location": ("location", "lokasi", "job_location", "city", "kota", "penempatan"),
    "posted": ("posted", "posted_at", "date_posted", "tanggal", "tanggal_posting", "posting_date", "date",
               "diposting"),
    "scraped_at": ("scraped_at", "first_seen", "crawled_at", "collected_at", "diambil"),
    "salary": ("salary", "gaji", "base_salary", "salary_range", "kisaran_gaji", "upah", "pay"),
    "url": ("url", "link", "job_url", "job_link", "tautan"),
    "source": ("source", "job_board", "board", "sumber", "situs"),
    "deadline": ("deadline", "job_apply_end_date", "batas_lamaran", "closing_date"),
    "department": ("department", "job_department", "departemen", "divisi", "division", "fungsi",
                   "job_function", "function", "bidang", "kategori", "category", "job_category"),
    "id": ("id", "ad_id", "job_id"),
}  # fmt: skip
#: longest text kept from one field of an ad (a description longer than this is cut)
MAX_FIELD = 20_000


@dataclass(frozen=True, slots=True)
class Ad:
    id: str
    row: int
    title: str
    description: str = ""
    company: str = ""
    location: str = ""
    posted: str = ""
    scraped_at: str = ""
    salary: str = ""
    url: str = ""
    source: str = ""
    deadline: str = ""
    #: the job board's category or the employer's department ("Finance And Accounting"): the coder's
    #: context for a title it is unsure of (``jalur.match.context``, step 4)
    department: str = ""


def _norm(header: object) -> str:
    from jalur.tables.usertable import normalise_header

    return normalise_header("" if header is None else str(header))


def _columns(header: Sequence[object]) -> dict[str, int]:
    names = [_norm(h) for h in header]
    out: dict[str, int] = {}
    for field_name, wanted in HEADERS.items():
        i = next((names.index(w) for w in wanted if w in names), None)
        if i is not None:
            out[field_name] = i
    if "title" not in out:
        raise JalurError("error.ads_no_title", found=", ".join(n for n in names if n)[:200] or "—")
    return out


def _text(value: object) -> str:
    if value is None:
        return ""
    text = str(value)
    return text if len(text) <= MAX_FIELD else text[:MAX_FIELD]


def _ad(row: int, cells: Sequence[object], cols: Mapping[str, int]) -> Ad | None:
    def get(name: str) -> str:
        i = cols.get(name)
        return _text(cells[i]).strip() if i is not None and i < len(cells) else ""

    title = " ".join(get("title").split())
    if not title:
        return None
    values = {f: get(f) for f in HEADERS if f not in ("title", "id")}
    return Ad(get("id") or str(row), row, title, **values)


def ads_from_rows(
    header: Sequence[object], rows: Sequence[Sequence[object]], numbers: Sequence[int]
) -> list[Ad]:
    """The ads of a table held in memory (an Arrow batch, say): ``header`` named as a file's would be,
    ``numbers`` the row number of each row; rows without a title are not ads."""
    cols = _columns(header)
    return [a for n, cells in zip(numbers, rows, strict=True) if (a := _ad(n, cells, cols)) is not None]


def _records(path: Path) -> Iterator[tuple[int, Sequence[object], Sequence[object]]]:
    """(row number, header, cells) of a JSON Lines or Parquet file (its keys or columns as the header)."""
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson", ".json"):
        with path.open(encoding="utf-8", errors="replace") as fh:
            for i, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except ValueError:
                    obj = None
                if not isinstance(obj, dict):  # never skipped in silence: the ad on it would be lost
                    raise JalurError("error.jsonl_line", path=str(path), line=i)
                yield i, list(obj), list(obj.values())
        return
    import pyarrow as pa
    import pyarrow.parquet as pq

    row = 0
    try:
        table = pq.ParquetFile(path)
        names = table.schema_arrow.names
        for batch in table.iter_batches(batch_size=5_000):
            for rec in batch.to_pylist():
                row += 1
                yield row, names, [rec.get(n) for n in names]
    except (pa.ArrowException, OSError) as exc:
        raise unreadable(path, exc) from None


def read_ads(path: Path) -> Iterator[Ad]:
    """The ads of a file, in order (rows without a title skipped). ``JalurError`` when the file has no
    title column."""
    suffix = path.suffix.lower()
    if not path.is_file():
        raise JalurError("error.file_missing", path=str(path))
    if suffix in (".jsonl", ".ndjson", ".json", ".parquet", ".pq"):
        cols: dict[str, int] | None = None
        header_seen: tuple[str, ...] = ()
        for row, header, cells in _records(path):
            key = tuple(str(h) for h in header)
            if cols is None or key != header_seen:
                cols, header_seen = _columns(header), key
            ad = _ad(row, cells, cols)
            if ad is not None:
                yield ad
        return
    from jalur.tables.usertable import header_and_rows

    header, rows = header_and_rows(path)
    found = _columns(header)
    for row, cells in rows:
        ad = _ad(row, cells, found)
        if ad is not None:
            yield ad


def exact_key(ad: Ad) -> str:
    """An ad's identity for exact de-duplication: title, company and description with case, spacing and
    punctuation aside (the same ad scraped twice, or posted twice on one board)."""
    import hashlib
    import re

    parts = (re.sub(r"\W+", " ", x).strip().casefold() for x in (ad.title, ad.company, ad.description))
    return hashlib.blake2b("\x1f".join(parts).encode(), digest_size=12).hexdigest()


def stored_rows(
    ads: Sequence[Ad], records: Sequence[Mapping[str, Any]], day: dt.date
) -> dict[str, tuple[Any, ...]]:
    """The rows one snapshot adds to the ads store (``jalur.store.ads.COLUMNS`` order), by ``exact_key``:
    the classifier's fields, never the description; an ad seen twice in one snapshot counts once; an ad
    posted before the snapshot is first seen on its posting day."""
    rows: dict[str, tuple[Any, ...]] = {}
    for ad, r in zip(ads, records, strict=True):
        key = exact_key(ad)
        isco = r.get("isco") or {}
        posted = (r.get("posted") or {}).get("date")
        seen = min(day, dt.date.fromisoformat(posted)) if posted else day
        rows.setdefault(
            key,
            (key, ad.title, ad.company or None, ad.location or None, ad.source or None, r["ai_class"],
             r.get("ai_role"), json.dumps(r.get("desks") or []), isco.get("code"), isco.get("confidence"),
             r.get("salary_idr_month_min"), r.get("salary_idr_month_max"), posted, seen, day, 1),
        )  # fmt: skip
    return rows


def language_of(ad: Ad) -> str:
    """``id`` or ``en``: the language of an ad's text (its title and the start of its description), by the
    identifier the coder uses restricted to the two languages (its first 400 characters decide)."""
    from jalur.text.normalise import identify_lang

    return identify_lang(f"{ad.title}. {ad.description[:400]}".casefold())


def dedupe_exact(ads: Sequence[Ad]) -> tuple[list[Ad], int]:
    """The ads with exact repeats removed (the first kept, order kept), and how many were removed."""
    seen: set[str] = set()
    out: list[Ad] = []
    for ad in ads:
        key = exact_key(ad)
        if key not in seen:
            seen.add(key)
            out.append(ad)
    return out, len(ads) - len(out)


def classify(
    ads: Sequence[Ad],
    roles: Sequence[Any] = (),
    occupations: Callable[[Sequence[tuple[str, str]]], Sequence[Any]] | None = None,
) -> list[dict[str, Any]]:
    """One record per ad, in input order (docs/cli.md, ``jalur market classify``): AI class, role, desks,
    salary, posting date, occupation (``occupations``: the title coder over (title, department) pairs,
    called once per distinct pair), evidence (redacted), flags."""
    from jalur.market.ai import classify_ad
    from jalur.market.dates import parse_posted, parse_scraped_at
    from jalur.market.places import based_abroad, place_of
    from jalur.market.requirements import requirements_of
    from jalur.market.salary import parse_salary
    from jalur.market.skills import skill_records
    from jalur.workforce.roster import redact

    out: list[dict[str, Any]] = []
    for ad in ads:
        ai = classify_ad(ad.title, ad.description, roles)
        where = place_of(ad.location) if ad.location else None
        elsewhere = based_abroad(ad.title)
        if elsewhere is not None:  # the board lists it here, the title says the job is abroad
            where = elsewhere
        # a bare number is pesos on a Philippine ad, rupiah otherwise (Kalibrr carries both)
        currency = {"PH": "PHP", "SG": "SGD", "MY": "MYR"}.get(where.country or "", "IDR") if where else "IDR"
        pay = parse_salary(ad.salary, currency) if ad.salary else None
        need = requirements_of(ad.description)
        scraped = parse_scraped_at(ad.scraped_at) if ad.scraped_at else None
        posted = parse_posted(ad.posted, scraped) if ad.posted else None
        flags: list[str] = []
        if pay is not None and pay.unit_implied:
            flags.append("salary_unit_implied")
        if posted is not None and posted.at_least:
            flags.append("posted_at_least")
        if where is not None and where.country not in (None, "ID"):
            flags.append("abroad")
        if elsewhere is not None:
            flags.append("based_abroad")
        isco = None  # the coder's, after the loop (``place``)
        out.append(
            {
                "id": ad.id,
                "row": ad.row,
                "title": ad.title,
                "department": ad.department or None,
                "language": language_of(ad),
                "source": ad.source or None,
                "company": ad.company or None,
                "ai_class": ai.ai_class,
                "ai_role": ai.ai_role,
                "desks": list(ai.desks),
                "isco": isco,
                "salary_idr_month_min": pay.idr_month_min if pay else None,
                "salary_idr_month_max": pay.idr_month_max if pay else None,
                "salary": None
                if pay is None
                else {
                    "currency": pay.currency,
                    "min": pay.minimum,
                    "max": pay.maximum,
                    "period": pay.period,
                    "basis": pay.basis,
                    "region": pay.region,
                },
                "posted": None
                if posted is None
                else {"date": posted.date.isoformat() if posted.date else None, "basis": posted.basis},
                "location": None
                if where is None
                else {
                    "place": where.place,
                    "province": where.province,
                    "province_code": where.province_code,
                    "country": where.country,
                },
                "requirements": {
                    "education_min": need.education_min,
                    "experience_years_min": need.experience_years_min,
                    "age_max": need.age_max,
                    "gender": need.gender,
                },
                "skills": skill_records(ad.title, ad.description),
                "evidence": [
                    {"term": redact(e.term)[:120], "section": e.section, "kind": e.kind} for e in ai.evidence
                ],
                "flags": flags,
            }
        )
    if occupations is not None:
        place(out, occupations)
    return out


@lru_cache(maxsize=1)
def _roles() -> tuple[Any, ...]:
    from jalur.pathways.roles import load_roles

    return tuple(load_roles())


def classify_chunk(ads: Sequence[Ad]) -> list[dict[str, Any]]:
    """``classify`` with the role catalogue and without the coder: the work one worker process does (the
    catalogue read once per process); ``place`` codes the titles afterwards where the knowledge base is."""
    return classify(ads, _roles())


def _title_key(title: str, department: str = "") -> str:
    key = " ".join(title.split()).casefold()
    dept = " ".join(department.split()).casefold()
    return f"{key}\x02{dept}" if dept else key


def place(
    records: Sequence[dict[str, Any]], occupations: Callable[[Sequence[tuple[str, str]]], Sequence[Any]]
) -> None:
    """Set each record's ``isco`` from the title coder (``occupations``: (title, department) pairs ->
    answers), called once over the distinct titles (case and spacing aside) of each department — apart
    from ``classify`` so that ads may be classified in worker processes and coded once in the process that
    holds the knowledge base."""

    def key(r: dict[str, Any]) -> str:
        return _title_key(str(r["title"]), str(r.get("department") or ""))

    pairs = sorted({key(r): (str(r["title"]), str(r.get("department") or "")) for r in records}.items())
    if not pairs:
        return
    placed = dict(zip((k for k, _ in pairs), occupations([p for _, p in pairs]), strict=True))
    for r in records:
        r["isco"] = isco_field(placed.get(key(r)))


def isco_field(match: Any) -> dict[str, Any] | None:
    """The ``isco`` of a record from one coder answer: the first candidate unless it abstained, with its
    confidence, and when it abstained the candidates a reviewer chooses from (the review queue)."""
    if match is None:
        return None
    cands = list(getattr(match, "candidates", []) or [])
    top = cands[0] if cands else None
    isco: dict[str, Any] = {
        "code": getattr(top, "isco", None) if top is not None and not match.abstained else None,
        "confidence": round(float(getattr(top, "confidence", 0.0)), 3) if top is not None else None,
        "abstained": bool(match.abstained),
    }
    if getattr(match, "reason", "") == "department":
        isco["via"] = "department"  # the title left it open; the ad's department settled it
    if match.abstained and cands:
        isco["candidates"] = [
            {"isco": c.isco, "confidence": round(float(c.confidence), 3)} for c in cands[:3]
        ]
    return isco
