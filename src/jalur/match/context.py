"""Coding a text with what the caller also knows about the job: its industry, its product, its employer.

A survey form or a roster row often carries more than the job's name: the industry (a KBLI 2020 code, or
words: "bank", "rumah sakit"), what is made, sold or grown ("kopi", "sawit"), the employer ("Bank BRI",
"bengkel"). The job text keeps the first word; the context only settles what it leaves open:

1. the text alone is coded; a text that names no occupation, a typed code or no words at all is answered
   as it is, whatever the context (a context never names an occupation by itself: "KARYAWAN" at a bank
   stays an abstention) — except a labourer's word alone ("buruh", "pekerja"), which the context's words
   may place when the text with them is answered surely ("buruh" on an oil-palm plantation -> 9211,
   the labelling rule's "buruh + activity");
2. the text is coded again with the context's words after it ("kasir" + "Bank BRI" -> "kasir Bank BRI",
   "guru" + "SD negeri" -> "guru SD negeri"); that answer is taken when it answers and differs from the
   answer alone, or when the text alone abstained. When it abstains and its first candidate differs from
   the answer alone (or the text alone abstained too), its candidates are the ones offered, as an
   abstention: an answer the context does not put first is no longer sure;
3. the industry's KBLI divisions (from the codes given, or from the words of the three fields: "bank" ->
   64) are read and returned with the answer, for the journeys that use them (moves within the worker's
   industry first). They do not reweigh the candidates: a prior that counted a group characteristic of
   the industry twice and one of other industries half was tried on the context set and lost two right
   answers for none gained (docs/benchmarks.md#coding), so it is not applied.
4. a department ("Finance & Accounting", "IT", "SDM" — a job board's category, an HR system's
   department) is read as a job function (``jalur.taxonomy.functions``) and settles a title the coder
   is unsure of: the candidates outside the function's groups are ruled out (confidence 0) and the rest
   share the confidence, answered when the first then reaches the coder's threshold — only when the
   function's candidates held at least ``DEPARTMENT_MASS`` of it ("Tax Staff" in finance: accountants
   0.61 against tax inspectors 0.38 becomes accountants alone). A sure answer is never changed by it;
   its words are never added to the text.

``benchmarks/coding.py`` reports the context set (``benchmarks/coding/context_answers.csv``) coded alone
and with its context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from jalur.errors import JalurError
from jalur.match.nonoccupation import GENERIC
from jalur.taxonomy.functions import JobFunction, job_function
from jalur.taxonomy.industry import industries_in_text, kbli_divisions

if TYPE_CHECKING:
    from jalur.match.matcher import Matcher, MatchResult

#: each context field, at most this many characters
MAX_CONTEXT = 200
#: words that say someone labours without saying at what ("buruh", "pekerja"): alone they name no
#: occupation, with what is produced or where they work they do (buruh + sawit plantation -> 9211)
LABOUR_WORDS = frozenset({"buruh", "pekerja", "kuli", "kuli-kuli", "kenek", "helper", "laden"})
#: what a context may say about a job, as the faces and tables name it
FIELDS = ("industry", "product", "employer", "department")
#: a department settles a title's candidates only when those of its groups hold at least this share of
#: the confidence (fixed before the department set was labelled)
DEPARTMENT_MASS = 0.25
#: answers that a context never changes (but see LABOUR_WORDS)
FIXED_REASONS = frozenset({"no_occupation", "code", "unknown_code", "code_splits", "no_words"})


@dataclass(frozen=True)
class JobContext:
    """What else is known about the job: ``industry`` (KBLI 2020 codes, "64" or "10, 11", or words),
    ``product`` (what is made, sold, grown or served), ``employer`` (a name or a kind of workplace),
    ``department`` (the function the job belongs to: "Finance & Accounting", "IT", "SDM")."""

    industry: str = ""
    product: str = ""
    employer: str = ""
    department: str = ""

    @classmethod
    def of(
        cls,
        industry: str | None = None,
        product: str | None = None,
        employer: str | None = None,
        department: str | None = None,
    ) -> JobContext | None:
        """The context from what a caller gave (white space collapsed), None when nothing was; a field
        longer than ``MAX_CONTEXT`` or an industry of digits that is no KBLI code is refused."""
        fields = {"industry": industry, "product": product, "employer": employer, "department": department}
        clean: dict[str, str] = {}
        for name, value in fields.items():
            if value is not None and len(str(value)) > MAX_CONTEXT:
                raise JalurError("error.text_too_long", field=name, limit=MAX_CONTEXT)
            clean[name] = " ".join(str(value or "").split())
        ctx = cls(**clean)
        ctx.divisions()  # refuses a bad code now, not in the middle of coding
        return ctx if any(clean.values()) else None

    def _codes(self) -> list[str] | None:
        parts = self.industry.replace(",", " ").replace(";", " ").split()
        if not parts or not all(p.isascii() and p.isdigit() for p in parts):
            return None
        return parts

    def divisions(self) -> tuple[str, ...]:
        """The KBLI 2020 divisions the context names: the codes given, else those the words of industry,
        product and employer point to ("bank" -> 64); () when none."""
        if self._codes() is None:
            return industries_in_text(" ".join((self.industry, self.product, self.employer)))
        return kbli_divisions(self.industry)

    def words(self) -> str:
        """The context's words as they are added to the job text: product, employer, and the industry when
        it is given in words."""
        industry = "" if self._codes() is not None else self.industry
        return " ".join(w for w in (self.product, self.employer, industry) if w)

    def to_dict(self) -> dict[str, Any]:
        return {f: getattr(self, f) or None for f in FIELDS}


def _labour_only(text: str) -> bool:
    words = [w for w in re.split(r"[^a-z-]+", text.casefold()) if w]
    return (
        bool(words)
        and all(w in LABOUR_WORDS or w in GENERIC for w in words)
        and any(w in LABOUR_WORDS for w in words)
    )


def match_in_context(
    matcher: Matcher, text: str, context: JobContext | None, lang: str = "auto", top: int = 5
) -> MatchResult:
    """The matcher's answer for ``text`` given what else is known about the job (module docstring). The
    result's ``context`` says what was given, the divisions read, the job function read from the
    department (``function``), and ``used``: ``"words"`` when the context's words changed the answer or
    the candidates offered, ``"department"`` when the function settled them."""
    alone = matcher.match(text, lang=lang, top=top)
    if context is None:
        return alone
    divisions = context.divisions()
    record: dict[str, Any] = {**context.to_dict(), "divisions": list(divisions), "used": []}
    if alone.reason in FIXED_REASONS and not (alone.reason == "no_occupation" and _labour_only(text)):
        return replace(alone, context=record)
    chosen = alone
    words = context.words()
    if words:
        both = matcher.match(f"{text} {words}", lang=lang, top=top)
        takes = both.reason != "no_occupation" and bool(both.candidates)
        if alone.reason == "no_occupation":
            takes = takes and not both.abstained  # a labourer's work named by the context, surely
        if takes and (
            # it answers, and differs from the answer alone or the text alone was unsure
            (not both.abstained and (alone.abstained or both.candidates[0].isco != alone.candidates[0].isco))
            # unsure with the context: its candidates are the ones to offer, and an answer alone that
            # the context does not put first is no longer sure
            or (both.abstained and (alone.abstained or both.candidates[0].isco != alone.candidates[0].isco))
        ):
            chosen = replace(both, query=alone.query)
            record["used"].append("words")
    function = job_function(context.department) if context.department else None
    record["function"] = function.id if function is not None else None
    if function is not None and chosen.abstained and chosen.reason == "low_confidence":
        settled = _within_function(chosen, function, matcher.ranker.threshold)
        if settled is not None:
            chosen = settled
            record["used"].append("department")
    return replace(chosen, context=record)


def _within_function(result: MatchResult, function: JobFunction, threshold: float) -> MatchResult | None:
    """An unsure answer settled by the job's function (step 4 of the module docstring), or None when the
    function's groups hold too little of the confidence or none of them is shown."""
    inside = [c for c in result.candidates if function.holds(c.isco)]
    mass = sum(c.confidence for c in inside)
    if not inside or mass < DEPARTMENT_MASS:
        return None
    cands = [replace(c, confidence=round(c.confidence / mass, 4)) for c in inside] + [
        replace(c, confidence=0.0) for c in result.candidates if not function.holds(c.isco)
    ]
    answered = cands[0].confidence >= threshold
    return replace(
        result, candidates=cands, abstained=not answered, reason="department" if answered else result.reason
    )
