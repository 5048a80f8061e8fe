"""Skills in job ads (issue 19): the lexicon matcher on ads written for these tests — traps, Indonesian
and English, sections, evidence."""

from __future__ import annotations

from jalur.market.ads import Ad, classify
from jalur.market.skills import Automaton, skill_records, skills_of, unglue


def names(title: str, description: str = "") -> set[str]:
    return {h.skill for h in skills_of(title, description)}


def test_automaton_finds_overlapping_patterns():
    auto = Automaton([("a", "b"), ("b", "c"), ("b",), ("x", "a", "b", "d")])
    hits = auto.find(["x", "a", "b", "c"])
    assert sorted(hits) == [(1, 3, 0), (2, 3, 2), (2, 4, 1)]
    assert auto.find([]) == []


def test_english_tools_and_competences():
    got = names(
        "Data Analyst",
        "Requirements: Proficient in Python, SQL and MS Excel. Experience with Tableau or Power BI. "
        "Strong communication and problem-solving skills. Fluent in English.",
    )
    assert got == {"python", "sql", "microsoft excel", "tableau", "power bi", "komunikasi", "problem solving",
                   "bahasa inggris"}  # fmt: skip


def test_indonesian_ad():
    got = names(
        "Staf Admin Keuangan",
        "Kualifikasi: Menguasai Ms. Office terutama Excel, mampu bekerja dalam tim, memahami perpajakan "
        "(Brevet A/B), memiliki SIM C dan bisa mengemudi motor. Jujur, rajin dan teliti.",
    )
    assert {"microsoft office", "microsoft excel", "kerja sama tim", "perpajakan", "mengemudi"} <= got
    assert not got & {"jujur", "rajin", "teliti", "c"}  # traits are not skills; "SIM C" is no language


def test_traps_are_not_skills():
    text = (
        "Requirements: excellent attention to detail, siap bekerja di East Java, grade C or above, "
        "go to market plans, R&D experience, able to excel in a fast-paced team."
    )
    got = names("Marketing Officer", text)
    assert not got & {"microsoft excel", "sap", "java", "c", "go", "r"}


def test_short_names_need_a_tool_beside_them():
    assert {"r", "python", "sql"} <= names("Analyst", "Requirements: SQL, R or Python is a plus.")
    assert "r" not in names("Analyst", "Requirements: R is the letter after Q.")
    assert {"c", "c++", "go"} <= names("Engineer", "Requirements: C/C++ and Go programming.")
    assert "go" not in names("Engineer", "Requirements: Go through the code reviews with Python.")


def test_glued_words_and_camel_case():
    assert unglue("RequirementBachelor SQLProven PowerBI") == "Requirement Bachelor SQL Proven Power BI"
    got = names(
        "Developer", "RequirementsExperience with JavaScript, Javascript and PostgreSQLSkilled in Docker"
    )
    assert {"javascript", "postgresql", "docker"} <= got
    assert "java" not in got and "sql" not in got  # inside longer matches


def test_company_text_and_benefits_do_not_count():
    text = (
        "About Us: We are a leading company using Python and Kubernetes. "
        "Requirements: Microsoft Excel. Benefits: free English classes and a Tableau licence."
    )
    hits = skills_of("Admin", text)
    assert {h.skill for h in hits} == {"microsoft excel"}
    assert hits[0].section == "requirements"


def test_degree_majors_are_not_competences():
    assert "statistik" not in names(
        "Analyst", "Kualifikasi: S1 Statistika atau Bachelor degree in Statistics."
    )
    assert "statistik" in names("Analyst", "Requirements: strong knowledge of statistics and SQL.")
    assert "akuntansi" not in names("Staff", "Requirements: Bachelor's degree in Accounting.")


def test_records_have_evidence_mapping_and_redaction():
    recs = skill_records(
        "Data Engineer",
        "Requirements: Python and Airflow. Contact Budi at budi.santoso@example.com or 0812-3456-7890 "
        "with your Python portfolio.",
    )
    by = {r["skill"]: r for r in recs}
    assert set(by) == {"python", "airflow"}
    assert by["python"]["kind"] == "tool" and by["python"]["section"] == "requirements"
    assert by["python"]["onet"] == "Python" and by["python"]["esco"].startswith("http://data.europa.eu/esco/")
    for r in recs:
        assert len(r["evidence"]) <= 80
        assert "@example.com" not in r["evidence"] and "3456" not in r["evidence"]
    assert "python" in by["python"]["evidence"].lower()


def test_title_counts_and_empty_ads():
    assert names("SAP FICO Consultant") == {"sap"}
    assert skills_of("", "") == []


def test_classify_fills_skills():
    ad = Ad("1", 1, "Data Analyst", "Requirements: SQL and Tableau. Good communication skills.")
    record = classify([ad])[0]
    assert {s["skill"] for s in record["skills"]} == {"sql", "tableau", "komunikasi"}
    assert all(set(s) == {"skill", "kind", "section", "evidence", "esco", "onet"} for s in record["skills"])
