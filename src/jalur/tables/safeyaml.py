"""YAML from users, with limits: a size, a nesting depth and a number of nodes, and no anchors or aliases
(they make "billion laughs" documents possible). The limits are checked on PyYAML's event stream — its
parser is a state machine, not a recursion — before anything is composed, so that no recursive code ever
runs on a hostile document. Every refusal and every syntax error is a :class:`jalur.errors.JalurError`
with a bilingual message (never a traceback)."""

from __future__ import annotations

import yaml

from jalur.errors import JalurError

#: the default limits (a scenario file or a column mapping is a few hundred bytes)
MAX_BYTES = 64 * 1024
MAX_DEPTH = 20
MAX_NODES = 10_000

_NODE_EVENTS = (yaml.ScalarEvent, yaml.SequenceStartEvent, yaml.MappingStartEvent)
_OPEN_EVENTS = (yaml.SequenceStartEvent, yaml.MappingStartEvent)
_CLOSE_EVENTS = (yaml.SequenceEndEvent, yaml.MappingEndEvent)


class YamlRefused(JalurError):
    """A YAML document refused; ``exceeded`` names the limit (``max_bytes``, ``max_depth``, ``max_nodes``,
    ``aliases``) or ``syntax`` for a document that is not valid YAML."""

    def __init__(self, key: str, exceeded: str, source: str = "", limit: int = 0, detail: str = "") -> None:
        where = f"{source}: " if source else ""
        super().__init__(key, exceeded=exceeded, source=source, where=where, limit=limit, detail=detail)
        self.exceeded = exceeded


def _problem(exc: Exception) -> str:
    """The first line of what is wrong, with its position when PyYAML knows it."""
    if isinstance(exc, yaml.MarkedYAMLError) and exc.problem:
        text = exc.problem
        if exc.problem_mark is not None:
            text += f" (line {exc.problem_mark.line + 1}, column {exc.problem_mark.column + 1})"
    else:
        lines = str(exc).strip().splitlines()
        text = lines[0] if lines else type(exc).__name__
    return text[:200]


def check_limits(
    text: str, *, max_depth: int = MAX_DEPTH, max_nodes: int = MAX_NODES, source: str = ""
) -> None:
    """Walks the event stream of ``text``: refuses nesting deeper than ``max_depth``, more than ``max_nodes``
    nodes (scalars, sequences, mappings) and any anchor or alias. Syntax errors propagate as
    ``yaml.YAMLError``."""
    depth = 0
    nodes = 0
    for event in yaml.parse(text, Loader=yaml.SafeLoader):
        if isinstance(event, yaml.AliasEvent):
            raise YamlRefused("error.yaml_alias", "aliases", source=source)
        if isinstance(event, _NODE_EVENTS):
            if event.anchor is not None:
                raise YamlRefused("error.yaml_alias", "aliases", source=source)
            nodes += 1
            if nodes > max_nodes:
                raise YamlRefused("error.yaml_too_many_nodes", "max_nodes", source=source, limit=max_nodes)
            if isinstance(event, _OPEN_EVENTS):
                depth += 1
                if depth > max_depth:
                    raise YamlRefused("error.yaml_too_deep", "max_depth", source=source, limit=max_depth)
        elif isinstance(event, _CLOSE_EVENTS):
            depth -= 1


def safe_load(
    text: str,
    *,
    max_bytes: int = MAX_BYTES,
    max_depth: int = MAX_DEPTH,
    max_nodes: int = MAX_NODES,
    source: str = "",
) -> object:
    """``yaml.safe_load`` of ``text`` within the limits; ``source`` names the document in messages (a file
    name; none by default). Refusals and syntax errors raise :class:`YamlRefused` (a ``JalurError``)."""
    size = len(text) if len(text) > max_bytes else len(text.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        raise YamlRefused("error.yaml_too_large", "max_bytes", source=source, limit=max_bytes)
    try:
        check_limits(text, max_depth=max_depth, max_nodes=max_nodes, source=source)
        return yaml.safe_load(text)
    except (yaml.YAMLError, ValueError, OverflowError) as exc:
        # ValueError: e.g. an integer of more digits than Python converts; the document is refused the same way
        raise YamlRefused("error.yaml_syntax", "syntax", source=source, detail=_problem(exc)) from None
