"""YAML from users is read with limits: deep nesting, alias bombs, huge files and syntax errors are refused
with a clear bilingual message (a JalurError), never a RecursionError or a traceback; valid scenario
files load exactly as before."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from jalur.errors import JalurError
from jalur.faces.cli.main import app
from jalur.tables.safeyaml import MAX_BYTES, YamlRefused, safe_load
from jalur.workforce.scenarios import assumptions, read_scenario_file

ROOT = Path(__file__).resolve().parents[1]
SHOP = ROOT / "data" / "samples" / "toko-kecil.csv"

DEEP_SEQUENCE = "[" * 100_000 + "]" * 100_000
DEEP_MAPPING = "{a: " * 100_000 + "1" + "}" * 100_000
DEEP_BLOCK = "- " * 5_000 + "x\n"  # block sequences, one inside the other

BILLION_LAUGHS = """\
a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
"""


def refused(text: str, **limits: Any) -> YamlRefused:
    start = time.perf_counter()
    with pytest.raises(YamlRefused) as e:
        safe_load(text, **limits)
    assert time.perf_counter() - start < 5, "refusing must not take long"
    assert isinstance(e.value, JalurError)
    for lang in ("id", "en"):
        assert e.value.message(lang)  # both languages format
    return e.value


@pytest.mark.parametrize("text", [DEEP_SEQUENCE, DEEP_MAPPING], ids=["sequences", "mappings"])
def test_nesting_100000_deep_is_refused_without_recursion(text: str) -> None:
    # with the default limits the size refuses it first; with room for the size, the depth does
    assert refused(text).exceeded == "max_bytes"
    err = refused(text, max_bytes=10 * len(text))
    assert err.exceeded == "max_depth"
    assert "20" in err.message("en") and "nested" in err.message("en")
    assert "bersarang" in err.message("id")


@pytest.mark.parametrize("text", ["[" * 5_000 + "]" * 5_000, "{a: " * 5_000 + "1" + "}" * 5_000, DEEP_BLOCK])
def test_deep_nesting_under_the_size_limit_is_refused_by_depth(text: str) -> None:
    assert len(text.encode()) <= MAX_BYTES
    with pytest.raises(RecursionError):  # what plain PyYAML does with it
        yaml.safe_load(text)
    assert refused(text).exceeded == "max_depth"


def test_nesting_at_the_limit_is_accepted() -> None:
    assert safe_load("[" * 20 + "1" + "]" * 20) is not None
    assert refused("[" * 21 + "1" + "]" * 21).exceeded == "max_depth"
    assert safe_load("a: {b: [1]}", max_depth=3) == {"a": {"b": [1]}}
    assert refused("a: {b: [1]}", max_depth=2).exceeded == "max_depth"


@pytest.mark.parametrize(
    "text",
    [
        BILLION_LAUGHS,
        "a: &x 1\nb: *x\n",
        "a: &x 1\n",
        "- &anchor [1, 2]\n",
        "base: &b {x: 1}\nc:\n  <<: *b\n",
    ],
)
def test_anchors_and_aliases_are_refused(text: str) -> None:
    err = refused(text)
    assert err.exceeded == "aliases"
    assert "&" in err.message("en") and "alias" in err.message("en")


def test_too_many_nodes_are_refused() -> None:
    text = "[" + ", ".join("1" for _ in range(10_001)) + "]"
    assert len(text.encode()) <= MAX_BYTES
    err = refused(text)
    assert err.exceeded == "max_nodes" and "10000" in err.message("en")
    assert safe_load("[1, 2, 3]", max_nodes=4) == [1, 2, 3]
    assert refused("[1, 2, 3, 4]", max_nodes=4).exceeded == "max_nodes"


def test_a_1_mb_document_is_refused_by_size() -> None:
    text = "a: " + "x" * (1024 * 1024) + "\n"
    err = refused(text)
    assert err.exceeded == "max_bytes" and str(MAX_BYTES) in err.message("en")
    # bytes, not characters: 40,000 three-byte characters are over 64 KiB
    assert refused("a: " + "会" * 40_000).exceeded == "max_bytes"


def test_a_1_mb_scenario_file_is_refused_without_being_read_whole(tmp_path: Path) -> None:
    f = tmp_path / "big.yaml"
    f.write_text("uncertainty: 0.2\n" + "#" * (1024 * 1024) + "\n", encoding="utf-8")
    with pytest.raises(YamlRefused) as e:
        read_scenario_file(f)
    assert e.value.exceeded == "max_bytes" and str(f) in e.value.message("en")


@pytest.mark.parametrize("text", ["[1, 2", "a: b: c", "a:\n\t- 1\n", "{a: 1", "'unterminated"])
def test_syntax_errors_are_jalur_errors_with_the_first_line_of_the_problem(text: str) -> None:
    err = refused(text)
    assert err.exceeded == "syntax"
    message = err.message("en")
    assert "\n" not in message and "line" in message and "Traceback" not in message
    assert "YAML" in message


def test_huge_integers_are_a_clear_error_not_a_value_error() -> None:
    assert refused("n: " + "9" * 5_000).exceeded == "syntax"


def test_a_valid_scenario_file_loads_identically(tmp_path: Path) -> None:
    text = (
        "# a scenario\n"
        "adoption:\n"
        "  baseline: {ceiling: 0.4, tau_years: 3}\n"
        "  aggressive:\n"
        "    ceiling: 0.95\n"
        "attrition_rate: {low: 0.04, mid: 0.07, high: 0.1}\n"
        "retraining_success: 0.6\n"
        "learning_cost_idr_per_hour: 120000\n"
    )
    f = tmp_path / "s.yaml"
    f.write_text(text, encoding="utf-8")
    assert safe_load(text) == yaml.safe_load(text)
    assert read_scenario_file(f) == yaml.safe_load(text)
    a = assumptions(read_scenario_file(f))
    assert a["adoption"]["baseline"] == {"ceiling": 0.4, "tau_years": 3.0}
    f.write_bytes(b"\xef\xbb\xbf" + text.encode())  # with a BOM
    assert read_scenario_file(f) == yaml.safe_load(text)
    f.write_text("", encoding="utf-8")
    assert read_scenario_file(f) == {}


def test_wrong_scenario_keys_and_values_keep_their_messages(tmp_path: Path) -> None:
    f = tmp_path / "s.yaml"
    f.write_text("adoptoin: 3\n", encoding="utf-8")
    with pytest.raises(JalurError) as e:
        assumptions(read_scenario_file(f))
    assert e.value.key == "error.scenario_key"
    f.write_text("- a\n- b\n", encoding="utf-8")
    with pytest.raises(JalurError) as e:
        read_scenario_file(f)
    assert e.value.key == "error.scenario_file"


def test_the_report_command_refuses_a_deep_scenario_file_with_exit_2(tmp_path: Path) -> None:
    deep = tmp_path / "deep.yaml"
    deep.write_text("adoption: " + "[" * 20_000 + "]" * 20_000 + "\n", encoding="utf-8")
    out = tmp_path / "out"
    # the scenario file is read before the roster and the knowledge base: no --kb needed to reach it
    r = CliRunner().invoke(
        app, ["report", str(SHOP), "--scenario", str(deep), "--out", str(out), "--lang", "en"]
    )
    assert r.exit_code == 2, (r.exit_code, r.stdout, r.stderr)
    assert r.exception is None or isinstance(r.exception, SystemExit)
    shown = r.stderr.replace("\n", "")  # the message may be wrapped at the console's width
    assert "nested more than 20 levels" in " ".join(r.stderr.split()) and "deep.yaml" in shown
    assert "Traceback" not in r.stdout + r.stderr and "RecursionError" not in r.stdout + r.stderr
    assert not out.exists()
