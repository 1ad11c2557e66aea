"""Reading builder output: steps, cache hits, the failing step and the builder's error."""

from __future__ import annotations

from pathlib import Path

from dlint.verify.build_log import BUILDAH, BUILDKIT, CLASSIC, parse, tail

LOGS = Path(__file__).parent / "logs"


def read(name: str) -> str:
    return (LOGS / name).read_text()


def test_classic_steps_are_numbered_over_the_whole_file_including_global_args():
    log = parse(CLASSIC, read("classic-first.txt"), failed=False)
    assert [step.number for step in log.steps] == list(range(1, 10))
    assert log.steps[0].text == "ARG PY=3.12-slim"
    assert log.steps[4].text == "RUN pip install -r requirements.txt"


def test_classic_first_build_has_no_cache_hits():
    log = parse(CLASSIC, read("classic-first.txt"), failed=False)
    assert not any(step.cached for step in log.steps)


def test_classic_rebuild_marks_using_cache_steps_as_cached():
    log = parse(CLASSIC, read("classic-rebuild.txt"), failed=False)
    cached = {step.number: step.cached for step in log.steps}
    assert cached[5] is True          # RUN pip install, before the changed source
    assert cached[8] is False         # COPY . . picks up the changed file
    assert cached[9] is False


def test_classic_base_image_of_from_is_not_counted_as_created():
    log = parse(CLASSIC, read("classic-first.txt"), failed=False)
    assert "760ea52002cd" not in log.created_images
    assert "a162a0301c43" in log.created_images       # WORKDIR /app


def test_classic_images_taken_from_cache_are_not_counted_as_created():
    log = parse(CLASSIC, read("classic-rebuild.txt"), failed=False)
    assert "feb320277c7a" not in log.created_images
    assert log.created_images == ("58b790a9f701", "a3639835e1c2")


def test_classic_failure_names_the_last_step_and_the_builder_error():
    log = parse(CLASSIC, read("classic-failure.txt"), failed=True)
    assert log.failed_step is not None and log.failed_step.number == 3
    assert log.error == "The command '/bin/sh -c echo about to fail; exit 3' returned a non-zero code: 3"


def test_classic_parse_error_before_any_step_names_the_line():
    output = (
        "Sending build context to Docker daemon  2.137MB\n"
        "Error response from daemon: dockerfile parse error line 2: unknown instruction: FOO\n"
    )
    log = parse(CLASSIC, output, failed=True)
    assert log.failed_step is None
    assert log.error_line == 2
    assert log.error.endswith("unknown instruction: FOO")


def test_successful_build_has_no_error():
    log = parse(CLASSIC, read("classic-first.txt"), failed=False)
    assert log.failed_step is None and log.error is None


def test_buildkit_steps_carry_stage_label_and_stage_local_number():
    log = parse(BUILDKIT, read("buildkit-first.txt"), failed=False)
    labels = [(step.stage, step.number, step.total, step.keyword) for step in log.steps]
    assert labels == [
        ("deps", 1, 4, "FROM"),
        ("deps", 2, 4, "WORKDIR"),
        ("deps", 3, 4, "COPY"),
        ("deps", 4, 4, "RUN"),
        ("stage-1", 1, 1, "COPY"),
    ]


def test_buildkit_rebuild_reads_cached_vertices():
    log = parse(BUILDKIT, read("buildkit-rebuild.txt"), failed=False)
    cached = {step.text: step.cached for step in log.steps}
    assert cached["RUN pip install -r requirements.txt"] is True
    assert cached["COPY . ."] is False


def test_buildkit_failure_names_the_vertex_that_reported_the_error():
    log = parse(BUILDKIT, read("buildkit-failure.txt"), failed=True)
    assert log.failed_step is not None
    assert (log.failed_step.number, log.failed_step.text) == (3, "RUN echo about to fail; exit 3")
    assert "exit code: 3" in log.error


def test_buildkit_unnamed_single_stage_has_no_stage_label():
    log = parse(BUILDKIT, read("buildkit-failure.txt"), failed=True)
    assert {step.stage for step in log.steps} == {None}


def test_buildkit_padded_step_numbers_are_read():
    log = parse(BUILDKIT, "#7 [build  3/12] RUN make\n#7 CACHED\n", failed=False)
    assert (log.steps[0].stage, log.steps[0].number, log.steps[0].total, log.steps[0].cached) == ("build", 3, 12, True)


def test_buildkit_code_frame_names_the_failing_line():
    output = (
        "#6 [2/2] RUN false\n"
        "#6 ERROR: process \"/bin/sh -c false\" did not complete successfully: exit code: 1\n"
        "------\n"
        " > [2/2] RUN false:\n"
        "------\n"
        "Dockerfile:4\n"
        "--------------------\n"
        "   3 |     \n"
        "   4 | >>> RUN false\n"
        "--------------------\n"
        "ERROR: failed to solve: process \"/bin/sh -c false\" did not complete successfully: exit code: 1\n"
    )
    log = parse(BUILDKIT, output, failed=True)
    assert log.error_line == 4
    assert log.failed_step is not None and log.failed_step.text == "RUN false"


def test_buildah_steps_carry_stage_number_and_cache_hits():
    output = (
        "[1/2] STEP 1/3: FROM busybox:1.36 AS base\n"
        "[1/2] STEP 2/3: RUN echo one\n"
        "--> Using cache 1f2e3d4c5b6a7980\n"
        "--> 1f2e3d4c5b6a\n"
        "[1/2] STEP 3/3: COPY a /a\n"
        "--> 0a1b2c3d4e5f\n"
        "[2/2] STEP 1/2: FROM base\n"
        "[2/2] STEP 2/2: RUN false\n"
        "Error: building at STEP \"RUN false\": while running runtime: exit status 1\n"
    )
    log = parse(BUILDAH, output, failed=True)
    assert [(step.stage, step.number, step.cached) for step in log.steps] == [
        ("1", 1, False), ("1", 2, True), ("1", 3, False), ("2", 1, False), ("2", 2, False),
    ]
    assert log.failed_step == log.steps[-1]
    assert log.error.startswith("Error: building at STEP")
    assert log.created_images == ("0a1b2c3d4e5f",)


def test_tail_keeps_the_last_non_blank_lines():
    assert tail("a\n\nb\nc\n", count=2) == ("b", "c")
