"""The market monitor's pure parts (issue 19) on ads and strings we wrote: salary and date parsing, the
AI class with its traps, reading ad files in four formats, ``jalur market classify --json``."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jalur.market.ai import classify_ad, sections
from jalur.market.dates import parse_posted, parse_scraped_at
from jalur.market.salary import parse_salary


@pytest.mark.parametrize(
    ("text", "currency", "low", "high", "period", "basis"),
    [
        ("Rp 5-7 juta", "IDR", 5e6, 7e6, "month", "stated"),  # a generic parser reads 5
        ("Rp 5.000.000 - Rp 7.000.000 / bulan", "IDR", 5e6, 7e6, "month", "stated"),
        ("5jt", "IDR", 5e6, 5e6, "month", "stated"),
        ("Gaji: 4,5 juta", "IDR", 4.5e6, 4.5e6, "month", "stated"),
        ("IDR 8,000,000 per month", "IDR", 8e6, 8e6, "month", "stated"),
        ("Rp150rb/hari", "IDR", 150_000, 150_000, "day", "stated"),
        ("di atas 10 juta", "IDR", 10e6, None, "month", "stated"),
        ("s/d 12 jt", "IDR", None, 12e6, "month", "stated"),
        ("Rp 3.500.000 (nego)", "IDR", 3.5e6, 3.5e6, "month", "stated"),
        ("₱25,000 - ₱30,000 monthly", "PHP", 25_000, 30_000, "month", "stated"),
        ("USD 1,500/month", "USD", 1500, 1500, "month", "stated"),
        ("Nego", None, None, None, None, "negotiable"),
        ("pengalaman 5 tahun", None, None, None, None, "not_salary"),
        ("WA 0812-3456-7890", None, None, None, None, "not_salary"),
        ("Jam kerja 08.00 - 17.00", None, None, None, None, "not_salary"),
        # 2026-12-07 (seventh round): halves in words, a placeholder zero, basic to take-home pay
        ("lima setengah juta", "IDR", 5.5e6, 5.5e6, "month", "stated"),
        ("Gaji: Rp 0", None, None, None, None, "unknown"),
        ("Gapok Rp 3.900.000, take home pay hingga Rp 6.000.000", "IDR", 3.9e6, 6e6, "month", "stated"),
        ("Gaji berdasarkan kesepakatan", None, None, None, None, "negotiable"),
        # 2026-12-07 (eighth round): a stray space in a thousands group, weeks as "mgg", pay in man for
        # work in Japan, a street address
        ("Rp 5. 200. 000/bln", "IDR", 5.2e6, 5.2e6, "month", "stated"),
        ("Rp 4 .500.000", "IDR", 4.5e6, 4.5e6, "month", "stated"),
        ("Rp 650.000 /mgg", "IDR", 650_000, 650_000, "week", "stated"),
        ("Gaji 18-20 man/bulan (Jepang)", "JPY", 180_000, 200_000, "month", "stated"),
        ("Jl. Melati No. 12, Bandung 40115", None, None, None, None, "not_salary"),
        ("Gaji 20 man", "IDR", 20e6, 20e6, "month", "stated"),  # no Japan in the text: man is no unit
        # 2026-12-07 (second blind round's dev half): lower bounds in other words, a freelancer's project
        # budget, a registration fee, "up to" between two amounts, a date without a year is no amount
        ("Salary starts at Rp 10 million", "IDR", 10e6, None, "month", "stated"),
        ("Gaji sekurang-kurangnya Rp 3.000.000", "IDR", 3e6, None, "month", "stated"),
        ("Salary 15jt up", "IDR", 15e6, None, "month", "stated"),
        ("Budget project 5-8 jt", "IDR", 5e6, 8e6, "project", "stated"),
        ("Budget iklan Rp 50 juta", None, None, None, None, "not_salary"),
        ("Pendaftaran Rp 100.000", None, None, None, None, "not_salary"),
        ("5jt up to 7jt", "IDR", 5e6, 7e6, "month", "stated"),
        ("Pendaftaran dibuka s/d 20 Mei, gaji Rp 5 juta", "IDR", 5e6, 5e6, "month", "stated"),
        # 2026-12-07 (tenth round's dev half): a contract's length is no amount and its total fee is per
        # project; a lower bound before the pay word; a platform's join fee; colloquial "sampe"
        ("Kontrak proyek 3 bulan, total fee Rp 30 juta", "IDR", 30e6, 30e6, "project", "stated"),
        ("Minimal gaji 3,8 juta", "IDR", 3.8e6, None, "month", "stated"),
        ("Join fee Rp 99.000 untuk aktivasi akun mitra", None, None, None, None, "not_salary"),
        ("gaji sampe 4jt", "IDR", None, 4e6, "month", "stated"),
        ("Gaji 4 sampe 5 juta", "IDR", 4e6, 5e6, "month", "stated"),
    ],
)
def test_salary_as_ads_write_it(
    text: str, currency: str | None, low: float | None, high: float | None, period: str | None, basis: str
) -> None:
    s = parse_salary(text)
    assert (s.currency, s.minimum, s.maximum, s.period, s.basis) == (currency, low, high, period, basis)


def test_salary_per_month_and_minimum_wage() -> None:
    day = parse_salary("Rp 150.000 per hari")
    assert day.idr_month_min == 150_000 * 22
    year = parse_salary("Rp 60 juta per tahun")
    assert year.idr_month_max == 5_000_000
    assert parse_salary("USD 2,000/month").idr_month_min is None  # other currencies are never converted
    umr = parse_salary("Sesuai UMR Bekasi")
    assert umr.basis == "minimum_wage" and umr.region == "Bekasi" and umr.minimum is None


def test_posting_dates_from_what_boards_show() -> None:
    now = parse_scraped_at("2024-08-22T17:30:00Z")  # 00:30 on 23 August in Jakarta
    assert now is not None and now.date() == dt.date(2024, 8, 23)
    cases = {
        "2 hari yang lalu": ("2024-08-21", "relative"),
        "kemarin": ("2024-08-22", "relative"),
        "1 jam yang lalu": ("2024-08-22", "relative"),  # crosses midnight in Jakarta
        "30+ hari yang lalu": ("2024-07-24", "relative"),
        "05/08/2024": ("2024-08-05", "exact"),  # day first
        "19 Agu 2024": ("2024-08-19", "exact"),
        "2024-08-19T20:00:00Z": ("2024-08-20", "exact"),  # UTC to Jakarta first
        "Diposting 19 Agu 2024 · Ditutup 30 Sep 2024": ("2024-08-19", "exact"),
        "12-Jul-24": ("2024-07-12", "exact"),  # two-digit year between dashes
        # 2026-12-07 (eighth round)
        "Barusan diposting": ("2024-08-23", "relative"),
        "Thu, 22 Aug 2024 20:30:00 GMT": ("2024-08-23", "exact"),  # GMT to Jakarta first
        "Sat Aug 17 2024 21:00:00 GMT+0700": ("2024-08-17", "exact"),  # already Jakarta's offset
        "Lahir setelah 1 Januari 1996": (None, "none"),  # a birth-date limit
        "HUT RI ke-79, 17 Agustus 2024": (None, "none"),  # a holiday the ad names
    }
    for text, (day, basis) in cases.items():
        got = parse_posted(text, now)
        assert (got.date.isoformat() if got.date else None, got.basis) == (day, basis), text
    assert parse_posted("Dibuka sampai 30 Sep 2024", now).basis == "none"  # a deadline
    assert parse_posted("30+ hari yang lalu", now).at_least


@pytest.mark.parametrize(
    ("title", "description", "cls"),
    [
        ("Machine Learning Engineer", "ResponsibilitiesTrain and deploy models with PyTorch", "A"),
        ("Marketing Analyst", "ResponsibilitiesBuild churn prediction models with machine learning", "B"),
        ("Content Writer", "RequirementsFamiliar with ChatGPT and other AI tools", "C"),
        ("Sales Executive", "We are an AI-powered fintech. RequirementsGood communication skills", "D"),
        ("Admin Gudang", "Memberi informasi mengenai stok barang kepada tim", "E"),  # "genai" inside a word
        ("HR Officer", "Organise sponsored team building events", "E"),
        ("Customer Support", "Ensure prompt resolution of customer issues", "E"),
        ("Backend Developer", "Write Python with type annotations", "E"),
        ("Virtual Assistant", "Manage the director's calendar and e-mails", "E"),
        ("Data Analyst", "RequirementsSQL, Tableau, dashboards", "E"),  # a data analyst is not an AI role
        # 2026-12-07: a game, a coaching method, a shop's name; AI features asked for; AI taught to staff
        (
            "Analis Tim Esports",
            "Tentang Kami\nKlub Mobile Legends (ML) kami.\nKualifikasi\n- Paham meta ML",
            "E",
        ),
        ("Trainer Penjualan", "Tanggung Jawab\n- Coaching berbasis NLP (Neuro-Linguistic Programming)", "E"),
        ("Pramuniaga", "Tentang Kami\nToko Berkah AI Grosir melayani warga sejak 2001.", "E"),
        ("Desainer Grafis", "Kualifikasi\n- Mahir memakai Canva termasuk fitur AI-nya", "C"),
        ("Video Editor", "Requirements\n- Experience with AI-powered editing tools is a plus", "C"),
        (
            "HR Officer",
            "Tanggung Jawab\n- Menyelenggarakan pelatihan penggunaan AI generatif bagi staf kantor",
            "B",
        ),
    ],
)
def test_ai_class_and_the_traps_a_keyword_search_falls_into(title: str, description: str, cls: str) -> None:
    from jalur.pathways.roles import load_roles

    assert classify_ad(title, description, load_roles()).ai_class == cls


@pytest.mark.parametrize(
    ("title", "role"),
    [
        # 2026-12-07 (fourth authored round's development half): an AI tutor teaches a model, not people;
        # rating a model's answers is an AI trainer's work, not an engineer's; the plain names of two roles
        ("AI Tutor - Matematika (Freelance)", "ai_trainer"),
        ("LLM Evaluation Specialist", "ai_trainer"),
        ("Perancang Prompt - Tim Pemasaran", "prompt_designer"),
        ("Conversational Designer (Chatbot)", "conversational_ux_designer"),
        ("LLM Engineer", "ml_engineer"),
        ("Guru Matematika", None),
        # the role whose own catalogue words the title uses (two of its name words, a clear lead), before
        # "an AI term makes an ML engineer"; one shared word ("product") is no role
        ("LLM Engineer (Fine-tuning & Optimization)", "model_tuning_engineer"),
        ("Machine Learning Engineer", "ml_engineer"),
        ("AI Product Manager", None),
        # the fifth authored round's development half: rating a model's answers in other words, a predictive
        # modeller, fairness testing, AI assurance
        ("Human Feedback Specialist – Legal (Bahasa Indonesia)", "ai_trainer"),
        ("Dokter Penilai Jawaban AI (Part-time, Remote)", "ai_trainer"),
        ("Penilai Jawaban Model (Bahasa Jawa/Sunda) – Freelance", "ai_trainer"),
        ("Clinical Predictive Modeller – Prediksi Readmisi Pasien", "data_scientist"),
        ("Fairness Testing Analyst (Model Kredit & Rekrutmen)", "ai_bias_reviewer"),
        ("AI Assurance Consultant – Senior Associate", "ai_auditor"),
        ("Model Agency Booker", None),
        # job-board titles of the role catalogue (`titles`, authored 2026-12-07 blind to every ad set)
        ("MTPE Linguist", "ai_output_reviewer"),
        ("LLM Red Teamer", "ai_red_teamer"),
        ("AI Governance Officer", "ai_governance_specialist"),
        ("Chatbot Flow Designer", "conversational_ux_designer"),
        ("Penguji Penetrasi AI", "ai_red_teamer"),
        ("Model Quantization Engineer", "model_tuning_engineer"),
        # ... but not where the catalogue decided otherwise: an AI-assisted agent's or a relationship
        # manager's title is not an AI role, a data-science title needs model work in the duties
        ("Customer Service Agent", None),
        ("AI-Assisted Customer Support Agent", None),
        ("Staf Data Science", None),
        # the seventh round's development half: what the AI work is about decides the role
        ("Staff MLE – Recsys & Search Ranking", "ml_engineer"),
        ("Edge AI Engineer – Model Optimization (TensorRT, INT8)", "model_tuning_engineer"),
        ("Engineer Fine-Tuning ASR (Whisper) – Bahasa Indonesia", "model_tuning_engineer"),
        ("Konsultan Senior Etika & Responsible AI", "ai_ethicist"),
        ("Analytics Consultant – Pricing & Demand Modelling (Hybrid)", "data_scientist"),
        ("Fasilitator Pelatihan AI untuk Guru & Kepala Sekolah", "ai_coach"),  # teachers are the audience
        ("Security Engineer, Platform GPU & LLM", "ai_security_specialist"),
        ("Postdoctoral Researcher – Vision-Language Models (Pusat Riset AI)", "ai_researcher"),
        ("AI Implementation Specialist – Forecasting & Route Planning", "ai_integration_logistics"),
        ("Penilai Kualitas Suara AI (TTS) – Part-time, WFH", "ai_trainer"),
        ("Financial Modelling Analyst", None),
        ("Guru Bahasa Inggris untuk Anak", None),
    ],
)
def test_the_ai_era_role_a_title_names(title: str, role: str | None) -> None:
    from jalur.market.ai import title_role
    from jalur.pathways.roles import load_roles

    roles = load_roles()
    assert title_role(title, roles) == role
    assert classify_ad(title, "", roles).ai_role == role


def test_sections_are_found_when_a_board_lost_the_line_breaks() -> None:
    parts = dict(sections("We are a leading bank.RequirementBachelor degreeBenefitsBPJS"))
    assert "Bachelor degree" in parts["requirements"] and "BPJS" in parts["benefits"]
    assert "leading bank" in parts["company"]


def _write_ads(tmp: Path) -> dict[str, Path]:
    rows = [
        {"judul": "Prompt Engineer", "perusahaan": "PT A", "deskripsi": "Tulis prompt. Hubungi 0812-1111-2222",
         "gaji": "Rp 10-12 juta", "tanggal": "2 hari yang lalu", "scraped_at": "2024-08-22T10:00:00+07:00"},
        {"judul": "Kasir", "perusahaan": "Toko B", "deskripsi": "Melayani pembeli", "gaji": "UMR Bekasi",
         "tanggal": "kemarin", "scraped_at": "2024-08-22T10:00:00+07:00"},
        {"judul": "", "perusahaan": "x", "deskripsi": "no title: skipped", "gaji": "", "tanggal": "",
         "scraped_at": ""},
    ]  # fmt: skip
    import pyarrow as pa
    import pyarrow.parquet as pq

    csv_path = tmp / "ads.csv"
    csv_path.write_text(
        "judul;perusahaan;deskripsi;gaji;tanggal;scraped_at\n"
        + "".join(";".join(r.values()) + "\n" for r in rows),
        encoding="utf-8",
    )
    jsonl = tmp / "ads.jsonl"
    jsonl.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    parquet = tmp / "ads.parquet"
    pq.write_table(pa.Table.from_pylist(rows), parquet)
    return {"csv": csv_path, "jsonl": jsonl, "parquet": parquet}


def test_classify_reads_csv_jsonl_and_parquet_alike_and_keeps_no_phone(tmp_path: Path) -> None:
    from jalur.app.market import classify_file

    results = {k: classify_file(p) for k, p in _write_ads(tmp_path).items()}
    for records in results.values():
        assert [r["title"] for r in records] == ["Prompt Engineer", "Kasir"]
        first, second = records
        assert first["ai_class"] == "A" and first["ai_role"] == "prompt_designer"
        assert (first["salary_idr_month_min"], first["salary_idr_month_max"]) == (10e6, 12e6)
        assert first["posted"] == {"date": "2024-08-20", "basis": "relative"}
        assert second["ai_class"] == "E" and second["salary"]["basis"] == "minimum_wage"
        assert "0812" not in json.dumps(records)
    strip = [{k: v for k, v in r.items() if k not in ("id", "row")} for r in results["csv"]]
    assert strip == [{k: v for k, v in r.items() if k not in ("id", "row")} for r in results["parquet"]]


def test_market_classify_cli_writes_one_json_line_per_ad(kb_path: Path, tmp_path: Path) -> None:
    from jalur.faces.cli.main import app

    path = _write_ads(tmp_path)["csv"]
    r = CliRunner().invoke(app, ["market", "classify", str(path), "--json", "--kb", str(kb_path)])
    assert r.exit_code == 0, r.output
    lines = [json.loads(x) for x in r.stdout.splitlines() if x.strip()]
    assert [x["title"] for x in lines] == ["Prompt Engineer", "Kasir"]
    for x in lines:
        assert {"id", "ai_class", "ai_role", "desks", "isco", "salary_idr_month_min", "salary_idr_month_max",
                "skills", "evidence", "flags"} <= set(x)  # fmt: skip
        assert x["isco"] is not None and "abstained" in x["isco"]
    bad = tmp_path / "bad.csv"
    bad.write_text("perusahaan,gaji\nPT A,5jt\n", encoding="utf-8")
    r = CliRunner().invoke(app, ["market", "classify", str(bad), "--json", "--no-occupations"])
    assert r.exit_code != 0 and "judul" in r.stdout


def test_exact_repeats_are_removed_and_shares_carry_their_interval() -> None:
    from jalur.market.ads import Ad, dedupe_exact
    from jalur.market.aggregate import MIN_CELL, share, summarise, wilson

    ads = [Ad("1", 1, "Data Analyst", "SQL", "PT A"), Ad("2", 2, "data analyst", "SQL.", "pt a"),
           Ad("3", 3, "Data Analyst", "Python", "PT A")]  # fmt: skip
    unique, removed = dedupe_exact(ads)
    assert [a.id for a in unique] == ["1", "3"] and removed == 1
    lo, hi = wilson(5, 50) or (0, 0)
    assert lo < 0.1 < hi and lo > 0.03 and hi < 0.22
    assert share(3, MIN_CELL - 1) == {"n": MIN_CELL - 1, "suppressed": True}
    records = [{"ai_class": "C" if i < 4 else "E", "isco": {"code": "2511"}} for i in range(12)]
    records += [{"ai_class": "A", "isco": {"code": "2512"}} for _ in range(3)]
    out = summarise(records, lambda code: {"mean": 0.5, "shares": {"automate": 0.2}})
    assert out["ads"] == 15 and out["classes"]["C"]["k"] == 4 and out["ai_related"]["k"] == 7
    by = {o["isco"]: o for o in out["by_occupation"]}
    assert by["2511"]["ai_tools"]["share"] == round(4 / 12, 4) and by["2511"]["exposure_mean"] == 0.5
    assert by["2512"]["ai_related"] == {"n": 3, "suppressed": True}  # too few ads to show a share
    assert "ads_not_vacancies" in out["scope"]


def test_market_report_cli_on_ads_we_wrote(kb_path: Path, tmp_path: Path) -> None:
    from jalur.faces.cli.main import app

    path = tmp_path / "ads.csv"
    lines = ["title,company,description"]
    lines += [f"Teller,Bank {i},Melayani nasabah di cabang" for i in range(8)]
    lines += [f"Content Writer,Media {i},RequirementsFamiliar with ChatGPT" for i in range(4)]
    lines += ["Teller,Bank 0,Melayani nasabah di cabang"]  # an exact repeat
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    r = CliRunner().invoke(app, ["market", "report", str(path), "--json", "--kb", str(kb_path)])
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout)
    assert out["input"]["ads_read"] == 13 and out["input"]["exact_repeats_removed"] == 1
    assert out["ads"] == 12 and out["classes"]["C"]["k"] == 4 and out["classes"]["E"]["k"] == 8
    assert out["ai_related"]["ci95"][0] < 4 / 12 < out["ai_related"]["ci95"][1]
    assert out["schema"] == "jalur.market/1" and "ai_share_not_job_loss" in out["scope"]


def test_snapshots_in_the_store_give_first_and_last_seen_and_the_live_stock(
    kb_path: Path, tmp_path: Path
) -> None:
    from jalur.faces.cli.main import app

    def snapshot(name: str, when: str, rows: list[tuple[str, str]]) -> Path:
        path = tmp_path / name
        path.write_text(
            "title,company,description,scraped_at\n"
            + "".join(f"{t},{c},Tugas harian,{when}\n" for t, c in rows),
            encoding="utf-8",
        )
        return path

    store = tmp_path / "ads.duckdb"
    jan = snapshot(
        "jan.csv",
        "2026-01-15T09:00:00+07:00",
        [("Kasir", "Toko A"), ("Teller", "Bank B"), ("Kasir", "Toko A")],
    )
    feb = snapshot(
        "feb.csv", "2026-02-15T09:00:00+07:00", [("Teller", "Bank B"), ("Prompt Engineer", "PT C")]
    )
    runner = CliRunner()
    r1 = runner.invoke(
        app, ["market", "ingest", str(jan), "--store", str(store), "--json", "--kb", str(kb_path)]
    )
    assert r1.exit_code == 0, r1.output
    assert json.loads(r1.stdout) == {"day": "2026-01-15", "ads_read": 3, "exact_repeats": 1, "new": 2,
                                     "seen_again": 0, "stored": 2}  # fmt: skip
    r2 = runner.invoke(
        app, ["market", "ingest", str(feb), "--store", str(store), "--json", "--kb", str(kb_path)]
    )
    assert json.loads(r2.stdout)["new"] == 1 and json.loads(r2.stdout)["seen_again"] == 1
    from jalur.store.ads import connect, records

    con = connect(store)
    try:
        rows = {r["title"]: r for r in records(con)}
        live = {r["title"] for r in records(con, live_only=True)}
    finally:
        con.close()
    assert rows["Teller"]["first_seen"] == "2026-01-15" and rows["Teller"]["last_seen"] == "2026-02-15"
    assert rows["Teller"]["snapshots"] == 2 and rows["Kasir"]["last_seen"] == "2026-01-15"
    assert live == {"Teller", "Prompt Engineer"}
    assert "0812" not in store.read_bytes().decode("latin-1")
    r3 = runner.invoke(app, ["market", "report", "--store", str(store), "--json", "--kb", str(kb_path)])
    out = json.loads(r3.stdout)
    assert out["ads"] == 3 and [m["month"] for m in out["trend"]] == ["2026-01", "2026-02"]
    assert all(not m["enough"] and m["ai_related_share"] is None for m in out["trend"])  # too few ads a month
    both = runner.invoke(app, ["market", "report", str(jan), "--store", str(store), "--json"])
    assert both.exit_code != 0 and "salah satu" in both.stdout


def test_the_synthetic_corpus_is_reproducible_and_carries_its_drift() -> None:
    from jalur.market.ads import Ad, classify
    from jalur.market.synthetic import ads

    first, again = list(ads(3000, months=3)), list(ads(3000, months=3))
    assert first == again and first != list(ads(3000, months=3, seed=20))
    recs = classify([Ad(r["id"], i, r["title"], r["description"], r["company"]) for i, r in enumerate(first)])
    share = []
    for m in range(3):
        part = [x for x, r in zip(recs, first, strict=True) if r["posted"][5:7] == f"{m + 1:02d}"]
        share.append(sum(x["ai_class"] in ("B", "C") for x in part) / len(part))
    assert share[0] < share[1] < share[2]  # AI work and tool use inside other jobs grow month by month


@pytest.mark.parametrize(
    ("text", "place", "province", "code", "country"),
    [
        ("Jakarta Selatan, Jakarta Raya", "Jakarta Selatan", "DKI Jakarta", "31", "ID"),
        ("Kab. Karawang, Jawa Barat", "Karawang", "Jawa Barat", "32", "ID"),
        ("Lampung Selatan Regency", "Lampung Selatan", "Lampung", "18", "ID"),
        ("Baliwag, Bulacan", "Baliwag", None, None, "PH"),  # not Bali
        ("Makati City, Metro Manila, Philippines", "Makati", None, None, "PH"),
        ("Remote", None, None, None, None),
        # 2026-12-07: Philippine places beyond Metro Manila's core, regencies, a regency the gazetteer lacks
        ("Parañaque", "Parañaque", None, None, "PH"),
        ("Biñan, Laguna", "Biñan", None, None, "PH"),
        ("Sukoharjo Regency", "Sukoharjo", "Jawa Tengah", "33", "ID"),
        ("Kab. Ngada", None, None, None, "ID"),
        ("Los Angeles, CA", "Los Angeles", None, None, "US"),  # not Angeles, Pampanga
    ],
)
def test_places_to_province_and_country(
    text: str, place: str | None, province: str | None, code: str | None, country: str | None
) -> None:
    from jalur.market.places import place_of

    got = place_of(text)
    assert (got.place, got.province, got.province_code, got.country) == (place, province, code, country)


def test_a_title_that_says_the_job_is_abroad_wins_over_the_board_location(tmp_path: Path) -> None:
    from jalur.app.market import classify_file
    from jalur.market.places import based_abroad

    assert based_abroad("Data Engineer (Bangkok based, relocation provided)").country == "TH"  # type: ignore[union-attr]
    assert based_abroad("Analis (Based in Kuala Lumpur)").country == "MY"  # type: ignore[union-attr]
    for title in ("Jakarta-based Sales", "Home based admin", "Project based engineer", "Kasir"):
        assert based_abroad(title) is None
    path = tmp_path / "ads.csv"
    path.write_text(
        "title,location\nData Engineer (Bangkok based),Jakarta\nData Engineer,Jakarta\n", encoding="utf-8"
    )
    away, here = classify_file(path)
    assert away["location"]["country"] == "TH" and {"abroad", "based_abroad"} <= set(away["flags"])
    assert here["location"]["country"] == "ID" and "abroad" not in here["flags"]


def test_requirements_for_the_equality_view_and_pesos_on_philippine_ads(tmp_path: Path) -> None:
    from jalur.app.market import classify_file
    from jalur.market.requirements import requirements_of

    r = requirements_of("Pria, usia maks 30 tahun, pendidikan min SMA/SMK, pengalaman minimal 2 tahun")
    assert (r.gender, r.age_max, r.education_min, r.experience_years_min) == ("male", 30, "secondary", 2)
    both = requirements_of("Pria/Wanita usia 18-25 tahun, minimal D3")
    assert (both.gender, both.age_max, both.education_min) == (None, 25, "diploma")
    path = tmp_path / "ads.csv"
    path.write_text(
        "title,location,salary\nHead of Marketing,Quezon,42000\nKasir,Bekasi,4500000\n", encoding="utf-8"
    )
    manila, bekasi = classify_file(path)
    assert manila["salary"]["currency"] == "PHP" and manila["salary_idr_month_min"] is None
    assert "abroad" in manila["flags"] and manila["location"]["country"] == "PH"
    assert bekasi["salary_idr_month_min"] == 4_500_000 and bekasi["location"]["province_code"] == "32"


def test_layoffs_grouped_across_sources_and_never_ai_without_a_quote(tmp_path: Path) -> None:
    from jalur.faces.cli.main import app

    path = tmp_path / "phk.csv"
    path.write_text(
        "company,date,count,country,industry,source,ai_attribution,quote\n"
        "PT Maju Tbk,2026-03-02,120,Indonesia,Finance,https://example.org/maju-phk-ai-transformation,stated,\n"
        "Maju,2026-03-10,150,Indonesia,Finance,https://example.org/maju-cuts,,\n"
        "Maju,2026-05-20,40,Indonesia,Finance,https://example.org/maju-again,,\n"
        'Lain Corp,2026-03-05,,Singapore,Retail,https://example.org/lain,reported,"We replaced support with AI"\n',
        encoding="utf-8",
    )
    r = CliRunner().invoke(app, ["layoffs", "report", str(path), "--json"])
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout)
    assert out["rows_read"] == 4 and out["events"] == 3 and out["reports_merged"] == 1
    maju = next(e for e in out["country_events"] if e["date"] == "2026-03-02")
    assert maju["count"] == 150 and maju["reports"] == 2 and len(maju["sources"]) == 2
    assert maju["attribution"] == "none" and maju["ai_candidate"]  # "stated" without its quote: for review
    assert out["ai_attribution"]["reported"] == 1 and out["ai_attribution"]["stated"] == 0
    assert out["without_count"] == 1 and len(out["country_events"]) == 2
    template = (
        Path(__file__).resolve().parents[1] / "src" / "jalur" / "data" / "market" / "layoffs_template.csv"
    )
    r = CliRunner().invoke(app, ["layoffs", "report", str(template), "--json"])
    assert r.exit_code == 0 and json.loads(r.stdout)["events"] == 1


@pytest.mark.parametrize(
    ("text", "basis", "low"),
    [
        ("12500.758312", "stated", 12500.758312),  # a long decimal, not thousands and change
        ("Menjangkau 40 juta pengguna aktif setiap bulan", "not_salary", None),
        ("memproses 300B requests per day", "not_salary", None),
        ("Kode lowongan: Nomor 55501234", "not_salary", None),
        ("anggaran iklan tahunan di atas 2 miliar", "not_salary", None),
        ("Kami tidak memungut biaya untuk proses rekrutmen", "not_salary", None),
        ("solusi paylater untuk UMKM", "not_salary", None),
        ("cuti 18 days per tahun", "not_salary", None),
        ("fee per project Rp 2 juta", "stated", 2_000_000),
    ],
)
def test_numbers_that_are_not_pay(text: str, basis: str, low: float | None) -> None:
    from jalur.market.salary import parse_salary

    s = parse_salary(text, "PHP" if text[0].isdigit() else "IDR")
    assert s.basis == basis, s
    assert s.minimum == low


@pytest.mark.parametrize(
    ("text", "basis", "low", "high", "period"),
    [
        # the base pay, not what comes on top of it (issue 19, third round of blind strings)
        ("Gaji 3,8jt + lembur Rp 25rb/jam", "stated", 3_800_000, 3_800_000, "month"),
        ("Gaji 4,2jt, libur 1 hari/minggu", "stated", 4_200_000, 4_200_000, "month"),
        ("Gaji pokok UMR, bonus s/d 3jt", "minimum_wage", None, None, None),
        ("Gaji 2x UMR", "minimum_wage", None, None, None),
        ("Up to 20jt/bln + saham", "stated", None, 20_000_000, "month"),
        ("Rp. 3.100.000,- s.d. Rp. 3.600.000,-", "stated", 3_100_000, 3_600_000, "month"),
        ("Rp 50rb/artikel", "stated", 50_000, 50_000, "project"),
        ("Gaji Rp 120rb/shift", "stated", 120_000, 120_000, "day"),
        ("Salary: To be discussed", "negotiable", None, None, None),
        # numbers that are not pay: an ordinal, a day of the month, years, a shift, fees and deposits
        ("THR & gaji ke-13", "unknown", None, None, None),
        ("Gaji dibayar setiap tanggal 28", "unknown", None, None, None),
        ("Lulusan SMK tahun 2022-2024", "not_salary", None, None, None),
        ("Shift 3 (22.00 - 06.00)", "not_salary", None, None, None),
        ("Bayar Rp 250rb untuk medical check up", "not_salary", None, None, None),
        ("Uang jaminan Rp 1,5 jt (dikembalikan setelah kontrak)", "not_salary", None, None, None),
        ("target penjualan 100 juta + bonus", "not_salary", None, None, None),
    ],
)
def test_pay_beside_what_comes_on_top_of_it(
    text: str, basis: str, low: float | None, high: float | None, period: str | None
) -> None:
    s = parse_salary(text)
    assert (s.basis, s.minimum, s.maximum, s.period) == (basis, low, high, period), s


def test_days_that_are_not_the_posting_day_and_zones_beside_a_time() -> None:
    now = parse_scraped_at("2024-08-22T04:00:00Z")  # 11:00 on 22 August in Jakarta
    for text in (
        "Lamar sebelum 30 Sep 2024",
        "Mulai kerja 1 Oktober 2024",
        "Interview: Senin, 26 Agustus 2024",
        "Walk-in interview 24-25 Agustus 2024",
        "Perekrut aktif 1 jam yang lalu",
        "30 Agustus 2024",  # a day after the page was read is never its posting day
    ):
        assert parse_posted(text, now).basis == "none", text
    assert parse_posted("20 Agu 2024 00:30 WITA", now).date == dt.date(
        2024, 8, 19
    )  # 23:30 WIB the day before
    assert parse_posted("20 August 2024 at 23:10 UTC", now).date == dt.date(2024, 8, 21)
    assert parse_posted("19/08/24", now).date == dt.date(2024, 8, 19)  # a two-digit year
    assert parse_posted("3 hr lalu", now).date == dt.date(2024, 8, 19)  # Indonesian "hr" is hari
    assert parse_posted("3 hr ago", now).date == dt.date(2024, 8, 22)  # English "hr" is hours
    # the tenth round's dev half: "hri" for hari, a feed's date-time with a numeric offset, year.month.day
    assert parse_posted("3 hri lalu", now).date == dt.date(2024, 8, 19)
    assert parse_posted("Sat, 17 Aug 2024 21:00:00 +0000", now).date == dt.date(2024, 8, 18)
    assert parse_posted("Sat, 17 Aug 2024 21:00:00 +0700", now).date == dt.date(2024, 8, 17)
    assert parse_posted("2024.08.01", now).date == dt.date(2024, 8, 1)


@pytest.mark.parametrize(
    ("text", "basis", "currency", "low", "high", "period"),
    [
        # the fourth round of blind strings (issue 19)
        ("bisa capai 10 juta/bulan dari komisi", "stated", "IDR", None, 10_000_000, "month"),
        ("Gaji 4 juta lebih", "stated", "IDR", 4_000_000, None, "month"),
        ("12 juta/bulan (3 bulan pertama 10 juta)", "stated", "IDR", 10_000_000, 12_000_000, "month"),
        ("Rp 2.500 per paket terkirim", "stated", "IDR", 2_500, 2_500, "project"),
        ("RM 120 sehari", "stated", "MYR", 120, 120, "day"),
        ("Gaji 30.000 - 32.000 NTD", "stated", "TWD", 30_000, 32_000, "month"),
        ("gaji UMP DKI 2024", "minimum_wage", None, None, None, None),
        ("+62 813 1122 3344 (WA only)", "not_salary", None, None, None, None),
        ("Kode pos 40115", "not_salary", None, None, None, None),
        ("Cuti 12 hari/tahun", "not_salary", None, None, None, None),
        ("Maks. lembur 3 jam/hari", "not_salary", None, None, None, None),
        ("Lowongan No. 123/HRD/VIII/2024", "not_salary", None, None, None, None),
        # the sixth round of blind strings (issue 19): development misses, each a rule
        ("lima juta rupiah per bulan", "stated", "IDR", 5_000_000, 5_000_000, "month"),  # a count in words
        ("Rp 4jt 500rb", "stated", "IDR", 4_500_000, 4_500_000, "month"),  # two units, one amount
        ("Start 3,8jt", "stated", "IDR", 3_800_000, None, "month"),  # a starting pay is a minimum
        ("Rp 1,2 jt/bln (part-time, 4 jam/hari)", "stated", "IDR", 1_200_000, 1_200_000, "month"),
        ("Rp 2,4 M setahun", "stated", "IDR", 2_400_000_000, 2_400_000_000, "year"),  # M is miliar here
        ("Rp 15M - 18M", "stated", "IDR", 15_000_000, 18_000_000, "month"),  # ... and millions here
        ("QAR 1,200 + makan & akomodasi", "stated", "QAR", 1_200, 1_200, "month"),
        ("Gaji dapat dirundingkan", "negotiable", None, None, None, None),
        ("biaya pelatihan Rp 750rb (dipotong dari gaji pertama)", "not_salary", None, None, None, None),
        ("Kode loker: MKT-2024-017", "not_salary", None, None, None, None),
        ("Nilai rata-rata ijazah min. 7,5", "not_salary", None, None, None, None),
        # a fee said not to be charged is no fee; a bare range still reads as millions
        ("Tanpa biaya. Gaji Rp 5 juta", "stated", "IDR", 5_000_000, 5_000_000, "month"),
        ("5 - 7", "stated", "IDR", 5_000_000, 7_000_000, "month"),
    ],
)
def test_pay_fourth_and_sixth_rounds(
    text: str, basis: str, currency: str | None, low: float | None, high: float | None, period: str | None
) -> None:
    s = parse_salary(text)
    assert (s.basis, s.currency, s.minimum, s.maximum, s.period) == (basis, currency, low, high, period), s


@pytest.mark.parametrize(
    ("text", "scraped", "day", "basis"),
    [
        ("3 bln lalu", "2024-11-30T16:45:00Z", "2024-09-01", "relative"),
        ("12h", "2024-08-23T03:00:00+07:00", "2024-08-22", "relative"),  # a feed's age, across midnight
        ("2024/07/05 14:22", "2024-07-09T02:00:00Z", "2024-07-05", "exact"),
        ("Aug 8th, 2024", "2024-08-12T17:30:00Z", "2024-08-08", "exact"),
        ("Diposting 28 Des", "2025-01-03T09:00:00+07:00", "2024-12-28", "exact"),  # no year: the one before
        ("Posted on 3 Sep", "2024-09-02T17:30:00Z", "2024-09-03", "exact"),  # 3 Sep already in Jakarta
        ("20240812", "2024-08-22T04:13:58Z", "2024-08-12", "exact"),
        ("1723456789", "2024-08-15T00:05:00+07:00", "2024-08-12", "exact"),  # Unix seconds
        ("12 Agustus '24", "2024-08-20T12:00:00+07:00", "2024-08-12", "exact"),
    ],
)
def test_posting_days_fourth_round(text: str, scraped: str, day: str, basis: str) -> None:
    got = parse_posted(text, parse_scraped_at(scraped))
    assert (got.date.isoformat() if got.date else None, got.basis) == (day, basis)


@pytest.mark.parametrize("text", ["9" * 400, "Rp " + "9" * 50 + " juta", "Gaji Rp 1" + "0" * 30])
def test_an_absurdly_long_number_is_no_pay_and_no_crash(text: str) -> None:
    # a 400-digit cell made parse_salary raise OverflowError (float infinity), stopping a whole ads file
    s = parse_salary(text)
    assert s.basis != "stated" and s.minimum is None and s.maximum is None


@pytest.mark.parametrize("text", ["9999999999 tahun lalu", "99999999999h", "9" * 300 + " hari yang lalu"])
def test_an_impossible_age_is_no_date_and_no_crash(text: str) -> None:
    # a huge count overflowed timedelta (OverflowError) and stopped the whole ads file
    got = parse_posted(text, parse_scraped_at("2024-08-22T04:00:00Z"))
    assert got.date is None and got.basis == "none"


def test_a_scrape_moment_with_a_two_digit_year_or_out_of_range_is_read_right() -> None:
    got = parse_scraped_at("19/08/24 10:00")
    assert got is not None and got.year == 2024  # not year 24
    assert parse_scraped_at("9999-12-31T23:00:00-05:00") is None  # beyond Jakarta's calendar
    early = parse_scraped_at("0001-01-01T03:00:00+07:00")
    assert parse_posted("kemarin", early).basis == "none"  # the day before year 1 does not exist


def test_third_round_of_blind_strings_development_misses() -> None:
    """Development-half misses of the third blind round (2026-12-06), each a rule, not a string."""
    now = parse_scraped_at("2024-11-12T10:00:00+07:00")
    # month-first without a year ("Posted Nov 7"); the year before when the day is later than the page
    assert parse_posted("Posted Nov 7", now).date == dt.date(2024, 11, 7)
    assert parse_posted("Dec 28", parse_scraped_at("2025-01-03T10:00:00+07:00")).date == dt.date(2024, 12, 28)
    # month-first numbers only when day-first is impossible
    assert parse_posted("08/25/2024", now).date == dt.date(2024, 8, 25)
    assert parse_posted("05/08/2024", now).date == dt.date(2024, 8, 5)
    assert parse_posted("Ditayangkan 4 Ags 2023", now).date == dt.date(2023, 8, 4)  # "Ags" for Agustus
    # the posting day said after a deadline; a recruiter's or the reader's own activity is none
    got = parse_posted(
        "Batas lamaran: 30 Sep 2024 (diposting 2 minggu lalu)", parse_scraped_at("2024-09-10T09:00:00+07:00")
    )
    assert (got.date, got.basis) == (dt.date(2024, 8, 27), "relative")
    for text in ("HR aktif 3 hari lalu", "Dilamar 3 hari lalu", "Applied 2 days ago", "Baru"):
        assert parse_posted(text, now).basis == "none", text
    assert parse_posted("Baru diposting", now).basis == "relative"
    # a period after each end of a range, a currency glued to its number, pay left to the interview
    s = parse_salary("$40/hr - $60/hr")
    assert (s.currency, s.minimum, s.maximum, s.period) == ("USD", 40, 60, "hour")
    s = parse_salary("RM2,500 - RM3,200 sebulan")
    assert (s.currency, s.minimum, s.maximum, s.idr_month_min) == ("MYR", 2500, 3200, None)
    assert parse_salary("Gaji dibahas saat interview").basis == "negotiable"


@pytest.mark.parametrize(
    ("text", "scraped", "day", "basis"),
    [
        ("Diposting empat hari lalu", "2024-05-02T08:00:00+07:00", "2024-04-28", "relative"),
        ("posted 2 wks ago", "2025-05-20T23:10:00+07:00", "2025-05-06", "relative"),
        ("Diposting kmrn", "2024-06-20T17:30:00Z", "2024-06-20", "relative"),  # 21 Jun in Jakarta
        ("2025-01-06 20:30:00 UTC", "2025-01-09T10:00:00+07:00", "2025-01-07", "exact"),
        ("beberapa detik yang lalu", "2024-08-31T17:05:00Z", "2024-09-01", "relative"),
    ],
)
def test_posting_days_sixth_round(text: str, scraped: str, day: str, basis: str) -> None:
    got = parse_posted(text, parse_scraped_at(scraped))
    assert (got.date.isoformat() if got.date else None, got.basis) == (day, basis)


@pytest.mark.parametrize(
    ("title", "description", "cls"),
    [
        # authored ads' development misses (issue 19), each a rule: written by us, never copied
        (
            "Operator Produksi (Filling)",
            "Tanggung jawab:\n- Mengoperasikan mesin filling untuk serum 30 ML dan toner 100 ML",
            "E",
        ),
        ("Kasir", "DICARI KASIR. Toko Sumber AI Jaya (toko sembako) di Jl. Merdeka.", "E"),
        (
            "Sales Executive",
            "Dana Cepat adalah fintech yang menggunakan AI untuk menilai kredit. Tanggung jawab:\n- Menawarkan produk ke merchant",
            "D",
        ),
        (
            "HR Generalist",
            "Wicara Teknologi is a speech AI company: our speech recognition products serve banks.\nResponsibilities:\n- Run payroll",
            "D",
        ),
        (
            "Penerjemah",
            "Tanggung jawab:\n- Melakukan post-editing hasil terjemahan mesin (AI) agar akurat",
            "B",
        ),
        (
            "Staf Admin Klaim",
            "Tanggung jawab:\n- Mencocokkan data yang dibaca otomatis oleh sistem AI dengan dokumen aslinya",
            "B",
        ),
        (
            "Supply Chain Planner",
            "Responsibilities:\n- Lead the rollout of the new AI demand forecasting tool",
            "B",
        ),
        (
            "Content Writer",
            "Tanggung jawab:\n- Menyusun kumpulan prompt untuk alat AI generatif tim marketing",
            "B",
        ),
        (
            "Marketing Analyst",
            "Responsibilities:\n- Build churn prediction models to target retention campaigns",
            "B",
        ),
        # using a tool is still C, not B
        ("Copywriter", "Kualifikasi:\n- Terbiasa menggunakan ChatGPT untuk riset", "C"),
        # the fifth round: an annotator of medical records with no AI anywhere is no AI role; a reviewer
        # whose first duty is checking what an AI made is one ("Job desk:" is a duties heading)
        (
            "Medical Coder / Anotator Rekam Medis (ICD-10)",
            "Tugas:\n- Mengkode diagnosis dan tindakan pada rekam medis sesuai ICD-10\n- Melengkapi berkas klaim",
            "E",
        ),
        ("Anotator Data", "", "A"),  # a title alone keeps its reading
        (
            "QC Reviewer Ekstraksi Dokumen (e-KYC)",
            "Job desk:\n- Memeriksa dan mengoreksi data KTP hasil ekstraksi AI yang keyakinannya rendah\n"
            "- Mengeskalasi dokumen palsu ke tim fraud",
            "A",
        ),
        (
            "Editor Berita",
            "Tugas:\n- Menulis dan menyunting berita harian\n- Memeriksa ringkasan buatan AI sebelum terbit",
            "B",
        ),
        # the sixth round: a company that "uses AI to match talent" says so about itself (D, and here a tool
        # the recruiter uses: C); "generative AI tools" are tools; retraining a model is model work
        (
            "Talent Acquisition Specialist",
            "Talenta Kerja menggunakan AI untuk mencocokkan talenta dengan perusahaan yang tepat.\n"
            "Tanggung Jawab:\n- Menggunakan fitur AI screening di ATS untuk menyaring CV pelamar",
            "C",
        ),
        ("Product Marketing", "Kualifikasi:\n- Kemampuan menggunakan generative AI tools untuk riset", "C"),
        (
            "Data Engineer",
            "Job Description\n- Membangun pipeline data mingguan untuk retraining model dynamic pricing hotel",
            "B",
        ),
    ],
)
def test_ai_class_authored_development_rules(title: str, description: str, cls: str) -> None:
    from jalur.market.ai import classify_ad
    from jalur.pathways.roles import load_roles

    assert classify_ad(title, description, tuple(load_roles())).ai_class == cls


def test_the_department_column_settles_titles_the_coder_is_unsure_of(kb_path: Path, tmp_path: Path) -> None:
    from jalur.app.market import classify_file
    from jalur.kb.read import KnowledgeBase

    path = tmp_path / "ads.csv"
    path.write_text(
        "job_title,job_department\nTax Staff,Finance And Accounting\nTax Staff,N/A\nKasir,It And Engineering\n",
        encoding="utf-8",
    )
    with KnowledgeBase(kb_path) as kb:
        recs = classify_file(path, kb)
    assert [r["department"] for r in recs] == ["Finance And Accounting", "N/A", "It And Engineering"]
    tax, alone, kasir = (r["isco"] for r in recs)
    assert alone["abstained"] and alone["code"] is None  # the title alone is unsure
    assert tax["code"] == "2411" and tax["via"] == "department" and not tax["abstained"]
    assert kasir["code"] == "5230" and "via" not in kasir  # a sure title keeps its answer
    # a hostile department cell (overlong, markup, emoji) never stops the file nor places anything
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "job_title,job_department\nTax Staff," + "Finance " * 60 + "\nKasir,<script>x</script>\nAdmin,😀\n",
        encoding="utf-8",
    )
    with KnowledgeBase(kb_path) as kb:
        long_dept, markup, emoji = classify_file(bad, kb)
    assert long_dept["isco"]["abstained"] and "via" not in long_dept["isco"]
    assert markup["isco"]["code"] == "5230" and emoji["isco"] is not None
