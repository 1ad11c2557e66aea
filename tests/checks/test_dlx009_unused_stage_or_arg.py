from tests.helpers import lint

RULE = "DLX009"


def messages(dockerfile, **kwargs):
    return [(f.span.line, f.message) for f in lint(dockerfile, RULE, **kwargs)]


def test_unreferenced_stage_is_reported_on_its_name():
    [finding] = lint("FROM alpine:3.20 AS test\nFROM alpine:3.20\n", RULE)
    assert (finding.span.line, finding.span.column) == (1, 21)


def test_stage_used_by_copy_from_mount_or_from_is_used():
    assert messages("FROM alpine AS a\nFROM alpine AS b\nFROM alpine AS c\nFROM c\n"
                    "COPY --from=a /x /x\nRUN --mount=type=bind,from=b,target=/b true\n") == []


def test_stage_used_by_index():
    assert messages("FROM alpine\nFROM alpine\nCOPY --from=0 /x /x\n") == []


def test_arg_never_expanded_is_reported():
    [(line, message)] = messages("FROM alpine\nARG VERSION=1\nRUN echo hi\n")
    assert line == 2 and "VERSION" in message


def test_arg_used_in_run_text_or_other_instructions():
    assert messages("FROM alpine\nARG V=1\nRUN echo $V\n") == []
    assert messages("FROM alpine\nARG V=1\nLABEL version=${V}\n") == []
    assert messages("FROM alpine\nARG V=1\nRUN <<EOF\necho ${V:-x}\nEOF\n") == []


def test_arg_used_in_a_stage_built_from_this_one():
    assert messages("FROM alpine AS base\nARG V=1\nFROM base\nRUN echo $V\n") == []


def test_environment_read_names_count_as_used_when_a_run_follows():
    assert messages("FROM debian\nARG DEBIAN_FRONTEND=noninteractive\nRUN apt-get update\n") == []
    assert messages("FROM debian\nARG DEBIAN_FRONTEND=noninteractive\n") != []


def test_global_arg_used_by_from_or_redeclared():
    assert messages("ARG TAG=3\nFROM alpine:${TAG}\n") == []
    assert messages("ARG V=1\nFROM alpine\nARG V\nRUN echo $V\n") == []


def test_global_arg_nobody_sees_is_reported():
    [(line, message)] = messages("ARG V=1\nFROM alpine\nRUN echo $V\n")
    assert line == 1 and "global ARG V" in message


def test_arg_used_two_stages_below_is_used():
    assert messages("FROM alpine AS base\nARG V=1\nFROM base AS middle\nFROM middle\nRUN echo $V\n") == []


def test_arg_read_only_by_a_sibling_stage_is_unused():
    dockerfile = "FROM alpine AS base\nARG V=1\nFROM base AS one\nRUN echo\nFROM alpine AS two\nRUN echo $V\nCOPY --from=one /a /b\n"
    [(line, message)] = messages(dockerfile)
    assert line == 2 and "ARG V" in message


def test_arg_read_before_its_declaration_is_unused():
    [(line, _message)] = messages("FROM alpine\nRUN echo $V\nARG V=1\nCMD [\"x\"]\n")
    assert line == 3


def test_an_arg_any_later_run_can_read_from_its_environment_is_not_reported():
    text = "FROM node:22\nARG NPM_TOKEN\nCOPY .npmrc package.json ./\nRUN npm ci\n"
    assert lint(text, "DLX009") == []


def test_a_run_in_a_stage_built_from_this_one_sees_the_arg_too():
    text = "FROM python:3.12 AS base\nARG PIP_INDEX_URL\nFROM base\nRUN pip install flask==3.0.0\n"
    assert lint(text, "DLX009") == []


def test_an_arg_no_later_instruction_can_see_is_reported():
    [finding] = lint("FROM alpine:3.20\nRUN apk add --no-cache curl\nARG VERSION=1\nCOPY app /app\n", "DLX009")
    assert (finding.span.line, finding.span.column) == (3, 5)


def test_runs_the_command_model_knows_read_no_settings_do_not_count():
    text = "FROM alpine:3.20\nARG VERSION=1\nRUN mkdir -p /app && chmod 755 /app\n"
    assert [f.span.line for f in lint(text, "DLX009")] == [2]
