"""The look-ups every face offers — the command line, the REST API and the web UI call these and nothing
else, so that the same question gets the same numbers everywhere (tests/test_three_faces.py). Each takes an
open knowledge base and returns the domain's typed result; a face renders it (``to_dict()`` is the public
JSON of docs/cli.md and docs/api.md).

The one default that used to differ by face: a learning plan's courses come from the configured course
catalogue (``course_catalogue``: a file given by the user, else the Coursera sample of the public data
when present) in every face.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from jalur import config
from jalur.errors import JalurError
from jalur.kb.read import KnowledgeBase

#: longest free text accepted in one field (a title or a task)
MAX_TEXT = 2_000
#: most task lines scored in one request
MAX_TASKS = 200
#: the sample catalogue of the public data, the default of every face
SAMPLE_CATALOGUE = ("coursera-courses-skills", "Coursera.csv")
#: the Indonesian sample catalogue Jalur authors (package data; each course names the occupations it serves)
INDONESIAN_SAMPLE = ("kursus_indonesia.csv",)


def clean_text(value: str, field_name: str) -> str:
    """Free text as the look-ups take it: white space collapsed, not empty, at most ``MAX_TEXT`` (as sent
    and after collapsing)."""
    if len(str(value)) > MAX_TEXT:
        raise JalurError("error.text_too_long", field=field_name, limit=MAX_TEXT)
    text = " ".join(str(value).split())
    if not text:
        raise JalurError("error.empty_query")
    return text


def bounded_text(value: str, field_name: str) -> str:
    """Free text whose lines matter (experience, skills: a new line separates items): at most
    ``MAX_TEXT`` characters, kept as written."""
    if len(str(value)) > MAX_TEXT:
        raise JalurError("error.text_too_long", field=field_name, limit=MAX_TEXT)
    return str(value)


@dataclass(frozen=True)
class Catalogue:
    """A course catalogue as the plans use it: its courses, its file name, and its refused rows."""

    courses: tuple[Any, ...] = ()
    name: str = ""
    rejected: tuple[tuple[int, str], ...] = field(default=())
    #: whether the plans show this catalogue's matches: False for the built-in sample, whose matches were
    #: judged relevant for 10% of the courses shown on a blind-labelled set and no cut-off on the match
    #: score does better (``benchmarks/courses_relevance.py``) — a plan then says "no course found yet"
    #: rather than show a wrong course. A catalogue the user gives is shown (and flagged as unmeasured).
    shown: bool = True
    #: the Indonesian sample Jalur authors: shown, and said to be a sample (plan flag ``sample_catalogue``)
    sample: bool = False


def course_catalogue(path: Path | None = None, data_dir: Path | None = None) -> Catalogue:
    """The catalogue at ``path``; without one (what ``jalur plan``, ``GET /api/v1/plan`` and the web plan
    page all use) the Indonesian sample Jalur authors, whose courses name the occupations they serve; the
    Coursera sample of the public data only when that file is missing (matched but not shown)."""
    from jalur.pathways.courses import read_catalogue

    if path is None:
        own = Path(str(resources.files("jalur").joinpath("data", *INDONESIAN_SAMPLE)))
        if own.is_file():
            courses, rejected = read_catalogue(own)
            return Catalogue(
                tuple(courses), own.name, tuple((int(r), str(why)) for r, why in rejected), sample=True
            )
        sample = config.data_dir(data_dir).joinpath(*SAMPLE_CATALOGUE)
        if not sample.is_file():
            return Catalogue()
        courses, rejected = read_catalogue(sample)
        return Catalogue(
            tuple(courses), sample.name, tuple((int(r), str(why)) for r, why in rejected), shown=False
        )
    courses, rejected = read_catalogue(path)
    return Catalogue(tuple(courses), path.name, tuple((int(r), str(why)) for r, why in rejected))


def open_kb(path: Path | str | None = None) -> KnowledgeBase:
    """The knowledge base at ``path`` (default: the configured one), read-only."""
    return KnowledgeBase.open(path)


def task_scorer(kb: KnowledgeBase) -> Any:
    """The task scorer fitted into the knowledge base (``jalur.exposure.scorer.TaskScorer``)."""
    from jalur.exposure.scorer import TaskScorer

    return TaskScorer.for_kb(kb)


def wage_table(path: Path) -> Any:
    """A user's wage table (code → monthly wage) for judging pay (``jalur.pathways.transitions``)."""
    from jalur.pathways.transitions import read_wage_table

    return read_wage_table(path)


def match_texts(
    kb: KnowledgeBase,
    texts: Sequence[str],
    *,
    lang: str = "auto",
    top: int = 5,
    fast: bool = False,
    workers: int | None = None,
    industry: str | None = None,
    product: str | None = None,
    employer: str | None = None,
    department: str | None = None,
) -> list[Any]:
    """The matcher's answers (``MatchResult``) for titles or descriptions, one each, in order (a batch:
    repeats once). ``fast`` skips the embedding stage. ``industry`` (KBLI 2020 codes or words),
    ``product``, ``employer``, ``department``: what else is known about every one of these jobs
    (``jalur.match.context``)."""
    from jalur.match.context import JobContext, match_in_context
    from jalur.match.matcher import Matcher
    from jalur.match.resolve import matcher_for

    matcher = Matcher(kb, embeddings=False) if fast else matcher_for(kb)
    context = JobContext.of(industry, product, employer, department)
    if context is not None:
        return [match_in_context(matcher, t, context, lang=lang, top=top) for t in texts]
    return list(matcher.match_many(list(texts), lang=lang, top=top, workers=workers))


def occupation(kb: KnowledgeBase, query: str) -> Any:
    """The bilingual profile (``jalur.taxonomy.profile.Profile``) of what ``query`` names."""
    from jalur.match.resolve import resolve_any
    from jalur.taxonomy.profile import profile

    return profile(kb, resolve_any(kb, clean_text(query, "query")))


def exposure(kb: KnowledgeBase, query: str) -> Any:
    """The exposure profile (``jalur.exposure.ExposureProfile``) of what ``query`` names."""
    from jalur.exposure import exposure_profile
    from jalur.match.resolve import resolve_any

    return exposure_profile(kb, resolve_any(kb, clean_text(query, "query")))


def score_tasks(lines: Sequence[str], scorer: Any) -> list[dict[str, Any]]:
    """New task lines scored: one JSON object per non-blank line, with its line number."""
    tasks = [" ".join(str(x).split()) for x in lines]
    numbered = [(i + 1, t) for i, t in enumerate(tasks) if t]
    if not numbered:
        raise JalurError("error.empty_query")
    if len(numbered) > MAX_TASKS:
        raise JalurError("error.too_many_tasks", limit=MAX_TASKS)
    for _, t in numbered:
        clean_text(t, "tasks")
    scored = scorer.score([t for _, t in numbered])
    return [{"line": n, **r.to_dict()} for (n, _), r in zip(numbered, scored, strict=True)]


def paths(
    kb: KnowledgeBase,
    query: str,
    *,
    top: int = 10,
    safer: bool = False,
    to_roles: bool = False,
    skills: str | None = None,
    experience: str | None = None,
    wages: Any = None,
    industry: str | None = None,
    words: str | None = None,
) -> Any:
    """Where a worker can go from a job (``jalur.pathways.transitions.Paths``). ``industry``: KBLI 2020
    codes (2-5 digits, comma- or space-separated) of the worker's industry; without it, everyday words of
    ``words`` (default: the query) are read ("teller bank" -> 64)."""
    from jalur.match.resolve import resolve_any
    from jalur.pathways.experience import resolve_experience
    from jalur.pathways.transitions import paths as find_paths

    past = resolve_experience(kb, bounded_text(experience, "experience")) if experience else None
    return find_paths(
        kb,
        resolve_any(kb, clean_text(query, "query")),
        top=top,
        safer_only=safer,
        to_roles=to_roles,
        own_skills=bounded_text(skills, "skills") if skills else None,
        experience=past,
        wages=wages,
        industries=industry_codes(industry) if industry else None,
        industry_text=bounded_text(words, "q") if words else None,
    )


def industry_codes(text: str) -> tuple[str, ...]:
    """KBLI 2020 codes given by a user ("29", "29100, 45") -> their 2-digit divisions, in order, once each;
    anything else is refused with the bad code named (``jalur.taxonomy.industry.kbli_divisions``)."""
    from jalur.taxonomy.industry import kbli_divisions

    return kbli_divisions(bounded_text(text, "industry"))


def plan(
    kb: KnowledgeBase,
    origin: str,
    target: str,
    *,
    catalogue: Catalogue,
    skills: str | None = None,
    experience: str | None = None,
) -> Any:
    """A learning plan for one move (``jalur.pathways.plan.Plan``), with the catalogue's courses."""
    from jalur.match.resolve import resolve_any
    from jalur.pathways.experience import resolve_experience
    from jalur.pathways.plan import plan_to

    start = resolve_any(kb, clean_text(origin, "origin"))
    past = resolve_experience(kb, bounded_text(experience, "experience")) if experience else None
    own = bounded_text(skills, "skills") if skills else None
    found = plan_to(
        kb,
        start,
        clean_text(target, "target"),
        list(catalogue.courses) if catalogue.shown else [],
        catalogue_name=catalogue.name,
        own_skills=own,
        experience=past,
    )
    if not catalogue.shown:
        found.flags = [f for f in found.flags if f != "no_course_catalogue"] + ["sample_courses_not_shown"]
    elif catalogue.sample:
        found.flags.append("sample_catalogue")
    elif catalogue.courses:
        found.flags.append("course_relevance_unmeasured")
    return found


def roles(scorer: Any, role_id: str | None = None) -> list[tuple[Any, Any]]:
    """AI-era roles with their exposure (``(Role, RoleExposure)``): all of them, or the one asked for."""
    from jalur.pathways.roles import find_role, load_roles, role_exposure

    every = load_roles()
    chosen = every if role_id is None else [find_role(every, clean_text(role_id, "role"))]
    return [(r, role_exposure(r, scorer)) for r in chosen]


def roles_document(scored: Sequence[tuple[Any, Any]]) -> dict[str, Any]:
    """``jalur roles --json`` / ``GET /api/v1/roles``: the catalogue in short, with the class thresholds."""
    from jalur.exposure.classes import AUGMENT_AT, AUTOMATE_AT

    return {
        "roles": [
            {
                "id": r.id,
                "kind": r.kind,
                "name_id": r.name_id,
                "name_en": r.name_en,
                "job_zone": r.job_zone,
                "isco": [g.code for g in r.isco],
                "exposure": e.summary(),
            }
            for r, e in scored
        ],
        "thresholds": {"automate": AUTOMATE_AT, "augment": AUGMENT_AT},
    }


def role_document(role: Any, role_exposure: Any) -> dict[str, Any]:
    """``jalur roles ROLE_ID --json`` / ``GET /api/v1/roles/{role_id}``: one role in full."""
    return {**role.to_dict(), "exposure": role_exposure.to_dict()}
