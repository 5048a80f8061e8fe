"""The command line as a user meets it: profiles, JSON, errors in both languages, no tracebacks."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jalur.faces.cli.main import app

runner = CliRunner()


def run(kb_path: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, [*args, "--kb", str(kb_path)])
    return result.exit_code, result.stdout, result.stderr


def test_occupation_json_of_bank_teller_has_six_bilingual_scored_tasks_and_the_ilo_gradient(
    kb_path: Path,
) -> None:
    code, stdout, _ = run(kb_path, "occupation", "4211", "--json")
    assert code == 0
    p = json.loads(stdout)
    assert p["isco"] == "4211" and p["title_id"] == "Teller Bank dan YBDI"
    assert p["title_en"] == "Bank tellers and related clerks"
    assert len(p["tasks"]) == 6
    assert all(t["text_en"] and t["text_id"] and 0 <= t["score_2025"] <= 1 for t in p["tasks"])
    assert p["ilo"]["gradient25"] == "g3"
    ids = {i["id"] for i in p["indices"]}
    assert "ilo_2025_mean" in ids
    assert isinstance(p["flags"], list)
    assert any(j["code"] == "4211.01" for j in p["kbji_jobs"])


def test_occupation_in_indonesian_shows_the_tasks_and_gradient(kb_path: Path) -> None:
    code, stdout, _ = run(kb_path, "occupation", "4211")
    assert code == 0
    assert "Teller Bank dan YBDI" in stdout and "Memproses deposit" in stdout
    assert "Terpapar: gradien 3" in stdout


def test_occupation_in_english_leads_with_english(kb_path: Path) -> None:
    code, stdout, _ = run(kb_path, "occupation", "4132", "--lang", "en")
    assert code == 0
    assert "Data entry clerks" in stdout and "Exposed: gradient 4" in stdout


@pytest.mark.parametrize("query", ["4211.01", "Teller Bank"])
def test_kbji_job_codes_and_exact_titles_resolve_to_their_unit_group(kb_path: Path, query: str) -> None:
    code, stdout, _ = run(kb_path, "occupation", query, "--json")
    assert code == 0
    assert json.loads(stdout)["isco"] == "4211"


def test_kbji_armed_forces_code_resolves_to_the_isco_group_with_a_flag(kb_path: Path) -> None:
    code, stdout, _ = run(kb_path, "occupation", "0112", "--json")
    assert code == 0
    p = json.loads(stdout)
    assert p["isco"] == "0110" and "kbji_code_differs_from_isco" in p["flags"]


def test_a_kbji_code_with_two_isco_targets_is_not_guessed(kb_path: Path) -> None:
    code, _, stderr = run(kb_path, "occupation", "0115", "--lang", "en")
    assert code == 2
    assert "3355" in stderr and "5412" in stderr


@pytest.mark.parametrize(("lang", "text"), [("id", "tidak ditemukan"), ("en", "was not found")])
def test_unknown_code_gives_a_clear_message_in_the_chosen_language_and_exit_2(
    kb_path: Path, lang: str, text: str
) -> None:
    code, stdout, stderr = run(kb_path, "occupation", "9999", "--lang", lang)
    assert code == 2
    assert text in stderr
    assert "Traceback" not in stdout + stderr


@pytest.mark.parametrize(
    "query", ["   ", "<script>alert(1)</script>", "🙂🙂", "x" * 100_000, "12-34", "'; DROP TABLE task; --"]
)
def test_hostile_or_empty_queries_fail_cleanly(kb_path: Path, query: str) -> None:
    code, stdout, stderr = run(kb_path, "occupation", query)
    assert code == 2
    assert "Traceback" not in stdout + stderr


def test_a_near_miss_name_is_placed_and_an_unsure_one_offers_candidates(kb_path: Path) -> None:
    # since issue 14 `jalur occupation` places free text through the matcher, like every other face
    code, stdout, _ = run(kb_path, "occupation", "teler bank", "--lang", "en")
    assert code == 0 and "4211" in stdout
    # a text the matcher is unsure of fails with its candidates, never a guess
    # ("teknisi": electronics, machinery, vehicles… — we curated it with three readings)
    code, _, stderr = run(kb_path, "occupation", "teknisi", "--lang", "en")
    assert code == 2
    assert "Did you mean" in stderr and re.search(r"\b7\d\d\d\b", stderr)


def test_unsupported_language_is_a_usage_error(kb_path: Path) -> None:
    code, _, stderr = run(kb_path, "occupation", "4211", "--lang", "fr")
    assert code == 2 and "fr" in stderr


def test_missing_knowledge_base_says_how_to_build_it(tmp_path: Path) -> None:
    code, _, stderr = run(tmp_path / "none.sqlite", "occupation", "4211", "--lang", "en")
    assert code == 2
    assert "jalur kb build" in stderr


def test_kb_info_json_reports_coverage_at_or_above_the_floors(kb_path: Path) -> None:
    code, stdout, _ = run(kb_path, "kb", "info", "--json")
    assert code == 0
    info = json.loads(stdout)
    cov = info["coverage"]
    assert cov["isco_with_title_id"]["share"] >= 0.99
    assert cov["isco_with_ilo_task_scores"]["share"] >= 0.97
    assert cov["isco_with_onet"]["share"] >= 0.90
    assert cov["isco_with_esco_skills"]["share"] >= 0.90
    assert info["counts"]["kbji_job"] == 2137
    assert info["stats"]["alignment"]["alignment_rate"] >= 0.95


def test_profile_skills_have_indonesian_names_and_technology_is_ranked_by_link_share(kb_path: Path) -> None:
    code, stdout, _ = run(kb_path, "occupation", "8321", "--json")
    assert code == 0
    p = json.loads(stdout)
    assert p["skills"] and all(s["name_id"] and s["name"] for s in p["skills"])
    shares = [t["share"] for t in p["technology"]]
    assert shares == sorted(shares, reverse=True) and all(0 < s <= 1 for s in shares)
    assert sum(o["weight"] for o in p["onet"]) == pytest.approx(1.0, abs=1e-3)


def test_every_onet_skill_and_knowledge_element_has_an_indonesian_name(kb_path: Path) -> None:
    import sqlite3

    conn = sqlite3.connect(f"file:{kb_path}?mode=ro", uri=True)
    try:
        missing = conn.execute(
            "SELECT COUNT(DISTINCT e.element_id) FROM onet_element e "
            "LEFT JOIN onet_element_name n ON n.element_id = e.element_id WHERE n.name_id IS NULL"
        ).fetchone()[0]
        total = conn.execute("SELECT COUNT(*) FROM onet_element_name").fetchone()[0]
    finally:
        conn.close()
    assert missing == 0 and total == 68


def test_kb_build_with_a_missing_data_folder_lists_what_is_missing_and_how_to_get_it(tmp_path: Path) -> None:
    result = runner.invoke(
        app,
        [
            "kb",
            "build",
            "--data-dir",
            str(tmp_path / "nowhere"),
            "--kb",
            str(tmp_path / "kb.sqlite"),
            "--lang",
            "en",
        ],
    )
    assert result.exit_code == 2
    assert "ilo-genai-exposure-2025/Final_Scores_ISCO08_Gmyrek_et_al_2025.xlsx" in result.stderr
    assert "jalur data download" in result.stderr
    assert "Traceback" not in result.stdout + result.stderr


@pytest.mark.parametrize(
    "args,code_name",
    [
        (["occupation", "9999"], "unknown_occupation"),
        (["paths", "7132", "--industry", "C"], "industry_code"),
        (["exposure", "xqzv blorp qqq"], "unknown_occupation"),
    ],
)
def test_with_json_an_error_or_abstention_is_json_on_stdout_with_exit_2(
    kb_path: Path, args: list[str], code_name: str
) -> None:
    """Issue 18: a script reading --json output sees the error, not an empty stdout."""
    code, stdout, stderr = run(kb_path, *args, "--json", "--lang", "en")
    assert code == 2 and stderr.strip()  # the human message stays on stderr
    body = json.loads(stdout)["error"]
    assert body["code"] == code_name and body["message"] and isinstance(body["details"], list)
    if code_name == "unknown_occupation":
        assert isinstance(body["candidates"], list)
