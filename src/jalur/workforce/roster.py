"""Reading an employer's roster (CSV or XLSX) for ``jalur report``: which columns mean what, which rows are
used, which are refused and why, and which columns hold personal data.

A roster is either one row per employee (``layout = per_employee``) or one row per role with a headcount
(``per_role``: the layout whenever a headcount column is present). Columns are recognised by their header,
in Indonesian or English, after normalisation (case, accents, spaces, underscores and punctuation do not
matter; a unit word such as ``(Rp)`` or ``(orang)`` is ignored): ``HEADERS``. An explicit mapping (meaning →
header as written) wins over recognition; a mapped header that is not in the file is an error. The header
row is searched in the first ``HEADER_SEARCH_ROWS`` non-blank rows (a title line above it is common);
in a workbook, the first visible sheet whose header is recognised is read, unless a sheet is named.

Reading (I/O at the edges, parsing functions pure):

* CSV: UTF-8 with or without BOM, Windows-1252, Latin-1, and files whose lines mix UTF-8 and Windows-1252
  (``jalur.tables.usertable.MIXED_ENCODING``: each line decoded as UTF-8, else Windows-1252; rows that needed the
  fallback are flagged ``encoding_repaired``); delimiter tab, ``;`` or ``,``: the one under which the header
  is recognised (most columns recognised wins; ties in that order). Quoted cells may span lines; a record
  running over more than ``MAX_RECORD_LINES`` lines (a quote never closed) is rejected ``unreadable`` with
  its line range, so that the rest of the file is not silently swallowed into one cell. A physical line over
  ``MAX_LINE_BYTES`` is rejected ``row_too_long``. Ragged rows are read as they are: missing cells are
  empty, and non-empty cells beyond the header are flagged ``extra_cells`` (a salary such as ``5,500,000``
  unquoted in a comma-separated file shifts the cells).
* Refused before parsing, with a bilingual ``JalurError``: an empty file, a file over ``max_bytes``, binary
  content in a ``.csv`` (PNG, ZIP/XLSX, PDF, GZIP, UTF-16, or NUL bytes in the first 64 KiB: random bytes
  fail here in milliseconds), a workbook calamine cannot open, no title column (the message lists the
  headers found and the names accepted), a header without data rows, more than ``max_rows`` data rows
  (nothing is returned half-read).
* XLSX: calamine returns the cached value of a formula. Formula cells are found by reading the sheet's XML
  (``.xlsx``/``.xlsm`` only; not possible for ``.xls``/``.ods``) and rows using one are flagged
  ``formula_value``; a formula saved without a value (files written by libraries rather than by Excel)
  reads as empty, so its row is rejected (title, headcount) or its salary left out, with the reason in
  ``detail``. Merged cells: calamine holds the value in the top-left cell only; a vertical merge in the
  title, unit, location or description column is filled down from it and the rows flagged
  ``merged_cell_filled`` (merges come from the file itself, so nothing is invented; headcounts and salaries
  are never filled down: a merged headcount would count people twice).

Validation (every non-blank data row counted: ``rows_in == len(rows) + len(rejected)``):

* rejected: ``empty_title``, ``title_too_long`` (over ``MAX_TITLE`` characters), ``unreadable`` (a title
  holding control characters or a spreadsheet error such as ``#REF!``, a title that looks like personal
  data — an e-mail address, a phone number or a 16-digit NIK: it is not a job title and must not reach the
  review queue —, or an unclosed quote), ``total_row`` (a ``Total``/``Jumlah`` line: counting it would
  double the headcount), ``header_repeated`` (the header row again, e.g. sheets pasted together),
  ``headcount_not_a_number``, ``headcount_negative``, ``headcount_zero``, ``headcount_not_whole``,
  ``headcount_too_large`` (over ``MAX_HEADCOUNT`` in one row: an id in the wrong column, most likely),
  ``duplicate`` (per employee: the same employee id or NIK as an earlier row; per role: the same title,
  unit, location and headcount as an earlier row; ``detail`` names the first row), ``row_too_long``;
* flagged but accepted: ``salary_out_of_range`` (below ``SALARY_MIN`` or above ``SALARY_MAX`` a month),
  ``salary_not_a_number`` (in both cases the salary is left out: ``salary`` is None), ``duplicate_title_unit``
  (per role: the same title, unit and location as an earlier row with another headcount — two grades of
  one role, or a double entry), ``encoding_repaired``, ``formula_value``, ``formula_text_used`` (a title
  written as a ``HYPERLINK`` formula in text, as CSV exports do: its shown text is read), ``merged_cell_filled``,
  ``other_script`` (letters of a non-Latin script: the matcher reads Indonesian and English),
  ``extra_cells``.

Salaries are monthly rupiah and may be written ``Rp 5.500.000``, ``5,500,000``, ``5500000``,
``5.500.000,-``, ``5.5 jt``, ``5,5 juta``, ``5500 rb``.

Personal data: columns holding names, NIK, phone numbers, e-mail addresses, employee ids, birth dates or
addresses are recognised by header (``PERSONAL_HEADERS``) and by content (a sample of the first
``PII_SAMPLE_ROWS`` data rows: e-mail addresses, 16-digit NIK, Indonesian phone numbers), listed in
``input.personal_columns`` with their kind, and never read into the returned objects. The employee id or NIK
column of a per-employee roster is used only to find duplicates, as a keyed hash with a random key held in
memory for the duration of the call. No error message and no ``detail`` quotes a cell that could be
personal: values are quoted only when they are short and made of digits and punctuation. Parts of a
description that look like an e-mail address, a phone number or a NIK are replaced by ``[…]``. Names inside
free text cannot be recognised; a roster without a header row would show its first row as the "headers
found" of the error message.

Titles are kept as written (white space collapsed), including text that a spreadsheet would run as a
formula (``=cmd|' /C calc'!A0``, ``+1+1``, ``-2+3``, ``@SUM(1)``): neutralising them is the job of each
output layer (the XLSX writer never lets a cell start with ``=``, ``+``, ``-`` or ``@`` from user text).
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import math
import re
import secrets
import sys
import unicodedata
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, islice
from pathlib import Path
from typing import Any

from jalur.errors import JalurError
from jalur.tables.isolate import Limits
from jalur.tables.usertable import (
    XLSX_SUFFIXES,
    cell_text,
    decode_line,
    detect_encoding,
    is_empty,
    normalise_header,
    sniff_delimiter,
)
from jalur.tables.xlsx_check import check_workbook
from jalur.workforce.personal import redact as personal_redact
from jalur.workforce.personal import strip_personal, whole_value_kind

MAX_ROWS = 200_000
MAX_BYTES = 100 * 1024 * 1024
MAX_TITLE = 200
#: a headcount over this in one row is refused (a NIK or phone number in the wrong column, most likely)
MAX_HEADCOUNT = 1_000_000
#: a physical CSV line longer than this is rejected (``row_too_long``)
MAX_LINE_BYTES = 1024 * 1024
#: a CSV record spanning more lines than this is taken for an unclosed quote (``unreadable``)
MAX_RECORD_LINES = 20
HEADER_SEARCH_ROWS = 10
#: the header is looked for in the first this many physical lines of a CSV (blank ones included)
HEADER_SEARCH_LINES = 1_000
PII_SAMPLE_ROWS = 200
#: monthly salary in rupiah outside this range is flagged ``salary_out_of_range``
SALARY_MIN = 500_000
SALARY_MAX = 2_000_000_000
MAX_DESCRIPTION = 1_000
SNIFF_BYTES = 64 * 1024

MEANINGS = ("title", "unit", "headcount", "salary", "location", "description", "grade")
PERSONAL_KINDS = ("name", "nik", "phone", "email", "employee_id", "birth_date", "address", "npwp")
REJECT_REASONS = (
    "empty_title",
    "headcount_not_a_number",
    "headcount_negative",
    "headcount_zero",
    "headcount_not_whole",
    "headcount_too_large",
    "duplicate",
    "title_too_long",
    "row_too_long",
    "unreadable",
    "total_row",
    "header_repeated",
)
FLAGS = (
    "salary_out_of_range",
    "salary_not_a_number",
    "duplicate_title_unit",
    "encoding_repaired",
    "formula_value",
    "formula_text_used",
    "merged_cell_filled",
    "other_script",
    "extra_cells",
    "personal_data_removed",
)

# fmt: off
#: headers recognised for each meaning, normalised (``normalise_header``)
HEADERS: dict[str, frozenset[str]] = {
    "title": frozenset({
        "jabatan", "job_title", "title", "posisi", "position", "nama_jabatan", "nama_posisi", "jabatan_pekerjaan",
        "pekerjaan", "occupation", "job", "role", "peran", "job_role", "jabatan_saat_ini", "current_position",
        "designation", "job_name", "position_title", "jabatan_karyawan", "jabatan_pegawai", "judul_jabatan",
    }),
    "unit": frozenset({
        "unit_kerja", "department", "departemen", "divisi", "division", "bagian", "unit", "dept", "satuan_kerja",
        "satker", "business_unit", "direktorat", "directorate", "nama_unit", "unit_organisasi", "organisasi",
        "organisation", "organization", "seksi", "section", "team", "tim",
    }),
    "headcount": frozenset({
        "jumlah", "headcount", "head_count", "jumlah_pegawai", "count", "total", "jumlah_karyawan",
        "jumlah_orang", "jumlah_pekerja", "number_of_employees", "employees", "n", "jml", "jml_pegawai",
        "jml_karyawan", "total_pegawai", "total_karyawan", "total_headcount", "staff_count", "formasi",
    }),
    "salary": frozenset({
        "gaji", "salary", "upah", "gaji_pokok", "gaji_bulanan", "monthly_salary", "base_salary", "wage", "wages",
        "gaji_per_bulan", "penghasilan", "monthly_wage", "pay", "take_home_pay", "thp", "rata_rata_gaji",
        "average_salary", "gaji_rata_rata", "avg_salary", "mean_salary", "rerata_gaji", "gaji_rata2",
    }),
    "location": frozenset({
        "lokasi", "location", "kantor", "cabang", "kota", "branch", "office", "city", "site", "lokasi_kerja",
        "work_location", "wilayah", "region", "area", "kantor_cabang", "penempatan", "provinsi", "province",
    }),
    "description": frozenset({
        "deskripsi", "description", "uraian_tugas", "job_description", "deskripsi_pekerjaan",
        "deskripsi_jabatan", "uraian_jabatan", "tugas", "tugas_pokok", "duties", "tasks", "uraian_pekerjaan",
        "job_desc", "jobdesc", "tanggung_jawab", "responsibilities",
    }),
    # a grade, band or rank of the organisation's own ladder (roll-ups by grade, issue 18)
    "grade": frozenset({
        "golongan", "gol", "grade", "pangkat", "jenjang", "jenjang_jabatan", "level", "job_level", "job_grade",
        "band", "eselon", "kelas_jabatan", "grade_level", "golongan_ruang", "pangkat_golongan", "tingkat",
    }),
}

#: unit words ignored when a header is not recognised as such: ``Gaji (Rp)``, ``Jumlah (orang)``
UNIT_WORDS = frozenset({"rp", "idr", "orang", "org", "per", "bulan", "bln", "month", "monthly", "jiwa", "pax"})

#: headers of personal columns, normalised → kind
PERSONAL_HEADERS: dict[str, str] = {
    **dict.fromkeys((
        "nama", "nama_lengkap", "name", "full_name", "fullname", "nama_karyawan", "nama_pegawai", "nama_pekerja",
        "employee_name", "first_name", "last_name", "nama_depan", "nama_belakang", "staff_name", "nama_staf",
    ), "name"),
    **dict.fromkeys((
        "nik", "no_ktp", "nomor_ktp", "ktp", "nik_ktp", "no_nik", "national_id", "nomor_induk_kependudukan",
        "id_number", "nomor_identitas", "no_identitas",
    ), "nik"),
    **dict.fromkeys((
        "no_hp", "nomor_hp", "hp", "telepon", "telp", "no_telp", "no_telepon", "nomor_telepon", "phone",
        "phone_number", "mobile", "mobile_phone", "handphone", "whatsapp", "wa", "no_wa", "nomor_wa", "telephone",
        "kontak", "contact",
    ), "phone"),
    **dict.fromkeys(("email", "e_mail", "surel", "alamat_email", "email_address", "alamat_surel"), "email"),
    **dict.fromkeys((
        "nip", "employee_id", "id_karyawan", "id_pegawai", "nomor_induk_pegawai", "no_pegawai", "nomor_pegawai",
        "staff_id", "emp_id", "employee_number", "employee_no", "npp", "nrp", "nomor_induk_karyawan",
        "no_induk", "nomor_induk", "kode_karyawan", "kode_pegawai", "no_karyawan", "nomor_karyawan", "nik_karyawan",
        "personnel_number", "badge_number",
    ), "employee_id"),
    **dict.fromkeys((
        "tanggal_lahir", "tgl_lahir", "birth_date", "date_of_birth", "dob", "birthdate", "ttl",
        "tempat_tanggal_lahir", "tempat_tgl_lahir", "tempat_lahir", "place_of_birth", "birthday",
    ), "birth_date"),
    **dict.fromkeys((
        "alamat", "address", "alamat_rumah", "home_address", "alamat_ktp", "domisili", "alamat_domisili",
        "alamat_tinggal", "street_address",
    ), "address"),
}
_PERSONAL_TOKENS: dict[str, str] = {
    "email": "email", "surel": "email", "hp": "phone", "telepon": "phone", "telp": "phone", "phone": "phone",
    "handphone": "phone", "whatsapp": "phone", "ktp": "nik", "nik": "nik", "nip": "employee_id",
    "alamat": "address", "address": "address", "lahir": "birth_date", "birth": "birth_date",
}
_NAME_TOKENS = frozenset({"nama", "name"})
_NOT_A_PERSON = frozenset({
    "jabatan", "posisi", "position", "job", "title", "unit", "divisi", "division", "bagian", "departemen",
    "department", "kantor", "cabang", "branch", "lokasi", "location", "perusahaan", "company", "kota", "city",
    "produk", "product", "kursus", "course", "program", "proyek", "project",
})
_EMPLOYEE_TOKENS = frozenset({"karyawan", "pegawai", "employee", "staff", "staf", "pekerja", "personnel"})
_ID_TOKENS = frozenset({"id", "no", "nomor", "number", "induk", "kode", "code", "nip", "nik"})

#: keys accepted in a column mapping (normalised) → meaning
MAPPING_KEYS: dict[str, str] = {
    **{m: m for m in MEANINGS},
    "jabatan": "title", "job_title": "title", "unit_kerja": "unit", "jumlah": "headcount", "gaji": "salary",
    "lokasi": "location", "deskripsi": "description", "golongan": "grade",
}
# fmt: on

#: titles that are the total line of a table, not a role
_TOTAL_TITLES = frozenset(
    {"total", "jumlah", "grand_total", "subtotal", "sub_total", "jumlah_total", "total_keseluruhan", "sum"}
)
_EXCEL_ERRORS = frozenset(
    {"#ref!", "#n/a", "#value!", "#div/0!", "#name?", "#null!", "#num!", "#spill!", "#calc!"}
)
_SAFE_VALUE = re.compile(r"[\d\s.,+\-/()%]{1,20}")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ufffd\ue000-\uf8ff]")
_HEADCOUNT_UNITS = re.compile(r"\s*(?:orang|org|people|persons?|pax|staff|karyawan|pegawai|pekerja)\.?$")
_GROUPED_INT = re.compile(r"[+-]?\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*")
_DECIMAL = re.compile(r"[+-]?\d+(?:[.,]\d+)?")
_SALARY = re.compile(
    r"(?P<num>[+-]?\d[\d.,]*)\s*(?P<mult>jt|juta|million|mio|rb|ribu|k|miliar|milyar|billion|bn)?\.?"
)
_MULTIPLIERS = {
    "jt": 1e6, "juta": 1e6, "million": 1e6, "mio": 1e6, "rb": 1e3, "ribu": 1e3, "k": 1e3,
    "miliar": 1e9, "milyar": 1e9, "billion": 1e9, "bn": 1e9,
}  # fmt: skip
_MAGIC = (
    (b"\x89PNG", "PNG"),
    (b"PK\x03\x04", "ZIP/XLSX"),
    (b"%PDF", "PDF"),
    (b"\x1f\x8b", "GZIP"),
    (b"\xd0\xcf\x11\xe0", "OLE/XLS"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF8", "GIF"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)


# --- the returned objects ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RosterRow:
    row: int  # row number as a spreadsheet shows it (header row = 1 when it is the first row)
    title: str  # job title as written (white space collapsed)
    unit: str | None
    headcount: int  # 1 for one-row-per-employee rosters
    salary: float | None  # monthly, rupiah; None when absent or flagged
    location: str | None
    description: str | None
    flags: tuple[str, ...] = ()  # doubtful but accepted (``FLAGS``)
    grade: str | None = None  # the organisation's grade, band or rank, when the roster has that column


@dataclass(frozen=True, slots=True)
class RejectedRow:
    row: int
    reason: str  # one of ``REJECT_REASONS``
    detail: str  # short, English, never a personal value


@dataclass
class Roster:
    input: dict[str, Any]  # the ``input`` object of docs/report.md
    rows: list[RosterRow]
    rejected: list[RejectedRow]
    rows_in: int  # non-blank data rows read; always len(rows) + len(rejected)


# --- pure parsing --------------------------------------------------------------------------------------


def _strip_units(norm: str) -> str:
    return "_".join(t for t in norm.split("_") if t not in UNIT_WORDS)


def recognise(header: str) -> str | None:
    """The meaning of a header (``"Unit Kerja"`` → ``unit``, ``"Gaji (Rp)"`` → ``salary``), or None."""
    norm = normalise_header(header)
    for n in (norm, _strip_units(norm)):
        for meaning in MEANINGS:
            if n in HEADERS[meaning]:
                return meaning
    return None


def personal_kind(header: str) -> str | None:
    """The kind of personal data a header announces (``"No. HP"`` → ``phone``), or None."""
    norm = normalise_header(header)
    if norm in PERSONAL_HEADERS:
        return PERSONAL_HEADERS[norm]
    tokens = set(norm.split("_"))
    if tokens & _EMPLOYEE_TOKENS and tokens & _ID_TOKENS:
        return "employee_id"
    for token in norm.split("_"):
        if token in _PERSONAL_TOKENS:
            return _PERSONAL_TOKENS[token]
    if tokens & _NAME_TOKENS and not tokens & _NOT_A_PERSON:
        return "name"
    return None


#: kinds of ``jalur.workforce.personal`` as this module names them
#: (a 16-digit number failing the NIK's structure is still taken as one: an identity or card number)
_DETECTED_KIND = {
    "person_name": "name",
    "nik": "nik",
    "id_number": "nik",
    "npwp": "npwp",
    "phone": "phone",
    "email": "email",
}


def value_kind(text: str) -> str | None:
    """``email``, ``nik``, ``npwp``, ``phone`` or ``name`` when a whole value is one
    (``jalur.workforce.personal``), else None."""
    t = text.strip()
    if not t:
        return None
    kind = whole_value_kind(t)
    return _DETECTED_KIND.get(kind, kind) if kind else None


def content_kind(values: Iterable[str]) -> str | None:
    """The kind of personal data a column holds, judged on a sample of its non-empty values: the most
    common of ``value_kind`` when it covers at least half of them."""
    counts: dict[str, int] = {}
    n = 0
    for v in values:
        if not v.strip():
            continue
        n += 1
        kind = value_kind(v)
        if kind:
            counts[kind] = counts.get(kind, 0) + 1
    if not counts:
        return None
    kind, k = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
    return kind if 2 * k >= n else None


@lru_cache(maxsize=1 << 14)
def redact(text: str) -> str:
    """Free text with every personal value (``jalur.workforce.personal``: e-mail addresses, phone numbers,
    NIK and other 16-digit numbers, NPWP, people's names) replaced by ``[…]``."""
    return personal_redact(text)[0]


@lru_cache(maxsize=1 << 16)
def _strip(text: str) -> tuple[str, bool]:
    """A label without the personal values inside it, and whether any was removed."""
    stripped, kinds = strip_personal(text)
    return (" ".join(stripped.split()), True) if kinds else (text, False)


def scrub_label(text: str, marker: str = "") -> str:
    """A short label (title, unit, location, file name) without the personal values inside it: each is
    removed (``marker`` empty) or replaced by ``marker``; white space tidied."""
    if marker:
        return " ".join(personal_redact(text, marker)[0].split())
    return " ".join(strip_personal(text)[0].split())


def shown_file_name(name: str) -> str:
    """A file's name as outputs show it: the personal values in it (``bank-3201234507890123.csv``)
    replaced by ``[…]``, the extension kept."""
    stem, dot, suffix = name.rpartition(".")
    if dot and 0 < len(suffix) < 10 and stem:
        return personal_redact(stem.replace("_", " "))[0].replace(" ", "_") + "." + suffix
    return personal_redact(name)[0]


def safe_value(text: str) -> str:
    """A cell quoted in a ``detail``: only short values of digits and punctuation with at most eight
    digits (never a phone number, NIK or name), else its length."""
    if _SAFE_VALUE.fullmatch(text) and sum(c.isdigit() for c in text) <= 8:
        return f"'{text}'"
    return f"text of {len(text)} characters"


def parse_headcount(cell: object) -> tuple[int | None, str | None, str]:
    """``(headcount, None, "")`` or ``(None, reason, detail)``. Accepts numbers, ``12``, ``1.250``/``1,250``
    (thousands), ``12 orang``; rejects text, negative, zero and fractional counts."""
    if is_empty(cell):
        return None, "headcount_not_a_number", "empty"
    value: float
    if isinstance(cell, bool):
        return None, "headcount_not_a_number", "a true/false value"
    if isinstance(cell, int | float):
        value = float(cell)
    else:
        text = cell_text(cell)
        t = _HEADCOUNT_UNITS.sub("", text.casefold()).replace("\u00a0", "").replace(" ", "")
        if _GROUPED_INT.fullmatch(t):
            value = float(t.replace(".", "").replace(",", ""))
        elif _DECIMAL.fullmatch(t):
            value = float(t.replace(",", "."))
        else:
            return None, "headcount_not_a_number", safe_value(text)
    if not math.isfinite(value):
        return None, "headcount_not_a_number", "not a finite number"
    if value < 0:
        return None, "headcount_negative", safe_value(cell_text(cell))
    if value == 0:
        return None, "headcount_zero", "0"
    if not value.is_integer():
        return None, "headcount_not_whole", safe_value(cell_text(cell))
    if value > MAX_HEADCOUNT:
        return None, "headcount_too_large", f"over {MAX_HEADCOUNT:,} in one row"
    return int(value), None, ""


def _plain_number(s: str, grouping_first: bool) -> float | None:
    """``5.500.000`` / ``5,500,000`` / ``5.500.000,50`` / ``5.5`` → float. With one separator used once,
    three digits after it are read as thousands when ``grouping_first``, else as decimals."""
    sign = -1.0 if s.startswith("-") else 1.0
    s = s.lstrip("+-")
    if "." in s and "," in s:
        dec = "." if s.rfind(".") > s.rfind(",") else ","
        whole, _, frac = s.rpartition(dec)
        whole = whole.replace("," if dec == "." else ".", "")
        s = f"{whole}.{frac}"
    else:
        sep = "." if "." in s else "," if "," in s else ""
        if sep:
            parts = s.split(sep)
            if len(parts) > 2 or (grouping_first and len(parts[1]) == 3):
                if not all(len(p) == 3 for p in parts[1:]):
                    return None
                s = "".join(parts)
            else:
                s = ".".join(parts)
    try:
        return sign * float(s)
    except ValueError:
        return None


_SALARY_PREFIX = re.compile(r"^(?:rp\.?|idr)\s*")
_SALARY_SUFFIX = re.compile(r"\s*(?:,-|\.-|/\s*(?:bulan|bln|bl|month|mo)|per\s*(?:bulan|month))$")
_SPACED_THOUSANDS = re.compile(r"(?<=\d) (?=\d{3}\b)")


@lru_cache(maxsize=1 << 14)
def _salary_text(text: str) -> float | None:
    t = _SALARY_PREFIX.sub("", text.casefold().replace("\u00a0", " "))
    t = _SPACED_THOUSANDS.sub("", _SALARY_SUFFIX.sub("", t).strip())  # 5 500 000
    m = _SALARY.fullmatch(t)
    if not m:
        return None
    mult = _MULTIPLIERS.get(m["mult"] or "", 1.0)
    value = _plain_number(m["num"], grouping_first=mult == 1.0)
    return None if value is None else value * mult


def parse_salary(cell: object) -> tuple[float | None, str | None]:
    """``(monthly rupiah, None)``, ``(None, None)`` for an empty cell, or ``(None, flag)``."""
    if is_empty(cell):
        return None, None
    value: float | None
    if isinstance(cell, bool):
        return None, "salary_not_a_number"
    if isinstance(cell, int | float):
        value = float(cell)
    else:
        value = _salary_text(cell_text(cell))
        if value is None:
            return None, "salary_not_a_number"
    if not math.isfinite(value):
        return None, "salary_not_a_number"
    if not SALARY_MIN <= value <= SALARY_MAX:
        return None, "salary_out_of_range"
    return value, None


@lru_cache(maxsize=1 << 16)
def is_other_script(text: str) -> bool:
    """Whether ``text`` holds letters of a script other than Latin (Chinese, Arabic, Cyrillic…)."""
    if text.isascii():
        return False
    return any(
        ord(c) >= 0x250 and c.isalpha() and not unicodedata.name(c, "").startswith("LATIN") for c in text
    )


@lru_cache(maxsize=1 << 16)
def title_problem(title: str, header_title: str = "") -> tuple[str, str] | None:
    """Why a title (white space collapsed) cannot be used, as ``(reason, detail)``, or None."""
    if not title:
        return "empty_title", "no job title"
    if len(title) > MAX_TITLE:
        return "title_too_long", f"{len(title)} characters, at most {MAX_TITLE}"
    if _CONTROL.search(title):
        return "unreadable", "control characters or undecodable bytes"
    low = title.casefold()
    if low in _EXCEL_ERRORS:
        return "unreadable", f"spreadsheet error value {title}"
    kind = value_kind(title)
    if kind:
        return "unreadable", f"the title looks like personal data ({kind}); not read"
    norm = normalise_header(title)
    if norm in _TOTAL_TITLES:
        return "total_row", "a total line, not a role"
    if header_title and norm == normalise_header(header_title):
        return "header_repeated", "the header row again"
    return None


def column_letter(index: int) -> str:
    """0 → ``A``, 26 → ``AA``."""
    out = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        out = chr(65 + rem) + out
    return out


def _cell_ref(ref: str) -> tuple[int, int] | None:
    """``"AB12"`` → ``(11, 27)`` (0-based row, column)."""
    m = re.fullmatch(r"\$?([A-Z]{1,3})\$?(\d+)", ref)
    if not m:
        return None
    col = 0
    for ch in m[1]:
        col = col * 26 + ord(ch) - 64
    return int(m[2]) - 1, col - 1


def canonical_mapping(columns: Mapping[str, Any]) -> dict[str, str]:
    """A column mapping with its keys as meanings (``jabatan`` → ``title``); unknown keys and empty
    headers are errors."""
    out: dict[str, str] = {}
    for key, header in columns.items():
        meaning = MAPPING_KEYS.get(normalise_header(str(key)))
        if meaning is None:
            raise JalurError("error.roster_mapping_unknown", key=str(key), known=", ".join(MEANINGS))
        if not isinstance(header, str | int) or not str(header).strip():
            raise JalurError("error.roster_mapping_unknown", key=str(key), known=", ".join(MEANINGS))
        out[meaning] = str(header).strip()
    return out


# --- columns -------------------------------------------------------------------------------------------


@dataclass
class _Columns:
    header_row: int
    header: list[str]  # as written, white space collapsed
    used: dict[str, int]  # meaning → cell index
    personal: dict[int, str]  # cell index → kind (by header)
    ignored: list[int]


def _find(header: list[str], wanted: str) -> int | None:
    if wanted in header:
        return header.index(wanted)
    norm = [normalise_header(h) for h in header]
    w = normalise_header(wanted)
    return norm.index(w) if w and w in norm else None


def _columns(header: list[str], mapping: Mapping[str, str]) -> dict[str, int] | None:
    """Meaning → index for a candidate header row, or None when it has no title column."""
    used: dict[str, int] = {}
    for meaning, wanted in mapping.items():
        i = _find(header, wanted)
        if i is not None:
            used[meaning] = i
    if "title" in mapping and "title" not in used:
        return None
    taken = set(used.values())
    for i, h in enumerate(header):
        if i in taken or not h:
            continue
        known = recognise(h)
        if known and known not in used and known not in mapping:
            used[known] = i
            taken.add(i)
    return used if "title" in used else None


def _header_in(
    rows: Sequence[tuple[int, Sequence[object]]], mapping: Mapping[str, str]
) -> tuple[int, int] | None:
    """Position in ``rows`` of the header (the first row with a title column) and its number of
    recognised columns."""
    for pos, (_, cells) in enumerate(rows):
        found = _columns([cell_text(c) for c in cells], mapping)
        if found is not None:
            return pos, len(found)
    return None


def _settle_columns(row: int, cells: list[object], mapping: Mapping[str, str]) -> _Columns:
    header = [cell_text(c) for c in cells]
    shown = _shown_headers(header)
    for meaning, wanted in mapping.items():
        if _find(header, wanted) is None:
            raise JalurError("error.roster_column_missing", meaning=meaning, column=wanted, headers=shown)
    used = _columns(header, mapping) or {}
    personal: dict[int, str] = {}
    for meaning, i in used.items():
        if meaning in mapping and personal_kind(header[i]):
            raise JalurError("error.roster_mapping_personal", meaning=meaning, column=header[i])
    taken = set(used.values())
    ignored: list[int] = []
    for i, h in enumerate(header):
        if i in taken:
            continue
        kind = personal_kind(h) if h else None
        if kind:
            personal[i] = kind
        else:
            ignored.append(i)
    return _Columns(row, header, used, personal, ignored)


def _shown_headers(header: Iterable[str]) -> str:
    """Headers for an error message: at most 20, each cut at 40 characters, personal-looking values
    hidden."""
    out = []
    for h in header:
        if not h:
            continue
        out.append("…" if value_kind(h) else h if len(h) <= 40 else h[:39] + "…")
    if len(out) > 20:
        out = [*out[:20], f"(+{len(out) - 20})"]
    return ", ".join(out) or "—"


def _no_header(path: Path, shown: str, mapping: Mapping[str, str]) -> JalurError:
    if "title" in mapping:
        return JalurError(
            "error.roster_column_missing", meaning="title", column=mapping["title"], headers=shown
        )
    accepted = "jabatan, nama jabatan, posisi, job title, position, title, pekerjaan, occupation, role"
    return JalurError("error.roster_no_header", path=str(path), headers=shown, accepted=accepted)


# --- reading: records ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Rec:
    row: int
    cells: list[object]
    repaired: bool = False
    reject: tuple[str, str] | None = None
    formulas: frozenset[int] = frozenset()  # cell indexes holding a formula
    merged: frozenset[int] = frozenset()  # cell indexes inside a merged block, below its first row
    filled: frozenset[int] = frozenset()  # cell indexes filled down from a merged block


def _blank(cells: Sequence[object]) -> bool:
    return all(is_empty(c) for c in cells)


class _Runaway(Exception):
    """A quoted cell is still open after ``MAX_RECORD_LINES`` lines, or at the end of the file."""


class _LineTooLong(Exception):
    pass


#: one physical line: its number and (text, whether its encoding was repaired), or None when too long
_Line = tuple[int, tuple[str, bool] | None]


def _physical_lines(path: Path, encoding: str, limit: int | None = None) -> Iterator[_Line]:
    """The file's lines (at most ``limit``), numbered from 1, without their line ends; None for a line
    over ``MAX_LINE_BYTES`` (its bytes are skipped, never held). Lines end at LF or CRLF; a lone CR ends a
    line too when the file uses CR line ends (its first 64 KiB hold more lone CRs than LFs), and is read as
    a space otherwise (a stray CR pasted into a cell must not break the record or the file)."""
    with path.open("rb") as fh:
        head = fh.read(SNIFF_BYTES)
        fh.seek(0)
        lone_cr = head.count(b"\r") - head.count(b"\r\n")
        cr_lines = lone_cr > head.count(b"\n")
        n = 0
        while limit is None or n < limit:
            raw = fh.readline(MAX_LINE_BYTES + 1)
            if not raw:
                return
            if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
                while (more := fh.readline(1 << 20)) and not more.endswith(b"\n"):
                    pass
                n += 1
                yield n, None
                continue
            body = raw[:-2] if raw.endswith(b"\r\n") else raw[:-1] if raw.endswith(b"\n") else raw
            parts = body.split(b"\r") if cr_lines else [body.replace(b"\r", b" ")]
            for part in parts:
                n += 1
                yield n, decode_line(part, encoding)


def _unclosed(line: int) -> tuple[str, str]:
    return "unreadable", f"a quote opened on line {line} is not closed; that line is left out"


def _csv_records(lines: Iterator[_Line], delimiter: str) -> Iterator[_Rec]:
    """Records of CSV text as a spreadsheet numbers its rows (from 1, blank lines included), each parsed
    by ``csv`` with cells that may span lines. A quote still open after ``MAX_RECORD_LINES`` lines, or at
    the end of the file, rejects only the line that opened it (``unreadable``, naming the line); reading
    starts again on the next line, so an unclosed quote never swallows the rows after it. A line over
    ``MAX_LINE_BYTES`` is rejected alone (``row_too_long``)."""
    pending: deque[_Line] = deque()
    current: list[_Line] = []  # the lines of the record being read
    record = 0

    def feed() -> Iterator[str]:
        while True:
            if pending:
                line = pending.popleft()
            else:
                try:
                    line = next(lines)
                except StopIteration:
                    if current:
                        raise _Runaway from None
                    return
            current.append(line)
            if line[1] is None:
                raise _LineTooLong
            if len(current) > MAX_RECORD_LINES:
                raise _Runaway
            yield line[1][0] + "\n"

    while True:
        try:
            for cells in csv.reader(feed(), delimiter=delimiter):
                record += 1
                fixed = any(item[1] for _, item in current if item is not None)
                current.clear()
                yield _Rec(record, list[object](cells), fixed)
            return
        except _LineTooLong:
            record += 1
            if len(current) == 1:
                yield _Rec(
                    record,
                    [],
                    reject=("row_too_long", f"line {current[0][0]} is over {MAX_LINE_BYTES // 1024} KiB"),
                )
                current.clear()
                continue
            yield _Rec(record, [], reject=_unclosed(current[0][0]))
        except _Runaway:
            record += 1
            yield _Rec(record, [], reject=_unclosed(current[0][0]))
        # read again every line after the one that opened the quote
        pending.extendleft(reversed(current[1:]))
        current.clear()


def _sniff_binary(path: Path) -> str | None:
    with path.open("rb") as fh:
        head = fh.read(SNIFF_BYTES)
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if b"\x00" in head:
        return "binary"
    controls = sum(head.count(bytes([b])) for b in (*range(1, 9), 11, 14, *range(16, 27), *range(28, 32)))
    return "binary" if controls > len(head) // 100 else None


def _nonblank_head(records: Iterable[_Rec]) -> list[_Rec]:
    return list(islice((r for r in records if not r.reject and not _blank(r.cells)), HEADER_SEARCH_ROWS))


def _open_csv(path: Path, mapping: Mapping[str, str]) -> tuple[dict[str, Any], _Columns, Iterator[_Rec]]:
    kind = _sniff_binary(path)
    if kind:
        raise JalurError("error.roster_binary", path=str(path), kind=kind)
    encoding = detect_encoding(path)
    # a quoted cell may run over MAX_RECORD_LINES lines (the csv module's own limit is 128 KiB)
    csv.field_size_limit(max(csv.field_size_limit(), MAX_RECORD_LINES * (MAX_LINE_BYTES + 1)))
    # the header is looked for once, in the first lines only, under each delimiter
    head_lines = list(_physical_lines(path, encoding, HEADER_SEARCH_LINES))
    best: tuple[int, str, _Rec] | None = None
    for delimiter in ("\t", ";", ","):
        head = _nonblank_head(_csv_records(iter(head_lines), delimiter))
        found = _header_in([(r.row, r.cells) for r in head], mapping)
        if found and (best is None or found[1] > best[0]):
            best = (found[1], delimiter, head[found[0]])
    if best is None:
        first = next((item[0] for _, item in head_lines if item is not None and item[0].strip()), None)
        if first is None and all(item is not None for _, item in head_lines):
            raise JalurError(
                "error.roster_blank_head", path=str(path), lines=f"{len(head_lines):,}".replace(",", ".")
            )
        head = _nonblank_head(_csv_records(iter(head_lines), sniff_delimiter(first or "")))
        shown = _shown_headers(cell_text(c) for c in head[0].cells) if head else "—"
        raise _no_header(path, shown, mapping)
    _, delimiter, header = best
    cols = _settle_columns(header.row, header.cells, mapping)
    records = _csv_records(_physical_lines(path, encoding), delimiter)
    rows = (r for r in records if r.row > header.row)
    meta: dict[str, Any] = {
        "format": "csv",
        "encoding": encoding,
        "delimiter": delimiter,
        "sheet": None,
        "sheets_ignored": [],
    }
    return meta, cols, rows


# --- reading: workbooks --------------------------------------------------------------------------------


def xlsx_formula_cells(path: Path, sheet: str) -> set[tuple[int, int]] | None:
    """The cells (0-based row, column) of ``sheet`` that hold a formula, read from the workbook's XML
    (python-calamine gives cached values only); None when that cannot be seen (not an OOXML workbook, or
    an unexpected structure)."""
    import posixpath
    import zipfile
    from xml.etree import ElementTree as ET

    main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    rel_ns = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
    try:
        with zipfile.ZipFile(path) as zf:
            wb = ET.fromstring(zf.read("xl/workbook.xml"))
            rels = ET.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
            rid = next(
                (s.get(f"{rel_ns}id") for s in wb.iter(f"{main}sheet") if s.get("name") == sheet), None
            )
            target = next((r.get("Target") for r in rels if r.get("Id") == rid), None)
            if not target:
                return None
            member = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
            member = posixpath.normpath(member)
            with zf.open(member) as fh:  # a quick pass: most rosters hold no formula
                tail = b""
                seen = False
                while chunk := fh.read(1 << 20):
                    buf = tail + chunk
                    if b"<!ENTITY" in buf:
                        return None
                    if re.search(rb"<(?:\w+:)?f[\s>/]", buf):
                        seen = True
                        break
                    tail = buf[-16:]
            if not seen:
                return set()
            cells: set[tuple[int, int]] = set()
            with zf.open(member) as fh:
                for _, elem in ET.iterparse(fh, events=("end",)):
                    if elem.tag == f"{main}c":
                        if elem.find(f"{main}f") is not None and (ref := _cell_ref(elem.get("r", ""))):
                            cells.add(ref)
                        elem.clear()
                    elif elem.tag == f"{main}row":
                        elem.clear()
            return cells
    except (zipfile.BadZipFile, KeyError, ET.ParseError, OSError, ValueError):
        return None


def _xlsx_records(
    rows: Iterator[list[Any]],
    col_offset: int,
    merged: list[tuple[tuple[int, int], tuple[int, int]]],
    formulas: set[tuple[int, int]],
    fill: list[int],
    used: list[int],
) -> Iterator[_Rec]:
    """Rows of a calamine sheet as records: cells of the ``used`` columns inside a merged block noted, and
    filled down from the block's top-left cell in the ``fill`` columns; formula cells noted. Merged blocks
    are kept as row intervals per column (a block down to row 1,048,576 costs no more than a small one)."""
    # per used column: vertical blocks (first row, last row, top-left index), by first row
    blocks: dict[int, list[tuple[int, int, int]]] = {}
    for (r0, c0), (r1, c1) in set(merged):
        if r1 <= r0:
            continue
        for idx in used:
            if c0 <= idx + col_offset <= c1:
                blocks.setdefault(idx, []).append((r0, r1, c0 - col_offset))
    for spans in blocks.values():
        spans.sort()
    next_block = dict.fromkeys(blocks, 0)
    active: dict[int, tuple[int, int, int]] = {}  # column → the block covering the current row
    starts: dict[int, set[int]] = {}
    for spans in blocks.values():
        for r0, _, i0 in spans:
            starts.setdefault(r0, set()).add(i0)
    held: dict[tuple[int, int], object] = {}
    formula_rows: dict[int, set[int]] = {}
    for r, c in formulas:
        formula_rows.setdefault(r, set()).add(c - col_offset)
    for r, cells in enumerate(rows):  # calamine yields rows from the first row of the sheet
        cells = list(cells)
        for i0 in starts.get(r, ()):
            if i0 < len(cells):
                held[(r, i0)] = cells[i0]
        merged_here: set[int] = set()
        filled: set[int] = set()
        for idx, spans in blocks.items():
            j = next_block[idx]
            while j < len(spans) and spans[j][0] < r:  # blocks that started above this row
                if spans[j][1] >= r:
                    active[idx] = spans[j]
                j += 1
            next_block[idx] = j
            block = active.get(idx)
            if block is None or block[1] < r:
                active.pop(idx, None)
                continue
            merged_here.add(idx)
            if idx not in fill:
                continue
            value = held.get((block[0], block[2]))
            if idx < len(cells) and is_empty(cells[idx]) and not is_empty(value):
                cells[idx] = value
                filled.add(idx)
        yield _Rec(
            r + 1,
            cells,
            formulas=frozenset(formula_rows.get(r, ())),
            merged=frozenset(merged_here),
            filled=frozenset(filled),
        )


def _open_xlsx(
    path: Path, mapping: Mapping[str, str], sheet: str | None
) -> tuple[dict[str, Any], _Columns, Iterator[_Rec]]:
    from python_calamine import CalamineWorkbook, SheetTypeEnum, SheetVisibleEnum

    if path.suffix.lower() in (".xlsx", ".xlsm"):
        check_workbook(path)  # before calamine: it would allocate whatever the file asks for
    try:
        wb = CalamineWorkbook.from_path(str(path))
        metas = list(wb.sheets_metadata)
    except Exception as exc:  # calamine raises several unrelated types for unreadable files
        raise JalurError("error.roster_unreadable", path=str(path), detail=type(exc).__name__) from None
    names = [m.name for m in metas]
    if sheet is not None and sheet not in names:
        raise JalurError("error.roster_sheet_missing", path=str(path), sheet=sheet, sheets=", ".join(names))
    first_headers = "—"
    for meta in metas:
        if sheet is not None and meta.name != sheet:
            continue
        if sheet is None and (
            meta.typ != SheetTypeEnum.WorkSheet or meta.visible != SheetVisibleEnum.Visible
        ):
            continue
        try:
            ws = wb.get_sheet_by_name(meta.name)
            head = list(
                islice(
                    ((n, c) for n, c in enumerate(ws.iter_rows(), start=1) if not _blank(c)),
                    HEADER_SEARCH_ROWS,
                )
            )
        except Exception as exc:
            raise JalurError("error.roster_unreadable", path=str(path), detail=type(exc).__name__) from None
        if head and first_headers == "—":
            first_headers = _shown_headers(cell_text(c) for c in head[0][1])
        found = _header_in(head, mapping)
        if found is None:
            continue
        header_row, header_cells = head[found[0]]
        cols = _settle_columns(header_row, list(header_cells), mapping)
        col_offset = ws.start[1] if ws.start else 0
        fill = [cols.used[m] for m in ("title", "unit", "location", "description") if m in cols.used]
        merged = ws.merged_cell_ranges or []
        formulas = (
            xlsx_formula_cells(path, meta.name) if path.suffix.lower() in (".xlsx", ".xlsm") else None
        ) or set()
        records = _xlsx_records(ws.iter_rows(), col_offset, merged, formulas, fill, list(cols.used.values()))
        rows = (r for r in records if r.row > header_row)
        info = {
            "format": "xlsx",
            "encoding": None,
            "delimiter": None,
            "sheet": meta.name,
            "sheets_ignored": [n for n in names if n != meta.name],
        }
        return info, cols, rows
    raise _no_header(path, first_headers, mapping)


# --- validation ----------------------------------------------------------------------------------------


@dataclass
class _State:
    layout: str
    cols: _Columns
    id_index: int | None
    salt: bytes = field(default_factory=lambda: secrets.token_bytes(16))
    seen_ids: dict[bytes, int] = field(default_factory=dict)
    seen_rows: dict[tuple[str, str, str, str, int], int] = field(default_factory=dict)
    seen_roles: dict[tuple[str, str, str, str], int] = field(default_factory=dict)


def _cell(cells: list[object], i: int | None) -> object:
    return cells[i] if i is not None and i < len(cells) else None


def _text_or_none(cells: list[object], i: int | None) -> tuple[str | None, bool]:
    return _clean_label(cell_text(_cell(cells, i)))


@lru_cache(maxsize=1 << 16)
def _clean_label(text: str) -> tuple[str | None, bool]:
    """A unit or location without personal values inside it (None when nothing else is left), and whether
    any was removed."""
    if not text:
        return None, False
    if value_kind(text):
        return None, True
    label, removed = _strip(text)
    return (sys.intern(label) if label else None), removed


#: ``=HYPERLINK("https://…", "Teller")`` (either separator, any case, doubled quotes inside)
_HYPERLINK = re.compile(
    r'^=\s*HYPERLINK\s*\(\s*"(?:[^"]|"")*"\s*[,;]\s*"((?:[^"]|"")*)"\s*\)\s*$', re.IGNORECASE
)


def hyperlink_text(cell: str) -> str | None:
    """The text a spreadsheet shows for a ``HYPERLINK`` formula written out as text (its second argument),
    or None when ``cell`` is not one. Other formulas are kept as written (see the module docstring)."""
    m = _HYPERLINK.match(cell)
    return " ".join(m.group(1).replace('""', '"').split()) if m else None


def _key(text: str | None) -> str:
    return (text or "").casefold()


def validate(rec: _Rec, st: _State) -> RosterRow | RejectedRow:
    """One record → an accepted row (possibly flagged) or a rejected one."""
    if rec.reject:
        return RejectedRow(rec.row, *rec.reject)
    used = st.cols.used
    cells = rec.cells
    ti = used["title"]
    title = cell_text(_cell(cells, ti))
    shown = hyperlink_text(title)
    if shown is not None:
        # a link formula written as text (a CSV export): the title is what the spreadsheet would show
        title = shown
    title_pii = False
    if title and not title_problem(title, st.cols.header[ti]):
        title, title_pii = _strip(title)
        if title_pii and not title:
            return RejectedRow(rec.row, "unreadable", "the title holds only personal data; not read")
    problem = title_problem(title, st.cols.header[ti])
    if problem:
        reason, detail = problem
        if reason == "empty_title" and ti in rec.formulas:
            detail = "a formula saved without its value (open and save the file in a spreadsheet program)"
        return RejectedRow(rec.row, reason, detail)
    flags: list[str] = ["formula_text_used"] if shown is not None else []
    headcount = 1
    if st.layout == "per_role":
        hi = used["headcount"]
        count, why, detail = parse_headcount(_cell(cells, hi))
        if count is None:
            if hi in rec.formulas and is_empty(_cell(cells, hi)):
                detail = "a formula saved without its value (open and save the file in a spreadsheet program)"
            elif hi in rec.merged:
                detail = "inside a merged cell: give each row its own count"
            return RejectedRow(rec.row, why or "headcount_not_a_number", detail)
        headcount = count
    unit, unit_pii = _text_or_none(cells, used.get("unit"))
    location, location_pii = _text_or_none(cells, used.get("location"))
    grade, grade_pii = _text_or_none(cells, used.get("grade"))
    if unit_pii or location_pii or title_pii or grade_pii:
        flags.append("personal_data_removed")
    if st.layout == "per_employee":
        if st.id_index is not None:
            ident = "".join(cell_text(_cell(cells, st.id_index)).split()).casefold()
            if ident:
                digest = hashlib.blake2b(ident.encode(), key=st.salt, digest_size=16).digest()
                first = st.seen_ids.setdefault(digest, rec.row)
                if first != rec.row:
                    return RejectedRow(rec.row, "duplicate", f"same employee id as row {first}")
    else:
        role = (_key(title), _key(unit), _key(location), _key(grade))
        first = st.seen_rows.setdefault((*role, headcount), rec.row)
        if first != rec.row:
            return RejectedRow(
                rec.row, "duplicate", f"same title, unit, location and headcount as row {first}"
            )
        if st.seen_roles.setdefault(role, rec.row) != rec.row:
            flags.append("duplicate_title_unit")
    salary, flag = parse_salary(_cell(cells, used.get("salary")))
    if flag:
        flags.append(flag)
    description = None
    if "description" in used:
        text = cell_text(_cell(cells, used["description"]))
        if text:
            clean = redact(text)
            if clean != text and "personal_data_removed" not in flags:
                flags.append("personal_data_removed")
            description = clean if len(clean) <= MAX_DESCRIPTION else clean[: MAX_DESCRIPTION - 1] + "…"
    if rec.repaired:
        flags.append("encoding_repaired")
    if rec.formulas and any(i in rec.formulas for i in used.values()):
        flags.append("formula_value")
    if rec.filled:
        flags.append("merged_cell_filled")
    if is_other_script(title):
        flags.append("other_script")
    width = len(st.cols.header)
    if len(cells) > width and not _blank(cells[width:]):
        flags.append("extra_cells")
    return RosterRow(
        rec.row, sys.intern(title), unit, headcount, salary, location, description, tuple(flags), grade
    )


# --- the entry points ----------------------------------------------------------------------------------


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def _human_size(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB" if n >= 1024 * 1024 else f"{n} bytes"


def load_roster(
    path: Path,
    columns: Mapping[str, str] | None = None,
    *,
    max_rows: int = MAX_ROWS,
    max_bytes: int = MAX_BYTES,
    sheet: str | None = None,
    name: str | None = None,
    limits: Limits | None = None,
) -> Roster:
    """``read_roster`` in an isolated, limited process (``jalur.tables.isolate``): what every face uses for
    a file it did not write itself. ``name`` is the file name messages show (default: the path as given);
    ``input.file`` is that name too."""
    from jalur.tables import isolate

    shown = name or str(path)
    if isolate.in_child():
        roster = read_roster(path, columns, max_rows=max_rows, max_bytes=max_bytes, sheet=sheet)
    else:
        args = {
            "path": str(path),
            "columns": dict(columns or {}),
            "max_rows": max_rows,
            "max_bytes": max_bytes,
            "sheet": sheet,
        }
        try:
            data = isolate.run("roster", args, name=shown, limits=limits)
        except JalurError as exc:
            if exc.params.get("path") in (str(path), path.name):
                raise JalurError(exc.key, details=exc.details, **{**exc.params, "path": shown}) from None
            raise
        roster = roster_from_json(data)
    if name:
        roster.input["file"] = name
    return roster


def isolated_read(
    path: str, columns: dict[str, str], max_rows: int, max_bytes: int, sheet: str | None
) -> dict[str, Any]:
    """The task ``roster`` of ``jalur.tables.isolate``: ``read_roster`` as JSON (``roster_from_json``)."""
    roster = read_roster(Path(path), columns, max_rows=max_rows, max_bytes=max_bytes, sheet=sheet)
    return roster_to_json(roster)


def roster_to_json(roster: Roster) -> dict[str, Any]:
    """A roster as JSON types (rows as lists, in ``RosterRow`` field order)."""
    return {
        "input": roster.input,
        "rows_in": roster.rows_in,
        "rows": [
            [r.row, r.title, r.unit, r.headcount, r.salary, r.location, r.description, list(r.flags), r.grade]
            for r in roster.rows
        ],
        "rejected": [[r.row, r.reason, r.detail] for r in roster.rejected],
    }


def roster_from_json(data: Mapping[str, Any]) -> Roster:
    # a copy written before 0.2 has no grade (8 items a row)
    rows = [
        RosterRow(
            int(row),
            sys.intern(title),
            unit,
            int(headcount),
            salary,
            location,
            description,
            tuple(flags),
            rest[0] if rest else None,
        )
        for row, title, unit, headcount, salary, location, description, flags, *rest in data["rows"]
    ]
    rejected = [RejectedRow(int(r[0]), str(r[1]), str(r[2])) for r in data["rejected"]]
    return Roster(dict(data["input"]), rows, rejected, int(data["rows_in"]))


def read_roster(
    path: Path,
    columns: Mapping[str, str] | None = None,
    *,
    max_rows: int = MAX_ROWS,
    max_bytes: int = MAX_BYTES,
    sheet: str | None = None,
) -> Roster:
    """Read and validate a roster (module docstring). Errors the user can fix raise ``JalurError``."""
    if not path.is_file():
        raise JalurError("error.file_missing", path=str(path))
    size = path.stat().st_size
    if size == 0:
        raise JalurError("error.roster_empty", path=str(path))
    if size > max_bytes:
        raise JalurError(
            "error.roster_too_large", path=str(path), size=_human_size(size), limit=_human_size(max_bytes)
        )
    mapping = canonical_mapping(columns or {})
    try:
        return _read(path, size, mapping, max_rows, sheet)
    finally:  # the caches hold cell text, some of it possibly personal: never beyond the call
        for cached in (title_problem, redact, _clean_label, _strip, is_other_script, _salary_text):
            cached.cache_clear()


def _read(path: Path, size: int, mapping: Mapping[str, str], max_rows: int, sheet: str | None) -> Roster:
    if path.suffix.lower() in XLSX_SUFFIXES:
        meta, cols, records = _open_xlsx(path, mapping, sheet)
    else:
        meta, cols, records = _open_csv(path, mapping)
    data = (r for r in records if r.reject or not _blank(r.cells))
    sample = list(islice(data, PII_SAMPLE_ROWS))
    personal = dict(cols.personal)
    for i in cols.ignored:
        kind = content_kind(cell_text(_cell(r.cells, i)) for r in sample)
        if kind:
            personal[i] = kind
    layout = "per_role" if "headcount" in cols.used else "per_employee"
    id_index = None
    if layout == "per_employee":
        id_index = next((i for i, k in sorted(personal.items()) if k == "employee_id"), None)
        if id_index is None:
            id_index = next((i for i, k in sorted(personal.items()) if k == "nik"), None)
    state = _State(layout, cols, id_index)
    accepted: list[RosterRow] = []
    rejected: list[RejectedRow] = []
    rows_in = 0
    for rec in chain(sample, data):
        rows_in += 1
        if rows_in > max_rows:
            raise JalurError(
                "error.roster_too_many_rows", path=str(path), limit=f"{max_rows:,}".replace(",", ".")
            )
        out = validate(rec, state)
        if isinstance(out, RosterRow):
            accepted.append(out)
        else:
            rejected.append(out)
    if rows_in == 0:
        raise JalurError("error.roster_no_rows", path=str(path), row=cols.header_row)

    def label(i: int) -> str:
        return cols.header[i] if i < len(cols.header) and cols.header[i] else column_letter(i)

    info: dict[str, Any] = {
        "file": shown_file_name(path.name),
        "sha256": _sha256(path),
        "bytes": size,
        **meta,
        "layout": layout,
        "columns": {
            m: cols.header[i] for m, i in sorted(cols.used.items(), key=lambda kv: MEANINGS.index(kv[0]))
        },
        "ignored_columns": [cols.header[i] for i in cols.ignored if i not in personal and cols.header[i]],
        "personal_columns": [{"column": label(i), "kind": k} for i, k in sorted(personal.items())],
    }
    return Roster(info, accepted, rejected, rows_in)


def read_column_mapping(path: Path) -> dict[str, str]:
    """A column mapping (meaning → header as written) from a small YAML file (``title: Posisi``, keys in
    English or Indonesian, optionally under ``columns:``) or a two-column CSV (meaning, header; a header
    line is optional)."""
    if not path.is_file():
        raise JalurError("error.file_missing", path=str(path))
    if path.stat().st_size > 64 * 1024:
        raise JalurError("error.roster_mapping_file", path=str(path), detail="larger than 64 KiB")
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    data: object
    if path.suffix.lower() in (".csv", ".tsv", ".txt"):
        lines = [line for line in text.splitlines() if line.strip()]
        delimiter = sniff_delimiter(lines[0]) if lines else ","
        pairs = [r for r in csv.reader(lines, delimiter=delimiter) if r and any(c.strip() for c in r)]
        if pairs and normalise_header(pairs[0][0]) not in MAPPING_KEYS:
            pairs = pairs[1:]  # a header line
        if any(len(p) < 2 for p in pairs):
            raise JalurError(
                "error.roster_mapping_file", path=str(path), detail="two columns expected: meaning, header"
            )
        data = {p[0].strip(): p[1].strip() for p in pairs}
    else:
        from jalur.tables.safeyaml import safe_load

        data = safe_load(text, source=path.name)  # limits on size, depth, nodes; no aliases
        if isinstance(data, dict) and set(data) == {"columns"}:
            data = data["columns"]
    if not isinstance(data, dict) or not data:
        raise JalurError(
            "error.roster_mapping_file", path=str(path), detail="a mapping meaning: header expected"
        )
    return canonical_mapping({str(k): v for k, v in data.items()})
