"""Mapping builder steps to instructions, and what a build would need from the network. No engine."""

from __future__ import annotations

from pathlib import Path

import pytest

from dlint.model import load
from dlint.verify.build_log import BUILDAH, BUILDKIT, CLASSIC, Step, parse
from dlint.verify.preflight import BaseTriggers, needs_of
from dlint.verify.steps import instruction_of

LOGS = Path(__file__).parent / "logs"
TWO_STAGES = load((LOGS / "Dockerfile.two-stages").read_text())


def line_of(builder: str, step: Step, doc=TWO_STAGES) -> int | None:
    instruction = instruction_of(doc, builder, step)
    return instruction.span.line if instruction is not None else None


def test_classic_step_is_the_nth_instruction_of_the_file():
    log = parse(CLASSIC, (LOGS / "classic-first.txt").read_text(), failed=False)
    assert [line_of(CLASSIC, step) for step in log.steps] == [1, 2, 3, 4, 5, 7, 8, 9, 10]


def test_buildkit_steps_map_to_their_stage_instructions():
    log = parse(BUILDKIT, (LOGS / "buildkit-first.txt").read_text(), failed=False)
    assert [line_of(BUILDKIT, step) for step in log.steps] == [2, 3, 4, 5, 9]


def test_buildkit_failure_maps_to_the_failing_run():
    doc = load((LOGS / "Dockerfile.failing-run").read_text())
    log = parse(BUILDKIT, (LOGS / "buildkit-failure.txt").read_text(), failed=True)
    assert line_of(BUILDKIT, log.failed_step, doc) == 3


def test_buildkit_does_not_count_from_scratch_or_from_a_stage():
    doc = load("FROM scratch AS base\nCOPY a /a\nFROM base\nENV X=1\nRUN true\n")
    assert line_of(BUILDKIT, Step(1, 1, "COPY a /a", stage="base"), doc) == 2
    assert line_of(BUILDKIT, Step(1, 1, "RUN true", stage="stage-1"), doc) == 5


def test_buildah_step_counts_every_instruction_of_its_stage():
    doc = load("FROM busybox:1.36 AS base\nENV A=1\nRUN true\nFROM base\nCMD [\"sh\"]\n")
    assert line_of(BUILDAH, Step(3, 3, "RUN true", stage="1"), doc) == 3
    assert line_of(BUILDAH, Step(2, 2, 'CMD ["sh"]', stage="2"), doc) == 5


def test_step_number_that_misses_falls_back_to_the_instruction_text():
    doc = load("FROM busybox:1.36\nRUN echo one\nRUN echo two\n")
    assert line_of(CLASSIC, Step(9, 9, "RUN echo two"), doc) == 3


def test_unknown_stage_maps_to_nothing():
    assert line_of(BUILDKIT, Step(1, 1, "RUN true", stage="nosuchstage")) is None


def test_base_images_and_copy_from_images_are_needed_locally():
    doc = load("FROM python:3.12-slim AS build\nCOPY --from=nginx:1.25 /etc/nginx /n\nFROM build\nCOPY --from=build /a /b\n")
    needs = needs_of(doc, CLASSIC)
    assert [(image.reference, image.line, image.role) for image in needs.images] == [
        ("python:3.12-slim", 1, "base image"),
        ("nginx:1.25", 2, "COPY --from image"),
    ]
    assert not needs.blockers


def test_scratch_needs_no_image():
    assert needs_of(load("FROM scratch\nCOPY a /a\n"), CLASSIC).images == ()


def test_expanded_base_image_is_needed_by_its_value():
    needs = needs_of(load("ARG V=1.36\nFROM busybox:${V}\n"), CLASSIC)
    assert [image.reference for image in needs.images] == ["busybox:1.36"]


def test_base_image_from_an_arg_without_value_blocks_the_build():
    needs = needs_of(load("ARG IMAGE\nFROM ${IMAGE}\n"), CLASSIC)
    assert [(blocker.line, "ARG with no value" in blocker.reason) for blocker in needs.blockers] == [(2, True)]


def test_add_from_a_url_blocks_the_build():
    needs = needs_of(load("FROM busybox:1.36\nADD https://example.com/a.tgz /a\n"), CLASSIC)
    assert [blocker.line for blocker in needs.blockers] == [2]


def test_syntax_frontend_is_needed_only_by_buildkit():
    doc = load("# syntax=docker/dockerfile:1\nFROM busybox:1.36\n")
    assert "docker/dockerfile:1" in [image.reference for image in needs_of(doc, BUILDKIT).images]
    assert "docker/dockerfile:1" not in [image.reference for image in needs_of(doc, CLASSIC).images]


def blocker_reasons(text: str, **kwargs) -> list[tuple[int, str]]:
    return [(blocker.line, blocker.reason) for blocker in needs_of(load(text), CLASSIC, **kwargs).blockers]


@pytest.mark.parametrize("text", [
    "FROM busybox:1.36\nARG U=http://localhost/x\nADD $U /f\n",
    "FROM busybox:1.36\nENV U=http://localhost/x\nADD ${U} /f\n",
    'FROM busybox:1.36\nADD "http://localhost/x" /f\n',
    'FROM busybox:1.36\nADD ["http://localhost/x", "/f"]\n',
    "ARG HOST=localhost\nFROM busybox:1.36\nARG HOST\nADD http://${HOST}/x /f\n",
])
def test_add_source_is_refused_when_its_expanded_value_is_a_url(text):
    assert blocker_reasons(text) == [(text.count("\n"), "ADD downloads http://localhost/x, which needs the network")]


@pytest.mark.parametrize("source", ["git@github.com:o/r.git", "github.com/o/r", "ssh://host/r.git", "FTP://host/f"])
def test_add_from_git_or_any_url_scheme_is_refused(source):
    assert [line for line, _ in blocker_reasons(f"FROM busybox:1.36\nADD {source} /src\n")] == [2]


def test_add_source_from_an_arg_without_value_is_refused_as_unknown():
    assert blocker_reasons("FROM busybox:1.36\nARG U\nADD $U /f\n") == [
        (3, "ADD source `$U` depends on a value dlint cannot know"),
    ]


def test_add_of_context_files_and_heredocs_is_not_refused():
    assert blocker_reasons("FROM busybox:1.36\nARG F=app.tgz\nADD $F /app/\nADD <<EOF /note\nhi\nEOF\n") == []


def test_onbuild_add_of_an_earlier_stage_is_refused_where_it_is_written():
    text = "FROM busybox:1.36 AS base\nONBUILD ADD http://localhost/x /f\nFROM base\nRUN true\n"
    assert blocker_reasons(text) == [(2, "ADD downloads http://localhost/x, which needs the network")]


def test_onbuild_add_in_a_stage_nothing_builds_from_is_not_run():
    assert blocker_reasons("FROM busybox:1.36\nONBUILD ADD http://localhost/x /f\n") == []


def test_base_image_trigger_is_expanded_with_the_base_image_environment():
    inherited = BaseTriggers(("ADD ${SITE}/x /f",), {"SITE": "https://localhost"})
    reasons = blocker_reasons("FROM vendor/app:1\nRUN true\n", base_triggers=lambda _reference: inherited)
    assert reasons == [(1, "an inherited ONBUILD ADD downloads https://localhost/x, which needs the network")]


def test_copy_from_an_expanded_image_is_needed_locally_and_a_stage_is_not():
    text = "ARG IMAGE=nginx:1.25\nFROM busybox:1.36 AS Build\nARG IMAGE\nCOPY --from=$IMAGE /a /b\nCOPY --from=build /a /b\n"
    assert [(image.reference, image.role) for image in needs_of(load(text), CLASSIC).images] == [
        ("busybox:1.36", "base image"), ("nginx:1.25", "COPY --from image"),
    ]


def test_copy_from_and_mount_from_an_unknown_value_are_refused():
    text = "FROM busybox:1.36\nARG IMAGE\nCOPY --from=$IMAGE /a /b\nRUN --mount=from=${IMAGE},target=/m true\n"
    assert blocker_reasons(text) == [
        (3, "COPY --from image `$IMAGE` depends on a value dlint cannot know"),
        (4, "RUN --mount image `${IMAGE}` depends on a value dlint cannot know"),
    ]
