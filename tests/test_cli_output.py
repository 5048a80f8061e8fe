"""Nothing from input or data reaches a terminal as a control sequence: queries, roster file names, titles,
task lines and error messages are shown as plain text — no escape sequences (ANSI CSI, OSC), no C0/C1
controls, no bidirectional overrides, and Rich markup shown as written, never interpreted. ``--json``
output escapes what a terminal could act on and stays the same JSON value."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from jalur.faces.cli.main import app
from jalur.faces.cli.render import printable

runner = CliRunner()

#: clear screen, set the window title, an 8-bit CSI, a right-to-left override, Rich markup, a bell
HOSTILE = "\x1b[2J\x1b]0;pwned\x07Teller \x9b31m[bold]bank[/bold] \u202eknab\u202c[/red]\x07"
FORBIDDEN = ("\x1b", "\x9b", "\x07", "\u202e", "\u202c", "\x00")


def invoke(kb_path: Path, *args: str) -> Result:
    return runner.invoke(app, [*args, "--kb", str(kb_path)])


def assert_clean(text: str) -> None:
    for ch in FORBIDDEN:
        assert ch not in text, (repr(ch), repr(text[:500]))
    assert not any(0x80 <= ord(c) <= 0x9F for c in text), repr(text[:500])
    assert "Traceback" not in text


# ------------------------------------------------------------------------------------------ printable
@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("\x1b[2J\x1b]0;pwned\x07Teller", "Teller"),
        ("\x1b[31;1mMerah\x1b[0m", "Merah"),
        ("\x9b2JKasir\x9b0m", "Kasir"),
        ("\x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\", "link"),
        ("\x1bPq#0;2;0;0;0\x1b\\Staf", "Staf"),
        ("\x1bcReset", "Reset"),
        ("\x1b]0;unterminated title", "0;unterminated title"),
        ("Teller\u202e lanoitcerid\u202c \u2066x\u2069", "Teller lanoitcerid x"),
        ("Teller\tBank\nKas\r\nPusat", "Teller Bank Kas  Pusat"),
        ("a\x00b\x08c\x7fd\x85e\x9cf", "abcd ef"),
        ("[bold]Teller[/bold]", "[bold]Teller[/bold]"),
        ("Kasir — 会计 محاسب ✓", "Kasir — 会计 محاسب ✓"),
        ("bad\ud800surrogate", "bad\ufffdsurrogate"),
    ],
)
def test_printable_removes_control_sequences_and_keeps_ordinary_text(raw: str, shown: str) -> None:
    assert printable(raw) == shown
    assert_clean(printable(raw))


def test_printable_leaves_ordinary_text_alone() -> None:
    for text in ("Teller", "Staf 2-3", "Kepala Cabang (KC)", "Customer Service - Frontliner", ""):
        assert printable(text) == text


# ------------------------------------------------------------------------------------------ commands
def test_match_with_a_hostile_query_shows_its_text_and_no_control_sequence(kb_path: Path) -> None:
    r = invoke(kb_path, "match", "--fast", HOSTILE, "--lang", "en")
    assert r.exit_code == 0, r.stdout + r.stderr
    assert_clean(r.stdout + r.stderr)
    assert "Teller" in r.stdout and "bank" in r.stdout
    assert "[bold]bank[/bold]" in r.stdout  # markup shown as written, not interpreted
    assert "4211" in r.stdout


def test_match_json_escapes_what_a_terminal_could_act_on(kb_path: Path) -> None:
    r = invoke(kb_path, "match", "--fast", HOSTILE, "--json")
    assert r.exit_code == 0, r.stdout + r.stderr
    assert_clean(r.stdout)
    doc = json.loads(r.stdout)
    assert doc["query"] == HOSTILE  # the same value, only written with escapes
    assert "\\u009b" in r.stdout and "\\u202e" in r.stdout and "\\u001b" in r.stdout


def test_an_unknown_occupation_with_markup_and_escapes_is_shown_as_text(kb_path: Path) -> None:
    # nonsense words: since issue 14 the command places a real title (HOSTILE says "Teller bank") by matching
    unknown = HOSTILE.replace("Teller", "Zzqx").replace("bank", "qqvv")
    r = invoke(kb_path, "occupation", unknown, "--lang", "en")
    assert r.exit_code == 2
    assert r.exception is None or isinstance(r.exception, SystemExit)  # no MarkupError from "[/red]"
    assert_clean(r.stdout + r.stderr)
    shown = " ".join(r.stderr.split())
    assert "was not found" in shown and "[/red]" in shown and "Zzqx" in shown


def test_task_lines_with_escapes_are_shown_as_text(kb_path: Path, tmp_path: Path) -> None:
    tasks = tmp_path / "tasks.txt"
    tasks.write_text(
        "menghitung uang \x1b]0;x\x07[bold]tunai[/bold]\n\x9b2Jmenulis laporan\u202e harian\n",
        encoding="utf-8",
    )
    r = invoke(kb_path, "exposure", "--tasks", str(tasks), "--lang", "en")
    assert r.exit_code == 0, r.stdout + r.stderr
    assert_clean(r.stdout + r.stderr)
    # the table wraps the task column: its words are there, the markup as written
    for word in ("menghitung", "[bold]tunai", "menulis", "laporan", "harian"):
        assert word in r.stdout, word


def test_report_on_a_hostile_roster_prints_nothing_a_terminal_would_execute(
    kb_path: Path, tmp_path: Path
) -> None:
    name = "\x1b]0;pwned\x07[bold]roster\u202e\x9b2J.csv"
    roster = tmp_path / name
    rows = [
        "jabatan;unit",
        "\x1b[2J\x1b]0;pwned\x07Teller;Kas\x1b[31m",
        "Teller;\x9b31mKas",
        "[bold]Kasir[/bold] \u202eriksak;[red]Toko[/red]",
        "Kasir;Toko\u2066\u2069",
        "Teller;Kas",
    ]
    roster.write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = tmp_path / "out\x1b[2J[bold]"
    r = invoke(kb_path, "report", str(roster), "--out", str(out), "--format", "json", "--lang", "en")
    assert r.exit_code == 0, r.stdout + r.stderr
    assert_clean(r.stdout + r.stderr)
    flat = r.stdout.replace("\n", "")
    assert "[bold]roster.csv" in flat  # the file name's text, markup as written
    assert "out[bold]" in flat  # where the files are
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["rows_in"] == 5
