"""The ISCO-08 / KBJI 2014 spine of the knowledge base, built from the real public files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from jalur.ingest.build import BuildContext
from jalur.ingest.schema import CORE_SCHEMA
from jalur.ingest.steps import taxonomy


@pytest.fixture(scope="module")
def tx(data_dir: Path) -> tuple[sqlite3.Connection, dict[str, object]]:
    conn = sqlite3.connect(":memory:")
    conn.executescript(CORE_SCHEMA + taxonomy.SCHEMA)
    ctx = BuildContext(conn=conn, data_dir=data_dir)
    taxonomy.load(ctx)
    return conn, ctx.stats


def q(conn: sqlite3.Connection, sql: str, *params: object) -> list[tuple[object, ...]]:
    return conn.execute(sql, params).fetchall()


def test_all_619_isco_codes_with_the_436_unit_groups_and_their_parents(tx) -> None:  # type: ignore[no-untyped-def]
    conn, _ = tx
    assert q(conn, "SELECT level, COUNT(*) FROM isco_group GROUP BY level ORDER BY level") == [
        (1, 10),
        (2, 43),
        (3, 130),
        (4, 436),
    ]
    orphans = q(
        conn,
        "SELECT c.code FROM isco_group c LEFT JOIN isco_group p ON p.code = c.parent "
        "WHERE c.level > 1 AND p.code IS NULL",
    )
    assert orphans == []


def test_every_isco_unit_group_has_an_indonesian_title(tx) -> None:  # type: ignore[no-untyped-def]
    conn, _ = tx
    assert q(conn, "SELECT COUNT(*) FROM isco_group WHERE level = 4 AND title_id IS NULL") == [(0,)]
    assert q(conn, "SELECT title_id, title_id_source FROM isco_group WHERE code = '4211'") == [
        ("Teller Bank dan YBDI", "kbji")
    ]


def test_every_isco_unit_group_has_an_english_description(tx) -> None:  # type: ignore[no-untyped-def]
    conn, _ = tx
    assert q(conn, "SELECT COUNT(*) FROM isco_group WHERE level = 4 AND description_en IS NULL") == [(0,)]


def test_kbji_has_446_unit_groups_and_2137_job_titles_under_them(tx) -> None:  # type: ignore[no-untyped-def]
    conn, _ = tx
    assert q(conn, "SELECT COUNT(*) FROM kbji_group WHERE level = 4") == [(446,)]
    assert q(conn, "SELECT COUNT(*) FROM kbji_job") == [(2137,)]
    assert q(
        conn,
        "SELECT COUNT(*) FROM kbji_job j LEFT JOIN kbji_group g ON g.code = j.unit_group "
        "WHERE g.code IS NULL",
    ) == [(0,)]
    assert q(conn, "SELECT title_id FROM kbji_job WHERE code = '4211.01'") == [("Teller Bank",)]
    assert q(conn, "SELECT residual FROM kbji_job WHERE code LIKE '%.99' LIMIT 1") == [(1,)]


@pytest.mark.parametrize(
    ("kbji", "isco"),
    [
        ("0111", "0110"),
        ("0112", "0110"),
        ("0113", "0110"),
        ("0114", "0110"),
        ("0211", "0210"),
        ("0212", "0210"),
        ("0213", "0210"),
        ("0214", "0210"),
        ("0311", "0310"),
        ("0312", "0310"),
        ("0313", "0310"),
        ("0314", "0310"),
    ],
)
def test_kbji_armed_forces_branches_map_to_one_isco_armed_forces_group(tx, kbji: str, isco: str) -> None:  # type: ignore[no-untyped-def]
    conn, _ = tx
    assert q(
        conn,
        "SELECT to_code, weight, relation FROM link WHERE from_scheme = 'kbji' AND from_code = ? "
        "AND to_scheme = 'isco'",
        kbji,
    ) == [(isco, 1.0, "split")]


@pytest.mark.parametrize(
    ("kbji", "targets"), [("0115", {"3355", "5412"}), ("0215", {"3355", "5412"}), ("0315", {"5412"})]
)
def test_kbji_police_in_major_group_0_maps_to_isco_police_groups(tx, kbji: str, targets: set[str]) -> None:  # type: ignore[no-untyped-def]
    conn, _ = tx
    rows = q(
        conn,
        "SELECT to_code, weight FROM link WHERE from_scheme = 'kbji' AND from_code = ? "
        "AND to_scheme = 'isco'",
        kbji,
    )
    assert {r[0] for r in rows} == targets
    assert sum(float(r[1]) for r in rows) == pytest.approx(1.0)  # type: ignore[arg-type]


@pytest.mark.parametrize("isco", ["5412", "3355"])
def test_isco_police_groups_have_no_kbji_four_digit_twin(tx, isco: str) -> None:  # type: ignore[no-untyped-def]
    conn, _ = tx
    assert q(conn, "SELECT COUNT(*) FROM kbji_group WHERE code = ?", isco) == [(0,)]
    assert {
        r[0]
        for r in q(
            conn,
            "SELECT to_code FROM link WHERE from_scheme = 'isco' AND from_code = ? AND to_scheme = 'kbji'",
            isco,
        )
    } <= {"0115", "0215", "0315"}
    assert q(conn, "SELECT title_id_source FROM isco_group WHERE code = ?", isco) == [("jalur",)]


@pytest.mark.parametrize("code", ["1439", "3139", "3435", "5249", "7319", "8189"])
def test_residual_groups_exist_in_both_kbji_and_isco_but_lack_ilo_scores(tx, code: str) -> None:  # type: ignore[no-untyped-def]
    # DATA.md calls these KBJI national codes; they are ISCO-08 'not elsewhere classified' groups that
    # the ILO 2025 index does not score.
    conn, _ = tx
    assert q(
        conn,
        "SELECT relation FROM link WHERE from_scheme = 'kbji' AND from_code = ? AND to_scheme = 'isco'",
        code,
    ) == [("identical",)]
    assert q(conn, "SELECT COUNT(*) FROM ilo_occupation WHERE isco = ?", code) == [(0,)]


def test_every_kbji_unit_group_links_to_isco_with_weights_summing_to_one(tx) -> None:  # type: ignore[no-untyped-def]
    conn, _ = tx
    rows = q(
        conn,
        "SELECT g.code, SUM(l.weight) FROM kbji_group g LEFT JOIN link l ON l.from_scheme = 'kbji' "
        "AND l.from_code = g.code AND l.to_scheme = 'isco' WHERE g.level = 4 GROUP BY g.code",
    )
    assert len(rows) == 446
    assert all(w is not None and abs(float(w) - 1) < 1e-9 for _, w in rows)  # type: ignore[arg-type]


def test_bank_teller_has_six_tasks_in_english_and_indonesian_with_ilo_scores(tx) -> None:  # type: ignore[no-untyped-def]
    conn, _ = tx
    rows = q(
        conn,
        "SELECT text_en, text_id, score_2025, score_2023, align_method FROM task WHERE isco = '4211' "
        "ORDER BY seq",
    )
    assert len(rows) == 6
    assert all(
        en and id_ and s25 is not None and s23 is not None and m == "order" for en, id_, s25, s23, m in rows
    )
    assert str(rows[0][0]).startswith("Process customer cash deposits")
    assert str(rows[0][1]).startswith("Memproses deposit")
    assert q(conn, "SELECT gradient25, mean_2025 FROM ilo_occupation WHERE isco = '4211'")[0][0] == "g3"


def test_every_ilo_task_is_kept_exactly_once_aligned_or_not(tx) -> None:  # type: ignore[no-untyped-def]
    conn, _ = tx
    assert q(
        conn,
        "SELECT COUNT(*), COUNT(DISTINCT isco || '/' || ilo_task_id) FROM task WHERE ilo_task_id IS NOT NULL",
    ) == [(3266, 3266)]


def test_task_alignment_rate_is_at_least_95_percent(tx) -> None:  # type: ignore[no-untyped-def]
    _, stats = tx
    al = stats["alignment"]
    assert al["ilo_tasks"] == 3266
    assert al["alignment_rate"] >= 0.95


def test_ilo_task_scores_cover_at_least_97_percent_of_unit_groups(tx) -> None:  # type: ignore[no-untyped-def]
    conn, _ = tx
    (n,) = q(conn, "SELECT COUNT(DISTINCT isco) FROM task WHERE score_2025 IS NOT NULL")[0]
    assert n == 427
    assert n / 436 >= 0.97


@pytest.mark.parametrize("code", ["0110", "1439", "3139", "3435", "5249", "7319", "8189"])
def test_groups_the_ilo_does_not_score_have_no_task_list_in_either_classification(tx, code: str) -> None:  # type: ignore[no-untyped-def]
    # ISCO-08 itself gives these 'n.e.c.' and armed-forces groups no task list, and KBJI follows it.
    conn, _ = tx
    assert q(conn, "SELECT COUNT(*) FROM task WHERE isco = ?", code) == [(0,)]


def test_ilo_headline_figures_hold_in_the_kb(tx) -> None:  # type: ignore[no-untyped-def]
    conn, _ = tx
    assert q(conn, "SELECT mean_2025, gradient25 FROM ilo_occupation WHERE isco = '4132'") == [(0.7, "g4")]
    by_major = dict(
        q(conn, "SELECT substr(isco, 1, 1), ROUND(AVG(mean_2025), 3) FROM ilo_occupation GROUP BY 1")
    )
    assert by_major["4"] == pytest.approx(0.536, abs=0.0015)
    assert by_major["9"] == pytest.approx(0.149, abs=0.0015)


def test_kbli_2020_industries_are_loaded_with_their_hierarchy(tx) -> None:  # type: ignore[no-untyped-def]
    conn, _ = tx
    assert q(conn, "SELECT level, COUNT(*) FROM kbli GROUP BY level ORDER BY level") == [
        (1, 21),
        (2, 88),
        (3, 245),
        (4, 567),
        (5, 1791),
    ]
    orphans = q(
        conn,
        "SELECT c.code FROM kbli c LEFT JOIN kbli p ON p.code = c.parent "
        "WHERE c.level > 1 AND p.code IS NULL",
    )
    assert orphans == []
    assert q(conn, "SELECT parent, category FROM kbli WHERE code = '01'") == [("A", "A")]


def test_the_structure_files_duplicated_title_for_3411_is_replaced_by_the_isco_label(tx) -> None:  # type: ignore[no-untyped-def]
    # struct08.xls gives 3411 the title of 3355 ("Police inspectors and detectives")
    conn, stats = tx
    assert q(conn, "SELECT title_en FROM isco_group WHERE code = '3411'") == [
        ("Legal and related associate professionals",)
    ]
    assert q(conn, "SELECT title_en FROM isco_group WHERE code = '3355'") == [
        ("Police inspectors and detectives",)
    ]
    assert stats["isco_title_fixes"] == [
        ["3411", "Police inspectors and detectives", "Legal and related associate professionals"]
    ]
    titles = q(
        conn,
        "SELECT title_en, COUNT(*) FROM isco_group WHERE level = 4 GROUP BY lower(title_en) HAVING COUNT(*) > 1",
    )
    assert titles == []
