"""Build the toy knowledge base of the unit tests from ``occupations.yaml`` (authored by the project).

The toy KB has the full KB's schema (every build step's tables) but 25 unit groups and invented content,
so each engine's unit tests run in seconds without the public data. The rows the public-data steps would
read from raw files (taxonomy, O*NET, crosswalk, ESCO, indices) are written straight from the fixture;
the derived steps run the real code on them: the task scorer is fitted (``TaskScorer.fit``), the matcher's
documents, embeddings and index are built (``jalur.ingest.steps.match``), and so are the pathways
similarities and the coverage figures. The real authored data (lexicon entries of toy groups, AI-era
roles) is used as is.

Sources: the ``source`` table names the same source ids as the real KB, so provenance code works, but
with the version "toy fixture" and the licence of invented test data: nothing in the toy KB is a real
figure.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import yaml

from jalur.authored import lexicon_rows
from jalur.exposure.scorer import Observed, TaskScorer
from jalur.ingest.build import STEPS, BuildContext, step_module
from jalur.ingest.schema import CORE_SCHEMA
from jalur.ingest.sources.base import get_source
from jalur.ingest.steps.indices import index_specs
from jalur.ingest.steps.taxonomy import TASK_COLUMNS
from jalur.kb.provenance import ANTHROPIC_AUTOMATION

FIXTURE = Path(__file__).with_name("occupations.yaml")
TOY_VERSION = "toy fixture (tests/toykb/occupations.yaml)"
TOY_LICENCE = "Invented test data written by the Jalur project; not a real figure"
SOURCES = (
    "isco-08",
    "kbji-2014-kbli-2020",
    "ilo-genai-exposure-2025",
    "onet-29.2-xlsx",
    "esco-1.2.0",
    "eloundou-gpts-are-gpts",
    "felten-aioe",
    "frey-osborne-2013",
    "anthropic-economic-index",
    "sakernas-2020-jambi",
)
ILO = "ilo-genai-exposure-2025"
ESCO = "esco-1.2.0"
_GRADIENT = {
    "none": ("Not Exposed", "not_exposed", "Not affected", "not_affected"),
    "aug": ("Minimal Exposure", "minimal", "Augmentation Potential", "augmentation"),
    "g1": ("Exposed: Gradient 1", "g1", "Augmentation Potential", "augmentation"),
    "g2": ("Exposed: Gradient 2", "g2", "Augmentation Potential", "augmentation"),
    "g3": ("Exposed: Gradient 3", "g3", "Automation Potential", "automation"),
    "g4": ("Exposed: Gradient 4", "g4", "Automation Potential", "automation"),
}


def load_fixture(path: Path = FIXTURE) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


def esco_occ_uri(isco: str) -> str:
    return f"http://data.europa.eu/esco/occupation/toy-{isco}"


def esco_skill_uri(key: str) -> str:
    return f"http://data.europa.eu/esco/skill/toy-{key}"


def build_toy(path: Path, fixture: Path = FIXTURE) -> Path:
    """Write the toy knowledge base to ``path`` (replaced if present) and its manifest beside it."""
    spec = load_fixture(fixture)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".building")
    tmp.unlink(missing_ok=True)
    conn = sqlite3.connect(tmp)
    ctx = BuildContext(conn=conn, data_dir=path.parent)
    conn.executescript(CORE_SCHEMA)
    for name in STEPS:
        conn.executescript(step_module(name).SCHEMA)
    _taxonomy(ctx, spec)
    _onet(ctx, spec)
    _esco(ctx, spec)
    _indices(ctx, spec)
    _pay(ctx)
    step_module("borrowed").load(ctx)
    _scorer(ctx, spec)
    codes = set(spec["groups"])
    step_module("match").load(ctx, lexicon=_lexicon(spec, codes))
    step_module("pathways").load(ctx)
    step_module("quality").load(ctx)
    ctx.insert(
        "source",
        ["id", "title", "publisher", "version", "licence", "attribution", "official"],
        [
            (s.id, s.title, s.publisher, TOY_VERSION, TOY_LICENCE, s.attribution, s.official)
            for s in (get_source(sid) for sid in SOURCES)
        ],
    )
    ctx.insert(
        "meta",
        ["key", "value"],
        [("schema_version", "1"), ("jalur_version", "toy"), ("stats", json.dumps(ctx.stats, sort_keys=True))],
    )
    conn.commit()
    conn.close()
    tmp.replace(path)
    return path


def _taxonomy(ctx: BuildContext, spec: dict[str, Any]) -> None:
    groups: list[tuple[Any, ...]] = []
    kbji_groups: list[tuple[Any, ...]] = []
    for level, key in ((1, "majors"), (2, "submajors"), (3, "minors")):
        for code, (en, id_) in spec[key].items():
            parent = code[:-1] if level > 1 else None
            desc_en = f"{en} do the work of this toy group."
            desc_id = f"{id_} melakukan pekerjaan kelompok contoh ini."
            groups.append((code, level, parent, en, id_, "kbji", desc_en, desc_id))
            kbji_groups.append((code, level, parent, id_, desc_id))
    jobs, examples, tasks, ilo, links = [], [], [], [], []
    for code, g in spec["groups"].items():
        desc_en = f"{g['en']} " + "; ".join(t[0].lower() for t in g["tasks"]) + "."
        desc_id = f"{g['id']} " + "; ".join(t[1].lower() for t in g["tasks"]) + "."
        groups.append((code, 4, code[:3], g["en"], g["id"], "kbji", desc_en, desc_id))
        kbji_groups.append((code, 4, code[:3], g["id"], desc_id))
        links += [
            ("isco", code, "kbji", code, 1.0, "identical", "jalur", "same code in KBJI 2014 and ISCO-08"),
            ("kbji", code, "isco", code, 1.0, "identical", "jalur", "same code in KBJI 2014 and ISCO-08"),
        ]
        for suffix, title in g["jobs"]:
            jobs.append((f"{code}.{suffix}", code, title, f"{title} bekerja sebagai {g['id'].lower()}.", 0))
        for lang, title in g["examples"]:
            examples.append((code, lang, title, ESCO if lang == "en" else "kbji-2014-kbli-2020"))
        for seq, (en, id_, score) in enumerate(g["tasks"], start=1):
            item = "abcdefgh"[seq - 1]
            tasks.append(
                (
                    code,
                    seq,
                    en,
                    ILO,
                    seq,
                    float(score),
                    min(1.0, float(score) + 0.05),
                    id_,
                    item,
                    "order",
                    0.5,
                )
            )
        mean, sd, key = g["ilo"]
        p25, g25, p23, k23 = _GRADIENT[key]
        ilo.append((code, g["en"], mean, sd, min(1.0, mean + 0.05), sd, p25, p23, g25, k23, len(g["tasks"])))
    ctx.insert(
        "isco_group",
        [
            "code",
            "level",
            "parent",
            "title_en",
            "title_id",
            "title_id_source",
            "description_en",
            "description_id",
        ],
        groups,
    )
    ctx.insert("kbji_group", ["code", "level", "parent", "title_id", "description_id"], kbji_groups)
    ctx.insert("kbji_job", ["code", "unit_group", "title_id", "description_id", "residual"], jobs)
    ctx.insert("occupation_example", ["isco", "lang", "title", "source"], examples)
    ctx.insert("task", TASK_COLUMNS, tasks)
    ctx.insert(
        "ilo_occupation",
        [
            "isco",
            "title_en",
            "mean_2025",
            "sd_2025",
            "mean_2023",
            "sd_2023",
            "potential25",
            "potential23",
            "gradient25",
            "potential23_key",
            "n_tasks",
        ],
        ilo,
    )
    _insert_links(ctx, links)


def _insert_links(ctx: BuildContext, links: list[tuple[Any, ...]]) -> None:
    ctx.insert(
        "link",
        ["from_scheme", "from_code", "to_scheme", "to_code", "weight", "relation", "source", "note"],
        links,
    )


def _onet(ctx: BuildContext, spec: dict[str, Any]) -> None:
    elements = spec["elements"]
    occs: dict[str, tuple[Any, ...]] = {}
    homes: dict[str, list[str]] = {}
    tasks, titles, ratings, related, task_dwa, tech, education = {}, set(), {}, set(), set(), set(), {}
    task_id = 1000
    for isco, g in spec["groups"].items():
        o = g["onet"]
        code = o["code"]
        homes.setdefault(code, []).append(isco)
        if code in occs:
            continue
        occs[code] = (code, o["title"], f"{o['title']} work in the toy group {g['en'].lower()}.", o["zone"])
        for alt in o["alt"]:
            titles.add((code, alt, "alternate", None))
        for text, _label in o["tasks"]:
            task_id += 1
            tasks[(code, task_id)] = (code, task_id, text, "Core")
            for a in o["activities"]:
                task_dwa.add((code, task_id, f"toy.{a}"))
        for (eid, domain, name), imp in zip(elements, o["elements"], strict=True):
            ratings[(code, eid)] = (code, domain, eid, name, float(imp), round(float(imp) * 1.2, 2), 0, 0)
        for rank, rel in enumerate(o["related"], start=1):
            related.add((code, rel, "Primary-Short", rank))
        for commodity in o["technology"]:
            tech.add((code, spec["technology"][commodity], commodity, spec["technology"][commodity], 0, 0))
        zone = int(o["zone"])
        education[code] = [
            (code, 2, "High School Diploma", 60.0 if zone <= 2 else 20.0),
            (code, 6, "Bachelor's Degree", 10.0 if zone <= 2 else 70.0),
        ]
    ctx.insert("onet_occupation", ["code", "title", "description", "job_zone"], occs.values())
    ctx.insert("onet_task", ["onet_code", "task_id", "text", "task_type"], tasks.values())
    ctx.insert("onet_title", ["onet_code", "title", "kind", "short_title"], titles)
    ctx.insert(
        "onet_element",
        ["onet_code", "domain", "element_id", "name", "importance", "level", "not_relevant", "suppress"],
        ratings.values(),
    )
    names_id = _element_names_id()
    ctx.insert(
        "onet_element_name",
        ["element_id", "domain", "name_en", "name_id"],
        [(eid, domain, name, names_id.get(eid, name)) for eid, domain, name in elements],
    )
    ctx.insert(
        "onet_dwa",
        ["dwa_id", "title", "iwa_id", "iwa_title", "element_id", "element_name"],
        [(f"toy.{k}", t, f"toy.{k}", t, f"toy.{k}", n) for k, (t, n) in spec["activities"].items()],
    )
    ctx.insert("onet_task_dwa", ["onet_code", "task_id", "dwa_id"], task_dwa)
    known = set(occs)
    ctx.insert(
        "onet_related", ["onet_code", "related_code", "tier", "rank"], [r for r in related if r[1] in known]
    )
    ctx.insert(
        "onet_technology",
        ["onet_code", "example", "commodity_code", "commodity_title", "hot", "in_demand"],
        tech,
    )
    ctx.insert(
        "onet_education",
        ["onet_code", "category", "label", "pct"],
        [r for rows in education.values() for r in rows],
    )
    links = []
    for code, iscos in homes.items():
        for isco in iscos:
            w = 1.0 / len(iscos)
            links.append(("onet", code, "isco", isco, w, "identical" if w == 1 else "split", "chain", "toy"))
    by_isco: dict[str, list[str]] = {}
    for code, iscos in homes.items():
        for isco in iscos:
            by_isco.setdefault(isco, []).append(code)
    for isco, codes in by_isco.items():
        for code in codes:
            links.append(("isco", isco, "onet", code, 1.0 / len(codes), "weighted", "chain", "toy"))
    links += [
        (("onet", code, "soc2018", code[:7], 1.0, "identical", "onet-29.2-xlsx", "toy")) for code in homes
    ]
    _insert_links(ctx, links)


def _element_names_id() -> dict[str, str]:
    import csv
    from importlib import resources

    text = resources.files("jalur").joinpath("data", "onet_elements_id.csv").read_text(encoding="utf-8")
    return {r["element_id"]: r["name_id"] for r in csv.DictReader(text.splitlines())}


def _esco(ctx: BuildContext, spec: dict[str, Any]) -> None:
    occs, labels, occ_skills, links = [], [], [], []
    skills = spec["skills"]
    for isco, g in spec["groups"].items():
        e = g["esco"]
        uri = esco_occ_uri(isco)
        ess, opt = e["essential"], e.get("optional", [])
        occs.append(
            (
                uri,
                f"{isco}.1",
                isco,
                e["label"],
                f"A {e['label']} in the toy knowledge base.",
                len(ess),
                len(opt),
            )
        )
        labels += [(uri, alt, "alt") for alt in e["alt"]]
        occ_skills += [(uri, esco_skill_uri(k), skills[k][0], "essential") for k in ess]
        occ_skills += [(uri, esco_skill_uri(k), skills[k][0], "optional") for k in opt]
        links += [
            ("esco", uri, "isco", isco, 1.0, "identical", ESCO, ""),
            ("isco", isco, "esco", uri, 1.0, "identical", ESCO, ""),
            ("esco", uri, "onet", g["onet"]["code"], 1.0, "match", "nesta-mapping-career-causeways", ""),
        ]
    ctx.insert(
        "esco_occupation", ["uri", "code", "isco", "label", "description", "n_essential", "n_optional"], occs
    )
    ctx.insert("esco_label", ["uri", "label", "kind"], labels)
    ctx.insert(
        "esco_occupation_skill", ["occupation_uri", "skill_uri", "skill_label", "relation"], occ_skills
    )
    ctx.insert(
        "esco_skill",
        ["uri", "label", "description", "skill_type", "reuse_level", "label_source", "type_source", "text"],
        [
            (esco_skill_uri(k), label, None, kind, "cross-sector", "profile", "profile", label)
            for k, (label, kind) in skills.items()
        ],
    )
    _insert_links(ctx, links)


def _pay(ctx: BuildContext) -> None:
    """Made-up median pay by major group (the real step reads Sakernas microdata): clerks above service and
    sales workers, as in the Jambi survey, so that a clerk's move into sales is marked."""
    ctx.insert(
        "pay_major_group",
        ["major", "median_idr", "persons", "weighted"],
        [
            (str(m), float(v), 100, 1000.0)
            for m, v in zip(range(1, 10), (20, 20, 25, 22, 15, 12, 20, 20, 15), strict=True)
        ],
    )


def _indices(ctx: BuildContext, spec: dict[str, Any]) -> None:
    specs = {s.id: s for s in index_specs()}
    meta = [
        (
            "ilo_2025_mean",
            ILO,
            "ILO 2025 generative-AI exposure (mean task score)",
            "Paparan AI generatif ILO 2025 (rata-rata skor tugas)",
            "isco",
            "0-1",
            "more exposed",
            "ISCO-native: the group's mean task score (toy values)",
        )
    ]
    for index_id in ("frey_osborne_probability", "felten_aioe", ANTHROPIC_AUTOMATION):
        s = specs[index_id]
        meta.append((s.id, s.source, s.label_en, s.label_id, "isco", s.scale, s.higher_means, "toy values"))
    values, isco_rows = [], []
    for isco, g in spec["groups"].items():
        for index_id, v in (
            ("ilo_2025_mean", g["ilo"][0]),
            ("frey_osborne_probability", g["indices"]["frey"]),
            ("felten_aioe", g["indices"]["felten"]),
            # a synthetic observed mode: the more exposed toy groups mostly delegate
            (ANTHROPIC_AUTOMATION, 0.6 if g["ilo"][0] >= 0.5 else 0.3),
        ):
            values.append((index_id, "isco", isco, float(v)))
            isco_rows.append((index_id, isco, float(v), 1, 1.0, ""))
    ctx.insert(
        "index_meta",
        ["id", "source", "label_en", "label_id", "scheme", "scale", "higher_means", "rule"],
        meta,
    )
    ctx.insert("index_value", ["index_id", "scheme", "code", "value"], values)
    ctx.insert("index_isco", ["index_id", "isco", "value", "n_native", "coverage", "flags"], isco_rows)
    ctx.insert(
        "isco_ai_use", ["isco", "observed_tasks", "share_of_use"], [(i, 3, 0.01) for i in spec["groups"]]
    )


def _scorer(ctx: BuildContext, spec: dict[str, Any]) -> None:
    ilo = [
        (isco, en, id_, float(score)) for isco, g in spec["groups"].items() for en, id_, score in g["tasks"]
    ]
    seen: set[tuple[str, str]] = set()
    eloundou = []
    for g in spec["groups"].values():
        for text, label in g["onet"]["tasks"]:
            if (g["onet"]["code"], text) not in seen:
                seen.add((g["onet"]["code"], text))
                eloundou.append((g["onet"]["code"], text, label))
    # a synthetic observed mode for the toy O*NET tasks (direct-exposure tasks mostly delegated), so the
    # mode model and its storage run in the unit layer; the full build reads the Anthropic index instead
    observed = [Observed(code, text, 0.8 if label == "E1" else 0.3) for code, text, label in eloundou]
    exposure = step_module("exposure")
    scorer = TaskScorer.fit(ilo, eloundou, observed=observed, embed=exposure.word_vectors)
    exposure.write_scorer(ctx, scorer)


def _lexicon(spec: dict[str, Any], codes: set[str]) -> list[dict[str, str]]:
    """The authored lexicon's entries for toy groups (codes outside the toy dropped), plus the fixture's."""
    rows: dict[str, dict[str, str]] = {}
    for r in lexicon_rows():
        kept = [c for c in r["isco"].split(";") if c in codes]
        if kept:
            rows[r["title"]] = {**r, "isco": ";".join(kept)}
    for title, isco, lang, kind in spec.get("lexicon", []):
        rows[title] = {"title": title, "isco": isco, "lang": lang, "kind": kind, "note": "toy", "part": "toy"}
    return sorted(rows.values(), key=lambda r: r["title"])


if __name__ == "__main__":
    import sys
    import time

    t0 = time.perf_counter()
    out = build_toy(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/toy-kb.sqlite"))
    print(f"{out} {out.stat().st_size / 1e6:.2f} MB in {time.perf_counter() - t0:.1f} s")
