"""The market report and the layoff tracker as files (issue 19): HTML (one self-contained page), A4 PDF
(the same page laid out by WeasyPrint, hermetic), XLSX (a sheet per table, the coverage and the scope on
sheets of their own), JSON (the dict as it is), and for the market the enriched per-ad file (CSV or
Parquet: the classifier's fields, never the description, never evidence text). The sections are one
template (``templates/market_body.j2``), which the web page renders too, so that the page and the files say
the same thing. Pure: dicts in, text or bytes out; :func:`write_market_report` and
:func:`write_layoffs_report` write them (docs/market-report.md).
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

from markupsafe import Markup

from jalur.i18n import Lang, check_lang, has, t
from jalur.i18n import format as fmt

Kind = Literal["ads", "layoffs"]
FORMATS = ("html", "pdf", "xlsx", "json", "csv", "parquet")
#: the formats of the layoff tracker (the per-ad file is the market's only)
LAYOFF_FORMATS = ("html", "pdf", "xlsx", "json")
TEMPLATES = Path(__file__).parent / "templates"
#: the fewest ads a month needs to be a point of the trend (the app's ``TREND_MIN_ADS`` passes its own)
TREND_MIN_ADS = 30
#: the page's own styles, beside the workforce report's style sheet (screen, phone and print)
MARKET_CSS = """
.figures{display:flex;flex-wrap:wrap;gap:.5rem;margin:0}.figures div{background:#f3f4f6;padding:.5rem .75rem;border-radius:4px}
.figures dt{font-size:.8rem;color:#555}.figures dd{margin:0;font-weight:600;font-size:1.1rem}
.scope-box{border-left:4px solid #b5651d;background:#fdf6ec;padding:2px 12px 6px;margin-top:18px}
.scope-box h2{border:0;margin-top:8px}
p.explain{max-width:80ch}
.hint{color:#555;font-size:12.5px;max-width:90ch}
.notice{background:#f3f4f6;padding:6px 10px}
td.split{white-space:nowrap}svg.split{vertical-align:middle;display:inline-block}
.code{font-variant-numeric:tabular-nums;color:#555}
td.date{white-space:nowrap}
table.occ th[scope=row]{min-width:14em}
figure.chart{overflow-x:auto;max-width:100%}
@media screen and (max-width:760px){body{padding:12px}h1{font-size:22px}.figures div{flex:1 1 45%}
.table-wrap table.small{min-width:0}figure.chart svg{min-width:520px}}
@media print{.figures div{padding:3pt 6pt}.figures dd{font-size:10pt}.scope-box{break-inside:avoid}
table.occ th[scope=row]{min-width:0}section{break-inside:auto}.hint,p.explain,.scope-box li{font-size:8pt}
figure.chart svg{width:64%}}
"""


def _env() -> Any:
    import jinja2

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True, trim_blocks=True, lstrip_blocks=True
    )


def _safe_url(url: object) -> bool:
    return isinstance(url, str) and url.startswith(("https://", "http://")) and len(url) < 2000


def _host(url: str) -> str:
    """A source's site as its link text (``reuters.com``), so a printed page still says where it is."""
    from urllib.parse import urlsplit

    host = (urlsplit(url).hostname or url)[:60]
    return host.removeprefix("www.")


def _classes_chart(result: Mapping[str, Any], lang: Lang) -> Markup | None:
    """The bar chart of the AI classes A–D (E said in words), or None when the classes are suppressed."""
    from jalur.reports.market_charts import classes_svg

    classes = result.get("classes") or {}
    if not classes or any(c.get("suppressed") for c in classes.values()):
        return None
    e = classes.get("E") or {}
    sub = t(
        "mreport.chart.classes.sub",
        lang,
        n=fmt.number(result.get("ads"), lang),
        e=f"{fmt.number(e.get('k'), lang)} ({fmt.percent(e.get('share'), lang)})",
    )
    svg = classes_svg(
        {c: v for c, v in classes.items() if c != "E"},
        {c: t(f"market.class.{c}", lang) for c in classes},
        title=t("market.classes", lang),
        subtitle=sub,
        value=lambda k, s: f"{fmt.number(k, lang)} ({fmt.percent(s, lang, 1)})",
        percent=lambda s: fmt.percent(s, lang, 1 if s < 0.1 and round(s * 1000) % 10 else 0),
    )
    return Markup(svg)


def _trend_chart(result: Mapping[str, Any], lang: Lang, trend_min: int) -> Markup | None:
    """The AI-related share by month, or None when fewer than two months have enough ads."""
    from jalur.reports.market_charts import trend_svg

    months = result.get("trend") or []
    if sum(1 for m in months if m.get("enough") and m.get("ai_related_share") is not None) < 2:
        return None
    svg = trend_svg(
        months,
        title=t("mreport.trend", lang),
        subtitle=t("mreport.trend.sub", lang, n=fmt.number(trend_min, lang)),
        percent=lambda s: fmt.percent(s, lang, 1 if s < 0.1 and round(s * 1000) % 10 else 0),
        break_label=t("mreport.trend.break", lang),
        thin_label=t("mreport.trend.thin", lang),
    )
    return Markup(svg)


def _digits(x: object) -> int:
    """Decimals of a share: one below 10% (4 ads in 2,237 are 0.2%, not "0%"), else none."""
    return 1 if isinstance(x, int | float) and 0 < x < 0.095 else 0


def market_body(
    result: Mapping[str, Any], kind: Kind, lang: str, *, links: bool = False, trend_min: int = TREND_MIN_ADS
) -> Markup:
    """The report's sections as HTML (``links``: the occupation and role links of the web app)."""
    from jalur.reports.market_charts import split_svg

    lg: Lang = check_lang(lang)

    def split(shares: Mapping[str, Any]) -> Markup:
        tip = t(
            "ui.mkt.split",
            lg,
            **{k: fmt.percent(shares.get(k), lg) for k in ("automate", "augment", "human")},
        )
        return Markup(split_svg(shares, tip))

    html = (
        _env()
        .get_template("market_body.j2")
        .render(
            result=result,
            kind=kind,
            lang=lg,
            links=links,
            _=lambda key, **p: t("ui." + key, lg, **p),
            RL=lambda key, **p: t(key, lg, **p),
            pct=lambda x: fmt.percent(x, lg, _digits(x)),
            num=lambda x: fmt.number(x, lg, 0),
            score=lambda x: fmt.score(x, lg),
            idr=lambda x: fmt.rupiah(x, lg),
            occ_url=lambda code: f"/occupation/{code}",
            safe_url=_safe_url,
            host=_host,
            split_svg=split,
            classes_chart=_classes_chart(result, lg) if kind == "ads" else None,
            trend_chart=_trend_chart(result, lg, trend_min) if kind == "ads" else None,
            trend_min=trend_min,
        )
    )
    return Markup(html)


def _title(result: Mapping[str, Any], kind: Kind, lang: Lang) -> str:
    names = ", ".join(str(f["file"]) for f in (result.get("input") or {}).get("files", []))
    key = "ui.mkt.result.ads" if kind == "ads" else "ui.mkt.result.layoffs"
    return t(key, lang, file=names or (result.get("input") or {}).get("store") or "—")


def render_html(result: Mapping[str, Any], kind: Kind, lang: str, *, trend_min: int = TREND_MIN_ADS) -> str:
    """One self-contained page (the workforce report's style sheet inlined; nothing fetched), readable on
    a phone (wide tables scroll inside their box) and laid out for A4 by :func:`render_pdf`."""
    lg: Lang = check_lang(lang)
    css = (TEMPLATES / "report.css").read_text(encoding="utf-8")
    heading = t("mreport.title" if kind == "ads" else "lreport.title", lg)
    title = _title(result, kind, lg)
    body = market_body(result, kind, lg, trend_min=trend_min)
    return (
        f'<!doctype html>\n<html lang="{lg}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{Markup.escape(heading)} · {Markup.escape(title)} · Jalur</title>\n<style>\n{css}\n{MARKET_CSS}"
        "</style>\n</head>\n<body>\n<main>\n"
        f'<h1>{Markup.escape(heading)}</h1>\n<p class="subtitle">{Markup.escape(title)}</p>\n{body}\n'
        "</main>\n</body>\n</html>\n"
    )


def render_pdf(result: Mapping[str, Any], kind: Kind, lang: str, *, trend_min: int = TREND_MIN_ADS) -> bytes:
    """The page as A4 PDF bytes through the workforce report's engine (``jalur.reports.pdf.html_to_pdf``:
    every fetch refused, no dates — the same dict gives the same bytes)."""
    from jalur.reports.pdf import html_to_pdf

    return html_to_pdf(render_html(result, kind, lang, trend_min=trend_min))


# --- XLSX -------------------------------------------------------------------------------------------------

Sheet = tuple[str, list[str], list[list[Any]]]


def _share(c: Any) -> list[Any]:
    """A share cell as its columns: count, share, lower and upper bound — "—" for each when suppressed."""
    if not isinstance(c, Mapping):
        return [c, None, None, None]
    if c.get("suppressed"):
        return ["—", "—", "—", "—"]
    lo, hi = c.get("ci95") or (None, None)
    return [c.get("k"), c.get("share"), lo, hi]


def _share_head(what: str, lang: Lang) -> list[str]:
    return [
        f"{what}: {t('mreport.col.count', lang)}",
        f"{what}: {t('mreport.col.share', lang)}",
        f"{what}: {t('mreport.col.ci_low', lang)}",
        f"{what}: {t('mreport.col.ci_high', lang)}",
    ]


def _coverage_rows(result: Mapping[str, Any], kind: Kind, lang: Lang) -> list[list[Any]]:
    """(measure, value) rows of what was read."""

    def T(key: str, **p: object) -> str:
        return t(key, lang, **p)

    inp = result.get("input") or {}
    if kind == "layoffs":
        rows: list[list[Any]] = [
            [T("mreport.files", files=", ".join(str(f["file"]) for f in inp.get("files", []))), None]
        ]
        if inp.get("store"):
            rows.append([T("mreport.store", store=inp["store"]), None])
        rows += [
            [t("ui.mkt.rows_read", lang), result.get("rows_read")],
            [t("ui.mkt.events", lang), result.get("events")],
            [t("ui.mkt.merged", lang), result.get("reports_merged")],
            [t("ui.mkt.without_count", lang), result.get("without_count")],
        ]
        return rows
    rows = [[T("mreport.file_ads", file=f["file"], n=fmt.number(f.get("ads"), lang)), f.get("ads")]
            for f in inp.get("files", [])]  # fmt: skip
    if inp.get("store"):
        rows.append([T("mreport.store", store=inp["store"]), None])
    for key, label in (
        ("ads_read", "ui.mkt.ads_read"),
        ("exact_repeats_removed", "mreport.exact_repeats"),
        ("duplicates_folded", "mreport.folded"),
        ("vacancy_locations", "mreport.vacancy_locations"),
    ):
        if key in inp:
            rows.append([T(label), inp[key]])
    rows.append([t("ui.mkt.ads_distinct", lang), result.get("ads")])
    if result.get("abroad"):
        rows.append([t("ui.mkt.abroad", lang, n=fmt.number(result["abroad"], lang)), result["abroad"]])
    return rows  # fmt: skip


def _layoff_sheets(result: Mapping[str, Any], lang: Lang) -> list[Sheet]:
    def T(key: str, **p: object) -> str:
        return t(key, lang, **p)

    def flags(e: Mapping[str, Any]) -> str:
        return "; ".join(
            T(f"lreport.flag.{f}") if has(f"lreport.flag.{f}") else str(f) for f in e.get("flags", [])
        )

    years = [[y, v["events"], v["people"], v["events_without_count"]] for y, v in result["by_year"].items()]
    ev_head = [T("layoffs.col.date"), T("layoffs.col.company"), t("ui.mkt.col.people", lang), T("lreport.col.country"),
               "KBLI", T("layoffs.col.attribution"), T("lreport.col.quote"), t("ui.mkt.col.sources", lang),
               T("lreport.col.flags")]  # fmt: skip
    events = [
        [e["date"], e["company"], e["count"], e["country"], e.get("kbli"), T(f"layoffs.grade.{e['attribution']}"),
         e.get("quote"), " ".join(e["sources"]), flags(e)]
        for e in result["country_events"]
    ]  # fmt: skip
    cands = [[e["date"], e["company"], e["count"], e["country"], " ".join(e["sources"])]
             for e in result["ai_candidates_for_review"]]  # fmt: skip
    sheets: list[Sheet] = [
        (T("mreport.sheet.scope"), [t("ui.mkt.scope", lang)],
         [[T(f"layoffs.scope.{s}")] for s in result["scope"]] + [[T("lreport.no_ai_claim")]]),
        (T("mreport.sheet.coverage"), [T("mreport.col.measure"), T("mreport.col.value")],
         _coverage_rows(result, "layoffs", lang)),
        (T("lreport.sheet.by_year"), [T("layoffs.col.year"), T("layoffs.col.events"), t("ui.mkt.col.people", lang),
                                      T("layoffs.col.without_count")], years),
        (T("layoffs.country_events", country=result["country"]), ev_head, events),
        (T("layoffs.col.attribution"), [T("layoffs.col.attribution"), T("layoffs.col.events")],
         [[T(f"layoffs.grade.{g}"), n] for g, n in result["ai_attribution"].items()]),
        (T("lreport.sheet.candidates"), [*ev_head[:4], ev_head[7]], cands),
    ]  # fmt: skip
    if result.get("official_beside_events"):
        sheets.append((T("lreport.sheet.official"), [T("mreport.col.month"), T("lreport.col.official"),
                                                     T("layoffs.col.events"), T("lreport.col.event_people")],
                       [[m["month"], m["official_workers"], m["events"], m["event_people"]]
                        for m in result["official_beside_events"]]))  # fmt: skip
    return sheets


def _market_sheets(result: Mapping[str, Any], lang: Lang) -> list[Sheet]:
    def T(key: str, **p: object) -> str:
        return t(key, lang, **p)

    ads, rel, tools = T("market.col.ads"), T("market.col.ai_related"), T("market.col.ai_tools")
    classes = [
        [c, T(f"market.class.{c}"), cell.get("n"), *_share(cell)] for c, cell in result["classes"].items()
    ]
    occ = [
        [o["isco"], o.get("title_id" if lang == "id" else "title_en"), o["ads"], *_share(o["ai_related"]),
         *_share(o["ai_tools"]), o.get("exposure_mean"),
         *[(o.get("exposure_shares") or {}).get(k) for k in ("automate", "augment", "human")]]
        for o in result["by_occupation"]
    ]  # fmt: skip
    roles = [
        [x.get("name_id" if lang == "id" else "name_en") or x["role"], x["ads"]] for x in result["roles"]
    ]
    roles += [[t("ui.mkt.desk", lang, name=T("market.desk." + d["desk"])), d["ads"]] for d in result["desks"]]
    prov = [[p["province"], p["ads"], *_share(p["ai_related"])] for p in result["by_province"]]
    src = [[p["source"], p["ads"], *_share(p["ai_related"])] for p in result.get("by_source", [])]
    names = {x["role"]: x.get("name_id" if lang == "id" else "name_en") for x in result["roles"]}

    def group(k: str) -> str:
        return f"{T('market.class.' + k)} ({k})" if len(k) == 1 else names.get(k) or k

    pay = [[T("mreport.pay.role"), group(k), v["n"], "—" if v.get("suppressed") else v.get("median")]
           for k, v in result["pay_median_idr_month"].items()]  # fmt: skip
    pay += [[T("mreport.pay.province"), k, v["n"], "—" if v.get("suppressed") else v.get("median")]
            for k, v in result.get("pay_median_by_province", {}).items()]  # fmt: skip
    eq = result.get("equality") or {}
    equality = [[t(f"ui.mkt.{k}", lang), (eq.get(k) or {}).get("n"), *_share(eq.get(k) or {})]
                for k in ("age_limit", "gender_limit") if k in eq]  # fmt: skip
    queue = [[q["title"], q["headcount"], t(f"report.review.{q['reason']}", lang),
              "; ".join(f"{c['isco']} {(c.get('title_id') if lang == 'id' else c.get('title_en')) or ''} "
                        f"({fmt.percent(c['confidence'], lang)})" for c in q["candidates"])]
             for q in result.get("review_queue", [])]  # fmt: skip
    sheets: list[Sheet] = [
        (T("mreport.sheet.scope"), [t("ui.mkt.scope", lang)],
         [[T(f"market.scope.{s}")] for s in result["scope"]]
         + [[T("mreport.note.suppressed")], [T("mreport.note.ci")]]),
        (T("mreport.sheet.coverage"), [T("mreport.col.measure"), T("mreport.col.value")],
         _coverage_rows(result, "ads", lang)),
        (T("mreport.sheet.occupations"),
         [T("mreport.col.isco"), t("ui.mkt.col.occupation", lang), ads, *_share_head(rel, lang),
          *_share_head(tools, lang), t("ui.mkt.col.exposure", lang), T("mreport.col.automate"),
          T("mreport.col.augment"), T("mreport.col.human")], occ),
        (T("market.classes"), [T("market.col.class"), T("mreport.col.value"), ads, *_share_head(T("market.col.class"), lang)],
         classes),
        (T("mreport.sheet.roles"), [t("ui.mkt.col.role", lang), ads], roles),
        (T("mreport.sheet.provinces"), [t("ui.mkt.col.province", lang), ads, *_share_head(rel, lang)], prov),
        (T("mreport.sheet.sources"), [T("mreport.col.source"), ads, *_share_head(rel, lang)], src),
        (T("mreport.sheet.pay"), [T("mreport.col.kind"), t("ui.mkt.col.group", lang), ads,
                                  f"{t('ui.mkt.col.median', lang)} ({fmt.rupiah_symbol(lang)})"], pay),
        (T("mreport.sheet.equality"), [T("mreport.col.measure"), ads, *_share_head(T("mreport.col.measure"), lang)],
         equality),
    ]  # fmt: skip
    if result.get("top_skills") is not None:
        sheets.append((T("mreport.sheet.skills"), [T("mreport.col.skill"), ads, T("mreport.col.share")],
                       [[x["skill"], x["ads"], x["share"]] for x in result["top_skills"]]))  # fmt: skip
    if result.get("trend") is not None:
        trend = [[m["month"], m["ads"], m["ai_related"],
                  *(_share({"k": m["ai_related"], "share": m["ai_related_share"], "ci95": m["ci95"]})
                    if m.get("enough") and m.get("ai_related_share") is not None else ["—"] * 4),
                  T("mreport.yes") if m.get("break") else ""]
                 for m in result["trend"]]  # fmt: skip
        sheets.append((T("mreport.sheet.trend"), [T("mreport.col.month"), ads, rel, *_share_head(rel, lang),
                                                  T("mreport.col.break")], trend))  # fmt: skip
    sheets.append((T("mreport.sheet.review"), [t("report.col.title", lang), ads, t("report.col.reason", lang),
                                               T("mreport.col.candidates")], queue))  # fmt: skip
    return sheets


def _sheets(result: Mapping[str, Any], kind: Kind, lang: Lang) -> list[Sheet]:
    """(sheet name, header, rows) of every table of the report, the scope first."""
    return _layoff_sheets(result, lang) if kind == "layoffs" else _market_sheets(result, lang)


def render_xlsx(result: Mapping[str, Any], kind: Kind, lang: str) -> bytes:
    """A sheet per table (shares as fractions with their 95% bounds; suppressed cells "—"), the scope and
    the coverage on sheets of their own; every text cell neutralised against formulas."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from jalur.workforce.mapping import safe_cell

    lg: Lang = check_lang(lang)
    wb = Workbook()
    wb.remove(wb.active)
    for name, header, rows in _sheets(result, kind, lg):
        clean = "".join("-" if ch in "[]:*?/\\" else ch for ch in name).strip()[:31]
        ws = wb.create_sheet(clean)
        ws.append(header)
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for row in rows:
            ws.append([safe_cell(v) if isinstance(v, str) else v for v in row])
        for i, h in enumerate(header):
            width = max(
                [len(str(h))] + [len(str(r[i])) for r in rows[:200] if i < len(r) and r[i] is not None]
            )
            ws.column_dimensions[ws.cell(1, i + 1).column_letter].width = min(60, max(8, width + 2))
        ws.freeze_panes = "A2"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


# --- the per-ad file --------------------------------------------------------------------------------------

#: the per-ad file's columns: the classifier's fields, never the description or evidence text
RECORD_COLUMNS = ("id", "title", "company", "language", "source", "ai_class", "ai_role", "desks", "isco",
                  "isco_confidence", "place", "province", "country", "salary_idr_month_min",
                  "salary_idr_month_max", "posted", "skills")  # fmt: skip


def record_rows(records: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The per-ad rows (``RECORD_COLUMNS``): lists ``;``-joined, the skills by name; ``company`` when the
    record carries it."""
    out = []
    for r in records:
        isco, where, posted = r.get("isco") or {}, r.get("location") or {}, r.get("posted") or {}
        out.append({
            "id": r.get("id"), "title": r.get("title"), "company": r.get("company"), "language": r.get("language"),
            "source": r.get("source"), "ai_class": r.get("ai_class"), "ai_role": r.get("ai_role"),
            "desks": ";".join(r.get("desks") or []), "isco": isco.get("code"),
            "isco_confidence": isco.get("confidence"), "place": where.get("place"),
            "province": where.get("province"), "country": where.get("country"),
            "salary_idr_month_min": r.get("salary_idr_month_min"),
            "salary_idr_month_max": r.get("salary_idr_month_max"), "posted": posted.get("date"),
            "skills": ";".join(str(s.get("skill", s) if isinstance(s, Mapping) else s) for s in r.get("skills") or []),
        })  # fmt: skip
    return out


def records_csv(records: Sequence[Mapping[str, Any]]) -> str:
    """The per-ad file as CSV (text cells neutralised against formulas)."""
    import csv

    from jalur.workforce.mapping import safe_cell

    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(RECORD_COLUMNS), lineterminator="\n")
    w.writeheader()
    for row in record_rows(records):
        w.writerow({k: safe_cell(v) if isinstance(v, str) else v for k, v in row.items()})
    return buf.getvalue()


def records_parquet(records: Sequence[Mapping[str, Any]], scope: Sequence[str] = ()) -> bytes:
    """The per-ad file as Parquet (typed columns; the scope keys in the file's metadata)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = {"isco_confidence": pa.float64(), "salary_idr_month_min": pa.float64(),
             "salary_idr_month_max": pa.float64()}  # fmt: skip
    schema = pa.schema([(c, types.get(c, pa.string())) for c in RECORD_COLUMNS]).with_metadata(
        {"jalur.schema": "jalur.market.ads/1", "jalur.scope": ",".join(scope)}
    )
    rows = [{k: (str(v) if v is not None and k not in types else v) for k, v in r.items()}
            for r in record_rows(records)]  # fmt: skip
    buf = io.BytesIO()
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), buf)
    return buf.getvalue()


# --- writing ----------------------------------------------------------------------------------------------


def write_market_report(
    result: Mapping[str, Any],
    out_dir: Path,
    formats: Sequence[str],
    lang: str,
    records: Sequence[Mapping[str, Any]] | None = None,
    *,
    trend_min: int = TREND_MIN_ADS,
) -> list[Path]:
    """Write the market report's chosen formats into ``out_dir`` (``report.html``, ``report.pdf``,
    ``report.xlsx``, ``report.json``; the per-ad ``ads.csv`` / ``ads.parquet`` from ``records``) and
    ``review_queue.csv`` when titles await review; the paths written."""
    return write_market_files(result, "ads", out_dir, formats, lang, records, trend_min=trend_min)


def write_layoffs_report(
    result: Mapping[str, Any], out_dir: Path, formats: Sequence[str], lang: str
) -> list[Path]:
    """Write the layoff tracker's chosen formats (``html``, ``pdf``, ``xlsx``, ``json``) into ``out_dir``."""
    return write_market_files(result, "layoffs", out_dir, [f for f in formats if f in LAYOFF_FORMATS], lang)


def write_market_files(
    result: Mapping[str, Any],
    kind: Kind,
    out: Path,
    formats: Sequence[str],
    lang: str,
    records: Sequence[Mapping[str, Any]] | None = None,
    *,
    trend_min: int = TREND_MIN_ADS,
) -> list[Path]:
    """Write the chosen formats into ``out`` (``report.html`` …; the per-ad file ``ads.csv`` /
    ``ads.parquet`` from ``records``, market only); the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for f in formats:
        if f == "json":
            path = out / "report.json"
            from jalur.reports.write import to_json

            path.write_text(to_json(result), encoding="utf-8")
        elif f == "html":
            path = out / "report.html"
            path.write_text(render_html(result, kind, lang, trend_min=trend_min), encoding="utf-8")
        elif f == "pdf":
            path = out / "report.pdf"
            path.write_bytes(render_pdf(result, kind, lang, trend_min=trend_min))
        elif f == "xlsx":
            path = out / "report.xlsx"
            path.write_bytes(render_xlsx(result, kind, lang))
        elif f == "csv" and kind == "ads" and records is not None:
            path = out / "ads.csv"
            path.write_text(records_csv(records), encoding="utf-8-sig")
        elif f == "parquet" and kind == "ads" and records is not None:
            path = out / "ads.parquet"
            path.write_bytes(records_parquet(records, result.get("scope") or ()))
        else:
            continue
        written.append(path)
    if kind == "ads" and result.get("review_queue"):
        from jalur.workforce.mapping import review_queue_csv

        path = out / "review_queue.csv"
        path.write_text(review_queue_csv(result["review_queue"]), encoding="utf-8-sig")
        written.append(path)
    return written
