"""Tables that users bring (employment tables, course catalogues, wage tables): one reader for CSV —
encoding (UTF-8 with or without BOM, else Windows-1252, else Latin-1) and delimiter (tab, ``;`` or ``,``)
detected — and XLSX (first sheet), yielding numbered rows of cells. What the columns mean is each caller's
business; every unreadable file is a ``JalurError`` naming it.
"""

from __future__ import annotations

import codecs
import csv
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from jalur.errors import JalurError

XLSX_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")


@dataclass(frozen=True)
class Grid:
    format: str  # csv | xlsx
    encoding: str | None  # csv only
    delimiter: str | None  # csv only
    sheet: str | None  # xlsx only: the sheet read (the first)
    rows: Iterator[tuple[int, list[object]]]  # (row number in the file, cells)


def open_grid(path: Path) -> Grid:
    """Open a user's CSV or XLSX file and stream its rows (numbered from 1, blank rows included)."""
    if not path.is_file():
        raise JalurError("error.file_missing", path=str(path))
    if path.suffix.lower() in XLSX_SUFFIXES:
        sheet, rows = xlsx_grid(path)
        return Grid("xlsx", None, None, sheet, rows)
    encoding = detect_encoding(path)
    with path.open(encoding=encoding, newline="") as fh:
        first = next((line for line in fh if line.strip()), "")
    delimiter = sniff_delimiter(first)
    return Grid("csv", encoding, delimiter, None, csv_grid(path, encoding, delimiter))


def header_and_rows(path: Path) -> tuple[list[str], Iterator[tuple[int, list[object]]]]:
    """The first non-empty row as normalised headers (``normalise_header``), and the rows after it."""
    grid = open_grid(path).rows
    for _, cells in grid:
        if not all(is_empty(c) for c in cells):
            return [normalise_header("" if c is None else str(c)) for c in cells], grid
    return [], iter(())


def normalise_header(text: str) -> str:
    """``"Jenis Kelamin"`` → ``jenis_kelamin``; ``"Pekerja (orang)"`` → ``pekerja_orang``."""
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^0-9a-z]+", "_", ascii_.casefold()).strip("_")


def detect_encoding(path: Path) -> str:
    """``utf-8-sig`` with a byte-order mark, else the first of UTF-8 and Windows-1252 that decodes the
    whole file (read in chunks), else Latin-1 (which decodes anything)."""
    with path.open("rb") as fh:
        if fh.read(3) == codecs.BOM_UTF8:
            return "utf-8-sig"
    for enc in ("utf-8", "cp1252"):
        decoder = codecs.getincrementaldecoder(enc)()
        try:
            with path.open("rb") as fh:
                while chunk := fh.read(1 << 20):
                    decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            continue
        return enc
    return "latin-1"


def sniff_delimiter(header_line: str) -> str:
    """The most frequent of tab, ``;`` and ``,`` in the header line (ties in that order; ``,`` if none)."""
    counts = [(header_line.count(d), -i, d) for i, d in enumerate(("\t", ";", ","))]
    best = max(counts)
    return best[2] if best[0] else ","


def csv_grid(path: Path, encoding: str, delimiter: str) -> Iterator[tuple[int, list[object]]]:
    try:
        with path.open(encoding=encoding, newline="") as fh:
            for i, cells in enumerate(csv.reader(fh, delimiter=delimiter), start=1):
                yield i, list(cells)
    except csv.Error as exc:
        raise JalurError("error.table_unreadable", path=str(path), detail=str(exc)) from None


def xlsx_grid(path: Path) -> tuple[str, Iterator[tuple[int, list[object]]]]:
    from python_calamine import CalamineWorkbook

    try:
        wb = CalamineWorkbook.from_path(str(path))
        name = wb.sheet_names[0]
        sheet = wb.get_sheet_by_name(name)
        first = sheet.start[0] + 1 if sheet.start else 1
        rows = sheet.iter_rows()
    except Exception as exc:  # calamine raises several unrelated types for unreadable files
        raise JalurError(
            "error.table_unreadable", path=str(path), detail=f"{type(exc).__name__}: {exc}"
        ) from None

    def grid() -> Iterator[tuple[int, list[object]]]:
        for i, cells in enumerate(rows, start=first):
            yield i, list(cells)

    return name, grid()


def is_empty(cell: object) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def cell_text(cell: object) -> str:
    """A cell as text: whole numbers without ``.0``, runs of white space as one space, None as ''."""
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return " ".join(str(cell).split())
