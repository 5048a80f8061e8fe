"""Benchmark: SKKNI standards -> ISCO-08 unit groups (the 'skkni' build step).

    JALUR_HOME=... .venv/bin/python benchmarks/skkni.py [--runs 3]

Reruns the step on a copy of the built knowledge base (its own tables dropped first) and prints a JSON
object: step seconds (median of ``--runs``), whether the runs gave the same rows, coverage (standards
linked to a unit group, of all and of the 250 catalogue standards), and precision and recall on a
hand-labelled random sample of 40 standards (``random.Random(SEED).sample`` of the sorted ids). Also
compares linking by unit titles (vote of confident matches of each unit title) on the standards whose
units are known, the alternative the step leaves out.

``LABELS``: for each sampled standard (and each standard whose units are known), the ISCO-08 unit groups we judge correct for a worker certified
by it, read from the standard's title and the ISCO titles (an empty set: the title names an industry or a
topic, not an occupation, so no link is the right answer). Labelled by hand, before looking at whether
the matcher abstained; a link counts as correct when its unit group is in the set.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sqlite3
import statistics
import tempfile
import time
from collections import Counter
from pathlib import Path

from jalur import config
from jalur.ingest.build import BuildContext
from jalur.ingest.steps import skkni as step
from jalur.kb.read import KnowledgeBase

SEED = 2026
SAMPLE = 40

LABELS: dict[str, frozenset[str]] = {
    k: frozenset(v)
    for k, v in {
        "10/2024": {"7222"},  # Pembuatan Jigs and Fixtures: toolmakers
        "102/2023": {"2511", "2512", "2522", "2523", "2529"},  # Cloud Computing
        "119/2024": {"2424"},  # Experiential Learning: training professionals
        "121/2025": {"7212"},  # Pengelasan: welders
        "122/2021": {"1346", "2412", "2413"},  # Dana Pensiun: pension-fund managers and analysts
        "123/2021": {"2511", "2512", "2519", "2529"},  # Artificial Intelligence, Knowledge Based System
        "124/2021": {"2142"},  # Teknik Sumber Daya Air: civil (water) engineers
        "136/2023": {"2149", "3257"},  # Manajer Keselamatan Kebakaran Bangunan Gedung
        "142/2022": set(),  # Fintech P2P lending: an industry
        "150/2025": {"7535", "8155"},  # Industri Pengolahan Kulit: tanners, leather-preparing operators
        "159/2024": set(),  # Bejana Tekan (pressure vessels): a topic
        "178/2022": set(),  # Sistem Pembayaran dan Pengelolaan Uang Rupiah: an industry function
        "18/2024": {"5113", "3423"},  # Pemandu Wisata Selam: dive guides
        "181/2024": {"2152", "3114", "3139", "7421"},  # Instrumen, Sistem Kontrol, Alat Ukur (oil and gas)
        "196/2021": {"2161"},  # Arsitek
        "198/2021": {"2643"},  # Juru Bahasa Lisan Konferensi: conference interpreters
        "20/2024": {"2413", "3311"},  # Pasar Modal: securities dealers, financial analysts
        "207/2021": {"2643"},  # Juru Bahasa Isyarat Tuli: sign-language interpreters
        "208/2021": {"4221", "3339"},  # Agen Perjalanan dan Penyelenggaraan Tur
        "213/2023": {"3133", "8131"},  # Bioetanol dan Biogas: chemical plant controllers and operators
        "217/2023": {"3123"},  # Mandor Pemeliharaan Jalan: construction supervisors
        "22/2024": {"5113"},  # Pemanduan Wisata Gua: cave guides
        "230/2022": {"7233"},  # maintenance of open-pit mining equipment
        "231/2024": {"2411", "2511", "2529"},  # Audit Teknologi Informasi
        "235/2023": {"7233"},  # Mekanik Engine Alat Berat: heavy-equipment mechanics
        "246/2023": {"2144"},  # Lifting Engineer: mechanical engineers
        "271/2024": {"1211", "2413"},  # Manajemen Risiko Perbankan: risk analysts
        "28/2023": {"2144", "3115", "7126"},  # Teknik Perpipaan: piping engineers, pipe fitters
        "3/2023": {"2142", "2161", "3112", "3118"},  # Building Information Modelling: draughting, design
        "30/2023": {"2131", "2621"},  # Kurator Koleksi Herbarium: curators, botanists
        "30/2024": {"6121"},  # Produksi Ternak Ruminansia: livestock producers
        "301/2024": {"1431", "2653"},  # Pengelolaan Lembaga Tari: dance-school managers
        "32/2025": set(),  # Usaha Jasa Terkait dengan Pengangkutan di Perairan: an industry
        "321/2016": {"2523", "3513"},  # Jaringan Komputer: network professionals and technicians
        "46/2022": {"7119"},  # Operasi Scaffolding: scaffolders
        "50/2022": {"3119", "3257"},  # Inspektur SPBU: inspectors of fuel stations (not attendants)
        "56/2022": {"8212"},  # Perakitan Telepon Seluler: electronic equipment assemblers
        "57/2024": {"5113"},  # Jasa Pramuwisata: tour guides
        "82/2024": {"2164", "2422"},  # Konsultansi Perencanaan Destinasi Pariwisata: planners
        "87/2024": {"3423", "5113"},  # Pemanduan Wisata Snorkeling
        # the other standards whose units are known (to judge linking by unit titles)
        "103/2026": {"2511", "2512", "2519", "2529"},  # Artificial Intelligence, Knowledge Based System
        "126/2023": {"2166"},  # Desain Grafis dan Desain Komunikasi Visual: graphic designers
        "152/2025": {"1120", "1219"},  # Pengelolaan Badan Usaha Milik Desa: enterprise managers
        "153/2025": {"7233"},  # Maintenance Alat Berat: heavy-equipment mechanics
        "154/2025": set(),  # Industri Ubin Keramik: an industry
        "155/2025": set(),  # Refraktori: a material
        "165/2025": {"6111", "8160", "9211"},  # Budi Daya Tebu dan Pengolahan Gula Kristal Putih
        "166/2025": set(),  # Industri Bahan Bangunan Dari Semen: an industry
        "257/2025": {"1420", "2431", "5221", "5244", "5249"},  # online retail trade
        "258/2025": {"3117", "8113"},  # Fluida Pengeboran, Kompleksi, dan Kerja Ulang Sumur
        "259/2025": {"2151", "3113", "7412"},  # Teknik Listrik Migas: electrical engineering
        "260/2025": {"2133", "2143"},  # Sistem Manajemen Lingkungan: environmental professionals
        "299/2020": {"2120", "2511", "2519", "2529"},  # Artificial Intelligence, Data Science
        "56/2018": {"3511", "4110", "4132"},  # Pengoperasian Komputer: office computer operation
    }.items()
}


def sample_ids(all_ids: list[str]) -> list[str]:
    return sorted(random.Random(SEED).sample(sorted(all_ids), SAMPLE))


def evaluate(links: dict[str, str], sample: list[str]) -> dict[str, float | int]:
    """Precision of the links made in the sample, and recall on the sampled standards that name work."""
    mapped = [s for s in sample if s in links]
    correct = [s for s in mapped if links[s] in LABELS[s]]
    occupational = [s for s in sample if LABELS[s]]
    return {
        "sample": len(sample),
        "linked": len(mapped),
        "correct": len(correct),
        "precision": round(len(correct) / len(mapped), 3) if mapped else 0.0,
        "sample_naming_an_occupation": len(occupational),
        "recall": round(sum(1 for s in occupational if s in correct) / len(occupational), 3),
        "industry_or_topic_abstained": sum(1 for s in sample if not LABELS[s] and s not in links),
        "industry_or_topic": sum(1 for s in sample if not LABELS[s]),
    }


def unit_vote(kb: KnowledgeBase) -> dict[str, str]:
    """The alternative left out: each unit title matched alone; the standard goes to the unit group most
    confident unit matches agree on."""
    from jalur.match.matcher import Matcher

    matcher = Matcher(kb)
    by_std: dict[str, list[str]] = {}
    for title, std in kb.rows("SELECT title, standard FROM skkni_unit ORDER BY code"):
        by_std.setdefault(str(std), []).append(str(title))
    out: dict[str, str] = {}
    for std, titles in sorted(by_std.items()):
        votes = Counter(
            r.candidates[0].isco for r in matcher.match_many(titles, lang="id", workers=1) if not r.abstained
        )
        if votes:
            out[std] = votes.most_common(1)[0][0]
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    kb_path = config.kb_path()
    seconds: list[float] = []
    snapshots = set()
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "kb.sqlite"
        shutil.copyfile(kb_path, copy)
        for _ in range(args.runs):
            conn = sqlite3.connect(copy)
            for table in ("skkni_occupation", "skkni_unit", "skkni_standard"):
                conn.execute(f"DROP TABLE IF EXISTS {table}")
            conn.executescript(step.SCHEMA)
            ctx = BuildContext(conn=conn, data_dir=config.data_dir())
            t0 = time.perf_counter()
            step.load(ctx)
            seconds.append(time.perf_counter() - t0)
            conn.commit()
            rows = conn.execute("SELECT * FROM skkni_occupation ORDER BY standard").fetchall()
            snapshots.add(json.dumps(rows))
            conn.close()
        with KnowledgeBase(copy) as kb:
            links = {str(r[0]): str(r[1]) for r in kb.rows("SELECT standard, isco FROM skkni_occupation")}
            ids = [str(r[0]) for r in kb.rows("SELECT id FROM skkni_standard")]
            catalogue = {
                str(r[0]) for r in kb.rows("SELECT id FROM skkni_standard WHERE source LIKE '%catalog%'")
            }
            with_units = {str(r[0]) for r in kb.rows("SELECT id FROM skkni_standard WHERE unit_count > 0")}
            votes = unit_vote(kb)
    sample = sample_ids(ids)
    assert set(sample) <= set(LABELS), "the labelled sample no longer matches the standards"
    assert with_units <= set(LABELS), "a standard with units is not labelled"
    title_on_units = {s: links[s] for s in with_units if s in links}
    result = {
        "step_seconds_median": round(statistics.median(seconds), 2),
        "step_seconds_runs": [round(s, 2) for s in seconds],
        "identical_runs": len(snapshots) == 1,
        "standards": len(ids),
        "linked": len(links),
        "catalogue_standards": len(catalogue),
        "catalogue_linked": len(set(links) & catalogue),
        "coverage_catalogue": round(len(set(links) & catalogue) / len(catalogue), 3),
        "isco_groups_reached": len(set(links.values())),
        "title_matcher_on_sample": evaluate(links, sample),
        "unit_vote": {
            "standards_with_units": len(with_units),
            "linked": len(votes),
            "correct": sum(1 for s, c in votes.items() if c in LABELS[s]),
            "linked_where_title_abstains": len(set(votes) - set(links)),
            "correct_where_title_abstains": sum(
                1 for s, c in votes.items() if s not in links and c in LABELS[s]
            ),
            "title_matcher_linked": len(title_on_units),
            "title_matcher_correct": sum(1 for s, c in title_on_units.items() if c in LABELS[s]),
            "links": votes,
        },
    }
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
