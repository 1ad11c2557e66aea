"""Each fix on a real-looking Dockerfile: ``golden/<case>/before`` fixed is exactly ``after``.

``select`` names the rules a case runs, so a fix of another rule cannot change
the golden files. Every byte outside the fixed spans stays (comments, blank
lines, continuations, CRLF line endings, the ``# escape=`` character), fixing
the fixed text changes nothing, and the fixed text parses and no longer
reports the selected rules.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dlint.engine.config.settings import FileSettings
from dlint.engine.lint import FileJob, lint_file_and_model
from dlint.fixer.passes import fix_text
from dlint.model import load

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(path.name for path in GOLDEN.iterdir() if path.is_dir())


def _read(case: str, name: str) -> str:
    return (GOLDEN / case / name).read_bytes().decode("utf-8")


def _fixer(case: str):
    settings = FileSettings(rules=frozenset(_read(case, "select").split()))

    def fix(text: str):
        return fix_text(text, lambda current: lint_file_and_model(FileJob("Dockerfile", settings, text=current)))

    return fix


@pytest.mark.parametrize("case", CASES)
def test_fixing_before_gives_after(case):
    fixed = _fixer(case)(_read(case, "before"))
    assert fixed.refused is None
    assert fixed.text == _read(case, "after")


@pytest.mark.parametrize("case", CASES)
def test_fixing_again_changes_nothing(case):
    fixed = _fixer(case)(_read(case, "after"))
    assert (fixed.text, fixed.applied) == (_read(case, "after"), 0)


@pytest.mark.parametrize("case", CASES)
def test_fixed_text_parses_and_no_longer_reports_the_rules(case):
    assert load(_read(case, "after")).errors == load(_read(case, "before")).errors
    remaining = _fixer(case)(_read(case, "after")).result.findings
    assert [finding for finding in remaining if finding.fixable] == []


def test_a_fix_made_wrong_by_another_is_fixed_again_in_the_next_pass():
    fixed = _fixer("several-rules-in-passes")(_read("several-rules-in-passes", "before"))
    # seven findings; FromAsCasing first matches `as` to the old lower-case `from`,
    # then, in the next pass, to the `FROM` ConsistentInstructionCasing wrote
    assert fixed.applied == 8


def _environment(text: str) -> list[tuple[str, str | None]]:
    """Every ENV and LABEL pair, expanded as the build would."""
    from dlint.model.key_value import key_value_pairs

    document = load(text)
    return [
        (pair.key.value, document.scope(instruction).expand(pair.value.value).value)
        for instruction in document.instructions
        for pair in key_value_pairs(instruction)
    ]


@pytest.mark.parametrize("case", [case for case in CASES if case.startswith("legacy")])
def test_key_equals_value_keeps_every_value(case):
    assert _environment(_read(case, "after")) == _environment(_read(case, "before"))
