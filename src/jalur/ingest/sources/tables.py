"""Reading tabular source files (xlsx, xls, csv, tsv) into plain rows, with content checks.

Every reader names the columns it needs; a file without them, or with fewer rows than its floor, raises
:class:`~jalur.errors.BadSourceContent` naming the file, so a changed upstream format fails loudly.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from python_calamine import CalamineWorkbook

from jalur.errors import BadSourceContent

Row = dict[str, Any]


def _bad(path: Path, source: str, detail: str) -> BadSourceContent:
    return BadSourceContent("error.bad_content", path=path.name, source=source, detail=detail)


def read_sheet(
    path: Path,
    columns: Sequence[str],
    *,
    source: str,
    sheet: str | int = 0,
    min_rows: int = 1,
    max_header_row: int = 15,
) -> list[Row]:
    """Rows of one worksheet as dicts keyed by header cell (stripped).

    The header row is the first of the first ``max_header_row`` rows that holds every name in
    ``columns`` (several sources put title rows above the table). Fully empty rows are skipped.
    """
    try:
        wb = CalamineWorkbook.from_path(str(path))
        name = wb.sheet_names[sheet] if isinstance(sheet, int) else sheet
        grid = wb.get_sheet_by_name(name).to_python(skip_empty_area=False)
    except Exception as exc:  # calamine raises several unrelated types for unreadable files
        raise _bad(path, source, f"unreadable workbook ({type(exc).__name__}: {exc})") from exc
    want = set(columns)
    at = next(
        (i for i, row in enumerate(grid[:max_header_row]) if want <= {str(c).strip() for c in row}), None
    )
    if at is None:
        raise _bad(path, source, f"no header row with columns {sorted(want)}")
    header = [str(c).strip() for c in grid[at]]
    rows = []
    for raw in grid[at + 1 :]:
        if all(c == "" or c is None for c in raw):
            continue
        rows.append({h: v for h, v in zip(header, raw, strict=False) if h})
    if len(rows) < min_rows:
        raise _bad(path, source, f"{len(rows)} rows, expected at least {min_rows}")
    return rows


def read_delimited(
    path: Path,
    columns: Sequence[str],
    *,
    source: str,
    delimiter: str = ",",
    min_rows: int = 1,
) -> list[Row]:
    """Rows of a CSV/TSV file (UTF-8, optional BOM) as dicts of strings."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh, delimiter=delimiter)
            header = [h.strip() for h in (reader.fieldnames or [])]
            reader.fieldnames = header
            missing = set(columns) - set(header)
            if missing:
                raise _bad(path, source, f"missing columns {sorted(missing)}")
            rows = list(reader)
    except UnicodeDecodeError as exc:
        raise _bad(path, source, f"not UTF-8 text ({exc})") from exc
    if len(rows) < min_rows:
        raise _bad(path, source, f"{len(rows)} rows, expected at least {min_rows}")
    return rows


def read_r_frame(path: Path, source: str, columns: Iterable[str], min_rows: int) -> Any:
    """The one data frame of an R data file (``.rda``), checked to hold ``columns`` and at least ``min_rows``
    rows; a clear ``BadSourceContent`` for an unreadable file or any other shape."""
    import pyreadr  # imported here: only the build needs it

    try:
        frames = pyreadr.read_r(str(path))
    except Exception as exc:  # pyreadr raises its own and OS errors for unreadable files
        raise _bad(path, source, f"unreadable R data file ({type(exc).__name__}: {exc})") from exc
    require(len(frames) == 1, path, source, f"expected one data frame, found {list(frames)}")
    df = next(iter(frames.values()))
    missing = set(columns) - set(df.columns)
    require(not missing, path, source, f"missing columns {sorted(missing)}")
    require(len(df) >= min_rows, path, source, f"{len(df)} rows, expected at least {min_rows}")
    return df


def text(value: Any) -> str:
    """A cell as clean text ("" for empty); floats that are whole numbers lose their ".0"."""
    if value is None:
        return ""
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        if value.is_integer():
            return str(int(value))
    return " ".join(str(value).split())


def repaired(value: Any) -> str:
    """A cell as clean text with mis-decoded characters repaired: the ILO file carries UTF-8 that was read
    as Mac Roman somewhere upstream (an apostrophe became three characters); ``ftfy`` undoes such double
    encodings and leaves clean text as it is."""
    import ftfy

    return ftfy.fix_text(text(value))


def number(value: Any) -> float | None:
    """A cell as a float, or None when empty or not a number."""
    if value is None or value == "":
        return None
    try:
        out = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(out) else out


def code(value: Any, width: int = 0) -> str:
    """A classification code as text: whole floats lose ".0", digits are left-padded to ``width``."""
    s = text(value).strip()
    if width and s.isdigit():
        s = s.zfill(width)
    return s


def require(condition: bool, path: Path, source: str, detail: str) -> None:
    if not condition:
        raise _bad(path, source, detail)


def distinct(values: Iterable[str]) -> list[str]:
    """Unique values in first-seen order."""
    return list(dict.fromkeys(values))
