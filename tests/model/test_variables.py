"""Variable scopes with BuildKit's semantics: global ARGs, stage ARGs, ENV, build args."""

from __future__ import annotations

import pytest

from dlint.model import load
from dlint.model.variables import DEFAULT_PATH, PROXY_ARGS, global_scope, scope_before


def document(text: str, **build_args: str):
    return load(text, build_args=build_args)


def at(doc, line: int):
    """The instruction that starts on ``line``."""
    return next(instruction for instruction in doc.instructions if instruction.start_line == line)


def scope_at(text: str, line: int, **build_args: str):
    doc = document(text, **build_args)
    return scope_before(doc, at(doc, line))


# Global scope and FROM


def test_global_arg_default_is_used_in_from():
    doc = document("ARG PY=3.12\nFROM python:$PY\n")
    assert doc.stages[0].base.value == "python:3.12"


def test_global_arg_without_default_is_unknown_in_from():
    doc = document("ARG PY\nFROM python:$PY\n")
    assert doc.stages[0].base.known is False


def test_build_arg_overrides_global_default():
    doc = document("ARG PY=3.12\nFROM python:$PY\n", PY="3.11")
    assert doc.stages[0].base.value == "python:3.11"


def test_build_arg_gives_value_to_global_arg_without_default():
    assert global_scope(document("ARG PY\nFROM python\n", PY="3.9")).value("PY") == "3.9"


def test_build_arg_without_declaration_changes_nothing():
    assert global_scope(document("FROM python\n", PY="3.9")).defined("PY") is False


def test_global_default_can_use_an_earlier_global_arg():
    assert global_scope(document("ARG A=1\nARG B=${A}.0\nFROM x\n")).value("B") == "1.0"


def test_global_arg_scope_before_it_excludes_its_own_value():
    assert scope_at("ARG A=1\nARG A=2\nFROM x\n", 2).value("A") == "1"


def test_from_sees_only_global_args_not_stage_args():
    doc = document("FROM alpine\nARG TAG=1\nFROM alpine:$TAG\n")
    assert doc.stages[1].base.value == "alpine:"


def test_arg_between_stages_is_not_global():
    assert global_scope(document("FROM alpine\nARG V=1\nFROM x\n")).defined("V") is False


def test_scope_before_from_is_the_global_scope():
    doc = document("ARG V=1\nFROM alpine\nENV E=2\nFROM alpine\n")
    assert scope_before(doc, at(doc, 4)).names() == global_scope(doc).names()


def test_an_env_before_the_first_from_holds_for_the_instructions_after_it():
    assert scope_at("ENV PIP_NO_CACHE_DIR=1\nRUN pip install six\n", 2).value("PIP_NO_CACHE_DIR") == "1"


# Predefined platform ARGs


def test_platform_args_are_defined_for_from():
    assert global_scope(document("FROM alpine\n")).value("BUILDPLATFORM") == "linux/amd64"


@pytest.mark.parametrize(
    ("name", "expected"),
    [("TARGETOS", "linux"), ("TARGETARCH", "amd64"), ("TARGETVARIANT", ""), ("BUILDARCH", "amd64")],
)
def test_platform_arg_values_assume_linux_amd64(name, expected):
    assert global_scope(document("FROM alpine\n")).value(name) == expected


def test_platform_args_are_marked_assumed():
    assert global_scope(document("FROM alpine\n")).is_assumed("TARGETARCH")


def test_platform_arg_is_not_defined_inside_a_stage_without_arg():
    assert scope_at("FROM alpine\nRUN echo $TARGETARCH\n", 2).defined("TARGETARCH") is False


def test_platform_arg_declared_in_stage_takes_the_predefined_value():
    scope = scope_at("FROM alpine\nARG TARGETARCH\nRUN echo\n", 3)
    assert (scope.value("TARGETARCH"), scope.is_assumed("TARGETARCH")) == ("amd64", True)


def test_build_arg_overrides_platform_arg_without_declaration():
    scope = global_scope(document("FROM alpine\n", TARGETARCH="arm64"))
    assert (scope.value("TARGETARCH"), scope.is_assumed("TARGETARCH")) == ("arm64", False)


def test_global_redeclaration_of_platform_arg_keeps_its_value():
    assert global_scope(document("ARG TARGETPLATFORM\nFROM alpine\n")).value("TARGETPLATFORM") == "linux/amd64"


def test_proxy_args_need_no_declaration_but_are_not_expanded():
    scope = scope_at("FROM alpine\nRUN true\n", 2, HTTP_PROXY="http://proxy")
    assert ("HTTP_PROXY" in PROXY_ARGS, scope.defined("HTTP_PROXY")) == (True, False)


# ARG inside a stage


def test_global_arg_is_not_visible_in_a_stage_without_redeclaration():
    assert scope_at("ARG V=1\nFROM alpine\nRUN echo\n", 3).defined("V") is False


def test_redeclared_global_arg_takes_the_global_default():
    assert scope_at("ARG V=1\nFROM alpine\nARG V\nRUN echo\n", 4).value("V") == "1"


def test_redeclared_global_arg_takes_the_build_arg():
    assert scope_at("ARG V=1\nFROM alpine\nARG V\nRUN echo\n", 4, V="2").value("V") == "2"


def test_stage_arg_default_wins_over_global_default():
    assert scope_at("ARG V=1\nFROM alpine\nARG V=3\nRUN echo\n", 4).value("V") == "3"


def test_build_arg_wins_over_stage_arg_default():
    assert scope_at("FROM alpine\nARG V=3\nRUN echo\n", 3, V="4").value("V") == "4"


def test_arg_without_default_or_build_arg_is_defined_but_unknown():
    scope = scope_at("FROM alpine\nARG V\nRUN echo\n", 3)
    assert (scope.defined("V"), scope.value("V")) == (True, None)


def test_unknown_arg_makes_expansion_unknown():
    assert scope_at("FROM alpine\nARG V\nRUN echo\n", 3).expand("/opt/$V").value is None


def test_arg_is_not_visible_before_its_declaration():
    assert scope_at("FROM alpine\nARG V=1\n", 2).defined("V") is False


def test_arg_default_sees_earlier_pairs_of_the_same_instruction():
    assert scope_at("FROM alpine\nARG A=1 B=${A}2\nRUN echo\n", 3).value("B") == "12"


def test_arg_default_quotes_are_removed():
    assert scope_at('FROM alpine\nARG A="x y"\nRUN echo\n', 3).value("A") == "x y"


def test_arg_without_value_keeps_an_env_of_the_same_name():
    assert scope_at("FROM alpine\nENV A=1\nARG A\nRUN echo\n", 4).value("A") == "1"


def test_arg_default_can_use_env():
    assert scope_at("FROM alpine\nENV A=1\nARG B=$A/x\nRUN echo\n", 4).value("B") == "1/x"


# ENV


def test_env_is_visible_after_the_instruction():
    assert scope_at("FROM alpine\nENV A=1\nRUN echo\n", 3).value("A") == "1"


def test_env_is_not_visible_in_its_own_instruction():
    assert scope_at("FROM alpine\nENV A=1\n", 2).defined("A") is False


def test_env_pairs_are_expanded_with_the_variables_before_the_instruction():
    assert scope_at("FROM alpine\nENV A=1\nENV A=2 B=$A\nRUN echo\n", 4).value("B") == "1"


def test_later_env_pair_overrides_earlier_one():
    assert scope_at("FROM alpine\nENV A=1 A=2\nRUN echo\n", 3).value("A") == "2"


def test_env_legacy_form_takes_the_rest_of_the_line():
    assert scope_at("FROM alpine\nENV A hello world\nRUN echo\n", 3).value("A") == "hello world"


def test_env_value_quotes_are_removed():
    assert scope_at('FROM alpine\nENV A="x y" B=\'$C\'\nRUN echo\n', 3).value("B") == "$C"


def test_env_overrides_arg_of_same_name():
    assert scope_at("FROM alpine\nARG A=1\nENV A=2\nRUN echo\n", 4).value("A") == "2"


def test_env_can_extend_a_value_from_an_arg():
    assert scope_at("FROM alpine\nARG V=1.2\nENV APP=/opt/app-$V\nRUN echo\n", 4).value("APP") == "/opt/app-1.2"


# Stages built from stages


def test_env_is_inherited_from_the_parent_stage():
    text = "FROM alpine AS base\nENV A=1\nFROM base\nRUN echo\n"
    assert scope_at(text, 4).value("A") == "1"


def test_arg_is_inherited_from_the_parent_stage():
    text = "FROM alpine AS base\nARG A=1\nFROM base\nRUN echo\n"
    assert scope_at(text, 4).value("A") == "1"


def test_inheritance_follows_the_whole_chain():
    text = "FROM alpine AS a\nENV A=1\nFROM a AS b\nENV B=2\nFROM b\nRUN echo\n"
    scope = scope_at(text, 6)
    assert (scope.value("A"), scope.value("B")) == ("1", "2")


def test_unrelated_earlier_stage_passes_nothing_on():
    assert scope_at("FROM alpine AS a\nENV A=1\nFROM alpine\nRUN echo\n", 4).defined("A") is False


def test_parent_onbuild_env_runs_first_in_the_child():
    text = "FROM alpine AS base\nONBUILD ENV A=1\nFROM base\nRUN echo\n"
    assert scope_at(text, 4).value("A") == "1"


def test_onbuild_env_does_not_apply_in_its_own_stage():
    assert scope_at("FROM alpine\nONBUILD ENV A=1\nRUN echo\n", 3).defined("A") is False


def test_onbuild_trigger_gets_the_scope_of_its_onbuild():
    doc = document("FROM alpine\nENV A=1\nONBUILD RUN echo $A\n")
    trigger = at(doc, 3).onbuild
    assert scope_before(doc, trigger).value("A") == "1"


# Undefined and unknown variables


def test_undefined_reference_is_reported():
    assert scope_at("FROM alpine\nRUN x\n", 2).expand("$NOPE/${ALSO}").undefined == ("NOPE", "ALSO")


def test_declared_arg_without_value_is_not_undefined():
    assert scope_at("FROM alpine\nARG V\nRUN x\n", 3).expand("$V").undefined == ()


def test_undefined_variable_from_image_stage_is_unknown():
    assert scope_at("FROM alpine\nRUN x\n", 2).expand("$HOME/x").value is None


def test_undefined_variable_in_scratch_stage_is_empty():
    assert scope_at("FROM scratch\nRUN x\n", 2).expand("$HOME/x").value == "/x"


def test_undefined_variable_in_from_is_empty():
    assert global_scope(document("FROM alpine\n")).expand("a$NOPE").value == "a"


def test_stage_on_image_says_image_environment():
    assert scope_at("FROM alpine\nRUN x\n", 2).image_environment is True


def test_stage_on_scratch_has_no_image_environment():
    assert scope_at("FROM scratch\nRUN x\n", 2).image_environment is False


def test_child_of_scratch_stage_has_no_image_environment():
    assert scope_at("FROM scratch AS s\nFROM s\nRUN x\n", 3).image_environment is False


def test_path_is_always_defined():
    assert scope_at("FROM alpine\nRUN x\n", 2).expand("$PATH:/x").undefined == ()


def test_scratch_stage_gets_buildkits_default_path():
    assert scope_at("FROM scratch\nRUN x\n", 2).value("PATH") == DEFAULT_PATH


def test_path_from_an_image_is_unknown():
    assert scope_at("FROM alpine\nRUN x\n", 2).value("PATH") is None


def test_special_parameters_are_never_taken_from_the_image():
    assert scope_at("FROM alpine\nRUN x\n", 2).expand("a$1").value == "a"


# The escape directive and errors


def test_backtick_escape_directive_is_used_for_expansion():
    scope = scope_at("# escape=`\nFROM alpine\nENV A=1\nRUN x\n", 4)
    assert scope.expand("`$A$A").value == "$A1"


def test_expansion_error_is_reported_with_buildkits_message():
    assert scope_at("FROM alpine\nRUN x\n", 2).expand("${A").error == "unsupported modifier (\ufffd) in substitution"


def test_names_lists_declared_variables_sorted():
    names = scope_at("FROM alpine\nENV B=1\nARG A\nRUN x\n", 4).names()
    assert names == ("A", "B", "PATH")


def test_scopes_are_computed_once():
    doc = document("FROM alpine\nENV A=1\nRUN x\n")
    assert scope_before(doc, at(doc, 3)) is scope_before(doc, at(doc, 3))


def test_instruction_of_another_document_is_refused():
    other = document("FROM alpine\n")
    with pytest.raises(ValueError):
        scope_before(document("FROM alpine\n"), other.instructions[0])


def test_document_scope_is_scope_before():
    doc = document("FROM alpine\nENV A=1\nRUN x\n")
    assert doc.scope(at(doc, 3)).value("A") == "1"


def test_expand_can_split_into_words():
    scope = scope_at("FROM alpine\nENV PORTS=\"80 443\"\nEXPOSE $PORTS\n", 3)
    assert scope.expand("$PORTS/tcp 8080", split=True).words == ("80", "443/tcp", "8080")


def test_heredoc_expansion_keeps_quotes():
    scope = scope_at("FROM alpine\nENV A=1\nRUN x\n", 3)
    assert scope.expand_heredoc("echo '$A' \"$A\"\n").value == "echo '1' \"1\"\n"


def test_heredoc_expansion_escapes_with_backslash_whatever_the_directive():
    scope = scope_at("# escape=`\nFROM alpine\nENV A=1\nRUN x\n", 4)
    assert scope.expand_heredoc("\\$A `$A").value == "$A `1"
