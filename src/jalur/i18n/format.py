"""Numbers, percentages, rupiah and dates as each language writes them: the one formatter of every face.

Babel (CLDR data) supplies the separators, the rupiah's symbol and the date patterns; the conventions:

==============  ==========================  ==========================  ==========================
function        Indonesian (``id``)         English (``en``)            notes
==============  ==========================  ==========================  ==========================
number          ``1.234.567,8``             ``1,234,567.8``             fixed ``digits`` (default 0)
percent         ``58%``, ``12,5%``          ``58%``, ``12.5%``          a share 0–1; CLDR's ``#,##0%``
                                                                        in both locales: no space
rupiah          ``Rp 1.234.567``            ``IDR 1,234,567``           whole rupiah, see below
score           ``0,53``                    ``0.53``                    a 0–1 score, two decimals
datetime_wib    ``2 Mar 2026 00.07 WIB``    ``Mar 2, 2026, 00:07 WIB``  Asia/Jakarta, 24-hour
==============  ==========================  ==========================  ==========================

**Rupiah.** The locale's symbol for IDR (CLDR: ``Rp`` in Indonesian, ``IDR`` in English — an English
reader is not expected to know "Rp", and "IDR" is the ISO code finance in English uses), a space, then the
whole number with the language's separators. CLDR's own Indonesian pattern (and the EYD spelling guide)
write ``Rp1.234.567`` without the space; Jalur keeps the space its reports, pages and CLI have always shown,
and which mirrors ``IDR 1,234,567``. To follow EYD, change :data:`RUPIAH_PATTERN` to ``"¤#,##0"`` (and the
Excel format built from :func:`rupiah_symbol`). No decimals: rupiah amounts here are estimates of costs
in the thousands to billions, and CLDR gives IDR no minor unit in cash.

**Missing values.** ``None``, ``NaN``, infinities, booleans and anything that is not a number give ``—``.

**Rounding.** Half to even on the exact binary value of a float — the digits Python's ``f"{x:.2f}"``
gives — never a second rounding through ``str(x)`` (Babel's default): ``2.675`` shows as ``2.67``
in both. A value that rounds to zero shows without a minus sign (``0,0``, not ``-0,0``). A percentage is
``x * 100`` computed as a float first, like ``f"{x:.0%}"``.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from decimal import ROUND_HALF_EVEN, Decimal, localcontext
from functools import lru_cache
from typing import TYPE_CHECKING

from jalur.i18n import Lang

if TYPE_CHECKING:
    from babel import Locale
    from babel.numbers import NumberPattern

MISSING = "—"
#: the rupiah: the locale's symbol for IDR, a space, whole rupiah with the locale's group separator
RUPIAH_PATTERN = "¤ #,##0"
#: CLDR's percent pattern of both languages (checked by the tests against Babel's data)
PERCENT_PATTERN = "#,##0%"
WIB = "Asia/Jakarta"
#: decimal precision while rounding and formatting: enough for every digit of any float (1e308 has 309)
_PRECISION = 400


@lru_cache(maxsize=4)
def _locale(lang: str) -> Locale:
    from babel import Locale

    return Locale.parse("en" if lang == "en" else "id")


def _finite(x: object) -> float | None:
    if isinstance(x, bool) or not isinstance(x, int | float | Decimal):
        return None
    f = float(x)
    return f if math.isfinite(f) else None


@lru_cache(maxsize=32)
def _parsed(pattern: str) -> NumberPattern:
    """A Babel number pattern, parsed once (a long report formats tens of thousands of numbers)."""
    from babel.numbers import parse_pattern

    return parse_pattern(pattern)


def _pattern(digits: int, suffix: str = "") -> NumberPattern:
    """``#,##0`` with ``digits`` fixed decimals, then ``suffix``."""
    return _parsed("#,##0" + ("." + "0" * digits if digits > 0 else "") + suffix)


def _rounded(f: float, digits: int) -> Decimal:
    """``f`` rounded half to even to ``digits`` decimals from its exact value; a zero loses its sign.
    Call inside :func:`_context`."""
    d = Decimal(f).quantize(Decimal(1).scaleb(-max(digits, 0)), rounding=ROUND_HALF_EVEN)
    return d.copy_abs() if d.is_zero() else d


def number(x: object, lang: Lang, digits: int = 0) -> str:
    """``x`` with ``digits`` decimals and the language's separators: ``1.234.567,8`` / ``1,234,567.8``."""
    f = _finite(x)
    if f is None:
        return MISSING
    from babel.numbers import format_decimal

    with localcontext() as ctx:
        ctx.prec = _PRECISION
        return format_decimal(_rounded(f, digits), format=_pattern(digits), locale=_locale(lang))


def percent(x: object, lang: Lang, digits: int = 0) -> str:
    """A share (0–1) as a percentage with ``digits`` decimals: ``58%``, ``12,5%`` / ``12.5%``."""
    f = _finite(x)
    if f is None:
        return MISSING
    from babel.numbers import format_percent

    with localcontext() as ctx:
        ctx.prec = _PRECISION
        share = _rounded(f * 100, digits).scaleb(-2)  # Babel multiplies by 100 again, exactly
        return format_percent(share, format=_pattern(digits, "%"), locale=_locale(lang))


def rupiah(x: object, lang: Lang) -> str:
    """Whole rupiah: ``Rp 1.234.567`` (id), ``IDR 1,234,567`` (en)."""
    f = _finite(x)
    if f is None:
        return MISSING
    from babel.numbers import format_currency

    with localcontext() as ctx:
        ctx.prec = _PRECISION
        return format_currency(
            _rounded(f, 0), "IDR", format=_parsed(RUPIAH_PATTERN), locale=_locale(lang), currency_digits=False
        )


def rupiah_symbol(lang: Lang) -> str:
    """The rupiah's symbol in ``lang``: ``Rp`` (id), ``IDR`` (en)."""
    from babel.numbers import get_currency_symbol

    return get_currency_symbol("IDR", locale=_locale(lang))


def score(x: object, lang: Lang) -> str:
    """A 0–1 score with two decimals: ``0,53`` / ``0.53``."""
    return number(x, lang, 2)


def datetime_wib(when: dt.datetime | str | None, lang: Lang) -> str:
    """A moment in Western Indonesian Time (Asia/Jakarta, UTC+7), 24-hour, with the locale's medium date:
    ``2 Mar 2026 00.07 WIB`` / ``Mar 2, 2026, 00:07 WIB``. A naive datetime (or ISO text without an offset)
    is taken as UTC, the store's time; ``None`` or unreadable text gives ``—``."""
    if isinstance(when, str):
        try:
            when = dt.datetime.fromisoformat(when)
        except ValueError:
            return MISSING
    if not isinstance(when, dt.datetime):
        return MISSING
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    from babel.dates import format_datetime, get_timezone

    loc = _locale(lang)
    date = loc.date_formats["medium"].pattern
    time = loc.datetime_skeletons["Hm"].pattern
    pattern = str(loc.datetime_formats["medium"]).replace("{1}", date).replace("{0}", time)
    return f"{format_datetime(when, pattern, tzinfo=get_timezone(WIB), locale=loc)} WIB"


_GROUPED = re.compile(r"^[+-]?\d{1,3}(?:\.\d{3})+$")
_PLAIN = re.compile(r"^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$")


def parse_number(text: str, lang: Lang) -> float | None:
    """A number typed into a form: ``0,08`` and ``0.08`` both mean 0.08; in Indonesian ``75.000`` is
    seventy-five thousand (a dot between groups of three), ``1.250,5`` is 1250.5; in English ``75,000`` is
    seventy-five thousand; spaces are ignored.
    None for anything else (words, several numbers, NaN, infinity)."""
    t = re.sub(r"[\s\u00a0\u202f]", "", text or "")[:40]
    if not t:
        return None
    if lang == "en" and re.match(r"^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$", t):
        t = t.replace(",", "")  # 75,000 and 1,250.5
    elif "," in t:  # a decimal comma, with dots between groups of three before it (1.250,5)
        if t.count(",") > 1:
            return None
        whole, frac = t.split(",")
        if "." in whole and not _GROUPED.match(whole):
            return None
        t = whole.replace(".", "") + "." + frac
    elif lang == "id" and _GROUPED.match(t) and not t.lstrip("+-").startswith("0"):
        t = t.replace(".", "")  # 75.000 and 1.500.000; 0.080 stays a decimal
    if not _PLAIN.match(t):
        return None
    value = float(t)
    return value if math.isfinite(value) else None
