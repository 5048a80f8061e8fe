"""What an ad says about AI: class A–E with the evidence and the section it was found in, the AI-era role
its title names, and the AI job desks its duties name (issue 19; rules in
benchmarks/market_eval/RUBRIC.md, section 3).

- **A** the job is an AI role (its title names one — the role catalogue's names and aliases plus a few
  discriminative title terms —, or its duties build, train or deploy models);
- **B** another job whose duties or requirements name AI work (building models, annotating data for
  them, reviewing AI output, integrating an AI service);
- **C** the worker is asked to use AI tools (ChatGPT, Copilot, "AI tools");
- **D** AI only in the text about the company, its product or its benefits;
- **E** none — including the traps a bare keyword search falls into: "mengenai" (gen-ai inside a word),
  "team building", "prompt resolution", Python "type annotations", "Virtual Assistant", "AI" inside names.

Terms are matched as whole words (case rules per term); the description is split into sections by the
headings Indonesian and English ads use, even when the board lost the line breaks ("RequirementBachelor").
Pure: text in, :class:`AdAI` out.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

CLASSES = ("A", "B", "C", "D", "E")

#: section headings (a heading may be glued to the next word when a board dropped the line breaks)
_SECTIONS: tuple[tuple[str, str], ...] = (
    ("company", r"About\s+(?:Us|the\s+Company|the\s+Team|Company)|Company\s+(?:Overview|Description|Profile)|"
                r"Tentang\s+(?:Kami|Perusahaan)|Who\s+We\s+Are|Profil\s+Perusahaan|Our\s+Company"),
    ("benefits", r"Benefits?|What\s+We\s+Offer|Perks|Fasilitas|Tunjangan|Keuntungan|Kesejahteraan|We\s+Offer|"
                 r"Why\s+Join\s+Us"),
    ("requirements", r"Requirements?|Qualifications?|Kualifikasi|Persyaratan|Syarat|Job\s+Requirements?|"
                     r"What\s+(?:We(?:'re|\s+are)\s+Looking\s+For|You(?:'ll)?\s+(?:Need|Bring))|Skills?\s+Required|"
                     r"Minimum\s+Qualifications?|Preferred\s+Qualifications?|Kriteria|Must\s+Have"),
    ("duties", r"Responsibilit(?:y|ies)|Job\s+Desc(?:ription)?s?|Jobdesc|Job\s?desks?|Deskripsi\s+Pekerjaan|Tanggung\s+Jawab|"
               r"Tugas(?:\s+dan\s+Tanggung\s+Jawab)?|Uraian\s+(?:Tugas|Pekerjaan)|What\s+You(?:'ll|\s+Will)\s+Do|"
               r"Key\s+(?:Responsibilities|Tasks)|Job\s+Summary|Role\s+Overview|The\s+Role|Your\s+Role|Duties"),
)  # fmt: skip
#: a heading as boards write it (capitalised), or in any case when a colon follows ("Tanggung jawab:",
#: "Deskripsi pekerjaan:")
_HEADING = re.compile(
    "|".join(f"(?P<{name}>(?:{pattern})|(?i:{pattern})(?=\\s*:))" for name, pattern in _SECTIONS)
)
_COMPANY_SENTENCE = re.compile(
    r"\b(?:we\s+are\s+(?:a|an|the)|is\s+(?:a|an|the)\s+(?:leading|fast|growing|global|pioneer)|kami\s+adalah|"
    r"merupakan\s+(?:perusahaan|startup)|perusahaan\s+(?:kami|yang\s+bergerak)|our\s+(?:company|mission|"
    r"platform|product)s?|founded\s+in|didirikan|powered\s+by|ai-powered|berbasis\s+ai|we\s+use\s+ai)",
    re.I,
)
#: an intro sentence that starts by naming the employer and saying what it is or does ("Garuda Kredit
#: Digital adalah fintech …", "PT Vira Robotika Indonesia mengembangkan …", "Wicara Teknologi is a …",
#: "Talenta Kerja menggunakan AI untuk mencocokkan talenta …")
_COMPANY_OPENING = re.compile(
    r"^\W*(?:(?:PT|CV)\.?\s+)?[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,5}\s+(?:\(\w+\)\s+)?"
    r"(?:adalah|merupakan|is\s+(?:a|an|the|one)|are\s+(?:a|an|the)|provides|develops|builds|helps|offers|"
    r"uses|leverages|mengembangkan|menyediakan|membangun|membantu|menghadirkan|bergerak\s+di|menggunakan|"
    r"memanfaatkan)\b"
)

# ---------------------------------------------------------------------------------------------- terms
#: AI work: building, training, deploying, evaluating models (case-insensitive, whole words)
_BUILD = (
    r"machine\s*learning|deep\s*learning|neural\s+networks?|large\s+language\s+models?|llms?|"
    r"natural\s+language\s+processing|nlp|computer\s+vision|mlops|llmops|model\s+training|"
    r"train(?:ing)?\s+(?:ml\s+|ai\s+|machine\s+learning\s+)?models?|fine[-\s]?tun(?:e|ed|ing)|"
    r"tensorflow|pytorch|keras|scikit[-\s]?learn|sklearn|hugging\s*face|langchain|llamaindex|"
    r"retrieval[-\s]augmented|\brag\b|vector\s+(?:database|db|store)|(?:text|vector|word)\s+embeddings?|"
    r"embedding\s+models?|generative\s+ai(?!\s+tools?\b)|gen\s*ai(?!\s+tools?\b)|"
    # retraining a model is model work ("pipeline data mingguan untuk retraining model dynamic pricing")
    r"re-?train(?:ing|ed|s)?\s+(?:(?:the|a|ml|ai)\s+)?models?|model\s+re-?training|"
    r"(?:un)?supervised\s+(?:&\s+(?:un)?supervised\s+)?learning|feature\s+engineering|gradient\s+boosting|"
    r"random\s+forests?|scorecard\s+models?|data\s+science\s+approach|classification\s+models?|"
    r"regression\s+models?|model\s+(?:analitik|prediktif|prediksi|statistik)|regresi|klasifikasi|"
    r"artificial\s+intelligence|kecerdasan\s+buatan|kecerdasan\s+artifisial|pembelajaran\s+mesin|"
    r"predictive\s+model(?:l)?ing|predictive\s+models?|recommendation\s+(?:system|engine)s?|"
    r"recommender\s+systems?|reinforcement\s+learning|speech\s+recognition|image\s+recognition|"
    r"object\s+detection|xgboost|lightgbm|transformer\s+models?|bert|gpt-?\d|ml\s+models?|ai\s+models?|"
    r"model\s+(?:deployment|serving|monitoring)|data\s+annotation|anotasi\s+data|data\s+label(?:l)?ing|"
    r"pelabelan\s+data|label(?:l)?ing\s+data|prompt\s+engineering|prompt\s+design|ai\s+engineer(?:ing)?|"
    r"ml\s+engineer(?:ing)?|ai/ml|ml/ai|ai\s+solutions?|ai\s+systems?|ai\s+products?|ai\s+agents?|chatbots?|"
    r"(?:churn|demand|credit|risk|sales|price|fraud)\s+(?:prediction|forecasting|scoring)\s+models?|"
    r"prediction\s+models?|forecasting\s+models?|recommendation\s+models?|model\s+rekomendasi|"
    r"terjemahan\s+mesin|machine\s+translation|a/b\s+tests?\b[^.\n]{0,80}?\bmodels?|"
    # training a language model and rating its answers, in Indonesian and English ("proyek pelatihan model
    # bahasa", "Rank and critique model responses", RLHF)
    r"pelatihan\s+model|melatih\s+model|model\s+bahasa(?:\s+besar)?|language\s+models?|"
    r"model\s+(?:responses|answers)|(?:jawaban|respons|keluaran)\s+model|human\s+feedback|rlhf|"
    r"conversational\s+ai|a/b\s+test(?:ing)?\s+(?:of\s+)?models?|model\s+evaluation|red[-\s]teaming\s+(?:of\s+)?"
    r"(?:ai|models?|llms?)|ai\s+(?:ethics|governance|safety|red\s+team(?:ing)?)|human[-\s]in[-\s]the[-\s]loop"
)
#: AI tools a worker uses (case-insensitive, whole words)
_TOOLS = (
    r"chat\s?gpt|openai|github\s+copilot|copilot|midjourney|dall[-\s]?e|stable\s+diffusion|gemini\s+ai|"
    r"google\s+gemini|claude\s+ai|notion\s+ai|canva\s+ai|jasper\s+ai|ai\s+tools?|alat\s+ai|tools?\s+ai|"
    r"ai[-\s]assisted|ai[-\s]powered\s+(?:[\w-]+\s+){0,2}tools?|generative\s+ai\s+tools?|"
    r"(?:fitur|features?)\s+ai(?:-?nya)?|ai\s+features?|"
    r"(?:tools?|alat|aplikasi|apps?)\s+(?:berbasis|bertenaga)\s+ai|ai\s+(?:writing|design|image|video)\s+tools?|"
    r"perplexity\s+ai|leonardo\s+ai|runway\s+ml|ai\s+generat(?:ed|or)|menggunakan\s+ai|memanfaatkan\s+ai|"
    r"pemanfaatan\s+ai|use\s+(?:of\s+)?ai|using\s+ai|leverage\s+ai|leveraging\s+ai"
)
#: a bare "AI" / "A.I." (case-sensitive) — weak: only counts with an AI co-term nearby or in a title
_BARE_AI = r"(?<![A-Za-z])(?:AI|A\.I\.|(?<!\d)(?<!\d\s)ML)(?![A-Za-z])"  # "30 ML" is millilitres
#: work done *on* an AI system inside another job — checking, correcting, tuning, connecting, rolling out
#: ("mencocokkan data yang dibaca otomatis oleh sistem AI", "Lead the rollout of the new AI demand
#: forecasting tool"): with a bare "AI" in the same sentence of the job's own text, an AI job desk (B)
_DESK_VERBS = re.compile(
    r"\b(?:review|check|correct|verif(?:y|ies|ying)|monitor|evaluat\w*|tun(?:e|es|ing)|configur\w*|integrat\w*|"
    r"connect\w*|roll(?:ing)?[-\s]?out|implement\w*|label\w*|annotat\w*|train(?:s|ing)?\s+(?:the\s+)?(?:ai|model)|"
    r"memeriksa|mengoreksi|memperbaiki|memverifikasi|memantau|mengevaluasi|menguji|menyetel|"
    r"mengintegrasikan|menghubungkan|menerapkan|mengimplementasikan|melabeli|mencocokkan|menyunting|"
    r"mengawasi|melatih|post[-\s]?edit\w*)\b",
    re.I,
)
#: a requirement to know or be used to something: with a bare "AI" in the same sentence of the
#: requirements, the worker is asked to use AI tools ("Mahir Canva termasuk fitur AI-nya")
_SKILL_WORDS = re.compile(
    r"\b(?:mahir|menguasai|terbiasa|familiar|proficien\w*|fluent|skilled|experienced?\s+(?:with|in|using)|"
    r"experience\s+(?:with|in|using)|berpengalaman\s+(?:menggunakan|memakai|dengan)|"
    r"mampu\s+(?:menggunakan|memakai)|"
    r"bisa\s+(?:menggunakan|memakai)|able\s+to\s+use|comfortable\s+(?:with|using)|knowledge\s+of)\b",
    re.I,
)
#: running training on AI for others (an AI coach's desk inside another job): "Menyelenggarakan pelatihan
#: pemanfaatan AI generatif bagi staf", "Deliver workshops on using ChatGPT safely"
_TEACH_AI = re.compile(
    r"\b(?:menyelenggarakan|mengadakan|memberikan|menyampaikan|merancang|menyusun|memfasilitasi|deliver\w*|"
    r"run(?:s|ning)?|conduct\w*|design\w*|facilitat\w*|lead(?:s|ing)?)\s+(?:\w+\s+){0,2}(?:pelatihan|training|"
    r"workshops?|lokakarya|kelas|sessions?|sesi)\b[^.\n]{0,60}?\b(?:ai|genai|gen\s+ai|chatgpt|kecerdasan\s+buatan)\b",
    re.I,
)
#: an ad that names the game Mobile Legends means it by a bare "ML"; one that names neuro-linguistic
#: programming means it by "NLP"
_ML_GAME = re.compile(r"mobile\s+legends?|\bmlbb\b", re.I)
_NEURO = re.compile(r"neuro[-\s]?linguisti[ck]", re.I)
_SENTENCE = re.compile(r"(?<=[.!?;])\s+|\n+|(?:^|\s)[-•*]\s+")
#: phrases that look like AI terms and are not (removed before matching)
_TRAPS = re.compile(
    r"mengenai|team[-\s]building|prompt(?:ly)?\s+(?:resolution|response|payment|delivery|action|service|"
    r"attention|follow)|prompt\s+and|type\s+annotations?|annotations?\s+(?:in|of)\s+(?:python|java|code)|"
    r"virtual\s+assistant|ai\s+mart|maha\s*ai|nlp\s+(?:practitioner|coach)|neuro[-\s]linguistic|"
    r"rpa\s+(?:drone|pilot)|remotely\s+piloted|\bbert\s+(?:and|&)\s+ernie|red\s+team\s+building|"
    # "AI" inside a shop's or firm's name ("Toko Sumber AI Jaya")
    r"\bai\s+(?:jaya|makmur|abadi|sentosa|baru|indah|sejahtera|mandiri|mart|store|shop|swalayan|toko|grosir|"
    r"motor|elektronik|bangunan|mebel|furniture|bakery|resto|cafe|kopi)\b|"
    # the game, not machine learning ("Pelatih Tim Esports Mobile Legends (ML)")
    r"mobile\s+legends?(?::\s*bang\s+bang)?(?:\s*\((?:ml|mlbb)\))?|\bmlbb\b|"
    r"(?:certified|sertifikat|bersertifikat|certificate)\s+nlp|nlp\s*\(\s*neuro[-\s]linguistic(?:\s+programming)?\s*\)",
    re.I,
)
#: title terms that make the ad an AI role even when the catalogue has no alias for it
_TITLE_AI = re.compile(
    r"\b(?:machine\s+learning|ml|ai|a\.i\.|artificial\s+intelligence|deep\s+learning|nlp|computer\s+vision|"
    r"mlops|llm|genai|gen\s+ai|generative\s+ai|data\s+scientists?|prompt\s+engineer|data\s+annotat(?:or|ion)|"
    r"data\s+label(?:l)?er|anotator|kecerdasan\s+buatan|human\s+feedback|rlhf|"
    r"(?:jawaban|respons|keluaran)\s+(?:model|llm)|predictive\s+model(?:l)?(?:er|ing)|fairness\s+(?:testing|review|audit)\w*|"
    r"(?:algorithmic|model)\s+fairness|"
    # the seventh round's development half: "Staff MLE", "Engineer Fine-Tuning ASR", "Pricing & Demand
    # Modelling", "Vision-Language Models"
    r"mle|fine[-\s]?tun\w*|(?:demand|pricing|churn|propensity)\s+model(?:l)?ing|vision[-\s]language)\b",
    re.I,
)
#: title terms that name an AI role only beside AI in the ad: an "Anotator Rekam Medis" codes medical records
_TITLE_AI_IF_CONTEXT = re.compile(r"\b(?:annotat\w*|anotator|label(?:l)?ers?)\b", re.I)
_TITLE_NOT_AI = re.compile(r"virtual\s+assistant|\bmail\b|\bsaid\b", re.I)
#: the AI job desks of the catalogue, by anchor term (+ an AI co-term within the same section)
DESKS: dict[str, str] = {
    "prompt_design": r"prompt(?:s|ing)?\s+(?:engineering|design|writing|library|templates?)|menulis\s+prompt|"
    r"(?:kumpulan|pustaka|templat|template|daftar)\s+prompt|(?:menyusun|membuat|merancang)\s+(?:\w+\s+){0,2}prompt|"
    r"prompt\s+engineer",
    "bias_review": r"bias\s+(?:review|audit|testing|detection)|fairness|keadilan\s+model|diskriminasi\s+model",
    "human_in_the_loop": r"human[-\s]in[-\s]the[-\s]loop|review(?:ing)?\s+(?:ai|model|llm)\s+outputs?|"
    r"quality\s+(?:review|check)\s+of\s+(?:ai|model)\s+outputs?|meninjau\s+(?:hasil|keluaran)\s+ai",
    "data_annotation": r"data\s+annotation|anotasi\s+data|data\s+label(?:l)?ing|pelabelan\s+data|label(?:l)?ing\s+data|"
    r"annotat(?:e|ing)\s+(?:data|images|text)",
    "conversational_ux": r"conversational\s+(?:ux|design|ai)|chatbot\s+(?:design|flows?|scripts?)|"
    r"dialog(?:ue)?\s+flows?",
    "ai_ethics_compliance": r"ai\s+(?:ethics|governance|compliance|policy|regulation)|responsible\s+ai|etika\s+ai",
    "model_tuning": r"fine[-\s]?tun(?:e|ing)|model\s+(?:compression|quantization|distillation|optimi[sz]ation)|"
    r"quantiz(?:ation|e)|distillation",
    "adversarial_testing": r"red[-\s]team(?:ing)?\s+(?:of\s+)?(?:ai|models?|llms?)|adversarial\s+(?:testing|attacks?)|"
    r"jailbreak",
    "ai_integration": r"integrat(?:e|ing|ion)\s+(?:of\s+)?(?:ai|llm|ml|machine\s+learning|chatgpt|openai)|"
    r"(?:ai|llm|openai|chatgpt)\s+(?:api|integration)|mengintegrasikan\s+ai",
    "modelops_ab_testing": r"mlops|modelops|model\s+(?:deployment|serving|monitoring|registry)|"
    r"a/b\s+test(?:ing)?\s+(?:of\s+)?(?:ml\s+|ai\s+)?models?",
}


@dataclass(frozen=True, slots=True)
class Evidence:
    term: str  # the words matched, as written
    section: str  # title, duties, requirements, company, benefits, intro
    kind: str  # build, tool, bare, desk, title


@dataclass(frozen=True, slots=True)
class AdAI:
    ai_class: str
    ai_role: str | None
    desks: tuple[str, ...]
    evidence: tuple[Evidence, ...] = field(default_factory=tuple)


@lru_cache(maxsize=4)
def _compiled(pattern: str, flags: int) -> re.Pattern[str]:
    return re.compile(rf"(?<![A-Za-z0-9])(?:{pattern})(?![A-Za-z0-9])", flags)


def sections(description: str) -> tuple[tuple[str, str], ...]:
    """The description as (section, text) parts, in order: text before the first heading is ``intro``
    (its sentences about the company are ``company``); headings glued to the next word are found too.
    The last few answers are kept: the AI classifier and the skills matcher read the same ad in turn."""
    return _sections(description or "")


@lru_cache(maxsize=8)
def _sections(text: str) -> tuple[tuple[str, str], ...]:
    parts: list[tuple[str, str]] = []
    cuts = [(m.start(), m.end(), m.lastgroup or "duties") for m in _HEADING.finditer(text)]
    pos, current = 0, "intro"
    for start, end, name in cuts:
        if start > pos:
            parts.append((current, text[pos:start]))
        current, pos = name, end
    parts.append((current, text[pos:]))
    out: list[tuple[str, str]] = []
    for name, chunk in parts:
        if name != "intro":
            out.append((name, chunk))
            continue
        for sentence in re.split(r"(?<=[.!?])\s+|(?<=[a-z])(?=[A-Z][a-z])", chunk):
            about = _COMPANY_SENTENCE.search(sentence) or _COMPANY_OPENING.search(sentence)
            out.append(("company" if about else "intro", sentence))
    return tuple((n, t) for n, t in out if t.strip())


@lru_cache(maxsize=1)
def _desks_pattern() -> re.Pattern[str]:
    """Every desk's anchor terms in one pattern, a named group per desk (one pass over a section)."""
    body = "|".join(f"(?P<{desk}>{pattern})" for desk, pattern in DESKS.items())
    return re.compile(rf"(?<![A-Za-z0-9])(?:{body})(?![A-Za-z0-9])", re.I)


def _find(pattern: str, text: str, flags: int = re.I) -> list[str]:
    cleaned = _TRAPS.sub(" ", text)
    return [m.group(0) for m in _compiled(pattern, flags).finditer(cleaned)]


#: catalogue roles that are not AI work themselves (an AI-augmented relationship manager is a relationship
#: manager; a data analyst makes dashboards): their titles do not make an ad class A
_NOT_AI_ROLES = frozenset({"data_analyst", "change_management_specialist"})


def _role_patterns(roles: Sequence[Any]) -> list[tuple[str, re.Pattern[str]]]:
    names: list[tuple[str, str]] = []
    for r in roles:
        if r.id in _NOT_AI_ROLES or getattr(r, "kind", "") == "ai_augmented":
            continue
        for n in (r.name_en, r.name_id, *r.aliases_en, *r.aliases_id, *getattr(r, "titles", ())):
            if n and len(n) > 3:
                names.append((r.id, n))
    names.sort(key=lambda x: -len(x[1]))
    return [(rid, _compiled(re.escape(n).replace(r"\ ", r"\s+"), re.I)) for rid, n in names]


#: titles the catalogue has no alias for, to a role (checked after the catalogue's names): first these
#: specific terms, then the role whose own words the title uses (``_word_role``), then ``_TITLE_ROLES``
#: a title that says AI is put into a business process ("AI Implementation Specialist – Route Planning"):
#: with one of the process's words, the AI integration role for that process
_INTEGRATING = r"(?=.*\b(?:implementation|integration|implementasi|integrasi|automation|otomasi)\b)"
_TITLE_ROLES_FIRST: tuple[tuple[str, str], ...] = (
    (r"data\s+scientists?", "data_scientist"),
    # rating a model's answers is an AI trainer's work ("LLM Evaluation Specialist", "AI Rater"), checked
    # before an LLM title term makes an engineer
    (r"\b(?:llm|ai)(?:\s+models?)?\s+(?:evaluat(?:ion|ors?)|raters?)\b", "ai_trainer"),
    # writing and rating a model's answers for its training: "Human Feedback Specialist", "Dokter Penilai
    # Jawaban AI", "Penilai Jawaban Model"
    (r"human\s+feedback|rlhf|\bpenilai\s+(?:jawaban|respons|keluaran)\s+(?:model|ai|llm)\b", "ai_trainer"),
    (r"(?:predictive|demand|pricing|churn|propensity)\s+model(?:l)?(?:er|ing)", "data_scientist"),
    # the seventh round's development half: a title that says what the AI work is about — fine-tuning a
    # model, its security, ethics, research, rating its output, or putting AI into one business process
    (
        r"fine[-\s]?tun\w*|model\s+(?:optimi[sz]ation|compression)|quanti[sz]ation|distillation",
        "model_tuning_engineer",
    ),
    (r"\b(?:security|keamanan|secops)\b", "ai_security_specialist"),
    (r"\b(?:etika|ethics|ethicist)\b", "ai_ethicist"),
    (r"\b(?:researcher|peneliti|postdoc\w*|research\s+scientist)\b", "ai_researcher"),
    (r"\b(?:penilai|raters?)\b", "ai_trainer"),
    (
        _INTEGRATING
        + r"(?=.*\b(?:route|routing|rute|logisti\w*|supply\s+chain|rantai\s+pasok|warehouse|gudang|fleet|armada|"
        r"forecasting|demand\s+planning)\b)",
        "ai_integration_logistics",
    ),
    (
        _INTEGRATING + r"(?=.*\b(?:accounting|akuntansi|finance|keuangan|invoice|faktur|pajak|tax)\b)",
        "ai_integration_accounting",
    ),
    (
        _INTEGRATING + r"(?=.*\b(?:hr|hrd|sdm|human\s+resources?|recruitment|rekrutmen|payroll)\b)",
        "ai_integration_hr",
    ),
    (
        _INTEGRATING
        + r"(?=.*\b(?:customer\s+service|contact\s+cent(?:er|re)|call\s+cent(?:er|re)|layanan\s+pelanggan|cx)\b)",
        "ai_integration_customer_service",
    ),
    (
        r"\bfairness\s+(?:testing|review|audit)|(?:algorithmic|model)\s+fairness|\bbias\s+(?:review|testing|audit)",
        "ai_bias_reviewer",
    ),
    (r"\bai\s+assurance\b", "ai_auditor"),
)
_TITLE_ROLES: tuple[tuple[str, str], ...] = (
    (r"machine\s+learning|\bml\b|\bmle\b|deep\s+learning|computer\s+vision|nlp|llm|ai\s+engineer|genai|generative\s+ai",
     "ml_engineer"),
    (r"mlops|modelops", "modelops_engineer"),
    (r"annotat|anotator|label(?:l)?er", "data_annotator"),
    (r"prompt", "prompt_designer"),
    (r"ai\s+research", "ai_researcher"),
    (r"ai\s+(?:trainer|tutor)", "ai_trainer"),
    (r"engineer|architect|developer|insinyur", "ml_engineer"),  # an AI title term and an engineering noun
)  # fmt: skip


#: a title naming the field, not the person ("Data Science Lead", "Staf Data Science")
_FIELD_TITLE = re.compile(r"\bdata\s+science\b", re.I)
#: titles of people who teach: teaching AI is AI work inside another job (B), never an AI role (A)
#: — but an "AI tutor" teaches a model, not people: an AI trainer's title
_TEACHING = re.compile(
    # the audience is not the job: "Fasilitator Pelatihan AI untuk Guru" trains teachers
    r"(?<!untuk\s)(?<!bagi\s)(?<!for\s)\b(?:dosen|lecturer|teacher|guru|pengajar|instruktur|instructor|(?<!ai\s)tutor(?!ial))\b",
    re.I,
)


def title_role(title: str, roles: Sequence[Any] = ()) -> str | None:
    """The AI-era role a title names: the catalogue's names, aliases and job-board titles (longest first,
    whole words), then a few discriminative title terms; None when the title names none (or is a trap)."""
    t = _TRAPS.sub(" ", title or "")
    if _TITLE_NOT_AI.search(title or ""):
        return None
    for rid, pattern in _role_patterns_cached(roles):
        if pattern.search(t):
            return rid
    if not _TITLE_AI.search(t):
        return None
    for term, rid in _TITLE_ROLES_FIRST:
        if re.search(term, t, re.I):
            return rid
    # before the generic "an AI term makes an ML engineer": the role whose own words the title uses
    scored = _word_role(t, roles)
    if scored:
        return scored
    for term, rid in _TITLE_ROLES:
        if re.search(term, t, re.I):
            return rid
    return None


_WORD = re.compile(r"[a-z0-9]+(?:/[a-z0-9]+)?")
#: title words that name no particular AI role (seniority, generic job nouns, the AI terms themselves)
_GENERIC_WORDS = frozenset((
    "ai", "a", "i", "artificial", "intelligence", "kecerdasan", "buatan", "engineer", "engineering",
    "insinyur", "specialist", "spesialis", "senior", "junior", "jr", "sr", "lead", "head", "staff", "staf",
    "officer", "manager", "management", "executive", "associate", "intern", "magang", "and", "dan", "for",
    "of", "the", "di", "untuk", "in", "with", "ml", "machine", "learning", "llm", "genai", "generative", "gen",
    "model", "models", "team", "tim", "ahli", "expert",
))  # fmt: skip
#: weight of a word in a role's name or aliases, and in its description and tasks
_NAME_WEIGHT, _TEXT_WEIGHT = 1.0, 0.2
#: the best role's score must reach this and lead the next by this factor
_WORD_MIN, _WORD_LEAD = 1.5, 1.5
#: words of the title that must be words of the best role's name or aliases (one shared word such as
#: "product" in "AI Product Manager" is not a role)
_NAME_WORDS = 2


def _words(text: str) -> set[str]:
    return {
        w for w in _WORD.findall(text.lower().replace("-", " ")) if w not in _GENERIC_WORDS and len(w) > 1
    }


_ROLE_WORDS: dict[tuple[str, ...], tuple[dict[str, dict[str, float]], dict[str, float]]] = {}


def _role_words(roles: Sequence[Any]) -> tuple[dict[str, dict[str, float]], dict[str, float]]:
    """Per role, its words with weights (name and aliases strong, description and tasks weak), and each
    word's inverse role frequency."""
    key = tuple(r.id for r in roles)
    if key not in _ROLE_WORDS:
        weights: dict[str, dict[str, float]] = {}
        for r in roles:
            if r.id in _NOT_AI_ROLES or getattr(r, "kind", "") == "ai_augmented":
                continue
            w: dict[str, float] = {}
            for text in (r.description_en, r.description_id, *(x for t in r.tasks for x in (t.en, t.id))):
                for word in _words(text or ""):
                    w[word] = _TEXT_WEIGHT
            for name in (r.name_en, r.name_id, *r.aliases_en, *r.aliases_id):
                for word in _words(name or ""):
                    w[word] = _NAME_WEIGHT
            weights[r.id] = w
        n = len(weights)
        df: dict[str, int] = {}
        for w in weights.values():
            for word in w:
                df[word] = df.get(word, 0) + 1
        idf = {word: math.log((1 + n) / (1 + c)) + 1 for word, c in df.items()}
        _ROLE_WORDS[key] = (weights, idf)
    return _ROLE_WORDS[key]


def _word_role(title: str, roles: Sequence[Any]) -> str | None:
    """The role whose own words (catalogue names, aliases, description, tasks) a title uses most, when one
    leads clearly and the title uses at least two of its name words ("LLM Engineer (Fine-tuning &
    Optimization)" -> model tuning); None otherwise."""
    if not roles:
        return None
    weights, idf = _role_words(roles)
    words = _words(title)
    scored = sorted(
        (
            (
                sum(idf.get(x, 0.0) * w.get(x, 0.0) for x in words),
                sum(w.get(x) == _NAME_WEIGHT for x in words),
                rid,
            )
            for rid, w in weights.items()
        ),
        reverse=True,
    )
    if not scored:
        return None
    best, named, rid = scored[0]
    second = scored[1][0] if len(scored) > 1 else 0.0
    if named >= _NAME_WORDS and best >= _WORD_MIN and best >= _WORD_LEAD * second:
        return rid
    return None


#: role patterns by the catalogue's role ids (hashing the roles themselves costs more than matching)
_ROLE_PATTERNS: dict[tuple[str, ...], list[tuple[str, re.Pattern[str]]]] = {}


def _role_patterns_cached(roles: Sequence[Any]) -> list[tuple[str, re.Pattern[str]]]:
    key = tuple(r.id for r in roles)
    if key not in _ROLE_PATTERNS:
        _ROLE_PATTERNS[key] = _role_patterns(roles)
    return _ROLE_PATTERNS[key]


#: titles of people who check others' work
_REVIEW_TITLE = re.compile(
    r"\b(?:reviewer|editor|qc|quality\s+(?:control|check(?:er)?)|checker|verifikator|validator|korektor|"
    r"pemeriksa|penyunting|penelaah)\b",
    re.I,
)
_REVIEW_VERB = re.compile(
    r"\b(?:memeriksa|mengoreksi|menyunting|memverifikasi|menelaah|review\w*|check\w*|correct\w*|verif\w*|"
    r"edit\w*)\b",
    re.I,
)


def _reviews_ai_first(description: str) -> bool:
    """Whether the first duty of an ad is checking or correcting what an AI made."""
    for name, text in sections(description):
        if name != "duties":
            continue
        first = next((x for x in _SENTENCE.split(_TRAPS.sub(" ", text)) if x and x.strip(" :-•*")), "")
        return bool(_REVIEW_VERB.search(first) and _compiled(_BARE_AI, 0).search(first))
    return False


def _needs_context(title: str, roles: Sequence[Any]) -> bool:
    """Whether a title names AI only through an annotator or labeller word ("Anotator Rekam Medis")."""
    if not _TITLE_AI_IF_CONTEXT.search(title or ""):
        return False
    rest = _TITLE_AI_IF_CONTEXT.sub(" ", title or "")
    return title_role(rest, roles) is None and not _TITLE_AI.search(_TRAPS.sub(" ", rest))


def classify_ad(title: str, description: str = "", roles: Sequence[Any] = ()) -> AdAI:
    """The AI class of one ad (A–E), its AI-era role, its AI job desks, with evidence (see the module)."""
    evidence: list[Evidence] = []
    role = title_role(title, roles)
    title_ai = bool(_TITLE_AI.search(_TRAPS.sub(" ", title or ""))) and not _TITLE_NOT_AI.search(title or "")
    if _TEACHING.search(title or ""):
        role, title_ai = None, False
    if role or title_ai:
        evidence.append(Evidence(title.strip()[:120], "title", "title"))
    build: list[Evidence] = []
    tools: list[Evidence] = []
    bare: list[Evidence] = []
    desks: list[str] = []
    desk_re = _desks_pattern()
    build_re, tools_re, bare_re = _compiled(_BUILD, re.I), _compiled(_TOOLS, re.I), _compiled(_BARE_AI, 0)
    whole = f"{title}\n{description}"
    game, neuro = _ML_GAME.search(whole), _NEURO.search(whole)
    for name, raw_text in sections(description):
        text = _TRAPS.sub(" ", raw_text)  # once per section: the traps are not AI terms
        if game:
            text = re.sub(r"\bML\b", " ", text)
        if neuro:
            text = re.sub(r"(?i)\bnlp\b", " ", text)
        for m in build_re.finditer(text):
            build.append(Evidence(m.group(0), name, "build"))
        for m in tools_re.finditer(text):
            tools.append(Evidence(m.group(0), name, "tool"))
        for m in bare_re.finditer(text):
            # a bare "ML" in an ad is machine learning; a bare "AI" is weak (names, product blurbs)
            term = m.group(0)
            (build if term == "ML" else bare).append(
                Evidence(term, name, "build" if term == "ML" else "bare")
            )
        if name in ("duties", "intro"):
            for sentence in _SENTENCE.split(text):
                if sentence and bare_re.search(sentence) and _DESK_VERBS.search(sentence):
                    build.append(Evidence(sentence.strip()[:120], name, "build"))
        if name == "duties":
            for m in _TEACH_AI.finditer(text):
                build.append(Evidence(m.group(0)[:120], name, "build"))
        if name == "requirements":
            for sentence in _SENTENCE.split(text):
                if sentence and bare_re.search(sentence) and _SKILL_WORDS.search(sentence):
                    tools.append(Evidence(sentence.strip()[:120], name, "tool"))
        if name not in ("company", "benefits"):
            for m in desk_re.finditer(text):
                desk = m.lastgroup or ""
                if desk and desk not in desks:
                    desks.append(desk)
                    evidence.append(Evidence(m.group(0), name, "desk"))
    if (
        (role or title_ai)
        and (description or "").strip()
        and not (build or tools or bare)
        and _needs_context(title, roles)
    ):
        # an annotator or labeller title with no AI anywhere in an ad that says what the job is: records,
        # invoices, not AI training data (a title alone keeps its reading)
        role, title_ai = None, False
        evidence = [e for e in evidence if e.kind != "title"]
    job = ("duties", "requirements", "intro")
    if not (role or title_ai) and _REVIEW_TITLE.search(title or "") and _reviews_ai_first(description):
        # a reviewer's or editor's title whose first duty is checking what an AI made: the whole job is
        # reviewing AI output ("Editor Ringkasan Berita Otomatis": "Memeriksa dan mengoreksi ringkasan buatan AI")
        role, title_ai = "ai_output_reviewer", True
        evidence.insert(0, Evidence(title.strip()[:120], "title", "title"))
    # a data-science title is an AI role when the job itself names model work ("Data Science Lead" who
    # builds ML models); a data-science *platform* engineer whose duties are MLOps is a ModelOps engineer
    field_title = bool(_FIELD_TITLE.search(title or "")) and not _TEACHING.search(title or "")
    if field_title and not (role or title_ai) and any(e.section in job for e in build):
        ops = sum(1 for e in build if e.section in job and re.fullmatch(r"(?i)mlops|llmops", e.term))
        role = "modelops_engineer" if ops and re.search(r"(?i)engineer", title) else "data_scientist"
        title_ai = True
    # a catalogued AI job desk named in the job's own text is AI work inside the job
    build += [e for e in evidence if e.kind == "desk" and e.section in job]
    build_job = [e for e in build if e.section in job]
    tools_job = [e for e in tools if e.section in job]
    bare_job = [e for e in bare if e.section in job]
    if role or title_ai:
        cls = "A"
    elif build_job:  # AI work named in the job's own duties or requirements
        cls = "B"
    elif tools_job or len(bare_job) >= 2:
        cls = "C"
    elif build or tools or bare:
        cls = "D"
    else:
        cls = "E"
    evidence += (build_job or build)[:3] + (tools_job or tools)[:2] + bare_job[:1]
    return AdAI(
        cls,
        role if cls == "A" or (cls == "B" and role) else None,
        tuple(desks) if cls != "E" else (),
        tuple(evidence),
    )
