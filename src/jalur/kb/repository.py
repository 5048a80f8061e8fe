"""The typed read API of the knowledge base: every query the domain packages need, as a named method that
returns typed records (``jalur.model.kb``). Outside ``jalur.ingest`` this is the only place that writes
SQL against the knowledge base (tests/test_kb_repository.py holds the rest of the code to that).

Reach it through an open knowledge base: ``kb.repo`` (``jalur.kb.read.KnowledgeBase``). Methods are
grouped by concern: sources and provenance · taxonomy (groups, titles, KBJI jobs, examples, tasks) · ILO
figures · crosswalk links · O*NET · ESCO · indices · the task scorer's parts · pathways · SKKNI ·
checks of authored references.

Caching: the knowledge-base file is opened read-only and never changes under an open connection, so small
tables read whole and used often (groups, KBJI jobs, tasks, ILO figures, O*NET occupations, sources,
pathways settings, role exposures) are kept per open knowledge base, in the repository object, and die
with it. A repository over a connection a build step still writes to (``KnowledgeBase.from_connection``)
keeps nothing. The knowledge base holds no personal data, and nothing a caller passes in is cached.

Some queries have no ORDER BY and feed floating-point sums (the link-weighted O*NET figures): their SQL is
kept exactly as it was, so that the order SQLite returns rows in — and so every sum — stays the same.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Literal, TypeVar, cast

from jalur.model.kb import (
    EscoNeighbour,
    EscoOccupation,
    EscoOccupationSkill,
    EscoSkill,
    EscoSkillCount,
    Example,
    IloOccupation,
    IscoGroup,
    IscoIndex,
    IscoNeighbour,
    KbjiJob,
    Link,
    OnetCommodity,
    OnetEducation,
    OnetElementValue,
    OnetNeighbour,
    OnetOccupation,
    OnetRating,
    OnetTaskActivity,
    OnetTaskText,
    OnetTechnology,
    RoleExposureFigures,
    RoleNeighbour,
    ScorerRef,
    ScorerTerm,
    SkkniLink,
    SkkniStandardRow,
    SkkniUnitRow,
    SourceInfo,
    Task,
)

T = TypeVar("T")
Params = tuple[Any, ...]

#: how many values go into one ``IN (...)`` list (SQLite's limit on parameters is far above)
_CHUNK = 500

_LINK = "SELECT from_scheme, from_code, to_scheme, to_code, weight, relation, source, note FROM link"
_TASK = (
    "SELECT t.isco, t.seq, t.text_en, t.text_en_source, t.ilo_task_id, t.score_2025, t.score_2023, t.text_id, "
    "t.kbji_item, t.align_method, t.align_score, e.score, e.score_lo, e.score_hi, e.mode, e.mode_lo, e.mode_hi, "
    "e.mode_source FROM task t LEFT JOIN task_estimate e ON e.isco = t.isco AND e.seq = t.seq"
)
_SKKNI_STANDARD = "s.id, s.decree, s.title, s.year, s.sector, s.unit_count, s.source"
_ESCO_OCCUPATION = "SELECT uri, code, isco, label, description, n_essential, n_optional FROM esco_occupation"


def _marks(values: Sequence[Any]) -> str:
    return ",".join("?" * len(values))


class Repository:
    """Named, typed queries over one knowledge-base connection (see the module docstring)."""

    def __init__(self, conn: sqlite3.Connection, *, cache: bool) -> None:
        self._conn = conn
        self._keep = cache
        self._cache: dict[str, Any] = {}

    # --------------------------------------------------------------------------------------- plumbing
    def _rows(self, sql: str, params: Params = ()) -> list[sqlite3.Row]:
        rows: list[sqlite3.Row] = self._conn.execute(sql, params).fetchall()
        return rows

    def _one(self, sql: str, params: Params = ()) -> Any:
        return self._conn.execute(sql, params).fetchone()

    def _cached(self, key: str, load: Callable[[], T]) -> T:
        """``load()``, kept for the life of this repository when it reads a finished knowledge base."""
        if not self._keep:
            return load()
        if key not in self._cache:
            self._cache[key] = load()
        return cast(T, self._cache[key])

    def _existing(self, sql: str, values: Iterable[str]) -> set[str]:
        """Which of ``values`` the query (with ``{marks}`` for the IN list) finds, in chunks."""
        wanted = sorted(set(values))
        found: set[str] = set()
        for i in range(0, len(wanted), _CHUNK):
            chunk = wanted[i : i + _CHUNK]
            found |= {str(r[0]) for r in self._rows(sql.format(marks=_marks(chunk)), tuple(chunk))}
        return found

    # ------------------------------------------------------------------------------ knowledge base
    def schema_version(self) -> str | None:
        """The schema version the file declares (read afresh: the health check asks whether it answers)."""
        row = self._one("SELECT value FROM meta WHERE key = 'schema_version'")
        return str(row[0]) if row else None

    def has_table(self, name: str) -> bool:
        """True when the knowledge base has this table (older builds lack some)."""
        return self._one("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)) is not None

    # ---------------------------------------------------------------------------- sources, provenance
    def sources(self) -> tuple[SourceInfo, ...]:
        """Every public source the knowledge base was built from, by id."""
        return self._cached(
            "sources",
            lambda: tuple(
                SourceInfo._make(r)
                for r in self._rows(
                    "SELECT id, title, publisher, version, licence, attribution, official FROM source ORDER BY id"
                )
            ),
        )

    def source(self, source_id: str) -> SourceInfo | None:
        return next((s for s in self.sources() if s.id == source_id), None)

    def provenance(self, ids: Iterable[str]) -> list[SourceInfo]:
        """The sources with these ids (``jalur.kb.provenance`` names them), sorted by id; ids the knowledge
        base does not hold are left out."""
        wanted = set(ids)
        return [s for s in self.sources() if s.id in wanted]

    # -------------------------------------------------------------------------------------- taxonomy
    def _groups(self) -> dict[str, IscoGroup]:
        return self._cached(
            "groups",
            lambda: {
                r[0]: IscoGroup._make(r)
                for r in self._rows(
                    "SELECT code, level, parent, title_en, title_id, title_id_source, description_en, "
                    "description_id FROM isco_group ORDER BY code"
                )
            },
        )

    def group(self, code: str) -> IscoGroup | None:
        """An ISCO-08 group of any level (``4``, ``42``, ``421``, ``4211``)."""
        return self._groups().get(code)

    def unit_group(self, code: str) -> IscoGroup | None:
        """An ISCO-08 unit group (four digits); None for any other code."""
        g = self._groups().get(code)
        return g if g is not None and g.level == 4 else None

    def unit_groups(self) -> list[IscoGroup]:
        """Every ISCO-08 unit group, by code."""
        return [g for g in self._groups().values() if g.level == 4]

    def upper_group_codes(self, scheme: Literal["isco", "kbji"]) -> list[str]:
        """The one- to three-digit group codes of ISCO-08 or KBJI 2014, sorted."""
        if scheme == "isco":
            return [g.code for g in self._groups().values() if g.level < 4]
        return [r[0] for r in self._rows("SELECT code FROM kbji_group WHERE level < 4 ORDER BY code")]

    def _kbji_jobs(self) -> dict[str, KbjiJob]:
        return self._cached(
            "kbji_jobs",
            lambda: {
                r[0]: KbjiJob(r[0], r[1], r[2], r[3], bool(r[4]))
                for r in self._rows(
                    "SELECT code, unit_group, title_id, description_id, residual FROM kbji_job ORDER BY code"
                )
            },
        )

    def kbji_job(self, code: str) -> KbjiJob | None:
        """A KBJI 2014 six-digit job title (``4211.01``)."""
        return self._kbji_jobs().get(code)

    def kbji_jobs(self) -> list[KbjiJob]:
        """Every KBJI 2014 job title, by code."""
        return list(self._kbji_jobs().values())

    def kbji_jobs_of_isco(self, isco: str) -> list[KbjiJob]:
        """The KBJI job titles under the KBJI unit groups an ISCO unit group links to, by code."""
        return [
            KbjiJob(r[0], r[1], r[2], r[3], bool(r[4]))
            for r in self._rows(
                "SELECT j.code, j.unit_group, j.title_id, j.description_id, j.residual FROM kbji_job j "
                "JOIN link l ON l.to_scheme = 'kbji' AND l.to_code = j.unit_group "
                "WHERE l.from_scheme = 'isco' AND l.from_code = ? ORDER BY j.code",
                (isco,),
            )
        ]

    def examples(self, isco: str) -> list[Example]:
        """Example job titles of a unit group in both languages, in the order the build stored them."""
        return [
            Example._make(r)
            for r in self._rows(
                "SELECT lang, title FROM occupation_example WHERE isco = ? ORDER BY rowid", (isco,)
            )
        ]

    def _tasks(self) -> dict[str, tuple[Task, ...]]:
        def load() -> dict[str, tuple[Task, ...]]:
            by: dict[str, list[Task]] = defaultdict(list)
            for r in self._rows(_TASK + " ORDER BY t.isco, t.seq"):
                by[r[0]].append(Task._make(r))
            return {k: tuple(v) for k, v in by.items()}

        return self._cached("tasks", load)

    def tasks(self, isco: str) -> tuple[Task, ...]:
        """A unit group's task statements, by their order in the group."""
        return self._tasks().get(isco, ())

    def all_tasks(self) -> list[Task]:
        """Every task statement, by unit group and order."""
        return [t for ts in self._tasks().values() for t in ts]

    # ------------------------------------------------------------------------------------ ILO figures
    def _ilo(self) -> dict[str, IloOccupation]:
        return self._cached(
            "ilo",
            lambda: {
                r[0]: IloOccupation._make(r)
                for r in self._rows(
                    "SELECT isco, title_en, mean_2025, sd_2025, mean_2023, sd_2023, potential25, potential23, "
                    "gradient25, potential23_key, n_tasks FROM ilo_occupation ORDER BY isco"
                )
            },
        )

    def ilo_occupations(self) -> dict[str, IloOccupation]:
        """The ILO 2025 figures of every unit group the ILO scores, by ISCO code."""
        return dict(self._ilo())

    def ilo_occupation(self, isco: str) -> IloOccupation | None:
        return self._ilo().get(isco)

    # ---------------------------------------------------------------------------------------- links
    def links_from(
        self, from_scheme: str, code: str, to_scheme: str, *, source: str | None = None
    ) -> list[Link]:
        """The links of one code to another scheme (``source``: only those of this source, e.g. ``chain``),
        heaviest first, then by target code."""
        sql = _LINK + " WHERE from_scheme = ? AND from_code = ? AND to_scheme = ?"
        params: Params = (from_scheme, code, to_scheme)
        if source is not None:
            sql, params = sql + " AND source = ?", (*params, source)
        return [Link._make(r) for r in self._rows(sql + " ORDER BY weight DESC, to_code", params)]

    def links(self, from_scheme: str, to_scheme: str, *, source: str | None = None) -> list[Link]:
        """Every link from one scheme to another, by source code, then target code."""
        sql = _LINK + " WHERE from_scheme = ? AND to_scheme = ?"
        params: Params = (from_scheme, to_scheme)
        if source is not None:
            sql, params = sql + " AND source = ?", (*params, source)
        return [Link._make(r) for r in self._rows(sql + " ORDER BY from_code, to_code", params)]

    # ---------------------------------------------------------------------------------------- O*NET
    def _onet_occupations(self) -> dict[str, OnetOccupation]:
        return self._cached(
            "onet_occupations",
            lambda: {
                r[0]: OnetOccupation._make(r)
                for r in self._rows(
                    "SELECT code, title, description, job_zone FROM onet_occupation ORDER BY code"
                )
            },
        )

    def onet_occupation(self, code: str) -> OnetOccupation | None:
        return self._onet_occupations().get(code)

    def onet_occupations(self) -> list[OnetOccupation]:
        """Every O*NET occupation, by code."""
        return list(self._onet_occupations().values())

    def onet_ratings(self, domain: str, codes: Sequence[str]) -> list[OnetRating]:
        """Ratings of the skill or knowledge elements (``domain``) by these O*NET occupations, with the
        elements' English and Indonesian names. Rows in the order SQLite gives them (callers sum them)."""
        if not codes:
            return []
        return [
            OnetRating._make(r)
            for r in self._rows(
                f"SELECT e.onet_code, e.element_id, n.name_en, n.name_id, e.importance, e.level FROM onet_element e "
                f"JOIN onet_element_name n ON n.element_id = e.element_id "
                f"WHERE e.domain = ? AND e.onet_code IN ({_marks(codes)})",
                (domain, *codes),
            )
        ]

    def onet_technology(self, codes: Sequence[str]) -> list[OnetTechnology]:
        """The technologies these O*NET occupations name (distinct), in the order SQLite gives them."""
        if not codes:
            return []
        return [
            OnetTechnology._make(r)
            for r in self._rows(
                f"SELECT DISTINCT onet_code, example, hot, in_demand FROM onet_technology "
                f"WHERE onet_code IN ({_marks(codes)})",
                tuple(codes),
            )
        ]

    def onet_education(self, codes: Sequence[str]) -> list[OnetEducation]:
        """Education shares of these O*NET occupations, in the order SQLite gives them."""
        if not codes:
            return []
        return [
            OnetEducation._make(r)
            for r in self._rows(
                f"SELECT onet_code, category, label, pct FROM onet_education WHERE onet_code IN "
                f"({_marks(codes)})",
                tuple(codes),
            )
        ]

    def onet_task_texts(self) -> list[OnetTaskText]:
        """Every O*NET task statement with its occupation."""
        return [OnetTaskText._make(r) for r in self._rows("SELECT onet_code, text FROM onet_task")]

    def onet_task_activities(self) -> list[OnetTaskActivity]:
        """Every (O*NET occupation, detailed work activity) of its tasks, once per task."""
        return [OnetTaskActivity._make(r) for r in self._rows("SELECT onet_code, dwa_id FROM onet_task_dwa")]

    def onet_commodities(self) -> list[OnetCommodity]:
        """Every (O*NET occupation, technology commodity code), once per example technology."""
        return [
            OnetCommodity._make(r)
            for r in self._rows("SELECT onet_code, commodity_code FROM onet_technology")
        ]

    def onet_skill_values(self, what: Literal["importance", "level"]) -> list[OnetElementValue]:
        """Importance or level of every skill and knowledge element for every O*NET occupation."""
        column = "importance" if what == "importance" else "level"
        return [
            OnetElementValue._make(r)
            for r in self._rows(
                f"SELECT onet_code, domain, element_id, {column} FROM onet_element WHERE domain IN ('skill', 'knowledge')"
            )
        ]

    def onet_skill_elements(self) -> list[tuple[str, str]]:
        """The (domain, element id) of every O*NET skill and knowledge element, sorted."""
        return [
            (str(r[0]), str(r[1]))
            for r in self._rows(
                "SELECT DISTINCT domain, element_id FROM onet_element WHERE domain IN ('skill', 'knowledge') "
                "ORDER BY domain, element_id"
            )
        ]

    # ----------------------------------------------------------------------------------------- ESCO
    def esco_occupation(self, uri: str) -> EscoOccupation | None:
        row = self._one(_ESCO_OCCUPATION + " WHERE uri = ?", (uri,))
        return EscoOccupation._make(row) if row else None

    def esco_occupations_of_isco(self, isco: str) -> list[EscoOccupation]:
        """The ESCO occupations of a unit group, by label."""
        return [
            EscoOccupation._make(r)
            for r in self._rows(_ESCO_OCCUPATION + " WHERE isco = ? ORDER BY label", (isco,))
        ]

    def esco_essential_skills(self, isco: str, limit: int) -> list[EscoSkillCount]:
        """The essential ESCO skills of a unit group's ESCO occupations, most shared first (then by label)."""
        return [
            EscoSkillCount._make(r)
            for r in self._rows(
                "SELECT s.skill_label, COUNT(DISTINCT s.occupation_uri) AS n, MIN(s.skill_uri) FROM esco_occupation_skill s "
                "JOIN esco_occupation o ON o.uri = s.occupation_uri WHERE o.isco = ? AND s.relation = 'essential' "
                "GROUP BY s.skill_label ORDER BY n DESC, s.skill_label LIMIT ?",
                (isco, limit),
            )
        ]

    def esco_occupation_skills(self) -> list[EscoOccupationSkill]:
        """Every skill of every ESCO occupation, with the occupation's ISCO group."""
        return [
            EscoOccupationSkill._make(r)
            for r in self._rows(
                "SELECT s.occupation_uri, o.isco, s.skill_label, s.relation FROM esco_occupation_skill s "
                "JOIN esco_occupation o ON o.uri = s.occupation_uri"
            )
        ]

    def esco_skill(self, uri: str) -> EscoSkill | None:
        row = self._one(
            "SELECT uri, label, description, skill_type, reuse_level, label_source, type_source, text "
            "FROM esco_skill WHERE uri = ?",
            (uri,),
        )
        return EscoSkill._make(row) if row else None

    # -------------------------------------------------------------------------------------- indices
    def isco_indices(self, isco: str) -> list[IscoIndex]:
        """Every exposure or automation index brought to a unit group, by index id."""
        return [
            IscoIndex._make(r)
            for r in self._rows(
                "SELECT m.id, m.label_id, m.label_en, m.source, m.scheme, m.scale, m.higher_means, m.rule, "
                "i.value, i.n_native, i.coverage, i.flags FROM index_isco i JOIN index_meta m ON m.id = i.index_id "
                "WHERE i.isco = ? ORDER BY m.id",
                (isco,),
            )
        ]

    def observed_ai_use(self, isco: str) -> tuple[int, float] | None:
        """How much observed AI use stands behind a unit group's observed automation share: O*NET tasks with
        an observed mode in its linked O*NET occupations and their share of all conversations (percent)."""
        r = self._one("SELECT observed_tasks, share_of_use FROM isco_ai_use WHERE isco = ?", (isco,))
        return (int(r[0]), float(r[1])) if r else None

    # ------------------------------------------------------------------------------ the task scorer
    def scorer_meta(self) -> list[tuple[str, str]]:
        """The task scorer's settings and intercepts: (key, Python literal)."""
        return [(str(k), str(v)) for k, v in self._rows("SELECT key, value FROM scorer_meta")]

    def scorer_terms(self) -> list[ScorerTerm]:
        """The task scorer's vocabulary with its weights, by term."""
        return [
            ScorerTerm._make(r)
            for r in self._rows(
                "SELECT term, idf, w_ilo, w_e0, w_e1, w_e2, w_mode FROM scorer_term ORDER BY term"
            )
        ]

    def scorer_vectors(self) -> list[tuple[str, bytes]]:
        """The task scorer's static word vectors (word, float32 bytes), by word; [] in a KB built without."""
        if not self.has_table("scorer_vector"):
            return []
        return [
            (str(w), bytes(v)) for w, v in self._rows("SELECT word, vector FROM scorer_vector ORDER BY word")
        ]

    def scorer_refs(self) -> list[ScorerRef]:
        """The task scorer's reference tasks (ILO scores, Eloundou labels), in stored order."""
        return [
            ScorerRef._make(r)
            for r in self._rows(
                "SELECT source, code, lang, text, score, label FROM scorer_ref ORDER BY ref_id"
            )
        ]

    # ------------------------------------------------------------------------------------- pathways
    def pay_by_major_group(self) -> dict[str, tuple[float, int]]:
        """Median monthly pay (rupiah) and persons behind it by ISCO-08 major group (Sakernas 2020, Jambi)."""
        return dict(
            self._cached(
                "pay_major_group",
                lambda: {
                    str(r[0]): (float(r[1]), int(r[2]))
                    for r in self._rows("SELECT major, median_idr, persons FROM pay_major_group")
                },
            )
        )

    def pathways_meta(self) -> dict[str, float]:
        """The pathways step's calibrated figures (``viable_threshold``, ``role_viable_threshold``…)."""
        return dict(
            self._cached(
                "pathways_meta",
                lambda: {str(r[0]): float(r[1]) for r in self._rows("SELECT key, value FROM pathways_meta")},
            )
        )

    def isco_neighbours(self, origin: str) -> list[IscoNeighbour]:
        """The stored nearest unit groups of ``origin``, nearest first."""
        return [
            IscoNeighbour._make(r)
            for r in self._rows(
                "SELECT target, score, tasks, activities, skills, technology, ilo_tasks FROM isco_neighbour "
                "WHERE origin = ? ORDER BY rank",
                (origin,),
            )
        ]

    def role_neighbours(self, origin: str) -> list[RoleNeighbour]:
        """Every AI-era role's similarity to the unit group ``origin``."""
        return [
            RoleNeighbour._make(r)
            for r in self._rows(
                "SELECT role, score, text, isco FROM role_neighbour WHERE origin = ?", (origin,)
            )
        ]

    def role_exposures(self) -> dict[str, RoleExposureFigures]:
        """Every AI-era role's exposure as computed at build time, by role id."""
        return dict(
            self._cached(
                "role_exposure",
                lambda: {
                    r[0]: RoleExposureFigures._make(r)
                    for r in self._rows(
                        "SELECT role, mean, gradient, automate, augment, human FROM role_exposure"
                    )
                },
            )
        )

    def onet_neighbours(self, code: str, top: int) -> list[OnetNeighbour]:
        """The stored nearest O*NET occupations of an O*NET occupation, nearest first, with titles."""
        return [
            OnetNeighbour._make(r)
            for r in self._rows(
                "SELECT n.target, n.score, o.title FROM onet_neighbour n JOIN onet_occupation o ON o.code = n.target "
                "WHERE n.origin = ? ORDER BY n.rank LIMIT ?",
                (code, top),
            )
        ]

    def esco_neighbours(self, uri: str, top: int) -> list[EscoNeighbour]:
        """The stored nearest ESCO occupations of an ESCO occupation, nearest first, with labels and groups."""
        return [
            EscoNeighbour._make(r)
            for r in self._rows(
                "SELECT n.target, n.score, o.label, o.isco FROM esco_neighbour n JOIN esco_occupation o "
                "ON o.uri = n.target WHERE n.origin = ? ORDER BY n.rank LIMIT ?",
                (uri, top),
            )
        ]

    # ---------------------------------------------------------------------------------------- SKKNI
    def has_skkni(self) -> bool:
        """True when the knowledge base holds the SKKNI tables (older builds do not)."""
        return self.has_table("skkni_occupation")

    def skkni_units_of(self, standard_id: str) -> list[SkkniUnitRow]:
        """The units of an SKKNI standard, by code."""
        return [
            SkkniUnitRow(str(r[0]), str(r[1]), str(r[2]))
            for r in self._rows(
                "SELECT code, title, standard FROM skkni_unit WHERE standard = ? ORDER BY code",
                (standard_id,),
            )
        ]

    def skkni_unit(self, code: str) -> SkkniUnitRow | None:
        row = self._one("SELECT code, title, standard FROM skkni_unit WHERE code = ?", (code,))
        return SkkniUnitRow(str(row[0]), str(row[1]), str(row[2])) if row else None

    def skkni_standard(self, standard_id: str) -> SkkniStandardRow | None:
        row = self._one(f"SELECT {_SKKNI_STANDARD} FROM skkni_standard s WHERE s.id = ?", (standard_id,))
        return SkkniStandardRow._make(row) if row else None

    def skkni_standards_of_isco(self, isco: str) -> list[SkkniLink]:
        """The standards linked to a unit group, most confident first, then newest, then by id."""
        return [
            SkkniLink(SkkniStandardRow._make(r[:7]), float(r[7]), str(r[8]))
            for r in self._rows(
                f"SELECT {_SKKNI_STANDARD}, o.score, o.method FROM skkni_occupation o "
                "JOIN skkni_standard s ON s.id = o.standard WHERE o.isco = ? "
                "ORDER BY o.score DESC, s.year DESC, s.id",
                (isco,),
            )
        ]

    # ------------------------------------------------------------ checks of authored references (roles)
    def known_unit_groups(self, codes: Iterable[str]) -> set[str]:
        """Which of these codes are ISCO-08 unit groups."""
        return {c for c in set(codes) if self.unit_group(c) is not None}

    def known_onet_occupations(self, codes: Iterable[str]) -> set[str]:
        return {c for c in set(codes) if self.onet_occupation(c) is not None}

    def known_esco_occupations(self, uris: Iterable[str]) -> set[str]:
        return self._existing("SELECT uri FROM esco_occupation WHERE uri IN ({marks})", uris)

    def known_esco_skills(self, uris: Iterable[str]) -> set[str]:
        """Which of these URIs name an ESCO skill (in the skill table or as an occupation's skill)."""
        wanted = set(uris)
        return self._existing("SELECT uri FROM esco_skill WHERE uri IN ({marks})", wanted) | self._existing(
            "SELECT DISTINCT skill_uri FROM esco_occupation_skill WHERE skill_uri IN ({marks})", wanted
        )

    def known_onet_elements(self, ids: Iterable[str]) -> set[str]:
        return self._existing(
            "SELECT DISTINCT element_id FROM onet_element WHERE element_id IN ({marks})", ids
        )

    def known_onet_commodities(self, codes: Iterable[str]) -> set[str]:
        return self._existing(
            "SELECT DISTINCT commodity_code FROM onet_technology WHERE commodity_code IN ({marks})", codes
        )
