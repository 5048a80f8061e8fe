"""A synthetic per-employee roster of any size, for the `jalur report` speed and memory benchmark.

    .venv/bin/python benchmarks/roster_gen.py --rows 100000 --out /tmp/roster-100k.csv [--seed 7]

Same layout as data/samples/bank-nusantara.csv (comma-delimited UTF-8, Indonesian headers:
No,NIK,Nama,Jabatan,Unit Kerja,Lokasi,Gaji Pokok,Email,No HP), for a made-up group of employers (a bank, a
car plant, a retail chain, a hospital, schools, a government office, a tech company). Titles come from a
pool of about 450 distinct titles; about 3% of rows carry an everyday or misspelled variant and about
0.5% are flawed on purpose (empty title, salary in words or absurd, formula text, other script, an
over-long title, a row exported twice). Every person is invented: NIK region code 00 (no such province),
phones 0800-0000-xxxx, emails at example.co.id. Seeded: the same arguments give the same bytes.
"""

from __future__ import annotations

import argparse
import csv
import random
import time
from pathlib import Path

HEADER = ["No", "NIK", "Nama", "Jabatan", "Unit Kerja", "Lokasi", "Gaji Pokok", "Email", "No HP"]

# fmt: off
# sector -> (share of staff, units, titles as "title|weight|salary in million IDR")
# weights are relative within a sector; salaries are a typical monthly base pay (±30% per person)
SECTORS: dict[str, tuple[float, list[str], list[str]]] = {
    "bank": (0.30, ["Cabang", "KCP", "Kantor Pusat - Divisi Operasional", "Kantor Pusat - Divisi TI",
                    "Kanwil", "Kantor Pusat - Divisi Kredit", "Kantor Pusat - Divisi Contact Center"], [
        "Teller|200|5.5", "Frontliner|30|5.5", "Senior Teller|30|6.5", "Head Teller|15|7.5",
        "Customer Service|110|6", "Customer Service Officer|25|6.2", "Customer Service Prioritas|10|7",
        "Back Office Operasional|50|6.5", "Staf Operasional|30|6", "Back Office|20|6.2", "Staf Kliring|8|6.2",
        "Staf Administrasi Kredit|15|6.3", "Staf Data Entry|40|5", "Data Entry Operator|20|5",
        "Credit Analyst|30|10", "Analis Kredit|20|10", "Account Officer|35|8", "Account Officer KUR|25|7.5",
        "AO Mikro|10|7", "Mantri|10|6.5", "Relationship Manager|15|18", "Relationship Manager Prioritas|10|22",
        "Relationship Manager SME|6|20", "Collection Staff|20|5.5", "Collector|10|5", "Desk Collection|8|5.2",
        "Agen Call Center|40|5.2", "Call Center Agent|15|5.2", "Telemarketing|10|5", "Programmer|10|13",
        "Staf IT Helpdesk|8|8", "Network Engineer|5|13", "Staf Manajemen Risiko|6|13", "Risk Analyst|5|14",
        "Compliance Officer|5|14", "Staf Kepatuhan|3|12", "AML Analyst|2|14", "Auditor Internal|8|13",
        "Staf SDM|6|9", "Staf Akuntansi|8|9", "Treasury Dealer|2|18", "Legal Officer|3|14",
        "Marketing Funding|8|7", "Funding Officer|5|7", "Kepala Cabang|8|35", "Kepala Cabang Pembantu|8|20",
        "Branch Operation Manager|8|18", "Kepala Kantor Wilayah|1|55", "Satpam|35|5", "Driver|8|5",
        "Office Boy|10|4.6", "Cleaning Service|10|4.6", "Pramubakti|3|4.6", "Sekretaris|3|7",
        "Bancassurance Specialist|4|9", "Wealth Management Specialist|3|15", "Staf Trade Finance|3|10",
        "Analis Pembiayaan Syariah|4|10", "Penaksir Gadai|4|7", "Staf Digital Banking|4|12",
        "Product Manager Digital Banking|2|25", "Staf Remittance|3|7", "Dealer Valas|2|16",
    ]),
    "plant": (0.20, ["Produksi - Assembly", "Produksi - Welding", "Produksi - Painting", "Produksi - Stamping",
                     "Quality Control", "Maintenance", "Logistik & Gudang", "Engineering", "PPIC"], [
        "Operator Produksi Assembly|200|5.7", "Operator Produksi|120|5.5", "Operator Welding|90|5.9",
        "Operator Painting|50|5.9", "Operator Press|40|5.8", "Operator Machining Engine|30|6",
        "Operator CNC|25|6.3", "Operator Injection Molding|20|5.6", "Operator Mesin Bubut|10|5.8",
        "Inspektur QC|30|6.3", "Quality Inspector Body|20|6.4", "Final Inspection Checker|12|6.2",
        "Staf Quality Control|10|6.5", "Quality Engineer|8|13.5", "Teknisi Maintenance|30|7.4",
        "Robot Technician|10|9.2", "Teknisi Listrik|10|7.6", "Teknisi Mekanik|10|7.4", "Teknisi PLC|6|9",
        "Teknisi Utility|5|7", "Foreman Produksi|25|8.9", "Group Leader Line|30|7.3", "Leader Produksi|15|7",
        "Supervisor Produksi|12|13.5", "Production Manager|2|32", "Plant Manager|1|60", "Staf PPIC|8|8.1",
        "PPIC Planner|5|9", "Staf Gudang|30|5.6", "Forklift Operator|15|5.9", "Checker Gudang|10|5.5",
        "Admin Gudang|8|5.6", "Kepala Gudang|3|11", "Staf Logistik|8|7", "Staf Ekspor Impor|3|9",
        "Staf Purchasing|5|8.8", "Process Engineer|8|14", "Industrial Engineer|4|13",
        "Mechanical Engineer|4|14", "Electrical Engineer|4|14", "R&D Engineer|3|16", "Drafter|4|7",
        "HSE Officer|5|10.5", "Safety Officer|3|10", "Ahli K3 Umum|2|12", "Staf HRD|6|8.5",
        "Staf Finance & Accounting|5|9", "IT Support|4|9.5", "Staf Admin Produksi|8|5.9",
        "Operator Boiler|2|6.5", "Operator Crane|3|6.5", "Welder|10|6.5", "Fitter|5|6.2", "Painter|5|5.8",
        "Paramedis Klinik|2|7", "Security Pabrik|8|5.3", "Tukang Las|4|5.6", "Juru Gambar Teknik|2|7.5",
    ]),
    "retail": (0.15, ["Toko", "Gudang", "Online", "Kantor Regional", "Distribution Center"], [
        "Kasir|90|3.8", "SPG|50|3.5", "SPB|20|3.5", "Pramuniaga|50|3.5", "Crew Store|40|3.6",
        "Store Crew|20|3.6", "Kepala Toko|12|7", "Store Manager|8|9", "Asisten Kepala Toko|10|5.5",
        "Supervisor Toko|10|6.5", "Area Manager|3|14", "Merchandiser|15|4.5", "Visual Merchandiser|4|6",
        "Staf Gudang|20|4.2", "Checker|10|4.2", "Admin Toko|10|4.3", "Admin Olshop|10|4.2",
        "CS Online|10|4.2", "Host Live Shopping|6|5", "Content Creator|5|6", "Social Media Specialist|4|7",
        "Kurir|15|4", "Driver Pengiriman|10|4.5", "Helper Gudang|10|3.8", "Barista|12|4",
        "Cook|6|4.8", "Waiter|10|3.8", "Kepala Dapur|2|8", "Staf Promosi|4|5", "Buyer|3|10",
        "Category Manager|2|18", "Inventory Controller|4|6", "Loss Prevention Officer|4|5.5",
        "Beauty Advisor|8|4.5", "Sales Promotion Girl|6|3.6", "Penjaga Toko|6|3.2", "Pelayan Toko|4|3.2",
        "Customer Service Retail|6|4.5", "Admin Marketplace|6|4.5", "Packer|10|3.8",
        "Staf Pengadaan|3|7", "Penata Barang|5|3.7",
    ]),
    "hospital": (0.12, ["RS - Instalasi Rawat Inap", "RS - Instalasi Gawat Darurat", "RS - Poliklinik",
                        "RS - Laboratorium", "RS - Farmasi", "RS - Administrasi"], [
        "Perawat|120|6.5", "Perawat Pelaksana|40|6.3", "Kepala Ruangan|8|10", "Perawat ICU|12|8",
        "Perawat IGD|12|7.5", "Bidan|25|6.5", "Dokter Umum|20|15", "Dokter Spesialis Anak|3|40",
        "Dokter Spesialis Penyakit Dalam|3|45", "Dokter Gigi|4|18", "Apoteker|8|10",
        "Asisten Apoteker|12|5.5", "Tenaga Teknis Kefarmasian|6|5.5", "Analis Laboratorium|10|6.5",
        "Radiografer|5|7", "Fisioterapis|4|7", "Ahli Gizi|3|6.5", "Perekam Medis|10|5.5",
        "Petugas Rekam Medis|6|5.3", "Admisi Pasien|8|5", "Kasir Rumah Sakit|6|5", "Staf Casemix|4|6.5",
        "Koder BPJS|4|6", "Sanitarian|2|6", "Petugas Laundry|5|4.5", "Juru Masak|4|4.5",
        "Porter|6|4.5", "Pramu Husada|6|4.5", "Sopir Ambulans|4|5", "Elektromedis|3|7",
        "Direktur Rumah Sakit|1|60", "Manajer Keperawatan|2|18", "Psikolog Klinis|2|10",
        "Terapis Wicara|2|7", "Perawat Anestesi|3|8", "Bidan Koordinator|2|9",
    ]),
    "school": (0.08, ["Sekolah - SD", "Sekolah - SMP", "Sekolah - SMA", "Sekolah - SMK", "Yayasan"], [
        "Guru SD|60|4.5", "Guru Kelas|40|4.3", "Guru Matematika|15|5", "Guru Bahasa Inggris|15|5",
        "Guru Bahasa Indonesia|12|5", "Guru IPA|10|5", "Guru Olahraga|8|4.5", "Guru BK|6|5",
        "Guru Agama|10|4.5", "Guru Produktif SMK|10|5.5", "Guru Honorer|25|2.5", "Wali Kelas|10|5",
        "Kepala Sekolah|6|10", "Wakil Kepala Sekolah|6|8", "Staf Tata Usaha|12|4.5",
        "Operator Dapodik|5|4.2", "Bendahara Sekolah|4|5", "Pustakawan|4|4.5", "Laboran|3|4.5",
        "Penjaga Sekolah|5|3.5", "Guru TK|10|3.5", "Guru PAUD|8|3", "Tutor Bimbel|6|4",
        "Dosen|10|9", "Asisten Dosen|4|5", "Konselor Sekolah|2|5.5", "Pengawas Sekolah|1|9",
    ]),
    "government": (0.08, ["Dinas Kependudukan", "Dinas Kesehatan", "Kecamatan", "Kelurahan",
                          "Badan Pendapatan Daerah", "Sekretariat Daerah"], [
        "Pengadministrasi Umum|60|4.5", "Analis Kebijakan|12|9", "Pengolah Data|25|4.6",
        "Arsiparis|8|5", "Pranata Komputer|8|7", "Analis Kepegawaian|6|7.5", "Bendahara Pengeluaran|4|6",
        "Penyuluh Pertanian|10|5.5", "Penyuluh Kesehatan Masyarakat|4|5.5", "Statistisi|4|7",
        "Auditor Inspektorat|3|9", "Kepala Seksi|10|9", "Kepala Bidang|4|13", "Kepala Dinas|1|20",
        "Camat|1|15", "Lurah|2|11", "Sekretaris Lurah|2|7", "Satpol PP|15|4.5", "Pemadam Kebakaran|8|5",
        "Petugas Pelayanan Publik|15|4.5", "Verifikator Keuangan|4|6", "Pengelola Barang Milik Daerah|3|5.5",
        "Perencana|3|9", "Pustakawan Ahli|2|7", "Pranata Humas|3|6", "Juru Ukur Tanah|2|6.5",
        "Petugas Pajak Daerah|6|6", "Pengawas Ketenagakerjaan|2|8", "Tenaga Honorer|20|2.8",
        "Pranata Laboratorium Kesehatan|2|6", "Analis Anggaran|3|8", "Penera|1|6", "Pengemudi Dinas|5|4.2",
        "Pramubakti Kantor|6|3.8",
    ]),
    "tech": (0.07, ["Engineering", "Product", "Data", "Customer Experience", "People", "Finance"], [
        "Software Engineer|40|18", "Backend Engineer|25|20", "Frontend Engineer|18|18",
        "Fullstack Developer|10|17", "Mobile Developer|10|18", "Android Developer|6|17",
        "iOS Developer|4|18", "QA Engineer|10|13", "Test Engineer|4|12", "DevOps Engineer|6|22",
        "Site Reliability Engineer|3|25", "Cloud Engineer|4|22", "Data Engineer|6|20",
        "Data Scientist|6|22", "Data Analyst|10|12", "Business Intelligence Analyst|3|14",
        "Machine Learning Engineer|4|28", "AI Engineer|3|30", "Product Manager|8|28",
        "Product Designer|5|18", "UI/UX Designer|6|14", "UX Researcher|2|15", "Technical Writer|2|12",
        "Scrum Master|3|20", "Engineering Manager|4|45", "CTO|1|90", "IT Security Engineer|3|22",
        "Customer Support Agent|25|5.5", "Customer Experience Specialist|8|6.5", "Content Moderator|8|5.5",
        "Community Manager|2|10", "Digital Marketing Specialist|5|10", "SEO Specialist|2|9",
        "Growth Marketer|2|14", "Talent Acquisition Specialist|4|11", "People Partner|2|16",
        "Finance Analyst|3|13", "Account Executive|6|12", "Sales Development Representative|6|8",
        "Key Account Manager|3|18", "Operations Associate|8|7", "Data Labeler|6|4.8",
        "Prompt Engineer|2|20", "Solution Architect|2|35", "Database Administrator|2|18",
    ]),
}

# everyday forms and typos as real exports carry them (about 3% of rows)
VARIANTS = [
    "teler", "tellr", "CS", "cust service", "costumer service", "kasir toko", "kasih", "satpam jaga",
    "security guard", "ob", "OB/OG", "office girl", "cleaning servis", "sopir kantor", "supir", "kurir motor",
    "admin", "admin kantor", "staff admin", "staf adm", "adm gudang", "staff gudang", "gudang", "helper",
    "operator", "opr produksi", "operator prod.", "op. welding", "welder/tukang las", "mekanik", "teknisi",
    "teknisi mesin", "qc", "quality control", "QC inspektor", "leader line", "forman", "spv produksi",
    "programer", "progremer", "IT", "anak IT", "developer", "admin IG", "admin shopee", "live host",
    "perawat jaga", "suster", "bidan desa", "dokter jaga", "apotek", "analis lab", "guru honor", "guru ngaji",
    "tata usaha", "TU sekolah", "staf TU", "honorer", "pegawai kelurahan", "akunting", "akuntan",
    "finance", "HRD", "personalia", "marketing", "sales lapangan", "debt collector", "kolektor",
    "analis kredit mikro", "AO", "RM", "mantri bank", "CSO", "data entri", "input data", "staff data entry",
]

FLAWS = ["empty_title", "salary_words", "salary_absurd", "formula", "other_script", "too_long", "duplicate",
         "negative_salary"]

GIVEN = [
    "Budi", "Agus", "Andi", "Dedi", "Eko", "Hendra", "Rudi", "Joko", "Bambang", "Yusuf", "Rizky", "Fajar",
    "Dimas", "Arif", "Ahmad", "Irfan", "Bayu", "Teguh", "Wahyu", "Siti", "Dewi", "Sri", "Rina", "Ayu",
    "Putri", "Indah", "Fitri", "Ratna", "Nur", "Wulan", "Maya", "Anisa", "Nadia", "Dian", "Yuni", "Intan",
    "Citra", "Novi", "Mega", "Putu", "Made", "Kadek", "Maria", "Yohanes", "Daniel", "Kevin", "Tiara",
]
FAMILY = [
    "Santoso", "Wijaya", "Saputra", "Pratama", "Hidayat", "Nugroho", "Kurniawan", "Setiawan", "Siregar",
    "Nasution", "Lubis", "Harahap", "Simanjuntak", "Sembiring", "Ginting", "Tarigan", "Panjaitan", "Purba",
    "Halim", "Salim", "Lim", "Kusuma", "Utami", "Rahayu", "Lestari", "Sari", "Wibowo", "Gunawan",
    "Permana", "Ramadhan", "Maulana", "Pardede", "Sinaga", "Tambunan", "Latuconsina", "Mandagi", "Bakri",
]
CITIES = [
    "Jakarta", "Jakarta", "Jakarta", "Surabaya", "Bandung", "Medan", "Semarang", "Makassar", "Palembang",
    "Tangerang", "Bekasi", "Depok", "Bogor", "Yogyakarta", "Malang", "Denpasar", "Batam", "Pekanbaru",
    "Balikpapan", "Pontianak", "Banjarmasin", "Manado", "Padang", "Bandar Lampung", "Jambi", "Kupang",
    "Mataram", "Ambon", "Jayapura", "Karawang", "Cikarang", "Solo", "Cirebon",
]

# fmt: on


def titles_in_pool() -> list[str]:
    """Every title the generator can write in a clean row (base titles and everyday variants), in order."""
    out: list[str] = []
    for _, _, titles in SECTORS.values():
        out += [t.split("|")[0] for t in titles]
    return list(dict.fromkeys(out + VARIANTS))


def _rupiah(amount: int) -> str:
    return "Rp " + f"{amount:,}".replace(",", ".")


def generate(n: int, path: Path, seed: int = 7) -> None:
    """Write an n-employee roster to path (CSV, UTF-8, comma-delimited, header row first)."""
    rng = random.Random(seed)
    # one flat pool: (title, unit names, salary) with a cumulative weight for rng.choices
    pool: list[tuple[str, list[str], float]] = []
    weights: list[float] = []
    for share, units, titles in SECTORS.values():
        sector_total = sum(float(t.split("|")[1]) for t in titles)
        for t in titles:
            name, weight, typical = t.split("|")
            pool.append((name, units, float(typical)))
            weights.append(share * float(weight) / sector_total)

    picks = rng.choices(range(len(pool)), weights=weights, k=n)
    givens = rng.choices(GIVEN, k=n)
    families = rng.choices(FAMILY, k=n)
    cities = rng.choices(CITIES, k=n)
    noise = [rng.random() for _ in range(n)]  # variant title and one-word name
    unit_r = [rng.random() for _ in range(n)]
    pay_r = [rng.random() for _ in range(n)]
    fmt_r = [rng.random() for _ in range(n)]
    flawed = dict.fromkeys(rng.sample(range(1, n), k=min(n - 1, round(n * 0.005))) if n > 1 else [], "")
    for k, i in enumerate(sorted(flawed)):
        flawed[i] = FLAWS[k % len(FLAWS)]

    seen_email: dict[str, int] = {}
    rows: list[list[str]] = []
    for i in range(n):
        title, units, pay = pool[picks[i]]
        r = noise[i]
        if r < 0.03:
            title = VARIANTS[int(r / 0.03 * len(VARIANTS))]
        unit_kind = units[int(unit_r[i] * len(units))]
        city = "Jakarta" if unit_kind.startswith("Kantor Pusat") else cities[i]
        unit = (
            f"{unit_kind} {city}" if unit_kind in ("Cabang", "KCP", "Kanwil", "Toko", "Gudang") else unit_kind
        )
        salary = max(2_000_000, round(pay * (0.7 + 0.6 * pay_r[i]) * 20) * 50_000)
        given, family = givens[i], families[i]
        name = given if r > 0.93 else f"{given} {family}"
        local = given.lower() if r > 0.93 else f"{given.lower()}.{family.lower()}"
        k = seen_email.get(local, 0) + 1
        seen_email[local] = k
        email = f"{local}{k if k > 1 else ''}@example.co.id"
        nik = f"00{(i * 7 % 79) + 1:02d}{(i % 30) + 1:02d}{(i % 28) + 1:02d}{(i % 12) + 1:02d}{(i * 13) % 100:02d}{i % 10000:04d}"
        phone = f"0800-{i // 10000:04d}-{i % 10000:04d}"
        pay_text = _rupiah(salary) if fmt_r[i] < 0.03 else str(salary)
        row = [str(i + 1), nik, name, title, unit, city, pay_text, email, phone]
        flaw = flawed.get(i)
        if flaw == "empty_title":
            row[3] = ""
        elif flaw == "salary_words":
            row[6] = "lima juta"
        elif flaw == "salary_absurd":
            row[6] = "50000000000"
        elif flaw == "negative_salary":
            row[6] = "-4500000"
        elif flaw == "formula":
            row[3] = '=HYPERLINK("http://example.invalid/x","Teller")'
        elif flaw == "other_script":
            row[3] = "会计"
        elif flaw == "too_long":
            row[3] = "Staf " + "Administrasi dan Operasional Umum " * 12
        elif flaw == "duplicate":
            row = [str(i + 1), *rows[-1][1:]]  # the previous employee exported twice
        rows.append(row)

    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(HEADER)
        w.writerows(rows)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="Write a synthetic per-employee roster (CSV) for the benchmark.")
    ap.add_argument("--rows", type=int, default=100_000, help="employees (default 100000)")
    ap.add_argument("--out", type=Path, required=True, help="CSV file to write")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    generate(args.rows, args.out, seed=args.seed)
    print(f"{args.rows} rows -> {args.out} in {time.perf_counter() - t0:.2f} s")


if __name__ == "__main__":
    main()
