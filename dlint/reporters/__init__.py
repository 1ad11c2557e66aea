"""Output formats: each module writes a :class:`~dlint.engine.report.Report` to a text stream.

A format's module is imported only when that format is chosen, so a run that
prints plain text never pays for SARIF's catalogue reading or JSON encoding.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from dlint.engine.report import Report

FORMATS: dict[str, str] = {
    "text": "dlint.reporters.text",
    "json": "dlint.reporters.json_format",
    "sarif": "dlint.reporters.sarif",
    "gnu": "dlint.reporters.gnu",
    "github": "dlint.reporters.github",
}


def render(format: str, report: Report, stream: TextIO) -> None:
    """Write ``report`` to ``stream`` in ``format`` (one of :data:`FORMATS`)."""
    try:
        module_name = FORMATS[format]
    except KeyError:
        raise ValueError(f"unknown output format {format!r}; choose one of {', '.join(FORMATS)}") from None
    importlib.import_module(module_name).write(report, stream)
