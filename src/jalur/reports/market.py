"""The market report and the layoff tracker as files (issue 19): HTML (one self-contained page), A4 PDF
(the same page laid out by WeasyPrint, hermetic), XLSX (a sheet per table, the scope on its own sheet),
JSON, and for the market the enriched per-ad file (CSV or Parquet: the classifier's fields, never the
description, never evidence text). The sections are one template (``templates/market_body.j2``), which
the web page renders too, so that the page and the files say the same thing. Pure: dicts in, text or
bytes out; ``write_market_files`` writes them.
"""

from __future__ import annotations

import io
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

from markupsafe import Markup

from jalur.i18n import Lang, check_lang, t
from jalur.i18n import format as fmt

Kind = Literal["ads", "layoffs"]
FORMATS = ("html", "pdf", "xlsx", "json", "csv", "parquet")
TEMPLATES = Path(__file__).parent / "templates"


def _env() -> Any:
    import jinja2

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True, trim_blocks=True, lstrip_blocks=True
    )


def _safe_url(url: object) -> bool:
    return isinstance(url, str) and url.startswith(("https://", "http://")) and len(url) < 2000


def market_body(result: Mapping[str, Any], kind: Kind, lang: str, *, links: bool = False) -> Markup:
    """The report's sections as HTML (``links``: the occupation and role links of the web app)."""
    lg: Lang = check_lang(lang)
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
            pct=lambda x: fmt.percent(x, lg, 0),
            num=lambda x: fmt.number(x, lg, 0),
            score=lambda x: fmt.score(x, lg),
            idr=lambda x: fmt.rupiah(x, lg),
            occ_url=lambda code: f"/occupation/{code}",
            safe_url=_safe_url,
        )
    )
    return Markup(html)


def _title(result: Mapping[str, Any], kind: Kind, lang: Lang) -> str:
    names = ", ".join(str(f["file"]) for f in (result.get("input") or {}).get("files", []))
    key = "ui.mkt.result.ads" if kind == "ads" else "ui.mkt.result.layoffs"
    return t(key, lang, file=names or (result.get("input") or {}).get("store") or "—")


def render_html(result: Mapping[str, Any], kind: Kind, lang: str) -> str:
    """One self-contained page (the workforce report's style sheet inlined; nothing fetched)."""
    lg: Lang = check_lang(lang)
    css = (TEMPLATES / "report.css").read_text(encoding="utf-8")
    title = _title(result, kind, lg)
    body = market_body(result, kind, lg)
    return (
        f'<!doctype html>\n<html lang="{lg}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{Markup.escape(title)} · Jalur</title>\n<style>\n{css}\n"
        ".figures{display:flex;flex-wrap:wrap;gap:.5rem}.figures div{background:#f3f4f6;padding:.5rem .75rem}"
        ".figures dt{font-size:.8rem}.figures dd{margin:0;font-weight:600}\n</style>\n</head>\n<body>\n<main>\n"
        f"<h1>{Markup.escape(title)}</h1>\n{body}\n</main>\n</body>\n</html>\n"
    )


def render_pdf(result: Mapping[str, Any], kind: Kind, lang: str) -> bytes:
    """The page as A4 PDF bytes (hermetic, no dates: the same dict gives the same bytes)."""
    import logging
    import os

    import weasyprint

    from jalur.reports.pdf import _ENV_LOCK, FIXED_EPOCH, _no_fetch

    for name in ("weasyprint", "fontTools"):
        logging.getLogger(name).setLevel(logging.ERROR)
    doc = weasyprint.HTML(string=render_html(result, kind, lang), url_fetcher=_no_fetch, base_url=None)
    with _ENV_LOCK:
        saved = os.environ.get("SOURCE_DATE_EPOCH")
        if saved is None:
            os.environ["SOURCE_DATE_EPOCH"] = FIXED_EPOCH
        try:
            pdf = doc.write_pdf()
        finally:
            if saved is None:
                os.environ.pop("SOURCE_DATE_EPOCH", None)
    if not isinstance(pdf, bytes):
        raise TypeError("WeasyPrint returned no bytes")
    return pdf


def _cell(c: Any) -> Any:
    """A share cell as a number (the share), or "—" when suppressed."""
    if isinstance(c, Mapping):
        return "—" if c.get("suppressed") else c.get("share")
    return c


def _sheets(
    result: Mapping[str, Any], kind: Kind, lang: Lang
) -> list[tuple[str, list[str], list[list[Any]]]]:
    """(sheet name, header, rows) of every table of the report."""

    def T(key: str, **p: object) -> str:
        return t(key, lang, **p)

    ci = T("market.col.share")
    if kind == "layoffs":
        years = [
            [y, v["events"], v["people"], v["events_without_count"]] for y, v in result["by_year"].items()
        ]
        events = [
            [e["date"], e["company"], e["count"], e["country"], e.get("kbli"), e["attribution"], e.get("quote"),
             " ".join(e["sources"]), " ".join(e.get("flags", []))]
            for e in result["country_events"]
        ]  # fmt: skip
        cands = [[e["date"], e["company"], e["count"], e["country"], " ".join(e["sources"])]
                 for e in result["ai_candidates_for_review"]]  # fmt: skip
        ev_head = [T("layoffs.col.date"), T("layoffs.col.company"), T("layoffs.col.people"), "country", "KBLI",
                   T("layoffs.col.attribution"), "quote", T("ui.mkt.col.sources"), "flags"]  # fmt: skip
        return [
            (T("layoffs.by_year")[:31], [T("layoffs.col.year"), T("layoffs.col.events"), T("layoffs.col.people"),
                                         T("layoffs.col.without_count")], years),
            (T("layoffs.country_events", country=result["country"])[:31], ev_head, events),
            (T("ui.mkt.attribution")[:31], [T("layoffs.col.attribution"), T("layoffs.col.events")],
             [[T(f"layoffs.grade.{g}"), n] for g, n in result["ai_attribution"].items()]),
            (T("ui.mkt.to_review")[:31], [*ev_head[:4], ev_head[7]], cands),
            (T("ui.mkt.scope")[:31], [T("ui.mkt.scope")], [[T(f"layoffs.scope.{s}")] for s in result["scope"]]),
        ]  # fmt: skip
    classes = [[f"{c} — {T('market.class.' + c)}", cell.get("k", cell["n"]), _cell(cell)]
               for c, cell in result["classes"].items()]  # fmt: skip
    occ = [
        [o["isco"], o.get("title_id" if lang == "id" else "title_en"), o["ads"], _cell(o["ai_related"]),
         _cell(o["ai_tools"]), o.get("exposure_mean"), *[(o.get("exposure_shares") or {}).get(k)
                                                         for k in ("automate", "augment", "human")]]
        for o in result["by_occupation"]
    ]  # fmt: skip
    roles = [
        [x.get("name_id" if lang == "id" else "name_en") or x["role"], x["ads"]] for x in result["roles"]
    ]
    roles += [[T("ui.mkt.desk", name=T("market.desk." + d["desk"])), d["ads"]] for d in result["desks"]]
    prov = [[p["province"], p["ads"], _cell(p["ai_related"])] for p in result["by_province"]]
    src = [[p["source"], p["ads"], _cell(p["ai_related"])] for p in result.get("by_source", [])]
    pay = [[k, v["n"], v.get("median", "—")] for k, v in result["pay_median_idr_month"].items()]
    pay += [[k, v["n"], v.get("median", "—")] for k, v in result.get("pay_median_by_province", {}).items()]
    queue = [[q["title"], q["headcount"], q["reason"], "; ".join(f"{c['isco']} ({c['confidence']:.0%})"
                                                                   for c in q["candidates"])]
             for q in result.get("review_queue", [])]  # fmt: skip
    return [
        (T("market.classes")[:31], [T("market.col.class"), T("market.col.ads"), ci], classes),
        (T("ui.mkt.col.occupation")[:31], ["ISCO", T("ui.mkt.col.occupation"), T("market.col.ads"),
                                          T("market.col.ai_related"), T("market.col.ai_tools"),
                                          T("ui.mkt.col.exposure"), "automate", "augment", "human"], occ),
        (T("ui.mkt.roles")[:31], [T("ui.mkt.col.role"), T("market.col.ads")], roles),
        (T("ui.mkt.provinces")[:31], [T("ui.mkt.col.province"), T("market.col.ads"), T("market.col.ai_related")],
         prov),
        ("source", ["source", T("market.col.ads"), T("market.col.ai_related")], src),
        (T("ui.mkt.pay")[:31], [T("ui.mkt.col.group"), T("market.col.ads"), T("ui.mkt.col.median")], pay),
        ("review_queue", ["title", "headcount", "reason", "candidates", "code"], queue),
        (T("ui.mkt.scope")[:31], [T("ui.mkt.scope")], [[T(f"market.scope.{s}")] for s in result["scope"]]),
    ]  # fmt: skip


def render_xlsx(result: Mapping[str, Any], kind: Kind, lang: str) -> bytes:
    """A sheet per table (shares as fractions; suppressed cells "—"), the scope on its own sheet; every
    text cell neutralised against formulas."""
    from openpyxl import Workbook

    from jalur.workforce.mapping import safe_cell

    lg: Lang = check_lang(lang)
    wb = Workbook()
    wb.remove(wb.active)
    for name, header, rows in _sheets(result, kind, lg):
        clean = "".join("-" if ch in "[]:*?/\\" else ch for ch in name).strip()[:31]
        ws = wb.create_sheet(clean)
        ws.append(header)
        for row in rows:
            ws.append([safe_cell(v) if isinstance(v, str) else v for v in row])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


#: the per-ad file's columns: the classifier's fields, never the description or evidence text
RECORD_COLUMNS = ("id", "title", "language", "source", "ai_class", "ai_role", "desks", "isco",
                  "isco_confidence", "province", "country", "salary_idr_month_min", "salary_idr_month_max",
                  "posted", "skills")  # fmt: skip


def record_rows(records: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The per-ad rows (``RECORD_COLUMNS``)."""
    out = []
    for r in records:
        isco, where, posted = r.get("isco") or {}, r.get("location") or {}, r.get("posted") or {}
        out.append({
            "id": r.get("id"), "title": r.get("title"), "language": r.get("language"), "source": r.get("source"),
            "ai_class": r.get("ai_class"), "ai_role": r.get("ai_role"), "desks": ";".join(r.get("desks") or []),
            "isco": isco.get("code"), "isco_confidence": isco.get("confidence"), "province": where.get("province"),
            "country": where.get("country"), "salary_idr_month_min": r.get("salary_idr_month_min"),
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


def write_market_files(
    result: Mapping[str, Any],
    kind: Kind,
    out: Path,
    formats: Sequence[str],
    lang: str,
    records: Sequence[Mapping[str, Any]] | None = None,
) -> list[Path]:
    """Write the chosen formats into ``out`` (``report.html`` …; the per-ad file ``ads.csv`` /
    ``ads.parquet`` from ``records``, market only); the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for f in formats:
        if f == "json":
            path = out / "report.json"
            path.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        elif f == "html":
            path = out / "report.html"
            path.write_text(render_html(result, kind, lang), encoding="utf-8")
        elif f == "pdf":
            path = out / "report.pdf"
            path.write_bytes(render_pdf(result, kind, lang))
        elif f == "xlsx":
            path = out / "report.xlsx"
            path.write_bytes(render_xlsx(result, kind, lang))
        elif f == "csv" and kind == "ads" and records is not None:
            path = out / "ads.csv"
            path.write_text(records_csv(records), encoding="utf-8-sig")
        elif f == "parquet" and kind == "ads" and records is not None:
            import pyarrow as pa
            import pyarrow.parquet as pq

            path = out / "ads.parquet"
            pq.write_table(pa.Table.from_pylist(record_rows(records)), path)
        else:
            continue
        written.append(path)
    if kind == "ads" and result.get("review_queue"):
        from jalur.workforce.mapping import review_queue_csv

        path = out / "review_queue.csv"
        path.write_text(review_queue_csv(result["review_queue"]), encoding="utf-8-sig")
        written.append(path)
    return written
