"""Hostile roster files, generated here (small on disk, nothing committed): each is one of the attacks of
issue 13 — tiny spreadsheets that ask a parser for gigabytes or minutes, CSV that swallows rows, personal
data hidden inside cells. Used by the hostile-input tests and by ``benchmarks/hostile.py``.

Every generator returns ``(file name, bytes)``. Workbooks are written by hand (zipfile + XML strings) so
that they can say what no spreadsheet program would write.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterable

_CT = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    "{shared}</Types>"
)
_SHARED_CT = (
    '<Override PartName="/xl/sharedStrings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="xl/workbook.xml"/></Relationships>'
)
_WB = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Roster" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WB_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/>{shared}</Relationships>'
)
_WB_RELS_SHARED = (
    '<Relationship Id="rId2" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
    'Target="sharedStrings.xml"/>'
)
_SHEET_HEAD = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def cell(ref: str, value: str | float) -> str:
    if isinstance(value, str):
        return f'<c r="{ref}" t="inlineStr"><is><t>{_esc(value)}</t></is></c>'
    return f'<c r="{ref}"><v>{value}</v></c>'


def row(n: int, cells: Iterable[str]) -> str:
    return f'<row r="{n}">{"".join(cells)}</row>'


def workbook(
    sheet_rows: Iterable[str] | Callable[[zipfile.ZipFile], None],
    *,
    dimension: str | None = None,
    merges: Iterable[str] = (),
    shared: str | None = None,
    has_shared: bool = False,
    level: int = 9,
) -> bytes:
    """An .xlsx with one sheet "Roster". ``sheet_rows`` are ``<row>`` elements (or a function that writes
    ``xl/worksheets/sheet1.xml`` itself, for streamed bombs); ``shared`` the whole sharedStrings.xml
    (``has_shared``: the writer function adds it itself)."""
    has_shared = has_shared or shared is not None
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as zf:
        zf.writestr("[Content_Types].xml", _CT.format(shared=_SHARED_CT if has_shared else ""))
        zf.writestr("_rels/.rels", _RELS)
        zf.writestr("xl/workbook.xml", _WB)
        zf.writestr(
            "xl/_rels/workbook.xml.rels", _WB_RELS.format(shared=_WB_RELS_SHARED if has_shared else "")
        )
        if callable(sheet_rows):
            sheet_rows(zf)
        else:
            parts = [_SHEET_HEAD]
            if dimension:
                parts.append(f'<dimension ref="{dimension}"/>')
            parts.append("<sheetData>")
            parts.extend(sheet_rows)
            parts.append("</sheetData>")
            merge_list = list(merges)
            if merge_list:
                parts.append(f'<mergeCells count="{len(merge_list)}">')
                parts.extend(f'<mergeCell ref="{m}"/>' for m in merge_list)
                parts.append("</mergeCells>")
            parts.append("</worksheet>")
            zf.writestr("xl/worksheets/sheet1.xml", "".join(parts))
        if shared is not None:
            zf.writestr("xl/sharedStrings.xml", shared)
    return buf.getvalue()


def _header_rows() -> list[str]:
    return [
        row(1, [cell("A1", "Jabatan"), cell("B1", "Unit Kerja")]),
        row(2, [cell("A2", "Teller"), cell("B2", "Kas")]),
    ]


# ------------------------------------------------------------------------------------------ workbooks
def xlsx_far_corner() -> tuple[str, bytes]:
    """Cells at A1 and XFD1048576: a reader that allocates the used range asks for ~17 billion cells."""
    rows = [*_header_rows(), row(1048576, [cell("XFD1048576", "x")])]
    return "far-corner.xlsx", workbook(rows)


def xlsx_declared_range() -> tuple[str, bytes]:
    """Only two rows, but the sheet declares its used range as A1:XFD1048576."""
    return "declared-range.xlsx", workbook(_header_rows(), dimension="A1:XFD1048576")


def xlsx_wide_rows(n: int = 10_000) -> tuple[str, bytes]:
    """n rows, each with a cell in the last column (XFD)."""
    rows = [*_header_rows()]
    rows += [row(i, [cell(f"A{i}", "Teller"), cell(f"XFD{i}", 1)]) for i in range(3, n + 3)]
    return "wide-rows.xlsx", workbook(rows)


def xlsx_huge_shared_string(mib: int = 400) -> tuple[str, bytes]:
    """One shared string of ``mib`` MiB (compresses to about a thousandth of that)."""

    def write(zf: zipfile.ZipFile) -> None:
        body = [_SHEET_HEAD, "<sheetData>", *_header_rows()]
        body.append('<row r="3"><c r="A3" t="s"><v>0</v></c></row></sheetData></worksheet>')
        zf.writestr("xl/worksheets/sheet1.xml", "".join(body))
        with zf.open("xl/sharedStrings.xml", "w", force_zip64=True) as fh:
            fh.write(
                b'<?xml version="1.0" encoding="UTF-8"?><sst '
                b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" '
                b'uniqueCount="1"><si><t>'
            )
            chunk = b"A" * (1 << 20)
            for _ in range(mib):
                fh.write(chunk)
            fh.write(b"</t></si></sst>")

    return "huge-string.xlsx", workbook(write, has_shared=True, level=1)


def xlsx_whitespace_bomb(mib: int = 1024) -> tuple[str, bytes]:
    """A sheet whose XML is ``mib`` MiB of white space between two rows."""

    def write(zf: zipfile.ZipFile) -> None:
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh:
            fh.write((_SHEET_HEAD + "<sheetData>" + _header_rows()[0]).encode())
            chunk = b" " * (1 << 20)
            for _ in range(mib):
                fh.write(chunk)
            fh.write((_header_rows()[1] + "</sheetData></worksheet>").encode())

    return "whitespace.xlsx", workbook(write, level=1)


def xlsx_merged_ranges(n: int = 20) -> tuple[str, bytes]:
    """n merged ranges each covering A2:B1048576 (two columns down to the last row)."""
    rows = [*_header_rows(), row(3, [cell("A3", "Kasir"), cell("B3", "Toko")])]
    return "merged.xlsx", workbook(rows, merges=[f"A{2 + i % 2}:B1048576" for i in range(n)])


def xlsx_many_merges(n: int = 2_000) -> tuple[str, bytes]:
    return "many-merges.xlsx", xlsx_merged_ranges(n)[1]


def xlsx_billion_laughs() -> tuple[str, bytes]:
    """An entity-expansion bomb in the sheet XML."""
    ents = ['<!ENTITY a0 "laugh">'] + [
        f'<!ENTITY a{i} "{("&a" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
    ]
    head = f'<?xml version="1.0"?><!DOCTYPE worksheet [{"".join(ents)}]>'

    def write(zf: zipfile.ZipFile) -> None:
        body = head + _SHEET_HEAD.split("?>", 1)[1] + "<sheetData>" + _header_rows()[0]
        body += '<row r="2"><c r="A2" t="inlineStr"><is><t>&a9;</t></is></c></row></sheetData></worksheet>'
        zf.writestr("xl/worksheets/sheet1.xml", body)

    return "laughs.xlsx", workbook(write)


def xlsx_many_members(n: int = 5_000) -> tuple[str, bytes]:
    """A workbook zip with thousands of extra members."""
    base = workbook(_header_rows())
    buf = io.BytesIO(base)
    with zipfile.ZipFile(buf, "a") as zf:
        for i in range(n):
            zf.writestr(f"xl/media/junk{i}.bin", b"")
    return "members.xlsx", buf.getvalue()


def xlsx_not_a_zip() -> tuple[str, bytes]:
    return "fake.xlsx", b"Jabatan,Unit\nTeller,Kas\n"


# ------------------------------------------------------------------------------------------ CSV
def csv_blank_lines(mib: int = 15) -> tuple[str, bytes]:
    """A header buried after ``mib`` MiB of blank lines (a reader that re-reads the file per delimiter
    spends minutes)."""
    return "blank-lines.csv", b"\n" * (mib << 20) + b"Jabatan,Unit\nTeller,Kas\n"


def csv_only_blank_lines(mib: int = 15) -> tuple[str, bytes]:
    return "only-blank.csv", b"\r\n" * (mib << 19)


def csv_unclosed_quote(rows: int = 100) -> tuple[str, bytes]:
    """An unclosed quote on the first data row, then ``rows`` good rows: only the broken line may go."""
    lines = ["Jabatan,Unit Kerja", 'Teller,"Kas Besar']  # the quote never closes
    lines += [f"Kasir {i},Toko {i}" for i in range(rows)]
    return "unclosed-quote.csv", ("\n".join(lines) + "\n").encode()


def csv_stray_cr() -> tuple[str, bytes]:
    """CRLF line ends with one stray CR inside an unquoted cell."""
    text = "Jabatan,Unit Kerja\r\nTeller,Kas\rBesar\r\nKasir,Toko\r\n"
    return "stray-cr.csv", text.encode()


def csv_long_field(kib: int = 200) -> tuple[str, bytes]:
    """A quoted description longer than the csv module's default field limit (128 KiB)."""
    text = 'Jabatan,Unit Kerja,Deskripsi\nTeller,Kas,"' + ("uraian tugas " * (kib * 80)) + '"\nKasir,Toko,x\n'
    return "long-field.csv", text.encode()


def csv_marker_text() -> tuple[str, bytes]:
    """A title holding the private-use characters an older reader used as an internal marker."""
    return "marker.csv", "Jabatan,Unit\n\ue000jalur-line-too-long\ue000,Kas\nTeller,Kas\n".encode()


# ------------------------------------------------------------------------------------------ personal data
PERSONAL_VALUES = {
    "nik": ["3201234507890123", "3173055108920004"],
    "email": ["budi.santoso@bank-contoh.co.id", "x@y.co.id"],
    "phone": ["081234567890", "+62 812-3456-7891"],
    "name": ["Budi Santoso", "Siti Rahmawati"],
}


def csv_personal_in_cells() -> tuple[str, bytes]:
    """Personal data inside title, unit and location cells (not in columns of their own)."""
    rows = [
        "Jabatan,Unit Kerja,Lokasi",
        "Teller 3201234507890123,Kas,Jakarta",
        "Staf budi.santoso@bank-contoh.co.id,Operasional,Bandung",
        "Customer Service,Cabang 081234567890,Surabaya",
        "Budi Santoso,Kas,Medan",
        "Teller - Ibu Siti Rahmawati,Kas,Medan",
        "Kasir,Toko x@y.co.id,Kota +62 812-3456-7891",
        "Teller,Kas 3173055108920004,Jakarta",
        "Teller,Kas,Jakarta",
    ]
    return "pii-3201234507890123.csv", ("\n".join(rows) + "\n").encode()


ALL_HOSTILE: dict[str, Callable[[], tuple[str, bytes]]] = {
    "xlsx_far_corner": xlsx_far_corner,
    "xlsx_declared_range": xlsx_declared_range,
    "xlsx_wide_rows": xlsx_wide_rows,
    "xlsx_huge_shared_string": xlsx_huge_shared_string,
    "xlsx_whitespace_bomb": xlsx_whitespace_bomb,
    "xlsx_merged_ranges": xlsx_merged_ranges,
    "xlsx_many_merges": xlsx_many_merges,
    "xlsx_billion_laughs": xlsx_billion_laughs,
    "xlsx_many_members": xlsx_many_members,
    "xlsx_not_a_zip": xlsx_not_a_zip,
    "csv_blank_lines": csv_blank_lines,
    "csv_only_blank_lines": csv_only_blank_lines,
    "csv_unclosed_quote": csv_unclosed_quote,
    "csv_stray_cr": csv_stray_cr,
    "csv_long_field": csv_long_field,
    "csv_marker_text": csv_marker_text,
    "csv_personal_in_cells": csv_personal_in_cells,
}
