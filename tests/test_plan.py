"""Course catalogues and learning plans: the import format, matching, hours and cost."""

from __future__ import annotations

from pathlib import Path

import pytest

from jalur.errors import JalurError
from jalur.kb.read import KnowledgeBase
from jalur.pathways.courses import Course, courses_for, hours_from_duration, read_catalogue
from jalur.pathways.plan import personal_skill_words, plan
from jalur.taxonomy.resolve import resolve


@pytest.mark.parametrize(
    "text,hours",
    [
        ("1 - 4 Weeks", 12.5),
        ("Less Than 2 Hours", 2.0),
        ("3 - 6 Months", 97.5),
        ("2 minggu", 10.0),
        ("3 bulan", 65.0),
        ("", None),
        ("soon", None),
    ],
)
def test_durations_become_hours_at_five_hours_a_week(text: str, hours: float | None) -> None:
    assert hours_from_duration(text) == hours


def test_an_indonesian_catalogue_with_semicolons_prices_and_a_bad_row(tmp_path: Path) -> None:
    f = tmp_path / "prakerja.csv"
    f.write_text(
        "\ufeffjudul;keterampilan;penyelenggara;jam;harga\n"
        "Akuntansi Dasar untuk UMKM;akuntansi| pembukuan;Lembaga A;24;Rp 1.500.000\n"
        ";administrasi;Lembaga B;10;500000\n"
        "Pelayanan Pelanggan Prima;layanan pelanggan;Lembaga C;;\n",
        encoding="utf-8",
    )
    courses, rejected = read_catalogue(f)
    assert [c.title for c in courses] == ["Akuntansi Dasar untuk UMKM", "Pelayanan Pelanggan Prima"]
    assert (
        courses[0].skills == ("akuntansi", "pembukuan")
        and courses[0].price_idr == 1_500_000
        and courses[0].hours == 24
    )
    assert courses[1].hours is None and courses[1].price_idr is None
    assert rejected == [(3, "no_title")]


def test_a_catalogue_without_skills_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "c.csv"
    f.write_text("title,hours\nSomething,3\n", encoding="utf-8")
    with pytest.raises(JalurError):
        read_catalogue(f)


def test_courses_are_found_by_the_skill_names_in_either_language() -> None:
    cs = [
        Course("Bookkeeping 101", ("Accounting", "Finance")),
        Course("Kelas Akuntansi", ("akuntansi",), rating=4.9),
        Course("Public Speaking", ("Communication",)),
    ]
    found = courses_for(["Economics and Accounting", "Ekonomi dan Akuntansi"], cs)
    assert {m.course.title for m in found} == {"Bookkeeping 101", "Kelas Akuntansi"}
    assert courses_for(["Mechanical"], cs) == []


def test_own_skills_are_read_in_either_language() -> None:
    assert personal_skill_words("Matematika, Excel; melayani pelanggan") == [
        frozenset({"matematika"}),
        frozenset({"excel"}),
        frozenset({"melayani", "pelanggan"}),
    ]


def test_a_plan_orders_gaps_uses_course_hours_and_sums_cost_only_when_all_priced(kb_path: Path) -> None:
    catalogue = [
        Course("Accounting basics", ("Accounting",), hours=20.0, price_idr=300_000),
        Course("Office administration", ("Administrative",), hours=15.0, price_idr=200_000),
    ]
    with KnowledgeBase(kb_path) as kb:
        p = plan(kb, resolve(kb, "4211"), resolve(kb, "3313"), catalogue, catalogue_name="test")
        mine = plan(kb, resolve(kb, "4211"), resolve(kb, "3313"), catalogue, own_skills="administrasi")
    names = [s.skill["name"] for s in p.steps]
    assert "Economics and Accounting" in names and "Administrative" in names
    weights = [s.skill["importance"] * s.skill["gap"] for s in p.steps]
    assert weights == sorted(weights, reverse=True)
    by_name = {s.skill["name"]: s for s in p.steps}
    assert (
        by_name["Economics and Accounting"].hours == 20.0
        and by_name["Economics and Accounting"].hours_source == "course"
    )
    uncovered = [s for s in p.steps if not s.courses]
    assert all(s.hours_source == "estimate" for s in uncovered)
    assert p.hours == pytest.approx(sum(s.hours for s in p.steps))
    chosen = [s.courses[0]["price_idr"] for s in p.steps if s.courses]
    assert p.cost_idr == sum(chosen)
    if uncovered:
        assert {"skills_without_course", "cost_partial"} <= set(p.flags)
    assert p.similarity is not None and 0 < p.coverage <= 1 and p.safer
    # "administrasi" is the Indonesian name of the Administrative knowledge area: no longer a gap
    assert "Administrative" in [s["name"] for s in mine.skills_already_had]
    assert "Administrative" not in [s.skill["name"] for s in mine.steps]


def test_a_windows_1252_catalogue_reads_through_the_shared_table_reader(tmp_path: Path) -> None:
    f = tmp_path / "katalog.csv"
    f.write_bytes("title,skills,hours\nPelayanan Café Prima,layanan pelanggan,8\n".encode("cp1252"))
    courses, rejected = read_catalogue(f)
    assert [c.title for c in courses] == ["Pelayanan Café Prima"] and courses[0].hours == 8 and rejected == []
