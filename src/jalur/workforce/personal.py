"""Personal data inside the text cells of an employer roster: find it, redact it, strip it from short labels.

A roster's job-title, unit and location cells are meant to hold roles and places, but people write
``Teller 3201234567890123``, ``Staf x@y.co.id``, ``Cabang 0812-3456-7890``, ``Budi Santoso`` or ``Teller -
Ibu Siti Rahmawati`` in them. This module finds such values in any text cell so that the caller can drop the
cell (``whole_value_kind``), cut the personal part out of a short label (``strip_personal``) or mask it in
free text (``redact``). It is meant to run on every text cell of a roster (up to 200,000 rows × several
columns), so it is built to be precise on real job titles and unit names and cheap on them: a cell with no
ASCII digit, no ``@``, no ``(at)``/``[at]`` and no word of the name or honorific lists costs one pre-check.

Detectors (``DETECTORS``, by kind; each documents what it catches and what it does not):

* ``email`` (``EmailDetector``): ordinary addresses and the ``nama [at] domain.com`` /
  ``nama(at)domain.co.id`` forms.
* ``nik`` (``NikDetector``): a standalone 16-digit number that passes ``is_valid_nik``, written in one run or
  in groups (4-4-4-4, 6-6-4 or 2-2-2-6-4, one separator: space, dot or dash).
* ``id_number`` (``IdNumberDetector``): the same 16-digit shapes failing ``is_valid_nik`` (a card or account
  number is personal too).
* ``npwp`` (``NpwpDetector``): the 15-digit tax number ``12.345.678.9-012.345``, separators optional.
* ``phone`` (``PhoneDetector``): Indonesian mobile numbers, landlines with an area code, and partly masked
  or truncated mobile numbers.
* ``person_name`` (``PersonNameDetector``): an honorific followed by a name, runs of listed names, and a
  listed name standing alone as a cell or a separated part of a label.

Digits are ASCII digits only; numbers written in other scripts' digits (fullwidth, Arabic-Indic) are not
read. Names inside free text are best-effort: the name list is finite, and a single given name in the
middle of a sentence (``Teller Budi``) is not taken for a name on purpose, since too many words are names.

Nothing heavy happens at import time (a few short regular expressions are compiled, as elsewhere in the
package): the built-in detectors are registered at first use, their long patterns compiled then, and the
name list (``data/person_names.txt``, authored by the project) and the stoplist (every word of the job
titles of ``data/lexicon/*.csv`` and ``data/isco_titles_id.csv``, plus the authored unit and place words)
are read at the first name lookup and cached for the life of the process. No result is cached: personal
values are not kept in memory after a call returns.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Protocol

from jalur.authored import data_folder, lexicon_rows, read_csv

MARKER = "[…]"
BUILTIN_KINDS = ("email", "nik", "npwp", "phone", "person_name", "id_number")
#: on overlapping findings of the same length, the kind earlier here wins
_PRIORITY = {k: i for i, k in enumerate(("email", "nik", "npwp", "id_number", "phone", "person_name"))}

# fmt: off
#: NIK province codes accepted by ``is_valid_nik`` (Kemendagri codes, which NIKs carry): Sumatra 11 Aceh,
#: 12 Sumatera Utara, 13 Sumatera Barat, 14 Riau, 15 Jambi, 16 Sumatera Selatan, 17 Bengkulu, 18 Lampung,
#: 19 Kepulauan Bangka Belitung; 21 Kepulauan Riau; Java 31 DKI Jakarta, 32 Jawa Barat, 33 Jawa Tengah,
#: 34 DI Yogyakarta, 35 Jawa Timur, 36 Banten; 51 Bali, 52 NTB, 53 NTT; Kalimantan 61 Barat, 62 Tengah,
#: 63 Selatan, 64 Timur, 65 Utara; Sulawesi 71 Utara, 72 Tengah, 73 Selatan, 74 Tenggara, 75 Gorontalo,
#: 76 Barat; 81 Maluku, 82 Maluku Utara; Papua 91–97: 91 Papua and 92 Papua Barat (Kemendagri, before
#: 2022), 93–96 the provinces formed in 2022, and 97 because BPS numbers those provinces up to 97 and a
#: roster may carry either numbering. 54 (Timor Timur, before NIKs existed) is refused.
NIK_PROVINCES = frozenset({
    11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53,
    61, 62, 63, 64, 65, 71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96, 97,
})
_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)

#: given names that are also ordinary words (``indah``, ``bintang``, ``surya``...): a run made of these only
#: (``Toko Dewi Sari``, ``Bintang Timur``) is a name only when it is a whole cell or a separated part of a
#: label, or follows an honorific. Every one of them is in ``data/person_names.txt``.
WEAK_NAMES = frozenset({
    "ayu", "bagus", "bayu", "bintang", "bunga", "catur", "citra", "darma", "dewi", "dharma", "dwi", "eka",
    "fajar", "galuh", "gede", "guntur", "hari", "indah", "indra", "intan", "kartika", "kurnia", "kusuma",
    "laras", "lestari", "mega", "melati", "mulia", "murni", "panca", "perdana", "permata", "pertiwi",
    "pratama", "prima", "puspa", "putra", "putri", "rahayu", "rahmat", "ratna", "sandi", "sapta", "sari",
    "satria", "sekar", "suci", "surya", "tanjung", "teguh", "tiara", "topan", "tri", "wijaya", "wulan",
    "yuda", "yudha",
})

#: unit, location and context words added to the stoplist built from the job-title lexicon: organisation
#: words, places (provinces, islands, cities and regencies, Jakarta and big-city districts used as branch
#: names), compass words, days and months, function words, and the words that put a name into a street or an
#: institution (``Jl.``, ``PT``, ``RS``...), roles named with an honorific (``Ibu Asuh``, ``Bapak Kos``) and
#: the words of company names (``Karya``, ``Abadi``, ``Sinar``). Names that are also place names were weighed
#: one by one: ``bima`` (a city), ``sudirman`` (a business district) and ``pertiwi`` are stopped; ``tanjung``
#: (a Minang and Batak family name, but Tanjung Priok) is not: the second words (``priok``, ``pinang``...)
#: are stopped instead. A stopped name still counts after an honorific (``Bapak Sudirman``).
_UNIT_PLACE_TEXT = """
cabang kantor divisi bagian unit wilayah area regional pusat gudang toko pabrik lantai gedung jalan jl jln
kota kabupaten kab provinsi prov kecamatan kec kelurahan kel desa dusun kampung rt rw blok komplek kompleks
perumahan perum ruko rukan kav kavling plaza mall menara wisma graha pasar stasiun terminal bandara
pelabuhan kanwil kcp kc kcu kck kk kanca kancab outlet gerai departemen direktorat seksi subbag subbagian
bidang biro satker satuan kerja tim grup group team dept division department branch office head region zone
zona sektor site plant warehouse store factory floor building street road city district province regency
headquarter headquarters hq pos posko depo cluster klaster ring rayon sub induk pembantu perwakilan kas
lingkungan gg gang lorong universitas univ institut politeknik akademi sekolah sd smp sma smk mts madrasah
pesantren ponpes yayasan rs rsu rsud rsia rsab klinik apotek puskesmas masjid musholla gereja pura vihara
klenteng pt cv ud tbk persero perseroan koperasi hotel taman lapangan stadion gor museum monumen kampus
fakultas kri km kapal dermaga tol km cab
utara selatan timur barat tengah raya baru lama besar kecil atas bawah dalam luar hulu hilir laut darat
north south east west central upper lower new old
senin selasa rabu kamis jumat jum sabtu minggu ahad
januari februari maret april mei juni juli agustus september oktober november desember
january february march may june july august october december
dan atau dengan untuk di ke dari yang pada oleh sebagai serta the of and for in at on to by per via
indonesia nusantara aceh sumatera sumatra sumut sumbar sumsel riau jambi bengkulu lampung bangka belitung
babel kepri jawa jabar jateng jatim diy jogja jogjakarta yogyakarta yogya banten jakarta dki bali ntb ntt
nusa tenggara kalimantan kalbar kalteng kalsel kaltim kaltara sulawesi sulut sulteng sulsel sultra sulbar
gorontalo maluku malut papua madura lombok sumba flores timor sumbawa seram halmahera nias mentawai
medan binjai langsa lhokseumawe sabang banda padang bukittinggi payakumbuh solok pariaman sawahlunto
pekanbaru dumai palembang prabumulih lubuklinggau pagaralam baturaja bandar metro pangkalpinang batam
tanjungpinang pinang sibolga gunungsitoli padangsidimpuan sidimpuan tebing tinggi kisaran rantauprapat
pematangsiantar siantar tarutung balige kabanjahe stabat lubuk pakam
bogor depok tangerang bekasi serang cilegon pandeglang lebak bandung cimahi sumedang garut tasikmalaya
ciamis banjar cianjur sukabumi subang purwakarta karawang cikarang cibinong indramayu cirebon majalengka
kuningan semarang salatiga ungaran kendal demak kudus pati rembang blora grobogan purwodadi jepara
pekalongan batang pemalang tegal brebes slawi banyumas purwokerto cilacap kebumen purworejo magelang
temanggung wonosobo banjarnegara purbalingga boyolali klaten sukoharjo wonogiri karanganyar sragen solo
surakarta sleman bantul wonosari gunungkidul kulon progo wates surabaya sidoarjo gresik mojokerto jombang
lamongan tuban bojonegoro ngawi madiun magetan ponorogo pacitan trenggalek tulungagung blitar kediri
nganjuk malang batu pasuruan probolinggo lumajang jember banyuwangi situbondo bondowoso bangkalan sampang
pamekasan sumenep denpasar badung gianyar tabanan buleleng singaraja klungkung bangli karangasem negara
jembrana mataram bima dompu kupang ende maumere labuan bajo waingapu atambua
pontianak singkawang ketapang sintang sambas palangkaraya palangka sampit banjarmasin banjarbaru
martapura balikpapan samarinda bontang tenggarong tarakan selor redeb nunukan
makassar maros gowa takalar bone bulukumba sinjai parepare palopo pinrang sidrap wajo soppeng barru
pangkep luwu toraja enrekang selayar jeneponto bantaeng kendari baubau kolaka palu poso luwuk manado
bitung tomohon kotamobagu minahasa mamuju majene polewali
ambon tual ternate tidore sorong manokwari jayapura merauke timika nabire biak wamena fakfak
priok perak karang enim balai pandan periuk
menteng gambir tanah abang senen cempaka putih kemayoran sawah besar johar kebayoran kebon jeruk
kembangan palmerah grogol petamburan tambora cengkareng kalideres pluit kelapa gading
cilincing koja pademangan penjaringan priok sunter rawamangun pulogadung cakung duren sawit
jatinegara kramat jati makasar pasar rebo ciracas cipayung matraman pancoran tebet setiabudi mampang
prapatan pesanggrahan cilandak jagakarsa pasar minggu kemang cipete fatmawati blok kuningan senayan
sudirman thamrin slipi tomang cawang cibubur ciledug karawaci bintaro serpong bsd alam sutera cinere
margonda cililitan kalimalang harapan pondok pinang lebak bulus kebon sirih menteng
dago buah batu setiabudhi cihampelas pasteur antapani ujungberung darmo tunjungan rungkut kenjeran
gubeng wonokromo waru juanda dinoyo kayutangan malioboro kaliurang renon kuta sanur nusa dua jimbaran
panakkukang petisah plaju simpang lima candi banyumanik
santa santo sta san
asuh kos kost pembina baptis tiri kandung mertua pertiwi
luhur karya jaya abadi makmur sentosa sejahtera mulya perkasa persada sakti sukses maju kencana buana bhakti
bakti sarana internasional international global corp sinar cahaya terang mitra sumber rejeki rezeki berkah
lancar harapan usaha niaga dagang
"""

#: honorifics and titles before a name → ``strong`` (any capitalised word after it may be the name) or
#: ``weak`` (the next word must be a listed name: ``Mas`` is also gold, ``H.`` an initial, ``Ms`` a program)
_HONORIFICS: dict[str, str] = {
    **dict.fromkeys((
        "bapak", "bpk", "pak", "ibu", "bu", "saudara", "saudari", "sdr", "sdri", "mbak", "mba", "miss", "mr",
        "mrs", "hj", "prof", "drs", "dra", "drg", "dr",
    ), "strong"),
    **dict.fromkeys(("mas", "kak", "kang", "bang", "ms", "tn", "ny", "nn", "h", "ir"), "weak"),
}
#: academic and religious titles that may follow an honorific before the name (``Bapak Dr. Ir. H. Budi``)
_TITLE_CHAIN = frozenset({"prof", "dr", "drs", "dra", "drg", "ir", "h", "hj"})
#: honorifics that count only with their dot (``H. Ahmad``, ``Ir. Budi``): without it they are letters
_DOT_REQUIRED = frozenset({"h", "ir"})
#: lower-case words that join the parts of a name (``Siti binti Ahmad``, ``Maria da Costa``)
_CONNECTORS = frozenset({"bin", "binti", "van", "von", "de", "der", "den", "da", "dos", "del"})
#: particles before a Balinese name (``I Wayan``, ``Ni Luh``), taken into the span when a name follows
_PARTICLES = frozenset({"i", "ni"})
#: short forms written with a dot inside a name (``Moh. Hatta``, ``Muh. Ilham``, ``Abd. Rahman``)
_SHORT_FORMS = frozenset({"moh", "muh", "moch", "mochd", "mhd", "muhd", "abd", "ach", "achm"})
#: words after which a run of names is the name of a street, a place or an institution, not of a person
#: in the roster (``Jl. Gatot Subroto``, ``PT Budi Santoso``, ``RS Siti Khadijah``, ``Toko Siti Aminah``)
_CONTEXT_TEXT = """
jl jln jalan gg gang lorong komplek kompleks perumahan perum bandara stasiun terminal pelabuhan universitas
univ institut politeknik akademi sekolah sd smp sma smk mts madrasah pesantren ponpes yayasan rs rsu rsud
rsia rsab klinik apotek puskesmas masjid musholla gereja pura vihara klenteng pt cv ud tb toko hotel wisma
graha gedung menara tower plaza mall taman lapangan stadion gor museum monumen kampus fakultas kri km kapal
pasar ruko rukan blok kav kavling desa kampung dusun kelurahan kecamatan kota kabupaten
"""

#: names of national heroes as used for streets, airports and branches (``Cabang Makassar Ahmad Yani``,
#: ``KCP Solo Slamet Riyadi``): a run or a label part that is exactly one of these is not taken for a person
HERO_NAMES = frozenset(tuple(h.split()) for h in (
    "ahmad yani", "achmad yani", "gatot subroto", "slamet riyadi", "imam bonjol", "tuanku imam bonjol",
    "sudirman", "jenderal sudirman", "thamrin", "diponegoro", "pangeran diponegoro", "hasanuddin",
    "sultan hasanuddin", "gajah mada", "hayam wuruk", "juanda", "kartini", "teuku umar", "cut nyak dien",
    "sam ratulangi", "yos sudarso", "pattimura", "sisingamangaraja", "pierre tendean", "sutomo",
    "wahid hasyim", "agus salim", "haji agus salim", "sultan agung", "mohammad hatta", "muhammad hatta",
    "hatta", "soekarno", "sukarno", "soekarno hatta", "sukarno hatta", "raden saleh", "urip sumoharjo",
    "suprapto", "ahmad dahlan", "adisucipto", "adi sucipto", "hasyim asyari", "daan mogot",
    "basuki rahmat", "basuki rachmat", "abdul muis", "mas mansyur", "dewi sartika", "ki hajar dewantara",
    "hajar dewantara", "martadinata", "supomo", "soepomo", "sutan syahrir", "antasari", "pangeran antasari",
    "panglima polim", "teuku cik ditiro", "cik ditiro", "halim perdanakusuma", "abdul rahman saleh",
    "abdulrahman saleh", "iskandar muda", "sultan iskandar muda", "tjilik riwut", "cilik riwut",
    "wolter monginsidi", "frans kaisiepo", "silas papare", "marthen indey", "gusti ngurah rai",
    "ngurah rai", "untung suropati", "adam malik", "tan malaka", "haryono", "parman", "sam ratulangie",
    "kapten tendean", "veteran", "pemuda", "pahlawan", "merdeka", "dewi sri", "budi luhur", "budi utomo",
    "boedi oetomo",
))

#: academic degrees written after a name (``Sri Wahyuni, S.E.``), dots and case free
_DEGREES = (
    "S.E.", "S.Kom.", "S.H.", "M.M.", "S.Pd.", "S.Pd.I.", "A.Md.", "Amd.", "A.Md.Keb.", "A.Md.Kep.",
    "A.Md.Kom.", "M.Sc.", "Ph.D.", "S.T.", "M.T.", "S.Si.", "M.Si.", "S.Sos.", "M.Kom.", "M.H.", "M.Pd.",
    "S.Psi.", "M.Psi.", "S.Ak.", "M.Ak.", "Ak.", "S.Farm.", "Apt.", "S.Ked.", "S.Kep.", "Ners", "Ns.",
    "S.K.M.", "M.Kes.", "S.I.P.", "S.I.Kom.", "S.Hum.", "M.Hum.", "S.Ag.", "M.Ag.", "S.Th.", "M.Th.",
    "S.Sn.", "S.Ds.", "S.Tr.", "S.S.T.", "S.Gz.", "S.P.", "M.P.", "S.Pt.", "S.Hut.", "S.S.", "S.Stat.",
    "Sp.A.", "Sp.OG.", "Sp.PD.", "Sp.B.", "Sp.JP.", "Sp.M.", "Sp.THT.", "Sp.KK.", "Sp.Rad.", "Sp.An.",
    "Sp.S.", "Sp.KJ.", "M.B.A.", "M.A.", "B.A.", "B.Sc.", "M.Eng.", "M.Ed.", "LL.M.", "Lc.", "CPA", "M.Kn.",
    "M.Ec.Dev.", "M.Acc.", "CFA", "Psikolog",
)
# fmt: on

#: zero-width and direction characters, dropped from the gaps between words
_INVISIBLE = str.maketrans(
    "", "", "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_SEPARATOR_CHARS = frozenset('/|,;:()[]{}<>&–—•·"“”«»\n\r')
_END_PUNCT = frozenset(" .!?\"'“”‘’«»")


@dataclass(frozen=True, slots=True)
class Finding:
    """One piece of personal data: its kind and its span ``text[start:end]``."""

    kind: str
    start: int
    end: int


class Detector(Protocol):
    """A detector of one kind of personal data: ``find`` yields the ``(start, end)`` spans it sees."""

    kind: str

    def find(self, text: str) -> Iterator[tuple[int, int]]: ...


DETECTORS: dict[str, Detector] = {}
_BUILTINS: dict[str, Detector] = {}


def register(detector: Detector) -> Detector:
    """Add a detector to ``DETECTORS`` under its ``kind`` (replacing a built-in or earlier one of that kind)
    and return it. Detectors other than the built-in ones run on every cell: the pre-check knows only
    the built-in kinds."""
    kind = getattr(detector, "kind", None)
    if not isinstance(kind, str) or not kind or not callable(getattr(detector, "find", None)):
        raise TypeError("a detector needs a non-empty str 'kind' and a 'find(text)' method")
    _registry()
    DETECTORS[kind] = detector
    return detector


def _registry() -> dict[str, Detector]:
    """``DETECTORS``, with the built-in detectors registered at the first call (a kind registered before
    keeps its detector)."""
    if not _BUILTINS:
        builtins: tuple[Detector, ...] = (
            EmailDetector(),
            NikDetector(),
            NpwpDetector(),
            PhoneDetector(),
            PersonNameDetector(),
            IdNumberDetector(),
        )
        for d in builtins:
            _BUILTINS[d.kind] = d
            DETECTORS.setdefault(d.kind, d)
    return DETECTORS


# --- NIK --------------------------------------------------------------------------------------------


def is_valid_nik(digits: str) -> bool:
    """Whether 16 ASCII digits have the structure of an Indonesian NIK: province code in
    ``NIK_PROVINCES``, regency 01–99, district 01–99, birth date DDMMYY (women add 40 to the day: 41–71)
    that exists (31 April or 30 February are refused; 29 February only in years divisible by four, the
    century being unknown), serial 0001–9999. A string of any other length or with other characters is
    not a NIK. It checks the structure only: no register says whether the number was issued."""
    if len(digits) != 16 or not digits.isascii() or not digits.isdigit():
        return False
    if int(digits[0:2]) not in NIK_PROVINCES or digits[2:4] == "00" or digits[4:6] == "00":
        return False
    day, month, year = int(digits[6:8]), int(digits[8:10]), int(digits[10:12])
    if day > 40:
        day -= 40
    if not 1 <= month <= 12 or not 1 <= day <= _DAYS_IN_MONTH[month - 1]:
        return False
    if month == 2 and day == 29 and year % 4:
        return False
    return digits[12:16] != "0000"


# --- the digit detectors ------------------------------------------------------------------------------

_DIGIT_SEP = r"[ .\-]"


@cache
def _id16() -> re.Pattern[str]:
    """16 digits: one run, or grouped 4-4-4-4, 6-6-4 or 2-2-2-6-4 with one separator; never a piece of a
    longer run of digits or digit groups."""
    return re.compile(
        r"(?<![0-9])(?:[0-9]{16}(?![0-9])"
        rf"|(?<![0-9]{_DIGIT_SEP})(?:[0-9]{{4}}(?P<a>{_DIGIT_SEP})[0-9]{{4}}(?P=a)[0-9]{{4}}(?P=a)[0-9]{{4}}"
        rf"|[0-9]{{6}}(?P<b>{_DIGIT_SEP})[0-9]{{6}}(?P=b)[0-9]{{4}}"
        rf"|[0-9]{{2}}(?P<c>{_DIGIT_SEP})[0-9]{{2}}(?P=c)[0-9]{{2}}(?P=c)[0-9]{{6}}(?P=c)[0-9]{{4}})"
        rf"(?![0-9])(?!{_DIGIT_SEP}[0-9]))"
    )


_YEAR_GROUPS = re.compile(r"(?:19|20)[0-9]{2}(?:[ .\-](?:19|20)[0-9]{2}){3}")


def _id16_spans(text: str) -> Iterator[tuple[int, int, bool]]:
    """Spans of 16-digit numbers with whether they are a valid NIK (a list of four years is skipped)."""
    if not _has_digit(text):
        return
    for m in _id16().finditer(text):
        raw = m.group()
        if _YEAR_GROUPS.fullmatch(raw):
            continue
        yield m.start(), m.end(), is_valid_nik(re.sub(r"[^0-9]", "", raw))


class NikDetector:
    """``nik``: a standalone 16-digit NIK (``3201230506890123``, ``3201 2305 0689 0123``,
    ``320123-050689-0123``, ``32.01.23.050689.0123``) passing ``is_valid_nik``. Does not catch a NIK run
    together with other digits (``32012305068901230``), written with mixed separators, or in non-ASCII
    digits."""

    kind = "nik"

    def find(self, text: str) -> Iterator[tuple[int, int]]:
        for start, end, valid in _id16_spans(text):
            if valid:
                yield start, end


class IdNumberDetector:
    """``id_number``: a standalone 16-digit number in the shapes of ``NikDetector`` that fails
    ``is_valid_nik`` (a bank card, an account or a mistyped NIK is personal too). Other lengths of
    identifiers (employee ids, 10-digit accounts) are not caught: they look like too many other numbers."""

    kind = "id_number"

    def find(self, text: str) -> Iterator[tuple[int, int]]:
        for start, end, valid in _id16_spans(text):
            if not valid:
                yield start, end


@cache
def _npwp() -> re.Pattern[str]:
    return re.compile(
        r"(?<![0-9])(?<![0-9][.\-])[0-9]{2}\.?[0-9]{3}\.?[0-9]{3}\.?[0-9][.\-]?[0-9]{3}\.?[0-9]{3}"
        r"(?![0-9])(?![.\-][0-9])"
    )


class NpwpDetector:
    """``npwp``: the 15-digit tax number ``12.345.678.9-012.345`` (each separator optional, so a run of 15
    digits counts too). The 16-digit NPWP of 2024 is the holder's NIK and is caught as ``nik``."""

    kind = "npwp"

    def find(self, text: str) -> Iterator[tuple[int, int]]:
        if _has_digit(text):
            for m in _npwp().finditer(text):
                yield m.span()


@cache
def _phone_patterns() -> tuple[re.Pattern[str], ...]:
    left = r"(?<![0-9+])(?<![0-9][.,\-/])"
    right = r"(?![0-9])(?![.\-/][0-9])"
    cc = r"(?:\+\s?62|62)[ .\-]?"
    mobile_prefix = rf"(?:{cc}(?:\(8[0-9]{{2}}\)|8[0-9]{{2}})|\(08[0-9]{{2}}\)|08[0-9]{{2}})"
    mobile = rf"{left}{mobile_prefix}(?:[ .\-/]?[0-9]){{6,9}}{right}"
    landline = (
        rf"{left}(?:\(0[2-79][0-9]{{1,2}}\)\s?|0[2-79][0-9]{{1,2}}[ .\-/]|{cc}\(?[2-79][0-9]{{1,2}}\)?[ .\-])"
        rf"[0-9]{{3,4}}[ .\-]?[0-9]{{2,4}}{right}"
    )
    landline_run = rf"{left}(?:0|\+62)[2-79][0-9]{{7,9}}(?![0-9])"
    mask = r"[xX*•#]"
    masked = (
        rf"{left}{mobile_prefix}(?:[ .\-]?[0-9]){{0,8}}"
        rf"(?:(?:[ .\-]?{mask}){{2,9}}(?:[ .\-]?(?:[0-9]|{mask})){{0,9}}|\s?(?:…|\.{{2,3}}))(?![0-9A-Za-z])"
    )
    return tuple(re.compile(p) for p in (mobile, landline, landline_run, masked))


class PhoneDetector:
    """``phone``: Indonesian mobile numbers (``08…``, ``+62 8…``, ``62 8…``; 10–13 digits counted with
    the leading 0; separators space, dot, dash, slash, parentheses around the prefix: ``0812-3456-7890``,
    ``(0812) 3456 7890``, ``+62 812 3456 7890``), landlines with an area code (``(021) 5551234``,
    ``021-5551234``, ``+62 21 5551234``, ``0274 512345``, ``0215551234``) and partly masked or truncated
    mobile numbers (``0812…``, ``0812-xxxx-xxxx``, ``0812****5678``). Not caught: landlines without an area
    code (``5551234``), international numbers other than +62, a mask without the four-digit prefix
    (``08xx-xxxx``). Not taken for a phone: years, salaries (``5.500.000``), headcounts, occupation codes
    (``4211``, ``4211.01``, ``43-3071.00``), ``Lantai 08``, dates (``08-12-2024``), postal codes."""

    kind = "phone"

    def find(self, text: str) -> Iterator[tuple[int, int]]:
        if _has_digit(text):
            for pattern in _phone_patterns():
                for m in pattern.finditer(text):
                    yield m.span()


# --- e-mail -------------------------------------------------------------------------------------------


@cache
def _email_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    local = r"(?<![\w.+\-])[\w.+\-]{0,63}\w"
    plain = re.compile(rf"{local}@[\w\-]{{1,63}}(?:\.[\w\-]{{1,63}}){{0,8}}\.[^\W\d_]{{2,24}}(?![\w\-])")
    at = r"\s?[\[(]\s?at\s?[\])]\s?"
    dot = r"(?:\.|\s?[\[(]\s?dot\s?[\])]\s?)"
    obfuscated = re.compile(
        rf"{local}{at}[\w\-]{{1,63}}(?:{dot}[\w\-]{{1,63}}){{0,8}}{dot}[^\W\d_]{{2,24}}(?![\w\-])", re.I
    )
    return plain, obfuscated


_AT_WORD = re.compile(r"[\[(]\s?at\s?[\])]", re.I)


class EmailDetector:
    """``email``: addresses such as ``budi@example.com``, ``x@y.co.id``, ``a.b+c@mail.kantor.go.id`` and the
    obfuscated ``nama [at] domain.com`` / ``nama(at)domain.co.id`` (also with ``[dot]``). Not caught: ``nama
    at domain dot com`` written with bare words, or an address without a top-level domain."""

    kind = "email"

    def find(self, text: str) -> Iterator[tuple[int, int]]:
        plain, obfuscated = _email_patterns()
        if "@" in text:
            for m in plain.finditer(text):
                yield m.span()
        if _AT_WORD.search(text):
            for m in obfuscated.finditer(text):
                yield m.span()


# --- names --------------------------------------------------------------------------------------------

#: a word: letters, inner apostrophes, an optional final dot (``Jl.``, ``H.``, ``Budi.``)
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*\.?")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_GATE_CHARS = re.compile(r"[0-9@\[(]")
_ASCII_WORD = re.compile(r"[a-z]+")
_ASCII_DIGIT = re.compile(r"[0-9]")


def _has_digit(text: str) -> bool:
    return _ASCII_DIGIT.search(text) is not None


def _fold(word: str) -> str:
    """The lookup key of a word: case folded, apostrophes and accents dropped (``André`` → ``andre``)."""
    key = word.casefold()
    if not key.isascii():
        key = "".join(c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c))
    if "'" in key or "’" in key:
        key = key.replace("'", "").replace("’", "")
    return key


def _keys(text: str) -> list[str]:
    return [_fold(w) for w in _WORD.findall(text)]


@dataclass(frozen=True, slots=True)
class NameLexicon:
    """The word lists of the name detector. ``names``: the authored name list; ``stop``: job-title words of
    the lexicon plus the authored unit and place words (``_UNIT_PLACE_TEXT``); ``context``: words after
    which names belong to a street or an institution (``_CONTEXT_TEXT``); ``triggers``: the words whose
    presence makes a cell worth a full look (listed names outside the stoplist, and honorifics)."""

    names: frozenset[str]
    stop: frozenset[str]
    context: frozenset[str]
    triggers: frozenset[str]


def _stop_words(titles: Iterable[str]) -> frozenset[str]:
    words: set[str] = set(_UNIT_PLACE_TEXT.split()) | set(_CONTEXT_TEXT.split())
    for title in titles:
        words.update(_keys(title))
    return frozenset(words)


@cache
def name_lexicon() -> NameLexicon:
    """The name list and the stoplist, read at first use."""
    text = data_folder().joinpath("person_names.txt").read_text(encoding="utf-8")
    names = frozenset(
        _fold(line.strip()) for line in text.splitlines() if line.strip() and not line.startswith("#")
    )
    titles = [r["title"] for r in lexicon_rows()] + [r["title_id"] for r in read_csv("isco_titles_id.csv")]
    stop = _stop_words(titles)
    return NameLexicon(
        names=names,
        stop=stop,
        context=frozenset(_CONTEXT_TEXT.split()),
        triggers=(names - stop) | frozenset(_HONORIFICS),
    )


@cache
def _degree_pattern() -> re.Pattern[str]:
    alternatives = []
    for degree in sorted(_DEGREES, key=len, reverse=True):
        parts = [p for p in degree.split(".") if p]
        alternatives.append(r"\.?\s?".join(re.escape(p) for p in parts) + r"\.?")
    return re.compile(
        rf"(?:\s{{0,3}},\s{{0,3}}|\s{{1,3}})(?:{'|'.join(alternatives)})(?=$|[\s,;/|)\]\-])", re.I
    )


@dataclass(slots=True)
class _Token:
    start: int
    end: int  # the word without its final dot
    dot: bool  # written with a final dot
    key: str
    cap: bool  # first letter upper case
    caps: bool  # all upper case


# token classes: a listed name, a listed name that is also a stop word, a stop word, any other word
_NAME, _STOPNAME, _STOP, _UNKNOWN = 0, 1, 2, 3


def _tokens(text: str) -> list[_Token]:
    out = []
    for m in _TOKEN.finditer(text):
        raw = m.group()
        dot = raw.endswith(".")
        word = raw[:-1] if dot else raw
        start = m.start()
        out.append(_Token(start, start + len(word), dot, _fold(word), word[0].isupper(), word.isupper()))
    return out


def _gap_kind(gap: str, edge: bool = False) -> str:
    """``space`` (the words are neighbours), ``sep`` (a separator between parts of a label: ``/``, ``|``,
    ``,``, ``;``, ``:``, brackets, a line break, a dash with a space beside it) or ``other`` (digits,
    symbols, a bare hyphen: neither). At the ``edge`` of the text, quotes and end punctuation are a
    separator too. Invisible format characters (zero-width spaces, direction marks) are ignored."""
    if gap and not gap.isascii():
        gap = gap.translate(_INVISIBLE)
    if not gap or (gap.isspace() and "\n" not in gap and "\r" not in gap):
        return "space"
    if not all(c in _SEPARATOR_CHARS or c in _END_PUNCT or c in "-–—" or c.isspace() for c in gap):
        return "other"
    if edge or any(c in _SEPARATOR_CHARS for c in gap):
        return "sep"
    core = gap.strip()
    dashes_only = not core.replace(" ", "").strip("-–—")
    return "sep" if core and dashes_only and core != gap else "other"  # a spaced dash: "Teller - Budi"


def _classify(tok: _Token, lex: NameLexicon) -> int:
    if len(tok.key) == 1:  # an initial, or a Balinese I
        return _UNKNOWN
    if tok.key in lex.names:
        return _STOPNAME if tok.key in lex.stop else _NAME
    return _STOP if tok.key in lex.stop or tok.key in _HONORIFICS else _UNKNOWN


def _goes_on(tok: _Token) -> bool:
    """Whether a name may go on after this word: not after a full word ending a sentence (``Budi.``), but
    after an initial (``S.``) or a short form (``Moh.``, ``Muh.``)."""
    return not tok.dot or len(tok.key) == 1 or tok.key in _SHORT_FORMS


def _word_end(tok: _Token) -> int:
    """Where a name word ends: an initial or a short form keeps its dot (``Budi S.``), a word does not."""
    return tok.end + 1 if tok.dot and (len(tok.key) == 1 or tok.key in _SHORT_FORMS) else tok.end


class PersonNameDetector:
    """``person_name``: (a) an honorific (Bapak, Bpk, Pak, Ibu, Bu, Sdr, Sdri, Saudara, Saudari, Tn, Ny,
    Nn, Mas, Mbak, Kak, Kang, Bang, Mr, Mrs, Ms, Miss, H., Hj., dr., Dr., Prof., Ir., Drs., Dra., drg.),
    possibly followed by more titles, then 1–4 capitalised words (``Ibu Siti Rahmawati``, ``Bapak H.
    Ahmad``); after the short or ambiguous ones (Mas, Kak, Kang, Bang, Ms, Tn/Ny/Nn without a dot, H.,
    Ir., Dr without a dot, an honorific written in capitals of up to three letters, a lower-case one
    other than ``ibu``/``bapak``/``dr.``) the first word must be a listed name; (b) two or more
    consecutive listed names, in any case (``Budi Santoso``, ``budi santoso``), none of them a stop word,
    at least one of them not in ``WEAK_NAMES`` (all of them in lower-case text), followed by up to two
    more capitalised words outside the stoplist when the run is capitalised (``Budi Santoso
    Rumbekwan``); (c) a whole cell, or a part of a label set off by separators (``-`` with a space,
    ``/``, ``|``, ``,``, ``:``, ``;``, brackets, quotes, a line break), made only of listed names and
    capitalised words, with at least one listed name outside the stoplist (``Siti``, ``Teller - Budi``,
    ``Kasir / Siti``, ``Hadi Rumbekwan``, ``Agus Hakim``): a lone word must be a capitalised listed name;
    a part with unlisted words or stopped names needs a name outside ``WEAK_NAMES``, and its unlisted
    words must come after a listed name and be no more than the listed names. Academic degrees after
    the name (``, S.E.``, ``S.Kom``, ``M.M.``, ``Ph.D.``) are part of the span; so are ``I``/``Ni`` before
    a Balinese name and ``bin``, ``binti``, ``van``, ``de``... inside one.

    Not taken for a person: a job title, unit or place (every word of the lexicon's job titles and of the
    authored unit and place words is a stop word, and a listed name that is a stop word counts only after
    an honorific), a national hero's name as streets and branches use it (``HERO_NAMES``: ``Ahmad Yani``,
    ``Gatot Subroto``), a run of names right after a street or institution word (``Jl. Budi Utomo``, ``PT
    Budi Santoso``, ``Toko Siti Aminah``), the words of an e-mail or web address. Not caught (best
    effort): a lone given name inside a label without a separator (``Teller Budi``), a run of weak names
    inside a label (``Teller Dewi Sari``), names missing from the list unless an honorific or a listed
    name is beside them, a person who shares a hero's name, names in non-Latin scripts."""

    kind = "person_name"

    def find(self, text: str) -> Iterator[tuple[int, int]]:
        lex = name_lexicon()
        if _mentions_name(text, lex):
            yield from _person_spans(text, lex)


def _mentions_name(text: str, lex: NameLexicon) -> bool:
    """Whether a word of ``text`` is a trigger (a listed name outside the stoplist, or an honorific)."""
    low = text.lower()
    if low.isascii() and "'" not in low:
        return not lex.triggers.isdisjoint(_ASCII_WORD.findall(low))
    return not lex.triggers.isdisjoint(_keys(text))


def _honorific(tok: _Token) -> str | None:
    """``strong``, ``weak`` or None: whether the word is an honorific as written, and how sure."""
    strength = _HONORIFICS.get(tok.key)
    if strength is None:
        return None
    if tok.key in _DOT_REQUIRED and not (tok.dot and tok.cap):
        return None
    if tok.key == "dr" and not tok.dot:
        return "weak"
    if tok.key in {"tn", "ny", "nn"} and tok.dot:
        return "strong"
    if tok.caps and tok.end - tok.start <= 3:
        return "weak"
    if not tok.cap and tok.key not in {"ibu", "bapak", "dr", "drg", "saudara", "saudari"}:
        return "weak"
    return strength


_NON_SPACE = re.compile(r"\S+")
_ADDRESS_MARKS = ("@", "://", "www.", "(at)", "[at]")


def _addresses(text: str) -> list[tuple[int, int]]:
    """Spans of the chunks of ``text`` (between white space) that are e-mail or web addresses."""
    low = text.lower()
    if not any(mark in low for mark in _ADDRESS_MARKS):
        return []
    return [m.span() for m in _NON_SPACE.finditer(low) if any(mark in m.group() for mark in _ADDRESS_MARKS)]


def _person_spans(text: str, lex: NameLexicon) -> list[tuple[int, int]]:
    toks = _tokens(text)
    n = len(toks)
    if not n:
        return []
    cls = [_classify(t, lex) for t in toks]
    addresses = _addresses(text)  # "budi.santoso@x.co.id": its words are not a name of their own
    if addresses:
        k = 0
        for start, end in addresses:
            while k < n and toks[k].start < start:
                k += 1
            while k < n and toks[k].start < end:
                cls[k] = _STOP
                k += 1
    # gaps[i]: between toks[i-1] and toks[i]; gaps[0] before the first word, gaps[n] after the last
    gaps = [_gap_kind(text[: toks[0].start], edge=True)]
    for i in range(1, n):
        prev = toks[i - 1]
        gaps.append(_gap_kind(text[prev.end + prev.dot : toks[i].start]))
    last = toks[-1]
    gaps.append(_gap_kind(text[last.end + last.dot :], edge=True))
    spans = [
        *_honorific_spans(toks, cls, gaps),
        *_run_spans(toks, cls, gaps, lex.context),
        *_segment_spans(toks, cls, gaps),
    ]
    if not spans:
        return []
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    degree = _degree_pattern()
    out = []
    for start, end in merged:
        while m := degree.match(text, end):
            end = m.end()
        out.append((start, end))
    return out


def _honorific_spans(toks: list[_Token], cls: list[int], gaps: list[str]) -> Iterator[tuple[int, int]]:
    n = len(toks)
    i = 0
    while i < n:
        strength = _honorific(toks[i])
        if strength is None:
            i += 1
            continue
        j = i + 1
        while j < n and gaps[j] == "space" and toks[j].key in _TITLE_CHAIN and _honorific(toks[j]):
            j += 1
        first = j
        words = 0
        while j < n and gaps[j] == "space" and words < 4 and (j == first or _goes_on(toks[j - 1])):
            tok, c = toks[j], cls[j]
            if tok.key in _CONNECTORS and not tok.cap and words:
                j += 1
                continue
            if not tok.cap or c == _STOP:
                break
            if words == 0 and strength == "weak" and c not in (_NAME, _STOPNAME):
                break
            words += 1
            j += 1
        while j > first and toks[j - 1].key in _CONNECTORS:
            j -= 1
        if words == 1 and len(toks[first].key) == 1:  # "Pak D": a letter is not a name
            words = 0
        if words:
            yield toks[i].start, _word_end(toks[j - 1])
            i = j
        else:
            i += 1


def _hero(keys: list[str]) -> bool:
    return tuple(keys) in HERO_NAMES


def _run_spans(
    toks: list[_Token], cls: list[int], gaps: list[str], context: frozenset[str]
) -> Iterator[tuple[int, int]]:
    n = len(toks)
    i = 0
    while i < n:
        if cls[i] != _NAME:
            i += 1
            continue
        j = i + 1
        while j < n and gaps[j] == "space" and _goes_on(toks[j - 1]):
            if cls[j] == _NAME:
                j += 1
            elif (
                toks[j].key in _CONNECTORS
                and not toks[j].dot
                and j + 1 < n
                and gaps[j + 1] == "space"
                and cls[j + 1] == _NAME
            ):
                j += 2
            else:
                break
        run = [t for t in toks[i:j] if t.key not in _CONNECTORS]
        keys = [t.key for t in run]
        after_context = i > 0 and gaps[i] == "space" and toks[i - 1].key in context
        capitalised = all(t.cap for t in run)
        # a capitalised run needs one name outside WEAK_NAMES; a lower-case one (free text) needs all
        weak = WEAK_NAMES.issuperset(keys) if capitalised else not WEAK_NAMES.isdisjoint(keys)
        if len(run) >= 2 and not after_context and not _hero(keys) and not weak:
            start, end = i, j
            if capitalised:
                extra = 0
                while (
                    end < n
                    and extra < 2
                    and gaps[end] == "space"
                    and _goes_on(toks[end - 1])
                    and cls[end] == _UNKNOWN
                    and toks[end].cap
                    and len(toks[end].key) > 1
                ):
                    end += 1
                    extra += 1
            if (
                start > 0
                and gaps[start] == "space"
                and toks[start - 1].key in _PARTICLES
                and toks[start - 1].cap
            ):
                start -= 1
            yield toks[start].start, _word_end(toks[end - 1])
        i = j


def _segment_spans(toks: list[_Token], cls: list[int], gaps: list[str]) -> Iterator[tuple[int, int]]:
    n = len(toks)
    start = 0
    while start < n:
        end = start + 1
        while end < n and gaps[end] == "space":
            end += 1
        # toks[start:end] are neighbours: a part of the label when separators (or the ends) surround them
        if gaps[start] != "other" and gaps[end] != "other" and end - start <= 6:
            span = _name_part(toks[start:end], cls[start:end])
            if span is not None:
                yield span
        start = end


def _name_part(toks: list[_Token], cls: list[int]) -> tuple[int, int] | None:
    """The span of a label part that is a person's name, or None. Its words: listed names (at least one
    outside the stoplist), capitalised listed names that are stop words (``Agus Hakim``: they do not make a
    name, but may stand beside a name outside ``WEAK_NAMES``), other capitalised words (``Hadi Rumbekwan``:
    no more of them than listed names, after a listed name outside ``WEAK_NAMES`` that comes first),
    initials, Balinese particles and connectors."""
    names = strong = unknown = riders = 0
    keys = []
    first: str | None = None
    last = len(toks) - 1
    for k, (tok, c) in enumerate(zip(toks, cls, strict=True)):
        if k < last and not _goes_on(tok):
            return None
        if c == _NAME:
            names += 1
            strong += tok.key not in WEAK_NAMES
        elif c == _STOPNAME and tok.cap:
            riders += 1
        elif c == _UNKNOWN and tok.cap and len(tok.key) > 1 and tok.key not in _CONNECTORS:
            if tok.key in _PARTICLES:
                continue
            unknown += 1
        elif (c == _UNKNOWN and tok.cap and len(tok.key) == 1) or (tok.key in _CONNECTORS and 0 < k < last):
            continue
        else:
            return None
        if first is None:
            first = tok.key if c == _NAME else ""
        keys.append(tok.key)
    if not names or _hero(keys) or (last == 0 and not toks[0].cap):
        return None
    if (unknown or riders) and not strong:
        return None
    if unknown and (unknown > names or not first):
        return None
    return toks[0].start, _word_end(toks[-1])


# --- public functions ---------------------------------------------------------------------------------


def _may_hold_personal(text: str) -> bool:
    """The pre-check: an ASCII digit, ``@``, ``(at)``/``[at]``, or a word of the name or honorific lists."""
    if _GATE_CHARS.search(text) is not None and (
        _has_digit(text) or "@" in text or _AT_WORD.search(text) is not None
    ):
        return True
    return _mentions_name(text, name_lexicon())


def _select(registry: dict[str, Detector], kinds: Collection[str]) -> list[Detector]:
    unknown = set(kinds) - registry.keys()
    if unknown:
        raise ValueError(f"unknown kinds of personal data: {sorted(unknown)}; known: {sorted(registry)}")
    return [registry[k] for k in registry if k in kinds]


def _resolve(candidates: list[Finding]) -> list[Finding]:
    """Non-overlapping findings sorted by start; on overlap the longest wins (then ``_PRIORITY``)."""
    candidates.sort(key=lambda f: (f.start - f.end, _PRIORITY.get(f.kind, len(_PRIORITY)), f.kind, f.start))
    starts: list[int] = []
    chosen: list[Finding] = []
    for f in candidates:
        k = bisect_left(starts, f.start)
        if k > 0 and chosen[k - 1].end > f.start:
            continue
        if k < len(chosen) and chosen[k].start < f.end:
            continue
        starts.insert(k, f.start)
        chosen.insert(k, f)
    return chosen


def find_personal(text: str, kinds: Collection[str] | None = None) -> list[Finding]:
    """Personal data in ``text``: sorted, non-overlapping findings (on overlap the longest span wins).
    ``kinds`` limits the search to those kinds (``ValueError`` for a kind no detector has); by default
    every registered detector runs. Never raises on odd text (control characters, emoji, other scripts)."""
    if not text:
        return []
    registry = _registry()
    if kinds is None:
        detectors: Iterable[Detector] = registry.values()
        only_builtins = registry == _BUILTINS
    else:
        detectors = _select(registry, kinds)
        only_builtins = all(_BUILTINS.get(d.kind) is d for d in detectors)
    if only_builtins and not _may_hold_personal(text):
        return []
    candidates = []
    size = len(text)
    for d in detectors:
        for start, end in d.find(text):
            if 0 <= start < end <= size:
                candidates.append(Finding(d.kind, start, end))
    return _resolve(candidates) if candidates else []


def redact(text: str, marker: str = MARKER) -> tuple[str, tuple[str, ...]]:
    """``text`` with every finding replaced by ``marker``, and the sorted distinct kinds found."""
    findings = find_personal(text)
    if not findings:
        return text, ()
    parts = []
    prev = 0
    for f in findings:
        parts.append(text[prev : f.start])
        parts.append(marker)
        prev = f.end
    parts.append(text[prev:])
    return "".join(parts), tuple(sorted({f.kind for f in findings}))


#: separators a removed finding may leave behind in a label
_SEPARATORS = "-–—/|:;,&•·+"
_WHITE = " \t\n\r\f\v\u00a0"
_TIDY = _SEPARATORS + _WHITE
_OPENING = "([{<"
_CLOSING = ")]}>"
_EMPTY_BRACKETS = re.compile(r"\(\s*\)|\[\s*\]|\{\s*\}|<\s*>|\"\s*\"|“\s*”|'\s*'")
_SPACES = re.compile(r"\s+")


def strip_personal(text: str) -> tuple[str, tuple[str, ...]]:
    """For short labels (titles, units, locations): ``text`` with the findings removed and the separators,
    brackets and spaces they leave tidied (``Teller - Budi Santoso`` → ``Teller``, ``Staf (x@y.co.id)`` →
    ``Staf``, ``Teller - Budi - Cabang Bogor`` → ``Teller - Cabang Bogor``), white space collapsed, and the
    sorted distinct kinds found. The result may be ``""`` when the label held nothing else. Text without
    findings is returned unchanged."""
    findings = find_personal(text)
    if not findings:
        return text, ()
    # findings with only separators between them go as one block ("Budi / Siti", "Budi, 0812...")
    blocks: list[list[int]] = []
    for f in findings:
        if blocks and not text[blocks[-1][1] : f.start].strip(_TIDY):
            blocks[-1][1] = f.end
        else:
            blocks.append([f.start, f.end])
    pieces = [text[: blocks[0][0]]]
    pieces += [text[blocks[k][1] : blocks[k + 1][0]] for k in range(len(blocks) - 1)]
    pieces.append(text[blocks[-1][1] :])
    cores = list(pieces)
    joiners = []
    for k in range(len(pieces) - 1):
        left, right = pieces[k], pieces[k + 1]
        ltail = left[len(left.rstrip(_TIDY + _OPENING)) :]
        rhead = right[: len(right) - len(right.lstrip(_TIDY + _CLOSING))]
        cores[k] = cores[k][: len(cores[k]) - len(ltail)] if ltail else cores[k]
        cores[k + 1] = cores[k + 1][len(rhead) :]
        joiners.append(
            _joiner(ltail, rhead, bool(left.strip(_TIDY + _OPENING)), bool(right.strip(_TIDY + _CLOSING)))
        )
    parts = [cores[0]]
    for joiner, core in zip(joiners, cores[1:], strict=True):
        parts += [joiner, core]
    return _tidy("".join(parts)), tuple(sorted({f.kind for f in findings}))


def _joiner(ltail: str, rhead: str, left_text: bool, right_text: bool) -> str:
    """What stands in for a removed finding between ``ltail`` (separators and opening brackets before it)
    and ``rhead`` (separators and closing brackets after it): one separator when both sides had one
    (``Teller - `` + `` - Cabang`` → ``Teller - Cabang``), else a space; brackets that held only the finding
    go with it, unmatched ones stay."""
    opened = [c for c in ltail if c in _OPENING]
    closed = [c for c in rhead if c in _CLOSING]
    keep_close = "".join(closed[len(opened) :])
    keep_open = "".join(opened[len(closed) :])
    lsep = ltail.strip(_WHITE + _OPENING)
    rsep = rhead.strip(_WHITE + _CLOSING)
    joiner = " "
    if left_text and right_text and lsep and rsep:
        sep = lsep.strip(_WHITE + _OPENING)[0]
        joiner = f"{sep} " if sep in ",;:" else f" {sep} "
    return keep_close + joiner + keep_open


def _tidy(label: str) -> str:
    """White space collapsed; empty brackets, and separators or lone punctuation at the ends, removed;
    nothing left when only invisible or control characters remain."""
    out = _SPACES.sub(" ", _EMPTY_BRACKETS.sub(" ", label))
    if all(c.isspace() or unicodedata.category(c) in ("Cc", "Cf") for c in out):
        return ""
    previous = None
    for _ in range(4):  # nested leftovers ("Staf ((x))") need a few passes; a label needs no more
        if previous == out:
            break
        previous = out
        out = _EMPTY_BRACKETS.sub("", out).strip(_TIDY)
        core = out.rstrip(".,;:")
        if core != out and (not core or core[-1] in _WHITE):
            out = core
        core = out.lstrip(".,;:")
        if core != out and (not core or core[0] in _WHITE):
            out = core
    return out


def whole_value_kind(text: str) -> str | None:
    """The kind when the whole cell is personal data of one kind (an e-mail address, a NIK, a phone number,
    an NPWP, a person's name: ``Budi Santoso``, ``Siti``, ``Ibu Sri Wahyuni, S.E.``; several values of the
    same kind joined by separators count as one), else None: always None for job titles, unit and
    location names. Surrounding spaces, quotes and a spreadsheet's leading apostrophe (``'0812...``) are
    ignored; a cell mixing kinds (a name and a phone number) is None."""
    findings = find_personal(text)
    if not findings:
        return None
    kinds = {f.kind for f in findings}
    if len(kinds) != 1:
        return None
    prev = 0
    for f in [*findings, Finding("", len(text), len(text))]:
        rest = text[prev : f.start]
        if any(c.isalnum() for c in rest):
            return None
        prev = f.end
    return kinds.pop()
