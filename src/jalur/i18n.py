"""User-facing messages in Indonesian (default) and English.

Every string a user reads goes through :func:`t`. Keys are stable identifiers; the catalogue is a plain
mapping so that translators can review both languages side by side.
"""

from __future__ import annotations

from typing import Literal

Lang = Literal["id", "en"]
LANGS: tuple[Lang, ...] = ("id", "en")
DEFAULT_LANG: Lang = "id"

CATALOG: dict[str, dict[Lang, str]] = {
    # errors
    "error.unknown_occupation": {
        "id": "Pekerjaan '{query}' tidak ditemukan di basis pengetahuan.",
        "en": "Occupation '{query}' was not found in the knowledge base.",
    },
    "error.unknown_occupation.candidates": {
        "id": "Mungkin maksud Anda:",
        "en": "Did you mean:",
    },
    "error.unknown_occupation.hint": {
        "id": "Coba kode ISCO/KBJI 4 digit (mis. 4211), kode KBJI 6 digit (4211.01), kode O*NET (43-3071.00) "
        "atau nama jabatan.",
        "en": "Try a 4-digit ISCO/KBJI code (e.g. 4211), a 6-digit KBJI code (4211.01), an O*NET code "
        "(43-3071.00) or a job title.",
    },
    "error.empty_query": {
        "id": "Masukkan kode atau nama pekerjaan.",
        "en": "Enter an occupation code or name.",
    },
    "error.kb_missing": {
        "id": "Basis pengetahuan belum dibangun di {path}. Jalankan: jalur kb build",
        "en": "The knowledge base has not been built at {path}. Run: jalur kb build",
    },
    "error.kb_invalid": {
        "id": "Berkas basis pengetahuan {path} rusak atau bukan basis pengetahuan Jalur: {detail}",
        "en": "The knowledge-base file {path} is damaged or not a Jalur knowledge base: {detail}",
    },
    "error.data_missing": {
        "id": "Data sumber tidak lengkap di {data_dir}. Yang belum ada:",
        "en": "Source data is incomplete in {data_dir}. Missing:",
    },
    "error.data_missing.hint": {
        "id": "Unduh dengan: jalur data download --data-dir {data_dir}  (atau atur JALUR_DATA_DIR)",
        "en": "Fetch them with: jalur data download --data-dir {data_dir}  (or set JALUR_DATA_DIR)",
    },
    "error.checksum_mismatch": {
        "id": "Berkas {path} dari sumber {source} berbeda dari versi yang diperiksa (SHA-256 {actual}, "
        "seharusnya {expected}). Tinjau versi baru ini lalu jalankan ulang dengan --accept-changed.",
        "en": "File {path} of source {source} differs from the reviewed version (SHA-256 {actual}, "
        "expected {expected}). Review the new version, then run again with --accept-changed.",
    },
    "error.bad_content": {
        "id": "Isi berkas {path} dari sumber {source} tidak sesuai harapan: {detail}",
        "en": "The content of {path} from source {source} is not as expected: {detail}",
    },
    "error.download_failed": {
        "id": "Gagal mengunduh {path} dari {url}: {detail}",
        "en": "Could not download {path} from {url}: {detail}",
    },
    "error.no_url": {
        "id": "Sumber {source} tidak dapat diunduh otomatis: {howto}",
        "en": "Source {source} cannot be downloaded automatically: {howto}",
    },
    "error.unknown_source": {
        "id": "Sumber '{source}' tidak dikenal. Sumber yang ada: {known}",
        "en": "Unknown source '{source}'. Known sources: {known}",
    },
    "error.bad_lang": {
        "id": "Bahasa '{lang}' tidak didukung; pilih id atau en.",
        "en": "Language '{lang}' is not supported; choose id or en.",
    },
    # roster import (jalur report)
    "error.roster_empty": {
        "id": "Berkas roster {path} kosong (0 bita).",
        "en": "The roster file {path} is empty (0 bytes).",
    },
    "error.roster_too_large": {
        "id": "Berkas roster {path} berukuran {size}, lebih dari batas {limit}. Pecah berkasnya, atau ringkas "
        "menjadi satu baris per jabatan dengan kolom jumlah.",
        "en": "The roster file {path} is {size}, over the {limit} limit. Split it, or summarise it as one row "
        "per role with a headcount column.",
    },
    "error.roster_binary": {
        "id": "Berkas {path} bukan tabel CSV: isinya data biner ({kind}). Simpan roster sebagai CSV (UTF-8) "
        "atau XLSX; jika ini buku kerja Excel, beri akhiran .xlsx.",
        "en": "File {path} is not a CSV table: it holds binary data ({kind}). Save the roster as CSV (UTF-8) "
        "or XLSX; if it is an Excel workbook, give it the .xlsx extension.",
    },
    "error.roster_unreadable": {
        "id": "Buku kerja {path} tidak dapat dibaca ({detail}). Buka dan simpan ulang sebagai .xlsx, atau "
        "ekspor sebagai CSV.",
        "en": "The workbook {path} cannot be read ({detail}). Open it and save it again as .xlsx, or export "
        "it as CSV.",
    },
    "error.roster_csv": {
        "id": "CSV {path} rusak di sekitar baris data {row}: {detail}",
        "en": "The CSV {path} is malformed around record {row}: {detail}",
    },
    "error.roster_no_header": {
        "id": "Tidak ada kolom jabatan di 10 baris pertama {path}. Kolom yang ditemukan: {headers}. Nama kolom "
        "jabatan yang dikenali: {accepted}. Ganti judul kolomnya, atau berikan pemetaan kolom (--columns).",
        "en": "No job-title column in the first 10 rows of {path}. Columns found: {headers}. Accepted names "
        "for the job-title column: {accepted}. Rename the column, or give a column mapping (--columns).",
    },
    "error.roster_no_rows": {
        "id": "Roster {path} hanya berisi judul kolom (baris {row}); tidak ada baris data.",
        "en": "The roster {path} holds only its header (row {row}); there are no data rows.",
    },
    "error.roster_too_many_rows": {
        "id": "Roster {path} berisi lebih dari {limit} baris data, batas yang dibaca Jalur. Pecah berkasnya, "
        "atau ringkas menjadi satu baris per jabatan dengan kolom jumlah.",
        "en": "The roster {path} holds more than {limit} data rows, the limit Jalur reads. Split it, or "
        "summarise it as one row per role with a headcount column.",
    },
    "error.roster_column_missing": {
        "id": "Pemetaan kolom menyebut kolom '{column}' untuk {meaning}, tetapi kolom itu tidak ada. Kolom "
        "yang ditemukan: {headers}.",
        "en": "The column mapping names column '{column}' for {meaning}, but there is no such column. "
        "Columns found: {headers}.",
    },
    "error.roster_mapping_unknown": {
        "id": "Pemetaan kolom: '{key}' tidak dikenal atau tanpa nama kolom. Yang dikenal: {known} (atau "
        "jabatan, unit_kerja, jumlah, gaji, lokasi, deskripsi), masing-masing dengan judul kolomnya.",
        "en": "Column mapping: '{key}' is unknown or names no column. Known: {known} (or jabatan, "
        "unit_kerja, jumlah, gaji, lokasi, deskripsi), each with its column header.",
    },
    "error.roster_mapping_personal": {
        "id": "Pemetaan kolom memakai kolom data pribadi '{column}' sebagai {meaning}; Jalur tidak membaca "
        "data pribadi. Pilih kolom lain.",
        "en": "The column mapping uses the personal-data column '{column}' as {meaning}; Jalur does not read "
        "personal data. Choose another column.",
    },
    "error.roster_mapping_file": {
        "id": "Berkas pemetaan kolom {path} tidak dapat dipakai: {detail}. Contoh YAML: 'title: Nama "
        "Jabatan' per baris.",
        "en": "The column-mapping file {path} cannot be used: {detail}. YAML example: 'title: Job Name' on "
        "each line.",
    },
    "error.roster_sheet_missing": {
        "id": "Buku kerja {path} tidak punya lembar '{sheet}'. Lembar yang ada: {sheets}.",
        "en": "The workbook {path} has no sheet '{sheet}'. Sheets: {sheets}.",
    },
    "error.roster_blank_head": {
        "id": "{lines} baris pertama berkas {path} kosong: tidak ada judul kolom. Hapus baris kosong di awal "
        "berkas, lalu unggah lagi.",
        "en": "The first {lines} lines of {path} are blank: there is no header row. Delete the blank lines "
        "at the start of the file and upload it again.",
    },
    # untrusted files (jalur.tables): limits checked before and while a file is read
    "error.workbook_parts": {
        "id": "Buku kerja {path} berisi {found} bagian, lebih dari {limit}. Ini bukan roster biasa; simpan "
        "ulang hanya lembar rosternya sebagai .xlsx baru, atau ekspor sebagai CSV.",
        "en": "The workbook {path} holds {found} parts, more than {limit}. This is not an ordinary roster; "
        "save just the roster sheet as a new .xlsx, or export it as CSV.",
    },
    "error.workbook_unpacked": {
        "id": "Buku kerja {path} terlalu besar setelah dibuka: bagian {part} melampaui {limit}. Roster "
        "sebesar ini tidak wajar; hapus isi yang tidak perlu, atau ekspor sebagai CSV.",
        "en": "The workbook {path} is too big once unpacked: part {part} goes over {limit}. A roster should "
        "not be this large; remove what is not needed, or export it as CSV.",
    },
    "error.workbook_range": {
        "id": "Sebuah lembar di {path} memakai sel dari {first} sampai {last} ({cells} sel), lebih dari batas "
        "{limit} sel atau {columns} kolom. Biasanya ada isi di sel yang sangat jauh: hapus baris dan kolom "
        "kosong di luar tabel, simpan, lalu unggah lagi.",
        "en": "A sheet of {path} uses cells from {first} to {last} ({cells} cells), over the limit of {limit} "
        "cells or {columns} columns. Usually something sits in a far-away cell: delete the rows and columns "
        "outside the table, save, and upload again.",
    },
    "error.workbook_merges": {
        "id": "Buku kerja {path} punya {found} rentang sel gabungan (batas {limit}). Pisahkan sel gabungan "
        "(Unmerge), lalu unggah lagi.",
        "en": "The workbook {path} has {found} merged ranges (limit {limit}). Unmerge the cells and upload "
        "again.",
    },
    "error.workbook_cell_ref": {
        "id": "Buku kerja {path} rusak: bagian {part} menyebut sel di luar batas lembar Excel. Buka dan "
        "simpan ulang, atau ekspor sebagai CSV.",
        "en": "The workbook {path} is damaged: part {part} names a cell outside an Excel sheet. Open it and "
        "save it again, or export it as CSV.",
    },
    "error.file_too_slow": {
        "id": "Membaca {path} memakan waktu lebih dari {seconds} detik dan dihentikan. Berkas ini terlalu "
        "rumit untuk sebuah roster; simpan sebagai CSV, atau pecah berkasnya.",
        "en": "Reading {path} took more than {seconds} seconds and was stopped. The file is too complex for "
        "a roster; save it as CSV, or split it.",
    },
    "error.file_too_complex": {
        "id": "Membaca {path} butuh memori lebih dari batas {limit} dan dihentikan. Biasanya ada isi di sel "
        "yang sangat jauh atau teks yang sangat panjang; bersihkan berkasnya, atau simpan sebagai CSV.",
        "en": "Reading {path} needed more memory than the {limit} limit and was stopped. Usually something "
        "sits in a far-away cell or a text is extremely long; clean the file, or save it as CSV.",
    },
    "error.file_read_failed": {
        "id": "Berkas {path} tidak dapat dibaca: pembacanya berhenti tanpa hasil. Buka dan simpan ulang "
        "berkasnya, atau ekspor sebagai CSV.",
        "en": "The file {path} could not be read: its reader stopped without a result. Open the file and "
        "save it again, or export it as CSV.",
    },
    # data status
    "status.present": {"id": "ada", "en": "present"},
    "status.missing": {"id": "tidak ada", "en": "missing"},
    "status.changed": {"id": "berubah", "en": "changed"},
    "status.ok": {"id": "cocok", "en": "ok"},
    "status.partial": {"id": "sebagian", "en": "partial"},
    "download.fetched": {"id": "diunduh", "en": "fetched"},
    "download.skipped": {"id": "sudah ada", "en": "already present"},
    "error.match_input": {
        "id": "Berikan satu judul pekerjaan, atau --file berisi satu judul per baris (tidak keduanya).",
        "en": "Give one job title, or --file with one title per line (not both).",
    },
    "error.catalogue_columns": {
        "id": "Katalog kursus {path} tidak punya kolom: {missing} (lihat docs/courses.md).",
        "en": "Course catalogue {path} lacks the columns: {missing} (see docs/courses.md).",
    },
    "error.file_missing": {"id": "Berkas {path} tidak ada.", "en": "File {path} does not exist."},
    "error.file_too_large": {
        "id": "Berkas {path} lebih besar dari batas {limit}.",
        "en": "File {path} is larger than the {limit} limit.",
    },
    "error.file_encoding": {
        "id": "Berkas {path} bukan teks UTF-8 ({detail}). Simpan ulang sebagai UTF-8.",
        "en": "File {path} is not UTF-8 text ({detail}). Save it again as UTF-8.",
    },
    "match.abstained": {
        "id": "Belum yakin: pilih yang paling sesuai dari kandidat berikut.",
        "en": "Not sure: choose the closest of these candidates.",
    },
    "match.none": {
        "id": "Tidak ada pekerjaan yang cocok untuk '{query}'. Coba tulis judul lain atau jelaskan tugasnya.",
        "en": "No occupation matches '{query}'. Try another title or describe the tasks.",
    },
    "match.confidence": {"id": "keyakinan", "en": "confidence"},
    "match.evidence": {"id": "bukti", "en": "evidence"},
    # data status / download
    # table headings
    "data.col.source": {"id": "Sumber", "en": "Source"},
    "data.col.state": {"id": "Keadaan", "en": "State"},
    "data.col.files": {"id": "Berkas", "en": "Files"},
    "data.col.file": {"id": "Berkas", "en": "File"},
    "data.col.version": {"id": "Versi", "en": "Version"},
    "data.col.licence": {"id": "Lisensi", "en": "Licence"},
    "data.col.checksum": {"id": "Checksum", "en": "Checksum"},
    "data.col.outcome": {"id": "Hasil", "en": "Outcome"},
    # status
    "data.status.title": {"id": "Data sumber di {data_dir}", "en": "Source data in {data_dir}"},
    "data.status.files_title": {"id": "Checksum per berkas", "en": "Checksum per file"},
    "data.status.files_count": {"id": "{ok}/{total} cocok", "en": "{ok}/{total} ok"},
    "data.status.accepted": {"id": "{state} (diterima)", "en": "{state} (accepted)"},
    "data.status.all_ok": {
        "id": "Semua {sources} sumber lengkap; {files} berkas cocok dengan checksum yang diperiksa.",
        "en": "All {sources} sources are complete; {files} files match their reviewed checksums.",
    },
    "data.status.problems": {
        "id": "{missing} berkas tidak ada, {changed} berkas berubah. "
        "Unduh yang belum ada dengan: jalur data download --data-dir {data_dir}",
        "en": "{missing} files missing, {changed} files changed. "
        "Fetch what is missing with: jalur data download --data-dir {data_dir}",
    },
    # download outcomes (labels)
    "download.outcome.fetched": {"id": "diunduh", "en": "fetched"},
    "download.outcome.skipped": {"id": "sudah ada", "en": "already present"},
    "download.outcome.accepted": {"id": "berubah, diterima", "en": "changed, accepted"},
    "download.outcome.changed": {"id": "berubah", "en": "changed"},
    "download.outcome.rejected": {"id": "ditolak", "en": "refused"},
    "download.outcome.manual": {"id": "unduh manual", "en": "fetch by hand"},
    "download.outcome.failed": {"id": "gagal", "en": "failed"},
    # download outcomes (explanations)
    "download.msg.fetched": {
        "id": "{size} bita diunduh; ukuran dan SHA-256 cocok.",
        "en": "{size} bytes fetched; size and SHA-256 verified.",
    },
    "download.msg.skipped": {
        "id": "Sudah ada dengan checksum yang benar.",
        "en": "Already present with the right checksum.",
    },
    "download.msg.rejected": {
        "id": "Isi dari {url} berbeda dari versi yang diperiksa ({reason}); tidak disimpan. "
        "Tinjau versi baru ini lalu jalankan ulang dengan --accept-changed untuk menerimanya.",
        "en": "The content at {url} differs from the reviewed version ({reason}); not saved. "
        "Review the new version, then run again with --accept-changed to take it.",
    },
    "download.msg.accepted": {
        "id": "Isi yang diunduh berbeda dari versi yang diperiksa (SHA-256 {actual}, seharusnya {expected}); "
        "disimpan karena --accept-changed dan dicatat di {record}.",
        "en": "The downloaded content differs from the reviewed version (SHA-256 {actual}, expected "
        "{expected}); kept because of --accept-changed and recorded in {record}.",
    },
    "download.msg.accepted_local": {
        "id": "Berkas lokal {local} berbeda dari versi yang diperiksa (SHA-256 {actual}, seharusnya "
        "{expected}); dipertahankan karena --accept-changed dan dicatat di {record}.",
        "en": "Local file {local} differs from the reviewed version (SHA-256 {actual}, expected "
        "{expected}); kept because of --accept-changed and recorded in {record}.",
    },
    "download.msg.local_changed": {
        "id": "Berkas lokal {local} berbeda dari versi yang diperiksa (SHA-256 {actual}, seharusnya "
        "{expected}); tidak ditimpa. Gunakan --replace-changed untuk mengunduh ulang versi yang diperiksa, "
        "atau --accept-changed untuk menerima berkas ini.",
        "en": "Local file {local} differs from the reviewed version (SHA-256 {actual}, expected "
        "{expected}); not overwritten. Use --replace-changed to fetch the reviewed version again, or "
        "--accept-changed to take this file.",
    },
    "download.reason.sha": {
        "id": "SHA-256 {actual}, seharusnya {expected}",
        "en": "SHA-256 {actual}, expected {expected}",
    },
    "download.reason.size": {
        "id": "{actual} bita, seharusnya {expected}",
        "en": "{actual} bytes, expected {expected}",
    },
    "download.reason.too_large": {
        "id": "lebih dari {expected} bita yang diharapkan",
        "en": "more than the expected {expected} bytes",
    },
    # how to get files that have no URL
    "download.howto.python_wheel": {
        "id": "jalankan `{command}`, buka berkas .whl yang dihasilkan sebagai arsip zip (unzip), lalu salin "
        "{inner} ke {folder} (berkas yang kurang: {path}).",
        "en": "run `{command}`, open the resulting .whl file as a zip archive (unzip), then copy "
        "{inner} into {folder} (missing file: {path}).",
    },
    "download.howto.generic": {
        "id": "ambil {path} dari {official} lalu letakkan di {folder}.",
        "en": "get {path} from {official} and put it into {folder}.",
    },
    # transfer errors (the {detail} of error.download_failed)
    "download.error.timeout": {
        "id": "server tidak mengirim data selama {seconds} detik",
        "en": "no data from the server for {seconds} s",
    },
    "download.error.http": {
        "id": "server menjawab HTTP {code} {reason}",
        "en": "the server answered HTTP {code} {reason}",
    },
    "download.error.incomplete": {
        "id": "koneksi terputus setelah {got} dari {total} bita; tidak ada yang disimpan",
        "en": "the connection ended after {got} of {total} bytes; nothing was saved",
    },
    "download.error.network": {"id": "kesalahan jaringan: {detail}", "en": "network error: {detail}"},
    "download.error.bad_url": {"id": "URL tidak valid: {detail}", "en": "invalid URL: {detail}"},
    "download.error.write": {
        "id": "tidak dapat menulis {path}: {detail}",
        "en": "cannot write {path}: {detail}",
    },
    "download.error.unsafe_path": {
        "id": "jalur berkas {path} di registri keluar dari folder sumber",
        "en": "the registry path {path} leaves the source folder",
    },
    # download summary
    "data.download.summary": {
        "id": "{fetched} diunduh, {skipped} sudah ada, {accepted} berubah tetapi diterima, "
        "{problems} perlu perhatian.",
        "en": "{fetched} fetched, {skipped} already present, {accepted} changed but accepted, "
        "{problems} need attention.",
    },
    # CLI errors
    "data.error.io": {"id": "Kesalahan berkas: {detail}", "en": "File error: {detail}"},
    # profile labels
    "profile.title": {"id": "Judul", "en": "Title"},
    "profile.major_group": {"id": "Golongan pokok", "en": "Major group"},
    "profile.description": {"id": "Deskripsi", "en": "Description"},
    "profile.tasks": {"id": "Tugas", "en": "Tasks"},
    "profile.task_score": {"id": "Skor paparan AI (ILO 2025)", "en": "AI exposure score (ILO 2025)"},
    "profile.examples": {"id": "Contoh jabatan (KBJI)", "en": "Example job titles (KBJI)"},
    "profile.onet": {"id": "Okupasi O*NET terkait", "en": "Linked O*NET occupations"},
    "profile.esco": {"id": "Okupasi ESCO terkait", "en": "Linked ESCO occupations"},
    "profile.skills": {"id": "Keterampilan utama", "en": "Top skills"},
    "profile.knowledge": {"id": "Pengetahuan utama", "en": "Top knowledge"},
    "profile.technology": {"id": "Keterampilan teknologi", "en": "Technology skills"},
    "profile.job_zone": {"id": "Zona pekerjaan O*NET", "en": "O*NET job zone"},
    "profile.education": {"id": "Pendidikan", "en": "Education"},
    "profile.indices": {"id": "Indeks paparan AI", "en": "AI exposure indices"},
    "profile.flags": {"id": "Catatan kualitas data", "en": "Data-quality flags"},
    "profile.gradient": {"id": "Gradien ILO 2025", "en": "ILO 2025 gradient"},
    "profile.no_tasks": {"id": "Tidak ada daftar tugas.", "en": "No task list."},
    "profile.unaligned": {"id": "(tanpa padanan)", "en": "(no counterpart)"},
    "profile.source": {"id": "Sumber", "en": "Source"},
    "profile.in_demand": {"id": "banyak dicari", "en": "in demand"},
    "profile.esco_skills": {"id": "Keterampilan esensial (ESCO)", "en": "Essential skills (ESCO)"},
    # ILO classes
    "ilo.not_exposed": {"id": "Tidak terpapar", "en": "Not exposed"},
    "ilo.minimal": {"id": "Paparan minimal", "en": "Minimal exposure"},
    "ilo.gradient": {"id": "Terpapar: gradien {n}", "en": "Exposed: gradient {n}"},
    # paths and plans
    "paths.title": {"id": "Jalur dari {title}", "en": "Paths from {title}"},
    "paths.target": {"id": "Tujuan", "en": "Destination"},
    "paths.kind": {"id": "Jenis", "en": "Kind"},
    "paths.kind.viable": {"id": "layak", "en": "viable"},
    "paths.kind.safer": {"id": "lebih aman", "en": "safer"},
    "paths.kind.desirable": {"id": "upah terjaga", "en": "pay kept"},
    "paths.kind.growing": {"id": "peran era AI", "en": "AI-era role"},
    "paths.similarity": {"id": "Kemiripan", "en": "Similarity"},
    "paths.exposure": {"id": "Paparan sebelum \u2192 sesudah", "en": "Exposure before \u2192 after"},
    "paths.hours": {"id": "Jam belajar", "en": "Learning hours"},
    "paths.learn": {"id": "Yang perlu dipelajari", "en": "To learn"},
    "paths.experience": {
        "id": "Pengalaman: {text} \u2192 {code} {title} (dihitung {credit:.0%})",
        "en": "Experience: {text} \u2192 {code} {title} (counted at {credit:.0%})",
    },
    "paths.experience_unmatched": {
        "id": "Pengalaman tidak dikenali, tidak dipakai: {text}{cands}",
        "en": "Experience not recognised, not used: {text}{cands}",
    },
    "paths.via_experience": {"id": "lewat pengalaman", "en": "via experience"},
    "paths.none": {"id": "Tidak ada jalur yang memenuhi syarat.", "en": "No move meets the conditions."},
    "paths.note": {
        "id": "Kemiripan: tugas, aktivitas kerja, keterampilan dan teknologi (O*NET, ILO). Jam: perkiraan "
        "perencanaan 40 jam per poin level O*NET. Upah tidak diketahui tanpa --wages.",
        "en": "Similarity: tasks, work activities, skills and technology (O*NET, ILO). Hours: planning "
        "estimate of 40 hours per O*NET level point. Pay unknown without --wages.",
    },
    "plan.title": {"id": "Rencana belajar: {a} \u2192 {b}", "en": "Learning plan: {a} \u2192 {b}"},
    "plan.skill": {"id": "Keterampilan", "en": "Skill"},
    "plan.courses": {"id": "Kursus", "en": "Courses"},
    "plan.total": {"id": "Total: {hours} jam; biaya {cost}", "en": "Total: {hours} hours; cost {cost}"},
    "plan.cost_unknown": {"id": "tidak diketahui", "en": "unknown"},
    "plan.kept": {"id": "Keterampilan yang terbawa", "en": "Skills you keep"},
    "plan.certifications": {"id": "Target sertifikasi SKKNI", "en": "SKKNI certification targets"},
    "plan.catalogue_rejected": {
        "id": "{n} baris katalog kursus ditolak (baris {rows}).",
        "en": "{n} course catalogue rows rejected (rows {rows}).",
    },
    "error.wage_columns": {
        "id": "Tabel upah {path} perlu kolom kode (code/kode/isco/kbji) dan upah (wage/upah/gaji).",
        "en": "Wage table {path} needs a code column (code/kode/isco/kbji) and a pay column (wage/upah/gaji).",
    },
    "error.wage_rows": {
        "id": "Tabel upah {path}: baris tanpa kode atau dengan upah bukan angka positif: {rows}.",
        "en": "Wage table {path}: rows without a code or with a pay that is not a positive number: {rows}.",
    },
    # web (jalur serve): the API's error messages, by error code (jalur.faces.web.errors)
    "web.unauthorized": {
        "id": "Kunci API diperlukan: kirim header X-API-Key.",
        "en": "An API key is required: send the X-API-Key header.",
    },
    "web.forbidden": {
        "id": "Kunci API tidak dikenal atau sudah dicabut.",
        "en": "The API key is unknown or has been revoked.",
    },
    "web.not_found": {
        "id": "Alamat atau sumber daya ini tidak ada.",
        "en": "This address or resource does not exist.",
    },
    "web.report_not_found": {
        "id": "Laporan {job_id} tidak ditemukan.",
        "en": "Report {job_id} was not found.",
    },
    "web.file_not_found": {
        "id": "Berkas {name} tidak ada untuk laporan ini.",
        "en": "There is no file {name} for this report.",
    },
    "web.report_not_ready": {
        "id": "Laporan belum selesai (status: {status}). Coba lagi sebentar lagi.",
        "en": "The report is not finished yet (status: {status}). Try again shortly.",
    },
    "web.review_unknown_title": {
        "id": "Jabatan '{title}' tidak ada di roster unggahan ini.",
        "en": "The title '{title}' is not in this upload's roster.",
    },
    "web.review_unknown_code": {
        "id": "Kode '{code}' untuk jabatan '{title}' tidak dikenal; gunakan kode ISCO-08 atau KBJI.",
        "en": "The code '{code}' for the title '{title}' is unknown; use an ISCO-08 or KBJI code.",
    },
    "web.method_not_allowed": {
        "id": "Metode HTTP ini tidak didukung di alamat ini.",
        "en": "This HTTP method is not supported at this address.",
    },
    "web.validation": {
        "id": "Permintaan tidak valid: {fields}.",
        "en": "The request is not valid: {fields}.",
    },
    "web.too_large": {
        "id": "Isi permintaan terlalu besar (paling banyak {limit}).",
        "en": "The request body is too large (at most {limit}).",
    },
    "web.rate_limited": {
        "id": "Terlalu banyak permintaan. Coba lagi dalam {seconds} detik.",
        "en": "Too many requests. Try again in {seconds} seconds.",
    },
    "web.upload_type": {
        "id": "Jenis berkas '{name}' tidak didukung; unggah CSV atau XLSX.",
        "en": "The file type of '{name}' is not supported; upload a CSV or XLSX file.",
    },
    "web.upload_missing": {
        "id": "Tidak ada berkas roster dalam unggahan (field 'file').",
        "en": "No roster file in the upload (field 'file').",
    },
    "web.job_failed": {
        "id": "Pembuatan laporan gagal karena kesalahan internal.",
        "en": "Building the report failed because of an internal error.",
    },
    "web.job_interrupted": {
        "id": "Pembuatan laporan terhenti {attempts} kali (pekerjanya berhenti atau dimulai ulang) dan tidak "
        "dicoba lagi. Jalankan ulang laporan; jika terulang, hubungi pengelola layanan.",
        "en": "Building the report stopped {attempts} times (its worker ended or restarted) and is not tried "
        "again. Re-run the report; if it happens again, contact the service's operator.",
    },
    "web.job_timeout": {
        "id": "Pembuatan laporan melewati batas waktu {minutes} menit dan dihentikan. Pecah roster menjadi "
        "beberapa berkas, atau ringkas menjadi satu baris per jabatan.",
        "en": "Building the report went over its {minutes}-minute limit and was stopped. Split the roster into "
        "several files, or summarise it as one row per role.",
    },
    "web.job_memory": {
        "id": "Pembuatan laporan kehabisan memori. Pecah roster menjadi beberapa berkas.",
        "en": "Building the report ran out of memory. Split the roster into several files.",
    },
    "web.disk_full": {
        "id": "Penyimpanan layanan penuh; berkas tidak dapat disimpan. Coba lagi nanti (pengelola layanan "
        "sudah diberi tahu lewat catatan log).",
        "en": "The service's storage is full; the file cannot be kept. Try again later (the operator is told "
        "in the log).",
    },
    "web.storage_unavailable": {
        "id": "Penyimpanan berkas layanan sedang tidak dapat dipakai. Coba lagi nanti.",
        "en": "The service's file storage cannot be used right now. Try again later.",
    },
    "web.db_unavailable": {
        "id": "Basis data layanan sedang tidak dapat dipakai (tidak dapat ditulis atau tidak ada). Coba lagi "
        "nanti.",
        "en": "The service's database cannot be used right now (it cannot be written, or is missing). Try "
        "again later.",
    },
    "web.queue_full": {
        "id": "Organisasi Anda sudah punya {limit} laporan yang menunggu. Tunggu sampai sebagian selesai, atau "
        "batalkan yang tidak perlu.",
        "en": "Your organisation already has {limit} reports waiting. Wait until some have finished, or "
        "cancel those you do not need.",
    },
    "web.busy": {
        "id": "Semua pembaca berkas sedang sibuk. Coba lagi sebentar lagi.",
        "en": "Every file reader is busy. Try again in a moment.",
    },
    "web.upload_malformed": {
        "id": "Permintaan unggah tidak dapat dibaca: kirim berkas sebagai multipart/form-data di kolom 'file'.",
        "en": "The upload request cannot be read: send the file as multipart/form-data in the field 'file'.",
    },
    "error.job_kind": {
        "id": "Jenis pekerjaan '{kind}' tidak dikenal oleh pekerja ini.",
        "en": "This worker does not know jobs of kind '{kind}'.",
    },
    "error.database_replaced": {
        "id": "Basis data {url} kosong atau baru, padahal folder berkas {files} berasal dari basis data "
        "sebelumnya ({previous}). Layanan tidak dimulai agar organisasi dan kuncinya tidak hilang diam-diam. "
        "Pulihkan basis data, atau mulai dengan --allow-new-database (JALUR_ALLOW_NEW_DATABASE=1) bila "
        "memang disengaja.",
        "en": "The database {url} is empty or new, but the files folder {files} belongs to an earlier "
        "database ({previous}). The service does not start, so that organisations and their keys are not "
        "lost silently. Restore the database, or start with --allow-new-database "
        "(JALUR_ALLOW_NEW_DATABASE=1) if this is intended.",
    },
    "web.http_error": {
        "id": "Permintaan tidak dapat diproses (HTTP {status}).",
        "en": "The request could not be processed (HTTP {status}).",
    },
    "web.internal": {
        "id": "Terjadi kesalahan internal. Kesalahan sudah dicatat; coba lagi nanti.",
        "en": "An internal error occurred. It has been logged; try again later.",
    },
    "error.database": {
        "id": "Basis data {url} tidak dapat dipakai ({reason}). Periksa JALUR_DATABASE_URL dan apakah servernya berjalan.",
        "en": "The database {url} cannot be used ({reason}). Check JALUR_DATABASE_URL and that its server is running.",
    },
    "error.text_too_long": {
        "id": "Teks {field} terlalu panjang (paling banyak {limit} karakter).",
        "en": "The {field} text is too long (at most {limit} characters).",
    },
    "error.too_many_tasks": {
        "id": "Terlalu banyak baris tugas (paling banyak {limit}).",
        "en": "Too many task lines (at most {limit}).",
    },
    # employer report (jalur report)
    "report.step.match": {"id": "Mencocokkan jabatan", "en": "Matching job titles"},
    "report.step.occupations": {"id": "Paparan dan jalur per jabatan", "en": "Exposure and paths per role"},
    "report.step.scenarios": {"id": "Skenario", "en": "Scenarios"},
    "report.step.write": {"id": "Menulis berkas", "en": "Writing files"},
    "report.summary.title": {"id": "Laporan tenaga kerja: {file}", "en": "Workforce report: {file}"},
    "report.summary.rows": {
        "id": "Baris: {rows_in} dibaca, {accepted} dipakai, {rejected} ditolak, {flagged} ditandai.",
        "en": "Rows: {rows_in} read, {accepted} used, {rejected} rejected, {flagged} flagged.",
    },
    "report.summary.headcount": {
        "id": "Pegawai: {headcount} ({placed} dipetakan ke jabatan, {review} menunggu tinjauan) dalam {roles} jabatan dan {units} unit.",
        "en": "Staff: {headcount} ({placed} placed in an occupation, {review} awaiting review) in {roles} roles and {units} units.",
    },
    "report.summary.exposure": {
        "id": "Paparan AI rata-rata (ILO 2025): {mean}; tugas otomatis {automate}, dibantu AI {augment}, tetap manusia {human}.",
        "en": "Mean AI exposure (ILO 2025): {mean}; tasks automate {automate}, augment {augment}, human {human}.",
    },
    "report.summary.fte": {
        "id": "Setara {fte_auto} FTE pekerjaan dapat diotomatisasi, {fte_aug} FTE dapat dibantu AI.",
        "en": "{fte_auto} FTE of work automatable, {fte_aug} FTE augmentable.",
    },
    "report.summary.reskilling": {
        "id": "Pelatihan ulang: {people} orang, {hours} jam, {cost}; pelatihan alat AI: {up_people} orang, {up_cost}.",
        "en": "Reskilling: {people} people, {hours} hours, {cost}; AI-tools training: {up_people} people, {up_cost}.",
    },
    "report.summary.scenario": {
        "id": "Skenario dasar, 5 tahun: {displaced} FTE tergeser (rentang {lo}–{hi}), {new} posisi baru, {altered} pegawai di jabatan yang berubah signifikan.",
        "en": "Baseline, 5 years: {displaced} FTE displaced (range {lo}–{hi}), {new} new positions, {altered} of staff in significantly altered roles.",
    },
    "report.summary.review": {
        "id": "{n} jabatan perlu dikonfirmasi: isi kolom code di {path} lalu jalankan lagi dengan --overrides {path}.",
        "en": "{n} titles need confirming: fill in the code column of {path}, then run again with --overrides {path}.",
    },
    "report.summary.files": {"id": "Berkas laporan:", "en": "Report files:"},
    "error.report_format": {
        "id": "Format tidak dikenal: {given}. Pilihan: {known}.",
        "en": "Unknown format: {given}. Choose from: {known}.",
    },
    "error.report_write": {
        "id": "Tidak dapat menulis laporan ke {path} ({reason}).",
        "en": "Cannot write the report to {path} ({reason}).",
    },
    "error.scenario_file": {
        "id": "Berkas skenario {path} tidak dapat dibaca sebagai YAML: {reason}.",
        "en": "Scenario file {path} cannot be read as YAML: {reason}.",
    },
    "error.scenario_key": {
        "id": "Asumsi skenario tidak dikenal: {key}. Yang dikenal: {known}.",
        "en": "Unknown scenario assumption: {key}. Known: {known}.",
    },
    "error.scenario_value": {
        "id": "Nilai asumsi skenario {key} tidak sah: {value}.",
        "en": "Scenario assumption {key} has an invalid value: {value}.",
    },
    "error.overrides_columns": {
        "id": "Berkas konfirmasi {path} perlu kolom title (atau jabatan) dan code (atau kode).",
        "en": "Overrides file {path} needs a title (or jabatan) column and a code (or kode) column.",
    },
    # exposure
    "exposure.class": {"id": "Kelas", "en": "Class"},
    "exposure.score": {"id": "Skor", "en": "Score"},
    "exposure.class.automate": {"id": "otomatisasi", "en": "automate"},
    "exposure.class.augment": {"id": "augmentasi", "en": "augment"},
    "exposure.class.human": {"id": "manusia", "en": "human"},
    "exposure.shares": {"id": "Porsi tugas", "en": "Share of tasks"},
    "exposure.potential23": {"id": "Potensi ILO 2023", "en": "ILO 2023 potential"},
    "exposure.p23.automation": {"id": "potensi otomatisasi", "en": "automation potential"},
    "exposure.p23.augmentation": {"id": "potensi augmentasi", "en": "augmentation potential"},
    "exposure.p23.big_unknown": {"id": "belum pasti (big unknown)", "en": "the big unknown"},
    "exposure.p23.not_affected": {"id": "tidak terdampak", "en": "not affected"},
    "exposure.matched": {
        "id": "Dicocokkan dari teks \u201c{text}\u201d (keyakinan {conf}).",
        "en": "Matched from the text \u201c{text}\u201d (confidence {conf}).",
    },
    "exposure.legend": {
        "id": "Skor tugas ILO 2025 (0\u20131): otomatisasi \u2265 {hi}, augmentasi {lo}\u2013{hi}, manusia < {lo}.",
        "en": "ILO 2025 task score (0\u20131): automate \u2265 {hi}, augment {lo}\u2013{hi}, human < {lo}.",
    },
    "exposure.tasks.empty_lines": {
        "id": "{n} baris kosong dilewati (baris {lines}).",
        "en": "{n} empty lines skipped (lines {lines}).",
    },
    "exposure.tasks.title": {"id": "Skor paparan tugas", "en": "Task exposure scores"},
    "exposure.tasks.line": {"id": "Baris", "en": "Line"},
    "exposure.tasks.task": {"id": "Tugas", "en": "Task"},
    "exposure.tasks.nearest": {"id": "Tugas acuan terdekat", "en": "Nearest reference task"},
    "exposure.tasks.note": {
        "id": "Perkiraan model (bukan skor ILO); bukti: tugas acuan ILO/Eloundou yang paling mirip. Lihat "
        "docs/model-card-exposure.md.",
        "en": "Model estimates (not ILO scores); evidence: the most similar ILO/Eloundou reference tasks. See "
        "docs/model-card-exposure.md.",
    },
    "error.exposure_query_required": {
        "id": "Sebutkan pekerjaan (kode atau nama), atau --tasks BERKAS untuk menilai daftar tugas.",
        "en": "Name an occupation (code or title), or give --tasks FILE to score a task list.",
    },
    "error.tasks_with_query": {
        "id": "--tasks menilai berkas tugas; jangan sebutkan pekerjaan bersamanya.",
        "en": "--tasks scores a file of tasks; do not name an occupation with it.",
    },
    "error.tasks_empty": {
        "id": "Berkas {path} tidak berisi tugas (semua baris kosong).",
        "en": "File {path} holds no task (every line is empty).",
    },
    "exposure.not_a_forecast": {
        "id": "Paparan adalah potensi teknis, bukan ramalan hilangnya pekerjaan.",
        "en": "Exposure is technical potential, not a forecast of job loss.",
    },
    # exposure summary
    "error.summary.weights_required": {
        "id": "Ringkasan paparan membutuhkan tabel tenaga kerja: jalur exposure summary --weights BERKAS",
        "en": "The exposure summary needs an employment table: jalur exposure summary --weights FILE",
    },
    "error.summary.weights_without_summary": {
        "id": "--weights hanya berlaku untuk ringkasan: jalur exposure summary --weights {path}",
        "en": "--weights only applies to the summary: jalur exposure summary --weights {path}",
    },
    "error.table_unreadable": {
        "id": "Berkas {path} tidak dapat dibaca sebagai tabel: {detail}",
        "en": "File {path} cannot be read as a table: {detail}",
    },
    "error.table_too_many_rows": {
        "id": "Berkas {path} berisi lebih dari {limit} baris, batas yang dibaca Jalur.",
        "en": "File {path} holds more than {limit} rows, the limit Jalur reads.",
    },
    "error.summary.no_header": {
        "id": "Berkas {path} kosong: tidak ada baris judul kolom.",
        "en": "File {path} is empty: no header row.",
    },
    "error.summary.role_missing": {
        "id": "Kolom '{role}' tidak dikenali. Kolom yang ada: {headers}. Sebutkan dengan --code-column / "
        "--workers-column.",
        "en": "No '{role}' column recognised. Columns present: {headers}. Name it with --code-column / "
        "--workers-column.",
    },
    "error.summary.role_ambiguous": {
        "id": "Beberapa kolom bisa menjadi kolom '{role}': {columns}. Pilih salah satu dengan --code-column, "
        "--workers-column atau --by.",
        "en": "Several columns could be the '{role}' column: {columns}. Choose one with --code-column, "
        "--workers-column or --by.",
    },
    "error.summary.column_missing": {
        "id": "Kolom '{column}' tidak ada (atau disebut dua kali). Kolom yang ada: {headers}",
        "en": "Column '{column}' is not there (or named twice). Columns present: {headers}",
    },
    "error.summary.too_many_rows": {
        "id": "Berkas {path} memiliki lebih dari {limit} baris data. Jumlahkan dahulu per kode (dan kolom "
        "rincian), atau bagi berkasnya.",
        "en": "File {path} has more than {limit} data rows. Aggregate it by code (and breakdown columns) "
        "first, or split the file.",
    },
    "error.summary.no_workers": {
        "id": "Tidak ada pekerja untuk diringkas di {path} ({accepted} baris diterima, jumlah pekerja 0).",
        "en": "No workers to summarise in {path} ({accepted} rows accepted, total workers 0).",
    },
    "error.summary.bad_scheme": {
        "id": "Klasifikasi '{scheme}' tidak dikenal; pilih kbji atau isco.",
        "en": "Unknown classification '{scheme}'; choose kbji or isco.",
    },
    "error.summary.bad_rows": {
        "id": "{rejected} dari {read} baris data di {path} ditolak. Perbaiki baris berikut, atau jalankan ulang "
        "dengan --skip-bad-rows untuk mengecualikannya (tetap dicantumkan di hasil):",
        "en": "{rejected} of {read} data rows in {path} were rejected. Fix these rows, or run again with "
        "--skip-bad-rows to exclude them (they stay listed in the output):",
    },
    "error.summary.more_bad_rows": {
        "id": "… dan {n} masalah lain (gunakan --skip-bad-rows --json untuk daftar lengkap).",
        "en": "… and {n} more problems (use --skip-bad-rows --json for the full list).",
    },
    "summary.bad_row": {
        "id": "baris {row}, kolom {column} = \u201c{value}\u201d: {reason}",
        "en": "row {row}, column {column} = \u201c{value}\u201d: {reason}",
    },
    "summary.bad.empty_code": {"id": "kode kosong", "en": "empty code"},
    "summary.bad.bad_code": {
        "id": "bukan kode ISCO/KBJI 1\u20134 digit",
        "en": "not a 1\u20134 digit ISCO/KBJI code",
    },
    "summary.bad.unknown_code": {
        "id": "kode tidak dikenal dalam {scheme}",
        "en": "code unknown in {scheme}",
    },
    "summary.bad.leading_zero_missing": {
        "id": "kode tidak dikenal; angka 0 di depan hilang? (mis. 0110 tersimpan sebagai angka 110)",
        "en": "unknown code; leading zero lost? (e.g. 0110 stored as the number 110)",
    },
    "summary.bad.empty_workers": {"id": "jumlah pekerja kosong", "en": "empty number of workers"},
    "summary.bad.non_numeric": {
        "id": "jumlah pekerja bukan angka",
        "en": "number of workers is not a number",
    },
    "summary.bad.negative": {"id": "jumlah pekerja negatif", "en": "negative number of workers"},
    "summary.bad.non_finite": {
        "id": "jumlah pekerja tidak hingga atau NaN",
        "en": "number of workers is infinite or NaN",
    },
    "summary.title": {
        "id": "Paparan AI generatif tertimbang tenaga kerja",
        "en": "Employment-weighted generative-AI exposure",
    },
    "summary.rows": {
        "id": "{read} baris data: {accepted} diterima, {rejected} ditolak",
        "en": "{read} data rows: {accepted} accepted, {rejected} rejected",
    },
    "summary.total": {"id": "Jumlah pekerja", "en": "Total workers"},
    "summary.coverage": {
        "id": "Cakupan (pekerja di kelompok dengan skor ILO)",
        "en": "Coverage (workers in groups with ILO scores)",
    },
    "summary.mean": {
        "id": "Rata-rata skor ILO 2025 tertimbang",
        "en": "Employment-weighted mean ILO 2025 score",
    },
    "summary.gradients": {"id": "Pekerja menurut gradien ILO 2025", "en": "Workers by ILO 2025 gradient"},
    "summary.classes": {
        "id": "Pekerja menurut kelas tugas (porsi tugas tiap kelompok jabatan)",
        "en": "Workers by task class (each occupation's share of tasks)",
    },
    "summary.workers": {"id": "Pekerja", "en": "Workers"},
    "summary.share": {"id": "Porsi", "en": "Share"},
    "summary.by": {"id": "Menurut {name}", "en": "By {name}"},
    "summary.role.sex": {"id": "jenis kelamin", "en": "sex"},
    "summary.role.province": {"id": "provinsi", "en": "province"},
    "summary.role.sector": {"id": "sektor", "en": "sector"},
    "summary.exposed": {"id": "Terpapar (G1\u2013G4)", "en": "Exposed (G1\u2013G4)"},
    "summary.no_score": {"id": "Tanpa skor ILO", "en": "No ILO score"},
    "summary.empty_value": {"id": "(kosong)", "en": "(empty)"},
    "summary.all": {"id": "Semua pekerja", "en": "All workers"},
    "summary.skipped": {
        "id": "Baris yang dikecualikan (--skip-bad-rows):",
        "en": "Rows excluded (--skip-bad-rows):",
    },
    "summary.assumptions": {"id": "Asumsi", "en": "Assumptions"},
    "summary.assumption.spread_equally_within_group": {
        "id": "kode 1\u20133 digit dibagi rata ke kelompok jabatan (4 digit) di bawahnya: pendekatan",
        "en": "1\u20133 digit codes spread equally over the unit groups under them: an approximation",
    },
    "summary.assumption.kbji_link_weights": {
        "id": "kode KBJI dengan beberapa padanan ISCO dibagi menurut bobot tautan",
        "en": "KBJI codes with several ISCO counterparts split by link weight",
    },
    "summary.levels": {"id": "Pekerja menurut tingkat kode", "en": "Workers by code level"},
    "summary.chart_written": {"id": "Grafik ditulis ke {path}", "en": "Chart written to {path}"},
    "summary.chart.subtitle": {
        "id": "{workers} pekerja \u00b7 cakupan {coverage} \u00b7 sumber: ILO WP 140 (2025), {path}",
        "en": "{workers} workers \u00b7 coverage {coverage} \u00b7 source: ILO WP 140 (2025), {path}",
    },
    "summary.chart.gradients": {"id": "Gradien paparan ILO 2025", "en": "ILO 2025 exposure gradient"},
    "summary.chart.classes": {"id": "Kelas tugas", "en": "Task class"},
    # roles
    "error.roles_invalid": {
        "id": "Berkas peran AI bermasalah ({n} masalah):",
        "en": "The AI role files have problems ({n}):",
    },
    "error.unknown_role": {
        "id": "Peran '{role}' tidak ada dalam katalog. Peran yang ada:",
        "en": "Role '{role}' is not in the catalogue. Known roles:",
    },
    "roles.title": {"id": "Katalog peran era AI", "en": "Catalogue of AI-era roles"},
    "roles.kind": {"id": "Jenis", "en": "Kind"},
    "roles.kind.job_desk": {"id": "meja kerja baru", "en": "job desk"},
    "roles.kind.growing_profession": {"id": "profesi yang tumbuh", "en": "growing profession"},
    "roles.kind.ai_augmented": {"id": "peran lama berbantuan AI", "en": "AI-augmented role"},
    "roles.name": {"id": "Peran", "en": "Role"},
    "roles.job_zone": {"id": "Zona kerja", "en": "Job zone"},
    "roles.isco": {"id": "ISCO terdekat", "en": "Nearest ISCO"},
    "roles.mean": {"id": "Rata-rata", "en": "Mean"},
    "roles.aliases": {"id": "Nama lain", "en": "Also called"},
    "roles.skills": {"id": "Keterampilan", "en": "Skills"},
    "roles.importance": {"id": "Bobot", "en": "Weight"},
    "roles.links": {"id": "Tautan", "en": "Links"},
    "roles.sources": {"id": "Bukti peran ini ada", "en": "Evidence the role exists"},
    "roles.count": {"id": "{n} peran", "en": "{n} roles"},
    "roles.computed": {
        "id": "Paparan dihitung dari tugas tiap peran oleh penilai tugas Jalur (rata-rata teks Indonesia dan "
        "Inggris), bukan diisi tangan; ini perkiraan model, bukan skor ILO.",
        "en": "Exposure is computed from each role's tasks by Jalur's task scorer (the mean of the Indonesian and "
        "English text), never set by hand; it is a model estimate, not an ILO score.",
    },
    # kb info
    "kb.built": {
        "id": "Basis pengetahuan dibangun: {path} ({size}) dalam {seconds} detik.",
        "en": "Knowledge base built: {path} ({size}) in {seconds} s.",
    },
    "kb.up_to_date": {
        "id": "Basis pengetahuan sudah mutakhir: {path}",
        "en": "Knowledge base is up to date: {path}",
    },
    "kb.coverage": {"id": "Cakupan", "en": "Coverage"},
    "kb.counts": {"id": "Jumlah baris", "en": "Row counts"},
    # security hardening (rate limits, YAML limits)
    "error.yaml_too_large": {
        "id": "{where}YAML ditolak: lebih besar dari {limit} byte.",
        "en": "{where}YAML refused: larger than {limit} bytes.",
    },
    "error.yaml_too_deep": {
        "id": "{where}YAML ditolak: bersarang lebih dari {limit} tingkat.",
        "en": "{where}YAML refused: nested more than {limit} levels deep.",
    },
    "error.yaml_too_many_nodes": {
        "id": "{where}YAML ditolak: berisi lebih dari {limit} nilai.",
        "en": "{where}YAML refused: it holds more than {limit} values.",
    },
    "error.yaml_alias": {
        "id": "{where}YAML ditolak: anchor dan alias (&nama, *nama) tidak diterima; tulis nilainya langsung.",
        "en": "{where}YAML refused: anchors and aliases (&name, *name) are not accepted; write the values out.",
    },
    "error.yaml_syntax": {
        "id": "{where}YAML tidak sah: {detail}.",
        "en": "{where}YAML is not valid: {detail}.",
    },
}


def t(key: str, lang: Lang = DEFAULT_LANG, /, **params: object) -> str:
    """The message ``key`` in ``lang``, formatted with ``params``. Unknown keys raise ``KeyError``."""
    entry = CATALOG[key]
    text = entry.get(lang) or entry[DEFAULT_LANG]
    return text.format(**params) if params else text
