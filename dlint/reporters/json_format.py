"""The JSON format: every finding and every file that could not be linted, for scripts.

Positions are 1-based and ``end_column`` is exclusive, as in the rest of dlint.
A fixable finding carries its fix: a description, whether it is safe (applied
by ``--fix``) or why not (applied only with ``--unsafe-fixes``), and its edits.
A path's control characters and bytes that are not UTF-8 are backslash escapes.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, TextIO

import dlint
from dlint.reporters.printable import printable

if TYPE_CHECKING:
    from dlint.engine.findings import Finding, Fix, Related
    from dlint.engine.report import FileProblem, Report
    from dlint.model.spans import Span


def write(report: Report, stream: TextIO) -> None:
    document = {
        "version": dlint.__version__,
        "files": report.files,
        "findings": [_finding(finding) for finding in report.findings],
        "errors": [_problem(problem) for problem in report.problems],
    }
    json.dump(document, stream, indent=2)
    stream.write("\n")


def _finding(finding: Finding) -> dict[str, Any]:
    return {
        "path": printable(finding.path),
        **_position(finding.span),
        "rule": finding.rule,
        "aliases": list(finding.aliases),
        "severity": str(finding.severity),
        "message": finding.message,
        "fixable": finding.fixable,
        "related": [_related(related) for related in finding.related],
        "fix": _fix(finding.fix) if finding.fix is not None else None,
    }


def _position(span: Span) -> dict[str, int]:
    return {"line": span.line, "column": span.column, "end_line": span.end_line, "end_column": span.end_column}


def _related(related: Related) -> dict[str, Any]:
    return {**_position(related.span), "message": related.message}


def _fix(fix: Fix) -> dict[str, Any]:
    return {
        "description": fix.description,
        "safe": fix.is_safe,
        "unsafe_because": fix.unsafe_because,
        "edits": [{**_position(edit.span), "replacement": edit.replacement} for edit in fix.edits],
    }


def _problem(problem: FileProblem) -> dict[str, Any]:
    return {
        "path": printable(problem.path),
        "message": problem.message,
        "kind": problem.kind,
        "line": problem.line,
        "column": problem.column,
        "rule": problem.rule,
    }
