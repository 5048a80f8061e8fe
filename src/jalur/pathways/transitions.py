"""Where a worker can go from an occupation: viable, safer and desirable moves to other ISCO unit groups,
each explained (how similar, what is shared, what changes, exposure before and after, skills to learn).

Definitions (docs/cli.md#jalur-paths):

* **viable** — combined similarity at least the calibrated threshold stored at build time (three in four
  of O*NET's curated related moves pass it) and at most one O*NET job-zone step up;
* **safer** — the destination's mean task score is at least ``SAFER_MARGIN`` lower (since issue 17 the
  gap alone decides: "fewer automate tasks" on an equal mean no longer makes a move safer). Where an
  exposure is a model estimate (an AI-era role, a group the ILO does not score), the gap must also exceed
  that estimate's uncertainty (``Exposure.half``, the scorer's 80% error on held-out occupations'
  means): a smaller gap is not called safer;
* **desirable** — pay does not fall by more than ``PAY_DROP_TOLERATED`` according to a wage table the user
  gives; without one every move is flagged ``pay_unknown`` (no public Indonesian wage-by-occupation table
  is available here).

Not every similar group is a move (``jalur.pathways.context``): an occupation not recommended in Indonesia
(gambling work) is never listed; a group at a lower ISCO-08 skill level, or ``JOB_ZONE_DROP`` O*NET job
zones lower, is not progress and is left out (the removal is flagged on the result);
a group that needs a degree, licence or appointment the origin lacks is a **long route**, listed apart
(``Paths.long_routes``) with the years and what it takes, never with course hours.

Skills to learn are the O*NET skills and knowledge areas where the destination's required level (link-
weighted over its O*NET occupations) exceeds the origin's by at least ``MIN_GAP`` level points, ranked by
the destination's importance times the gap. Learning hours: ``HOURS_PER_LEVEL`` per level point of gap,
summed — a planning assumption (a level point on O*NET's 0-7 anchored scale taken as about one short
course of structured learning plus practice), shown as such, to be replaced by course hours in a plan.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from jalur.errors import JalurError, UnknownOccupation
from jalur.exposure.classes import class_shares
from jalur.exposure.scorer import mean_half_width
from jalur.kb.read import KnowledgeBase
from jalur.pathways.context import (
    INDUSTRY_WEIGHT,
    Barrier,
    barrier_between,
    career_ladders,
    exclusions,
    is_lower_level,
    is_lower_rung,
    ladder_step,
)
from jalur.pathways.new_tasks import new_tasks
from jalur.tables.usertable import cell_text, header_and_rows, is_empty
from jalur.taxonomy.codes import isco_field
from jalur.taxonomy.industry import industries_in_text, industry_fit
from jalur.taxonomy.profile import onet_links, weighted_elements
from jalur.taxonomy.resolve import ESCO_OCCUPATION, Resolution

if TYPE_CHECKING:
    from jalur.pathways.experience import Experience
    from jalur.pathways.roles import Role, RoleSkill

_T = TypeVar("_T")
SAFER_MARGIN = 0.05
PAY_DROP_TOLERATED = 0.10
MIN_GAP = 0.5
HOURS_PER_LEVEL = 40.0
MAX_SKILLS_SHOWN = 8
#: skills to learn per move, at most: the destination's most important gaps (issue 17: a person reads five)
MAX_LEARN = 5
#: an O*NET skill or knowledge area counts as something to learn only where the destination rates it at
#: least this important (O*NET's 1-5 scale; 3 = "important"): a gap in what the job barely uses is noise
IMPORTANT = 3.0
#: O*NET's basic and process skills that every job uses and that say little as "something to learn" for a
#: move (reading, listening, speaking, critical thinking, active learning, learning strategies, monitoring,
#: time management): on the labelled sample (``benchmarks/skills_eval/``, dev half) they were judged
#: relevant only "partly" (2 of 16 "yes"). Writing, mathematics and science stay: they were judged on the job.
GENERIC_SKILLS = frozenset(
    {"2.A.1.a", "2.A.1.b", "2.A.1.d", "2.A.2.a", "2.A.2.b", "2.A.2.c", "2.A.2.d", "2.B.5.a"}
)
#: the part-time pace that turns learning hours into months (hours a week beside a job)
HOURS_PER_WEEK = 10.0
#: the planning range around an hours estimate: the estimate is a midpoint, not a measurement
EFFORT_RANGE = (0.75, 1.5)
#: places kept for the best viable AI-era roles in a default list of moves
ROLE_SLOTS = 3
#: a destination this many O*NET job zones below the origin (link-weighted; half a zone) is a step down,
#: not progress, even within one ISCO-08 skill level (shop cashier → door-to-door seller)
JOB_ZONE_DROP = 0.5
#: AI-era roles whose entry job zone is at most this are open to beginners after short training (kind
#: ``open_entry``), whatever the origin's skills, unless they would be a step down
ENTRY_LEVEL_ZONE = 2
#: AI-era roles whose entry job zone is at least this grow out of a field of work (``in_field``)
SPECIALIST_ZONE = 4
#: AI-era roles a worker is shown as within reach, and entry-level desks shown apart, at most
ROLES_SHOWN = 5
#: long routes (moves behind a degree, licence or appointment) listed apart, at most
MAX_LONG_ROUTES = 5
#: what a move between occupations rests on besides the similarity of task profiles, strongest first: a step on
#: the origin's authored career ladder, a unit group in the origin's ISCO-08 minor group (the classification
#: itself puts the two kinds of work together), or similarity alone. On the dev half of the labelled moves
#: (``benchmarks/paths_eval``) the first two read "plausible" 8 times in 10, similarity alone 3 in 10; so only
#: viable moves with evidence are *suggested* (``Transition.suggested``), the others are shown apart as moves
#: with a weaker link.
EVIDENCE = ("career_ladder", "same_minor_group", "similarity")


@dataclass(frozen=True)
class Exposure:
    mean: float | None
    gradient: str | None
    shares: dict[str, float]
    #: half-width of the mean's 80% range when the mean is a model estimate (None: published ILO figure)
    half: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Transition:
    target: str
    target_title_id: str | None
    target_title_en: str
    kind: list[str]  # viable, safer, desirable, growing (AI-era roles)
    similarity: float
    coverage: float  # how well the origin's skills cover the destination's (0-1, asymmetric)
    views: dict[str, float | None]
    exposure_before: Exposure
    exposure_after: Exposure
    job_zone_before: float | None
    job_zone_after: float | None
    skills_kept: list[dict[str, Any]]
    skills_to_learn: list[dict[str, Any]]
    hours: float | None
    flags: list[str] = field(default_factory=list)
    target_type: str = "occupation"  # occupation (ISCO unit group) | role (AI-era role id)
    # SKKNI targets: a role's units of the skills to learn, or the standards of a destination occupation
    certifications: list[str] = field(default_factory=list)
    certification_details: list[dict[str, Any]] = field(default_factory=list)
    #: for a long route (kind ``long_route``): what the destination needs that courses cannot give —
    #: ``kind`` (licence, degree, appointment), ``requires_id``, ``requires_en``, ``years`` [min, max], ``basis``
    route: dict[str, Any] | None = None
    #: for a step on the origin's authored career ladder (flag ``career_ladder``, ``data/career_ladders.csv``):
    #: ``kind`` (next_rung, specialise, same_field), ``years`` [min, max] of experience, ``note_id``, ``note_en``
    ladder: dict[str, Any] | None = None
    #: the destination's own task statements the origin's tasks do not cover, in its order (at most three):
    #: ``seq``, ``text_id``, ``text_en``, ``novelty`` (``jalur.pathways.new_tasks``)
    tasks_to_learn: list[dict[str, Any]] = field(default_factory=list)
    #: what the move rests on (``EVIDENCE``): ``career_ladder``, ``same_minor_group`` or ``similarity``;
    #: None for an AI-era role and a long route
    evidence: str | None = None

    @property
    def suggested(self) -> bool:
        """A move every face lists first: viable, between occupations, and resting on more than similarity
        (a career-ladder step or the same ISCO minor group). The others are moves with a weaker link."""
        return self.target_type == "occupation" and "viable" in self.kind and self.evidence in EVIDENCE[:2]

    @property
    def effort(self) -> dict[str, Any] | None:
        """The planning estimate as a range (``effort``): what every face shows for this move."""
        return effort(self.hours)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["effort"] = self.effort
        d["suggested"] = self.suggested
        d["exposure_before"] = self.exposure_before.to_dict()
        d["exposure_after"] = self.exposure_after.to_dict()
        return d


@dataclass
class Paths:
    origin: dict[str, Any]
    threshold: float
    transitions: list[Transition]
    flags: list[str] = field(default_factory=list)
    #: moves into occupations that need a degree, licence or appointment the origin lacks: years, not hours
    long_routes: list[Transition] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "origin": self.origin,
            "threshold": self.threshold,
            "transitions": [t.to_dict() for t in self.transitions],
            "long_routes": [t.to_dict() for t in self.long_routes],
            "flags": self.flags,
        }


@dataclass(frozen=True)
class GroupFacts:
    isco: str
    title_id: str | None
    title_en: str
    exposure: Exposure
    job_zone: float | None
    skills: dict[str, dict[str, Any]]  # element id -> importance, level, names
    similar: list[dict[str, Any]] = field(default_factory=list)  # for an O*NET or ESCO input

    def summary(self) -> dict[str, Any]:
        return {
            "isco": self.isco,
            "title_id": self.title_id,
            "title_en": self.title_en,
            "exposure": self.exposure.to_dict(),
            "job_zone": self.job_zone,
        }


def group_exposure(kb: KnowledgeBase, isco: str) -> Exposure:
    """A unit group's exposure: the ILO's published mean and gradient with the shares of its ILO-scored tasks
    (classed by exposure and mode); for a group the ILO does not score (armed forces, some "not elsewhere
    classified" groups, which borrow their O*NET occupations' tasks), the mean and shares of the task
    scorer's stored estimates, with the model's error margin (``half``) so that no move is called safer on
    a gap the model cannot see."""
    o = kb.repo.ilo_occupation(isco)
    tasks = kb.repo.tasks(isco)
    ilo = [(t.score_2025, t.mode) for t in tasks if t.score_2025 is not None]
    if o is not None or ilo:
        shares = class_shares([s for s, _ in ilo if s is not None], [m for _, m in ilo])
        return Exposure(o.mean_2025 if o else None, o.gradient25 if o else None, shares)
    model = [(t.model_score, t.mode) for t in tasks if t.model_score is not None]
    if not model:
        return Exposure(None, None, class_shares([]))
    scores = [s for s, _ in model if s is not None]
    return Exposure(
        round(sum(scores) / len(scores), 3),
        None,
        class_shares(scores, [m for _, m in model]),
        mean_half_width(kb),
    )


def group_facts(kb: KnowledgeBase, isco: str) -> GroupFacts:
    repo = kb.repo
    g = repo.unit_group(isco)
    if g is None:
        raise UnknownOccupation(isco)
    links = onet_links(kb, isco)
    zones = [
        (float(occ.job_zone), w)
        for code, w in links
        if (occ := repo.onet_occupation(code)) is not None and occ.job_zone is not None
    ]
    zone = sum(z * w for z, w in zones) / sum(w for _, w in zones) if zones else None
    skills = {
        e["element_id"]: {**e, "domain": domain}
        for domain in ("skill", "knowledge")
        for e in weighted_elements(kb, links, domain)
        if e["importance"] is not None and e["level"] is not None
    }
    return GroupFacts(
        isco,
        g.title_id,
        g.title_en,
        group_exposure(kb, isco),
        round(zone, 2) if zone is not None else None,
        skills,
    )


def compare_skills(
    origin: GroupFacts, target: GroupFacts
) -> tuple[float, list[dict[str, Any]], list[dict[str, Any]]]:
    """(coverage, skills kept, skills to learn) of a move, from O*NET importance and level."""
    need = have = 0.0
    kept, learn = [], []
    for eid, t in target.skills.items():
        o = origin.skills.get(eid)
        o_level = o["level"] if o else 0.0
        weight = t["importance"] * t["level"]
        need += weight
        have += t["importance"] * min(o_level, t["level"])
        gap = t["level"] - o_level
        item = {
            "element_id": eid,
            "domain": t["domain"],
            "name": t["name"],
            "name_id": t["name_id"],
            "importance": t["importance"],
            "level_needed": t["level"],
            "level_now": round(o_level, 2),
        }
        if o and o.get("from_experience") and gap < MIN_GAP:
            item["from_experience"] = o["from_experience"]
        if gap >= MIN_GAP and t["importance"] >= IMPORTANT:
            if eid not in GENERIC_SKILLS:
                learn.append({**item, "gap": round(gap, 2)})
        elif t["importance"] >= 3.0:
            kept.append(item)
    learn.sort(key=lambda s: (-s["importance"] * s["gap"], s["element_id"]))
    kept.sort(key=lambda s: (-s["importance"], s["element_id"]))
    return (have / need if need else 0.0), kept, learn


def is_safer(before: Exposure, after: Exposure) -> bool:
    uncertain = (before.half or 0.0) + (after.half or 0.0)
    if uncertain:
        # a model estimate: only a gap beyond its error says anything
        return (
            before.mean is not None
            and after.mean is not None
            and round(before.mean - after.mean, 9) >= max(SAFER_MARGIN, uncertain)
        )
    # rounded: 0.60 → 0.55 is a drop of 0.05 although binary floating point makes it 0.0499…
    return (
        before.mean is not None
        and after.mean is not None
        and round(before.mean - after.mean, 9) >= SAFER_MARGIN
    )


@cache
def _role_index() -> dict[str, Any]:
    """The AI-era roles by id (package data: read once per process)."""
    from jalur.pathways.roles import load_roles

    return {r.id: r for r in load_roles()}


def role_transitions(
    kb: KnowledgeBase,
    origin: GroupFacts,
    threshold: float,
    past: Sequence[tuple[str, float]] = (),
) -> list[Transition]:
    """Moves into the AI-era roles, best first: kind ``growing``, plus ``viable`` (score at least the role
    threshold, at most one job-zone step up) or ``open_entry`` (an entry-level role, ``ENTRY_LEVEL_ZONE``,
    that is no step down), and ``safer`` as for occupations. A role whose ``entry`` gate the origin does not
    meet is neither: it carries ``route`` (what it takes, years) and no hours. A role skill counts as kept
    when one of its O*NET links is important (≥ 3) in the origin; the others are to learn, with
    ``HOURS_PER_LEVEL`` x importance / 2.5 planning hours each and their SKKNI units as certification
    targets. ``past``: earlier jobs' unit groups with their credit (``jalur.pathways.experience``); a
    role nearer to one of them, at that credit, takes that score (flag ``via_experience``)."""
    roles = _role_index()
    half = mean_half_width(kb)
    exposure = {
        r.role: Exposure(
            r.mean, r.gradient, {"automate": r.automate, "augment": r.augment, "human": r.human}, half
        )
        for r in kb.repo.role_exposures().values()
    }
    out = []
    best: dict[str, tuple[float, float, float, str | None]] = {}
    for code, cr in [(origin.isco, 1.0), *past]:
        for rid, score, text, near in kb.repo.role_neighbours(code):
            s = cr * float(score)
            if rid not in best or s > best[rid][0]:
                via = None if code == origin.isco else code
                best[rid] = (s, cr * float(text), cr * float(near), via)
    # the origin's qualification or an earlier job's opens a role's entry gate (a former statistician, now a
    # teacher)
    held = [origin.isco, *(code for code, _ in past)]
    for rid, (score, text, near, via) in sorted(best.items(), key=lambda kv: (-kv[1][0], kv[0])):
        role = roles.get(rid)
        if role is None or rid not in exposure:
            continue
        kinds, flags = ["growing"], ["pay_unknown"]
        if via is not None:
            flags.append("via_experience")
        step_up = role.job_zone - origin.job_zone if origin.job_zone is not None else None
        gate = role.entry if role.entry is not None and not any(role.entry.opens(c) for c in held) else None
        kept, learn = _role_skills(role, origin)
        if gate is not None:
            # a research degree no course gives: years, not hours (as a long route into an occupation)
            flags.append(f"needs_{gate.kind}")
        elif (
            score >= threshold
            and (step_up is None or step_up <= 1.0)
            and kept
            and any(in_field(role, c) for c in held)
        ):
            # close in what the work is about, and the worker already holds one of the role's skills: a base
            # to build on (a graphic designer was offered machine learning engineering holding none of it)
            kinds.insert(0, "viable")
        elif (
            role.job_zone <= ENTRY_LEVEL_ZONE
            and role.kind != "ai_augmented"
            and (origin.job_zone is None or role.job_zone > origin.job_zone - JOB_ZONE_DROP)
        ):
            # an entry-level desk (data annotation) hires people from any work after short training: open
            # to this worker though the skills are not close, and never a step down for them. An AI-augmented
            # role is the traditional job done with AI tools (a customer-service agent), open to those who
            # already do that work, not to anyone (a forklift operator: "no" on the dev halves)
            kinds.insert(0, "open_entry")
        elif step_up is not None and step_up > 1.0:
            flags.append("job_zone_step_too_large")
        if is_safer(origin.exposure, exposure[rid]):
            kinds.append("safer")
        certs: list[str] = []
        hours = 0.0
        for sk, _item in learn:
            hours += HOURS_PER_LEVEL * sk.importance / 2.5
            certs.extend(c for c in sk.skkni if c not in certs)
        out.append(
            Transition(
                target=rid,
                target_title_id=role.name_id,
                target_title_en=role.name_en,
                kind=kinds,
                similarity=round(float(score), 4),
                coverage=round(len(kept) / len(role.skills), 3) if role.skills else 0.0,
                views={"role_tasks": round(float(text), 4), "role_isco": round(float(near), 4)},
                exposure_before=origin.exposure,
                exposure_after=exposure[rid],
                job_zone_before=origin.job_zone,
                job_zone_after=float(role.job_zone),
                skills_kept=kept[:MAX_SKILLS_SHOWN],
                skills_to_learn=[item for _sk, item in learn],
                hours=None if gate is not None else round(hours, 0),
                flags=flags,
                target_type="role",
                route=None if gate is None else gate.route(),
                certifications=certs,
                certification_details=[unit_target(kb, c) for c in certs],
            )
        )
    return out


def _role_skills(
    role: Role, origin: GroupFacts
) -> tuple[list[dict[str, Any]], list[tuple[RoleSkill, dict[str, Any]]]]:
    """A role's skills the origin holds (one of its O*NET links important, >= 3, in the origin) and, most
    important first, at most ``MAX_LEARN`` it lacks (with the skill, for hours and certifications); pure."""
    kept: list[dict[str, Any]] = []
    learn: list[tuple[RoleSkill, dict[str, Any]]] = []
    for sk in sorted(role.skills, key=lambda k: (-k.importance, k.name_en)):
        item: dict[str, Any] = {
            "name": sk.name_en,
            "name_id": sk.name_id,
            "importance": sk.importance,
            "links": sk.n_links,
        }
        if any((origin.skills.get(e) or {}).get("importance", 0.0) >= 3.0 for e in sk.onet):
            kept.append(item)
        elif len(learn) < MAX_LEARN:
            learn.append((sk, item))
    return kept, learn


def in_field(role: Role, origin: str) -> bool:
    """Whether a worker in unit group ``origin`` works in the field an AI-era role grows out of: always for a
    role open below ``SPECIALIST_ZONE``; for a specialist role, when the origin shares the field of work
    (``jalur.taxonomy.codes.isco_field``) of one of the unit groups the role is linked to, or, where the
    role file says which work it grows out of (``Role.grows_from``), the origin does that work. On the dev
    halves of the labelled role moves a store manager was offered AI governance and AI compliance
    management ("no": retail operations are not that field); pure."""
    if role.job_zone < SPECIALIST_ZONE:
        return True
    if role.grows_from:
        # the role file says which work it grows out of (AI integration for HR: personnel work or ICT)
        return any(origin.startswith(prefix) for prefix in role.grows_from)
    mine = isco_field(origin)
    return any(isco_field(g.code) == mine for g in role.isco)


def roles_within_reach(roles: Sequence[_T], limit: int = ROLES_SHOWN) -> tuple[list[_T], list[_T]]:
    """The AI-era roles a worker is shown, from ``role_transitions`` best first (``Transition`` objects or
    their documents): those within reach (``viable``: close to the work and resting on a skill the worker
    holds) and, apart, the entry-level desks open to anyone after short training (``open_entry``), at most
    ``limit`` each. On the labelled role moves (``benchmarks/roles_plausible.py``, dev half) an entry-level
    desk for a worker whose work gives no base for it (a driver, a guard, a cook) read "partly" 21 times in
    25, so it is never listed as within reach; pure."""

    def kinds(t: _T) -> Sequence[str]:
        k: Sequence[str] = t.kind if isinstance(t, Transition) else t["kind"]  # type: ignore[index]
        return k

    close = [t for t in roles if "viable" in kinds(t)][:limit]
    entry = [t for t in roles if "open_entry" in kinds(t)][:limit]
    return close, entry


def unit_target(kb: KnowledgeBase, code: str) -> dict[str, Any]:
    """An SKKNI unit as a certification target, with its title and standard when the KB has them."""
    from jalur.pathways.skkni import has_skkni, unit

    u = unit(kb, code) if has_skkni(kb) else None
    return {
        "kind": "unit",
        "code": code,
        "title": u.title if u else None,
        "standard": u.standard if u else None,
    }


def occupation_targets(kb: KnowledgeBase, isco: str) -> dict[str, Any]:
    """The SKKNI standards linked to a unit group (by the matcher, at build time) as certification targets:
    ``certifications`` (decrees) and ``certification_details``."""
    from jalur.pathways.skkni import has_skkni, standards_for_isco

    found = standards_for_isco(kb, isco) if has_skkni(kb) else []
    return {
        "certifications": [s.decree for s in found],
        "certification_details": [
            {
                "kind": "standard",
                "code": s.decree,
                "title": s.title,
                "year": s.year,
                "units": s.unit_count,
                "score": s.score,
            }
            for s in found
        ],
    }


def paths(
    kb: KnowledgeBase,
    res: Resolution,
    *,
    top: int = 10,
    safer_only: bool = False,
    to_roles: bool = False,
    role_slots: int = ROLE_SLOTS,
    wages: Mapping[str, float] | None = None,
    own_skills: str | None = None,
    experience: Experience | None = None,
    industries: Sequence[str] | None = None,
    industry_text: str | None = None,
) -> Paths:
    """The ``top`` best moves from the unit group ``res`` resolved to: viable occupations first, by
    similarity, with up to ``role_slots`` of the best viable AI-era roles at the end (only roles with
    ``to_roles``). ``experience``: earlier jobs (``jalur.pathways.experience.resolve_experience``), whose
    skills and nearest moves count at their credit. ``industries``: the worker's KBLI 2020 divisions (from a
    roster or the user); when None, read from everyday words of ``industry_text`` (default: the query as
    typed, ``res.input``; the web passes the words a worker searched with) ("teller bank" -> 64). Moves
    characteristic of that industry rank higher, moves tied only to other goods-producing industries lower
    (``jalur.taxonomy.industry.industry_fit``)."""
    from jalur.pathways.experience import with_experience

    origin = group_facts(kb, res.isco)
    given = industries is not None
    industry = (
        tuple(industries)
        if industries is not None
        else industries_in_text(industry_text if industry_text is not None else res.input)
    )
    past = [(j.isco, j.credit) for j in experience.jobs if j.isco != res.isco] if experience else []
    if past:
        origin = with_experience(origin, [(group_facts(kb, code), cr) for code, cr in past])
    if res.via in ("onet", "esco"):
        # the input named an occupation inside a unit group: show its own nearest occupations too
        origin = replace(
            origin, similar=similar_occupations(kb, res.matched if res.via == "onet" else res.input)
        )
    meta = kb.repo.pathways_meta()
    threshold = float(meta.get("viable_threshold", 0.0))
    pay = kb.repo.pay_by_major_group()
    roles = [
        t
        for t in role_transitions(kb, origin, float(meta.get("role_viable_threshold", 0.0)), past)
        if not safer_only or "safer" in t.kind
    ]
    if to_roles:
        return _paths(origin, res, threshold, _personalise(roles[:top], own_skills), [], experience)
    out: list[Transition] = []
    long: list[Transition] = []
    hidden: set[str] = set()
    own_tasks = kb.repo.tasks(res.isco)
    for r in _neighbours(kb, res.isco, past):
        if r[0] in exclusions():
            hidden.add("excluded_occupations_removed")
            continue
        if is_lower_rung(res.isco, r[0]):
            # the origin's qualification already covers it (a specialist into general practice, a
            # professional midwife into diploma midwifery): neither a long route nor progress
            hidden.add("lower_rung_of_own_profession_removed")
            continue
        barrier = barrier_between(res.isco, r[0])
        if barrier is None and is_lower_level(res.isco, r[0]):
            hidden.add("lower_skill_level_moves_removed")
            continue
        if barrier is not None and (len(long) >= MAX_LONG_ROUTES or r[1] < threshold):
            # a long route is shown only where the skills are really close (as a viable move would be):
            # a legislator or an air-traffic controller is not a "route" for a content creator
            continue
        target = group_facts(kb, r[0])
        if (
            barrier is None
            and origin.job_zone is not None
            and target.job_zone is not None
            and target.job_zone <= origin.job_zone - JOB_ZONE_DROP
        ):
            hidden.add("lower_job_zone_moves_removed")
            continue
        coverage, kept, learn = compare_skills(origin, target)
        flags: list[str] = ["via_experience"] if r[-1] else []
        if any(r[0] == code for code, _ in past):
            flags.append("previous_occupation")
        kinds: list[str] = []
        step_up = (
            target.job_zone - origin.job_zone
            if target.job_zone is not None and origin.job_zone is not None
            else None
        )
        if step_up is None:
            flags.append("job_zone_unknown")
        step = ladder_step(res.isco, r[0]) if barrier is None else None
        if step is not None:
            flags.append("career_ladder")
        # a career-ladder step is viable on the authored evidence even where task profiles differ (a cashier's
        # next rung, shop supervisor, looks unlike a cashier in O*NET)
        if (r[1] >= threshold or step is not None) and (step_up is None or step_up <= 1.0):
            kinds.append("viable")
        elif step_up is not None and step_up > 1.0:
            flags.append("job_zone_step_too_large")
        if is_safer(origin.exposure, target.exposure):
            kinds.append("safer")
        if target.exposure.mean is None:
            flags.append("no_ilo_score")
        if not target.skills:
            flags.append("target_without_onet_skills")
        if wages is not None and res.isco in wages and r[0] in wages:
            if wages[r[0]] >= wages[res.isco] * (1 - PAY_DROP_TOLERATED):
                kinds.append("desirable")
            else:
                flags.append("pay_falls")
        else:
            flags.append("pay_unknown")
            hint = group_pay_hint(pay, res.isco, r[0])
            if hint is not None:
                flags.append(hint)
        fit = industry_fit(industry, r[0])
        if fit is not None:
            flags.append(f"{fit}_industry")
        if safer_only and "safer" not in kinds:
            continue
        if barrier is not None:
            long.append(long_route(r, target, origin, barrier, coverage, kept, learn, flags))
            continue
        out.append(
            Transition(
                target=r[0],
                target_title_id=target.title_id,
                target_title_en=target.title_en,
                kind=kinds,
                similarity=round(float(r[1]), 4),
                coverage=round(coverage, 3),
                views={
                    k: (round(float(v), 4) if v is not None else None)
                    for k, v in zip(
                        ("tasks", "activities", "skills", "technology", "ilo_tasks"), r[2:7], strict=True
                    )
                },
                exposure_before=origin.exposure,
                exposure_after=target.exposure,
                job_zone_before=origin.job_zone,
                job_zone_after=target.job_zone,
                skills_kept=kept[:MAX_SKILLS_SHOWN],
                skills_to_learn=learn[:MAX_LEARN],
                hours=planning_hours(learn[:MAX_LEARN]) if target.skills and origin.skills else None,
                flags=flags,
                ladder=step.to_dict() if step is not None else None,
                evidence=move_evidence(res.isco, r[0], step is not None),
                **occupation_targets(kb, r[0]),
            )
        )
    # viable moves first; among them the origin's career-ladder steps (in the table's order: the most common
    # step first), then moves within its minor group, then moves on similarity alone; within each by
    # similarity (the stored order), moved up within the worker's industry and down where the destination
    # belongs to other goods-producing industries
    steps = list(career_ladders().get(res.isco, {}))
    out.sort(
        key=lambda t: (
            0 if "viable" in t.kind else 1,
            EVIDENCE.index(t.evidence or EVIDENCE[-1]),
            steps.index(t.target) if "career_ladder" in t.flags else len(steps),
            -_ranking_score(t),
        )
    )
    growing = [t for t in roles if "viable" in t.kind][: min(role_slots, max(1, top // 3))]
    moves = _personalise(out[: top - len(growing)] + growing, own_skills)
    for t in moves:  # only the moves shown: each compares two task lists
        if t.target_type == "occupation":
            t.tasks_to_learn = new_tasks(own_tasks, kb.repo.tasks(t.target))
    found = _paths(origin, res, threshold, moves, sorted(hidden), experience)
    found.long_routes = long
    if industry:
        found.origin["industry"] = {"kbli": list(industry), "source": "given" if given else "query"}
    return found


def move_evidence(origin: str, target: str, ladder_step: bool) -> str:
    """What a move between two ISCO-08 unit groups rests on besides similarity (``EVIDENCE``); pure."""
    if ladder_step:
        return "career_ladder"
    return "same_minor_group" if origin[:3] == target[:3] else "similarity"


def group_pay_hint(pay: Mapping[str, tuple[float, int]], origin: str, target: str) -> str | None:
    """Relative pay of a move between ISCO-08 major groups from the Sakernas 2020 Jambi medians: flag
    ``pay_lower_in_survey`` when the destination's group earns at least ``PAY_DROP_TOLERATED`` less,
    ``pay_not_lower_in_survey`` otherwise; None within one major group (the survey says nothing there) or
    without figures. A hint for one province, shown beside ``pay_unknown`` — never a wage table."""
    a, b = pay.get(origin[:1]), pay.get(target[:1])
    if a is None or b is None or origin[:1] == target[:1]:
        return None
    return "pay_lower_in_survey" if b[0] < a[0] * (1 - PAY_DROP_TOLERATED) else "pay_not_lower_in_survey"


def _ranking_score(t: Transition) -> float:
    # the survey pay hint is a flag only: moving such moves down gained nothing on the dev half (weights
    # 0.03-0.1: strict 0.45 -> 0.45 / 0.43)
    shift = {"same_industry": INDUSTRY_WEIGHT, "other_industry": -INDUSTRY_WEIGHT}
    return t.similarity + sum(shift.get(f, 0.0) for f in t.flags)


def long_route(
    r: tuple[Any, ...],
    target: GroupFacts,
    origin: GroupFacts,
    barrier: Barrier,
    coverage: float,
    kept: list[dict[str, Any]],
    learn: list[dict[str, Any]],
    flags: list[str],
) -> Transition:
    """A move into a group behind a barrier: shown apart, with years and what it takes, no course hours."""
    return Transition(
        target=r[0],
        target_title_id=target.title_id,
        target_title_en=target.title_en,
        kind=["long_route"],
        similarity=round(float(r[1]), 4),
        coverage=round(coverage, 3),
        views={},
        exposure_before=origin.exposure,
        exposure_after=target.exposure,
        job_zone_before=origin.job_zone,
        job_zone_after=target.job_zone,
        skills_kept=kept[:MAX_SKILLS_SHOWN],
        skills_to_learn=learn[:MAX_LEARN],
        hours=None,
        flags=[*flags, f"needs_{barrier.kind}"],
        route=barrier.route(),
    )


def _neighbours(kb: KnowledgeBase, isco: str, past: Sequence[tuple[str, float]]) -> list[tuple[Any, ...]]:
    """Stored nearest groups of ``isco`` (score, views), joined by those of earlier jobs at their credit;
    the best score per target wins, best first. The last field names the earlier job it came from."""
    best: dict[str, tuple[Any, ...]] = {r[0]: (*r, None) for r in kb.repo.isco_neighbours(isco)}
    for code, cr in past:
        for r in kb.repo.isco_neighbours(code):
            if r[0] == isco:
                continue
            scaled = (r[0], *(None if v is None else cr * float(v) for v in r[1:]), code)
            if r[0] not in best or scaled[1] > best[r[0]][1]:
                best[r[0]] = scaled
    return sorted(best.values(), key=lambda r: (-float(r[1]), r[0]))


def _personalise(moves: list[Transition], own_skills: str | None) -> list[Transition]:
    """Skills the worker says they have (free text, either language) are kept, not to learn."""
    from jalur.pathways.plan import has_skill, personal_skill_words

    mine = personal_skill_words(own_skills)
    if not mine:
        return moves
    for t in moves:
        had = [s for s in t.skills_to_learn if has_skill(s, mine)]
        if had:
            t.skills_to_learn = [s for s in t.skills_to_learn if s not in had]
            t.skills_kept = [*had, *t.skills_kept]
            if t.hours is not None:
                t.hours = planning_hours(t.skills_to_learn)
        t.flags.append("personalised")
    return moves


def planning_hours(skills: Sequence[dict[str, Any]]) -> float:
    """The planning hours of a list of skills to learn (the one rule every face shows)."""
    return round(sum(_hours_of(s) for s in skills), 0)


def effort(hours: float | None) -> dict[str, Any] | None:
    """A planning estimate of learning hours as an honest range: ``hours`` (the midpoint every face shows
    the same), ``range`` [low, high] hours (``EFFORT_RANGE``, to the nearest 10), and ``months`` [low,
    high] at ``HOURS_PER_WEEK`` beside a job (whole months, at least 1), with ``hours_per_week``."""
    if hours is None:
        return None
    if hours <= 0:
        return {"hours": 0.0, "range": [0, 0], "months": [0, 0], "hours_per_week": HOURS_PER_WEEK}
    lo, hi = (max(10, round(hours * f / 10) * 10) for f in EFFORT_RANGE)
    per_month = HOURS_PER_WEEK * 52 / 12
    return {
        "hours": round(hours, 0),
        "range": [lo, hi],
        "months": [max(1, round(lo / per_month)), max(1, math.ceil(hi / per_month))],
        "hours_per_week": HOURS_PER_WEEK,
    }


def _hours_of(skill: dict[str, Any]) -> float:
    """The planning hours a skill to learn stands for (see the module docstring)."""
    if "gap" in skill:
        return float(skill["gap"]) * HOURS_PER_LEVEL
    return HOURS_PER_LEVEL * float(skill["importance"]) / 2.5


def read_wage_table(path: Path) -> dict[str, float]:
    """A wage table (CSV or XLSX, ``jalur.tables.usertable``): an occupation code column (``code``/``kode``/
    ``isco``/``kbji``) and a pay column (``wage``/``upah``/``gaji``/``pay``/``salary``), e.g. monthly
    rupiah; only ratios between codes are used. Bad rows are refused with their numbers."""
    header, rows = header_and_rows(path)
    code = next((header.index(f) for f in ("code", "kode", "isco", "kbji") if f in header), None)
    pay = next((header.index(f) for f in ("wage", "upah", "gaji", "pay", "salary") if f in header), None)
    if code is None or pay is None:
        raise JalurError("error.wage_columns", path=str(path))
    out: dict[str, float] = {}
    bad = []
    for n, cells in rows:
        if all(is_empty(c) for c in cells):
            continue
        key = cell_text(cells[code]) if code < len(cells) else ""
        try:
            value = float(cell_text(cells[pay]).replace(",", "")) if pay < len(cells) else float("nan")
        except ValueError:
            value = float("nan")
        if not key or not value > 0:
            bad.append(str(n))
            continue
        out[key] = value
    if bad:
        raise JalurError("error.wage_rows", path=str(path), rows=", ".join(bad[:50]))
    return out


def _paths(
    origin: GroupFacts,
    res: Resolution,
    threshold: float,
    moves: list[Transition],
    flags: list[str],
    experience: Experience | None = None,
) -> Paths:
    if not origin.skills:
        flags.append("origin_without_onet_skills")
    if experience is not None and experience.unmatched:
        flags.append("experience_not_matched")
    extra = {"experience": experience.to_dict()} if experience is not None else {}
    return Paths(
        origin={**origin.summary(), "query": res.to_dict(), "similar_occupations": origin.similar, **extra},
        threshold=round(threshold, 4),
        transitions=moves,
        flags=flags,
    )


def similar_occupations(kb: KnowledgeBase, code: str, top: int = 10) -> list[dict[str, Any]]:
    """The nearest occupations of an O*NET-SOC code or an ESCO occupation URI within its own
    classification (stored at build time), with titles."""
    if code.startswith(ESCO_OCCUPATION):
        return [
            {"code": n.target, "title": n.label, "isco": n.isco, "similarity": round(float(n.score), 4)}
            for n in kb.repo.esco_neighbours(code, top)
        ]
    return [
        {"code": n.target, "title": n.title, "similarity": round(float(n.score), 4)}
        for n in kb.repo.onet_neighbours(code, top)
    ]
