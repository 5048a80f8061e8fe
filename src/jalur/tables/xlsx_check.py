"""A workbook's structure checked from its ZIP directory and XML before any spreadsheet library reads it.

Why: python-calamine allocates a sheet's whole used range as one dense grid and reads each XML part whole.
A 1.7 KB file with cells at A1 and XFD1048576 asks it for about 17 billion cells (512 GiB: the process
aborts, which no ``except`` can catch); 10,000 rows with one cell in column XFD ask for 5 GB; one shared
string of 400 MiB compresses to 400 KB. This module measures, in bounded memory and time:

* the ZIP: number of parts, and each part's real unpacked size (streamed and counted, never trusting the
  sizes the directory declares), in all and per part; the shared-strings part has its own, lower limit;
* each worksheet: the rows and columns its cells with a value span (from the cell references, or counted
  where a writer left them out), hence the area a dense reader would allocate, and its merged ranges.

Anything over ``WorkbookLimits`` is refused with a bilingual ``JalurError`` that names what is too big and
how to fix the file (never a cell value). Only OOXML workbooks (.xlsx, .xlsm) can be checked this way; .xls
and .ods are read only inside the isolated process (``jalur.tables.isolate``), whose memory and time limits
are the guard for them — and the second guard for everything.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from jalur.errors import JalurError

MAX_EXCEL_ROWS = 1_048_576
MAX_EXCEL_COLUMNS = 16_384
_CHUNK = 1 << 20
#: the start of a row, a cell or a merged range, with its attributes (namespace prefixes allowed)
_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(row|c|mergeCell)\b([^<>]*?)(/?)>")
_ATTR_R = re.compile(rb'\br\s*=\s*["\']\$?([A-Za-z]{0,3})\$?(\d*)["\']')
_ATTR_REF = re.compile(rb'\bref\s*=\s*["\']\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?["\']')


@dataclass(frozen=True)
class WorkbookLimits:
    """What a roster workbook may hold. A real staff list of 200,000 rows and 40 columns fits well inside."""

    max_parts: int = 2_000
    #: unpacked bytes of any one part, and of all parts together
    max_part_bytes: int = 128 * 1024 * 1024
    max_total_bytes: int = 256 * 1024 * 1024
    #: unpacked bytes of the shared-strings part (every text of the workbook, each once)
    max_shared_strings_bytes: int = 64 * 1024 * 1024
    #: rows × columns of the area a sheet's cells span (what a dense reader allocates)
    max_cells: int = 8_000_000
    max_columns: int = 1_024
    max_merges: int = 10_000


@dataclass(frozen=True)
class SheetShape:
    part: str
    first_row: int  # 1-based; 0 when the sheet has no cell with a value
    last_row: int
    first_column: int  # 1-based
    last_column: int
    cells: int  # cells with a value
    merges: int

    @property
    def rows(self) -> int:
        return self.last_row - self.first_row + 1 if self.cells else 0

    @property
    def columns(self) -> int:
        return self.last_column - self.first_column + 1 if self.cells else 0

    @property
    def area(self) -> int:
        return self.rows * self.columns


def column_number(letters: str) -> int:
    """``A`` → 1, ``XFD`` → 16384 (0 for an empty string)."""
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - 64
    return n


def column_letters(number: int) -> str:
    """1 → ``A``, 16384 → ``XFD``."""
    out = ""
    while number > 0:
        number, rem = divmod(number - 1, 26)
        out = chr(65 + rem) + out
    return out


def _human(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB" if n >= 1024 * 1024 else f"{n:,} bytes".replace(",", ".")


def _count(n: int) -> str:
    return f"{n:,}".replace(",", ".")


class _Budget:
    """Unpacked bytes left for the whole workbook."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.left = total


def _stream(
    zf: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int, budget: _Budget, path: Path
) -> Iterator[bytes]:
    """The unpacked bytes of one part in chunks, refusing the workbook as soon as the part passes ``cap``
    or the workbook passes its total."""
    seen = 0
    with zf.open(info) as fh:
        while chunk := fh.read(_CHUNK):
            seen += len(chunk)
            budget.left -= len(chunk)
            if seen > cap:
                raise JalurError(
                    "error.workbook_unpacked", path=path.name, part=info.filename, limit=_human(cap)
                )
            if budget.left < 0:
                raise JalurError(
                    "error.workbook_unpacked", path=path.name, part=info.filename, limit=_human(budget.total)
                )
            yield chunk


def _scan_sheet(chunks: Iterable[bytes], part: str, path: Path, limits: WorkbookLimits) -> SheetShape:
    first_row = first_col = 1 << 30
    last_row = last_col = 0
    cells = merges = 0
    row = 0
    col = 0
    tail = b""
    for chunk in chunks:
        data = tail + chunk
        # keep an unfinished tag for the next chunk (a tag is short; a long run without '<' is not kept)
        cut = data.rfind(b"<")
        if cut != -1 and data.find(b">", cut) == -1 and len(data) - cut < 4096:
            data, tail = data[:cut], data[cut:]
        else:
            tail = b""
        for m in _TAG.finditer(data):
            tag, attrs, closed = m.group(1), m.group(2), m.group(3)
            if tag == b"row":
                r = _ATTR_R.search(attrs)
                row = int(r.group(2)) if r and r.group(2) else row + 1
                col = 0
            elif tag == b"c":
                r = _ATTR_R.search(attrs)
                if r and r.group(1):
                    col = column_number(r.group(1).decode("ascii"))
                    if r.group(2):
                        row = int(r.group(2))
                else:
                    col += 1
                if closed:  # <c r="XFD1" s="3"/>: a styled cell without a value
                    continue
                if not 1 <= row <= MAX_EXCEL_ROWS or not 1 <= col <= MAX_EXCEL_COLUMNS:
                    raise JalurError("error.workbook_cell_ref", path=path.name, part=part)
                cells += 1
                first_row, last_row = min(first_row, row), max(last_row, row)
                first_col, last_col = min(first_col, col), max(last_col, col)
            else:
                merges += 1
                if merges > limits.max_merges:
                    raise JalurError(
                        "error.workbook_merges",
                        path=path.name,
                        found=f"> {_count(limits.max_merges)}",
                        limit=_count(limits.max_merges),
                    )
    if not cells:
        return SheetShape(part, 0, 0, 0, 0, 0, merges)
    return SheetShape(part, first_row, last_row, first_col, last_col, cells, merges)


def check_workbook(path: Path, limits: WorkbookLimits | None = None) -> list[SheetShape]:
    """The shape of each worksheet of an .xlsx/.xlsm file, or a ``JalurError`` saying what is over its
    limit. Not a ZIP file: ``error.roster_unreadable`` (the reader would refuse it too)."""
    limits = limits or WorkbookLimits()
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise JalurError("error.roster_unreadable", path=path.name, detail=type(exc).__name__) from None
    shapes: list[SheetShape] = []
    with zf:
        infos = zf.infolist()
        if len(infos) > limits.max_parts:
            raise JalurError(
                "error.workbook_parts",
                path=path.name,
                found=_count(len(infos)),
                limit=_count(limits.max_parts),
            )
        budget = _Budget(limits.max_total_bytes)
        try:
            for info in infos:
                name = info.filename
                if info.is_dir():
                    continue
                if name.casefold() == "xl/sharedstrings.xml":
                    cap = min(limits.max_part_bytes, limits.max_shared_strings_bytes)
                else:
                    cap = limits.max_part_bytes
                chunks = _stream(zf, info, cap, budget, path)
                if re.fullmatch(r"xl/worksheets/[^/]+\.xml", name, re.IGNORECASE):
                    shape = _scan_sheet(chunks, name, path, limits)
                    _check_shape(shape, path, limits)
                    shapes.append(shape)
                else:
                    for _ in chunks:
                        pass
        except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError) as exc:
            # a damaged or encrypted part, an unknown compression: the reader could not read it either
            raise JalurError("error.roster_unreadable", path=path.name, detail=type(exc).__name__) from None
    return shapes


def _check_shape(shape: SheetShape, path: Path, limits: WorkbookLimits) -> None:
    if not shape.cells:
        return
    first = f"{column_letters(shape.first_column)}{shape.first_row}"
    last = f"{column_letters(shape.last_column)}{shape.last_row}"
    if shape.columns > limits.max_columns or shape.area > limits.max_cells:
        raise JalurError(
            "error.workbook_range",
            path=path.name,
            first=first,
            last=last,
            cells=_count(shape.area),
            limit=_count(limits.max_cells),
            columns=_count(limits.max_columns),
        )
