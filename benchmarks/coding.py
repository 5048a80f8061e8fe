"""Benchmark: occupation coding of real Indonesian text (issue 15), all sets side by side.

    .venv/bin/python benchmarks/coding.py [--json benchmarks/results-coding.json] [--half dev|test|all]

Sets (labelled blind under the rule in benchmarks/coding/LABELLING.md, before any tuning):
  survey     benchmarks/coding/survey_activities.csv — survey-style activity answers
  postings   benchmarks/coding/posting_titles.csv — posting titles not used in any earlier set
  everyday   benchmarks/data/everyday_titles.csv — the earlier set (real posting titles, everyday forms)
  context    benchmarks/coding/context_answers.csv — short job texts with industry, product, employer
             (all development: small, it shows the direction of the context's effect); coded alone, with
             the context (jalur.match.context), and with the context's words always appended (baseline)
Each set is split in halves by the SHA-256 of its lower-cased text (LABELLING.md rule 8): rules and the
lexicon may be tuned on development-half errors only; test-half figures are reported, never studied.

Per set and half: strict first-candidate accuracy (an abstention counts as a miss; on a row that names no
occupation or is too vague, abstaining is the right answer), top-1 and top-3 among the candidates
whatever the abstention, answer rate, precision when answering (an answer to a no-occupation or vague
row is wrong), and abstention on no-occupation rows. Baselines in the same run: rapidfuzz WRatio over
every name the matcher knows (always answers), and the matcher without the embedding stage. The named
failures of issue 15 are listed with their answers.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import statistics
import time
from pathlib import Path
from typing import Any

from jalur.kb.read import KnowledgeBase
from jalur.match.context import JobContext, match_in_context
from jalur.match.matcher import Matcher
from jalur.text.normalise import core_title

HERE = Path(__file__).parent
SETS = {
    "survey": HERE / "coding" / "survey_activities.csv",
    "postings": HERE / "coding" / "posting_titles.csv",
    # second sets (2026-12-06), written and committed blind before the coder met them
    "survey_2": HERE / "coding" / "survey_activities_2.csv",
    "postings_2": HERE / "coding" / "posting_titles_2.csv",
    "survey_3": HERE / "coding" / "survey_activities_3.csv",
    # fourth survey set and third posting set (2026-12-07), written and committed blind before use
    "survey_4": HERE / "coding" / "survey_activities_4.csv",
    "postings_3": HERE / "coding" / "posting_titles_3.csv",
    # fifth survey set (2026-12-07, later), written and committed blind before use
    "survey_5": HERE / "coding" / "survey_activities_5.csv",
    # fourth posting set (2026-12-07, later): blue-collar and office titles, committed blind before use
    "postings_4": HERE / "coding" / "posting_titles_4.csv",
    # sixth survey set and fifth posting set (2026-12-07, later), committed blind before use
    "survey_6": HERE / "coding" / "survey_activities_6.csv",
    "postings_5": HERE / "coding" / "posting_titles_5.csv",
    # official-style titles new to the KB (2026-12-08): issue 15's "new official titles", committed blind
    "official": HERE / "coding" / "official_titles.csv",
    "everyday": HERE / "data" / "everyday_titles.csv",
}
#: job-board titles with the board's department (2026-12-07): titles read from ../shared at run time
DEPARTMENT_SET = HERE / "coding" / "dealls_titles.csv"
SHARED = HERE.parents[1] / "shared" / "data" / "raw" / "id-jobs-ceroberoz"
CONTEXT_SET = HERE / "coding" / "context_answers.csv"
NAMED = [
    ("SPESIALIS KRIPTOGRAFI", {"2529", "2120"}),
    ("TEKNISI NUKLIR", {"3111"}),
    ("AHLI EPIDEMIOLOGI", {"2131", "2263"}),
    ("OPERATOR MESIN PENYANGRAI KOPI", {"8160"}),
    ("MAHOUT", {"5164", "6121"}),
    ("Freelance Data Reporting", {"4132", "3314", "2511", "4110"}),
    ("KARYAWAN PT. SASA", set()),
    ("KOPRASI SIMPAN PINJAM", set()),
    ("kuli bangunan", {"9313"}),
    ("kasir indomaret", {"5230"}),
    ("guru SD honorer", {"2341"}),
    ("programmer", {"2512", "2514"}),
    ("4211", {"4211"}),
    ("4211.01", {"4211"}),
    ("43-3071.00", {"4211"}),
    ("operator produksi pabrik", {"8189", "9329", "8160", "8219"}),
    ("MENCANGKUL DI KEBUN JAGUNG", {"6111", "9211"}),
    ("KULI BANGUNAN UNTUK MEMBUAT RUMAH", {"9313"}),
    ("MENJUAL SEMBAKO/WARUNG SEMBAKO", {"5221", "5211", "5223"}),
    ("MENGEMUDI OJEK MOTOR", {"8321"}),
]


def half_of(text: str) -> str:
    """LABELLING.md rule 8: the development half when the last hex digit of the SHA-256 is even."""
    digit = int(hashlib.sha256(" ".join(text.lower().split()).encode()).hexdigest()[-1], 16)
    return "dev" if digit % 2 == 0 else "test"


def load(name: str) -> list[dict[str, Any]]:
    path = SETS[name]
    if not path.is_file():
        return []
    rows = []
    with path.open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            text = (r.get("text") or r.get("title") or "").strip()
            if not text:
                continue
            gold = [c for c in (r.get("isco") or "").replace(" ", "").split(";") if c]
            kind = (r.get("kind") or ("title" if gold else "non_occupation")).strip()
            rows.append({"text": text, "gold": gold, "kind": kind, "half": half_of(text)})
    return rows


def department_rows() -> list[dict[str, Any]]:
    """The department set's rows with title and department read from the shared file (rows whose title
    no longer hashes as labelled are left out); [] when the file is not there."""
    if not DEPARTMENT_SET.is_file():
        return []
    cache: dict[str, list[dict[str, str]]] = {}
    rows = []
    with DEPARTMENT_SET.open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            name, row, column = r["ref"].split(":", 2)
            path = SHARED / name
            if not path.is_file():
                continue
            if name not in cache:
                with path.open(encoding="utf-8", errors="replace") as src:
                    cache[name] = list(csv.DictReader(src))
            cells = cache[name][int(row) - 1]
            text = (cells.get(column) or "").strip()
            if hashlib.sha256(text.encode()).hexdigest()[:16] != r["sha256"]:
                continue
            dept = (cells.get("job_department") or "").strip()
            gold = [c for c in (r.get("isco") or "").replace(" ", "").split(";") if c]
            rows.append(
                {
                    "text": text,
                    "department": "" if dept.upper() == "N/A" else dept,
                    "gold": gold,
                    "kind": r["kind"],
                    "half": half_of(text),
                }
            )
    return rows


def department_figures(m: Matcher, rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The department set per half: each title coded alone, and with its department as context."""
    from jalur.match.context import JobContext, match_in_context

    dept = {r["text"]: r["department"] for r in rows}

    def with_department(text: str) -> tuple[list[str], bool]:
        r = match_in_context(m, text, JobContext.of(department=dept[text] or None))
        return [c.isco for c in r.candidates], r.abstained

    systems = {
        "jalur": jalur(m),
        "jalur_with_department": with_department,
        "baseline_rapidfuzz": fuzzy_baseline(m),
    }
    return {
        h: {s: evaluate(p, [r for r in rows if r["half"] == h]) for s, p in systems.items()}
        for h in ("dev", "test")
    }


def evaluate(predict: Any, rows: list[dict[str, Any]]) -> dict[str, Any]:
    """predict(text) -> (ranked codes, abstained)."""
    n = len(rows)
    strict = top1 = top3 = answered = answered_ok = 0
    no_occ = no_occ_abst = 0
    for r in rows:
        codes, abstained = predict(r["text"])
        gold = set(r["gold"])
        if not gold:  # names no occupation, or too vague: abstaining is right
            no_occ += 1
            no_occ_abst += int(abstained)
            strict += int(abstained)
            if not abstained:
                answered += 1
            continue
        ok1 = bool(codes) and codes[0] in gold
        top1 += ok1
        top3 += bool(gold & set(codes[:3]))
        if not abstained:
            answered += 1
            answered_ok += ok1
            strict += ok1
    coded = n - no_occ
    return {
        "n": n,
        "coded_rows": coded,
        "strict": round(strict / n, 4) if n else None,
        "top1_coded": round(top1 / coded, 4) if coded else None,
        "top3_coded": round(top3 / coded, 4) if coded else None,
        "answer_rate": round(answered / n, 4) if n else None,
        "precision_when_answering": round(answered_ok / answered, 4) if answered else None,
        "no_occupation_rows": no_occ,
        "no_occupation_abstained": round(no_occ_abst / no_occ, 4) if no_occ else None,
    }


def jalur(m: Matcher) -> Any:
    def predict(text: str) -> tuple[list[str], bool]:
        r = m.match(text)
        return [c.isco for c in r.candidates], r.abstained

    return predict


def fuzzy_baseline(m: Matcher) -> Any:
    from rapidfuzz import fuzz, process

    def predict(text: str) -> tuple[list[str], bool]:
        q = core_title(text)
        scores: dict[str, float] = {}
        for _, s, row in process.extract(q, m.text, scorer=fuzz.WRatio, limit=60):
            for isco, w in m.isco_weights(row):
                scores[isco] = max(scores.get(isco, 0.0), s * w)
        return sorted(scores, key=lambda c: -scores[c])[:5], False

    return predict


def speed(m: Matcher, texts: list[str], repeats: int = 5) -> dict[str, Any]:
    rates = []
    for _ in range(repeats):
        m._cache.clear()
        t0 = time.perf_counter()
        m.match_many(texts, workers=1)
        rates.append(len(texts) / (time.perf_counter() - t0))
    lat = []
    for t in texts:
        m._cache.clear()
        t0 = time.perf_counter()
        m.match(t)
        lat.append((time.perf_counter() - t0) * 1000)
    lat.sort()
    return {
        "texts": len(texts),
        "one_process_texts_per_s_median": round(statistics.median(rates), 1),
        "single_query_ms_p50": round(statistics.median(lat), 2),
        "single_query_ms_p95": round(lat[int(0.95 * (len(lat) - 1))], 2),
    }


def context_rows() -> list[dict[str, Any]]:
    with CONTEXT_SET.open(encoding="utf-8") as fh:
        return [
            {
                "text": r["text"].strip(),
                "context": JobContext.of(r["industry"], r["product"], r["employer"]),
                "gold": [c for c in r["isco"].replace(" ", "").split(";") if c],
            }
            for r in csv.DictReader(fh)
        ]


def context_figures(m: Matcher) -> dict[str, Any]:
    """The context set coded alone, with its context, and with the context's words always appended."""
    rows = context_rows()
    by_key = {f"{r['text']}\x02{i}": r for i, r in enumerate(rows)}

    def system(code: Any) -> Any:
        def predict(key: str) -> tuple[list[str], bool]:
            r = code(by_key[key])
            return [c.isco for c in r.candidates], r.abstained

        return predict

    systems = {
        "alone": system(lambda r: m.match(r["text"])),
        "with_context": system(lambda r: match_in_context(m, r["text"], r["context"])),
        "baseline_words_always_appended": system(
            lambda r: m.match(f"{r['text']} {r['context'].words()}" if r["context"] else r["text"])
        ),
    }
    keyed = [{"text": k, "gold": r["gold"]} for k, r in by_key.items()]
    return {name: evaluate(p, keyed) for name, p in systems.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kb", default=None)
    ap.add_argument("--json", default=None)
    ap.add_argument("--half", choices=("dev", "test", "all"), default="all")
    args = ap.parse_args()
    out: dict[str, Any] = {"sets": {}, "named": []}
    with KnowledgeBase.open(args.kb) as kb:
        m = Matcher(kb)
        lexical = Matcher(kb, embeddings=False)
        systems = {
            "jalur": jalur(m),
            "jalur_lexical_only": jalur(lexical),
            "baseline_rapidfuzz": fuzzy_baseline(m),
        }
        every: list[str] = []
        for name in SETS:
            rows = load(name)
            every += [r["text"] for r in rows]
            halves = ("dev", "test") if args.half == "all" else (args.half,)
            out["sets"][name] = {
                h: {s: evaluate(p, [r for r in rows if r["half"] == h]) for s, p in systems.items()}
                for h in halves
            }
            if args.half == "all":
                out["sets"][name]["all"] = {s: evaluate(p, rows) for s, p in systems.items()}
        for text, gold in NAMED:
            r = m.match(text)
            out["named"].append(
                {
                    "text": text,
                    "abstained": r.abstained,
                    "reason": r.reason,
                    "top3": [(c.isco, c.confidence) for c in r.candidates[:3]],
                    "right": (
                        r.abstained if not gold else bool(r.candidates) and r.candidates[0].isco in gold
                    ),
                }
            )
        out["context"] = context_figures(m)
        dept_rows = department_rows()
        if dept_rows:
            out["sets"]["department"] = department_figures(m, dept_rows)
            every += [r["text"] for r in dept_rows]
        out["speed"] = speed(m, sorted(set(every)))
    for name, halves in out["sets"].items():
        for h, systems_out in halves.items():
            for s, e in systems_out.items():
                print(
                    f"{name:9s} {h:4s} {s:20s} n={e['n']:4d} strict={e['strict']} top1={e['top1_coded']} "
                    f"top3={e['top3_coded']} answer={e['answer_rate']} precision={e['precision_when_answering']} "
                    f"no-occ-abstained={e['no_occupation_abstained']}"
                )
    for s, e in out["context"].items():
        print(
            f"context   all  {s:30s} n={e['n']:4d} strict={e['strict']} top1={e['top1_coded']} "
            f"top3={e['top3_coded']} answer={e['answer_rate']} precision={e['precision_when_answering']}"
        )
    right = sum(x["right"] for x in out["named"])
    print(f"named failures right: {right}/{len(out['named'])}")
    print("speed:", out["speed"])
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
