"""De-duplication clusters of job ads (issue 19): which ads are the same job opening — an exact repeat, the
same text with small edits (near duplicate), one text posted for several cities (multi-location), or the
same ad on two boards under a legal name and a brand (cross-board) — by the rules of
``benchmarks/market_eval/RUBRIC.md`` ("Duplicate ads").

How: every description is cut into character shingles (9 letters or digits in a row, with spaces and
punctuation dropped, so that lines run together by a scraper still match), hashed once and summarised by
one-permutation MinHash (128 bins, deterministic: blake2b-seeded, no randomness). LSH banding (32 bands of 4
bins) keyed by the company proposes candidate pairs, so the work grows with the number of ads, not its
square; a pair is the same opening when the companies are the same after legal forms and the alias table
(or one is hidden), the titles name the same job and the estimated Jaccard of the texts reaches
``threshold``. Ads without a description are grouped by company, the title and nothing else. Clusters are
the connected parts (union-find).

    clusters = cluster_ads(ads)              # every ad in exactly one cluster, in input order
    for ad, n_locations in representatives(ads, clusters): ...
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from jalur.market.ads import Ad

#: MinHash bins (one-permutation hashing), LSH bands and the rows per band (BANDS × ROWS = BINS)
BINS, BANDS, ROWS = 128, 32, 4
#: letters or digits per shingle
SHINGLE = 9
#: texts whose estimated Jaccard reaches this are the same text with small edits (tuned on the dev half)
THRESHOLD = 0.6
#: texts of two ads whose titles differ by a seniority word must be this close (the level is then written in
#: the title only, not in changed requirements)
SENIORITY_THRESHOLD = 0.85
#: titles whose word overlap (shared words / words of the shorter title) reaches this name the same job
TITLE_OVERLAP = 0.8
#: a bucket with more members than this is compared member to its next WINDOW neighbours only (sorted by
#: title), so that boilerplate shared by thousands of ads cannot make the work quadratic
BUCKET_CAP, WINDOW = 64, 8

#: legal forms and filler words stripped from a company name (whole words, anywhere)
LEGAL_FORMS = frozenset(
    [
        "pt",
        "tbk",
        "persero",
        "cv",
        "ud",
        "pd",
        "inc",
        "incorporated",
        "ltd",
        "limited",
        "llc",
        "llp",
        "pte",
        "pty",
        "corp",
        "corporation",
        "co",
        "company",
        "plc",
        "gmbh",
        "sdn",
        "bhd",
        "bv",
        "nv",
        "sa",
        "ag",
        "group",
        "grup",
        "indonesia",
        "the",
        "com",
        "id",
    ]
)
#: company names that hide the employer (counted as missing, never as a different employer)
HIDDEN = frozenset(
    ("", "company confidential", "confidential", "pengiklan anonim", "anonim", "anonymous", "perusahaan",
     "rahasia", "n a", "na", "none", "undisclosed", "private")
)  # fmt: skip
#: words a title may add or drop without naming another job: work mode, contract, stop words
TITLE_NOISE = frozenset(
    [
        "freelance",
        "remote",
        "hybrid",
        "onsite",
        "on",
        "site",
        "wfh",
        "wfo",
        "work",
        "from",
        "home",
        "office",
        "urgent",
        "dibutuhkan",
        "segera",
        "contract",
        "contractual",
        "kontrak",
        "full",
        "time",
        "part",
        "fulltime",
        "parttime",
        "based",
        "relocation",
        "provided",
        "role",
        "position",
        "lowongan",
        "di",
        "in",
        "at",
        "for",
        "and",
        "of",
        "the",
        "dan",
        "untuk",
        "a",
        "an",
    ]
)
#: words of seniority: a title may add one while the text stays the same
SENIORITY = frozenset(["senior", "sr", "junior", "jr", "lead", "staff", "principal", "associate", "head"])


@dataclass(frozen=True, slots=True)
class Cluster:
    """One job opening: the ads (indices into the input, ascending) that are the same opening."""

    id: int
    members: tuple[int, ...]
    #: ``exact``, ``near``, ``multi_location``, ``cross_board`` — all that apply (empty for a single ad)
    kinds: tuple[str, ...]
    #: the distinct vacancy-locations (place, Jakarta's cities as one), in first-seen order
    locations: tuple[str, ...]
    #: the distinct boards (source, else the URL's host), in first-seen order
    boards: tuple[str, ...]


# ------------------------------------------------------------------------------------------ normalising
def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", _ascii(text))


def _strip_legal(text: str) -> str:
    kept = [w for w in _words(text) if w not in LEGAL_FORMS]
    return " ".join(kept)


def load_aliases() -> dict[str, str]:
    """The authored alias table (``data/market/company_aliases.csv``): normalised alias → canonical name;
    every canonical name maps to itself."""
    from jalur.authored import read_csv

    out: dict[str, str] = {}
    for r in read_csv("market/company_aliases.csv"):
        alias, canon = _strip_legal(r["alias"]), _strip_legal(r["canonical"])
        if alias and canon:
            out[alias] = canon
            out.setdefault(canon, canon)
    return out


def company_keys(name: str, aliases: Mapping[str, str]) -> tuple[str, ...]:
    """The keys an employer is known by: its name with legal forms stripped, and each name in brackets or
    after a dash ("PT Aplikasi Karya Anak Bangsa (GO-JEK Indonesia)" → ``goto`` through the alias table),
    each mapped through ``aliases``; the first is the canonical one. Empty for a hidden employer."""
    if _strip_legal(name) in HIDDEN or " ".join(_words(name)) in HIDDEN:
        return ()
    parts = [re.sub(r"\([^)]*\)?", " ", name), *re.findall(r"\(([^)]*)\)?", name)]
    pieces: list[str] = []
    for p in parts:
        pieces.append(p)
        if " - " in p:
            pieces.extend(p.split(" - "))
    keys: list[str] = []
    for p in pieces:
        k = _strip_legal(p)
        if len(k) >= 3 and k not in HIDDEN:
            keys.append(k)
    known = [aliases[k] for k in keys if k in aliases]
    out: list[str] = []
    for k in known + [aliases.get(k, k) for k in keys]:
        if k not in out:
            out.append(k)
    return tuple(out)


def title_words(title: str, drop: Iterable[str] = ()) -> frozenset[str]:
    """The words of a title that name the job: lower-cased, without work-mode and stop words and without
    ``drop`` (the words of the ad's own location and company)."""
    skip = TITLE_NOISE | frozenset(drop)
    return frozenset(w for w in _words(title) if w not in skip)


def titles_match(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two titles (``title_words``) name the same job: the same words, or the shorter one's words nearly all
    in the longer (a seniority word or a brand prefix added)."""
    if a == b:
        return True
    if not a or not b:
        return False
    shared = len(a & b)
    core_a, core_b = a - SENIORITY, b - SENIORITY
    if core_a and core_a == core_b:
        return True
    return shared / min(len(a), len(b)) >= TITLE_OVERLAP and len(a ^ b - SENIORITY) <= 2


def text_of(description: str) -> str:
    """A description reduced to its letters and digits, lower-cased (what the shingles are cut from)."""
    return "".join(_words(description))


def location_key(location: str, cache: dict[str, str] | None = None) -> str:
    """A vacancy-location: the place of ``location`` by the gazetteer (Jakarta's cities as one), else the
    location's words; empty when none is written."""
    if cache is not None and location in cache:
        return cache[location]
    from jalur.market.places import place_of

    key = ""
    if location.strip():
        p = place_of(location)
        if p.province_code == "31":
            key = "DKI Jakarta"
        elif p.place:
            key = p.place
        else:
            key = " ".join(
                w for w in _words(location) if w not in ("remote", "hybrid", "onsite", "on", "site")
            )
    if cache is not None:
        cache[location] = key
    return key


def board_of(ad: Ad) -> str:
    """The board an ad was read from: its ``source`` (``N/A`` is none), else the core of its URL's host
    (``jobstreet``, ``linkedin``, ``vidio`` for careers.vidio.com), else empty."""
    source = ad.source.strip().casefold()
    if source and source not in ("n/a", "na", "none", "-", "null"):
        return source
    m = re.match(r"[a-z]+://([^/]+)", ad.url.strip().casefold())
    if not m:
        return ""
    host = [h for h in m.group(1).split(".") if h not in ("www", "id", "co", "com", "careers", "jobs", "m")]
    return host[0] if host else m.group(1)


# ---------------------------------------------------------------------------------------------- MinHash
_MASK = (1 << 64) - 1


def _mix(h: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint64]:
    """splitmix64's finaliser over an array (wrapping uint64 arithmetic)."""
    import numpy as np

    h = h ^ (h >> np.uint64(30))
    h = h * np.uint64(0xBF58476D1CE4E5B9)
    h = h ^ (h >> np.uint64(27))
    h = h * np.uint64(0x94D049BB133111EB)
    return h ^ (h >> np.uint64(31))


def signatures(
    descriptions: Sequence[str], batch: int = 512
) -> tuple[npt.NDArray[np.uint32], npt.NDArray[np.bool_]]:
    """One-permutation MinHash signatures (``len(descriptions)`` × ``BINS``, 32 bits a bin) of the texts
    (reduced by ``text_of``, one batch at a time so that only the signatures stay in memory), and which texts
    are long enough to compare (two shingles or more). Shingles of ``SHINGLE`` characters are hashed by a
    polynomial over the bytes and splitmix64; a bin keeps its minimum; empty bins take the next filled bin's
    value to the right (rotation densification). A text too short to compare gets all-ones."""
    import numpy as np

    full64 = np.uint64(_MASK)
    out = np.full((len(descriptions), BINS), np.uint32(0xFFFFFFFF), dtype=np.uint32)
    has = np.zeros(len(descriptions), dtype=bool)
    shift = np.uint64(64 - 7)  # BINS = 2**7
    low = np.uint64((1 << 57) - 1)
    seed = np.uint64(int.from_bytes(hashlib.blake2b(b"jalur-dedupe", digest_size=8).digest(), "little"))
    powers = [np.uint64(pow(1_000_003, SHINGLE - 1 - j, 1 << 64)) for j in range(SHINGLE)]
    for start in range(0, len(descriptions), batch):
        raw = [text_of(d).encode("utf-8") for d in descriptions[start : start + batch]]
        ok = np.array([len(r) >= 2 * SHINGLE for r in raw], dtype=bool)
        has[start : start + len(raw)] = ok
        if not ok.any():
            continue
        lens = np.array([len(r) - SHINGLE + 1 if k else 0 for r, k in zip(raw, ok, strict=True)])
        buf = np.frombuffer(b"".join(r for r, k in zip(raw, ok, strict=True) if k), dtype=np.uint8)
        sizes = np.array([len(r) if k else 0 for r, k in zip(raw, ok, strict=True)])
        offsets = np.cumsum(sizes) - sizes
        total = int(lens.sum())
        owner = np.repeat(np.arange(len(raw)), lens)
        pos = np.arange(total) - np.repeat(np.cumsum(lens) - lens, lens) + np.repeat(offsets, lens)
        h = np.zeros(total, dtype=np.uint64)
        for j in range(SHINGLE):
            h += buf[pos + j].astype(np.uint64) * powers[j]
        del pos
        h = _mix(h ^ seed)
        cell = owner.astype(np.int64) * BINS + (h >> shift).astype(np.int64)
        flat = np.full(len(raw) * BINS, full64, dtype=np.uint64)
        np.minimum.at(flat, cell, h & low)
        sig = flat.reshape(len(raw), BINS)
        # densify: an empty bin takes the next filled bin's value (circularly), mixed with the distance
        empty = sig == full64
        for r in np.flatnonzero(empty.any(axis=1) & ok).tolist():
            filled = np.flatnonzero(~empty[r])
            idx = np.arange(BINS)
            src = filled[np.searchsorted(filled, idx) % len(filled)]
            holes = empty[r]
            sig[r, holes] = _mix(sig[r, src[holes]] + ((src - idx) % BINS)[holes].astype(np.uint64)) & low
        sig[~ok] = full64
        out[start : start + len(raw)] = (sig & np.uint64(0xFFFFFFFF)).astype(np.uint32)
    return out, has


def jaccard(sig_a: npt.NDArray[np.uint32], sig_b: npt.NDArray[np.uint32]) -> npt.NDArray[np.float64]:
    """Estimated Jaccard of the texts behind rows of two signature arrays (the share of equal bins)."""
    import numpy as np

    return np.asarray((sig_a == sig_b).mean(axis=-1), dtype=np.float64)


# ------------------------------------------------------------------------------------------- clustering
class _Union:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        p = self.parent
        while p[x] != x:
            p[x] = p[p[x]]
            x = p[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _stable_hash(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "little") >> 1


def candidate_pairs(
    sig: npt.NDArray[np.uint32], keys: Sequence[Sequence[str]], order: Sequence[int], has_text: Sequence[bool]
) -> npt.NDArray[np.int64]:
    """Pairs (i < j) of ads with text that share a band of their signature and a company key (or one of
    them has none) — the LSH candidates, as an array of shape (m, 2), each pair once. ``order`` ranks ads
    for the sorted-neighbourhood fallback in oversized buckets."""
    import numpy as np

    n = len(keys)
    idx_text = np.flatnonzero(np.asarray(has_text, dtype=bool))
    if len(idx_text) < 2:
        return np.zeros((0, 2), dtype=np.int64)
    # one entry per (ad, company key); a hidden employer gets the key "" and meets every ad of its band
    ent_ad: list[int] = []
    ent_key: list[int] = []
    hidden: list[int] = []
    for i in idx_text.tolist():
        ks = keys[i]
        if not ks:
            hidden.append(i)
            ent_ad.append(i)
            ent_key.append(0)
        for k in ks:
            ent_ad.append(i)
            ent_key.append(_stable_hash(k))
    ad_arr = np.array(ent_ad, dtype=np.int64)
    key_arr = np.array(ent_key, dtype=np.uint64)
    rank = np.asarray(order, dtype=np.int64)
    found: list[npt.NDArray[np.int64]] = []
    hidden_arr = np.array(hidden, dtype=np.int64)
    for band in range(BANDS):
        part = sig[:, band * ROWS : (band + 1) * ROWS].astype(np.uint64)
        bh = _mix(part[:, 0] ^ _mix(part[:, 1] ^ _mix(part[:, 2] ^ _mix(part[:, 3] + np.uint64(band)))))
        bucket = _mix(bh[ad_arr] ^ key_arr)
        found.append(_pairs_in_buckets(bucket, ad_arr, rank))
        if len(hidden_arr):
            # hidden employers: every ad with text sharing this band's value
            bh_text = bh[idx_text]
            hb = bh[hidden_arr]
            hit = np.isin(bh_text, hb)
            if hit.any():
                both = np.concatenate((hidden_arr, idx_text[hit]))
                found.append(_pairs_in_buckets(bh[both], both, rank, only=set(hidden_arr.tolist())))
    if not found:
        return np.zeros((0, 2), dtype=np.int64)
    every = np.asarray(np.concatenate(found), dtype=np.int64)
    pairs: npt.NDArray[np.int64] = every[every[:, 0] != every[:, 1]]
    pairs.sort(axis=1)
    if not len(pairs):
        return pairs
    code = np.unique(pairs[:, 0] * n + pairs[:, 1])
    out: npt.NDArray[np.int64] = np.stack((code // n, code % n), axis=1).astype(np.int64)
    return out


def _pairs_in_buckets(
    bucket: npt.NDArray[np.uint64],
    ad: npt.NDArray[np.int64],
    rank: npt.NDArray[np.int64],
    only: set[int] | None = None,
) -> npt.NDArray[np.int64]:
    """Pairs of entries sharing a bucket: all pairs in a small bucket, each member with its next WINDOW
    members (by ``rank``) in a big one; with ``only``, pairs with at least one member in it."""
    import numpy as np

    ordr = np.lexsort((rank[ad], bucket))
    b, a = bucket[ordr], ad[ordr]
    starts = np.flatnonzero(np.concatenate(([True], b[1:] != b[:-1])))
    sizes = np.diff(np.concatenate((starts, [len(b)])))
    out: list[npt.NDArray[np.int64]] = []
    # pairs at distance d inside a bucket: for every d up to min(size - 1, cap), vectorised
    big = int(sizes.max()) if len(sizes) else 0
    limit = min(big - 1, max(BUCKET_CAP, WINDOW))
    bucket_end = np.repeat(starts + sizes, sizes)
    bucket_size = np.repeat(sizes, sizes)
    pos = np.arange(len(b))
    for d in range(1, limit + 1):
        ok = (pos + d < bucket_end) & ((bucket_size <= BUCKET_CAP) | (d <= WINDOW))
        i = pos[ok]
        if not len(i):
            break
        out.append(np.stack((a[i], a[i + d]), axis=1))
    if not out:
        return np.zeros((0, 2), dtype=np.int64)
    pairs = np.concatenate(out)
    if only is not None:
        keep = np.array([x in only or y in only for x, y in pairs.tolist()], dtype=bool)
        pairs = pairs[keep]
    return pairs


def cluster_ads(
    ads: Sequence[Ad],
    aliases: Mapping[str, str] | None = None,
    threshold: float = THRESHOLD,
) -> list[Cluster]:
    """The de-duplication clusters of ``ads``: every ad in exactly one cluster (a single ad is a cluster of
    one), clusters in the order of their first member, ``Cluster.id`` their position. ``aliases``: the
    company alias table (``load_aliases()`` when None)."""
    from jalur.market.ads import exact_key

    if aliases is None:
        aliases = load_aliases()
    n = len(ads)
    if not n:
        return []
    company_cache: dict[str, tuple[str, ...]] = {}
    keys: list[tuple[str, ...]] = []
    for ad in ads:
        if ad.company not in company_cache:
            company_cache[ad.company] = company_keys(ad.company, aliases)
        keys.append(company_cache[ad.company])
    title_cache: dict[tuple[str, str, str], frozenset[str]] = {}
    titles: list[frozenset[str]] = []
    for ad, ks in zip(ads, keys, strict=True):
        ck = (ad.title, ad.location, ad.company)
        if ck not in title_cache:
            drop = set(_words(ad.location)) | {w for k in ks for w in k.split()}
            title_cache[ck] = title_words(ad.title, drop) or title_words(ad.title)
        titles.append(title_cache[ck])
    sig, has = signatures([ad.description for ad in ads])
    has_text = has.tolist()
    uf = _Union(n)

    # 1. ads without text: same company key (or both hidden) and the same title words; each joins the
    #    first ad with text of its group (never bridging two ads with different texts)
    groups: dict[tuple[str, frozenset[str]], list[int]] = {}
    for i in range(n):
        for k in keys[i] or ("",):
            groups.setdefault((k, titles[i]), []).append(i)
    for members in groups.values():
        if len(members) < 2:
            continue
        with_text = [i for i in members if has_text[i]]
        anchor = with_text[0] if with_text else members[0]
        for i in members:
            if not has_text[i]:
                uf.union(anchor, i)

    # 2. ads with text: LSH candidates, checked on company, title and estimated Jaccard
    if sum(has_text) >= 2:
        title_ids: dict[frozenset[str], int] = {}
        tid = [title_ids.setdefault(t, len(title_ids)) for t in titles]
        order = sorted(range(n), key=lambda i: (tid[i], i))
        rank = [0] * n
        for r, i in enumerate(order):
            rank[i] = r
        pairs = candidate_pairs(sig, keys, rank, has_text)
        if len(pairs):
            for lo in range(0, len(pairs), 1 << 18):
                part = pairs[lo : lo + (1 << 18)]
                est = jaccard(sig[part[:, 0]], sig[part[:, 1]])
                same_title: dict[tuple[int, int], bool | None] = {}
                for (a, b), j in zip(part.tolist(), est.tolist(), strict=True):
                    if j < threshold:
                        continue
                    ka, kb = keys[a], keys[b]
                    if ka and kb and not set(ka) & set(kb):
                        continue
                    t = (tid[a], tid[b])
                    if t not in same_title:
                        same_title[t] = titles_match(titles[a], titles[b])
                        if same_title[t] and (titles[a] ^ titles[b]) & SENIORITY:
                            same_title[t] = None
                    ok = same_title[t]
                    if ok or (ok is None and j >= max(threshold, SENIORITY_THRESHOLD)):
                        uf.union(a, b)
    # 3. clusters and their kinds
    roots: dict[int, list[int]] = {}
    for i in range(n):
        roots.setdefault(uf.find(i), []).append(i)
    loc_cache: dict[str, str] = {}
    out: list[Cluster] = []
    for members in sorted(roots.values(), key=lambda m: m[0]):
        locs: list[str] = []
        boards: list[str] = []
        for i in members:
            loc = location_key(ads[i].location, loc_cache)
            if loc and loc not in locs:
                locs.append(loc)
            board = board_of(ads[i])
            if board and board not in boards:
                boards.append(board)
        kinds: list[str] = []
        if len(members) > 1:
            exact = {exact_key(ads[i]) for i in members}
            if len(exact) < len(members):
                kinds.append("exact")
            if len(exact) > 1:
                kinds.append("near")
            if len(locs) > 1:
                kinds.append("multi_location")
            if len(boards) > 1:
                kinds.append("cross_board")
        out.append(Cluster(len(out), tuple(members), tuple(kinds), tuple(locs), tuple(boards)))
    return out


def cluster_of(clusters: Sequence[Cluster], n: int) -> list[int]:
    """The cluster id of each of ``n`` ads, in input order."""
    out = [-1] * n
    for c in clusters:
        for i in c.members:
            out[i] = c.id
    return out


def representatives(ads: Sequence[Ad], clusters: Sequence[Cluster]) -> list[tuple[Ad, int]]:
    """One ad per cluster — its first member, the one with the longest description when the first has none —
    with the cluster's number of vacancy-locations (at least 1), in cluster order."""
    out: list[tuple[Ad, int]] = []
    for c in clusters:
        best = c.members[0]
        if not ads[best].description.strip():
            best = max(c.members, key=lambda i: (len(ads[i].description), -i))
        out.append((ads[best], max(1, len(c.locations))))
    return out


def dedupe(ads: Sequence[Ad], aliases: Mapping[str, str] | None = None) -> tuple[list[Ad], list[int], int]:
    """The representative ads (one per cluster, in cluster order), the vacancy-location count of each, and
    how many ads were folded into another — the drop-in for ``dedupe_exact``."""
    clusters = cluster_ads(ads, aliases)
    reps = representatives(ads, clusters)
    return [a for a, _ in reps], [k for _, k in reps], len(ads) - len(reps)
