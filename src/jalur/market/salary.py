"""Pay as job ads write it, parsed to amounts with their currency, period and basis — our own parser:
generic number parsers read "Rp 5-7 juta" as 5 (issue 19).

``parse_salary("Rp 5-7 juta/bulan")`` → IDR 5,000,000 – 7,000,000 a month, basis ``stated``. Indonesian
ads write thousands with dots ("Rp 5.000.000"), decimals with commas ("4,5 juta"), units as words or
letters ("jt", "juta", "rb", "ribu", "K", "M"), ranges with "-", "s/d", "sampai", "hingga"; pay may be a
minimum wage by region ("UMR Bekasi"), negotiable ("nego", "kompetitif") or not pay at all (years of
experience, a phone number, a fee the applicant pays). Amounts in other currencies (PHP, USD, SGD, MYR…)
are kept as written, never converted; rupiah amounts are also given per month (day × 22, hour × 173,
week × 4.33, year ÷ 12). Rules: benchmarks/market_eval/RUBRIC.md, section 1. Pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from jalur.text.numbers import NUMBER_WORDS

#: working days, hours and weeks in a month (a monthly figure from a daily, hourly or weekly one)
DAYS_PER_MONTH = 22
HOURS_PER_MONTH = 173
WEEKS_PER_MONTH = 4.33
#: plausible monthly pay in rupiah; a bare small number in a rupiah range is read in millions below this
_MILLIONS_BELOW = 1_000
#: no pay in any currency, for any period, is above this (ten trillion): a longer number is an id or noise
_MAX_AMOUNT = 1e13


@dataclass(frozen=True, slots=True)
class Salary:
    """One ad's pay: amounts as written (``minimum``/``maximum`` in ``currency`` per ``period``), the
    rupiah per month when the currency is IDR, the basis, a minimum-wage region, and the text matched."""

    currency: str | None
    minimum: float | None
    maximum: float | None
    period: str | None  # month, day, hour, week, year, project
    basis: str  # stated, negotiable, minimum_wage, unknown, not_salary
    region: str | None = None
    idr_month_min: float | None = None
    idr_month_max: float | None = None
    evidence: str = ""
    unit_implied: bool = False


_CURRENCIES: tuple[tuple[str, str], ...] = (
    (r"nt\$|twd|\bntd\b", "TWD"),
    (r"hk\$|hkd", "HKD"),
    (r"a\$|aud", "AUD"),
    (r"¥|\byen\b|jpy", "JPY"),
    (r"£|gbp|pound", "GBP"),
    (r"₩|krw|\bwon\b", "KRW"),
    (r"rmb|cny|yuan", "CNY"),
    (r"thb|baht", "THB"),
    (r"\bqar\b|\bqr\b|riyal\s+qatar|qatari", "QAR"),
    (r"\bkwd\b|dinar\s+kuwait", "KWD"),
    (r"\bomr\b|rial\s+oman", "OMR"),
    (r"\bbnd\b|\bb\$", "BND"),
    (r"\bsar\b|riyal", "SAR"),
    (r"aed|dirham", "AED"),
    (r"us\$|usd|\$", "USD"),
    (r"s\$|sgd", "SGD"),
    (r"₱|php|peso", "PHP"),
    (r"\brm(?![a-z])|myr|ringgit", "MYR"),  # "RM2,500" as well as "RM 2.500"
    (r"€|eur\b|euro", "EUR"),
    (r"\brp\.?|idr|rupiah", "IDR"),
)
_UNITS: tuple[tuple[str, float], ...] = (
    (r"miliar|milyar|billion|bn|b\b", 1e9),
    (r"juta|jt|jeti|million|mio|mil\b|m\b", 1e6),
    (r"ribu|rb|k\b|thousand", 1e3),
)
_PERIODS: tuple[tuple[str, str], ...] = (
    (
        r"per\s*(?:project|proyek|projek|job|event|acara|kegiatan|sesi|session)|/\s*(?:project|proyek|event)|"
        r"fee\s*(?:per\s*)?(?:project|proyek)|(?:project|proyek)\s+fee|borongan|total\s+fee|sekali\s+bayar|"
        r"(?:budget|anggaran)\s+(?:per\s*)?(?:project|proyek|projek)|"
        # a fee per piece of work: an article, a video, a design
        r"(?:/|per)\s*(?:artikel|article|tulisan|konten|content|video|desain|design|item|pcs|paket|kodi|closing|"
        r"sesi|order|pesanan)\b",
        "project",
    ),
    (r"/\s*(?:jam|hour|hr|h)\b|per\s*(?:jam|hour)|hourly|perjam", "hour"),
    (r"/\s*(?:hari|day|shift)\b|per\s*(?:hari|day|shift)|harian|daily|perhari|\bsehari\b", "day"),
    (r"/\s*(?:minggu|mgg|week|wk)\b|per\s*(?:minggu|mgg|week|pekan)|mingguan|weekly", "week"),
    (
        r"/\s*(?:tahun|thn|year|yr|annum)\b|per\s*(?:tahun|thn|year|annum)|tahunan|annual(?:ly)?|yearly|p\.a\.|"
        r"\bpa\b|setahun",
        "year",
    ),
    (r"/\s*(?:bulan|bln|month|mo|mth)\b|per\s*(?:bulan|bln|month)|bulanan|monthly|sebulan|perbulan", "month"),
)
#: take-home pay named after a basic pay: the range runs from the one to the other
_TAKE_HOME = re.compile(
    r"\bthp\b|take[-\s]?home(?:\s+pay)?|gaji\s+bersih|total\s+(?:pendapatan|penghasilan)", re.I
)
_NEGOTIABLE = re.compile(
    r"\bnego\b|negotiable|negosiasi|dinegosiasikan|kompetitif|competitive|menarik|attractive|dapat\s+dibicarakan|"
    r"bisa\s+dibicarakan|dirundingkan|berunding|to\s+be\s+(?:discussed|negotiated)|\btbd\b|"
    r"(?:sesuai|berdasarkan)\s+kesepakatan|by\s+agreement|"
    r"dibahas\s+(?:saat|pada|ketika|waktu|di)\s+(?:sesi\s+)?(?:interview|wawancara)|"
    r"discussed\s+(?:at|during|in)\s+(?:the\s+)?interview",
    re.I,
)
_PAY_WORDS = re.compile(
    r"gaji|salary|upah|pay\b|penghasilan|kompensasi|compensation|remunerasi|take\s*home|thp|honor|insentif|fee",
    re.I,
)
#: phrases with a pay word that are not the worker's pay (a product, an ad model, a fee never charged)
_NOT_PAY_PHRASES = re.compile(
    r"pay[-\s]*per[-\s]*click|pay[-\s]*later|paylater|(?:recruitment|registration|application|admin(?:istration)?|"
    r"pendaftaran|rekrutmen)\s+fees?|fees?\s+(?:for|untuk|dalam)\s+(?:the\s+|proses\s+)?"
    r"(?:recruitment|rekrutmen|application|lamaran)|"
    r"(?:memungut|dipungut|meminta)?\s*biaya\s+(?:apa\s*pun\s+)?(?:untuk\s+|dalam\s+)?(?:proses\s+)?"
    r"(?:rekrutmen|pendaftaran|lamaran|seleksi)",
    re.I,
)
_MIN_WAGE = re.compile(r"\b(umr|umk|ump|upah\s+minimum(?:\s+(?:regional|kota|kabupaten|provinsi))?)\b", re.I)
_REGION_AFTER = re.compile(
    r"^\s*(?:yang\s+berlaku\s+)?(?:di\s+)?(?:kota|kab(?:upaten)?\.?|provinsi|prov\.?)?\s*"
    r"([A-Za-z][A-Za-z.]*(?:\s+(?!\d)[A-Z][A-Za-z.]*){0,2}|dki(?:\s+jakarta)?|jabar|jatim|jateng)",
)
#: a number followed or preceded by these is not pay (years of experience, age, people, percent, phone)
_NOT_PAY_AFTER = re.compile(
    r"^\s*(?:\+\s*)?(?:tahun|thn|th\b|years?|yrs?|orang|org\b|%|persen|percent|kali|x\b|unit|"
    r"jam\b|hours?\b|"
    # a duration, not an amount ("Kontrak proyek 3 bulan, total fee Rp 30 juta")
    r"(?:bulan|bln|months?|minggu|weeks?)\b(?!\s*(?:gaji|salary|pay|upah))|"
    r"posisi|positions?|cm|kg|hari\s+kerja|shift|sks|ipk|"
    # things counted, not paid: users, events, orders, stores, staff, days off
    r"(?:unique\s+|active\s+|monthly\s+)?(?:users?|pengguna|events?|predictions?|downloads?|unduhan|orders?|"
    r"pesanan|transactions?|transaksi|customers?|pelanggan|merchants?|mitra|stores?|toko|outlets?|cabang|"
    r"branch(?:es)?|employees?|karyawan|members?|anggota|followers?|pengikut|days?\b|products?|produk|"
    r"requests?|queries|visits?|kunjungan|views?|sku))",
    re.I,
)
_NOT_PAY_BEFORE = re.compile(
    r"\b(?:usia|umur|age|pengalaman|experience|wa|whatsapp|hp|telp|telepon|phone|kuota|quota|ipk|gpa|tinggi|"
    r"berat|minimal\s+pendidikan|sma|s1|d3|batch|kode|no\.?|number|nomor|id|ref(?:erence)?|tanggal|tgl|"
    r"date|tahun|angkatan|lulusan|shift|ke-|kode\s+pos|postal\s+code|zip(?:\s+code)?|cuti|libur)\s*[:.#]?\s*"
    r"(?:maks(?:imal)?\.?|min(?:imal)?\.?)?\s*$",
    re.I,
)
_FEE = re.compile(
    r"biaya|deposit|dipungut|ditanggung\s+pelamar|bayar\s+(?:pendaftaran|admin)|registration\s+fee|admin\s+fee|"
    r"\b(?:pendaftaran|registrasi)\s*:?\s*(?=rp|idr|\d)|"
    r"\bbayar\b|\bmembayar\b|uang\s+jaminan|\bjaminan\b|medical\s*check\s*-?\s*up|\bmcu\b|"
    # a fee to join a platform as a partner ("Join fee Rp 99.000 untuk aktivasi akun mitra")
    r"join(?:ing)?\s+fees?|activation\s+fees?|\baktivasi\b",
    re.I,
)
#: a street address: its house number and postal code are no pay
_ADDRESS = re.compile(
    r"\b(?:jl|jln|jalan|gg|gang|kav|komplek|kompleks|ruko)\b\.?\s+\w|\bkode\s+pos\b|\brt\s*\d+\s*/\s*rw\b",
    re.I,
)
_PHONE = re.compile(r"(?:\+62\s*|\b0)8\d[\d\s-]{6,}|\b0\d{1,3}[-\s]\d{6,8}\b|\(0\d{1,3}\)\s*\d{6,8}")
#: spans that hold numbers but no pay: clock times, calendar dates
_NOT_PAY_SPANS = re.compile(
    r"\b\d{1,2}[.:]\d{2}\s*(?:-|–|s/d|sampai|hingga)\s*\d{1,2}[.:]\d{2}\b|"
    r"\b\d{1,2}\s+(?:jan|feb|mar|apr|mei|may|jun|jul|agu|agt|ags|aug|sep|okt|oct|nov|des|dec)[a-z]*\.?(?:\s+\d{4})?\b",
    re.I,
)
#: what a number is about when it is not pay (a sales target, capital, test scores) — said without a pay word
_NOT_PAY_CONTEXT = re.compile(
    r"\b(?:target|omzet|omset|penjualan|sales|modal|capital|investment|investasi|funding|pendanaan|equity|"
    r"saham|toefl|ielts|toeic|ipk|gpa|pria|wanita|usia|umur|age|dalam\s+seminggu|jam\s+kerja|"
    r"working\s+hours|dibuka|kuota|quota|revenue|gmv|valuation|valuasi|assets?|aset|"
    # a budget is not pay, except a freelancer's budget for the project ("budget project 5-8 jt")
    r"(?:budget|anggaran)(?!\s+(?:per\s*)?(?:project|proyek|projek)))\b",
    re.I,
)
#: what comes on top of the pay, or beside it (a bonus, overtime, allowances, days off): an amount after
#: these words is not the pay when the pay is stated otherwise, and a period after them is not its period
_EXTRAS = re.compile(
    r"\b(?:bonus|insentif|incentives?|komisi|commissions?|lembur|overtime|tunjangan|allowances?|"
    r"uang\s+(?:makan|transport|bensin|pulsa)|thr|libur|cuti|off\b)|\+|&|;",
    re.I,
)

#: a group of three digits after a separator is a thousands group only when no digit follows it
#: ("39364.702247" is a decimal, not 39,364,702 and change)
_NUMBER = re.compile(r"\d+(?:[.,\s]\d{3}(?!\d))*(?:[.,]\d+)?|\d+")
_RANGE = re.compile(
    r"^\s*(?:-|–|—|~|s\s*/\s*d\.?|s\.d\.?|sampai(?:\s+dengan)?|sampe|hingga|up\s+to|to|until|sd)\s*", re.I
)
_MIN_ONLY = re.compile(
    r"(?:at\s+least|paling\s+sedikit|sekurang[-\s]*kurangnya|setidak[-\s]*(?:tidak)?nya|di\s*atas|diatas|"
    r"min(?:imal|imum)?\.?|mulai(?:\s+dari)?|starting(?:\s+from|\s+at)?|starts?(?:\s+(?:from|at|dari))?|from|"
    r"lebih\s+dari|"
    r"more\s+than|above|>|≥)(?:\s+(?:gaji|salary|upah|pay|penghasilan))?\s*:?\s*$",
    re.I,
)
_MAX_ONLY = re.compile(
    r"(?:s\s*/\s*d\.?|s\.d\.?|maks(?:imal|imum)?\.?|max(?:imum)?\.?|hingga|sampai(?:\s+dengan)?|up\s*to|"
    r"(?:bisa\s+)?(?:men)?capai|"
    r"kurang\s+dari|less\s+than|under|<|≤|sampe)(?:\s+(?:gaji|salary|upah|pay|penghasilan))?\s*:?\s*$",
    re.I,
)


def _number(token: str, unit: float | None) -> float | None:
    """A number as written: ``5.000.000`` / ``8,000,000`` / ``5 000 000`` thousands; ``4,5`` / ``7.5``
    decimals; one separator before exactly three digits is a thousands separator unless a unit follows
    (``1.500`` = 1500, ``1.5 jt`` = 1.5 million)."""
    t = token.strip()
    groups = re.split(r"[.,\s]", t)
    seps = re.findall(r"[.,\s]", t)
    if not seps:
        return float(t)
    if len(seps) > 1:
        last_sep = seps[-1]
        if all(s == seps[0] for s in seps) or (len(groups[-1]) == 3 and last_sep == seps[0]):
            return float("".join(groups))  # 5.000.000, 8,000,000
        # 1.250.000,50 or 1,250,000.50: the last separator is the decimal mark
        whole, frac = "".join(groups[:-1]), groups[-1]
        return float(f"{whole}.{frac}")
    whole, frac = groups
    if len(frac) == 3 and seps[0] != " " and (unit is None or (unit <= 1e3 and seps[0] == ".")):
        return float(whole + frac)  # 150.000, 8,500; "5.000K" is five thousand thousands
    if seps[0] == " ":
        return float(whole + frac) if len(frac) == 3 else None
    return float(f"{whole}.{frac}")


def _unit_at(text: str) -> tuple[float | None, int]:
    """The unit word at the start of ``text`` (after spaces) and the characters it takes."""
    m = re.match(r"\s*(" + "|".join(p for p, _ in _UNITS) + r")", text, re.I)
    if not m:
        return None, 0
    word = m.group(1).lower()
    for pattern, mult in _UNITS:
        if re.fullmatch(pattern, word, re.I):
            return mult, m.end()
    return None, 0  # pragma: no cover


def _currency(text: str) -> str | None:
    low = text.lower()
    best: tuple[int, str] | None = None
    for pattern, code in _CURRENCIES:
        m = re.search(pattern, low)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), code)
    return best[1] if best else None


def _period(text: str) -> str | None:
    """The period written first in ``text`` ("Rp 1,2 jt/bln (part-time, 4 jam/hari)" is monthly pay: the
    hours per day come after it)."""
    low = text.lower()
    best: tuple[int, str] | None = None
    for pattern, name in _PERIODS:
        m = re.search(pattern, low)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), name)
    return best[1] if best else None


#: amounts written in words before a unit ("lima juta", "sejuta") and in two units ("4jt 500rb")
_SPELLED = re.compile(r"\b(" + "|".join(NUMBER_WORDS) + r")\s+(juta|jt|ribu|rb|million|thousand)\b", re.I)
_HALF = re.compile(r"\b(" + "|".join(NUMBER_WORDS) + r"|\d{1,3})\s+setengah\s+(juta|jt|ribu|rb)\b", re.I)
_TWO_UNITS = re.compile(r"\b(\d{1,3})\s*(?:jt|juta)\s*(\d{1,3})\s*(?:rb|ribu)\b", re.I)


#: a thousands group set off by a stray space ("Rp 5. 200. 000", "Rp 4 .500.000")
_LOOSE_GROUP = re.compile(r"(?<=\d)(?:\s+\.\s*|\.\s+)(?=\d{3}(?!\d))")
#: Japanese pay in man (ten thousand yen: "18-20 man/bulan" in an ad for work in Japan)
_JAPAN = re.compile(r"¥|\byen\b|\bjpy\b|jepang|japan|\bman[-\s]?en\b", re.I)
_MAN = re.compile(
    r"(\d+(?:[.,]\d+)?)(\s*(?:-|–|~|s/d|sampai)\s*)?(\d+(?:[.,]\d+)?)?\s*man\b(?:[-\s]?en\b)?", re.I
)


def _man_yen(m: re.Match[str]) -> str:
    def yen(v: str) -> str:
        return str(round(float(v.replace(",", ".")) * 10_000))

    if m.group(3) is None:
        return f"{yen(m.group(1))} yen"
    return f"{yen(m.group(1))}{m.group(2) or ' '}{yen(m.group(3))} yen"


def _spelled_out(text: str) -> str:
    """``text`` with amounts in words or in two units written as digits ("lima juta" → "5 juta",
    "4jt 500rb" → "4500000"), thousands groups set off by a stray space joined ("5. 200. 000"), and
    Japanese pay in man written in yen when the text is about Japan ("18-20 man" → 180000-200000 yen)."""
    text = _LOOSE_GROUP.sub(".", text)
    if _JAPAN.search(text):
        text = _MAN.sub(_man_yen, text)
    text = re.sub(r"\bsejuta\b", "1 juta", text, flags=re.I)
    # "tiga setengah juta", "4 setengah jt": and a half
    text = _HALF.sub(
        lambda m: (
            f"{NUMBER_WORDS.get(m.group(1).lower(), 0) if not m.group(1).isdigit() else int(m.group(1))}.5 "
            f"{m.group(2)}"
        ),
        text,
    )
    text = _SPELLED.sub(lambda m: f"{NUMBER_WORDS[m.group(1).lower()]} {m.group(2)}", text)
    return _TWO_UNITS.sub(lambda m: str(int(m.group(1)) * 1_000_000 + int(m.group(2)) * 1_000), text)


@dataclass
class _Amount:
    value: float
    start: int
    end: int
    unit: float | None
    word: str = ""  # the unit word as written ("jt", "M")


def _amounts(text: str) -> list[_Amount]:
    """The numbers of ``text`` that may be pay, with their unit multiplier applied when written."""
    out: list[_Amount] = []
    text = _NOT_PAY_SPANS.sub(lambda m: " " * len(m.group(0)), text)
    skipped_to = -1  # the end of a range whose first number is not pay ("tahun 2022-2024")
    for m in _NUMBER.finditer(text):
        before, after = text[: m.start()], text[m.end() :]
        if m.start() <= skipped_to:
            continue
        if _NOT_PAY_AFTER.match(after) or _NOT_PAY_BEFORE.search(before):
            rest = re.match(r"\s*(?:-|–|s/d|sampai|hingga)\s*\d+(?:[.,]\d+)?", after)
            if rest:
                skipped_to = m.end() + rest.end() - 1
            continue
        # the first end of a range of years or people ("20-30 tahun"): judged by the range's end
        rest = re.match(r"\s*(?:-|–|s/d|sampai|hingga)\s*\d+(?:[.,]\d+)?", after)
        if rest and _NOT_PAY_AFTER.match(after[rest.end() :]):
            continue
        if _PHONE.match(text, max(0, m.start() - 3)) or _PHONE.match(text, m.start()):
            continue
        unit, used = _unit_at(after)
        if used and _NOT_PAY_AFTER.match(after[used:]):
            continue  # "70 million unique users", "5B predictions"
        value = _number(m.group(0), unit)
        if value is None or not value * (unit or 1.0) <= _MAX_AMOUNT:
            continue  # (a 400-digit number is infinite as a float: "not <=" drops it too)
        if (
            not used
            and re.fullmatch(r"(?:19[5-9]\d|20[0-3]\d)", m.group(0))
            and not re.search(r"(?:rp\.?|idr|\$|usd|₱|php|rm|sgd)\s*$", before, re.I)
        ):
            continue  # a year ("UMP DKI 2024", "No. 123/HRD/VIII/2024"), not an amount
        out.append(
            _Amount(value * (unit or 1.0), m.start(), m.end() + used, unit, after[:used].strip().lower())
        )
    return out


def _monthly(value: float | None, period: str | None) -> float | None:
    if value is None or period is None:
        return None
    factor = {"month": 1.0, "day": DAYS_PER_MONTH, "hour": HOURS_PER_MONTH, "week": WEEKS_PER_MONTH}.get(
        period
    )
    if period == "year":
        return round(value / 12)
    return round(value * factor) if factor is not None else None


def parse_salary(text: str, default_currency: str = "IDR") -> Salary:
    """The pay an ad's salary text states (see the module's docstring); ``default_currency`` for amounts
    without a currency mark (an Indonesian board: rupiah)."""
    raw = _spelled_out(" ".join(str(text or "").replace("\u00a0", " ").split())[:400])
    if not raw:
        return Salary(None, None, None, None, "unknown")
    if _PHONE.search(raw) and not re.search(r"rp|idr|gaji|salary|juta|jt\b", raw, re.I):
        return Salary(None, None, None, None, "not_salary", evidence=_PHONE.search(raw).group(0))  # type: ignore[union-attr]
    amounts = _amounts(raw)
    currency = _currency(raw)
    if amounts and _FEE.search(raw) and not _PAY_WORDS.search(_FEE.sub(" ", raw)):
        return Salary(None, None, None, None, "not_salary", evidence=raw[:80])
    if amounts and (fee := _fee_before(raw[: amounts[0].start])):
        # "biaya pelatihan Rp 750rb (dipotong dari gaji pertama)": the amount is a fee, the pay word later
        return Salary(None, None, None, None, "not_salary", evidence=fee)
    # what is added after "+" or "&" ("20jt/bln + saham") is a benefit, not what the number is about
    about = re.split(r"[+&]", raw, maxsplit=1)[0]
    if _NOT_PAY_CONTEXT.search(about) and not _PAY_WORDS.search(raw):
        return Salary(None, None, None, None, "not_salary", evidence=_NOT_PAY_CONTEXT.search(about).group(0))  # type: ignore[union-attr]
    if _PHONE.search(raw) and not _PAY_WORDS.search(raw) and not re.search(r"\brp|idr|juta|\bjt", raw, re.I):
        return Salary(None, None, None, None, "not_salary", evidence=_PHONE.search(raw).group(0))  # type: ignore[union-attr]
    if (
        (address := _ADDRESS.search(raw))
        and not _PAY_WORDS.search(raw)
        and _currency(raw) is None
        and not any(a.unit for a in amounts)
    ):
        return Salary(None, None, None, None, "not_salary", evidence=address.group(0))  # a street address
    wage = _MIN_WAGE.search(raw)
    extras = [
        a for i, a in enumerate(amounts) if _EXTRAS.search(raw[amounts[i - 1].end if i else 0 : a.start])
    ]
    if extras and (wage or len(extras) < len(amounts)):
        # "Gaji 3,8jt + lembur Rp 25rb/jam", "Gaji pokok UMR, bonus s/d 3jt": the pay is the rest
        amounts = [a for a in amounts if a not in extras]
    if not amounts:
        if wage:
            m = _REGION_AFTER.match(raw[wage.end() :])
            region = m.group(1).strip(" .") if m else None
            if region and region.lower() in ("yang", "sesuai", "dan", "plus", "nego"):
                region = None
            return Salary(None, None, None, None, "minimum_wage", region=region, evidence=wage.group(0))
        if _NEGOTIABLE.search(raw):
            return Salary(None, None, None, None, "negotiable", evidence=_NEGOTIABLE.search(raw).group(0))  # type: ignore[union-attr]
        if re.search(r"\d", raw) and not _PAY_WORDS.search(raw):
            return Salary(None, None, None, None, "not_salary", evidence=raw[:80])
        phrase = _NOT_PAY_PHRASES.search(raw)
        if phrase and not _PAY_WORDS.search(_NOT_PAY_PHRASES.sub(" ", raw)):
            return Salary(None, None, None, None, "not_salary", evidence=phrase.group(0))
        return Salary(None, None, None, None, "unknown", evidence=raw[:80])
    if all(a.value == 0 for a in amounts) and not _NOT_PAY_CONTEXT.search(raw):
        return Salary(None, None, None, None, "unknown", evidence=raw[:80])  # "Gaji: Rp 0": a placeholder
    first = amounts[0]
    second: _Amount | None = None
    if len(amounts) > 1 and _RANGE.match(
        _PERIOD_BETWEEN.sub(
            "",
            re.sub(
                r"^\s*[,.]-",
                "",
                raw[first.end : amounts[1].start].replace(currency_mark(raw, amounts[1]), ""),
            ),
        )
    ):
        second = amounts[1]
    if (
        second is None
        and len(amounts) == 2
        and _TAKE_HOME.search(raw[first.end : amounts[1].start])
        and not _TAKE_HOME.search(raw[: first.start])
    ):
        second = amounts[1]  # "Gaji pokok 4,2 jt, THP s/d 7 jt": basic pay to take-home pay, one range
    if (
        second is None
        and len(amounts) == 2
        and re.search(r"pertama|probation|percobaan|training|pelatihan|masa\s+awal", raw[first.end :], re.I)
    ):
        second = amounts[1]  # "12 juta/bulan (3 bulan pertama 10 juta)": the pay during and after, one range
    low: float | None = first.value
    high: float | None = second.value if second else first.value
    implied = False
    if second is not None and first.unit is None and second.unit is not None and first.value < 1000:
        low = first.value * second.unit  # "5-7 juta": the unit word applies to both ends
    marked = currency is not None
    currency = currency or default_currency
    # a bare small number in rupiah ("Rp 5 - 7", "gaji 6") is millions
    if (
        currency == "IDR"
        and high is not None
        and high < _MILLIONS_BELOW
        and first.unit is None
        and (second is None or second.unit is None)
    ):
        if not (marked or second is not None or _PAY_WORDS.search(raw) or _period(raw)):
            # a small number with nothing saying it is pay ("Kode loker: MKT-2024-017", "nilai min. 7,5")
            return Salary(None, None, None, None, "not_salary", evidence=raw[:80])
        low = low * 1e6 if low is not None else None
        high = high * 1e6
        implied = True
    before = re.sub(r"(?:rp\.?|idr|usd|us\$|\$|php|₱|s\$|sgd|rm|myr)\s*$", "", raw[: first.start], flags=re.I)
    if second is None and (
        _MIN_ONLY.search(before)
        or re.match(
            r"\+\+|\+(?=\s*$)|\s*(?:ke\s+atas|keatas|and\s+above|or\s+more|lebih\b(?!\s+dari)|up\b(?!\s*to\b))",
            raw[first.end :],
            re.I,
        )
    ):
        high = None
    elif second is None and _MAX_ONLY.search(before):
        low = None
    tail = raw[(second or first).end :]
    extra = _EXTRAS.search(tail)
    stop = (second or first).end + (extra.start() if extra else len(tail))
    period = _period(raw[first.start : stop]) or _period(raw[: first.start]) or "month"
    if (
        currency == "IDR"
        and period == "year"
        and (second or first).word == "m"
        and high is not None
        and high / 12 < 1_000_000
    ):
        # "Rp 2,4 M setahun": under a million rupiah a month is no yearly pay; M is miliar here
        low, high = (low * 1e3 if low is not None else None), high * 1e3
    if low is not None and high is not None and low > high:
        low, high = high, low
    end = (second or first).end
    evidence = raw[max(0, first.start - 4) : min(len(raw), end + 12)].strip()
    return Salary(
        currency,
        low,
        high,
        period,
        "stated",
        region=None,
        idr_month_min=_monthly(low, period) if currency == "IDR" else None,
        idr_month_max=_monthly(high, period) if currency == "IDR" else None,
        evidence=evidence,
        unit_implied=implied,
    )


_NO_FEE = re.compile(r"(?:tanpa|tidak\s+(?:ada|dipungut|dikenakan)|bebas|gratis|free|no)\s*$", re.I)


def _fee_before(before: str) -> str | None:
    """The fee word nearest before an amount when no pay word comes between ("biaya pelatihan Rp 750rb");
    a fee said not to be charged ("tanpa biaya") is none."""
    fees = [f for f in _FEE.finditer(before) if not _NO_FEE.search(before[: f.start()])]
    if not fees:
        return None
    last = fees[-1]
    if _PAY_WORDS.search(before[last.end() :]):
        return None
    return last.group(0)


#: a period written after each end of a range ("$40/hr - $60/hr", "Rp150rb/hari - 200rb/hari"): not a break
_PERIOD_BETWEEN = re.compile(
    r"^\s*(?:/|per\s+)\s*(?:jam|hour|hr|h|hari|day|shift|minggu|week|wk|bulan|bln|month|mo|mth|tahun|thn|year|yr)"
    r"\b\.?",
    re.I,
)


def currency_mark(text: str, amount: _Amount) -> str:
    """The currency mark written just before ``amount`` (so that "Rp 5 - Rp 7" is still a range)."""
    m = re.search(r"(rp\.?|idr|usd|us\$|\$|php|₱|s\$|sgd|rm|myr)\s*$", text[: amount.start], re.I)
    return m.group(0) if m else ""
