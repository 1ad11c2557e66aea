"""Resolving rule selectors and layering select / extend-select / ignore."""

from __future__ import annotations

import pytest
from rule_fixtures import sample_index

from dlint.engine.findings import Severity
from dlint.engine.selection import SelectionLayer, UnknownRule, resolve_severities, select_rules, split_selectors

INDEX = sample_index()
DEFAULTS = {"DL3006", "DL3007", "DL3008", "DL4000", "StageNameCasing"}


def test_exact_id_resolves_to_that_rule():
    assert INDEX.resolve("DL3006") == ("DL3006",)


def test_alias_resolves_to_its_rule():
    assert INDEX.resolve("CKV_DOCKER_7") == ("DL3006",)


def test_names_match_in_any_letter_case():
    assert INDEX.resolve("dl3006") == ("DL3006",)
    assert INDEX.resolve("stagenamecasing") == ("StageNameCasing",)


def test_prefix_resolves_to_every_rule_it_starts():
    assert INDEX.resolve("DL30") == ("DL3006", "DL3007", "DL3008")


def test_prefix_matches_aliases_too():
    assert INDEX.resolve("DLX9") == ("StageNameCasing",)


def test_all_resolves_to_every_rule():
    assert set(INDEX.resolve("ALL")) == set(INDEX.rules)


def test_unknown_selector_is_an_error():
    with pytest.raises(UnknownRule, match="NOPE1"):
        INDEX.resolve("NOPE1")


def test_without_layers_the_rules_on_by_default_run():
    assert select_rules(INDEX, []) == DEFAULTS


def test_select_replaces_the_defaults():
    assert select_rules(INDEX, [SelectionLayer(select=("DL3006",))]) == {"DL3006"}


def test_select_all_turns_on_rules_that_are_off_by_default():
    assert select_rules(INDEX, [SelectionLayer(select=("ALL",))]) == set(INDEX.rules)


def test_extend_select_adds_to_the_defaults():
    assert select_rules(INDEX, [SelectionLayer(extend_select=("DLX011",))]) == DEFAULTS | {"DLX011"}


def test_ignore_removes_from_the_defaults():
    assert select_rules(INDEX, [SelectionLayer(ignore=("DL4000",))]) == DEFAULTS - {"DL4000"}


def test_a_specific_ignore_beats_a_broader_select():
    layer = SelectionLayer(select=("DL3",), ignore=("DL3008",))
    assert select_rules(INDEX, [layer]) == {"DL3006", "DL3007"}


def test_a_specific_select_beats_a_broader_ignore():
    layer = SelectionLayer(select=("DL3008",), ignore=("ALL",))
    assert select_rules(INDEX, [layer]) == {"DL3008"}


def test_ignore_wins_over_select_of_the_same_rule():
    layer = SelectionLayer(select=("DL3006", "DL3007"), ignore=("DL3006",))
    assert select_rules(INDEX, [layer]) == {"DL3007"}


def test_a_later_layer_adjusts_an_earlier_select():
    config = SelectionLayer(select=("DL3",))
    command_line = SelectionLayer(ignore=("DL3006",))
    assert select_rules(INDEX, [config, command_line]) == {"DL3007", "DL3008"}


def test_a_later_select_starts_afresh():
    config = SelectionLayer(select=("DL3",), extend_select=("DL4000",))
    command_line = SelectionLayer(select=("StageNameCasing",))
    assert select_rules(INDEX, [config, command_line]) == {"StageNameCasing"}


def test_severity_overrides_resolve_aliases():
    assert resolve_severities(INDEX, [[("CKV_DOCKER_7", Severity.ERROR)]]) == {"DL3006": Severity.ERROR}


def test_within_a_layer_the_more_specific_severity_wins_whatever_the_order():
    overrides = [("DL3008", Severity.INFO), ("DL3", Severity.ERROR)]
    assert resolve_severities(INDEX, [overrides])["DL3008"] is Severity.INFO
    assert resolve_severities(INDEX, [overrides])["DL3006"] is Severity.ERROR


def test_a_later_layer_severity_wins():
    assert resolve_severities(INDEX, [[("DL3006", Severity.ERROR)], [("DL3", Severity.STYLE)]])["DL3006"] is Severity.STYLE


def test_selector_lists_split_on_commas_and_drop_blanks():
    assert split_selectors(" DL3006, DL3007,,") == ("DL3006", "DL3007")
