"""The employer report as a use case, the same for ``jalur report`` and for the service's report jobs: read
the user's files (each untrusted file through the isolated reader), build the report (``jalur.report/1``,
docs/report.md), write it in the chosen formats."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from jalur.app.lookups import Catalogue, industry_codes
from jalur.kb.read import KnowledgeBase
from jalur.reports.write import FORMATS, write_report
from jalur.tables.isolate import Limits

__all__ = [
    "FORMATS",
    "STAGES",
    "ReportInputs",
    "assumption_overrides",
    "assumption_values",
    "build",
    "progress_percent",
    "read_inputs",
    "read_roster",
    "write",
]

#: a step name and how far it is (done, total) — for a progress bar
Progress = Callable[[str, int, int], None]

#: a report's stages in the order they run, each with the share of a whole report's time it takes (the
#: bank sample, measured: placing and scoring the occupations is most of it, writing the PDF the rest)
STAGES: tuple[tuple[str, float], ...] = (
    ("match", 0.10),
    ("occupations", 0.55),
    ("scenarios", 0.05),
    ("write", 0.30),
)


def progress_percent(stage: str, done: int, total: int) -> int:
    """How far a whole report is, 0–100, when ``stage`` has ``done`` of ``total`` steps behind it (an
    unknown stage: 0). Never 100 before the last stage's last step."""
    before = 0.0
    for name, share in STAGES:
        if name == stage:
            part = min(1.0, max(0.0, done / total)) if total > 0 else 0.0
            return min(100, round(100 * (before + share * part)))
        before += share
    return 0


class ReportInputs:
    """What a report takes besides the roster: a column mapping, confirmed codes, scenario assumptions."""

    def __init__(
        self,
        columns: Mapping[str, str] | None = None,
        confirmed: Mapping[str, str] | None = None,
        assumptions: Mapping[str, Any] | None = None,
        industries: Sequence[str] = (),
        remembered: Mapping[str, str] | None = None,
        wages: Any = None,
    ) -> None:
        self.columns = dict(columns) if columns else None
        self.confirmed = dict(confirmed or {})
        #: the part of ``confirmed`` remembered from the organisation's earlier uploads (placed ``remembered``)
        self.remembered = dict(remembered or {})
        self.assumptions = dict(assumptions or {})
        #: the employer's KBLI 2020 divisions (``lookups.industry_codes``): moves within it come first
        self.industries = tuple(industries)
        #: the employer's wage table (``jalur.workforce.wages.WageTable``), or None
        self.wages = wages


def read_inputs(
    columns: Path | None = None,
    overrides: Path | None = None,
    scenario: Path | None = None,
    industry: str | None = None,
    wages: Path | None = None,
) -> ReportInputs:
    """The optional inputs of a report: a column mapping (YAML/CSV), the review queue with its codes filled
    (``--overrides``), a scenario file (YAML), the employer's industry (KBLI 2020 codes), a wage table
    (``--wages``: CSV/XLSX, pay by title, grade or occupation code)."""
    from jalur.workforce.mapping import read_overrides
    from jalur.workforce.roster import read_column_mapping
    from jalur.workforce.scenarios import read_scenario_file
    from jalur.workforce.wages import read_wage_table

    return ReportInputs(
        read_column_mapping(columns) if columns is not None else None,
        read_overrides(overrides) if overrides is not None else {},
        read_scenario_file(scenario) if scenario is not None else {},
        industry_codes(industry) if industry else (),
        wages=read_wage_table(wages) if wages is not None else None,
    )


def read_roster(
    path: Path,
    columns: Mapping[str, str] | None = None,
    *,
    sheet: str | None = None,
    name: str | None = None,
    max_rows: int | None = None,
    max_bytes: int | None = None,
    limits: Limits | None = None,
) -> Any:
    """A roster (``jalur.workforce.roster.Roster``) read by the isolated, limited reader."""
    from jalur.workforce import roster

    return roster.load_roster(
        path,
        columns,
        sheet=sheet,
        name=name,
        max_rows=max_rows if max_rows is not None else roster.MAX_ROWS,
        max_bytes=max_bytes if max_bytes is not None else roster.MAX_BYTES,
        limits=limits,
    )


def assumption_values(overrides: Mapping[str, Any] | None = None) -> list[tuple[str, float, str]]:
    """The scenario assumptions in force with ``overrides`` (a job's), each number with its dotted key
    (``attrition_rate.mid``) and its unit (``share``, ``per year``, ``IDR``…), in the documented order —
    the fields of the job page's form."""
    from jalur.workforce.scenarios import NOTES, assumptions, flat_values

    return [(k, v, NOTES[k.split(".")[0]][0]) for k, v in flat_values(assumptions(overrides))]


def assumption_overrides(values: Mapping[str, float]) -> dict[str, Any]:
    """Dotted keys and numbers (a form's) → the overrides of the defaults a job keeps; ``JalurError``
    (``error.scenario_key`` / ``error.scenario_value``) for an unknown key or a value out of range."""
    from jalur.workforce.scenarios import overrides_from_values

    return overrides_from_values(values)


def remembered_decisions(
    org_decisions: Mapping[str, str], titles: Iterable[str], decided_here: Mapping[str, str]
) -> dict[str, str]:
    """The organisation's earlier decisions that apply to a roster: the latest one per title the roster has
    (compared by ``title_key``: case and spacing do not matter; ``org_decisions`` oldest first), unless this
    upload decided that title itself."""
    from jalur.workforce.mapping import title_key

    here = {title_key(t) for t in decided_here}
    wanted = {title_key(t) for t in titles} - here
    latest: dict[str, tuple[str, str]] = {}
    for t, c in org_decisions.items():  # oldest first: a later spelling of the same title wins
        if title_key(t) in wanted:
            latest[title_key(t)] = (t, c)
    return dict(latest.values())


def download_name(org_name: str | None, created: str | None, name: str) -> str:
    """The name a report file is downloaded under: ``jalur-<organisation>-<date in WIB>-<file>``
    (``jalur-bank-nusantara-2026-12-06-report.pdf``), so that a month's reports do not all arrive as
    ``report.pdf``. The organisation is reduced to lower-case ASCII letters, digits and dashes (at most 40);
    a missing or unreadable part is left out."""
    import datetime as dt
    import re
    import unicodedata

    folded = unicodedata.normalize("NFKD", org_name or "").encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", folded.casefold()).strip("-")[:40].strip("-")
    day = ""
    if created:
        try:
            when = dt.datetime.fromisoformat(created)
        except ValueError:
            when = None
        if when is not None:
            when = when if when.tzinfo else when.replace(tzinfo=dt.UTC)
            day = when.astimezone(dt.timezone(dt.timedelta(hours=7))).date().isoformat()
    return "-".join(part for part in ("jalur", slug, day, name) if part)


def _plan_hours(
    kb: KnowledgeBase, catalogue: Catalogue
) -> Callable[[Any, Any], tuple[float | None, float | None]]:
    """Hours and course cost of a move from a catalogue (as ``jalur plan`` computes them)."""
    from jalur.pathways.plan import plan_to

    def hours(origin: Any, move: Any) -> tuple[float | None, float | None]:
        p = plan_to(kb, origin, move.target, list(catalogue.courses))
        return p.hours, p.cost_idr

    return hours


def place(
    kb: KnowledgeBase, roster: Any, inputs: ReportInputs | None = None, workers: int | None = None
) -> Any:
    """The roster's titles placed (``jalur.batch.functions.place_roster``, the function the Spark runner
    calls on each partition) with the person's decisions of ``inputs``, as ``Placements``."""
    import pyarrow as pa

    from jalur.batch.functions import place_roster, placements_of

    inputs = inputs or ReportInputs()
    # each row's unit: the coder's context for a title whose units name one job function
    table = pa.table(
        {
            "title": pa.array([r.title for r in roster.rows], type=pa.string()),
            "unit": pa.array([r.unit for r in roster.rows], type=pa.string()),
        }
    )
    placed = place_roster(
        table, kb=kb, overrides=inputs.confirmed, remembered=inputs.remembered, workers=workers, unit="unit"
    )
    return placements_of(placed)


def build(
    kb: KnowledgeBase,
    roster: Any,
    *,
    lang: str = "id",
    inputs: ReportInputs | None = None,
    catalogue: Catalogue | None = None,
    progress: Progress | None = None,
    placements: Any = None,
) -> dict[str, Any]:
    """The report's JSON object; reskilling hours and costs from ``catalogue`` when it has courses;
    ``placements``: the roster's titles placed already (``place``; the Spark runner's ``place_roster``)."""
    from jalur.workforce.report import build_report

    inputs = inputs or ReportInputs()
    if placements is None:
        placements = place(kb, roster, inputs)
    hours = _plan_hours(kb, catalogue) if catalogue is not None and catalogue.courses else None
    extra: dict[str, Any] = {"progress": progress} if progress is not None else {}
    report: dict[str, Any] = build_report(
        kb,
        roster,
        lang=lang,
        overrides=inputs.confirmed,
        remembered=inputs.remembered,
        scenario=inputs.assumptions,
        plan_hours=hours,
        industries=inputs.industries,
        wage_table=inputs.wages,
        placements=placements,
        **extra,
    )
    return report


def write(
    report: Mapping[str, Any],
    out: Path,
    formats: Sequence[str],
    lang: str,
    *,
    confirmed: Mapping[str, str] | None = None,
    progress: Progress | None = None,
) -> list[Path]:
    """The report's files in ``out`` (and the review queue); the paths written."""
    extra: dict[str, Any] = {"progress": progress} if progress is not None else {}
    return write_report(report, out, formats, lang, confirmed=confirmed, **extra)
