"""The batch functions as Spark's ``mapInArrow`` calls them (issue 20): an importable module, so that an
executor's Python worker imports it once and keeps its knowledge base and coder between tasks (a function
defined in a driver script would be shipped, and its state rebuilt, with every task)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pyarrow as pa

#: the functions a Spark job may name (``jalur.batch.functions``)
FUNCTIONS = ("key_texts", "code_texts", "score_tasks", "classify_ads", "finish_ad_isco", "place_roster",
             "impact_table")  # fmt: skip


def map_batches(
    batches: Iterator[pa.RecordBatch], name: str, kwargs: dict[str, Any]
) -> Iterator[pa.RecordBatch]:
    """Run the batch function ``name`` with ``kwargs`` over each Arrow batch of a partition."""
    from jalur.batch import functions

    if name not in FUNCTIONS:
        raise ValueError(f"not a batch function: {name}")
    fn = getattr(functions, name)
    for batch in batches:
        if batch.num_rows == 0:
            continue
        yield from fn(pa.Table.from_batches([batch]), **kwargs).to_batches()
