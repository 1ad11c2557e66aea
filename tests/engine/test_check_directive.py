"""BuildKit's ``# check=`` directive and the BUILDKIT_DOCKERFILE_CHECK build arg."""

from __future__ import annotations

from rule_fixtures import sample_index

from dlint.engine.check_directive import check_directive, parse_check_directive
from dlint.model import load

INDEX = sample_index()
STAGE_CASING = INDEX.rules["StageNameCasing"]
COPY_IGNORED = INDEX.rules["CopyIgnoredFile"]
UNTAGGED = INDEX.rules["DL3006"]


def test_skip_names_buildkit_rules_to_skip():
    assert parse_check_directive("skip=StageNameCasing", INDEX).skips(STAGE_CASING)


def test_skip_accepts_any_alias_of_the_rule():
    assert parse_check_directive("skip=dlx901", INDEX).skips(STAGE_CASING)


def test_skip_all_skips_every_buildkit_rule():
    assert parse_check_directive("skip=all", INDEX).skips(STAGE_CASING)


def test_skip_never_touches_rules_without_a_buildkit_name():
    assert not parse_check_directive("skip=all", INDEX).skips(UNTAGGED)
    assert not parse_check_directive("skip=DL3006", INDEX).skips(UNTAGGED)


def test_skip_all_leaves_experimental_rules_to_experimental():
    assert not parse_check_directive("skip=all", INDEX).skips(COPY_IGNORED)


def test_experimental_turns_on_a_named_experimental_rule():
    assert parse_check_directive("experimental=CopyIgnoredFile", INDEX).enables(COPY_IGNORED)


def test_experimental_all_turns_on_every_experimental_rule():
    assert parse_check_directive("experimental=all", INDEX).enables(COPY_IGNORED)


def test_error_true_makes_buildkit_findings_errors():
    directive = parse_check_directive("error=true", INDEX)
    assert directive.makes_error(STAGE_CASING)
    assert not directive.makes_error(UNTAGGED)


def test_all_three_settings_combine_with_semicolons():
    directive = parse_check_directive(" skip = StageNameCasing ; error=TRUE;experimental=all", INDEX)
    assert directive.skips(STAGE_CASING) and directive.error and directive.enables(COPY_IGNORED)


def test_unknown_names_and_malformed_parts_are_passed_over():
    directive = parse_check_directive("skip=NotACheck,StageNameCasing;nonsense;error=maybe", INDEX)
    assert directive.skips(STAGE_CASING)
    assert not directive.error


def test_the_directive_is_read_from_the_dockerfile():
    doc = load("# check=skip=StageNameCasing\nFROM a AS Build\n")
    assert check_directive(doc, INDEX).skips(STAGE_CASING)


def test_the_build_arg_wins_over_the_directive():
    doc = load("# check=skip=StageNameCasing\nFROM a\n", build_args={"BUILDKIT_DOCKERFILE_CHECK": "error=true"})
    directive = check_directive(doc, INDEX)
    assert directive.error and not directive.skips(STAGE_CASING)
