"""Linting one Dockerfile: read it, build the model, run the rules, apply its comments and directives.

:func:`lint_file` never raises. A file it cannot read, or a bug in the parser
or in a rule, becomes a :class:`~dlint.engine.report.FileProblem` for that
file; the other rules' findings on the same file are still reported. Findings of
two rules that report one problem at one place are merged into one
(:mod:`dlint.engine.same_problem`) before the ignore comments apply, so
either rule's name silences it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from dlint.engine.check_directive import CheckDirective, check_directive, without_skipped
from dlint.engine.context import RuleContext
from dlint.engine.findings import Finding, Severity
from dlint.engine.reading import Unreadable, read_file
from dlint.engine.registry import Rule, registered_rules
from dlint.engine.report import FileProblem, Rewrite
from dlint.engine.runner import run_rules
from dlint.engine.same_problem import merge_same_problems
from dlint.engine.selection import RuleIndex, finding_selected
from dlint.engine.config.settings import FileSettings
from dlint.engine.shellcheck_program import find_shellcheck, runs_shellcheck
from dlint.engine.suppressions import UNUSED_SUPPRESSION, apply_suppressions, find_suppressions, unused_suppressions

if TYPE_CHECKING:
    from dlint.model.dockerignore import DockerIgnore
    from dlint.model.document import Document


@dataclass(frozen=True)
class FileJob:
    """One file to lint and its settings; plain data, so it can go to a worker process."""

    path: str                      # the name findings carry: as given, or ``--stdin-filename`` (``-`` without one)
    settings: FileSettings
    text: str | None = None        # the source when already read (stdin); None: read ``path``
    context_dir: str | None = None  # the build context; None for stdin without a name or --context


@dataclass
class FileResult:
    """What linting one file gave: its findings and problems, and what the report needs of it."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    problems: list[FileProblem] = field(default_factory=list)
    lines: tuple[str, ...] | None = None     # the source lines, kept only when something points into them
    ran: frozenset[str] = frozenset()
    failed: bool = False                     # a finding at or above the file's fail-on level
    linted: bool = False                     # the file was read and parsed
    rewrite: Rewrite | None = None           # with --fix: the text before and after the fixes


@lru_cache(maxsize=1)
def current_index() -> RuleIndex:
    """Every rule of this process (built-ins and plugins), by each of its names."""
    return RuleIndex(registered_rules())


def job_for_file(path: str, settings: FileSettings) -> FileJob:
    return FileJob(path, settings, context_dir=settings.context or os.path.dirname(os.path.abspath(path)))


def lint_file(job: FileJob) -> FileResult:
    """Lint one file; every failure is reported in the result, never raised."""
    return lint_file_and_model(job)[0]


def lint_file_and_model(job: FileJob) -> tuple[FileResult, Document | None]:
    """:func:`lint_file`, and the document the rules read (None when the file could not be linted)."""
    result = FileResult(job.path)
    try:
        text = job.text if job.text is not None else read_file(job.path)
    except Unreadable as unreadable:
        result.problems.append(FileProblem(job.path, unreadable.reason, "unreadable", unreadable.line, unreadable.column))
        return result, None
    except Exception as error:  # MemoryError on a huge read: this file's problem only
        result.problems.append(_internal_error(job.path, None, error))
        return result, None
    try:
        return result, _lint_text(text, job, result)
    except Exception as error:  # a bug in the parser or the model must not stop the other files
        result.problems.append(_internal_error(job.path, None, error))
    return result, None


def _lint_text(text: str, job: FileJob, result: FileResult) -> Document:
    from dlint.model import load

    index = current_index()
    settings = job.settings
    document = load(text, path=job.path, build_args=dict(settings.build_args))
    result.linted = True
    checks = check_directive(document, index)
    experimental = frozenset(rule.id for rule in index.rules.values() if checks.enables(rule))
    rules = _rules_to_run(index, settings, checks, experimental)
    context = RuleContext(
        path=job.path,
        context_dir=job.context_dir,
        dockerignore=dockerignore_for(job.path, job.context_dir) if job.context_dir else None,
        context_given=settings.context is not None,
        trusted_registries=tuple(settings.trusted_registries),
        label_schema=dict(settings.label_schema),
        strict_labels=settings.strict_labels,
        shellcheck=find_shellcheck(settings.shellcheck) if any(runs_shellcheck(rule) for rule in rules) else None,
    )
    severities = {rule.id: Severity.ERROR for rule in rules if checks.makes_error(rule)}
    severities.update(settings.severities)
    findings, crashes = run_rules(document, rules, context, severities, settings.rule_options)
    result.problems += [_internal_error(job.path, crash.rule, crash.error) for crash in crashes]
    findings = merge_same_problems(without_skipped(document, findings, index), index.rules)
    findings = _selected_findings(findings, index, settings, experimental)
    if settings.inline_ignores:
        findings = _apply_comments(document, findings, rules, context, severities, index)
    result.findings = findings
    result.ran = frozenset(rule.id for rule in rules)
    result.failed = settings.fail_on is not None and any(f.severity >= settings.fail_on for f in findings)
    # only a file with something to show keeps its lines, for code frames
    result.lines = document.lines if findings else None
    return document


def _rules_to_run(index: RuleIndex, settings: FileSettings, checks: CheckDirective, experimental: frozenset[str]) -> list[Rule]:
    chosen = settings.rules_with(index, experimental)
    return [rule for rule_id, rule in index.rules.items() if rule_id in chosen and not checks.skips(rule)]


def _selected_findings(
    findings: list[Finding], index: RuleIndex, settings: FileSettings, experimental: frozenset[str]
) -> list[Finding]:
    """The findings the selection keeps: a rule that runs for one of its aliases keeps only the findings carrying it."""
    if not any(layer.select is not None or layer.extend_select or layer.ignore for layer in settings.layers):
        return findings
    return [
        finding
        for finding in findings
        if finding_selected(
            index,
            settings.layers,
            (finding.rule, *finding.aliases),
            index.rules[finding.rule].enabled or finding.rule in experimental,
        )
    ]


def _apply_comments(
    document: Document,
    findings: list[Finding],
    rules: list[Rule],
    context: RuleContext,
    severities: dict[str, Severity],
    index: RuleIndex,
) -> list[Finding]:
    suppressions = find_suppressions(document)
    if not suppressions:
        return findings
    kept, used = apply_suppressions(findings, suppressions, index)
    unused_rule = next((rule for rule in rules if rule.id == UNUSED_SUPPRESSION), None)
    if unused_rule is None:
        return kept
    violations = unused_suppressions(document, suppressions, used, (rule.id for rule in rules), index)
    reporter = replace(unused_rule, check=lambda _document, _context: violations)
    unused, _ = run_rules(document, [reporter], context, severities)
    unused, _ = apply_suppressions(unused, [s for s in suppressions if s.is_global], index)
    return sorted(kept + unused, key=lambda finding: finding.sort_key)


def dockerignore_for(path: str, context_dir: str) -> DockerIgnore | None:
    """BuildKit's ``<Dockerfile>.dockerignore`` beside the file, else the context's ``.dockerignore``."""
    beside = () if path == "-" else (f"{path}.dockerignore",)   # a Dockerfile on stdin has no name to put it beside
    for candidate in (*beside, os.path.join(context_dir, ".dockerignore")):
        if os.path.isfile(candidate):
            return _read_dockerignore(os.path.abspath(candidate))
    return None


@lru_cache(maxsize=64)
def _read_dockerignore(path: str) -> DockerIgnore | None:
    from dlint.model.dockerignore import DockerIgnore

    try:
        with open(path, encoding="utf-8", errors="replace") as stream:
            return DockerIgnore.parse(stream.read(), path)
    except OSError:
        return None


def _internal_error(path: str, rule: str | None, error: BaseException) -> FileProblem:
    import traceback

    where = f"rule {rule}" if rule else "dlint"
    summary = f"{type(error).__name__}: {error}".splitlines()[0] if str(error) else type(error).__name__
    return FileProblem(
        path=path,
        message=f"internal error in {where}: {summary}",
        kind="internal-error",
        rule=rule,
        detail="".join(traceback.format_exception(error)),
    )
