"""Write Jalur's sample rosters (synthetic, seeded): the same files, byte for byte, on every run.

    .venv/bin/python data/samples/generate.py [--out DIR]

Files (see README.md next to this script):
  bank-nusantara.csv  an Indonesian bank, 5,000 staff, one row per employee, UTF-8, comma-delimited
  pabrik-mobil.xlsx   a car plant, one row per role with a headcount, sheet "Roster" (+ sheet "Catatan")
  toko-kecil.csv      a small retailer, 40 staff, one row per employee, Windows-1252, semicolon-delimited

Every person is invented: names are drawn from common Indonesian given names and family names, NIKs start
with region code 00 (no such province), phone numbers are 0800-0000-xxxx, emails are at example.co.id.
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import re
import zipfile
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

HERE = Path(__file__).resolve().parent

BANK_FILE = "bank-nusantara.csv"
PLANT_FILE = "pabrik-mobil.xlsx"
SHOP_FILE = "toko-kecil.csv"

BANK_ROWS = 5000
BANK_HEADER = ["No", "NIK", "Nama", "Jabatan", "Unit Kerja", "Lokasi", "Gaji Pokok", "Email", "No HP"]
EMAIL_DOMAIN = "example.co.id"
NIK_REGION = "00"  # Indonesian province codes run 11..94: "00" is no region
PHONE_PREFIX = "0800-0000-"
PINNED_TIME = datetime(2025, 12, 31, 8, 0, 0)

# --------------------------------------------------------------------------------------------- names

# fmt: off
MALE = [
    "Budi", "Agus", "Andi", "Dedi", "Eko", "Hendra", "Rudi", "Joko", "Bambang", "Yusuf", "Rizky", "Fajar",
    "Dimas", "Arif", "Ahmad", "Muhammad", "Irfan", "Bayu", "Teguh", "Wahyu", "Hadi", "Iwan", "Doni",
    "Reza", "Aditya", "Galih", "Ilham", "Kevin", "Yoga", "Gilang", "Hafiz", "Putu", "Made", "Ketut",
    "Fransiskus", "Yohanes", "Stefanus", "Ridwan", "Surya", "Taufik", "Anton", "Benny", "Yosua", "Daniel",
]
FEMALE = [
    "Siti", "Dewi", "Sri", "Rina", "Ayu", "Putri", "Indah", "Fitri", "Ratna", "Nur", "Lestari", "Wulan",
    "Maya", "Anisa", "Nadia", "Dian", "Yuni", "Intan", "Citra", "Novi", "Mega", "Sinta", "Tika", "Lina",
    "Rahma", "Aulia", "Kartika", "Melati", "Febri", "Nia", "Eka", "Vina", "Kadek", "Komang", "Maria",
    "Theresia", "Yuliana", "Anastasia", "Larasati", "Amelia", "Salsabila", "Nabila", "Tiara", "Diah",
]
# family and clan names anyone may carry, and second names that go with a man's or a woman's given name
FAMILY = [
    "Wijaya", "Siregar", "Nasution", "Lubis", "Harahap", "Simanjuntak", "Sitompul", "Pangaribuan", "Tanjung",
    "Hasibuan", "Sembiring", "Ginting", "Tarigan", "Manurung", "Panjaitan", "Hutapea", "Situmorang", "Purba",
    "Halim", "Tanoto", "Salim", "Lim", "Sutanto", "Kusuma", "Pardede", "Sinaga", "Manullang", "Pohan",
    "Daulay", "Rangkuti", "Pasaribu", "Mandagi", "Lumowa", "Tambunan", "Rumbekwan", "Latuconsina",
    "Pattinama", "Hehanussa", "Bakri", "Paturusi", "Gunadi", "Tjahjadi", "Sihombing", "Napitupulu",
]
MALE_SECOND = [
    "Santoso", "Saputra", "Pratama", "Hidayat", "Nugroho", "Kurniawan", "Setiawan", "Susanto", "Wibowo",
    "Gunawan", "Permana", "Ramadhan", "Firmansyah", "Maulana", "Hakim", "Rahman", "Syahputra", "Mahendra",
    "Wirawan", "Prasetyo", "Hermawan", "Sudrajat", "Irawan", "Purnomo",
]
FEMALE_SECOND = [
    "Utami", "Rahayu", "Anggraini", "Wulandari", "Puspitasari", "Handayani", "Lestari", "Sari", "Astuti",
    "Suryani", "Saputri", "Pratiwi", "Safitri", "Maharani", "Permatasari", "Oktaviani", "Kusumawati",
    "Rahmawati", "Fitriani", "Damayanti",
]
# fmt: on


class People:
    """Synthetic people: name, NIK (region 00), email at example.co.id, phone 0800-0000-xxxx."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.emails: set[str] = set()
        self.niks: set[str] = set()
        self.seq = 0

    def person(self) -> tuple[str, str, str, str]:
        rng = self.rng
        female = rng.random() < 0.47
        given = rng.choice(FEMALE if female else MALE)
        second = rng.choice(FEMALE_SECOND if female else MALE_SECOND)
        r = rng.random()
        if r < 0.10:  # one-word names are common in Java
            name = given
        elif r < 0.55:
            name = f"{given} {second}"
        elif r < 0.70:
            name = f"{given} {second} {rng.choice(FAMILY)}"
        else:
            name = f"{given} {rng.choice(FAMILY)}"
        parts = name.lower().split()
        local = f"{parts[0]}.{parts[-1]}" if len(parts) > 1 else parts[0]
        email, k = f"{local}@{EMAIL_DOMAIN}", 1
        while email in self.emails:
            k += 1
            email = f"{local}{k}@{EMAIL_DOMAIN}"
        self.emails.add(email)
        day = rng.randint(1, 28) + (40 if female else 0)
        born = f"{day:02d}{rng.randint(1, 12):02d}{rng.randint(64, 103) % 100:02d}"
        nik = f"{NIK_REGION}{rng.randint(1, 79):02d}{rng.randint(1, 30):02d}{born}{rng.randint(1, 9999):04d}"
        while nik in self.niks:
            nik = nik[:12] + f"{(int(nik[12:]) % 9999) + 1:04d}"
        self.niks.add(nik)
        self.seq += 1
        phone = f"{PHONE_PREFIX}{self.seq:04d}"
        return name, nik, email, phone


# ---------------------------------------------------------------------------------------------- bank

# fmt: off
# (city, regional salary factor, Cabang areas, KCP areas)
BANK_NETWORK: list[tuple[str, float, list[str], list[str]]] = [
    ("Jakarta", 1.00,
     ["Jakarta Sudirman", "Jakarta Thamrin", "Jakarta Kelapa Gading", "Jakarta Mangga Dua",
      "Jakarta Kebayoran Baru", "Jakarta Rawamangun"],
     ["Jakarta Tebet", "Jakarta Cempaka Putih", "Jakarta Pluit", "Jakarta Cibubur", "Jakarta Pondok Indah",
      "Jakarta Sunter", "Jakarta Grogol", "Jakarta Kemang", "Jakarta Cililitan"]),
    ("Bogor", 0.90, ["Bogor Juanda"], ["Cibinong", "Bogor Baranangsiang"]),
    ("Depok", 0.90, ["Depok Margonda"], ["Depok Cinere"]),
    ("Tangerang", 0.92, ["Tangerang BSD", "Tangerang Kota"], ["Tangerang Karawaci", "Tangerang Ciledug"]),
    ("Bekasi", 0.92, ["Bekasi Kota"], ["Cikarang", "Bekasi Harapan Indah"]),
    ("Bandung", 0.88, ["Bandung Asia Afrika", "Bandung Dago"], ["Bandung Buah Batu", "Bandung Setiabudi", "Cimahi"]),
    ("Cirebon", 0.80, ["Cirebon"], ["Kuningan"]),
    ("Semarang", 0.85, ["Semarang Pemuda"], ["Semarang Simpang Lima", "Kudus"]),
    ("Yogyakarta", 0.82, ["Yogyakarta Malioboro"], ["Yogyakarta Kaliurang", "Sleman"]),
    ("Solo", 0.80, ["Solo Slamet Riyadi"], ["Solo Baru"]),
    ("Surabaya", 0.92, ["Surabaya Tunjungan", "Surabaya Darmo"], ["Surabaya Rungkut", "Surabaya Kenjeran", "Sidoarjo"]),
    ("Malang", 0.84, ["Malang Kayutangan"], ["Malang Dinoyo", "Batu"]),
    ("Denpasar", 0.88, ["Denpasar Gatot Subroto"], ["Denpasar Renon", "Gianyar"]),
    ("Mataram", 0.80, ["Mataram"], []),
    ("Kupang", 0.78, ["Kupang"], []),
    ("Medan", 0.88, ["Medan Imam Bonjol", "Medan Pemuda"], ["Medan Petisah", "Binjai", "Pematangsiantar"]),
    ("Padang", 0.82, ["Padang"], ["Bukittinggi"]),
    ("Pekanbaru", 0.86, ["Pekanbaru Sudirman"], ["Dumai"]),
    ("Batam", 0.90, ["Batam Nagoya"], ["Batam Center"]),
    ("Palembang", 0.85, ["Palembang Kapten Rivai"], ["Palembang Plaju"]),
    ("Bandar Lampung", 0.82, ["Bandar Lampung"], ["Metro"]),
    ("Jambi", 0.80, ["Jambi"], []),
    ("Pontianak", 0.82, ["Pontianak"], ["Singkawang"]),
    ("Banjarmasin", 0.83, ["Banjarmasin"], ["Banjarbaru"]),
    ("Balikpapan", 0.90, ["Balikpapan"], ["Samarinda"]),
    ("Makassar", 0.86, ["Makassar Ahmad Yani", "Makassar Panakkukang"], ["Parepare", "Maros"]),
    ("Manado", 0.85, ["Manado"], ["Bitung"]),
    ("Ambon", 0.82, ["Ambon"], []),
    ("Jayapura", 0.90, ["Jayapura"], []),
]
KANWIL = ["Jakarta", "Bandung", "Semarang", "Surabaya", "Medan", "Makassar"]

# (title variants with weights, share of staff, salary range in million IDR, homes with weights)
# homes: "cabang", "kcp", "kanwil", or a Kantor Pusat division ("Divisi Operasional", ...)
Role = tuple[list[tuple[str, int]], float, tuple[float, float], list[tuple[str, int]]]
BANK_ROLES: list[Role] = [
    ([("Teller", 64), ("Frontliner", 12), ("Senior Teller", 12), ("Head Teller", 8), ("Teller Prioritas", 4)],
     20.0, (4.6, 7.2), [("cabang", 3), ("kcp", 2)]),
    ([("Customer Service", 62), ("Customer Service Officer", 18), ("Customer Service Prioritas", 8),
      ("Customer Service Representative", 12)], 12.0, (5.0, 8.0), [("cabang", 3), ("kcp", 2)]),
    ([("Back Office Operasional", 40), ("Staf Operasional", 24), ("Back Office", 14), ("Staf Kliring", 8),
      ("Staf Administrasi Kredit", 14)], 10.0, (5.5, 8.5),
     [("cabang", 6), ("kanwil", 2), ("Divisi Operasional", 2)]),
    ([("Staf Data Entry", 60), ("Data Entry Operator", 25), ("Admin Data Entry", 15)], 6.0, (4.6, 6.2),
     [("Divisi Operasional", 5), ("kanwil", 3), ("cabang", 2)]),
    ([("Credit Analyst", 55), ("Analis Kredit", 35), ("Analis Kredit UMKM", 10)], 4.5, (8.0, 15.0),
     [("cabang", 5), ("kanwil", 3), ("Divisi Kredit", 2)]),
    ([("Account Officer", 40), ("Account Officer KUR", 30), ("AO Mikro", 15), ("Mantri", 15)], 7.0,
     (6.0, 12.0), [("cabang", 5), ("kcp", 4)]),
    ([("Relationship Manager", 45), ("Relationship Manager Prioritas", 35), ("Relationship Manager SME", 20)],
     3.0, (12.0, 30.0), [("cabang", 8), ("Divisi Bisnis Korporasi", 2)]),
    ([("Collection Staff", 40), ("Collector", 25), ("Desk Collection", 20), ("Staf Penagihan", 15)], 4.0,
     (4.6, 7.5), [("cabang", 5), ("kanwil", 3), ("Divisi Kredit", 2)]),
    ([("Agen Call Center", 55), ("Call Center Agent", 25), ("Telemarketing", 12), ("Supervisor Call Center", 8)],
     5.5, (4.6, 7.0), [("Divisi Contact Center", 1)]),
    ([("Programmer", 24), ("Software Developer", 18), ("Staf IT Helpdesk", 18), ("Network Engineer", 10),
      ("System Analyst", 8), ("Database Administrator", 6), ("IT Security Analyst", 6), ("Data Analyst", 6),
      ("Staf IT Cabang", 4)], 4.0, (9.0, 25.0), [("Divisi TI", 9), ("kanwil", 1)]),
    ([("Staf Manajemen Risiko", 50), ("Risk Analyst", 30), ("Analis Risiko Kredit", 20)], 1.5, (10.0, 20.0),
     [("Divisi Manajemen Risiko", 1)]),
    ([("Compliance Officer", 55), ("Staf Kepatuhan", 30), ("AML Analyst", 15)], 1.0, (10.0, 20.0),
     [("Divisi Kepatuhan", 4), ("kanwil", 1)]),
    ([("Auditor Internal", 70), ("IT Auditor", 15), ("Staf SKAI", 15)], 1.2, (10.0, 20.0),
     [("Divisi Audit Internal", 4), ("kanwil", 1)]),
    ([("Staf SDM", 45), ("HR Generalist", 15), ("Staf Rekrutmen", 15), ("Payroll Officer", 15),
      ("Learning & Development Officer", 10)], 1.6, (7.0, 14.0), [("Divisi SDM", 3), ("kanwil", 1)]),
    ([("Staf Akuntansi", 40), ("Accounting Staff", 20), ("Staf Keuangan", 20), ("Staf Pajak", 10),
      ("Treasury Dealer", 10)], 2.0, (7.0, 16.0), [("Divisi Keuangan dan Akuntansi", 3), ("kanwil", 1)]),
    ([("Legal Officer", 60), ("Staf Hukum", 40)], 0.6, (10.0, 20.0), [("Divisi Hukum", 3), ("kanwil", 1)]),
    ([("Marketing Funding", 35), ("Sales Officer", 25), ("Staf Pemasaran", 20), ("Funding Officer", 20)], 2.2,
     (5.5, 10.0), [("cabang", 6), ("kcp", 2), ("Divisi Pemasaran", 2)]),
    ([("Kepala Divisi", 20), ("Manajer", 50), ("Kepala Bagian", 30)], 1.2, (30.0, 80.0),
     [("divisi", 3), ("kanwil", 1)]),
    ([("Sekretaris", 20), ("Staf Administrasi", 50), ("Staf Umum", 30)], 2.0, (4.8, 8.0),
     [("Divisi Umum", 3), ("kanwil", 2), ("cabang", 3)]),
    ([("Satpam", 65), ("Security", 25), ("Petugas Keamanan", 10)], 5.5, (4.5, 5.6), [("cabang", 3), ("kcp", 2)]),
    ([("Driver", 60), ("Pengemudi", 25), ("Sopir", 15)], 1.8, (4.5, 5.5),
     [("cabang", 6), ("Divisi Umum", 3), ("kanwil", 1)]),
    ([("Cleaning Service", 65), ("Petugas Kebersihan", 35)], 1.8, (4.3, 5.0),
     [("cabang", 4), ("kcp", 2), ("Divisi Umum", 2)]),
    ([("Office Boy", 80), ("Pramubakti", 20)], 1.4, (4.3, 5.0), [("cabang", 5), ("kcp", 1), ("Divisi Umum", 2)]),
    ([("Kurir", 60), ("Staf Ekspedisi", 40)], 0.5, (4.3, 5.2), [("Divisi Umum", 1), ("cabang", 1)]),
]
DIVISIONS = [
    "Divisi Operasional", "Divisi TI", "Divisi Kredit", "Divisi Bisnis Korporasi", "Divisi Contact Center",
    "Divisi Manajemen Risiko", "Divisi Kepatuhan", "Divisi Audit Internal", "Divisi SDM",
    "Divisi Keuangan dan Akuntansi", "Divisi Hukum", "Divisi Pemasaran", "Divisi Umum",
]
# fmt: on


class Unit(NamedTuple):
    name: str
    city: str
    factor: float
    kind: str  # "pusat", "kanwil", "cabang", "kcp"


def _units() -> list[Unit]:
    units = [Unit(f"Kantor Pusat - {d}", "Jakarta", 1.0, "pusat") for d in DIVISIONS]
    factors = {city: f for city, f, _, _ in BANK_NETWORK}
    units += [Unit(f"Kanwil {c}", c, factors[c], "kanwil") for c in KANWIL]
    for city, f, cabang, kcp in BANK_NETWORK:
        # an office named after another town (KCP Cimahi under Bandung) is located in that town
        units += [Unit(f"Cabang {a}", city if a.startswith(city) else a, f, "cabang") for a in cabang]
        units += [Unit(f"KCP {a}", city if a.startswith(city) else a, f, "kcp") for a in kcp]
    return units


def _counts(shares: list[float], total: int) -> list[int]:
    """Largest-remainder rounding: whole numbers proportional to shares that add up to total."""
    s = sum(shares)
    raw = [x * total / s for x in shares]
    out = [int(r) for r in raw]
    for i in sorted(range(len(raw)), key=lambda i: (out[i] - raw[i], i))[: total - sum(out)]:
        out[i] += 1
    return out


def _pick(rng: random.Random, weighted: list[tuple[str, int]]) -> str:
    return rng.choices([w[0] for w in weighted], weights=[w[1] for w in weighted])[0]


def _salary(rng: random.Random, lo: float, hi: float, factor: float) -> int:
    m = rng.triangular(lo, hi, lo + (hi - lo) * 0.35) * factor
    return max(4_300_000, round(m * 20) * 50_000)


def rupiah(amount: int) -> str:
    """5250000 -> 'Rp 5.250.000' (Indonesian thousands separator)."""
    return "Rp " + f"{amount:,}".replace(",", ".")


def bank_rows(seed: int = 2025) -> list[list[str]]:
    rng = random.Random(seed)
    people = People(rng)
    units = _units()
    by_kind = {k: [u for u in units if u.kind == k] for k in ("pusat", "kanwil", "cabang", "kcp")}
    div_unit = {u.name.removeprefix("Kantor Pusat - "): u for u in by_kind["pusat"]}

    # heads, one per office: fixed by the network
    staff: list[tuple[Unit, str, int]] = []  # (unit, title, salary)
    for u in by_kind["cabang"]:
        staff.append((u, "Kepala Cabang", _salary(rng, 25, 45, u.factor)))
        staff.append((u, "Branch Operation Manager", _salary(rng, 15, 24, u.factor)))
    for u in by_kind["kcp"]:
        staff.append((u, "Kepala Cabang Pembantu", _salary(rng, 15, 25, u.factor)))
    for u in by_kind["kanwil"]:
        staff.append((u, "Kepala Kantor Wilayah", _salary(rng, 45, 70, u.factor)))

    counts = _counts([r[1] for r in BANK_ROLES], BANK_ROWS - len(staff))
    for (titles, _, (lo, hi), homes), n in zip(BANK_ROLES, counts, strict=True):
        for _ in range(n):
            home = _pick(rng, homes)
            if home in ("cabang", "kcp", "kanwil"):
                pool = by_kind[home]
                # bigger offices employ more: Cabang in Jakarta weigh more than a KCP in Kupang
                unit = rng.choices(pool, weights=[u.factor**3 for u in pool])[0]
            elif home == "divisi":
                unit = rng.choice(by_kind["pusat"])
            else:
                unit = div_unit[home]
            staff.append((unit, _pick(rng, titles), _salary(rng, lo, hi, unit.factor)))

    order = {u.name: i for i, u in enumerate(units)}
    title_rank: dict[str, int] = {
        "Kepala Kantor Wilayah": 0,
        "Kepala Cabang": 0,
        "Kepala Cabang Pembantu": 0,
        "Kepala Divisi": 0,
        "Branch Operation Manager": 1,
        "Manajer": 1,
    }
    staff.sort(key=lambda s: (order[s[0].name], title_rank.get(s[1], 2), s[1]))

    rows: list[list[str]] = []
    for i, (unit, title, salary) in enumerate(staff, start=1):
        name, nik, email, phone = people.person()
        pay = rupiah(salary) if rng.random() < 0.04 else str(salary)
        rows.append([str(i), nik, name, title, unit.name, unit.city, pay, email, phone])

    # the flaws of a real HR export, on purpose (row numbers in README.md; spreadsheet row = No + 1)
    def find(title: str, start: int) -> int:
        return next(i for i in range(start, len(rows)) if rows[i][3] == title)

    rows[find("Staf Data Entry", 400)][3] = ""  # empty Jabatan
    a = find("Teller", 1200)
    b = find("Teller", a + 1)
    rows[b][1:] = rows[a][1:]  # the same employee exported twice (duplicate NIK)
    rows[find("Customer Service", 2000)][6] = "lima juta"  # salary typed in words
    rows[find("Collection Staff", 2600)][6] = "50000000000"  # 50 billion: a slipped keyboard
    rows[find("Teller", 3300)][3] = '=HYPERLINK("http://example.invalid/slip","Teller")'  # formula text
    rows[find("Customer Service", 4100)][3] = "Costumer Servis"  # typo
    return rows


def write_bank(path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(BANK_HEADER)
        w.writerows(bank_rows())


# --------------------------------------------------------------------------------------------- plant

PLANT_HEADER = ["Job Title", "Department", "Headcount", "Avg Monthly Salary (IDR)", "Location"]
KARAWANG = "Karawang, Jawa Barat"
SUNTER = "Sunter, Jakarta Utara"
# fmt: off
PLANT_ROLES: list[tuple[str, str, int, int, str]] = [
    ("Operator Produksi Assembly", "Produksi - Assembly", 720, 5_650_000, KARAWANG),
    ("Operator Welding", "Produksi - Welding", 320, 5_900_000, KARAWANG),
    ("Operator Painting", "Produksi - Painting", 190, 5_850_000, KARAWANG),
    ("Operator Press", "Produksi - Stamping", 140, 5_800_000, KARAWANG),
    ("Operator Machining Engine", "Produksi - Engine", 95, 6_000_000, KARAWANG),
    ("Inspektur QC", "Quality Control", 97, 6_300_000, KARAWANG),
    ("Quality Inspector Body", "Quality Control", 60, 6_400_000, KARAWANG),
    ("Final Inspection Checker", "Quality Control", 40, 6_200_000, KARAWANG),
    ("Teknisi Maintenance", "Maintenance", 105, 7_400_000, KARAWANG),
    ("Robot Technician", "Maintenance", 35, 9_200_000, KARAWANG),
    ("Teknisi Listrik", "Maintenance", 30, 7_600_000, KARAWANG),
    ("Foreman Produksi", "Produksi", 95, 8_900_000, KARAWANG),
    ("Group Leader Line", "Produksi", 120, 7_300_000, KARAWANG),
    ("Supervisor Produksi", "Produksi", 38, 13_500_000, KARAWANG),
    ("Production Manager", "Produksi", 6, 32_000_000, KARAWANG),
    ("Staf PPIC", "PPIC", 28, 8_100_000, KARAWANG),
    ("Staf Gudang", "Logistik & Gudang", 100, 5_600_000, KARAWANG),
    ("Forklift Operator", "Logistik & Gudang", 45, 5_900_000, KARAWANG),
    ("Staf Purchasing", "Purchasing", 16, 8_800_000, SUNTER),
    ("Process Engineer", "Engineering", 30, 14_000_000, KARAWANG),
    ("Quality Engineer", "Quality Assurance", 22, 13_500_000, KARAWANG),
    ("Industrial Engineer", "Engineering", 14, 13_000_000, KARAWANG),
    ("HSE Officer", "HSE", 16, 10_500_000, KARAWANG),
    ("Staf HRD", "Human Resources", 20, 8_500_000, SUNTER),
    ("Staf Finance & Accounting", "Finance", 18, 9_000_000, SUNTER),
    ("IT Support", "IT", 12, 9_500_000, SUNTER),
    ("Staf Admin Produksi", "Produksi", 24, 5_900_000, KARAWANG),
    ("Satpam", "General Affair", 42, 5_300_000, KARAWANG),
    ("Driver Operasional", "General Affair", 14, 5_400_000, KARAWANG),
    ("Paramedis Klinik", "HSE", 8, 7_000_000, KARAWANG),
]
# fmt: on
PLANT_HEADCOUNT = sum(r[2] for r in PLANT_ROLES)
PLANT_NOTES = [
    "Catatan / Notes",
    "",
    "Data jumlah karyawan per jabatan, per 31 Desember 2025 (sintetis, dibuat untuk contoh Jalur).",
    "Headcount per job title as of 31 December 2025 (synthetic, made up as a Jalur sample).",
    "Gaji rata-rata = gaji pokok + tunjangan tetap, sebelum pajak (IDR per bulan).",
    "Average salary = base pay + fixed allowances, before tax (IDR per month).",
    "Karyawan kontrak dan outsourcing termasuk dalam headcount.",
    "Sumber: HRIS, ekspor manual oleh Dept. HRD.",
]


def write_plant(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Roster"
    ws.append(PLANT_HEADER)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in PLANT_ROLES:
        ws.append(list(row))
    for col, width in zip("ABCDE", (30, 24, 12, 26, 24), strict=True):
        ws.column_dimensions[col].width = width
    notes = wb.create_sheet("Catatan")
    for line in PLANT_NOTES:
        notes.append([line])
    notes.column_dimensions["A"].width = 100
    wb.properties.creator = "Jalur sample generator"
    wb.properties.lastModifiedBy = "Jalur sample generator"
    wb.properties.created = PINNED_TIME
    wb.properties.modified = PINNED_TIME
    buf = io.BytesIO()
    wb.save(buf)
    path.write_bytes(_pin_zip(buf.getvalue()))


def _pin_zip(data: bytes) -> bytes:
    """Rewrite a zip with every entry's timestamp pinned, so the same workbook gives the same bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            pinned = zipfile.ZipInfo(info.filename, date_time=PINNED_TIME.timetuple()[:6])
            pinned.compress_type = zipfile.ZIP_DEFLATED
            pinned.external_attr = 0o600 << 16
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps "modified" with the time of saving
                stamp = PINNED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
                body = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>" + stamp + rb"\g<2>",
                    body,
                )
            dst.writestr(pinned, body)
    return out.getvalue()


# ---------------------------------------------------------------------------------------------- shop

SHOP_HEADER = ["nama", "jabatan", "bagian", "gaji"]
# (jabatan, bagian, people, salary range in thousand IDR)
# fmt: off
SHOP_ROLES: list[tuple[str, str, int, tuple[int, int]]] = [
    ("supervisor toko", "Toko", 1, (6500, 7500)),
    ("kasir", "Toko", 6, (3200, 3800)),
    ("Kasir Senior – Café", "Café", 1, (4200, 4600)),
    ("barista", "Café", 2, (3300, 3700)),
    ("SPG", "Toko", 7, (3000, 3500)),
    ("pramuniaga", "Toko", 6, (3000, 3400)),
    ("staf gudang", "Gudang", 4, (3100, 3600)),
    ("admin olshop", "Online", 3, (3500, 4200)),
    ("CS online", "Online", 3, (3300, 3900)),
    ("host live shopping", "Online", 2, (3800, 5000)),
    ("kurir", "Gudang", 3, (3000, 3500)),
    ("admin keuangan", "Kantor", 1, (4200, 4800)),
    ("satpam", "Toko", 1, (3200, 3500)),
]
# fmt: on
SHOP_STAFF = sum(r[2] for r in SHOP_ROLES)
SHOP_NAMES_ACCENTED = ["Désy Ratnasari", "André Wijaya"]  # so that the file's encoding matters


def shop_rows(seed: int = 40) -> list[list[str]]:
    rng = random.Random(seed)
    people = People(rng)
    rows: list[list[str]] = []
    accented = iter(SHOP_NAMES_ACCENTED)
    for title, unit, n, (lo, hi) in SHOP_ROLES:
        for _ in range(n):
            name = people.person()[0]
            if unit in ("Café", "Online") and rng.random() < 0.5:
                name = next(accented, name)
            pay = rng.randint(lo // 50, hi // 50) * 50_000
            # the owner types some amounts with thousands dots, as on a payslip
            rows.append([name, title, unit, f"{pay:,}".replace(",", ".") if rng.random() < 0.3 else str(pay)])
    return rows


def write_shop(path: Path) -> None:
    with path.open("w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(SHOP_HEADER)
        w.writerows(shop_rows())


# ---------------------------------------------------------------------------------------------- main


def write_all(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    paths = [out / BANK_FILE, out / PLANT_FILE, out / SHOP_FILE]
    write_bank(paths[0])
    write_plant(paths[1])
    write_shop(paths[2])
    return paths


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--out", type=Path, default=HERE, help="folder to write into (default: this folder)")
    args = ap.parse_args(argv)
    for p in write_all(args.out):
        print(p)


if __name__ == "__main__":
    main()
