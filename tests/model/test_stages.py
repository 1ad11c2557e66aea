"""Build stages, their bases and the references between them."""

from __future__ import annotations

from dlint.model import load
from dlint.model.spans import Span
from dlint.model.stages import build_stages


def stages(text: str, **build_args: str):
    return load(text, build_args=build_args).stages


def dependencies(text: str, stage: int = -1):
    return stages(text)[stage].dependencies


def test_document_without_from_has_no_stages():
    assert stages("ARG A=1\n") == ()


def test_each_from_starts_a_stage():
    assert [stage.index for stage in stages("FROM a\nRUN x\nFROM b\nRUN y\n")] == [0, 1]


def test_stage_instructions_run_up_to_the_next_from():
    first = stages("FROM a\nRUN x\nENV A=1\nFROM b\n")[0]
    assert [instruction.keyword for instruction in first.instructions] == ["RUN", "ENV"]


def test_stage_instructions_exclude_its_from():
    first = stages("FROM a\nRUN x\n")[0]
    assert first.from_.keyword == "FROM" and first.from_ not in first.instructions


def test_instructions_before_the_first_from_belong_to_no_stage():
    doc = load("ARG A=1\nFROM alpine\n")
    assert doc.stage_of(doc.instructions[0]) is None


def test_stage_of_finds_the_stage_of_an_instruction():
    doc = load("FROM a\nRUN x\nFROM b\nRUN y\n")
    assert doc.stage_of(doc.instructions[3]) is doc.stages[1]


def test_build_stages_matches_document_stages():
    doc = load("FROM a AS one\nFROM one\n")
    assert [stage.name for stage in build_stages(doc)] == [stage.name for stage in doc.stages]


def test_only_the_last_stage_is_the_target():
    assert [stage.is_target for stage in stages("FROM a\nFROM b\nFROM c\n")] == [False, False, True]


def test_unnamed_stage_has_no_name():
    stage = stages("FROM alpine\n")[0]
    assert (stage.name, stage.name_as_written, stage.name_span) == (None, None, None)


def test_stage_name_is_lower_cased():
    stage = stages("FROM alpine AS Builder\n")[0]
    assert (stage.name, stage.name_as_written) == ("builder", "Builder")


def test_as_keyword_is_case_insensitive():
    assert stages("FROM alpine as build\n")[0].name == "build"


def test_stage_name_span_covers_the_name_word():
    assert stages("FROM alpine AS build\n")[0].name_span == Span(1, 16, 1, 21)


def test_from_with_two_words_has_no_stage_name():
    assert stages("FROM alpine AS\n")[0].name is None


def test_base_span_covers_the_image_word():
    assert stages("FROM --platform=linux/arm64 alpine:3 AS a\n")[0].base.span == Span(1, 29, 1, 37)


def test_base_image_is_parsed():
    base = stages("FROM python:3.12-slim\n")[0].base
    assert (base.name, base.tag, base.is_stage) == ("python", "3.12-slim", False)


def test_base_is_expanded_with_build_args():
    assert stages("ARG IMG=alpine\nFROM $IMG\n", IMG="debian")[0].base.name == "debian"


def test_scratch_base():
    assert stages("FROM scratch\n")[0].base.is_scratch


def test_undefined_variable_base_is_blank_and_invalid():
    base = stages("FROM $UNDEFINED\n")[0].base
    assert (base.value, base.valid, base.error) == ("", False, "base name ($UNDEFINED) should not be blank")


def test_base_from_arg_without_default_is_unknown():
    base = stages("ARG BASE\nFROM $BASE\n")[0].base
    assert (base.known, base.valid, base.error) == (False, False, None)


def test_base_with_bad_substitution_keeps_the_error():
    base = stages("FROM ${BASE\n")[0].base
    assert (base.known, base.error) == (False, "unsupported modifier (\ufffd) in substitution")


def test_from_without_image_does_not_crash():
    assert stages("FROM\n")[0].base.valid is False


def test_platform_flag_is_kept():
    stage = stages("FROM --platform=$BUILDPLATFORM golang AS build\n")[0]
    assert stage.platform.value == "$BUILDPLATFORM"


def test_no_platform_flag_is_none():
    assert stages("FROM alpine\n")[0].platform is None


def test_platform_flag_is_expanded_with_the_global_scope():
    stage = stages("ARG ARCH=arm64\nFROM --platform=linux/$ARCH alpine\n")[0]
    assert (stage.platform_expansion.value, stage.platform_expansion.references) == ("linux/arm64", ("ARCH",))


def test_platform_flag_expansion_uses_build_args():
    stage = stages("ARG ARCH=arm64\nFROM --platform=linux/$ARCH alpine\n", ARCH="s390x")[0]
    assert stage.platform_expansion.value == "linux/s390x"


def test_no_or_empty_platform_flag_has_no_expansion():
    assert stages("FROM alpine\n")[0].platform_expansion is None
    assert stages("FROM --platform= alpine\n")[0].platform_expansion is None


# FROM <stage>


def test_from_earlier_stage_links_the_base_stage():
    first, second = stages("FROM alpine AS build\nFROM build\n")
    assert second.base_stage is first


def test_from_earlier_stage_marks_the_base_as_a_stage():
    base = stages("FROM alpine AS build\nFROM build\n")[1].base
    assert (base.is_stage, base.name, base.registry) == (True, "build", None)


def test_from_matches_a_stage_declared_with_capitals():
    assert stages("FROM alpine AS Build\nFROM build\n")[1].base_stage is not None


def test_from_with_capitals_does_not_match_a_stage():
    base = stages("FROM alpine AS build\nFROM Build\n")[1].base
    assert (base.is_stage, base.valid) == (False, False)


def test_from_cannot_name_a_later_stage():
    assert stages("FROM later\nFROM alpine AS later\n")[0].base_stage is None


def test_stage_cannot_be_its_own_base():
    assert stages("FROM base AS base\n")[0].base_stage is None


def test_from_stage_found_through_a_global_arg():
    assert stages("ARG B=build\nFROM alpine AS build\nFROM $B\n")[1].base_stage is not None


def test_from_picks_the_latest_earlier_stage_of_a_duplicated_name():
    all_stages = stages("FROM a AS x\nFROM b AS x\nFROM x\n")
    assert all_stages[2].base_stage is all_stages[1]


def test_chain_lists_the_stage_and_its_bases_nearest_first():
    all_stages = stages("FROM alpine AS a\nFROM a AS b\nFROM alpine AS c\nFROM b\n")
    assert [stage.index for stage in all_stages[3].chain()] == [3, 1, 0]


def test_chain_of_a_stage_on_an_image_is_itself():
    stage = stages("FROM alpine\n")[0]
    assert stage.chain() == (stage,)


# Dependencies


def test_from_stage_is_a_dependency():
    (reference,) = dependencies("FROM alpine AS build\nFROM build\n")
    assert (reference.kind, reference.name, reference.stage.index) == ("from", "build", 0)


def test_from_image_is_not_a_dependency():
    assert dependencies("FROM alpine\n") == ()


def test_copy_from_stage_name():
    (reference,) = dependencies("FROM alpine AS build\nFROM alpine\nCOPY --from=build /a /b\n")
    assert (reference.kind, reference.name, reference.stage.index) == ("copy", "build", 0)


def test_copy_from_matches_stage_names_case_insensitively():
    (reference,) = dependencies("FROM alpine AS build\nFROM alpine\nCOPY --from=BUILD /a /b\n")
    assert reference.stage is not None


def test_copy_from_index():
    (reference,) = dependencies("FROM alpine\nFROM alpine\nCOPY --from=0 /a /b\n")
    assert reference.stage.index == 0


def test_copy_from_index_out_of_range_names_no_stage():
    (reference,) = dependencies("FROM alpine\nCOPY --from=3 /a /b\n")
    assert (reference.name, reference.stage) == ("3", None)


def test_copy_from_image_names_no_stage():
    (reference,) = dependencies("FROM alpine\nCOPY --from=nginx:latest /a /b\n")
    assert (reference.name, reference.stage) == ("nginx:latest", None)


def test_copy_from_may_name_a_later_stage():
    (reference,) = dependencies("FROM alpine\nCOPY --from=late /a /b\nFROM alpine AS late\n", 0)
    assert reference.stage.index == 1


def test_copy_from_picks_the_last_stage_of_a_duplicated_name():
    (reference,) = dependencies("FROM a AS x\nFROM b AS x\nFROM c\nCOPY --from=x /a /b\n")
    assert reference.stage.index == 1


def test_copy_reference_span_is_the_flag():
    (reference,) = dependencies("FROM alpine\nCOPY --from=build /a /b\n")
    assert reference.span == Span(2, 6, 2, 18)


def test_copy_without_from_is_not_a_dependency():
    assert dependencies("FROM alpine\nCOPY a b\n") == ()


def test_run_mount_from_stage():
    text = "FROM alpine AS deps\nFROM alpine\nRUN --mount=type=bind,from=deps,target=/d ls /d\n"
    (reference,) = dependencies(text)
    assert (reference.kind, reference.name, reference.stage.index) == ("mount", "deps", 0)


def test_run_mount_without_from_is_not_a_dependency():
    assert dependencies("FROM alpine\nRUN --mount=type=cache,target=/root/.cache pip install x\n") == ()


def test_every_mount_of_a_run_is_considered():
    text = "FROM a AS one\nFROM b AS two\nFROM c\nRUN --mount=from=one,target=/1 --mount=from=two,target=/2 ls\n"
    assert [reference.name for reference in dependencies(text)] == ["one", "two"]


def test_dependencies_are_in_instruction_order():
    text = "FROM a AS one\nFROM a AS two\nFROM one\nCOPY --from=two /a /b\n"
    assert [reference.kind for reference in dependencies(text)] == ["from", "copy"]
