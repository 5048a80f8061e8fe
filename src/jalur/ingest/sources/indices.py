"""Readers for AI-exposure and automation indices, and the pure functions that bring them to ISCO.

Native schemes: Eloundou et al. on O*NET-SOC 2019 codes ('onet'), Microsoft on SOC 2018 ('soc2018'), Felten
et al. and Frey & Osborne on SOC 2010 ('soc2010'), Nesta on ISCO-08 unit groups ('isco').
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from jalur.ingest.sources.tables import code, number, read_delimited, read_sheet, require
from jalur.taxonomy.codes import ISCO_UNIT, ONET_CODE, SOC_CODE

ELOUNDOU = "eloundou-gpts-are-gpts"
MICROSOFT = "microsoft-working-with-ai"
FELTEN = "felten-aioe"
FREY_OSBORNE = "frey-osborne-2013"
NESTA = "nesta-mapping-career-causeways"


#: Task weights that reproduce ``occ_level.csv`` exactly from ``full_labelset.tsv`` (found by testing: equal
#: weights reproduce only ~25% of occupations; Core 2 / other 1 reproduces all 923 for all six measures).
ELOUNDOU_TASK_WEIGHT = {"Core": 2.0}
ELOUNDOU_OTHER_TASK_WEIGHT = 1.0
ELOUNDOU_MEASURES = ("alpha", "beta", "gamma")


@dataclass(frozen=True)
class EloundouTask:
    onet: str
    task_id: str
    task_type: str  # 'Core', 'Supplemental' or '' (untyped)
    human: str  # E0 / E1 / E2
    gpt4: str
    text: str = ""  # the O*NET task statement


def _soc_values(
    rows: Iterable[tuple[object, object]], path: Path, source: str, pattern: re.Pattern[str]
) -> dict[str, float]:
    out: dict[str, float] = {}
    for raw_code, raw_value in rows:
        c = code(raw_code)
        v = number(raw_value)
        if not c and v is None:
            continue
        require(bool(pattern.match(c)), path, source, f"bad occupation code {c!r}")
        require(v is not None, path, source, f"no value for {c}")
        require(c not in out, path, source, f"duplicate code {c}")
        assert v is not None
        out[c] = v
    require(len(out) >= 100, path, source, f"only {len(out)} codes")
    return out


def read_eloundou_occupations(path: Path) -> dict[str, dict[str, float]]:
    """``occ_level.csv``: O*NET-SOC code -> {'human_alpha': ..., 'gpt4_beta': ...} (dv_rating = GPT-4)."""
    cols = ["O*NET-SOC Code"] + [f"{who}_rating_{m}" for who in ("dv", "human") for m in ELOUNDOU_MEASURES]
    rows = read_delimited(path, cols, source=ELOUNDOU, min_rows=900)
    out: dict[str, dict[str, float]] = {}
    for r in rows:
        c = r["O*NET-SOC Code"].strip()
        require(bool(ONET_CODE.match(c)) and c not in out, path, ELOUNDOU, f"bad or duplicate code {c!r}")
        vals: dict[str, float] = {}
        for who, name in (("dv", "gpt4"), ("human", "human")):
            for m in ELOUNDOU_MEASURES:
                v = number(r[f"{who}_rating_{m}"])
                require(v is not None, path, ELOUNDOU, f"missing {who}_rating_{m} for {c}")
                assert v is not None
                vals[f"{name}_{m}"] = v
        out[c] = vals
    return out


def read_eloundou_tasks(path: Path) -> list[EloundouTask]:
    """``full_labelset.tsv``: one labelled O*NET task per row (human_exposure_agg, gpt4_exposure)."""
    cols = ["O*NET-SOC Code", "Task ID", "Task", "Task Type", "human_exposure_agg", "gpt4_exposure"]
    rows = read_delimited(path, cols, source=ELOUNDOU, delimiter="\t", min_rows=19000)
    out = []
    for r in rows:
        t = EloundouTask(
            r["O*NET-SOC Code"].strip(),
            code(number(r["Task ID"])),
            r["Task Type"].strip(),
            r["human_exposure_agg"].strip(),
            r["gpt4_exposure"].strip(),
            " ".join(r["Task"].split()),
        )
        require(
            t.human in {"E0", "E1", "E2"} and t.gpt4 in {"E0", "E1", "E2"},
            path,
            ELOUNDOU,
            f"unknown exposure label in task {t.task_id}",
        )
        out.append(t)
    return out


def eloundou_scores(tasks: Iterable[EloundouTask]) -> dict[str, dict[str, float]]:
    """Occupation alpha/beta/gamma from task labels: task-weighted shares, Core tasks weight 2, others 1.

    alpha = share of E1, beta = E1 + 0.5 * E2, gamma = E1 + E2, for annotators ('human_') and GPT-4 ('gpt4_').
    """
    sums: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for t in tasks:
        w = ELOUNDOU_TASK_WEIGHT.get(t.task_type, ELOUNDOU_OTHER_TASK_WEIGHT)
        acc = sums[t.onet]
        acc["weight"] += w
        for name, label in (("human", t.human), ("gpt4", t.gpt4)):
            e1, e2 = float(label == "E1"), float(label == "E2")
            acc[f"{name}_alpha"] += w * e1
            acc[f"{name}_beta"] += w * (e1 + 0.5 * e2)
            acc[f"{name}_gamma"] += w * (e1 + e2)
    return {occ: {k: v / acc["weight"] for k, v in acc.items() if k != "weight"} for occ, acc in sums.items()}


def read_microsoft(path: Path) -> dict[str, float]:
    """``soc_ai_applicability_scores.csv``: SOC 2018 code -> AI applicability score."""
    rows = read_delimited(path, ["SOC Code", "ai_applicability_score"], source=MICROSOFT, min_rows=700)
    return _soc_values(
        ((r["SOC Code"], r["ai_applicability_score"]) for r in rows), path, MICROSOFT, SOC_CODE
    )


def read_microsoft_ai_share(path: Path) -> dict[str, float]:
    """``soc_metrics.csv``: SOC 2018 code -> the AI's share of the occupation's AI applicability,
    ``score_ai / (score_user + score_ai)`` — how much of what was seen is the AI performing the work
    activity itself rather than helping a user do it (codes where both scores are zero are left out)."""
    rows = read_delimited(
        path,
        ["SOC Code", "ai_applicability_score_user", "ai_applicability_score_ai"],
        source=MICROSOFT,
        min_rows=700,
    )
    pairs: list[tuple[object, object]] = []
    for r in rows:
        user, ai = number(r["ai_applicability_score_user"]), number(r["ai_applicability_score_ai"])
        if user is None or ai is None:
            pairs.append((r["SOC Code"], None))  # refused by _soc_values unless the row is blank
        elif user + ai > 0:
            pairs.append((r["SOC Code"], ai / (user + ai)))
    return _soc_values(pairs, path, MICROSOFT, SOC_CODE)


def read_felten(path: Path, sheet: str, column: str) -> dict[str, float]:
    """A Felten et al. occupation sheet: SOC 2010 code -> AIOE (standardised score)."""
    rows = read_sheet(path, ["SOC Code", column], source=FELTEN, sheet=sheet, min_rows=700)
    return _soc_values(((r["SOC Code"], r[column]) for r in rows), path, FELTEN, SOC_CODE)


def read_frey_osborne(path: Path) -> dict[str, float]:
    """Frey & Osborne: SOC 2010 code -> probability of computerisation."""
    rows = read_delimited(path, ["SOC code", "Probability"], source=FREY_OSBORNE, min_rows=700)
    return _soc_values(((r["SOC code"], r["Probability"]) for r in rows), path, FREY_OSBORNE, SOC_CODE)


def read_nesta_isco(path: Path) -> dict[str, tuple[float, float]]:
    """Nesta ``mcc_risk_ISCO_4digit.csv``: ISCO -> (automation risk 1-5, bottleneck prevalence 0-1)."""
    rows = read_delimited(path, ["isco_code", "risk", "prevalence"], source=NESTA, min_rows=400)
    out: dict[str, tuple[float, float]] = {}
    for r in rows:
        c = code(r["isco_code"], 4)
        risk, prev = number(r["risk"]), number(r["prevalence"])
        require(
            bool(ISCO_UNIT.match(c)) and risk is not None and prev is not None and c not in out,
            path,
            NESTA,
            f"bad row for ISCO {c!r}",
        )
        assert risk is not None and prev is not None
        out[c] = (risk, prev)
    return out


# --------------------------------------------------------------------------------------------------
# Bringing native values to ISCO unit groups


@dataclass(frozen=True)
class Link:
    """A weighted link from a native code to an ISCO unit group (weights of one native code sum to 1)."""

    native: str
    isco: str
    weight: float
    relation: str


@dataclass(frozen=True)
class IscoValue:
    value: float
    n_native: int
    coverage: float
    flags: str


SPLIT_RELATIONS = frozenset({"split", "partial"})

AGGREGATION_RULE = (
    "ISCO value = link-weighted mean of the native values: sum(w*v)/sum(w) over the native codes linked "
    "to the unit group that have a value, w = link weight (share of the native code assigned to the group; "
    "links with to_scheme='isco' and source='chain'). Each native code counts once per group (weights of "
    "repeated code-group pairs are added). n_native = native codes with a value; coverage = sum(w) of codes "
    "with a value / sum(w) of all codes linked into the group. Flags: crosswalk_split (a contributing link "
    "is 'split' or 'partial'), partial_coverage (coverage < 1), single_source_code (n_native = 1), "
    "aggregate_code (a detailed SOC code without its own value took the value of the source's aggregate "
    "code covering it, e.g. 25-1000)."
)


def aggregate_to_isco(
    values: Mapping[str, float], links: Iterable[Link], borrowed: Collection[str] = ()
) -> dict[str, IscoValue]:
    """Native values -> ISCO unit groups by the rule in :data:`AGGREGATION_RULE`. Groups without any valued
    native code are left out. ``borrowed``: native codes whose value came from an aggregate code (see
    :func:`fill_from_aggregate_codes`); a group using one gets the flag 'aggregate_code'."""
    pairs: dict[tuple[str, str], list[float | bool]] = {}
    for ln in links:
        key = (ln.isco, ln.native)
        acc = pairs.setdefault(key, [0.0, False])
        acc[0] = float(acc[0]) + ln.weight
        acc[1] = bool(acc[1]) or ln.relation in SPLIT_RELATIONS
    groups: dict[str, list[tuple[str, float, bool]]] = defaultdict(list)
    for (isco, native), (w, split) in pairs.items():
        groups[isco].append((native, float(w), bool(split)))
    out: dict[str, IscoValue] = {}
    for isco, members in groups.items():
        total = sum(w for _, w, _ in members)
        valued = [(n, w, s) for n, w, s in members if n in values]
        covered = sum(w for _, w, _ in valued)
        if not valued or covered <= 0:
            continue
        value = sum(w * values[n] for n, w, _ in valued) / covered
        coverage = covered / total if total > 0 else 0.0
        flags = []
        if any(s for _, _, s in valued):
            flags.append("crosswalk_split")
        if coverage < 1 - 1e-9:
            flags.append("partial_coverage")
        if len(valued) == 1:
            flags.append("single_source_code")
        if any(n in borrowed for n, _, _ in valued):
            flags.append("aggregate_code")
        out[isco] = IscoValue(value, len(valued), min(coverage, 1.0), ",".join(flags))
    return out


def fill_from_aggregate_codes(values: Mapping[str, float], codes: Iterable[str]) -> dict[str, float]:
    """Values for detailed SOC codes that have none, taken from an aggregate code of the same source.

    Some sources score SOC aggregates ('25-1000', '29-1060', '13-1020') instead of their detailed
    occupations. A detailed code (last digit not 0) without its own value takes the value of the most specific
    aggregate whose trailing zeros, stripped, leave a prefix of the code. Returns only the filled codes.
    """
    prefixes = {c.rstrip("0"): c for c in values if SOC_CODE.match(c) and c.endswith("0")}
    out: dict[str, float] = {}
    for c in codes:
        if c in values or not SOC_CODE.match(c) or c.endswith("0"):
            continue
        for k in range(len(c) - 1, 3, -1):
            agg = prefixes.get(c[:k])
            if agg is not None:
                out[c] = values[agg]
                break
    return out
