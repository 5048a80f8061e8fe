"""Requirements for the 'indices' build step: native values, the Eloundou recomputation, the ISCO rule."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from jalur.ingest.build import BuildContext, step_module
from jalur.ingest.schema import CORE_SCHEMA
from jalur.ingest.sources import indices as src
from jalur.ingest.sources.indices import IscoValue, Link
from jalur.ingest.steps import indices as step

#: a few hand-made composed links, as the crosswalk step writes them (source 'chain')
FIXTURE_LINKS = [
    ("onet", "11-1011.00", "isco", "1112", 0.5, "split"),  # Chief Executives
    ("onet", "11-1011.00", "isco", "1120", 0.5, "split"),
    ("onet", "11-1011.03", "isco", "1120", 1.0, "identical"),  # Chief Sustainability Officers
    ("onet", "99-9999.00", "isco", "1120", 1.0, "identical"),  # no value: lowers coverage
    ("soc2010", "25-1011", "isco", "2310", 1.0, "identical"),  # Frey scores only aggregate 25-1000
    ("soc2018", "11-1011", "isco", "1120", 1.0, "identical"),
]


@pytest.fixture(scope="module")
def idx_ctx(data_dir: Path) -> Iterator[BuildContext]:
    conn = sqlite3.connect(":memory:")
    conn.executescript(CORE_SCHEMA)
    for name in ("onet", "ai_use"):  # the observed-use index reads their (here empty) tables
        conn.executescript(step_module(name).SCHEMA)
    conn.executescript(step.SCHEMA)
    conn.executemany("INSERT INTO link VALUES (?, ?, ?, ?, ?, ?, 'chain', '')", FIXTURE_LINKS)
    ctx = BuildContext(conn=conn, data_dir=data_dir)
    step.load(ctx)
    yield ctx
    conn.close()


def value(ctx: BuildContext, sql: str, *args: object) -> object:
    return ctx.conn.execute(sql, args).fetchone()[0]


# ---------------------------------------------------------------- the aggregation rule, by hand


def test_aggregation_gives_link_weighted_mean_count_coverage_and_flags_on_a_hand_made_example() -> None:
    values = {"A": 0.2, "B": 0.6, "C": 1.0}  # D has no value
    links = [
        Link("A", "1111", 1.0, "identical"),
        Link("B", "1111", 0.5, "split"),
        Link("B", "2222", 0.5, "split"),
        Link("C", "2222", 0.25, "partial"),
        Link("C", "3333", 0.75, "split"),
        Link("D", "2222", 1.0, "identical"),
        Link("D", "4444", 0.0, "split"),
    ]
    out = src.aggregate_to_isco(values, links)
    assert set(out) == {"1111", "2222", "3333"}  # 4444 has no valued code
    # 1111: (1.0*0.2 + 0.5*0.6) / 1.5 = 1/3; all link weight valued
    assert out["1111"].value == pytest.approx(1 / 3)
    assert (out["1111"].n_native, out["1111"].coverage, out["1111"].flags) == (2, 1.0, "crosswalk_split")
    # 2222: (0.5*0.6 + 0.25*1.0) / 0.75 = 11/15; coverage 0.75 / 1.75 = 3/7
    assert out["2222"].value == pytest.approx(11 / 15)
    assert out["2222"].n_native == 2
    assert out["2222"].coverage == pytest.approx(3 / 7)
    assert out["2222"].flags == "crosswalk_split,partial_coverage"
    # 3333: one code
    assert out["3333"] == IscoValue(1.0, 1, 1.0, "crosswalk_split,single_source_code")


def test_aggregation_counts_a_native_code_once_when_several_paths_reach_the_same_group() -> None:
    values = {"A": 0.2, "B": 0.8}
    links = [
        Link("A", "1111", 0.25, "identical"),  # two paths A -> 1111, weights add up to 0.5
        Link("A", "1111", 0.25, "identical"),
        Link("B", "1111", 1.0, "identical"),
    ]
    out = src.aggregate_to_isco(values, links)
    assert out["1111"].n_native == 2
    assert out["1111"].value == pytest.approx((0.5 * 0.2 + 1.0 * 0.8) / 1.5)
    assert out["1111"].flags == ""


def test_detailed_soc_codes_without_values_borrow_from_their_aggregate_code() -> None:
    values = {"25-1000": 0.03, "29-1060": 0.4, "29-1062": 0.9, "13-1020": 0.1}
    filled = src.fill_from_aggregate_codes(values, ["25-1011", "29-1062", "29-1063", "13-1023", "11-1011"])
    assert filled == {"25-1011": 0.03, "29-1063": 0.4, "13-1023": 0.1}
    out = src.aggregate_to_isco({**values, **filled}, [Link("25-1011", "2310", 1.0, "identical")], filled)
    assert out["2310"] == IscoValue(0.03, 1, 1.0, "single_source_code,aggregate_code")


# ---------------------------------------------------------------- Eloundou recomputation


def test_eloundou_alpha_beta_gamma_recomputed_from_task_labels_match_occ_level(data_dir: Path) -> None:
    root = data_dir / "eloundou-gpts-are-gpts"
    occ = src.read_eloundou_occupations(root / "occ_level.csv")
    tasks = src.read_eloundou_tasks(root / "full_labelset.tsv")
    assert len(tasks) == 19265
    assert len(occ) == 923
    recomputed = src.eloundou_scores(tasks)
    assert set(recomputed) == set(occ)
    for code, vals in occ.items():
        for key, v in vals.items():
            assert recomputed[code][key] == pytest.approx(v, abs=1e-12), (code, key)
    assert occ["11-1011.00"]["human_beta"] == pytest.approx(0.35)
    assert occ["11-1011.00"]["gpt4_gamma"] == pytest.approx(0.82)


def test_eloundou_equal_task_weights_do_not_reproduce_occ_level(data_dir: Path) -> None:
    """The trap: a plain mean over tasks is off for most occupations; Core tasks count double."""
    root = data_dir / "eloundou-gpts-are-gpts"
    occ = src.read_eloundou_occupations(root / "occ_level.csv")
    tasks = src.read_eloundou_tasks(root / "full_labelset.tsv")
    plain = src.eloundou_scores(src.EloundouTask(t.onet, t.task_id, "", t.human, t.gpt4) for t in tasks)
    agree = sum(abs(plain[c]["human_beta"] - v["human_beta"]) < 1e-9 for c, v in occ.items())
    assert agree < 300


def test_build_stores_the_eloundou_recomputation_check(idx_ctx: BuildContext) -> None:
    check = idx_ctx.stats["indices"]["eloundou_recomputation"]
    assert check["values_compared"] == 923 * 6
    assert check["values_agreeing_1e-9"] == 923 * 6


# ---------------------------------------------------------------- the step on real data with fixture links


def test_index_meta_describes_every_index_with_its_rule(idx_ctx: BuildContext) -> None:
    rows = idx_ctx.conn.execute(
        "SELECT id, scheme, label_en, label_id, scale, higher_means, rule FROM index_meta"
    ).fetchall()
    schemes = {r[0]: r[1] for r in rows}
    assert schemes == {
        **{f"eloundou_{w}_{m}": "onet" for w in ("human", "gpt4") for m in ("alpha", "beta", "gamma")},
        "microsoft_ai_applicability": "soc2018",
        # the two views of mode (issue 16): observed automation share, AI-performed share
        "anthropic_automation_share": "onet",
        "microsoft_ai_performs_share": "soc2018",
        "felten_aioe": "soc2010",
        "felten_lm_aioe": "soc2010",
        "frey_osborne_probability": "soc2010",
        "nesta_automation_risk": "isco",
        "nesta_bottleneck_prevalence": "isco",
    }
    for r in rows:
        assert all(r[2:]), r[0]
        if r[1] != "isco":
            assert "link-weighted mean" in r[6] and "partial_coverage" in r[6]


def test_native_values_are_stored_at_their_native_codes(idx_ctx: BuildContext) -> None:
    counts = dict(idx_ctx.conn.execute("SELECT index_id, count(*) FROM index_value GROUP BY 1"))
    assert counts["eloundou_human_beta"] == 923
    assert counts["microsoft_ai_applicability"] == 785
    assert counts["felten_aioe"] == 774
    assert counts["felten_lm_aioe"] == 774
    assert counts["frey_osborne_probability"] == 702
    assert counts["nesta_automation_risk"] == 421
    assert value(
        idx_ctx, "SELECT value FROM index_value WHERE index_id = 'felten_aioe' AND code = '11-1011'"
    ) == pytest.approx(1.334246)
    assert value(
        idx_ctx,
        "SELECT value FROM index_value WHERE index_id = 'nesta_automation_risk' "
        "AND scheme = 'isco' AND code = '1111'",
    ) == pytest.approx(3.49985)


def test_isco_values_follow_the_link_weights(idx_ctx: BuildContext) -> None:
    def row(index_id: str, isco: str) -> tuple[float, int, float, str]:
        return idx_ctx.conn.execute(
            "SELECT value, n_native, coverage, flags FROM index_isco WHERE index_id = ? AND isco = ?",
            (index_id, isco),
        ).fetchone()

    # 1120: Chief Executives (0.5 x 0.35) + Chief Sustainability Officers (1 x 0.3889); 99-9999.00 unvalued
    v, n, cov, flags = row("eloundou_human_beta", "1120")
    assert v == pytest.approx((0.5 * 0.35 + 1.0 * 0.38888888888888884) / 1.5)
    assert (n, flags) == (2, "crosswalk_split,partial_coverage")
    assert cov == pytest.approx(1.5 / 2.5)
    assert row("eloundou_gpt4_beta", "1112") == pytest.approx(
        (0.46, 1, 1.0, "crosswalk_split,single_source_code")
    )
    # Frey & Osborne score only the aggregate 25-1000 (postsecondary teachers)
    v, n, cov, flags = row("frey_osborne_probability", "2310")
    assert (v, n, cov, flags) == (pytest.approx(0.032), 1, 1.0, "single_source_code,aggregate_code")
    # native ISCO (Nesta) is copied as is
    assert row("nesta_automation_risk", "1111") == pytest.approx((3.49985, 1, 1.0, ""))
    assert (
        value(idx_ctx, "SELECT count(*) FROM index_isco WHERE index_id = 'nesta_bottleneck_prevalence'")
        == 421
    )


# ---------------------------------------------------------------- the full chain (needs the crosswalk step)


@pytest.mark.slow
def test_full_chain_brings_every_index_to_most_isco_unit_groups(data_dir: Path) -> None:
    conn = sqlite3.connect(":memory:")
    conn.executescript(CORE_SCHEMA)
    ctx = BuildContext(conn=conn, data_dir=data_dir)
    for name in ("taxonomy", "onet", "ai_use", "crosswalk", "esco", "indices"):
        mod = step_module(name)
        conn.executescript(mod.SCHEMA)
        mod.load(ctx)
    if not ctx.stats["indices"]["chain_links"].get("onet"):
        pytest.skip("the crosswalk step writes no chain links yet")
    per_index = ctx.stats["indices"]["per_index"]
    for index_id, s in per_index.items():
        # observed AI use covers only the occupations seen in one assistant's conversations
        floor = 0.70 if index_id == "anthropic_automation_share" else 0.90
        assert s["isco_coverage"] >= floor, index_id
    bad = conn.execute(
        "SELECT count(*) FROM index_isco WHERE coverage <= 0 OR coverage > 1 + 1e-9 OR n_native < 1"
    ).fetchone()[0]
    assert bad == 0
    conn.close()


def test_the_microsoft_ai_share_is_the_ai_part_of_applicability(idx_ctx: BuildContext) -> None:
    vals = dict(
        idx_ctx.conn.execute(
            "SELECT code, value FROM index_value WHERE index_id = 'microsoft_ai_performs_share'"
        ).fetchall()
    )
    assert len(vals) > 700 and all(0 <= v <= 1 for v in vals.values())
    # chief executives: AI applicability 0.103 as performer vs 0.208 as the user's helper (soc_metrics.csv)
    assert vals["11-1011"] == pytest.approx(0.10301817299370603 / (0.20798762323549994 + 0.10301817299370603))
