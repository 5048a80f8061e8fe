"""The catalogue of AI-era roles we write ourselves (``src/jalur/data/roles/<id>.toml``, schema in that
folder's README.md): job desks that AI creates, growing professions, and traditional roles that now work
with AI tools.

* :func:`load_roles` reads and checks the files (typed, frozen objects; nothing is read at import time);
* :func:`validate_roles` checks them against a knowledge base: every ESCO skill, O*NET element and
  technology code, ISCO unit group, ESCO occupation and O*NET occupation must exist there;
* :func:`role_exposure` computes a role's exposure profile from its tasks with the task scorer. A role's
  exposure is never written in its file: it always comes from the same model that scores user tasks.
"""

from __future__ import annotations

import re
import statistics
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, Literal

from jalur.authored import data_folder
from jalur.errors import JalurError
from jalur.exposure.classes import AUGMENT_AT, AUTOMATE_AT, DELEGATED_AT, class_shares, gradient, task_class
from jalur.exposure.scorer import MODEL, TaskScore, TaskScorer
from jalur.kb.provenance import TASK_SCORER
from jalur.kb.read import KnowledgeBase
from jalur.pathways.context import Gate
from jalur.taxonomy.codes import SKKNI_UNIT

RoleKind = Literal["job_desk", "growing_profession", "ai_augmented"]
ROLE_KINDS: tuple[RoleKind, ...] = ("job_desk", "growing_profession", "ai_augmented")
SOURCE_KINDS = ("esco_occupation", "onet_occupation", "skkni", "issue", "url")
#: what a role's entry gate asks for (as ``barriers.csv`` for occupations)
ENTRY_KINDS = ("degree", "licence")
#: tasks per role (the issue asks for 6-10 concrete task statements)
MIN_TASKS, MAX_TASKS = 6, 10
#: a role id: lower-case words joined by underscores; equal to its file name
ROLE_ID = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")
ESCO_SKILL = re.compile(r"^http://data\.europa\.eu/esco/skill/[0-9a-f-]{36}$")
ESCO_OCCUPATION = re.compile(r"^http://data\.europa\.eu/esco/occupation/[0-9a-f-]{36}$")
ONET_ELEMENT = re.compile(r"^2\.[ABC](?:\.[0-9a-z]+)+$")
ONET_COMMODITY = re.compile(r"^[0-9]{8}$")
#: an SKKNI standard by its decree (``Kepmenaker 103/2026``)
SKKNI_DECREE = re.compile(r"^Kepmenaker [0-9]{1,4}/[0-9]{4}$")
ONET_SOC = re.compile(r"^[0-9]{2}-[0-9]{4}\.[0-9]{2}$")
ISCO_UNIT = re.compile(r"^[0-9]{4}$")
#: where the role's score comes from (as in the exposure profile's ``source``)
SCORER = TASK_SCORER


@dataclass(frozen=True)
class RoleTask:
    """One task statement, in Bahasa Indonesia (``id``) and English (``en``)."""

    id: str
    en: str


@dataclass(frozen=True)
class RoleSkill:
    """A skill the role needs, in our words, with its links to the knowledge base and to SKKNI units."""

    name_id: str
    name_en: str
    importance: int  # 1 (useful) .. 5 (essential)
    esco: tuple[str, ...] = ()  # ESCO skill URIs
    onet: tuple[str, ...] = ()  # O*NET element ids (2.A.*, 2.B.*, 2.C.*)
    onet_tech: tuple[str, ...] = ()  # O*NET technology commodity codes (UNSPSC, 8 digits)
    skkni: tuple[str, ...] = ()  # SKKNI unit codes

    @property
    def n_links(self) -> int:
        return len(self.esco) + len(self.onet) + len(self.onet_tech) + len(self.skkni)


@dataclass(frozen=True)
class IscoLink:
    """A nearest ISCO-08 unit group and why."""

    code: str
    reason_id: str
    reason_en: str


@dataclass(frozen=True, kw_only=True)
class RoleEntry(Gate):
    """What the role's entry takes when a course cannot open it (a research degree, as ``barriers.csv``
    for occupations), and who already meets it (``open_from``: ISCO-08 code prefixes)."""

    open_from: tuple[str, ...]

    def opens(self, isco: str) -> bool:
        """Whether a worker of unit group ``isco`` already meets the entry."""
        return any(isco.startswith(p) for p in self.open_from)


@dataclass(frozen=True)
class RoleSource:
    """Public evidence that the role exists: an ESCO or O*NET occupation, an SKKNI standard, a web page."""

    kind: str  # one of SOURCE_KINDS
    ref: str
    note: str = ""


@dataclass(frozen=True)
class Role:
    id: str
    kind: RoleKind
    name_id: str
    name_en: str
    aliases_id: tuple[str, ...]
    aliases_en: tuple[str, ...]
    description_id: str
    description_en: str
    job_zone: int  # O*NET job-zone equivalent of the entry level, 1-5
    tasks: tuple[RoleTask, ...]
    skills: tuple[RoleSkill, ...]
    isco: tuple[IscoLink, ...]  # best first
    sources: tuple[RoleSource, ...]
    file: str = ""  # the file it was read from (name only)
    entry: RoleEntry | None = None  # a gate no course opens, for workers outside ``open_from``
    #: job-ad titles that name this role and no other, as boards write them ("LLM Red Teamer", "MTPE
    #: Linguist"): read by the market monitor beside the name and aliases, not by the occupation coder
    titles: tuple[str, ...] = ()
    #: ISCO-08 code prefixes of the work a specialist role grows out of, when its linked unit groups say too
    #: little (an AI integration specialist for HR is linked to management analysts, as the one for
    #: accounting is): ``jalur.pathways.transitions.in_field`` reads it instead of the links' fields
    grows_from: tuple[str, ...] = ()

    def name(self, lang: str) -> str:
        return self.name_id if lang == "id" else self.name_en

    def description(self, lang: str) -> str:
        return self.description_id if lang == "id" else self.description_en

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("file")
        return d


@dataclass(frozen=True)
class RoleProblem:
    """Something wrong with a role file: which file, which field, what."""

    file: str
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.field}: {self.message}"


class RoleFileError(JalurError):
    """A role file cannot be read; ``details`` lists the problems."""


# --------------------------------------------------------------------------------------------- reading


def roles_folder() -> Traversable:
    """The packaged role files (``jalur/data/roles``)."""
    return data_folder("roles")


def _role_files(folder: Traversable | Path | None) -> list[Traversable | Path]:
    base = roles_folder() if folder is None else folder
    return sorted((p for p in base.iterdir() if p.name.endswith(".toml")), key=lambda p: p.name)


class _Reader:
    """Pulls typed fields out of one parsed file, recording every problem instead of stopping at the
    first."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[RoleProblem] = []

    def problem(self, where: str, message: str) -> None:
        self.problems.append(RoleProblem(self.file, where, message))

    def text(self, d: Mapping[str, Any], key: str, where: str, required: bool = True) -> str:
        v = d.get(key)
        if v is None:
            if required:
                self.problem(f"{where}{key}", "missing")
            return ""
        if not isinstance(v, str):
            self.problem(f"{where}{key}", f"must be text, not {type(v).__name__}")
            return ""
        if required and not v.strip():
            self.problem(f"{where}{key}", "empty")
        return " ".join(v.split())

    def texts(self, d: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
        v = d.get(key, [])
        if not isinstance(v, list) or not all(isinstance(x, str) and x.strip() for x in v):
            self.problem(f"{where}{key}", "must be a list of non-empty texts")
            return ()
        return tuple(x.strip() for x in v)

    def tables(
        self, d: Mapping[str, Any], key: str, fields: Iterable[str]
    ) -> list[tuple[str, Mapping[str, Any]]]:
        v = d.get(key, [])
        if not isinstance(v, list) or not all(isinstance(x, dict) for x in v):
            self.problem(key, "must be an array of tables ([[" + key + "]])")
            return []
        for i, x in enumerate(v):
            for extra in sorted(set(x) - set(fields)):
                self.problem(f"{key}[{i}].{extra}", "unknown field")
        return [(f"{key}[{i}].", x) for i, x in enumerate(v)]

    def integer(self, d: Mapping[str, Any], key: str, where: str, lo: int, hi: int) -> int:
        v = d.get(key)
        if isinstance(v, bool) or not isinstance(v, int):
            self.problem(f"{where}{key}", "missing" if v is None else f"must be a whole number {lo}-{hi}")
            return 0
        if not lo <= v <= hi:
            self.problem(f"{where}{key}", f"{v} is outside {lo}-{hi}")
        return v


def parse_role(file: str, data: Mapping[str, Any]) -> tuple[Role, list[RoleProblem]]:
    """A role from the parsed TOML of ``file``, and the problems found in its structure (fields missing,
    of the wrong type or out of range, text in one language only, ill-formed codes). The knowledge base
    is not consulted here (see :func:`validate_roles`)."""
    r = _Reader(file)
    known = {
        "id",
        "kind",
        "name_id",
        "name_en",
        "aliases_id",
        "aliases_en",
        "description_id",
        "description_en",
        "job_zone",
        "tasks",
        "skills",
        "isco",
        "sources",
        "entry",
        "titles",
        "grows_from",
    }
    for key in sorted(set(data) - known):
        r.problem(key, "unknown field")
    role_id = r.text(data, "id", "")
    stem = file.removesuffix(".toml")
    if role_id and role_id != stem:
        r.problem("id", f"'{role_id}' differs from the file name '{stem}'")
    if role_id and not ROLE_ID.match(role_id):
        r.problem("id", f"'{role_id}' is not lower_case_with_underscores")
    kind = r.text(data, "kind", "")
    if kind and kind not in ROLE_KINDS:
        r.problem("kind", f"'{kind}' is not one of {', '.join(ROLE_KINDS)}")

    tasks = []
    task_tables = r.tables(data, "tasks", ("id", "en"))
    if not MIN_TASKS <= len(task_tables) <= MAX_TASKS:
        r.problem("tasks", f"{len(task_tables)} tasks; a role has {MIN_TASKS}-{MAX_TASKS}")
    for where, table in task_tables:
        tasks.append(RoleTask(r.text(table, "id", where), r.text(table, "en", where)))
    seen: dict[str, int] = {}
    for i, task in enumerate(tasks):
        for text in (task.id, task.en):
            if text and text.casefold() in seen:
                r.problem(f"tasks[{i}]", f"repeats tasks[{seen[text.casefold()]}]")
            seen.setdefault(text.casefold(), i)

    skills = []
    skill_tables = r.tables(
        data, "skills", ("name_id", "name_en", "importance", "esco", "onet", "onet_tech", "skkni")
    )
    if not skill_tables:
        r.problem("skills", "missing")
    for where, s in skill_tables:
        skill = RoleSkill(
            name_id=r.text(s, "name_id", where),
            name_en=r.text(s, "name_en", where),
            importance=r.integer(s, "importance", where, 1, 5),
            esco=r.texts(s, "esco", where),
            onet=r.texts(s, "onet", where),
            onet_tech=r.texts(s, "onet_tech", where),
            skkni=r.texts(s, "skkni", where),
        )
        for key, values, pattern in (
            ("esco", skill.esco, ESCO_SKILL),
            ("onet", skill.onet, ONET_ELEMENT),
            ("onet_tech", skill.onet_tech, ONET_COMMODITY),
            ("skkni", skill.skkni, SKKNI_UNIT),
        ):
            for v in values:
                if not pattern.match(v):
                    r.problem(f"{where}{key}", f"'{v}' is not a well-formed code")
        if skill.n_links == 0:
            r.problem(where.rstrip("."), "links to nothing (give esco, onet, onet_tech or skkni)")
        skills.append(skill)

    isco = []
    isco_tables = r.tables(data, "isco", ("code", "reason_id", "reason_en"))
    if not isco_tables:
        r.problem("isco", "missing")
    for where, g in isco_tables:
        code = r.text(g, "code", where)
        if code and not ISCO_UNIT.match(code):
            r.problem(f"{where}code", f"'{code}' is not a four-digit ISCO-08 unit group")
        isco.append(IscoLink(code, r.text(g, "reason_id", where), r.text(g, "reason_en", where)))

    sources = []
    source_tables = r.tables(data, "sources", ("kind", "ref", "note"))
    if not source_tables:
        r.problem("sources", "missing")
    for where, s in source_tables:
        src = RoleSource(r.text(s, "kind", where), r.text(s, "ref", where), r.text(s, "note", where, False))
        if src.kind and src.kind not in SOURCE_KINDS:
            r.problem(f"{where}kind", f"'{src.kind}' is not one of {', '.join(SOURCE_KINDS)}")
        ref_pattern: re.Pattern[str] | None = {
            "esco_occupation": ESCO_OCCUPATION,
            "onet_occupation": ONET_SOC,
            "skkni": SKKNI_DECREE,
        }.get(src.kind)
        if (ref_pattern and src.ref and not ref_pattern.match(src.ref)) or (
            src.kind == "url" and not src.ref.startswith("https://")
        ):
            r.problem(f"{where}ref", f"'{src.ref}' is not a well-formed {src.kind}")
        sources.append(src)

    entry = _entry(r, data.get("entry"))

    aliases_id, aliases_en = r.texts(data, "aliases_id", ""), r.texts(data, "aliases_en", "")
    for key, aliases in (("aliases_id", aliases_id), ("aliases_en", aliases_en)):
        if not aliases:
            r.problem(key, "give at least one alias")
    grows_from = r.texts(data, "grows_from", "")
    for code in grows_from:
        if not re.fullmatch(r"\d{1,4}", code):
            r.problem("grows_from", f"'{code}' is not an ISCO-08 code prefix (1-4 digits)")
    titles = r.texts(data, "titles", "")
    named = {
        n.casefold()
        for n in (r.text(data, "name_id", ""), r.text(data, "name_en", ""), *aliases_id, *aliases_en)
    }
    for title in titles:
        if title.casefold() in named:
            r.problem("titles", f"'{title}' is already the role's name or an alias")
    if len({t.casefold() for t in titles}) < len(titles):
        r.problem("titles", "a title is given twice")
    role = Role(
        id=role_id,
        kind=kind,  # type: ignore[arg-type]  # checked above
        name_id=r.text(data, "name_id", ""),
        name_en=r.text(data, "name_en", ""),
        aliases_id=aliases_id,
        aliases_en=aliases_en,
        description_id=r.text(data, "description_id", ""),
        description_en=r.text(data, "description_en", ""),
        job_zone=r.integer(data, "job_zone", "", 1, 5),
        tasks=tuple(tasks),
        skills=tuple(skills),
        isco=tuple(isco),
        sources=tuple(sources),
        file=file,
        entry=entry,
        titles=titles,
        grows_from=grows_from,
    )
    return role, r.problems


def _entry(r: _Reader, v: Any) -> RoleEntry | None:
    """The optional ``[entry]`` table: a gate no course opens (``kind``, what it ``requires_id`` /
    ``requires_en``, ``years_min``-``years_max``, its ``basis``, and ``open_from``: ISCO-08 code prefixes
    of the workers who already meet it)."""
    if v is None:
        return None
    if not isinstance(v, dict):
        r.problem("entry", "must be a table ([entry])")
        return None
    fields = ("kind", "requires_id", "requires_en", "years_min", "years_max", "basis", "open_from")
    for extra in sorted(set(v) - set(fields)):
        r.problem(f"entry.{extra}", "unknown field")
    kind = r.text(v, "kind", "entry.")
    if kind and kind not in ENTRY_KINDS:
        r.problem("entry.kind", f"'{kind}' is not one of {', '.join(ENTRY_KINDS)}")
    open_from = r.texts(v, "open_from", "entry.")
    for code in open_from:
        if not re.fullmatch(r"\d{1,4}", code):
            r.problem("entry.open_from", f"'{code}' is not an ISCO-08 code prefix (1-4 digits)")
    if not open_from:
        r.problem("entry.open_from", "give the groups that already meet the entry")
    lo = r.integer(v, "years_min", "entry.", 1, 15)
    hi = r.integer(v, "years_max", "entry.", 1, 15)
    if lo > hi:
        r.problem("entry.years_max", f"{hi} is below years_min {lo}")
    return RoleEntry(
        kind=kind,
        requires_id=r.text(v, "requires_id", "entry."),
        requires_en=r.text(v, "requires_en", "entry."),
        years_min=lo,
        years_max=hi,
        basis=r.text(v, "basis", "entry."),
        open_from=open_from,
    )


def _read_all(folder: Traversable | Path | None) -> list[tuple[Role | None, list[RoleProblem]]]:
    out: list[tuple[Role | None, list[RoleProblem]]] = []
    for p in _role_files(folder):
        try:
            data = tomllib.loads(p.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            out.append((None, [RoleProblem(p.name, "(file)", f"not valid TOML: {exc}")]))
            continue
        out.append(parse_role(p.name, data))
    ids: dict[str, str] = {}
    for role, problems in out:
        if role is not None and role.id:
            if role.id in ids:
                problems.append(RoleProblem(role.file, "id", f"'{role.id}' is also the id of {ids[role.id]}"))
            ids.setdefault(role.id, role.file)
    return out


def load_roles(folder: Traversable | Path | None = None) -> list[Role]:
    """Every role of the catalogue (or of ``folder``), sorted by id. Raises :class:`RoleFileError` listing
    the problems when a file is broken."""
    read = _read_all(folder)
    problems = [p for _, ps in read for p in ps]
    if problems:
        raise RoleFileError("error.roles_invalid", details=[str(p) for p in problems], n=len(problems))
    return sorted((r for r, _ in read if r is not None), key=lambda r: r.id)


def find_role(roles: Sequence[Role], role_id: str) -> Role:
    """The role with this id (case and ``-``/``_`` ignored); :class:`JalurError` naming the ids otherwise."""
    key = role_id.strip().casefold().replace("-", "_")
    for r in roles:
        if r.id == key:
            return r
    raise JalurError("error.unknown_role", details=[r.id for r in roles], role=role_id)


# ------------------------------------------------------------------------------------------ validation


def validate_roles(kb: KnowledgeBase, folder: Traversable | Path | None = None) -> list[RoleProblem]:
    """Every problem of the role files: their structure (:func:`parse_role`), unique ids, and every link
    checked against the knowledge base. An empty list means the catalogue is sound."""
    read = _read_all(folder)
    problems = [p for _, ps in read for p in ps]
    roles = [r for r, _ in read if r is not None]
    esco = {u for r in roles for s in r.skills for u in s.esco}
    onet = {e for r in roles for s in r.skills for e in s.onet}
    tech = {c for r in roles for s in r.skills for c in s.onet_tech}
    isco = {g.code for r in roles for g in r.isco}
    esco_occ = {s.ref for r in roles for s in r.sources if s.kind == "esco_occupation"}
    onet_occ = {s.ref for r in roles for s in r.sources if s.kind == "onet_occupation"}
    repo = kb.repo
    known_esco = repo.known_esco_skills(esco)
    known_onet = repo.known_onet_elements(onet)
    known_tech = repo.known_onet_commodities(tech)
    known_isco = repo.known_unit_groups(isco)
    known_esco_occ = repo.known_esco_occupations(esco_occ)
    known_onet_occ = repo.known_onet_occupations(onet_occ)
    for role in roles:
        for i, s in enumerate(role.skills):
            where = f"skills[{i}]"
            for key, values, known, what in (
                ("esco", s.esco, known_esco, "ESCO skill"),
                ("onet", s.onet, known_onet, "O*NET element"),
                ("onet_tech", s.onet_tech, known_tech, "O*NET technology commodity code"),
            ):
                for v in values:
                    if v not in known:
                        problems.append(
                            RoleProblem(role.file, f"{where}.{key}", f"no {what} '{v}' in the KB")
                        )
        for i, g in enumerate(role.isco):
            if g.code and g.code not in known_isco:
                problems.append(
                    RoleProblem(role.file, f"isco[{i}].code", f"'{g.code}' is not an ISCO-08 unit group")
                )
        if len({g.code for g in role.isco}) != len(role.isco):
            problems.append(RoleProblem(role.file, "isco", "a unit group is listed twice"))
        for i, src in enumerate(role.sources):
            known_src = {"esco_occupation": known_esco_occ, "onet_occupation": known_onet_occ}.get(src.kind)
            if known_src is not None and src.ref and src.ref not in known_src:
                problems.append(
                    RoleProblem(role.file, f"sources[{i}].ref", f"no {src.kind} '{src.ref}' in the KB")
                )
    return problems


# ------------------------------------------------------------------------------------------- exposure


@dataclass(frozen=True)
class RoleTaskExposure:
    seq: int  # 1-based, in file order
    text_id: str
    text_en: str
    score: float | None  # mean of the two languages' scores (one when the other has none)
    score_id: float | None
    score_en: float | None
    cls: str | None  # automate | augment | human (exposure and mode: jalur.exposure.classes)
    evidence: tuple[dict[str, Any], ...]  # the nearest reference tasks, either language, best first
    flags: tuple[str, ...]
    score_range: tuple[float, float] | None = None  # 80% range of the calibrated score (held-out errors)
    mode: float | None = None  # estimated automation share of AI use (0-1), mean of the two languages
    mode_range: tuple[float, float] | None = None
    mode_source: str | None = None  # "model": estimated from the text (no observed use for a new role)


@dataclass(frozen=True)
class RoleExposure:
    """A role's exposure computed from its task statements by the task scorer (not stored anywhere)."""

    role: str
    mean: float | None  # mean of the task scores
    sd: float | None  # their sample standard deviation (as the ILO's SD_2025); None under two tasks
    gradient: str | None  # the ILO 2025 gradient rule applied to mean and sd
    shares: dict[str, float]  # share of scored tasks per class
    n_tasks: int
    n_scored: int
    tasks: tuple[RoleTaskExposure, ...]
    source: str = SCORER
    thresholds: dict[str, float] = field(
        default_factory=lambda: {"automate": AUTOMATE_AT, "augment": AUGMENT_AT, "delegated": DELEGATED_AT}
    )
    flags: tuple[str, ...] = ()
    #: 80% range of the mean: the scorer's error on held-out occupations' means (None without calibration)
    mean_range: tuple[float, float] | None = None
    #: mean estimated automation share of the scored tasks
    mode: float | None = None

    def summary(self) -> dict[str, Any]:
        """The headline figures (the ``exposure`` object of ``jalur roles --json``)."""
        return {
            "mean": self.mean,
            "sd": self.sd,
            "gradient": self.gradient,
            "shares": self.shares,
            "n_tasks": self.n_tasks,
            "n_scored": self.n_scored,
            "mean_range": list(self.mean_range) if self.mean_range else None,
            "mode": self.mode,
            "source": self.source,
            "flags": list(self.flags),
        }

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        for t in d["tasks"]:
            t["class"] = t.pop("cls")
            t["evidence"] = list(t["evidence"])
            t["flags"] = list(t["flags"])
        d["tasks"] = list(d["tasks"])
        d["flags"] = list(d["flags"])
        return d


def _merge_evidence(a: TaskScore, b: TaskScore, k: int) -> tuple[dict[str, Any], ...]:
    seen: set[tuple[str, str, str]] = set()
    out = []
    for e in sorted(a.evidence + b.evidence, key=lambda e: -float(e["similarity"])):
        key = (e["source"], e["code"], e["text"])
        if key not in seen:
            seen.add(key)
            out.append(e)
    return tuple(out[:k])


def role_exposure(role: Role, scorer: TaskScorer, evidence: int = 3) -> RoleExposure:
    """Score each task's Indonesian and English text, average the two, and summarise as the ILO does for
    an occupation: mean, SD, gradient, and the share of tasks in each class."""
    ids = scorer.score([t.id for t in role.tasks], lang="id", evidence=evidence)
    ens = scorer.score([t.en for t in role.tasks], lang="en", evidence=evidence)
    tasks = []
    for i, (t, s_id, s_en) in enumerate(zip(role.tasks, ids, ens, strict=True)):
        both = [s for s in (s_id.score, s_en.score) if s is not None]
        score = round(statistics.fmean(both), 3) if both else None
        scored = [s for s in (s_id, s_en) if s.score is not None]
        modes = [s.mode for s in scored if s.mode is not None]
        mode = round(statistics.fmean(modes), 3) if modes else None
        flags = sorted({f"{lang}:{f}" for lang, s in (("id", s_id), ("en", s_en)) for f in s.flags})
        if len(both) == 1:
            flags.append("one_language_scored")
        tasks.append(
            RoleTaskExposure(
                seq=i + 1,
                text_id=t.id,
                text_en=t.en,
                score=score,
                score_id=s_id.score,
                score_en=s_en.score,
                cls=task_class(score, mode) if score is not None else None,
                evidence=_merge_evidence(s_id, s_en, evidence),
                flags=tuple(flags),
                score_range=_mean_range([s.score_range for s in scored]),
                mode=mode,
                mode_range=_mean_range([s.mode_range for s in scored if s.mode is not None]),
                mode_source=MODEL if mode is not None else None,
            )
        )
    scores = [t.score for t in tasks if t.score is not None]
    mean = round(statistics.fmean(scores), 3) if scores else None
    sd = round(statistics.stdev(scores), 3) if len(scores) > 1 else None
    flags = ["tasks_without_score"] if len(scores) < len(tasks) else []
    task_modes = [t.mode for t in tasks if t.score is not None]
    half, _ = scorer.summary_half_width()
    known = [m for m in task_modes if m is not None]
    return RoleExposure(
        role=role.id,
        mean=mean,
        sd=sd,
        gradient=gradient(mean, sd) if mean is not None and sd is not None else None,
        shares=class_shares(scores, task_modes),
        n_tasks=len(tasks),
        n_scored=len(scores),
        tasks=tuple(tasks),
        flags=tuple(flags),
        mean_range=(
            (round(max(0.0, mean - half), 3), round(min(1.0, mean + half), 3))
            if mean is not None and half is not None
            else None
        ),
        mode=round(statistics.fmean(known), 3) if known else None,
    )


def _mean_range(ranges: list[tuple[float, float] | None]) -> tuple[float, float] | None:
    """The range of a mean of two language scores: the mean of their ranges (they share one error)."""
    got = [r for r in ranges if r is not None]
    if not got:
        return None
    return (round(statistics.fmean(r[0] for r in got), 3), round(statistics.fmean(r[1] for r in got), 3))
