"""Finding courses for a skill to learn: names first, then our bilingual term table and ESCO labels."""

from __future__ import annotations

from pathlib import Path

import pytest

from jalur.kb.read import KnowledgeBase
from jalur.pathways.courses import (
    MIN_MATCH,
    TERM_WEIGHT,
    Course,
    catalogue_index,
    courses_for,
    element_terms,
    fold,
    read_catalogue,
    skill_need,
)
from jalur.pathways.plan import plan
from jalur.pathways.roles import load_roles
from jalur.taxonomy.resolve import resolve

MATHEMATICS = {"element_id": "2.C.4.a", "name": "Mathematics", "name_id": "Matematika"}
ACCOUNTING = {"element_id": "2.C.1.c", "name": "Economics and Accounting", "name_id": "Ekonomi dan akuntansi"}
CUSTOMER = {
    "element_id": "2.C.1.e",
    "name": "Customer and Personal Service",
    "name_id": "Layanan pelanggan dan pribadi",
}


def test_the_term_table_covers_every_onet_element_of_the_knowledge_base(kb_path: Path) -> None:
    table = element_terms()
    with KnowledgeBase(kb_path) as kb:
        names = {r[0]: r[1] for r in kb.rows("SELECT element_id, name_en FROM onet_element_name")}
        used = {
            r[0]
            for r in kb.rows(
                "SELECT DISTINCT element_id FROM onet_element WHERE domain IN ('skill', 'knowledge')"
            )
        }
    assert set(table) <= set(names), sorted(set(table) - set(names))
    assert used <= set(table), sorted(used - set(table))
    assert set(names) <= set(table)
    for eid, entry in table.items():
        assert entry["name"] == names[eid], eid
        assert entry["en"] and entry["id"], eid
        assert all(isinstance(t, str) and t.strip() for t in entry["en"] + entry["id"]), eid
    linked = {e for r in load_roles() for k in r.skills for e in k.onet}
    assert linked <= set(table)


def test_words_fold_plurals_and_indonesian_pe_an_nouns_but_not_too_far() -> None:
    assert fold("statistics") == fold("statistic") == "statistic"
    assert fold("categories") == "category" and fold("databases") == "database"
    assert fold("visualisation") == fold("visualization") and fold("behaviour") == fold("behavior")
    assert fold("analyse") == fold("analyze") == fold("analyses")
    assert fold("business") == "business" and fold("analysis") == "analysis" and fold("status") == "status"
    assert fold("pelayanan") == fold("layanan") == "layanan"
    assert fold("pelatihan") == "latihan" and fold("penjualan") == "jualan"
    assert fold("pembukuan") != fold("buku")  # "bookkeeping" is not "book"
    assert fold("personal") == "personal" and fold("design") == "design"


def test_mathematics_finds_a_statistics_course_through_a_term() -> None:
    cs = [
        Course("Intro to Statistics", ("Probability & Statistics",), rating=4.5),
        Course("Cooking at Home", ("Culinary Arts",), rating=5.0),
        Course("Machine Learning", ("Machine Learning",), rating=4.9),
    ]
    assert courses_for(["Mathematics", "Matematika"], cs) == []  # by name alone: nothing (the old limit)
    found = courses_for(skill_need(MATHEMATICS), cs)
    assert [m.course.title for m in found] == ["Intro to Statistics"]
    assert found[0].term in {"statistics", "probability"} and found[0].matched == ["Probability & Statistics"]
    assert 0 < found[0].score <= TERM_WEIGHT < MIN_MATCH


def test_an_indonesian_catalogue_matches_customer_service_and_bookkeeping(tmp_path: Path) -> None:
    f = tmp_path / "katalog.csv"
    f.write_text(
        "judul;keterampilan;jam\n"
        "Pelayanan Pelanggan Prima;layanan pelanggan;8\n"
        "Melayani Tamu Hotel;pelayanan pelanggan|keramahtamahan;12\n"
        "Pembukuan UMKM;pembukuan;16\n"
        "Membuat Buku Cerita Anak;menulis buku;6\n"
        "Servis Motor;perbaikan mesin;20\n",
        encoding="utf-8",
    )
    courses, rejected = read_catalogue(f)
    assert rejected == []
    service = courses_for(skill_need(CUSTOMER), courses)
    assert [m.course.title for m in service] == ["Pelayanan Pelanggan Prima", "Melayani Tamu Hotel"]
    assert service[0].term is None and service[0].matched == ["layanan pelanggan"]  # by its Indonesian name
    assert service[1].matched == ["pelayanan pelanggan"]  # "pelayanan" folds onto "layanan"
    books = courses_for(skill_need(ACCOUNTING), courses)
    assert [m.course.title for m in books] == ["Pembukuan UMKM"]
    assert books[0].term == "pembukuan" and books[0].score < MIN_MATCH


def test_no_match_for_unrelated_courses() -> None:
    cs = [
        Course("Machine Learning Specialization", ("Machine Learning", "Deep Learning")),
        Course("Public Relations 101", ("Public Relations",)),
        Course("Database Administration", ("Database Administration",)),
        Course("Natural Language Processing", ("Natural Language Processing",)),
    ]
    mechanical = {"element_id": "2.C.3.e", "name": "Mechanical", "name_id": "Mekanika"}
    safety = {"element_id": "2.C.8.a", "name": "Public Safety and Security", "name_id": "Keselamatan"}
    admin = {"element_id": "2.C.1.a", "name": "Administration and Management", "name_id": "Manajemen"}
    language = {"element_id": "2.C.7.b", "name": "Foreign Language", "name_id": "Bahasa asing"}
    strategies = {"element_id": "2.A.2.c", "name": "Learning Strategies", "name_id": "Strategi belajar"}
    for need in (mechanical, safety, admin, language, strategies):
        assert courses_for(skill_need(need), cs) == [], need["name"]


def test_matches_by_name_rank_above_matches_by_term_whatever_the_rating() -> None:
    cs = [
        Course("Bookkeeping for Small Shops", ("Bookkeeping",), rating=5.0),
        Course("Accounting Basics", ("Accounting",), rating=3.1),
        Course("Behavioral Economics in Action", ("Behavioral Economics",), rating=4.9),
    ]
    found = courses_for(skill_need(ACCOUNTING), cs)
    # "Behavioral Economics" only crosses the name ("Accounting" / "Behavioral" left over): it comes in
    # through the term "economics", which explains half of it, so below the whole term "bookkeeping"
    assert [m.course.title for m in found] == [
        "Accounting Basics",
        "Bookkeeping for Small Shops",
        "Behavioral Economics in Action",
    ]
    assert [m.term for m in found] == [None, "bookkeeping", "economics"]
    assert found[0].score >= MIN_MATCH > TERM_WEIGHT >= found[1].score > found[2].score


def test_ties_go_to_the_course_whose_title_names_the_skill() -> None:
    cs = [
        Course("Deep Neural Networks", ("Mathematics", "Deep Learning", "Python Programming"), rating=4.9),
        Course("Mathematics for Data Science", ("Mathematics", "Linear Algebra"), rating=4.5),
    ]
    found = courses_for(skill_need(MATHEMATICS), cs)
    assert [m.course.title for m in found] == ["Mathematics for Data Science", "Deep Neural Networks"]


def test_the_catalogue_index_is_built_once_per_catalogue() -> None:
    cs = [Course("A", ("Accounting",)), Course("B", ("Statistics",))]
    assert catalogue_index(cs) is catalogue_index(cs)
    assert catalogue_index(list(cs)) is not catalogue_index(cs)


def test_a_role_skill_is_matched_through_its_esco_labels(kb_path: Path) -> None:
    role_skill = next(
        k for r in load_roles() for k in r.skills if k.name_en == "Regulatory compliance" and k.esco
    )
    need_dict = {"name": role_skill.name_en, "name_id": role_skill.name_id, "importance": 4}
    cs = [
        Course("Compliance for Managers", ("Regulations and Compliance",)),
        Course("Photography", ("Photography",)),
    ]
    with KnowledgeBase(kb_path) as kb:
        need = skill_need(need_dict, kb)
    assert need.concepts and all(c.label for c in need.concepts)
    # by name, "Regulatory compliance" only crosses "Regulations and Compliance"
    assert courses_for([role_skill.name_en, role_skill.name_id], cs) == []
    found = courses_for(need, cs)
    assert [m.course.title for m in found] == ["Compliance for Managers"]
    assert found[0].term in {c.label for c in need.concepts} and found[0].score < MIN_MATCH


def test_a_plan_shows_the_term_a_course_was_found_by(kb_path: Path) -> None:
    catalogue = [
        Course("Bookkeeping for Small Shops", ("Bookkeeping",), hours=10.0, price_idr=100_000),
        Course("Office administration", ("Administrative",), hours=15.0, price_idr=200_000),
    ]
    with KnowledgeBase(kb_path) as kb:
        p = plan(kb, resolve(kb, "4211"), resolve(kb, "3313"), catalogue, catalogue_name="test")
    steps = {s.skill["name"]: s for s in p.steps}
    econ = steps["Economics and Accounting"]
    assert econ.courses[0]["title"] == "Bookkeeping for Small Shops"
    assert econ.courses[0]["matched_term"] == "bookkeeping"
    assert econ.courses[0]["matched_skills"] == ["Bookkeeping"]
    assert econ.hours == 10.0 and econ.hours_source == "course"
    assert steps["Administrative"].courses[0]["matched_term"] is None


@pytest.mark.parametrize("need", [MATHEMATICS, ACCOUNTING, CUSTOMER])
def test_matching_is_fast_on_a_thousand_course_catalogue(need: dict[str, str]) -> None:
    import time

    words = ["Data", "Analysis", "Cloud", "Security", "Marketing", "Design", "Finance", "Writing"]
    cs = [
        Course(f"Course {i}", (f"{words[i % 8]} {words[(i * 3) % 8]}", words[(i * 5) % 8]))
        for i in range(1000)
    ]
    catalogue_index(cs)
    t0 = time.perf_counter()
    for _ in range(20):
        courses_for(skill_need(need), cs)
    assert (time.perf_counter() - t0) / 20 < 0.05
