"""The market monitor and the layoff tracker as a shared service (issue 19): what the REST API and the web
pages call. Uploaded files are read like rosters — from a private copy deleted as soon as it is read, XLSX
in the isolated, limited reader, CSV streamed — and analysed at once (no job queue: an analysis of the
allowed size takes seconds). A service-wide semaphore bounds the analyses running at once; more wait a
little, then get 429. Nothing of an upload is kept: no file, no ad, no event.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from jalur.app.errors import ServiceError
from jalur.app.uploads import Upload
from jalur.errors import JalurError
from jalur.kb.read import KnowledgeBase

#: file types an upload of ads or events may have (Parquet and JSON Lines only from the command line)
SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx", ".xlsm")
#: ads of one upload or one JSON request at most (a larger corpus: ``jalur market ingest`` on the
#: command line); events of one upload at most
MAX_ADS = 10_000
MAX_JSON_ADS = 500
MAX_EVENTS = 50_000
#: longest text accepted in one field of a JSON ad
MAX_FIELD = 20_000
#: seconds an analysis waits for a free slot before 429
WAIT_SECONDS = 20.0
#: fields a JSON ad may carry (the same as a file's columns)
JSON_FIELDS = ("id", "title", "description", "company", "location", "posted", "scraped_at", "salary",
               "url", "source", "deadline", "department")  # fmt: skip


class MarketDesk:
    """One per service: the knowledge base it codes titles with and the slots of analyses at once."""

    def __init__(self, kb: KnowledgeBase, store: Any = None, concurrency: int = 1) -> None:
        self.kb = kb
        self.store = store  # jalur.store.db.Store: the audit log (None: nothing recorded)
        self._slots = threading.BoundedSemaphore(max(1, concurrency))

    def _slot(self) -> _Slot:
        return _Slot(self._slots)

    def classify(self, items: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
        """One record per ad given as JSON (``title`` required), in order — the records of
        ``jalur market classify``."""
        from jalur.app.market import code_titles
        from jalur.market.ads import classify
        from jalur.pathways.roles import load_roles

        ads = list(json_ads(items))
        with self._slot():
            return classify(ads, load_roles(), lambda pairs: code_titles(self.kb, pairs))

    def market_report(self, upload: Upload, org_id: str | None = None, actor: str = "") -> dict[str, Any]:
        """The market aggregates (``jalur.market/1``, ``jalur.app.market.analyse``) of an uploaded ads
        file, recorded in ``org_id``'s audit log; the upload is deleted here."""
        from jalur.app.market import analyse

        with self._slot():
            name, ads = _read_upload(upload, _ads_of, MAX_ADS)
            out = analyse([(name, ads)], self.kb)
        self._audit(org_id, actor, "market_report", name, f"ads={out['ads']}")
        return out

    def layoffs_report(self, upload: Upload, org_id: str | None = None, actor: str = "") -> dict[str, Any]:
        """The layoff tracker (``jalur.layoffs/1``) of an uploaded events file, for the country its form
        names (``country``, default Indonesia), recorded in the audit log; the upload is deleted here."""
        from jalur.market.layoffs import group_events, summarise_events

        country = " ".join(str(upload.fields.get("country") or "").split())[:80] or "Indonesia"
        with self._slot():
            name, events = _read_upload(upload, _events_of, MAX_EVENTS)
            out = summarise_events(group_events(events), len(events), country)
        out["input"] = {"files": [{"file": name}], "store": None}
        self._audit(org_id, actor, "layoffs_report", name, f"events={out['events']}")
        return out

    def _audit(self, org_id: str | None, actor: str, action: str, name: str, detail: str) -> None:
        if self.store is not None and org_id is not None:
            self.store.audit(org_id, actor, action, name, detail)


class _Slot:
    def __init__(self, sem: threading.BoundedSemaphore) -> None:
        self.sem = sem

    def __enter__(self) -> None:
        if not self.sem.acquire(timeout=WAIT_SECONDS):
            raise ServiceError(429, "busy", headers={"Retry-After": "10"})

    def __exit__(self, *exc: object) -> None:
        self.sem.release()


def _ads_of(path: Path) -> Iterator[Any]:
    from jalur.market.ads import read_ads

    return read_ads(path)


def _events_of(path: Path) -> Iterator[Any]:
    from jalur.market.layoffs import read_events

    return iter(read_events(path))


def _read_upload(upload: Upload, read: Any, limit: int) -> tuple[str, list[Any]]:
    """(the file's clean name, its items) — at most ``limit`` items, else ``error.market_too_many``; the
    private copy is deleted whatever happens. Errors name the file as sent, never the private path."""
    from jalur.app.jobs import safe_filename

    try:
        name = safe_filename(upload.filename)
        if upload.path is None or Path(name).suffix.casefold() not in SUFFIXES:
            raise ServiceError(415, "upload_type", name=name)
        items: list[Any] = []
        try:
            for item in read(upload.path):
                if len(items) >= limit:
                    raise JalurError("error.market_too_many", path=name, limit=f"{limit:,}".replace(",", "."))
                items.append(item)
        except JalurError as exc:
            if "path" in exc.params:  # the message names the private copy: name the file as sent
                raise JalurError(exc.key, exc.details, **{**exc.params, "path": name}) from None
            raise
        return name, items
    finally:
        upload.discard()


def json_ads(items: Sequence[Mapping[str, Any]]) -> Iterator[Any]:
    """Ads (``jalur.market.ads.Ad``) from JSON objects: ``title`` required, the other fields of
    ``JSON_FIELDS`` optional, every value a string (numbers taken as their text), each cut to
    ``MAX_FIELD`` characters. ``JalurError`` for more than ``MAX_JSON_ADS`` or an ad without a title."""
    from jalur.market.ads import Ad

    if len(items) > MAX_JSON_ADS:
        raise JalurError("error.market_too_many", path="ads", limit=str(MAX_JSON_ADS))
    for i, item in enumerate(items, start=1):
        values = {
            f: ("" if item.get(f) is None else str(item.get(f)))[:MAX_FIELD].strip() for f in JSON_FIELDS
        }
        if not values["title"]:
            raise JalurError("error.market_ad_title", row=str(i))
        yield Ad(
            values["id"] or str(i), i, values["title"],
            **{f: values[f] for f in JSON_FIELDS if f not in ("id", "title")},
        )  # fmt: skip
