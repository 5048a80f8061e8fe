"""Large files through the batch functions, on one machine or on Spark (issue 20; docs/scale.md).

``engine="local"``: DuckDB reads the file and hands out its distinct texts, the coder works each distinct
key once in this machine's processes (``jalur.batch.functions``), DuckDB joins the answers back in input order
and counts them. ``engine="spark"``: the same functions on a Spark cluster (``jalur.app.spark``). Both write
Parquet with the same columns and the same answers (``tests/test_batch_spark.py``).
"""

from __future__ import annotations

import os
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from jalur.errors import JalurError, unreadable

ENGINES = ("local", "spark")
#: the text column when none is named: the first of these the file has
TEXT_COLUMNS = ("text", "teks", "jawaban", "answer", "pekerjaan", "occupation", "title", "jabatan", "judul")


def check_engine(engine: str) -> str:
    e = engine.strip().casefold()
    if e not in ENGINES:
        raise JalurError("error.engine_unknown", given=engine, known=", ".join(ENGINES))
    if e == "spark":
        try:
            import pyspark  # noqa: F401
        except ImportError:
            raise JalurError("error.spark_missing") from None
    return e


def _check_input(src: Path) -> None:
    if not src.exists():
        raise JalurError("error.file_missing", path=str(src))


def text_column(names: Sequence[str], wanted: str | None) -> str:
    """The column to code: ``wanted`` when the file has it (case aside), else the first of
    ``TEXT_COLUMNS`` it has."""
    folded = {n.casefold(): n for n in names}
    for name in [wanted] if wanted else TEXT_COLUMNS:
        if name and name.casefold() in folded:
            return folded[name.casefold()]
    raise JalurError("error.batch_column", column=wanted or TEXT_COLUMNS[0], found=", ".join(names)[:200])


def code_file(
    src: Path,
    out: Path,
    *,
    kb: Path | None = None,
    text: str | None = None,
    context: Sequence[str] = (),
    by: Sequence[str] = (),
    lang: str = "auto",
    top: int = 5,
    fast: bool = False,
    engine: str = "local",
    master: str | None = None,
    workers: int | None = None,
    partitions: int | None = None,
) -> dict[str, Any]:
    """Code every text of a CSV or Parquet file (survey answers, titles) to ISCO-08 unit groups: ``out``
    the file's rows with the coder's columns (``jalur.batch.functions.CODE_FIELDS``), ``<out>.counts`` the
    rows by ``by`` × occupation. Figures: rows, distinct texts and keys, seconds."""
    engine = check_engine(engine)
    _check_input(src)
    started = time.perf_counter()
    from jalur.store import tables

    with tables.connect() as con:
        names = tables.columns(con, src)
        column = text_column(names, text)
        from jalur.batch.functions import context_columns

        missing = [c for c in (*context_columns(context), *by) if c not in names]
        if missing:
            raise JalurError("error.batch_column", column=missing[0], found=", ".join(names)[:200])
        if engine == "spark":
            from jalur.app import spark

            result = spark.code_file(src, out, kb=kb, text=column, context=context, by=by, lang=lang, top=top,
                                     fast=fast, master=master, partitions=partitions)  # fmt: skip
            return {**result, "engine": "spark", "seconds": round(time.perf_counter() - started, 1)}
        result = _code_local(con, src, out, kb, column, context, by, lang, top, fast, workers)
    return {**result, "engine": "local", "seconds": round(time.perf_counter() - started, 1)}


def _code_local(
    con: Any,
    src: Path,
    out: Path,
    kb: Path | None,
    text: str,
    context: Sequence[str],
    by: Sequence[str],
    lang: str,
    top: int,
    fast: bool,
    workers: int | None,
) -> dict[str, Any]:
    import pyarrow as pa

    from jalur.batch.functions import CODE_FIELDS, code_texts, context_columns, key_texts
    from jalur.store import tables

    cols = [text, *(c for c in context_columns(context) if c != text)]
    distinct = tables.distinct(con, src, cols)
    keyed = key_texts(distinct, text=text, context=context)
    first: dict[str, int] = {}
    for i, k in enumerate(keyed.column("key").to_pylist()):
        first.setdefault(k, i)
    reps = keyed.take(pa.array(sorted(first.values()), type=pa.int64()))
    n = workers or (len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)
    coded = code_texts(reps, kb=kb, text=text, context=context, lang=lang, top=top, fast=fast, workers=n)
    answers = coded.select(CODE_FIELDS.names)
    rows = tables.join_back(con, src, keyed, answers, cols, out)
    result: dict[str, Any] = {"rows": rows, "texts": distinct.num_rows, "keys": len(first), "out": str(out)}
    if by:
        counts_path = out.with_name(out.name + ".counts")
        result["groups"] = tables.counts(con, out, by, counts_path)
        result["counts"] = str(counts_path)
    return result


def classify_ads_file(
    src: Path,
    out: Path,
    *,
    kb: Path | None = None,
    engine: str = "local",
    master: str | None = None,
    workers: int | None = None,
    partitions: int | None = None,
) -> dict[str, Any]:
    """Classify every ad of a file (``jalur.batch.functions.classify_ads``) into Parquet ``out``."""
    engine = check_engine(engine)
    _check_input(src)
    started = time.perf_counter()
    if engine == "spark":
        from jalur.app import spark

        result = spark.classify_file(src, out, kb=kb, master=master, partitions=partitions)
        return {**result, "engine": "spark", "seconds": round(time.perf_counter() - started, 1)}
    import pyarrow.parquet as pq

    from jalur.batch.functions import classify_ads

    table = ads_table(src)
    done = classify_ads(table, kb=kb, workers=workers or 1)
    pq.write_table(done, out)
    return {"ads": done.num_rows, "out": str(out), "engine": "local",
            "seconds": round(time.perf_counter() - started, 1)}  # fmt: skip


def ads_table(src: Path) -> Any:
    """The ads of a file as an Arrow table: a Parquet or CSV file as it is (CSV cells as text, as the Spark
    engine reads them); other formats (XLSX, JSON Lines), and CSV files Arrow cannot read (not UTF-8, empty,
    a cell beyond its block), through the ads reader (which detects the encoding or names what is wrong),
    its fields as columns and ``row`` numbering them as the file does."""
    import dataclasses

    import pyarrow as pa

    suffix = src.suffix.lower()
    if suffix == ".parquet":
        import pyarrow.parquet as pq

        try:
            return pq.read_table(src)
        except (pa.ArrowException, OSError) as exc:
            raise unreadable(src, exc) from None
    if suffix == ".csv":
        from pyarrow import csv

        parse = csv.ParseOptions(newlines_in_values=True)
        try:
            with csv.open_csv(src, parse_options=parse) as reader:
                names = reader.schema.names
            text = csv.ConvertOptions(
                column_types=dict.fromkeys(names, pa.string()), strings_can_be_null=True
            )
            return csv.read_csv(src, parse_options=parse, convert_options=text)
        except (pa.ArrowException, OSError):
            pass  # not UTF-8, empty, a cell beyond Arrow's block: the ads reader below detects or says why

    from jalur.market.ads import Ad, read_ads

    ads = list(read_ads(src))
    names = [f.name for f in dataclasses.fields(Ad)]
    data: dict[str, list[Any]] = {n: [getattr(a, n) for a in ads] for n in names}
    types = {n: (pa.int64() if n == "row" else pa.string()) for n in names}
    return pa.table({n: pa.array(v, type=types[n]) for n, v in data.items()})


def place_roster(
    roster: Any,
    inputs: Any = None,
    *,
    kb: Path | None = None,
    engine: str = "spark",
    master: str | None = None,
    out: Path | None = None,
    partitions: int | None = None,
) -> Any:
    """The roster's distinct titles placed on ``engine`` (``jalur.batch.functions.place_roster``) as the
    ``Placements`` the employer report is built from; on Spark, with ``out``, the placements and the
    impact by unit and unit group (``impact_table``, summed with Spark SQL) are written there as Parquet
    (``placements.parquet``, ``impact_units.parquet``) beside the report."""
    from jalur.batch.functions import placements_of

    engine = check_engine(engine)
    confirmed = dict(getattr(inputs, "confirmed", None) or {})
    remembered = dict(getattr(inputs, "remembered", None) or {})
    from jalur.workforce.mapping import title_departments, title_key

    titles = sorted({r.title for r in roster.rows})
    # a title's unit, when all its rows' units name one job function: the coder's context
    found = title_departments((r.title, r.unit) for r in roster.rows)
    units = [found.get(title_key(t)) for t in titles]
    if engine == "local":
        import pyarrow as pa

        from jalur.app.lookups import open_kb
        from jalur.batch.functions import place_roster as place

        table = pa.table(
            {"title": pa.array(titles, type=pa.string()), "unit": pa.array(units, type=pa.string())}
        )
        with open_kb(kb) as base:
            placed_here = place(table, kb=base, overrides=confirmed, remembered=remembered, workers=None,
                                unit="unit")  # fmt: skip
            return placements_of(placed_here)
    from jalur.app import spark

    placed = spark.place_roster_rows(
        titles, kb=kb, overrides=confirmed, remembered=remembered, master=master, partitions=partitions,
        units=units,
    )  # fmt: skip
    if out is not None:
        spark.write_roster_tables(placed, roster, out, kb=kb, master=master, partitions=partitions)
    return placements_of(placed)
