"""Texts that name no occupation: a company or institution ("KARYAWAN PT. SASA", "KOPRASI SIMPAN PINJAM"),
an employment status ("swasta", "karyawan tetap"), a recruiting phrase ("Dibutuhkan Segera"), or no work
at all ("mengurus rumah tangga", "sekolah"). The matcher abstains on them (reason ``no_occupation``)
instead of placing them by a word that happens to match a group ("sasa" → a physiotherapist).

Texts too vague to place (reason ``too_vague``): a work word that spans many unit groups with nothing said
of what is sold, made or helped with — "dagang", "DAGANG KECIL2AN", "Helper (Pria/Wanita)", "Sales (Gaji +
Komisi)" (LABELLING.md rule 5, *vague*). Unlike a text naming no occupation, the job's context (what is
sold, the industry) may still place it.

The test is on words: drop the words that never name work (employment words, recruiting words, places'
prepositions, numbers) and every word from a company marker (PT, CV, koperasi…) to the end, which is a
name; if nothing is left, the text names no occupation. A text with a work word ("kasir koperasi",
"admin PT Maju") keeps it and goes to the matcher as usual.
"""

from __future__ import annotations

import re

from jalur.text.normalise import COMPANY_MARKERS, REDUPLICATED, noise_words

#: words that name an employment status, a workplace in general, or a recruiting act — never the work
GENERIC = frozenset(
    [
        "karyawan",
        "karyawati",
        "pegawai",
        "pekerja",
        "bekerja",
        "kerja",
        "kerjaan",
        "pekerjaan",
        "buruh",
        "staf",
        "staff",
        "crew",
        "kru",
        "tetap",
        "kontrak",
        "harian",
        "lepas",
        "honorer",
        "swasta",
        "wiraswasta",
        "wirausaha",
        "usaha",
        "sendiri",
        "mandiri",
        "freelance",
        "freelancer",
        "part",
        "time",
        "full",
        "fulltime",
        "parttime",
        "paruh",
        "waktu",
        "magang",
        "intern",
        "internship",
        "lowongan",
        "loker",
        "dibutuhkan",
        "dicari",
        "segera",
        "urgent",
        "butuh",
        "cepat",
        "open",
        "recruitment",
        "rekrutmen",
        "hiring",
        "job",
        "jobs",
        "vacancy",
        "fair",
        "career",
        "karir",
        # where the hire is placed: "Staff (Penempatan Jakarta Pusat)" names no work
        "penempatan",
        "lokasi",
        # a recruiting post's own words: "Karyawan Baru, Kirim CV via WA", "Join Our Talent Pool"
        "baru",
        "terbaru",
        "kirim",
        "via",
        "join",
        "our",
        "team",
        "talent",
        "pool",
        "gabung",
        "bergabung",
        "bersama",
        "kami",
        "opportunity",
        "opportunities",
        "kesempatan",
        "berkarir",
        "multinasional",
        # a recruitment's stages and schemes: "Pengumuman Hasil Seleksi PPPK 2025"
        "pengumuman",
        "hasil",
        "seleksi",
        "tahap",
        "pppk",
        "cpns",
        # the schooling asked for, not the work: "Lulusan S1 Semua Jurusan", "(Min. D3)"
        "lulusan",
        "semua",
        "jurusan",
        "sederajat",
        "min",
        "minimal",
        "sd",
        "smp",
        "sma",
        "smk",
        "d1",
        "d3",
        "d4",
        "s1",
        "s2",
        # an employer in general: "Karyawan Tetap Bank Swasta", "Staff Umum Kantor Pusat"
        "bank",
        "pusat",
        # civil service and local government in general: "PNS PEMKAB"
        "pns",
        "asn",
        "pemkab",
        "pemkot",
        "pemda",
        "pemprov",
        # a partnership says how the work is contracted, not what it is ("ayam broiler, kemitraan"); a
        # ride-hailing partner names the vehicle or the app ("mitra driver", "mitra gojek")
        "mitra",
        "kemitraan",
        # side gigs of any kind: "NYAMBI OBYEKAN"
        "nyambi",
        "obyekan",
        "ngobyek",
        "sampingan",
        "umum",
        "general",
        "biasa",
        "lainnya",
        "lain",
        "lain-lain",
        "dll",
        "di",
        "pada",
        "dari",
        "ke",
        "dan",
        "atau",
        "yang",
        "untuk",
        "dengan",
        "the",
        "of",
        "at",
        "in",
        "for",
        "and",
        "perusahaan",
        "kantor",
        "instansi",
        "lembaga",
        "badan",
        "dinas",
        # working for somebody, somewhere: "ikut orang", "kerja ikut bos di kota"
        "ikut",
        "orang",
        "bos",
        "kota",
        "desa",
        "kampung",
        # odd jobs of any kind: vague, not an occupation ("mocok-mocok apa aja", "serabutan")
        "serabutan",
        "mocok",
        "apa",
        "aja",
        "saja",
        "apapun",
        "seadanya",
        "disuruh",
        # joining words as field staff abbreviate them
        "yg",
        "utk",
        "dgn",
        "dg",
        "sbg",
    ]
)
#: workplaces that host every kind of work: "kerja di kapal", "bekerja di pabrik" say where, not what
WORKPLACES_ONLY = frozenset(
    ["kapal", "pabrik", "proyek", "perusahaan", "tambang", "pelabuhan", "bandara", "luar", "negeri", "negara"]
)
#: whole texts (after cleaning) that are no work at all
NO_WORK = frozenset(
    [
        "ibu rumah tangga",
        "irt",
        "mengurus rumah tangga",
        "urus rumah tangga",
        "mengurus rumah",
        "rumah tangga",
        "tidak bekerja",
        "belum bekerja",
        "tidak kerja",
        "menganggur",
        "pengangguran",
        "sekolah",
        "pelajar",
        "mahasiswa",
        "mahasiswi",
        "kuliah",
        "pensiun",
        "pensiunan",
        "kerja dari rumah",
        "work from home",
        "wfh",
    ]
)
#: unpaid housework for one's own family ("bantu ibu beres2 rumah", "masak buat suami"): a text made only of
#: these words, with a family word and a housework word, is no work (LABELLING.md rule 5)
FAMILY = frozenset(
    [
        "ibu",
        "bapak",
        "ayah",
        "ortu",
        "orangtua",
        "tua",
        "suami",
        "istri",
        "keluarga",
        "mertua",
        "emak",
        "mak",
        "anak",
        "cucu",
    ]
)
HOUSEWORK = frozenset(
    [
        "beres",
        "bersih",
        "membersihkan",
        "rumah",
        "tangga",
        "masak",
        "memasak",
        "nyuci",
        "cuci",
        "mencuci",
        "urus",
        "ngurus",
        "mengurus",
        "ngurusin",
        "dirumah",
        "momong",
        "ngemong",
    ]
)
#: words of tense or aspect that say nothing of the work: "masih sekolah", "sdh pensiun"
ASPECT = frozenset(["masih", "sudah", "sdh", "udah", "lagi", "sedang", "sdg", "cuma", "hanya", "baru"])
#: school and study: a text made only of these (with a school level or a tense word) is no work
STUDY = frozenset(
    ["sekolah", "pelajar", "siswa", "siswi", "mahasiswa", "mahasiswi", "kuliah", "santri", "mondok"]
)
STUDY_LEVELS = frozenset(
    [
        "sd",
        "smp",
        "sma",
        "smk",
        "slta",
        "sltp",
        "mts",
        "ma",
        "kelas",
        "semester",
        "s1",
        "s2",
        "d3",
        "universitas",
        "kampus",
        "pesantren",
        "ponpes",
    ]
)
HOUSEWORK_JOINERS = frozenset(["bantu", "membantu", "bantuin", "buat", "sama", "sm"])
#: work words that span many unit groups until their object is said: trading (a stall, a shop, a market,
#: on foot, online…), helping (in a shop, a warehouse, a kitchen, a building site…), selling, casual labour
VAGUE_WORK = frozenset(
    [
        "dagang",
        "berdagang",
        "dagangan",
        "jualan",
        "berjualan",
        "jual",
        "menjual",
        "helper",
        "sales",
        "bhl",
        # a trade's word with no trade said: "Teknisi Berbagai Bidang", "Operator (Semua Bagian)"
        "teknisi",
        "technician",
        "operator",
    ]
)
#: words that say nothing of the work itself beside a vague one: size, sex, age limits, pay
VAGUE_QUALIFIERS = frozenset(
    [
        "kecil",
        "kecilan",
        "kecil-kecilan",
        "kecil2an",
        "pria",
        "wanita",
        "laki",
        "laki-laki",
        "perempuan",
        "cowok",
        "cewek",
        "max",
        "maks",
        "th",
        "thn",
        "tahun",
        "gaji",
        "komisi",
        "bonus",
        "insentif",
        "plus",
        "shift",
        "pagi",
        "malam",
        "saja",
        "berbagai",
        "bidang",
        "bagian",
    ]
)
_WORD = re.compile(r"[a-z0-9]+(?:\.[a-z]+)?\.?")
#: longer texts are descriptions: they are left to the matcher
MAX_WORDS = 8
#: a recruiting programme, not a job: "Management Trainee Program - All Majors", "Magang Bersertifikat
#: Kampus Merdeka", "Officer Development Program" — with none of these words' company, the work is not
#: named (LABELLING.md rule 5, *vague*); "Accounting Trainee" names it and goes to the matcher
PROGRAM_MARKERS = frozenset(["trainee", "trainees", "mt", "odp", "magang", "intern", "internship", "msib"])
#: "program" is a programme only beside another programme word ("Program Manager" is a job)
PROGRAM_ONLY_WITH = frozenset(["program", "programme", "programs"])
PROGRAM_BESIDE = frozenset(["development", "graduate", "leadership", "academy", "akademi", "kampus"])
PROGRAM_WORDS = PROGRAM_MARKERS | PROGRAM_ONLY_WITH | frozenset(
    [
        "management", "manager", "development", "graduate", "graduates", "fresh", "kampus", "merdeka",
        "bersertifikat", "certified", "batch", "officer", "leadership", "future", "leaders", "all", "majors",
        "any", "semua", "jurusan", "disciplines", "academy", "akademi", "young",
    ]
)  # fmt: skip


def _words(text: str) -> list[str]:
    """Lower-case words, a word reduplicated with a 2 written once ("beres2": beres), as ``clean`` does."""
    return _WORD.findall(REDUPLICATED.sub(r"\1", text.casefold()))


#: a recruitment's own phrases whose words could otherwise name work ("seleksi administrasi" is a stage of
#: selection, not administration)
_RECRUITING_PHRASES = re.compile(r"\bseleksi\s+administrasi\b|\bwalk[\s-]*in\s+interview\b", re.I)


def names_no_occupation(text: str) -> bool:
    """True when ``text`` (a title or a survey answer) names no occupation (see the module docstring)."""
    words = _words(_RECRUITING_PHRASES.sub(" ", text))
    if not words or len(words) > MAX_WORDS:
        return False
    plain = " ".join(w.rstrip(".") for w in words if w.rstrip(".") not in ASPECT)
    if plain in NO_WORK:
        return True
    bare = [w.rstrip(".") for w in words if w.rstrip(".") not in ASPECT]
    if any(w in STUDY for w in bare) and all(
        w in STUDY or w in STUDY_LEVELS or w in GENERIC or w.isdigit() for w in bare
    ):
        return True  # at school or studying: "MASIH SEKOLAH SMA", "kuliah semester 5"
    if _no_work_named([w.rstrip(".") for w in words]) or _out_of_work([w.rstrip(".") for w in words]):
        return True
    left: list[str] = []
    noise = noise_words()
    for w in words:
        if w in COMPANY_MARKERS or w.rstrip(".") in COMPANY_MARKERS:
            break
        w = w.rstrip(".")
        if w in GENERIC or w in noise or w.isdigit():
            continue  # (the title's noise words too: seniority, contract, places — "KARYAWAN SWASTA DI JKT")
        left.append(w)
    return not left


#: out of work or looking for it ("nganggur baru lulus", "lagi nyari kerja", "belum dapat kerjaan")
UNEMPLOYED = frozenset(["nganggur", "menganggur", "pengangguran", "jobless", "unemployed"])
SEEKING = frozenset(["cari", "nyari", "mencari", "nyariin", "melamar", "ngelamar"])
GRADUATED = frozenset(["lulus", "lulusan", "tamat", "tamatan", "fresh", "graduate", "wisuda"])
WORK_NOUNS = frozenset(["kerja", "kerjaan", "pekerjaan", "bekerja", "gawe", "job"])
_OUT_OF_WORK_WORDS = (
    UNEMPLOYED | SEEKING | GRADUATED | WORK_NOUNS | ASPECT | STUDY | STUDY_LEVELS
    | frozenset(["belum", "blm", "dapat", "dapet", "dpt", "masih", "lg", "msh", "yg", "yang", "habis", "abis", "setelah", "stlh"])
)  # fmt: skip


def _out_of_work(words: list[str]) -> bool:
    """Unemployed, just graduated, or looking for work, and nothing else said."""
    if not words or not all(w in _OUT_OF_WORK_WORDS or w in GENERIC or w.isdigit() for w in words):
        return False
    return any(w in UNEMPLOYED or w in GRADUATED for w in words) or (
        any(w in SEEKING or w in ("belum", "blm") for w in words) and any(w in WORK_NOUNS for w in words)
    )


def _no_work_named(words: list[str]) -> bool:
    """Housework for one's family ("bantu ibu beres2 rumah"), helping one's family with nothing said of the
    work ("membantu orang tua"), or working somewhere that hosts every kind of work ("kerja di kapal")."""
    allowed = FAMILY | HOUSEWORK | HOUSEWORK_JOINERS | GENERIC
    family = any(w in FAMILY for w in words)
    if all(w in allowed for w in words) and family:
        return any(w in HOUSEWORK for w in words) or any(w in HOUSEWORK_JOINERS for w in words)
    return (
        bool(words)
        and words[0] in ("kerja", "bekerja")
        and all(w in GENERIC | WORKPLACES_ONLY for w in words)
    )


def names_too_vague(text: str) -> bool:
    """True when ``text`` is a work word spanning many unit groups with nothing else said of the work
    ("dagang", "jualan kecil2an", "Helper Harian", "BHL"), or a recruiting programme with no work named
    ("Management Trainee Program"): see the module docstring."""
    words = [w.rstrip(".") for w in _words(text)]
    if not words or len(words) > MAX_WORDS:
        return False
    cut = next((i for i, w in enumerate(words) if w in COMPANY_MARKERS), len(words))
    words = words[:cut] or words  # "BHL DI PT": from a company marker on it is a name
    left = [w for w in words if not (w in GENERIC or w in VAGUE_QUALIFIERS or w.isdigit())]
    programme = any(w in PROGRAM_MARKERS for w in words) or (
        any(w in PROGRAM_ONLY_WITH for w in words) and any(w in PROGRAM_BESIDE for w in words)
    )
    if programme and all(
        w in PROGRAM_WORDS or w in GENERIC or w in VAGUE_QUALIFIERS or w.isdigit() for w in words
    ):
        return True  # a recruiting programme with no work named
    return bool(left) and all(w in VAGUE_WORK for w in left)
