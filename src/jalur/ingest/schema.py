"""Tables shared by several build steps. Step-specific tables live in their step module."""

CORE_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

-- one row per public source used by the build (the manifest beside the file repeats this)
CREATE TABLE source (
    id TEXT PRIMARY KEY, title TEXT NOT NULL, publisher TEXT NOT NULL, version TEXT NOT NULL,
    licence TEXT NOT NULL, attribution TEXT NOT NULL, official TEXT NOT NULL
);

-- Weighted many-to-many links between classifications.
-- scheme: 'isco' (ISCO-08 unit group), 'kbji' (KBJI 2014 four-digit), 'onet' (O*NET-SOC 2019),
--         'soc2018', 'soc2010', 'esco' (ESCO occupation URI).
-- weight: the share of from_code assigned to to_code; the weights of one (from_scheme, from_code,
--         to_scheme, source) sum to 1. relation: 'identical' (all of from_code goes to this one target,
--         which may be broader), 'split' (uniform split over n targets), 'weighted' (split in proportion
--         to the forward links), 'partial' (the source marks a partial match), 'nem-aggregate' (a BLS
--         National Employment Matrix aggregate code), 'match' / 'inherited' (Nesta's ESCO-O*NET match).
-- source: registry id, 'jalur' for authored links, 'chain' for links composed across crosswalks.
CREATE TABLE link (
    from_scheme TEXT NOT NULL, from_code TEXT NOT NULL,
    to_scheme TEXT NOT NULL, to_code TEXT NOT NULL,
    weight REAL NOT NULL, relation TEXT NOT NULL, source TEXT NOT NULL, note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (from_scheme, from_code, to_scheme, to_code, source)
);
CREATE INDEX link_to ON link (to_scheme, to_code);

-- Exposure and automation indices at their native codes, and brought to ISCO unit groups.
CREATE TABLE index_meta (
    id TEXT PRIMARY KEY, source TEXT NOT NULL, label_en TEXT NOT NULL, label_id TEXT NOT NULL,
    scheme TEXT NOT NULL, scale TEXT NOT NULL, higher_means TEXT NOT NULL, rule TEXT NOT NULL
);
CREATE TABLE index_value (
    index_id TEXT NOT NULL, scheme TEXT NOT NULL, code TEXT NOT NULL, value REAL NOT NULL,
    PRIMARY KEY (index_id, scheme, code)
);
-- value at an ISCO unit group: the link-weighted mean of native values (rule in index_meta.rule);
-- n_native: native codes that contributed; coverage: share of link weight that had a value;
-- flags: comma-separated data-quality flags.
CREATE TABLE index_isco (
    index_id TEXT NOT NULL, isco TEXT NOT NULL, value REAL NOT NULL, n_native INTEGER NOT NULL,
    coverage REAL NOT NULL, flags TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (index_id, isco)
);
"""
