"""The review-queue CSV and the XLSX report never hand a spreadsheet a cell that starts a formula: ASCII
and full-width triggers (= + - @ ＝ ＋ － ＠), also behind leading blanks, and a leading tab, carriage return
or line feed, all get a leading apostrophe — one rule for both files. Ordinary titles are unchanged, and a
review queue read back keeps its titles."""

from __future__ import annotations

import copy
import csv
import io
from typing import Any

import openpyxl
import pytest

from jalur.reports.xlsx import render_xlsx, safe_text
from jalur.tables.cellsafe import SAFE_PREFIX, needs_neutralising, neutralise_cell
from jalur.workforce.mapping import review_queue_csv, title_key
from tests.report_fixture import make_report

TRIGGERS = [
    "=1+1",
    "+SUM(A1)",
    "-2+3",
    "@x",
    "＝1+1",
    "＋SUM(A1)",
    "－2+3",
    "＠x",
    " =1+1",
    "   @x",
    "\u3000＝1",  # an ideographic space before a full-width equals sign
    "\xa0-1",
    "\t=1+1",
    "\tTeller",
    "\rTeller",
    "\nTeller",
    "\r\n=cmd|' /C calc'!A0",
    "-",
]
ORDINARY = [
    "Teller",
    "Staf 2-3",
    "Customer Service - Frontliner",
    "Kepala Cabang (KC)",
    "会计",
    "e-mail admin",
    "",
]


@pytest.mark.parametrize("text", TRIGGERS, ids=[repr(t) for t in TRIGGERS])
def test_every_formula_trigger_gets_an_apostrophe(text: str) -> None:
    assert needs_neutralising(text)
    assert neutralise_cell(text) == SAFE_PREFIX + text
    assert not needs_neutralising(neutralise_cell(text))


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_titles_are_unchanged(text: str) -> None:
    assert not needs_neutralising(text)
    assert neutralise_cell(text) == text
    assert safe_text(text) == text


def test_the_xlsx_writer_uses_the_same_rule() -> None:
    for text in TRIGGERS:
        assert safe_text(text) == neutralise_cell(text), repr(text)


def _queue(titles: list[str], **extra: Any) -> list[list[str]]:
    items = [
        {
            "title": title,
            "headcount": 3,
            "reason": "low_confidence",
            "candidates": [{"isco": "4211", "title_id": title, "confidence": 0.4}],
            **extra,
        }
        for title in titles
    ]
    return list(csv.reader(io.StringIO(review_queue_csv(items), newline="")))


def test_review_queue_csv_neutralises_every_trigger_and_keeps_ordinary_titles() -> None:
    rows = _queue(TRIGGERS + ORDINARY)
    assert rows[0] == ["title", "headcount", "reason", "candidates", "code"]
    assert len(rows) == 1 + len(TRIGGERS + ORDINARY)  # a line break in a value never splits its row
    for row, text in zip(rows[1:], TRIGGERS + ORDINARY, strict=True):
        expected = SAFE_PREFIX + text if text in TRIGGERS else text
        assert row[0] == expected.replace("\r\n", "\n").replace("\r", "\n"), (repr(text), row)
        assert len(row) == 5
        assert row[1] == "3"
        for cell in row:
            assert not needs_neutralising(cell), (repr(text), row)


def test_a_confirmed_code_typed_by_the_user_is_neutralised_too() -> None:
    rows = _queue(["Teller"], code='=HYPERLINK("http://x")')
    assert rows[1][4] == '\'=HYPERLINK("http://x")'


def test_titles_read_back_from_the_review_queue_keep_their_key() -> None:
    for text in ("=1+1", "＝1+1", "@x", "-2+3", "Teller", "Staf 2-3"):
        assert title_key(neutralise_cell(text)) == title_key(text), text


def _hostile_report() -> dict[str, Any]:
    report = copy.deepcopy(make_report())
    for role, text in zip(report["roles"], TRIGGERS, strict=False):
        role["title"] = text
    for unit, text in zip(report["units"], reversed(TRIGGERS), strict=False):
        unit["unit"] = text
    for item, text in zip(report["review_queue"], TRIGGERS[3:], strict=False):
        item["title"] = text
    return report


@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_cell_of_the_xlsx_report_starts_a_formula(lang: str) -> None:
    report = _hostile_report()
    wb = openpyxl.load_workbook(io.BytesIO(render_xlsx(report, lang)))
    strings: list[str] = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    strings.append(cell.value)
                    assert not needs_neutralising(cell.value), (ws.title, cell.coordinate, cell.value)
    # the hostile titles are there, shown with their apostrophe
    assert SAFE_PREFIX + "＝1+1" in strings and SAFE_PREFIX + " =1+1" in strings
    assert any(s.startswith(SAFE_PREFIX + "\t") for s in strings)
