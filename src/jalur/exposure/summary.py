"""Employment-weighted AI exposure of a workforce: a national, regional or sector view.

The user brings an employment table — occupation code (ISCO-08 or KBJI 2014, one to four digits) and
number of workers per row, optionally with sex, province, sector or any other column to break down by —
and gets the share of workers in each ILO 2025 gradient and in each task class (exposure from the ILO 2025
task score, automate vs augment from each task's mode of AI use, ``jalur.exposure.classes``), the
employment-weighted mean ILO score, the same per breakdown value, coverage and flags.

Three layers, pure in the middle:

* :func:`open_table` (I/O) reads CSV (UTF-8 with or without BOM, else Windows-1252, else Latin-1;
  ``,`` ``;`` or tab sniffed from the header line) or XLSX (first sheet) and streams raw rows;
* :func:`load_reference` (I/O) reads from the knowledge base what the summary needs: every accepted code
  with the ISCO unit groups it stands for, and each unit group's ILO 2025 figures;
* :func:`summarise` (pure) validates every row (each bad row is reported with its row number and reason;
  nothing is dropped silently), attributes workers to unit groups and computes the figures.

How workers reach ISCO unit groups:

* a four-digit code that is an ISCO-08 unit group is that group (KBJI and ISCO share most four-digit
  codes); a four-digit KBJI code that ISCO lacks (major group 0: TNI and POLRI) goes through the KBJI→ISCO
  link of the knowledge base with its weights (``0115`` police officers: half 3355, half 5412);
* a one- to three-digit code is spread **equally over the unit groups under it** in the chosen
  classification (``scheme``: KBJI by default, ISCO on request), each unit group then mapped as above.
  This is an assumption (``spread_equally_within_group``): the real mix of occupations inside a group is
  unknown from the table. Unit groups without ILO scores (the armed forces, six "not elsewhere
  classified" groups) keep their share under ``no_score``: the workers stay in the total and lower the
  coverage rather than being moved to scored neighbours.

The JSON form (:meth:`EmploymentSummary.to_dict`) is a public interface, documented in docs/cli.md.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jalur.errors import JalurError
from jalur.exposure.classes import AUGMENT_AT, AUTOMATE_AT, DELEGATED_AT, GRADIENTS, TASK_CLASSES, task_class
from jalur.kb.provenance import ILO_EXPOSURE, ISCO, KBJI
from jalur.kb.read import KnowledgeBase
from jalur.tables.usertable import cell_text as _text
from jalur.tables.usertable import is_empty as _is_empty
from jalur.tables.usertable import normalise_header, open_grid
from jalur.taxonomy.profile import sources_for

#: data rows read from one file at most; a larger file is refused (split it, or aggregate it first)
MAX_ROWS = 1_000_000
#: bad rows listed in an error message at most (the JSON of ``--skip-bad-rows`` lists them all)
MAX_LISTED_BAD_ROWS = 200
SCHEMES = ("kbji", "isco")
NO_SCORE = "no_score"
GRADIENT_KEYS: tuple[str, ...] = (*GRADIENTS, NO_SCORE)
CLASS_KEYS: tuple[str, ...] = (*TASK_CLASSES, NO_SCORE)
OPTIONAL_ROLES = ("sex", "province", "sector")

#: column headers recognised for each role, after normalisation (lower case, ASCII, ``_`` between words)
# fmt: off
HEADERS: dict[str, frozenset[str]] = {
    "code": frozenset(
        {
            "kode", "code", "kbji", "isco", "kode_kbji", "kbji_2014", "kbji2014", "kode_isco", "isco_08",
            "isco08", "isco_code", "kbji_code", "occupation_code", "kode_jabatan", "kode_pekerjaan",
            "kode_okupasi",
        }
    ),
    "workers": frozenset(
        {
            "pekerja", "jumlah", "jumlah_pekerja", "tenaga_kerja", "jumlah_tenaga_kerja", "workers", "worker",
            "employment", "employed", "weight", "weights", "bobot", "penimbang", "count", "n", "karyawan",
            "jumlah_karyawan",
        }
    ),
    "sex": frozenset({"sex", "gender", "jenis_kelamin", "kelamin", "jk"}),
    "province": frozenset({"province", "provinsi", "propinsi", "prov", "nama_provinsi", "nama_prov"}),
    "sector": frozenset(
        {"sector", "sektor", "kbli", "kbli_2020", "industry", "industri", "lapangan_usaha", "kategori_kbli"}
    ),
}
# fmt: on

_CODE = re.compile(r"^\d{1,4}$")
_CODE_FLOAT = re.compile(r"^(\d{1,4})\.0+$")
#: plain numbers with optional thousands grouping, per decimal mark
_NUMBER = {
    ".": re.compile(r"^[+-]?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d*)?$"),
    ",": re.compile(r"^[+-]?(?:\d+|\d{1,3}(?:\.\d{3})+)(?:,\d*)?$"),
}
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")

#: reasons a row is rejected (message keys ``summary.bad.<reason>``)
BAD_REASONS = (
    "empty_code",
    "bad_code",
    "unknown_code",
    "leading_zero_missing",
    "empty_workers",
    "non_numeric",
    "negative",
    "non_finite",
)


# --- reading -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RawRow:
    """One data row as read: cells are strings (CSV) or strings/numbers (XLSX)."""

    row: int  # row number in the file, the header being row 1 when it is the first line
    code: object
    workers: object
    by: tuple[str, ...]  # the breakdown values, in the order of ``TableInfo.by``
    blank: bool = False  # every cell empty: not a data row


@dataclass(frozen=True)
class TableInfo:
    path: str
    format: str  # csv | xlsx
    encoding: str | None  # csv: utf-8 | utf-8-sig | cp1252 | latin-1
    delimiter: str | None  # csv: "," ";" or "\t"
    decimal: str  # decimal mark of text numbers: "," in ;-separated files, else "."
    sheet: str | None  # xlsx: the sheet read (the first)
    code_column: str
    workers_column: str
    by: tuple[tuple[str, str], ...]  # (breakdown name, column header)

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "format": self.format,
            "encoding": self.encoding,
            "delimiter": self.delimiter,
            "decimal": self.decimal,
            "sheet": self.sheet,
            "columns": {
                "code": self.code_column,
                "workers": self.workers_column,
                "by": {name: header for name, header in self.by},
            },
        }


def _find_column(headers: list[str], wanted: str) -> int | None:
    """Index of the header equal to ``wanted`` (as written, else normalised)."""
    stripped = [h.strip() for h in headers]
    if wanted.strip() in stripped:
        return stripped.index(wanted.strip())
    norm = [normalise_header(h) for h in headers]
    w = normalise_header(wanted)
    return norm.index(w) if w and w in norm else None


def _role_columns(headers: list[str], role: str) -> list[int]:
    return [i for i, h in enumerate(headers) if normalise_header(h) in HEADERS[role]]


def choose_columns(
    headers: list[str],
    *,
    code_column: str | None = None,
    workers_column: str | None = None,
    by: list[str] | None = None,
) -> tuple[int, int, list[tuple[str, int]]]:
    """Indexes of the code and workers columns and the breakdown columns ``(name, index)``.

    Without explicit names a role's column is the one header among its recognised names (``HEADERS``);
    none or several is an error naming the headers. Breakdowns: the columns named in ``by`` (a header, or a
    role name such as ``sex`` whose column is recognised), else every optional role that is present.
    """
    shown = ", ".join(h.strip() for h in headers if h.strip()) or "—"

    def pick(role: str, explicit: str | None) -> int:
        if explicit is not None:
            i = _find_column(headers, explicit)
            if i is None:
                raise JalurError("error.summary.column_missing", column=explicit, headers=shown)
            return i
        found = _role_columns(headers, role)
        if len(found) == 1:
            return found[0]
        if not found:
            raise JalurError("error.summary.role_missing", role=role, headers=shown)
        raise JalurError(
            "error.summary.role_ambiguous", role=role, columns=", ".join(headers[i].strip() for i in found)
        )

    ci = pick("code", code_column)
    wi = pick("workers", workers_column)
    out: list[tuple[str, int]] = []
    if by:
        for name in by:
            i = _find_column(headers, name)
            if i is None and normalise_header(name) in OPTIONAL_ROLES:
                i = pick(normalise_header(name), None)
            if i is None:
                raise JalurError("error.summary.column_missing", column=name, headers=shown)
            role = next((r for r in OPTIONAL_ROLES if normalise_header(headers[i]) in HEADERS[r]), None)
            out.append((role or headers[i].strip(), i))
    else:
        for role in OPTIONAL_ROLES:
            found = _role_columns(headers, role)
            if len(found) > 1:
                raise JalurError(
                    "error.summary.role_ambiguous",
                    role=role,
                    columns=", ".join(headers[i].strip() for i in found),
                )
            if found:
                out.append((role, found[0]))
    names = [n for n, _ in out]
    if len(set(names)) < len(names):
        raise JalurError("error.summary.column_missing", column=", ".join(names), headers=shown)
    return ci, wi, out


def open_table(
    path: Path,
    *,
    code_column: str | None = None,
    workers_column: str | None = None,
    by: list[str] | None = None,
) -> tuple[TableInfo, Iterator[RawRow]]:
    """Open an employment table and stream its data rows. The header is the first non-empty row."""
    g = open_grid(path)
    fmt, encoding, delimiter, sheet, grid = g.format, g.encoding, g.delimiter, g.sheet, g.rows
    decimal = "," if delimiter == ";" else "."
    header: list[str] | None = None
    for _, cells in grid:
        if not all(_is_empty(c) for c in cells):
            header = ["" if c is None else str(c) for c in cells]
            break
    if header is None:
        raise JalurError("error.summary.no_header", path=str(path))
    ci, wi, bys = choose_columns(header, code_column=code_column, workers_column=workers_column, by=by)
    info = TableInfo(
        path=str(path),
        format=fmt,
        encoding=encoding,
        delimiter=delimiter,
        decimal=decimal,
        sheet=sheet,
        code_column=header[ci].strip(),
        workers_column=header[wi].strip(),
        by=tuple((name, header[i].strip()) for name, i in bys),
    )

    def rows() -> Iterator[RawRow]:
        for n, cells in grid:
            if all(_is_empty(c) for c in cells):
                yield RawRow(n, None, None, (), blank=True)
                continue

            def cell(i: int, cells: list[object] = cells) -> object:
                return cells[i] if i < len(cells) else None

            yield RawRow(
                n,
                cell(ci),
                cell(wi),
                tuple("" if _is_empty(v := cell(i)) else _text(v) for _, i in bys),
            )

    return info, rows()


# --- the knowledge base's side -------------------------------------------------------------------------


@dataclass(frozen=True)
class UnitScore:
    """What the ILO 2025 index says about one ISCO unit group (``None``: it does not score it)."""

    title_id: str | None
    title_en: str
    mean: float | None  # published occupation mean of the task scores
    gradient: str | None  # not_exposed | minimal | g1..g4
    classes: dict[str, float] | None  # share of scored tasks per task class (exact, unrounded)


@dataclass(frozen=True)
class Reference:
    """Codes and scores the summary works with; built by :func:`load_reference`, or by hand in tests."""

    scheme: str  # the classification one- to three-digit codes are spread in: kbji | isco
    #: every accepted code (one to four digits) → ISCO unit groups with weights summing to 1
    attribution: Mapping[str, tuple[tuple[str, float], ...]]
    units: Mapping[str, UnitScore]
    #: codes whose attribution crosses a KBJI code that differs from its ISCO group
    differs: frozenset[str] = frozenset()
    #: codes whose attribution splits a KBJI unit group over several ISCO groups by link weights
    split: frozenset[str] = frozenset()
    sources: tuple[dict[str, Any], ...] = ()


def exact_class_shares(scores: list[float], modes: list[float | None] | None = None) -> dict[str, float]:
    """Share of tasks per class from exposure and, where known, mode (paired with ``scores``), unrounded
    (``classes.class_shares`` rounds to four decimals, which would make workers by class miss the total by up
    to 0.01%)."""
    counts = dict.fromkeys(TASK_CLASSES, 0)
    for i, s in enumerate(scores):
        counts[task_class(s, modes[i] if modes is not None else None)] += 1
    return {c: counts[c] / len(scores) for c in TASK_CLASSES}


def _merge(parts: Iterable[tuple[tuple[tuple[str, float], ...], float]]) -> tuple[tuple[str, float], ...]:
    acc: dict[str, float] = defaultdict(float)
    for targets, w in parts:
        for isco, tw in targets:
            acc[isco] += w * tw
    return tuple(sorted(acc.items()))


def build_attribution(
    scheme: str,
    isco_units: Iterable[str],
    kbji_links: Mapping[str, tuple[tuple[str, float], ...]],
    groups: Iterable[str],
) -> tuple[dict[str, tuple[tuple[str, float], ...]], frozenset[str], frozenset[str]]:
    """Code → ISCO unit groups with weights, for every four-digit code (ISCO units and KBJI link sources)
    and every one- to three-digit group code in ``groups`` of the scheme; plus the codes that cross a KBJI
    code differing from ISCO, and those split by link weights. Pure."""
    if scheme not in SCHEMES:
        raise JalurError("error.summary.bad_scheme", scheme=scheme)
    isco = set(isco_units)
    four: dict[str, tuple[tuple[str, float], ...]] = {u: ((u, 1.0),) for u in isco}
    differs4: set[str] = set()
    split4: set[str] = set()
    for code, targets in kbji_links.items():
        total = sum(w for _, w in targets)
        four[code] = tuple(sorted((isco, w / total) for isco, w in targets))
        if any(isco != code for isco, _ in targets):
            differs4.add(code)
        if len(targets) > 1:
            split4.add(code)
    units = sorted(kbji_links) if scheme == "kbji" else sorted(isco)
    attribution = dict(four)
    differs = set(differs4)
    split = set(split4)
    for g in groups:
        under = [u for u in units if u.startswith(g)]
        if not under or len(g) >= 4:
            continue
        attribution[g] = _merge((four[u], 1 / len(under)) for u in under)
        if any(u in differs4 for u in under):
            differs.add(g)
        if any(u in split4 for u in under):
            split.add(g)
    return attribution, frozenset(differs), frozenset(split)


def load_reference(kb: KnowledgeBase, scheme: str = "kbji") -> Reference:
    """Read the codes, links and ILO 2025 figures from the knowledge base."""
    if scheme not in SCHEMES:
        raise JalurError("error.summary.bad_scheme", scheme=scheme)
    repo = kb.repo
    titles = {g.code: g for g in repo.unit_groups()}
    links: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for link in repo.links("kbji", "isco"):
        links[link.from_code].append((link.to_code, float(link.weight)))
    groups = repo.upper_group_codes("kbji" if scheme == "kbji" else "isco")
    attribution, differs, split = build_attribution(
        scheme, titles, {k: tuple(v) for k, v in links.items()}, groups
    )
    ilo = repo.ilo_occupations()
    scores: dict[str, list[float]] = defaultdict(list)
    modes: dict[str, list[float | None]] = defaultdict(list)
    for t in repo.all_tasks():
        if t.score_2025 is not None:
            scores[t.isco].append(t.score_2025)
            modes[t.isco].append(t.mode)
    units = {
        code: UnitScore(
            title_id=g.title_id,
            title_en=g.title_en,
            mean=ilo[code].mean_2025 if code in ilo else None,
            gradient=ilo[code].gradient25 if code in ilo else None,
            classes=exact_class_shares(scores[code], modes[code]) if scores.get(code) else None,
        )
        for code, g in titles.items()
    }
    return Reference(
        scheme=scheme,
        attribution=attribution,
        units=units,
        differs=differs,
        split=split,
        sources=tuple(sources_for(kb, {ISCO, KBJI, ILO_EXPOSURE})),
    )


# --- validation ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BadRow:
    row: int
    column: str
    value: str  # the cell as read (cut at 80 characters)
    reason: str  # one of BAD_REASONS

    def to_dict(self) -> dict[str, Any]:
        return {"row": self.row, "column": self.column, "value": self.value, "reason": self.reason}


def parse_code(cell: object) -> tuple[str | None, str | None]:
    """``(code, None)`` for a one- to four-digit code, else ``(None, reason)``. Numbers from spreadsheets
    (``4211.0``) are read as integers; text keeps its leading zeros."""
    if _is_empty(cell):
        return None, "empty_code"
    if isinstance(cell, bool):
        return None, "bad_code"
    if isinstance(cell, float):
        if not cell.is_integer() or cell < 0:
            return None, "bad_code"
        cell = int(cell)
    s = str(cell).strip()
    if m := _CODE_FLOAT.match(s):
        s = m.group(1)
    return (s, None) if _CODE.match(s) else (None, "bad_code")


def parse_workers(cell: object, decimal: str = ".") -> tuple[float | None, str | None]:
    """``(workers, None)`` or ``(None, reason)``. Text numbers may group thousands (``12,345.5`` with a
    ``.`` decimal mark, ``12.345,5`` with ``,``); anything Python reads as a float is accepted too."""
    if _is_empty(cell):
        return None, "empty_workers"
    if isinstance(cell, bool):
        return None, "non_numeric"
    if isinstance(cell, int | float):
        value = float(cell)
    else:
        s = _SPACES.sub("", str(cell))
        if _NUMBER[decimal].match(s):
            thousands = "," if decimal == "." else "."
            value = float(s.replace(thousands, "").replace(decimal, "."))
        else:
            try:
                value = float(s)
            except ValueError:
                return None, "non_numeric"
    if not math.isfinite(value):
        return None, "non_finite"
    if value < 0:
        return None, "negative"
    return value, None


def _show(cell: object) -> str:
    text = "" if cell is None else str(cell)
    return text if len(text) <= 80 else text[:79] + "…"


# --- the summary ---------------------------------------------------------------------------------------


@dataclass
class Part:
    workers: float
    share: float  # of all workers of the row (total or breakdown value), no_score included


@dataclass
class Figures:
    workers: float
    scored_workers: float  # attributed to unit groups with ILO 2025 scores
    coverage: float  # scored_workers / workers
    mean_score: float | None  # employment-weighted mean of the ILO 2025 occupation means (scored workers)
    gradients: dict[str, Part]  # GRADIENT_KEYS
    classes: dict[str, Part]  # CLASS_KEYS

    def to_dict(self) -> dict[str, Any]:
        return {
            "workers": round(self.workers, 6),
            "scored_workers": round(self.scored_workers, 6),
            "coverage": round(self.coverage, 6),
            "mean_score": None if self.mean_score is None else round(self.mean_score, 4),
            "gradients": {k: _part(p) for k, p in self.gradients.items()},
            "classes": {k: _part(p) for k, p in self.classes.items()},
        }


def _part(p: Part) -> dict[str, float]:
    return {"workers": round(p.workers, 6), "share": round(p.share, 6)}


@dataclass
class GroupFigures:
    value: str  # the breakdown value as written ("" for an empty cell)
    share_of_total: float
    figures: Figures

    def to_dict(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "share_of_total": round(self.share_of_total, 6),
            **self.figures.to_dict(),
        }


@dataclass
class UnitWorkers:
    isco: str
    title_id: str | None
    title_en: str
    workers: float
    share: float
    gradient: str | None
    mean: float | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "isco": self.isco,
            "title_id": self.title_id,
            "title_en": self.title_en,
            "workers": round(self.workers, 6),
            "share": round(self.share, 6),
            "gradient": self.gradient,
            "mean": self.mean,
        }


@dataclass
class EmploymentSummary:
    input: TableInfo
    scheme: str
    rows: dict[str, int]  # read, accepted, rejected, blank
    bad_rows: list[BadRow]
    skip_bad_rows: bool
    total: Figures
    by: dict[str, list[GroupFigures]]
    levels: dict[str, float]  # workers by the level of the code they came with ("1".."4")
    unit_groups: list[UnitWorkers]
    assumptions: list[str]
    flags: list[str]
    sources: list[dict[str, Any]]
    thresholds: dict[str, float] = field(
        default_factory=lambda: {"automate": AUTOMATE_AT, "augment": AUGMENT_AT, "delegated": DELEGATED_AT}
    )

    def to_dict(self) -> dict[str, Any]:
        return {
            "input": {**self.input.to_dict(), "scheme": self.scheme},
            "rows": dict(self.rows),
            "bad_rows": [b.to_dict() for b in self.bad_rows],
            "skip_bad_rows": self.skip_bad_rows,
            "total": self.total.to_dict(),
            "by": {name: [g.to_dict() for g in groups] for name, groups in self.by.items()},
            "levels": {k: round(v, 6) for k, v in self.levels.items()},
            "unit_groups": [u.to_dict() for u in self.unit_groups],
            "assumptions": list(self.assumptions),
            "flags": list(self.flags),
            "thresholds": dict(self.thresholds),
            "sources": list(self.sources),
        }


class BadEmploymentRows(JalurError):
    """Some rows were rejected and ``skip_bad_rows`` was not given; ``bad`` lists them all."""

    def __init__(self, path: str, bad: list[BadRow], read: int, rejected: int) -> None:
        super().__init__("error.summary.bad_rows", path=path, rejected=rejected, read=read)
        self.bad = bad


def unit_workers(code_workers: Mapping[str, float], ref: Reference) -> dict[str, float]:
    """Workers per ISCO unit group from workers per code, through ``ref.attribution``."""
    units: dict[str, float] = defaultdict(float)
    for code in sorted(code_workers):
        w = code_workers[code]
        for isco, share in ref.attribution[code]:
            units[isco] += w * share
    return dict(units)


def figures(units: Mapping[str, float], ref: Reference) -> Figures:
    """Gradient and class figures for workers per unit group."""
    total = math.fsum(units.values())
    grad = dict.fromkeys(GRADIENT_KEYS, 0.0)
    cls = dict.fromkeys(CLASS_KEYS, 0.0)
    scored = weighted = 0.0
    for isco in sorted(units):
        w = units[isco]
        u = ref.units.get(isco)
        if u is None or u.gradient is None or u.mean is None:
            grad[NO_SCORE] += w
        else:
            grad[u.gradient] += w
            scored += w
            weighted += w * u.mean
        if u is None or u.classes is None:
            cls[NO_SCORE] += w
        else:
            for c, s in u.classes.items():
                cls[c] += w * s

    def parts(d: dict[str, float]) -> dict[str, Part]:
        return {k: Part(v, v / total if total else 0.0) for k, v in d.items()}

    return Figures(
        workers=total,
        scored_workers=scored,
        coverage=scored / total if total else 0.0,
        mean_score=weighted / scored if scored else None,
        gradients=parts(grad),
        classes=parts(cls),
    )


def summarise(
    info: TableInfo,
    rows: Iterable[RawRow],
    ref: Reference,
    *,
    skip_bad_rows: bool = False,
    max_rows: int = MAX_ROWS,
) -> EmploymentSummary:
    """Validate the rows and compute the summary. Raises :class:`BadEmploymentRows` when a row is bad and
    ``skip_bad_rows`` is false; with it, bad rows are excluded and listed in the result."""
    names = [n for n, _ in info.by]
    total_codes: dict[str, float] = defaultdict(float)
    group_codes: list[dict[str, dict[str, float]]] = [defaultdict(lambda: defaultdict(float)) for _ in names]
    bad: list[BadRow] = []
    read = accepted = blank = 0
    rejected_rows: set[int] = set()
    for r in rows:
        if r.blank:
            blank += 1
            continue
        read += 1
        if read > max_rows:
            raise JalurError("error.summary.too_many_rows", path=info.path, limit=f"{max_rows:,}")
        problems: list[BadRow] = []
        code, why = parse_code(r.code)
        if code is not None and code not in ref.attribution:
            why = (
                "leading_zero_missing" if "0" + code in ref.attribution and len(code) < 4 else "unknown_code"
            )
            code = None
        if why:
            problems.append(BadRow(r.row, info.code_column, _show(r.code), why))
        workers, why = parse_workers(r.workers, info.decimal)
        if why:
            problems.append(BadRow(r.row, info.workers_column, _show(r.workers), why))
        if problems or code is None or workers is None:
            bad.extend(problems)
            rejected_rows.add(r.row)
            continue
        accepted += 1
        total_codes[code] += workers
        for j, value in enumerate(r.by):
            group_codes[j][value][code] += workers
    rejected = len(rejected_rows)
    if bad and not skip_bad_rows:
        raise BadEmploymentRows(info.path, bad, read, rejected)
    units = unit_workers(total_codes, ref)
    total = figures(units, ref)
    if total.workers <= 0:
        raise JalurError("error.summary.no_workers", path=info.path, accepted=accepted)
    by: dict[str, list[GroupFigures]] = {}
    for j, name in enumerate(names):
        groups = [
            GroupFigures(value, 0.0, figures(unit_workers(codes, ref), ref))
            for value, codes in group_codes[j].items()
        ]
        for g in groups:
            g.share_of_total = g.figures.workers / total.workers
        by[name] = sorted(groups, key=lambda g: (-g.figures.workers, g.value))
    levels = dict.fromkeys(("1", "2", "3", "4"), 0.0)
    for code, w in total_codes.items():
        levels[str(len(code))] += w
    unit_list = [
        UnitWorkers(
            isco=isco,
            title_id=ref.units[isco].title_id if isco in ref.units else None,
            title_en=ref.units[isco].title_en if isco in ref.units else isco,
            workers=w,
            share=w / total.workers,
            gradient=ref.units[isco].gradient if isco in ref.units else None,
            mean=ref.units[isco].mean if isco in ref.units else None,
        )
        for isco, w in sorted(units.items())
    ]
    assumptions = []
    if any(len(c) < 4 for c in total_codes):
        assumptions.append("spread_equally_within_group")
    if any(c in ref.split for c in total_codes):
        assumptions.append("kbji_link_weights")
    flags = []
    if bad:
        flags.append("bad_rows_skipped")
    if any(c in ref.differs for c in total_codes):
        flags.append("kbji_code_differs_from_isco")
    if total.coverage < 1:
        flags.append("workers_without_ilo_score")
    return EmploymentSummary(
        input=info,
        scheme=ref.scheme,
        rows={"read": read, "accepted": accepted, "rejected": rejected, "blank": blank},
        bad_rows=bad,
        skip_bad_rows=skip_bad_rows,
        total=total,
        by=by,
        levels=levels,
        unit_groups=unit_list,
        assumptions=assumptions,
        flags=sorted(flags),
        sources=list(ref.sources),
    )


def summarise_file(
    kb: KnowledgeBase,
    path: Path,
    *,
    scheme: str = "kbji",
    code_column: str | None = None,
    workers_column: str | None = None,
    by: list[str] | None = None,
    skip_bad_rows: bool = False,
    max_rows: int = MAX_ROWS,
) -> EmploymentSummary:
    """Read ``path`` and summarise it against the knowledge base (the whole pipeline)."""
    ref = load_reference(kb, scheme)
    info, rows = open_table(path, code_column=code_column, workers_column=workers_column, by=by)
    return summarise(info, rows, ref, skip_bad_rows=skip_bad_rows, max_rows=max_rows)
