"""A roster's units as the coder's context (issue 15): a title the coder alone is unsure of, whose rows
sit in units of one job function, is placed with that unit as its department."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa

from jalur.workforce.mapping import title_departments


def test_a_title_takes_the_unit_its_rows_share_by_function() -> None:
    got = title_departments(
        [
            ("Tax Staff", "Kantor Pusat - Divisi Keuangan"),
            ("tax  staff", "Cabang Bekasi"),  # a branch is a place: passed over
            ("Analyst", "Divisi Keuangan"),
            ("Analyst", "Divisi TI"),  # two functions: no department
            ("Officer", "Cabang Medan"),  # no unit names a function
            ("Recruiter", None),
            ("Recruiter", "Divisi SDM"),
            ("", "Divisi SDM"),
            (None, "Divisi SDM"),
        ]
    )
    assert got == {"tax staff": "Kantor Pusat - Divisi Keuangan", "recruiter": "Divisi SDM"}


def test_the_report_places_an_unsure_title_through_its_unit(kb_path: Path) -> None:
    from jalur.batch import functions as fn
    from jalur.kb.read import KnowledgeBase

    table = pa.table(
        {
            "title": ["Tax Staff", "Tax Staff", "Kasir", "Tax Staff ", None],
            "unit": ["Divisi Keuangan", "Kanwil Jakarta", "Divisi TI", "Divisi Keuangan", "Divisi SDM"],
        }
    )
    with KnowledgeBase(kb_path) as kb:
        placed = fn.place_roster(table, kb=kb, unit="unit").to_pylist()
        alone = fn.place_roster(table.select(["title"]), kb=kb).to_pylist()
    tax, _, kasir, tax_again, blank = placed
    assert tax["isco"] == "2411" and tax["via"] == "department" and tax_again["isco"] == "2411"
    assert alone[0]["isco"] is None and alone[0]["review_reason"] == "low_confidence"  # unsure alone
    assert kasir["isco"] == "5230" and kasir["via"] != "department"  # a sure title keeps its answer
    assert blank["isco"] is None and blank["review_reason"] == "empty"
    # units of two functions leave the title to review
    split = pa.table({"title": ["Tax Staff", "Tax Staff"], "unit": ["Divisi Keuangan", "Divisi Pemasaran"]})
    with KnowledgeBase(kb_path) as kb:
        both = fn.place_roster(split, kb=kb, unit="unit").to_pylist()
    assert {r["isco"] for r in both} == {None}
    # a hostile unit cell (overlong, markup) never stops the roster nor places anything wrong
    odd = pa.table({"title": ["Tax Staff", "Kasir"], "unit": ["Keuangan " * 80, "<script>x</script>"]})
    with KnowledgeBase(kb_path) as kb:
        long_unit, markup = fn.place_roster(odd, kb=kb, unit="unit").to_pylist()
    assert long_unit["isco"] is None and markup["isco"] == "5230"
