"""The employer report as one self-contained HTML page (inline CSS and SVG, no script, no external URL).

:func:`render_html` turns a ``jalur.report/1`` dict (docs/report.md) into the page; :func:`build_page` is
the same page for print (the PDF): the largest roles only, long lists cut with a line saying how many more
are in the XLSX/JSON. All formatting happens here, in Python, into a plain view model; the Jinja template
(``templates/report.html.j2`` with ``templates/report.css``) only lays it out, with autoescaping on, so user
text (titles, units, column names, details) is always escaped. Same dict → same bytes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from jalur.i18n import Lang, check_lang
from jalur.reports import report_charts
from jalur.reports.labels import (
    METHOD_KEYS,
    assumption_text,
    code_label,
    detail_text,
    fmt_idr,
    fmt_int,
    fmt_num,
    fmt_pct,
    fmt_score,
    has_label,
    label,
    move_kinds,
    source_text,
)
from jalur.reports.summary import executive_summary

TEMPLATES = Path(__file__).parent / "templates"
#: print (PDF) limits; the HTML shows every role and review entry
PDF_ROLES = 40
PDF_UNITS = 40
PDF_LIST_ROWS = 50
#: units drawn in the exposure-by-unit chart of the PDF (the HTML draws them all)
PDF_CHART_UNITS = 25
#: rejected and flagged rows shown in the HTML (a 200,000-row roster may reject thousands)
HTML_LIST_ROWS = 1000
#: units named in a role's cell before the rest fold away (the bank's tellers work in ~80 branches)
ROLE_UNITS_SHOWN = 3
#: rows of the roles and units tables shown open in the HTML; the others fold under a "show all" (issue 18:
#: the bank's page was 43,000 px tall)
HTML_OPEN_ROWS = 15

SCENARIO_MEASURES: tuple[str, ...] = (
    "displaced_fte",
    "absorbed_by_attrition",
    "redeployed",
    "retrained",
    "at_risk",
    "new_positions",
    "new_vs_displaced",
    "roles_significantly_altered_share",
    "reskilling_cost_idr",
)

# which sources each kind of figure rests on (matched against a source's id and title); a figure whose
# pattern matches none names every source
_TOPIC_SOURCES: dict[str, re.Pattern[str]] = {
    "exposure": re.compile(r"ilo|task.scorer", re.I),
    "placement": re.compile(r"isco|kbji|esco|onet|o\*net", re.I),
    "pathways": re.compile(r"onet|o\*net|esco|skkni|role|course|kursus", re.I),
    "scenarios": re.compile(r"ilo|task.scorer", re.I),
}


@lru_cache(maxsize=1)
def _env() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def _s(x: Any) -> str:
    return "" if x is None else str(x)


def _map(x: Any) -> Mapping[str, Any]:
    return x if isinstance(x, Mapping) else {}


def _list(x: Any) -> Sequence[Any]:
    return x if isinstance(x, list | tuple) else []


def _title(d: Mapping[str, Any], lang: Lang) -> str:
    """An occupation or role title in ``lang``, falling back to the other language."""
    return _s(d.get(f"title_{lang}") or d.get("title_id") or d.get("title_en") or d.get("target") or "")


def source_note(report: Mapping[str, Any], lang: Lang, *topics: str, assumptions: bool = False) -> str:
    """``Source: <id> <version>, …; Jalur <version>, KB <checksum>`` for a figure resting on ``topics``
    (keys of the topic table; a figure whose topics match no source names them all). Source ids carry
    their version (``esco-1.2.0``); a short version not already in the id is added; the full titles,
    versions and licences are in the Sources table."""
    sources = [_map(s) for s in _list(report.get("sources"))]
    pats = [_TOPIC_SOURCES[t] for t in topics]
    picked = [
        s for s in sources if any(p.search(_s(s.get("id"))) or p.search(_s(s.get("title"))) for p in pats)
    ]
    parts = []
    for s in picked or sources:
        name = _s(s.get("id")) or _s(s.get("title"))
        version = _s(s.get("version"))
        if version and len(version) <= 16 and version not in name:
            name = f"{name} {version}"
        parts.append(name)
    gen = _map(report.get("generator"))
    kb = _s(_map(gen.get("kb")).get("built_from"))
    tail = f"Jalur {_s(gen.get('jalur'))}" + (f", {label('doc.kb', lang)} {kb[:12]}" if kb else "")
    text = f"{label('c.source', lang)}: " + ", ".join(parts) + f" ({label('c.sources_see', lang)}); {tail}"
    if assumptions:
        text += f"; {label('c.assumptions_see', lang)}"
    return text


def _wrap(text: str, width: int = 130) -> str:
    """Split a long footnote into lines for an SVG (which does not wrap text)."""
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return "\n".join(lines)


def _range(r: Any, lang: Lang, measure: str) -> dict[str, str]:
    r = _map(r)

    def f(x: Any) -> str:
        if measure == "reskilling_cost_idr":
            return fmt_idr(x, lang)
        if measure == "roles_significantly_altered_share":
            return fmt_pct(x, lang, 1)
        if measure == "new_vs_displaced":
            return fmt_num(x, lang, 2)
        return fmt_num(x, lang, 0)

    return {"low": f(r.get("low")), "mid": f(r.get("mid")), "high": f(r.get("high"))}


def _pathway_text(p: Mapping[str, Any], lang: Lang) -> str:
    kind = p.get("kind")
    kinds = [kind] if isinstance(kind, str) else [k for k in _list(kind) if isinstance(k, str)]
    kinds += move_kinds(p)
    extra = ", ".join(code_label("pkind", k, lang) for k in kinds)
    code = _s(p.get("target")) if p.get("target_type") == "occupation" else ""
    name = _title(p, lang)
    text = f"{code} {name}".strip() if code and code != name else name
    return f"{text} ({extra})" if extra else text


def _group_row(u: Mapping[str, Any], name: str, lang: Lang) -> dict[str, Any]:
    """One row of the units (``name`` ``unit``) or locations (``location``) table, as text."""
    return {
        "unit": _s(u.get(name)),
        "headcount": fmt_int(u.get("headcount"), lang),
        "in_review": fmt_int(u.get("headcount_in_review"), lang),
        "exposure": fmt_score(u.get("exposure_mean"), lang),
        "shares": [(c, fmt_pct(_map(u.get("shares")).get(c), lang)) for c in report_charts.CLASSES],
        "fte": fmt_num(u.get("fte_automatable"), lang, 1),
        "cost": fmt_idr(u.get("reskilling_cost_idr"), lang),
        "sort": {
            "headcount": _num(u.get("headcount")),
            "in_review": _num(u.get("headcount_in_review")),
            "exposure": _num(u.get("exposure_mean")),
            "automate": _num(_map(u.get("shares")).get("automate")),
            "fte": _num(u.get("fte_automatable")),
            "cost": _num(u.get("reskilling_cost_idr")),
        },
    }


def _by_size(units: Mapping[str, Any]) -> list[tuple[str, Any]]:
    """A role's units, largest headcount first (then by name)."""
    return sorted(units.items(), key=lambda kv: (-_num(kv[1]), str(kv[0])))


def _role_row(i: int, r: Mapping[str, Any], lang: Lang) -> dict[str, Any]:
    placement = _map(r.get("placement"))
    exposure = _map(r.get("exposure"))
    resk = _map(r.get("reskilling"))
    pathways = [_map(p) for p in _list(r.get("pathways"))]
    top = pathways[0] if pathways else None
    units = _map(r.get("units"))
    in_review = r.get("placement") is None
    return {
        "n": i,
        "title": _s(r.get("title")),
        "units": ", ".join(f"{u} ({fmt_int(n, lang)})" for u, n in _by_size(units)[:ROLE_UNITS_SHOWN]),
        "units_more": ", ".join(f"{u} ({fmt_int(n, lang)})" for u, n in _by_size(units)[ROLE_UNITS_SHOWN:]),
        "units_more_n": fmt_int(max(0, len(units) - ROLE_UNITS_SHOWN), lang),
        "isco": _s(placement.get("isco")) if placement else "",
        "occupation": _title(placement, lang) if placement else label("c.in_review", lang),
        "via": code_label("via", placement.get("via"), lang) if placement else "",
        "confidence": fmt_score(placement.get("confidence"), lang) if placement else "—",
        "headcount": fmt_int(r.get("headcount"), lang),
        "exposure": fmt_score(exposure.get("mean"), lang) if exposure else "—",
        "gradient": code_label("gradient", exposure.get("gradient"), lang) if exposure else "",
        "cls": _s(r.get("dominant_class")) if r.get("dominant_class") in report_charts.CLASSES else "",
        "cls_label": code_label("class", r.get("dominant_class"), lang),
        "fte": fmt_num(r.get("fte_automatable"), lang, 1) if not in_review else "—",
        "pathway": _pathway_text(top, lang) if top else "—",
        "skills": ", ".join(
            _s(s) for s in _list(top.get(f"skills_to_learn_{lang}") or top.get("skills_to_learn"))
        )
        if top
        else "",
        "hours": fmt_int(resk.get("hours_per_person"), lang) if top else "—",
        "cost": fmt_idr(resk.get("cost_per_person_idr"), lang) if top else "—",
        "review": in_review,
        "sort": {
            "headcount": _num(r.get("headcount")),
            "exposure": _num(exposure.get("mean")) if exposure else -1.0,
            "fte": _num(r.get("fte_automatable")) if not in_review else -1.0,
            "hours": _num(resk.get("hours_per_person")) if top else -1.0,
            "cost": _num(resk.get("cost_per_person_idr")) if top else -1.0,
        },
    }


def _flatten(prefix: str, value: Any, lang: Lang) -> list[tuple[str, str]]:
    """Nested scenario assumptions as ``a.b`` keys with their values as text."""
    if isinstance(value, Mapping):
        out: list[tuple[str, str]] = []
        for k, v in value.items():
            out += _flatten(f"{prefix}.{k}" if prefix else str(k), v, lang)
        return out
    if isinstance(value, list | tuple):
        return [(prefix, ", ".join(value_text(v, lang) for v in value))]
    return [(prefix, value_text(value, lang))]


def _scenario_assumptions(x: Any, lang: Lang) -> list[tuple[str, str]]:
    """The scenario assumptions, a mapping (nested) or a list of {key, value}, as (key, value text)."""
    if isinstance(x, list | tuple):
        return [(_s(a.get("key")), value_text(a.get("value"), lang)) for a in map(_map, x)]
    return _flatten("", x, lang)


def value_text(v: Any, lang: Lang) -> str:
    """An assumption's value as text: numbers localised, ``{low, mid, high}`` as ``low – mid – high``, other
    mappings as ``key value; …``."""
    if isinstance(v, Mapping):
        if set(v) == {"low", "mid", "high"}:
            return " – ".join(value_text(v[k], lang) for k in ("low", "mid", "high"))
        return "; ".join(
            f"{code_label('akey', k, lang)} ({value_text(x, lang).replace('; ', ', ')})"
            if isinstance(x, Mapping) and set(x) != {"low", "mid", "high"}
            else f"{code_label('akey', k, lang)}: {value_text(x, lang)}"
            for k, x in v.items()
        )
    if isinstance(v, list | tuple):
        return ", ".join(value_text(x, lang) for x in v)
    if isinstance(v, bool) or v is None:
        return _s(v)
    if isinstance(v, int):
        return fmt_int(v, lang)
    if isinstance(v, float):
        return fmt_num(v, lang, 2) if v != int(v) else fmt_int(v, lang)
    return _s(v)


def _top_units(units: Sequence[Mapping[str, Any]], n: int, lang: Lang) -> list[Mapping[str, Any]]:
    """The ``n`` largest units, the rest folded into one ``N other units`` entry (shares weighted by their
    placed headcount)."""
    ranked = sorted(units, key=lambda u: -(_num(u.get("headcount"))))
    if len(ranked) <= n:
        return list(ranked)
    rest = ranked[n - 1 :]
    placed = [(u, _num(u.get("headcount")) - _num(u.get("headcount_in_review"))) for u in rest]
    weight = sum(w for _, w in placed)
    shares = {
        c: sum(_num(_map(u.get("shares")).get(c)) * w for u, w in placed) / weight if weight > 0 else 0.0
        for c in report_charts.CLASSES
    }
    other = {
        "unit": label("c.other_units", lang, n=fmt_int(len(rest), lang)),
        "headcount": sum(_num(u.get("headcount")) for u in rest),
        "headcount_in_review": sum(_num(u.get("headcount_in_review")) for u in rest),
        "shares": shares,
    }
    return [*ranked[: n - 1], other]


def _num(x: Any) -> float:
    return float(x) if isinstance(x, int | float) and not isinstance(x, bool) else 0.0


def _headline(report: Mapping[str, Any], lang: Lang) -> list[dict[str, str]]:
    tot = _map(report.get("totals"))
    shares = _map(tot.get("shares"))
    resk = _map(tot.get("reskilling"))
    up = _map(tot.get("upskilling"))
    rows_in = report.get("rows_in")
    acc = report.get("rows_accepted")
    rej = len(_list(report.get("rows_rejected")))
    ok = isinstance(rows_in, int) and isinstance(acc, int) and rows_in == acc + rej
    recon = label(
        "h.reconciled" if ok else "h.not_reconciled",
        lang,
        rows_in=fmt_int(rows_in, lang),
        accepted=fmt_int(acc, lang),
        rejected=fmt_int(rej, lang),
    )
    share_text = " · ".join(
        f"{label('class.' + c, lang)} {fmt_pct(shares.get(c), lang)}" for c in report_charts.CLASSES
    )
    exposure_note = source_note(report, lang, "exposure")
    cards: list[dict[str, str]] = [
        {
            "key": "headcount",
            "label": label("h.headcount", lang),
            "value": fmt_int(tot.get("headcount"), lang),
            "note": "",
        },
        {
            "key": "placed",
            "label": f"{label('h.placed', lang)} / {label('h.in_review', lang)}",
            "value": f"{fmt_int(tot.get('headcount_placed'), lang)} / {fmt_int(tot.get('headcount_in_review'), lang)}",
            "note": f"{label('h.roles', lang)}: {fmt_int(tot.get('roles'), lang)} · {label('h.units', lang)}: {fmt_int(tot.get('units'), lang)}",
        },
        {
            "key": "exposure",
            "label": label("h.exposure", lang),
            "value": fmt_score(tot.get("exposure_mean"), lang),
            "note": exposure_note,
        },
        {"key": "shares", "label": label("h.shares", lang), "value": share_text, "note": exposure_note},
        {
            "key": "fte",
            "label": label("h.fte_automatable", lang),
            "value": fmt_num(tot.get("fte_automatable"), lang, 1),
            "note": f"{label('h.fte_augmentable', lang)}: {fmt_num(tot.get('fte_augmentable'), lang, 1)}",
        },
        {
            "key": "reskilling",
            "label": f"{label('h.reskill_people', lang)} · {label('h.reskill_hours', lang)} · {label('h.reskill_cost', lang)}",
            "value": f"{fmt_int(resk.get('people'), lang)} · {fmt_int(resk.get('hours'), lang)} · {fmt_idr(resk.get('cost_idr'), lang)}",
            "note": f"{label('h.cost_basis', lang)}: {code_label('basis', resk.get('cost_basis'), lang)}. "
            + source_note(report, lang, "pathways", assumptions=True),
        },
        *(
            [
                {
                    "key": "upskilling",
                    "label": label("h.upskill", lang),
                    "value": f"{fmt_int(up.get('people'), lang)} · {fmt_int(up.get('hours'), lang)} · "
                    f"{fmt_idr(up.get('cost_idr'), lang)}",
                    "note": source_note(report, lang, "exposure", assumptions=True),
                }
            ]
            if up
            else []
        ),
        {
            "key": "rows",
            "label": f"{label('h.rows_in', lang)} · {label('h.rows_accepted', lang)} · {label('h.rows_rejected', lang)}",
            "value": f"{fmt_int(rows_in, lang)} · {fmt_int(acc, lang)} · {fmt_int(rej, lang)}",
            "note": recon,
            "warn": "" if ok else "warn",
        },
    ]
    for card in cards:
        # one plain sentence next to each figure: what it is, and what it is not (issue 18)
        key = f"h.explain.{card['key']}"
        card["explain"] = label(key, lang) if has_label(key) else ""
    return [{"warn": "", **c} for c in cards]


def build_page(report: Mapping[str, Any], lang: str, *, for_print: bool = False) -> str:
    """The page; ``for_print`` keeps the PDF short (top roles, cut lists)."""
    return _env().get_template("report.html.j2").render(page_view(report, lang, for_print=for_print))


def page_view(report: Mapping[str, Any], lang: str, *, for_print: bool = False) -> dict[str, Any]:
    """Everything the report's page shows, as text in ``lang`` (numbers formatted, codes labelled): the
    summary, headline cards, roles, units, locations, scenarios, review, sources, assumptions. The report
    files and the web job page (``jalur.faces.web``) render the same view. Rows carry ``sort`` values (raw
    numbers) for tables a reader sorts."""
    lg = check_lang(lang)
    roles_all = [_map(r) for r in _list(report.get("roles"))]
    roles = roles_all
    if for_print:
        order = sorted(range(len(roles_all)), key=lambda i: -(_map(roles_all[i]).get("headcount") or 0))
        roles = [roles_all[i] for i in order[:PDF_ROLES]]
    more_roles = len(roles_all) - len(roles)
    list_cap = PDF_LIST_ROWS if for_print else HTML_LIST_ROWS
    rejected = [_map(r) for r in _list(report.get("rows_rejected"))]
    flagged = [_map(r) for r in _list(report.get("rows_flagged"))]
    review = [_map(r) for r in _list(report.get("review_queue"))]
    review_cap = PDF_ROLES if for_print else len(review)
    units_all = [_map(u) for u in _list(report.get("units"))]
    units = units_all
    if for_print:
        units = sorted(units_all, key=lambda u: -_num(u.get("headcount")))[:PDF_UNITS]
    chart_units = _top_units(units_all, PDF_CHART_UNITS, lg)
    grid = [_map(g) for g in _list(_map(report.get("scenarios")).get("grid"))]
    inp = _map(report.get("input"))
    gen = _map(report.get("generator"))
    tot = _map(report.get("totals"))

    charts = [
        (
            "chart-units",
            report_charts.exposure_by_unit_svg(chart_units, lg, _wrap(source_note(report, lg, "exposure"))),
        ),
        (
            "chart-classes",
            report_charts.headcount_by_class_svg(tot, lg, _wrap(source_note(report, lg, "exposure"))),
        ),
        (
            "chart-scenarios",
            report_charts.scenario_bands_svg(
                grid, lg, _wrap(source_note(report, lg, "scenarios", assumptions=True))
            ),
        ),
        (
            "chart-flows",
            report_charts.flows_svg(roles_all, lg, _wrap(source_note(report, lg, "pathways"))),
        ),
    ]
    columns = _map(inp.get("columns"))
    view: dict[str, Any] = {
        "lang": lg,
        "L": {k: label(k, lg) for k in _LABEL_KEYS},
        "for_print": for_print,
        "input": {
            "file": _s(inp.get("file")),
            "sha256": _s(inp.get("sha256")),
            "details": " · ".join(
                x
                for x in (
                    _s(inp.get("format")).upper(),
                    _s(inp.get("encoding")),
                    f"“{inp.get('delimiter')}”" if inp.get("delimiter") else "",
                    _s(inp.get("sheet")),
                    code_label("in.layout", inp.get("layout"), lg) if inp.get("layout") else "",
                    f"{fmt_int(inp.get('bytes'), lg)} B" if inp.get("bytes") is not None else "",
                )
                if x
            ),
            "columns": ", ".join(f"{code_label('meaning', k, lg)} = {v}" for k, v in columns.items() if v),
            "industry": label(
                "doc.industry_roster"
                if _map(report.get("industry")).get("source") == "roster"
                else "doc.industry",
                lg,
                codes=", ".join(_s(c) for c in _map(report.get("industry")).get("kbli") or []),
            )
            if _map(report.get("industry")).get("kbli")
            else "",
        },
        "generator": f"Jalur {_s(gen.get('jalur'))}",
        "kb": _s(_map(gen.get("kb")).get("built_from")),
        "summary": executive_summary(report, lg),
        "open_rows": HTML_OPEN_ROWS,
        "headline": _headline(report, lg),
        # the SVGs escape every text themselves (report_charts), so they go in as markup
        "charts": [{"id": cid, "svg": Markup(svg)} for cid, svg in charts],
        "roles": [_role_row(i + 1, r, lg) for i, r in enumerate(roles)],
        "roles_note": label(
            "doc.pdf_roles_note", lg, shown=fmt_int(len(roles), lg), total=fmt_int(len(roles_all), lg)
        )
        if for_print and more_roles > 0
        else "",
        "more_roles": label("doc.more_roles", lg, n=fmt_int(more_roles, lg)) if more_roles > 0 else "",
        "roles_source": source_note(report, lg, "placement", "pathways", assumptions=True),
        "units": [_group_row(u, "unit", lg) for u in units],
        # the same figures by the roster's location column (region, city), when it has one
        "locations": [
            _group_row(_map(u), "location", lg)
            for u in _list(report.get("locations"))[: PDF_UNITS if for_print else None]
        ],
        # and by the roster's grade column (golongan, pangkat, band), when it has one
        "grades": [
            _group_row(_map(u), "grade", lg)
            for u in _list(report.get("grades"))[: PDF_UNITS if for_print else None]
        ],
        "units_note": label(
            "doc.pdf_units_note", lg, shown=fmt_int(len(units), lg), total=fmt_int(len(units_all), lg)
        )
        if len(units) < len(units_all)
        else "",
        "more_units": label("doc.more_rows", lg, n=fmt_int(len(units_all) - len(units), lg))
        if len(units) < len(units_all)
        else "",
        "units_source": source_note(report, lg, "exposure", assumptions=True),
        "class_labels": [(c, label(f"class.{c}", lg)) for c in report_charts.CLASSES],
        "measures": [(m, code_label("measure", m, lg)) for m in SCENARIO_MEASURES],
        "grid": [
            {
                "speed": code_label("speed", g.get("speed"), lg),
                "horizon": fmt_int(g.get("horizon"), lg),
                "cells": [_range(g.get(m), lg, m) for m in SCENARIO_MEASURES],
            }
            for g in grid
        ],
        "scenario_source": source_note(report, lg, "scenarios", assumptions=True),
        # the scenario assumptions are in report["assumptions"] too; listed here only when that is empty
        "scenario_assumptions": []
        if _list(report.get("assumptions"))
        else _scenario_assumptions(_map(report.get("scenarios")).get("assumptions"), lg),
        "rejected": [
            {
                "row": _s(r.get("row")),
                "reason": code_label("reason", r.get("reason"), lg),
                "detail": detail_text(r.get("detail"), lg),
            }
            for r in rejected[:list_cap]
        ],
        "more_rejected": label("doc.more_rows", lg, n=fmt_int(len(rejected) - list_cap, lg))
        if len(rejected) > list_cap
        else "",
        "flagged": [
            {
                "row": _s(r.get("row")),
                "flags": ", ".join(code_label("flag", f, lg) for f in _list(r.get("flags"))),
            }
            for r in flagged[:list_cap]
        ],
        "more_flagged": label("doc.more_rows", lg, n=fmt_int(len(flagged) - list_cap, lg))
        if len(flagged) > list_cap
        else "",
        "review": [
            {
                "title": _s(q.get("title")),
                "headcount": fmt_int(q.get("headcount"), lg),
                "reason": code_label("review", q.get("reason"), lg),
                "rows": ", ".join(str(x) for x in _list(q.get("rows"))),
                "candidates": [
                    f"{_s(_map(c).get('isco'))} {_title(_map(c), lg)} ({fmt_score(_map(c).get('confidence'), lg)})"
                    for c in _list(q.get("candidates"))
                ],
            }
            for q in review[:review_cap]
        ],
        "more_review": label("doc.more_rows", lg, n=fmt_int(len(review) - review_cap, lg))
        if len(review) > review_cap
        else "",
        "personal": [
            {"column": _s(_map(p).get("column")), "kind": code_label("personal", _map(p).get("kind"), lg)}
            for p in _list(inp.get("personal_columns"))
        ],
        "sources": [
            {
                "id": _s(s.get("id")),
                "title": source_text(s, "title", lg),
                "version": source_text(s, "version", lg),
                "licence": source_text(s, "licence", lg),
            }
            for s in map(_map, _list(report.get("sources")))
        ],
        "assumptions": [
            dict(
                zip(
                    ("key", "value", "unit", "note"),
                    (
                        _s(a.get("key")),
                        value_text(a.get("value"), lg),
                        *assumption_text(a.get("key"), a.get("unit"), a.get("note"), lg),
                    ),
                    strict=True,
                )
            )
            for a in map(_map, _list(report.get("assumptions")))
        ],
        "method": [label(k, lg) for k in METHOD_KEYS],
    }
    return view


def render_html(report: Mapping[str, Any], lang: str) -> str:
    """The whole report as one HTML page in ``lang`` (``id`` or ``en``); every role, every review entry."""
    return build_page(report, lang, for_print=False)


_LABEL_KEYS: tuple[str, ...] = (
    "doc.title",
    "doc.subtitle",
    "doc.input",
    "doc.generator",
    "doc.kb",
    "doc.contents",
    "doc.not_a_forecast",
    "sec.summary",
    "sec.provenance",
    "sec.locations",
    "sec.grades",
    "col.location",
    "col.grade",
    "scenarios.explain",
    "doc.show_all",
    "sec.headline",
    "sec.charts",
    "sec.roles",
    "sec.units",
    "sec.scenarios",
    "sec.rejected",
    "sec.flagged",
    "sec.review",
    "sec.personal",
    "sec.sources",
    "sec.assumptions",
    "sec.method",
    "h.figure",
    "h.value",
    "col.title",
    "col.occupation",
    "col.via",
    "col.confidence",
    "col.headcount",
    "col.in_review",
    "col.exposure",
    "col.class",
    "col.fte_automatable",
    "col.top_pathway",
    "col.hours",
    "col.cost_person",
    "col.unit",
    "col.reskill_cost",
    "col.speed",
    "col.horizon",
    "col.low",
    "col.mid",
    "col.high",
    "col.row",
    "col.reason",
    "col.detail",
    "col.flags",
    "col.rows",
    "col.candidates",
    "col.column",
    "col.kind",
    "col.id",
    "col.source",
    "col.version",
    "col.licence",
    "col.key",
    "col.value",
    "col.unit_of",
    "col.note",
    "col.units",
    "col.skills",
    "empty.rejected",
    "empty.review",
    "empty.personal",
    "personal.note",
)
