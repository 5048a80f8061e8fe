"""Build step 'indices': exposure and automation indices at native codes and at ISCO unit groups.

Native values go to ``index_value``; ``index_isco`` holds the link-weighted mean over the composed
native -> ISCO links written by the crosswalk step (``link`` rows with ``to_scheme='isco'`` and
``source='chain'``), by :func:`jalur.ingest.sources.indices.aggregate_to_isco`. Nesta's index is native ISCO and
is copied as is.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from jalur.ingest.build import BuildContext
from jalur.ingest.sources import ai_use as ai_use_src
from jalur.ingest.sources import indices as src
from jalur.ingest.steps.ai_use import MODE_MIN_CLASSIFIED
from jalur.kb.provenance import ANTHROPIC_AUTOMATION, MICROSOFT_AI_SHARE

log = logging.getLogger(__name__)

SOURCES: tuple[str, ...] = (
    src.ELOUNDOU,
    src.MICROSOFT,
    src.FELTEN,
    src.FREY_OSBORNE,
    src.NESTA,
    ai_use_src.SOURCE_ID,
)

# tables index_meta, index_value, index_isco are in the core schema; this one says how much observed AI use
# stands behind a unit group's observed automation share
SCHEMA = """
-- per ISCO unit group: O*NET tasks with an observed mode in the O*NET occupations linked to the group
-- (distinct tasks, step 'ai_use', at least MODE_MIN_CLASSIFIED classified) and the sum of their shares of all
-- conversations (percent)
CREATE TABLE isco_ai_use (isco TEXT PRIMARY KEY, observed_tasks INTEGER NOT NULL, share_of_use REAL NOT NULL);
"""

#: ISCO-08 has 436 unit groups; coverage figures are shares of these.
ISCO_UNIT_GROUPS = 436
LINK_SOURCE = "chain"


@dataclass(frozen=True)
class IndexSpec:
    id: str
    source: str
    label_en: str
    label_id: str
    scheme: str
    scale: str
    higher_means: str
    native_rule: str


_ELOUNDOU_WHO = {"human": ("human annotators", "anotator manusia"), "gpt4": ("GPT-4", "GPT-4")}
_ELOUNDOU_MEASURE = {
    "alpha": ("E1", "share of task weight an LLM alone can speed up by at least half (E1)"),
    "beta": (
        "E1 + 0.5*E2",
        "share of task weight exposed to LLMs, LLM-powered software counted half (E1+0.5*E2)",
    ),
    "gamma": ("E1 + E2", "share of task weight exposed to LLMs or LLM-powered software (E1+E2)"),
}
_ELOUNDOU_NATIVE = (
    "Native: occ_level.csv of Eloundou et al.; equals the task-weighted share recomputed from "
    "full_labelset.tsv "
    "(Core tasks weight 2, Supplemental and untyped tasks weight 1; checked at build). "
)


def index_specs() -> list[IndexSpec]:
    specs = []
    for who, (who_en, who_id) in _ELOUNDOU_WHO.items():
        for m, (formula, higher) in _ELOUNDOU_MEASURE.items():
            specs.append(
                IndexSpec(
                    f"eloundou_{who}_{m}",
                    src.ELOUNDOU,
                    f"LLM exposure {m} ({formula}), rated by {who_en} (Eloundou et al. 2024)",
                    f"Paparan LLM {m} ({formula}), dinilai oleh {who_id} (Eloundou dkk. 2024)",
                    "onet",
                    "0-1 (share of task weight)",
                    higher,
                    _ELOUNDOU_NATIVE,
                )
            )
    specs += [
        IndexSpec(
            "microsoft_ai_applicability",
            src.MICROSOFT,
            "AI applicability from Copilot conversations (Tomlinson et al. 2025)",
            "Keterterapan AI menurut percakapan Copilot (Tomlinson dkk. 2025)",
            "soc2018",
            "0-1 (observed 0-0.49)",
            "more of the occupation's work activities seen in successful, broad AI-assisted conversations; "
            "not a prediction of job loss",
            "Native: soc_ai_applicability_scores.csv. ",
        ),
        IndexSpec(
            MICROSOFT_AI_SHARE,
            src.MICROSOFT,
            "Share of AI applicability where the AI performs the activity itself (Tomlinson et al. 2025)",
            "Bagian keterterapan AI di mana AI sendiri mengerjakan aktivitas (Tomlinson dkk. 2025)",
            "soc2018",
            "0-1",
            "more of the AI-assisted work activities seen are ones the AI performs rather than helps the "
            "user perform (a second view of delegation; not exposure)",
            "Native: soc_metrics.csv, ai_applicability_score_ai / (ai_applicability_score_user + "
            "ai_applicability_score_ai); codes with both zero left out. ",
        ),
        IndexSpec(
            ANTHROPIC_AUTOMATION,
            ai_use_src.SOURCE_ID,
            "Observed automation share of AI use (Anthropic Economic Index 2025)",
            "Bagian otomatisasi dalam penggunaan AI yang teramati (Anthropic Economic Index 2025)",
            "onet",
            "0-1",
            "more of the occupation's observed AI conversations hand the task over (automation) rather than "
            "do it with the person (augmentation); one assistant's use in 2025, not what AI could do",
            "Native: per O*NET occupation, the conversation-weighted mean of automation / (automation + "
            f"augmentation) over its tasks joined in step 'ai_use' with at least {MODE_MIN_CLASSIFIED:.0%} of "
            "their conversations classified (weight = the task's share of all conversations times its "
            "classified share); occupations without such a task have no value. ",
        ),
        IndexSpec(
            "felten_aioe",
            src.FELTEN,
            "AI occupational exposure, AIOE (Felten, Raj & Seamans 2021)",
            "Paparan pekerjaan terhadap AI, AIOE (Felten, Raj & Seamans 2021)",
            "soc2010",
            "standardised score (mean 0, SD 1 across US occupations)",
            "abilities used by the occupation overlap more with AI applications; silent on substitution vs "
            "complement",
            "Native: AIOE_DataAppendix.xlsx, Appendix A. ",
        ),
        IndexSpec(
            "felten_lm_aioe",
            src.FELTEN,
            "Language-modelling AI occupational exposure (Felten, Raj & Seamans 2023)",
            "Paparan pekerjaan terhadap AI pemodelan bahasa (Felten, Raj & Seamans 2023)",
            "soc2010",
            "standardised score (mean 0, SD 1 across US occupations)",
            "abilities used by the occupation overlap more with language-modelling applications",
            "Native: Language Modeling AIOE and AIIE.xlsx, sheet LM AIOE. ",
        ),
        IndexSpec(
            "frey_osborne_probability",
            src.FREY_OSBORNE,
            "Probability of computerisation (Frey & Osborne 2013, pre-generative AI)",
            "Probabilitas komputerisasi (Frey & Osborne 2013, sebelum AI generatif)",
            "soc2010",
            "0-1",
            "higher estimated probability that the occupation can be computerised",
            "Native: frey_osborne_automation_risk_index_clean.csv. ",
        ),
        IndexSpec(
            "nesta_automation_risk",
            src.NESTA,
            "Automation risk (Nesta Mapping Career Causeways 2020, pre-generative AI)",
            "Risiko otomatisasi (Nesta Mapping Career Causeways 2020, sebelum AI generatif)",
            "isco",
            "1-5 (1 = minimal, 5 = maximal)",
            "tasks more suitable for machine learning, weighted by importance",
            "Native ISCO-08 unit group: Nesta's mean over the ESCO occupations of the group "
            "(mcc_risk_ISCO_4digit.csv); copied as is to index_isco (n_native 1, coverage 1, no flags).",
        ),
        IndexSpec(
            "nesta_bottleneck_prevalence",
            src.NESTA,
            "Prevalence of automation-bottleneck tasks (Nesta Mapping Career Causeways 2020)",
            "Prevalensi tugas penghambat otomatisasi (Nesta Mapping Career Causeways 2020)",
            "isco",
            "0-1",
            "a larger share of the occupation's tasks (importance-weighted) are bottlenecks to automation, "
            "i.e. harder to automate",
            "Native ISCO-08 unit group: Nesta's mean over the ESCO occupations of the group "
            "(mcc_risk_ISCO_4digit.csv); copied as is to index_isco (n_native 1, coverage 1, no flags).",
        ),
    ]
    return specs


def read_native_values(ctx: BuildContext) -> tuple[dict[str, dict[str, float]], dict[str, object]]:
    """Native values per index id, plus the Eloundou recomputation check."""
    elo = ctx.files(src.ELOUNDOU)
    occ = src.read_eloundou_occupations(elo.path("occ_level.csv"))
    recomputed = src.eloundou_scores(src.read_eloundou_tasks(elo.path("full_labelset.tsv")))
    diffs = [
        abs(v - recomputed.get(c, {}).get(k, float("inf")))
        for c, vals in occ.items()
        for k, v in vals.items()
    ]
    check: dict[str, object] = {
        "occupations": len(occ),
        "occupations_recomputed": len(recomputed),
        "values_compared": len(diffs),
        "values_agreeing_1e-9": sum(d <= 1e-9 for d in diffs),
        "max_abs_diff": max(diffs) if diffs else None,
        "task_weights": "Core 2, Supplemental/untyped 1",
    }
    if check["values_agreeing_1e-9"] != len(diffs) or set(recomputed) != set(occ):
        log.warning("Eloundou occupation scores do not match the task-label recomputation: %s", check)
    values: dict[str, dict[str, float]] = {}
    for who in _ELOUNDOU_WHO:
        for m in _ELOUNDOU_MEASURE:
            values[f"eloundou_{who}_{m}"] = {c: v[f"{who}_{m}"] for c, v in occ.items()}
    values["microsoft_ai_applicability"] = src.read_microsoft(
        ctx.files(src.MICROSOFT).path("soc_ai_applicability_scores.csv")
    )
    felten = ctx.files(src.FELTEN)
    values["felten_aioe"] = src.read_felten(felten.path("AIOE_DataAppendix.xlsx"), "Appendix A", "AIOE")
    values["felten_lm_aioe"] = src.read_felten(
        felten.path("Language Modeling AIOE and AIIE.xlsx"), "LM AIOE", "Language Modeling AIOE"
    )
    values["frey_osborne_probability"] = src.read_frey_osborne(
        ctx.files(src.FREY_OSBORNE).path("frey_osborne_automation_risk_index_clean.csv")
    )
    values[MICROSOFT_AI_SHARE] = src.read_microsoft_ai_share(ctx.files(src.MICROSOFT).path("soc_metrics.csv"))
    values[ANTHROPIC_AUTOMATION] = observed_automation_share(ctx)
    nesta = src.read_nesta_isco(ctx.files(src.NESTA).path("mcc_risk_ISCO_4digit.csv"))
    values["nesta_automation_risk"] = {c: r for c, (r, _) in nesta.items()}
    values["nesta_bottleneck_prevalence"] = {c: p for c, (_, p) in nesta.items()}
    return values, check


def observed_automation_share(ctx: BuildContext) -> dict[str, float]:
    """O*NET occupation -> conversation-weighted automation share of its observed tasks (see the spec)."""
    acc: dict[str, list[float]] = {}
    for onet, auto, aug, use in ctx.conn.execute(
        "SELECT t.onet_code, a.automation, a.augmentation, a.share_of_use "
        "FROM onet_task t JOIN onet_task_ai_use a USING (task_id) "
        "WHERE a.automation + a.augmentation >= ? AND a.share_of_use > 0",
        (MODE_MIN_CLASSIFIED,),
    ):
        w = float(use) * (auto + aug)
        a = acc.setdefault(str(onet), [0.0, 0.0])
        a[0] += w * auto / (auto + aug)
        a[1] += w
    return {c: round(sw / w, 6) for c, (sw, w) in sorted(acc.items()) if w > 0}


def observed_per_isco(ctx: BuildContext) -> list[tuple[str, int, float]]:
    """ISCO unit group -> (observed O*NET tasks of its linked O*NET occupations, their share of use)."""
    return [
        (str(isco), int(n), round(float(use), 6))
        for isco, n, use in ctx.conn.execute(
            "SELECT l.to_code, COUNT(DISTINCT a.task_id), SUM(a.share_of_use) FROM ("
            "  SELECT DISTINCT from_code, to_code FROM link"
            "  WHERE from_scheme = 'onet' AND to_scheme = 'isco' AND source = ?) l "
            "JOIN onet_task t ON t.onet_code = l.from_code JOIN onet_task_ai_use a USING (task_id) "
            "WHERE a.automation + a.augmentation >= ? AND a.share_of_use > 0 "
            "GROUP BY l.to_code ORDER BY l.to_code",
            (LINK_SOURCE, MODE_MIN_CLASSIFIED),
        )
    ]


def chain_links(ctx: BuildContext, scheme: str) -> list[src.Link]:
    rows = ctx.conn.execute(
        "SELECT from_code, to_code, weight, relation FROM link "
        "WHERE from_scheme = ? AND to_scheme = 'isco' AND source = ?",
        (scheme, LINK_SOURCE),
    ).fetchall()
    return [src.Link(str(a), str(b), float(w), str(r)) for a, b, w, r in rows]


def load(ctx: BuildContext) -> None:
    specs = index_specs()
    values, check = read_native_values(ctx)
    ctx.insert(
        "index_meta",
        ["id", "source", "label_en", "label_id", "scheme", "scale", "higher_means", "rule"],
        [
            (
                s.id,
                s.source,
                s.label_en,
                s.label_id,
                s.scheme,
                s.scale,
                s.higher_means,
                s.native_rule + ("" if s.scheme == "isco" else src.AGGREGATION_RULE),
            )
            for s in specs
        ],
    )
    ctx.insert(
        "index_value",
        ["index_id", "scheme", "code", "value"],
        [(s.id, s.scheme, c, v) for s in specs for c, v in values[s.id].items()],
    )
    links = {scheme: chain_links(ctx, scheme) for scheme in {s.scheme for s in specs} - {"isco"}}
    rows: list[tuple[str, str, float, int, float, str]] = []
    per_index: dict[str, dict[str, object]] = {}
    for s in specs:
        native = values[s.id]
        if s.scheme == "isco":
            result = {c: src.IscoValue(v, 1, 1.0, "") for c, v in native.items()}
            unlinked = 0
            borrowed: dict[str, float] = {}
        else:
            scheme_links = links[s.scheme]
            linked = {ln.native for ln in scheme_links}
            borrowed = src.fill_from_aggregate_codes(native, sorted(linked))
            result = src.aggregate_to_isco({**native, **borrowed}, scheme_links, borrowed)
            unlinked = sum(1 for c in native if c not in linked)
        rows += [(s.id, g, r.value, r.n_native, r.coverage, r.flags) for g, r in result.items()]
        per_index[s.id] = {
            "native_codes": len(native),
            "native_codes_without_link": unlinked,
            "codes_filled_from_aggregate": len(borrowed),
            "isco_groups": len(result),
            "isco_coverage": round(len(result) / ISCO_UNIT_GROUPS, 4),
            "isco_groups_full_coverage": sum(1 for r in result.values() if r.coverage >= 1 - 1e-9),
        }
        if not result:
            log.warning(
                "index %s: no ISCO values (no '%s' links from scheme %s yet?)", s.id, LINK_SOURCE, s.scheme
            )
    ctx.insert("index_isco", ["index_id", "isco", "value", "n_native", "coverage", "flags"], rows)
    ctx.insert("isco_ai_use", ["isco", "observed_tasks", "share_of_use"], observed_per_isco(ctx))
    ctx.stats["indices"] = {
        "indices": len(specs),
        "index_values": sum(len(v) for v in values.values()),
        "index_isco_rows": len(rows),
        "chain_links": {k: len(v) for k, v in sorted(links.items())},
        "eloundou_recomputation": check,
        "per_index": per_index,
    }
    log.info("indices: %s", ctx.stats["indices"])
