"""The knowledge base has one SQL owner (issue 14): ``jalur.kb.repository`` answers every query of the
domain packages with typed records, and provenance is read from the knowledge base, the source ids named
once in ``jalur.kb.provenance``.

A static check keeps SQL out of the rest of the code; the repository's methods are checked on the full
knowledge base for their types and a few values."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from jalur.kb import provenance
from jalur.kb.read import KnowledgeBase
from jalur.model.kb import (
    IloOccupation,
    IscoGroup,
    IscoIndex,
    IscoNeighbour,
    KbjiJob,
    Link,
    OnetOccupation,
    OnetRating,
    ScorerRef,
    ScorerTerm,
    SkkniLink,
    SourceInfo,
    Task,
)

SRC = Path(__file__).resolve().parents[1] / "src" / "jalur"

#: packages that may write SQL: the knowledge base's read side, its build, the user-data store (its own
#: database, docs/architecture.md) and — until its rework lands and its queries move to the repository —
#: the matcher
SQL_OWNERS = ("kb", "ingest", "store", "match")
#: modules outside them that still hold SQL, none of it against the knowledge base; each with its reason.
#: An entry that no longer holds SQL fails the test, so that the list only shrinks.
ELSEWHERE = {
    "text/embed.py": "the embedding cache: its own SQLite file, not the knowledge base",
    "app/jobs.py": "the job store through SQLAlchemy Core (belongs in store/)",
}

_SQL_START = re.compile(r"^\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|PRAGMA|WITH|REPLACE)\s")
_SQL_ANYWHERE = re.compile(r"\bSELECT\b[\s\S]*\bFROM\b|\bINSERT\s+INTO\b|\bDELETE\s+FROM\b")
_EXECUTE = {"execute", "executemany", "executescript", "exec_driver_sql"}
_RAW_QUERY = {"rows", "one"}


def _docstrings(tree: ast.AST) -> set[int]:
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                out.add(id(body[0].value))
    return out


def _is_text(node: ast.expr) -> bool:
    """A string literal, an f-string, a concatenation or a name: what a query's SQL argument looks like
    (a call or a subscript is not: ``x.rows(np.array([i]))`` is the scorer's sparse matrix)."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    return isinstance(node, ast.JoinedStr | ast.BinOp | ast.Name | ast.Attribute)


def sql_sites(source: str) -> list[tuple[int, str]]:
    """(line, what) of every place in ``source`` that holds or runs SQL."""
    tree = ast.parse(source)
    docs = _docstrings(tree)
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs:
            if _SQL_START.match(node.value) or _SQL_ANYWHERE.search(node.value):
                found.append((node.lineno, f"SQL text {node.value[:40]!r}"))
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            name = node.func.attr
            if name in _EXECUTE:
                found.append((node.lineno, f".{name}(...)"))
            elif name in _RAW_QUERY and node.args and _is_text(node.args[0]):
                found.append((node.lineno, f".{name}(<sql>, ...)"))
        elif isinstance(node, ast.Attribute) and node.attr == "conn" and isinstance(node.ctx, ast.Load):
            found.append((node.lineno, "a raw connection (.conn)"))
    return sorted(found)


def _modules() -> Iterator[tuple[str, Path]]:
    for path in sorted(SRC.rglob("*.py")):
        rel = path.relative_to(SRC).as_posix()
        if rel.split("/", 1)[0] not in SQL_OWNERS:
            yield rel, path


def test_the_detector_finds_sql_in_its_usual_shapes() -> None:
    code = '''
def f(kb, db, isco, table):
    """SELECT in a docstring is prose."""
    a = kb.rows("SELECT code FROM isco_group WHERE level = 4")
    b = kb.one(f"SELECT * FROM {table} WHERE code = ?", (isco,))
    sql = "SELECT target FROM isco_neighbour WHERE origin = ?"
    c = kb.rows(sql, (isco,))
    d = db.execute("PRAGMA user_version").fetchone()
    e = kb.conn
    x = matrix.rows(np.array([1]))  # not SQL
    y = "Select the tasks from the list"  # not SQL
    return a, b, c, d, e, x, y
'''
    lines = [line for line, _ in sql_sites(code)]
    assert lines == [4, 4, 5, 5, 6, 7, 8, 8, 9]


def test_no_sql_outside_the_knowledge_base_repository_the_build_and_the_store() -> None:
    offending: dict[str, list[tuple[int, str]]] = {}
    for rel, path in _modules():
        sites = sql_sites(path.read_text(encoding="utf-8"))
        if sites and rel not in ELSEWHERE:
            offending[rel] = sites
    assert offending == {}, "SQL belongs in jalur.kb.repository (a named, typed method): " + repr(offending)


def test_the_known_exceptions_still_need_their_place_on_the_list() -> None:
    stale = [rel for rel in ELSEWHERE if not sql_sites((SRC / rel).read_text(encoding="utf-8"))]
    assert stale == [], f"no SQL left in {stale}: take them off ELSEWHERE"


_VERSIONED_ID = re.compile(
    r"^(isco-08|kbji-2014-kbli-2020|ilo-genai-exposure-2025|eloundou-gpts-are-gpts|onet-[\d.]+-xlsx"
    r"|esco-[\d.]+|skkni-catalog-scraped|jalur-task-scorer)$"
)


def test_source_ids_are_named_only_in_the_provenance_module() -> None:
    """Outside the build (which reads the registry) and ``jalur.kb.provenance``, no module writes a source
    id: results name sources through the constants, and read versions and licences from the KB."""
    found = {}
    for path in sorted(SRC.rglob("*.py")):
        rel = path.relative_to(SRC).as_posix()
        if rel.startswith("ingest/") or rel == "kb/provenance.py":
            continue
        if rel.startswith(("faces/", "app/", "match/")):
            continue  # owned elsewhere for now (the web UI labels two sources by id)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and _VERSIONED_ID.match(node.value)
            ):
                found.setdefault(rel, []).append(node.value)
    assert found == {}


# ------------------------------------------------------------------------- on the full knowledge base


@pytest.fixture(scope="module")
def base(kb_path: Path) -> Iterator[KnowledgeBase]:
    with KnowledgeBase(kb_path) as kb:
        yield kb


def test_every_source_role_names_a_source_of_the_knowledge_base(base: KnowledgeBase) -> None:
    repo = base.repo
    ids = {s.id for s in repo.sources()}
    assert set(provenance.ROLES.values()) <= ids
    assert provenance.TASK_SCORER not in ids  # Jalur's own model, not a public source
    # where the knowledge base records a row's source itself, it agrees with the named part
    ilo = [ix for ix in repo.isco_indices("4211") if ix.id == "ilo_2025_mean"]
    assert [ix.source for ix in ilo] == [provenance.ILO_EXPOSURE]
    assert {link.source for link in repo.links_from("isco", "4211", "esco")} == {provenance.ESCO}
    assert {t.text_en_source for t in repo.tasks("4211")} == {provenance.ILO_EXPOSURE}
    assert {r.source for r in repo.scorer_refs()} == {provenance.ILO_EXPOSURE, provenance.ELOUNDOU}
    assert provenance.SKKNI_CATALOGUE in repo.skkni_standards_of_isco("2166")[0].standard.source.split(";")


def test_sources_and_provenance_are_typed_and_read_from_the_knowledge_base(base: KnowledgeBase) -> None:
    repo = base.repo
    sources = repo.sources()
    assert all(isinstance(s, SourceInfo) for s in sources)
    assert [s.id for s in sources] == sorted(s.id for s in sources)
    onet = repo.source(provenance.ONET)
    assert onet is not None and onet.licence == "CC BY 4.0" and "29.2" in onet.version
    assert [s.id for s in repo.provenance([provenance.ONET, "no-such-source", provenance.ISCO])] == [
        provenance.ISCO,
        provenance.ONET,
    ]


def test_taxonomy_look_ups(base: KnowledgeBase) -> None:
    repo = base.repo
    teller = repo.unit_group("4211")
    assert isinstance(teller, IscoGroup)
    assert (teller.title_en, teller.title_id, teller.level) == (
        "Bank tellers and related clerks",
        "Teller Bank dan YBDI",
        4,
    )
    assert repo.unit_group("42") is None and repo.group("42") is not None and repo.group("4") is not None
    groups = repo.unit_groups()
    assert len(groups) == 436 and [g.code for g in groups] == sorted(g.code for g in groups)
    assert len(repo.upper_group_codes("isco")) == 619 - 436
    assert repo.upper_group_codes("kbji")[:3] == ["0", "01", "011"]
    job = repo.kbji_job("5223.03")
    assert isinstance(job, KbjiJob) and job.unit_group == "5223" and job.residual is False
    assert len(repo.kbji_jobs()) == 2137
    assert {j.unit_group for j in repo.kbji_jobs_of_isco("4211")} == {"4211"}
    tasks = repo.tasks("4211")
    assert len(tasks) == 6 and all(isinstance(t, Task) for t in tasks)
    assert [t.seq for t in tasks] == sorted(t.seq for t in tasks)
    assert tasks[0].score_2025 is not None and tasks[0].text_id
    assert repo.tasks("9999") == ()
    assert len(repo.all_tasks()) == sum(len(repo.tasks(g.code)) for g in groups)
    assert {e.lang for e in repo.examples("4211")} <= {"id", "en"}


def test_ilo_figures_and_links(base: KnowledgeBase) -> None:
    repo = base.repo
    clerks = repo.ilo_occupation("4132")
    assert isinstance(clerks, IloOccupation)
    assert (clerks.mean_2025, clerks.gradient25) == (0.7, "g4")
    assert len(repo.ilo_occupations()) == 427
    police = repo.links_from("kbji", "0115", "isco")
    assert all(isinstance(link, Link) for link in police)
    assert [(link.to_code, link.weight) for link in police] == [("3355", 0.5), ("5412", 0.5)]
    assert [link.to_code for link in repo.links_from("onet", "43-3071.00", "isco", source="chain")] == [
        "4211"
    ]
    chain = repo.links("isco", "onet", source="chain")
    assert chain and {link.source for link in chain} == {"chain"}
    assert [(link.from_code, link.to_code) for link in chain] == sorted(
        (link.from_code, link.to_code) for link in chain
    )


def test_onet_and_esco_look_ups(base: KnowledgeBase) -> None:
    repo = base.repo
    tellers = repo.onet_occupation("43-3071.00")
    assert isinstance(tellers, OnetOccupation) and tellers.title == "Tellers" and tellers.job_zone == 2
    assert len(repo.onet_occupations()) == 1016
    ratings = repo.onet_ratings("skill", ["43-3071.00"])
    assert ratings and all(isinstance(r, OnetRating) and r.onet_code == "43-3071.00" for r in ratings)
    assert repo.onet_ratings("skill", []) == []
    assert len(repo.onet_skill_elements()) == 35 + 33
    assert repo.onet_technology(["43-3071.00"])
    occ = repo.esco_occupations_of_isco("4211")
    assert occ and all(o.isco == "4211" for o in occ)
    assert repo.esco_occupation(occ[0].uri) == occ[0]
    skills = repo.esco_essential_skills("4211", 3)
    assert len(skills) == 3 and skills[0].n_occupations >= skills[-1].n_occupations
    assert repo.esco_skill(str(skills[0].uri)) is not None


def test_indices_scorer_and_pathways(base: KnowledgeBase) -> None:
    repo = base.repo
    indices = repo.isco_indices("4211")
    assert indices and all(isinstance(ix, IscoIndex) for ix in indices)
    assert [ix.id for ix in indices] == sorted(ix.id for ix in indices)
    assert all(isinstance(t, ScorerTerm) for t in repo.scorer_terms()[:10])
    assert all(isinstance(r, ScorerRef) for r in repo.scorer_refs()[:10])
    assert {"b_ilo", "b_e"} <= {k for k, _ in repo.scorer_meta()}
    meta = repo.pathways_meta()
    assert 0 < meta["viable_threshold"] < 1 and 0 < meta["role_viable_threshold"] < 1
    near = repo.isco_neighbours("4211")
    # the 40 nearest groups, then the career-ladder steps beyond them (data/career_ladders.csv)
    assert len(near) >= 40 and all(isinstance(n, IscoNeighbour) for n in near)
    assert [n.score for n in near[:40]] == sorted((n.score for n in near[:40]), reverse=True)
    from jalur.pathways.context import career_ladders

    assert {n.target for n in near[40:]} <= set(career_ladders()["4211"])
    assert {r.role for r in repo.role_neighbours("4211")} == set(repo.role_exposures())
    assert len(repo.onet_neighbours("43-3071.00", 3)) == 3


def test_skkni_look_ups(base: KnowledgeBase) -> None:
    repo = base.repo
    assert repo.has_skkni()
    links = repo.skkni_standards_of_isco("2166")
    assert links and all(isinstance(link, SkkniLink) for link in links)
    assert links[0].standard.decree == "Kepmenaker 126/2023"
    unit = repo.skkni_unit("K.62AIN00.015.1")
    assert unit is not None and unit.standard == "103/2026"
    assert [u.code for u in repo.skkni_units_of("103/2026")] == sorted(
        u.code for u in repo.skkni_units_of("103/2026")
    )
    std = repo.skkni_standard("264/2023")
    assert std is not None and std.decree == "Kepmenaker 264/2023"


def test_reference_checks_find_what_exists(base: KnowledgeBase) -> None:
    repo = base.repo
    assert repo.known_unit_groups(["4211", "42", "9999"]) == {"4211"}
    assert repo.known_onet_occupations(["43-3071.00", "00-0000.00"]) == {"43-3071.00"}
    uri = repo.esco_occupations_of_isco("4211")[0].uri
    assert repo.known_esco_occupations([uri, "http://example.org/x"]) == {uri}


def test_a_finished_file_is_cached_a_building_connection_is_not(base: KnowledgeBase) -> None:
    assert base.repo.unit_groups() == base.repo.unit_groups()
    assert base.repo._cache  # the static tables read so far are kept
    building = KnowledgeBase.from_connection(base.conn)
    assert building.repo.unit_group("4211") == base.repo.unit_group("4211")
    assert building.repo._cache == {}
    # callers cannot change what is kept
    base.repo.ilo_occupations().clear()
    base.repo.pathways_meta().clear()
    assert base.repo.ilo_occupation("4132") is not None and base.repo.pathways_meta()
    assert base.repo.schema_version() == "1"
