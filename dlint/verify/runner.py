"""Verifying one Dockerfile: lint it, build it offline, check the claims, clean up.

The build context is the Dockerfile's folder. Every image this run makes is
tagged ``dlint-verify-<run>:<n>`` and removed at the end with the intermediate
images the builder made for it, unless the caller keeps them.
"""

from __future__ import annotations

import os
import threading
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

from dlint.engine.context import RuleContext
from dlint.engine.findings import Finding
from dlint.engine.reading import Unreadable, read_file
from dlint.engine.registry import registered_rules
from dlint.engine.runner import run_rules
from dlint.model.document import Document
from dlint.model.spans import Span
from dlint.verify import build_log
from dlint.verify.build_log import BuildLog
from dlint.verify.cache_probe import Rebuild, probe_file, rebuild
from dlint.verify.claims import Observed, check_claims, unbuilt_claims
from dlint.verify.engine import BuildRun, Engine, ImageConfig
from dlint.verify.preflight import NO_TRIGGERS, BaseTriggers, needs_of
from dlint.verify.results import BUILT, FAILED, NOT_BUILT, BuildResult, StepCache, VerifyResult
from dlint.verify.steps import instruction_of

_NOT_STEPS = frozenset({"FROM", "ARG"})


@dataclass
class Session:
    """One ``dlint verify`` run: the engine, its limits, and every image it made.

    Several builds may run at once (``verify_all`` with ``jobs``); the engine
    builds them concurrently and only the tag counter needs a lock."""

    engine: Engine
    timeout: float = 300.0
    keep_images: bool = False
    run_id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    tags: list[str] = field(default_factory=list)
    intermediates: list[str] = field(default_factory=list)
    _naming: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def new_tag(self) -> str:
        with self._naming:
            tag = f"dlint-verify-{self.run_id}:{len(self.tags) + 1}"
            self.tags.append(tag)
        return tag

    def verify_all(self, paths: list[str], jobs: int = 1) -> list[VerifyResult]:
        """Verify every Dockerfile, ``jobs`` builds at a time, results in the order given.

        Linting stays on this thread (the parsers are not shared safely across
        threads); only the builds and the image checks run side by side.
        """
        linted = [_lint_or_problem(path) for path in paths]
        if jobs <= 1:
            return [_verify_linted(self, path, found) for path, found in zip(paths, linted)]
        with ThreadPoolExecutor(max_workers=jobs) as pool:
            return list(pool.map(lambda pair: _verify_linted(self, *pair), zip(paths, linted)))

    def clean_up(self) -> None:
        if self.keep_images:
            return
        self.engine.remove_images(list(reversed(self.tags)))
        self.engine.remove_images(list(reversed(self.intermediates)))
        self.tags.clear()
        self.intermediates.clear()


@dataclass(frozen=True)
class Linted:
    """A Dockerfile linted for verify: its document, findings and build context."""

    document: Document
    findings: list[Finding]
    context: Path
    ignored: Callable[[str], bool]        # a context path the .dockerignore leaves out


def verify_file(session: Session, path: str) -> VerifyResult:
    return _verify_linted(session, path, _lint_or_problem(path))


def _lint_or_problem(path: str) -> Linted | VerifyResult:
    try:
        return lint(path)
    except Unreadable as unreadable:
        return VerifyResult(path, BuildResult(NOT_BUILT, error=f"cannot read the Dockerfile: {unreadable.reason}"))


def _verify_linted(session: Session, path: str, linted: Linted | VerifyResult) -> VerifyResult:
    if isinstance(linted, VerifyResult):
        return linted
    blocked = _preflight(session.engine, linted.document)
    if blocked is not None:
        result = VerifyResult(path, blocked, tuple(unbuilt_claims(linted.findings, "the image was not built")))
    else:
        result = _build_and_check(session, path, linted)
    return _with_spans(result, linted)


def _with_spans(result: VerifyResult, linted: Linted) -> VerifyResult:
    """Point every claim at its rule's finding (or its instruction), and a failure at its instruction."""
    spans = {(f.rule, f.span.line): f.span for f in linted.findings}

    def instruction_span(line: int | None) -> Span | None:
        instruction = linted.document.instruction_at(line) if line is not None else None
        return instruction.span if instruction is not None else None

    claims = tuple(replace(c, span=spans.get((c.rule, c.line)) or instruction_span(c.line)) for c in result.claims)
    return replace(result, build=replace(result.build, span=instruction_span(result.build.line)), claims=claims)


def lint(path: str) -> Linted:
    """The document and every rule's findings, the way verify needs them (no config, no suppressions)."""
    from dlint.model import load
    from dlint.model.dockerignore import DockerIgnore

    text = read_file(path)
    document = load(text, path=path)
    context = Path(path).resolve().parent
    ignore_file = context / ".dockerignore"
    dockerignore = DockerIgnore.parse(ignore_file.read_text(errors="replace"), str(ignore_file)) if ignore_file.is_file() else None
    rule_context = RuleContext(path=path, context_dir=str(context), dockerignore=dockerignore)
    findings, _crashes = run_rules(document, registered_rules().values(), rule_context)
    # Read every shell script now, on this thread: the claim checkers may run on others.
    for instruction in document.instructions:
        document.shell(instruction)
    ignored = dockerignore.matches if dockerignore is not None else (lambda _relative: False)
    return Linted(document, findings, context, ignored)


def _preflight(engine: Engine, doc: Document) -> BuildResult | None:
    needs = needs_of(doc, engine.builder, lambda reference: _triggers_of(engine, reference))
    if needs.blockers:
        blocker = needs.blockers[0]
        return BuildResult(NOT_BUILT, error=f"cannot build offline: {blocker.reason}", line=blocker.line, builder=engine.builder)
    for image in needs.images:
        if not engine.has_image(image.reference):
            return BuildResult(
                NOT_BUILT,
                error=f"{image.role} not available locally: {image.reference}",
                line=image.line,
                builder=engine.builder,
            )
    return None


def _triggers_of(engine: Engine, reference: str) -> BaseTriggers:
    config = engine.image(reference)
    return BaseTriggers(config.onbuild, config.environment) if config is not None else NO_TRIGGERS


def _build_and_check(session: Session, path: str, linted: Linted) -> VerifyResult:
    engine, doc = session.engine, linted.document
    dockerfile = Path(path).resolve()
    tag = session.new_tag()
    run = engine.build(linted.context, dockerfile, tag, session.timeout)
    log = build_log.parse(engine.builder, run.output, failed=not run.ok)
    session.intermediates.extend(log.created_images)
    if not run.ok:
        return VerifyResult(path, _failure(doc, engine, run, log, session.timeout),
                            tuple(unbuilt_claims(linted.findings, "the image was not built")))
    image = engine.image(tag)
    changed = probe_file(doc, linted.context, linted.ignored)
    again, made = rebuild(engine, doc, dockerfile, changed, session.new_tag(), session.timeout,
                          lambda step: instruction_of(doc, engine.builder, step))
    session.intermediates.extend(made)
    observed = Observed(
        image=image,
        bases={reference: config for reference in _base_references(doc) if (config := engine.image(reference))},
        after=_images_after_workdirs(engine, doc, log),
        rebuild=again,
    )
    build = BuildResult(
        BUILT,
        seconds=run.seconds,
        image_size=image.size,
        layers=image.layers,
        builder=engine.builder,
        rebuild=_rebuild_steps(doc, engine.builder, again),
        changed_file=again.changed_file,
        image=tag if session.keep_images else None,
    )
    return VerifyResult(path, build, tuple(check_claims(doc, linted.findings, observed)))


def _failure(doc: Document, engine: Engine, run: BuildRun, log: BuildLog, timeout: float) -> BuildResult:
    output = build_log.tail(run.output)
    if run.timed_out:
        line = _step_line(doc, engine.builder, log.steps[-1]) if log.steps else None
        return BuildResult(NOT_BUILT, run.seconds, error=f"the build did not finish within {timeout:g}s",
                           line=line, output=output, builder=engine.builder)
    line = log.error_line
    if line is None and log.failed_step is not None:
        line = _step_line(doc, engine.builder, log.failed_step)
    return BuildResult(FAILED, run.seconds, error=log.error, line=line, output=output, builder=engine.builder)


def _step_line(doc: Document, builder: str, step: build_log.Step) -> int | None:
    instruction = instruction_of(doc, builder, step)
    return instruction.span.line if instruction is not None else None


def _base_references(doc: Document) -> list[str]:
    return [s.base.value for s in doc.stages if not s.base.is_stage and not s.base.is_scratch and s.base.known]


def _images_after_workdirs(engine: Engine, doc: Document, log: BuildLog) -> dict[int, ImageConfig]:
    """The image each WORKDIR step produced (classic and Buildah keep one per step)."""
    after = {}
    for step in log.steps:
        if step.keyword != "WORKDIR" or step.image_id is None:
            continue
        instruction = instruction_of(doc, engine.builder, step)
        config = engine.image(step.image_id) if instruction is not None else None
        if config is not None:
            after[instruction.index] = config
    return after


def _rebuild_steps(doc: Document, builder: str, again: Rebuild) -> tuple[StepCache, ...]:
    if again.log is None:
        return ()
    steps = []
    for step in again.log.steps:
        if step.keyword in _NOT_STEPS:
            continue
        instruction = instruction_of(doc, builder, step)
        steps.append(StepCache(instruction.span.line if instruction else None, step.text, step.cached))
    return tuple(steps)


def dockerfile_paths(paths: list[str]) -> list[str]:
    """The Dockerfiles named, folders searched the way lint searches them."""
    from dlint.engine.discovery import discover

    return discover(paths or [os.curdir])
