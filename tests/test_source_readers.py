"""R data files read at build time (Sakernas pay, the IBS crosswalk): a file that is not R data, or an R data
file of another shape, is refused with a clear message naming the source and the file (issue 17)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jalur.errors import BadSourceContent
from jalur.ingest.sources.sakernas import _weighted_median, read_pay_by_major_group
from jalur.ingest.sources.tables import read_r_frame

pytest.importorskip("pyreadr")


@pytest.mark.parametrize("content", [b"", b"not an R data file", b"RDX2\n" + b"\x00" * 64])
def test_a_file_that_is_not_r_data_is_refused_with_the_source_named(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "SAKERNAS2020.rda"
    path.write_bytes(content)
    with pytest.raises(BadSourceContent) as exc:
        read_pay_by_major_group(path)
    assert exc.value.key == "error.bad_content"
    assert exc.value.params["source"] == "sakernas-2020-jambi" and exc.value.params["path"] == path.name
    assert "unreadable R data file" in str(exc.value.params["detail"])


def test_an_r_frame_of_another_shape_is_refused(tmp_path: Path) -> None:
    import pandas as pd
    import pyreadr

    path = tmp_path / "x.rda"
    pyreadr.write_rdata(str(path), pd.DataFrame({"a": [1, 2]}), df_name="x")
    with pytest.raises(BadSourceContent) as exc:
        read_r_frame(path, "sakernas-2020-jambi", ("R13B_KBJI2",), 1)
    assert "missing columns" in str(exc.value.params["detail"])
    with pytest.raises(BadSourceContent) as exc:
        read_r_frame(path, "sakernas-2020-jambi", ("a",), 3)
    assert "expected at least 3" in str(exc.value.params["detail"])
    assert list(read_r_frame(path, "sakernas-2020-jambi", ("a",), 2)["a"]) == [1, 2]


def test_the_weighted_median_weighs_people() -> None:
    assert _weighted_median([1.0, 2.0, 3.0], [1.0, 1.0, 1.0]) == 2.0
    assert _weighted_median([1.0, 5.0], [10.0, 1.0]) == 1.0
    assert _weighted_median([1.0, 5.0], [1.0, 10.0]) == 5.0
