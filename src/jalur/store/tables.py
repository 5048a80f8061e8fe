"""Large user tables on one machine with DuckDB (issue 20): the local engine of ``jalur.app.scale``.

A survey file of ten million answers is never held in Python: DuckDB reads it (CSV or Parquet), hands out its
distinct texts, and joins the coder's answers back onto every row in input order, writing Parquet; the
counts by group are a GROUP BY over that file. Memory is capped (``MEMORY_LIMIT``; DuckDB spills beyond it).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from jalur.errors import unreadable

#: DuckDB's memory at most for one job (it spills to disk beyond)
MEMORY_LIMIT = "1GB"


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _source(path: Path) -> str:
    p = str(path).replace("'", "''")
    if path.suffix.lower() == ".parquet" or path.is_dir():
        glob = f"{p}/*.parquet" if path.is_dir() else p
        return f"read_parquet('{glob}')"
    return f"read_csv('{p}', header = true, all_varchar = true)"


@contextmanager
def connect(threads: int | None = None) -> Iterator[Any]:
    """A DuckDB connection for one job; what it spills beyond ``MEMORY_LIMIT`` goes to a folder of its own
    in the system's temporary directory (``TMPDIR``), removed when the job ends — never into the folder
    the user runs the command from."""
    import tempfile

    import duckdb

    with tempfile.TemporaryDirectory(prefix="jalur-spill-") as spill:
        config: dict[str, Any] = {"memory_limit": MEMORY_LIMIT, "temp_directory": spill}
        if threads:
            config["threads"] = threads
        con = duckdb.connect(config=config)
        try:
            yield con
        finally:
            con.close()


@contextmanager
def _readable(path: Path) -> Iterator[None]:
    """DuckDB's complaint about a file (not UTF-8, not Parquet, ragged) as the user's error, naming the file."""
    import duckdb

    try:
        yield
    except duckdb.Error as exc:
        raise unreadable(path, exc) from None


def columns(con: Any, path: Path) -> list[str]:
    """The column names of a CSV or Parquet file (or a folder of Parquet parts)."""
    with _readable(path):
        return [str(r[0]) for r in con.sql(f"DESCRIBE SELECT * FROM {_source(path)}").fetchall()]


def distinct(con: Any, path: Path, names: Sequence[str]) -> Any:
    """The distinct combinations of ``names`` in the file, as a ``pyarrow.Table`` (text as text)."""
    cols = ", ".join(f"CAST({_quote(n)} AS VARCHAR) AS {_quote(n)}" for n in names)
    with _readable(path):
        return con.sql(f"SELECT DISTINCT {cols} FROM {_source(path)}").to_arrow_table()


def join_back(
    con: Any,
    path: Path,
    keyed: Any,
    coded: Any,
    on: Sequence[str],
    out: Path,
) -> int:
    """Write to ``out`` (Parquet) every row of the file at ``path`` in input order with the columns of
    ``coded`` (one row per ``key``, the key column left out) joined through ``keyed`` (``on`` -> key,
    null-safe: a missing text finds its key too). The rows written."""
    con.register("jalur_keyed", keyed)
    con.register("jalur_coded", coded)
    try:
        match = " AND ".join(f"CAST(s.{_quote(n)} AS VARCHAR) IS NOT DISTINCT FROM k.{_quote(n)}" for n in on)
        extra = ", ".join(f"c.{_quote(n)}" for n in coded.column_names if n != "key")
        target = str(out).replace("'", "''")
        with _readable(path):
            con.execute(
                f"COPY (SELECT s.* EXCLUDE (jalur_row), k.key, {extra} "
                f"FROM (SELECT *, row_number() OVER () AS jalur_row FROM {_source(path)}) s "
                f"LEFT JOIN jalur_keyed k ON {match} LEFT JOIN jalur_coded c ON k.key = c.key "
                f"ORDER BY s.jalur_row) TO '{target}' (FORMAT PARQUET)"
            ).fetchall()
        return _rows(con, target)
    finally:
        con.unregister("jalur_keyed")
        con.unregister("jalur_coded")


def counts(con: Any, coded_file: Path, by: Sequence[str], out: Path) -> int:
    """Rows of the coded file by ``by`` × occupation (``isco``; null: not placed), written to ``out``
    (Parquet), largest first. The groups written."""
    keys = ", ".join([*(_quote(b) for b in by), "isco"])
    src = str(coded_file).replace("'", "''")
    target = str(out).replace("'", "''")
    con.execute(
        f"COPY (SELECT {keys}, count(*) AS n FROM read_parquet('{src}') GROUP BY ALL "
        f"ORDER BY n DESC, {keys}) TO '{target}' (FORMAT PARQUET)"
    ).fetchall()
    return _rows(con, target)


def _rows(con: Any, parquet: str) -> int:
    rows = con.execute(f"SELECT count(*) FROM read_parquet('{parquet}')").fetchall()
    return int(rows[0][0]) if rows else 0
