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
