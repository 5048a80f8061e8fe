"""From a read roster to the report's JSON object (docs/report.md), and from that to files.

``build_report`` is the one place where the roster, the knowledge base and the assumptions meet; the
parts it calls are pure (``impact``, ``scenarios``) or read the knowledge base (``mapping``, occupation
facts). ``write_report`` puts the chosen formats in a folder.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from jalur import __version__, config
from jalur.kb.read import KnowledgeBase
from jalur.occupation import sources_for
from jalur.report.impact import (
    NO_UNIT,
    OccupationFacts,
    aggregate,
    role_impact,
    totals,
    unit_table,
)
from jalur.report.mapping import place_titles, review_queue_csv, title_key
from jalur.report.scenarios import assumption_list, assumptions, scenario_grid

SCHEMA = "jalur.report/1"
FORMATS = ("json", "html", "pdf", "xlsx")

#: a step name and how far it is (done, total) — for a progress bar
Progress = Callable[[str, int, int], None]

_TASK_SCORER = {
    "id": "jalur-task-scorer",
    "title": "Jalur task scorer: estimates for tasks the ILO does not score (docs/model-card-exposure.md)",
    "version": __version__,
    "licence": "as Jalur",
}


def _quiet(step: str, done: int, total: int) -> None:
    return None


def _kb_checksum(kb: KnowledgeBase) -> str | None:
    path = config.manifest_path(kb.path)
    try:
        value = json.loads(path.read_text(encoding="utf-8")).get("kb_sha256")
    except (OSError, ValueError):
        return None
    return str(value) if value else None


def _sources(kb: KnowledgeBase, ids: set[str]) -> list[dict[str, Any]]:
    titles = {r["id"]: r["title"] for r in kb.sources()}
    out = [
        {
            "id": s["id"],
            "title": titles.get(s["id"], s["id"]),
            "version": s["version"],
            "licence": s["licence"],
        }
        for s in sources_for(kb, ids)
    ]
    if "jalur-task-scorer" in ids:
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
) -> dict[str, Any]:
    """The report of ``roster`` (``jalur.report.roster.Roster``) as a JSON-ready dict (docs/report.md)."""
    from jalur.exposure.scorer import TaskScorer

    a = assumptions(scenario)
    progress("match", 0, 1)
    placements = place_titles(kb, (r.title for r in roster.rows), overrides)
    progress("match", 1, 1)
    groups = aggregate(roster.rows, title_key, NO_UNIT.get(lang, NO_UNIT["en"]))
    codes = sorted({p.isco for p in placements.placed.values()})
    scorer = TaskScorer.for_kb(kb)
    facts: dict[str, OccupationFacts] = {}
    for i, code in enumerate(codes):
        progress("occupations", i, len(codes))
        facts[code] = OccupationFacts.build(kb, code, scorer, plan_hours)
    progress("occupations", len(codes), len(codes))
    roles = []
    for key, agg in groups.items():
        p = placements.placed.get(key)
        roles.append(role_impact(agg, p.to_dict() if p else None, facts.get(p.isco) if p else None, a))
    roles.sort(key=lambda r: (-r["headcount"], r["title"].casefold(), r["title"]))
    units = unit_table(roles)
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
    ids: set[str] = {"isco-08", "kbji-2014-kbli-2020"}
    for code in codes:
        ids |= facts[code].sources
    if any(p.via == "matcher" for p in placements.placed.values()):
        ids.add("esco-1.2.0")
    if any(t["certifications"] for f in facts.values() for t in f.pathways):
        ids.add("skkni-catalog-scraped")
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
        "scenarios": {"assumptions": a, "grid": grid},
        "review_queue": review,
        "sources": _sources(kb, ids),
        "assumptions": assumption_list(a),
        "generator": {"jalur": __version__, "kb": {"built_from": _kb_checksum(kb)}},
    }


def to_json(report: Mapping[str, Any]) -> str:
    """The report as stable JSON text (keys in order written, UTF-8, two-space indent)."""
    return json.dumps(report, ensure_ascii=False, indent=2) + "\n"


def write_report(
    report: Mapping[str, Any],
    out: Path,
    formats: Sequence[str],
    lang: str,
    *,
    confirmed: Mapping[str, str] | None = None,
    progress: Progress = _quiet,
) -> list[Path]:
    """Write the chosen formats and the review queue file into ``out``; the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for i, fmt in enumerate(formats):
        progress("write", i, len(formats))
        path = out / f"report.{fmt}"
        if fmt == "json":
            path.write_text(to_json(report), encoding="utf-8")
        elif fmt == "html":
            from jalur.report.render_html import render_html

            path.write_text(render_html(report, lang), encoding="utf-8")
        elif fmt == "pdf":
            from jalur.report.render_pdf import render_pdf

            path.write_bytes(render_pdf(report, lang))
        elif fmt == "xlsx":
            from jalur.report.render_xlsx import render_xlsx

            path.write_bytes(render_xlsx(report, lang))
        written.append(path)
    # the titles still to review, then those confirmed before: the file stays the user's whole record
    kept = [
        {"title": r["title"], "headcount": r["headcount"], "reason": "confirmed", "candidates": [],
         "code": r["placement"]["isco"]}
        for r in report["roles"]
        if r["placement"] and r["placement"]["via"] == "override"
    ]  # fmt: skip
    queue = out / "review_queue.csv"
    queue.write_text(review_queue_csv([*report["review_queue"], *kept], confirmed), encoding="utf-8-sig")
    written.append(queue)
    progress("write", len(formats), len(formats))
    return written
