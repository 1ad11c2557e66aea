"""DL3054: an spdx label of the label-schema holds an SPDX license expression."""

from __future__ import annotations

import json

import pytest

from dlint.checks.dl3054_invalid_license_label import license_problem
from dlint.engine.catalogue import catalogue_dir
from dlint.engine.context import RuleContext
from dlint.model.spans import Span
from tests.helpers import lint

FROM = "FROM alpine:3.20\n"
SCHEMA = RuleContext(path="Dockerfile", label_schema={"license": "spdx"})


def test_value_that_names_no_license_is_reported_on_the_value():
    findings = lint(FROM + 'LABEL license="not-spdx"\n', "DL3054", context=SCHEMA)
    assert [f.span for f in findings] == [Span(2, 15, 2, 25)]
    assert "`not-spdx` is not on the SPDX License List" in findings[0].message


@pytest.mark.parametrize("value", ["MIT", "BSD-3-Clause", '"Apache-2.0 OR MIT"'])
def test_license_ids_and_expressions_are_fine(value):
    assert lint(FROM + f"LABEL license={value}\n", "DL3054", context=SCHEMA) == []


def test_near_miss_suggests_the_id():
    findings = lint(FROM + 'LABEL license="Apache 2.0"\n', "DL3054", context=SCHEMA)
    assert "did you mean `Apache-2.0`?" in findings[0].message


def test_value_is_judged_after_expansion():
    assert len(lint(FROM + "ARG LICENSE=GPLv3\nLABEL license=$LICENSE\n", "DL3054", context=SCHEMA)) == 1
    assert lint(FROM + "ARG LICENSE=GPL-3.0-only\nLABEL license=$LICENSE\n", "DL3054", context=SCHEMA) == []


def test_label_outside_the_schema_is_not_judged():
    assert lint(FROM + "LABEL other=not-spdx\n", "DL3054", context=SCHEMA) == []


@pytest.mark.parametrize(
    "expression",
    [
        "MIT",
        "mit",
        "apache-2.0",
        "GPL-2.0+",
        "GPL-2.0",
        "LicenseRef-acme-proprietary",
        "DocumentRef-spdx-tool-1.2:LicenseRef-MIT-Style-2",
        "GPL-2.0-only WITH Classpath-exception-2.0",
        "Apache-2.0 WITH LLVM-exception",
        "MIT OR Apache-2.0",
        "MIT AND (LGPL-2.1-or-later OR BSD-3-Clause)",
        "((MIT))",
        "mit or apache-2.0",
    ],
)
def test_spdx_expressions_are_accepted(expression):
    assert license_problem(expression) is None


@pytest.mark.parametrize(
    "expression",
    [
        "GPLv3",
        "MIT OR",
        "OR MIT",
        "MIT Apache-2.0",
        "(MIT",
        "MIT)",
        "()",
        "MIT WITH",
        "MIT WITH MIT",
        "Apache-2.0 with-exception",
        "MIT Or Apache-2.0",
        "LicenseRef-",
    ],
)
def test_other_text_is_refused(expression):
    assert license_problem(expression) is not None


def test_unknown_exception_is_named():
    assert "`Nope-exception` is not on the SPDX License Exceptions List" in license_problem("MIT WITH Nope-exception")


def test_data_file_lists_each_id_once():
    data = json.loads((catalogue_dir() / "data" / "spdx-licenses.json").read_text(encoding="utf-8"))
    for ids in (data["licenses"], data["exceptions"]):
        lowered = [i.lower() for i in ids]
        assert len(lowered) == len(set(lowered))
    assert "MIT" in data["licenses"] and "Classpath-exception-2.0" in data["exceptions"]


@pytest.mark.parametrize("value", ["BSD", "GPL2", "See:"])
def test_short_values_get_no_far_fetched_suggestion(value):
    assert "did you mean" not in license_problem(value)


def test_a_long_value_is_refused_without_a_suggestion():
    problem = license_problem("MIT-" + "x" * 5000)
    assert "is not on the SPDX License List" in problem and "did you mean" not in problem


def test_near_miss_of_a_long_id_is_still_suggested():
    assert "did you mean `GPL-2.0-with-classpath-exception`?" in license_problem("GPL-2.0-with-classpath-exceptio")
