"""Choosing a format by name, and paying only for the format chosen."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from dlint.reporters import FORMATS

PROJECT = Path(__file__).resolve().parents[2]


def test_unknown_format_is_refused_with_the_known_ones(report, output):
    with pytest.raises(ValueError, match="unknown output format 'xml'; choose one of text, json, sarif, gnu, github"):
        output("xml", report())


@pytest.mark.parametrize("format", sorted(FORMATS))
def test_every_format_writes_something_for_a_finding(format, report, output):
    assert output(format, report()).strip()


def imported_after(code: str) -> set[str]:
    script = textwrap.dedent(code) + "\nprint(' '.join(sorted(sys.modules)))\n"
    result = subprocess.run(
        [sys.executable, "-c", "import sys\n" + script], cwd=PROJECT, capture_output=True, text=True, check=True
    )
    return set(result.stdout.split())


def test_plain_text_imports_neither_pygments_nor_other_formats():
    modules = imported_after(
        """
        import io
        from dlint.engine.report import Report
        from dlint.reporters import render
        render("text", Report(findings=[], problems=[], rules=[], files=1), io.StringIO())
        """
    )
    assert not {"pygments", "json", "dlint.reporters.sarif", "dlint.reporters.json_format"} & modules
