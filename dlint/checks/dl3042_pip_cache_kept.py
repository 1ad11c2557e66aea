"""``pip install`` that keeps its download cache in the image (DL3042).

pip caches every wheel it downloads under ``~/.cache/pip``; in an image
layer that is dead weight. Not reported when ``--no-cache-dir`` is given,
when ``PIP_NO_CACHE_DIR`` is set (by ENV or ARG in this stage or a parent, or
on the command line; pip turns the cache off for any boolean value, even
``0``), or when a cache mount covers the pip cache (``--mount=type=cache,
target=/root/.cache/pip``). Reported on the pip command.
"""

from __future__ import annotations

from collections.abc import Iterable

from dlint.model.commands import ResolvedCommand
from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule

NO_CACHE = "PIP_NO_CACHE_DIR"
_BOOLEANS = frozenset({"1", "0", "true", "false", "yes", "no", "on", "off", "y", "n", "t", "f"})


@rule(
    "DL3042",
    title="pip install keeps its cache in the image",
    severity=Severity.WARNING,
    category="performance",
    tags=("image-size",),
)
def pip_cache_kept(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    for command in doc.commands("pip", "install", keyword="RUN"):
        if command.has_flag("no-cache-dir") or _cache_off_for_run(doc, command):
            continue
        yield Violation(
            command.span, "Avoid use of cache directory with pip. Use `pip install --no-cache-dir <package>`"
        )


def _cache_off_for_run(doc: Document, command: ResolvedCommand) -> bool:
    if command.cache_mounted:
        return True
    if _is_boolean(doc.scope(command.listed).value(NO_CACHE)):
        return True
    for other in doc.commands_of(command.listed):
        shell_command = other.shell_command
        words = shell_command.assignments + (shell_command.argv[1:] if shell_command.program in ("export", "env") else ())
        for word in words:
            name, _, value = word.value.partition("=")
            if name == NO_CACHE and _is_boolean(value):
                return True
    return False


def _is_boolean(value: str | None) -> bool:
    return value is not None and value.strip().lower() in _BOOLEANS
