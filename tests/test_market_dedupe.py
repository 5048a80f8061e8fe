"""De-duplication clusters of job ads (issue 19) on ads we wrote: exact repeats, near duplicates with small
edits and lost line breaks, one ad in many cities, a legal name and a brand on two boards, hidden employers,
and the hard negatives that must stay apart (same template another role, same title another company)."""

from __future__ import annotations

from jalur.market.ads import Ad
from jalur.market.dedupe import (
    Cluster,
    board_of,
    cluster_ads,
    cluster_of,
    company_keys,
    dedupe,
    load_aliases,
    representatives,
    signatures,
    title_words,
    titles_match,
)

ALIASES = {"tokoku": "tokoku", "sentosa niaga digital": "tokoku", "kopi kenangan hati": "kopi kenangan hati"}

ABOUT = (
    "Tentang kami: TokoKu adalah marketplace untuk usaha kecil di seluruh Indonesia dengan jutaan pembeli "
    "setiap bulan. Kami menawarkan BPJS, THR, bonus tahunan, asuransi kesehatan dan jenjang karier yang jelas. "
    "Kirim CV terbaru melalui tombol lamar; hanya kandidat terpilih yang akan dihubungi. "
)
ANALYST = (
    "Tanggung jawab: menyusun dashboard penjualan mingguan, menganalisis perilaku pembeli dengan SQL, "
    "menyajikan temuan kepada tim produk. Kualifikasi: S1 statistika atau matematika, pengalaman dua tahun, "
    "menguasai SQL dan Python, teliti dan komunikatif."
)
COURIER = (
    "Tanggung jawab: mengantar paket ke pelanggan sesuai rute harian, memastikan barang diterima dalam kondisi "
    "baik, mencatat bukti pengiriman di aplikasi. Kualifikasi: SMA/SMK, memiliki SIM C dan motor sendiri, "
    "mengenal jalan di kota penempatan."
)


def _ad(i: int, title: str, company: str, desc: str = "", loc: str = "Jakarta Selatan", src: str = "") -> Ad:
    return Ad(id=str(i), row=i, title=title, description=desc, company=company, location=loc, source=src)


def _together(clusters: list[Cluster], n: int, a: int, b: int) -> bool:
    ids = cluster_of(clusters, n)
    return ids[a] == ids[b]


def test_exact_repeat_and_every_ad_in_one_cluster() -> None:
    ads = [_ad(0, "Data Analyst", "PT TokoKu Indonesia", ABOUT + ANALYST),
           _ad(1, "Data Analyst", "PT TokoKu Indonesia", ABOUT + ANALYST),
           _ad(2, "Kurir", "PT TokoKu Indonesia", ABOUT + COURIER)]  # fmt: skip
    clusters = cluster_ads(ads, ALIASES)
    assert sorted(i for c in clusters for i in c.members) == [0, 1, 2]
    assert _together(clusters, 3, 0, 1) and not _together(clusters, 3, 0, 2)
    first = next(c for c in clusters if 0 in c.members)
    assert first.kinds == ("exact",) and first.members == (0, 1)


def test_near_duplicate_small_edits_and_lost_line_breaks() -> None:
    edited = (ABOUT + ANALYST).replace("dua tahun", "tiga tahun").replace(". ", ".") + " Lokasi: Jakarta."
    ads = [_ad(0, "Data Analyst", "PT TokoKu", ABOUT + ANALYST), _ad(1, "Data Analyst", "TokoKu", edited)]
    clusters = cluster_ads(ads, ALIASES)
    assert _together(clusters, 2, 0, 1)
    assert "near" in clusters[0].kinds and "exact" not in clusters[0].kinds


def test_one_ad_in_many_cities_is_one_cluster_with_vacancy_locations() -> None:
    cities = ["Jakarta Selatan", "Bandung", "Surabaya", "Medan", "Makassar", "Semarang", "Denpasar",
              "Palembang", "Batam", "Yogyakarta", "Jakarta Barat"]  # fmt: skip
    ads = [_ad(i, "Kurir", "PT TokoKu", ABOUT + COURIER, loc=c) for i, c in enumerate(cities)]
    clusters = cluster_ads(ads, ALIASES)
    assert len(clusters) == 1
    (c,) = clusters
    assert "multi_location" in c.kinds
    # Jakarta's cities count as one vacancy-location
    assert len(c.locations) == 10
    ((rep, n_loc),) = representatives(ads, clusters)
    assert rep.id == "0" and n_loc == 10


def test_title_only_ads_with_city_suffix_cluster_by_company_and_title() -> None:
    ads = [_ad(0, "Fitness Consultant (Bandung)", "Sehat Gym", loc="Bandung"),
           _ad(1, "Fitness Consultant - Medan", "PT Sehat Gym", loc="Medan"),
           _ad(2, "Fitness Consultant Lead", "Sehat Gym", loc="Medan"),
           _ad(3, "Fitness Consultant (Bandung)", "Kebugaran Jaya", loc="Bandung")]  # fmt: skip
    clusters = cluster_ads(ads, ALIASES)
    assert _together(clusters, 4, 0, 1)
    assert not _together(clusters, 4, 0, 2)  # another level, and no text to show otherwise
    assert not _together(clusters, 4, 0, 3)  # another company


def test_cross_board_legal_name_and_brand_through_the_alias_table() -> None:
    ads = [_ad(0, "Data Analyst", "PT Sentosa Niaga Digital Tbk", ABOUT + ANALYST, "Jakarta Raya", "jobstreet"),
           _ad(1, "TokoKu - Data Analyst", "TokoKu Group", (ABOUT + ANALYST).replace("\n", " "),
               "South Jakarta, Jakarta, Indonesia (On-site)", "linkedin")]  # fmt: skip
    clusters = cluster_ads(ads, ALIASES)
    assert len(clusters) == 1 and set(clusters[0].kinds) >= {"cross_board"}
    assert clusters[0].boards == ("jobstreet", "linkedin")
    assert "multi_location" not in clusters[0].kinds  # Jakarta written two ways is one place
    # without the alias the two names share no key: they stay apart
    assert len(cluster_ads(ads, {})) == 2


def test_hidden_employer_meets_the_same_text_but_not_another_role() -> None:
    ads = [_ad(0, "Data Analyst", "Company Confidential", ABOUT + ANALYST),
           _ad(1, "Data Analyst", "PT TokoKu", ABOUT + ANALYST),
           _ad(2, "Kurir", "Pengiklan Anonim", ABOUT + COURIER)]  # fmt: skip
    clusters = cluster_ads(ads, ALIASES)
    assert _together(clusters, 3, 0, 1) and not _together(clusters, 3, 1, 2)


def test_same_template_another_role_must_not_merge() -> None:
    # the same company text, the same benefits, one sentence of duties changed: another job
    a = ABOUT + ANALYST
    b = ABOUT + ANALYST.replace("menyusun dashboard penjualan mingguan", "merancang kampanye iklan digital")
    ads = [_ad(0, "Data Analyst", "PT TokoKu", a), _ad(1, "Digital Marketing Specialist", "PT TokoKu", b)]
    assert not _together(cluster_ads(ads, ALIASES), 2, 0, 1)


def test_same_title_and_text_at_another_company_must_not_merge() -> None:
    ads = [_ad(0, "Data Analyst", "PT TokoKu", ABOUT + ANALYST),
           _ad(1, "Data Analyst", "PT Kopi Kenangan Hati", ABOUT + ANALYST)]  # fmt: skip
    assert not _together(cluster_ads(ads, ALIASES), 2, 0, 1)


def test_seniority_word_needs_the_same_text() -> None:
    junior = ABOUT + ANALYST
    senior = (
        ABOUT
        + ANALYST.replace("pengalaman dua tahun", "pengalaman lima tahun memimpin tim analis")
        + (" Membimbing analis junior dan menetapkan standar kualitas data untuk seluruh tim.")
    )
    ads = [_ad(0, "Data Analyst", "PT TokoKu", junior), _ad(1, "Senior Data Analyst", "PT TokoKu", senior)]
    assert not _together(cluster_ads(ads, ALIASES), 2, 0, 1)  # the level is written in the text
    ads = [_ad(0, "Data Analyst", "PT TokoKu", junior), _ad(1, "Senior Data Analyst", "PT TokoKu", junior)]
    assert _together(cluster_ads(ads, ALIASES), 2, 0, 1)  # only the title adds it


def test_company_keys_strip_legal_forms_and_read_brackets() -> None:
    aliases = {"aplikasi karya anak bangsa": "goto", "gojek": "goto", "goto": "goto"}
    assert company_keys("PT Aplikasi Karya Anak Bangsa (GO-JEK Indonesia)", aliases)[0] == "goto"
    assert company_keys("GoTo Group", aliases)[0] == "goto"
    assert company_keys("PT. BANK NEGARA INDONESIA (Persero) Tbk.", {}) == ("bank negara",)
    assert company_keys("Company Confidential", aliases) == ()
    assert company_keys("", aliases) == ()
    assert "goto" in load_aliases().values()


def test_titles_match_rules() -> None:
    assert titles_match(title_words("Gojek - Software Engineer - Data Platform"),
                        title_words("Software Engineer - Data Platform"))  # fmt: skip
    assert titles_match(title_words("Data Annotator - Freelance"), title_words("Data Annotator (Remote)"))
    assert not titles_match(title_words("Data Analyst"), title_words("Data Engineer"))
    assert not titles_match(title_words("Dropping (Car) - Area Utara"), title_words("Delivery Bulking (Car)"))


def test_signatures_are_deterministic_and_estimate_jaccard() -> None:
    texts = [ABOUT + ANALYST, ABOUT + ANALYST, ABOUT + COURIER, "", "pendek"]
    sig1, has1 = signatures(texts)
    sig2, _ = signatures(list(reversed(texts)))
    assert (sig1 == sig2[::-1]).all()
    assert has1.tolist() == [True, True, True, False, False]
    assert (sig1[0] == sig1[1]).all()
    share = float((sig1[0] == sig1[2]).mean())
    assert 0.1 < share < 0.8  # shares the company text, not the duties


def test_dedupe_drop_in_and_scale_is_not_quadratic() -> None:
    ads = [_ad(i, "Kurir", "PT TokoKu", ABOUT + COURIER, loc=c) for i, c in enumerate(["Bandung", "Medan"])]
    ads.append(_ad(2, "Data Analyst", "PT TokoKu", ABOUT + ANALYST))
    reps, n_loc, folded = dedupe(ads, ALIASES)
    assert [a.id for a in reps] == ["0", "2"] and n_loc == [2, 1] and folded == 1
    # 3,000 ads sharing one boilerplate at 300 companies: buckets are keyed by company, work stays linear
    many = [_ad(i, f"Staf {i % 7}", f"PT Contoh {i % 300}", ABOUT + f" Tugas nomor {i} " + COURIER[: 40 + i % 50])
            for i in range(3000)]  # fmt: skip
    clusters = cluster_ads(many, ALIASES)
    assert sum(len(c.members) for c in clusters) == 3000
    assert all(len({many[i].company for i in c.members}) == 1 for c in clusters)


def test_board_from_source_else_url_host() -> None:
    assert board_of(Ad("1", 1, "Kasir", source="Dealls")) == "dealls"
    assert (
        board_of(Ad("1", 1, "Kasir", source="N/A", url="https://careers.contoh.com/careers/1-kasir"))
        == "contoh"
    )
    assert board_of(Ad("1", 1, "Kasir", url="https://www.jobstreet.co.id/id/job/1")) == "jobstreet"
    assert board_of(Ad("1", 1, "Kasir")) == ""
