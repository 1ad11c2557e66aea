"""GitHub Actions workflow commands: each finding becomes an annotation on the pull request.

``::error file=Dockerfile,line=3,col=6,endLine=3,endColumn=12,title=DL3006::message``.
GitHub has three annotation levels, so info and style findings are notices. Paths are
relative to the report's root, which the workflow runs from: the repository's checkout.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from dlint.engine.findings import Severity
from dlint.reporters.locations import display_path
from dlint.reporters.printable import printable

if TYPE_CHECKING:
    from dlint.engine.report import Report

# the runner unescapes %0A into a line break of the annotation; other controls are escaped
KEPT_IN_MESSAGES = "\t\n"
COMMANDS = {
    Severity.ERROR: "error",
    Severity.WARNING: "warning",
    Severity.INFO: "notice",
    Severity.STYLE: "notice",
}


def write(report: Report, stream: TextIO) -> None:
    for finding in report.findings:
        span = finding.span
        properties = {
            "file": printable(display_path(finding.path, report.root)),
            "line": span.line,
            "col": span.column,
            "endLine": span.end_line,
            "endColumn": span.end_column,
            "title": finding.rule,
        }
        if span.line != span.end_line:  # GitHub places columns only within one line
            del properties["col"], properties["endColumn"]
        listed = ",".join(f"{name}={escape_property(str(value))}" for name, value in properties.items())
        message = escape_data(printable(finding.message, keep=KEPT_IN_MESSAGES))
        stream.write(f"::{COMMANDS[finding.severity]} {listed}::{message}\n")


def escape_data(text: str) -> str:
    """Escape a command's message the way the Actions runner unescapes it."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value: like a message, plus the ``:`` and ``,`` that separate properties."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")
