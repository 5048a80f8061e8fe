"""One rule for spreadsheet cells that hold user text (the review-queue CSV and the XLSX report): a value a
spreadsheet could read as a formula gets a leading apostrophe (the OWASP advice against CSV injection;
the apostrophe stays visible, so the change is never silent).

A value is neutralised when, after its leading white space, it starts with ``=``, ``+``, ``-`` or ``@`` or
their full-width forms ``＝ ＋ － ＠`` (spreadsheets skip leading blanks and some fold full-width characters
to ASCII), or when it starts with a tab, a carriage return or a line feed (which can shift a cell and hide
a trigger behind it)."""

from __future__ import annotations

#: the quote that makes a spreadsheet take the rest of the cell as text
SAFE_PREFIX = "'"
#: characters that start a formula, ASCII and full-width
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\uff1d", "\uff0b", "\uff0d", "\uff20")
#: a value starting with one of these is neutralised whatever follows
LEADING_BREAKS = ("\t", "\r", "\n")


def needs_neutralising(text: str) -> bool:
    """True when a spreadsheet could take ``text`` for a formula (see the module notes)."""
    return text.startswith(LEADING_BREAKS) or text.lstrip().startswith(FORMULA_TRIGGERS)


def neutralise_cell(text: str) -> str:
    """``text`` with a leading apostrophe when :func:`needs_neutralising`, else unchanged."""
    return SAFE_PREFIX + text if needs_neutralising(text) else text
