"""A learning plan for one move: skills kept, skills to learn (by importance x gap), courses for each from
a catalogue, hours and cost.

Hours per skill: the best-matching course's hours when the catalogue gives them, otherwise the planning
estimate of ``jalur.pathways.transitions`` (``HOURS_PER_LEVEL`` per level point of gap), marked
``estimate``. Cost in rupiah: the sum of the chosen courses' prices when every one is priced; otherwise
``null`` with the flag ``cost_unknown`` (the Coursera sample carries no prices); ``cost_partial`` when
some skills have no course at all. A worker's own skills
(free text, either language) close the gaps they name: an O*NET skill or knowledge area whose English or
Indonesian name shares the words of a skill the worker lists is treated as already at the required level.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from jalur.kb.read import KnowledgeBase
from jalur.pathways.context import barrier_between
from jalur.pathways.courses import Course, content_words, courses_for, skill_need
from jalur.pathways.experience import Experience, with_experience
from jalur.pathways.transitions import (
    HOURS_PER_LEVEL,
    MAX_LEARN,
    GroupFacts,
    compare_skills,
    effort,
    group_facts,
    is_safer,
    occupation_targets,
    planning_hours,
    role_transitions,
    unit_target,
)
from jalur.taxonomy.resolve import Resolution

#: courses shown per skill to learn
COURSES_PER_SKILL = 3


@dataclass
class PlanStep:
    skill: dict[str, Any]
    hours: float
    hours_source: str  # course | course_shared (an earlier step's course covers it) | estimate
    courses: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Plan:
    origin: dict[str, Any]
    target: dict[str, Any]
    similarity: float | None
    coverage: float
    safer: bool
    skills_kept: list[dict[str, Any]]
    skills_already_had: list[dict[str, Any]]
    steps: list[PlanStep]
    cost_idr: float | None
    catalogue: dict[str, Any]
    flags: list[str] = field(default_factory=list)
    # SKKNI targets: a role's units of the skills to learn, or the standards linked to the target occupation
    certifications: list[str] = field(default_factory=list)
    certification_details: list[dict[str, Any]] = field(default_factory=list)
    #: a destination behind a degree, licence or appointment the origin lacks (``kind``, ``requires_id``,
    #: ``requires_en``, ``years``, ``basis``): a long route of years, so the plan gives no hours
    route: dict[str, Any] | None = None

    @property
    def effort(self) -> dict[str, Any] | None:
        """The move's planning estimate, the same figure and range as ``jalur paths`` shows for it; none
        for a long route (years, not hours)."""
        if self.route is not None:
            return None
        return effort(planning_hours([s.skill for s in self.steps]))

    @property
    def hours(self) -> float | None:
        """Total learning hours of the steps; None for a long route."""
        if self.route is not None:
            return None
        return round(sum(s.hours for s in self.steps), 1)

    def to_dict(self) -> dict[str, Any]:
        return {
            "origin": self.origin,
            "target": self.target,
            "similarity": self.similarity,
            "coverage": self.coverage,
            "safer": self.safer,
            "skills_kept": self.skills_kept,
            "skills_already_had": self.skills_already_had,
            "steps": [
                {"skill": s.skill, "hours": s.hours, "hours_source": s.hours_source, "courses": s.courses}
                for s in self.steps
            ],
            "hours": self.hours,
            "effort": self.effort,
            "cost_idr": self.cost_idr,
            "catalogue": self.catalogue,
            "certifications": self.certifications,
            "certification_details": self.certification_details,
            "route": self.route,
            "flags": self.flags,
        }


def personal_skill_words(text: str | None) -> list[frozenset[str]]:
    """The worker's own skills: comma, semicolon or newline separated, each as a set of content words."""
    if not text:
        return []
    parts = [p for chunk in text.replace(";", ",").splitlines() for p in chunk.split(",")]
    return [w for w in (content_words(p) for p in parts) if w]


def has_skill(skill: dict[str, Any], own: Sequence[frozenset[str]]) -> bool:
    """Whether one of the worker's skills names this skill (its English or Indonesian name)."""
    names = [content_words(skill["name"]), content_words(skill.get("name_id") or "")]
    return any(n and mine and (mine <= n or n <= mine) for n in names for mine in own)


def plan(
    kb: KnowledgeBase,
    origin: Resolution,
    target: Resolution,
    courses: Sequence[Course] = (),
    *,
    catalogue_name: str = "",
    own_skills: str | None = None,
    experience: Experience | None = None,
) -> Plan:
    """The plan for moving from the unit group ``origin`` to the unit group ``target``; ``experience``:
    earlier jobs whose skills count at their credit (``jalur.pathways.experience``)."""
    o, t = _origin(kb, origin, experience), group_facts(kb, target.isco)
    coverage, kept, learn = compare_skills(o, t)
    learn = learn[:MAX_LEARN]  # the same skills, and so the same hours, as the move in ``jalur paths``
    mine = personal_skill_words(own_skills)
    had = [s for s in learn if has_skill(s, mine)]
    learn = [s for s in learn if not has_skill(s, mine)]
    score = next((n.score for n in kb.repo.isco_neighbours(origin.isco) if n.target == target.isco), None)
    flags: list[str] = []
    if score is None:
        flags.append("not_among_nearest")
    if not t.skills:
        flags.append("target_without_onet_skills")
    steps, cost, more = _steps(kb, learn, for_target(courses, target.isco))
    flags += more
    if mine:
        flags.append("personalised")
    flags += _experience_flags(experience)
    barrier = barrier_between(origin.isco, target.isco)  # none into a lower rung of its own profession
    if barrier is not None:
        flags.append(f"needs_{barrier.kind}")
    return Plan(
        origin=_summary(o, experience),
        target=t.summary(),
        similarity=round(float(score), 4) if score is not None else None,
        coverage=round(coverage, 3),
        safer=is_safer(o.exposure, t.exposure),
        skills_kept=kept,
        skills_already_had=had,
        steps=steps,
        cost_idr=cost,
        catalogue={"name": catalogue_name, "courses": len(courses)},
        flags=flags,
        **occupation_targets(kb, target.isco),
        route=None if barrier is None else barrier.route(),
    )


def plan_role(
    kb: KnowledgeBase,
    origin: Resolution,
    role_id: str,
    courses: Sequence[Course] = (),
    *,
    catalogue_name: str = "",
    own_skills: str | None = None,
    experience: Experience | None = None,
) -> Plan:
    """The plan for moving from the unit group ``origin`` into the AI-era role ``role_id``."""
    from jalur.pathways.roles import find_role, load_roles

    role = find_role(load_roles(), role_id)
    o = _origin(kb, origin, experience)
    meta = kb.repo.pathways_meta()
    move = next(
        t
        for t in role_transitions(
            kb, o, float(meta.get("role_viable_threshold", 0.0)), _past(origin, experience)
        )
        if t.target == role.id
    )
    mine = personal_skill_words(own_skills)
    skills = [s for s in _role_skills(role)]
    kept_names = {k["name"] for k in move.skills_kept}
    # the move's own skills to learn (at most MAX_LEARN, by importance), so hours match ``jalur paths``
    learn_names = {k["name"] for k in move.skills_to_learn}
    had = [s for s in skills if s["name"] in learn_names and has_skill(s, mine)]
    learn = [s for s in skills if s["name"] in learn_names and s not in had]
    steps, cost, flags = _steps(kb, learn, for_target(courses, role.id))
    if mine:
        flags.append("personalised")
    flags += _experience_flags(experience)
    flags += [f for f in move.flags if f.startswith("needs_")]
    certs = [c for s in learn for c in s["skkni"]]
    return Plan(
        origin=_summary(o, experience),
        target={
            "role": role.id,
            "title_id": role.name_id,
            "title_en": role.name_en,
            "exposure": move.exposure_after.to_dict(),
            "job_zone": float(role.job_zone),
        },
        similarity=move.similarity,
        coverage=move.coverage,
        safer="safer" in move.kind,
        skills_kept=[s for s in skills if s["name"] in kept_names],
        skills_already_had=had,
        steps=steps,
        cost_idr=cost,
        catalogue={"name": catalogue_name, "courses": len(courses)},
        flags=flags,
        certifications=list(dict.fromkeys(certs)),
        certification_details=[unit_target(kb, c) for c in dict.fromkeys(certs)],
        route=move.route,
    )


def plan_to(
    kb: KnowledgeBase,
    origin: Resolution,
    target: str,
    courses: Sequence[Course] = (),
    *,
    catalogue_name: str = "",
    own_skills: str | None = None,
    experience: Experience | None = None,
) -> Plan:
    """The plan to ``target``: an AI-era role id (``-``/``_`` and case ignored), else any occupation input
    (code, title, own words — resolved like every other; refused with candidates when unsure)."""
    from jalur.match.resolve import resolve_any
    from jalur.pathways.roles import load_roles

    key = target.strip().casefold().replace("-", "_")
    opts: dict[str, Any] = {
        "catalogue_name": catalogue_name,
        "own_skills": own_skills,
        "experience": experience,
    }
    if any(r.id == key for r in load_roles()):
        return plan_role(kb, origin, key, courses, **opts)
    return plan(kb, origin, resolve_any(kb, target), courses, **opts)


def _past(origin: Resolution, experience: Experience | None) -> list[tuple[str, float]]:
    return [(j.isco, j.credit) for j in experience.jobs if j.isco != origin.isco] if experience else []


def _origin(kb: KnowledgeBase, origin: Resolution, experience: Experience | None) -> GroupFacts:
    """The origin's facts, its skills raised by earlier jobs' at their credit."""
    o = group_facts(kb, origin.isco)
    past = _past(origin, experience)
    return with_experience(o, [(group_facts(kb, c), cr) for c, cr in past]) if past else o


def _summary(o: GroupFacts, experience: Experience | None) -> dict[str, Any]:
    return {**o.summary(), "experience": experience.to_dict()} if experience is not None else o.summary()


def _experience_flags(experience: Experience | None) -> list[str]:
    if experience is None:
        return []
    return ["experience_not_matched"] if experience.unmatched else []


def _role_skills(role: Any) -> list[dict[str, Any]]:
    return [
        {"name": k.name_en, "name_id": k.name_id, "importance": k.importance, "skkni": list(k.skkni)}
        for k in sorted(role.skills, key=lambda k: (-k.importance, k.name_en))
    ]


def for_target(courses: Sequence[Course], target: str) -> list[Course]:
    """The courses a move into ``target`` may be offered: those that name no occupation, and those that name
    this one (a catalogue that says whom a course serves is taken at its word)."""
    return [c for c in courses if not c.occupations or target in c.occupations]


def _steps(
    kb: KnowledgeBase, learn: list[dict[str, Any]], courses: Sequence[Course]
) -> tuple[list[PlanStep], float | None, list[str]]:
    """A step per skill to learn, with courses; the cost when every chosen course is priced; flags."""
    steps, prices = [], []
    flags: list[str] = []
    taken: set[str] = set()
    for s in learn:
        found = courses_for(skill_need(s, kb), courses, COURSES_PER_SKILL)
        first = found[0].course if found else None
        estimate = s["gap"] * HOURS_PER_LEVEL if "gap" in s else HOURS_PER_LEVEL * s["importance"] / 2.5
        if first is not None and first.title in taken:
            hours, source = 0.0, "course_shared"  # one course serving several skills counts once
        elif first is not None and first.hours is not None:
            hours, source = first.hours, "course"
        else:
            hours, source = round(estimate, 1), "estimate"
        if first is not None and first.title not in taken:
            prices.append(first.price_idr)
            taken.add(first.title)
        steps.append(
            PlanStep(
                skill=s,
                hours=hours,
                hours_source=source,
                courses=[
                    {
                        "title": m.course.title,
                        "provider": m.course.provider,
                        "url": m.course.url,
                        "level": m.course.level,
                        "hours": m.course.hours,
                        "price_idr": m.course.price_idr,
                        "rating": m.course.rating,
                        "match": m.score,
                        "matched_skills": m.matched,
                        "matched_term": m.term,
                        "flags": list(m.course.flags),
                        "checked": m.course.checked,
                        # the language the course is taught in (``id``, ``en``; None: not given)
                        "language": m.course.language or None,
                    }
                    for m in found
                ],
            )
        )
    if not courses:
        flags.append("no_course_catalogue")
    elif any(not st.courses for st in steps):
        flags.append("skills_without_course")
    cost = sum(p for p in prices if p is not None) if prices and all(p is not None for p in prices) else None
    if steps and cost is None:
        flags.append("cost_unknown")
    elif cost is not None and any(not st.courses for st in steps):
        flags.append("cost_partial")  # the cost covers the skills that have a course
    return steps, cost, flags
