"""Receiving an uploaded roster: the multipart body is streamed straight into a private folder under the
service's own files folder (``<files>/.incoming/<random>/``, mode 0700, the file 0600), never into the
system's temporary folder, and never held whole in memory. The file's name on disk is random (only the
suffix of the name sent is kept, for the format); the name sent is returned for display, to be cleaned by
the caller.

Whoever receives an upload deletes it (``Upload.discard``) as soon as it has been read, whatever happens;
``sweep`` removes what a crash left behind (at start-up and every few minutes), so that no raw roster with
its names, NIK and salaries outlives the request that brought it.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path
from typing import Any

from starlette.datastructures import FormData, Headers, UploadFile
from starlette.formparsers import MultiPartException, MultiPartParser
from starlette.requests import Request

from jalur.app.uploads import Upload, new_folder

#: form fields of an upload form at most, and their size (the file aside)
MAX_FIELDS = 20
MAX_FIELD_BYTES = 64 * 1024
#: allowed suffixes kept on disk (anything else is stored as .bin and refused by the caller)
SUFFIXES = (".csv", ".txt", ".tsv", ".xlsx", ".xlsm", ".xls", ".ods")


class UploadTooLarge(Exception):
    def __init__(self, limit: int, filename: str | None = None) -> None:
        super().__init__(limit)
        self.limit = limit
        self.filename = filename


class UploadMalformed(Exception):
    pass


class _PrivateParser(MultiPartParser):
    """Starlette's multipart parser, writing the file part into a private folder instead of a spooled
    temporary file, counting its bytes and hashing them as they arrive."""

    def __init__(self, headers: Headers, stream: Any, *, folder: Path, max_file_bytes: int) -> None:
        super().__init__(headers, stream, max_files=1, max_fields=MAX_FIELDS, max_part_size=MAX_FIELD_BYTES)
        self.folder = folder
        self.max_file_bytes = max_file_bytes
        self.size = 0
        self.digest = hashlib.sha256()
        self.path: Path | None = None

    def on_part_data(self, data: bytes, start: int, end: int) -> None:
        if self._current_part.file is not None:
            self.size += end - start
            if self.size > self.max_file_bytes:
                raise UploadTooLarge(self.max_file_bytes, self._current_part.file.filename)
            self.digest.update(data[start:end])
        super().on_part_data(data, start, end)

    def on_headers_finished(self) -> None:
        from python_multipart.multipart import parse_options_header
        from starlette.formparsers import _user_safe_decode

        _, options = parse_options_header(self._current_part.content_disposition)
        if b"filename" not in options:
            super().on_headers_finished()
            return
        try:
            self._current_part.field_name = _user_safe_decode(options[b"name"], self._charset)
        except KeyError:
            raise MultiPartException(
                'The Content-Disposition header field "name" must be provided.'
            ) from None
        self._current_files += 1
        if self._current_files > self.max_files:
            raise MultiPartException(f"Too many files. Maximum number of files is {self.max_files}.")
        filename = _user_safe_decode(options[b"filename"], self._charset)
        suffix = Path(filename.replace("\\", "/")).suffix.casefold()
        self.path = self.folder / f"upload{suffix if suffix in SUFFIXES else '.bin'}"
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        fh = os.fdopen(fd, "w+b")
        self._files_to_close_on_error.append(fh)  # type: ignore[arg-type]
        self._current_part.file = UploadFile(
            file=fh, size=0, filename=filename, headers=Headers(raw=self._current_part.item_headers)
        )


async def receive(request: Request, files_dir: Path, max_file_bytes: int) -> Upload:
    """The fields and the file of a multipart request, the file streamed into a private folder.
    ``UploadTooLarge`` past ``max_file_bytes``; ``UploadMalformed`` for a body that is not multipart."""
    ctype = request.headers.get("content-type", "")
    if not ctype.casefold().startswith("multipart/form-data"):
        raise UploadMalformed("not multipart/form-data")
    folder = new_folder(files_dir)
    parser = _PrivateParser(request.headers, request.stream(), folder=folder, max_file_bytes=max_file_bytes)
    try:
        form: FormData = await parser.parse()
    except UploadTooLarge:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    except MultiPartException as exc:
        shutil.rmtree(folder, ignore_errors=True)
        raise UploadMalformed(str(exc)) from None
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    fields: dict[str, str] = {}
    filename: str | None = None
    for key, value in form.multi_items():
        if isinstance(value, UploadFile):
            filename = value.filename
            value.file.close()
        elif key not in fields:
            fields[key] = value
    upload = Upload(fields, filename, parser.path, parser.size, parser.digest.hexdigest(), folder)
    if upload.path is None:
        upload.discard()
    return upload
