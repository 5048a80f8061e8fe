"""Golden outputs: the CLI's ``--json`` answers to a fixed set of queries and the bank sample's
``report.json``, written before a restructuring and compared after it ("no change to any algorithm").

    .venv/bin/python benchmarks/golden.py write DIR        # run every query, keep the outputs in DIR
    .venv/bin/python benchmarks/golden.py compare OLD NEW  # which outputs differ, and where

The outputs carry text of the public sources (task statements, descriptions), so DIR stays outside the
repository; what is committed is ``benchmarks/golden-digests.json``: the SHA-256 of each normalised output
(no text), written by ``write`` next to the outputs (``digests.json``) and copied by hand when a change is
deliberate. Normalised: keys sorted, and the few values that depend on the run (a file's path, the
roster's location, the knowledge-base file's checksum) blanked.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BANK = ROOT / "data" / "samples" / "bank-nusantara.csv"

#: name → CLI arguments (each run with --json)
QUERIES: dict[str, list[str]] = {
    "match-driver-ojol": ["match", "driver ojol"],
    "match-teller-bank": ["match", "teller bank"],
    "match-admin-olshop": ["match", "admin olshop"],
    "match-kasir-indomaret": ["match", "kasir indomaret"],
    "match-guru-sd-honorer": ["match", "guru SD honorer"],
    "match-programmer": ["match", "programmer"],
    "match-kuli-bangunan": ["match", "kuli bangunan"],
    "match-menjual-sayur": ["match", "menjual sayur di pasar"],
    "match-data-scientist": ["match", "Data Scientist"],
    "match-account-officer": ["match", "Account Officer"],
    "occupation-4211": ["occupation", "4211"],
    "occupation-8321-en": ["occupation", "8321", "--lang", "en"],
    "occupation-onet": ["occupation", "43-3071.00"],
    "exposure-4211": ["exposure", "4211"],
    "exposure-4132": ["exposure", "4132"],
    "exposure-4222": ["exposure", "4222"],
    "exposure-perawat": ["exposure", "perawat"],
    "paths-4211": ["paths", "4211"],
    "paths-8321": ["paths", "8321"],
    "paths-5230-safer": ["paths", "5230", "--safer"],
    "paths-4132-roles": ["paths", "4132", "--to-roles"],
    "paths-4211-experience": ["paths", "4211", "--experience", "3 tahun customer service; setahun kasir"],
    "paths-2512-skills": ["paths", "2512", "--skills", "python, sql"],
    "plan-4211-annotator": ["plan", "4211", "data_annotator"],
    "plan-8321-8322": ["plan", "8321", "8322"],
    "plan-4211-rm": ["plan", "4211", "ai_relationship_manager_banking"],
    "roles": ["roles"],
    "roles-data-annotator": ["roles", "data_annotator"],
    "roles-prompt-designer": ["roles", "prompt_designer"],
    "occupation-unknown": ["occupation", "zzqx qqq"],
}


#: values that depend on the run or the machine, not on the code: a file's path, and the knowledge-base
#: file's checksum (embeddings computed on another machine may differ in the last bits)
_RUN_KEYS = ("path", "file_path", "built_from")


def normalise(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: ("" if k in _RUN_KEYS else normalise(v)) for k, v in sorted(value.items())}
    if isinstance(value, list):
        return [normalise(v) for v in value]
    return value


def digest(value: Any) -> str:
    return hashlib.sha256(
        json.dumps(normalise(value), ensure_ascii=False, sort_keys=True).encode()
    ).hexdigest()


def _jalur(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "jalur.faces.cli.main", *args], capture_output=True, text=True
    )


def write(out: Path) -> dict[str, str]:
    out.mkdir(parents=True, exist_ok=True)
    digests: dict[str, str] = {}
    for name, args in QUERIES.items():
        done = _jalur(*args, "--json")
        text = done.stdout.strip() or json.dumps(
            {"exit": done.returncode, "stderr": done.stderr.strip()[-500:]}
        )
        try:
            value = json.loads(text)
        except ValueError:
            value = {"exit": done.returncode, "stdout": text[-500:]}
        (out / f"{name}.json").write_text(
            json.dumps(normalise(value), ensure_ascii=False, indent=1), encoding="utf-8"
        )
        digests[name] = digest(value)
        print(f"{name:<28} {digests[name][:12]}", flush=True)
    report = out / "bank-report"
    done = _jalur("report", str(BANK), "--out", str(report), "--format", "json")
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    value = json.loads((report / "report.json").read_text(encoding="utf-8"))
    (out / "bank-report.json").write_text(
        json.dumps(normalise(value), ensure_ascii=False, indent=1), encoding="utf-8"
    )
    digests["bank-report"] = digest(value)
    print(f"{'bank-report':<28} {digests['bank-report'][:12]}")
    (out / "digests.json").write_text(json.dumps(digests, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return digests


def _diff(a: Any, b: Any, where: str, out: list[str], limit: int = 20) -> None:
    if len(out) >= limit:
        return
    if isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(set(a) | set(b)):
            if k not in a or k not in b:
                out.append(f"{where}.{k}: only in {'new' if k in b else 'old'}")
            else:
                _diff(a[k], b[k], f"{where}.{k}", out, limit)
    elif isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            out.append(f"{where}: {len(a)} items → {len(b)}")
        for i, (x, y) in enumerate(zip(a, b, strict=False)):
            _diff(x, y, f"{where}[{i}]", out, limit)
    elif a != b:
        out.append(f"{where}: {str(a)[:80]!r} → {str(b)[:80]!r}")


def compare(old: Path, new: Path) -> int:
    changed = 0
    for p in sorted(old.glob("*.json")):
        if p.name == "digests.json":
            continue
        q = new / p.name
        a = json.loads(p.read_text(encoding="utf-8"))
        b = json.loads(q.read_text(encoding="utf-8")) if q.exists() else None
        if a != b:
            changed += 1
            lines: list[str] = []
            _diff(a, b, p.stem, lines)
            print(f"DIFFERS {p.stem}")
            for line in lines:
                print("   ", line)
    print(f"{changed} of {len(list(old.glob('*.json'))) - 1} outputs differ")
    return 1 if changed else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    w = sub.add_parser("write")
    w.add_argument("dir", type=Path)
    c = sub.add_parser("compare")
    c.add_argument("old", type=Path)
    c.add_argument("new", type=Path)
    args = ap.parse_args(argv)
    if args.cmd == "write":
        write(args.dir)
        return 0
    return compare(args.old, args.new)


if __name__ == "__main__":
    raise SystemExit(main())
