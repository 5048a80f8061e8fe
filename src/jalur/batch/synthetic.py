"""Synthetic national corpora for the scale benchmarks of the occupation coder on Spark and DuckDB (issue 20).

Three corpora, each streamed to Parquet one row group at a time (memory stays flat at any size) and
reproducible from a seed (the same seed and size give the same rows; the first k rows do not depend on n
for the survey and the roster):

* **survey** — free-text answers to "apa pekerjaan utama Anda / apa yang Anda kerjakan" as respondents and
  field staff of a labour-force survey write them: mostly upper case, job nouns and verb phrases built from
  authored parts (job noun or activity + product + place + qualifier), abbreviations, everyday spellings and
  slips, and a few answers that name no occupation (``kbli`` null). Frequencies are Zipf-like, so that the
  commonest hundred answers cover a large share of the rows and the distinct strings grow sublinearly.
* **ads** — the job-ad generator of ``jalur.market.synthetic`` (issue 19), streamed as it is.
* **roster** — a national multi-unit employer / civil-service roster in the layout of
  ``data/samples/bank-nusantara.csv`` without its personal columns (no names, e-mails or phones; the NIK is
  a made-up 16-digit number starting with ``00``, which no region has).

The vocabulary is authored for these benchmarks (``src/jalur/data/synthetic/*.csv``, read once on first
use); nothing in it comes from real answers, rosters or ads.

    python -m jalur.batch.synthetic survey /tmp/survey-1m.parquet --rows 1000000 [--seed 20]
"""

from __future__ import annotations

import argparse
import bisect
import csv
import json
import random
import re
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Generic, TypeVar

import pyarrow as pa
import pyarrow.parquet as pq

from jalur.authored import data_folder
from jalur.market.synthetic import ads as _ads

#: rows per Parquet row group (and per batch held in memory); job ads are long, so fewer of them
CHUNK_ROWS = 200_000
ADS_CHUNK_ROWS = 20_000

SURVEY_SCHEMA = pa.schema(
    [
        ("id", pa.int64()),
        ("text", pa.string()),
        ("province", pa.string()),
        ("kbli", pa.string()),
        ("round", pa.string()),
    ]
)
ROSTER_SCHEMA = pa.schema(
    [
        ("No", pa.int64()),
        ("NIK", pa.string()),
        ("Jabatan", pa.string()),
        ("Unit Kerja", pa.string()),
        ("Lokasi", pa.string()),
        ("Gaji Pokok", pa.int64()),
    ]
)

#: survey rounds (February and August); the August round has the larger sample
_ROUNDS = (("2024-02", 1.0), ("2024-08", 4.0), ("2025-02", 1.0), ("2025-08", 4.0))
#: KBLI 2020 sections
_SECTIONS = frozenset("ABCDEFGHIJKLMNOPQRSTU")

# the noise of a survey answer (shares of rows)
_P_QUALIFIER = 0.05  # a trailing qualifier: "... HARIAN", "... IKUT ORANG" (in the sections below)
_QUALIFIED = frozenset("ACFGHIST")
_P_SECOND_JOB = 0.015  # two jobs in one answer: "PETANI DAN PEDAGANG"
_JOINERS = (" DAN ", " DAN ", " & ", "/", " / ", ", ", " + ")
_P_DI_JOINED = 0.06  # "DI PASAR" written "DIPASAR"
_P_TYPO = 0.02  # one slip of the pen: a letter dropped, doubled, swapped or a vowel changed
_P_TRAILING_DOT = 0.004
_P_DOUBLE_SPACE = 0.004
_P_TRAILING_SPACE = 0.003
#: case as written: upper (most field staff), lower, Title Case, Sentence case
_CASES = (("upper", 0.92), ("lower", 0.04), ("title", 0.03), ("sentence", 0.01))
_VOWELS = "AIUEO"

#: roster: share of blocks at head office, and a unit's mean block of rows as exported
_P_HEAD_OFFICE = 0.04
_MEAN_BLOCK = 20.0
_UNITS_PER_SIZE = 4
#: NIK: region code 00, then the row number mapped one-to-one onto 14 digits (unique, random-looking): an
#: affine step, the digits reversed, another affine step (the steps are odd and no multiple of 5, so coprime
#: with 10**14)
_NIK_MOD = 10**14
_NIK_STEPS = (2_718_281_828_459, 1_414_213_562_373)

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class _Weighted(Generic[T]):
    """Items drawn with authored weights (one uniform number and a bisection per draw)."""

    items: tuple[T, ...]
    cum: tuple[float, ...]

    @classmethod
    def of(cls, pairs: Iterable[tuple[T, float]]) -> _Weighted[T]:
        items: list[T] = []
        cum: list[float] = []
        total = 0.0
        for item, weight in pairs:
            if weight < 0:
                raise ValueError(f"negative weight for {item!r}")
            total += weight
            items.append(item)
            cum.append(total)
        if not items or total <= 0:
            raise ValueError("a weighted table needs at least one item with a positive weight")
        return cls(tuple(items), tuple(cum))

    def draw(self, rng: random.Random) -> T:
        i = bisect.bisect_right(self.cum, rng.random() * self.cum[-1])
        return self.items[min(i, len(self.items) - 1)]


@dataclass(frozen=True, slots=True)
class _Part:
    """A piece of an answer: its written forms (spelling variants with their probabilities) and the KBLI
    section it implies (None: it implies none)."""

    text: str
    forms: _Weighted[str] | None
    kbli: str | None

    def written(self, rng: random.Random) -> str:
        return self.text if self.forms is None else self.forms.draw(rng)


@dataclass(frozen=True, slots=True)
class _Base:
    """A job noun or an activity, with the slots that may follow it (part table, probability)."""

    part: _Part
    slots: tuple[tuple[_Weighted[_Part], float], ...]


@dataclass(frozen=True, slots=True)
class _SurveyVocab:
    bases: _Weighted[_Base]
    occupied: _Weighted[_Base]  # bases naming an occupation (the second job of "X DAN Y")
    qualifiers: _Weighted[_Part]
    provinces: _Weighted[str]
    rounds: _Weighted[str]
    cases: _Weighted[str]


@dataclass(frozen=True, slots=True)
class _RosterVocab:
    unit_titles: _Weighted[tuple[str, float]]  # (title, typical monthly pay in millions)
    head_titles: _Weighted[tuple[str, float]]
    units: tuple[tuple[str, str, float], ...]  # (unit, city, pay index)
    head_units: tuple[str, ...]


def _rows(name: str) -> list[dict[str, str]]:
    """The rows of an authored CSV of ``data/synthetic``."""
    text = data_folder("synthetic").joinpath(name).read_text(encoding="utf-8")
    return [{k: (v or "").strip() for k, v in r.items()} for r in csv.DictReader(text.splitlines())]


def _kbli(value: str, where: str) -> str | None:
    if not value:
        return None
    if value not in _SECTIONS:
        raise ValueError(f"{where}: {value!r} is not a KBLI 2020 section")
    return value


def _word(phrase: str) -> re.Pattern[str]:
    """``phrase`` as a whole word (or words) of an upper-case answer."""
    return re.compile(r"(?<![A-Z0-9])" + re.escape(phrase) + r"(?![A-Z0-9])")


def _forms(
    text: str, rules: Sequence[tuple[re.Pattern[str], tuple[tuple[str, float], ...]]]
) -> _Weighted[str] | None:
    """Every written form of ``text`` with its probability: each rule whose phrase occurs replaces it by one
    of its variants (or keeps it), in the order of the rules; a leading "DI " may be written joined."""
    forms: list[tuple[str, float]] = [(text, 1.0)]
    for pattern, variants in rules:
        grown: list[tuple[str, float]] = []
        for form, p in forms:
            if not pattern.search(form):
                grown.append((form, p))
                continue
            keep = 1.0 - sum(q for _, q in variants)
            if keep > 0:
                grown.append((form, p * keep))
            for to, q in variants:
                grown.append((pattern.sub(to.replace("\\", r"\\"), form, count=1), p * q))
        forms = grown
    if text.startswith("DI "):
        forms = [(f, p * (1 - _P_DI_JOINED)) for f, p in forms] + [
            ("DI" + f[3:], p * _P_DI_JOINED) for f, p in forms if f.startswith("DI ")
        ]
    merged: dict[str, float] = {}
    for form, p in forms:
        merged[form] = merged.get(form, 0.0) + p
    if len(merged) == 1:
        return None
    return _Weighted.of(merged.items())


@cache
def _survey_vocab() -> _SurveyVocab:
    """The authored survey vocabulary, with every part's written forms worked out once."""
    by_phrase: dict[str, list[tuple[str, float]]] = {}
    for r in _rows("survey_variants.csv"):
        p = float(r["p"])
        if not 0 < p < 1:
            raise ValueError(f"survey_variants.csv: p of {r['from']!r} -> {r['to']!r} must be in (0, 1)")
        by_phrase.setdefault(r["from"], []).append((r["to"], p))
    rules = [(_word(phrase), tuple(variants)) for phrase, variants in by_phrase.items()]
    for phrase, variants in by_phrase.items():
        if sum(q for _, q in variants) > 1:
            raise ValueError(f"survey_variants.csv: the variants of {phrase!r} add up to more than 1")

    def part(text: str, kbli: str | None) -> _Part:
        return _Part(text, _forms(text, rules), kbli)

    groups: dict[str, list[tuple[_Part, float]]] = {}
    for r in _rows("survey_parts.csv"):
        groups.setdefault(r["group"], []).append(
            (part(r["text"], _kbli(r["kbli"], f"survey_parts.csv {r['text']!r}")), float(r["weight"]))
        )
    tables = {g: _Weighted.of(items) for g, items in groups.items()}

    bases: list[tuple[_Base, float]] = []
    for r in _rows("survey_bases.csv"):
        slots: list[tuple[_Weighted[_Part], float]] = []
        for slot in r["slots"].split():
            group, _, share = slot.partition(":")
            if group not in tables or not 0 < float(share or "nan") <= 1:
                raise ValueError(f"survey_bases.csv: {r['text']!r}: bad slot {slot!r} (a known group:share)")
            slots.append((tables[group], float(share)))
        kbli = _kbli(r["kbli"], f"survey_bases.csv {r['text']!r}")
        bases.append((_Base(part(r["text"], kbli), tuple(slots)), float(r["weight"])))
    return _SurveyVocab(
        bases=_Weighted.of(bases),
        occupied=_Weighted.of((b, w) for b, w in bases if b.part.kbli is not None),
        qualifiers=tables["qual"],
        provinces=_Weighted.of((r["province"], float(r["weight"])) for r in _rows("provinces.csv")),
        rounds=_Weighted.of(_ROUNDS),
        cases=_Weighted.of(_CASES),
    )


def _typo(text: str, rng: random.Random) -> str:
    """One slip inside a word (never its first letter): a letter dropped, doubled, swapped or a vowel
    changed; an answer too short, or a position beside a space or a sign, stays as it is."""
    n = len(text)
    if n < 5:
        return text
    i = 1 + rng.randrange(n - 2)
    a, b = text[i - 1], text[i]
    if not (a.isalpha() and b.isalpha()):
        return text
    k = rng.random()
    if k < 0.55:
        return text[:i] + text[i + 1 :]
    if k < 0.75:
        return text[:i] + b + text[i:]
    if k < 0.9:
        c = text[i + 1]
        return text[:i] + c + b + text[i + 2 :] if c.isalpha() and c != b else text
    if b in _VOWELS:
        return text[:i] + rng.choice(_VOWELS.replace(b, "")) + text[i + 1 :]
    return text


def _answer(v: _SurveyVocab, rng: random.Random) -> tuple[str, str | None]:
    """One survey answer as written, and the KBLI section of the activity (None: names no occupation)."""
    base = v.bases.draw(rng)
    words = [base.part.written(rng)]
    kbli = base.part.kbli
    for table, p in base.slots:
        if rng.random() < p:
            piece = table.draw(rng)
            words.append(piece.written(rng))
            if kbli is not None and piece.kbli is not None:
                kbli = piece.kbli
    text = " ".join(words)
    u = rng.random()
    if u < _P_QUALIFIER and kbli in _QUALIFIED:
        text += " " + v.qualifiers.draw(rng).written(rng)
    elif kbli is not None and u < _P_QUALIFIER + _P_SECOND_JOB:
        text += rng.choice(_JOINERS) + v.occupied.draw(rng).part.written(rng)
    if rng.random() < _P_TYPO:
        text = _typo(text, rng)
    u = rng.random()
    if u < _P_TRAILING_DOT:
        text += "."
    elif u < _P_TRAILING_DOT + _P_DOUBLE_SPACE:
        text = text.replace(" ", "  ", 1)
    elif u < _P_TRAILING_DOT + _P_DOUBLE_SPACE + _P_TRAILING_SPACE:
        text += " "
    case = v.cases.draw(rng)
    if case == "lower":
        text = text.lower()
    elif case == "title":
        text = text.title()
    elif case == "sentence":
        text = text[:1] + text[1:].lower()
    return text, kbli


def _survey_chunks(n: int, seed: int, chunk_rows: int) -> Iterator[tuple[pa.RecordBatch, list[str]]]:
    v = _survey_vocab()
    rng = random.Random(seed)
    for start in range(0, n, chunk_rows):
        stop = min(n, start + chunk_rows)
        texts: list[str] = []
        kblis: list[str | None] = []
        provinces: list[str] = []
        rounds: list[str] = []
        for _ in range(start, stop):
            text, kbli = _answer(v, rng)
            texts.append(text)
            kblis.append(kbli)
            provinces.append(v.provinces.draw(rng))
            rounds.append(v.rounds.draw(rng))
        batch = pa.record_batch(
            [
                pa.array(range(start, stop), pa.int64()),
                pa.array(texts, pa.string()),
                pa.array(provinces, pa.string()),
                pa.array(kblis, pa.string()),
                pa.array(rounds, pa.string()),
            ],
            schema=SURVEY_SCHEMA,
        )
        yield batch, texts


@cache
def _roster_vocab() -> _RosterVocab:
    """The authored roster vocabulary: titles by pool, and the units built from the places."""
    unit: list[tuple[tuple[str, float], float]] = []
    head: list[tuple[tuple[str, float], float]] = []
    for r in _rows("roster_titles.csv"):
        if r["pool"] not in ("unit", "hq", "both"):
            raise ValueError(f"roster_titles.csv: pool of {r['title']!r} must be unit, hq or both")
        entry = ((r["title"], float(r["pay"])), float(r["weight"]))
        if r["pool"] in ("unit", "both"):
            unit.append(entry)
        if r["pool"] in ("hq", "both"):
            head.append(entry)
    units = tuple(
        (f"Kanwil {r['kanwil']} - Cabang {r['city']} - Unit {k}", r["city"], float(r["pay_index"]))
        for r in _rows("roster_places.csv")
        for k in range(1, _UNITS_PER_SIZE * int(r["size"]) + 1)
    )
    divisions = tuple(f"Kantor Pusat - Divisi {r['division']}" for r in _rows("roster_divisions.csv"))
    return _RosterVocab(_Weighted.of(unit), _Weighted.of(head), units, divisions)


def _nik_digits(i: int, offset: int) -> str:
    """14 digits for row ``i``: one-to-one for ``i`` below 10**14."""
    x = f"{(i * _NIK_STEPS[0] + offset) % _NIK_MOD:014d}"[::-1]
    return f"{(int(x) * _NIK_STEPS[1] + offset) % _NIK_MOD:014d}"


def _roster_chunks(n: int, seed: int, chunk_rows: int) -> Iterator[tuple[pa.RecordBatch, list[str]]]:
    """Rows in blocks of one unit each (as an HR export lists them); a unit may recur in a later block."""
    v = _roster_vocab()
    rng = random.Random(seed)
    nik_offset = random.Random(f"nik-{seed}").randrange(_NIK_MOD)
    left = 0
    unit, city, pay_index, titles = "", "", 1.0, v.unit_titles
    for start in range(0, n, chunk_rows):
        stop = min(n, start + chunk_rows)
        niks: list[str] = []
        jabatan: list[str] = []
        units: list[str] = []
        cities: list[str] = []
        pay: list[int] = []
        for i in range(start, stop):
            if left == 0:
                if rng.random() < _P_HEAD_OFFICE:
                    unit, city, pay_index, titles = rng.choice(v.head_units), "Jakarta", 1.3, v.head_titles
                else:
                    unit, city, pay_index = v.units[rng.randrange(len(v.units))]
                    titles = v.unit_titles
                left = 1 + min(300, int(rng.expovariate(1.0 / _MEAN_BLOCK)))
            left -= 1
            title, millions = titles.draw(rng)
            niks.append(f"00{_nik_digits(i, nik_offset)}")
            jabatan.append(title)
            units.append(unit)
            cities.append(city)
            # monthly base pay, rounded to Rp 50.000
            pay.append(round(millions * pay_index * rng.uniform(0.85, 1.25) * 20) * 50_000)
        batch = pa.record_batch(
            [
                pa.array(range(start + 1, stop + 1), pa.int64()),
                pa.array(niks, pa.string()),
                pa.array(jabatan, pa.string()),
                pa.array(units, pa.string()),
                pa.array(cities, pa.string()),
                pa.array(pay, pa.int64()),
            ],
            schema=ROSTER_SCHEMA,
        )
        yield batch, jabatan


def ads_schema(seed: int = 19) -> pa.Schema:
    """The columns of the job-ad corpus: those ``jalur.market.synthetic.ads`` yields, typed from one ad."""
    return pa.RecordBatch.from_pylist([next(_ads(1, seed=seed))]).schema


def _ads_chunks(n: int, seed: int, chunk_rows: int) -> Iterator[tuple[pa.RecordBatch, list[str]]]:
    schema = ads_schema(seed)
    rows = []
    for ad in _ads(n, seed=seed):
        rows.append(ad)
        if len(rows) == chunk_rows:
            yield pa.RecordBatch.from_pylist(rows, schema=schema), [r["title"] for r in rows]
            rows = []
    if rows:
        yield pa.RecordBatch.from_pylist(rows, schema=schema), [r["title"] for r in rows]


def _check(n: int, chunk_rows: int) -> None:
    if n < 0:
        raise ValueError(f"rows must be 0 or more, not {n}")
    if chunk_rows < 1:
        raise ValueError(f"chunk_rows must be 1 or more, not {chunk_rows}")


def survey_batches(n: int, seed: int = 20, chunk_rows: int = CHUNK_ROWS) -> Iterator[pa.RecordBatch]:
    """The survey corpus as Arrow batches of ``chunk_rows`` rows (``SURVEY_SCHEMA``), for callers that
    feed an engine directly; the batch size does not change the rows."""
    _check(n, chunk_rows)
    return (batch for batch, _ in _survey_chunks(n, seed, chunk_rows))


def roster_batches(n: int, seed: int = 21, chunk_rows: int = CHUNK_ROWS) -> Iterator[pa.RecordBatch]:
    """The roster corpus as Arrow batches (``ROSTER_SCHEMA``)."""
    _check(n, chunk_rows)
    return (batch for batch, _ in _roster_chunks(n, seed, chunk_rows))


def ads_batches(n: int, seed: int = 19, chunk_rows: int = ADS_CHUNK_ROWS) -> Iterator[pa.RecordBatch]:
    """The job-ad corpus as Arrow batches (``ads_schema()``)."""
    _check(n, chunk_rows)
    return (batch for batch, _ in _ads_chunks(n, seed, chunk_rows))


def _write(
    path: str | Path, schema: pa.Schema, chunks: Iterator[tuple[pa.RecordBatch, list[str]]], n: int
) -> dict[str, int | float]:
    """Stream ``chunks`` to a Parquet file, one row group per chunk; the counts of what was written."""
    began = time.perf_counter()
    seen: set[str] = set()
    rows = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        for batch, keys in chunks:
            writer.write_batch(batch, row_group_size=batch.num_rows)
            seen.update(keys)
            rows += batch.num_rows
    if rows != n:  # pragma: no cover - a bug in a generator above
        raise AssertionError(f"wrote {rows} rows, not {n}")
    return {"rows": rows, "distinct": len(seen), "seconds": round(time.perf_counter() - began, 3)}


def write_survey(
    path: str | Path, n: int, seed: int = 20, *, chunk_rows: int = CHUNK_ROWS
) -> dict[str, int | float]:
    """Write ``n`` synthetic survey answers to Parquet (``SURVEY_SCHEMA``); returns ``rows``, ``distinct``
    (distinct raw texts) and ``seconds``."""
    _check(n, chunk_rows)
    return _write(path, SURVEY_SCHEMA, _survey_chunks(n, seed, chunk_rows), n)


def write_ads(
    path: str | Path, n: int, seed: int = 19, *, chunk_rows: int = ADS_CHUNK_ROWS
) -> dict[str, int | float]:
    """Write ``n`` synthetic job ads (``jalur.market.synthetic.ads``) to Parquet with the columns the
    generator yields; ``distinct`` counts ad titles."""
    _check(n, chunk_rows)
    return _write(path, ads_schema(seed), _ads_chunks(n, seed, chunk_rows), n)


def write_roster(
    path: str | Path, n: int, seed: int = 21, *, chunk_rows: int = CHUNK_ROWS
) -> dict[str, int | float]:
    """Write an ``n``-row national roster to Parquet (``ROSTER_SCHEMA``); ``distinct`` counts job titles
    (``Jabatan``)."""
    _check(n, chunk_rows)
    return _write(path, ROSTER_SCHEMA, _roster_chunks(n, seed, chunk_rows), n)


_WRITERS = {"survey": (write_survey, 20), "ads": (write_ads, 19), "roster": (write_roster, 21)}


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m jalur.batch.synthetic survey|ads|roster OUT.parquet --rows N [--seed S]``: write one
    corpus and print its counts as JSON."""
    parser = argparse.ArgumentParser(
        prog="python -m jalur.batch.synthetic", description="Write a synthetic corpus for scale benchmarks."
    )
    parser.add_argument("corpus", choices=sorted(_WRITERS))
    parser.add_argument("out", type=Path, help="the Parquet file to write")
    parser.add_argument("--rows", type=int, required=True, help="number of rows")
    parser.add_argument("--seed", type=int, default=None, help="seed (default: survey 20, ads 19, roster 21)")
    args = parser.parse_args(argv)
    if args.rows < 0:
        parser.error("--rows must be 0 or more")
    if args.out.suffix.lower() != ".parquet":  # a .csv name holding Parquet would mislead every reader
        parser.error("OUT must end in .parquet: the corpus is written as Parquet")
    write, default_seed = _WRITERS[args.corpus]
    counts = write(args.out, args.rows, default_seed if args.seed is None else args.seed)
    print(json.dumps({"corpus": args.corpus, "out": str(args.out), **counts}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
