"""Benchmark: finding courses for the skills a move needs, before and after the extra search terms.

    JALUR_HOME=... .venv/bin/python benchmarks/courses.py [--catalogue FILE] [--json out.json] [--show]

Catalogue: the Coursera sample (source ``coursera-courses-skills``, read from the data folder at run time;
1,000 courses). Skills to learn: those of the plans of the five nearest moves (``isco_neighbour`` rank 1-5)
of ``N_ORIGINS`` ISCO unit groups drawn with a fixed seed (O*NET skills and knowledge areas, with their
English and Indonesian names), plus every skill of the 28 AI-era roles.

  before  matching by shared content words only (the method up to commit e6f968b, kept here verbatim in
          ``before_courses_for``)
  names_only  ``jalur.pathways.courses`` given the names alone (word folding, no crossing overlaps, title
          tie-break; no extra terms): what the new ranking does without the term table and ESCO labels
  after   ``jalur.pathways.courses`` as ``jalur plan`` calls it: names first, then our term table / ESCO
          labels

Reported for each: the share of plan steps (occurrences) and of distinct skills with at least one course
(and that share times precision: an estimate of the skills given a right first course);
precision of the top course on a hand-labelled sample (``LABELS``: of ``N_DRAWN`` distinct skills drawn with
a fixed seed, those with a course before or after, each with its top course before and after; a pair is right when a learner who needs the skill
would be well served by the course, judged by its title and matched skill); and the median time to match
one skill (warm catalogue index) and the time to build the index. ``--show`` prints the sampled pairs with
their labels (``?`` = not labelled yet).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import statistics
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from jalur.config import data_dir
from jalur.kb.read import KnowledgeBase
from jalur.pathways.courses import (
    Course,
    Need,
    catalogue_index,
    content_words,
    courses_for,
    read_catalogue,
    skill_need,
)
from jalur.pathways.roles import load_roles
from jalur.pathways.transitions import compare_skills, group_facts

SEED = 11
N_ORIGINS = 60
N_NEIGHBOURS = 5
N_DRAWN = 110
MIN_MATCH = 0.34

#: Y|skill name|course: is the course a fitting suggestion for someone who needs the skill? Judged by
#: hand (the benchmark author) from the course title and the course skill that matched; "N" when the course
#: is off the skill even if the catalogue tags it so (Coursera's tags are noisy). Add new pairs with --show.
#: The course is named by the first 12 hex digits of the SHA-256 of its title (``course_key``), so that no
#: text of the catalogue (which has no licence) is kept in this repository.
_LABELS_TEXT = """
Y|Medicine and Dentistry|5499c188692f
Y|Quality Control Analysis|7e2c4aadade7
N|Monitoring systems|bb9e0cd58613
N|Production and Processing|1c23ebcdf910
Y|Production and Processing|1a7265a5aa01
Y|Negotiation|44be4676042b
Y|Negotiation|4cbabdd75fab
N|Scientific research|751bbbeaab13
Y|CRM software|773eff8dfe0a
Y|Prototyping|e6168f8b1311
N|Social Perceptiveness|88a11d686e48
Y|Social Perceptiveness|92c7d73c5f92
N|Administration and Management|a0bd2da83b5b
N|Administration and Management|ed253ff54c0f
N|Risk management|c1beb22137ee
Y|User research and usability testing|04a38d458e00
N|User research and usability testing|5c2050ce3bab
N|Training software|253c84da62f0
N|Training software|57ee93168871
Y|Service Orientation|1aa674e7ddbf
Y|Service Orientation|9b3de2572008
N|Adapting generative models|d544acb149b0
N|SQL and databases|a71b39936337
Y|SQL and databases|f0846cc06c5f
N|Handling customer complaints|1a7265a5aa01
N|Mathematics|2bc9bccb424f
Y|Mathematics|3b3164d41ea8
Y|Data mining and analysis|f9f2854cc935
N|Data mining and analysis|c93dc2a056b3
N|Production and processing|1c23ebcdf910
N|ERP systems|bb9e0cd58613
N|ERP systems|e6a6b8a4b985
Y|Experiment design and statistics|6d334da062ae
N|Experiment design and statistics|7b359bec0593
Y|Persuasion and negotiation|44be4676042b
Y|Persuasion and negotiation|4cbabdd75fab
N|Monitoring|06cec841fbd4
N|Engineering and Technology|62af9a7b992e
N|Engineering and Technology|46f5cb7d0f3e
N|Food Production|1c23ebcdf910
N|Digital literacy|88a11d686e48
N|Transportation|936a990aadf1
Y|Transportation|1a7265a5aa01
Y|Sales and Marketing|453b71bc5dc0
Y|Sales and Marketing|67f20ff41397
Y|Leading and training|253c84da62f0
N|Leading and training|57ee93168871
N|Evaluating models|ce3199fb9685
N|Language-model development tools|453b71bc5dc0
N|Programming|91ce7991bab4
Y|Programming|59b51bae1fa3
Y|Machine learning|91ce7991bab4
Y|Machine learning|b7908df93407
Y|User research|04a38d458e00
N|User research|5c2050ce3bab
N|Science|bb9e0cd58613
N|Science|f5deb199bee6
Y|Accounting|224b456984d8
Y|Accounting|f606254d4315
N|Economics and Accounting|d0ec8b808b46
Y|Economics and Accounting|e6a6b8a4b985
N|Speaking|41af1f3aa3ea
N|User information security|62af9a7b992e
N|Security policies and standards|ce3199fb9685
N|Security policies and standards|7db961b9163a
Y|Prototyping user experience|04a38d458e00
Y|Prototyping user experience|e6168f8b1311
N|Change management|897e61edad37
Y|Change management|d293c05265ed
N|Law and Government|9ee07f2d90af
Y|Computers and Electronics|3cfce6f370c1
N|Customer satisfaction surveys|1ae09887d400
N|Critical thinking and problem solving|96093b5db79b
N|Customer relationship management|0db03f2da304
Y|Customer relationship management|773eff8dfe0a
N|Data science methods|f53ef8da1fbe
Y|Data science methods|939388864f4d
Y|Telecommunications|0fc2b30a21d4
N|Law and government|9ee07f2d90af
Y|Programming and automation|59b51bae1fa3
N|Regulatory compliance|224b456984d8
N|Regulatory compliance|9ee07f2d90af
Y|Education and Training|253c84da62f0
N|Education and Training|57ee93168871
N|Operations Analysis|3811054e3c8b
N|Operations Analysis|d293c05265ed
N|Python programming|91ce7991bab4
Y|Python programming|59b51bae1fa3
Y|Developing prompts for generative models|8ae8a7cf76c5
N|Psychology|47935ad76474
Y|Psychology|4d025e1cf683
Y|Human resource management|075161a4ec91
Y|CRM software|537d95129a83
Y|Social Perceptiveness|3f806f4654fa
Y|Administration and Management|697ad73d758b
Y|Risk management|c3ddbd606f52
Y|User research and usability testing|c352594a2add
Y|Service Orientation|43bed15c6e12
N|Adapting generative models|301b8fdbbce6
Y|SQL and databases|5ef6b42e3683
Y|Mathematics|fe04a42b45f2
Y|Data mining and analysis|11682ba857ac
Y|Experiment design and statistics|8494a4aa9fa8
Y|Engineering and Technology|c8251934b268
Y|Sales and Marketing|b8bb5d5df9ac
Y|Programming|d57408ba4a49
Y|User research|c352594a2add
N|Science|53f65eff4816
Y|Accounting|e6a6b8a4b985
Y|Speaking|0632367efea9
N|Security policies and standards|86009723e836
Y|Prototyping user experience|f2722afcb2fa
Y|Change management|b1d41db0cf9e
N|Law and Government|1a290e3a1ccc
Y|Customer satisfaction surveys|58b548a52b64
Y|Critical thinking and problem solving|0842401c359a
Y|Data science methods|53f65eff4816
Y|Telecommunications|f7593876c70a
Y|Law and government|16892c412fc2
Y|Programming and automation|49c417d5730f
Y|Regulatory compliance|8aa0df2a573d
Y|Education and Training|db7541525b18
N|Operations Analysis|28adcdc0bd9b
Y|Python programming|a83597414fde
Y|Psychology|41bf484cb275
Y|Human resource management|0df94988152f
Y|Sales and Marketing|a419ab956d17
Y|Economics and Accounting|94850777b477
Y|Data visualisation|e0be0252a81f
"""
LABELS: dict[tuple[str, str], bool] = {
    (skill, ref): mark == "Y"
    for mark, skill, ref in (line.split("|", 2) for line in _LABELS_TEXT.strip().splitlines())
}


def course_key(title: str) -> str:
    """How ``LABELS`` names a course: a short digest of its title."""
    return hashlib.sha256(title.encode()).hexdigest()[:12]


def before_courses_for(
    need: Iterable[str], courses: Sequence[Course], top: int = 3
) -> list[tuple[Course, float]]:
    """The matcher before this change: IDF-weighted share of the needed skill's words in a course skill."""
    wants = [w for w in (content_words(n) for n in need) if w]
    if not wants or not courses:
        return []
    idf = _before_idf(courses)
    default = max(idf.values(), default=1.0)
    out = []
    for c in courses:
        best = 0.0
        for s in c.skills:
            words = content_words(s)
            best = max(
                best,
                max(
                    sum(idf.get(x, default) for x in w & words) / sum(idf.get(x, default) for x in w)
                    for w in wants
                ),
            )
        if best >= MIN_MATCH:
            out.append((c, round(best, 3)))
    out.sort(key=lambda m: (-m[1], -(m[0].rating or 0.0), m[0].title))
    return out[:top]


_IDF: dict[int, dict[str, float]] = {}


def _before_idf(courses: Sequence[Course]) -> dict[str, float]:
    if id(courses) not in _IDF:
        df: dict[str, int] = {}
        for c in courses:
            for w in {x for s in c.skills for x in content_words(s)}:
                df[w] = df.get(w, 0) + 1
        _IDF[id(courses)] = {w: math.log((len(courses) + 1) / (d + 1)) + 1.0 for w, d in df.items()}
    return _IDF[id(courses)]


def needs(kb: KnowledgeBase) -> tuple[list[dict[str, Any]], int]:
    """Skills to learn (one dict per plan step, as ``jalur plan`` passes them) and the number of moves."""
    origins = sorted(
        r[0] for r in kb.rows("SELECT DISTINCT origin FROM isco_neighbour WHERE rank <= ?", (N_NEIGHBOURS,))
    )
    rng = random.Random(SEED)
    picked = rng.sample(origins, min(N_ORIGINS, len(origins)))
    steps: list[dict[str, Any]] = []
    moves = 0
    for o in picked:
        fo = group_facts(kb, o)
        for (t,) in kb.rows(
            "SELECT target FROM isco_neighbour WHERE origin = ? AND rank <= ? ORDER BY rank",
            (o, N_NEIGHBOURS),
        ):
            _, _, learn = compare_skills(fo, group_facts(kb, t))
            steps += learn
            moves += 1
    for role in load_roles():
        moves += 1
        steps += [{"name": k.name_en, "name_id": k.name_id, "importance": k.importance} for k in role.skills]
    return steps, moves


def key(step: dict[str, Any]) -> str:
    return str(step["name"])


METHODS = ("before", "names_only", "after")


def run(catalogue: Path, show: bool = False) -> dict[str, Any]:
    courses, _ = read_catalogue(catalogue)
    with KnowledgeBase.open() as kb:
        steps, moves = needs(kb)
        distinct = {key(s): s for s in steps}
        t0 = time.perf_counter()
        catalogue_index(courses)
        index_ms = (time.perf_counter() - t0) * 1000
        top: dict[str, dict[str, list[tuple[str, str, str | None]]]] = {m: {} for m in METHODS}
        times: dict[str, list[float]] = {m: [] for m in METHODS}
        for name, s in distinct.items():
            names = [s["name"], s.get("name_id") or ""]
            t0 = time.perf_counter()
            b = before_courses_for(names, courses)
            times["before"].append(time.perf_counter() - t0)
            top["before"][name] = [(c.title, "", None) for c, _ in b]
            t0 = time.perf_counter()
            n = courses_for(Need(tuple(names)), courses)
            times["names_only"].append(time.perf_counter() - t0)
            top["names_only"][name] = [(m.course.title, m.matched[0], m.term) for m in n]
            t0 = time.perf_counter()
            a = courses_for(skill_need(s, kb), courses)
            times["after"].append(time.perf_counter() - t0)
            top["after"][name] = [(m.course.title, m.matched[0], m.term) for m in a]
    drawn = random.Random(SEED).sample(sorted(distinct), min(N_DRAWN, len(distinct)))
    sample = [k for k in drawn if any(top[m][k] for m in METHODS)]
    newly = {k for k in distinct if top["after"][k] and not top["before"][k]}

    def precision(pairs: list[tuple[str, str]]) -> tuple[float | None, int]:
        judged = [LABELS[p] for p in pairs if p in LABELS]
        return (round(sum(judged) / len(judged), 3) if judged else None), len(judged)

    if show:
        for k in sample:
            for m in METHODS:
                for item in top[m][k][:1]:
                    lab = LABELS.get((k, course_key(item[0])))
                    mark = "?" if lab is None else ("Y" if lab else "N")
                    print(f"{mark} {m:10} {k!r:45} -> {item[0]!r} {item[1:]!r}")
    result: dict[str, Any] = {
        "catalogue": {"file": catalogue.name, "courses": len(courses)},
        "moves": moves,
        "plan_steps": len(steps),
        "distinct_skills": len(distinct),
        "seed": SEED,
        "sample": len(sample),
        "index_build_ms": round(index_ms, 1),
    }
    unlabelled: set[tuple[str, str]] = set()
    for m in METHODS:
        pairs = [(k, course_key(top[m][k][0][0])) for k in sample if top[m][k]]
        unlabelled |= {p for p in pairs if p not in LABELS}
        prec, n = precision(pairs)
        covered = sum(1 for k in distinct if top[m][k]) / len(distinct)
        result[m] = {
            "steps_with_course": round(sum(1 for s in steps if top[m][key(s)]) / len(steps), 3),
            "skills_with_course": round(covered, 3),
            "precision_top1": prec,
            "labelled": n,
            "skills_with_a_right_course_est": round(covered * prec, 3) if prec is not None else None,
            "median_ms_per_skill": round(statistics.median(times[m]) * 1000, 3),
        }
    prec, n = precision([(k, course_key(top["after"][k][0][0])) for k in sample if k in newly])
    result["after"]["precision_top1_newly_covered"] = prec
    result["after"]["newly_covered_labelled"] = n
    result["unlabelled"] = sorted(unlabelled)
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--catalogue", type=Path, default=None)
    ap.add_argument("--json", type=Path, default=None)
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    catalogue = args.catalogue or data_dir() / "coursera-courses-skills" / "Coursera.csv"
    r = run(catalogue, args.show)
    print(
        f"catalogue {r['catalogue']['file']} ({r['catalogue']['courses']} courses); {r['moves']} moves, "
        f"{r['plan_steps']} plan steps, {r['distinct_skills']} distinct skills"
    )
    for tag in METHODS:
        x = r[tag]
        print(
            f"{tag:10}  steps with a course {x['steps_with_course']:.3f}  skills with a course "
            f"{x['skills_with_course']:.3f}  precision@1 {x['precision_top1']} (n={x['labelled']})  "
            f"skills with a right course (est.) {x['skills_with_a_right_course_est']}  "
            f"median {x['median_ms_per_skill']} ms/skill"
        )
    print(
        f"after: precision@1 on newly covered skills {r['after']['precision_top1_newly_covered']} "
        f"(n={r['after']['newly_covered_labelled']}); index built in {r['index_build_ms']} ms"
    )
    if r["unlabelled"]:
        print(f"{len(r['unlabelled'])} sampled pairs not labelled yet (see --show)")
    if args.json:
        args.json.write_text(json.dumps(r, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
