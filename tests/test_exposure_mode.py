"""Issue 16: classes from exposure and mode, the quantile calibration, and "safer" only beyond the error."""

from __future__ import annotations

import numpy as np

from jalur.exposure.classes import DELEGATED_AT, class_shares, task_class
from jalur.exposure.scorer import Calibration, Observed, TaskScorer, fold_of
from jalur.pathways.transitions import Exposure, is_safer


def test_mode_decides_automate_or_augment_only_for_exposed_tasks() -> None:
    assert task_class(0.45, 0.9) == "automate"
    assert task_class(0.45, 0.1) == "augment"
    assert task_class(0.9, 0.2) == "augment"  # highly exposed but mostly done with a person
    assert task_class(0.30, 0.95) == "human"  # little exposure: how AI is used does not matter
    assert task_class(0.45, DELEGATED_AT) == "automate"
    # without a mode, the documented legacy cut-off on exposure alone
    assert task_class(0.65) == "automate" and task_class(0.45) == "augment" and task_class(0.2) == "human"
    assert class_shares([0.45, 0.45, 0.2], [0.8, 0.2, None]) == {
        "automate": 0.3333,
        "augment": 0.3333,
        "human": 0.3333,
    }


def test_quantile_calibration_restores_the_reference_spread() -> None:
    rng = np.random.default_rng(0)
    y = rng.uniform(0.05, 0.75, 2000)
    raw = 0.4 + 0.3 * (y - 0.4) + rng.normal(0, 0.03, 2000)  # a model that regresses to the middle
    groups = [f"g{i % 97}" for i in range(2000)]
    cal = Calibration.fit(raw, y, groups)
    out = cal.apply(raw)
    assert np.std(raw) / np.std(y) < 0.5
    assert np.std(out) / np.std(y) > 0.85
    assert np.all(np.diff(cal.apply(np.sort(raw))) >= 0)  # monotone: ranks are kept
    half = cal.half_width(out)
    assert np.all(half > 0) and 0.6 < float(np.mean(np.abs(out - y) <= half)) < 0.95
    again = Calibration.from_dict(cal.to_dict())
    assert np.allclose(again.apply(raw), out, atol=1e-5)


def test_folds_are_stable_and_spread() -> None:
    assert fold_of("4132") == fold_of("4132")
    assert len({fold_of(f"{i:04d}") for i in range(100)}) == 5


def test_a_gap_within_the_model_error_is_not_called_safer() -> None:
    shares = {"automate": 0.5, "augment": 0.2, "human": 0.3}
    role_shares = {"automate": 0.0, "augment": 0.6, "human": 0.4}
    clerk = Exposure(0.55, "g3", shares)
    assert is_safer(clerk, Exposure(0.40, "g1", role_shares))  # published figures: 0.15 apart
    assert not is_safer(clerk, Exposure(0.50, "g2", role_shares, half=0.06))  # 0.05 < the estimate's error
    assert is_safer(clerk, Exposure(0.40, "g1", role_shares, half=0.06))
    # the share rule alone does not make a model estimate safer
    assert not is_safer(clerk, Exposure(0.55, "g3", role_shares, half=0.06))


def test_the_scorer_learns_the_mode_and_stores_it() -> None:
    ilo = [
        (f"{1000 + i}", f"enter data records form {i % 7}", f"memasukkan data formulir {i % 7}", 0.7)
        for i in range(20)
    ] + [
        (f"{2000 + i}", f"lift heavy boxes site {i % 5}", f"mengangkat kotak berat {i % 5}", 0.1)
        for i in range(20)
    ]
    eloundou = [("43-9021.00", "enter data records", "E1"), ("47-2061.00", "lift heavy boxes", "E0")] * 3
    observed = [Observed(f"43-{i:04d}.00", f"enter data records form {i % 7}", 0.9) for i in range(30)] + [
        Observed(f"27-{i:04d}.00", f"advise on data records {i % 7}", 0.1) for i in range(30)
    ]
    s = TaskScorer.fit(ilo, eloundou, observed=observed)
    a, b = s.score(["enter data records form", "advise on data records"], lang="en", evidence=0)
    assert a.mode is not None and b.mode is not None and a.mode > 0.5 > b.mode
    assert (
        a.mode_source == "model" and a.mode_range is not None and a.mode_range[0] <= a.mode <= a.mode_range[1]
    )
    assert a.score_range is not None and a.score_range[0] <= a.score <= a.score_range[1]
    terms, _, meta = s.rows()
    assert len(terms[0]) == 7 and any(k == "cal_mode" for k, _ in meta)
    # Indonesian text of the ILO twins is taught the English reading
    (c,) = s.score(["memasukkan data formulir"], lang="id", evidence=0)
    assert c.mode is not None and c.mode > 0.5
