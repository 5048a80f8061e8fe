"""Every label of the employer report (HTML, PDF, XLSX) in Indonesian and English, plus number formatting.

The report's own labels live here, not in :mod:`jalur.i18n`, so the renderers stay one self-contained
piece. :func:`label` looks a key up; :func:`code_label` translates a code from the report JSON (a row reason,
a flag, a speed…) and falls back to the code itself, so a code added upstream still shows. Numbers follow
each language's habit: ``1.234.567,5`` and ``Rp 1.234.567`` in Indonesian, ``1,234,567.5`` and
``IDR 1,234,567`` in English.
"""

from __future__ import annotations

import math
from typing import Literal

Lang = Literal["id", "en"]
LANGS: tuple[Lang, ...] = ("id", "en")

LABELS: dict[str, dict[Lang, str]] = {
    # document
    "doc.title": {"id": "Laporan tenaga kerja dan AI", "en": "Workforce and AI report"},
    "doc.subtitle": {
        "id": "Dampak AI pada peran dan unit kerja, jalur pelatihan ulang, biaya, dan skenario",
        "en": "How AI affects roles and units, reskilling pathways, cost, and scenarios",
    },
    "doc.input": {"id": "Berkas masukan", "en": "Input file"},
    "doc.generator": {"id": "Dibuat oleh", "en": "Produced by"},
    "doc.kb": {"id": "basis pengetahuan", "en": "knowledge base"},
    "doc.contents": {"id": "Isi", "en": "Contents"},
    "doc.not_a_forecast": {
        "id": "Ini perkiraan paparan tugas terhadap AI, bukan ramalan kehilangan pekerjaan.",
        "en": "These are estimates of task exposure to AI, not a forecast of job losses.",
    },
    "doc.more_roles": {
        "id": "{n} peran lainnya ada di XLSX/JSON.",
        "en": "{n} more roles in the XLSX/JSON.",
    },
    "doc.more_rows": {
        "id": "{n} baris lainnya ada di XLSX/JSON.",
        "en": "{n} more rows in the XLSX/JSON.",
    },
    "doc.pdf_roles_note": {
        "id": "{shown} peran terbesar menurut jumlah staf (dari {total}).",
        "en": "The {shown} largest roles by headcount (of {total}).",
    },
    # sections
    "sec.headline": {"id": "Ringkasan", "en": "Summary"},
    "sec.charts": {"id": "Grafik", "en": "Charts"},
    "sec.roles": {"id": "Peran", "en": "Roles"},
    "sec.units": {"id": "Unit kerja", "en": "Units"},
    "sec.scenarios": {"id": "Skenario", "en": "Scenarios"},
    "sec.rejected": {"id": "Baris ditolak", "en": "Rejected rows"},
    "sec.flagged": {"id": "Baris diterima dengan catatan", "en": "Rows accepted with a flag"},
    "sec.review": {"id": "Antrean tinjauan", "en": "Review queue"},
    "sec.personal": {"id": "Kolom data pribadi yang dibuang", "en": "Personal-data columns dropped"},
    "sec.sources": {"id": "Sumber", "en": "Sources"},
    "sec.assumptions": {"id": "Asumsi", "en": "Assumptions"},
    "sec.method": {"id": "Catatan metode", "en": "Method notes"},
    # sheet names (Excel: at most 31 characters, none of []:*?/\)
    "sheet.summary": {"id": "Ringkasan", "en": "Summary"},
    "sheet.roles": {"id": "Peran", "en": "Roles"},
    "sheet.units": {"id": "Unit", "en": "Units"},
    "sheet.scenarios": {"id": "Skenario", "en": "Scenarios"},
    "sheet.rejected": {"id": "Ditolak", "en": "Rejected rows"},
    "sheet.review": {"id": "Antrean tinjauan", "en": "Review queue"},
    "sheet.sources": {"id": "Sumber", "en": "Sources"},
    # headline figures
    "h.headcount": {"id": "Jumlah staf", "en": "Total headcount"},
    "h.placed": {"id": "Staf terpetakan", "en": "Staff placed"},
    "h.in_review": {"id": "Staf dalam tinjauan", "en": "Staff in review"},
    "h.roles": {"id": "Peran (jabatan berbeda)", "en": "Roles (distinct titles)"},
    "h.units": {"id": "Unit kerja", "en": "Units"},
    "h.exposure": {
        "id": "Paparan rata-rata (tertimbang staf)",
        "en": "Mean exposure (headcount-weighted)",
    },
    "h.shares": {"id": "Porsi tugas", "en": "Share of work"},
    "h.fte_automatable": {
        "id": "Setara FTE pekerjaan yang dapat diotomatisasi",
        "en": "FTE-equivalent of automatable work",
    },
    "h.fte_augmentable": {
        "id": "Setara FTE pekerjaan yang dapat dibantu AI",
        "en": "FTE-equivalent of augmentable work",
    },
    "h.reskill_people": {"id": "Staf yang dilatih ulang", "en": "People to reskill"},
    "h.reskill_hours": {"id": "Jam pelatihan", "en": "Training hours"},
    "h.reskill_cost": {"id": "Biaya pelatihan ulang", "en": "Reskilling cost"},
    "h.cost_basis": {"id": "Dasar biaya", "en": "Cost basis"},
    "h.upskill": {
        "id": "Peningkatan keterampilan (kursus alat AI): orang · jam · biaya",
        "en": "Upskilling (AI-tools course): people · hours · cost",
    },
    "h.upskill_people": {"id": "Staf peningkatan keterampilan", "en": "People to upskill"},
    "h.upskill_hours": {"id": "Jam peningkatan keterampilan", "en": "Upskilling hours"},
    "h.upskill_cost": {"id": "Biaya peningkatan keterampilan", "en": "Upskilling cost"},
    "h.rows_in": {"id": "Baris dibaca", "en": "Rows read"},
    "h.rows_accepted": {"id": "Baris diterima", "en": "Rows accepted"},
    "h.rows_rejected": {"id": "Baris ditolak", "en": "Rows rejected"},
    "h.rows_flagged": {"id": "Baris bercatatan", "en": "Rows flagged"},
    "h.reconciled": {
        "id": "Cocok: {rows_in} dibaca = {accepted} diterima + {rejected} ditolak",
        "en": "Reconciled: {rows_in} read = {accepted} accepted + {rejected} rejected",
    },
    "h.not_reconciled": {
        "id": "TIDAK cocok: {rows_in} dibaca ≠ {accepted} diterima + {rejected} ditolak",
        "en": "NOT reconciled: {rows_in} read ≠ {accepted} accepted + {rejected} rejected",
    },
    "h.figure": {"id": "Angka", "en": "Figure"},
    "h.value": {"id": "Nilai", "en": "Value"},
    "h.placed_of": {
        "id": "{placed} terpetakan, {review} dalam tinjauan",
        "en": "{placed} placed, {review} in review",
    },
    # charts
    "c.exposure_by_unit": {"id": "Porsi tugas per unit kerja", "en": "Share of work by unit"},
    "c.exposure_by_unit.sub": {
        "id": "Tertimbang jumlah staf; angka di kanan: jumlah staf",
        "en": "Headcount-weighted; number on the right: headcount",
    },
    "c.by_class": {"id": "Staf menurut kelas dominan pekerjaannya", "en": "Headcount by dominant class"},
    "c.by_class.sub": {
        "id": "Kelas tugas yang paling banyak dalam pekerjaan tiap staf",
        "en": "The task class that dominates each person's occupation",
    },
    "c.scenarios": {
        "id": "Skenario: rentang rendah–tinggi, garis = tengah",
        "en": "Scenarios: low–high band, line = mid",
    },
    "c.scenarios.displaced": {"id": "FTE tergeser", "en": "Displaced FTE"},
    "c.scenarios.new": {"id": "Posisi baru", "en": "New positions"},
    "c.scenarios.horizon": {"id": "Horizon (tahun)", "en": "Horizon (years)"},
    "c.years": {"id": "{n} th", "en": "{n} y"},
    "c.flows": {"id": "Dari peran sekarang ke jalur tujuan", "en": "From current roles to destinations"},
    "c.flows.sub": {
        "id": "Lebar = jumlah staf; tujuan = jalur teratas tiap peran",
        "en": "Width = headcount; destination = each role's top pathway",
    },
    "c.flows.other_roles": {"id": "{n} peran lain", "en": "{n} other roles"},
    "c.flows.other_targets": {"id": "tujuan lain", "en": "other destinations"},
    "c.flows.none": {"id": "(belum ada jalur)", "en": "(no pathway)"},
    "c.flows.review": {"id": "(dalam tinjauan)", "en": "(in review)"},
    "c.in_review": {"id": "dalam tinjauan", "en": "in review"},
    "c.source": {"id": "Sumber", "en": "Source"},
    "c.sources_see": {"id": "rincian di bagian Sumber", "en": "details under Sources"},
    "c.other_units": {"id": "{n} unit lain", "en": "{n} other units"},
    "doc.pdf_units_note": {
        "id": "{shown} unit terbesar menurut jumlah staf (dari {total}).",
        "en": "The {shown} largest units by headcount (of {total}).",
    },
    "c.assumptions_see": {
        "id": "asumsi: lihat bagian Asumsi",
        "en": "assumptions: see the Assumptions section",
    },
    # table columns
    "col.title": {"id": "Jabatan", "en": "Title"},
    "col.isco": {"id": "ISCO", "en": "ISCO"},
    "col.occupation": {"id": "Pekerjaan (ISCO)", "en": "Occupation (ISCO)"},
    "col.via": {"id": "Cara", "en": "Via"},
    "col.confidence": {"id": "Keyakinan", "en": "Confidence"},
    "col.headcount": {"id": "Staf", "en": "Headcount"},
    "col.in_review": {"id": "Dalam tinjauan", "en": "In review"},
    "col.exposure": {"id": "Paparan", "en": "Exposure"},
    "col.gradient": {"id": "Gradien", "en": "Gradient"},
    "col.class": {"id": "Kelas", "en": "Class"},
    "col.fte_automatable": {"id": "FTE otomatisasi", "en": "FTE automatable"},
    "col.fte_augmentable": {"id": "FTE augmentasi", "en": "FTE augmentable"},
    "col.top_pathway": {"id": "Jalur teratas", "en": "Top pathway"},
    "col.hours": {"id": "Jam / orang", "en": "Hours / person"},
    "col.cost_person": {"id": "Biaya / orang", "en": "Cost / person"},
    "col.cost_total": {"id": "Biaya total", "en": "Total cost"},
    "col.people": {"id": "Orang", "en": "People"},
    "col.units": {"id": "Unit", "en": "Units"},
    "col.salary_median": {"id": "Gaji median", "en": "Median salary"},
    "col.unit": {"id": "Unit", "en": "Unit"},
    "col.reskill_cost": {"id": "Biaya pelatihan ulang", "en": "Reskilling cost"},
    "col.speed": {"id": "Kecepatan", "en": "Speed"},
    "col.horizon": {"id": "Horizon (th)", "en": "Horizon (y)"},
    "col.measure": {"id": "Ukuran", "en": "Measure"},
    "col.low": {"id": "Rendah", "en": "Low"},
    "col.mid": {"id": "Tengah", "en": "Mid"},
    "col.high": {"id": "Tinggi", "en": "High"},
    "col.row": {"id": "Baris", "en": "Row"},
    "col.reason": {"id": "Alasan", "en": "Reason"},
    "col.detail": {"id": "Rincian", "en": "Detail"},
    "col.flags": {"id": "Catatan", "en": "Flags"},
    "col.rows": {"id": "Baris", "en": "Rows"},
    "col.candidates": {"id": "Kandidat", "en": "Candidates"},
    "col.column": {"id": "Kolom", "en": "Column"},
    "col.kind": {"id": "Jenis", "en": "Kind"},
    "col.id": {"id": "ID", "en": "ID"},
    "col.source": {"id": "Sumber", "en": "Source"},
    "col.version": {"id": "Versi", "en": "Version"},
    "col.licence": {"id": "Lisensi", "en": "Licence"},
    "col.key": {"id": "Kunci", "en": "Key"},
    "col.value": {"id": "Nilai", "en": "Value"},
    "col.unit_of": {"id": "Satuan", "en": "Unit"},
    "col.note": {"id": "Catatan", "en": "Note"},
    "col.share": {"id": "Porsi", "en": "Share"},
    "col.skills": {"id": "Keterampilan yang perlu dipelajari", "en": "Skills to learn"},
    # empty states
    "empty.rejected": {"id": "Tidak ada baris yang ditolak.", "en": "No rows were rejected."},
    "empty.review": {
        "id": "Semua jabatan terpetakan dengan yakin.",
        "en": "Every title was placed with confidence.",
    },
    "empty.personal": {
        "id": "Tidak ada kolom data pribadi yang terdeteksi.",
        "en": "No personal-data columns were detected.",
    },
    "empty.none": {"id": "—", "en": "—"},
    "personal.note": {
        "id": "Hanya nama kolomnya yang dicatat; isinya tidak dibaca ke dalam laporan.",
        "en": "Only the column names are listed; their contents were never read into the report.",
    },
    # codes: task classes
    "class.automate": {"id": "otomatisasi", "en": "automate"},
    "class.augment": {"id": "augmentasi", "en": "augment"},
    "class.human": {"id": "manusia", "en": "human"},
    # codes: ILO gradients
    "gradient.not_exposed": {"id": "tidak terpapar", "en": "not exposed"},
    "gradient.minimal": {"id": "paparan minimal", "en": "minimal exposure"},
    "gradient.g1": {"id": "gradien 1", "en": "gradient 1"},
    "gradient.g2": {"id": "gradien 2", "en": "gradient 2"},
    "gradient.g3": {"id": "gradien 3", "en": "gradient 3"},
    "gradient.g4": {"id": "gradien 4", "en": "gradient 4"},
    # codes: rejected-row reasons
    "reason.empty_title": {"id": "jabatan kosong", "en": "empty title"},
    "reason.headcount_not_a_number": {"id": "jumlah staf bukan angka", "en": "headcount is not a number"},
    "reason.headcount_negative": {"id": "jumlah staf negatif", "en": "negative headcount"},
    "reason.headcount_zero": {"id": "jumlah staf nol", "en": "headcount is zero"},
    "reason.headcount_not_whole": {
        "id": "jumlah staf bukan bilangan bulat",
        "en": "headcount is not a whole number",
    },
    "reason.duplicate": {"id": "baris ganda", "en": "duplicate row"},
    "reason.title_too_long": {"id": "jabatan terlalu panjang", "en": "title too long"},
    "reason.row_too_long": {"id": "baris terlalu panjang", "en": "row too long"},
    "reason.unreadable": {"id": "tidak terbaca", "en": "unreadable"},
    # codes: row flags
    "flag.salary_out_of_range": {"id": "gaji di luar rentang wajar", "en": "salary out of range"},
    "flag.salary_not_a_number": {"id": "gaji bukan angka", "en": "salary is not a number"},
    "flag.duplicate_title_unit": {"id": "jabatan dan unit ganda", "en": "duplicate title and unit"},
    "flag.encoding_repaired": {"id": "pengodean diperbaiki", "en": "encoding repaired"},
    "flag.formula_value": {"id": "berisi rumus", "en": "held a formula"},
    "flag.merged_cell_filled": {"id": "sel gabungan diisi", "en": "merged cell filled"},
    "flag.other_script": {"id": "aksara lain", "en": "other script"},
    # codes: review reasons
    "review.low_confidence": {"id": "keyakinan rendah", "en": "low confidence"},
    "review.no_candidate": {"id": "tidak ada kandidat", "en": "no candidate"},
    "review.other_script": {"id": "aksara lain", "en": "other script"},
    "review.too_long": {"id": "jabatan terlalu panjang", "en": "title too long"},
    "review.override_unknown_code": {"id": "kode konfirmasi tidak dikenal", "en": "confirmed code unknown"},
    "review.confirmed": {"id": "dikonfirmasi", "en": "confirmed"},
    # codes: placement
    "via.matcher": {"id": "pencocok", "en": "matcher"},
    "via.override": {"id": "dikonfirmasi", "en": "confirmed"},
    "via.code": {"id": "kode", "en": "code"},
    "via.title": {"id": "jabatan persis", "en": "exact title"},
    # codes: personal data kinds
    "personal.name": {"id": "nama", "en": "name"},
    "personal.nik": {"id": "NIK", "en": "national ID (NIK)"},
    "personal.phone": {"id": "telepon", "en": "phone"},
    "personal.email": {"id": "surel", "en": "email"},
    "personal.employee_id": {"id": "nomor pegawai", "en": "employee ID"},
    "personal.birth_date": {"id": "tanggal lahir", "en": "birth date"},
    "personal.address": {"id": "alamat", "en": "address"},
    # codes: scenario speeds and measures
    "speed.conservative": {"id": "konservatif", "en": "conservative"},
    "speed.baseline": {"id": "dasar", "en": "baseline"},
    "speed.aggressive": {"id": "agresif", "en": "aggressive"},
    "measure.displaced_fte": {"id": "FTE tergeser", "en": "Displaced FTE"},
    "measure.absorbed_by_attrition": {"id": "Terserap pengurangan alami", "en": "Absorbed by attrition"},
    "measure.redeployed": {"id": "Dipindahkan", "en": "Redeployed"},
    "measure.retrained": {"id": "Dilatih ulang", "en": "Retrained"},
    "measure.at_risk": {"id": "Berisiko", "en": "At risk"},
    "measure.new_positions": {"id": "Posisi baru", "en": "New positions"},
    "measure.new_vs_displaced": {"id": "Posisi baru / tergeser", "en": "New vs displaced"},
    "measure.roles_significantly_altered_share": {
        "id": "Porsi peran yang berubah signifikan",
        "en": "Share of roles significantly altered",
    },
    "measure.reskilling_cost_idr": {"id": "Biaya pelatihan ulang", "en": "Reskilling cost"},
    # codes: pathway kinds and target types
    "pkind.viable": {"id": "layak", "en": "viable"},
    "pkind.safer": {"id": "lebih aman", "en": "safer"},
    "pkind.desirable": {"id": "upah terjaga", "en": "pay kept"},
    "pkind.growing": {"id": "peran era AI", "en": "AI-era role"},
    "ttype.occupation": {"id": "pekerjaan", "en": "occupation"},
    "ttype.role": {"id": "peran era AI", "en": "AI-era role"},
    # codes: cost basis
    "basis.course_prices": {"id": "harga kursus", "en": "course prices"},
    "basis.default_rate": {"id": "tarif standar terdokumentasi", "en": "documented default rate"},
    "basis.no_hours": {"id": "jam belum diketahui", "en": "hours unknown"},
    "basis.in_review": {"id": "dalam tinjauan", "en": "in review"},
    # input
    "in.layout.per_employee": {"id": "satu baris per staf", "en": "one row per employee"},
    "in.layout.per_role": {"id": "satu baris per jabatan", "en": "one row per role"},
    "in.rows": {"id": "baris", "en": "rows"},
    # method notes (our own words)
    "method.1": {
        "id": "Setiap jabatan dipetakan ke kelompok jabatan ISCO-08 oleh pencocok Jalur; jabatan dengan keyakinan "
        "rendah masuk antrean tinjauan dan tidak dihitung sampai dikonfirmasi.",
        "en": "Each title is placed in an ISCO-08 unit group by Jalur's matcher; titles with low confidence go "
        "to the review queue and are not counted until confirmed.",
    },
    "method.2": {
        "id": "Paparan dan kelas tugas (otomatisasi, augmentasi, manusia) berasal dari skor tugas ILO 2025; "
        "angka per unit dan total ditimbang dengan jumlah staf.",
        "en": "Exposure and task classes (automate, augment, human) come from the ILO 2025 task scores; unit "
        "and total figures are weighted by headcount.",
    },
    "method.3": {
        "id": "Setara FTE = jumlah staf × porsi tugas yang dapat diotomatisasi. Ini ukuran beban kerja, bukan "
        "jumlah orang yang akan kehilangan pekerjaan.",
        "en": "FTE-equivalent = headcount × share of automatable tasks. It measures workload, not the number of "
        "people who will lose their job.",
    },
    "method.4": {
        "id": "Jalur pelatihan ulang dipilih dari kemiripan keterampilan (O*NET, ESCO) dan peran era AI; jam dan "
        "biaya memakai harga kursus bila ada, selain itu tarif standar di bagian Asumsi.",
        "en": "Reskilling pathways come from skill similarity (O*NET, ESCO) and AI-era roles; hours and cost use "
        "course prices where known, otherwise the default rate under Assumptions.",
    },
    "method.5": {
        "id": "Skenario menggabungkan kecepatan adopsi, horizon, keberhasilan pelatihan ulang, dan pengurangan "
        "alami; hasilnya rentang (rendah–tengah–tinggi), bukan satu angka.",
        "en": "Scenarios combine adoption speed, horizon, retraining success and natural attrition; results are "
        "ranges (low–mid–high), not single numbers.",
    },
}

METHOD_KEYS: tuple[str, ...] = ("method.1", "method.2", "method.3", "method.4", "method.5")


def check_lang(lang: str) -> Lang:
    """``lang`` as a :data:`Lang`; anything else raises ``ValueError``."""
    if lang == "id":
        return "id"
    if lang == "en":
        return "en"
    raise ValueError(f"language {lang!r} is not supported; choose id or en")


def label(key: str, lang: Lang, /, **params: object) -> str:
    """The label ``key`` in ``lang``, formatted with ``params``. Unknown keys raise ``KeyError``."""
    text = LABELS[key][lang]
    return text.format(**params) if params else text


def code_label(prefix: str, code: object, lang: Lang) -> str:
    """A code from the report JSON in words (``prefix.code``), or the code itself when it has no label;
    comma-joined codes (``course_prices,default_rate``) are translated one by one."""
    if code is None or code == "":
        return "—"
    parts = str(code).split(",")
    if len(parts) > 1:
        return ", ".join(code_label(prefix, p.strip(), lang) for p in parts)
    entry = LABELS.get(f"{prefix}.{code}")
    return entry[lang] if entry else str(code)


# --- numbers ----------------------------------------------------------------------------------------------


def _finite(x: object) -> float | None:
    if isinstance(x, bool) or not isinstance(x, int | float):
        return None
    f = float(x)
    return f if math.isfinite(f) else None


def fmt_num(x: object, lang: Lang, decimals: int = 0) -> str:
    """A number with the language's separators; ``—`` for a missing or non-finite value."""
    f = _finite(x)
    if f is None:
        return "—"
    s = f"{f:,.{decimals}f}"
    if s.startswith("-") and float(s.replace(",", "")) == 0:
        s = s[1:]
    if lang == "id":
        s = s.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return s


def fmt_int(x: object, lang: Lang) -> str:
    return fmt_num(x, lang, 0)


def fmt_pct(x: object, lang: Lang, decimals: int = 0) -> str:
    """A share (0–1) as a percentage: ``12,5%`` / ``12.5%``."""
    f = _finite(x)
    return "—" if f is None else fmt_num(f * 100, lang, decimals) + "%"


def fmt_idr(x: object, lang: Lang) -> str:
    """Rupiah, whole: ``Rp 1.234.567`` (id), ``IDR 1,234,567`` (en)."""
    f = _finite(x)
    if f is None:
        return "—"
    return ("Rp " if lang == "id" else "IDR ") + fmt_num(f, lang, 0)


def fmt_score(x: object, lang: Lang) -> str:
    """A 0–1 score with two decimals."""
    return fmt_num(x, lang, 2)
