"""The employer report as an Excel workbook: every table, numbers as numbers, and native bar charts.

Sheets (names in the report's language): Ringkasan/Summary (headline figures, headcount by class with a
chart, personal-data columns dropped, method notes), Peran/Roles (every role), Unit/Units (with a stacked
100 % bar chart of the share of work), Menurut lokasi/By location and Menurut golongan/By grade (the same
figures by the roster's location and grade columns, when it has them), Skenario/Scenarios (one row per speed × horizon × measure, low / mid /
high), Ditolak/Rejected rows (then the flagged rows), Antrean tinjauan/Review queue, Sumber/Sources
(sources, assumptions, scenario assumptions).

**Injection safety.** A spreadsheet (or a CSV exported from it) must never run user text as a formula, so
every string cell goes through :func:`safe_text`: text whose first non-blank character is ``=``, ``+``,
``-`` or ``@`` (or their full-width forms), or that starts with a tab, a carriage return or a line feed, gets
a leading apostrophe ``'`` (:func:`jalur.tables.cellsafe.neutralise_cell`, the same rule as the review-queue
CSV; the OWASP advice for CSV injection; Excel then shows the apostrophe as part of the text, which makes
the change visible rather than silent). Every string is written with ``data_type = "s"``, so nothing is stored as a
formula, and characters XML forbids are removed. Numbers stay numbers, with a number format.

**Determinism.** The core properties carry a fixed date (2000-01-01) for both ``created`` and ``modified``,
and every zip member gets the fixed timestamp 1980-01-01 00:00 and a fixed order: same dict → same bytes.
"""

from __future__ import annotations

import datetime
import io
import math
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

from jalur.i18n import Lang, check_lang
from jalur.i18n.format import rupiah_symbol
from jalur.reports.html import SCENARIO_MEASURES, source_note, value_text
from jalur.reports.labels import (
    METHOD_KEYS,
    assumption_text,
    code_label,
    detail_text,
    label,
    move_kinds,
    source_text,
)
from jalur.reports.report_charts import CLASS_COLOURS, CLASSES, REVIEW_COLOUR
from jalur.tables.cellsafe import (
    FORMULA_TRIGGERS,
    LEADING_BREAKS,
    neutralise_cell,
)
from jalur.tables.cellsafe import SAFE_PREFIX as SAFE_PREFIX  # re-exported

#: spreadsheet formula triggers (:mod:`jalur.tables.cellsafe`; leading blanks before a trigger count too)
FORMULA_START = FORMULA_TRIGGERS + LEADING_BREAKS
FIXED_DATE = datetime.datetime(2000, 1, 1, 0, 0, 0)
ZIP_DATE = (1980, 1, 1, 0, 0, 0)
MAX_CELL = 32_767  # Excel's limit on the characters in a cell

HEAD_FONT = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="EEEEEE")
TITLE_FONT = Font(bold=True, size=14)
WRAP = Alignment(wrap_text=True, vertical="top")

F_INT = "#,##0"
F_DEC = "#,##0.0"
F_SCORE = "0.00"
F_PCT = "0%"
F_PCT1 = "0.0%"


def _f_idr(lang: Lang) -> str:
    """Excel's rupiah format: the symbol of :func:`jalur.i18n.format.rupiah` (``Rp`` / ``IDR``), a space and
    whole rupiah (Excel shows the group separator of the reader's own locale)."""
    return f'"{rupiah_symbol(lang)} "#,##0'


def safe_text(text: object) -> str:
    """``text`` as a string that no spreadsheet reads as a formula (see the module notes)."""
    s: str = ILLEGAL_CHARACTERS_RE.sub("", str(text))
    return neutralise_cell(s)[:MAX_CELL]


def _number(x: Any) -> float | int | None:
    if isinstance(x, bool) or not isinstance(x, int | float):
        return None
    if isinstance(x, float) and not math.isfinite(x):
        return None
    return x


def _map(x: Any) -> Mapping[str, Any]:
    return x if isinstance(x, Mapping) else {}


def _list(x: Any) -> Sequence[Any]:
    return x if isinstance(x, list | tuple) else []


def _title(d: Mapping[str, Any], lang: Lang) -> str:
    return str(d.get(f"title_{lang}") or d.get("title_id") or d.get("title_en") or d.get("target") or "")


class _Sheet:
    """Writes rows into a worksheet: strings made safe, numbers kept numeric with their format."""

    def __init__(self, ws: Worksheet) -> None:
        self.ws = ws
        self.row = 1

    def put(self, row: int, col: int, value: Any, fmt: str | None = None) -> None:
        cell = self.ws.cell(row=row, column=col)
        num = _number(value)
        if value is None or value == "":
            return
        if num is not None:
            cell.value = num
            if fmt:
                cell.number_format = fmt
        else:
            cell.value = safe_text(value)
            cell.data_type = "s"

    def line(self, values: Iterable[Any], fmts: Sequence[str | None] = (), *, head: bool = False) -> int:
        """Write one row at the cursor; returns its row number."""
        r = self.row
        for i, v in enumerate(values):
            self.put(r, i + 1, v, fmts[i] if i < len(fmts) else None)
            if head:
                c = self.ws.cell(row=r, column=i + 1)
                c.font = HEAD_FONT
                c.fill = HEAD_FILL
                c.alignment = WRAP
        self.row += 1
        return r

    def title(self, text: str, *, size_font: Font = TITLE_FONT) -> None:
        self.put(self.row, 1, text)
        self.ws.cell(row=self.row, column=1).font = size_font
        self.row += 1

    def skip(self, n: int = 1) -> None:
        self.row += n

    def widths(self, widths: Sequence[float]) -> None:
        from openpyxl.utils import get_column_letter

        for i, w in enumerate(widths):
            self.ws.column_dimensions[get_column_letter(i + 1)].width = w


def _summary(ws: Worksheet, report: Mapping[str, Any], lang: Lang) -> None:
    s = _Sheet(ws)
    tot = _map(report.get("totals"))
    shares = _map(tot.get("shares"))
    resk = _map(tot.get("reskilling"))
    up = _map(tot.get("upskilling"))
    inp = _map(report.get("input"))
    gen = _map(report.get("generator"))
    idr = _f_idr(lang)
    s.title(label("doc.title", lang))
    s.line([label("doc.input", lang), inp.get("file")])
    s.line([label("doc.generator", lang), f"Jalur {gen.get('jalur', '')}"])
    s.line([label("doc.kb", lang), _map(gen.get("kb")).get("built_from")])
    s.line([label("doc.not_a_forecast", lang)])
    s.skip()
    head = s.line([label("h.figure", lang), label("h.value", lang), label("col.note", lang)], head=True)
    exposure_src = source_note(report, lang, "exposure")
    path_src = source_note(report, lang, "pathways", assumptions=True)
    rows: list[tuple[str, Any, str | None, str]] = [
        (label("h.headcount", lang), tot.get("headcount"), F_INT, ""),
        (label("h.placed", lang), tot.get("headcount_placed"), F_INT, ""),
        (label("h.in_review", lang), tot.get("headcount_in_review"), F_INT, ""),
        (label("h.roles", lang), tot.get("roles"), F_INT, ""),
        (label("h.units", lang), tot.get("units"), F_INT, ""),
        (label("h.exposure", lang), tot.get("exposure_mean"), F_SCORE, exposure_src),
        *(
            (f"{label('h.shares', lang)}: {label('class.' + c, lang)}", shares.get(c), F_PCT1, exposure_src)
            for c in CLASSES
        ),
        (label("h.fte_automatable", lang), tot.get("fte_automatable"), F_DEC, exposure_src),
        (label("h.fte_augmentable", lang), tot.get("fte_augmentable"), F_DEC, exposure_src),
        (label("h.reskill_people", lang), resk.get("people"), F_INT, path_src),
        (label("h.reskill_hours", lang), resk.get("hours"), F_INT, path_src),
        (label("h.reskill_cost", lang), resk.get("cost_idr"), idr, path_src),
        (label("h.cost_basis", lang), code_label("basis", resk.get("cost_basis"), lang), None, ""),
        *(
            [
                (label("h.upskill_people", lang), up.get("people"), F_INT, path_src),
                (label("h.upskill_hours", lang), up.get("hours"), F_INT, path_src),
                (label("h.upskill_cost", lang), up.get("cost_idr"), idr, path_src),
            ]
            if up
            else []
        ),
        (label("h.rows_in", lang), report.get("rows_in"), F_INT, ""),
        (label("h.rows_accepted", lang), report.get("rows_accepted"), F_INT, ""),
        (label("h.rows_rejected", lang), len(_list(report.get("rows_rejected"))), F_INT, ""),
        (label("h.rows_flagged", lang), len(_list(report.get("rows_flagged"))), F_INT, ""),
    ]
    for name, value, fmt, note in rows:
        s.line([name, value, note], [None, fmt, None])
    rows_in, acc, rej = (
        report.get("rows_in"),
        report.get("rows_accepted"),
        len(_list(report.get("rows_rejected"))),
    )
    ok = isinstance(rows_in, int) and isinstance(acc, int) and rows_in == acc + rej
    s.line(
        [
            label(
                "h.reconciled" if ok else "h.not_reconciled",
                lang,
                rows_in=rows_in,
                accepted=acc,
                rejected=rej,
            )
        ]
    )
    ws.freeze_panes = ws.cell(row=head + 1, column=1)

    # headcount by class, with its chart
    s.skip()
    by_class = _map(tot.get("headcount_by_class"))
    first = s.line([label("c.by_class", lang), label("col.headcount", lang)], head=True)
    for c in CLASSES:
        s.line([label(f"class.{c}", lang), by_class.get(c, 0)], [None, F_INT])
    last = s.line([label("c.in_review", lang), tot.get("headcount_in_review", 0)], [None, F_INT])
    chart = BarChart()
    chart.type = "col"
    chart.title = label("c.by_class", lang)
    chart.y_axis.title = label("col.headcount", lang)
    chart.legend = None
    chart.add_data(Reference(ws, min_col=2, min_row=first, max_row=last), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=first + 1, max_row=last))
    chart.series[0].graphicalProperties.solidFill = "4D4D4D"
    from openpyxl.chart.series import DataPoint

    for i, colour in enumerate([*(CLASS_COLOURS[c] for c in CLASSES), REVIEW_COLOUR]):
        pt = DataPoint(idx=i)
        pt.graphicalProperties.solidFill = colour.lstrip("#").upper()
        chart.series[0].dPt.append(pt)
    chart.width, chart.height = 14, 7.5
    ws.add_chart(chart, "E3")

    # personal-data columns dropped
    s.skip()
    s.title(label("sec.personal", lang), size_font=HEAD_FONT)
    personal = [_map(p) for p in _list(inp.get("personal_columns"))]
    if personal:
        s.line([label("col.column", lang), label("col.kind", lang)], head=True)
        for p in personal:
            s.line([p.get("column"), code_label("personal", p.get("kind"), lang)])
        s.line([label("personal.note", lang)])
    else:
        s.line([label("empty.personal", lang)])
    s.skip()
    s.title(label("sec.method", lang), size_font=HEAD_FONT)
    for k in METHOD_KEYS:
        s.line([label(k, lang)])
    s.widths([46, 22, 90])


def _roles(ws: Worksheet, report: Mapping[str, Any], lang: Lang) -> None:
    s = _Sheet(ws)
    idr = _f_idr(lang)
    head = [
        "#",
        label("col.title", lang),
        label("col.units", lang),
        label("col.isco", lang),
        label("col.occupation", lang),
        label("col.via", lang),
        label("col.confidence", lang),
        label("col.headcount", lang),
        label("col.exposure", lang),
        label("col.gradient", lang),
        *(label(f"class.{c}", lang) for c in CLASSES),
        label("col.class", lang),
        label("col.fte_automatable", lang),
        label("col.fte_augmentable", lang),
        label("col.salary_median", lang),
        label("col.top_pathway", lang),
        label("col.kind", lang),
        label("col.hours", lang),
        label("col.cost_person", lang),
        label("col.people", lang),
        label("col.cost_total", lang),
        label("col.skills", lang),
    ]
    fmts = [F_INT, None, None, None, None, None, F_SCORE, F_INT, F_SCORE, None, F_PCT, F_PCT, F_PCT, None]
    fmts += [F_DEC, F_DEC, idr, None, None, F_INT, idr, F_INT, idr, None]
    s.line(head, head=True)
    for i, r in enumerate(map(_map, _list(report.get("roles")))):
        pl = _map(r.get("placement"))
        ex = _map(r.get("exposure"))
        sh = _map(ex.get("shares"))
        rs = _map(r.get("reskilling"))
        paths = [_map(p) for p in _list(r.get("pathways"))]
        top = paths[0] if paths else {}
        kind = top.get("kind")
        kinds = [kind] if isinstance(kind, str) else [str(k) for k in _list(kind)]
        kinds += move_kinds(top)
        units = _map(r.get("units"))
        s.line(
            [
                i + 1,
                r.get("title"),
                "; ".join(f"{u} ({n})" for u, n in units.items()),
                pl.get("isco"),
                _title(pl, lang) if pl else label("c.in_review", lang),
                code_label("via", pl.get("via"), lang) if pl else None,
                pl.get("confidence"),
                r.get("headcount"),
                ex.get("mean"),
                code_label("gradient", ex.get("gradient"), lang) if ex else None,
                *(sh.get(c) for c in CLASSES),
                code_label("class", r.get("dominant_class"), lang) if r.get("dominant_class") else None,
                r.get("fte_automatable") if pl else None,
                r.get("fte_augmentable") if pl else None,
                r.get("salary_median"),
                (f"{top.get('target')} " if top.get("target_type") == "occupation" else "")
                + _title(top, lang)
                if top
                else None,
                ", ".join(code_label("pkind", k, lang) for k in kinds) if top else None,
                rs.get("hours_per_person") if top else None,
                rs.get("cost_per_person_idr") if top else None,
                rs.get("people") if top else None,
                rs.get("cost_idr") if top else None,
                ", ".join(
                    str(x) for x in _list(top.get(f"skills_to_learn_{lang}") or top.get("skills_to_learn"))
                )
                if top
                else None,
            ],
            fmts,
        )
    ws.freeze_panes = "C2"
    ws.auto_filter.ref = f"A1:{ws.cell(row=max(1, s.row - 1), column=len(head)).coordinate}"
    s.widths([5, 42, 30, 7, 34, 12, 10, 10, 9, 16, 10, 10, 10, 12, 12, 12, 14, 38, 22, 9, 15, 9, 17, 40])


def _units(ws: Worksheet, report: Mapping[str, Any], lang: Lang) -> None:
    _groups(ws, report, lang, "units", "unit")


def _locations(ws: Worksheet, report: Mapping[str, Any], lang: Lang) -> None:
    _groups(ws, report, lang, "locations", "location")


def _grades(ws: Worksheet, report: Mapping[str, Any], lang: Lang) -> None:
    _groups(ws, report, lang, "grades", "grade")


def _groups(ws: Worksheet, report: Mapping[str, Any], lang: Lang, key: str, name: str) -> None:
    """The units sheet, or the same figures by the roster's location or grade (``key`` of the report,
    ``name`` of each entry's label); the units sheet has its chart."""
    s = _Sheet(ws)
    idr = _f_idr(lang)
    s.line(
        [
            label(f"col.{name}", lang),
            label("col.headcount", lang),
            label("col.in_review", lang),
            label("col.exposure", lang),
            *(label(f"class.{c}", lang) for c in CLASSES),
            label("col.fte_automatable", lang),
            label("col.reskill_cost", lang),
        ],
        head=True,
    )
    units = [_map(u) for u in _list(report.get(key))]
    for u in units:
        sh = _map(u.get("shares"))
        s.line(
            [
                u.get(name),
                u.get("headcount"),
                u.get("headcount_in_review"),
                u.get("exposure_mean"),
                *(sh.get(c) for c in CLASSES),
                u.get("fte_automatable"),
                u.get("reskilling_cost_idr"),
            ],
            [None, F_INT, F_INT, F_SCORE, F_PCT, F_PCT, F_PCT, F_DEC, idr],
        )
    last = s.row - 1
    s.skip()
    s.line([source_note(report, lang, "exposure", assumptions=True)])
    ws.freeze_panes = "B2"
    s.widths([40, 11, 12, 10, 12, 12, 12, 15, 20])
    if units and key == "units":
        chart = BarChart()
        chart.type = "bar"
        chart.grouping = "percentStacked"
        chart.overlap = 100
        chart.title = label("c.exposure_by_unit", lang)
        chart.add_data(Reference(ws, min_col=5, max_col=7, min_row=1, max_row=last), titles_from_data=True)
        chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=last))
        for ser, c in zip(chart.series, CLASSES, strict=True):
            ser.graphicalProperties.solidFill = CLASS_COLOURS[c].lstrip("#").upper()
            ser.graphicalProperties.line.noFill = True
        chart.y_axis.number_format = "0%"
        chart.x_axis.scaling.orientation = "maxMin"  # first unit on top, as in the table
        chart.width = 18
        chart.height = max(7.5, 1.0 + 0.8 * len(units))
        ws.add_chart(chart, f"A{last + 4}")


def _scenarios(ws: Worksheet, report: Mapping[str, Any], lang: Lang) -> None:
    s = _Sheet(ws)
    idr = _f_idr(lang)
    s.line(
        [
            label("col.speed", lang),
            label("col.horizon", lang),
            label("col.measure", lang),
            label("col.low", lang),
            label("col.mid", lang),
            label("col.high", lang),
            label("col.key", lang),
        ],
        head=True,
    )
    fmt = {
        "reskilling_cost_idr": idr,
        "roles_significantly_altered_share": F_PCT1,
        "new_vs_displaced": "0.00",
    }
    for g in map(_map, _list(_map(report.get("scenarios")).get("grid"))):
        for m in SCENARIO_MEASURES:
            r = _map(g.get(m))
            f = fmt.get(m, F_DEC)
            s.line(
                [
                    code_label("speed", g.get("speed"), lang),
                    g.get("horizon"),
                    code_label("measure", m, lang),
                    r.get("low"),
                    r.get("mid"),
                    r.get("high"),
                    m,
                ],
                [None, F_INT, None, f, f, f, None],
            )
    s.skip()
    s.line([source_note(report, lang, "scenarios", assumptions=True)])
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:G{max(1, s.row - 3)}"
    s.widths([16, 12, 36, 18, 18, 18, 34])


def _rejected(ws: Worksheet, report: Mapping[str, Any], lang: Lang) -> None:
    s = _Sheet(ws)
    s.line(
        [
            label("col.row", lang),
            label("col.reason", lang),
            label("col.detail", lang),
            label("col.key", lang),
        ],
        head=True,
    )
    rejected = [_map(r) for r in _list(report.get("rows_rejected"))]
    for r in rejected:
        s.line(
            [
                r.get("row"),
                code_label("reason", r.get("reason"), lang),
                detail_text(r.get("detail"), lang),
                r.get("reason"),
            ],
            [F_INT],
        )
    if not rejected:
        s.line([label("empty.rejected", lang)])
    flagged = [_map(r) for r in _list(report.get("rows_flagged"))]
    if flagged:
        s.skip()
        s.title(label("sec.flagged", lang), size_font=HEAD_FONT)
        s.line([label("col.row", lang), label("col.flags", lang), "", label("col.key", lang)], head=True)
        for r in flagged:
            flags = [str(f) for f in _list(r.get("flags"))]
            s.line(
                [r.get("row"), ", ".join(code_label("flag", f, lang) for f in flags), None, ", ".join(flags)],
                [F_INT],
            )
    ws.freeze_panes = "A2"
    s.widths([10, 34, 60, 26])


def _review(ws: Worksheet, report: Mapping[str, Any], lang: Lang) -> None:
    s = _Sheet(ws)
    head = [
        label("col.title", lang),
        label("col.headcount", lang),
        label("col.reason", lang),
        label("col.rows", lang),
    ]
    for i in range(1, 4):
        head += [
            f"{label('col.isco', lang)} {i}",
            f"{label('col.occupation', lang)} {i}",
            f"{label('col.confidence', lang)} {i}",
        ]
    s.line(head, head=True)
    queue = [_map(q) for q in _list(report.get("review_queue"))]
    for q in queue:
        values: list[Any] = [
            q.get("title"),
            q.get("headcount"),
            code_label("review", q.get("reason"), lang),
            ", ".join(str(x) for x in _list(q.get("rows"))),
        ]
        fmts: list[str | None] = [None, F_INT, None, None]
        for c in map(_map, list(_list(q.get("candidates")))[:3]):
            values += [c.get("isco"), _title(c, lang), c.get("confidence")]
            fmts += [None, None, F_SCORE]
        s.line(values, fmts)
    if not queue:
        s.line([label("empty.review", lang)])
    ws.freeze_panes = "B2"
    s.widths([42, 10, 18, 30, 8, 34, 11, 8, 34, 11, 8, 34, 11])


def _sources(ws: Worksheet, report: Mapping[str, Any], lang: Lang) -> None:
    s = _Sheet(ws)
    s.line(
        [
            label("col.id", lang),
            label("col.source", lang),
            label("col.version", lang),
            label("col.licence", lang),
        ],
        head=True,
    )
    for src in map(_map, _list(report.get("sources"))):
        s.line([src.get("id"), *(source_text(src, f, lang) for f in ("title", "version", "licence"))])
    s.skip()
    s.title(label("sec.assumptions", lang), size_font=HEAD_FONT)
    s.line(
        [
            label("col.key", lang),
            label("col.value", lang),
            label("col.unit_of", lang),
            label("col.note", lang),
        ],
        head=True,
    )
    for a in map(_map, _list(report.get("assumptions"))):
        v = a.get("value")
        unit, note = assumption_text(a.get("key"), a.get("unit"), a.get("note"), lang)
        s.line([a.get("key"), v if _number(v) is not None else value_text(v, lang), unit, note])
    scen = _map(report.get("scenarios")).get("assumptions")
    if scen and not _list(report.get("assumptions")):
        s.skip()
        s.title(f"{label('sec.scenarios', lang)}: {label('sec.assumptions', lang)}", size_font=HEAD_FONT)
        s.line([label("col.key", lang), label("col.value", lang)], head=True)
        for k, v in _flat(scen):
            s.line([k, v])
    gen = _map(report.get("generator"))
    s.skip()
    s.line(
        [label("doc.generator", lang), f"Jalur {gen.get('jalur', '')}", _map(gen.get("kb")).get("built_from")]
    )
    ws.freeze_panes = "A2"
    s.widths([34, 70, 16, 30])


def _flat(x: Any, prefix: str = "") -> list[tuple[str, Any]]:
    if isinstance(x, Mapping):
        out: list[tuple[str, Any]] = []
        for k, v in x.items():
            out += _flat(v, f"{prefix}.{k}" if prefix else str(k))
        return out
    if isinstance(x, list | tuple):
        if all(isinstance(a, Mapping) and "key" in a for a in x):
            return [(str(a["key"]), a.get("value")) for a in x]
        return [(prefix, ", ".join(str(v) for v in x))]
    return [(prefix, x)]


def _sheet_name(text: str) -> str:
    bad = set("[]:*?/\\")
    return "".join(ch for ch in text if ch not in bad)[:31]


def _reproducible_zip(data: bytes) -> bytes:
    """The same zip with fixed member timestamps and permissions."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            z = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            z.compress_type = zipfile.ZIP_DEFLATED
            z.external_attr = 0o600 << 16
            dst.writestr(z, src.read(info.filename))
    return out.getvalue()


def render_xlsx(report: Mapping[str, Any], lang: str) -> bytes:
    """The report as XLSX bytes, labels in ``lang`` (``id`` or ``en``)."""
    lg = check_lang(lang)
    wb = Workbook()
    parts = [
        ("sheet.summary", _summary),
        ("sheet.roles", _roles),
        ("sheet.units", _units),
        # the roll-ups by the roster's location and grade columns, when it has them
        *([("sheet.locations", _locations)] if _list(report.get("locations")) else []),
        *([("sheet.grades", _grades)] if _list(report.get("grades")) else []),
        ("sheet.scenarios", _scenarios),
        ("sheet.rejected", _rejected),
        ("sheet.review", _review),
        ("sheet.sources", _sources),
    ]
    first = wb.active
    assert first is not None  # a new workbook has one sheet
    for i, (key, fill) in enumerate(parts):
        ws = first if i == 0 else wb.create_sheet()
        ws.title = _sheet_name(label(key, lg))
        fill(ws, report, lg)
    wb.properties.created = FIXED_DATE
    wb.properties.modified = FIXED_DATE
    wb.properties.creator = "Jalur"
    wb.properties.title = label("doc.title", lg)
    wb.properties.language = lg
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        ExcelWriter(wb, archive).save()
    return _reproducible_zip(buf.getvalue())
