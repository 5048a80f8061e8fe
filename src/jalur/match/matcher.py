"""Free text -> ranked ISCO-08 unit groups with a calibrated confidence, or an abstention.

The cascade, cheapest first:
1. ``core_parts`` splits the title at dashes and pipes and strips seniority, contract and hiring words,
   places and asides; the first part is searched, a later one only when it clearly matches better
   ("Gojek - Senior Data Scientist");
2. exact: documents whose core text equals the query's;
3. token coverage: IDF-weighted share of the query's (stemmed) words found in a document, times the share
   of the document's words the query covers (an inverted index over ~110k names of occupations), lowered
   for names whose rank (manager, supervisor, assistant) differs from the query's;
4. fuzzy (rapidfuzz) over curated names, for typos: only when a word is unknown to the index;
5. multilingual embedding similarity over curated names, when no name fits well (best score < 0.6): the
   query's vector is the IDF-weighted mean of its words' vectors, each word embedded alone by the same
   model at build time (static embeddings: no model call when matching);
6. BM25 over each unit group's descriptions and tasks: the whole text for long inputs (job
   descriptions), a small bonus for short queries that no name fits well.
Each document points to ISCO unit groups with link weights; a unit group's score is its best document's
score times that weight and the document kind's prior. A logistic model over per-candidate features
(``jalur.match.calibration``) orders the candidates and gives the confidence; below the threshold the
matcher abstains and shows its candidates — never a confident wrong answer.
"""

from __future__ import annotations

import bisect
import logging
import math
import multiprocessing as mp
import os
import re
import threading
import zlib
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from functools import cache, lru_cache
from typing import Any

import numpy as np

from jalur.errors import JalurError, UnknownOccupation
from jalur.kb.read import KnowledgeBase
from jalur.match.calibration import RANKER_FILE, Ranker, candidate_matrix
from jalur.match.mixed import mixed_farming
from jalur.match.nonoccupation import GENERIC, names_no_occupation, names_too_vague
from jalur.taxonomy.resolve import CODE_LIKE, resolve
from jalur.text.normalise import (
    MAX_CHARS,
    STOPWORDS,
    clean,
    core_parts,
    core_title,
    detect_lang,
    stem,
    tokens,
)

log = logging.getLogger(__name__)

#: prior trust in a document by kind (an authored alias beats a US alternate title)
KIND_PRIOR: dict[str, float] = {
    "lexicon": 1.0,
    "kbji_job": 0.97,
    "isco_title": 0.97,
    "example": 0.95,
    "esco_label": 0.93,
    "esco_alt": 0.9,
    "onet_title": 0.98,
    "onet_reported": 0.97,
    "onet_alt": 0.96,
}
#: kinds of name a classification gives an occupation (a word spelled as one of them names a job)
FORMAL_KINDS = frozenset({"isco_title", "example", "kbji_job", "esco_label"})
#: curated kinds of name whose exact spelling settles a match when it agrees with the ranker's first choice
CURATED_EXACT = ("lexicon", "kbji_job", "isco_title")
#: ... and that names at most this many unit groups (its first reading then carries at least 60% of its weight)
CURATED_MAX_READINGS = 2
#: least share of the ranker's confidence on the readings of an exactly spelled curated name to answer
CURATED_READINGS_SHARE = 0.6
FUZZY_KINDS = ("lexicon", "kbji_job", "isco_title", "example", "esco_label")
#: below this best score the fuzzy and embedding stages run
WEAK = 0.9
#: below this best lexical score the embedding stage runs
EMB_BELOW = 0.6
#: bonus for the unit groups whose descriptions best match a short query that no name fits well
DESC_SUPPORT = 0.1
#: inputs with more core words than this are treated as descriptions too
LONG_INPUT_WORDS = 7
#: embedding similarity adds to the lexical score above this cosine (e5 cosines crowd in 0.80-0.95) ...
EMB_FLOOR = 0.85
#: ... by at most this much: a tie-breaker and a rescue for unknown words, never an override
EMB_WEIGHT = 0.3
#: share of a unit group's second-best matching name added to its best
SUPPORT = 0.15
#: words that set a job's rank; a name with a rank the query does not have is another job
#: ("accounting" is not "accounting manager", "clinic manager" is not "clinic assistant")
RANK_WORDS: dict[str, str] = {
    **dict.fromkeys(
        [
            "manager",
            "manajer",
            "director",
            "direktur",
            "head",
            "kepala",
            "chief",
            "kadiv",
            "kabag",
            "gm",
            "ceo",
            "cfo",
            "cto",
            "coo",
            "superintendent",
        ],
        "manager",
    ),
    **dict.fromkeys(
        ["supervisor", "spv", "koordinator", "coordinator", "leader", "lead", "foreman", "mandor"],
        "supervisor",
    ),
    **dict.fromkeys(["assistant", "asisten", "helper", "pembantu", "aide"], "assistant"),
    # teaching makes a job of its own: in "dosen akuntansi" or "graphic designer lecturer" the other words
    # are the subject taught, and an accountant or a designer is another job
    **dict.fromkeys(
        [
            "guru",
            "dosen",
            "pengajar",
            "tutor",
            "instruktur",
            "pelatih",
            "widyaiswara",
            "teacher",
            "lecturer",
            "instructor",
            "trainer",
            "educator",
            "professor",
        ],
        "teacher",
    ),
}
#: score factor for a name with a rank the query lacks
RANK_PENALTY = 0.7
#: ... and for a name without a rank the query has ("manajer gudang" is not "karyawan gudang")
MISSING_RANK_PENALTY = 0.85
#: ... and for a name that does not teach when the query does: stronger, as the subject's words would
#: otherwise outweigh the one teaching word ("graphic designer lecturer" teaches; it is not a designer)
MISSING_TEACHING_PENALTY = 0.5
#: jobs that serve a person: a rank word after them names whom they serve, not their rank ("sopir
#: direktur" drives a director, "sekretaris direksi" is the board's secretary)
SERVING_HEADS = ("sopir", "supir", "driver", "sekretaris", "secretary", "ajudan", "pengawal", "bodyguard")


#: in an answer like "kuli bangunan untuk membuat rumah" the words before these say the work, the clause
#: after it its purpose or object ("untuk", "yang", "dengan"); after "sebagai" comes the occupation itself
#: ("bekerja di toko sebagai kasir")
CLAUSE_AFTER_HEAD = ("untuk", "yang", "dengan", "utk", "yg", "dgn", "dg")  # field staff abbreviate them
HEAD_AFTER = ("sebagai", "sbg", "sbgai")
#: "jadi" names the job after it only when nothing before it names the work ("jadi kernet angkot", "kerja
#: jadi pembantu"): after a verb and its object it says what is made ("anyam rotan jadi kursi")
HEAD_AFTER_ALONE = ("jadi", "menjadi")


def clause_head(core: str) -> str | None:
    """The part of a survey-style answer that names the work (see ``CLAUSE_AFTER_HEAD``), or None when the
    text has no such clause or the part would have no content word."""
    words = core.split()
    at = next(
        (
            i
            for i, w in enumerate(words[:-1])
            if w in HEAD_AFTER or (w in HEAD_AFTER_ALONE and all(v in GENERIC for v in words[:i]))
        ),
        None,
    )
    if at is not None:
        after = " ".join(words[at + 1 :])
        return after if content_tokens(after) else None
    for i, w in enumerate(words[1:-1], start=1):
        if w in CLAUSE_AFTER_HEAD:
            before = " ".join(words[:i])
            return before if content_tokens(before) else None
    return None


#: words that name where the work is done, not the work: in "humas rumah sakit" or "operator boiler pabrik
#: kelapa sawit" the words before them name the job ("humas", "operator boiler"); the whole title is still
#: searched first and keeps its answer when a name fits it as well ("kasir bank" is a bank teller); the job
#: alone wins only when a name fits it well. Not here: places that make a job of their own ("admin gudang",
#: "pengawas proyek", "OB kantor")
WORKPLACE_WORDS = frozenset(
    [
        "rumah",
        "sakit",
        "klinik",
        "puskesmas",
        "apotek",
        "pabrik",
        "tambang",
        "hotel",
        "resort",
        "restoran",
        "resto",
        "cafe",
        "kafe",
        "mall",
        "supermarket",
        "minimarket",
        "toko",
        "bank",
        "sekolah",
        "kampus",
        "universitas",
        "pelabuhan",
        "bandara",
        "kebun",
        "perkebunan",
        "startup",
        "fintech",
        "perusahaan",
        "pt",
        "cv",
        "koperasi",
        "instansi",
        "dinas",
        "kolam",
        "site",
        "plant",
        "area",
        "cabang",
        "outlet",
        "gerai",
        "galangan",
        "gedung",
        "apartemen",
        "salon",
        "spbu",
        "rs",
        "kawasan",
    ]
)
#: a later part of a title (after a dash) that starts with one of these says where the job is: the
#: workplaces, a project site ("- Proyek Smelter") and a workshop ("- Bengkel Resmi"), which inside a
#: title make a job of their own ("pengawas proyek", "operator mesin bengkel bubut")
PLACE_PARTS = WORKPLACE_WORDS | frozenset(["proyek", "project", "bengkel"])
#: heads too general to stand without their workplace ("helper gudang" is a warehouse porter, "helper proyek" a
#: building labourer), nor verbs that need their object ("jaga toko" minds a shop): with only these words
#: (or rank words) before the workplace, the whole title is kept
GENERIC_HEADS = frozenset(
    [
        "staff",
        "staf",
        "karyawan",
        "pekerja",
        "buruh",
        "crew",
        "operator",
        "produksi",
        "harian",
        "lepas",
        "jaga",
        "bantu",
        "kerja",
        "ngurus",
    ]
)
#: prepositions of place: a text with one is a survey-style sentence, not a title with its workplace
LOCATIVES = frozenset(("di", "ke", "pada", "dari"))
#: two-word workplaces whose first word alone is also a job word ("rumah" in "rumah sakit")
WORKPLACE_PAIRS = (("rumah", "sakit"), ("rumah", "makan"))


#: head words whose job sits at one level only, whatever it works on: an "insinyur" is an engineer with a
#: degree (ISCO major group 2, or 1 when he manages), a "dokter" a medical professional, a
#: "pengadministrasi" a clerk (4). A title opening with one is not placed in another major group while a
#: candidate of its own level is among the first three ("Insinyur Jaringan Komputer" is a network
#: professional, 2523, not an ICT technician through "jaringan komputer")
HEAD_LEVELS: dict[str, frozenset[str]] = {
    "insinyur": frozenset("12"),
    "dokter": frozenset("2"),
    "pengadministrasi": frozenset("4"),
}


#: machine words: with a general head they name no job until what the machine does is said
_MACHINE_STEMS = frozenset(["mesin", "machine", "alat", "unit", "tungku"])


@cache
def _generic_head_stems() -> frozenset[str]:
    """Stems of ``GENERIC_HEADS`` and of the rank words, computed once (every query asks)."""
    return frozenset(_rank_stems()) | {t for w in GENERIC_HEADS for t in tokens(w)}


def workplace_head(core: str) -> tuple[str, str] | None:
    """The words before the first workplace word of a title and those words with the workplace
    ("kasir bank bca" -> ("kasir", "kasir bank")), or None when the title does not start with a job and go
    on to a workplace."""
    words = core.split()
    if any(w in LOCATIVES for w in words):
        return None  # a sentence saying where ("jahit di pabrik garmen"): the clause rules read it
    for i in range(1, len(words)):
        pair = tuple(words[i : i + 2])
        if words[i] in WORKPLACE_WORDS or pair in WORKPLACE_PAIRS:
            head = " ".join(words[:i])
            toks = content_tokens(head)
            if not toks or all(t in _generic_head_stems() for t in toks):
                return None
            place = " ".join(words[: i + (2 if pair in WORKPLACE_PAIRS else 1)])
            return head, place
    return None


def content_tokens(text: str) -> list[str]:
    """Distinct stemmed tokens of cleaned text, without joining words."""
    return list(dict.fromkeys(t for t in tokens(text) if t not in STOPWORDS))


RANK_CLASSES = ("manager", "supervisor", "assistant", "teacher")
TEACHER_BIT = 1 << RANK_CLASSES.index("teacher")


def rank_mask(toks: Iterable[str]) -> int:
    """Bit mask of the rank classes (``RANK_CLASSES``, manager = bit 0) a token list names."""
    ranks = _rank_stems()
    out = 0
    for t in toks:
        r = ranks.get(t)
        if r:
            out |= 1 << RANK_CLASSES.index(r)
    return out


def query_rank(toks: Sequence[str]) -> int:
    """The rank classes of a query: as ``rank_mask``, except that after a job serving a person
    (``SERVING_HEADS``) a manager or supervisor word names the person served."""
    mask = rank_mask(toks)
    if toks and toks[0] in _serving_stems():
        mask &= ~0b11
    return mask


@cache
def _serving_stems() -> frozenset[str]:
    return frozenset(stem(w) for w in SERVING_HEADS)


@cache
def _rank_stems() -> dict[str, str]:
    return {stem(w): r for w, r in RANK_WORDS.items()}


@dataclass(frozen=True)
class Evidence:
    stage: str  # exact | tokens | fuzzy | embedding | description
    kind: str
    text: str
    score: float


@dataclass
class Candidate:
    isco: str
    title_id: str | None
    title_en: str
    confidence: float
    score: float
    kbji_title: str | None = None
    onet: list[dict[str, Any]] = field(default_factory=list)
    esco: list[dict[str, Any]] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class MatchResult:
    query: str
    lang: str
    core: str
    abstained: bool
    candidates: list[Candidate]
    reason: str = ""
    #: what else was known about the job and which steps used it (``jalur.match.context``); None when
    #: the text was coded alone
    context: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        if self.context is None:
            del out["context"]  # the shape of a context-free answer stays as it was
        return out


@dataclass(frozen=True)
class Exclusion:
    """Documents to hide from one query (leave-one-out evaluation): by core text and by origin."""

    texts: frozenset[str] = frozenset()
    origins: frozenset[str] = frozenset()


_NO_ROWS = np.zeros(0, dtype=np.int64)
_NO_SCORES = np.zeros(0, dtype=np.float32)


def _visible(rows: np.ndarray, scores: np.ndarray, hidden: set[int]) -> tuple[np.ndarray, np.ndarray]:
    """The entries whose row is not hidden (leave-one-out evaluation hides a query's own names)."""
    if not hidden or not rows.size:
        return rows, scores
    keep = ~np.isin(rows, np.fromiter(hidden, dtype=np.int64, count=len(hidden)))
    return rows[keep], scores[keep]


#: how a document was found
STAGES = ("exact", "tokens", "fuzzy", "description", "embedding")
#: an abbreviation written in capitals as our lexicon lists it ("OB", "ART", "SPG/SPB", "FP&A")
ABBREVIATION = re.compile(r"[A-Z][A-Z0-9/&]{1,7}")


class Hits:
    """Documents found for a query, as arrays: row, score and stage (index into ``STAGES``), one entry
    per document (its best score; on a tie the earlier stage)."""

    def __init__(self, rows: np.ndarray, scores: np.ndarray, stages: np.ndarray) -> None:
        if rows.size > 1:
            order = np.lexsort((-scores, rows))  # stable: on a tie the entry given first stays
            rows, scores, stages = rows[order], scores[order], stages[order]
            first = np.r_[True, rows[1:] != rows[:-1]]
            rows, scores, stages = rows[first], scores[first], stages[first]
        self.rows = rows.astype(np.int64, copy=False)
        self.scores = scores.astype(np.float32, copy=False)
        self.stages = stages.astype(np.int8, copy=False)

    @classmethod
    def of(cls, parts: Sequence[tuple[np.ndarray, np.ndarray, int | np.ndarray]]) -> Hits:
        """Hits from (rows, scores, stage or stages) parts, earlier parts winning ties."""
        parts = [p for p in parts if p[0].size]
        if not parts:
            return cls(_NO_ROWS, _NO_SCORES, np.zeros(0, np.int8))
        return cls(
            np.concatenate([p[0] for p in parts]),
            np.concatenate([p[1] for p in parts]),
            np.concatenate([np.broadcast_to(np.asarray(p[2], dtype=np.int8), p[0].shape) for p in parts]),
        )

    def plus(self, rows: np.ndarray, scores: np.ndarray, stage: int) -> Hits:
        return Hits.of([(self.rows, self.scores, self.stages), (rows, scores, stage)])

    def top(self) -> float:
        return float(self.scores.max()) if self.scores.size else 0.0

    def get(self, row: int) -> tuple[float, str]:
        """Score and stage of a document that is among the hits."""
        i = int(np.searchsorted(self.rows, row))
        return float(self.scores[i]), STAGES[int(self.stages[i])]


#: what ``Matcher.score`` gives: language, core, ISCO indexes, features, search scores, evidence of a candidate
Scored = tuple[str, str, list[int], np.ndarray, list[float], Callable[[int], list["Evidence"]]]


class Matcher:
    """Holds the search structures; build once per knowledge base and reuse (thread-safe for reads).

    The structures come ready-made from the knowledge base (table ``match_index``, written by the build
    with ``build_index``): a new process reads arrays instead of stemming ~110k names. The documents'
    embeddings are read on first use (most queries never need them)."""

    def __init__(
        self,
        kb: KnowledgeBase,
        *,
        embeddings: bool = True,
        ranker: Ranker | None = None,
        cache_size: int = 50_000,
    ) -> None:
        self.kb = kb
        stored = load_index(kb)
        self.text: list[str] = stored["text"]
        if not self.text:
            raise JalurError("error.kb_invalid", path=str(kb.path), detail="no match documents")
        self.display: list[str] = stored["display"]
        kind_names: list[str] = stored["kind_names"]
        kind_code: np.ndarray = stored["kind"]
        self.kind = [kind_names[k] for k in kind_code.tolist()]
        self.prior = np.array([KIND_PRIOR.get(k, 0.8) for k in kind_names], dtype=np.float32)[kind_code]
        self.doc_ids: np.ndarray = stored["doc_id"]
        # exact look-up by core text: the rows sorted by text (stable), searched by bisection
        self._text_order: np.ndarray = stored["text_order"]
        self._sorted_texts = [self.text[i] for i in self._text_order.tolist()]
        self._by_origin: dict[str, list[int]] | None = None
        # document -> ISCO weights as CSR arrays
        self.codes: list[str] = stored["codes"]
        self._code_ix = {c: i for i, c in enumerate(self.codes)}
        self.is_manager = np.array([c.startswith("1") for c in self.codes])
        self.pair_isco: np.ndarray = stored["pair_isco"]
        self.doc_ptr: np.ndarray = stored["doc_ptr"].astype(np.int64)  # stored as int32
        self.pair_w: np.ndarray = stored["pair_w"]
        # inverted index over stemmed tokens: token -> slice of ``_post_docs``
        self._vocab: list[str] = stored["vocab"]
        self._tok_ix = dict(zip(self._vocab, range(len(self._vocab)), strict=True))
        idf: np.ndarray = stored["idf"]
        self.idf: dict[str, float] = dict(zip(self._vocab, idf.tolist(), strict=True))
        self.unknown_idf = float(idf.max()) * 0.5 if idf.size else 0.0
        self._post_ptr: np.ndarray = stored["post_ptr"]
        self._post_docs: np.ndarray = stored["post_docs"]
        self.doc_rank: np.ndarray = stored["doc_rank"]
        self.doc_norm: np.ndarray = stored["doc_norm"]
        self._doc_tok_ptr: np.ndarray = stored["doc_tok_ptr"]
        self._doc_tok: np.ndarray = stored["doc_tok"]
        self._local = threading.local()  # per-thread scratch for the token stage
        # names for the fuzzy stage, shortest first (a ratio of 80 needs lengths within a factor of 1.5)
        self.fuzzy_rows: list[int] = stored["fuzzy_rows"].tolist()
        self.fuzzy_texts = [self.text[i] for i in self.fuzzy_rows]
        self.fuzzy_lens = np.array([len(t) for t in self.fuzzy_texts], dtype=np.int64)
        # embeddings: the words' vectors now (small), the documents' on first use (``vectors``)
        self._vectors_lock = threading.Lock()
        self._vectors_pending = False
        self._vectors: np.ndarray | None = None
        self._vec_rows: np.ndarray = np.zeros(0, dtype=np.int64)
        self.word_ix: dict[str, int] = {}
        self.word_vectors = np.zeros((0, 0), dtype=np.float32)
        if embeddings and "word_weight" in stored:
            wrows = kb.rows("SELECT word, vector FROM match_word_vector ORDER BY word")
            # a word's weight in a query vector is its IDF (joining words weigh nothing), fixed at build time
            weights: np.ndarray = stored["word_weight"]
            if len(wrows) != weights.size:
                raise JalurError("error.kb_invalid", path=str(kb.path), detail=STALE_INDEX)
            self.word_ix = {r[0]: i for i, r in enumerate(wrows)}
            self.word_vectors = _matrix([r[1] for r in wrows]) * weights[:, None]
            self._vectors_pending = True
        self.ranker = ranker or Ranker.load((kb.artefacts() or {}).get(RANKER_FILE))
        self.vocab_id = frozenset(stored["vocab_id"])
        self.vocab_en = frozenset(stored["vocab_en"])
        self._titles = {
            r[0]: (r[1], r[2])
            for r in kb.rows("SELECT code, title_id, title_en FROM isco_group WHERE level = 4")
        }
        self._profiles = _ProfileIndex(
            stored["bm25_codes"],
            stored["bm25_vocab"],
            stored["bm25_ptr"],
            stored["bm25_groups"],
            stored["bm25_weights"],
        )
        self._detail: (
            tuple[dict[str, str], dict[str, list[dict[str, Any]]], dict[str, list[dict[str, Any]]]] | None
        ) = None
        self._cache: OrderedDict[tuple[str, str, int], MatchResult] = OrderedDict()
        self._cache_size = cache_size
        self._abbrev: dict[str, tuple[str, ...]] | None = None

    # ---------------------------------------------------------------- shipping to other processes
    def __getstate__(self) -> dict[str, Any]:
        """The matcher's state without its live parts (the SQLite connection, locks, the answer cache), for
        pickling or a Spark broadcast: everything read lazily is read now, so that the copy needs the
        knowledge base only for typed codes (reopened from ``kb_path`` or ``attach``ed)."""
        if self._vectors_pending:
            self._load_vectors()
        _ = self.by_origin
        if self._detail is None:
            self._detail = self._load_detail()
        self._abbreviations()
        state = self.__dict__.copy()
        for live in ("_kb", "_local", "_vectors_lock", "_cache"):
            state.pop(live, None)
        state["kb_path"] = str(self.kb.path)
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._local = threading.local()
        self._vectors_lock = threading.Lock()
        self._cache = OrderedDict()
        self._kb: KnowledgeBase | None = None

    def attach(self, kb: KnowledgeBase) -> None:
        """Use ``kb`` (the same build, e.g. the executor's copy of the file) for what is read on demand."""
        self._kb = kb

    @property
    def kb(self) -> KnowledgeBase:
        if self._kb is None:
            self._kb = KnowledgeBase.open(self.__dict__["kb_path"])
        return self._kb

    @kb.setter
    def kb(self, value: KnowledgeBase) -> None:
        self._kb = value

    # ---------------------------------------------------------------- stored structures
    @property
    def vectors(self) -> np.ndarray | None:
        """Embeddings of the curated documents (one row per entry of ``vec_rows``), read from the knowledge
        base on first use; None when there are none (or the embedding stage is off)."""
        if self._vectors_pending:
            self._load_vectors()
        return self._vectors

    @vectors.setter
    def vectors(self, value: np.ndarray | None) -> None:
        # None turns the embedding stage off (benchmarks/match.py compares with and without it)
        if self._vectors_pending:
            self._load_vectors()
        self._vectors = value

    @property
    def vec_rows(self) -> np.ndarray:
        """The document row of each row of ``vectors``."""
        if self._vectors_pending:
            self._load_vectors()
        return self._vec_rows

    def _load_vectors(self) -> None:
        with self._vectors_lock:
            if not self._vectors_pending:
                return
            vrows = self.kb.rows("SELECT doc_id, vector FROM match_vector ORDER BY doc_id")
            if vrows:
                ids = np.array([int(r[0]) for r in vrows], dtype=np.int64)
                self._vec_rows = np.searchsorted(self.doc_ids, ids).astype(np.int64)
                self._vectors = _matrix([r[1] for r in vrows])
            self._vectors_pending = False

    @property
    def by_origin(self) -> dict[str, list[int]]:
        """Rows of the documents by origin, read on first use (long inputs and evaluations need it)."""
        if self._by_origin is None:
            out: dict[str, list[int]] = defaultdict(list)
            for i, r in enumerate(self.kb.rows("SELECT origin FROM match_doc ORDER BY doc_id")):
                out[r[0]].append(i)
            self._by_origin = out
        return self._by_origin

    def named(self, text: str) -> list[int]:
        """Rows of the documents whose core text is ``text``, in row order."""
        lo = bisect.bisect_left(self._sorted_texts, text)
        hi = bisect.bisect_right(self._sorted_texts, text, lo)
        return self._text_order[lo:hi].tolist() if hi > lo else []

    def doc_tokens(self, row: int) -> tuple[str, ...]:
        """A document's distinct stemmed tokens (``content_tokens`` of its text), in order."""
        lo, hi = int(self._doc_tok_ptr[row]), int(self._doc_tok_ptr[row + 1])
        return tuple(self._vocab[t] for t in self._doc_tok[lo:hi].tolist())

    def _postings(self, tok: str) -> np.ndarray:
        """The rows of the documents with this (known) token, ascending."""
        k = self._tok_ix[tok]
        return self._post_docs[int(self._post_ptr[k]) : int(self._post_ptr[k + 1])]

    # ---------------------------------------------------------------- public API
    def match(
        self, text: str, lang: str = "auto", top: int = 5, *, exclude: Exclusion | None = None
    ) -> MatchResult:
        if not isinstance(text, str):
            raise JalurError("error.empty_query")
        if exclude is not None:
            return self._match(text, lang, top, exclude)
        key = self._key(text, lang, top)
        hit = self._cache.get(key)
        if hit is not None:
            self._cache.move_to_end(key)
            return hit if hit.query == text[:MAX_CHARS] else replace(hit, query=text[:MAX_CHARS])
        result = self._match(text, lang, top, None)
        self._remember(key, result)
        return result

    def match_many(
        self, texts: Iterable[str], lang: str = "auto", top: int = 5, *, workers: int | None = None
    ) -> list[MatchResult]:
        """Match a batch. Repeats (and titles differing only in what the matcher ignores) are matched once;
        a large batch is shared among ``workers`` forked processes (default: one per available core when
        there are at least ``PARALLEL_MIN`` distinct titles; 1 = in this process)."""
        texts = list(texts)
        keys = [self._key(t, lang, top) if isinstance(t, str) else None for t in texts]
        todo: dict[tuple[str, str, int], str] = {}
        for t, key in zip(texts, keys, strict=True):
            if key is not None and key not in self._cache and key not in todo:
                todo[key] = t
        n = workers if workers is not None else default_workers(len(todo))
        if not (n > 1 and len(todo) > 1):
            return [self.match(t, lang, top) for t in texts]
        # the batch keeps its own answers: with more distinct titles than the LRU holds, answering through
        # the cache would match the evicted ones again, one by one, after the parallel pass
        done = dict(zip(todo, _match_parallel(self, list(todo.values()), lang, top, n), strict=True))
        for key, result in done.items():
            self._remember(key, result)
        out: list[MatchResult] = []
        for t, key in zip(texts, keys, strict=True):
            hit = done.get(key) if key is not None else None
            if hit is None:
                out.append(self.match(t, lang, top))
            else:
                out.append(hit if hit.query == t[:MAX_CHARS] else replace(hit, query=t[:MAX_CHARS]))
        return out

    def _key(self, text: str, lang: str, top: int) -> tuple[str, str, int]:
        return (coder_key(text), lang, top)

    def _remember(self, key: tuple[str, str, int], result: MatchResult) -> None:
        self._cache[key] = result
        if len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)

    # ---------------------------------------------------------------- internals
    def _match(self, text: str, lang: str, top: int, exclude: Exclusion | None) -> MatchResult:
        coded = self._code(text, lang)
        if coded is not None:
            return coded
        scored = self.score(text, lang, exclude)
        result = self._result(text, lang, top, scored, self._hidden(exclude))
        if names_no_occupation(text):
            # a company, a status or no work at all: a word matching a group is no reason to place it
            return replace(result, abstained=True, reason="no_occupation")
        if names_too_vague(text):
            # trading, helping, selling with nothing said of what: many groups fit, none is the answer
            return replace(result, abstained=True, reason="too_vague")
        mixed = mixed_farming(text)
        if mixed is not None and result.candidates:
            return self._mixed_farming(result, mixed)
        written = text.strip()
        codes = self._abbreviations().get(written)
        if codes is None and written.islower():
            # typed in small letters, as people type a search box ("ob", "spg", "hrd"): the same name
            codes = self._abbreviations().get(written.upper())
        if codes and result.candidates:
            return self._abbreviation(result, written, codes)
        return result

    def _abbreviations(self) -> dict[str, tuple[str, ...]]:
        """Our lexicon's all-caps abbreviations (``OB``, ``ART``, ``SPG``), written exactly, with their
        groups; read once."""
        if self._abbrev is None:
            found: dict[str, tuple[str, ...]] = {}
            for title, isco in self.kb.rows("SELECT title, isco FROM lexicon WHERE kind = 'abbreviation'"):
                if ABBREVIATION.fullmatch(title):
                    found[title] = tuple(c for c in isco.split(";") if c)
            self._abbrev = found
        return self._abbrev

    def _abbreviation(self, result: MatchResult, text: str, codes: tuple[str, ...]) -> MatchResult:
        """A query that is one of our lexicon's all-caps abbreviations, written exactly or all in small
        letters, reads as Indonesian ads use it — "OB" is an office boy, not an obstetrician (an O*NET reported title); "ART" a domestic
        worker, not art: the lexicon's groups keep the ranker's confidence, renormalised among them, and the
        others are listed with confidence 0. Answered when the first reaches the threshold (an abbreviation
        of two groups, "TA", may stay unsure)."""
        mine = [c for c in result.candidates if c.isco in codes]
        total = sum(c.confidence for c in mine)
        if not mine or total <= 0:
            return result
        ours = sorted(
            (replace(c, confidence=round(c.confidence / total, 4)) for c in mine),
            key=lambda c: -c.confidence,
        )
        ours[0] = replace(
            ours[0], evidence=[Evidence("rule", "abbreviation", text, ours[0].confidence), *ours[0].evidence]
        )
        rest = [replace(c, confidence=0.0) for c in result.candidates if c.isco not in codes]
        answered = ours[0].confidence >= self.ranker.threshold
        return replace(
            result,
            candidates=[*ours, *rest][: max(len(result.candidates), 1)],
            abstained=not answered,
            reason="abbreviation" if answered else "low_confidence",
        )

    def _mixed_farming(self, result: MatchResult, code: str) -> MatchResult:
        """Crop and livestock work named together (``jalur.match.mixed``): the mixed group first, its
        confidence the share the ranker gave to farm work of any kind (skilled agricultural workers and
        farm labourers), answered when that reaches the threshold; the single farm groups it took the share
        of stay listed with confidence 0, the others keep theirs (the shares still sum to one)."""

        def is_farm(c: Candidate) -> bool:
            return c.isco[:2] in ("61", "63") or c.isco[:3] == "921"

        share = round(min(1.0, sum(c.confidence for c in result.candidates if is_farm(c))), 4)
        t_id, t_en = self._titles.get(code, (None, code))
        first = Candidate(
            code, t_id, t_en, share, share, evidence=[Evidence("rule", "mixed_farming", result.core, share)]
        )
        self._decorate([first])
        rest = [replace(c, confidence=0.0) if is_farm(c) else c for c in result.candidates if c.isco != code]
        answered = share >= self.ranker.threshold
        return replace(
            result,
            candidates=[first, *rest][: max(len(result.candidates), 1)],
            abstained=not answered,
            reason="mixed_farming" if answered else "low_confidence",
        )

    def _code(self, text: str, lang: str) -> MatchResult | None:
        """A code typed as the query — ISCO/KBJI four digits, a KBJI job (4211.01), an O*NET-SOC code —
        answered from the classifications (confidence 1), or an abstention when the code is unknown or
        splits over several groups (with those groups as candidates). None for any other text."""
        q = " ".join(text.split())
        if not (CODE_LIKE.match(q) and any(ch.isdigit() for ch in q)):
            return None
        lg = lang if lang in ("id", "en") else "id"
        try:
            res = resolve(self.kb, q, candidates=False)
        except UnknownOccupation as e:
            cands = [
                Candidate(
                    code,
                    *self._titles.get(code, (None, code)),
                    0.0,
                    0.0,
                    evidence=[Evidence("code", "code", q, 0.0)],
                )
                for code, _ in e.candidates
                if code in self._code_ix
            ]
            self._decorate(cands)
            return MatchResult(
                q[:MAX_CHARS], lg, q, True, cands, "unknown_code" if not cands else "code_splits"
            )
        except JalurError:
            return None
        t_id, t_en = self._titles.get(res.isco, (None, res.isco))
        cand = Candidate(
            res.isco, t_id, t_en, 1.0, 1.0, evidence=[Evidence("code", res.via, res.matched or q, 1.0)]
        )
        self._decorate([cand])
        return MatchResult(q[:MAX_CHARS], lg, q, False, [cand], "code")

    def _curated_readings(self, core: str, hidden: set[int]) -> tuple[set[str], set[str] | None]:
        """What curated names (our lexicon, KBJI jobs, ISCO titles) spelled exactly like the query say, in
        one pass: the groups they give all their weight ("" for a name with more than
        ``CURATED_MAX_READINGS`` readings), and every reading they give (None when there is no such name or
        one is ambiguous by our own account)."""
        primary: set[str] = set()
        readings: set[str] | None = set()
        rows = self.named(core)
        if core.isascii() and not core.endswith("s"):
            rows = rows + self.named(core + "s")  # ISCO's English titles are plural: "Systems administrators"
        for r in rows:
            if r in hidden or self.kind[r] not in CURATED_EXACT:
                continue
            lo, hi = int(self.doc_ptr[r]), int(self.doc_ptr[r + 1])
            if hi - lo > CURATED_MAX_READINGS:
                primary.add("")
                readings = None
                continue
            for k in range(lo, hi):
                code = self.codes[int(self.pair_isco[k])]
                if self.pair_w[k] >= 0.999:
                    primary.add(code)
                if readings is not None:
                    readings.add(code)
        return primary, readings or None

    def _result(
        self, text: str, lang: str, top: int, scored: Scored | None, hidden: set[int] | None = None
    ) -> MatchResult:
        if scored is None:
            core = core_title(text)
            return MatchResult(
                text[:MAX_CHARS], lang if lang in ("id", "en") else "id", core, True, [], "no_words"
            )
        lg, core, idx, x, final, ev = scored
        if not idx:
            return MatchResult(text[:MAX_CHARS], lg, core, True, [], "no_candidate")
        # the ranker orders the candidates and gives each one's share of confidence
        order, shares = self.ranker.rank(x, top)
        cands = []
        for j, share in zip(order, shares, strict=True):
            code = self.codes[idx[j]]
            t_id, t_en = self._titles.get(code, (None, code))
            # 'score' is the candidate's search score (lexical plus embedding bonus), 'confidence' the ranker's
            score = float(final[j])
            cands.append(Candidate(code, t_id, t_en, round(float(share), 4), round(score, 4), evidence=ev(j)))
        head = core.split(maxsplit=1)[0] if core else ""
        levels = HEAD_LEVELS.get(head)
        if levels and cands[0].isco[0] not in levels:
            own = next((k for k, c in enumerate(cands[:3]) if c.isco[0] in levels), None)
            if own is not None:  # first, answered only if its own confidence reaches the threshold
                c = cands.pop(own)
                rule = Evidence("rule", "head_level", head, c.confidence)
                cands.insert(0, replace(c, evidence=[rule, *c.evidence]))
        abstained = cands[0].confidence < self.ranker.threshold
        reason = "low_confidence" if abstained else ""
        primary, readings = self._curated_readings(core, hidden or set()) if abstained else (set(), None)
        reordered = False
        if (
            abstained
            and readings
            and cands[0].isco not in readings
            and "" not in primary
            and any(c.isco in readings for c in cands)
        ):
            # a name we curated, spelled as the query, outranks other sources' uses of the same words
            # (an O*NET reported title "Site Reliability Engineer" under industrial engineers); the
            # ranker's doubt stays: it answers only when its readings hold enough of the confidence
            cands.sort(key=lambda c: c.isco not in readings)
            reordered = True
        if abstained and (
            (primary == {cands[0].isco} and not reordered)
            or (
                readings
                and cands[0].isco in readings
                and sum(c.confidence for c in cands if c.isco in readings) >= CURATED_READINGS_SHARE
            )
        ):
            # a name we curated, spelled as the query, with one or two readings, and the ranker's first
            # choice is one of them: its spread over our own readings (or over the words' other uses in
            # reported titles) is no doubt about the name
            abstained, reason = False, "exact_curated_name"
        self._decorate(cands)
        return MatchResult(text[:MAX_CHARS], lg, core, abstained, cands, reason)

    def score(
        self,
        text: str,
        lang: str = "auto",
        exclude: Exclusion | None = None,
        n: int = 15,
    ) -> Scored | None:
        """Candidates and their ranking features: (lang, core, ISCO indexes, feature matrix, search
        scores, evidence). None when the text has no words."""
        core = core_title(text)
        if not core or not any(ch.isalpha() for ch in core):
            return None
        lg = lang if lang in ("id", "en") else detect_lang(core, self.vocab_id, self.vocab_en)
        hidden = self._hidden(exclude)
        # lexical stages, a score per document, for each part of the title until one is strong
        chosen: tuple[float, str, list[str], Hits] | None = None
        parts = self._query_parts(text, core)
        job = workplace_head(parts[0])
        first: tuple[list[str], Hits] | None = None  # the first part's search, for the leading words
        for part in parts:
            qtoks = content_tokens(part) or list(dict.fromkeys(tokens(part)))
            docs = self._lexical(part, qtoks, hidden)
            top = docs.top()
            if part == parts[0]:
                first = (qtoks, docs)
                if top < WEAK and len(parts) > 1:
                    # the first part's leading words spelled as a name ("network engineer" in "Network
                    # Engineer CCNP - Internet Service Provider") say the job before any later part, which
                    # is more often the employer or its trade than the occupation
                    leading = self._head_prefix(part, hidden, first)
                    if leading is not None and leading[0] >= WEAK:
                        chosen = leading
                        break
            if job and part in job and part != parts[0] and top < WEAK:
                continue  # the job before a workplace stands alone only when a name fits it well
            # a later part (after a dash: often the occupation after a company or team) must clearly win
            if chosen is None or top > chosen[0] + 0.1:
                chosen = (top, part, qtoks, docs)
            if top >= WEAK:
                break
        assert chosen is not None
        if chosen[0] < WEAK:
            leading = self._head_prefix(parts[0], hidden, first)
            if leading is None and lg == "en":
                leading = self._head_suffix(parts[0], hidden)
            if leading is not None and leading[0] > chosen[0] + 0.1:
                chosen = leading
        _, core, qtoks, docs = chosen
        lex, lex_row, lex_w = self._to_isco(docs)
        if len(core.split()) > LONG_INPUT_WORDS:
            found = [
                (self.by_origin[f"isco:{isco}"][0], sc)
                for isco, sc in self._profile_index().search(clean(text))
                if self.by_origin.get(f"isco:{isco}")
            ]
            if found:
                rows_d = np.array([r for r, _ in found], dtype=np.int64)
                docs = docs.plus(
                    rows_d, np.array([sc for _, sc in found], dtype=np.float32), STAGES.index("description")
                )
                lex, lex_row, lex_w = self._to_isco(docs)
        # how well each unit group's descriptions and tasks use the query's words (0-1, best = 1)
        desc = np.zeros(len(self.codes), dtype=np.float32)
        desc_hits = [
            (self._code_ix[c], sc) for c, sc in self._profile_index().scores(core, 30) if c in self._code_ix
        ]
        for ix, sc in desc_hits:
            desc[ix] = sc
        if len(core.split()) <= LONG_INPUT_WORDS and lex.max(initial=0.0) < WEAK:
            # no name fits well: the ten best-described groups get a small bonus (a tie-breaker among
            # close names, never enough to outweigh a good name)
            for ix, sc in desc_hits[:10]:
                lex[ix] += DESC_SUPPORT * sc
        emb = np.zeros(len(self.codes), dtype=np.float32)
        emb_row = np.full(len(self.codes), -1, dtype=np.int64)
        emb_docs = Hits.of([])
        used_emb = False
        known = self._known_share(qtoks)
        if lex.max(initial=0.0) < EMB_BELOW and self.vectors is not None:
            emb_docs = self._embedding_stage(core, hidden)
            emb, emb_row, _ = self._to_isco(emb_docs)
            emb = np.minimum(emb, 1.0)
            used_emb = True
        final = lex + np.clip((emb - EMB_FLOOR) / (1 - EMB_FLOOR), 0, 1) * EMB_WEIGHT
        idx = [int(i) for i in np.argsort(-final, kind="stable")[:n] if final[i] > 0]
        if not idx:
            return lg, core, [], np.zeros((0, 0)), [], lambda j: []
        lex_max, emb_max, final_max = float(lex.max()), float(emb.max()), float(final.max())
        names = self._names_per_group(docs)
        q_manager = bool(query_rank(qtoks) & 1)
        desc_max = float(desc[idx].max())
        names_max = int(names[idx].max())
        cix = np.array(idx, dtype=np.int64)
        doc_score, stages, kinds, heads = [], [], [], []
        for r in lex_row[cix].tolist():
            if r >= 0:
                sc, st = docs.get(r)
                dt = self.doc_tokens(r)
                doc_score.append(sc)
                stages.append(st)
                kinds.append(self.kind[r])
                heads.append(bool(dt) and bool(qtoks) and (dt[0] == qtoks[0] or dt[-1] == qtoks[-1]))
            else:
                doc_score.append(0.0)
                stages.append("")
                kinds.append("")
                heads.append(False)
        w = lex_w[cix].astype(np.float64)
        x = candidate_matrix(
            lex=lex[cix].astype(np.float64),
            doc=np.array(doc_score) * w,
            emb=emb[cix].astype(np.float64),
            final=final[cix].astype(np.float64),
            stage=stages,
            kind=kinds,
            link_weight=w,
            one_word=len(qtoks) <= 1,
            known_share=known,
            used_emb=used_emb,
            desc=desc[cix].astype(np.float64),
            names=names[cix],
            head_match=np.array(heads),
            manager_mismatch=self.is_manager[cix] != q_manager,
            lex_max=lex_max,
            emb_max=emb_max,
            final_max=final_max,
            desc_max=desc_max,
            names_max=names_max,
        )

        def evidence(j: int) -> list[Evidence]:
            return self._evidence(idx[j], docs, lex_row, emb_docs, emb_row)

        return lg, core, idx, x, [float(final[i]) for i in idx], evidence

    def _query_parts(self, text: str, core: str) -> list[str]:
        """The title's parts to search, first part first. A first part made only of rank words
        ("Manager - Actuarial Pricing") is joined to the next one."""
        parts = core_parts(text) or [core]
        if parts[0] != core:
            parts = [core, *parts[1:]]
        if len(parts) > 1 and all(t in _rank_stems() for t in content_tokens(parts[0])):
            parts = [f"{parts[1]} {parts[0]}", *parts[2:]]
        # a later part that starts at a workplace ("- Resort Lombok", "- Fintech Lending", "- Mall
        # Tangerang") says where the job is, never what it is
        # and a later part that names no occupation ("…, kemitraan") says how, never what
        parts = parts[:1] + [
            p for p in parts[1:] if p.split()[0] not in PLACE_PARTS and not names_no_occupation(p)
        ]
        head = clause_head(core)
        if head and head not in parts:
            parts = [head, *parts]
        # the job at its workplace, then the job alone: searched after the whole title, each must clearly
        # fit better ("kasir bank bca" is a bank teller, "humas rumah sakit" a public-relations officer)
        job = workplace_head(parts[0])
        for part in reversed(job or ()):
            if part not in parts:
                parts = [*parts, part]
        return parts

    def _head_words(self, first: tuple[list[str], Hits] | None) -> frozenset[str]:
        """The words of the best names for the whole first part that hold its first word (computed only
        when a leading-words name is found: most queries never ask)."""
        if first is None or not first[0] or not first[1].rows.size:
            return frozenset()
        qtoks, docs = first
        best = docs.rows[docs.scores >= docs.top() - 1e-6][:20]
        return frozenset(
            t for r in best.tolist() if qtoks[0] in (toks := self.doc_tokens(int(r))) for t in toks
        )

    def _head_prefix(
        self, part: str, hidden: set[int], first: tuple[list[str], Hits] | None = None
    ) -> tuple[float, str, list[str], Hits] | None:
        """The longest leading words of a title spelled as a name (exactly), when the whole title fits
        none well: in Indonesian the job comes first and what follows details it ("welder smaw fcaw
        bersertifikat", "call center inbound bank", "sekretaris direktur utama"). At least two words — a
        verb alone ("jualan", "bikin") or a bare noun ("teknisi") is no job without what follows —, not
        only general heads and machine words ("operator mesin" in "operator mesin penyangrai kopi": the
        coffee roaster decides), not ending at a joining word, never when a job word comes later
        (English puts it last: "Data Science Instructor"), nor when a later word is one of the best names
        for the whole title (``first``, its search: "kepala kantor desa" is a village head through "kepala
        desa")."""
        words = part.split()
        if len(words) > 1 and self._formal_name(words[-1]):
            return None  # the title ends at an occupation's own name: the head comes last ("E-commerce Photographer")
        ranks = _rank_stems()
        used: frozenset[str] | None = None
        for n in range(len(words) - 1, 0, -1):
            prefix = " ".join(words[:n])
            if words[n - 1] in STOPWORDS or words[n - 1] in LOCATIVES:
                continue
            rest = content_tokens(" ".join(words[n:]))
            if any(t in ranks for t in rest):
                break  # the head comes last ("Data Science Instructor", "… Accounts Senior Manager")
            qtoks = content_tokens(prefix)
            if len(qtoks) < 2 or all(t in _generic_head_stems() or t in _MACHINE_STEMS for t in qtoks):
                continue
            # a name spelled as the leading words (cheap: a look-up), then searched as any part is
            if not any(r not in hidden and self.prior[r] >= WEAK for r in self.named(prefix)):
                continue
            used = self._head_words(first) if used is None else used
            if any(t in used for t in rest):
                # a word after it is part of the best name for the whole ("kepala kantor desa"), and
                # it is after every shorter prefix too
                return None
            docs = self._lexical(prefix, qtoks, hidden, fuzzy=False)
            top = docs.top()
            if top >= WEAK:
                return top, prefix, qtoks, docs
        return None

    def _head_suffix(self, part: str, hidden: set[int]) -> tuple[float, str, list[str], Hits] | None:
        """The longest trailing words of an English title spelled exactly as a curated name of two words or
        more, when the whole title fits none well and no leading words do: English puts the job last and what
        comes before says its domain ("Sales Data Analyst", "Estate Data Analyst", "Cloud Database
        Engineer"). Never when the title ends at a rank word (a manager's or a supervisor's job is what they
        run: "Event Production Manager" is no production manager), nor when a word left out says a rank
        ("Assistant Data Analyst") or a job of its own (an occupation's name in a classification: "Auditor
        Data Analyst")."""
        words = part.split()
        ranks = _rank_stems()
        last = content_tokens(words[-1]) if words else []
        if not last or last[-1] in ranks:
            return None  # "Event Production Manager" is no production manager: what is run decides
        # a leading "Lead" is seniority in English ("Lead Data Analyst" analyses data and leads the
        # analysts), where a trailing one names a team's leader ("Sales Lead")
        start = 1 if len(words) > 2 and words[0] == "lead" else 0
        for n in range(1, len(words) - 1):
            left, suffix = words[start:n], " ".join(words[n:])
            if any(t in ranks for t in content_tokens(" ".join(left))) or any(
                self._formal_name(w) for w in left
            ):
                return None  # and every shorter suffix leaves these words out too
            qtoks = content_tokens(suffix)
            if len(qtoks) < 2 or all(t in _generic_head_stems() for t in qtoks):
                continue
            if not any(
                r not in hidden and self.kind[r] in CURATED_EXACT and self.prior[r] >= WEAK
                for r in self.named(suffix)
            ):
                continue
            docs = self._lexical(suffix, qtoks, hidden, fuzzy=False)
            if docs.top() >= WEAK:
                return docs.top(), suffix, qtoks, docs
        return None

    def _formal_name(self, word: str) -> bool:
        """Whether ``word`` alone is an occupation's name in a classification (an ISCO title or example, a
        KBJI job, an ESCO preferred label: "photographer", "engineer", "driver"), not only in our lexicon
        or in alternate titles ("gudang", "sales")."""
        return any(self.kind[r] in FORMAL_KINDS for r in self.named(word))

    def _lexical(self, core: str, qtoks: list[str], hidden: set[int], *, fuzzy: bool = True) -> Hits:
        """Exact names, then token coverage, then (for words the index does not know) fuzzy names."""
        exact = np.array([r for r in self.named(core) if r not in hidden], dtype=np.int64)
        parts = [(exact, self.prior[exact], STAGES.index("exact")), (*self._token_stage(qtoks, hidden), 1)]
        top = max((float(p[1].max()) for p in parts if p[1].size), default=0.0)
        # fuzzy names are for typos: only when a word of four letters or more is unknown to the index
        if fuzzy and top < WEAK and any(t not in self.idf and len(t) >= 4 and t.isalpha() for t in qtoks):
            parts.append((*self._fuzzy_stage(core, hidden), STAGES.index("fuzzy")))
        return Hits.of(parts)

    def _names_per_group(self, docs: Hits, floor: float = 0.3) -> np.ndarray:
        """How many of the matching names (score at least ``floor``) point to each unit group."""
        rows = docs.rows[docs.scores >= floor]
        if rows.size == 0:
            return np.zeros(len(self.codes), dtype=np.int64)
        starts, ends = self.doc_ptr[rows], self.doc_ptr[rows + 1]
        lengths = ends - starts
        idx = np.repeat(starts - np.cumsum(lengths) + lengths, lengths) + np.arange(int(lengths.sum()))
        return np.bincount(self.pair_isco[idx], minlength=len(self.codes))

    def _to_isco(self, docs: Hits) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Per ISCO unit group: the best document score times the document's link weight to it, plus
        ``SUPPORT`` times the second best (other names of the same group that also fit the query add
        evidence). Also returns the best document's row per group (-1 where none) and its link weight."""
        n = len(self.codes)
        best_row = np.full(n, -1, dtype=np.int64)
        best_w = np.zeros(n, dtype=np.float32)
        if not docs.rows.size:
            return np.zeros(n, dtype=np.float32), best_row, best_w
        rows, scores = docs.rows, docs.scores
        starts, ends = self.doc_ptr[rows], self.doc_ptr[rows + 1]
        lengths = ends - starts
        total = int(lengths.sum())
        if total == 0:
            return np.zeros(n, dtype=np.float32), best_row, best_w
        idx = np.repeat(starts - np.cumsum(lengths) + lengths, lengths) + np.arange(total)
        vals = np.repeat(scores, lengths) * self.pair_w[idx]
        isco = self.pair_isco[idx]
        doc_of = np.repeat(rows, lengths)
        order = np.lexsort((-vals, isco))
        isco_s, vals_s, doc_s, w_s = isco[order], vals[order], doc_of[order], self.pair_w[idx][order]
        first = np.flatnonzero(np.r_[True, isco_s[1:] != isco_s[:-1]])
        out = np.zeros(n, dtype=np.float32)
        out[isco_s[first]] = vals_s[first]
        best_row[isco_s[first]] = doc_s[first]
        best_w[isco_s[first]] = w_s[first]
        second = first + 1
        has_second = second < isco_s.size
        second = second[has_second]
        same = isco_s[second] == isco_s[first[has_second]]
        out[isco_s[second[same]]] += SUPPORT * vals_s[second[same]]
        return out, best_row, best_w

    def _evidence(
        self,
        isco_ix: int,
        docs: Hits,
        lex_row: np.ndarray,
        emb_docs: Hits,
        emb_row: np.ndarray,
    ) -> list[Evidence]:
        out: list[Evidence] = []
        r = int(lex_row[isco_ix])
        if r >= 0:
            sc, stage = docs.get(r)
            out.append(Evidence(stage, self.kind[r], self.display[r], round(float(sc), 3)))
        r = int(emb_row[isco_ix])
        if r >= 0 and all(e.text != self.display[r] for e in out):
            out.append(Evidence("embedding", self.kind[r], self.display[r], round(emb_docs.get(r)[0], 3)))
        return out

    def isco_weights(self, row: int) -> list[tuple[str, float]]:
        """The ISCO unit groups a document names, with their link weights."""
        lo, hi = int(self.doc_ptr[row]), int(self.doc_ptr[row + 1])
        return [
            (self.codes[int(c)], float(w))
            for c, w in zip(self.pair_isco[lo:hi], self.pair_w[lo:hi], strict=True)
        ]

    def _hidden(self, exclude: Exclusion | None) -> set[int]:
        if exclude is None:
            return set()
        out: set[int] = set()
        for t in exclude.texts:
            out.update(self.named(t))
        for o in exclude.origins:
            out.update(self.by_origin.get(o, []))
        return out

    def _scratch(self) -> tuple[np.ndarray, np.ndarray]:
        """A zeroed accumulator and a stamp array over all documents, one pair per thread (callers leave
        the accumulator zeroed; stamps need no reset)."""
        acc: np.ndarray | None = getattr(self._local, "acc", None)
        if acc is None:
            acc = np.zeros(len(self.text), dtype=np.float32)
            self._local.acc = acc
            self._local.stamp = np.zeros(len(self.text), dtype=np.int64)
        return acc, self._local.stamp

    def _known_share(self, qtoks: Sequence[str]) -> float:
        return sum(1 for t in qtoks if t in self.idf) / len(qtoks) if qtoks else 0.0

    def _token_stage(self, qtoks: list[str], hidden: set[int], k: int = 300) -> tuple[np.ndarray, np.ndarray]:
        if not qtoks:
            return _NO_ROWS, _NO_SCORES
        q_norm = sum(self.idf.get(t, self.unknown_idf) for t in qtoks)
        lists = [(self._postings(t), self.idf[t]) for t in qtoks if t in self._tok_ix]
        if not lists:
            return _NO_ROWS, _NO_SCORES
        if len(lists) == 1:
            cand: np.ndarray = lists[0][0]
            matched = np.full(cand.size, lists[0][1], dtype=np.float32)
        else:
            # a dense accumulator is cheaper than merging posting lists once they are long
            acc, stamp = self._scratch()
            for ps, w in lists:
                acc[ps] += w
            # distinct documents without sorting: keep the position that wrote each document's stamp last
            every = np.concatenate([ps for ps, _ in lists])
            pos = np.arange(every.size)
            stamp[every] = pos
            cand = every[stamp[every] == pos]
            matched = acc[cand]
            acc[cand] = 0.0
        # coverage is a share: at most 1 (float32 sums of the same IDFs can round just above it, and an
        # exact name must not then lose its tie with its own token match — the evidence would say "tokens")
        cov_q = np.minimum(matched / q_norm, 1.0)
        cov_d = np.minimum(matched / self.doc_norm[cand], 1.0)
        s = cov_q * (0.4 + 0.6 * cov_d) * self.prior[cand]
        q_rank = np.int8(query_rank(qtoks))
        extra_rank = (self.doc_rank[cand] & ~q_rank) != 0
        missing = q_rank & ~self.doc_rank[cand]
        s = np.where(extra_rank, s * RANK_PENALTY, s)
        s = np.where((missing & ~TEACHER_BIT) != 0, s * MISSING_RANK_PENALTY, s)
        s = np.where((missing & TEACHER_BIT) != 0, s * MISSING_TEACHING_PENALTY, s)
        if s.size > k:
            keep = np.argpartition(-s, k - 1)[:k]
            cand, s = cand[keep], s[keep]
        return _visible(cand.astype(np.int64, copy=False), s.astype(np.float32, copy=False), hidden)

    def _fuzzy_stage(self, core: str, hidden: set[int]) -> tuple[np.ndarray, np.ndarray]:
        from rapidfuzz import fuzz, process

        # ratio = 2 * matches / total length >= 0.8 needs the other length within [2/3, 3/2] of ours
        lo = int(np.searchsorted(self.fuzzy_lens, math.ceil(len(core) * 2 / 3)))
        hi = int(np.searchsorted(self.fuzzy_lens, math.floor(len(core) * 3 / 2), side="right"))
        found = process.extract(core, self.fuzzy_texts[lo:hi], scorer=fuzz.ratio, limit=8, score_cutoff=80)
        rows = np.array([self.fuzzy_rows[lo + idx] for _, _, idx in found], dtype=np.int64)
        scores = np.array([0.92 * score / 100 for _, score, _ in found], dtype=np.float32) * self.prior[rows]
        return _visible(rows, scores, hidden)

    def query_vector(self, core: str) -> np.ndarray | None:
        """The query's vector: the IDF-weighted mean of its words' vectors (each word embedded alone by
        the same model at build time), unit length; None when no word has a vector."""
        rows = [self.word_ix[w] for w in dict.fromkeys(core.split()) if w in self.word_ix]
        if not rows:
            return None
        v = self.word_vectors[rows].sum(axis=0)
        norm = float(np.linalg.norm(v))
        return v / norm if norm > 0 else None

    def _embedding_stage(self, core: str, hidden: set[int], k: int = 30) -> Hits:
        """The curated names nearest to the query's vector (cosine)."""
        assert self.vectors is not None
        q = self.query_vector(core)
        if q is None:
            return Hits.of([])
        sims = self.vectors @ q
        k = min(k, sims.size)
        near = np.argpartition(-sims, k - 1)[:k]
        rows, scores = _visible(self.vec_rows[near], sims[near], hidden)
        return Hits.of([(rows, scores, STAGES.index("embedding"))])

    def _profile_index(self) -> _ProfileIndex:
        return self._profiles

    def _decorate(self, cands: list[Candidate]) -> None:
        if self._detail is None:
            self._detail = self._load_detail()
        kbji, onet, esco = self._detail
        for c in cands:
            c.kbji_title = kbji.get(c.isco)
            # shared between results, like the cached results themselves: read-only
            c.onet = onet.get(c.isco, [])
            c.esco = esco.get(c.isco, [])

    def _load_detail(
        self,
    ) -> tuple[dict[str, str], dict[str, list[dict[str, Any]]], dict[str, list[dict[str, Any]]]]:
        """KBJI title, top three O*NET occupations (by link weight) and ESCO occupations per unit group."""
        kbji = {r[0]: r[1] for r in self.kb.rows("SELECT code, title_id FROM kbji_group WHERE level = 4")}
        onet: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for isco, code, title, w in self.kb.rows(
            "SELECT l.from_code, l.to_code, o.title, l.weight FROM link l JOIN onet_occupation o "
            "ON o.code = l.to_code WHERE l.from_scheme = 'isco' AND l.to_scheme = 'onet' AND l.source = 'chain' "
            "ORDER BY l.from_code, l.weight DESC, l.to_code"
        ):
            if len(onet[isco]) < 3:
                onet[isco].append({"code": code, "title": title, "weight": round(float(w), 3)})
        esco: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for isco, uri, label in self.kb.rows(
            "SELECT isco, uri, label FROM esco_occupation ORDER BY isco, label"
        ):
            if len(esco[isco]) < 3:
                esco[isco].append({"uri": uri, "label": label})
        return kbji, dict(onet), dict(esco)


@lru_cache(maxsize=65_536)
def coder_key(text: str) -> str:
    """The key under which the coder answers ``text``: texts with the same key get the same answer (titles
    that differ only in what the matcher ignores — seniority, places, asides, case, punctuation — share
    one; long inputs, searched whole, key by their text; a code keys by itself: "4211." is not "4211").
    De-duplicate on it before coding a large batch (``jalur.batch``, the Spark runner). Kept for the last
    65,536 texts: a batch asks twice per text (to group repeats, then to answer)."""
    q = " ".join(text.split())
    if CODE_LIKE.match(q):
        return "\x01" + q[:MAX_CHARS]
    core = core_title(text)
    if len(core.split()) > LONG_INPUT_WORDS:
        return text[:MAX_CHARS]
    # the whole text decides whether it names an occupation at all ("Helper - Cikarang" is a porter's
    # job somewhere, "Helper (Pria/Wanita)" says nothing of the work): texts apart there stay apart
    naming = "\x02none" if names_no_occupation(text) else "\x02vague" if names_too_vague(text) else ""
    return "\x00".join(["", core, *core_parts(text)]) + naming


#: fewest distinct titles for which a batch is shared among processes (forking costs ~0.1 s)
PARALLEL_MIN = 500
_WORKER_MATCHER: Matcher | None = None


def default_workers(distinct: int) -> int:
    """Processes for a batch of ``distinct`` titles: one per available core for large batches where
    forking is possible (not inside a worker process), otherwise 1; ``JALUR_WORKERS`` sets the most (1:
    never fork, e.g. in an executor whose cores the cluster already uses)."""
    most = os.environ.get("JALUR_WORKERS", "").strip()
    if most.isdigit() and int(most) <= 1:
        return 1
    if distinct < PARALLEL_MIN or "fork" not in mp.get_all_start_methods() or mp.current_process().daemon:
        return 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(cores, 8, int(most) if most.isdigit() else 8))


def _one_blas_thread() -> None:
    # each worker already has a core: BLAS threads of its own would only spin against the other workers
    from threadpoolctl import threadpool_limits

    threadpool_limits(1)


def _match_chunk(args: tuple[list[str], str, int]) -> list[MatchResult]:
    texts, lang, top = args
    assert _WORKER_MATCHER is not None
    return [_WORKER_MATCHER.match(t, lang, top) for t in texts]


def _match_parallel(m: Matcher, texts: list[str], lang: str, top: int, workers: int) -> list[MatchResult]:
    """Match ``texts`` in ``workers`` forked processes that share the matcher's memory (copy-on-write)."""
    global _WORKER_MATCHER
    # read once here rather than in every worker (and an SQLite connection must not be used across a fork)
    if m._vectors_pending:
        m._load_vectors()
    _ = m.by_origin
    if m._detail is None:
        m._detail = m._load_detail()
    size = max(1, math.ceil(len(texts) / (workers * 16)))  # small chunks keep both workers busy to the end
    chunks = [(texts[i : i + size], lang, top) for i in range(0, len(texts), size)]
    _WORKER_MATCHER = m
    try:
        with mp.get_context("fork").Pool(workers, initializer=_one_blas_thread) as pool:
            parts = pool.map(_match_chunk, chunks)
    finally:
        _WORKER_MATCHER = None
    return [r for part in parts for r in part]


class _ProfileIndex:
    """BM25 over each unit group's titles, description and tasks in both languages (for long inputs): the
    weight of every (word, group) pair, computed at build time (``profile_arrays``), as CSR arrays."""

    def __init__(
        self, codes: list[str], vocab: list[str], ptr: np.ndarray, groups: np.ndarray, weights: np.ndarray
    ) -> None:
        self.codes = codes
        self._ix = dict(zip(vocab, range(len(vocab)), strict=True))
        self._ptr = ptr
        self._groups = groups
        self._weights = weights

    def scores(self, text: str, top: int = 5) -> list[tuple[str, float]]:
        """The ``top`` unit groups by BM25 score relative to the best (best = 1), best first."""
        q = [t for t in dict.fromkeys(tokens(text)) if t in self._ix]
        if not q:
            return []
        scores = np.zeros(len(self.codes), dtype=np.float32)
        for t in q:
            k = self._ix[t]
            lo, hi = int(self._ptr[k]), int(self._ptr[k + 1])
            scores[self._groups[lo:hi]] += self._weights[lo:hi]
        best = float(scores.max()) or 1.0
        order = np.argsort(-scores)[:top]
        return [(self.codes[i], float(scores[i]) / best) for i in order if scores[i] > 0]

    def search(self, text: str, top: int = 5) -> list[tuple[str, float]]:
        """Scores for long inputs: the best description match counts as a fair but not decisive signal."""
        return [(code, 0.75 * sc) for code, sc in self.scores(text, top)]


# ---------------------------------------------------------------- the stored index (built once, at build time)

#: layout of the stored index (table ``match_index``); a knowledge base with another one must be rebuilt
INDEX_FORMAT = "5"  # 2: a fourth rank class (teaching) in doc_rank; 3: AI-era role names indexed; 4: every English name is English evidence, our lexicon by its own language; 5: names stemmed with penyelia = supervisor, org-chart words after a rank dropped
#: the stored value's type for a list of strings: UTF-8, joined by line breaks (none of them holds one),
#: compressed with zlib (the names' texts shrink to a fifth; reading them back takes milliseconds)
TEXT = "text/zlib"
MISSING_INDEX = "it has no stored match index (built by an older version of Jalur); run: jalur kb build"
STALE_INDEX = "its stored match index does not fit its documents; run: jalur kb build"

Stored = tuple[str, bytes]  # (numpy dtype string or TEXT, data)


def pack(value: np.ndarray | Sequence[str]) -> Stored:
    """An array (little- or big-endian as its dtype says) or a list of strings, as stored."""
    if isinstance(value, np.ndarray):
        return value.dtype.str, value.tobytes()
    items = list(value)
    if any("\n" in x or not x for x in items):
        raise ValueError("a stored string is empty or holds a line break")
    return TEXT, zlib.compress("\n".join(items).encode(), 6)


def unpack(dtype: str, data: bytes) -> Any:
    """A stored value back: a read-only array over the bytes (no copy), or a list of strings."""
    if dtype == TEXT:
        text = zlib.decompress(data).decode()
        return text.split("\n") if text else []
    return np.frombuffer(data, dtype=np.dtype(dtype))


def load_index(kb: KnowledgeBase) -> dict[str, Any]:
    """The stored index of a knowledge base, by name; a clear error for a knowledge base without one."""
    if not kb.has_table("match_index"):
        raise JalurError("error.kb_invalid", path=str(kb.path), detail=MISSING_INDEX)
    stored = {r[0]: unpack(r[1], r[2]) for r in kb.rows("SELECT name, dtype, data FROM match_index")}
    if stored.get("format") != [INDEX_FORMAT]:
        raise JalurError("error.kb_invalid", path=str(kb.path), detail=MISSING_INDEX)
    n = len(stored["text"])
    if stored["doc_rank"].size != n or stored["doc_ptr"].size != n + 1:
        raise JalurError("error.kb_invalid", path=str(kb.path), detail=STALE_INDEX)
    return stored


def _matrix(blobs: Sequence[bytes]) -> np.ndarray:
    """float32 vectors of equal length, one per row (a fresh array: as aligned as ``np.stack`` makes it)."""
    return np.frombuffer(b"".join(blobs), dtype=np.float32).reshape(len(blobs), -1).copy()


def build_index(kb: KnowledgeBase) -> dict[str, Stored]:
    """Everything the matcher needs beyond the raw tables, computed from a knowledge base's documents
    (``match_doc``, ``match_doc_isco``, the unit groups, their tasks and the word vectors): the build
    step ``match`` stores it in ``match_index``, ``Matcher`` loads it. Rows are documents in ``doc_id``
    order."""
    rows = kb.rows("SELECT doc_id, text, display, kind, lang FROM match_doc ORDER BY doc_id")
    n = len(rows)
    row_of = {int(r[0]): i for i, r in enumerate(rows)}
    text = [r[1] for r in rows]
    kind = [r[3] for r in rows]
    kind_names = sorted(set(kind))
    kind_ix = {k: i for i, k in enumerate(kind_names)}
    out: dict[str, Stored] = {
        "format": pack([INDEX_FORMAT]),
        "doc_id": pack(np.array([int(r[0]) for r in rows], dtype=np.int32)),
        "text": pack(text),
        "display": pack([r[2] for r in rows]),
        "kind_names": pack(kind_names),
        "kind": pack(np.array([kind_ix[k] for k in kind], dtype=np.int8)),
        # rows sorted by core text (stable: rows of one text stay in row order), for exact look-ups
        "text_order": pack(np.array(sorted(range(n), key=text.__getitem__), dtype=np.int32)),
    }
    # document -> ISCO weights as CSR arrays
    codes = [r[0] for r in kb.rows("SELECT code FROM isco_group WHERE level = 4 ORDER BY code")]
    code_ix = {c: i for i, c in enumerate(codes)}
    pairs = sorted(
        (row_of[int(d)], code_ix[c], float(w))
        for d, c, w in kb.rows("SELECT doc_id, isco, weight FROM match_doc_isco")
        if c in code_ix
    )
    doc_of_pair = np.array([p[0] for p in pairs], dtype=np.int64)
    # a name's most likely unit group gets its full score, the others their weight relative to it
    # (names of US occupations spread over several groups would otherwise lose to single-group names)
    raw_w = np.array([p[2] for p in pairs], dtype=np.float32)
    top_w = np.zeros(n, dtype=np.float32)
    np.maximum.at(top_w, doc_of_pair, raw_w)
    out["codes"] = pack(codes)
    out["pair_isco"] = pack(np.array([p[1] for p in pairs], dtype=np.int32))
    out["doc_ptr"] = pack(np.searchsorted(doc_of_pair, np.arange(n + 1)).astype(np.int32))
    out["pair_w"] = pack((raw_w / np.maximum(top_w[doc_of_pair], 1e-6)).astype(np.float32))
    # inverted index over stemmed tokens
    postings: dict[str, list[int]] = defaultdict(list)
    doc_tokens: list[tuple[str, ...]] = []
    ranks = np.zeros(n, dtype=np.int8)
    for i, t in enumerate(text):
        toks = tuple(content_tokens(t))
        doc_tokens.append(toks)
        ranks[i] = rank_mask(toks)
        for tok in toks:
            postings[tok].append(i)
    idf = {tok: math.log(1 + n / len(ps)) for tok, ps in postings.items()}
    vocab = list(postings)
    tok_ix = {t: i for i, t in enumerate(vocab)}
    out["vocab"] = pack(vocab)
    out["idf"] = pack(np.array([idf[t] for t in vocab], dtype=np.float64))
    out["post_ptr"] = pack(np.cumsum([0, *(len(postings[t]) for t in vocab)], dtype=np.int32))
    out["post_docs"] = pack(np.array([i for t in vocab for i in postings[t]], dtype=np.int32))
    out["doc_rank"] = pack(ranks)
    out["doc_norm"] = pack(
        np.array([sum(idf[t] for t in toks) or 1.0 for toks in doc_tokens], dtype=np.float32)
    )
    out["doc_tok_ptr"] = pack(np.cumsum([0, *(len(toks) for toks in doc_tokens)], dtype=np.int32))
    out["doc_tok"] = pack(np.array([tok_ix[t] for toks in doc_tokens for t in toks], dtype=np.int32))
    # names for the fuzzy stage, shortest first
    out["fuzzy_rows"] = pack(
        np.array(
            sorted((i for i, k in enumerate(kind) if k in FUZZY_KINDS), key=lambda i: len(text[i])),
            dtype=np.int32,
        )
    )
    # the words of Indonesian and of English names, for telling the query's language: KBJI's jobs and our
    # lexicon's Indonesian and mixed names ("driver ojol": its English word is in English names too, so
    # only "ojol" counts) against every name written in English, as each document's language says (O*NET
    # and ESCO titles and alternates, ISCO's English titles, our lexicon's English names). Our lexicon's
    # English names once counted as Indonesian and only preferred labels as English: "lead" was an
    # Indonesian word and "Lead Data Analyst" read as Indonesian
    lang = [r[4] for r in rows]
    out["vocab_id"] = pack(
        sorted(
            {
                w
                for i, t in enumerate(text)
                if kind[i] in ("kbji_job", "lexicon") and lang[i] in ("id", "mixed")
                for w in t.split()
            }
        )
    )
    out["vocab_en"] = pack(sorted({w for i, t in enumerate(text) if lang[i] == "en" for w in t.split()}))
    # a word's weight in a query vector: its IDF (joining words weigh nothing); only with embeddings
    has_vectors = kb.one("SELECT 1 FROM match_vector LIMIT 1") is not None
    words = [r[0] for r in kb.rows("SELECT word FROM match_word_vector ORDER BY word")]
    if has_vectors and words:
        weights = []
        for w in words:
            wt = content_tokens(w)
            weights.append(idf.get(wt[0], 0.0) if len(wt) == 1 else 0.0)
        out["word_weight"] = pack(np.array(weights, dtype=np.float32))
    for name, value in profile_arrays(kb).items():
        out[f"bm25_{name}"] = pack(value)
    return out


def profile_arrays(kb: KnowledgeBase, k1: float = 1.2, b: float = 0.75) -> dict[str, Any]:
    """BM25 weights of every (word, unit group) pair over the groups' titles, descriptions and tasks in
    both languages, as CSR arrays: ``codes``, ``vocab`` and, per word, ``groups`` and ``weights`` between
    ``ptr[k]`` and ``ptr[k + 1]``."""
    docs: dict[str, list[str]] = defaultdict(list)
    for code, *texts in kb.rows(
        "SELECT code, title_id, title_en, description_id, description_en FROM isco_group WHERE level = 4"
    ):
        docs[code].extend(x for x in texts if x)
    for isco, en, id_ in kb.rows("SELECT isco, text_en, text_id FROM task"):
        docs[isco].extend(x for x in (en, id_) if x)
    codes = sorted(docs)
    tf: list[dict[str, int]] = []
    df: dict[str, int] = defaultdict(int)
    for code in codes:
        counts: dict[str, int] = defaultdict(int)
        for tok in tokens(clean(" ".join(docs[code]))):
            counts[tok] += 1
        tf.append(counts)
        for tok in counts:
            df[tok] += 1
    n = len(codes)
    idf = {t: math.log(1 + (n - d + 0.5) / (d + 0.5)) for t, d in df.items()}
    length = np.array([sum(c.values()) for c in tf], dtype=np.float32)
    norm = k1 * (1 - b + b * length / float(length.mean()))
    groups: dict[str, list[int]] = defaultdict(list)
    weights: dict[str, list[float]] = defaultdict(list)
    for i, counts in enumerate(tf):
        for t, f in counts.items():
            groups[t].append(i)
            weights[t].append(idf[t] * f * (k1 + 1) / (f + float(norm[i])))
    vocab = list(groups)
    return {
        "codes": codes,
        "vocab": vocab,
        "ptr": np.cumsum([0, *(len(groups[t]) for t in vocab)], dtype=np.int32),
        "groups": np.array([i for t in vocab for i in groups[t]], dtype=np.int32),
        "weights": np.array([w for t in vocab for w in weights[t]], dtype=np.float32),
    }
