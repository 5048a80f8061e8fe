"""The employer report as an A4 PDF: the print variant of the HTML page, laid out by WeasyPrint.

The PDF holds the same sections as the HTML, but only the :data:`~jalur.reports.html.PDF_ROLES`
largest roles (with a line saying how many more are in the XLSX/JSON) and cut review/rejected lists, so it
stays a few pages and renders in seconds even for a roster with hundreds of roles. Rendering is hermetic
(every URL fetch is refused: the page is self-contained) and deterministic: the page carries no
``dcterms.created``/``dcterms.modified`` meta, so the PDF has no creation or modification date;
WeasyPrint writes no random file identifier; and the embedded font subsets get a fixed timestamp
(``SOURCE_DATE_EPOCH``, set for the duration of the call unless the caller set it): same dict → same bytes.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Mapping
from typing import Any, NoReturn

from jalur.reports.html import build_page

#: the font timestamp (fontTools writes "now" into each embedded font subset unless SOURCE_DATE_EPOCH is
#: set, https://reproducible-builds.org/specs/source-date-epoch/): 2000-01-01T00:00:00Z
FIXED_EPOCH = "946684800"
_ENV_LOCK = threading.Lock()


def _no_fetch(url: str, *args: Any, **kwargs: Any) -> NoReturn:
    raise ValueError(f"the report fetches nothing: {url!r}")


def render_pdf(report: Mapping[str, Any], lang: str) -> bytes:
    """The report as A4 PDF bytes in ``lang`` (``id`` or ``en``)."""
    return html_to_pdf(build_page(report, lang, for_print=True))


def html_to_pdf(html: str) -> bytes:
    """A self-contained page as PDF bytes: hermetic (every fetch refused) and deterministic (no dates,
    fixed font timestamps) — the workforce report and the market report both print through it."""
    import weasyprint  # heavy import: only when a PDF is asked for

    # WeasyPrint's notes on font subsetting and missing glyphs are for its developers, not report readers
    for name in ("weasyprint", "fontTools"):
        logging.getLogger(name).setLevel(logging.ERROR)

    doc = weasyprint.HTML(string=html, url_fetcher=_no_fetch, base_url=None)
    with _ENV_LOCK:
        saved = os.environ.get("SOURCE_DATE_EPOCH")
        if saved is None:
            os.environ["SOURCE_DATE_EPOCH"] = FIXED_EPOCH
        try:
            pdf = doc.write_pdf()
        finally:
            if saved is None:
                os.environ.pop("SOURCE_DATE_EPOCH", None)
    if not isinstance(pdf, bytes):  # write_pdf() without a target returns the bytes
        raise TypeError("WeasyPrint returned no bytes")
    return pdf
