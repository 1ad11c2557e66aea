"""The tutorials' Dockerfiles report exactly the findings their ``expected.json`` lists.

Each ``fixtures/tutorials/<name>/`` folder is a build context: a Dockerfile,
the files it adds, and ``expected.json``, a list of ``{"rule", "line"}``.
The Dockerfile is linted with every registered rule, so none may crash on it.
Compared are the findings of the rules these fixtures were written for
(:data:`TUTORIAL_RULES`, those on by default) and of every rule that any
``expected.json`` names: a compared rule that stops reporting, or starts
reporting something new, on any tutorial fails the test. To bring another
rule under this check, list its findings in the expected files.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from dlint.engine.registry import registered_rules
from tests.helpers import lint

TUTORIALS = Path(__file__).resolve().parents[1] / "fixtures" / "tutorials"

TUTORIAL_RULES = frozenset({
    "DL3000", "DL3006", "DL3007", "DL3008", "DL3009", "DL3012", "DL3013", "DL3015", "DL3020", "DL3025",
    "DL3042", "DL4000", "DL4003", "DL4004", "DLX001", "DLX002", "DLX003", "DLX011",
})


def _expected(tutorial: Path) -> list[tuple[str, int]]:
    return sorted((item["rule"], item["line"]) for item in json.loads((tutorial / "expected.json").read_text()))


def _compared_rules() -> frozenset[str]:
    rules = registered_rules()
    named = {rule for tutorial in TUTORIALS.iterdir() for rule, _ in _expected(tutorial)}
    return frozenset(r for r in TUTORIAL_RULES if rules[r].enabled) | named


@pytest.mark.parametrize("tutorial", sorted(TUTORIALS.iterdir()), ids=lambda path: path.name)
def test_tutorial_reports_exactly_its_expected_findings(tutorial: Path, tmp_path: Path):
    context = tmp_path / tutorial.name
    shutil.copytree(tutorial, context)
    findings = lint((context / "Dockerfile").read_text(), *registered_rules(), directory=context)
    compared = _compared_rules()
    found = sorted((f.rule, f.span.line) for f in findings if f.rule in compared)
    assert found == _expected(tutorial)


def test_every_tutorial_rule_is_registered():
    assert TUTORIAL_RULES <= set(registered_rules())
