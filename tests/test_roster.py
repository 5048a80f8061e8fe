"""Roster import and validation (jalur.workforce.roster): recognition of columns, encodings and delimiters,
workbooks, every rejected or doubtful row reported, personal data never kept, and the bad-input suite of
issue 6. No knowledge base needed."""

from __future__ import annotations

import os
import random
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest

from jalur.errors import JalurError
from jalur.tables.usertable import MIXED_ENCODING, open_grid
from jalur.workforce.roster import (
    Roster,
    canonical_mapping,
    parse_headcount,
    parse_salary,
    personal_kind,
    read_column_mapping,
    read_roster,
    recognise,
    redact,
    value_kind,
)


def write(tmp_path: Path, text: str, name: str = "roster.csv", encoding: str = "utf-8") -> Path:
    p = tmp_path / name
    p.write_bytes(text.encode(encoding))
    return p


def reconciled(r: Roster) -> Roster:
    assert r.rows_in == len(r.rows) + len(r.rejected)
    return r


def reasons(r: Roster) -> dict[int, str]:
    return {x.row: x.reason for x in r.rejected}


def flags(r: Roster) -> dict[int, tuple[str, ...]]:
    return {x.row: x.flags for x in r.rows if x.flags}


def error(path: Path, **kw: object) -> JalurError:
    with pytest.raises(JalurError) as exc:
        read_roster(path, **kw)  # type: ignore[arg-type]
    e = exc.value
    assert e.key.startswith(("error.roster_", "error.file_"))
    assert e.message("id") != e.message("en")  # both languages present
    return e


# --- recognition ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "meaning"),
    [
        ("Jabatan", "title"),
        ("JOB TITLE", "title"),
        ("job_title", "title"),
        ("Nama Jabatan", "title"),
        ("Posisi", "title"),
        ("Unit Kerja", "unit"),
        ("Départment", "unit"),
        ("Divisi", "unit"),
        ("Jumlah Pegawai", "headcount"),
        ("Jumlah (orang)", "headcount"),
        ("Headcount", "headcount"),
        ("Gaji (Rp)", "salary"),
        ("Gaji Pokok", "salary"),
        ("Upah", "salary"),
        ("Avg Monthly Salary (IDR)", "salary"),
        ("Lokasi", "location"),
        ("Kantor Cabang", "location"),
        ("Uraian Tugas", "description"),
        ("Keterangan lain", None),
    ],
)
def test_headers_recognised_by_meaning(header: str, meaning: str | None) -> None:
    assert recognise(header) == meaning


@pytest.mark.parametrize(
    ("header", "kind"),
    [
        ("Nama", "name"),
        ("Nama Lengkap", "name"),
        ("Full name", "name"),
        ("NIK", "nik"),
        ("No. KTP", "nik"),
        ("No HP", "phone"),
        ("Telepon", "phone"),
        ("E-mail", "email"),
        ("Surel", "email"),
        ("NIP", "employee_id"),
        ("ID Karyawan", "employee_id"),
        ("Employee ID", "employee_id"),
        ("Tanggal Lahir", "birth_date"),
        ("Alamat", "address"),
        ("Nama Atasan", "name"),
        ("Nama Jabatan", None),
        ("Nama Cabang", None),
        ("Jumlah Karyawan", None),
    ],
)
def test_personal_headers(header: str, kind: str | None) -> None:
    assert personal_kind(header) == kind


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        ("budi.santoso@bank.co.id", "email"),
        ("3201234567890123", "nik"),
        ("081234567890", "phone"),
        ("+62 812-3456-7890", "phone"),
        ("(021) 5551234", "phone"),
        ("Teller", None),
        ("1234", None),
    ],
)
def test_personal_values(value: str, kind: str | None) -> None:
    assert value_kind(value) == kind


@pytest.mark.parametrize(
    ("cell", "value", "flag"),
    [
        ("Rp 5.500.000", 5_500_000, None),
        ("Rp5.500.000,-", 5_500_000, None),
        ("5,500,000", 5_500_000, None),
        ("5500000", 5_500_000, None),
        ("5.5 jt", 5_500_000, None),
        ("5,5 juta", 5_500_000, None),
        ("IDR 12,750,000.00", 12_750_000, None),
        ("5.500.000,50", 5_500_000.5, None),
        ("7500 rb", 7_500_000, None),
        ("5 500 000", 5_500_000, None),
        (6_000_000.0, 6_000_000, None),
        ("", None, None),
        (None, None, None),
        ("100", None, "salary_out_of_range"),
        ("-5000000", None, "salary_out_of_range"),
        ("3 miliar", None, "salary_out_of_range"),
        ("rahasia", None, "salary_not_a_number"),
        ("5.50.000", None, "salary_not_a_number"),
        (True, None, "salary_not_a_number"),
    ],
)
def test_salaries(cell: object, value: float | None, flag: str | None) -> None:
    assert parse_salary(cell) == (value, flag)


@pytest.mark.parametrize(
    ("cell", "count", "reason"),
    [
        ("12", 12, None),
        (12.0, 12, None),
        ("1.250", 1250, None),
        ("1,250", 1250, None),
        ("12 orang", 12, None),
        ("", None, "headcount_not_a_number"),
        ("dua belas", None, "headcount_not_a_number"),
        ("-3", None, "headcount_negative"),
        ("0", None, "headcount_zero"),
        ("1.5", None, "headcount_not_whole"),
        ("2,5", None, "headcount_not_whole"),
        (float("nan"), None, "headcount_not_a_number"),
        ("3201234567890123", None, "headcount_too_large"),
    ],
)
def test_headcounts(cell: object, count: int | None, reason: str | None) -> None:
    got, why, _ = parse_headcount(cell)
    assert (got, why) == (count, reason)


def test_details_never_quote_personal_values() -> None:
    _, _, detail = parse_headcount("081234567890")
    assert "0812" not in detail
    _, _, detail = parse_headcount("Budi Santoso")
    assert "Budi" not in detail
    assert parse_headcount("1,5,5")[2] == "'1,5,5'"


def test_redact_free_text() -> None:
    text = "Hubungi budi@bank.co.id atau 0812-3456-7890, NIK 3201234567890123; melayani nasabah"
    out = redact(text)
    assert "budi" not in out and "0812" not in out and "3201" not in out
    assert out.endswith("melayani nasabah")


# --- CSV -----------------------------------------------------------------------------------------------

PER_EMPLOYEE = """\
Daftar Pegawai PT Bank Contoh 2025
Nama;NIK;Jabatan;Unit Kerja;Gaji (Rp);Email;Kontak;Catatan
Budi Santoso;3201234567890123;Teller;Cabang Bogor;Rp 5.500.000;budi@contoh.co.id;081234567890;x
Siti Aminah;3201234567890124;Customer Service;Cabang Bogor;5,5 juta;siti@contoh.co.id;+6281234567891;
Andi Wijaya;3201234567890123;Teller;Cabang Depok;5500000;andi@contoh.co.id;0812-3456-7892;

;;;Cabang Depok;;;;
Dewi Lestari;3201234567890125;Teller;Cabang Depok;rahasia;dewi@contoh.co.id;0811111111;
Rina;3201234567890126;dewi.l@contoh.co.id;Cabang Depok;;r@contoh.co.id;0811111112;
Joko;3201234567890127;Total;;;;;
"""


def test_per_employee_roster(tmp_path: Path) -> None:
    r = reconciled(read_roster(write(tmp_path, PER_EMPLOYEE, encoding="utf-8-sig")))
    assert r.input["layout"] == "per_employee"
    assert r.input["encoding"] == "utf-8-sig" and r.input["delimiter"] == ";" and r.input["format"] == "csv"
    assert r.input["columns"] == {"title": "Jabatan", "unit": "Unit Kerja", "salary": "Gaji (Rp)"}
    assert r.input["personal_columns"] == [
        {"column": "Nama", "kind": "name"},
        {"column": "NIK", "kind": "nik"},
        {"column": "Email", "kind": "email"},
        {"column": "Kontak", "kind": "phone"},
    ]
    assert r.input["ignored_columns"] == ["Catatan"]
    assert r.input["file"] == "roster.csv" and len(r.input["sha256"]) == 64
    # the header is on row 2 (a title line above it); blank row 6 is not counted
    assert [x.row for x in r.rows] == [3, 4, 8]
    assert r.rows[0].title == "Teller" and r.rows[0].headcount == 1 and r.rows[0].salary == 5_500_000
    assert reasons(r) == {5: "duplicate", 7: "empty_title", 9: "unreadable", 10: "total_row"}
    assert next(x.detail for x in r.rejected if x.row == 5) == "same employee id as row 3"
    assert flags(r) == {8: ("salary_not_a_number",)}
    assert r.rows_in == 7
    # no personal value anywhere in what is returned
    dump = repr(r)
    for secret in ("Budi", "Siti", "3201234567890123", "contoh.co.id", "0812", "Joko"):
        assert secret not in dump


def test_per_role_roster_and_row_reasons(tmp_path: Path) -> None:
    text = (
        "Job Title\tDepartment\tHeadcount\tSalary\tLocation\tDescription\n"
        "Teller\tRetail\t120\t5,500,000\tJakarta\tServes customers at the counter\n"
        "Teller\tRetail\t120\t5,500,000\tJakarta\tServes customers at the counter\n"  # duplicate
        "Teller\tRetail\t80\t5,500,000\tJakarta\t\n"  # same title+unit+location, other count
        "Teller\tRetail\t40\t\tBandung\t\n"  # another location: fine
        "Credit Analyst\tRisk\t-3\t\t\t\n"
        "Data Entry\tOps\t0\t\t\t\n"
        "Collector\tOps\t2.5\t\t\t\n"
        "Driver\tOps\tbanyak\t\t\t\n"
        "Driver\tOps\t\t\t\t\n"
        f"{'A' * 201}\tOps\t1\t\t\t\n"
        "\tOps\t3\t\t\t\n"
        "IT Support\tIT\t1.200\t100\t\tCall 0812-3456-7890 for access\n"
        "Job Title\tDepartment\tHeadcount\tSalary\tLocation\tDescription\n"
    )
    r = reconciled(read_roster(write(tmp_path, text)))
    assert r.input["layout"] == "per_role" and r.input["delimiter"] == "\t"
    assert r.input["encoding"] == "utf-8"
    assert reasons(r) == {
        3: "duplicate",
        6: "headcount_negative",
        7: "headcount_zero",
        8: "headcount_not_whole",
        9: "headcount_not_a_number",
        10: "headcount_not_a_number",
        11: "title_too_long",
        12: "empty_title",
        14: "header_repeated",
    }
    assert next(x.detail for x in r.rejected if x.row == 3).endswith("row 2")
    assert flags(r) == {4: ("duplicate_title_unit",), 13: ("salary_out_of_range", "personal_data_removed")}
    by_row = {x.row: x for x in r.rows}
    assert by_row[13].headcount == 1200 and by_row[13].salary is None
    assert by_row[13].description is not None and "0812" not in by_row[13].description
    assert by_row[2].location == "Jakarta" and by_row[2].unit == "Retail"
    assert sum(x.headcount for x in r.rows) == 120 + 80 + 40 + 1200


def test_explicit_mapping_wins(tmp_path: Path) -> None:
    text = "Posisi,Jabatan Lama,Bagian,Orang\nTeller,Kasir,Retail,3\nAnalis,Staf,Risk,2\n"
    p = write(tmp_path, text)
    r = read_roster(p, {"jabatan": "Jabatan Lama", "headcount": "orang"})
    assert r.input["columns"] == {"title": "Jabatan Lama", "unit": "Bagian", "headcount": "Orang"}
    assert [x.title for x in r.rows] == ["Kasir", "Staf"] and [x.headcount for x in r.rows] == [3, 2]
    assert "Posisi" in r.input["ignored_columns"]
    e = error(p, columns={"title": "Nama Posisi"})
    assert e.key == "error.roster_column_missing" and "Posisi, Jabatan Lama" in e.message("en")
    with pytest.raises(JalurError, match="warna"):
        canonical_mapping({"warna": "Posisi"})


def test_mapping_to_a_personal_column_is_refused(tmp_path: Path) -> None:
    p = write(tmp_path, "Nama,Jabatan\nBudi,Teller\n")
    assert error(p, columns={"title": "Nama"}).key == "error.roster_mapping_personal"


def test_column_mapping_files(tmp_path: Path) -> None:
    y = write(tmp_path, "columns:\n  jabatan: Posisi Saat Ini\n  headcount: Orang\n", "map.yaml")
    assert read_column_mapping(y) == {"title": "Posisi Saat Ini", "headcount": "Orang"}
    c = write(tmp_path, "meaning,header\ntitle,Posisi Saat Ini\ngaji,Upah Bulanan\n", "map.csv")
    assert read_column_mapping(c) == {"title": "Posisi Saat Ini", "salary": "Upah Bulanan"}
    bad = write(tmp_path, "title: [a\n", "bad.yaml")
    with pytest.raises(JalurError) as exc:
        read_column_mapping(bad)
    assert exc.value.key == "error.yaml_syntax" and "bad.yaml" in exc.value.message("en")
    deep = write(tmp_path, "title: " + "[" * 5000 + "]" * 5000 + "\n", "deep.yaml")
    with pytest.raises(JalurError) as exc:
        read_column_mapping(deep)
    assert exc.value.key == "error.yaml_too_deep"
    with pytest.raises(JalurError) as exc:
        read_column_mapping(write(tmp_path, "- a\n- b\n", "list.yaml"))
    assert exc.value.key == "error.roster_mapping_file"


@pytest.mark.parametrize(("encoding", "label"), [("cp1252", "cp1252"), ("latin-1", "latin-1")])
def test_single_byte_encodings(tmp_path: Path, encoding: str, label: str) -> None:
    title = "Gérant d’agence" if encoding == "cp1252" else "Gérant\x81"
    text = f"Jabatan,Jumlah\n{title},2\nKasir,3\n"
    r = reconciled(read_roster(write(tmp_path, text, encoding=encoding)))
    assert r.input["encoding"] == label
    assert r.rows[0].title.startswith("Gérant")
    assert not flags(r) or label == "latin-1"


def test_mixed_encodings_repaired_and_flagged(tmp_path: Path) -> None:
    p = tmp_path / "mixed.csv"
    p.write_bytes(
        b"Jabatan;Unit Kerja\n"
        + "Staf Pemasaran Café;Jakarta\n".encode()  # UTF-8
        + "Barista Café;Bandung\n".encode("cp1252")  # Windows-1252
        + "Chef Pâtisserie;Bali\n".encode()
    )
    r = reconciled(read_roster(p))
    assert r.input["encoding"] == MIXED_ENCODING
    assert [x.title for x in r.rows] == ["Staf Pemasaran Café", "Barista Café", "Chef Pâtisserie"]
    assert flags(r) == {3: ("encoding_repaired",)}
    # the shared reader decodes the same file line by line too (employment tables, catalogues)
    rows = [cells for _, cells in open_grid(p).rows]
    assert rows[2] == ["Barista Café", "Bandung"] and rows[1][0] == "Staf Pemasaran Café"


def test_bom_and_semicolon_and_quotes_spanning_lines(tmp_path: Path) -> None:
    text = (
        "Jabatan;Jumlah;Deskripsi\r\n"
        '"Teller; senior";2;"Melayani nasabah\r\nmenerima setoran"\r\n'
        '"Analis ""kredit""";3;x\r\n'
        "Kasir;4;y\r\n"
    )
    r = reconciled(read_roster(write(tmp_path, text, encoding="utf-8-sig")))
    assert r.input["encoding"] == "utf-8-sig" and r.input["delimiter"] == ";"
    assert [(x.row, x.title) for x in r.rows] == [(2, "Teller; senior"), (3, 'Analis "kredit"'), (4, "Kasir")]
    assert r.rows[0].description == "Melayani nasabah menerima setoran"


def test_unclosed_quote_is_reported_not_swallowed_silently(tmp_path: Path) -> None:
    lines = ["Jabatan,Jumlah", '"Teller,2'] + [f"Staf {i},1" for i in range(30)]
    r = reconciled(read_roster(write(tmp_path, "\n".join(lines) + "\n")))
    assert r.rejected and r.rejected[0].reason == "unreadable" and "quote" in r.rejected[0].detail


def test_ragged_rows(tmp_path: Path) -> None:
    text = "Jabatan,Unit,Gaji\nTeller,Retail\nKasir\nAnalis,Risk,5,500,000\nSupir,Umum,4000000,,\n"
    r = reconciled(read_roster(write(tmp_path, text)))
    assert [x.title for x in r.rows] == ["Teller", "Kasir", "Analis", "Supir"]
    assert r.rows[1].unit is None
    assert flags(r) == {4: ("salary_out_of_range", "extra_cells")}


def test_formula_injection_strings_kept_verbatim(tmp_path: Path) -> None:
    titles = ["=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(1)"]
    text = "Jabatan,Jumlah\n" + "".join(f'"{t}",1\n' for t in titles)
    r = reconciled(read_roster(write(tmp_path, text)))
    assert [x.title for x in r.rows] == titles


def test_a_hyperlink_formula_written_as_text_reads_as_its_shown_text(tmp_path: Path) -> None:
    """Issue 18: a CSV export keeps =HYPERLINK("…","Teller") as text; the title is what a spreadsheet shows."""
    text = (
        "Jabatan,Jumlah\n"
        '"=HYPERLINK(""https://intranet.example/jabatan/12"",""Teller"")",3\n'
        '"=hyperlink(""u"" ; ""Kasir   Toko"")",2\n'
        '"=SUM(1)",1\n'
        "Satpam,4\n"
    )
    r = reconciled(read_roster(write(tmp_path, text)))
    assert [x.title for x in r.rows] == ["Teller", "Kasir Toko", "=SUM(1)", "Satpam"]
    assert flags(r) == {2: ("formula_text_used",), 3: ("formula_text_used",)}


def test_titles_in_other_scripts_flagged(tmp_path: Path) -> None:
    titles = ["会计", "محاسب", "Бухгалтер", "Akuntan", "Pâtissier"]
    text = "Jabatan,Jumlah\n" + "".join(f"{t},1\n" for t in titles)
    r = reconciled(read_roster(write(tmp_path, text)))
    assert [x.title for x in r.rows] == titles
    assert flags(r) == {2: ("other_script",), 3: ("other_script",), 4: ("other_script",)}


def test_personal_data_found_by_content_and_titles_that_are_personal(tmp_path: Path) -> None:
    text = (
        "Jabatan,Kol A,Kol B,Kol C,Kol D\n"
        "Teller,budi@contoh.id,3201234567890123,081234567890,Jakarta\n"
        "Kasir,siti@contoh.id,3201234567890124,+62 812 3456 7891,Bogor\n"
        "081299998888,x@contoh.id,3201234567890125,081234567892,Depok\n"
    )
    r = reconciled(read_roster(write(tmp_path, text)))
    assert r.input["personal_columns"] == [
        {"column": "Kol A", "kind": "email"},
        {"column": "Kol B", "kind": "nik"},
        {"column": "Kol C", "kind": "phone"},
    ]
    assert r.input["ignored_columns"] == ["Kol D"]
    assert reasons(r) == {4: "unreadable"} and "0812" not in r.rejected[0].detail
    # the NIK column found by content serves to find duplicates in a per-employee roster
    text2 = "Jabatan,Identitas\nTeller,3201234567890123\nKasir,3201234567890123\n"
    assert reasons(read_roster(write(tmp_path, text2, "b.csv"))) == {3: "duplicate"}


# --- bad input -----------------------------------------------------------------------------------------


def test_empty_file(tmp_path: Path) -> None:
    assert error(write(tmp_path, "")).key == "error.roster_empty"


def test_only_headers(tmp_path: Path) -> None:
    e = error(write(tmp_path, "Jabatan,Unit Kerja,Jumlah\n\n\n"))
    assert e.key == "error.roster_no_rows" and "1" in e.message("en")


def test_wrong_columns_lists_headers_found_and_names_accepted(tmp_path: Path) -> None:
    e = error(write(tmp_path, "Warna,Ukuran,budi@contoh.id\nmerah,besar,x\n"))
    assert e.key == "error.roster_no_header"
    msg = e.message("en")
    assert "Warna, Ukuran" in msg and "jabatan" in msg and "job title" in msg
    assert "budi@" not in msg and "budi@" not in e.message("id")


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "PNG"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x00\x01\x02\x03binary" * 100, "binary"),
    ],
)
def test_binary_renamed_csv(tmp_path: Path, content: bytes, kind: str) -> None:
    p = tmp_path / "roster.csv"
    p.write_bytes(content)
    e = error(p)
    assert e.key == "error.roster_binary" and kind in e.message("en")


def test_zip_renamed_csv(tmp_path: Path) -> None:
    p = tmp_path / "roster.csv"
    with zipfile.ZipFile(p, "w") as zf:
        zf.writestr("a.txt", "Jabatan,Jumlah\nTeller,1\n")
    e = error(p)
    assert e.key == "error.roster_binary" and ".xlsx" in e.message("en")


def test_fifty_megabytes_of_garbage_fail_fast(tmp_path: Path) -> None:
    p = tmp_path / "garbage.csv"
    p.write_bytes(random.Random(6).randbytes(50 * 1024 * 1024))
    t0 = time.perf_counter()
    assert error(p).key == "error.roster_binary"
    assert time.perf_counter() - t0 < 5
    # text garbage (no NUL bytes, few line ends): no header found, quickly
    rng = random.Random(7)
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789 ,;\t\"'"
    q = tmp_path / "garbage2.csv"
    q.write_text("".join(rng.choices(alphabet, k=5 * 1024 * 1024)))
    t0 = time.perf_counter()
    assert error(q).key in ("error.roster_no_header", "error.roster_csv")
    assert time.perf_counter() - t0 < 10


def test_size_and_row_limits(tmp_path: Path) -> None:
    p = write(tmp_path, "Jabatan\n" + "Teller\n" * 50)
    assert error(p, max_rows=49).key == "error.roster_too_many_rows"
    assert read_roster(p, max_rows=50).rows_in == 50
    e = error(p, max_bytes=100)
    assert e.key == "error.roster_too_large"


def test_long_line_rejected_row(tmp_path: Path) -> None:
    text = "Jabatan,Catatan\nTeller,x\nKasir," + "y" * 1_100_000 + "\nAnalis,z\n"
    r = reconciled(read_roster(write(tmp_path, text)))
    assert reasons(r) == {3: "row_too_long"} and [x.title for x in r.rows] == ["Teller", "Analis"]


def test_missing_file(tmp_path: Path) -> None:
    assert error(tmp_path / "nope.csv").key == "error.file_missing"


# --- workbooks -----------------------------------------------------------------------------------------


def test_xlsx_several_sheets_title_line_and_formulas(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    notes = wb.active
    assert notes is not None
    notes.title = "Catatan"
    notes["A1"] = "Dibuat oleh HR"
    ws = wb.create_sheet("Roster")
    ws.append(["Daftar Jabatan 2025"])
    ws.append([])
    ws.append(["Jabatan", "Unit Kerja", "Jumlah", "Gaji"])
    ws.append(["Teller", "Retail", 10, "=5500000*1"])
    ws.append(["Kasir", "Retail", "=2+3", 5_000_000])
    ws.append(['="Ana"&"lis"', "Risk", 4, None])
    ws.append(["Supir", "Umum", 2, 4_500_000])
    other = wb.create_sheet("Jabatan lain")
    other.append(["Jabatan", "Jumlah"])
    other.append(["Satpam", 7])
    p = tmp_path / "roster.xlsx"
    wb.save(p)
    r = reconciled(read_roster(p))
    assert r.input["format"] == "xlsx" and r.input["sheet"] == "Roster"
    assert r.input["sheets_ignored"] == ["Catatan", "Jabatan lain"]
    assert r.input["encoding"] is None and r.input["delimiter"] is None
    # openpyxl saves formulas without a cached value: calamine reads them as empty
    assert reasons(r) == {5: "headcount_not_a_number", 6: "empty_title"}
    assert all("formula" in x.detail for x in r.rejected)
    assert flags(r) == {4: ("formula_value",)}
    assert r.rows[0].row == 4 and r.rows[0].salary is None and r.rows[-1].salary == 4_500_000
    picked = read_roster(p, sheet="Jabatan lain")
    assert [x.title for x in picked.rows] == ["Satpam"] and picked.rows[0].row == 2
    assert picked.input["sheets_ignored"] == ["Catatan", "Roster"]
    assert error(p, sheet="Tidak ada").key == "error.roster_sheet_missing"


def test_xlsx_formula_with_cached_value(tmp_path: Path) -> None:
    """A workbook saved by a spreadsheet program keeps the value of each formula: it is used, and the row
    flagged."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Jabatan", "Jumlah"])
    ws.append(["Teller", 3])
    ws.append(["Kasir", "=1+1"])
    p = tmp_path / "cached.xlsx"
    wb.save(p)
    # write the cached value a spreadsheet program would have saved: <v>2</v> after the formula
    with zipfile.ZipFile(p) as zin:
        parts = {n: zin.read(n) for n in zin.namelist()}
    name = "xl/worksheets/sheet1.xml"
    parts[name] = (
        parts[name]
        .replace(b"<f>1+1</f><v></v>", b"<f>1+1</f><v>2</v>")
        .replace(b"<f>1+1</f><v />", b"<f>1+1</f><v>2</v>")
    )
    assert b"<v>2</v>" in parts[name]
    q = tmp_path / "cached2.xlsx"
    with zipfile.ZipFile(q, "w") as zout:
        for n, data in parts.items():
            zout.writestr(n, data)
    r = reconciled(read_roster(q))
    assert [(x.title, x.headcount, x.flags) for x in r.rows] == [
        ("Teller", 3, ()),
        ("Kasir", 2, ("formula_value",)),
    ]


def test_xlsx_merged_cells_filled_down(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Unit Kerja", "Jabatan", "Jumlah"])
    ws.append(["Operasional", "Teller", 10])
    ws.append([None, "Kasir", 4])
    ws.append([None, "Supir", 6])
    ws.append(["Risiko", "Analis", None])
    ws.append([None, "Auditor", 2])  # not merged: stays without a unit
    ws.merge_cells("A2:A4")
    ws.merge_cells("C4:C5")  # a merged headcount is never filled down
    p = tmp_path / "merged.xlsx"
    wb.save(p)
    r = reconciled(read_roster(p))
    got = {x.row: (x.title, x.unit, x.headcount, x.flags) for x in r.rows}
    assert got == {
        2: ("Teller", "Operasional", 10, ()),
        3: ("Kasir", "Operasional", 4, ("merged_cell_filled",)),
        4: ("Supir", "Operasional", 6, ("merged_cell_filled",)),
        6: ("Auditor", None, 2, ()),
    }
    assert reasons(r) == {5: "headcount_not_a_number"}
    assert "merged" in r.rejected[0].detail


def test_xlsx_without_recognised_header_and_broken_workbook(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Warna", "Ukuran"])
    ws.append(["merah", "besar"])
    p = tmp_path / "w.xlsx"
    wb.save(p)
    e = error(p)
    assert e.key == "error.roster_no_header" and "Warna, Ukuran" in e.message("en")
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a workbook at all" * 10)
    assert error(broken).key == "error.roster_unreadable"
    png = tmp_path / "image.xlsx"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(100))
    assert error(png).key == "error.roster_unreadable"
