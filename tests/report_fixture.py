"""A realistic employer report dict (schema ``jalur.report/1``, docs/report.md) for the renderer tests.

An Indonesian bank: 16 distinct titles over 5 units, 11 of them placed and 5 in the review queue, rejected
and flagged rows, personal-data columns, a 3 × 3 scenario grid of ranges, sources and assumptions. User text
is hostile on purpose: spreadsheet formulas (``=cmd|' /C calc'!A0``, ``+SUM(1)``, ``-2+3``, ``@x``), markup
(``<script>``), quotes and ampersands, Chinese and Arabic titles and a 200-character title. Every total is
computed from the roles, so the dict is self-consistent (rows in = accepted + rejected, unit headcounts add
up to the total). ``make_report(n_roles=500)`` adds generated roles for the big-roster timings; the output
is deterministic (a seeded generator).
"""

from __future__ import annotations

import random
from typing import Any

CLASSES = ("automate", "augment", "human")
COST_PER_HOUR = 150_000  # IDR, the fixture's documented default rate

UNIT_BRANCH = "Kantor Cabang"
UNIT_OPS = "Operasional <script>alert(1)</script>"
UNIT_CREDIT = 'Kredit & Risiko "Utama"'
UNIT_FORMULA = "=cmd|' /C calc'!A0"
UNIT_IT = "Teknologi Informasi"
UNITS = (UNIT_BRANCH, UNIT_OPS, UNIT_CREDIT, UNIT_FORMULA, UNIT_IT)

LONG_TITLE = (
    "Kepala Seksi Pengendalian Mutu Layanan Nasabah Prioritas dan Penanganan Keluhan Lintas Kanal Digital "
    "serta Koordinasi Kepatuhan Regional Wilayah Jawa Bagian Barat, Banten, dan DKI Jakarta Raya Terpadu"
)[:200].ljust(200, ".")

HOSTILE = (
    "=cmd|' /C calc'!A0",
    "+SUM(1)",
    "-2+3",
    "@x",
    "<script>alert(1)</script>",
    '"quotes" & ampersands',
)

# title, {unit: headcount}, isco, title_id, title_en, via, confidence, mean, gradient, shares, pathway
# (target, target_type, title_id, title_en, kind, hours)
_PLACED: list[tuple[Any, ...]] = [
    (
        "Teller",
        {UNIT_BRANCH: 1200},
        "4211",
        "Teller bank dan sejenisnya",
        "Bank tellers and related clerks",
        "matcher",
        0.93,
        0.58,
        "g3",
        (0.46, 0.34, 0.20),
        (
            "ai_customer_support_specialist",
            "role",
            "Spesialis layanan nasabah berbantuan AI",
            "AI-assisted customer support specialist",
            ["growing", "viable"],
            120,
        ),
    ),
    (
        "Customer Service Officer",
        {UNIT_BRANCH: 760, UNIT_IT: 40},
        "4222",
        "Petugas pusat kontak",
        "Contact centre information clerks",
        "matcher",
        0.88,
        0.55,
        "g3",
        (0.40, 0.40, 0.20),
        (
            "3322",
            "occupation",
            "Perwakilan penjualan komersial",
            "Commercial sales representatives",
            ["viable", "safer"],
            160,
        ),
    ),
    (
        "+SUM(1)",
        {UNIT_OPS: 650},
        "4110",
        "Juru tulis kantor umum",
        "General office clerks",
        "override",
        1.0,
        0.62,
        "g4",
        (0.55, 0.30, 0.15),
        ("data_quality_steward", "role", "Pengelola mutu data", "Data quality steward", ["growing"], 200),
    ),
    (
        "Data Entry",
        {UNIT_OPS: 420},
        "4132",
        "Operator pemasukan data",
        "Data entry clerks",
        "title",
        0.97,
        0.70,
        "g4",
        (0.68, 0.22, 0.10),
        (
            "data_quality_steward",
            "role",
            "Pengelola mutu data",
            "Data quality steward",
            ["growing", "viable"],
            220,
        ),
    ),
    (
        "Analis Kredit",
        {UNIT_CREDIT: 310},
        "3312",
        "Petugas kredit dan pinjaman",
        "Credit and loans officers",
        "matcher",
        0.86,
        0.49,
        "g2",
        (0.30, 0.45, 0.25),
        ("2413", "occupation", "Analis keuangan", "Financial analysts", ["viable", "desirable"], 240),
    ),
    (
        "Account Officer",
        {UNIT_CREDIT: 280},
        "3312",
        "Petugas kredit dan pinjaman",
        "Credit and loans officers",
        "matcher",
        0.81,
        0.47,
        "g2",
        (0.28, 0.44, 0.28),
        (
            "2412",
            "occupation",
            "Penasihat keuangan dan investasi",
            "Financial and investment advisers",
            ["viable"],
            180,
        ),
    ),
    (
        "Relationship Manager",
        {UNIT_CREDIT: 150},
        "2412",
        "Penasihat keuangan dan investasi",
        "Financial and investment advisers",
        "matcher",
        0.84,
        0.38,
        "g1",
        (0.15, 0.45, 0.40),
        ("ai_product_owner", "role", "Pemilik produk AI", "AI product owner", ["growing"], 260),
    ),
    (
        '"quotes" & ampersands',
        {UNIT_OPS: 180, UNIT_FORMULA: 80},
        "4214",
        "Penagih utang dan sejenisnya",
        "Debt collectors and related workers",
        "matcher",
        0.74,
        0.45,
        "g2",
        (0.32, 0.38, 0.30),
        (
            "4222",
            "occupation",
            "Petugas pusat kontak",
            "Contact centre information clerks",
            ["viable", "safer"],
            90,
        ),
    ),
    (
        "Pengembang Aplikasi",
        {UNIT_IT: 190},
        "2512",
        "Pengembang perangkat lunak",
        "Software developers",
        "matcher",
        0.95,
        0.44,
        "g2",
        (0.20, 0.55, 0.25),
        ("ai_engineer", "role", "Insinyur AI", "AI engineer", ["growing", "desirable"], 300),
    ),
    (
        "@x",
        {UNIT_FORMULA: 45},
        "2619",
        "Profesional hukum lainnya",
        "Legal professionals not elsewhere classified",
        "code",
        1.0,
        0.31,
        "minimal",
        (0.10, 0.40, 0.50),
        None,
    ),
    (
        LONG_TITLE,
        {UNIT_BRANCH: 20, UNIT_FORMULA: 15},
        "1346",
        "Manajer cabang jasa keuangan dan asuransi",
        "Financial and insurance services branch managers",
        "matcher",
        0.77,
        0.22,
        "not_exposed",
        (0.05, 0.30, 0.65),
        (
            "ai_governance_officer",
            "role",
            "Petugas tata kelola AI",
            "AI governance officer",
            ["growing", "safer"],
            140,
        ),
    ),
]

# title, {unit: headcount}, reason, candidates [(isco, title_id, title_en, confidence)]
_REVIEW: list[tuple[Any, ...]] = [
    ("-2+3", {UNIT_CREDIT: 12}, "no_candidate", []),
    (
        "<script>alert(1)</script>",
        {UNIT_OPS: 8},
        "low_confidence",
        [
            ("4110", "Juru tulis kantor umum", "General office clerks", 0.41),
            ("4132", "Operator pemasukan data", "Data entry clerks", 0.37),
        ],
    ),
    (
        "数据录入员",
        {UNIT_OPS: 6},
        "other_script",
        [("4132", "Operator pemasukan data", "Data entry clerks", 0.33)],
    ),
    (
        "محلل ائتمان",
        {UNIT_CREDIT: 4},
        "other_script",
        [("3312", "Petugas kredit dan pinjaman", "Credit and loans officers", 0.29)],
    ),
    (
        "=cmd|' /C calc'!A0",
        {UNIT_FORMULA: 3},
        "low_confidence",
        [
            (
                "2529",
                "Profesional keamanan basis data dan jaringan",
                "Database and network professionals",
                0.22,
            )
        ],
    ),
]

_TASKS = (
    ("Memeriksa dan memasukkan transaksi nasabah", "Check and enter customer transactions", 0.72, "automate"),
    ("Menjelaskan produk kepada nasabah", "Explain products to customers", 0.48, "augment"),
    ("Menangani keluhan yang rumit", "Handle complex complaints", 0.21, "human"),
)

_SKILLS = ("analisis data", "literasi AI", "layanan nasabah digital", "SQL", "manajemen risiko model")

SOURCES = [
    {
        "id": "ilo-genai-exposure-2025",
        "title": "ILO Working Paper 140: Generative AI and jobs, a refined global index of occupational exposure",
        "version": "2025",
        "licence": "CC BY 4.0",
    },
    {
        "id": "onet-29.3-xlsx",
        "title": "O*NET 29.3 Database (Excel)",
        "version": "29.3",
        "licence": "CC BY 4.0",
    },
    {
        "id": "esco-1.2.0",
        "title": "ESCO classification",
        "version": "1.2.0",
        "licence": "EU reuse (CC BY 4.0)",
    },
    {
        "id": "kbji-2014-kbli-2020",
        "title": "KBJI 2014 (Klasifikasi Baku Jabatan Indonesia)",
        "version": "2014",
        "licence": "public",
    },
    {"id": "jalur-roles", "title": "Jalur AI-era roles catalogue", "version": "0.1.0", "licence": "MIT"},
]

ASSUMPTIONS = [
    {
        "key": "learning_cost_per_hour_idr",
        "value": COST_PER_HOUR,
        "unit": "IDR/hour",
        "note": "documented default rate",
    },
    {"key": "retraining_success_rate", "value": 0.7, "unit": "share", "note": "mid; low 0.55, high 0.85"},
    {"key": "natural_attrition_rate", "value": 0.08, "unit": "share/year", "note": "banking sector, fixture"},
    {"key": "redeployment_share", "value": 0.5, "unit": "share", "note": "of displaced FTE not absorbed"},
    {"key": "new_positions_per_displaced", "value": 1.3, "unit": "ratio", "note": "mid; tested claim: +30%"},
]

SPEEDS = {"conservative": 0.3, "baseline": 0.55, "aggressive": 0.85}
HORIZONS = {1: 0.2, 3: 0.6, 5: 1.0}


def _rng(low: float, mid: float, high: float, digits: int = 1) -> dict[str, float]:
    return {"low": round(low, digits), "mid": round(mid, digits), "high": round(high, digits)}


def _dominant(shares: tuple[float, float, float]) -> str:
    return CLASSES[max(range(3), key=lambda i: shares[i])]


def _placed_role(spec: tuple[Any, ...]) -> dict[str, Any]:
    title, units, isco, tid, ten, via, conf, mean, gradient, shares, path = spec
    headcount = sum(units.values())
    shares_d = dict(zip(CLASSES, shares, strict=True))
    pathways: list[dict[str, Any]] = []
    hours = 0
    target = None
    if path:
        target, ttype, ptid, pten, kind, hours = path
        pathways.append(
            {
                "target": target,
                "target_type": ttype,
                "title_id": ptid,
                "title_en": pten,
                "kind": kind,
                "similarity": 0.71,
                "exposure_after": round(mean * 0.6, 2),
                "hours": hours,
                "skills_to_learn": list(_SKILLS[:3]),
                "certifications": ["SKKNI 2019-123"],
            }
        )
        pathways.append(
            {
                "target": "4229",
                "target_type": "occupation",
                "title_id": "Petugas informasi pelanggan lainnya",
                "title_en": "Client information workers nec",
                "kind": ["viable"],
                "similarity": 0.64,
                "exposure_after": round(mean * 0.8, 2),
                "hours": hours + 40,
                "skills_to_learn": list(_SKILLS[2:]),
                "certifications": [],
            }
        )
    people = round(headcount * shares[0] * 1.5) if path else 0
    people = min(people, headcount)
    return {
        "title": title,
        "headcount": headcount,
        "units": dict(units),
        "salary_median": 6_500_000 if headcount > 100 else None,
        "placement": {"isco": isco, "title_id": tid, "title_en": ten, "via": via, "confidence": conf},
        "exposure": {"mean": mean, "gradient": gradient, "shares": shares_d},
        "dominant_class": _dominant(shares),
        "fte_automatable": round(headcount * shares[0], 1),
        "fte_augmentable": round(headcount * shares[1], 1),
        "tasks": [
            {"text_id": a, "text_en": b, "score": s, "class": c, "source": "ilo-genai-exposure-2025"}
            for a, b, s, c in _TASKS
        ],
        "augmentation": [
            {"text_id": a, "text_en": b, "score": s, "class": c, "source": "ilo-genai-exposure-2025"}
            for a, b, s, c in _TASKS[1:2]
        ],
        "pathways": pathways,
        "reskilling": {
            "people": people,
            "target": target,
            "hours_per_person": hours,
            "cost_per_person_idr": hours * COST_PER_HOUR,
            "cost_idr": people * hours * COST_PER_HOUR,
            "cost_basis": "default_rate",
        },
        # not in docs/report.md's table yet, but written by jalur.workforce.report: an AI-tools course for
        # everyone in a role where at least 20% of tasks are augment
        "upskilling": {
            "people": headcount if shares[1] >= 0.2 else 0,
            "hours_per_person": 16.0 if shares[1] >= 0.2 else 0.0,
            "cost_idr": float(headcount * 16 * 75_000) if shares[1] >= 0.2 else 0.0,
        },
    }


def _review_role(spec: tuple[Any, ...]) -> dict[str, Any]:
    title, units, _reason, _cands = spec
    return {
        "title": title,
        "headcount": sum(units.values()),
        "units": dict(units),
        "salary_median": None,
        "placement": None,
        "exposure": None,
        "dominant_class": None,
        "fte_automatable": 0.0,
        "fte_augmentable": 0.0,
        "tasks": [],
        "augmentation": [],
        "pathways": [],
        "reskilling": {
            "people": 0,
            "target": None,
            "hours_per_person": None,
            "cost_per_person_idr": None,
            "cost_idr": 0.0,
            "cost_basis": "in_review",
        },
        "upskilling": {"people": 0, "hours_per_person": 0.0, "cost_idr": 0.0},
    }


def _generated(n: int, rnd: random.Random) -> list[tuple[Any, ...]]:
    specs = []
    for i in range(n):
        a = rnd.uniform(0.05, 0.7)
        b = rnd.uniform(0.1, 0.6) * (1 - a)
        shares = (round(a, 3), round(b, 3), round(1 - a - b, 3))
        unit = UNITS[i % len(UNITS)]
        specs.append(
            (
                f"Peran sintetis {i + 1:04d} — Staf Layanan",
                {unit: rnd.randint(1, 60)},
                f"{rnd.randint(1000, 9999)}",
                f"Pekerjaan {i + 1}",
                f"Occupation {i + 1}",
                "matcher",
                round(rnd.uniform(0.6, 0.99), 2),
                round(rnd.uniform(0.1, 0.8), 2),
                rnd.choice(["not_exposed", "minimal", "g1", "g2", "g3", "g4"]),
                shares,
                (
                    f"target_{i % 23}",
                    "occupation",
                    f"Tujuan {i % 23}",
                    f"Destination {i % 23}",
                    ["viable"],
                    rnd.randint(40, 300),
                )
                if i % 7
                else None,
            )
        )
    return specs


def make_report(n_roles: int | None = None, lang: str = "id") -> dict[str, Any]:
    """The bank's report; with ``n_roles`` above 16, generated roles are added to reach that many."""
    placed = [_placed_role(s) for s in _PLACED]
    review = [_review_role(s) for s in _REVIEW]
    extra = (n_roles or 0) - len(placed) - len(review)
    if extra > 0:
        placed += [_placed_role(s) for s in _generated(extra, random.Random(42))]
    roles = sorted(placed + review, key=lambda r: (-r["headcount"], r["title"]))

    headcount = sum(r["headcount"] for r in roles)
    in_review = sum(r["headcount"] for r in review)
    placed_hc = headcount - in_review
    shares = {
        c: round(sum(r["headcount"] * r["exposure"]["shares"][c] for r in placed) / placed_hc, 4)
        for c in CLASSES
    }
    exposure_mean = round(sum(r["headcount"] * r["exposure"]["mean"] for r in placed) / placed_hc, 4)
    by_class = {c: sum(r["headcount"] for r in placed if r["dominant_class"] == c) for c in CLASSES}

    units = []
    for u in UNITS:
        members = [(r, r["units"][u]) for r in roles if u in r["units"]]
        hc = sum(n for _, n in members)
        hc_review = sum(n for r, n in members if r["placement"] is None)
        hc_placed = hc - hc_review
        p = [(r, n) for r, n in members if r["placement"] is not None]
        units.append(
            {
                "unit": u,
                "headcount": hc,
                "headcount_in_review": hc_review,
                "exposure_mean": round(sum(r["exposure"]["mean"] * n for r, n in p) / hc_placed, 4)
                if hc_placed
                else None,
                "shares": {
                    c: round(sum(r["exposure"]["shares"][c] * n for r, n in p) / hc_placed, 4)
                    for c in CLASSES
                }
                if hc_placed
                else None,
                "fte_automatable": round(sum(r["exposure"]["shares"]["automate"] * n for r, n in p), 1),
                "reskilling_cost_idr": round(
                    sum(r["reskilling"]["cost_idr"] * n / r["headcount"] for r, n in p if r["headcount"])
                ),
            }
        )
    units.sort(key=lambda u: (-u["headcount"], u["unit"]))

    rejected = [
        {"row": 17, "reason": "empty_title", "detail": ""},
        {"row": 233, "reason": "headcount_not_a_number", "detail": "'=1+1' bukan angka"},
        {"row": 418, "reason": "headcount_negative", "detail": "-3"},
        {"row": 1022, "reason": "duplicate", "detail": "sama dengan baris 1021"},
        {"row": 2050, "reason": "title_too_long", "detail": "412 karakter"},
        {"row": 3001, "reason": "headcount_not_whole", "detail": "2.5"},
        {"row": 4999, "reason": "unreadable", "detail": "<script>alert(1)</script>"},
        {"row": 5003, "reason": "some_new_code", "detail": "@SUM(A1:A9)"},
    ]
    fte = round(sum(r["fte_automatable"] for r in placed), 1)
    grid = []
    for speed, adopt in SPEEDS.items():
        for horizon, hf in HORIZONS.items():
            d = fte * adopt * hf
            absorbed = d * min(0.9, 0.25 * horizon**0.5)
            new = d * 1.3
            grid.append(
                {
                    "speed": speed,
                    "horizon": horizon,
                    "displaced_fte": _rng(d * 0.7, d, d * 1.3),
                    "absorbed_by_attrition": _rng(absorbed * 0.8, absorbed, absorbed * 1.1),
                    "redeployed": _rng((d - absorbed) * 0.4, (d - absorbed) * 0.5, (d - absorbed) * 0.6),
                    "retrained": _rng((d - absorbed) * 0.3, (d - absorbed) * 0.35, (d - absorbed) * 0.42),
                    "at_risk": _rng(
                        max(0.0, d - absorbed) * 0.1,
                        max(0.0, d - absorbed) * 0.15,
                        max(0.0, d - absorbed) * 0.3,
                    ),
                    "new_positions": _rng(new * 0.6, new, new * 1.5),
                    "new_vs_displaced": _rng(0.9, 1.3, 1.7, 2),
                    "roles_significantly_altered_share": _rng(
                        0.08 * hf * adopt * 2, 0.2 * hf * adopt * 2, 0.3 * hf * adopt * 2, 3
                    ),
                    "reskilling_cost_idr": _rng(
                        d * 12_000_000 * 0.8, d * 12_000_000, d * 12_000_000 * 1.4, 0
                    ),
                }
            )
    people = sum(r["reskilling"]["people"] for r in roles)
    return {
        "schema": "jalur.report/1",
        "lang": lang,
        "input": {
            "file": "roster_bank <script>.csv",
            "sha256": "9f2c" + "0" * 60,
            "bytes": 412_332,
            "format": "csv",
            "encoding": "utf-8-sig",
            "delimiter": ";",
            "sheet": None,
            "sheets_ignored": [],
            "layout": "per_employee",
            "columns": {
                "title": "Jabatan",
                "unit": "Unit Kerja",
                "headcount": None,
                "salary": "Gaji",
                "location": "Lokasi",
                "description": None,
            },
            "ignored_columns": ["Keterangan", '=HYPERLINK("http://x")'],
            "personal_columns": [
                {"column": "Nama Lengkap", "kind": "name"},
                {"column": "NIK", "kind": "nik"},
                {"column": "No. HP", "kind": "phone"},
                {"column": "+Email <kantor>", "kind": "email"},
            ],
        },
        "rows_in": headcount + len(rejected),
        "rows_accepted": headcount,
        "rows_rejected": rejected,
        "rows_flagged": [
            {"row": 88, "flags": ["salary_out_of_range"]},
            {"row": 301, "flags": ["encoding_repaired", "other_script"]},
            {"row": 702, "flags": ["formula_value"]},
        ],
        "totals": {
            "headcount": headcount,
            "headcount_placed": placed_hc,
            "headcount_in_review": in_review,
            "roles": len(roles),
            "units": len(units),
            "exposure_mean": exposure_mean,
            "shares": shares,
            "fte_automatable": fte,
            "fte_augmentable": round(sum(r["fte_augmentable"] for r in placed), 1),
            "headcount_by_class": by_class,
            "reskilling": {
                "people": people,
                "hours": sum(r["reskilling"]["people"] * r["reskilling"]["hours_per_person"] for r in placed),
                "cost_idr": sum(r["reskilling"]["cost_idr"] for r in roles),
                "cost_basis": "default_rate",
            },
            "upskilling": {
                "people": sum(r["upskilling"]["people"] for r in roles),
                "hours": sum(r["upskilling"]["people"] * r["upskilling"]["hours_per_person"] for r in roles),
                "cost_idr": sum(r["upskilling"]["cost_idr"] for r in roles),
            },
        },
        "roles": roles,
        "units": units,
        "scenarios": {
            "assumptions": {
                "adoption": dict(SPEEDS),
                "horizon_factor": {str(k): v for k, v in HORIZONS.items()},
                "retraining_success_rate": {"low": 0.55, "mid": 0.7, "high": 0.85},
                "natural_attrition_rate": 0.08,
                "redeployment_vs_attrition": "redeploy first",
            },
            "grid": grid,
        },
        "review_queue": [
            {
                "title": title,
                "headcount": sum(u.values()),
                "rows": list(range(2 + i * 50, 2 + i * 50 + min(20, sum(u.values())))),
                "reason": reason,
                "candidates": [
                    {"isco": c[0], "title_id": c[1], "title_en": c[2], "confidence": c[3]} for c in cands
                ],
            }
            for i, (title, u, reason, cands) in enumerate(_REVIEW)
        ],
        "sources": SOURCES,
        "assumptions": ASSUMPTIONS,
        "generator": {"jalur": "0.1.0", "kb": {"built_from": "sha256:5be1" + "a" * 12}},
    }
