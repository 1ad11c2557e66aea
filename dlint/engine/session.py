"""One lint run: find the files, settle each one's settings, lint them (in parallel when asked), build the report.

Every file gets its own result: one that cannot be read, crashes a rule or the
parser, or kills a worker process is reported for itself and the others are
reported as usual.

Configs are read and validated before any file is linted, so a bad config
stops the run with its :class:`~dlint.engine.config.dlint_file.ConfigError` instead of
half a report.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import BinaryIO

from dlint.engine.config.dlint_file import Config
from dlint.engine.config.lookup import ConfigFinder
from dlint.engine.discovery import discover
from dlint.engine.lint import FileJob, FileResult, current_index, job_for_file, lint_file
from dlint.engine.reading import Unreadable, read_stream
from dlint.engine.report import FileProblem, Notice, Report, Rewrite
from dlint.engine.selection import RuleIndex
from dlint.engine.config.settings import SettingsResolver
from dlint.engine.shellcheck_program import NOT_FOUND_NOTICE, find_shellcheck, runs_shellcheck

STDIN = "-"

# Below this many files a process pool costs more to start than it saves.
PARALLEL_MIN_FILES = 8


@dataclass(frozen=True)
class LintRequest:
    """What to lint and with which settings, as the command line asks."""

    paths: tuple[str, ...] = ()                 # files, folders, ``-`` for stdin; none: the current folder
    command_line: Config = field(default_factory=Config)
    config_file: str | None = None              # --config
    use_config: bool = True                     # False for --no-config
    stdin_filename: str | None = None
    jobs: int = 1


@dataclass
class LintOutcome:
    """The report of a run and whether it fails."""

    report: Report
    failed: bool          # some finding is at or above its file's fail-on level
    inputs: tuple[str, ...] = ()   # the files read, stdin's --stdin-filename too: what a report must not overwrite
    rewrites: list[Rewrite] = field(default_factory=list)   # with --fix: each file's text before and after

    @property
    def exit_code(self) -> int:
        if self.report.problems:
            return 2
        return 1 if self.failed else 0


def run_lint(
    request: LintRequest, stdin: BinaryIO | None = None, lint: Callable[[FileJob], FileResult] = lint_file
) -> LintOutcome:
    """Lint what ``request`` names, each file with ``lint`` (the fixer's with ``--fix``); raises ConfigError for a bad config."""
    index = current_index()
    finder = ConfigFinder(index, request.config_file, search=request.use_config)
    resolver = SettingsResolver(index, request.command_line)
    paths = request.paths or (".",)
    found = discover(paths)
    notices = list(found.notices)
    if not found.files and not found.problems:
        notices.append(Notice(f"no Dockerfiles found in {', '.join(paths)}"))
    jobs: list[FileJob] = []
    results: list[FileResult | None] = [FileResult(problem.path, problems=[problem]) for problem in found.problems]
    for path in found.files:
        if path == STDIN:
            job, problem = _stdin_job(request, finder, resolver, stdin)
            if problem is not None:
                results.append(FileResult(job.path, problems=[problem]))
                continue
        else:
            job = job_for_file(path, resolver.for_file(finder.for_file(path), path))
        jobs.append(job)
        results.append(None)
    linted = iter(_run(jobs, request.jobs, lint))
    results = [result if result is not None else next(linted) for result in results]
    inputs = tuple(path for path in found.files if path != STDIN)
    if STDIN in found.files and request.stdin_filename:
        inputs += (request.stdin_filename,)
    notices += _notices(jobs, index)
    return _outcome(results, index, notices, inputs)


def _notices(jobs: Sequence[FileJob], index: RuleIndex) -> list[Notice]:
    """A notice when SC rules are selected (they are off by default, so the user asked) and ShellCheck is missing."""
    for job in jobs:
        asked = any(runs_shellcheck(index.rules[rule_id]) for rule_id in job.settings.rules if rule_id in index.rules)
        if asked and find_shellcheck(job.settings.shellcheck) is None:
            return [Notice(NOT_FOUND_NOTICE, level="notice")]
    return []


def job_for_plain_run(path: str) -> FileJob:
    """The job ``dlint PATH`` makes for one file: its config found as usual, nothing from the command line."""
    index = current_index()
    config = ConfigFinder(index, None, search=True).for_file(path)
    return job_for_file(path, SettingsResolver(index, Config()).for_file(config, path))


def _stdin_job(
    request: LintRequest, finder: ConfigFinder, resolver: SettingsResolver, stdin: BinaryIO | None
) -> tuple[FileJob, FileProblem | None]:
    name = request.stdin_filename
    settings = resolver.for_file(finder.for_file(name), name)
    display = name or STDIN
    context_dir = settings.context or (os.path.dirname(os.path.abspath(name)) if name else None)
    try:
        text = read_stream(stdin) if stdin is not None else ""
    except Unreadable as unreadable:
        problem = FileProblem(display, unreadable.reason, "unreadable", unreadable.line, unreadable.column)
        return FileJob(display, settings), problem
    return FileJob(display, settings, text=text, context_dir=context_dir), None


def _run(jobs: Sequence[FileJob], workers: int, lint: Callable[[FileJob], FileResult]) -> list[FileResult]:
    if workers <= 1 or len(jobs) < PARALLEL_MIN_FILES:
        return [lint(job) for job in jobs]
    from dlint.engine.workers import lint_in_workers

    return lint_in_workers(jobs, min(workers, len(jobs)), lint)


def _outcome(results: list[FileResult], index: RuleIndex, notices: list[Notice], inputs: tuple[str, ...]) -> LintOutcome:
    findings = [finding for result in results for finding in result.findings]
    problems = [problem for result in results for problem in result.problems]
    ran = set().union(*(result.ran for result in results))
    report = Report(
        findings=findings,
        problems=problems,
        rules=[rule for rule_id, rule in index.rules.items() if rule_id in ran],
        files=sum(result.linted for result in results),
        sources={result.path: result.lines for result in results if result.lines is not None},
        root=os.getcwd(),
        notices=notices,
    )
    rewrites = [result.rewrite for result in results if result.rewrite is not None]
    return LintOutcome(report, failed=any(result.failed for result in results), inputs=inputs, rewrites=rewrites)
