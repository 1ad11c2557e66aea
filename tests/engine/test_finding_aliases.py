"""A violation may name which of its rule's aliases it matches; findings, selection and ignore comments follow."""

from __future__ import annotations

import textwrap

import pytest
from rule_fixtures import make_rule

from dlint.engine.context import RuleContext
from dlint.engine.findings import Finding, Severity, Violation
from dlint.engine.runner import run_rules
from dlint.engine.selection import RuleIndex, SelectionLayer, finding_selected, select_rules
from dlint.engine.suppressions import apply_suppressions, find_suppressions
from dlint.model import load
from dlint.model.spans import Span

TEXT = "FROM a\nRUN curl -k x\nRUN pip install --trusted-host h y\n"


def _two_findings(document, context):
    yield Violation(Span(2, 5, 2, 12), "curl", aliases=("CKV2_DOCKER_2",))
    yield Violation(Span(3, 5, 3, 30), "pip", aliases=("CKV2_DOCKER_4",))


TLS = make_rule("DLX006", "CKV2_DOCKER_2", "CKV2_DOCKER_4", "CKV2_DOCKER_9", check=_two_findings)
OTHER = make_rule("DL3006", "CKV_DOCKER_7")
INDEX = RuleIndex({rule.id: rule for rule in (TLS, OTHER)})


def findings(rule=TLS):
    found, crashes = run_rules(load(TEXT), [rule], RuleContext(path="Dockerfile"))
    if crashes:
        raise crashes[0].error
    return found


def test_a_finding_carries_only_the_aliases_its_violation_names():
    assert [f.aliases for f in findings()] == [("CKV2_DOCKER_2",), ("CKV2_DOCKER_4",)]


def test_a_violation_without_aliases_carries_all_of_its_rules():
    rule = make_rule("DLX006", "CKV2_DOCKER_2", check=lambda d, c: [Violation(Span(1, 1, 1, 2), "m")])
    assert findings(rule)[0].aliases == ("CKV2_DOCKER_2",)


def test_a_violation_naming_an_alias_its_rule_lacks_is_a_crash_of_the_rule():
    rule = make_rule("DLX006", "CKV2_DOCKER_2", check=lambda d, c: [Violation(Span(1, 1, 1, 2), "m", aliases=("X",))])
    with pytest.raises(ValueError):
        findings(rule)


def kept_by(*layers):
    return [f.message for f in findings() if finding_selected(INDEX, layers, (f.rule, *f.aliases), True)]


def test_selecting_an_alias_keeps_only_the_findings_carrying_it():
    assert kept_by(SelectionLayer(select=("CKV2_DOCKER_4",))) == ["pip"]


def test_ignoring_an_alias_drops_only_the_findings_carrying_it():
    assert kept_by(SelectionLayer(ignore=("ckv2_docker_2",))) == ["pip"]


def test_the_rule_id_and_a_prefix_stand_for_every_finding():
    assert kept_by(SelectionLayer(select=("DLX006",))) == ["curl", "pip"]
    assert kept_by(SelectionLayer(select=("CKV2",))) == ["curl", "pip"]


def test_an_exact_alias_is_not_a_prefix_of_longer_ones():
    rule = make_rule("R1", "CKV_DOCKER_1", "CKV_DOCKER_10")
    index = RuleIndex({"R1": rule})
    assert not finding_selected(index, (SelectionLayer(select=("CKV_DOCKER_1",)),), ("R1", "CKV_DOCKER_10"), True)


def test_a_rule_runs_when_one_of_its_aliases_is_selected_or_another_stays():
    assert select_rules(INDEX, [SelectionLayer(select=("CKV2_DOCKER_9",))]) == {"DLX006"}
    assert "DLX006" in select_rules(INDEX, [SelectionLayer(ignore=("CKV2_DOCKER_2",))])
    assert "DLX006" not in select_rules(INDEX, [SelectionLayer(ignore=("DLX006",))])


def test_an_unknown_selector_is_still_refused():
    from dlint.engine.selection import UnknownRule

    with pytest.raises(UnknownRule):
        select_rules(INDEX, [SelectionLayer(ignore=("NOPE_1",))])


def test_an_ignore_comment_naming_an_alias_silences_only_the_findings_carrying_it():
    doc = load(textwrap.dedent("""\
        FROM a
        # dlint ignore=CKV2_DOCKER_4
        RUN curl -k x
        # dlint ignore=CKV2_DOCKER_4
        RUN pip install --trusted-host h y
        """))
    curl = Finding("Dockerfile", "DLX006", ("CKV2_DOCKER_2",), Severity.ERROR, "curl", Span(3, 5, 3, 12))
    pip = Finding("Dockerfile", "DLX006", ("CKV2_DOCKER_4",), Severity.ERROR, "pip", Span(5, 5, 5, 30))
    kept, used = apply_suppressions([curl, pip], find_suppressions(doc), INDEX)
    assert [f.message for f in kept] == ["curl"]
    assert used == {(1, "CKV2_DOCKER_4")}
