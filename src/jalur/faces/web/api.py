"""The REST API, versioned under ``/api/v1`` (docs/api.md). Look-ups answer with the same JSON objects as
the CLI's ``--json`` (docs/cli.md) through ``jalur.app.services``; the employer endpoints (report jobs) need
the organisation's ``X-API-Key`` and only ever show that organisation's own uploads and reports.

Errors are the envelope of ``jalur.faces.web.errors``. Endpoints are plain ``def``: the work is CPU-bound and runs
in the server's thread pool, so one slow look-up never blocks the others.
"""

from __future__ import annotations

import json
import math
from enum import Enum
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import FileResponse, JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from jalur import __version__
from jalur.app.jobs import CODE_PATTERN, FILES, JobRunner
from jalur.app.reports import download_name
from jalur.app.services import MAX_CONTEXT, MAX_TASKS, MAX_TEXT, Services
from jalur.errors import JalurError
from jalur.faces.web.errors import ApiError, ErrorEnvelope, request_lang
from jalur.faces.web.security import Caller, require_org
from jalur.i18n import Lang

router = APIRouter(prefix="/api/v1")

LangParam = Annotated[
    Literal["id", "en"] | None,
    Query(description="Language of error messages (default: Accept-Language, else `id`)."),
]


# ------------------------------------------------------------------------------------------- responses
class Json(JSONResponse):
    """JSON without ASCII escaping; a non-finite number (never expected) becomes null instead of a 500."""

    def render(self, content: Any) -> bytes:
        try:
            return json.dumps(content, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode()
        except ValueError:
            return json.dumps(_finite(content), ensure_ascii=False, separators=(",", ":")).encode()


def _finite(x: Any) -> Any:
    if isinstance(x, float) and not math.isfinite(x):
        return None
    if isinstance(x, dict):
        return {k: _finite(v) for k, v in x.items()}
    if isinstance(x, list | tuple):
        return [_finite(v) for v in x]
    return x


def _errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    text = {
        400: "A problem with the input the user can fix (`empty_query`, `text_too_long`, …)",
        401: "No API key (`unauthorized`)",
        403: "Unknown or revoked API key (`forbidden`)",
        404: "Not found (`unknown_occupation` with `candidates`, `unknown_role`, `report_not_found`, …)",
        409: "The report is not finished (`report_not_ready`)",
        413: "Body or file too large (`too_large`, `roster_too_large`)",
        415: "Not a CSV or XLSX file (`upload_type`)",
        422: "Invalid parameters (`validation`) or an unreadable or hostile roster (`roster_*`, "
        "`workbook_*`, `file_too_slow`, `file_too_complex`)",
        429: "Rate limit reached (`rate_limited`), the organisation's queue is full (`queue_full`) or every "
        "reader is busy (`busy`); see Retry-After",
        503: "The knowledge base, the database or the files folder is not available (`db_unavailable`, "
        "`storage_unavailable`)",
        507: "The files folder is full (`disk_full`)",
    }
    return {c: {"model": ErrorEnvelope, "description": text[c]} for c in codes}


_LOOKUP_ERRORS = _errors(400, 404, 422, 429)
#: the bounds of a free-text parameter, as documented: the services answer 400 (`empty_query` for blank
#: text, `text_too_long` over the limit) rather than a bare validation error
_TEXT = {"minLength": 1, "maxLength": MAX_TEXT}
_MAX = {"maxLength": MAX_TEXT}
_CONTEXT = {"maxLength": MAX_CONTEXT}


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class Exposure(_Open):
    mean: float | None = None
    gradient: str | None = None
    shares: dict[str, float] | None = None


class Health(BaseModel):
    status: Literal["ok", "degraded"]
    version: str
    kb: dict[str, Any] = Field(description="`ok`, `schema_version`, `built_from` (checksum)")
    db: dict[str, Any] = Field(
        description="`ok`, `backend` (`sqlite` or `postgresql`), `revision`, `writable` (a row was written), "
        "`problem` when not ok (`database_not_writable`, `database_file_missing`)"
    )
    files: dict[str, Any] = Field(
        default_factory=dict,
        description="`ok`, `writable`, `free_mb`; `problem` when not ok (`low_disk_space`, `files_not_writable`)",
    )
    jobs: dict[str, Any] = Field(
        default_factory=dict,
        description="`ok`, `workers_expected`, `workers_live`, `queued`, `running`; `problem` (`no_workers`)",
    )

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "status": "ok",
                    "version": "0.1.0",
                    "kb": {"ok": True, "schema_version": "12", "built_from": "3f2a…"},
                    "db": {"ok": True, "backend": "sqlite", "revision": "0002", "writable": True},
                    "files": {"ok": True, "writable": True, "free_mb": 51200},
                    "jobs": {"ok": True, "workers_expected": 2, "workers_live": 2, "queued": 0, "running": 1},
                }
            ]
        }
    )


class MatchCandidate(_Open):
    isco: str
    title_id: str | None = None
    title_en: str | None = None
    confidence: float


class MatchContext(_Open):
    """What else was known about the job (`industry`, `product`, `employer`, `department` as given), the
    KBLI 2020 divisions read from them, the job function read from the department (`function`), and
    `used`: `"words"` when the context's words changed the answer or the candidates, `"department"` when
    the department's function settled them."""

    industry: str | None = None
    product: str | None = None
    employer: str | None = None
    department: str | None = None
    divisions: list[str] = []
    function: str | None = None
    used: list[str] = []


class MatchResult(_Open):
    """`jalur match --json`: ranked candidates with confidence, or an abstention."""

    query: str
    lang: str
    abstained: bool
    candidates: list[MatchCandidate]
    reason: str | None = None
    context: MatchContext | None = None

    model_config = ConfigDict(
        extra="allow",
        json_schema_extra={
            "examples": [
                {
                    "query": "driver ojol",
                    "lang": "id",
                    "core": "driver ojol",
                    "abstained": False,
                    "candidates": [
                        {
                            "isco": "8321",
                            "title_id": "Pengemudi Sepeda Motor",
                            "title_en": "Motorcycle drivers",
                            "confidence": 0.981,
                        }
                    ],
                    "reason": "confident",
                }
            ]
        },
    )


class Task(_Open):
    seq: int | None = None
    text_id: str | None = None
    text_en: str | None = None


class Profile(_Open):
    """`jalur occupation --json` (docs/cli.md): the bilingual profile of one ISCO-08 unit group."""

    isco: str
    title_id: str | None = None
    title_en: str
    query: dict[str, Any]
    tasks: list[Task]
    flags: list[str]
    sources: list[dict[str, Any]]

    model_config = ConfigDict(
        extra="allow",
        json_schema_extra={
            "examples": [
                {
                    "isco": "4211",
                    "title_id": "Teller Bank dan YBDI",
                    "title_en": "Bank tellers and related clerks",
                    "query": {"input": "4211", "resolved_via": "isco", "matched": "4211", "alternatives": []},
                    "tasks": [
                        {"seq": 1, "text_en": "Process customer cash deposits …", "text_id": "Memproses …"}
                    ],
                    "flags": [],
                    "sources": [],
                }
            ]
        },
    )


class ExposureTask(_Open):
    text_id: str | None = None
    text_en: str | None = None
    score: float | None = None
    source: str | None = None
    klass: str | None = Field(default=None, alias="class")


class ExposureProfile(_Open):
    """`jalur exposure QUERY --json`: the tasks of an occupation coloured automate / augment / human."""

    isco: str
    title_id: str | None = None
    title_en: str
    query: dict[str, Any]
    mean: float | None = None
    gradient: str | None = None
    shares: dict[str, float]
    tasks: list[ExposureTask]

    model_config = ConfigDict(
        extra="allow",
        json_schema_extra={
            "examples": [
                {
                    "isco": "4211",
                    "title_id": "Teller Bank dan YBDI",
                    "title_en": "Bank tellers and related clerks",
                    "query": {"input": "teller bank", "resolved_via": "match", "confidence": 0.93},
                    "mean": 0.58,
                    "gradient": "g3",
                    "shares": {"automate": 0.5, "augment": 0.5, "human": 0.0},
                    "tasks": [
                        {"seq": 1, "score": 0.596, "class": "augment", "source": "ilo-genai-exposure-2025"}
                    ],
                }
            ]
        },
    )


class TasksIn(BaseModel):
    tasks: list[str] = Field(
        min_length=1,
        max_length=MAX_TASKS,
        description=f"Task lines in Indonesian or English (at most {MAX_TASKS}, each at most {MAX_TEXT} characters).",
        examples=[["Menghitung uang tunai di loket", "Write monthly sales reports"]],
    )

    model_config = ConfigDict(extra="forbid")


class ScoredTask(_Open):
    line: int
    text: str
    lang: str
    score: float
    klass: str = Field(alias="class")
    evidence: list[dict[str, Any]]


class ScoredTasks(BaseModel):
    tasks: list[ScoredTask]

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "tasks": [
                        {
                            "line": 1,
                            "text": "Menghitung uang tunai di loket",
                            "lang": "id",
                            "score": 0.33,
                            "class": "human",
                            "eloundou": "E0",
                            "evidence": [],
                        }
                    ]
                }
            ]
        }
    )


class Transition(_Open):
    target: str
    target_type: str
    kind: list[str]
    similarity: float | None = None
    exposure_before: dict[str, Any] | None = None
    exposure_after: dict[str, Any] | None = None
    hours: float | None = None
    evidence: str | None = Field(
        None,
        description="What a move between occupations rests on besides similarity: career_ladder, "
        "same_minor_group or similarity (a weaker link); null for an AI-era role or a long route.",
    )
    suggested: bool = Field(
        False,
        description="Viable and resting on more than similarity (a career step or the same ISCO minor group): "
        "the faces list these first and the others apart, as moves with a weaker link.",
    )


class Paths(_Open):
    """`jalur paths --json`: viable, safer and desirable moves, AI-era roles included."""

    origin: dict[str, Any]
    transitions: list[Transition]
    flags: list[str]

    model_config = ConfigDict(
        extra="allow",
        json_schema_extra={
            "examples": [
                {
                    "origin": {"isco": "4211", "title_en": "Bank tellers and related clerks"},
                    "threshold": 0.5,
                    "transitions": [
                        {
                            "target": "ai_customer_experience_specialist",
                            "target_type": "role",
                            "kind": ["viable", "safer"],
                            "similarity": 0.71,
                            "hours": 120.0,
                        }
                    ],
                    "flags": [],
                }
            ]
        },
    )


class Plan(_Open):
    """`jalur plan --json`: skills kept, skills to learn, hours, SKKNI targets for one move."""

    origin: dict[str, Any]
    target: dict[str, Any]
    steps: list[dict[str, Any]]
    hours: float | None = None
    flags: list[str]

    model_config = ConfigDict(
        extra="allow",
        json_schema_extra={
            "examples": [
                {
                    "origin": {"isco": "4211"},
                    "target": {"isco": "2511"},
                    "steps": [{"skill": {"name": "Programming"}, "hours": 80.0, "courses": []}],
                    "hours": 240.0,
                    "flags": [],
                }
            ]
        },
    )


class RoleSummary(_Open):
    id: str
    kind: str
    name_id: str
    name_en: str
    isco: list[str]
    exposure: dict[str, Any]


class Roles(BaseModel):
    """`jalur roles --json`: the AI-era roles catalogue."""

    roles: list[RoleSummary]
    thresholds: dict[str, float]

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "roles": [
                        {
                            "id": "data_annotator",
                            "kind": "job_desk",
                            "name_id": "Anotator Data",
                            "name_en": "Data Annotator",
                            "job_zone": 2,
                            "isco": ["4132"],
                            "exposure": {"mean": 0.45, "gradient": "g2"},
                        }
                    ],
                    "thresholds": {"automate": 0.6, "augment": 0.4},
                }
            ]
        }
    )


class Role(_Open):
    """`jalur roles ROLE_ID --json`: one role in full with its tasks' exposure."""

    id: str
    kind: str
    name_id: str
    name_en: str
    tasks: list[Any]
    exposure: dict[str, Any]


# ---- employer
class UploadInfo(BaseModel):
    id: str
    filename: str | None
    rows_in: int | None
    rows_accepted: int | None
    rows_rejected: int | None


class JobError(BaseModel):
    code: str
    message: str


class RejectedRow(BaseModel):
    row: int
    reason: str
    detail: str


class RememberedDecision(BaseModel):
    title: str
    code: str


class JobProgress(BaseModel):
    stage: Literal["match", "occupations", "scenarios", "write"] | None = Field(
        description="the stage running: placing titles, scoring occupations, scenarios, writing the files"
    )
    percent: int = Field(ge=0, le=100, description="how far the whole report is")


class ReportStatus(BaseModel):
    id: str
    status: Literal["queued", "running", "cancelling", "done", "failed", "cancelled"]
    lang: str
    created: str | None
    started: str | None = Field(default=None, description="when a worker last took it")
    finished: str | None
    attempts: int = Field(default=0, description="times a worker took it (a worker that died counts one)")
    queue_position: int | None = Field(default=None, description="jobs queued before it (queued only)")
    error: JobError | None
    upload: UploadInfo
    summary: dict[str, Any] | None = Field(description="the report's `totals` (docs/report.md) once done")
    rows_rejected: list[RejectedRow] = Field(description="rows of the roster not used (first 1,000)")
    review_queue: list[dict[str, Any]] = Field(description="titles to confirm: `PUT …/review`")
    remembered: list[RememberedDecision] = Field(
        default_factory=list,
        description="decisions from the organisation's earlier uploads applied to this one (change them with "
        "`PUT …/review`)",
    )
    files: list[str] = Field(description="downloadable files once done")
    progress: JobProgress | None = Field(default=None, description="how far it is (running only)")
    assumptions: dict[str, Any] = Field(
        default_factory=dict,
        description="scenario assumptions set for this job (overrides of the defaults, docs/report.md#scenarios)",
    )

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": "5c0f…",
                    "status": "done",
                    "lang": "id",
                    "created": "2026-12-01T08:00:00+00:00",
                    "finished": "2026-12-01T08:00:20+00:00",
                    "error": None,
                    "upload": {
                        "id": "9a1e…",
                        "filename": "bank-nusantara.csv",
                        "rows_in": 5000,
                        "rows_accepted": 4990,
                        "rows_rejected": 10,
                    },
                    "summary": {"headcount": 4990, "exposure_mean": 0.41},
                    "rows_rejected": [{"row": 17, "reason": "empty_title", "detail": ""}],
                    "review_queue": [{"title": "Staf Khusus", "headcount": 3, "reason": "low_confidence"}],
                    "files": ["report.html", "report.pdf", "report.xlsx", "report.json", "review_queue.csv"],
                }
            ]
        }
    )


class ReportAccepted(BaseModel):
    job_id: str
    status: str
    upload: UploadInfo
    status_url: str


class ReportItem(BaseModel):
    id: str
    status: str
    lang: str
    created: str | None
    finished: str | None
    upload_id: str
    filename: str | None


class ReportList(BaseModel):
    reports: list[ReportItem]


class Decision(BaseModel):
    title: str = Field(
        min_length=1, max_length=500, description="a title of the roster, as in the review queue"
    )
    code: str = Field(
        pattern=CODE_PATTERN,
        description="ISCO-08/KBJI unit group (4211), KBJI job (4211.01) or O*NET-SOC code",
    )

    model_config = ConfigDict(extra="forbid")


class ReviewIn(BaseModel):
    decisions: list[Decision] = Field(min_length=1, max_length=5_000)

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"decisions": [{"title": "Staf Khusus Kas", "code": "4211"}]}]},
    )


class RerunIn(BaseModel):
    assumptions: dict[str, Any] | None = Field(
        default=None,
        description="scenario assumptions for the new job, as a scenario file has them (docs/report.md#scenarios); "
        "omitted: the last job's are kept; {}: the defaults",
    )

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"assumptions": {"attrition_rate": {"mid": 0.1}}}]},
    )


class ReviewAccepted(BaseModel):
    job_id: str = Field(description="the new job, built with the decisions")
    previous_job_id: str
    status: str
    status_url: str


class AuditEntry(BaseModel):
    id: str
    actor: str
    action: str
    target: str
    detail: str
    created: str | None


class AuditLog(BaseModel):
    entries: list[AuditEntry]


# ------------------------------------------------------------------------------------------- helpers
def services(request: Request) -> Services:
    s: Services = request.app.state.services
    return s


def jobs(request: Request) -> JobRunner:
    j: JobRunner = request.app.state.jobs
    return j


Svc = Annotated[Services, Depends(services)]
Jobs = Annotated[JobRunner, Depends(jobs)]
Org = Annotated[Caller, Depends(require_org)]
JobId = Annotated[str, Path(min_length=1, max_length=64, description="a report job id")]

_EMPLOYER: list[str | Enum] = ["employer"]
_LOOKUP: list[str | Enum] = ["look-ups"]


# ------------------------------------------------------------------------------------------- look-ups
@router.get(
    "/health",
    response_model=Health,
    tags=["service"],
    summary="Knowledge base and database status, version",
    responses={503: {"model": Health, "description": "the knowledge base or the database is not available"}},
)
def health(request: Request) -> Json:
    probe = getattr(request.app.state, "health", None)
    if probe is None:  # before start-up finished
        body: dict[str, Any] = {
            "status": "degraded",
            "version": __version__,
            "kb": {"ok": False},
            "db": {"ok": False},
        }
    else:
        body = probe.check()
    return Json(body, status_code=200 if body["status"] == "ok" else 503)


@router.get(
    "/match",
    response_model=MatchResult,
    tags=_LOOKUP,
    summary="Which occupation a job title in one's own words names",
    responses=_LOOKUP_ERRORS,
)
def match(
    svc: Svc,
    text: Annotated[
        str,
        Query(
            description=f"a job title or description, at most {MAX_TEXT} characters", json_schema_extra=_TEXT
        ),
    ],
    lang: Annotated[
        Literal["auto", "id", "en"],
        Query(description="language of the text (`auto` detects it); `id`/`en` also set the messages'"),
    ] = "auto",
    top: Annotated[int, Query(ge=1, le=20, description="candidates returned")] = 5,
    industry: Annotated[
        str | None,
        Query(
            description=f"the job's industry: KBLI 2020 codes (`64`, `10,11`) or words (`bank`), at most "
            f"{MAX_CONTEXT} characters",
            json_schema_extra=_CONTEXT,
        ),
    ] = None,
    product: Annotated[
        str | None,
        Query(description="what is made, sold, grown or served (`kopi`)", json_schema_extra=_CONTEXT),
    ] = None,
    employer: Annotated[
        str | None,
        Query(description="the employer or workplace (`Bank BRI`, `bengkel`)", json_schema_extra=_CONTEXT),
    ] = None,
    department: Annotated[
        str | None,
        Query(
            description="the job's department or function (`Finance & Accounting`, `IT`, `SDM`): settles a "
            "title the coder is unsure of among that function's groups",
            json_schema_extra=_CONTEXT,
        ),
    ] = None,
) -> Json:
    return Json(
        svc.match(
            text,
            lang=lang,
            top=top,
            industry=industry,
            product=product,
            employer=employer,
            department=department,
        )
    )


@router.get(
    "/occupations/{query:path}",
    response_model=Profile,
    tags=_LOOKUP,
    summary="The bilingual profile of an occupation",
    description="`query`: ISCO-08/KBJI code (4211), KBJI job (4211.01), O*NET code, ESCO URI, an exact title, "
    "or a job title in one's own words (matched; an abstention is 404 with candidates).",
    responses=_LOOKUP_ERRORS,
)
def occupation(
    svc: Svc,
    query: Annotated[str, Path(description="code or title", json_schema_extra=_TEXT)],
    lang: LangParam = None,
) -> Json:
    return Json(svc.occupation(query))


@router.get(
    "/exposure",
    response_model=ExposureProfile,
    tags=_LOOKUP,
    summary="Which of an occupation's tasks AI could take over, speed up, or leave to people",
    responses=_LOOKUP_ERRORS,
)
def exposure(
    svc: Svc,
    query: Annotated[
        str, Query(description="code, title, or a job title in one's own words", json_schema_extra=_TEXT)
    ],
    lang: LangParam = None,
) -> Json:
    return Json(svc.exposure(query))


@router.post(
    "/exposure/tasks",
    response_model=ScoredTasks,
    tags=_LOOKUP,
    summary="Score new task text (Indonesian or English)",
    responses=_LOOKUP_ERRORS,
)
def exposure_tasks(svc: Svc, body: TasksIn, lang: LangParam = None) -> Json:
    return Json({"tasks": svc.exposure_tasks(body.tasks)})


@router.get(
    "/paths",
    response_model=Paths,
    tags=_LOOKUP,
    summary="Where a worker can go from a job: safer and growing moves, AI-era roles included",
    responses=_LOOKUP_ERRORS,
)
def paths(
    svc: Svc,
    query: Annotated[
        str, Query(description="the worker's job: code, title, or own words", json_schema_extra=_TEXT)
    ],
    top: Annotated[int, Query(ge=1, le=50, description="moves returned")] = 10,
    safer: Annotated[bool, Query(description="only moves to less exposed work")] = False,
    to_roles: Annotated[bool, Query(description="only moves into AI-era roles")] = False,
    skills: Annotated[
        str | None, Query(description="skills the worker has, free text", json_schema_extra=_MAX)
    ] = None,
    experience: Annotated[
        str | None, Query(description="experience, free text", json_schema_extra=_MAX)
    ] = None,
    industry: Annotated[
        str | None,
        Query(
            description="the worker's industry: KBLI 2020 codes (2-5 digits, comma-separated); "
            "without it, read from the words of the query",
            max_length=100,
        ),
    ] = None,
    lang: LangParam = None,
) -> Json:
    return Json(svc.paths(query, top, safer, to_roles, skills or None, experience or None, industry or None))


@router.get(
    "/plan",
    response_model=Plan,
    tags=_LOOKUP,
    summary="A learning plan for one move",
    responses=_LOOKUP_ERRORS,
)
def plan(
    svc: Svc,
    origin: Annotated[
        str, Query(description="the worker's job: code, title, or own words", json_schema_extra=_TEXT)
    ],
    target: Annotated[
        str, Query(description="an occupation (code or title) or an AI-era role id", json_schema_extra=_TEXT)
    ],
    skills: Annotated[
        str | None, Query(description="skills the worker has, free text", json_schema_extra=_MAX)
    ] = None,
    experience: Annotated[
        str | None, Query(description="experience, free text", json_schema_extra=_MAX)
    ] = None,
    lang: LangParam = None,
) -> Json:
    return Json(svc.plan(origin, target, skills or None, experience or None))


@router.get(
    "/roles", response_model=Roles, tags=_LOOKUP, summary="The AI-era roles catalogue", responses=_errors(429)
)
def roles(svc: Svc, lang: LangParam = None) -> Json:
    from jalur.exposure.classes import AUGMENT_AT, AUTOMATE_AT

    return Json({"roles": svc.roles(), "thresholds": {"automate": AUTOMATE_AT, "augment": AUGMENT_AT}})


@router.get(
    "/roles/{role_id}",
    response_model=Role,
    tags=_LOOKUP,
    summary="One AI-era role in full",
    responses=_LOOKUP_ERRORS,
)
def role(
    svc: Svc,
    role_id: Annotated[str, Path(description="e.g. data_annotator", json_schema_extra=_TEXT)],
    lang: LangParam = None,
) -> Json:
    return Json(svc.role(role_id))


# ------------------------------------------------------------------------------------------- employer
def _status_url(request: Request, job_id: str) -> str:
    return str(request.url_for("report_status", job_id=job_id).path)


_UPLOAD_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {
                        "file": {
                            "type": "string",
                            "format": "binary",
                            "description": "the roster: CSV or XLSX",
                        },
                        "lang": {
                            "type": "string",
                            "enum": ["id", "en"],
                            "description": "language of the report and of messages (default: as for errors, "
                            "else `id`)",
                        },
                    },
                }
            }
        },
    }
}


@router.post(
    "/reports",
    status_code=202,
    response_model=ReportAccepted,
    tags=_EMPLOYER,
    summary="Upload a roster (CSV or XLSX): its report is built in the background",
    description="The roster is streamed into a private folder and read at once by an isolated reader with "
    "memory and time limits (an unreadable or hostile file is refused with its message); the raw file is "
    "deleted as soon as it is read, only a copy without personal data is kept, and the report job is queued. "
    "An organisation may have a limited number of jobs waiting (429 with Retry-After beyond it). Poll "
    "`GET /reports/{job_id}`.",
    responses=_errors(400, 401, 403, 413, 415, 422, 429, 503, 507),
    openapi_extra=_UPLOAD_BODY,
)
async def create_report(request: Request, caller: Org, runner: Jobs) -> Json:
    from starlette.concurrency import run_in_threadpool

    received = await _received(request, runner)
    asked = received.fields.get("lang")
    if asked is not None and asked not in ("id", "en"):
        received.discard()
        raise ApiError(422, "validation", fields="lang")
    lang: Lang = "en" if asked == "en" else "id" if asked == "id" else request_lang(request)
    request.state.lang = lang
    job_id = await run_in_threadpool(runner.submit_upload, caller.org_id, received, lang, caller.actor)
    st = runner.status(caller.org_id, job_id, lang)
    assert st is not None
    url = _status_url(request, job_id)
    body = {"job_id": job_id, "status": st["status"], "upload": st["upload"], "status_url": url}
    return Json(body, status_code=202, headers={"Location": url})


def _size(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB" if n >= 1024 * 1024 else f"{n} bytes"


@router.get(
    "/reports",
    response_model=ReportList,
    tags=_EMPLOYER,
    summary="The organisation's report jobs, newest first",
    responses=_errors(401, 403, 429),
)
def list_reports(caller: Org, runner: Jobs, lang: LangParam = None) -> Json:
    return Json({"reports": runner.list(caller.org_id)})


def _job_status(request: Request, caller: Caller, runner: JobRunner, job_id: str) -> dict[str, Any]:
    st = runner.status(caller.org_id, job_id, request_lang(request))
    if st is None:  # unknown, or another organisation's: the same answer
        raise ApiError(404, "report_not_found", job_id=job_id[:64])
    return st


@router.get(
    "/reports/{job_id}",
    name="report_status",
    response_model=ReportStatus,
    tags=_EMPLOYER,
    summary="A report job: status, rejected rows, review queue, totals, files",
    responses=_errors(401, 403, 404, 429),
)
def report_status(request: Request, caller: Org, runner: Jobs, job_id: JobId, lang: LangParam = None) -> Json:
    return Json(_job_status(request, caller, runner, job_id))


@router.get(
    "/reports/{job_id}/files/{name}",
    tags=_EMPLOYER,
    summary="Download one of a finished report's files",
    response_class=FileResponse,
    responses={
        200: {
            "description": "the file, as an attachment",
            "content": {ctype.split(";")[0]: {} for ctype in FILES.values()},
        },
        **_errors(401, 403, 404, 409, 429),
    },
)
def report_file(
    request: Request,
    caller: Org,
    runner: Jobs,
    job_id: JobId,
    name: Annotated[
        Literal["report.html", "report.pdf", "report.xlsx", "report.json", "review_queue.csv"],
        Path(description="the file"),
    ],
    lang: LangParam = None,
) -> FileResponse:
    st = _job_status(request, caller, runner, job_id)
    if st["status"] != "done":
        raise ApiError(409, "report_not_ready", status=st["status"])
    path = runner.file_path(caller.org_id, job_id, name)
    if path is None:
        raise ApiError(404, "file_not_found", name=name)
    runner.store.audit(caller.org_id, caller.actor, "download", job_id, name)
    org_name = (runner.store.get_org(caller.org_id) or {}).get("name")
    return FileResponse(
        path, media_type=FILES[name], filename=download_name(org_name, st.get("created"), name)
    )


@router.put(
    "/reports/{job_id}/review",
    status_code=202,
    response_model=ReviewAccepted,
    tags=_EMPLOYER,
    summary="Confirm or correct the occupation of titles in the review queue; the report is built again",
    responses=_errors(401, 403, 404, 422, 429),
)
def review(
    request: Request, caller: Org, runner: Jobs, job_id: JobId, body: ReviewIn, lang: LangParam = None
) -> Json:
    pairs = [(d.title, d.code) for d in body.decisions]
    new_id = runner.review(caller.org_id, job_id, pairs, caller.actor)
    if new_id is None:
        raise ApiError(404, "report_not_found", job_id=job_id[:64])
    url = _status_url(request, new_id)
    body_out = {"job_id": new_id, "previous_job_id": job_id, "status": "queued", "status_url": url}
    return Json(body_out, status_code=202, headers={"Location": url})


class JobChanged(BaseModel):
    job_id: str
    status: str
    status_url: str


@router.post(
    "/reports/{job_id}/cancel",
    response_model=JobChanged,
    tags=_EMPLOYER,
    summary="Cancel a queued or running report job",
    description="A queued job is cancelled at once; a running one is stopped by its worker within seconds "
    "(status `cancelling`, then `cancelled`). A finished job is left as it is.",
    responses=_errors(401, 403, 404, 429),
)
def cancel_report(request: Request, caller: Org, runner: Jobs, job_id: JobId, lang: LangParam = None) -> Json:
    status = runner.cancel(caller.org_id, job_id, caller.actor)
    if status is None:
        raise ApiError(404, "report_not_found", job_id=job_id[:64])
    shown = "cancelling" if status == "running" else status
    url = _status_url(request, job_id)
    return Json({"job_id": job_id, "status": shown, "status_url": url})


@router.post(
    "/reports/{job_id}/rerun",
    status_code=202,
    response_model=JobChanged,
    tags=_EMPLOYER,
    summary="Build a job's report again from the same upload (after a failure, a cancel, new decisions or "
    "other scenario assumptions)",
    responses=_errors(401, 403, 404, 422, 429),
)
def rerun_report(
    request: Request,
    caller: Org,
    runner: Jobs,
    job_id: JobId,
    body: RerunIn | None = None,
    lang: LangParam = None,
) -> Json:
    job = runner.store.get_job(caller.org_id, job_id)
    assumptions = body.assumptions if body is not None else None
    new_id = (
        runner.rerun(
            caller.org_id, str(job["upload_id"]), caller.actor, assumptions=assumptions, from_job=job_id
        )
        if job
        else None
    )
    if new_id is None:
        raise ApiError(404, "report_not_found", job_id=job_id[:64])
    url = _status_url(request, new_id)
    return Json(
        {"job_id": new_id, "status": "queued", "status_url": url}, status_code=202, headers={"Location": url}
    )


@router.get(
    "/audit",
    response_model=AuditLog,
    tags=_EMPLOYER,
    summary="The organisation's audit log: who uploaded, viewed, downloaded and reviewed what",
    responses=_errors(401, 403, 429),
)
def audit(
    caller: Org,
    runner: Jobs,
    limit: Annotated[int, Query(ge=1, le=1000, description="entries, newest first")] = 100,
    lang: LangParam = None,
) -> Json:
    entries = runner.store.audit_log(caller.org_id, limit)
    keep = ("id", "actor", "action", "target", "detail", "created")
    return Json({"entries": [{k: e.get(k) for k in keep} for e in entries]})


# ------------------------------------------------------------------------------------------- market
_MARKET: list[str | Enum] = ["market"]


def market_desk(request: Request) -> Any:
    return request.app.state.market


Market = Annotated[Any, Depends(market_desk)]


class AdIn(BaseModel):
    title: str = Field(min_length=1, max_length=2_000, description="the ad's title (required)")
    description: str | None = Field(None, max_length=20_000)
    company: str | None = Field(None, max_length=500)
    location: str | None = Field(None, max_length=500)
    posted: str | None = Field(
        None, max_length=100, description='as written: "2024-08-19", "2 hari yang lalu"'
    )
    scraped_at: str | None = Field(None, max_length=100, description="when the page was read (ISO date-time)")
    salary: str | None = Field(None, max_length=500, description='as written: "Rp 5-7 juta", "UMR Bekasi"')
    id: str | None = Field(None, max_length=200)
    url: str | None = Field(None, max_length=2_000)
    source: str | None = Field(None, max_length=200)
    deadline: str | None = Field(None, max_length=100)
    department: str | None = Field(
        None,
        max_length=200,
        description="the board's category or the employer's department (`Finance & Accounting`)",
    )

    model_config = ConfigDict(extra="forbid")


class AdsIn(BaseModel):
    ads: list[AdIn] = Field(min_length=1, max_length=500, description="at most 500 ads")

    model_config = ConfigDict(extra="forbid")


class AdsOut(BaseModel):
    ads: list[dict[str, Any]]


_FILE_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {
                        "file": {"type": "string", "format": "binary", "description": "CSV or XLSX"},
                        "country": {
                            "type": "string",
                            "description": "layoffs only: the country of the detailed view (default Indonesia)",
                        },
                    },
                }
            }
        },
    }
}


@router.post(
    "/market/classify",
    response_model=AdsOut,
    tags=_MARKET,
    summary="Classify job ads given as JSON: AI class A–E, AI-era role, job desks, occupation, salary, date",
    description="One record per ad, in order — the records of `jalur market classify` (docs/cli.md). "
    "Nothing is kept.",
    responses=_errors(400, 401, 403, 422, 429),
)
def market_classify(caller: Org, desk: Market, body: AdsIn, lang: LangParam = None) -> Json:
    items = [a.model_dump(exclude_none=True) for a in body.ads]
    return Json({"ads": desk.classify(items)})


async def _received(request: Request, runner: JobRunner) -> Any:
    """The multipart upload streamed into a private folder (``jalur.faces.web.upload``); 413 past the
    size limit, 422 for a body that is not multipart or has no file."""
    from jalur.faces.web import upload as uploads

    limit = runner.settings.max_upload_bytes
    try:
        received = await uploads.receive(request, runner.files_dir, limit)
    except uploads.UploadTooLarge as exc:
        from jalur.app.jobs import safe_filename

        raise JalurError(
            "error.roster_too_large", path=safe_filename(exc.filename), size=f"> {_size(limit)}",
            limit=_size(limit),
        ) from None  # fmt: skip
    except uploads.UploadMalformed:
        raise ApiError(422, "validation", fields="file") from None
    if received.path is None:
        received.discard()
        raise ApiError(422, "validation", fields="file")
    return received


@router.post(
    "/market/report",
    tags=_MARKET,
    summary="Upload job ads (CSV or XLSX): what they show — AI classes, roles, desks, AI-tool demand beside "
    "exposure, pay, places",
    description="The aggregates of `jalur market report --json` (`jalur.market/1`, docs/market-report.md), "
    "computed at once: cells under 10 ads suppressed, shares with 95% intervals, the scope statement. At most "
    "10,000 ads per file (a larger corpus: `jalur market ingest`). The file is deleted as soon as it is read; "
    "nothing of it is kept.",
    responses=_errors(400, 401, 403, 413, 415, 422, 429),
    openapi_extra=_FILE_BODY,
)
async def market_report(request: Request, caller: Org, runner: Jobs, desk: Market) -> Json:
    return await _analysed(request, runner, desk.market_report, caller)


async def _analysed(request: Request, runner: JobRunner, analyse: Any, caller: Caller) -> Json:
    """An upload received, analysed at once by the market desk (which records it in the audit log) and
    deleted."""
    from starlette.concurrency import run_in_threadpool

    received = await _received(request, runner)
    try:
        return Json(await run_in_threadpool(analyse, received, caller.org_id, caller.actor))
    finally:
        received.discard()


@router.post(
    "/layoffs/report",
    tags=_MARKET,
    summary="Upload layoff events (layoffs.fyi columns or Jalur's template, CSV or XLSX): the tracker",
    description="The tracker of `jalur layoffs report --json` (`jalur.layoffs/1`): reports of one company "
    "within 14 days grouped, by year, the country's events, AI attribution only with a quote and URL — "
    "the machine proposes candidates, a reviewer grades. The file is deleted as soon as it is read.",
    responses=_errors(400, 401, 403, 413, 415, 422, 429),
    openapi_extra=_FILE_BODY,
)
async def layoffs_report(request: Request, caller: Org, runner: Jobs, desk: Market) -> Json:
    return await _analysed(request, runner, desk.layoffs_report, caller)
