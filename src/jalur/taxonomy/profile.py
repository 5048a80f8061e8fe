"""The bilingual profile of one ISCO-08 unit group: titles and description, tasks in English and
Indonesian with their ILO 2025 scores, KBJI job titles, linked O*NET and ESCO occupations, skills,
knowledge, technology, job zone, education, every exposure index with its source and aggregation rule, and
data-quality flags. The JSON form (``Profile.to_dict``) is a public interface: docs/cli.md."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from jalur.errors import UnknownOccupation
from jalur.kb.provenance import ESCO, ILO_EXPOSURE, ISCO, KBJI, ONET
from jalur.kb.read import KnowledgeBase
from jalur.taxonomy.resolve import Resolution


def indices_for(kb: KnowledgeBase, isco: str) -> list[dict[str, Any]]:
    """Every exposure / automation index brought to this unit group: value, how many native codes fed
    it, coverage, data-quality flags, and the index's label, source, version, scale and aggregation rule."""
    indices: list[dict[str, Any]] = [ix._asdict() for ix in kb.repo.isco_indices(isco)]
    for ix in indices:
        ix["value"] = round(ix["value"], 4)
        ix["flags"] = [f for f in (ix["flags"] or "").split(",") if f]
        source = kb.repo.source(ix["source"])
        ix["version"] = source.version if source else None
    return indices


def sources_for(kb: KnowledgeBase, ids: set[str]) -> list[dict[str, Any]]:
    """Version, licence and attribution of the given sources (read from the knowledge base), sorted by id."""
    return [
        {"id": s.id, "version": s.version, "licence": s.licence, "attribution": s.attribution}
        for s in kb.repo.provenance(ids)
    ]


@dataclass
class Profile:
    isco: str
    title_id: str | None
    title_en: str
    description_id: str | None
    description_en: str | None
    major_group: dict[str, Any]
    query: dict[str, Any]
    kbji: list[dict[str, Any]]
    kbji_jobs: list[dict[str, Any]]
    examples: dict[str, list[str]]
    tasks: list[dict[str, Any]]
    ilo: dict[str, Any] | None
    onet: list[dict[str, Any]]
    esco: list[dict[str, Any]]
    skills: list[dict[str, Any]]
    knowledge: list[dict[str, Any]]
    esco_skills: list[dict[str, Any]]
    technology: list[dict[str, Any]]
    job_zone: dict[str, Any] | None
    education: list[dict[str, Any]]
    indices: list[dict[str, Any]]
    flags: list[str] = field(default_factory=list)
    sources: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def onet_links(kb: KnowledgeBase, isco: str) -> list[tuple[str, float]]:
    """O*NET occupations of an ISCO group with their share of the group (weights sum to 1)."""
    return [(r.to_code, float(r.weight)) for r in kb.repo.links_from("isco", isco, "onet", source="chain")]


def weighted_elements(
    kb: KnowledgeBase, onet: list[tuple[str, float]], domain: str, top: int | None = None
) -> list[dict[str, Any]]:
    """O*NET skill or knowledge ratings of an ISCO group: for each element, the link-weighted mean over the
    group's O*NET occupations that rate it. Top ``top`` by importance, names in English and Indonesian."""
    if not onet:
        return []
    weights = dict(onet)
    acc: dict[str, list[float]] = {}
    names: dict[str, tuple[str, str]] = {}
    for r in kb.repo.onet_ratings(domain, list(weights)):
        w = weights[r.onet_code]
        names[r.element_id] = (r.name_en, r.name_id)
        a = acc.setdefault(r.element_id, [0.0, 0.0, 0.0, 0.0])
        if r.importance is not None:
            a[0] += w * r.importance
            a[1] += w
        if r.level is not None:
            a[2] += w * r.level
            a[3] += w
    out: list[dict[str, Any]] = [
        {
            "element_id": element,
            "name": names[element][0],
            "name_id": names[element][1],
            "importance": round(a[0] / a[1], 2) if a[1] else None,
            "level": round(a[2] / a[3], 2) if a[3] else None,
        }
        for element, a in acc.items()
    ]
    out.sort(key=lambda d: (-(d["importance"] or 0), d["element_id"]))
    return out if top is None else out[:top]


def _technology(kb: KnowledgeBase, onet: list[tuple[str, float]], top: int) -> list[dict[str, Any]]:
    """Technology skills of an ISCO group: ``share`` is the link weight of the group's O*NET occupations
    that name the technology (0-1), so an occupation with a small share in the group counts little."""
    if not onet:
        return []
    weights = dict(onet)
    acc: dict[str, dict[str, Any]] = {}
    for code, example, hot, in_demand in kb.repo.onet_technology(list(weights)):
        a = acc.setdefault(
            example, {"name": example, "hot": False, "in_demand": False, "share": 0.0, "n_onet": 0}
        )
        a["hot"] |= bool(hot)
        a["in_demand"] |= bool(in_demand)
        a["share"] += weights[code]
        a["n_onet"] += 1
    out = sorted(
        acc.values(), key=lambda a: (-round(a["share"], 6), not a["in_demand"], not a["hot"], a["name"])
    )
    for a in out:
        a["share"] = round(a["share"], 4)
    return out[:top]


def profile(kb: KnowledgeBase, res: Resolution, *, top: int = 10) -> Profile:
    repo = kb.repo
    isco = res.isco
    g = repo.group(isco)
    if g is None:
        raise UnknownOccupation(isco)
    flags = list(res.flags)
    major = repo.group(isco[0])
    kbji = [
        dict(code=r.to_code, relation=r.relation, weight=r.weight, note=r.note)
        for r in sorted(repo.links_from("isco", isco, "kbji"), key=lambda link: link.to_code)
    ]
    if not kbji:
        flags.append("no_kbji_twin")
    jobs = [dict(code=j.code, title_id=j.title_id, residual=j.residual) for j in repo.kbji_jobs_of_isco(isco)]
    examples: dict[str, list[str]] = {"id": [], "en": []}
    for e in repo.examples(isco):
        examples[e.lang].append(e.title)

    tasks: list[dict[str, Any]] = []
    for t in repo.tasks(isco):
        tasks.append(
            {
                "seq": t.seq,
                "text_en": t.text_en,
                "text_id": t.text_id,
                "score_2025": t.score_2025,
                "score_2023": t.score_2023,
                "source_en": t.text_en_source,
                "ilo_task_id": t.ilo_task_id,
                "alignment": {"method": t.align_method, "score": t.align_score},
            }
        )
    if not tasks:
        flags.append("no_tasks")
    elif not any(t["score_2025"] is not None for t in tasks):
        flags.append("no_ilo_task_scores")
    if tasks and not any(t["text_id"] for t in tasks):
        flags.append("no_indonesian_tasks")
    if any(t["alignment"]["method"] == "none" for t in tasks):
        flags.append("tasks_partly_unaligned")

    o = repo.ilo_occupation(isco)
    ilo = None
    if o:
        figures = o._asdict()
        ilo = {
            k: figures[k]
            for k in (
                "mean_2025",
                "sd_2025",
                "mean_2023",
                "sd_2023",
                "potential25",
                "gradient25",
                "potential23",
                "potential23_key",
                "n_tasks",
            )
        }
        ilo["source"] = ILO_EXPOSURE

    links = onet_links(kb, isco)
    onet: list[dict[str, Any]] = []
    for code, w in links:
        occ = repo.onet_occupation(code)
        onet.append(
            {
                "code": code,
                "title": occ.title if occ else None,
                "job_zone": occ.job_zone if occ else None,
                "weight": round(w, 4),
            }
        )
    if not onet:
        flags.append("no_onet_link")
    elif len(onet) > 1:
        flags.append("onet_figures_are_link_weighted_means")

    esco = [{"uri": e.uri, "label": e.label} for e in repo.esco_occupations_of_isco(isco)]
    esco_skills = [
        {"label": s.label, "n_occupations": s.n_occupations, "uri": s.uri}
        for s in repo.esco_essential_skills(isco, top)
    ]
    if not esco_skills:
        flags.append("no_esco_skills")

    technology = _technology(kb, links, top)
    zones: list[tuple[int, float]] = [
        (int(o_["job_zone"]), float(o_["weight"])) for o_ in onet if o_["job_zone"] is not None
    ]
    job_zone = None
    if zones:
        job_zone = {
            "min": min(z for z, _ in zones),
            "max": max(z for z, _ in zones),
            "weighted_mean": round(sum(z * w for z, w in zones) / sum(w for _, w in zones), 2),
            "source": ONET,
        }
    education = []
    if links:
        weights = dict(links)
        acc: dict[tuple[int, str], float] = {}
        tot = 0.0
        seen = set()
        for r in repo.onet_education(list(weights)):
            acc[(r.category, r.label)] = acc.get((r.category, r.label), 0.0) + weights[r.onet_code] * r.pct
            if r.onet_code not in seen:
                seen.add(r.onet_code)
                tot += weights[r.onet_code]
        education = [
            {"category": c, "label": lab, "pct": round(v / tot, 1)}
            for (c, lab), v in sorted(acc.items())
            if tot and v / tot >= 1.0
        ]

    indices = indices_for(kb, isco)
    sources = sources_for(
        kb,
        {ISCO, KBJI, ILO_EXPOSURE}
        | {ix["source"] for ix in indices}
        | ({ONET} if onet else set())
        | ({ESCO} if esco else set()),
    )
    return Profile(
        isco=isco,
        title_id=g.title_id,
        title_en=g.title_en,
        description_id=g.description_id,
        description_en=g.description_en,
        major_group={"code": major.code, "title_id": major.title_id, "title_en": major.title_en}
        if major
        else {},
        query=res.to_dict(),
        kbji=kbji,
        kbji_jobs=jobs,
        examples=examples,
        tasks=tasks,
        ilo=ilo,
        onet=onet,
        esco=esco,
        skills=weighted_elements(kb, links, "skill", top),
        knowledge=weighted_elements(kb, links, "knowledge", top),
        esco_skills=esco_skills,
        technology=technology,
        job_zone=job_zone,
        education=education,
        indices=indices,
        flags=sorted(set(flags)),
        sources=sources,
    )
