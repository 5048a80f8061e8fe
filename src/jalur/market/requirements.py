"""What an ad requires of the person — education, years of experience, an age limit, a gender — for the
equality view (issue 19): how many ads shut out older workers or one gender. Indonesian and English
phrasings; pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_EDUCATION: tuple[tuple[str, str], ...] = (
    (r"\b(?:s3|doktor|doctoral|ph\.?d)\b", "doctorate"),
    (r"\b(?:s2|magister|master(?:'s)?\s+degree|master\s+of|msc|mba)\b", "master"),
    (r"\b(?:s1|sarjana|bachelor(?:'s)?|strata\s*1|d4|diploma\s*iv)\b", "bachelor"),
    (r"\b(?:d3|diploma\s*(?:3|iii)|associate\s+degree)\b", "diploma"),
    (r"\b(?:sma|smk|slta|stm|high\s+school|paket\s+c)\b", "secondary"),
    (r"\b(?:smp|sltp)\b", "lower_secondary"),
)
_ORDER = ("lower_secondary", "secondary", "diploma", "bachelor", "master", "doctorate")
_YEARS = re.compile(
    r"(?:minimal|min\.?|at\s+least|minimum|pengalaman)\s*(?:pengalaman\s*)?(\d{1,2})\s*\+?\s*(?:tahun|thn|years?|yrs?)|"
    r"(\d{1,2})\s*\+?\s*(?:tahun|thn|years?|yrs?)\s*(?:of\s+)?(?:pengalaman|experience|berpengalaman)",
    re.I,
)
_AGE = re.compile(
    r"(?:usia|umur|age|aged)\s*(?:maks(?:imal|imum)?\.?|max(?:imum)?\.?|tidak\s+lebih\s+dari|di\s*bawah|<|≤|"
    r"(\d{2})\s*(?:-|–|s/d|sampai|to)\s*)\s*(\d{2})|"
    r"(?:maks(?:imal)?|max(?:imum)?)\.?\s*(\d{2})\s*(?:tahun|thn|years?)(?:\s+old)?|"
    r"(?:under|below)\s+(\d{2})\s+years",
    re.I,
)
_GENDER = re.compile(
    r"\b(?:(pria|laki[-\s]?laki|male)\b(?!\s*(?:/|dan|&|or|atau)\s*(?:wanita|perempuan|female)))|"
    r"(?<!/)\b(wanita|perempuan|female)\b",
    re.I,
)
_BOTH = re.compile(r"(?:pria|laki[-\s]?laki|male)\s*(?:/|dan|&|or|atau)\s*(?:wanita|perempuan|female)", re.I)


@dataclass(frozen=True, slots=True)
class Requirements:
    education_min: str | None
    experience_years_min: int | None
    age_max: int | None
    gender: str | None  # male, female; None when not limited (or both named)


#: one pass over the case-folded text (case-insensitive matching of a long alternation is several times slower)
_EDUCATION_ANY = re.compile("|".join(f"(?P<{name}>{pattern})" for pattern, name in _EDUCATION))
#: words one of which a text must hold for each pattern to be tried (a million ads: most hold none)
_YEARS_WORDS = ("tahun", "thn", "year", "yr")
_AGE_WORDS = ("usia", "umur", "age", "maks", "max", "under", "below")
_GENDER_WORDS = ("pria", "laki", "male", "wanita", "perempuan")


def requirements_of(text: str) -> Requirements:
    """The requirements ``text`` states (the lowest education named is the minimum asked)."""
    t = text or ""
    low = t.casefold()
    levels = {m.lastgroup for m in _EDUCATION_ANY.finditer(low)}
    education = min(levels, key=_ORDER.index) if levels else None
    years = [int(a or b) for a, b in _YEARS.findall(t)] if any(w in low for w in _YEARS_WORDS) else []
    ages = (
        [int(x) for groups in _AGE.findall(t) for x in groups[1:] if x]
        if any(w in low for w in _AGE_WORDS)
        else []
    )
    gender = None
    if any(w in low for w in _GENDER_WORDS) and not _BOTH.search(t):
        kinds = {("male" if (m.group(1) or "") else "female") for m in _GENDER.finditer(t)}
        gender = next(iter(kinds)) if len(kinds) == 1 else None
    return Requirements(education, min(years) if years else None, max(ages) if ages else None, gender)
