"""Writing a report (``jalur.report/1``, docs/report.md) in the chosen formats, with the review queue file
beside it: JSON, HTML, A4 PDF and XLSX."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from jalur.workforce.mapping import review_queue_csv

FORMATS = ("json", "html", "pdf", "xlsx")

#: a step name and how far it is (done, total) — for a progress bar
Progress = Callable[[str, int, int], None]


def _quiet(step: str, done: int, total: int) -> None:
    return None


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
            from jalur.reports.html import render_html

            path.write_text(render_html(report, lang), encoding="utf-8")
        elif fmt == "pdf":
            from jalur.reports.pdf import render_pdf

            path.write_bytes(render_pdf(report, lang))
        elif fmt == "xlsx":
            from jalur.reports.xlsx import render_xlsx

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
