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

from dlint.checks._pip import pip_install_words
from dlint.checks._run_commands import RunScript, mount_targets, run_scripts, without_wrappers
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
    for run in run_scripts(doc):
        if _cache_off_for_run(doc, run):
            continue
        for original in run.script.commands:
            command = without_wrappers(original)
            words = pip_install_words(command)
            if words is None or command.has_option("--no-cache-dir", "--no-cache"):
                continue
            yield Violation(
                original.span,
                "Avoid use of cache directory with pip. Use `pip install --no-cache-dir <package>`",
            )


def _cache_off_for_run(doc: Document, run: RunScript) -> bool:
    if any(".cache/pip" in target for target in mount_targets(run.run, "cache", "tmpfs")):
        return True
    if _is_boolean(doc.scope(run.instruction).value(NO_CACHE)):
        return True
    for command in run.script.commands:
        words = command.assignments + (command.argv[1:] if command.program in ("export", "env") else ())
        for word in words:
            name, _, value = word.value.partition("=")
            if name == NO_CACHE and _is_boolean(value):
                return True
    return False


def _is_boolean(value: str | None) -> bool:
    return value is not None and value.strip().lower() in _BOOLEANS
