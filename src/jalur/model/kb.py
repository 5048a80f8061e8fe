"""The typed records the knowledge-base repository (``jalur.kb.repository``) returns: one per kind of row,
named by what it holds, immutable. Field names follow the knowledge base's columns (docs/data-contract.md)
so that a record reads like the row it came from.

Named tuples rather than dataclasses: the repository builds tens of thousands of them at build time
(similarity views, the task scorer's vocabulary) and ``_make`` over a database row is the cheapest typed
record Python has."""

from __future__ import annotations

from typing import NamedTuple

# ------------------------------------------------------------------------------------------ provenance


class SourceInfo(NamedTuple):
    """A public source the knowledge base was built from (table ``source``)."""

    id: str
    title: str
    publisher: str
    version: str
    licence: str
    attribution: str
    official: str


# ------------------------------------------------------------------------------------------- taxonomy


class IscoGroup(NamedTuple):
    """An ISCO-08 group of any level (1-4 digits) with its English and Indonesian titles."""

    code: str
    level: int
    parent: str | None
    title_en: str
    title_id: str | None
    title_id_source: str | None
    description_en: str | None
    description_id: str | None


class KbjiJob(NamedTuple):
    """A KBJI 2014 six-digit job title (``4211.01``) under its unit group."""

    code: str
    unit_group: str
    title_id: str
    description_id: str | None
    residual: bool


class Example(NamedTuple):
    """An example job title of a unit group, in one language."""

    lang: str
    title: str


#: ``Task.align_method`` of a task a unit group without a task list borrowed from its linked O*NET
#: occupations (English only; build step 'exposure')
ONET_CHAIN = "onet_chain"


class Task(NamedTuple):
    """A task statement of a unit group: English (ILO) and Indonesian (KBJI) text, the ILO scores and how the
    two languages were aligned."""

    isco: str
    seq: int
    text_en: str | None
    text_en_source: str | None
    ilo_task_id: int | None
    score_2025: float | None
    score_2023: float | None
    text_id: str | None
    kbji_item: str | None
    align_method: str
    align_score: float
    #: the task scorer's estimate on the ILO 2025 scale with its 80% range (step 'exposure'; what a task
    #: without an ILO score shows); None when the knowledge base has none or the text has no known word
    model_score: float | None = None
    model_score_lo: float | None = None
    model_score_hi: float | None = None
    #: the mode of AI use (automation share, 0-1) with its 80% range and source ('model' or 'observed', the
    #: latter without a range)
    mode: float | None = None
    mode_lo: float | None = None
    mode_hi: float | None = None
    mode_source: str | None = None


class IloOccupation(NamedTuple):
    """The ILO 2025 (and 2023) exposure figures of a unit group as published."""

    isco: str
    title_en: str
    mean_2025: float
    sd_2025: float
    mean_2023: float | None
    sd_2023: float | None
    potential25: str
    potential23: str
    gradient25: str
    potential23_key: str
    n_tasks: int


class Link(NamedTuple):
    """A weighted crosswalk link between two codes of two schemes (``chain``: composed across crosswalks)."""

    from_scheme: str
    from_code: str
    to_scheme: str
    to_code: str
    weight: float
    relation: str
    source: str
    note: str


# ---------------------------------------------------------------------------------------------- O*NET


class OnetOccupation(NamedTuple):
    code: str
    title: str
    description: str
    job_zone: int | None


class OnetRating(NamedTuple):
    """An O*NET occupation's rating of one skill or knowledge element, with the element's names."""

    onet_code: str
    element_id: str
    name_en: str
    name_id: str
    importance: float | None
    level: float | None


class OnetElementValue(NamedTuple):
    """One value (importance or level) of a skill or knowledge element for an O*NET occupation."""

    onet_code: str
    domain: str
    element_id: str
    value: float | None


class OnetTechnology(NamedTuple):
    """A technology an O*NET occupation names (an example product), hot and in-demand flags."""

    onet_code: str
    example: str
    hot: int
    in_demand: int


class OnetEducation(NamedTuple):
    """Share of an O*NET occupation's workers (percent) in one education category."""

    onet_code: str
    category: int
    label: str
    pct: float


class OnetTaskText(NamedTuple):
    onet_code: str
    text: str


class OnetTaskActivity(NamedTuple):
    """A detailed work activity (DWA) one of an O*NET occupation's tasks maps to."""

    onet_code: str
    dwa_id: str


class OnetCommodity(NamedTuple):
    """A technology commodity code an O*NET occupation uses."""

    onet_code: str
    commodity_code: str


# ----------------------------------------------------------------------------------------------- ESCO


class EscoOccupation(NamedTuple):
    uri: str
    code: str
    isco: str
    label: str
    description: str
    n_essential: int
    n_optional: int


class EscoSkill(NamedTuple):
    uri: str
    label: str | None
    description: str | None
    skill_type: str | None
    reuse_level: str | None
    label_source: str | None
    type_source: str | None
    text: str


class EscoSkillCount(NamedTuple):
    """An essential ESCO skill of a unit group: in how many of its ESCO occupations, one of its URIs."""

    label: str
    n_occupations: int
    uri: str | None


class EscoOccupationSkill(NamedTuple):
    """A skill of an ESCO occupation (``relation``: essential or optional), with the occupation's ISCO group."""

    occupation_uri: str
    isco: str
    skill_label: str
    relation: str


# -------------------------------------------------------------------------------------------- indices


class IscoIndex(NamedTuple):
    """An exposure or automation index brought to a unit group, with what the index is."""

    id: str
    label_id: str
    label_en: str
    source: str
    scheme: str
    scale: str
    higher_means: str
    rule: str
    value: float
    n_native: int
    coverage: float
    flags: str  # comma-separated


# ------------------------------------------------------------------------------ the task scorer's parts


class ScorerTerm(NamedTuple):
    """A term of the task scorer's vocabulary: IDF and its weight in each regression."""

    term: str
    idf: float
    w_ilo: float
    w_e0: float
    w_e1: float
    w_e2: float
    w_mode: float


class ScorerRef(NamedTuple):
    """A reference task of the task scorer (an ILO or an Eloundou-labelled O*NET task)."""

    source: str
    code: str
    lang: str
    text: str
    score: float | None
    label: str | None


# ------------------------------------------------------------------------------------------- pathways


class IscoNeighbour(NamedTuple):
    """A stored near unit group of an origin: combined similarity and each view's."""

    target: str
    score: float
    tasks: float | None
    activities: float | None
    skills: float | None
    technology: float | None
    ilo_tasks: float | None


class RoleNeighbour(NamedTuple):
    """An AI-era role's similarity to an origin unit group (``text``: task words; ``isco``: nearest groups)."""

    role: str
    score: float
    text: float
    isco: float


class RoleExposureFigures(NamedTuple):
    """An AI-era role's exposure, computed at build time by the task scorer from the role's tasks."""

    role: str
    mean: float | None
    gradient: str | None
    automate: float
    augment: float
    human: float


class OnetNeighbour(NamedTuple):
    target: str
    score: float
    title: str


class EscoNeighbour(NamedTuple):
    target: str
    score: float
    label: str
    isco: str


# ---------------------------------------------------------------------------------------------- SKKNI


class SkkniUnitRow(NamedTuple):
    """An SKKNI competency unit: code, Indonesian title, the id of its standard."""

    code: str
    title: str
    standard: str


class SkkniStandardRow(NamedTuple):
    """An SKKNI standard (``source``: the source ids that list it, ``;``-separated)."""

    id: str
    decree: str
    title: str
    year: int
    sector: str | None
    unit_count: int
    source: str


class SkkniLink(NamedTuple):
    """A standard linked to a unit group at build time, with the link's confidence and method."""

    standard: SkkniStandardRow
    score: float
    method: str
