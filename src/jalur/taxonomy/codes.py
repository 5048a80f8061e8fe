"""The shapes of the classification codes Jalur handles, in one place."""

from __future__ import annotations

import re

#: O*NET-SOC occupation, e.g. 43-3071.00
ONET_CODE = re.compile(r"^\d{2}-\d{4}\.\d{2}$")
#: SOC 2010 / 2018 detailed (or aggregate) code, e.g. 43-3071
SOC_CODE = re.compile(r"^\d{2}-\d{4}$")
#: ISCO-08 / KBJI 2014 unit group, e.g. 4211 or 0110
ISCO_UNIT = re.compile(r"^\d{4}$")
#: any ISCO-08 level, 1 to 4 digits
ISCO_ANY = re.compile(r"^\d{1,4}$")
#: KBJI 2014 six-digit job title, e.g. 4211.01
KBJI_JOB = re.compile(r"^\d{4}\.\d{2}$")
#: SKKNI unit code: sector letter, field code, unit number, version (``K.62AIN00.015.1``, ``J.611000.001.01``)
SKKNI_UNIT = re.compile(r"^[A-Z]\.[0-9]{2}[0-9A-Z]{4,6}\.[0-9]{3}\.[0-9]{1,2}$")
_MISSING_SECTOR_DOT = re.compile(r"^([A-Z])([0-9]{2}[0-9A-Z]{4,6}\.[0-9]{3}\.[0-9]{1,2})$")


def normalise_unit_code(raw: str) -> str | None:
    """An SKKNI unit code in its published shape (``K62AIN00.015.1`` gets its sector dot back), or None
    when it does not have that shape."""
    c = raw.strip().strip("`").strip()
    if SKKNI_UNIT.match(c):
        return c
    m = _MISSING_SECTOR_DOT.match(c)
    return f"{m.group(1)}.{m.group(2)}" if m else None


#: ISCO-08 sub-major groups of associate professionals and the professionals of the same field: science and
#: engineering (31, 21), health (32, 22), business and administration (33, 24), legal, social and cultural
#: (34, 26), information and communications technology (35, 25)
_ASSOCIATE_FIELD = {"31": "21", "32": "22", "33": "24", "34": "26", "35": "25"}


def isco_field(code: str) -> str:
    """The field of work of an ISCO-08 code: its sub-major group (two digits), with associate professionals
    put with the professionals of the same field (3313 accounting associates and 2411 accountants: "24");
    pure."""
    sub = code[:2]
    return _ASSOCIATE_FIELD.get(sub, sub)
