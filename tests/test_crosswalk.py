"""Weighted crosswalk links O*NET-SOC 2019 -> SOC 2018 -> SOC 2010 -> ISCO-08, built from the real files."""

from __future__ import annotations

import re
import sqlite3
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from jalur.errors import BadSourceContent
from jalur.ingest.build import BuildContext
from jalur.ingest.schema import CORE_SCHEMA
from jalur.ingest.sources import crosswalks as cw
from jalur.ingest.steps import crosswalk, onet

CODE = {
    "onet": re.compile(r"^\d{2}-\d{4}\.\d{2}$"),
    "soc2018": re.compile(r"^\d{2}-\d{4}$"),
    "soc2010": re.compile(r"^\d{2}-\d{4}$"),
    "isco": re.compile(r"^\d{4}$"),
}
Built = tuple[sqlite3.Connection, dict[str, Any]]


def _build(data_dir: Path, *steps: Any) -> Built:
    conn = sqlite3.connect(":memory:")
    conn.executescript(CORE_SCHEMA)
    ctx = BuildContext(conn=conn, data_dir=data_dir)
    for step in steps:
        conn.executescript(step.SCHEMA)
        step.load(ctx)
    return conn, ctx.stats


@pytest.fixture(scope="module")
def built(data_dir: Path) -> Built:
    return _build(data_dir, onet, crosswalk)


@pytest.fixture(scope="module")
def db(built: Built) -> sqlite3.Connection:
    return built[0]


def chain(db: sqlite3.Connection, scheme: str, code: str) -> dict[str, float]:
    rows = db.execute(
        "SELECT to_code, weight FROM link WHERE source = 'chain' AND from_scheme = ? AND from_code = ?",
        (scheme, code),
    )
    return dict(rows.fetchall())


def test_weights_of_every_code_sum_to_one_per_source_and_target_scheme(db: sqlite3.Connection) -> None:
    sums = db.execute(
        "SELECT from_scheme, to_scheme, source, MIN(s), MAX(s), COUNT(*) FROM (SELECT from_scheme, "
        "from_code, to_scheme, source, SUM(weight) AS s FROM link GROUP BY 1, 2, 3, 4) GROUP BY 1, 2, 3"
    ).fetchall()
    assert len(sums) == 9
    for from_scheme, to_scheme, source, lo, hi, _ in sums:
        assert abs(lo - 1) < 1e-9 and abs(hi - 1) < 1e-9, (from_scheme, to_scheme, source)
    assert db.execute("SELECT COUNT(*) FROM link WHERE weight <= 0 OR weight > 1").fetchone() == (0,)


@pytest.mark.parametrize(
    ("onet_code", "isco"),
    [("43-3071.00", "4211"), ("15-1252.00", "2512"), ("29-1141.00", "2221"), ("11-1011.00", "1120")],
)
def test_onet_occupations_reach_their_isco_unit_group(
    db: sqlite3.Connection, onet_code: str, isco: str
) -> None:
    assert isco in chain(db, "onet", onet_code)


def test_single_targets_are_identical_and_several_are_a_split(db: sqlite3.Connection) -> None:
    assert chain(db, "onet", "43-3071.00") == {"4211": 1.0}
    rel = db.execute(
        "SELECT relation FROM link WHERE source = 'chain' AND from_code = '43-3071.00'"
    ).fetchone()
    assert rel == ("identical",)
    ceo = chain(db, "onet", "11-1011.00")
    assert set(ceo) == {"1112", "1113", "1120"} and all(abs(w - 1 / 3) < 1e-12 for w in ceo.values())


def test_codes_are_normalised_in_every_scheme(db: sqlite3.Connection) -> None:
    bad = []
    for scheme_col, code_col in (("from_scheme", "from_code"), ("to_scheme", "to_code")):
        for scheme, code in db.execute(f"SELECT DISTINCT {scheme_col}, {code_col} FROM link"):
            if not CODE[scheme].match(code):
                bad.append((scheme, code))
    assert bad == []
    assert cw.isco_code(110.0) == "0110" and cw.isco_code("0110") == "0110"
    assert cw.isco_code("211") == "211"  # a text three-digit ISCO code is a minor group, never zero-padded
    assert cw.soc_code("55-1011 ") == "55-1011" and cw.soc_code("551011") == "55-1011"
    assert cw.onet_code(" 11-1011.00") == "11-1011.00" and cw.onet_code("11-1011") is None


def test_every_onet_soc2018_and_soc2010_code_reaches_isco_with_a_note_naming_the_path(
    built: Built, db: sqlite3.Connection
) -> None:
    stats = built[1]["crosswalk"]
    assert stats["codes"] == {"onet": 1016, "soc2018": 867, "soc2010": 840}
    assert stats["share_with_isco_link"] == {"onet": 1.0, "soc2018": 1.0, "soc2010": 1.0}
    notes = {
        r[0]
        for r in db.execute("SELECT DISTINCT note FROM link WHERE source = 'chain' AND from_scheme = 'onet'")
    }
    assert "onet>soc2018>soc2010>isco via o*net-2019, census-2018, bls-isco" in notes
    assert all(n.startswith("onet>soc2018>soc2010>isco via o*net-2019, census-2018, bls-isco") for n in notes)


def test_at_least_90_percent_of_isco_unit_groups_are_linked_to_an_onet_occupation(built: Built) -> None:
    stats = built[1]["crosswalk"]
    assert stats["isco_unit_groups"] == 436  # here from the BLS file: this build has no taxonomy step
    assert stats["isco_unit_groups_reached_from_onet"] / 436 >= 0.90
    assert stats["isco_unit_groups_reached_from_onet_share"] == 1.0
    # 9 groups (armed forces, pawnbrokers, sweepers...) reach only O*NET occupations published without tasks
    assert stats["isco_unit_groups_reached_from_onet_with_tasks"] == 427


def test_isco_coverage_is_measured_against_the_taxonomy_unit_groups_when_present(data_dir: Path) -> None:
    taxonomy = pytest.importorskip("jalur.ingest.steps.taxonomy")
    _, stats = _build(data_dir, taxonomy, crosswalk)
    assert stats["crosswalk"]["isco_unit_groups_from"] == "isco_group"
    assert stats["crosswalk"]["isco_unit_groups"] == 436
    assert stats["crosswalk"]["isco_unit_groups_reached_from_onet_share"] >= 0.90
    assert stats["crosswalk"]["isco_targets_not_unit_groups"] == []


def test_isco_to_onet_links_weight_each_onet_code_by_its_share_in_the_group(
    db: sqlite3.Connection,
) -> None:
    forward: dict[str, dict[str, float]] = defaultdict(dict)
    for onet_code, isco, w in db.execute(
        "SELECT from_code, to_code, weight FROM link WHERE source = 'chain' AND from_scheme = 'onet'"
    ):
        forward[isco][onet_code] = w
    backward: dict[str, dict[str, float]] = defaultdict(dict)
    for isco, onet_code, w in db.execute(
        "SELECT from_code, to_code, weight FROM link WHERE source = 'chain' AND from_scheme = 'isco'"
    ):
        backward[isco][onet_code] = w
    assert {k: set(v) for k, v in backward.items()} == {k: set(v) for k, v in forward.items()}
    for isco, members in backward.items():
        total = sum(forward[isco].values())
        assert sum(members.values()) == pytest.approx(1.0)
        assert all(w == pytest.approx(forward[isco][code] / total) for code, w in members.items())
    assert set(backward["2512"]) == {"15-1252.00", "15-1253.00"}


def test_bls_partial_matches_are_kept_as_partial(db: sqlite3.Connection) -> None:
    rel = dict(
        db.execute(
            "SELECT relation, COUNT(*) FROM link WHERE source = 'crosswalk-bls-isco08-soc2010' GROUP BY 1"
        ).fetchall()
    )
    assert rel["partial"] == 437
    row = db.execute(
        "SELECT relation FROM link WHERE source = 'crosswalk-bls-isco08-soc2010' "
        "AND from_code = '11-1011' AND to_code = '1112'"
    ).fetchone()
    assert row == ("partial",)


def test_bls_links_to_isco_minor_groups_are_split_over_their_unit_groups(
    built: Built, db: sqlite3.Connection
) -> None:
    assert built[1]["crosswalk"]["bls_minor_group_rows"] == ["19-2099>211", "53-2022>315"]
    rows = db.execute(
        "SELECT to_code, weight, note FROM link "
        "WHERE source = 'crosswalk-bls-isco08-soc2010' AND from_code = '19-2099'"
    ).fetchall()
    assert [(c, w) for c, w, _ in rows] == [("2111", 0.25), ("2112", 0.25), ("2113", 0.25), ("2114", 0.25)]
    assert all("minor group 211" in note for _, _, note in rows)


def test_nem_aggregate_codes_are_a_second_onet_source_marked_as_such(
    built: Built, db: sqlite3.Connection
) -> None:
    rows = db.execute(
        "SELECT to_code, relation FROM link "
        "WHERE from_code = '13-1021.00' AND to_scheme = 'soc2018' ORDER BY source"
    ).fetchall()
    assert rows == [("13-1020", "nem-aggregate"), ("13-1021", "identical")]  # bls-onet-soc-..., onet-soc-...
    assert built[1]["crosswalk"]["nem_aggregate_links"] == 34


def test_ibs_is_a_second_source_used_in_the_chain_only_where_bls_has_no_link(
    built: Built, db: sqlite3.Connection
) -> None:
    n_ibs = db.execute("SELECT COUNT(*) FROM link WHERE source = 'crosswalk-ibs-soc2010-isco08'").fetchone()[
        0
    ]
    assert n_ibs == 1131
    assert built[1]["crosswalk"]["soc2010_via_ibs_fallback"] == []  # BLS covers every SOC 2010 code
    assert db.execute(
        "SELECT COUNT(*) FROM link WHERE source = 'chain' AND note LIKE '%ibs%'"
    ).fetchone() == (0,)


def test_onet_occupations_are_narrowed_to_the_soc2010_codes_onet_traces_them_to(
    db: sqlite3.Connection,
) -> None:
    # SOC 2018 15-1299 comes from SOC 2010 15-1199 and 43-9011 (computer operators); O*NET traces
    # Computer Systems Engineers/Architects to 15-1199 only, so ISCO 3511 (via 43-9011) is not reached.
    assert set(chain(db, "onet", "15-1299.08")) == {"2519", "2529"}
    assert "3511" in chain(db, "soc2018", "15-1299")
    n = db.execute("SELECT COUNT(DISTINCT from_code) FROM link WHERE note LIKE '%narrowed%'").fetchone()[0]
    assert n == 13


def test_soc_occupations_hold_2018_definitions_and_2010_titles(db: sqlite3.Connection) -> None:
    levels = dict(
        db.execute("SELECT scheme || ' ' || level, COUNT(*) FROM soc_occupation GROUP BY 1").fetchall()
    )
    assert levels == {
        "soc2018 major": 23, "soc2018 minor": 98, "soc2018 broad": 459, "soc2018 detailed": 867,
        "soc2010 detailed": 840,
    }  # fmt: skip
    tellers = db.execute(
        "SELECT scheme, title, definition IS NOT NULL FROM soc_occupation WHERE code = '43-3071'"
    )
    assert sorted(tellers.fetchall()) == [("soc2010", "Tellers", 0), ("soc2018", "Tellers", 1)]
    assert db.execute(
        "SELECT COUNT(*) FROM soc_occupation WHERE title = '' OR title LIKE '%(#)%'"
    ).fetchone() == (0,)


def test_the_crosswalk_build_is_deterministic(data_dir: Path, db: sqlite3.Connection) -> None:
    again, _ = _build(data_dir, onet, crosswalk)
    assert again.execute("SELECT * FROM link").fetchall() == db.execute("SELECT * FROM link").fetchall()


def test_crosswalk_reader_refuses_a_csv_missing_a_required_column(tmp_path: Path) -> None:
    path = tmp_path / "crosswalk_soc2010_to_soc2018.csv"
    path.write_text(
        "2010 SOC Code,2010 SOC Title,2018 SOC Title\n11-1011,Chief Executives,Chief Executives\n"
    )
    with pytest.raises(BadSourceContent) as err:
        cw.read_soc2010_to_soc2018(path)
    assert "2018 SOC Code" in str(err.value.params["detail"])


def test_crosswalk_reader_refuses_a_malformed_code(tmp_path: Path) -> None:
    path = tmp_path / "crosswalk_soc2010_to_soc2018.csv"
    rows = "".join(f"11-{i:04d},T,11-{i:04d},T\n" for i in range(900)) + "11-1O11,T,11-1011,T\n"
    path.write_text("2010 SOC Code,2010 SOC Title,2018 SOC Code,2018 SOC Title\n" + rows)
    with pytest.raises(BadSourceContent):
        cw.read_soc2010_to_soc2018(path)
