"""Scenarios: how fast AI is adopted (conservative / baseline / aggressive) over 1, 3 and 5 years, and
what follows for the workforce — work displaced, absorbed by natural attrition, redeployed after
retraining, at risk, new positions — as ranges, never as single numbers.

Every assumption is a named value in ``DEFAULTS`` (documented in docs/report.md#scenarios) and can be
overridden from a YAML file (``--scenario``). Claims made in public ("20% of roles significantly altered
within five years", "30% more new positions than displaced") are outputs here
(``roles_significantly_altered_share``, ``new_vs_displaced``), computed from the roster and the
assumptions, not constants.

Model, per role r with headcount H, automatable share a and augmentable share g (of tasks), for a speed s
and horizon h:

* adoption A(s, h) = ceiling_s x (1 - exp(-h / tau_s)) x u, u the uncertainty factor (1 ± ``uncertainty``);
* displaced FTE D = sum_r H a A;
* absorbed by attrition: sum_r min(H a A, H (1 - (1 - attrition)^h) x unfilled) — the leavers whose
  posts are not refilled (``attrition_unfilled_share``);
* of the rest, ``redeployment_share`` are offered retraining; ``retraining_success`` of them are
  redeployed (``retrained``), the others and those not offered are ``at_risk``;
* new positions N = D x ``new_positions_per_automated_fte`` + sum_r H g A x ``augmentation_growth``;
* a role is significantly altered when (a + g) x A >= ``significant_change``; the share is by headcount;
* reskilling cost = offered x cost per person of the role's move + upskilling cost x A / ceiling_s.

Ranges: ``mid`` uses every assumption's middle value; ``low`` and ``high`` are the least and greatest
result over all combinations of the uncertain assumptions' low / mid / high values.
"""

from __future__ import annotations

import copy
import itertools
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from jalur.errors import JalurError

SPEEDS = ("conservative", "baseline", "aggressive")
HORIZONS = (1, 3, 5)

#: the assumptions; a number given as {low, mid, high} is uncertain and spans the ranges
DEFAULTS: dict[str, Any] = {
    "adoption": {
        "conservative": {"ceiling": 0.5, "tau_years": 6.0},
        "baseline": {"ceiling": 0.7, "tau_years": 4.0},
        "aggressive": {"ceiling": 0.9, "tau_years": 2.5},
    },
    "uncertainty": 0.25,
    "attrition_rate": {"low": 0.05, "mid": 0.08, "high": 0.12},
    "attrition_unfilled_share": {"low": 0.3, "mid": 0.5, "high": 0.8},
    "redeployment_share": 0.8,
    "retraining_success": {"low": 0.5, "mid": 0.65, "high": 0.8},
    "new_positions_per_automated_fte": {"low": 0.1, "mid": 0.25, "high": 0.5},
    "augmentation_growth": {"low": 0.0, "mid": 0.05, "high": 0.15},
    "significant_change": 0.3,
    "learning_cost_idr_per_hour": 75_000,
    "augmentation_training_hours": 16,
    "paid_hours_per_month": 173,
}

#: what each assumption means (shown with the report's ``assumptions``)
NOTES: dict[str, tuple[str, str]] = {
    "adoption": ("share", "share of automatable task time automated: ceiling x (1 - exp(-years / tau))"),
    "uncertainty": ("share", "relative spread of adoption around each speed (low/high)"),
    "attrition_rate": ("per year", "staff leaving each year (natural attrition)"),
    "attrition_unfilled_share": ("share", "of leavers in an exposed role whose post is not refilled"),
    "redeployment_share": ("share", "of displaced staff not absorbed by attrition, offered retraining"),
    "retraining_success": ("share", "of those retrained who move to the new role"),
    "new_positions_per_automated_fte": ("ratio", "positions created (AI oversight, data, integration) per FTE automated"),
    "augmentation_growth": ("ratio", "extra positions per FTE of augmented work, from growth"),
    "significant_change": ("share", "task time changed for a role to count as significantly altered"),
    "learning_cost_idr_per_hour": ("IDR", "cost of one learning hour when courses carry no price (assumption)"),
    "augmentation_training_hours": ("hours", "AI-tools course for staff of augmentation-heavy roles"),
    "paid_hours_per_month": ("hours", "working hours a monthly salary pays (hourly wage = salary / this; 173 as in PP 35/2021)"),
}  # fmt: skip

_UNCERTAIN = (
    "attrition_rate",
    "attrition_unfilled_share",
    "retraining_success",
    "new_positions_per_automated_fte",
    "augmentation_growth",
)


def _merge(base: dict[str, Any], extra: Mapping[str, Any], where: str = "") -> dict[str, Any]:
    out = copy.deepcopy(base)
    for k, v in extra.items():
        path = f"{where}{k}"
        if k not in out:
            raise JalurError("error.scenario_key", key=path, known=", ".join(sorted(base)))
        if isinstance(out[k], dict) and isinstance(v, Mapping):
            out[k] = _merge(out[k], v, path + ".")
        elif isinstance(out[k], dict) and isinstance(v, int | float) and not isinstance(v, bool):
            out[k] = {"low": float(v), "mid": float(v), "high": float(v)} if "mid" in out[k] else out[k]
            if "mid" not in out[k]:
                raise JalurError("error.scenario_value", key=path, value=str(v))
        elif isinstance(v, int | float) and not isinstance(v, bool) and not isinstance(out[k], dict):
            out[k] = float(v)
        else:
            raise JalurError("error.scenario_value", key=path, value=str(v)[:80])
    return out


def _check(a: Mapping[str, Any]) -> None:
    def bad(key: str, value: Any) -> JalurError:
        return JalurError("error.scenario_value", key=key, value=str(value))

    for s in SPEEDS:
        ad = a["adoption"][s]
        if not 0.0 <= ad["ceiling"] <= 1.0:
            raise bad(f"adoption.{s}.ceiling", ad["ceiling"])
        if not ad["tau_years"] > 0.0:
            raise bad(f"adoption.{s}.tau_years", ad["tau_years"])
    for k in ("attrition_rate", "attrition_unfilled_share", "retraining_success"):
        for lvl, v in a[k].items():
            if not 0.0 <= v <= 1.0:
                raise bad(f"{k}.{lvl}", v)
    for k in ("new_positions_per_automated_fte", "augmentation_growth"):
        for lvl, v in a[k].items():
            if not 0.0 <= v <= 10.0:
                raise bad(f"{k}.{lvl}", v)
    for k in _UNCERTAIN:
        if not a[k]["low"] <= a[k]["mid"] <= a[k]["high"]:
            raise bad(k, a[k])
    if not 0.0 <= a["uncertainty"] < 1.0:
        raise bad("uncertainty", a["uncertainty"])
    for k in ("redeployment_share", "significant_change"):
        if not 0.0 <= a[k] <= 1.0:
            raise bad(k, a[k])
    if not 0.0 <= a["learning_cost_idr_per_hour"] <= 100_000_000:
        raise bad("learning_cost_idr_per_hour", a["learning_cost_idr_per_hour"])
    if not 0.0 <= a["augmentation_training_hours"] <= 2_000:
        raise bad("augmentation_training_hours", a["augmentation_training_hours"])
    if not 1.0 <= a["paid_hours_per_month"] <= 744:
        raise bad("paid_hours_per_month", a["paid_hours_per_month"])


def assumptions(overrides: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The defaults with ``overrides`` applied and checked (unknown keys and out-of-range values refused)."""
    a = _merge(DEFAULTS, overrides or {})
    _check(a)
    return a


def flat_values(a: Mapping[str, Any], prefix: str = "") -> list[tuple[str, float]]:
    """Every number of assumptions ``a`` with its dotted key (``attrition_rate.mid``,
    ``adoption.baseline.ceiling``), in the order of ``DEFAULTS`` — the fields of a form."""
    out: list[tuple[str, float]] = []
    for k, v in a.items():
        if isinstance(v, Mapping):
            out += flat_values(v, f"{prefix}{k}.")
        else:
            out.append((f"{prefix}{k}", float(v)))
    return out


def overrides_from_values(values: Mapping[str, float]) -> dict[str, Any]:
    """The nested overrides (as a scenario file has them) for dotted keys whose value differs from the
    defaults; checked by :func:`assumptions` (unknown keys and out-of-range values refused)."""
    defaults = dict(flat_values(DEFAULTS))
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key not in defaults:
            raise JalurError("error.scenario_key", key=key[:80], known=", ".join(sorted(DEFAULTS)))
        if not math.isfinite(value):
            raise JalurError("error.scenario_value", key=key, value=str(value))
        if value == defaults[key]:
            continue
        node = out
        *parents, leaf = key.split(".")
        for p in parents:
            node = node.setdefault(p, {})
        node[leaf] = value
    assumptions(out)
    return out


def read_scenario_file(path: Path) -> dict[str, Any]:
    """Assumption overrides from a YAML file (a mapping, same keys as ``DEFAULTS``), read with the limits
    of :func:`jalur.tables.safeyaml.safe_load` (size, depth, nodes, no aliases)."""
    from jalur.tables.safeyaml import MAX_BYTES, YamlRefused, safe_load

    bom = b"\xef\xbb\xbf"
    try:
        with path.open("rb") as fh:
            raw = fh.read(len(bom) + MAX_BYTES + 1)  # a file over the limit is never read whole
    except OSError as e:
        raise JalurError("error.scenario_file", path=str(path), reason=type(e).__name__) from None
    body = raw.removeprefix(bom)
    if len(body) > MAX_BYTES:
        raise YamlRefused("error.yaml_too_large", "max_bytes", source=str(path), limit=MAX_BYTES)
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as e:
        raise JalurError("error.scenario_file", path=str(path), reason=type(e).__name__) from None
    data = safe_load(text, source=str(path))
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise JalurError("error.scenario_file", path=str(path), reason="not a mapping")
    return data


def adoption(a: Mapping[str, Any], speed: str, years: float) -> float:
    """Share of automatable (or augmentable) task time taken up by AI after ``years``."""
    ad = a["adoption"][speed]
    return float(ad["ceiling"]) * (1.0 - math.exp(-years / float(ad["tau_years"])))


@dataclass(frozen=True)
class _Roles:
    n: np.ndarray  # headcount
    auto: np.ndarray  # share of automate tasks
    aug: np.ndarray  # share of augment tasks
    cost: np.ndarray  # reskilling cost per person
    upskill: np.ndarray  # the role's whole upskilling bill

    @classmethod
    def of(cls, roles: Sequence[Mapping[str, Any]]) -> _Roles:
        def col(k: str) -> np.ndarray:
            return np.array([float(r[k]) for r in roles], dtype=np.float64)

        return cls(
            col("headcount"), col("automate"), col("augment"), col("cost_per_person"), col("upskilling_cost")
        )


def _outcome(
    r: _Roles, a: Mapping[str, Any], adopt: float, ceiling: float, h: int,
    attrition: float, unfilled: float, success: float, per_fte: float, growth: float,
) -> dict[str, float]:  # fmt: skip
    d = r.n * r.auto * adopt
    absorbed_r = np.minimum(d, r.n * (1.0 - (1.0 - attrition) ** h) * unfilled)
    displaced, absorbed = float(d.sum()), float(absorbed_r.sum())
    head = float(r.n.sum())
    altered = float(r.n[(r.auto + r.aug) * adopt >= a["significant_change"]].sum())
    share = float(a["redeployment_share"])
    cost = float(((d - absorbed_r) * share * r.cost).sum())
    cost += float(r.upskill.sum()) * (adopt / ceiling if ceiling else 0.0)
    rest = displaced - absorbed
    offered = rest * share
    retrained = offered * success
    new = float((r.n * r.aug).sum()) * adopt * growth + displaced * per_fte
    return {
        "displaced_fte": displaced,
        "absorbed_by_attrition": absorbed,
        "redeployed": offered,
        "retrained": retrained,
        "at_risk": rest - retrained,
        "new_positions": new,
        "new_vs_displaced": new / displaced if displaced else 0.0,
        "roles_significantly_altered_share": altered / head if head else 0.0,
        "reskilling_cost_idr": cost,
    }


def scenario_grid(roles: Sequence[Mapping[str, Any]], a: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The grid of speeds x horizons, each output as {low, mid, high}; pure. ``roles``: dicts with
    ``headcount``, ``automate``, ``augment`` (shares of tasks), ``cost_per_person`` (reskilling, IDR) and
    ``upskilling_cost`` (IDR, the role's whole AI-tools course bill)."""
    r = _Roles.of(roles)
    u = float(a["uncertainty"])
    levels = ("low", "mid", "high")
    out = []
    for speed in SPEEDS:
        ceiling = float(a["adoption"][speed]["ceiling"])
        for h in HORIZONS:
            base = adoption(a, speed, h)
            runs = []
            for factor in (1 - u, 1.0, 1 + u):
                for lv in itertools.product(levels, repeat=len(_UNCERTAIN)):
                    vals = [float(a[k][lvl]) for k, lvl in zip(_UNCERTAIN, lv, strict=True)]
                    runs.append(_outcome(r, a, min(1.0, base * factor), ceiling, h, *vals))
            mid = _outcome(r, a, base, ceiling, h, *(float(a[k]["mid"]) for k in _UNCERTAIN))
            cell: dict[str, Any] = {"speed": speed, "horizon": h, "adoption": round(base, 4)}
            for key, m in mid.items():
                digits = 4 if key in ("new_vs_displaced", "roles_significantly_altered_share") else 1
                if key == "reskilling_cost_idr":
                    digits = -3
                cell[key] = {
                    "low": round(min(x[key] for x in runs), digits),
                    "mid": round(m, digits),
                    "high": round(max(x[key] for x in runs), digits),
                }
            out.append(cell)
    return out


def assumption_list(a: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The assumptions as the report's ``assumptions`` list (key, value, unit, note)."""
    return [{"key": k, "value": a[k], "unit": NOTES[k][0], "note": NOTES[k][1]} for k in DEFAULTS]
