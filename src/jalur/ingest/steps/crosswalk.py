"""Build step 'crosswalk': weighted links O*NET-SOC 2019 -> SOC 2018 -> SOC 2010 -> ISCO-08, and their chain.

Direct links keep each source separately (``link.source`` = registry id). Within one source, a code's
weight is split uniformly over its targets. The composed links (``source = 'chain'``) bring every O*NET,
SOC 2018 and SOC 2010 code to ISCO-08 unit groups: the weight of a unit group is the product of the
weights along each path, summed over paths and renormalised to 1. At each hop the primary source is used
where it has links for the code, the fallback only where it has none:

    onet -> soc2018   O*NET 2019_to_SOC_Crosswalk ('o*net-2019'), fallback BLS NEM crosswalk ('bls-nem')
    soc2018 -> soc2010  SOC 2010->2018 crosswalk reversed ('census-2018'); for an O*NET occupation
                      narrowed to the SOC 2010 codes of its O*NET 2010 predecessors where those are a
                      strict subset (O*NET 2010_to_2019 crosswalk; 13 occupations)
    soc2010 -> isco   BLS ISCO-08 <-> SOC 2010 ('bls-isco'), fallback IBS soc10_isco08 ('ibs')

The reverse chain ``isco -> onet`` lists, for each unit group, the O*NET occupations whose chain reaches
it, weighted by the share of each occupation that its forward chain assigns to the group. The BLS file names two ISCO minor groups (211, 315) instead of unit groups; their
weight is split uniformly over the minor group's unit groups (noted in ``link.note``).
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, NamedTuple

from jalur.ingest.build import BuildContext
from jalur.ingest.sources import crosswalks as cw
from jalur.ingest.sources.crosswalks import CodePair
from jalur.ingest.sources.tables import require

log = logging.getLogger(__name__)

SOURCES: tuple[str, ...] = (cw.ONET_TAXONOMY, cw.BLS_NEM, cw.SOC_2018, cw.BLS_ISCO, cw.IBS_ISCO)

SCHEMA = """
-- SOC titles: soc2018 at every level with BLS definitions; soc2010 detailed codes (no definitions).
-- level 'major' | 'minor' | 'broad' | 'detailed'
CREATE TABLE soc_occupation (
    scheme TEXT NOT NULL, code TEXT NOT NULL, level TEXT NOT NULL, title TEXT NOT NULL, definition TEXT,
    PRIMARY KEY (scheme, code)
);
"""

CHAIN = "chain"
#: short names of the sources in ``link.note`` of chain links
LABEL = {
    cw.ONET_TAXONOMY: "o*net-2019",
    cw.BLS_NEM: "bls-nem",
    cw.SOC_2018: "census-2018",
    cw.BLS_ISCO: "bls-isco",
    cw.IBS_ISCO: "ibs",
}
#: the 90% floor of ISCO unit groups reached from O*NET (a warning below it)
ISCO_COVERAGE_FLOOR = 0.90


class Link(NamedTuple):
    from_scheme: str
    from_code: str
    to_scheme: str
    to_code: str
    weight: float
    relation: str
    source: str
    note: str


#: one hop of a chain: from_code -> (source id, [(to_code, weight)])
Hop = Mapping[str, tuple[str, list[tuple[str, float]]]]


def uniform_links(
    pairs: Iterable[CodePair],
    schemes: tuple[str, str],
    source: str,
    relation: Callable[[CodePair, int], str] | None = None,
) -> list[Link]:
    """Links splitting each from_code uniformly over its distinct targets.

    ``relation(pair, n)`` names the relation; by default 'identical' for a single target, else 'split'.
    """
    by_from: dict[str, dict[str, CodePair]] = defaultdict(dict)
    for p in pairs:
        by_from[p.from_code].setdefault(p.to_code, p)
    out: list[Link] = []
    for code, targets in by_from.items():
        n = len(targets)
        for p in targets.values():
            rel = relation(p, n) if relation else ("identical" if n == 1 else "split")
            out.append(Link(schemes[0], code, schemes[1], p.to_code, 1 / n, rel, source, ""))
    return out


def expand_minor_groups(links: Iterable[Link], unit_groups: set[str]) -> list[Link]:
    """Replace a link to a three-digit ISCO minor group by uniform links to its unit groups."""
    out: list[Link] = []
    for link in links:
        if len(link.to_code) == 4:
            out.append(link)
            continue
        units = sorted(u for u in unit_groups if u.startswith(link.to_code))
        if not units:
            log.warning("ISCO code %s of %s has no unit groups; link dropped", link.to_code, link.from_code)
            continue
        note = f"source names ISCO minor group {link.to_code}; split uniformly over its unit groups"
        out.extend(
            link._replace(to_code=u, weight=link.weight / len(units), relation="split", note=note)
            for u in units
        )
    return out


def prefer(primary: Iterable[Link], fallback: Iterable[Link] = ()) -> Hop:
    """A hop using the primary links of a code, and the fallback links only for codes the primary lacks."""
    hop: dict[str, tuple[str, list[tuple[str, float]]]] = {}
    for links in (primary, fallback):
        current: dict[str, tuple[str, list[tuple[str, float]]]] = {}
        for link in links:
            current.setdefault(link.from_code, (link.source, []))[1].append((link.to_code, link.weight))
        for code, value in current.items():
            hop.setdefault(code, value)
    return hop


class Chained(NamedTuple):
    weights: dict[str, float]  # target code -> weight, summing to 1
    sources: list[list[str]]  # per hop, the sources used (sorted)
    lost: float  # share of the weight that reached no target before renormalising
    narrowed: bool  # True when a hop's targets were narrowed to the ``only`` codes


def compose(code: str, hops: Sequence[Hop], only: Mapping[int, set[str]] | None = None) -> Chained | None:
    """Follow ``code`` through ``hops``: weight products summed over paths, renormalised; None if no path.

    ``only[i]`` narrows the targets of hop ``i`` to those codes (keeping the hop's total weight) when
    some, but not all, of the targets are among them.
    """
    frontier = {code: 1.0}
    used: list[list[str]] = []
    narrowed = False
    for i, hop in enumerate(hops):
        nxt: dict[str, float] = defaultdict(float)
        sources = set()
        for c, w in frontier.items():
            if c in hop:
                source, targets = hop[c]
                sources.add(source)
                for t, tw in targets:
                    nxt[t] += w * tw
        keep = set(nxt) & (only or {}).get(i, set())
        if keep and keep != set(nxt):
            mass, kept = sum(nxt.values()), sum(nxt[t] for t in keep)
            nxt = defaultdict(float, {t: nxt[t] * mass / kept for t in nxt if t in keep})
            narrowed = True
        frontier = nxt
        used.append(sorted(sources))
    total = sum(frontier.values())
    if total <= 0:
        return None
    return Chained({t: w / total for t, w in frontier.items()}, used, 1 - total, narrowed)


def chain_note(path: str, chained: Chained) -> str:
    """``onet>soc2018>soc2010>isco via o*net-2019, census-2018, bls-isco`` plus fallback and loss remarks."""
    hops = ["+".join(LABEL[s] for s in sources) or "-" for sources in chained.sources]
    note = f"{path} via {', '.join(hops)}"
    if any(cw.IBS_ISCO in s for s in chained.sources):
        note += "; ibs used where bls-isco has no link"
    if chained.narrowed:
        note += "; soc2010 codes narrowed to those of the o*net 2010-2019 crosswalk"
    if chained.lost > 1e-9:
        note += f"; {chained.lost:.0%} of the weight reached no ISCO group (renormalised)"
    return note


def chain_links(
    scheme: str,
    codes: Iterable[str],
    hops: Sequence[Hop],
    path: str,
    only: Mapping[str, Mapping[int, set[str]]] | None = None,
) -> list[Link]:
    """Composed links ``scheme -> isco`` (source 'chain') for every code that reaches ISCO.

    ``only[code]`` narrows the hops of that code (see :func:`compose`).
    """
    out: list[Link] = []
    for code in sorted(set(codes)):
        chained = compose(code, hops, (only or {}).get(code))
        if chained is None:
            continue
        note = chain_note(path, chained)
        relation = "identical" if len(chained.weights) == 1 else "split"
        out.extend(
            Link(scheme, code, "isco", t, w, relation, CHAIN, note) for t, w in chained.weights.items()
        )
    return out


def reverse_weighted(links: Iterable[Link], note: str) -> list[Link]:
    """Links ``to -> from``: each target spread over the codes that link to it, in proportion to the share
    of each code that the forward link assigns to the target (renormalised to sum to 1). An O*NET
    occupation split over many ISCO groups thus counts little in each of them."""
    by_to: dict[str, dict[str, float]] = defaultdict(dict)
    scheme = ("", "")
    for link in links:
        by_to[link.to_code][link.from_code] = by_to[link.to_code].get(link.from_code, 0.0) + link.weight
        scheme = (link.to_scheme, link.from_scheme)
    out: list[Link] = []
    for to_code, froms in by_to.items():
        total = sum(froms.values())
        relation = "identical" if len(froms) == 1 else "weighted"
        out.extend(
            Link(scheme[0], to_code, scheme[1], f, froms[f] / total, relation, CHAIN, note)
            for f in sorted(froms)
        )
    return out


def _isco_unit_groups(ctx: BuildContext, crosswalk_codes: set[str]) -> tuple[set[str], str]:
    """ISCO-08 unit groups from the taxonomy step's ``isco_group`` table, else those the BLS file names."""
    exists = ctx.conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'isco_group'"
    ).fetchone()
    if exists:
        units = {str(r[0]) for r in ctx.conn.execute("SELECT code FROM isco_group WHERE level = 4")}
        if units:
            return units, "isco_group"
    return {c for c in crosswalk_codes if len(c) == 4}, "bls-isco file (no isco_group table)"


def _column(ctx: BuildContext, table: str, column: str) -> set[str]:
    """Distinct values of a column of an earlier step's table (empty when that step has not run)."""
    exists = ctx.conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
    ).fetchone()
    return (
        {str(r[0]) for r in ctx.conn.execute(f"SELECT DISTINCT {column} FROM {table}")} if exists else set()
    )


def load(ctx: BuildContext) -> None:
    taxonomy, soc = ctx.files(cw.ONET_TAXONOMY), ctx.files(cw.SOC_2018)
    onet_soc = cw.read_onet_to_soc2018(taxonomy.path("2019_to_SOC_Crosswalk.xlsx"))
    onet2010 = cw.read_onet2010_to_onet2019(taxonomy.path("2010_to_2019_Crosswalk.xlsx"))
    nem = cw.read_nem_crosswalk(ctx.files(cw.BLS_NEM).path("nem-onet-to-soc-crosswalk.xlsx"))
    soc_path = soc.path("crosswalk_soc2010_to_soc2018.csv")
    soc10_18 = cw.read_soc2010_to_soc2018(soc_path)
    definitions = cw.read_soc2018_definitions(soc.path("soc_2018_definitions (1).xlsx"))
    bls = cw.read_bls_soc2010_to_isco(ctx.files(cw.BLS_ISCO).path("ISCO_SOC_Crosswalk.xls"))
    ibs = cw.read_ibs_soc2010_to_isco(ctx.files(cw.IBS_ISCO).path("soc10_isco08.rda"))

    detailed = {d.code for d in definitions if d.level == "detailed"}
    unknown = ({p.to_code for p in onet_soc} | {p.to_code for p in soc10_18}) - detailed
    require(not unknown, soc_path, cw.SOC_2018, f"SOC 2018 codes without a definition: {sorted(unknown)[:5]}")
    units, units_from = _isco_unit_groups(ctx, {p.to_code for p in bls} | {p.to_code for p in ibs})

    direct = {
        "onet>soc2018 o*net": uniform_links(onet_soc, ("onet", "soc2018"), cw.ONET_TAXONOMY),
        "onet>soc2018 nem": uniform_links(
            nem,
            ("onet", "soc2018"),
            cw.BLS_NEM,
            lambda p, n: ("identical" if n == 1 else "split") if p.to_code in detailed else "nem-aggregate",
        ),
        "soc2018>soc2010": uniform_links(
            (p._replace(from_code=p.to_code, to_code=p.from_code) for p in soc10_18),
            ("soc2018", "soc2010"),
            cw.SOC_2018,
        ),
        "soc2010>isco bls": expand_minor_groups(
            uniform_links(
                bls,
                ("soc2010", "isco"),
                cw.BLS_ISCO,
                lambda p, n: "partial" if p.qualifier == "*" else "identical" if n == 1 else "split",
            ),
            units,
        ),
        "soc2010>isco ibs": expand_minor_groups(uniform_links(ibs, ("soc2010", "isco"), cw.IBS_ISCO), units),
    }
    hop_onet = prefer(direct["onet>soc2018 o*net"], direct["onet>soc2018 nem"])
    hop_soc18 = prefer(direct["soc2018>soc2010"])
    hop_soc10 = prefer(direct["soc2010>isco bls"], direct["soc2010>isco ibs"])

    # an O*NET occupation goes only to the SOC 2010 codes O*NET itself traces it to, where that is narrower
    narrow: dict[str, dict[int, set[str]]] = defaultdict(lambda: {1: set()})
    for p in onet2010:
        narrow[p.to_code][1].add(p.from_code[:7])
    onet_codes = _column(ctx, "onet_occupation", "code") | set(hop_onet)
    soc18_codes = set(hop_soc18) | {t for _, ts in hop_onet.values() for t, _ in ts if t in detailed}
    soc10_codes = set(hop_soc10) | {t for _, ts in hop_soc18.values() for t, _ in ts}
    chains = {
        "onet": chain_links(
            "onet", onet_codes, [hop_onet, hop_soc18, hop_soc10], "onet>soc2018>soc2010>isco", narrow
        ),
        "soc2018": chain_links("soc2018", soc18_codes, [hop_soc18, hop_soc10], "soc2018>soc2010>isco"),
        "soc2010": chain_links("soc2010", soc10_codes, [hop_soc10], "soc2010>isco"),
    }
    chains["isco>onet"] = reverse_weighted(
        chains["onet"], "isco>onet: O*NET occupations reaching this unit group, weighted by their share in it"
    )

    links = [link for group in (*direct.values(), *chains.values()) for link in group]
    ctx.insert("link", Link._fields, links)

    soc10_titles: dict[str, str] = {}
    for p in (*bls, *soc10_18, *ibs):
        if p.from_title:
            soc10_titles.setdefault(p.from_code, p.from_title)
    soc_rows = [("soc2018", d.code, d.level, d.title, d.definition) for d in definitions] + [
        ("soc2010", c, "detailed", soc10_titles.get(c, ""), None) for c in sorted(soc10_codes)
    ]
    n_soc = ctx.insert("soc_occupation", ["scheme", "code", "level", "title", "definition"], soc_rows)

    with_tasks = _column(ctx, "onet_task", "onet_code")
    stats = coverage(chains, {"onet": onet_codes, "soc2018": soc18_codes, "soc2010": soc10_codes}, units)
    ctx.stats["crosswalk"] = {
        **stats,
        "isco_unit_groups_from": units_from,
        "links": dict(sorted(Counter(f"{k.from_scheme}>{k.to_scheme} {k.source}" for k in links).items())),
        "soc_occupation_rows": n_soc,
        "bls_minor_group_rows": sorted(f"{p.from_code}>{p.to_code}" for p in bls if len(p.to_code) != 4),
        "isco_unit_groups_reached_from_onet_with_tasks": len(
            units & {k.to_code for k in chains["onet"] if k.from_code in with_tasks}
        ),
        "onet_narrowed_by_onet_2010": len({k.from_code for k in chains["onet"] if "narrowed" in k.note}),
        "nem_aggregate_links": sum(k.relation == "nem-aggregate" for k in direct["onet>soc2018 nem"]),
    }
    log.info("crosswalk: %s", ctx.stats["crosswalk"])


def coverage(
    chains: Mapping[str, list[Link]], codes: Mapping[str, set[str]], units: set[str]
) -> dict[str, Any]:
    """Coverage of the chain links: share of codes per scheme with an ISCO link, ISCO groups reached."""
    reached = {link.to_code for link in chains["onet"]}
    share = len(reached & units) / max(len(units), 1)
    if share < ISCO_COVERAGE_FLOOR:
        log.warning("only %.1f%% of ISCO unit groups are linked to an O*NET occupation", 100 * share)
    return {
        "codes": {scheme: len(c) for scheme, c in codes.items()},
        "share_with_isco_link": {
            scheme: round(len({k.from_code for k in chains[scheme]}) / max(len(c), 1), 4)
            for scheme, c in codes.items()
        },
        "isco_unit_groups": len(units),
        "isco_unit_groups_reached_from_onet": len(reached & units),
        "isco_unit_groups_reached_from_onet_share": round(share, 4),
        "isco_unit_groups_not_reached_from_onet": sorted(units - reached),
        "isco_targets_not_unit_groups": sorted(reached - units),
        "soc2010_via_ibs_fallback": sorted({k.from_code for k in chains["soc2010"] if "ibs used" in k.note}),
    }
