"""Personal data inside a roster's cells (not in columns of their own): the value is removed from the title,
unit or location cell, the row is flagged ``personal_data_removed``, a title that is nothing but personal data
is rejected, and no personal value is left in what the reader returns."""

from __future__ import annotations

from pathlib import Path

from jalur.workforce.roster import read_roster, roster_to_json
from tests.hostile_files import PERSONAL_VALUES, csv_personal_in_cells
from tests.pii_scan import PersonalValues


def _read(tmp_path: Path) -> object:
    name, data = csv_personal_in_cells()
    path = tmp_path / name
    path.write_bytes(data)
    return read_roster(path)


def test_personal_values_inside_cells_are_removed_and_flagged(tmp_path: Path) -> None:
    r = _read(tmp_path)
    rows = {x.row: x for x in r.rows}  # type: ignore[attr-defined]
    assert rows[2].title == "Teller" and "personal_data_removed" in rows[2].flags
    assert rows[3].title == "Staf" and "personal_data_removed" in rows[3].flags
    assert rows[4].unit == "Cabang" and "personal_data_removed" in rows[4].flags
    assert rows[6].title == "Teller" and "personal_data_removed" in rows[6].flags
    assert rows[7].unit == "Toko" and rows[7].location == "Kota"
    assert rows[8].unit == "Kas"
    assert rows[9].flags == () and rows[9].title == "Teller"


def test_a_title_that_is_a_persons_name_is_rejected(tmp_path: Path) -> None:
    r = _read(tmp_path)
    rejected = {x.row: (x.reason, x.detail) for x in r.rejected}  # type: ignore[attr-defined]
    assert rejected[5][0] == "unreadable" and "Budi" not in rejected[5][1]
    assert r.rows_in == len(r.rows) + len(r.rejected)  # type: ignore[attr-defined]


def test_nothing_personal_is_left_in_what_the_reader_returns(tmp_path: Path) -> None:
    import json

    blob = json.dumps(roster_to_json(_read(tmp_path)), ensure_ascii=False).encode()  # type: ignore[arg-type]
    found = PersonalValues(v for vs in PERSONAL_VALUES.values() for v in vs).found_in(blob)
    assert not found, found
