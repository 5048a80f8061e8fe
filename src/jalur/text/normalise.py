"""Text preparation for matching job titles and descriptions, Indonesian and English.

``clean`` folds case, Unicode forms, markup, emoji and punctuation; ``core_title`` also drops the words
that say nothing about the occupation (seniority, contract type, hiring noise, places) so that
"Senior Staf Admin Gudang (Jakarta) - URGENT" and "admin gudang" meet; ``tokens`` stems what is left
(PySastrawi for Indonesian affixes, with our override list; a light plural rule for English).
Everything here is pure and cached.
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from jalur.authored import read_csv

#: inputs longer than this are cut before any work (a title or a job description, not a book)
MAX_CHARS = 5000

_TAG = re.compile(r"<[^>]{0,200}>")
_NON_WORD = re.compile(r"[^\w+#/&.]+")
_SPACES = re.compile(r"\s+")
#: informal reduplication written with a 2 ("bantu2" for "bantu-bantu", "kerja2"): the word once
REDUPLICATED = re.compile(r"\b([^\W\d_]{3,})2\b")

#: phrases removed before splitting into words (contract type written as two words)
_NOISE_PHRASES = re.compile(
    r"\b(part time|full time|paruh waktu|work from home|kerja dari rumah|open recruitment|walk in interview|lowongan kerja|lowongan pekerjaan|info kerja|job vacancy|job opening|job fair)\b"
    # an education requirement ("Min. D3", "minimal S1/D3", "lulusan SMA"): what the ad asks, not the job
    # (a "perawat D3" is a diploma nurse, so a level alone stays)
    r"|\b(?:min|minimal|minimum|lulusan|pendidikan)\s+(?:sma|smk|slta|smp|d[1-4]|s[1-3])"
    r"(?:\s*/\s*(?:sma|smk|slta|d[1-4]|s[1-3]))*\b"
)
#: words after which the rest of a text is a name (of a company, cooperative, foundation, state firm)
COMPANY_MARKERS = frozenset(
    ["pt", "pt.", "cv", "cv.", "tbk", "ud", "pd", "persero", "perum", "koperasi", "koprasi", "kopersi",
     "kperasi", "yayasan", "firma", "bumn", "bumd"]
)  # fmt: skip
#: where a survey answer names its employer after the work ("staf akunting di CV", "admin di PT Maju"): the
#: rest is a name, never the work
_AT_COMPANY = re.compile(
    r"\s(?:di|at)\s+(?:"
    + "|".join(sorted({m.rstrip(".") for m in COMPANY_MARKERS} | {"perusahaan"}, key=len, reverse=True))
    + r")\b.*$"
)
#: bracketed asides: "(Jakarta)", "[Urgent]", "{remote}"
_ASIDE = re.compile(r"[\(\[\{][^\)\]\}]{0,80}[\)\]\}]")
#: where a title splits into parts: "Gojek - Senior Data Scientist", "Sales | Jakarta", "Analyst @ Bank X"
_PART_SPLIT = re.compile(r"\s[-–—|]\s|\s@\s|,")
#: words that join names without naming anything (not counted as evidence either way)
STOPWORDS = frozenset(
    [
        "and",
        "dan",
        "of",
        "the",
        "for",
        "in",
        "di",
        "untuk",
        "yang",
        "or",
        "atau",
        "to",
        "&",
        "serta",
        "dengan",
        "with",
        "on",
        "at",
        "a",
        "an",
        "lainnya",
        "other",
        "others",
        "ybdi",
    ]
)


@cache
def noise_words() -> frozenset[str]:
    """Words that qualify a title without naming an occupation: seniority, contract, hiring noise, and
    Indonesian places appended in ads (``data/title_noise.csv``)."""
    return frozenset(r["word"] for r in read_csv("title_noise.csv"))


@lru_cache(maxsize=16_384)
def clean(text: str) -> str:
    """Lower-case, NFKC, no markup, no emoji, punctuation folded to spaces (keeps c++, c#, ui/ux, r&d);
    a word reduplicated with a 2 ("bantu2") written once."""
    text = unicodedata.normalize("NFKC", text[:MAX_CHARS])
    text = html.unescape(_TAG.sub(" ", text)).casefold()
    text = "".join(ch if unicodedata.category(ch)[0] in "LNPZ" or ch in "+#" else " " for ch in text)
    text = _NON_WORD.sub(" ", text)
    text = " ".join(w for w in (w.strip("./&") for w in text.split()) if w)
    return _SPACES.sub(" ", REDUPLICATED.sub(r"\1", text)).strip()


def _split_slash(words: list[str]) -> list[str]:
    out: list[str] = []
    for w in words:
        if "/" in w and w not in {"ui/ux", "ux/ui", "s/d"}:
            out.extend(p for p in w.split("/") if p)
        else:
            out.append(w)
    return out


#: the words of an organisation chart: after a rank or staff word and before what the unit does they name
#: the unit, not the work ("Kepala Bagian Kepegawaian" heads personnel, "Manajer Operasional Tambang" runs
#: a mine, "Staf Divisi Gudang" is warehouse staff), and would otherwise pull every such title to the
#: groups of "kepala bagian" or "manajer operasional" whatever the unit
ORG_UNIT_WORDS = frozenset(
    ["bagian", "subbagian", "subbag", "divisi", "seksi", "bidang", "subbidang", "departemen", "dept",
     "biro", "unit", "operasional"]
)  # fmt: skip
#: the words after which an organisation-chart word names the unit
UNIT_HOLDERS = frozenset(
    ["kepala", "manajer", "manager", "direktur", "wakil", "supervisor", "spv", "koordinator", "penyelia",
     "staf", "staff", "admin", "pegawai", "karyawan"]
)  # fmt: skip


def _drop_unit_words(words: list[str]) -> list[str]:
    """``words`` without the organisation-chart words that follow a rank or staff word (kept or a title
    noise word: "Staf Divisi Gudang") and precede what the unit does (``ORG_UNIT_WORDS``); a title ending
    at one keeps it ("kepala bagian")."""
    return [
        w
        for i, w in enumerate(words)
        if not (w in ORG_UNIT_WORDS and i and words[i - 1] in UNIT_HOLDERS and i + 1 < len(words))
    ]


@lru_cache(maxsize=16_384)
def _core_of(part: str) -> str:
    noise = noise_words()
    words = _split_slash(_AT_COMPANY.sub("", _NOISE_PHRASES.sub(" ", clean(part))).split())
    return " ".join(w for w in _drop_unit_words(words) if w not in noise)


def core_parts(text: str, limit: int = 3) -> list[str]:
    """The occupation words of each part of a title split at dashes, pipes, '@' and commas (first part
    first; empty parts dropped). The first part is usually the occupation, but job ads also write
    "Company - Occupation" or "Team | Occupation"."""
    out: list[str] = []
    for part in _PART_SPLIT.split(_ASIDE.sub(" ", text[:MAX_CHARS]))[: limit + 2]:
        core = _core_of(part)
        if core and core not in out:
            out.append(core)
    return out[:limit]


def core_title(text: str) -> str:
    """The occupation words of a title: cleaned, without bracketed asides, modifiers and places; only the
    first part when the title has several (text after a dash or pipe is usually a place, company or team).

    Falls back to the cleaned text when nothing would be left (a title made only of modifiers)."""
    core = _core_of(_PART_SPLIT.split(_ASIDE.sub(" ", text[:MAX_CHARS]), maxsplit=1)[0])
    return core or " ".join(clean(text).split())


@cache
def _overrides() -> dict[str, str]:
    return {r["word"]: r["stem"] for r in read_csv("stem_overrides.csv")}


@cache
def _stemmer():  # type: ignore[no-untyped-def]
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


@cache
def _roots() -> frozenset[str]:
    """Sastrawi's dictionary of Indonesian root words (empty if its layout ever changes)."""
    try:
        return frozenset(_stemmer().delegatedStemmer.dictionary.words)
    except AttributeError:
        return frozenset()


#: spoken (colloquial) verb prefixes and what the root starts with once they are taken off, tried in order:
#: nge- before a root ("ngebatik", "ngerias"), nasal ny- for s ("nyapu"), ng- before a vowel-initial or a
#: k- root ("ngamen", "ngirim"), ngg- before g ("nggoreng"), nj-/mb- before j/b ("njahit", "mbatik"), n- for
#: t ("nanam", "narik"), m- for p ("motong", "mupuk")
_SPOKEN_PREFIXES: tuple[tuple[str, str], ...] = (
    ("nge", ""),
    ("ny", "s"),
    ("ng", ""),
    ("ng", "k"),
    ("ngg", "g"),
    ("nj", "j"),
    ("mb", "b"),
    ("n", "t"),
    ("m", "p"),
)


def spoken_root(word: str) -> str | None:
    """The root of a spoken verb form Sastrawi does not know ("ngebordir" → bordir, "jagain" → jaga,
    "ngurusin" → urus, "nebar" → tebar), or None. Only a form that is not itself a root word, and only
    when taking off the spoken affixes gives a root of Sastrawi's dictionary (three letters or more)."""
    roots = _roots()
    if not roots or word in roots or not word.isalpha():
        return None
    bases = [word]
    if word.endswith("in") and len(word) > 5:
        bases.append(word[:-2])  # the Jakarta suffix -in (jagain = menjagakan, masakin = memasakkan)
    for base in bases:
        if base != word and base in roots:
            return base
        for prefix, initial in _SPOKEN_PREFIXES:
            if base.startswith(prefix) and len(base) - len(prefix) >= 3:
                root = initial + base[len(prefix) :]
                # a bare ng- only before a vowel: "ngamen" is amen, but "nggoreng" needs its g
                if (root[0] in "aeiou" or initial or prefix == "nge") and root in roots:
                    return root
    return None


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Indonesian stem with our overrides, spoken verb forms read through their root (``spoken_root``);
    English plural 's' removed from ASCII words Sastrawi leaves."""
    if word in _overrides():
        return _overrides()[word]
    if not word.isalpha() or len(word) <= 3:
        return word
    out: str = _stemmer().stem(word)
    if out == word:
        root = spoken_root(word)
        if root is not None:
            return root
    if out == word and len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        out = word[:-1]
    return out


def tokens(text: str) -> list[str]:
    """Stemmed tokens of already cleaned text."""
    return [stem(w) for w in text.split()]


#: the languages the identifier chooses between
_LANGS = ("id", "en")


@cache
def _langid():  # type: ignore[no-untyped-def]
    """py3langid's identifier restricted to Indonesian and English. Its model ships LZMA-compressed and
    takes about 0.5 s to unpack, on every start; the unpacked arrays (already cut to the two languages:
    the same figures, as restricting only drops the other languages' columns) are kept in Jalur's cache
    folder, keyed by the model file's size and time, and read back in milliseconds."""
    import py3langid

    lid = py3langid.langid
    model = Path(lid.MODEL_DIR) / lid.MODEL_FILE
    parts = _langid_cached(model)
    if parts is None:
        ident = lid.LanguageIdentifier.from_model_file(model)
        ident.set_languages(list(_LANGS))
        _langid_keep(model, ident)
        return ident
    ptc, pc, classes, nextmove, row, output = parts
    return lid.LanguageIdentifier(ptc, pc, classes, nextmove, output, tk_row=row)


def _langid_cache_file(model: Path) -> Path:
    from jalur import config

    st = model.stat()
    return config.home_dir() / "cache" / f"langid-{'-'.join(_LANGS)}-{st.st_size}-{st.st_mtime_ns}.npz"


def _langid_cached(model: Path) -> tuple[Any, ...] | None:
    import array
    import zipfile

    import numpy as np

    try:
        path = _langid_cache_file(model)
        if not path.is_file():
            return None
        with np.load(path, allow_pickle=False) as d:
            nextmove = array.array(str(d["nextmove_type"]), d["nextmove"].tobytes())
            row = array.array(str(d["row_type"]), d["row"].tobytes())
            return (d["ptc"], d["pc"], [str(c) for c in d["classes"]], nextmove, row, d["output"].tolist())
    except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile):  # unreadable, cut short or not
        return None  # ours: unpack the model again (and write the cache anew)


def _langid_keep(model: Path, ident: Any) -> None:
    import os
    import tempfile

    import numpy as np

    try:
        path = _langid_cache_file(model)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".npz")
    except OSError:  # a read-only home: unpack on every start, as before
        return
    try:
        with os.fdopen(fd, "wb") as fh:
            np.savez(
                fh,
                ptc=np.ascontiguousarray(ident.nb_ptc),
                pc=np.asarray(ident.nb_pc),
                classes=np.array(ident.nb_classes),
                nextmove=np.frombuffer(ident.tk_nextmove, dtype=ident.tk_nextmove.typecode),
                nextmove_type=np.array(ident.tk_nextmove.typecode),
                row=np.frombuffer(ident.tk_row, dtype=ident.tk_row.typecode),
                row_type=np.array(ident.tk_row.typecode),
                output=np.array(ident.tk_output, dtype=np.int64),
            )
        os.replace(tmp, path)
    except OSError:
        Path(tmp).unlink(missing_ok=True)


def identify_lang(text: str) -> str:
    """'id' or 'en' of raw text by py3langid alone (restricted to the two): for long text such as a job ad,
    where no vocabulary vote is needed and cleaning every character would cost more than the answer."""
    lang, _ = _langid().classify(text)
    return "id" if lang == "id" else "en"


def detect_lang(
    text: str, vocab_id: frozenset[str] = frozenset(), vocab_en: frozenset[str] = frozenset()
) -> str:
    """'id' or 'en'. Words known to only one of the two vocabularies decide first; py3langid (restricted to
    Indonesian and English) breaks ties."""
    words = clean(text).split()
    n_id = sum(1 for w in words if w in vocab_id and w not in vocab_en)
    n_en = sum(1 for w in words if w in vocab_en and w not in vocab_id)
    if n_id != n_en:
        return "id" if n_id > n_en else "en"
    lang, _ = _langid().classify(" ".join(words) or text)
    return "id" if lang == "id" else "en"
