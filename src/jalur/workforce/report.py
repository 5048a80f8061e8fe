"""From a read roster to the report's JSON object (docs/report.md).

``build_report`` is the one place where the roster, the knowledge base and the assumptions meet; the
parts it calls are pure (``impact``, ``scenarios``) or read the knowledge base (``mapping``, occupation
facts). Writing it in the chosen formats is ``jalur.reports.write``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from jalur import __version__
from jalur.kb.provenance import ESCO, ISCO, KBJI, SKKNI_CATALOGUE, TASK_SCORER
from jalur.kb.read import KnowledgeBase
from jalur.taxonomy.industry import industry_of_workforce
from jalur.workforce.impact import (
    NO_UNIT,
    OccupationFacts,
    aggregate,
    role_impact,
    roster_wages,
    totals,
    unit_table,
)
from jalur.workforce.mapping import Placements, place_titles, title_departments, title_key
from jalur.workforce.scenarios import assumption_list, assumptions, scenario_grid

SCHEMA = "jalur.report/1"

#: a step name and how far it is (done, total) — for a progress bar
Progress = Callable[[str, int, int], None]

_TASK_SCORER = {
    "id": TASK_SCORER,
    "title": "Jalur task scorer: estimates for tasks the ILO does not score (docs/model-card-exposure.md)",
    "version": __version__,
    "licence": "as Jalur",
}


def _quiet(step: str, done: int, total: int) -> None:
    return None


def _sources(kb: KnowledgeBase, ids: set[str]) -> list[dict[str, Any]]:
    out = [
        {"id": s.id, "title": s.title, "version": s.version, "licence": s.licence}
        for s in kb.repo.provenance(ids)
    ]
    if TASK_SCORER in ids:
        out.append(dict(_TASK_SCORER))
    return out


def build_report(
    kb: KnowledgeBase,
    roster: Any,
    *,
    lang: str = "id",
    overrides: Mapping[str, str] | None = None,
    scenario: Mapping[str, Any] | None = None,
    plan_hours: Callable[[Any, Any], tuple[float | None, float | None]] | None = None,
    progress: Progress = _quiet,
    industries: Sequence[str] = (),
    remembered: Mapping[str, str] | None = None,
    wage_table: Any = None,
    placements: Placements | None = None,
) -> dict[str, Any]:
    """The report of ``roster`` (``jalur.workforce.roster.Roster``) as a JSON-ready dict (docs/report.md);
    ``industries``: the employer's KBLI 2020 divisions, so that moves within the industry come first; when
    none is given, the division the roster's occupations point to (``industry_of_workforce``), if one
    clearly leads."""
    a = assumptions(scenario)
    progress("match", 0, 1)
    if placements is None:  # else placed already (``jalur.batch.functions.place_roster``, on Spark say)
        departments = title_departments((r.title, r.unit) for r in roster.rows)
        placements = place_titles(
            kb, (r.title for r in roster.rows), overrides, remembered, departments=departments
        )
    progress("match", 1, 1)
    from jalur.workforce.wages import WageTable, fill_salaries, occupation_wages

    table = wage_table if isinstance(wage_table, WageTable) else WageTable()
    # rows without a salary take their title's or grade's wage from the employer's table, if given
    rows, filled = fill_salaries(roster.rows, table, title_key)
    groups = aggregate(rows, title_key, NO_UNIT.get(lang, NO_UNIT["en"]))
    codes = sorted({p.isco for p in placements.placed.values()})
    industry = {"kbli": list(industries), "source": "given" if industries else None}
    if not industries:
        # no industry given: read it from the roster's own occupations (a car plant's welders and painters)
        staff: dict[str, float] = {}
        for key, placed in placements.placed.items():
            if key in groups:
                staff[placed.isco] = staff.get(placed.isco, 0.0) + groups[key].headcount
        industries = industry_of_workforce(staff)
        industry = {"kbli": list(industries), "source": "roster" if industries else None}
    wages = occupation_wages(
        roster_wages(groups, {key: p.isco for key, p in placements.placed.items()}), table
    )
    facts: dict[str, OccupationFacts] = {}
    for i, code in enumerate(codes):
        progress("occupations", i, len(codes))
        facts[code] = OccupationFacts.build(kb, code, plan_hours, tuple(industries), wages)
    progress("occupations", len(codes), len(codes))
    roles = []
    for key, agg in groups.items():
        p = placements.placed.get(key)
        roles.append(role_impact(agg, p.to_dict() if p else None, facts.get(p.isco) if p else None, a))
    roles.sort(key=lambda r: (-r["headcount"], r["title"].casefold(), r["title"]))
    units = unit_table(roles)
    locations = unit_table(roles, by="locations", name="location")
    grades = unit_table(roles, by="grades", name="grade")
    review: list[dict[str, Any]] = [
        {
            "title": groups[key].title,
            "headcount": groups[key].headcount,
            "rows": groups[key].rows,
            "reason": item.reason,
            "candidates": list(item.candidates),
        }
        for key, item in placements.review.items()
        if key in groups
    ]
    review.sort(key=lambda r: (-r["headcount"], r["title"]))
    progress("scenarios", 0, 1)
    grid = scenario_grid(
        [
            {
                "headcount": r["headcount"],
                "automate": r["exposure"]["shares"]["automate"],
                "augment": r["exposure"]["shares"]["augment"],
                "cost_per_person": r["reskilling"]["cost_per_person_idr"] or 0.0,
                "upskilling_cost": r["upskilling"]["cost_idr"],
            }
            for r in roles
            if r["exposure"] is not None
        ],
        a,
    )
    progress("scenarios", 1, 1)
    ids: set[str] = {ISCO, KBJI}
    for code in codes:
        ids |= facts[code].sources
    if any(p.via in ("matcher", "lexicon") for p in placements.placed.values()):
        ids.add(ESCO)
    if any(t["certifications"] for f in facts.values() for t in f.pathways):
        ids.add(SKKNI_CATALOGUE)
    flagged = [{"row": r.row, "flags": list(r.flags)} for r in roster.rows if r.flags]
    return {
        "schema": SCHEMA,
        "lang": lang,
        "input": roster.input,
        "rows_in": roster.rows_in,
        "rows_accepted": len(roster.rows),
        "rows_rejected": [{"row": r.row, "reason": r.reason, "detail": r.detail} for r in roster.rejected],
        "rows_flagged": flagged,
        "totals": totals(roles, units),
        "roles": roles,
        "units": units,
        "locations": locations,
        "grades": grades,
        # where pay came from: the roster's salary column, and the employer's wage table when given
        "pay": {
            "wage_table": bool(table),
            "rows_from_wage_table": filled,
            "rows_with_salary": sum(1 for r in rows if r.salary is not None),
            "occupations_from_wage_table": len(table.by_isco),
        },
        "scenarios": {"assumptions": a, "grid": grid},
        "industry": industry,
        "review_queue": review,
        "sources": _sources(kb, ids),
        "assumptions": assumption_list(a),
        "generator": {"jalur": __version__, "kb": {"built_from": kb.checksum()}},
    }
