"""The rebuild: which steps the builder takes from its cache the second time.

When the image installs dependencies, the rebuild is an experiment: what the
build is sent is copied to a temporary folder (:mod:`dlint.verify.build_context`),
one application file that is not a dependency manifest gets a blank line, and
the copy is built again. An
install step that re-runs then is one a code change re-runs every time.
Without a dependency install the same context is simply built again.
The user's files are never touched.
"""

from __future__ import annotations

import secrets
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from dlint.model.source_tree_copies import SOURCE_SUFFIXES
from dlint.engine.discovery import is_dockerfile_name
from dlint.model.document import Document
from dlint.model.instruction import Instruction
from dlint.verify import build_log
from dlint.verify.build_context import BuildContext, append_to_copied_file, copy_context
from dlint.verify.build_log import BuildLog
from dlint.verify.dependencies import copied_sources, copies, dependency_installs, is_manifest
from dlint.verify.engine import BuildRun


@dataclass(frozen=True)
class Rebuild:
    """The second build: the file changed before it, its log and which instructions came from cache."""

    changed_file: str | None                        # the file changed before rebuilding, if any
    log: BuildLog | None                            # None when the rebuild did not finish
    cached: dict[int, bool]                         # instruction index -> taken from cache
    error: str | None = None
    skipped: tuple[str, ...] = ()                   # FIFOs, sockets, devices left out of the copy


def probe_file(doc: Document, context: BuildContext) -> str | None:
    """The application file to change: one copied before the first install if any, else one copied later."""
    installs = dependency_installs(doc)
    if not installs:
        return None
    first_install = installs[0].index
    copy_instructions = [i for i in doc.instructions if i.keyword in ("COPY", "ADD")]
    files = sorted(
        (f for f in context.files() if _is_application_file(f)),
        key=lambda f: not f.endswith(SOURCE_SUFFIXES),
    )
    before = [i for i in copy_instructions if i.index < first_install]
    for group in (before, copy_instructions):
        sources = [source for instruction in group for source in copied_sources(doc, instruction)]
        chosen = next((f for f in files if any(copies(source, f) for source in sources)), None)
        if chosen is not None:
            return chosen
    return None


def _is_application_file(relative_path: str) -> bool:
    """Not a manifest, and not a file that drives the build itself (Dockerfiles, ignore files)."""
    name = Path(relative_path).name
    return not is_manifest(relative_path) and not is_dockerfile_name(name) and not name.endswith(".dockerignore")


Build = Callable[[Path, Path], tuple[BuildRun, BuildLog]]
"""Builds a Dockerfile (second path) with a build context (first path)."""


def rebuild(
    build: Build,
    context: BuildContext,
    dockerfile: Path,
    changed_file: str | None,
    instruction_of: Callable[[build_log.Step], Instruction | None],
) -> Rebuild:
    """Build again, from a changed copy of what the build is sent when ``changed_file`` is set."""
    if changed_file is None:
        return _measure(build, context.folder, dockerfile, None, instruction_of)
    with tempfile.TemporaryDirectory(prefix="dlint-verify-") as folder:
        copy = Path(folder) / "context"
        skipped = copy_context(context, copy)
        append_to_copied_file(copy, changed_file, _unique_blank_line())
        inside = dockerfile.is_relative_to(context.folder)
        copied_dockerfile = copy / dockerfile.relative_to(context.folder) if inside else dockerfile
        again = _measure(build, copy, copied_dockerfile, changed_file, instruction_of)
        return replace(again, skipped=skipped)


def _unique_blank_line() -> bytes:
    """A line of spaces and tabs, different on every run.

    Whitespace keeps the file valid in any language; being different each
    time keeps a builder whose cache outlives this run (BuildKit's) from
    recognising the change from an earlier run.
    """
    bits = secrets.randbits(32)
    return b"\n" + b"".join(b"\t" if bits >> shift & 1 else b" " for shift in range(32)) + b"\n"


def _measure(
    build: Build,
    context: Path,
    dockerfile: Path,
    changed_file: str | None,
    instruction_of: Callable[[build_log.Step], Instruction | None],
) -> Rebuild:
    run, log = build(context, dockerfile)
    if not run.ok:
        reason = "timed out" if run.timed_out else (log.error or "failed")
        return Rebuild(changed_file, None, {}, error=f"the rebuild {reason}")
    cached = {}
    for step in log.steps:
        instruction = instruction_of(step)
        if instruction is not None:
            cached[instruction.index] = step.cached
    return Rebuild(changed_file, log, cached)
