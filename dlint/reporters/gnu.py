"""The GNU format, ``path:line:col: severity: message [RULE]``, which editors and compilers' problem matchers read.

GNU tools know three severities, so info and style findings are printed as ``note``.
Control characters and undecodable bytes of paths and messages are escaped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from dlint.engine.findings import Severity
from dlint.reporters.printable import printable

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
        message = printable(" ".join(finding.message.splitlines()))
        stream.write(
            f"{printable(finding.path)}:{span.line}:{span.column}: {LEVELS[finding.severity]}: {message} [{finding.rule}]\n"
        )
