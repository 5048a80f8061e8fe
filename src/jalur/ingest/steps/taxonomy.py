"""Build step 'taxonomy': ISCO-08 and KBJI 2014 hierarchies, their links, and bilingual task lists.

Tasks per ISCO unit group: the ILO 2025 task statements (English, with their 2023 and 2025 scores), or,
where the ILO index has no tasks, the task list of the ISCO-08 definition; and the Indonesian task list
of the KBJI 2014 definition, aligned item by item (see ``jalur.taxonomy.align``). Unaligned items stay.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from jalur.authored import read_csv
from jalur.ingest.build import BuildContext
from jalur.ingest.sources import ilo, isco08, kbji
from jalur.taxonomy.align import MIN_PAIR_SIMILARITY, align, learn_lexicon
from jalur.taxonomy.definitions import parse_definition

SOURCES: tuple[str, ...] = (isco08.SOURCE_ID, isco08.DEFINITIONS_SOURCE_ID, kbji.SOURCE_ID, ilo.SOURCE_ID)

SCHEMA = """
CREATE TABLE isco_group (
    code TEXT PRIMARY KEY, level INTEGER NOT NULL, parent TEXT,
    title_en TEXT NOT NULL, title_id TEXT, title_id_source TEXT,
    description_en TEXT, description_id TEXT
);
CREATE TABLE kbji_group (
    code TEXT PRIMARY KEY, level INTEGER NOT NULL, parent TEXT, title_id TEXT NOT NULL, description_id TEXT
);
CREATE TABLE kbji_job (
    code TEXT PRIMARY KEY, unit_group TEXT NOT NULL, title_id TEXT NOT NULL, description_id TEXT,
    residual INTEGER NOT NULL
);
CREATE INDEX kbji_job_unit ON kbji_job (unit_group);
-- KBLI 2020 industries: level 1 = category letter, 2..5 = digits; parent of a two-digit code is its letter
CREATE TABLE kbli (
    code TEXT PRIMARY KEY, level INTEGER NOT NULL, parent TEXT, category TEXT NOT NULL,
    title_id TEXT NOT NULL, description_id TEXT
);
-- example job titles and related occupations named by the definitions (lang 'id' from KBJI, 'en' from ISCO)
CREATE TABLE occupation_example (isco TEXT NOT NULL, lang TEXT NOT NULL, title TEXT NOT NULL, source TEXT NOT NULL);
CREATE INDEX occupation_example_isco ON occupation_example (isco);
CREATE TABLE occupation_related (
    isco TEXT NOT NULL, lang TEXT NOT NULL, title TEXT NOT NULL, related_isco TEXT NOT NULL, source TEXT NOT NULL
);
CREATE TABLE ilo_occupation (
    isco TEXT PRIMARY KEY, title_en TEXT NOT NULL, mean_2025 REAL NOT NULL, sd_2025 REAL NOT NULL,
    mean_2023 REAL, sd_2023 REAL, potential25 TEXT NOT NULL, potential23 TEXT NOT NULL,
    gradient25 TEXT NOT NULL, potential23_key TEXT NOT NULL, n_tasks INTEGER NOT NULL
);
-- one row per task of a unit group, English and Indonesian side by side where aligned
CREATE TABLE task (
    isco TEXT NOT NULL, seq INTEGER NOT NULL,
    text_en TEXT, text_en_source TEXT, ilo_task_id INTEGER, score_2025 REAL, score_2023 REAL,
    text_id TEXT, kbji_item TEXT, align_method TEXT NOT NULL, align_score REAL NOT NULL,
    PRIMARY KEY (isco, seq)
);
"""

#: the columns of a ``task`` row, in the order build steps write them (also step 'borrowed')
TASK_COLUMNS = (
    "isco",
    "seq",
    "text_en",
    "text_en_source",
    "ilo_task_id",
    "score_2025",
    "score_2023",
    "text_id",
    "kbji_item",
    "align_method",
    "align_score",
)

#: ILO potential25 labels -> stable keys
GRADIENT_KEYS = {
    "Not Exposed": "not_exposed",
    "Minimal Exposure": "minimal",
    "Exposed: Gradient 1": "g1",
    "Exposed: Gradient 2": "g2",
    "Exposed: Gradient 3": "g3",
    "Exposed: Gradient 4": "g4",
}
#: ILO potential23 labels -> stable keys (the file spells one label "The Big Uknown")
POTENTIAL23_KEYS = {
    "Not affected": "not_affected",
    "The Big Uknown": "big_unknown",
    "The Big Unknown": "big_unknown",
    "Augmentation Potential": "augmentation",
    "Automation Potential": "automation",
}


def _clean_task(s: str) -> str:
    s = " ".join(s.split()).rstrip(";.,").strip()
    return s[:1].upper() + s[1:]


def load(ctx: BuildContext) -> None:
    structure = isco08.read_structure(ctx.files(isco08.SOURCE_ID).path("struct08.xls"))
    esco_isco = isco08.read_definitions(ctx.files(isco08.DEFINITIONS_SOURCE_ID).path("ISCOGroups_en.csv"))
    definitions = {code: d for code, (_, d) in esco_isco.items()}
    structure, title_fixes = isco08.fix_duplicate_titles(
        structure, {c: lab for c, (lab, _) in esco_isco.items()}
    )
    ctx.stats["isco_title_fixes"] = [list(f) for f in title_fixes]
    entries, copied = kbji.drop_copied_definitions(
        kbji.read_kbji(ctx.files(kbji.SOURCE_ID).path("kbji2014.csv"))
    )
    ctx.stats["kbji_copied_definitions_dropped"] = copied
    ilo_tasks, ilo_occs = ilo.read_ilo(ctx.files(ilo.SOURCE_ID).path(ilo.FILE))
    ctx.insert(
        "kbli",
        ["code", "level", "parent", "category", "title_id", "description_id"],
        [
            (e.code, e.level, e.parent, e.category, e.title_id, e.description_id or None)
            for e in kbji.read_kbli(ctx.files(kbji.SOURCE_ID).path("kbli2020.csv"))
        ],
    )

    kbji_by_code = {e.code: e for e in entries}
    isco_codes = {s.code for s in structure}
    exceptions = read_csv("kbji_isco_exceptions.csv")
    authored_titles = {r["isco"]: r["title_id"] for r in read_csv("isco_titles_id.csv")}
    # Indonesian text we wrote where KBJI has none of its own (see kbji.drop_copied_definitions)
    authored_desc = {r["isco"]: r["description_id"] for r in read_csv("isco_descriptions_id.csv")}
    authored_tasks = {
        (r["isco"], _clean_task(r["text_en"])): r["text_id"] for r in read_csv("task_text_id.csv")
    }

    # --- KBJI <-> ISCO links: identical codes, plus the authored exceptions (major group 0, police)
    links: list[tuple[Any, ...]] = []
    kbji_units = [e for e in entries if e.level == 4]
    excepted = {r["kbji"] for r in exceptions}
    for e in kbji_units:
        if e.code in excepted:
            continue
        if e.code not in isco_codes:
            raise ValueError(f"KBJI {e.code} has no ISCO twin and no exception entry")
        links.append(
            ("kbji", e.code, "isco", e.code, 1.0, "identical", "jalur", "same code in KBJI 2014 and ISCO-08")
        )
        links.append(
            ("isco", e.code, "kbji", e.code, 1.0, "identical", "jalur", "same code in KBJI 2014 and ISCO-08")
        )
    reverse: dict[str, list[dict[str, str]]] = defaultdict(list)
    for r in exceptions:
        links.append(
            ("kbji", r["kbji"], "isco", r["isco"], float(r["weight"]), r["relation"], "jalur", r["note"])
        )
        reverse[r["isco"]].append(r)
    for isco, rows in reverse.items():
        for r in rows:
            links.append(("isco", isco, "kbji", r["kbji"], 1.0 / len(rows), "split", "jalur", r["note"]))
    ctx.insert(
        "link",
        ["from_scheme", "from_code", "to_scheme", "to_code", "weight", "relation", "source", "note"],
        links,
    )

    # --- ISCO groups with English and Indonesian titles and descriptions
    isco_rows = []
    for s in structure:
        k = kbji_by_code.get(s.code)
        en_def = parse_definition(definitions.get(s.code, ""))
        id_def = parse_definition(k.description_id) if k else None
        if k:
            title_id, title_src = k.title_id, "kbji"
        elif s.code in authored_titles:
            title_id, title_src = authored_titles[s.code], "jalur"
        else:
            title_id, title_src = None, None
        isco_rows.append(
            (
                s.code,
                s.level,
                s.parent,
                s.title_en,
                title_id,
                title_src,
                en_def.lead or None,
                ((id_def.lead or None) if id_def else None) or authored_desc.get(s.code),
            )
        )
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
        isco_rows,
    )

    ctx.insert(
        "kbji_group",
        ["code", "level", "parent", "title_id", "description_id"],
        [
            (e.code, e.level, e.parent, e.title_id, parse_definition(e.description_id).lead or None)
            for e in entries
            if e.level <= 4
        ],
    )
    ctx.insert(
        "kbji_job",
        ["code", "unit_group", "title_id", "description_id", "residual"],
        [
            (e.code, e.code[:4], e.title_id, e.description_id or None, int(e.code.endswith(".99")))
            for e in entries
            if e.level == 6
        ],
    )

    # --- examples and related occupations named in the definitions
    examples, related = [], []
    for s in structure:
        if s.level != 4:
            continue
        en_def = parse_definition(definitions.get(s.code, ""))
        examples += [(s.code, "en", t, isco08.DEFINITIONS_SOURCE_ID) for t in dict.fromkeys(en_def.examples)]
        related += [(s.code, "en", t, c, isco08.DEFINITIONS_SOURCE_ID) for t, c in en_def.related if c]
        k = kbji_by_code.get(s.code)
        if k:
            id_def = parse_definition(k.description_id)
            examples += [(s.code, "id", t, kbji.SOURCE_ID) for t in dict.fromkeys(id_def.examples)]
            related += [(s.code, "id", t, c, kbji.SOURCE_ID) for t, c in id_def.related if c]
    ctx.insert("occupation_example", ["isco", "lang", "title", "source"], dict.fromkeys(examples))
    ctx.insert(
        "occupation_related", ["isco", "lang", "title", "related_isco", "source"], dict.fromkeys(related)
    )

    # --- ILO occupation summaries
    n_tasks: dict[str, int] = defaultdict(int)
    for t in ilo_tasks:
        n_tasks[t.isco] += 1
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
        [
            (
                o.isco,
                o.title_en,
                o.mean_2025,
                o.sd_2025,
                o.mean_2023,
                o.sd_2023,
                o.potential25,
                o.potential23,
                GRADIENT_KEYS[o.potential25],
                POTENTIAL23_KEYS[o.potential23],
                n_tasks[o.isco],
            )
            for o in ilo_occs
        ],
    )
    _load_ilo_index(ctx, ilo_occs)

    # --- tasks, English and Indonesian, aligned
    en_tasks: dict[str, list[ilo.IloTask]] = defaultdict(list)
    for t in sorted(ilo_tasks, key=lambda t: (t.isco, t.task_id)):
        en_tasks[t.isco].append(t)
    id_tasks = {e.code: parse_definition(e.description_id).tasks for e in kbji_units}
    lexicon = learn_lexicon(
        (a.text_en, b)
        for code, ts in en_tasks.items()
        if len(ts) == len(id_tasks.get(code, []))
        for a, b in zip(ts, id_tasks[code], strict=True)
    )
    task_rows: list[tuple[Any, ...]] = []
    stats: dict[str, float] = {
        "ilo_tasks": 0,
        "ilo_tasks_aligned": 0,
        "ilo_tasks_with_kbji_list": 0,
        "ilo_tasks_aligned_in_groups_with_kbji_list": 0,
        "kbji_tasks": 0,
        "kbji_tasks_aligned": 0,
        "groups_order": 0,
        "groups_lexical": 0,
        "order_pairs_below_threshold": 0,
        "tasks_translated_by_project": 0,
    }
    for s in structure:
        if s.level != 4:
            continue
        ilo_list = en_tasks.get(s.code, [])
        if ilo_list:
            en_texts = [_clean_task(t.text_en) for t in ilo_list]
            en_source = ilo.SOURCE_ID
        else:
            en_texts = [_clean_task(t) for t in parse_definition(definitions.get(s.code, "")).tasks]
            en_source = isco08.DEFINITIONS_SOURCE_ID
        id_texts = [_clean_task(t) for t in id_tasks.get(s.code, [])]
        pairs = align(en_texts, id_texts, lexicon)
        aligned = [p for p in pairs if p.en is not None and p.id is not None]
        if ilo_list:
            stats["ilo_tasks"] += len(ilo_list)
            stats["ilo_tasks_aligned"] += len(aligned)
            if id_texts:
                stats["ilo_tasks_with_kbji_list"] += len(ilo_list)
                stats["ilo_tasks_aligned_in_groups_with_kbji_list"] += len(aligned)
        stats["kbji_tasks"] += len(id_texts)
        stats["kbji_tasks_aligned"] += len(aligned)
        if aligned:
            stats["groups_" + aligned[0].method] += 1
        stats["order_pairs_below_threshold"] += sum(
            1 for p in aligned if p.method == "order" and p.score < MIN_PAIR_SIMILARITY
        )
        for seq, p in enumerate(pairs, start=1):
            it = ilo_list[p.en] if (ilo_list and p.en is not None) else None
            text_id = id_texts[p.id] if p.id is not None else None
            method, score = p.method, p.score
            if text_id is None and p.en is not None and (s.code, en_texts[p.en]) in authored_tasks:
                text_id, method, score = authored_tasks[(s.code, en_texts[p.en])], "authored", 1.0
                stats["tasks_translated_by_project"] += 1
            task_rows.append(
                (
                    s.code,
                    seq,
                    en_texts[p.en] if p.en is not None else None,
                    en_source if p.en is not None else None,
                    it.task_id if it else None,
                    it.score_2025 if it else None,
                    it.score_2023 if it else None,
                    text_id,
                    chr(ord("a") + p.id) if p.id is not None else None,
                    method,
                    score,
                )
            )
    ctx.insert("task", TASK_COLUMNS, task_rows)
    stats["alignment_rate"] = round(stats["ilo_tasks_aligned"] / stats["ilo_tasks"], 4)
    stats["alignment_rate_where_kbji_lists_tasks"] = round(
        stats["ilo_tasks_aligned_in_groups_with_kbji_list"] / stats["ilo_tasks_with_kbji_list"], 4
    )
    stats["lexicon_pairs"] = len(lexicon)
    ctx.stats["alignment"] = stats


def _load_ilo_index(ctx: BuildContext, occs: list[ilo.IloOccupation]) -> None:
    rule = "ISCO-native: the ILO's own occupation mean of task scores; no crosswalk."
    ctx.insert(
        "index_meta",
        ["id", "source", "label_en", "label_id", "scheme", "scale", "higher_means", "rule"],
        [
            (
                "ilo_2025_mean",
                ilo.SOURCE_ID,
                "ILO 2025 generative-AI exposure (mean task score)",
                "Paparan AI generatif ILO 2025 (rata-rata skor tugas)",
                "isco",
                "0-1",
                "more exposed",
                rule,
            ),
            (
                "ilo_2023_mean",
                ilo.SOURCE_ID,
                "ILO 2023 generative-AI exposure (mean task score)",
                "Paparan AI generatif ILO 2023 (rata-rata skor tugas)",
                "isco",
                "0-1",
                "more exposed",
                rule,
            ),
        ],
    )
    values = [("ilo_2025_mean", "isco", o.isco, o.mean_2025) for o in occs]
    values += [("ilo_2023_mean", "isco", o.isco, o.mean_2023) for o in occs if o.mean_2023 is not None]
    ctx.insert("index_value", ["index_id", "scheme", "code", "value"], values)
    ctx.insert(
        "index_isco",
        ["index_id", "isco", "value", "n_native", "coverage", "flags"],
        [(i, c, v, 1, 1.0, "") for i, _, c, v in values],
    )
