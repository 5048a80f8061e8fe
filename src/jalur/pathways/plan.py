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
from jalur.occupation import Resolution
from jalur.pathways.courses import Course, content_words, courses_for
from jalur.pathways.transitions import HOURS_PER_LEVEL, compare_skills, group_facts, is_safer

#: courses shown per skill to learn
COURSES_PER_SKILL = 3


@dataclass
class PlanStep:
    skill: dict[str, Any]
    hours: float
    hours_source: str  # course | estimate
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
    hours: float
    cost_idr: float | None
    catalogue: dict[str, Any]
    flags: list[str] = field(default_factory=list)

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
            "cost_idr": self.cost_idr,
            "catalogue": self.catalogue,
            "flags": self.flags,
        }


def personal_skill_words(text: str | None) -> list[frozenset[str]]:
    """The worker's own skills: comma, semicolon or newline separated, each as a set of content words."""
    if not text:
        return []
    parts = [p for chunk in text.replace(";", ",").splitlines() for p in chunk.split(",")]
    return [w for w in (content_words(p) for p in parts) if w]


def _has(skill: dict[str, Any], own: Sequence[frozenset[str]]) -> bool:
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
) -> Plan:
    """The plan for moving from the unit group ``origin`` to the unit group ``target``."""
    o, t = group_facts(kb, origin.isco), group_facts(kb, target.isco)
    coverage, kept, learn = compare_skills(o, t)
    mine = personal_skill_words(own_skills)
    had = [s for s in learn if _has(s, mine)]
    learn = [s for s in learn if not _has(s, mine)]
    row = kb.one(
        "SELECT score FROM isco_neighbour WHERE origin = ? AND target = ?", (origin.isco, target.isco)
    )
    flags: list[str] = []
    if row is None:
        flags.append("not_among_nearest")
    if not t.skills:
        flags.append("target_without_onet_skills")
    steps, prices = [], []
    for s in learn:
        found = courses_for([s["name"], s.get("name_id") or ""], courses, COURSES_PER_SKILL)
        first = found[0].course if found else None
        if first is not None and first.hours is not None:
            hours, source = first.hours, "course"
            prices.append(first.price_idr)
        else:
            hours, source = round(s["gap"] * HOURS_PER_LEVEL, 1), "estimate"
            if first is not None:
                prices.append(first.price_idr)
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
                        "flags": list(m.course.flags),
                    }
                    for m in found
                ],
            )
        )
    if not courses:
        flags.append("no_course_catalogue")
    elif any(not s.courses for s in steps):
        flags.append("skills_without_course")
    cost = sum(p for p in prices if p is not None) if prices and all(p is not None for p in prices) else None
    if steps and cost is None:
        flags.append("cost_unknown")
    elif cost is not None and any(not st.courses for st in steps):
        flags.append("cost_partial")  # the cost covers the skills that have a course
    if mine:
        flags.append("personalised")
    return Plan(
        origin=o.summary(),
        target=t.summary(),
        similarity=round(float(row[0]), 4) if row else None,
        coverage=round(coverage, 3),
        safer=is_safer(o.exposure, t.exposure),
        skills_kept=kept,
        skills_already_had=had,
        steps=steps,
        hours=round(sum(s.hours for s in steps), 1),
        cost_idr=cost,
        catalogue={"name": catalogue_name, "courses": len(courses)},
        flags=flags,
    )
