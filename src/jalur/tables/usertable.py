"""Tables that users bring (employment tables, course catalogues, wage tables): one reader for CSV —
encoding (UTF-8 with or without BOM, else Windows-1252, else Latin-1; a file whose lines mix UTF-8 and
Windows-1252 is decoded line by line, see ``MIXED_ENCODING``) and delimiter (tab, ``;`` or ``,``) detected —
and XLSX (first sheet, read in an isolated, limited process: ``jalur.tables.isolate``), yielding numbered rows
of cells. What the columns mean is each caller's business; every unreadable file is a ``JalurError``
naming it.
"""

from __future__ import annotations

import codecs
import csv
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jalur.errors import JalurError, unreadable

XLSX_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
#: the encoding label of a CSV whose lines mix UTF-8 and Windows-1252 (a file pasted together from two
#: exports): each line is decoded as UTF-8 when it is valid UTF-8, else as Windows-1252, else as Latin-1
MIXED_ENCODING = "utf-8+cp1252"
#: rows of one sheet read at most from a workbook
MAX_GRID_ROWS = 1_000_000


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
    first = next((line for line in text_lines(path, encoding) if line.strip()), "")
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
    whole file (read in chunks), else Latin-1 (which decodes anything). A file that is not UTF-8 as a whole
    but has lines that are UTF-8 with non-ASCII characters (with or without a BOM) is ``MIXED_ENCODING``:
    decoding it whole as Windows-1252 would garble those lines silently."""
    with path.open("rb") as fh:
        bom = fh.read(3) == codecs.BOM_UTF8
    if _decodes(path, "utf-8"):
        return "utf-8-sig" if bom else "utf-8"
    if bom or _has_utf8_line(path):
        return MIXED_ENCODING
    return "cp1252" if _decodes(path, "cp1252") else "latin-1"


def _decodes(path: Path, encoding: str) -> bool:
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        with path.open("rb") as fh:
            while chunk := fh.read(1 << 20):
                decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _has_utf8_line(path: Path) -> bool:
    """Whether some line holds non-ASCII bytes and is valid UTF-8."""
    with path.open("rb") as fh:
        for raw in fh:
            if not raw.isascii():
                try:
                    raw.decode("utf-8")
                except UnicodeDecodeError:
                    continue
                return True
    return False


def decode_line(raw: bytes, encoding: str) -> tuple[str, bool]:
    """One line of bytes as text, and whether it needed the fallback of ``MIXED_ENCODING`` (it was not
    valid UTF-8, and was read as Windows-1252, or Latin-1 for the bytes Windows-1252 leaves undefined).
    A UTF-8 byte-order mark is dropped."""
    if encoding == MIXED_ENCODING:
        try:
            return raw.decode("utf-8-sig"), False
        except UnicodeDecodeError:
            pass
        try:
            return raw.decode("cp1252"), True
        except UnicodeDecodeError:
            return raw.decode("latin-1"), True
    try:
        return raw.decode(encoding), False
    except UnicodeDecodeError:
        return raw.decode("latin-1"), False


def sniff_delimiter(header_line: str) -> str:
    """The most frequent of tab, ``;`` and ``,`` in the header line (ties in that order; ``,`` if none)."""
    counts = [(header_line.count(d), -i, d) for i, d in enumerate(("\t", ";", ","))]
    best = max(counts)
    return best[2] if best[0] else ","


def text_lines(path: Path, encoding: str) -> Iterator[str]:
    """The lines of a text file with their line ends, for ``csv.reader``: universal newlines, except for
    ``MIXED_ENCODING`` which is split on ``\\n`` and decoded line by line."""
    if encoding == MIXED_ENCODING:
        with path.open("rb") as raw:
            for line in raw:
                yield decode_line(line, encoding)[0]
    else:
        with path.open(encoding=encoding, newline="") as fh:
            yield from fh


def csv_grid(path: Path, encoding: str, delimiter: str) -> Iterator[tuple[int, list[object]]]:
    try:
        for i, cells in enumerate(csv.reader(text_lines(path, encoding), delimiter=delimiter), start=1):
            yield i, list(cells)
    except csv.Error as exc:
        raise unreadable(path, exc) from None


def xlsx_grid(path: Path) -> tuple[str, Iterator[tuple[int, list[object]]]]:
    """The first sheet of a workbook: its name and its rows. The workbook is checked and read in an
    isolated, limited process (``jalur.tables.isolate``): a user's spreadsheet can abort or exhaust the
    process that parses it. Dates and times come back as ISO 8601 text."""
    from jalur.tables import isolate

    data: dict[str, Any] = (
        isolated_grid(str(path))
        if isolate.in_child()
        else isolate.run("grid", {"path": str(path)}, name=path.name)
    )
    rows = [(int(n), list(cells)) for n, cells in data["rows"]]
    return str(data["sheet"]), iter(rows)


def isolated_grid(path: str, max_rows: int = MAX_GRID_ROWS) -> dict[str, Any]:
    """The task ``grid`` of ``jalur.tables.isolate``: the first sheet's rows as JSON types."""
    from python_calamine import CalamineWorkbook

    from jalur.tables.xlsx_check import check_workbook

    p = Path(path)
    if p.suffix.lower() in (".xlsx", ".xlsm"):
        check_workbook(p)
    try:
        wb = CalamineWorkbook.from_path(path)
        name = wb.sheet_names[0]
        sheet = wb.get_sheet_by_name(name)
        rows: list[list[object]] = []
        # calamine yields rows from the sheet's first row (leading empty rows included, so that the
        # numbers are the sheet's own) but columns from the first used one
        for i, cells in enumerate(sheet.iter_rows(), start=1):
            if i > max_rows:
                raise JalurError(
                    "error.table_too_many_rows", path=p.name, limit=f"{max_rows:,}".replace(",", ".")
                )
            rows.append([i, [_json_cell(c) for c in cells]])
    except JalurError:
        raise
    except Exception as exc:  # calamine raises several unrelated types for unreadable files
        raise JalurError("error.table_unreadable", path=p.name, detail=type(exc).__name__) from None
    return {"sheet": name, "rows": rows}


def _json_cell(cell: object) -> object:
    if cell is None or isinstance(cell, str | int | float | bool):
        return cell
    iso = getattr(cell, "isoformat", None)
    return iso() if callable(iso) else str(cell)


def is_empty(cell: object) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def cell_text(cell: object) -> str:
    """A cell as text: whole numbers without ``.0``, runs of white space as one space, None as ''."""
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return " ".join(str(cell).split())
