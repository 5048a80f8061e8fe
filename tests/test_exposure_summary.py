"""The employment-weighted exposure summary: attribution of codes to unit groups, totals that reconcile,
every bad row reported, the file formats users actually have, the SVG chart, and the CLI in both languages."""

from __future__ import annotations

import json
import math
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jalur import config
from jalur.errors import JalurError
from jalur.exposure.summary import (
    CLASS_KEYS,
    GRADIENT_KEYS,
    BadEmploymentRows,
    EmploymentSummary,
    RawRow,
    Reference,
    TableInfo,
    UnitScore,
    build_attribution,
    load_reference,
    open_table,
    parse_workers,
    summarise,
    summarise_file,
)
from jalur.faces.cli.main import app
from jalur.kb.read import KnowledgeBase
from jalur.reports.charts import Bar, Category, Panel, stacked_bars_svg

runner = CliRunner()
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def base(kb_path: Path) -> Iterator[KnowledgeBase]:
    with KnowledgeBase.open(kb_path) as kb:
        yield kb


def write(tmp_path: Path, text: str, name: str = "t.csv", encoding: str = "utf-8") -> Path:
    p = tmp_path / name
    p.write_bytes(text.encode(encoding))
    return p


def reconciles(s: EmploymentSummary) -> None:
    """Every view of the workers adds up to the total, and shares add up to 1."""
    tot = s.total
    assert math.isclose(sum(p.workers for p in tot.gradients.values()), tot.workers, rel_tol=1e-9)
    assert math.isclose(sum(p.workers for p in tot.classes.values()), tot.workers, rel_tol=1e-9)
    assert math.isclose(sum(p.share for p in tot.gradients.values()), 1.0, rel_tol=1e-9)
    assert math.isclose(sum(p.share for p in tot.classes.values()), 1.0, rel_tol=1e-9)
    assert math.isclose(sum(u.workers for u in s.unit_groups), tot.workers, rel_tol=1e-9)
    assert math.isclose(sum(s.levels.values()), tot.workers, rel_tol=1e-9)
    assert list(tot.gradients) == list(GRADIENT_KEYS) and list(tot.classes) == list(CLASS_KEYS)
    for groups in s.by.values():
        assert math.isclose(sum(g.figures.workers for g in groups), tot.workers, rel_tol=1e-9)
        assert math.isclose(sum(g.share_of_total for g in groups), 1.0, rel_tol=1e-9)
        for k in GRADIENT_KEYS:
            assert math.isclose(
                sum(g.figures.gradients[k].workers for g in groups), tot.gradients[k].workers, abs_tol=1e-6
            )
        for k in CLASS_KEYS:
            assert math.isclose(
                sum(g.figures.classes[k].workers for g in groups), tot.classes[k].workers, abs_tol=1e-6
            )
    assert s.rows["read"] == s.rows["accepted"] + s.rows["rejected"]


# --- pure core, hand-made reference --------------------------------------------------------------------


def tiny_reference() -> Reference:
    """Two ISCO unit groups in major group 1 (one unscored), one in 0 (unscored), one police group, and a
    KBJI-only code 0115 split half/half between 0110 and 5412."""
    attribution, differs, split = build_attribution(
        "kbji",
        ["1111", "1112", "0110", "5412"],
        {"1111": (("1111", 1.0),), "1112": (("1112", 1.0),), "0115": (("0110", 0.5), ("5412", 0.5))},
        ["0", "01", "011", "1", "11", "111", "5"],
    )
    units = {
        "1111": UnitScore("A", "A", 0.5, "g2", {"automate": 0.25, "augment": 0.5, "human": 0.25}),
        "1112": UnitScore("B", "B", None, None, None),
        "0110": UnitScore("C", "C", None, None, None),
        "5412": UnitScore("D", "D", 0.2, "not_exposed", {"automate": 0.0, "augment": 0.0, "human": 1.0}),
    }
    return Reference("kbji", attribution, units, differs, split)


def info(by: tuple[tuple[str, str], ...] = ()) -> TableInfo:
    return TableInfo("t.csv", "csv", "utf-8", ",", ".", None, "kode", "pekerja", by)


def test_a_group_code_is_spread_equally_over_its_unit_groups_and_kbji_links_keep_their_weights() -> None:
    ref = tiny_reference()
    assert ref.attribution["1"] == (("1111", 0.5), ("1112", 0.5))
    assert ref.attribution["0115"] == (("0110", 0.5), ("5412", 0.5))
    # KBJI major group 0 holds only 0115 here: spread over KBJI units, then through the link
    assert ref.attribution["0"] == (("0110", 0.5), ("5412", 0.5))
    assert ref.differs == {"0115", "0", "01", "011"} and "0115" in ref.split
    assert "5" not in ref.attribution  # no KBJI unit group under 5 in this reference
    assert "9" not in ref.attribution


def test_unscored_groups_keep_their_workers_under_no_score_and_lower_the_coverage() -> None:
    ref = tiny_reference()
    rows = [RawRow(2, "1", "100", ("L",)), RawRow(3, "0115", "40", ("P",)), RawRow(4, "1111", 10, ("P",))]
    s = summarise(info((("sex", "jk"),)), rows, ref)
    # 1 → 50 to 1111 (g2), 50 to 1112 (no score); 0115 → 20 to 0110 (no score), 20 to 5412
    assert s.total.workers == 150
    assert s.total.gradients["g2"].workers == 60
    assert s.total.gradients["not_exposed"].workers == 20
    assert s.total.gradients["no_score"].workers == 70
    assert s.total.coverage == pytest.approx(80 / 150)
    assert s.total.mean_score == pytest.approx((60 * 0.5 + 20 * 0.2) / 80)
    assert s.total.classes["automate"].workers == pytest.approx(15)
    assert s.total.classes["human"].workers == pytest.approx(15 + 20)
    assert s.levels == {"1": 100, "2": 0, "3": 0, "4": 50}
    assert s.assumptions == ["spread_equally_within_group", "kbji_link_weights"]
    assert s.flags == ["kbji_code_differs_from_isco", "workers_without_ilo_score"]
    assert [g.value for g in s.by["sex"]] == ["L", "P"]
    reconciles(s)


def test_every_bad_row_is_reported_with_its_row_number_and_reason() -> None:
    ref = tiny_reference()
    rows = [
        RawRow(2, "1111", "10", ()),
        RawRow(3, "1111", "-5", ()),
        RawRow(4, "1111", "banyak", ()),
        RawRow(5, "9999", "3", ()),
        RawRow(6, "", "3", ()),
        RawRow(7, "12a", "", ()),
        RawRow(8, "1111", "inf", ()),
        RawRow(9, None, None, (), blank=True),
    ]
    with pytest.raises(BadEmploymentRows) as exc:
        summarise(info(), rows, ref)
    got = [(b.row, b.column, b.reason) for b in exc.value.bad]
    assert got == [
        (3, "pekerja", "negative"),
        (4, "pekerja", "non_numeric"),
        (5, "kode", "unknown_code"),
        (6, "kode", "empty_code"),
        (7, "kode", "bad_code"),
        (7, "pekerja", "empty_workers"),
        (8, "pekerja", "non_finite"),
    ]
    assert exc.value.params == {"path": "t.csv", "rejected": 6, "read": 7}
    s = summarise(info(), rows, ref, skip_bad_rows=True)
    assert s.rows == {"read": 7, "accepted": 1, "rejected": 6, "blank": 1}
    assert s.total.workers == 10 and "bad_rows_skipped" in s.flags
    assert len(s.bad_rows) == 7


def test_numbers_follow_the_files_decimal_mark() -> None:
    assert parse_workers("1,234.5", ".") == (1234.5, None)
    assert parse_workers("1.234,5", ",") == (1234.5, None)
    assert parse_workers("1.234", ",") == (1234.0, None)
    assert parse_workers("12,5", ",") == (12.5, None)
    assert parse_workers("1 234", ".") == (1234.0, None)
    assert parse_workers(7, ".") == (7.0, None)
    assert parse_workers("1,2,3", ".") == (None, "non_numeric")
    assert parse_workers("nan", ".") == (None, "non_finite")
    assert parse_workers(True, ".") == (None, "non_numeric")


def test_a_file_larger_than_the_row_limit_is_refused_not_truncated() -> None:
    rows = [RawRow(i, "1111", "1", ()) for i in range(2, 10)]
    with pytest.raises(JalurError) as exc:
        summarise(info(), rows, tiny_reference(), max_rows=5)
    assert exc.value.key == "error.summary.too_many_rows"


# --- against the knowledge base ------------------------------------------------------------------------


def test_four_digit_codes_take_the_ilo_gradient_and_mean_of_their_group(
    base: KnowledgeBase, tmp_path: Path
) -> None:
    p = write(tmp_path, "isco,workers\n4211,100\n4132,50\n")
    s = summarise_file(base, p)
    assert s.total.workers == 150
    assert s.total.gradients["g3"].workers == 100  # bank tellers
    assert s.total.gradients["g4"].workers == 50  # data entry clerks
    assert s.total.mean_score == pytest.approx((100 * 0.58 + 50 * 0.70) / 150)
    assert s.total.coverage == 1 and s.flags == [] and s.assumptions == []
    assert [(u.isco, u.workers) for u in s.unit_groups] == [("4132", 50), ("4211", 100)]
    reconciles(s)


def test_mixed_levels_and_kbji_codes_that_differ_from_isco(base: KnowledgeBase, tmp_path: Path) -> None:
    p = write(
        tmp_path,
        "kode,pekerja,jenis_kelamin,provinsi,sektor\n"
        "2,920,perempuan,Jambi,P\n"
        "41,400,laki-laki,Jambi,K\n"
        "0112,30,laki-laki,Riau,O\n"
        "0115,10,laki-laki,Riau,O\n"
        "4211,100,perempuan,Riau,K\n",
    )
    s = summarise_file(base, p)
    reconciles(s)
    assert s.total.workers == 1460
    assert s.levels == {"1": 920, "2": 400, "3": 0, "4": 140}
    units = {u.isco: u.workers for u in s.unit_groups}
    n2 = len([u for u in units if u.startswith("2")])
    assert n2 == len(base.rows("SELECT code FROM kbji_group WHERE level = 4 AND code LIKE '2%'"))
    assert all(w == pytest.approx(920 / n2) for u, w in units.items() if u.startswith("2"))
    assert units["0110"] == 30  # KBJI 0112 (army officers) → ISCO 0110, which the ILO does not score
    assert units["3355"] == pytest.approx(5) and units["5412"] == pytest.approx(5)
    assert s.total.gradients["no_score"].workers == pytest.approx(30)
    assert "kbji_code_differs_from_isco" in s.flags and "workers_without_ilo_score" in s.flags
    assert set(s.assumptions) == {"spread_equally_within_group", "kbji_link_weights"}
    assert set(s.by) == {"sex", "province", "sector"}
    assert {g.value: g.figures.workers for g in s.by["province"]} == {"Jambi": 1320, "Riau": 140}
    d = json.loads(json.dumps(s.to_dict()))
    assert d["input"]["columns"] == {
        "code": "kode",
        "workers": "pekerja",
        "by": {"sex": "jenis_kelamin", "province": "provinsi", "sector": "sektor"},
    }


def test_the_isco_scheme_spreads_major_group_0_over_the_isco_armed_forces(base: KnowledgeBase) -> None:
    ref = load_reference(base, "isco")
    assert [c for c, _ in ref.attribution["0"]] == ["0110", "0210", "0310"]
    kbji = load_reference(base, "kbji")
    assert {c for c, _ in kbji.attribution["0"]} == {"0110", "0210", "0310", "3355", "5412"}
    assert math.isclose(sum(w for _, w in kbji.attribution["0"]), 1.0)
    s = summarise(info(), [RawRow(2, "0", "9", ())], ref)
    assert s.total.coverage == 0 and s.total.mean_score is None
    assert s.total.gradients["no_score"].share == 1


def test_unknown_and_leading_zero_codes_are_named(base: KnowledgeBase, tmp_path: Path) -> None:
    p = write(tmp_path, "kode,pekerja\n4211,1\n110,2\n19,3\n12345,4\n")
    with pytest.raises(BadEmploymentRows) as exc:
        summarise_file(base, p)
    assert [(b.row, b.value, b.reason) for b in exc.value.bad] == [
        (3, "110", "leading_zero_missing"),
        (4, "19", "unknown_code"),
        (5, "12345", "bad_code"),
    ]


def test_encodings_delimiters_and_decimal_marks(base: KnowledgeBase, tmp_path: Path) -> None:
    cp = write(
        tmp_path,
        "kode;pekerja;provinsi\n4211;1.500,5;Sulawesi Tenggara – Baubau\n2;10;Acèh\n",
        "cp.csv",
        "cp1252",
    )
    info_cp, _ = open_table(cp)
    assert (info_cp.encoding, info_cp.delimiter, info_cp.decimal) == ("cp1252", ";", ",")
    s = summarise_file(base, cp)
    assert {g.value for g in s.by["province"]} == {"Sulawesi Tenggara – Baubau", "Acèh"}
    assert s.total.workers == 1510.5
    bom = write(tmp_path, "\ufeffCode,Workers,Sex\n4211,3,female\n", "bom.csv")
    info_bom, _ = open_table(bom)
    assert info_bom.encoding == "utf-8-sig" and info_bom.code_column == "Code"
    assert summarise_file(base, bom).by["sex"][0].value == "female"
    tab = write(tmp_path, "KBJI\tJumlah Pekerja\n\n4211\t2\n", "tab.tsv")
    s = summarise_file(base, tab)
    assert s.input.delimiter == "\t" and s.rows == {"read": 1, "accepted": 1, "rejected": 0, "blank": 1}


def test_ambiguous_or_missing_columns_are_explained_and_can_be_named(
    base: KnowledgeBase, tmp_path: Path
) -> None:
    p = write(tmp_path, "kbji,isco,jumlah,kabupaten\n4211,4211,5,Muaro Jambi\n")
    with pytest.raises(JalurError) as exc:
        summarise_file(base, p)
    assert exc.value.key == "error.summary.role_ambiguous" and "kbji, isco" in str(exc.value)
    s = summarise_file(base, p, code_column="isco", by=["kabupaten"])
    assert s.by == {"kabupaten": s.by["kabupaten"]} and s.by["kabupaten"][0].value == "Muaro Jambi"
    with pytest.raises(JalurError) as exc:
        summarise_file(base, write(tmp_path, "nama,pekerja\nx,1\n", "n.csv"))
    assert exc.value.key == "error.summary.role_missing"


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    """A minimal XLSX workbook (inline strings, numbers) written without a spreadsheet library."""

    def cell(ref: str, v: object) -> str:
        if isinstance(v, str):
            return f'<c r="{ref}" t="inlineStr"><is><t>{v}</t></is></c>'
        return f'<c r="{ref}"><v>{v}</v></c>'

    body = "".join(
        f'<row r="{i}">' + "".join(cell(f"{chr(65 + j)}{i}", v) for j, v in enumerate(r)) + "</row>"
        for i, r in enumerate(rows, start=1)
    )
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            "</Types>",
        )
        z.writestr(
            "_rels/.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>",
        )
        z.writestr(
            "xl/workbook.xml",
            f'<?xml version="1.0"?><workbook {ns} {rel}><sheets><sheet name="Pekerja" sheetId="1" r:id="rId1"/>'
            "</sheets></workbook>",
        )
        z.writestr(
            "xl/_rels/workbook.xml.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            "</Relationships>",
        )
        z.writestr(
            "xl/worksheets/sheet1.xml",
            f'<?xml version="1.0"?><worksheet {ns}><sheetData>{body}</sheetData></worksheet>',
        )
    return path


def test_xlsx_numbers_and_text_codes(base: KnowledgeBase, tmp_path: Path) -> None:
    p = _xlsx(
        tmp_path / "t.xlsx",
        [["Kode KBJI", "Pekerja", "Sektor"], [4211, 12.5, "K"], ["0112", 3, "O"], [5, -1, "G"]],
    )
    with pytest.raises(BadEmploymentRows) as exc:
        summarise_file(base, p)
    assert [(b.row, b.reason) for b in exc.value.bad] == [(4, "negative")]
    s = summarise_file(base, p, skip_bad_rows=True)
    assert s.input.format == "xlsx" and s.input.sheet == "Pekerja"
    assert s.total.workers == 15.5
    assert {u.isco: u.workers for u in s.unit_groups} == {"4211": 12.5, "0110": 3}


# --- the chart -----------------------------------------------------------------------------------------


def test_svg_escapes_hostile_labels_and_is_deterministic() -> None:
    hostile = '<script>alert(1)</script> & "quotes" \x00'
    panel = Panel(
        hostile,
        [Category("a", hostile, "#d73027"), Category("b", "b", "green")],
        [Bar(hostile, [1, 3], hostile)],
    )
    svg = stacked_bars_svg([panel], title=hostile, subtitle=hostile, footnote=hostile)
    assert svg == stacked_bars_svg([panel], title=hostile, subtitle=hostile, footnote=hostile)
    root = ET.fromstring(svg)
    assert root.tag == SVG + "svg"
    assert not root.findall(f".//{SVG}script") and "<script>" not in svg
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in svg
    assert any("<script>alert(1)</script>" in (e.text or "") for e in root.iter())
    with pytest.raises(ValueError):
        stacked_bars_svg([Panel("t", [Category("a", "a", 'red"/><script>')], [])], title="t")


# --- the command line ----------------------------------------------------------------------------------


def run(kb_path: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, [*args, "--kb", str(kb_path)])
    return result.exit_code, result.stdout, result.stderr


def test_cli_json_is_the_same_in_both_languages_and_the_table_speaks_the_language(
    kb_path: Path, tmp_path: Path
) -> None:
    p = write(tmp_path, "kode,pekerja,jenis_kelamin\n4211,100,perempuan\n9,50,laki-laki\n")
    docs = []
    for lang in ("id", "en"):
        code, stdout, _ = run(kb_path, "exposure", "summary", "--weights", str(p), "--json", "--lang", lang)
        assert code == 0
        docs.append(json.loads(stdout))
    assert docs[0] == docs[1]
    d = docs[0]
    assert d["total"]["workers"] == 150 and d["rows"] == {"read": 2, "accepted": 2, "rejected": 0, "blank": 0}
    assert math.isclose(sum(v["share"] for v in d["total"]["gradients"].values()), 1, abs_tol=1e-5)
    assert [g["value"] for g in d["by"]["sex"]] == ["perempuan", "laki-laki"]
    assert d["assumptions"] == ["spread_equally_within_group"]
    assert {s["id"] for s in d["sources"]} == {"isco-08", "kbji-2014-kbli-2020", "ilo-genai-exposure-2025"}
    code, stdout, _ = run(kb_path, "exposure", "summary", "--weights", str(p))
    assert code == 0 and "Pekerja menurut gradien ILO 2025" in stdout and "Menurut jenis kelamin" in stdout
    code, stdout, _ = run(kb_path, "exposure", "summary", "--weights", str(p), "--lang", "en")
    assert code == 0 and "Workers by ILO 2025 gradient" in stdout and "spread_equally_within_group" in stdout


def test_cli_fails_with_the_bad_rows_listed_unless_asked_to_skip_them(kb_path: Path, tmp_path: Path) -> None:
    p = write(tmp_path, "kode,pekerja\n4211,10\n4211,-1\n,3\n7777,x\n")
    code, stdout, stderr = run(kb_path, "exposure", "summary", "--weights", str(p), "--lang", "en")
    assert code == 2 and stdout == "" and "Traceback" not in stderr
    assert "3 of 4 data rows" in stderr
    for needle in (
        "row 3, column pekerja",
        "negative",
        "row 4, column kode",
        "empty code",
        "row 5",
        "not a number",
    ):
        assert needle in stderr
    code, _, stderr = run(kb_path, "exposure", "summary", "--weights", str(p))
    assert code == 2 and "baris 3, kolom pekerja" in stderr and "--skip-bad-rows" in stderr
    code, stdout, _ = run(kb_path, "exposure", "summary", "--weights", str(p), "--skip-bad-rows", "--json")
    assert code == 0
    d = json.loads(stdout)
    assert d["total"]["workers"] == 10 and d["rows"]["rejected"] == 3 and "bad_rows_skipped" in d["flags"]
    assert [(b["row"], b["reason"]) for b in d["bad_rows"]] == [
        (3, "negative"),
        (4, "empty_code"),
        (5, "unknown_code"),
        (5, "non_numeric"),
    ]


def test_cli_chart_escapes_hostile_values_from_the_file(kb_path: Path, tmp_path: Path) -> None:
    p = write(tmp_path, 'kode,pekerja,sex\n4211,10,"<script>alert(1)</script>"\n2,5,L\n')
    out = tmp_path / "chart.svg"
    code, stdout, _ = run(
        kb_path, "exposure", "summary", "--weights", str(p), "--chart", str(out), "--lang", "en"
    )
    assert code == 0 and "Chart written to" in stdout
    svg = out.read_text(encoding="utf-8")
    root = ET.fromstring(svg)
    assert not root.findall(f".//{SVG}script")
    assert any("sex: <script>alert(1)</script>" in (e.text or "") for e in root.iter())


def test_cli_summary_mode_needs_both_the_word_and_the_file(kb_path: Path, tmp_path: Path) -> None:
    code, _, stderr = run(kb_path, "exposure", "summary", "--lang", "en")
    assert code == 2 and "needs an employment table" in stderr
    p = write(tmp_path, "kode,pekerja\n4211,1\n")
    code, _, stderr = run(kb_path, "exposure", "4211", "--weights", str(p), "--lang", "en")
    assert code == 2 and "only applies to the summary" in stderr
    code, _, stderr = run(kb_path, "exposure", "summary", "--weights", str(tmp_path / "nope.csv"))
    assert code == 2 and "tidak ada" in stderr
    code, stdout, _ = run(kb_path, "exposure", "4211", "--json")
    assert code == 0 and json.loads(stdout)["isco"] == "4211"


# --- the worked example's data -------------------------------------------------------------------------


def test_sakernas_jambi_weighted_workers_equal_the_sum_of_weights(
    base: KnowledgeBase, tmp_path: Path
) -> None:
    rda = config.data_dir() / "sakernas-2020-jambi" / "SAKERNAS2020.rda"
    if not rda.is_file():
        pytest.skip("Sakernas 2020 Jambi file not present")
    import pyreadr

    df = next(iter(pyreadr.read_r(str(rda)).values()))
    employed = df[df["R13A_KATEG"] > 0]
    p = tmp_path / "jambi.csv"
    employed.assign(kbji=employed["R13B_KBJI2"].astype(int), bobot=employed["FINAL_WEIG"])[
        ["kbji", "bobot"]
    ].to_csv(p, index=False)
    s = summarise_file(base, p)
    assert s.rows["accepted"] == len(employed) == 10641
    assert s.total.workers == pytest.approx(float(employed["FINAL_WEIG"].sum()), rel=1e-12)
    assert s.levels["1"] == s.total.workers
    assert 0.95 < s.total.coverage < 1  # armed forces and six "n.e.c." groups have no ILO score
    reconciles(s)


def test_every_reason_and_assumption_has_a_message_in_both_languages() -> None:
    from jalur.exposure.summary import BAD_REASONS
    from jalur.i18n import CATALOG

    keys = [f"summary.bad.{r}" for r in BAD_REASONS] + [
        f"summary.assumption.{a}" for a in ("spread_equally_within_group", "kbji_link_weights")
    ]
    assert [k for k in keys if set(CATALOG.get(k, {})) != {"id", "en"}] == []
