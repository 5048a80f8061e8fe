"""Finding personal values (names, NIK, e-mails, phone numbers) in outputs, in one pass per blob: the blob
is cut into tokens once, and its word n-grams and digit runs are looked up in sets of the values — instead
of one huge regular-expression alternation over every value (minutes on a report's files)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

_WORD = re.compile(rb"[0-9A-Za-z\x80-\xff@._+'-]+")
_DIGITS = re.compile(rb"\+?\d[\d .\-()/]{6,}\d")
_NON_DIGIT = re.compile(r"\D")


def _word_key(text: str) -> tuple[str, ...]:
    return tuple(w.strip(".'-").casefold() for w in text.split() if w.strip(".'-"))


def _digits(text: str) -> str:
    d = _NON_DIGIT.sub("", text)
    if d.startswith("62"):
        d = "0" + d[2:]
    return d


class PersonalValues:
    """The values to look for: multi-word and single-word values (at least ``min_length`` characters)
    compared as whole words, case-insensitively; values made mostly of digits compared by their digits."""

    def __init__(self, values: Iterable[str], min_length: int = 6) -> None:
        self.words: set[tuple[str, ...]] = set()
        self.numbers: set[str] = set()
        self.longest = 1
        for v in values:
            v = v.strip()
            if len(v) < min_length:
                continue
            digits = _digits(v)
            if (
                len(digits) >= 8
                and len(digits) >= len(_NON_DIGIT.sub("", v.replace(" ", ""))) // 2
                and "@" not in v
            ):
                self.numbers.add(digits)
                continue
            key = _word_key(v)
            if key:
                self.words.add(key)
                self.longest = max(self.longest, len(key))

    def found_in(self, blob: bytes) -> set[str]:
        """The values that occur in ``blob`` (as text)."""
        found: set[str] = set()
        tokens = [t.decode("utf-8", "replace").strip(".'-").casefold() for t in _WORD.findall(blob)]
        tokens = [t for t in tokens if t]
        for n in range(1, self.longest + 1):
            for i in range(len(tokens) - n + 1):
                gram = tuple(tokens[i : i + n])
                if gram in self.words:
                    found.add(" ".join(gram))
        if self.numbers:
            for m in _DIGITS.findall(blob):
                d = _digits(m.decode("ascii", "replace"))
                if d in self.numbers:
                    found.add(d)
            for t in tokens:  # digit runs glued to words ("teller3201…")
                d = _digits(t)
                if len(d) >= 8 and d in self.numbers:
                    found.add(d)
        return found


def readable(path: Path) -> bytes:
    """A file's text as a person would read it: the parts of an XLSX (but its theme, which names fonts),
    the text of a PDF's pages, other files as they are."""
    if path.suffix == ".xlsx":
        import zipfile

        with zipfile.ZipFile(path) as z:
            return b"\n".join(z.read(n) for n in z.namelist() if not n.startswith("xl/theme/"))
    if path.suffix == ".pdf":
        import pypdfium2

        pdf = pypdfium2.PdfDocument(str(path))
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf))).encode()
    return path.read_bytes()
