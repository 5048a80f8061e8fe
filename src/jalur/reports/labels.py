"""The employer report's words and numbers (HTML, PDF, XLSX): thin functions over :mod:`jalur.i18n`.

The labels are the ``report.`` keys of the one catalogue (:mod:`jalur.i18n.id`, :mod:`jalur.i18n.en`);
:func:`label` looks one up without the prefix, :func:`code_label` translates a code from the report JSON (a
row reason, a flag, a speed…) and falls back to the code itself, so a code added upstream still shows.
Numbers come from :mod:`jalur.i18n.format`: ``1.234.567,5`` and ``Rp 1.234.567`` in Indonesian,
``1,234,567.5`` and ``IDR 1,234,567`` in English.
"""

from __future__ import annotations

from collections.abc import Mapping

from jalur.i18n import LANGS, CatalogView, Lang, check_lang, has, t
from jalur.i18n import format as fmt

__all__ = [
    "LABELS",
    "LANGS",
    "METHOD_KEYS",
    "PREFIX",
    "Lang",
    "check_lang",
    "code_label",
    "fmt_idr",
    "fmt_int",
    "fmt_num",
    "fmt_pct",
    "fmt_score",
    "label",
]

PREFIX = "report."
#: the report's labels, key (without ``report.``) → ``{"id": text, "en": text}``; a view of the catalogue
LABELS: Mapping[str, Mapping[Lang, str]] = CatalogView(PREFIX)

METHOD_KEYS: tuple[str, ...] = ("method.1", "method.2", "method.3", "method.4", "method.5")


def label(key: str, lang: Lang, /, **params: object) -> str:
    """The label ``key`` (``report.<key>`` in the catalogue) in ``lang``, formatted with ``params``.
    Unknown keys raise ``KeyError``."""
    return t(PREFIX + key, lang, **params)


def code_label(prefix: str, code: object, lang: Lang) -> str:
    """A code from the report JSON in words (``prefix.code``), or the code itself when it has no label;
    comma-joined codes (``course_prices,default_rate``) are translated one by one."""
    if code is None or code == "":
        return fmt.MISSING
    parts = str(code).split(",")
    if len(parts) > 1:
        return ", ".join(code_label(prefix, p.strip(), lang) for p in parts)
    key = f"{PREFIX}{prefix}.{code}"
    return t(key, lang) if has(key) else str(code)


# --- numbers: the report's names for the formatters of jalur.i18n.format ----------------------------------


def fmt_num(x: object, lang: Lang, decimals: int = 0) -> str:
    """A number with the language's separators; ``—`` for a missing or non-finite value."""
    return fmt.number(x, lang, decimals)


def fmt_int(x: object, lang: Lang) -> str:
    return fmt.number(x, lang, 0)


def fmt_pct(x: object, lang: Lang, decimals: int = 0) -> str:
    """A share (0–1) as a percentage: ``12,5%`` / ``12.5%``."""
    return fmt.percent(x, lang, decimals)


def fmt_idr(x: object, lang: Lang) -> str:
    """Rupiah, whole: ``Rp 1.234.567`` (id), ``IDR 1,234,567`` (en)."""
    return fmt.rupiah(x, lang)


def fmt_score(x: object, lang: Lang) -> str:
    """A 0–1 score with two decimals."""
    return fmt.score(x, lang)
