"""Linting time grows linearly with the size of the Dockerfile, shape by shape.

Each test lints a generated file of size n and of size 4n in this process and
compares the best of three timings of CPU time (wall time would measure
whatever else the machine runs): quadrupling the input may at most about
quadruple the time (the bound of 7 leaves room for noise), where a quadratic
cost would multiply it by 16. Absolute speed belongs in the benchmarks, not
here. A line is at most 64 KiB (BuildKit's scanner stops there), so shapes
that stress the length of one line repeat that line a fixed number of times.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.cpu_timing import GROWTH, GROWTH_BOUND, best_cpu_seconds

from dlint.engine.config.settings import FileSettings
from dlint.engine.lint import FileJob, current_index, lint_file

LONG_LINES = 20
ALL = "ALL"

Shape = Callable[[int], str]


def seconds_to_lint(
    text: str, rules: tuple[str, ...], label_schema: dict[str, str]
) -> float:
    chosen = frozenset(current_index().rules) if rules == (ALL,) else frozenset(rules)
    job = FileJob(
        "Dockerfile", FileSettings(rules=chosen, label_schema=label_schema), text=text
    )
    result = lint_file(job)
    assert result.linted and not result.problems, result.problems
    return best_cpu_seconds(lambda: lint_file(job))


def assert_scales_linearly(
    shape: Shape, n: int, *rules: str, label_schema: dict[str, str] | None = None
) -> None:
    schema = label_schema or {}
    small = seconds_to_lint(shape(n), rules, schema)
    large = seconds_to_lint(shape(GROWTH * n), rules, schema)
    assert large / small < GROWTH_BOUND, f"n={n}: {small:.3f}s, {GROWTH}n: {large:.3f}s"


def stage_chain(n: int) -> str:
    return "FROM alpine:3.20 AS s0\n" + "".join(
        f"FROM s{i - 1} AS s{i}\n" for i in range(1, n)
    )


def stage_chain_with_runs(n: int) -> str:
    return "FROM alpine:3.20 AS s0\n" + "".join(
        f"FROM s{i - 1} AS s{i}\nWORKDIR w{i}\nRUN pip install -r requirements.txt\nCOPY . .\n"
        for i in range(1, n)
    )


def args_in_one_stage(n: int) -> str:
    return (
        "FROM alpine:3.20\n"
        + "".join(f"ARG A{i}=1\n" for i in range(n))
        + "RUN echo $A0\n"
    )


def ignore_comment_pairs(n: int) -> str:
    return "FROM alpine:3.20\nWORKDIR /app\n" + "".join(
        f"# hadolint ignore=DL3000\nWORKDIR d{i}\n# dlint ignore=DL3008\nWORKDIR /e{i}\n"
        for i in range(n)
    )


def stacked_ignore_comments(n: int) -> str:
    return (
        "FROM alpine:3.20\n" + "# hadolint ignore=DL3000\n" * n + "WORKDIR relative\n"
    )


def brace_groups(n: int) -> str:
    return "FROM debian:12\nRUN apt-get update && rm -rf /x/" + "{a,b}" * n + "\n"


def long_brace_group(n: int) -> str:
    run = (
        "RUN apt-get update && rm -rf /x/{"
        + ",".join(f"a{i}" for i in range(n))
        + "}\n"
    )
    return "FROM debian:12\n" + run * LONG_LINES


def long_license_label(n: int) -> str:
    return "FROM alpine:3.20\n" + f'LABEL license="{"x" * n}"\n' * LONG_LINES


def run_lines(n: int) -> str:
    return "FROM debian:12\n" + "".join(f"RUN echo {i}\n" for i in range(n))


def label_lines(n: int) -> str:
    return "FROM alpine:3.20\n" + "".join(
        f'LABEL key{i}="value {i}"\n' for i in range(n)
    )


def expose_lines(n: int) -> str:
    return "FROM alpine:3.20\n" + "".join(
        f"EXPOSE {i % 60000 + 1}/tcp\n" for i in range(n)
    )


def long_run_line(n: int) -> str:
    return (
        "FROM debian:12\nRUN " + " && ".join(f"echo word{i}" for i in range(n)) + "\n"
    )


def continuation_lines(n: int) -> str:
    return (
        "FROM debian:12\nRUN echo \\\n"
        + "".join(f"    word{i} \\\n" for i in range(n))
        + "    end\n"
    )


def test_a_chain_of_stages_each_built_from_the_last_scales_linearly_in_dlx009():
    assert_scales_linearly(stage_chain, 500, "DLX009")


def test_a_long_chain_of_stages_with_runs_scales_linearly_with_every_rule():
    assert_scales_linearly(stage_chain_with_runs, 250, ALL)


def test_many_args_in_one_stage_scale_linearly_in_dlx009():
    assert_scales_linearly(args_in_one_stage, 500, "DLX009")


def test_an_ignore_comment_above_each_instruction_scales_linearly():
    assert_scales_linearly(ignore_comment_pairs, 500, "DL3000", "DLX012")


def test_a_block_of_stacked_ignore_comments_scales_linearly():
    assert_scales_linearly(stacked_ignore_comments, 4000, "DL3000", "DLX012")


def test_brace_groups_in_a_deleted_path_scale_linearly_in_dl3009():
    assert_scales_linearly(brace_groups, 2500, "DL3009")


def test_one_long_brace_group_scales_linearly_in_dl3009():
    assert_scales_linearly(long_brace_group, 2000, "DL3009")


def test_a_long_license_label_scales_linearly_in_dl3054():
    assert_scales_linearly(
        long_license_label, 10000, "DL3054", label_schema={"license": "spdx"}
    )


def test_many_label_lines_scale_linearly_with_every_rule():
    assert_scales_linearly(label_lines, 250, ALL)


def test_many_expose_lines_scale_linearly_with_every_rule():
    assert_scales_linearly(expose_lines, 500, ALL)


def test_a_long_run_line_scales_linearly_with_every_rule():
    assert_scales_linearly(long_run_line, 300, ALL)


def test_a_long_continued_instruction_scales_linearly_with_every_rule():
    assert_scales_linearly(continuation_lines, 3000, ALL)


def test_many_run_lines_scale_linearly_when_each_runs_commands_are_read():
    assert_scales_linearly(run_lines, 1000, "DL3008")
