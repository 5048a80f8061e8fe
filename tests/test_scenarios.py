"""Scenario arithmetic (issue 6): ranges, reconciliation, overrides, and public claims as outputs."""

from __future__ import annotations

from pathlib import Path

import pytest

from jalur.errors import JalurError
from jalur.workforce.scenarios import (
    DEFAULTS,
    HORIZONS,
    SPEEDS,
    adoption,
    assumption_list,
    assumptions,
    read_scenario_file,
    scenario_grid,
)

ROLES = [
    {
        "headcount": 1000,
        "automate": 0.6,
        "augment": 0.3,
        "cost_per_person": 4_000_000.0,
        "upskilling_cost": 0.0,
    },
    {
        "headcount": 400,
        "automate": 0.1,
        "augment": 0.5,
        "cost_per_person": 2_000_000.0,
        "upskilling_cost": 5e8,
    },
    {"headcount": 600, "automate": 0.0, "augment": 0.1, "cost_per_person": 0.0, "upskilling_cost": 0.0},
]


def _cell(grid: list[dict], speed: str, horizon: int) -> dict:
    return next(c for c in grid if c["speed"] == speed and c["horizon"] == horizon)


def test_adoption_grows_with_time_and_speed_and_stays_below_its_ceiling() -> None:
    a = assumptions()
    for s in SPEEDS:
        values = [adoption(a, s, h) for h in HORIZONS]
        assert values == sorted(values) and values[-1] < a["adoption"][s]["ceiling"]
    for h in HORIZONS:
        assert adoption(a, "conservative", h) < adoption(a, "baseline", h) < adoption(a, "aggressive", h)


def test_every_output_is_a_range_that_holds_its_middle() -> None:
    grid = scenario_grid(ROLES, assumptions())
    assert [(c["speed"], c["horizon"]) for c in grid] == [(s, h) for s in SPEEDS for h in HORIZONS]
    for c in grid:
        for key, v in c.items():
            if isinstance(v, dict):
                assert v["low"] <= v["mid"] <= v["high"], (c["speed"], c["horizon"], key)


def test_people_reconcile_within_a_scenario() -> None:
    a = assumptions()
    c = _cell(scenario_grid(ROLES, a), "baseline", 3)
    mid = {k: v["mid"] for k, v in c.items() if isinstance(v, dict)}
    rest = mid["displaced_fte"] - mid["absorbed_by_attrition"]
    assert mid["redeployed"] == pytest.approx(rest * a["redeployment_share"], abs=0.2)
    assert mid["retrained"] + mid["at_risk"] == pytest.approx(rest, abs=0.2)
    expected = sum(r["headcount"] * r["automate"] for r in ROLES) * adoption(a, "baseline", 3)
    assert mid["displaced_fte"] == pytest.approx(expected, abs=0.1)


def test_public_claims_are_outputs_that_follow_the_assumptions() -> None:
    """'20% of roles significantly altered within five years' and '30% more new positions than displaced'
    are computed, and move with what they rest on."""
    base = _cell(scenario_grid(ROLES, assumptions()), "baseline", 5)
    strict = _cell(scenario_grid(ROLES, assumptions({"significant_change": 0.6})), "baseline", 5)
    assert (
        strict["roles_significantly_altered_share"]["mid"] < base["roles_significantly_altered_share"]["mid"]
    )
    many = assumptions({"new_positions_per_automated_fte": 1.3, "augmentation_growth": 0.0})
    c = _cell(scenario_grid(ROLES, many), "baseline", 5)
    assert c["new_vs_displaced"]["mid"] == pytest.approx(1.3, abs=1e-3)
    assert c["new_vs_displaced"]["low"] == c["new_vs_displaced"]["high"]  # no uncertainty left in that ratio


def test_overrides_from_yaml_and_refusals(tmp_path: Path) -> None:
    f = tmp_path / "s.yaml"
    f.write_text(
        "adoption:\n  baseline:\n    ceiling: 0.4\nlearning_cost_idr_per_hour: 120000\n", encoding="utf-8"
    )
    a = assumptions(read_scenario_file(f))
    assert a["adoption"]["baseline"]["ceiling"] == 0.4 and a["adoption"]["baseline"]["tau_years"] == 4.0
    assert a["learning_cost_idr_per_hour"] == 120000
    assert DEFAULTS["adoption"]["baseline"]["ceiling"] == 0.7  # defaults untouched
    with pytest.raises(JalurError) as e:
        assumptions({"adoptoin": 1})
    assert e.value.params["key"] == "adoptoin"
    for bad in ({"uncertainty": 2}, {"attrition_rate": {"low": 0.2, "mid": 0.1}}, {"adoption": 0.5},
                {"retraining_success": "tinggi"}, {"redeployment_share": True}):  # fmt: skip
        with pytest.raises(JalurError):
            assumptions(bad)
    for text in ("[1, 2", "- a\n- b\n", "\x00\x01"):
        f.write_text(text, encoding="utf-8")
        with pytest.raises(JalurError):
            assumptions(read_scenario_file(f))
    f.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(JalurError):
        read_scenario_file(f)


def test_assumptions_are_listed_with_units_and_notes() -> None:
    listed = assumption_list(assumptions())
    assert {x["key"] for x in listed} == set(DEFAULTS)
    assert all(x["unit"] and x["note"] for x in listed)


def test_an_empty_workforce_gives_zeros_not_errors() -> None:
    grid = scenario_grid([], assumptions())
    assert all(c["displaced_fte"]["high"] == 0 and c["new_vs_displaced"]["mid"] == 0 for c in grid)


def test_form_values_become_overrides_of_the_defaults_and_are_checked() -> None:
    """Issue 18: the job page's assumption form sends every number with its dotted key; only those that
    differ from the defaults are kept, nested as a scenario file has them, and the model's checks apply."""
    from jalur.errors import JalurError
    from jalur.workforce.scenarios import DEFAULTS, flat_values, overrides_from_values

    flat = dict(flat_values(DEFAULTS))
    assert flat["attrition_rate.mid"] == 0.08 and flat["adoption.baseline.ceiling"] == 0.7
    assert overrides_from_values(flat) == {}  # the defaults, sent back as they are: nothing to keep
    changed = {**flat, "attrition_rate.mid": 0.1, "learning_cost_idr_per_hour": 90_000.0}
    assert overrides_from_values(changed) == {
        "attrition_rate": {"mid": 0.1},
        "learning_cost_idr_per_hour": 90_000.0,
    }
    for bad in (
        {"attrition_rate.low": 0.5},  # low above the middle
        {"redeployment_share": 1.5},  # a share above 1
        {"adoption.baseline.tau_years": 0.0},
        {"learning_cost_idr_per_hour": float("nan")},
        {"not_an_assumption": 1.0},
    ):
        with pytest.raises(JalurError):
            overrides_from_values(bad)
