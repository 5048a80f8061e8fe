"""The market monitor and the layoff tracker over the REST API (issue 19): ads as JSON classified, an ads
file and an events file analysed at once, nothing of them kept, hostile and oversized files refused with
their message. The ads and events here are ours (authored for the test)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.web_fixtures import API, WebEnv, web_env


@pytest.fixture(scope="module")
def env(kb_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebEnv]:
    with web_env(tmp_path_factory.mktemp("web-market")) as e:
        yield e


def _csv(rows: list[dict[str, str]]) -> bytes:
    out = io.StringIO()
    w = csv.DictWriter(out, fieldnames=list(rows[0]))
    w.writeheader()
    w.writerows(rows)
    return out.getvalue().encode("utf-8")


ADS = [
    {"judul": "Machine Learning Engineer", "perusahaan": "PT Awan Data", "lokasi": "Jakarta Selatan",
     "gaji": "Rp 15-20 juta", "deskripsi": "Membangun dan melatih model machine learning untuk rekomendasi. "
     "Hubungi 0812-3456-7890."},
    {"judul": "Kasir", "perusahaan": "Toko Sinar", "lokasi": "Bekasi", "gaji": "UMR Bekasi",
     "deskripsi": "Melayani pembayaran pelanggan di toko, menghitung uang kas harian."},
    {"judul": "Staf Administrasi", "perusahaan": "CV Maju", "lokasi": "Surabaya", "gaji": "4,5 jt",
     "deskripsi": "Mengarsipkan dokumen dan membuat laporan memakai ChatGPT dan Microsoft Excel."},
]  # fmt: skip


def test_ads_as_json_are_classified_in_order(env: WebEnv) -> None:
    body = {"ads": [{"title": a["judul"], "description": a["deskripsi"], "salary": a["gaji"]} for a in ADS]}
    r = env.client.post(f"{API}/market/classify", json=body, headers=env.auth())
    assert r.status_code == 200, r.text
    got = r.json()["ads"]
    assert [g["title"] for g in got] == [a["judul"] for a in ADS]
    assert got[0]["ai_class"] == "A" and got[0]["ai_role"] == "ml_engineer"
    assert got[1]["ai_class"] == "E" and got[2]["ai_class"] == "C"
    assert got[0]["salary_idr_month_min"] == 15_000_000 and got[0]["salary_idr_month_max"] == 20_000_000
    assert "0812" not in r.text  # the phone number never leaves the classifier


def test_classify_needs_a_key_and_refuses_malformed_bodies(env: WebEnv) -> None:
    one = {"ads": [{"title": "Kasir"}]}
    assert env.client.post(f"{API}/market/classify", json=one).status_code == 401
    too_many = {"ads": [{"title": "Kasir"}] * 501}
    assert env.client.post(f"{API}/market/classify", json=too_many, headers=env.auth()).status_code == 422
    extra = {"ads": [{"title": "Kasir", "nik": "3171234567890001"}]}
    r = env.client.post(f"{API}/market/classify", json=extra, headers=env.auth())
    assert r.status_code == 422 and "3171234567890001" not in r.text
    blank = {"ads": [{"title": ""}]}
    assert env.client.post(f"{API}/market/classify", json=blank, headers=env.auth()).status_code == 422


def test_an_ads_file_gives_the_market_aggregates_and_is_not_kept(env: WebEnv) -> None:
    rows = [*ADS * 4, ADS[0]]  # 13 rows, 3 distinct ads
    r = env.client.post(f"{API}/market/report", headers=env.auth(), files={"file": ("iklan.csv", _csv(rows))})
    assert r.status_code == 200, r.text
    out = r.json()
    assert out["schema"] == "jalur.market/1"
    assert out["input"]["ads_read"] == 13 and out["input"]["exact_repeats_removed"] == 10 and out["ads"] == 3
    assert out["classes"]["A"] == {"n": 3, "suppressed": True}  # a share of 3 ads is not shown
    assert "ads_not_vacancies" in out["scope"]
    assert "0812" not in r.text
    assert not any((env.files_dir / ".incoming").iterdir())
    log = env.client.get(f"{API}/audit", headers=env.auth()).json()["entries"]
    assert any(e["action"] == "market_report" and e["target"] == "iklan.csv" for e in log)


def test_an_events_file_gives_the_layoff_tracker(env: WebEnv) -> None:
    rows = [
        {"perusahaan": "PT Contoh Digital", "tanggal": "2026-03-02", "jumlah": "120", "negara": "Indonesia",
         "sumber": "https://example.org/a", "atribusi_ai": "stated", "kutipan": ""},
        {"perusahaan": "PT Contoh Digital", "tanggal": "2026-03-09", "jumlah": "120", "negara": "Indonesia",
         "sumber": "https://example.org/b", "atribusi_ai": "", "kutipan": ""},
        {"perusahaan": "Acme Robotics", "tanggal": "2025-11-20", "jumlah": "", "negara": "United States",
         "sumber": "https://example.org/c", "atribusi_ai": "", "kutipan": ""},
    ]  # fmt: skip
    r = env.client.post(
        f"{API}/layoffs/report", headers=env.auth(), files={"file": ("phk.csv", _csv(rows))},
        data={"country": "Indonesia"},
    )  # fmt: skip
    assert r.status_code == 200, r.text
    out = r.json()
    assert out["schema"] == "jalur.layoffs/1" and out["rows_read"] == 3 and out["events"] == 2
    assert [e["company"] for e in out["country_events"]] == ["PT Contoh Digital"]
    # "stated" without a quote is a claim to review, never shown as AI-caused
    assert out["ai_attribution"]["stated"] == 0
    assert any(c["company"] == "PT Contoh Digital" for c in out["ai_candidates_for_review"])


def test_bad_files_get_their_message_and_leave_nothing(env: WebEnv) -> None:
    a = env.auth()
    exe = env.client.post(f"{API}/market/report", headers=a, files={"file": ("x.exe", b"MZ\x90\x00")})
    assert exe.status_code == 415
    no_title = env.client.post(
        f"{API}/market/report", headers={**a, "Accept-Language": "en"},
        files={"file": ("x.csv", b"Nama,Umur\nBudi,30\n")},
    )  # fmt: skip
    assert no_title.status_code == 422 and "nama, umur" in no_title.text and ".incoming" not in no_title.text
    many = _csv([{"judul": f"Kasir {i}"} for i in range(10_001)])
    big = env.client.post(f"{API}/market/report", headers=a, files={"file": ("besar.csv", many)})
    assert big.status_code == 413 and "besar.csv" in big.text
    bad_layoffs = env.client.post(
        f"{API}/layoffs/report", headers=a, files={"file": ("p.csv", b"a,b\n1,2\n")}
    )
    assert bad_layoffs.status_code == 422
    assert (
        env.client.post(f"{API}/market/report", files={"file": ("x.csv", b"judul\nKasir\n")}).status_code
        == 401
    )
    assert not any((env.files_dir / ".incoming").iterdir())


def _signed_in(env: WebEnv) -> str:
    """Sign organisation A in on the web (the employer session); the form token for the next posts."""
    import re

    page = env.client.get("/employer")
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert token
    r = env.client.post("/employer/sign-in", data={"api_key": env.key_a, "csrf_token": token.group(1)})
    assert r.status_code in (200, 303), r.text
    page = env.client.get("/market")
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert token and 'action="/market/ads"' in page.text
    return token.group(1)


def test_the_market_pages_analyse_an_upload_in_both_languages(env: WebEnv) -> None:
    anonymous = env.client.get("/market", headers={"Accept-Language": "id"})
    assert anonymous.status_code == 200 and "Pasar kerja" in anonymous.text
    token = _signed_in(env)
    rows = [*ADS * 4]
    r = env.client.post(
        "/market/ads?lang=en", files={"file": ("iklan.csv", _csv(rows))}, data={"csrf_token": token}
    )
    assert r.status_code == 200, r.text
    assert "Job ads: iklan.csv" in r.text and "Ads are not vacancies" in r.text
    assert "0812" not in r.text and not any((env.files_dir / ".incoming").iterdir())
    r_id = env.client.post(
        "/market/ads?lang=id", files={"file": ("iklan.csv", _csv(rows))}, data={"csrf_token": token}
    )
    assert "Iklan bukan lowongan" in r_id.text or "bukan lowongan" in r_id.text
    events = [{"perusahaan": "PT Contoh Digital", "tanggal": "2026-03-02", "jumlah": "120",
               "negara": "Indonesia", "sumber": "javascript:alert(1)"}]  # fmt: skip
    lay = env.client.post(
        "/market/layoffs?lang=id", files={"file": ("phk.csv", _csv(events))}, data={"csrf_token": token}
    )
    assert lay.status_code == 200 and "PT Contoh Digital" in lay.text and "javascript:" not in lay.text
    bad = env.client.post(
        "/market/ads?lang=en", files={"file": ("x.csv", b"Nama\nBudi\n")}, data={"csrf_token": token}
    )
    assert bad.status_code == 400 and "no job-title column" in bad.text
    forged = env.client.post(
        "/market/ads", files={"file": ("iklan.csv", _csv(rows))}, data={"csrf_token": "x"}
    )
    assert forged.status_code == 403
