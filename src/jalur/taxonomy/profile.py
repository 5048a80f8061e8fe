"""The bilingual profile of one ISCO-08 unit group: titles and description, tasks in English and
Indonesian with their ILO 2025 scores, KBJI job titles, linked O*NET and ESCO occupations, skills,
knowledge, technology, job zone, education, every exposure index with its source and aggregation rule, and
data-quality flags. The JSON form (``Profile.to_dict``) is a public interface: docs/cli.md."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from jalur.errors import UnknownOccupation
from jalur.kb.read import KnowledgeBase
from jalur.taxonomy.resolve import Resolution


def indices_for(kb: KnowledgeBase, isco: str) -> list[dict[str, Any]]:
    """Every exposure / automation index brought to this unit group: value, how many native codes fed
    it, coverage, data-quality flags, and the index's label, source, version, scale and aggregation rule."""
    indices = [
        dict(r)
        for r in kb.rows(
            "SELECT m.id, m.label_id, m.label_en, m.source, m.scheme, m.scale, m.higher_means, m.rule, "
            "i.value, i.n_native, i.coverage, i.flags FROM index_isco i JOIN index_meta m ON m.id = i.index_id "
            "WHERE i.isco = ? ORDER BY m.id",
            (isco,),
        )
    ]
    versions = {r["id"]: dict(r) for r in kb.sources()}
    for ix in indices:
        ix["value"] = round(ix["value"], 4)
        ix["flags"] = [f for f in (ix["flags"] or "").split(",") if f]
        ix["version"] = versions.get(ix["source"], {}).get("version")
    return indices


def sources_for(kb: KnowledgeBase, ids: set[str]) -> list[dict[str, Any]]:
    """Version, licence and attribution of the given sources, sorted by id."""
    versions = {r["id"]: dict(r) for r in kb.sources()}
    return [
        {
            "id": s,
            "version": versions[s]["version"],
            "licence": versions[s]["licence"],
            "attribution": versions[s]["attribution"],
        }
        for s in sorted(ids)
        if s in versions
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
    rows = kb.rows(
        "SELECT to_code, weight FROM link WHERE from_scheme = 'isco' AND from_code = ? "
        "AND to_scheme = 'onet' AND source = 'chain' ORDER BY weight DESC, to_code",
        (isco,),
    )
    return [(r[0], float(r[1])) for r in rows]


def weighted_elements(
    kb: KnowledgeBase, onet: list[tuple[str, float]], domain: str, top: int | None = None
) -> list[dict[str, Any]]:
    """O*NET skill or knowledge ratings of an ISCO group: for each element, the link-weighted mean over the
    group's O*NET occupations that rate it. Top ``top`` by importance, names in English and Indonesian."""
    if not onet:
        return []
    weights = dict(onet)
    marks = ",".join("?" * len(weights))
    acc: dict[str, list[float]] = {}
    names: dict[str, tuple[str, str]] = {}
    for r in kb.rows(
        f"SELECT e.onet_code, e.element_id, n.name_en, n.name_id, e.importance, e.level FROM onet_element e "
        f"JOIN onet_element_name n ON n.element_id = e.element_id "
        f"WHERE e.domain = ? AND e.onet_code IN ({marks})",
        (domain, *weights),
    ):
        w = weights[r[0]]
        names[r[1]] = (r[2], r[3])
        a = acc.setdefault(r[1], [0.0, 0.0, 0.0, 0.0])
        if r[4] is not None:
            a[0] += w * r[4]
            a[1] += w
        if r[5] is not None:
            a[2] += w * r[5]
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
    for code, example, hot, in_demand in kb.rows(
        f"SELECT DISTINCT onet_code, example, hot, in_demand FROM onet_technology "
        f"WHERE onet_code IN ({','.join('?' * len(weights))})",
        tuple(weights),
    ):
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
    isco = res.isco
    g = kb.one("SELECT * FROM isco_group WHERE code = ?", (isco,))
    if g is None:
        raise UnknownOccupation(isco)
    flags = list(res.flags)
    major = kb.one("SELECT code, title_id, title_en FROM isco_group WHERE code = ?", (isco[0],))
    kbji = [
        dict(code=r[0], relation=r[1], weight=r[2], note=r[3])
        for r in kb.rows(
            "SELECT to_code, relation, weight, note FROM link WHERE from_scheme = 'isco' AND from_code = ? "
            "AND to_scheme = 'kbji' ORDER BY to_code",
            (isco,),
        )
    ]
    if not kbji:
        flags.append("no_kbji_twin")
    jobs = [
        dict(code=r[0], title_id=r[1], residual=bool(r[2]))
        for r in kb.rows(
            "SELECT j.code, j.title_id, j.residual FROM kbji_job j JOIN link l ON l.to_scheme = 'kbji' "
            "AND l.to_code = j.unit_group WHERE l.from_scheme = 'isco' AND l.from_code = ? ORDER BY j.code",
            (isco,),
        )
    ]
    examples: dict[str, list[str]] = {"id": [], "en": []}
    for r in kb.rows("SELECT lang, title FROM occupation_example WHERE isco = ? ORDER BY rowid", (isco,)):
        examples[r[0]].append(r[1])

    tasks = []
    for r in kb.rows("SELECT * FROM task WHERE isco = ? ORDER BY seq", (isco,)):
        tasks.append(
            {
                "seq": r["seq"],
                "text_en": r["text_en"],
                "text_id": r["text_id"],
                "score_2025": r["score_2025"],
                "score_2023": r["score_2023"],
                "source_en": r["text_en_source"],
                "ilo_task_id": r["ilo_task_id"],
                "alignment": {"method": r["align_method"], "score": r["align_score"]},
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

    o = kb.one("SELECT * FROM ilo_occupation WHERE isco = ?", (isco,))
    ilo = None
    if o:
        ilo = {
            k: o[k]
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
        ilo["source"] = "ilo-genai-exposure-2025"

    links = onet_links(kb, isco)
    onet: list[dict[str, Any]] = []
    for code, w in links:
        occ = kb.one("SELECT title, job_zone FROM onet_occupation WHERE code = ?", (code,))
        onet.append(
            {
                "code": code,
                "title": occ[0] if occ else None,
                "job_zone": occ[1] if occ else None,
                "weight": round(w, 4),
            }
        )
    if not onet:
        flags.append("no_onet_link")
    elif len(onet) > 1:
        flags.append("onet_figures_are_link_weighted_means")

    esco = [
        {"uri": r[0], "label": r[1]}
        for r in kb.rows("SELECT uri, label FROM esco_occupation WHERE isco = ? ORDER BY label", (isco,))
    ]
    esco_skills = [
        {"label": r[0], "n_occupations": r[1], "uri": r[2]}
        for r in kb.rows(
            "SELECT s.skill_label, COUNT(DISTINCT s.occupation_uri) AS n, MIN(s.skill_uri) FROM esco_occupation_skill s "
            "JOIN esco_occupation o ON o.uri = s.occupation_uri WHERE o.isco = ? AND s.relation = 'essential' "
            "GROUP BY s.skill_label ORDER BY n DESC, s.skill_label LIMIT ?",
            (isco, top),
        )
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
            "source": "onet-29.2-xlsx",
        }
    education = []
    if links:
        weights = dict(links)
        acc: dict[tuple[int, str], float] = {}
        tot = 0.0
        seen = set()
        for r in kb.rows(
            f"SELECT onet_code, category, label, pct FROM onet_education WHERE onet_code IN "
            f"({','.join('?' * len(weights))})",
            tuple(weights),
        ):
            acc[(r[1], r[2])] = acc.get((r[1], r[2]), 0.0) + weights[r[0]] * r[3]
            if r[0] not in seen:
                seen.add(r[0])
                tot += weights[r[0]]
        education = [
            {"category": c, "label": lab, "pct": round(v / tot, 1)}
            for (c, lab), v in sorted(acc.items())
            if tot and v / tot >= 1.0
        ]

    indices = indices_for(kb, isco)
    sources = sources_for(
        kb,
        {"isco-08", "kbji-2014-kbli-2020", "ilo-genai-exposure-2025"}
        | {ix["source"] for ix in indices}
        | ({"onet-29.2-xlsx"} if onet else set())
        | ({"esco-1.2.0"} if esco else set()),
    )
    return Profile(
        isco=isco,
        title_id=g["title_id"],
        title_en=g["title_en"],
        description_id=g["description_id"],
        description_en=g["description_en"],
        major_group={"code": major[0], "title_id": major[1], "title_en": major[2]} if major else {},
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
