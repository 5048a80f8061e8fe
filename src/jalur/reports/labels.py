"""The employer report's words and numbers (HTML, PDF, XLSX): thin functions over :mod:`jalur.i18n`.

The labels are the ``report.`` keys of the one catalogue (:mod:`jalur.i18n.id`, :mod:`jalur.i18n.en`);
:func:`label` looks one up without the prefix, :func:`code_label` translates a code from the report JSON (a
row reason, a flag, a speed…) and falls back to the code itself, so a code added upstream still shows.
Numbers come from :mod:`jalur.i18n.format`: ``1.234.567,5`` and ``Rp 1.234.567`` in Indonesian,
``1,234,567.5`` and ``IDR 1,234,567`` in English.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from jalur.i18n import LANGS, CatalogView, Lang, check_lang, has, t
from jalur.i18n import format as fmt

__all__ = [
    "LABELS",
    "LANGS",
    "METHOD_KEYS",
    "PREFIX",
    "Lang",
    "assumption_text",
    "check_lang",
    "code_label",
    "detail_text",
    "fmt_idr",
    "fmt_int",
    "fmt_num",
    "fmt_pct",
    "fmt_score",
    "has_label",
    "label",
    "source_text",
]

PREFIX = "report."
#: the report's labels, key (without ``report.``) → ``{"id": text, "en": text}``; a view of the catalogue
LABELS: Mapping[str, Mapping[Lang, str]] = CatalogView(PREFIX)

METHOD_KEYS: tuple[str, ...] = ("method.1", "method.2", "method.3", "method.4", "method.5")


def has_label(key: str) -> bool:
    """Whether the catalogue has the label ``key`` (without the ``report.`` prefix)."""
    return has(PREFIX + key)


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


def move_kinds(move: Mapping[str, Any]) -> list[str]:
    """The extra label codes of a pathway of the report JSON: its career-ladder step (``ladder_next_rung``,
    …), or ``weak_link`` for a move resting on similarity alone (``evidence``)."""
    ladder = move.get("ladder")
    kind = ladder.get("kind") if isinstance(ladder, Mapping) else None
    out = [f"ladder_{kind}"] if isinstance(kind, str) and kind else []
    return out + (["weak_link"] if move.get("evidence") == "similarity" else [])


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


#: the English ``detail`` texts the roster reader writes (``jalur.workforce.roster``, kept English in the JSON,
#: a public interface) → the catalogue key that says the same in the reader's language, with its parameters
_DETAILS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), k)
    for p, k in (
        (r"^no job title$", "detail.no_title"),
        (r"^(?P<n>\d+) characters, at most (?P<max>\d+)$", "detail.too_long"),
        (r"^control characters or undecodable bytes$", "detail.control"),
        (r"^spreadsheet error value (?P<value>.+)$", "detail.sheet_error"),
        (r"^the title looks like personal data \((?P<kind>[a-z_ ]+)\); not read$", "detail.personal"),
        (r"^the title holds only personal data; not read$", "detail.only_personal"),
        (r"^a total line, not a role$", "detail.total"),
        (r"^the header row again$", "detail.header"),
        (r"^a formula saved without its value \(.*\)$", "detail.formula"),
        (r"^inside a merged cell: give each row its own count$", "detail.merged"),
        (r"^same employee id as row (?P<row>\d+)$", "detail.same_id"),
        (r"^same title, unit, location and headcount as row (?P<row>\d+)$", "detail.same_role"),
        (r"^empty$", "detail.empty"),
        (r"^a true/false value$", "detail.boolean"),
        (r"^not a finite number$", "detail.not_finite"),
        (r"^over (?P<max>[\d,]+) in one row$", "detail.too_many"),
        (r"^a quote opened on line (?P<line>\d+) is not closed; that line is left out$", "detail.quote"),
        (r"^line (?P<line>\d+) is over (?P<kib>\d+) KiB$", "detail.line_long"),
    )
)


def detail_text(detail: object, lang: Lang) -> str:
    """A rejected row's ``detail`` in ``lang``: the reader's fixed English texts are translated; anything
    else (a cell value such as ``abc`` or ``-3``) is shown as it is."""
    text = "" if detail is None else str(detail)
    for pattern, key in _DETAILS:
        m = pattern.match(text)
        if m:
            params: dict[str, object] = dict(m.groupdict())
            if "kind" in params:
                params["kind"] = code_label("personal", params["kind"], lang)
            if "max" in params:
                params["max"] = fmt_int(int(str(params["max"]).replace(",", "")), lang)
            return label(key, lang, **params)
    return text


def assumption_text(key: object, unit: object, note: object, lang: Lang) -> tuple[str, str]:
    """An assumption's unit and note in ``lang`` (``report.assumption.<key>``, ``report.aunit.<unit>``);
    the JSON's English as it is for a key the catalogue does not know (a scenario file's own)."""
    k, u = str(key or ""), str(unit or "")
    note_text = label(f"assumption.{k}", lang) if has(f"{PREFIX}assumption.{k}") else str(note or "")
    unit_text = label(f"aunit.{u}", lang) if has(f"{PREFIX}aunit.{u}") else u
    return unit_text, note_text


def source_text(source: Mapping[str, Any], field: str, lang: Lang) -> str:
    """A source's ``title``, ``version`` or ``licence`` (an entry of the report's ``sources``) in ``lang``:
    the catalogue's ``report.src.<id>.<field>`` / ``report.lic.<kind>`` (written for every source of
    ``ingest/sources/registry.toml``: change them with it), else the JSON's own text (English)."""
    sid = str(source.get("id") or "")
    from jalur.kb.provenance import LICENCE_KIND

    if field == "licence" and sid in LICENCE_KIND:
        return label(f"lic.{LICENCE_KIND[sid]}", lang)
    key = f"src.{sid}.{field}"
    if has_label(key):
        return label(key, lang)
    value = source.get(field)
    return "" if value is None else str(value)
