"""What AI does to a workforce, role by role and unit by unit: exposure of each placed occupation, the
FTE-equivalent of automatable and augmentable work, where the AI-era help is, recommended moves with their
skill gaps, and the reskilling they take in hours and rupiah.

Method (docs/report.md#method): a role's tasks are its occupation's tasks (ILO 2025 scores, the task
scorer's estimate where the ILO has none), counted equally as the ILO does; FTE automatable = headcount x
share of ``automate`` tasks (exposed and mostly delegated: exposure from the ILO score, mode from the task
scorer, ``jalur.exposure.classes``), FTE augmentable likewise. Staff to redeploy = that FTE rounded; each follows
the role's first recommended move (the first safer viable move in the order ``jalur paths`` ranks them —
within the employer's industry first when it is given —, else the first viable one) and learns its skills to
learn, at the move's planning hours (the same figure ``jalur paths`` and the web show; a course catalogue
only prices the courses) and a cost per learning hour (an assumption, overridable) unless the catalogue
prices the courses. Everyone in a role where at least
``UPSKILL_SHARE`` of tasks are ``augment`` gets a short AI-tools course (``upskilling``).

Pure functions over plain data, except ``OccupationFacts.build`` which reads the knowledge base.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from jalur.kb.provenance import ILO_EXPOSURE, ISCO, KBJI, ONET, TASK_SCORER
from jalur.kb.read import KnowledgeBase
from jalur.taxonomy.resolve import Resolution

#: a role whose share of ``augment`` tasks is at least this gets the AI-tools course for everyone
UPSKILL_SHARE = 0.2
#: moves shown per role
PATHWAYS_PER_ROLE = 3
#: augmentation tasks shown per role
AUGMENT_TASKS = 5
#: row numbers kept per role (for the reader to find them)
ROWS_KEPT = 20

NO_UNIT = {"id": "(tanpa unit)", "en": "(no unit)"}


@dataclass
class RoleRows:
    """A roster's rows of one title (by title key), summed."""

    key: str
    title: str
    headcount: int = 0
    units: dict[str, int] = field(default_factory=dict)
    #: headcount by the roster's location (region, branch city…) where it has that column
    locations: dict[str, int] = field(default_factory=dict)
    #: headcount by the organisation's grade, band or rank where the roster has that column
    grades: dict[str, int] = field(default_factory=dict)
    salaries: list[float] = field(default_factory=list)
    rows: list[int] = field(default_factory=list)


def aggregate(rows: Iterable[Any], key_of: Any, no_unit: str) -> dict[str, RoleRows]:
    """Sum roster rows (objects with ``row``, ``title``, ``unit``, ``headcount``, ``salary``) by title key;
    pure. Salaries: one per row — each employee's on a per-employee roster, each row's average on a
    per-role roster (the median is then over rows, not heads)."""
    out: dict[str, RoleRows] = {}
    for r in rows:
        key = key_of(r.title)
        agg = out.get(key)
        if agg is None:
            agg = out[key] = RoleRows(key, " ".join(r.title.split()))
        agg.headcount += r.headcount
        unit = r.unit or no_unit
        agg.units[unit] = agg.units.get(unit, 0) + r.headcount
        location = getattr(r, "location", None)
        if location:
            agg.locations[location] = agg.locations.get(location, 0) + r.headcount
        grade = getattr(r, "grade", None)
        if grade:
            agg.grades[grade] = agg.grades.get(grade, 0) + r.headcount
        if r.salary is not None:
            agg.salaries.append(float(r.salary))
        if len(agg.rows) < ROWS_KEPT:
            agg.rows.append(r.row)
    return out


@dataclass(frozen=True)
class OccupationFacts:
    """What the report needs about one unit group, read once per group."""

    isco: str
    mean: float | None
    gradient: str | None
    shares: dict[str, float]
    tasks: tuple[dict[str, Any], ...]
    pathways: tuple[dict[str, Any], ...]
    sources: frozenset[str]

    @classmethod
    def build(
        cls,
        kb: KnowledgeBase,
        isco: str,
        plan_hours: Any = None,
        industries: tuple[str, ...] = (),
        wages: Mapping[str, float] | None = None,
    ) -> OccupationFacts:
        """Exposure profile and recommended moves of ``isco``. ``plan_hours(origin, move)`` may return
        (hours, cost or None) from a course catalogue to replace a move's planning estimate; ``industries``:
        the employer's KBLI 2020 divisions (moves characteristic of them first); ``wages``: the employer's
        pay by unit group (``roster_wages``), so that a move's pay is judged where both ends are known."""
        from jalur.exposure.profile import exposure_profile
        from jalur.pathways.transitions import effort, paths

        res = Resolution(isco, "isco", isco, isco)
        prof = exposure_profile(kb, res)
        tasks = tuple(
            {
                "text_id": t.text_id,
                "text_en": t.text_en,
                "score": None if t.score is None else round(t.score, 3),
                "class": t.cls,
                "source": t.source,
            }
            for t in prof.tasks
        )
        moves = paths(kb, res, top=10, industries=industries, wages=wages or None).transitions
        chosen = sorted(moves, key=_move_order)
        picked = []
        for m in chosen[:PATHWAYS_PER_ROLE]:
            # the move's planning hours, the same figure every face shows (issue 17); a course catalogue
            # gives the cost only
            hours, cost = m.hours, None
            if plan_hours is not None:
                _, cost = plan_hours(res, m)
            picked.append(
                {
                    "target": m.target,
                    "target_type": m.target_type,
                    "title_id": m.target_title_id,
                    "title_en": m.target_title_en,
                    "kind": list(m.kind),
                    # the employer's own pay at both ends (roster salaries), where it has both
                    "pay": "not_lower"
                    if "desirable" in m.kind
                    else "falls"
                    if "pay_falls" in m.flags
                    else None,
                    "similarity": m.similarity,
                    "exposure_after": m.exposure_after.mean,
                    "hours": hours,
                    "effort": effort(hours),
                    "course_cost_idr": cost,
                    "skills_to_learn": [s.get("name") for s in m.skills_to_learn[:5]],
                    "skills_to_learn_id": [s.get("name_id") or s.get("name") for s in m.skills_to_learn[:5]],
                    "certifications": list(m.certifications[:5]),
                    # a step on the role's authored career ladder (kind, years, notes), null otherwise: a
                    # next rung (supervisor) has few posts for a whole department
                    "ladder": m.ladder,
                    # what the move rests on: career_ladder, same_minor_group or similarity (a weaker link)
                    "evidence": m.evidence,
                }
            )
        srcs = {ILO_EXPOSURE, ONET, ISCO, KBJI}
        if any(t["source"] not in (None, ILO_EXPOSURE) for t in tasks):
            srcs.add(TASK_SCORER)
        return cls(isco, prof.mean, prof.gradient, dict(prof.shares), tasks, tuple(picked), frozenset(srcs))


def _move_order(m: Any) -> tuple[bool, bool, int, int]:
    """Recommended moves first: viable and safer, then viable, then the rest; a move tied only to other
    industries than the employer's, or into an occupation the employer pays clearly less (its own roster
    salaries), after those, and a move between occupations resting on similarity alone (neither a career
    step nor the same kind of work, ``Transition.suggested``) after the suggested ones and the AI-era roles. Within each, the role's career-ladder steps first, its next rung (a
    supervisor's post) after its other steps: a workforce plan moves a whole role, and such posts are there
    for a few of them. Then the order ``jalur paths`` gives (similarity within the industry), kept by the
    stable sort — not the fewest hours, which favoured the least related moves (a car-plant painter's
    'first move' was wood processing)."""
    rank = 0 if "viable" in m.kind and "safer" in m.kind else 1 if "viable" in m.kind else 2
    step = 2 if not m.ladder else 1 if m.ladder.get("kind") == "next_rung" else 0
    weak = m.target_type == "occupation" and not m.suggested
    return ("other_industry" in m.flags or "pay_falls" in m.flags, weak, rank, step)


def roster_wages(groups: Mapping[str, RoleRows], placed: Mapping[str, str]) -> dict[str, float]:
    """The organisation's own pay by occupation: the median of the salaries of every role placed in a unit
    group (``placed``: title key → ISCO code), for the unit groups whose roles give a salary; pure. Moves
    between two occupations the employer has are then judged on its own pay (``desirable`` or
    ``pay_falls``), not on a national guess."""
    pay: dict[str, list[float]] = {}
    for key, isco in placed.items():
        agg = groups.get(key)
        if agg is not None and agg.salaries:
            pay.setdefault(isco, []).extend(agg.salaries)
    return {isco: float(statistics.median(v)) for isco, v in pay.items()}


def dominant_class(shares: Mapping[str, float]) -> str:
    """The class with the largest share of tasks (ties: human, then augment)."""
    order = ("human", "augment", "automate")
    return max(order, key=lambda c: (shares.get(c, 0.0), -order.index(c)))


def role_impact(
    agg: RoleRows,
    placement: Mapping[str, Any] | None,
    facts: OccupationFacts | None,
    assumptions: Mapping[str, Any],
) -> dict[str, Any]:
    """One role of the report (docs/report.md ``roles``); pure."""
    salary = round(statistics.median(agg.salaries), 0) if agg.salaries else None
    base: dict[str, Any] = {
        "title": agg.title,
        "headcount": agg.headcount,
        "units": dict(sorted(agg.units.items(), key=lambda kv: (-kv[1], kv[0]))),
        "locations": dict(sorted(agg.locations.items(), key=lambda kv: (-kv[1], kv[0]))),
        "grades": dict(sorted(agg.grades.items(), key=lambda kv: (-kv[1], kv[0]))),
        "salary_median": salary,
        "rows": agg.rows,
        "placement": dict(placement) if placement else None,
    }
    if facts is None:
        return {
            **base,
            "exposure": None,
            "dominant_class": None,
            "fte_automatable": 0.0,
            "fte_augmentable": 0.0,
            "tasks": [],
            "augmentation": [],
            "pathways": [],
            "reskilling": {
                "people": 0,
                "target": None,
                "hours_per_person": None,
                "cost_per_person_idr": None,
                "cost_idr": 0.0,
                "cost_basis": "in_review",
                "wage_cost_idr": None,
            },
            "upskilling": {"people": 0, "hours_per_person": 0.0, "cost_idr": 0.0, "wage_cost_idr": None},
        }
    rate = float(assumptions["learning_cost_idr_per_hour"])
    scored = sum(facts.shares.values()) > 0  # some unit groups have no scored task at all
    fte_auto = round(agg.headcount * facts.shares.get("automate", 0.0), 2)
    fte_aug = round(agg.headcount * facts.shares.get("augment", 0.0), 2)
    people = round(fte_auto)
    first = facts.pathways[0] if facts.pathways else None
    hours = float(first["hours"]) if first and first["hours"] is not None else None
    if first is not None and first.get("course_cost_idr") is not None:
        per_person, basis = float(first["course_cost_idr"]), "course_prices"
    elif hours is not None:
        per_person, basis = round(hours * rate, 0), "default_rate"
    else:
        per_person, basis = None, "no_hours"
    up = facts.shares.get("augment", 0.0) >= UPSKILL_SHARE
    up_hours = float(assumptions["augmentation_training_hours"]) if up else 0.0
    # the learning hours are paid working time: the role's median salary (the roster's own) per hour
    hourly = salary / float(assumptions["paid_hours_per_month"]) if salary is not None else None
    augment = sorted((t for t in facts.tasks if t["class"] == "augment"), key=lambda t: -(t["score"] or 0.0))[
        :AUGMENT_TASKS
    ]
    return {
        **base,
        "exposure": {"mean": facts.mean, "gradient": facts.gradient, "shares": facts.shares},
        "dominant_class": dominant_class(facts.shares) if scored else None,
        "fte_automatable": fte_auto,
        "fte_augmentable": fte_aug,
        "tasks": list(facts.tasks),
        "augmentation": augment,
        "pathways": list(facts.pathways),
        "reskilling": {
            "people": people,
            "target": first["target"] if first else None,
            "hours_per_person": hours,
            "cost_per_person_idr": per_person,
            "cost_idr": round(people * per_person, 0) if per_person is not None else 0.0,
            "cost_basis": basis,
            "wage_cost_idr": round(people * hours * hourly, 0)
            if hourly is not None and hours is not None
            else None,
        },
        "upskilling": {
            "people": agg.headcount if up else 0,
            "hours_per_person": up_hours,
            "cost_idr": round(agg.headcount * up_hours * rate, 0) if up else 0.0,
            "wage_cost_idr": round(agg.headcount * up_hours * hourly, 0)
            if hourly is not None and up
            else None,
        },
    }


def _weighted(pairs: Sequence[tuple[float, float]]) -> float | None:
    w = sum(n for _, n in pairs)
    return round(sum(v * n for v, n in pairs) / w, 4) if w else None


def unit_table(
    roles: Sequence[Mapping[str, Any]], by: str = "units", name: str = "unit"
) -> list[dict[str, Any]]:
    """Per unit (or, with ``by="locations", name="location"``, per location; ``by="grades", name="grade"``,
    per grade): headcount (placed and in
    review), weighted exposure and shares, FTE automatable, reskilling cost (a role's spread over its units
    by headcount); pure. Largest first."""
    units: dict[str, dict[str, Any]] = {}
    for r in roles:
        for unit, n in (r.get(by) or {}).items():
            u = units.setdefault(
                unit,
                {name: unit, "headcount": 0, "headcount_in_review": 0, "_mean": [], "_shares": [],
                 "fte_automatable": 0.0, "reskilling_cost_idr": 0.0},
            )  # fmt: skip
            u["headcount"] += n
            if r["exposure"] is None:
                u["headcount_in_review"] += n
                continue
            if r["dominant_class"] is None:
                continue
            share = n / r["headcount"] if r["headcount"] else 0.0
            if r["exposure"]["mean"] is not None:
                u["_mean"].append((r["exposure"]["mean"], n))
            u["_shares"].append((r["exposure"]["shares"], n))
            u["fte_automatable"] += r["fte_automatable"] * share
            u["reskilling_cost_idr"] += (r["reskilling"]["cost_idr"] + r["upskilling"]["cost_idr"]) * share
    out = []
    for u in units.values():
        shares = _share_mix(u.pop("_shares"))
        mean = _weighted(u.pop("_mean"))
        out.append(
            {
                **u,
                "exposure_mean": mean,
                "shares": shares,
                "fte_automatable": round(u["fte_automatable"], 2),
                "reskilling_cost_idr": round(u["reskilling_cost_idr"], 0),
            }
        )
    out.sort(key=lambda u: (-u["headcount"], u[name]))
    return out


def _share_mix(pairs: Sequence[tuple[Mapping[str, float], float]]) -> dict[str, float]:
    w = sum(n for _, n in pairs)
    return {
        c: round(sum(s.get(c, 0.0) * n for s, n in pairs) / w, 4) if w else 0.0
        for c in ("automate", "augment", "human")
    }


def totals(roles: Sequence[Mapping[str, Any]], units: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """The report's ``totals``; pure."""
    placed = [r for r in roles if r["exposure"] is not None]
    by_class = {"automate": 0, "augment": 0, "human": 0, "no_score": 0}
    for r in placed:
        by_class[r["dominant_class"] or "no_score"] += r["headcount"]
    bases = sorted({r["reskilling"]["cost_basis"] for r in placed if r["reskilling"]["people"]})
    return {
        "headcount": sum(r["headcount"] for r in roles),
        "headcount_placed": sum(r["headcount"] for r in placed),
        "headcount_in_review": sum(r["headcount"] for r in roles if r["exposure"] is None),
        "roles": len(roles),
        "roles_placed": len(placed),
        "units": len(units),
        "exposure_mean": _weighted(
            [(r["exposure"]["mean"], r["headcount"]) for r in placed if r["exposure"]["mean"] is not None]
        ),
        "shares": _share_mix(
            [(r["exposure"]["shares"], r["headcount"]) for r in placed if r["dominant_class"]]
        ),
        "fte_automatable": round(sum(r["fte_automatable"] for r in placed), 2),
        "fte_augmentable": round(sum(r["fte_augmentable"] for r in placed), 2),
        "headcount_by_class": by_class,
        "reskilling": {
            "people": sum(r["reskilling"]["people"] for r in placed),
            "hours": round(
                sum(r["reskilling"]["people"] * (r["reskilling"]["hours_per_person"] or 0.0) for r in placed),
                0,
            ),
            "cost_idr": round(sum(r["reskilling"]["cost_idr"] for r in placed), 0),
            "cost_basis": ",".join(bases) if bases else None,
            # salaries paid for the learning hours, where the roster gives the role's salary
            "wage_cost_idr": round(sum(r["reskilling"]["wage_cost_idr"] or 0.0 for r in placed), 0),
            "wage_cost_people": sum(
                r["reskilling"]["people"] for r in placed if r["reskilling"]["wage_cost_idr"] is not None
            ),
        },
        "upskilling": {
            "people": sum(r["upskilling"]["people"] for r in placed),
            "hours": round(
                sum(r["upskilling"]["people"] * r["upskilling"]["hours_per_person"] for r in placed), 0
            ),
            "cost_idr": round(sum(r["upskilling"]["cost_idr"] for r in placed), 0),
            "wage_cost_idr": round(sum(r["upskilling"]["wage_cost_idr"] or 0.0 for r in placed), 0),
        },
    }
