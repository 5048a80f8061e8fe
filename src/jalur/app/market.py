"""The market monitor as use cases (issue 19), the same for ``jalur market`` and (later) the service:
read an ads file, classify every ad."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from jalur.app.lookups import match_texts
from jalur.errors import JalurError
from jalur.kb.read import KnowledgeBase


def classify_file(
    path: Path, kb: KnowledgeBase | None = None, *, fast: bool = True, dedupe: bool = False
) -> list[dict[str, Any]]:
    """One record per ad of ``path`` (CSV, XLSX, JSON Lines, Parquet), in input order; the occupation of
    each distinct title from the title coder when a knowledge base is given (``fast``: without the
    embedding stage)."""
    from jalur.market.ads import classify, dedupe_exact, read_ads
    from jalur.pathways.roles import load_roles

    ads = list(read_ads(path))
    if dedupe:
        ads, _ = dedupe_exact(ads)

    def occupations(pairs: Sequence[tuple[str, str]]) -> Sequence[Any]:
        assert kb is not None
        return code_titles(kb, pairs, fast=fast)

    return classify(ads, load_roles(), occupations if kb is not None else None)


def code_titles(kb: KnowledgeBase, pairs: Sequence[tuple[str, str]], *, fast: bool = True) -> list[Any]:
    """The title coder's answers (top 3, as the market shows them) for (title, department) pairs, in
    order: the titles of each department coded together with it as their context (``department`` of
    ``jalur.match.context``), those without one alone; a department over ``MAX_CONTEXT`` characters is
    cut."""
    from jalur.match.context import MAX_CONTEXT

    out: list[Any] = [None] * len(pairs)
    by_dept: dict[str, list[int]] = {}
    for i, (_, dept) in enumerate(pairs):
        # an overlong cell is cut, as a batch cuts it: one bad cell never stops a file
        by_dept.setdefault(" ".join(dept.split())[:MAX_CONTEXT], []).append(i)
    for dept, idx in by_dept.items():
        answers = match_texts(kb, [pairs[i][0] for i in idx], top=3, fast=fast, department=dept or None)
        for i, a in zip(idx, answers, strict=True):
            out[i] = a
    return out


def report_files(
    paths: Sequence[Path],
    kb: KnowledgeBase,
    overrides: Path | None = None,
    records_out: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """The market aggregates of the ads of ``paths`` together (``analyse``); ``records_out`` receives the
    per-ad records (for the enriched per-ad file)."""
    from jalur.market.ads import read_ads

    return analyse([(p.name, list(read_ads(p))) for p in paths], kb, overrides, records_out)


def analyse(
    files: Sequence[tuple[str, Sequence[Any]]],
    kb: KnowledgeBase,
    overrides: Path | None = None,
    records_out: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """The market aggregates (``jalur.market.aggregate.summarise``) of the ads of ``files`` ((name, ads))
    together — the same for the command line and the service: exact repeats removed, then the same
    opening folded into one ad (near duplicates, one text for several cities, one ad on two boards:
    ``jalur.market.dedupe``), each occupation's exposure beside its AI demand, occupation titles and role
    names beside the codes; ``input`` names the files and counts what was folded; ``review_queue`` the
    titles the coder would not place; ``overrides``: a filled-in review queue (or any title/code file)
    whose codes place those titles."""
    import dataclasses

    from jalur.market.ads import classify, dedupe_exact
    from jalur.market.aggregate import exposure_lookup, summarise
    from jalur.market.dedupe import dedupe
    from jalur.pathways.roles import load_roles

    # an ad without its board is from the file's: "jobstreet.csv" → jobstreet
    ads = [
        a if a.source else dataclasses.replace(a, source=Path(name).stem) for name, got in files for a in got
    ]
    unique, repeats = dedupe_exact(ads)  # across the files too: one ad on two boards scraped alike
    openings, locations, folded = dedupe(unique)
    records = classify(openings, load_roles(), lambda pairs: code_titles(kb, pairs))
    placed_by_review = review_overrides(records, kb, overrides) if overrides is not None else None
    if records_out is not None:
        records_out.extend(records)
    out = with_names(summarise(records, exposure_lookup(kb)), kb)
    out["input"] = {
        "files": [{"file": name, "ads": len(got)} for name, got in files],
        "ads_read": len(ads),
        "exact_repeats_removed": repeats,
        "duplicates_folded": folded,
        "vacancy_locations": sum(locations),
    }
    out["review_queue"] = review_queue(records, kb)
    if placed_by_review is not None:
        out["input"]["placed_by_review"] = placed_by_review
    return out


def with_names(result: dict[str, Any], kb: KnowledgeBase) -> dict[str, Any]:
    """The market aggregates with the names a reader needs beside the codes: each occupation's ISCO title
    (``title_en``, ``title_id``) and each AI-era role's name (``name_en``, ``name_id``). Added in place."""
    from jalur.pathways.roles import load_roles

    for o in result.get("by_occupation", []):
        g = kb.repo.group(str(o["isco"]))
        if g is not None:
            o["title_en"], o["title_id"] = g.title_en, g.title_id or g.title_en
    roles = {r.id: r for r in load_roles()}
    for x in result.get("roles", []):
        r = roles.get(str(x["role"]))
        if r is not None:
            x["name_en"], x["name_id"] = r.name_en, r.name_id
    return result


def review_queue(records: Sequence[dict[str, Any]], kb: KnowledgeBase) -> list[dict[str, Any]]:
    """The titles of ``records`` the coder would not place, with their candidates named
    (``jalur.market.review``)."""
    from jalur.market.review import title_queue

    def names(code: str) -> tuple[str | None, str]:
        g = kb.repo.group(code)
        return (g.title_id, g.title_en) if g is not None else (None, code)

    return title_queue(records, names)


def review_overrides(records: Sequence[dict[str, Any]], kb: KnowledgeBase, path: Path) -> dict[str, int]:
    """Apply a filled-in review queue to ``records`` in place: each title's code resolved in the knowledge
    base (a code it does not hold is counted, not applied). ``{ads, titles, unknown_codes}``."""
    from jalur.errors import UnknownOccupation
    from jalur.market.review import apply_overrides
    from jalur.taxonomy.resolve import resolve
    from jalur.workforce.mapping import read_overrides

    codes: dict[str, str] = {}
    unknown = 0
    for key, code in read_overrides(path).items():
        try:
            codes[key] = resolve(kb, code, candidates=False).isco
        except UnknownOccupation:
            unknown += 1
    return {"ads": apply_overrides(records, codes), "titles": len(codes), "unknown_codes": unknown}


#: months with fewer ads than this are not drawn as a point of a trend
TREND_MIN_ADS = 30
#: a month whose mix of sources differs from the month before by more than this (total variation
#: distance, 0–1) starts a new series: a trend line is not drawn across it
SOURCE_BREAK = 0.25


def ingest_files(
    paths: Sequence[Path], store: Path, kb: KnowledgeBase, *, batch: int = 20_000, workers: int = 1
) -> dict[str, Any]:
    """One snapshot into the store (``jalur.store.ads``), streamed: the ads of ``paths`` read and
    classified ``batch`` at a time (memory stays flat for millions of ads) — in ``workers`` processes when
    there is more than one batch —, each distinct title coded once here, exact repeats counted once, the
    snapshot's day from the ads' ``scraped_at`` (latest, Jakarta), else today in Jakarta. Counts of what
    was read, new and seen again."""
    import datetime as dt
    import itertools

    from jalur.market.ads import place, read_ads, stored_rows
    from jalur.market.dates import JAKARTA, parse_scraped_at
    from jalur.store.ads import begin_snapshot, connect, count, end_snapshot, stage

    coded: dict[tuple[str, str], Any] = {}

    def occupations(pairs: Sequence[tuple[str, str]]) -> list[Any]:
        todo = list(dict.fromkeys(p for p in pairs if p not in coded))
        if todo:
            coded.update(zip(todo, code_titles(kb, todo), strict=True))
        return [coded[p] for p in pairs]

    today = dt.datetime.now(JAKARTA).date()
    latest: dt.datetime | None = None
    read = 0
    ads = (a for p in paths for a in read_ads(p))
    chunks = iter(lambda: list(itertools.islice(ads, batch)), [])
    con = connect(store)
    try:
        begin_snapshot(con)
        for chunk, recs in _classified(chunks, workers, batch):
            read += len(chunk)
            for a in chunk:
                s = parse_scraped_at(a.scraped_at) if a.scraped_at else None
                if s is not None and (latest is None or s > latest):
                    latest = s
            place(recs, occupations)
            stage(con, list(stored_rows(chunk, recs, today).values()))
        day = latest.date() if latest is not None else today
        counts = end_snapshot(con, day)
        total = count(con)
    finally:
        con.close()
    return {"day": day.isoformat(), "ads_read": read, "exact_repeats": read - counts["new"] - counts["seen_again"],
            "new": counts["new"], "seen_again": counts["seen_again"], "stored": total}  # fmt: skip


def _classified(
    chunks: Iterator[list[Any]], workers: int, batch: int
) -> Iterator[tuple[list[Any], list[Any]]]:
    """(chunk, its records without occupations) in order — in a pool of ``workers`` processes, at most
    two chunks each in flight (memory stays bounded), when there is more than one chunk; else here."""
    from itertools import chain

    from jalur.market.ads import classify_chunk

    first = next(chunks, None)
    if first is None:
        return
    rest = chunks if len(first) >= batch else iter(())
    second = next(rest, None)
    if workers <= 1 or second is None:
        for chunk in chain([first], [] if second is None else [second], rest):
            yield chunk, classify_chunk(chunk)
        return
    import multiprocessing
    from collections import deque
    from concurrent.futures import Future, ProcessPoolExecutor

    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        pending: deque[tuple[list[Any], Future[list[dict[str, Any]]]]] = deque()
        for chunk in chain([first, second], rest):
            pending.append((chunk, pool.submit(classify_chunk, chunk)))
            if len(pending) >= 2 * workers:
                done, fut = pending.popleft()
                yield done, fut.result()
        while pending:
            done, fut = pending.popleft()
            yield done, fut.result()


def report_store(store: Path, kb: KnowledgeBase, live_only: bool = False) -> dict[str, Any]:
    """The market aggregates of the stored ads (all, or the live stock), with the monthly counts and which
    months carry enough ads to be a point of a trend."""
    from jalur.market.aggregate import exposure_lookup, summarise, wilson
    from jalur.store.ads import by_month, connect, iter_records

    con = connect(store)
    try:
        out = summarise(iter_records(con, live_only=live_only), exposure_lookup(kb))  # streamed
        months = by_month(con)
    finally:
        con.close()
    out["input"] = {"store": store.name, "live_only": live_only, "ads": out["ads"]}
    from jalur.market.aggregate import source_mix_shift

    out["trend"] = []
    previous: dict[str, int] | None = None
    for m in months:
        shift = source_mix_shift(previous, m["sources"]) if previous is not None else None
        out["trend"].append({
            **m,
            "ai_related_share": round(m["ai_related"] / m["ads"], 4) if m["ads"] >= TREND_MIN_ADS else None,
            "ci95": wilson(m["ai_related"], m["ads"]) if m["ads"] >= TREND_MIN_ADS else None,
            "enough": m["ads"] >= TREND_MIN_ADS,
            "source_shift": shift,
            "break": shift is not None and shift > SOURCE_BREAK,
        })  # fmt: skip
        previous = m["sources"]
    return out


def write_synthetic(path: Path, n: int, *, months: int = 6, seed: int = 19) -> int:
    """Write ``n`` synthetic ads (``jalur.market.synthetic``) to a Parquet (in batches) or JSON Lines file."""
    import itertools
    import json

    from jalur.market.synthetic import ads

    rows = ads(n, months=months, seed=seed)
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        with path.open("w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        return n
    import pyarrow as pa
    import pyarrow.parquet as pq

    writer = None
    try:
        while batch := list(itertools.islice(rows, 100_000)):
            table = pa.Table.from_pylist(batch)
            writer = writer or pq.ParquetWriter(path, table.schema)
            writer.write_table(table)
    finally:
        if writer is not None:
            writer.close()
    return n


def _layoff_events(paths: Sequence[Path], store: Path | None) -> tuple[list[Any], int]:
    """(events, reports read) from files and/or a store, not yet grouped."""
    from jalur.market.layoffs import event_from_row, read_events

    events = [e for p in paths for e in read_events(p)]
    if store is not None:
        from jalur.store.layoffs import connect, reports

        con = connect(store)
        try:
            events += [event_from_row(r) for r in reports(con)]
        finally:
            con.close()
    return events, len(events)


def layoffs_report(
    paths: Sequence[Path],
    country: str = "Indonesia",
    *,
    store: Path | None = None,
    decisions: Path | None = None,
    official: Path | None = None,
) -> dict[str, Any]:
    """The layoff tracker (``jalur.market.layoffs``) of the events in ``paths`` and/or ``store`` together,
    graded by the reviewers' decisions recorded in the store and/or given in a review file
    (``decisions``: rows that fail the checks are listed, not applied), with the official monthly counts
    (``official``: Kemnaker's PHK figures) beside the country's events, never added to them."""
    from jalur.market.layoffs import (
        apply_decisions,
        group_events,
        official_beside,
        read_official,
        summarise_events,
    )

    events, read = _layoff_events(paths, store)
    grouped = group_events(events)
    chosen: list[Any] = []
    refused: list[dict[str, Any]] = []
    if store is not None:
        from jalur.market.layoffs import check_decision
        from jalur.store.layoffs import connect
        from jalur.store.layoffs import decisions as stored

        con = connect(store)
        try:
            chosen += [d for d in (check_decision(r) for r in stored(con)) if not isinstance(d, str)]
        finally:
            con.close()
    if decisions is not None:
        got, refused = read_decisions(decisions)
        chosen += got
    applied = apply_decisions(grouped, chosen)
    out = summarise_events(grouped, read, country)
    out["review"] = {"decisions_applied": applied, "refused": refused}
    out["input"] = {
        "files": [{"file": p.name} for p in paths],
        "store": store.name if store is not None else None,
    }
    if official is not None:
        out["official_beside_events"] = official_beside(grouped, read_official(official), country)
    return out


def read_decisions(path: Path) -> tuple[list[Any], list[dict[str, Any]]]:
    """The decisions of a filled-in review file, and the rows refused with why (``layoffs.refused.*``)."""
    from jalur.market.layoffs import REVIEW_COLUMNS, check_decision
    from jalur.tables.usertable import cell_text, header_and_rows

    header, rows = header_and_rows(path)
    if "event_id" not in header or "attribution" not in header:
        raise JalurError("error.layoffs_review_columns", path=path.name)
    ok, refused = [], []
    for row, cells in rows:
        values = {
            h: cell_text(cells[i]).strip()
            for i, h in enumerate(header)
            if h in REVIEW_COLUMNS and i < len(cells)
        }
        if not values.get("attribution"):
            continue  # not reviewed yet
        d = check_decision(values)
        if isinstance(d, str):
            refused.append({"row": row, "event_id": values.get("event_id", ""), "reason": d})
        else:
            ok.append(d)
    return ok, refused


def layoffs_ingest(paths: Sequence[Path], store: Path) -> dict[str, Any]:
    """Reports of ``paths`` added to the store (a report already there is not added twice)."""
    import datetime as dt

    from jalur.market.dates import JAKARTA
    from jalur.market.layoffs import read_events, report_row
    from jalur.store.layoffs import add_reports, connect, count_reports

    rows = [report_row(e) for p in paths for e in read_events(p)]
    con = connect(store)
    try:
        counts = add_reports(con, rows, dt.datetime.now(JAKARTA).date())
        total = count_reports(con)
    finally:
        con.close()
    return {"reports_read": len(rows), **counts, "stored": total}


def layoffs_review(
    paths: Sequence[Path], out: Path, country: str = "Indonesia", *, store: Path | None = None
) -> int:
    """Write the review file (CSV, UTF-8 with BOM for spreadsheets) of the events to grade; how many rows."""
    import csv
    import io

    from jalur.market.layoffs import REVIEW_COLUMNS, group_events, review_rows

    events, _ = _layoff_events(paths, store)
    rows = review_rows(group_events(events), country)
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(REVIEW_COLUMNS))
    w.writeheader()
    w.writerows(rows)
    out.write_text(buf.getvalue(), encoding="utf-8-sig")
    return len(rows)


def layoffs_record(store: Path, review_file: Path) -> dict[str, Any]:
    """Record the decisions of a filled-in review file in the store; counts and the refused rows."""
    import dataclasses
    import datetime as dt

    from jalur.market.dates import JAKARTA
    from jalur.store.layoffs import add_decisions, connect

    ok, refused = read_decisions(review_file)
    con = connect(store)
    try:
        n = add_decisions(
            con, [dataclasses.asdict(d) for d in ok], dt.datetime.now(JAKARTA).replace(tzinfo=None)
        )
    finally:
        con.close()
    return {"recorded": n, "refused": refused}


def write_market_report_files(
    result: dict[str, Any],
    out_dir: Path,
    formats: Sequence[str],
    lang: str,
    records: Sequence[dict[str, Any]] | None = None,
    kb: KnowledgeBase | None = None,
) -> list[Path]:
    """Write the market report's files (``jalur.reports.market.write_market_report``): with ``kb``, the
    occupations and roles named first where the aggregates carry bare codes (a store's report); the
    trend drawn only for months of ``TREND_MIN_ADS`` ads or more. The paths written."""
    from jalur.reports.market import write_market_report

    if kb is not None and any("title_en" not in o for o in result.get("by_occupation", [])):
        with_names(result, kb)
    return write_market_report(result, out_dir, formats, lang, records, trend_min=TREND_MIN_ADS)


def write_layoffs_report_files(
    result: dict[str, Any], out_dir: Path, formats: Sequence[str], lang: str
) -> list[Path]:
    """Write the layoff tracker's files (``jalur.reports.market.write_layoffs_report``); the paths written."""
    from jalur.reports.market import write_layoffs_report

    return write_layoffs_report(result, out_dir, formats, lang)
