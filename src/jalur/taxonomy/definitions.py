"""Split an ISCO-08 (English) or KBJI 2014 (Indonesian) unit-group definition into its parts.

Both classifications write a definition the same way: a lead paragraph, a task list ("Tasks include" /
"Tugas meliputi", items ``a)`` or ``(a)``), example job titles ("Examples of the occupations
classified here" / "Contoh pekerjaan ...", lines starting with ``-``), related occupations classified
elsewhere, and notes. The parser is pure and tolerant: a section it cannot find is empty.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_HEADERS: dict[str, re.Pattern[str]] = {
    "tasks": re.compile(
        r"^\s*(tasks\s+(performed\s+)?(usually\s+)?include|tugas(nya)?\s+(utama(nya)?\s+)?(meliputi|mencakup|termasuk))",
        re.I,
    ),
    "examples": re.compile(r"^\s*(examples\s+of\s+the\s+occupations|contoh\s+(pekerjaan|jabatan))", re.I),
    "related": re.compile(
        r"^\s*(some\s+related\s+occupations|(beberapa\s+)?(pekerjaan|jabatan)(\s+yang)?\s+terkait)", re.I
    ),
    "excluded": re.compile(r"^\s*(excluded\s+from|dikecualikan)", re.I),
    "notes": re.compile(r"^\s*(notes?\b|catatan\b)", re.I),
    "subgroups": re.compile(
        r"^\s*(occupations\s+in\s+this|jabatan\s+pada\s+\S+(\s+\S+)?\s+ini\s+diklasifikasikan)", re.I
    ),
}
_TRAILING_TASK_HEADER = re.compile(
    r"\s*(tasks\s+include|tugas(nya)?\s+(utama(nya)?\s+)?(meliputi|mencakup))\s*[:\-–]?\s*$", re.I
)
_ITEM = re.compile(r"^\s*\(?([a-z])\)\s*(.*)$")
_BULLET = re.compile(r"^\s*[-–•]\s*(.+)$")
_CODE_SUFFIX = re.compile(r"\s*[-–]\s*(\d{4})\s*$")


@dataclass
class Definition:
    lead: str = ""
    tasks: list[str] = field(default_factory=list)
    examples: list[str] = field(default_factory=list)
    related: list[tuple[str, str]] = field(default_factory=list)  # (title, code)


def _clean(s: str) -> str:
    s = " ".join(s.split())
    return s.rstrip(";.,").strip()


def parse_definition(text: str) -> Definition:
    out = Definition()
    section = "lead"
    lead: list[str] = []
    for raw in text.replace("\r", "").split("\n"):
        line = raw.strip()
        if not line:
            continue
        header = next((name for name, rx in _HEADERS.items() if rx.match(line)), None)
        if header:
            section = header
            # "Tugasnya meliputi: a) ..." on one line: keep what follows the colon as content
            rest = re.split(r"[:\-–]\s*", line, maxsplit=1)
            tail = rest[1].strip() if len(rest) > 1 else ""
            if section == "tasks" and _ITEM.match(tail):
                line = tail
            else:
                continue
        if section == "lead" and _ITEM.match(line) and len(line) > 4:
            section = "tasks"
        if section == "lead":
            lead.append(line)
        elif section == "tasks":
            m = _ITEM.match(line)
            if m:
                out.tasks.append(m.group(2))
            elif out.tasks:
                out.tasks[-1] += " " + line
            else:
                lead.append(line)
        elif section == "examples":
            m = _BULLET.match(line)
            if m:
                out.examples.append(_clean(m.group(1)))
        elif section == "related":
            m = _BULLET.match(line)
            if m:
                title = m.group(1)
                cm = _CODE_SUFFIX.search(title)
                code = cm.group(1) if cm else ""
                out.related.append((_clean(_CODE_SUFFIX.sub("", title)), code))
    out.lead = _TRAILING_TASK_HEADER.sub("", " ".join(lead)).strip()
    out.tasks = [_clean(t) for t in out.tasks if _clean(t)]
    return out
