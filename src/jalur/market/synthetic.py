"""A synthetic corpus of Indonesian job ads, generated reproducibly (issue 19): realistic mixes of titles,
descriptions in Indonesian and English, pay written as ads write it, cities, boards and dates over several
months, with a seeded drift of AI terms (tool use and AI work grow month by month). For the trend demo and
for benchmarks at 100k, 1M and 10M ads; nothing in it comes from a real ad.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from typing import Any

#: (title, ISCO-ish family, pay range in millions a month) — authored
_JOBS: tuple[tuple[str, str, tuple[float, float]], ...] = (
    ("Admin Gudang", "clerk", (4.0, 5.5)), ("Staf Administrasi", "clerk", (4.0, 6.0)),
    ("Customer Service", "service", (4.2, 6.5)), ("Kasir", "service", (3.5, 5.0)),
    ("Sales Executive", "sales", (4.5, 8.0)), ("SPG", "sales", (3.5, 4.8)),
    ("Admin Olshop", "clerk", (3.0, 4.5)), ("Teller", "bank", (4.5, 6.0)),
    ("Staf Akuntansi", "finance", (5.0, 8.0)), ("Digital Marketing", "marketing", (5.0, 9.0)),
    ("Content Writer", "marketing", (4.0, 7.0)), ("Graphic Designer", "design", (4.5, 8.0)),
    ("Data Analyst", "data", (7.0, 14.0)), ("Software Engineer", "it", (9.0, 25.0)),
    ("Backend Developer", "it", (9.0, 22.0)), ("Driver", "transport", (4.0, 5.5)),
    ("Operator Produksi", "factory", (4.5, 5.5)), ("Quality Control", "factory", (5.0, 7.0)),
    ("Perawat", "health", (4.5, 7.5)), ("Guru Bahasa Inggris", "education", (3.5, 6.0)),
    ("HR Generalist", "hr", (6.0, 10.0)), ("Machine Learning Engineer", "ai", (15.0, 35.0)),
    ("Data Scientist", "ai", (12.0, 30.0)), ("Data Annotator", "ai", (4.0, 6.0)),
    ("Prompt Engineer", "ai", (10.0, 20.0)), ("AI Product Manager", "ai", (20.0, 40.0)),
)  # fmt: skip
_CITIES = ("Jakarta Selatan", "Jakarta Barat", "Bekasi", "Tangerang", "Bandung", "Surabaya", "Semarang",
           "Medan", "Makassar", "Denpasar", "Yogyakarta", "Batam", "Karawang", "Depok", "Palembang")  # fmt: skip
_BOARDS = ("jobstreet", "kalibrr", "dealls", "glints", "loker.id")
_DUTIES = {
    "clerk": "Mencatat dan menginput data stok dan dokumen ke sistem; menyusun laporan harian.",
    "service": "Melayani pelanggan dengan ramah, menjawab pertanyaan dan menangani keluhan.",
    "sales": "Menawarkan produk kepada pelanggan dan mencapai target penjualan bulanan.",
    "bank": "Melayani transaksi setor dan tarik tunai nasabah serta menjaga kas.",
    "finance": "Menyusun jurnal, rekonsiliasi bank dan laporan keuangan bulanan.",
    "marketing": "Membuat konten dan kampanye untuk media sosial perusahaan.",
    "design": "Membuat desain visual untuk kampanye, kemasan dan media sosial.",
    "data": "Mengolah data penjualan, membuat dashboard dan analisis untuk manajemen.",
    "it": "Develop and maintain services and APIs, write tests and review code.",
    "transport": "Mengantar barang dan penumpang dengan aman sesuai jadwal.",
    "factory": "Mengoperasikan mesin produksi dan memeriksa hasil sesuai standar.",
    "health": "Merawat pasien dan mencatat tanda vital sesuai prosedur.",
    "education": "Mengajar siswa dan menyiapkan materi pelajaran.",
    "hr": "Mengelola rekrutmen, administrasi karyawan dan pelatihan.",
    "ai": "Build, train and deploy machine learning models and monitor them in production.",
}
_TOOL_USE = ("Terbiasa menggunakan ChatGPT untuk menyusun draf.", "Familiar with AI tools such as Copilot.",
             "Mampu memanfaatkan AI untuk mempercepat pekerjaan.")  # fmt: skip
_AI_WORK = ("Build predictive models with machine learning.", "Review AI output for quality (human-in-the-loop).",
            "Integrate an AI chatbot into customer service.")  # fmt: skip
_COMPANY_AI = ("Kami adalah perusahaan teknologi berbasis AI.", "We are an AI-powered platform.")
_PAY = ("Rp {a}-{b} juta", "Rp {a_full} - Rp {b_full}", "{a}jt - {b}jt /bulan", "Gaji {a} juta", "Nego",
        "UMR {city}", "IDR {a_full} per month", "")  # fmt: skip


#: the rest of a real ad — who the company is, what it asks, what it offers, how to apply — in Indonesian
#: and English (authored, AI-free: the AI terms come only from the drift above). Real ads run to one to three
#: thousand characters; these to about half that, so that the benchmarks read text of a real length.
_ABOUT = (
    "Tentang Perusahaan Kami adalah perusahaan distribusi barang konsumsi yang berdiri sejak 1998 dengan "
    "lebih dari 40 cabang di seluruh Indonesia. Kami percaya bahwa karyawan adalah aset utama dan terus "
    "berinvestasi pada pengembangan mereka.",
    "Tentang Kami Perusahaan manufaktur komponen otomotif dengan pabrik di Cikarang dan Karawang, memasok "
    "produsen kendaraan nasional dan ekspor ke Asia Tenggara.",
    "About Us We are a fast-growing retail group operating supermarkets and convenience stores across Java "
    "and Sumatra, serving millions of customers every month.",
    "Profil Perusahaan Jaringan klinik dan apotek yang melayani keluarga Indonesia di 25 kota, dengan "
    "komitmen pada layanan yang ramah dan terjangkau.",
    "Company Overview A leading logistics provider with warehouses in major Indonesian ports, offering "
    "freight, warehousing and last-mile delivery to businesses of every size.",
)
_RESPONSIBILITIES = (
    "Berkoordinasi dengan tim lain agar pekerjaan selesai tepat waktu.",
    "Menjaga kerapian dan kebersihan area kerja.",
    "Membuat laporan mingguan kepada atasan langsung.",
    "Mengikuti prosedur keselamatan dan kesehatan kerja yang berlaku.",
    "Work closely with other departments to meet monthly targets.",
    "Prepare weekly reports for the supervisor.",
    "Follow company procedures and standards at all times.",
    "Membantu tugas lain yang diberikan oleh atasan.",
)
_REQUIREMENTS = (
    "Pendidikan minimal SMA/SMK sederajat.", "Pendidikan minimal D3/S1 semua jurusan.",
    "Pengalaman minimal 1 tahun di bidang yang sama.", "Fresh graduate dipersilakan melamar.",
    "Mampu bekerja dalam tim maupun individu.", "Teliti, jujur dan bertanggung jawab.",
    "Bersedia bekerja shift.", "Memiliki SIM C dan kendaraan sendiri.",
    "Menguasai Microsoft Office (Word, Excel).", "Komunikatif dan berorientasi pada pelanggan.",
    "Good communication skills in Bahasa Indonesia and English.", "Able to work under pressure.",
    "Domisili dekat lokasi kerja.", "Bersedia ditempatkan di seluruh cabang.",
)  # fmt: skip
_WORKPLACE = (
    "Jam kerja Senin sampai Jumat pukul 08.00-17.00 dan Sabtu setengah hari; lokasi kerja sesuai penempatan "
    "cabang. Kontrak awal 12 bulan dengan kemungkinan diangkat menjadi karyawan tetap.",
    "Working hours are Monday to Friday, 9 am to 6 pm, with a hybrid arrangement after probation. The role "
    "reports to the area manager and works with a team of eight people.",
    "Penempatan di kantor pusat; sistem kerja shift pagi dan siang secara bergantian, lembur dibayar sesuai "
    "peraturan perusahaan dan ketentuan yang berlaku.",
)
_BENEFITS = (
    "Benefit Gaji pokok kompetitif, BPJS Kesehatan dan BPJS Ketenagakerjaan, THR, bonus tahunan, pelatihan "
    "dan jenjang karier yang jelas.",
    "Benefits Competitive salary, health insurance, annual leave, performance bonus and career development "
    "programmes.",
    "Fasilitas Uang makan dan transport, seragam, asuransi kesehatan, cuti tahunan 12 hari.",
)
_APPLY = (
    "Kirim CV terbaru melalui tombol lamar. Hanya kandidat yang memenuhi kualifikasi yang akan dihubungi.",
    "Lamaran dapat dikirim ke email rekrutmen perusahaan atau hubungi 0812-0000-{n:04d} (HRD).",
    "Apply now through this portal; shortlisted candidates will be contacted within two weeks.",
)


def _rest(rng: random.Random) -> tuple[str, str, str]:
    """(company part, the duties and requirements to add, the offer and how to apply) of one ad."""
    about = rng.choice(_ABOUT)
    duties = " ".join(rng.sample(_RESPONSIBILITIES, 5))
    needs = " ".join(rng.sample(_REQUIREMENTS, 8))
    offer = " ".join(
        (rng.choice(_WORKPLACE), rng.choice(_BENEFITS), rng.choice(_APPLY).format(n=rng.randrange(10_000)))
    )
    return about, duties + " Kualifikasi " + needs, offer


def _add_months(day: dt.date, n: int) -> dt.date:
    """The first day of the month ``n`` months after ``day``'s."""
    y, m = divmod(day.month - 1 + n, 12)
    return dt.date(day.year + y, m + 1, 1)


def _full(millions: float) -> str:
    return f"{round(millions * 1_000_000):,}".replace(",", ".")


def ads(
    n: int, months: int = 6, seed: int = 19, start: dt.date = dt.date(2026, 1, 1)
) -> Iterator[dict[str, Any]]:
    """``n`` ads over ``months`` months (as dicts with the fields ``jalur.market.ads`` reads); AI tool use
    and AI work in non-AI jobs grow from month to month (the drift a trend should find)."""
    rng = random.Random(seed)
    text_rng = random.Random(seed * 7919 + 1)  # its own stream: the drift above stays as it was
    for i in range(n):
        month = i * months // max(1, n)
        title, family, (lo, hi) = rng.choice(_JOBS)
        city = rng.choice(_CITIES)
        drift = (month + 1) / months
        parts = [_DUTIES[family]]
        if family != "ai" and rng.random() < 0.04 + 0.10 * drift:
            parts.append(rng.choice(_TOOL_USE))
        if family not in ("ai", "transport", "factory") and rng.random() < 0.01 + 0.04 * drift:
            parts.append(rng.choice(_AI_WORK))
        if rng.random() < 0.05:
            parts.insert(0, rng.choice(_COMPANY_AI))
        a = round(rng.uniform(lo, (lo + hi) / 2), 1)
        b = round(rng.uniform(max(a, (lo + hi) / 2), hi), 1)
        pay = rng.choice(_PAY).format(a=f"{a:g}".replace(".", ","), b=f"{b:g}".replace(".", ","),
                                      a_full=_full(a), b_full=_full(b), city=city)  # fmt: skip
        first = _add_months(start.replace(day=1), month)
        day = first + dt.timedelta(days=rng.randrange((_add_months(first, 1) - first).days))
        about, more, offer = _rest(text_rng)
        yield {
            "id": f"syn-{i}",
            "title": title,
            "company": f"PT Contoh {rng.randrange(2000)}",
            "description": f"{about} Deskripsi Pekerjaan " + " ".join(parts) + f" {more} {offer}",
            "location": city,
            "salary": pay,
            "posted": day.isoformat(),
            "source": rng.choice(_BOARDS),
        }
