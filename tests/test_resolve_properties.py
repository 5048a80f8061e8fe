"""Whatever a user types, resolving an occupation either answers or fails with a domain error."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jalur.errors import JalurError
from jalur.kb.read import KnowledgeBase
from jalur.taxonomy.profile import profile
from jalur.taxonomy.resolve import resolve


@pytest.fixture(scope="module")
def base(kb_path: Path) -> Iterator[KnowledgeBase]:
    with KnowledgeBase(kb_path) as kb:
        yield kb


codes = st.from_regex(r"\A(\d{1,5}|\d{4}\.\d{2}|\d{2}-\d{4}(\.\d{2})?)\Z")
texts = st.text(min_size=0, max_size=400)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.one_of(codes, texts))
def test_resolve_answers_or_raises_a_domain_error(base: KnowledgeBase, query: str) -> None:
    try:
        res = resolve(base, query)
    except JalurError as exc:
        assert exc.message("id") and exc.message("en")
        return
    p = profile(base, res)
    assert p.isco == res.isco and len(p.isco) == 4


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(code=st.sampled_from(["4211", "4132", "5230", "8321", "2512", "0110", "1439", "5412"]))
def test_every_profile_names_its_sources_with_licences(base: KnowledgeBase, code: str) -> None:
    p = profile(base, resolve(base, code))
    ids = {s["id"] for s in p.sources}
    assert {"isco-08", "kbji-2014-kbli-2020"} <= ids
    assert all(s["licence"] and s["version"] for s in p.sources)
    assert {i["source"] for i in p.indices} <= ids
