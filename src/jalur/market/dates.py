"""When an ad was posted, from what a board shows — a calendar date, a date-time, or "2 hari yang lalu"
counted back from when the page was read — with how it was derived (issue 19).

``parse_posted("3 hari yang lalu", scraped_at)`` → the Jakarta calendar day three days before the moment
``scraped_at`` (any offset; converted to Asia/Jakarta first), basis ``relative``. Calendar dates are read
day-first ("05/08/2024" is 5 August, as Indonesian boards write them), with Indonesian and English month
names; a UTC date-time is converted to Jakarta before its day is taken. A deadline ("dibuka sampai 30 Sep")
is not a posting date. Rules: benchmarks/market_eval/RUBRIC.md, section 2. Pure.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from jalur.text.numbers import NUMBER_WORDS

JAKARTA = dt.timezone(dt.timedelta(hours=7), "WIB")

_MONTHS: dict[str, int] = {}
for _i, _names in enumerate(
    (
        "januari jan january",
        "februari feb february pebruari peb",
        "maret mar march",
        "april apr",
        "mei may",
        "juni jun june",
        "juli jul july",
        "agustus agu agt ags aug august agus",
        "september sep sept",
        "oktober okt oct october",
        "november nov nop",
        "desember des dec december",
    ),
    start=1,
):
    for _n in _names.split():
        _MONTHS[_n] = _i
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))

_DEADLINE = re.compile(
    r"sampai|hingga|until|deadline|batas|berakhir|ditutup|closing|close[sd]?\b|apply\s+(?:before|by)|"
    r"expires?|kedaluwarsa|tutup|\bs/d\b|paling\s+lambat|\bsebelum\b|"
    # other days an ad names that are not its posting day: the start of work, an interview, a test
    r"mulai\s+(?:kerja|bekerja|masuk)|start(?:ing)?\s+date|start(?:s)?\s+on|interview|wawancara|"
    r"walk[-\s]?in|psikotes|tes\s+(?:tertulis|online|seleksi)",
    re.I,
)
#: a time of day someone other than the ad was active ("Perekrut aktif 1 jam yang lalu") is no posting day
_NOT_POSTED = re.compile(
    r"\b(?:perekrut|rekruter|recruiter|hrd?|hiring\s+manager|employer|pemberi\s+kerja)\s+"
    r"(?:terakhir\s+|was\s+|last\s+)?(?:aktif|active)|"
    # the reader's own application ("Dilamar 3 hari lalu", "Applied 2 days ago")
    r"\b(?:dilamar|kamu\s+melamar|anda\s+melamar|applied|lamaran\s+(?:dikirim|terkirim))\b|"
    # a birth-date limit and a holiday or anniversary are days an ad names, never its posting day
    r"\b(?:lahir|kelahiran|born|tanggal\s+lahir|date\s+of\s+birth|hut|ulang\s+tahun|anniversary)\b",
    re.I,
)
#: words that say an ad was posted: they introduce the posting day inside a longer text ("Batas lamaran 30 Sep
#: (diposting 2 minggu lalu)"), a count without "ago" ("Posted 3 days") and make "baru" a date ("Baru diposting")
_POSTING_WORD = r"\b(?:diposting|posted|ditayangkan|tayang|dipasang|diunggah|published)\b"
_POSTED_MARK = re.compile(_POSTING_WORD, re.I)
#: zones boards write beside a time: a date-time in one of them is converted to Jakarta before its day
_ZONES = {"wib": 7, "wita": 8, "wit": 9, "utc": 0, "gmt": 0}
_TIME_ZONE = re.compile(
    r"^\s*(?:,|at|pukul|pkl\.?|jam)?\s*(\d{1,2})[:.](\d{2})(?:[:.]\d{2})?\s*(wita|wib|wit|utc|gmt)\b(?!\s*[+-]\d)",
    re.I,
)
#: a time with a numeric offset after a written date ("Sat, 05 Oct 2024 21:00:00 +0000", as feeds write)
_TIME_OFFSET = re.compile(
    r"^\s*(?:,|at|pukul|pkl\.?|jam)?\s*(\d{1,2})[:.](\d{2})(?:[:.]\d{2})?\s*(?:(?:gmt|utc)\s*)?([+-])(\d{2}):?(\d{2})\b",
    re.I,
)
_ISO = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?"
)
_DMY = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2}\b)(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?")
_YEAR = r"(\d{4}|'\d{2})"  # "2024", or "'24"
_D_MON_Y = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|\s)?\s*({_MONTH})\.?,?\s*(?:-|\s)?\s*{_YEAR}(?!\d)", re.I
)
#: a day, a month's name and two digits of year joined by dashes or slashes ("03-Jun-24", "3/Agu/24")
_D_MON_YY = re.compile(rf"\b(\d{{1,2}})[-/]({_MONTH})[-/](\d{{2}})(?![\d/-])", re.I)
_MON_D_Y = re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}(?!\d)", re.I)
#: a day and month without a year ("Diposting 28 Des"): the year of the page, or the one before
_D_MON = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH})\b\.?(?!\s*[,.]?\s*'?\d)", re.I)
#: ... and month first, as English boards write ("Posted Nov 7", "Dec 28")
_MON_D = re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*[,.]?\s*'?\d)(?![:.]\d)", re.I)
_YMD_SLASH = re.compile(r"\b(\d{4})([/.])(\d{1,2})\2(\d{1,2})\b")  # "2024/08/12", "2025.07.01"
_COMPACT = re.compile(r"^\s*(20\d{2})(\d{2})(\d{2})\s*$")  # "20240812"
_EPOCH = re.compile(r"^\s*(1\d{9})(\d{3})?\s*$")  # Unix seconds (or milliseconds)
_FEED = re.compile(r"^\s*(\d+)\s*(h|d|w)\s*$", re.I)  # "12h", "5d", "3w": a feed's age of the post
_UNITS: dict[str, tuple[str, int]] = {}
for _unit, (_kind, _count) in {
    "detik second seconds sec secs": ("minutes", 0),
    "menit minute minutes min mins": ("minutes", 1),
    "jam hour hours hr hrs h": ("hours", 1),
    "hari hri day days d": ("days", 1),
    "minggu mgg pekan week weeks wk wks w": ("days", 7),
    "bulan bln month months mo mos mth mths": ("days", 30),
    "tahun thn year years yr yrs": ("days", 365),
}.items():
    for _w in _unit.split():
        _UNITS[_w] = (_kind, _count)
_UNIT = "|".join(sorted(_UNITS, key=len, reverse=True))
#: counts written as words ("empat hari lalu", "two weeks ago")
_COUNT_WORDS = NUMBER_WORDS | {"se": 1, "a": 1, "an": 1}  # "seminggu", "a day ago"
_COUNT = "|".join(sorted(_COUNT_WORDS, key=len, reverse=True))
_RELATIVE = re.compile(
    rf"(\d+|\b(?:{_COUNT}))\s*(\+)?\s*({_UNIT})\b\s*(?:yang\s+)?(?:lalu|ago|yll|yg\s+lalu)", re.I
)
_RELATIVE_NO_AGO = re.compile(rf"{_POSTING_WORD}\s*:?\s*(\d+)\s*(\+)?\s*({_UNIT})\b", re.I)
_SE = re.compile(r"\b(sehari|seminggu|sebulan|setahun|sejam)\s*(?:yang\s+)?(?:lalu|yll)", re.I)
_TODAY = re.compile(
    r"hari\s+ini|\btoday\b|baru\s+saja|\bbarusan\b|just\s+(?:now|posted)|beberapa\s+(?:detik|menit|jam)|"
    r"(?:a\s+)?few\s+(?:seconds|minutes)\s+ago|"
    # "baru"/"new" says posted recently only with a posting word ("Baru diposting"); alone it is a badge
    rf"\b(?:baru|new)\b(?=.*{_POSTING_WORD})|{_POSTING_WORD}.*\b(?:baru|new)\b",
    re.I,
)
_YESTERDAY = re.compile(r"kemarin|kemaren|\bkmrn\b|\bkmarin\b|yesterday", re.I)


@dataclass(frozen=True, slots=True)
class Posted:
    """An ad's posting day in Jakarta (None when the text gives none), how it was derived (``exact``,
    ``relative``, ``none``), and whether it is a lower bound ("30+ hari": ``at_least``)."""

    date: dt.date | None
    basis: str
    at_least: bool = False
    evidence: str = ""


def _jakarta(when: dt.datetime) -> dt.datetime:
    return (when if when.tzinfo else when.replace(tzinfo=JAKARTA)).astimezone(JAKARTA)


def _valid(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


#: an ad is not posted longer ago than this: "9999999 tahun lalu" is noise, not a date (and no date at all)
_MAX_DAYS_BACK = 36_500


def _back(now: dt.datetime, kind: str, count: int) -> dt.date | None:
    """The Jakarta day ``count`` ``kind`` (days, hours, minutes) before ``now``; None beyond a century."""
    days = count / {"days": 1, "hours": 24, "minutes": 1440}[kind]
    if days > _MAX_DAYS_BACK:
        return None
    return (now - dt.timedelta(**{kind: count})).date()


def _year(digits: str) -> int:
    """A year written with four digits, or two ("19/08/24": 2024)."""
    return int(digits) + (2000 if len(digits) == 2 else 0)


def parse_scraped_at(text: str) -> dt.datetime | None:
    """A ``scraped_at`` value: ISO date-time (any offset; none: Jakarta) or ``dd/mm/yyyy hh:mm:ss``
    (Jakarta, as boards record it)."""
    t = (text or "").strip()
    m = _ISO.fullmatch(t.replace("Z", "+00:00").replace("+00:00", "Z")) if t else None
    try:
        if m or re.match(r"\d{4}-\d{2}-\d{2}", t):
            return _jakarta(dt.datetime.fromisoformat(t.replace("Z", "+00:00")))
    except (ValueError, OverflowError):
        pass
    m2 = _DMY.match(t)
    if m2:
        d, mo, y = int(m2.group(1)), int(m2.group(2)), _year(m2.group(3))
        hh, mm, ss = (int(m2.group(i) or 0) for i in (4, 5, 6))
        try:
            return dt.datetime(y, mo, d, hh, mm, ss, tzinfo=JAKARTA)
        except ValueError:
            return None
    return None


def parse_posted(text: str, scraped_at: dt.datetime | None = None) -> Posted:
    """The posting day ``text`` states or implies (see the module's docstring)."""
    raw = " ".join(str(text or "").split())[:200]
    if not raw:
        return Posted(None, "none")
    if not_posted := _NOT_POSTED.search(raw):
        return Posted(None, "none", evidence=not_posted.group(0))
    try:
        found = _posted(raw, scraped_at)
    except OverflowError:  # a day before year 1 or after 9999 (a page "read" in year 1, a zone at the edge)
        return Posted(None, "none")
    later = scraped_at is not None and found.date is not None and found.date > _jakarta(scraped_at).date()
    if found.basis == "exact" and later:
        # a day after the page was read is a deadline, a start or an interview, never the posting day
        return Posted(None, "none", evidence=found.evidence)
    return found


def _posted(raw: str, scraped_at: dt.datetime | None) -> Posted:
    cut = _DEADLINE.search(raw)
    mark = _POSTED_MARK.search(raw, cut.end()) if cut else None
    if cut and mark:  # the posting day is said after the deadline: read from its word on
        raw = raw[mark.start() :].strip(" ·|,;-()[]")
    elif cut:  # what follows a deadline word is the deadline; a posting date may come before it
        raw = raw[: cut.start()].strip(" ·|,;-")
        if not raw:
            return Posted(None, "none", evidence=cut.group(0))
    m = _ISO.search(raw)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if m.group(4) is not None and m.group(7):
            tz = m.group(7)
            try:
                when = dt.datetime.fromisoformat(m.group(0).replace(" ", "T").replace("Z", "+00:00"))
                return Posted(_jakarta(when).date(), "exact", evidence=m.group(0))
            except ValueError:
                del tz
        named = re.match(r"\s*(wita|wib|wit|utc|gmt)\b", raw[m.end() :], re.I)
        if m.group(4) is not None and named:  # "2025-01-06 20:30:00 UTC": the Jakarta day of that moment
            hh, mi = int(m.group(4)), int(m.group(5))
            day = _valid(y, mo, d)
            if day and hh < 24 and mi < 60:
                tzinfo = dt.timezone(dt.timedelta(hours=_ZONES[named.group(1).lower()]))
                when = dt.datetime(y, mo, d, hh, mi, tzinfo=tzinfo)
                return Posted(_jakarta(when).date(), "exact", evidence=m.group(0) + named.group(0))
        day = _valid(y, mo, d)
        if day:
            return Posted(day, "exact", evidence=m.group(0))
    m = _COMPACT.match(raw)
    ymd = (m.group(1), m.group(2), m.group(3)) if m else None
    if ymd is None and (m := _YMD_SLASH.search(raw)):
        ymd = (m.group(1), m.group(3), m.group(4))
    if m and ymd:
        day = _valid(int(ymd[0]), int(ymd[1]), int(ymd[2]))
        if day:
            return Posted(day, "exact", evidence=m.group(0))
    m = _EPOCH.match(raw)
    if m:
        when = dt.datetime.fromtimestamp(int(m.group(1)), tz=dt.UTC)
        return Posted(_jakarta(when).date(), "exact", evidence=m.group(0))
    for pattern, order in ((_D_MON_Y, "dmy"), (_D_MON_YY, "dmy"), (_MON_D_Y, "mdy")):
        m = pattern.search(raw)
        if m:
            a, b, yy = m.group(1), m.group(2), m.group(3)
            y = 2000 + int(yy[1:]) if yy.startswith("'") else _year(yy)
            d, mon = (int(a), b) if order == "dmy" else (int(b), a)
            day = _valid(y, _MONTHS[mon.lower()], d)
            if day:
                zoned = _TIME_ZONE.match(raw[m.end() :])
                if zoned:  # "20 Agu 2024 00:30 WITA": the Jakarta day of that moment
                    hh, mm, zone = int(zoned.group(1)), int(zoned.group(2)), zoned.group(3).lower()
                    if hh < 24 and mm < 60:
                        tz = dt.timezone(dt.timedelta(hours=_ZONES[zone]))
                        when = dt.datetime(day.year, day.month, day.day, hh, mm, tzinfo=tz)
                        return Posted(_jakarta(when).date(), "exact", evidence=m.group(0) + zoned.group(0))
                offset = _TIME_OFFSET.match(raw[m.end() :])
                if offset:  # "05 Oct 2024 21:00:00 +0000": the Jakarta day of that moment
                    hh, mm = int(offset.group(1)), int(offset.group(2))
                    sign = -1 if offset.group(3) == "-" else 1
                    oh, om = int(offset.group(4)), int(offset.group(5))
                    if hh < 24 and mm < 60 and oh < 15 and om < 60:
                        tz = dt.timezone(sign * dt.timedelta(hours=oh, minutes=om))
                        when = dt.datetime(day.year, day.month, day.day, hh, mm, tzinfo=tz)
                        return Posted(_jakarta(when).date(), "exact", evidence=m.group(0) + offset.group(0))
                return Posted(day, "exact", evidence=m.group(0))
    m = _DMY.search(raw)
    if m:
        first, second = int(m.group(1)), int(m.group(2))
        # day-first, as Indonesian boards write; month-first only when day-first is impossible ("08/25/2024")
        day = _valid(_year(m.group(3)), second, first) or (
            _valid(_year(m.group(3)), first, second) if second > 12 else None
        )
        if day:
            return Posted(day, "exact", evidence=m.group(0))
    if scraped_at is None:
        return Posted(None, "none")
    now = _jakarta(scraped_at)
    m = _D_MON.search(raw)
    order = "dm"
    if not m:
        m = _MON_D.search(raw)
        order = "md"
    if m:
        d_txt, mon_txt = (m.group(1), m.group(2)) if order == "dm" else (m.group(2), m.group(1))
        month = _MONTHS[mon_txt.lower()]
        day = _valid(now.year, month, int(d_txt))
        if day and day > now.date():
            day = _valid(now.year - 1, month, int(d_txt))
        if day:
            return Posted(day, "exact", evidence=m.group(0))
    m = _FEED.match(raw)
    if m:
        kind, per = _UNITS[m.group(2).lower()]
        day = _back(now, kind, int(m.group(1)) * per)
        return Posted(day, "relative" if day else "none", evidence=m.group(0))
    m = _RELATIVE.search(raw) or _RELATIVE_NO_AGO.search(raw)
    if m:
        word = m.group(1).lower()
        n = int(word) if word.isdigit() else _COUNT_WORDS.get(word, 1)
        unit = m.group(3).lower()
        if unit == "hr" and re.search(r"lalu|yll", m.group(0), re.I):
            unit = "hari"  # Indonesian "3 hr lalu" is days; English "3 hr ago" hours
        kind, per = _UNITS[unit]
        day = _back(now, kind, n * per)
        if day is None:
            return Posted(None, "none", evidence=m.group(0))
        return Posted(day, "relative", at_least=bool(m.group(2)), evidence=m.group(0))
    m = _SE.search(raw)
    if m:
        kind, per = _UNITS[
            {"sehari": "hari", "seminggu": "minggu", "sebulan": "bulan", "setahun": "tahun", "sejam": "jam"}[
                m.group(1).lower()
            ]
        ]
        return Posted((now - dt.timedelta(**{kind: per})).date(), "relative", evidence=m.group(0))
    m = _YESTERDAY.search(raw)
    if m:
        return Posted((now - dt.timedelta(days=1)).date(), "relative", evidence=m.group(0))
    m = _TODAY.search(raw)
    if m:
        return Posted(now.date(), "relative", evidence=m.group(0))
    return Posted(None, "none")
