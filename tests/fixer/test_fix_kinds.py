"""A rule's kind of fix is declared once, in its catalogue entry, and its findings keep to it."""

from __future__ import annotations

import pytest

from dlint.engine.catalogue import CatalogueError, entry_for, read_entry
from tests.test_catalogue_examples import built_in_rules, lint_example

RULES = built_in_rules()
KINDS = {rule_id: entry.fix_kind for rule_id in RULES if (entry := entry_for(rule_id)) is not None}


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_a_fixable_rule_says_in_its_catalogue_entry_whether_its_fixes_are_safe(rule_id):
    assert (KINDS.get(rule_id) is not None) == RULES[rule_id].fixable


@pytest.mark.parametrize("rule_id", sorted(rule_id for rule_id, kind in KINDS.items() if kind == "safe"))
def test_a_rule_with_safe_fixes_gives_only_safe_fixes_on_its_examples(rule_id, tmp_path):
    fixes = [
        finding.fix
        for number, example in enumerate(entry_for(rule_id).bad)
        for finding in lint_example(rule_id, example, _folder(tmp_path, number)).findings
        if finding.fix is not None
    ]
    assert fixes and all(fix.is_safe for fix in fixes)


def _folder(tmp_path, number):
    folder = tmp_path / str(number)
    folder.mkdir()
    return folder


@pytest.mark.parametrize(
    "fix",
    ["  kind: safe\n", "  kind: maybe\n  note: x\n", "  kind: safe\n  note: x\n  why: y\n"],
    ids=["no note", "unknown kind", "unknown field"],
)
def test_a_fix_entry_needs_a_known_kind_and_a_note(fix, tmp_path):
    path = tmp_path / "X1.yaml"
    path.write_text(f"id: X1\nsummary: s\nfix:\n{fix}")
    with pytest.raises(CatalogueError, match="fix must be prose, or kind"):
        read_entry(path)


def test_a_fix_entry_gives_its_note_as_the_prose_and_its_kind(tmp_path):
    path = tmp_path / "X1.yaml"
    path.write_text("id: X1\nsummary: s\nfix:\n  kind: unsafe\n  note: the shell no longer expands $HOME\n")
    entry = read_entry(path)
    assert (entry.fix, entry.fix_kind) == ("the shell no longer expands $HOME", "unsafe")
