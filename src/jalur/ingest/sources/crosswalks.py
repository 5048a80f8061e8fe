"""Readers for the occupation crosswalks O*NET-SOC 2019 -> SOC 2018 -> SOC 2010 -> ISCO-08.

Pure functions: a file path in, normalised code pairs out. Codes are normalised here once:
O*NET ``NN-NNNN.NN``, SOC ``NN-NNNN``, ISCO digits (numeric cells zero-padded to four digits).

Traps in these files (checked by the readers or handled by the crosswalk build step):
- the BLS ISCO <-> SOC file pads SOC codes with trailing spaces (``'55-1011 '``);
- two of its rows point at three-digit ISCO *minor* groups (``211``, ``315``), not unit groups, so a
  three-digit ISCO string must never be zero-padded into a four-digit code;
- its ``part`` column means different things on its two sheets; we read the "2010 SOC to ISCO-08" sheet;
- the BLS NEM crosswalk uses aggregate codes (``13-1020``, ``21-1018``...) that are not detailed SOC codes;
- the IBS files write SOC codes without the dash (``551011``), ISCO as text (``.rda``) or integers (``.dta``).
"""

from __future__ import annotations

import numbers
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

from jalur.ingest.sources.tables import read_delimited, read_r_frame, read_sheet, require, text
from jalur.taxonomy.codes import ISCO_ANY, ONET_CODE, SOC_CODE

ONET_TAXONOMY = "onet-soc-taxonomy-2019"
BLS_NEM = "bls-onet-soc-crosswalk"
SOC_2018 = "soc-2018"
BLS_ISCO = "crosswalk-bls-isco08-soc2010"
IBS_ISCO = "crosswalk-ibs-soc2010-isco08"


def onet_code(value: Any) -> str | None:
    """An O*NET-SOC code as ``NN-NNNN.NN`` (whitespace removed), or None when it is not one."""
    s = "".join(text(value).split())
    if re.fullmatch(r"\d{6}\.\d{2}", s):
        s = f"{s[:2]}-{s[2:]}"
    return s if ONET_CODE.match(s) else None


def soc_code(value: Any) -> str | None:
    """A SOC code as ``NN-NNNN`` (whitespace removed, dash added to six bare digits), or None."""
    s = "".join(text(value).split())
    if re.fullmatch(r"\d{6}", s):
        s = f"{s[:2]}-{s[2:]}"
    return s if SOC_CODE.match(s) else None


def isco_code(value: Any) -> str | None:
    """An ISCO-08 code as digits, or None.

    Numeric cells lost their leading zero, so they are padded to four digits (``110`` -> ``'0110'``).
    Text cells are kept as written: ``'211'`` is the minor group 211, not unit group 0211.
    """
    if isinstance(value, numbers.Real) and not isinstance(value, bool):
        s = text(value).zfill(4)
    else:
        s = "".join(text(value).split())
    return s if ISCO_ANY.match(s) else None


Normaliser = Callable[[Any], str | None]


class CodePair(NamedTuple):
    """One crosswalk row ``from_code`` -> ``to_code``; ``qualifier`` is the source's mark ('' if none)."""

    from_code: str
    to_code: str
    qualifier: str
    from_title: str


class SocDefinition(NamedTuple):
    level: str  # 'major' | 'minor' | 'broad' | 'detailed'
    code: str
    title: str
    definition: str | None


def _pairs(
    path: Path,
    source: str,
    columns: tuple[str, str],
    norms: tuple[Normaliser, Normaliser],
    *,
    sheet: str | int = 0,
    min_rows: int,
    qualifier: str = "",
    title: str = "",
) -> list[CodePair]:
    """Code pairs from the columns ``columns`` of one sheet, each normalised by its function in ``norms``."""
    wanted = [*columns, *(c for c in (qualifier, title) if c)]
    rows = read_sheet(path, wanted, source=source, sheet=sheet, min_rows=min_rows)
    out = []
    for r in rows:
        a, b = norms[0](r[columns[0]]), norms[1](r[columns[1]])
        require(
            a is not None and b is not None,
            path,
            source,
            f"bad code pair {r[columns[0]]!r} -> {r[columns[1]]!r}",
        )
        out.append(
            CodePair(str(a), str(b), text(r[qualifier]) if qualifier else "", text(r[title]) if title else "")
        )
    return list(dict.fromkeys(out))


def read_onet_to_soc2018(path: Path) -> list[CodePair]:
    """O*NET-SOC 2019 -> SOC 2018 (``2019_to_SOC_Crosswalk.xlsx``): one SOC code per O*NET occupation."""
    return _pairs(
        path,
        ONET_TAXONOMY,
        ("O*NET-SOC 2019 Code", "2018 SOC Code"),
        (onet_code, soc_code),
        min_rows=1000,
        title="O*NET-SOC 2019 Title",
    )


def read_onet2010_to_onet2019(path: Path) -> list[CodePair]:
    """O*NET-SOC 2010 -> O*NET-SOC 2019 (``2010_to_2019_Crosswalk.xlsx``); the 2010 code's first seven
    characters are its SOC 2010 code."""
    return _pairs(
        path,
        ONET_TAXONOMY,
        ("O*NET-SOC 2010 Code", "O*NET-SOC 2019 Code"),
        (onet_code, onet_code),
        min_rows=1000,
    )


def read_nem_crosswalk(path: Path) -> list[CodePair]:
    """O*NET-SOC -> BLS National Employment Matrix code (SOC 2018, sometimes an NEM aggregate)."""
    return _pairs(path, BLS_NEM, ("O*NET-SOC Code", "NEM Code"), (onet_code, soc_code), min_rows=900)


def read_soc2010_to_soc2018(path: Path) -> list[CodePair]:
    """SOC 2010 -> SOC 2018 (``crosswalk_soc2010_to_soc2018.csv``); titles lose the '(#)' split markers."""
    source = SOC_2018
    rows = read_delimited(
        path, ["2010 SOC Code", "2010 SOC Title", "2018 SOC Code"], source=source, min_rows=800
    )
    out = []
    for r in rows:
        a, b = soc_code(r["2010 SOC Code"]), soc_code(r["2018 SOC Code"])
        require(a is not None and b is not None, path, source, f"bad SOC pair {r['2010 SOC Code']!r}")
        title = re.sub(r"\s*\(#+\)$", "", text(r["2010 SOC Title"]))
        out.append(CodePair(str(a), str(b), "", title))
    return list(dict.fromkeys(out))


def read_bls_soc2010_to_isco(path: Path) -> list[CodePair]:
    """SOC 2010 -> ISCO-08 from the BLS sheet "2010 SOC to ISCO-08"; qualifier '*' marks a partial match.

    ISCO codes are kept as written, so the two rows that name a three-digit minor group stay three digits.
    """
    pairs = _pairs(
        path,
        BLS_ISCO,
        ("2010 SOC Code", "ISCO-08 Code"),
        (soc_code, isco_code),
        sheet="2010 SOC to ISCO-08",
        min_rows=1000,
        qualifier="part",
        title="2010 SOC Title",
    )
    require(
        all(p.qualifier in {"", "*"} for p in pairs),
        path,
        BLS_ISCO,
        "column 'part' holds values other than '*'",
    )
    return pairs


def read_ibs_soc2010_to_isco(path: Path) -> list[CodePair]:
    """SOC 2010 -> ISCO-08 from the IBS crosswalk as an R data file (``soc10_isco08.rda``)."""
    source = IBS_ISCO
    df = read_r_frame(path, source, ("soc10", "isco08"), 1000)
    labels = df["soc_label"] if "soc_label" in df.columns else [""] * len(df)
    out = []
    for s, i, label in zip(df["soc10"], df["isco08"], labels, strict=True):
        a, b = soc_code(s), isco_code(i)
        require(a is not None and b is not None, path, source, f"bad code pair {s!r} -> {i!r}")
        out.append(CodePair(str(a), str(b), "", text(label)))
    return list(dict.fromkeys(out))


def read_soc2018_definitions(path: Path) -> list[SocDefinition]:
    """All SOC 2018 codes (major to detailed) with title and definition (None where the file has none)."""
    source = SOC_2018
    rows = read_sheet(
        path, ["SOC Group", "SOC Code", "SOC Title", "SOC Definition"], source=source, min_rows=1400
    )
    out = []
    for r in rows:
        c = soc_code(r["SOC Code"])
        require(c is not None, path, source, f"bad SOC code {r['SOC Code']!r}")
        level = text(r["SOC Group"]).lower()
        require(level in {"major", "minor", "broad", "detailed"}, path, source, f"bad SOC group {level!r}")
        out.append(SocDefinition(level, str(c), text(r["SOC Title"]), text(r["SOC Definition"]) or None))
    require(sum(d.level == "detailed" for d in out) >= 800, path, source, "fewer than 800 detailed codes")
    return out
