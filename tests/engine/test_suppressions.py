"""Ignore comments: what each one covers, what it silences, and which silence nothing."""

from __future__ import annotations

import textwrap

from rule_fixtures import sample_index

from dlint.engine.findings import Finding, Severity
from dlint.engine.selection import RuleIndex
from dlint.engine.suppressions import apply_suppressions, find_suppressions, unused_suppressions
from dlint.model import load
from dlint.model.spans import Span

INDEX = sample_index()


def document(text):
    return load(textwrap.dedent(text))


def finding(rule, line, aliases=None, index=INDEX):
    """A finding of ``rule`` carrying ``aliases`` (None: all the rule's, as the engine gives a violation that names none)."""
    if aliases is None:
        aliases = index.rules[rule].aliases if rule in index.rules else ()
    return Finding("Dockerfile", rule, aliases, Severity.WARNING, "msg", Span(line, 1, line, 2))


def kept(text, *findings):
    doc = document(text)
    remaining, _ = apply_suppressions(list(findings), find_suppressions(doc), INDEX)
    return [(f.rule, f.span.line) for f in remaining]


def unused(text, *findings, ran=("DL3006", "DL3007", "DL3008")):
    doc = document(text)
    suppressions = find_suppressions(doc)
    _, used = apply_suppressions(list(findings), suppressions, INDEX)
    return unused_suppressions(doc, suppressions, used, ran, INDEX)


def test_dlint_ignore_silences_the_rule_on_the_next_instruction():
    text = """\
        FROM a
        # dlint ignore=DL3006
        RUN x
        """
    assert kept(text, finding("DL3006", 3)) == []


def test_dlint_ignore_leaves_other_rules_alone():
    text = """\
        # dlint ignore=DL3006
        RUN x
        """
    assert kept(text, finding("DL3007", 2)) == [("DL3007", 2)]


def test_dlint_ignore_leaves_later_instructions_alone():
    text = """\
        # dlint ignore=DL3006
        RUN x
        RUN y
        """
    assert kept(text, finding("DL3006", 3)) == [("DL3006", 3)]


def test_ignore_covers_every_line_of_a_multi_line_instruction():
    text = """\
        # dlint ignore=DL3008
        RUN apt-get update \\
         && apt-get install -y curl
        """
    assert kept(text, finding("DL3008", 3)) == []


def test_ignore_lists_several_rules_and_a_reason():
    text = """\
        # dlint ignore=DL3006, DL3007 -- pinned upstream
        FROM a
        """
    assert kept(text, finding("DL3006", 2), finding("DL3007", 2)) == []


def test_reason_may_follow_the_names_without_spaces():
    text = """\
        # dlint ignore=DL3006--pinned upstream
        FROM a
        """
    assert kept(text, finding("DL3006", 2)) == []


def test_names_with_single_dashes_are_read_whole():
    from dlint.engine.registry import registered_rules

    doc = document("""\
        # dlint ignore=AVD-DS-0001 -- pinned upstream
        FROM a
        """)
    index = RuleIndex(registered_rules())
    remaining, _ = apply_suppressions([finding("DL3006", 2, index=index)], find_suppressions(doc), index)
    assert remaining == []


def test_ignore_may_sit_above_other_comment_lines():
    text = """\
        # dlint ignore=DL3006
        # why: the base image is ours
        FROM a
        """
    assert kept(text, finding("DL3006", 3)) == []


def test_each_of_several_stacked_ignores_covers_the_instruction_below():
    text = """\
        # dlint ignore=DL3006
        # dlint ignore=DL3007
        FROM a
        """
    assert kept(text, finding("DL3006", 3), finding("DL3007", 3)) == []


def test_two_ignores_above_one_instruction_both_count_as_used():
    text = """\
        # dlint ignore=DL3006
        # dlint ignore=DL3006
        FROM a
        """
    assert unused(text, finding("DL3006", 3)) == []


def test_a_blank_line_ends_the_reach_of_an_ignore():
    text = """\
        # dlint ignore=DL3006

        FROM a
        """
    assert kept(text, finding("DL3006", 3)) == [("DL3006", 3)]


def test_hadolint_ignore_is_honoured():
    text = """\
        # hadolint ignore=DL3006
        FROM a
        """
    assert kept(text, finding("DL3006", 2)) == []


def test_rules_may_be_named_by_alias_in_any_case():
    text = """\
        # dlint ignore=ckv_docker_7
        FROM a
        """
    assert kept(text, finding("DL3006", 2)) == []


def test_rules_may_be_named_by_prefix():
    text = """\
        # dlint ignore=DL30
        FROM a
        """
    assert kept(text, finding("DL3006", 2), finding("DL3007", 2)) == []


def test_global_ignore_silences_the_rule_everywhere():
    text = """\
        FROM a
        RUN x
        # dlint global ignore=DL3006
        """
    assert kept(text, finding("DL3006", 1), finding("DL3006", 2)) == []


def test_hadolint_global_ignore_is_honoured():
    text = """\
        # hadolint global ignore=DL3006
        FROM a
        RUN x
        """
    assert kept(text, finding("DL3006", 3)) == []


def test_comment_that_only_mentions_dlint_is_not_an_ignore():
    text = """\
        # dlint is great, ignore nothing
        FROM a
        """
    assert kept(text, finding("DL3006", 2)) == [("DL3006", 2)]


def test_a_used_ignore_is_not_reported():
    text = """\
        # dlint ignore=DL3006
        FROM a
        """
    assert unused(text, finding("DL3006", 2)) == []


def test_an_ignore_that_silenced_nothing_is_reported_on_its_comment():
    text = """\
        FROM a
        # dlint ignore=DL3006
        RUN x
        """
    [violation] = unused(text)
    assert violation.span == Span(2, 1, 2, 22)
    assert "DL3006 reports nothing on the next instruction" in violation.message


def test_an_unused_hadolint_ignore_is_reported():
    text = """\
        # hadolint ignore=DL3007
        FROM a
        """
    assert len(unused(text)) == 1


def test_only_the_unused_names_of_an_ignore_are_reported():
    text = """\
        # dlint ignore=DL3006,DL3007
        FROM a
        """
    [violation] = unused(text, finding("DL3006", 2))
    assert "DL3007" in violation.message and "DL3006" not in violation.message
    assert violation.fix is None


def test_a_fully_unused_ignore_can_be_removed_by_its_fix():
    text = """\
        FROM a
        # dlint ignore=DL3006
        RUN x
        """
    [violation] = unused(text)
    [edit] = violation.fix.edits
    assert (edit.span, edit.replacement) == (Span(2, 1, 3, 1), "")


def test_an_unknown_rule_in_an_ignore_is_reported_as_unknown():
    text = """\
        # dlint ignore=NOPE1
        FROM a
        """
    assert "NOPE1 is not a known rule" in unused(text)[0].message


def test_an_ignore_of_a_rule_that_did_not_run_says_so():
    text = """\
        # dlint ignore=DL4000
        FROM a
        """
    assert "DL4000 is not enabled" in unused(text)[0].message


def test_an_ignore_with_no_instruction_below_says_so():
    text = """\
        FROM a
        # dlint ignore=DL3006
        """
    assert "no instruction follows" in unused(text)[0].message


def test_an_unused_global_ignore_is_reported():
    text = """\
        # dlint global ignore=DL3006
        FROM a
        """
    assert "reports nothing in this file" in unused(text)[0].message
