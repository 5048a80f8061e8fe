"""Parse an untrusted file in a separate, limited process, so that nothing in it can stop the caller.

A user's spreadsheet can make a parser abort the whole process (python-calamine aborts on an allocation it
cannot make; no ``except`` catches that), eat gigabytes, or spin for minutes. Every roster and every user
table in XLSX form is therefore read by a child process (``python -m jalur.tables.isolate``) that:

* sets its own limits before reading anything: address space (``RLIMIT_AS``, ``memory_mb``), CPU seconds
  (``RLIMIT_CPU``), no core file (a core would hold the roster's personal data), no file writes
  (``RLIMIT_FSIZE`` 0: the child only reads its input and answers on its standard output);
* runs one registered task (``TASKS``: a name → ``module:function``; nothing else can be asked for) and
  writes one JSON object to standard output: ``{"ok": result}`` or ``{"error": {key, params, details}}``
  for a ``JalurError`` the user can fix; a ``MemoryError`` is reported as such.

The parent waits at most ``timeout_seconds`` (then kills the child's whole process group) and turns every
way a child can end into a result or a bilingual ``JalurError``: killed at the time limit or by the CPU
limit → ``error.file_too_slow``; aborted, out of memory or killed by a signal → ``error.file_too_complex``;
any other failure → ``error.file_read_failed``. The child's standard error is never logged or shown (it
could quote a cell); only how it ended is.

Starting a child costs about a fifth of a second, paid once per file.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import logging
import os
import resource
import signal
import subprocess
import sys
from dataclasses import dataclass
from typing import Any

from jalur.errors import JalurError

log = logging.getLogger("jalur.tables.isolate")

#: what a child may be asked to run
TASKS: dict[str, str] = {
    "roster": "jalur.workforce.roster:isolated_read",
    "grid": "jalur.tables.usertable:isolated_grid",
}
#: set in the child's environment: code that would start another child runs directly instead
CHILD_ENV = "JALUR_ISOLATED_CHILD"


@dataclass(frozen=True)
class Limits:
    timeout_seconds: float = 15.0
    memory_mb: int = 1024

    @property
    def cpu_seconds(self) -> int:
        return int(self.timeout_seconds) + 5


DEFAULT_LIMITS = Limits()


def in_child() -> bool:
    """Whether this process is an isolated reader (then read directly: never start a grandchild)."""
    return os.environ.get(CHILD_ENV) == "1"


def limits_from_env() -> Limits:
    """``JALUR_PARSE_TIMEOUT`` (seconds) and ``JALUR_PARSE_MEMORY_MB``, else the defaults."""
    try:
        timeout = float(os.environ.get("JALUR_PARSE_TIMEOUT") or DEFAULT_LIMITS.timeout_seconds)
        memory = int(os.environ.get("JALUR_PARSE_MEMORY_MB") or DEFAULT_LIMITS.memory_mb)
    except ValueError:
        return DEFAULT_LIMITS
    return Limits(max(1.0, timeout), max(128, memory))


def run(task: str, args: dict[str, Any], *, name: str, limits: Limits | None = None) -> Any:
    """Run ``TASKS[task](**args)`` in a limited child and return its result (JSON types). ``name`` is the
    file name shown in messages (never a temporary path)."""
    if task not in TASKS:
        raise ValueError(f"unknown isolated task {task!r}")
    limits = limits or limits_from_env()
    env = {
        **os.environ,
        CHILD_ENV: "1",
        "PYTHONDONTWRITEBYTECODE": "1",
        "RUST_BACKTRACE": "0",
        "OMP_NUM_THREADS": "1",
        "OPENBLAS_NUM_THREADS": "1",
    }
    request = json.dumps(
        {"task": task, "args": args, "memory_mb": limits.memory_mb, "cpu_seconds": limits.cpu_seconds}
    ).encode()
    proc = subprocess.Popen(
        [sys.executable, "-m", "jalur.tables.isolate"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        start_new_session=True,  # its own process group: killed whole at the time limit
        close_fds=True,
    )
    try:
        out, _err = proc.communicate(request, timeout=limits.timeout_seconds)
    except subprocess.TimeoutExpired:
        _kill_group(proc)
        proc.communicate()
        log.warning("isolated %s read stopped at its time limit (%.0f s)", task, limits.timeout_seconds)
        raise JalurError("error.file_too_slow", path=name, seconds=f"{limits.timeout_seconds:.0f}") from None
    except BaseException:
        _kill_group(proc)
        proc.communicate()
        raise
    code = proc.returncode
    if code == 0:
        try:
            answer = json.loads(out)
        except ValueError:
            answer = None
        if isinstance(answer, dict) and "ok" in answer:
            return answer["ok"]
        if isinstance(answer, dict) and isinstance(answer.get("error"), dict):
            err = answer["error"]
            if err.get("key") == "memory":
                raise _too_complex(name, limits, task, "MemoryError")
            params = {str(k): v for k, v in (err.get("params") or {}).items()}
            raise JalurError(str(err.get("key")), details=list(err.get("details") or []), **params)
        log.error("isolated %s read gave no answer", task)
        raise JalurError("error.file_read_failed", path=name)
    if code < 0:
        sig = -code
        if sig == signal.SIGXCPU:
            log.warning("isolated %s read stopped by its CPU limit", task)
            raise JalurError("error.file_too_slow", path=name, seconds=f"{limits.timeout_seconds:.0f}")
        raise _too_complex(name, limits, task, signal.Signals(sig).name if sig in _SIGNALS else str(sig))
    log.error("isolated %s read ended with exit status %d", task, code)
    raise JalurError("error.file_read_failed", path=name)


_SIGNALS = {int(s) for s in signal.Signals}


def _too_complex(name: str, limits: Limits, task: str, how: str) -> JalurError:
    log.warning("isolated %s read ended by %s (memory limit %d MB)", task, how, limits.memory_mb)
    return JalurError("error.file_too_complex", path=name, limit=f"{limits.memory_mb} MB")


def _kill_group(proc: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)


# ---------------------------------------------------------------------------------------------- the child
def _set_limits(memory_mb: int, cpu_seconds: int) -> None:
    mem = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (mem, mem))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 2))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write then fails with EFBIG instead of killing
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))


def _child() -> int:
    request = json.loads(sys.stdin.buffer.read())
    task = str(request["task"])
    target = TASKS[task]  # only registered tasks
    _set_limits(int(request["memory_mb"]), int(request["cpu_seconds"]))
    out = sys.stdout.buffer
    try:
        module, _, func = target.partition(":")
        result = getattr(importlib.import_module(module), func)(**request["args"])
        data = json.dumps({"ok": result}, ensure_ascii=False, separators=(",", ":")).encode()
    except JalurError as exc:
        params = {k: str(v) for k, v in exc.params.items()}
        data = json.dumps({"error": {"key": exc.key, "params": params, "details": exc.details}}).encode()
    except MemoryError:
        data = b'{"error": {"key": "memory"}}'
    out.write(data)
    out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(_child())
