"""Every string of the web UI in Indonesian (default) and English.

The pages' own words live here; messages shared with the CLI come from :mod:`jalur.i18n` and the report's
labels (task classes, review reasons, headline figures) from :mod:`jalur.reports.labels`, so the three faces
say the same thing. :func:`ui` looks a key up; an unknown key raises ``KeyError`` (tested: every key used by
a template exists in both languages).
"""

from __future__ import annotations

from jalur.i18n import Lang

TEXT: dict[str, dict[Lang, str]] = {
    # frame
    "site.name": {"id": "Jalur", "en": "Jalur"},
    "site.tagline": {
        "id": "Bagaimana AI mengubah pekerjaan di Indonesia",
        "en": "How AI changes work in Indonesia",
    },
    "nav.label": {"id": "Navigasi utama", "en": "Main navigation"},
    "nav.worker": {"id": "Cek pekerjaanmu", "en": "Check your job"},
    "nav.roles": {"id": "Peran era AI", "en": "AI-era roles"},
    "nav.employer": {"id": "Untuk pemberi kerja", "en": "For employers"},
    "nav.skip": {"id": "Langsung ke isi", "en": "Skip to content"},
    "lang.label": {"id": "Bahasa", "en": "Language"},
    "lang.switch": {"id": "English", "en": "Bahasa Indonesia"},
    "lang.switch_hint": {"id": "Switch to English", "en": "Ganti ke Bahasa Indonesia"},
    "footer.note": {
        "id": "Paparan adalah potensi teknis, bukan ramalan hilangnya pekerjaan. Sumber: ILO (2025), KBJI 2014, "
        "ISCO-08, O*NET, ESCO, SKKNI.",
        "en": "Exposure is technical potential, not a forecast of job loss. Sources: ILO (2025), KBJI 2014, "
        "ISCO-08, O*NET, ESCO, SKKNI.",
    },
    "footer.api": {"id": "API (dokumentasi OpenAPI)", "en": "API (OpenAPI documentation)"},
    "breadcrumb": {"id": "Langkah", "en": "Steps"},
    "step.1": {"id": "1. Pekerjaanmu", "en": "1. Your job"},
    "step.2": {"id": "2. Tugas", "en": "2. Tasks"},
    "step.3": {"id": "3. Jalur", "en": "3. Pathways"},
    "step.4": {"id": "4. Rencana belajar", "en": "4. Learning plan"},
    # worker: start
    "worker.title": {"id": "Cek pekerjaanmu", "en": "Check your job"},
    "worker.lead": {
        "id": "Tulis pekerjaanmu dengan kata-katamu sendiri. Kami tunjukkan tugas mana yang bisa dikerjakan AI, "
        "mana yang dibantu AI, dan mana yang tetap butuh manusia — lalu jalur pindah yang lebih aman.",
        "en": "Write your job in your own words. We show which tasks AI could do, which it helps with, and which "
        "still need a person — then safer moves you could make.",
    },
    "worker.q.label": {"id": "Pekerjaanmu", "en": "Your job"},
    "worker.q.hint": {
        "id": "Contoh: teller bank, driver ojol, admin gudang, perawat ICU, 4211",
        "en": "For example: bank teller, motorbike taxi driver, warehouse admin, ICU nurse, 4211",
    },
    "worker.q.submit": {"id": "Cari", "en": "Search"},
    "worker.searching": {"id": "Mencari…", "en": "Searching…"},
    # worker: candidates
    "cand.title": {"id": "Pilih pekerjaan yang paling sesuai", "en": "Choose the closest occupation"},
    "cand.for": {"id": "Untuk \u201c{q}\u201d", "en": "For \u201c{q}\u201d"},
    "cand.confident": {
        "id": "Pilihan teratas cukup meyakinkan, tetapi kamu yang memutuskan: pilih salah satu.",
        "en": "The top choice looks right, but you decide: choose one.",
    },
    "cand.abstained": {
        "id": "Kami belum yakin pekerjaan mana yang kamu maksud, jadi kami tidak memilihkan. Pilih salah satu "
        "di bawah ini, atau tulis dengan kata lain.",
        "en": "We are not sure which occupation you mean, so we do not pick one for you. Choose one below, or "
        "try other words.",
    },
    "cand.none": {
        "id": "Tidak ada pekerjaan yang cocok dengan \u201c{q}\u201d. Coba kata lain, misalnya nama jabatan "
        "atau kode KBJI/ISCO 4 digit.",
        "en": "No occupation matches \u201c{q}\u201d. Try other words, such as a job title or a 4-digit "
        "KBJI/ISCO code.",
    },
    "cand.confidence": {"id": "keyakinan {pct}", "en": "confidence {pct}"},
    "cand.choose": {"id": "Pilih", "en": "Choose"},
    "cand.list": {"id": "Kandidat pekerjaan", "en": "Candidate occupations"},
    "cand.again": {"id": "Cari lagi", "en": "Search again"},
    # worker: occupation tasks
    "occ.tasks": {"id": "Tugas-tugas pekerjaan ini", "en": "The tasks of this job"},
    "occ.code": {"id": "Kode KBJI/ISCO {code}", "en": "KBJI/ISCO code {code}"},
    "occ.mean": {
        "id": "Skor paparan rata-rata ILO 2025: {mean} ({gradient})",
        "en": "ILO 2025 mean exposure score: {mean} ({gradient})",
    },
    "occ.no_score": {
        "id": "ILO belum memberi skor untuk pekerjaan ini.",
        "en": "The ILO has no score for this occupation.",
    },
    "occ.shares": {"id": "Porsi tugas menurut kelas", "en": "Share of tasks by class"},
    "occ.legend": {
        "id": "Warna: otomatisasi (skor \u2265 0,60) — AI bisa mengerjakan sebagian besar tugas; augmentasi "
        "(0,40–0,60) — AI membantu, kamu tetap memegang tugas; manusia (< 0,40) — AI paling banyak membantu "
        "sedikit.",
        "en": "Colours: automate (score \u2265 0.60) — AI could do most of the task; augment (0.40–0.60) — AI "
        "helps, you still carry the task; human (< 0.40) — AI helps at the margins at most.",
    },
    "occ.score": {"id": "skor {score}", "en": "score {score}"},
    "occ.no_task_score": {"id": "tanpa skor", "en": "no score"},
    "occ.source": {"id": "sumber: {source}", "en": "source: {source}"},
    "occ.source.ilo": {"id": "ILO 2025", "en": "ILO 2025"},
    "occ.source.model": {"id": "penilai tugas Jalur (perkiraan)", "en": "Jalur task scorer (estimate)"},
    "occ.no_tasks": {
        "id": "Belum ada daftar tugas untuk pekerjaan ini.",
        "en": "There is no task list for this occupation yet.",
    },
    "occ.next": {"id": "Lihat jalur yang lebih aman dan tumbuh", "en": "See safer and growing pathways"},
    "occ.matched": {
        "id": "Kamu memilih ini dari pencarian \u201c{q}\u201d.",
        "en": "You chose this from the search \u201c{q}\u201d.",
    },
    "occ.not_found": {"id": "Pekerjaan tidak ditemukan", "en": "Occupation not found"},
    # worker: paths
    "paths.title": {"id": "Jalur pindah dari {title}", "en": "Moves from {title}"},
    "paths.lead": {
        "id": "Pekerjaan dan peran era AI yang dekat dengan keterampilanmu. Paparan sebelum \u2192 sesudah: "
        "makin rendah, makin sedikit tugas yang bisa diambil alih AI.",
        "en": "Occupations and AI-era roles close to your skills. Exposure before \u2192 after: the lower, the "
        "fewer tasks AI could take over.",
    },
    "paths.none": {
        "id": "Belum ada jalur yang dapat dihitung untuk pekerjaan ini.",
        "en": "No pathway could be computed for this occupation.",
    },
    "paths.occupations": {"id": "Pekerjaan yang dekat", "en": "Nearby occupations"},
    "paths.roles": {"id": "Peran era AI yang tumbuh", "en": "Growing AI-era roles"},
    "paths.roles.lead": {
        "id": "Peran baru yang lahir bersama AI, dari yang paling dekat dengan pekerjaanmu. Tag \u201clayak\u201d "
        "berarti keterampilanmu sudah cukup dekat.",
        "en": "New roles that come with AI, nearest to your job first. The \u201cviable\u201d tag means your "
        "skills are already close enough.",
    },
    "paths.exposure": {"id": "Paparan: {before} \u2192 {after}", "en": "Exposure: {before} \u2192 {after}"},
    "paths.hours": {"id": "Perkiraan belajar: {hours} jam", "en": "Estimated learning: {hours} hours"},
    "paths.hours_unknown": {"id": "Jam belajar belum diketahui", "en": "Learning hours unknown"},
    "paths.skills": {"id": "Keterampilan yang perlu dipelajari", "en": "Skills to learn"},
    "paths.no_skills": {"id": "Tidak ada kesenjangan keterampilan besar.", "en": "No large skill gap."},
    "paths.plan": {"id": "Buat rencana belajar", "en": "Make a learning plan"},
    "paths.plan_for": {"id": "Buat rencana belajar ke {title}", "en": "Make a learning plan for {title}"},
    "paths.safer_only": {"id": "Hanya jalur yang lebih aman", "en": "Safer moves only"},
    "paths.all": {"id": "Semua jalur", "en": "All moves"},
    "paths.filter": {"id": "Saring jalur", "en": "Filter moves"},
    "paths.similarity": {"id": "kemiripan {pct}", "en": "similarity {pct}"},
    "paths.certs": {"id": "Sertifikasi SKKNI terkait", "en": "Related SKKNI certification"},
    "paths.back": {"id": "Kembali ke tugas", "en": "Back to the tasks"},
    # worker: plan
    "plan.title": {
        "id": "Rencana belajar: {origin} \u2192 {target}",
        "en": "Learning plan: {origin} \u2192 {target}",
    },
    "plan.total": {"id": "Total: {hours} jam belajar", "en": "Total: {hours} hours of learning"},
    "plan.cost": {"id": "Perkiraan biaya kursus: {cost}", "en": "Estimated course cost: {cost}"},
    "plan.cost_unknown": {
        "id": "Biaya kursus belum diketahui (katalog tanpa harga).",
        "en": "Course cost unknown (the catalogue has no prices).",
    },
    "plan.steps": {"id": "Langkah-langkah", "en": "Steps"},
    "plan.step_hours": {"id": "{hours} jam ({source})", "en": "{hours} hours ({source})"},
    "plan.source.course": {"id": "dari kursus", "en": "from courses"},
    "plan.source.estimate": {"id": "perkiraan", "en": "estimate"},
    "plan.courses": {"id": "Kursus yang cocok", "en": "Matching courses"},
    "plan.no_courses": {
        "id": "Belum ada kursus yang cocok di katalog.",
        "en": "No matching course in the catalogue.",
    },
    "plan.no_steps": {
        "id": "Keterampilanmu sudah menutup kebutuhan pekerjaan ini.",
        "en": "Your skills already cover what this job needs.",
    },
    "plan.certs": {"id": "Target sertifikasi SKKNI", "en": "SKKNI certification targets"},
    "plan.no_certs": {"id": "Tidak ada unit SKKNI yang terkait.", "en": "No linked SKKNI unit."},
    "plan.catalogue": {
        "id": "Katalog kursus: {name} ({n} kursus)",
        "en": "Course catalogue: {name} ({n} courses)",
    },
    "plan.no_catalogue": {"id": "Tidak ada katalog kursus.", "en": "No course catalogue."},
    "plan.kept": {"id": "Keterampilan yang terbawa", "en": "Skills you keep"},
    "plan.back": {"id": "Kembali ke jalur", "en": "Back to the pathways"},
    "plan.estimate_note": {
        "id": "Jam adalah perkiraan perencanaan, bukan janji.",
        "en": "Hours are a planning estimate, not a promise.",
    },
    "plan.hours_course": {"id": "{hours} jam", "en": "{hours} h"},
    # roles
    "roles.lead": {
        "id": "Meja kerja baru, profesi yang tumbuh, dan peran lama yang kini dibantu AI. Paparan dihitung oleh "
        "penilai tugas Jalur dari tugas tiap peran — perkiraan model, bukan skor ILO.",
        "en": "New job desks, growing professions, and traditional roles now assisted by AI. Exposure is "
        "computed by Jalur's task scorer from each role's tasks — a model estimate, not an ILO score.",
    },
    "roles.open": {"id": "Lihat peran", "en": "See the role"},
    "roles.description": {"id": "Deskripsi", "en": "Description"},
    "roles.tasks": {"id": "Tugas", "en": "Tasks"},
    "roles.back": {"id": "Kembali ke katalog", "en": "Back to the catalogue"},
    "roles.not_found": {"id": "Peran tidak ditemukan", "en": "Role not found"},
    "roles.exposure": {"id": "Paparan rata-rata: {mean}", "en": "Mean exposure: {mean}"},
    # employer
    "emp.title": {"id": "Untuk pemberi kerja", "en": "For employers"},
    "emp.lead": {
        "id": "Unggah daftar staf (roster), tinjau jabatan yang belum pasti, lalu unduh laporan dampak AI untuk "
        "organisasi Anda. Data pribadi (nama, NIK, telepon, surel) tidak dibaca ke dalam laporan.",
        "en": "Upload a staff roster, review the titles we are unsure of, then download the AI-impact report "
        "for your organisation. Personal data (names, NIK, phones, emails) is never read into the report.",
    },
    "emp.signin": {"id": "Masuk", "en": "Sign in"},
    "emp.key.label": {"id": "Kunci API organisasi", "en": "Organisation API key"},
    "emp.key.hint": {
        "id": "Diberikan oleh pengelola Jalur (jalur org create). Kunci tidak disimpan di peramban.",
        "en": "Given by your Jalur administrator (jalur org create). The key is not stored in the browser.",
    },
    "emp.key.bad": {"id": "Kunci tidak dikenal atau sudah dicabut.", "en": "Unknown or revoked key."},
    "emp.key.throttled": {
        "id": "Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam {seconds} detik.",
        "en": "Too many failed sign-ins. Try again in {seconds} seconds.",
    },
    "emp.signed_in": {
        "id": "Anda masuk sebagai organisasi {org}.",
        "en": "You are signed in as organisation {org}.",
    },
    "emp.signout": {"id": "Keluar", "en": "Sign out"},
    "emp.signed_out": {"id": "Anda sudah keluar.", "en": "You have signed out."},
    "emp.upload": {"id": "Unggah roster", "en": "Upload a roster"},
    "emp.file.label": {"id": "Berkas roster (CSV atau XLSX)", "en": "Roster file (CSV or XLSX)"},
    "emp.file.hint": {
        "id": "Paling besar {size}, paling banyak {rows} baris. Satu baris per staf atau per jabatan.",
        "en": "At most {size} and {rows} rows. One row per employee or per role.",
    },
    "emp.file.missing": {"id": "Pilih berkas untuk diunggah.", "en": "Choose a file to upload."},
    "emp.report_lang.label": {"id": "Bahasa laporan", "en": "Report language"},
    "emp.upload.submit": {"id": "Unggah dan proses", "en": "Upload and process"},
    "emp.jobs": {"id": "Pekerjaan laporan Anda", "en": "Your report jobs"},
    "emp.jobs.none": {"id": "Belum ada unggahan.", "en": "No uploads yet."},
    "emp.jobs.file": {"id": "Berkas", "en": "File"},
    "emp.jobs.status": {"id": "Status", "en": "Status"},
    "emp.jobs.created": {"id": "Dibuat", "en": "Created"},
    "emp.jobs.open": {"id": "Buka", "en": "Open"},
    # job page
    "job.title": {"id": "Laporan: {file}", "en": "Report: {file}"},
    "job.status": {"id": "Status: {status}", "en": "Status: {status}"},
    "job.status.queued": {"id": "menunggu giliran", "en": "queued"},
    "job.status.running": {"id": "sedang diproses", "en": "running"},
    "job.status.done": {"id": "selesai", "en": "done"},
    "job.status.failed": {"id": "gagal", "en": "failed"},
    "job.status.cancelling": {"id": "sedang dibatalkan", "en": "being cancelled"},
    "job.status.cancelled": {"id": "dibatalkan", "en": "cancelled"},
    "job.cancel": {"id": "Batalkan", "en": "Cancel"},
    "job.queue_position": {
        "id": "{n} pekerjaan lain menunggu lebih dulu.",
        "en": "{n} other jobs are waiting ahead of this one.",
    },
    "job.attempt": {"id": "Percobaan ke-{n}.", "en": "Attempt {n}."},
    "job.wait": {
        "id": "Laporan sedang disiapkan. Halaman ini diperbarui sendiri; tanpa JavaScript, tekan \u201cPerbarui\u201d.",
        "en": "The report is being prepared. This page updates itself; without JavaScript, press \u201cRefresh\u201d.",
    },
    "job.refresh": {"id": "Perbarui", "en": "Refresh"},
    "job.failed": {"id": "Pemrosesan gagal: {error}", "en": "Processing failed: {error}"},
    "job.rows": {
        "id": "{rows_in} baris dibaca: {accepted} diterima, {rejected} ditolak.",
        "en": "{rows_in} rows read: {accepted} accepted, {rejected} rejected.",
    },
    "job.rejected": {"id": "Baris yang ditolak", "en": "Rejected rows"},
    "job.rejected.none": {"id": "Tidak ada baris yang ditolak.", "en": "No rows were rejected."},
    "job.review": {"id": "Tinjau jabatan yang belum pasti", "en": "Review uncertain titles"},
    "job.review.lead": {
        "id": "Jabatan ini belum bisa kami petakan dengan yakin. Pilih kandidat atau ketik kode KBJI/ISCO, "
        "simpan, lalu jalankan ulang laporan.",
        "en": "We could not place these titles with confidence. Pick a candidate or type a KBJI/ISCO code, "
        "save, then re-run the report.",
    },
    "job.review.none": {
        "id": "Semua jabatan terpetakan dengan yakin.",
        "en": "Every title was placed with confidence.",
    },
    "job.review.headcount": {"id": "{n} staf", "en": "{n} staff"},
    "job.review.reason": {"id": "alasan: {reason}", "en": "reason: {reason}"},
    "job.review.leave": {"id": "Biarkan dalam tinjauan", "en": "Leave in review"},
    "job.review.code": {
        "id": "Atau ketik kode KBJI/ISCO (mis. 4211 atau 4211.01)",
        "en": "Or type a KBJI/ISCO code (e.g. 4211 or 4211.01)",
    },
    "job.review.saved": {"id": "Keputusan tersimpan: {n}.", "en": "Decisions saved: {n}."},
    "job.review.current": {"id": "Keputusan tersimpan: {code}", "en": "Saved decision: {code}"},
    "job.review.bad_code": {
        "id": "Kode \u201c{code}\u201d untuk \u201c{title}\u201d tidak dikenal; pakai kode KBJI/ISCO seperti 4211.",
        "en": "Code \u201c{code}\u201d for \u201c{title}\u201d is unknown; use a KBJI/ISCO code such as 4211.",
    },
    "job.review.save": {"id": "Simpan keputusan", "en": "Save decisions"},
    "job.review.save_rerun": {"id": "Simpan dan jalankan ulang", "en": "Save and re-run"},
    "job.rerun": {"id": "Jalankan ulang laporan", "en": "Re-run the report"},
    "job.rerun.lead": {
        "id": "Menjalankan ulang memakai keputusan yang tersimpan.",
        "en": "A re-run applies the saved decisions.",
    },
    "job.report": {"id": "Ringkasan laporan", "en": "Report summary"},
    "job.downloads": {"id": "Unduh laporan", "en": "Download the report"},
    "job.download": {"id": "Unduh {name}", "en": "Download {name}"},
    "job.back": {"id": "Kembali ke daftar unggahan", "en": "Back to your uploads"},
    "job.chart": {"id": "Porsi tugas (tertimbang staf)", "en": "Share of work (headcount-weighted)"},
    # errors
    "err.title": {"id": "Ada masalah", "en": "Something went wrong"},
    "err.404": {"id": "Halaman tidak ditemukan", "en": "Page not found"},
    "err.404.body": {
        "id": "Halaman atau data yang Anda cari tidak ada, atau bukan milik organisasi Anda.",
        "en": "The page or data you asked for does not exist, or does not belong to your organisation.",
    },
    "err.403": {"id": "Permintaan ditolak", "en": "Request refused"},
    "err.403.csrf": {
        "id": "Formulir ini sudah kedaluwarsa atau tidak berasal dari halaman ini. Muat ulang halaman lalu coba "
        "lagi.",
        "en": "This form has expired or did not come from this page. Reload the page and try again.",
    },
    "err.401": {"id": "Silakan masuk dahulu", "en": "Please sign in first"},
    "err.401.body": {
        "id": "Halaman ini untuk organisasi yang sudah masuk.",
        "en": "This page is for signed-in organisations.",
    },
    "err.413": {"id": "Berkas terlalu besar", "en": "File too large"},
    "err.413.body": {
        "id": "Berkas lebih besar dari batas {size}. Pecah berkasnya atau hapus kolom yang tidak perlu.",
        "en": "The file is larger than the {size} limit. Split it or remove columns you do not need.",
    },
    "err.400": {"id": "Masukan tidak dapat dipakai", "en": "Input cannot be used"},
    "err.429": {"id": "Terlalu banyak permintaan", "en": "Too many requests"},
    "err.500": {"id": "Kesalahan server", "en": "Server error"},
    "err.500.body": {
        "id": "Terjadi kesalahan di pihak kami. Coba lagi nanti.",
        "en": "Something went wrong on our side. Please try again later.",
    },
    "err.home": {"id": "Ke halaman awal", "en": "Go to the start page"},
    "err.candidates": {"id": "Mungkin maksud Anda:", "en": "Did you mean:"},
}


def ui(key: str, lang: Lang, /, **params: object) -> str:
    """The UI string ``key`` in ``lang``, formatted with ``params``."""
    entry = TEXT[key]
    text = entry.get(lang) or entry["id"]
    return text.format(**params) if params else text
