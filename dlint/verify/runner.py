"""Verifying one Dockerfile: lint it, build it offline, check the claims, clean up.

The file is linted the way a plain ``dlint PATH`` lints it (its config, its
``.dockerignore``-aware build context, its suppressions), so the claims are
about the findings a user sees. The build context is that same context.

Everything this run makes is labelled ``org.dlint.verify.run=<run>``, its
images tagged ``dlint-verify-<run>:<n>``; the build containers and
intermediate images the builder announces are recorded as they appear.
:meth:`Session.clean_up` removes them all, whichever way the run ends: a
stopped run (:meth:`Session.stop`) first ends every build client's process
group, so nothing is left running either.
"""

from __future__ import annotations

import os
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

from dlint.engine.findings import Finding
from dlint.engine.lint import dockerignore_for, lint_file_and_model
from dlint.engine.session import job_for_plain_run
from dlint.model.document import Document
from dlint.model.spans import Span
from dlint.verify import build_log
from dlint.verify.build_context import BuildContext
from dlint.verify.build_log import BuildLog
from dlint.verify.cache_probe import Rebuild, probe_file, rebuild
from dlint.verify.claims import Observed, check_claims, unbuilt_claims
from dlint.verify.engine import BuildProcess, BuildRun, Engine, ImageConfig
from dlint.verify.preflight import NO_TRIGGERS, BaseTriggers, needs_of
from dlint.verify.results import BUILT, FAILED, NOT_BUILT, BuildResult, StepCache, VerifyResult
from dlint.verify.steps import instruction_of

RUN_LABEL = "org.dlint.verify.run"
_NOT_STEPS = frozenset({"FROM", "ARG"})


class Stopped(Exception):
    """The run was stopped (:meth:`Session.stop`) before this build could start."""


@dataclass
class Session:
    """One ``dlint verify`` run: the engine, its limits, and everything it made.

    Several builds may run at once (``verify_all`` with ``jobs``); the
    records of what was made are shared, behind one lock."""

    engine: Engine
    timeout: float = 300.0
    keep_images: bool = False
    run_id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    tags: list[str] = field(default_factory=list)
    intermediates: list[str] = field(default_factory=list)
    containers: list[str] = field(default_factory=list)
    _running: set[BuildProcess] = field(default_factory=set, repr=False)
    _stopped: threading.Event = field(default_factory=threading.Event, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def new_tag(self) -> str:
        with self._lock:
            tag = f"dlint-verify-{self.run_id}:{len(self.tags) + 1}"
            self.tags.append(tag)
        return tag

    def build(self, context: Path, dockerfile: Path, build_args: dict[str, str]) -> tuple[str, BuildRun, BuildLog]:
        """Build once, recording the containers and images the builder announces, even when interrupted."""
        tag = self.new_tag()
        with self._lock:
            if self._stopped.is_set():
                raise Stopped
            process = self.engine.start_build(context, dockerfile, tag, {RUN_LABEL: self.run_id}, build_args)
            self._running.add(process)
        try:
            run = process.wait(self.timeout)
        finally:
            process.stop()
            with self._lock:
                self._running.discard(process)
            self._record(process.output())
        return tag, run, build_log.parse(self.engine.builder, run.output, failed=not run.ok)

    def _record(self, output: str) -> None:
        builder = self.engine.builder
        made = build_log.parse(builder, output, failed=True).created_images
        with self._lock:
            self.intermediates.extend(made)
            self.containers.extend(build_log.started_containers(builder, output))

    def verify_all(self, paths: list[str], jobs: int = 1) -> list[VerifyResult]:
        """Verify every Dockerfile, ``jobs`` builds at a time, results in the order given.

        Linting stays on this thread (the parsers are not shared safely across
        threads); only the builds and the image checks run side by side.
        """
        linted = [_lint_or_problem(path) for path in paths]
        if jobs <= 1:
            return [_verify_linted(self, path, found) for path, found in zip(paths, linted)]
        pool = ThreadPoolExecutor(max_workers=jobs)
        try:
            return list(pool.map(lambda pair: _verify_linted(self, *pair), zip(paths, linted)))
        except BaseException:
            self.stop()
            raise
        finally:
            pool.shutdown(wait=True, cancel_futures=True)

    def stop(self) -> None:
        """Start no more builds and end the running ones (their clients' whole process groups)."""
        with self._lock:
            self._stopped.set()
            running = list(self._running)
        for process in running:
            process.stop()

    def clean_up(self) -> None:
        """Remove the build containers left, then every image this run made unless they are kept."""
        with self._lock:
            containers, self.containers = self.containers, []
        self.engine.remove_containers(containers)
        if self.keep_images:
            return
        labelled = self.engine.labelled_images(RUN_LABEL, self.run_id)
        self.engine.remove_images(list(reversed(self.tags)))
        self.engine.remove_images(list(reversed(self.intermediates)))
        self.engine.remove_images([image for image in labelled if self.engine.has_image(image)])
        self.tags.clear()
        self.intermediates.clear()


@dataclass(frozen=True)
class Linted:
    """A Dockerfile linted for verify: its document, findings and build context."""

    document: Document
    findings: list[Finding]
    context: BuildContext


def verify_file(session: Session, path: str) -> VerifyResult:
    return _verify_linted(session, path, _lint_or_problem(path))


def _lint_or_problem(path: str) -> Linted | VerifyResult:
    linted = lint(path)
    if isinstance(linted, str):
        return VerifyResult(path, BuildResult(NOT_BUILT, error=f"cannot lint the Dockerfile: {linted}"))
    return linted


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


def lint(path: str) -> Linted | str:
    """The document, findings and build context of a plain ``dlint PATH``; why not, when it cannot be linted."""
    job = job_for_plain_run(path)
    result, document = lint_file_and_model(job)
    if document is None:
        return result.problems[0].message if result.problems else "it could not be read"
    # Read every shell script now, on this thread: the claim checkers may run on others.
    for instruction in document.instructions:
        document.shell(instruction)
    return Linted(document, result.findings, _build_context(path, job.context_dir))


def _build_context(path: str, context_dir: str) -> BuildContext:
    folder = Path(context_dir).resolve()
    dockerfile = Path(path).resolve()
    beside = dockerfile.with_name(dockerfile.name + ".dockerignore")
    sent = [folder / ".dockerignore", dockerfile, beside]
    return BuildContext(
        folder,
        dockerignore_for(path, context_dir),
        frozenset(file.relative_to(folder).as_posix() for file in sent if file.is_relative_to(folder)),
    )


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
    tag, run, log = session.build(linted.context.folder, dockerfile, doc.build_args)
    if not run.ok:
        return VerifyResult(path, _failure(doc, engine, run, log, session.timeout),
                            tuple(unbuilt_claims(linted.findings, "the image was not built")))
    image = engine.image(tag)
    changed = probe_file(doc, linted.context)
    again = rebuild(lambda context, copied: session.build(context, copied, doc.build_args)[1:],
                    linted.context, dockerfile, changed, lambda step: instruction_of(doc, engine.builder, step))
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
        skipped=again.skipped,
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
        if step.keyword in _NOT_STEPS or step.text.startswith(f"LABEL {RUN_LABEL}="):
            continue
        instruction = instruction_of(doc, builder, step)
        steps.append(StepCache(instruction.span.line if instruction else None, step.text, step.cached))
    return tuple(steps)


def dockerfile_paths(paths: list[str]) -> list[str]:
    """The Dockerfiles named, folders searched the way lint searches them."""
    from dlint.engine.discovery import discover

    return discover(paths or [os.curdir]).files
