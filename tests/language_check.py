"""What a page says in the wrong language: the visible text of an HTML page (text nodes, and the
``aria-label``, ``placeholder``, ``title`` and ``alt`` a person or a screen reader meets), split into
segments, with the strings that are allowed in either language taken out first — names and values the
user's own file brings (role titles, units, locations, the file's name and columns), codes, quoted source
titles (“…” and "…"), URLs and file names — then searched for words only the other language uses.

The word lists are function words and the UI's common nouns: a segment with one of them is a string that
did not go through the catalogue (issue 18: "a test that renders every page and report in Indonesian and
fails on English strings that are not names, codes or quoted source titles, and the reverse")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from html.parser import HTMLParser

#: words an Indonesian page never uses outside names and quotes
ENGLISH = frozenset(
    [
        "the",
        "and",
        "of",
        "with",
        "for",
        "from",
        "is",
        "are",
        "not",
        "this",
        "that",
        "your",
        "you",
        "by",
        "or",
        "to",
        "an",
        "be",
        "it",
        "its",
        "was",
        "were",
        "has",
        "have",
        "than",
        "which",
        "when",
        "where",
        "what",
        "how",
        "who",
        "each",
        "every",
        "only",
        "will",
        "can",
        "may",
        "should",
        "would",
        "into",
        "about",
        "after",
        "before",
        "between",
        "share",
        "shares",
        "staff",
        "people",
        "hours",
        "cost",
        "costs",
        "report",
        "reports",
        "source",
        "sources",
        "licence",
        "license",
        "version",
        "low",
        "high",
        "middle",
        "unknown",
        "none",
        "rows",
        "rejected",
        "accepted",
        "placed",
        "exposure",
        "automate",
        "automated",
        "augment",
        "augmented",
        "human",
        "title",
        "titles",
        "occupation",
        "occupations",
        "scenario",
        "scenarios",
        "years",
        "year",
        "download",
        "upload",
        "sign",
        "back",
        "next",
        "page",
        "confidence",
        "candidates",
        "flags",
        "moves",
        "learning",
        "skills",
        "changed",
        "assumptions",
        "assumption",
        "value",
        "note",
        "reason",
        "details",
        "headcount",
        "units",
        "location",
        "locations",
        "speed",
        "displaced",
        "retrained",
        "risk",
        "positions",
        "altered",
    ]
)
#: words an English page never uses outside names and quotes
INDONESIAN = frozenset(
    [
        "yang",
        "dan",
        "untuk",
        "dari",
        "dengan",
        "tidak",
        "ini",
        "itu",
        "atau",
        "pada",
        "akan",
        "bisa",
        "dapat",
        "oleh",
        "sebagai",
        "adalah",
        "ke",
        "belum",
        "sudah",
        "juga",
        "karena",
        "tetapi",
        "setiap",
        "semua",
        "orang",
        "tahun",
        "jam",
        "biaya",
        "staf",
        "jabatan",
        "laporan",
        "unduh",
        "tinjauan",
        "pekerjaan",
        "ditolak",
        "baris",
        "sumber",
        "lisensi",
        "versi",
        "rendah",
        "tinggi",
        "tengah",
        "bagian",
        "asumsi",
        "nilai",
        "keterampilan",
        "langkah",
        "paparan",
        "kecepatan",
        "diterima",
        "dipetakan",
        "ringkasan",
        "catatan",
        "alasan",
        "rincian",
    ]
)
_SKIP = {"script", "style"}
_ATTRS = ("aria-label", "placeholder", "title", "alt")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|«[^»]*»")
_URLISH = re.compile(
    r"\b(?:https?://|www\.)\S+|\b[\w.-]+\.(?:csv|xlsx|json|pdf|html|md|py|toml)\b|\b\w+(?:[._/-]\w+)+\b"
)
#: checksums (SHA-256 of the KB or a file): their letter runs are no words — "…d24be002…" once held "be"
_HASH = re.compile(r"\b[0-9a-fA-F]{16,}\b")
_WORD = re.compile(r"[A-Za-z]+")


_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class _Text(HTMLParser):
    """Text segments in the page's language: an element marked with another ``lang`` (a name given in the
    other language on purpose, the language switch) is left out, as a screen reader would switch voice."""

    def __init__(self, lang: str) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._stack: list[tuple[str, str | None]] = [("#root", lang)]

    def _lang(self) -> str | None:
        return next(lg for _, lg in reversed(self._stack) if lg is not None)

    def _hidden(self) -> bool:
        return any(tag in _SKIP for tag, _ in self._stack)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        own = a.get("lang")
        if tag == "html" and own:
            self._stack[0] = ("#root", own)
            own = None
        if tag not in _VOID:
            self._stack.append((tag, own))
        if not self._hidden() and (own or self._lang()) == self._stack[0][1]:
            self.parts += [str(a[n]) for n in _ATTRS if a.get(n)]

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self._stack) - 1, 0, -1):
            if self._stack[i][0] == tag:
                del self._stack[i:]
                break

    def handle_data(self, data: str) -> None:
        if data.strip() and not self._hidden() and self._lang() == self._stack[0][1]:
            self.parts.append(data)


def visible_text(page: str, lang: str) -> list[str]:
    """The text segments of an HTML page a person sees or hears in the page's language (``lang`` unless
    its ``<html lang>`` says otherwise)."""
    parser = _Text(lang)
    parser.feed(page)
    return [" ".join(p.split()) for p in parser.parts]


def foreign_segments(segments: Iterable[str], lang: str, allowed: Iterable[str] = ()) -> list[str]:
    """The segments that contain a word of the other language once the ``allowed`` strings (user data,
    names), quoted titles, URLs, file names and codes are taken out."""
    markers = ENGLISH if lang == "id" else INDONESIAN
    names = sorted({a for a in allowed if a and len(a) > 1}, key=len, reverse=True)
    out: list[str] = []
    for seg in segments:
        rest = seg
        for name in names:
            if name in rest:
                rest = rest.replace(name, " ")
        rest = _HASH.sub(" ", _URLISH.sub(" ", _QUOTED.sub(" ", rest)))
        words = {w.lower() for w in _WORD.findall(rest) if not w.isupper()}  # IT, BY: abbreviations
        if words & markers:
            out.append(seg)
    return out
