"""The GNU format, ``path:line:col: severity: message [RULE]``, which editors and compilers' problem matchers read.

GNU tools know three severities, so info and style findings are printed as ``note``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from dlint.engine.findings import Severity

if TYPE_CHECKING:
    from dlint.engine.report import Report

LEVELS = {
    Severity.ERROR: "error",
    Severity.WARNING: "warning",
    Severity.INFO: "note",
    Severity.STYLE: "note",
}


def write(report: Report, stream: TextIO) -> None:
    for finding in report.findings:
        span = finding.span
        message = " ".join(finding.message.splitlines())
        stream.write(
            f"{finding.path}:{span.line}:{span.column}: {LEVELS[finding.severity]}: {message} [{finding.rule}]\n"
        )
