"""DL1000 reports every syntax problem the parser recorded, where it was found."""

from __future__ import annotations

from dlint.engine.findings import Severity
from dlint.model.spans import Span
from tests.helpers import lint


def test_each_problem_is_an_error_finding_at_its_span():
    findings = lint("FROM alpine\nENV DEBUG\nCOPY --form=build a b\n", "DL1000")
    assert [(f.span, f.message) for f in findings] == [
        (Span(2, 1, 2, 10), "ENV must have two arguments"),
        (Span(3, 6, 3, 18), "unknown flag: --form (did you mean from?)"),
    ]
    assert {f.severity for f in findings} == {Severity.ERROR}


def test_valid_dockerfile_has_no_findings():
    assert lint("FROM alpine\nRUN echo hi\n", "DL1000") == []
