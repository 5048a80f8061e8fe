"""Job functions: the department a job ad or a roster row names ("Finance And Accounting", "IT", "SDM",
"Admin & Ops") read as the ISCO-08 groups whose work belongs to it.

One table we author, ``data/job_functions.csv``: a function, the names it goes by in Indonesian and English
(as job boards' categories and HR systems' departments spell them), and the ISCO-08 groups of its work as
code prefixes (``241`` = every finance professional, ``25`` = every ICT professional). Written from the
ISCO-08 structure before any labelled department was seen (issue 15's context). The coder uses a
department to choose among the candidates a job title leaves open ("Tax Staff" in finance: accountants,
not tax inspectors); it never names an occupation by itself.

Pure look-ups over package data, read once per process.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from jalur.authored import read_csv

#: a department longer than this is not read (it is a sentence, not a department)
MAX_WORDS = 8


@dataclass(frozen=True)
class JobFunction:
    """A function (``id``) and the ISCO-08 code prefixes of the work that belongs to it."""

    id: str
    isco: tuple[str, ...]

    def holds(self, code: str) -> bool:
        """Whether the unit group ``code`` (four digits) belongs to this function."""
        return any(code.startswith(p) for p in self.isco)


def _words(text: str) -> str:
    t = text.casefold().replace("&", " and ").replace("r&d", "r and d")
    return " ".join(re.sub(r"[^0-9a-z]+", " ", t).split())


@cache
def _functions() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Normalised name -> (function id, its ISCO prefixes)."""
    out: dict[str, tuple[str, tuple[str, ...]]] = {}
    for r in read_csv("job_functions.csv"):
        prefixes = tuple(r["isco"].split())
        for name in r["names"].split(";"):
            key = _words(name)
            if key:
                out[key] = (r["function"], prefixes)
    return out


def job_function(department: str) -> JobFunction | None:
    """The function a department's name says ("Finance & Accounting" -> finance, "Divisi Keuangan" ->
    finance, "Technology - Product" -> data_product), None when it says none or is too long to be a
    department. A name spelled whole wins; otherwise the longest names found as whole words inside it
    (several functions of the same length: their groups together)."""
    key = _words(department)
    if not key or len(key.split()) > MAX_WORDS:
        return None
    table = _functions()
    if key in table:
        fid, prefixes = table[key]
        return JobFunction(fid, prefixes)
    padded = f" {key} "
    found = [(len(name), table[name]) for name in table if f" {name} " in padded]
    if not found:
        return None
    longest = max(n for n, _ in found)
    best = sorted({f for n, f in found if n == longest})
    ids = "+".join(dict.fromkeys(fid for fid, _ in best))
    prefixes = tuple(dict.fromkeys(p for _, ps in best for p in ps))
    return JobFunction(ids, prefixes)
