"""Adversarial Dockerfiles: linting never fails and never takes much longer than a plain file of the same size.

Hypothesis builds files from shapes that have broken linters before: deep
``${a:-${a:-...}}`` defaults, ARGs that double in size, many ``*`` in
``${A/pattern/x}`` and in ``.dockerignore`` patterns, long continuation
chains, many stages, huge brace groups, control characters and binary-ish
text. Every rule runs. Time is CPU time, compared with a file of plain RUN
lines of the same length, so a slow machine does not fail the test; the
scaling tests guard the growth rate.
"""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dlint.engine.config.settings import FileSettings
from dlint.engine.lint import FileJob, FileResult, current_index, lint_file

BUDGET_FACTOR = 50        # an adversarial file may cost this many times a plain one of its length...
BUDGET_SLACK = 0.25       # ...plus this many seconds of CPU
EXAMPLES = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def lint(text: str, context_dir: str | None = None) -> tuple[float, FileResult]:
    job = FileJob("Dockerfile", FileSettings(rules=frozenset(current_index().rules)), text=text, context_dir=context_dir)
    start = time.process_time()
    result = lint_file(job)
    return time.process_time() - start, result


def plain_file_of_length(length: int) -> str:
    lines = ["FROM alpine:3.20\n"]
    size = len(lines[0])
    while size < length:
        lines.append(f"RUN echo {len(lines)}\n")
        size += len(lines[-1])
    return "".join(lines)


def assert_lints_within_budget(text: str, context_dir: str | None = None) -> None:
    elapsed, result = lint(text, context_dir)
    assert [problem.message for problem in result.problems if problem.kind == "internal-error"] == []
    baseline, _ = lint(plain_file_of_length(len(text)))
    assert elapsed <= BUDGET_FACTOR * baseline + BUDGET_SLACK, f"{elapsed:.3f}s against {baseline:.3f}s for a plain file"


def deep_defaults(depth: int) -> str:
    word = "${a:-" * depth + "x" + "}" * depth
    return f"FROM alpine:3.20\nARG a\nENV B={word}\nRUN echo {word}\n"


def doubling_args(count: int) -> str:
    args = "".join(f"ARG A{i}=${{A{i - 1}}}${{A{i - 1}}}\n" for i in range(1, count))
    return f"FROM alpine:3.20\nARG A0=ab\n{args}ENV X=$A{count - 1}\nRUN echo $A{count - 1}\n"


def starred_substitution(stars: int) -> str:
    return f"FROM alpine:3.20\nARG A={'a' * stars}\nENV B=${{A/{'*' * stars}b/x}}\nRUN echo ${{A/{'*' * stars}b/x}}\n"


def continuation_chain(length: int) -> str:
    return "FROM alpine:3.20\nRUN echo \\\n" + "  \\\n" * length + "  word \\\n# comment\n" * length + "  end\n"


def many_stages(count: int) -> str:
    return "FROM alpine:3.20 AS s0\n" + "".join(f"FROM s{i - 1} AS s{i}\nCOPY --from=s0 /a /b\n" for i in range(1, count))


def huge_braces(groups: int) -> str:
    return "FROM debian:12\nRUN apt-get update && rm -rf /var/" + "{lib,x}{a,b}" * groups + " /x/{" + ",".join("a" * groups) + "}\n"


control_text = st.text(alphabet=st.characters(max_codepoint=0x1F, blacklist_characters="\x00"), max_size=200)
binaryish_text = st.text(alphabet=st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)), max_size=2000)
keywords = st.sampled_from(["FROM", "RUN", "ARG", "ENV", "COPY", "ADD", "LABEL", "EXPOSE", "ONBUILD", "SHELL", "HEALTHCHECK", "#", "\\"])


@st.composite
def adversarial_dockerfiles(draw) -> str:
    shape = draw(
        st.one_of(
            st.integers(1, 100).map(deep_defaults),
            st.integers(1, 16).map(doubling_args),
            st.integers(1, 8).map(starred_substitution),
            st.integers(1, 500).map(continuation_chain),
            st.integers(1, 200).map(many_stages),
            st.integers(1, 200).map(huge_braces),
            control_text.map(lambda text: f"FROM alpine:3.20\nRUN {text}\n"),
            binaryish_text,
            st.lists(st.tuples(keywords, binaryish_text), max_size=20).map(
                lambda pairs: "".join(f"{keyword} {text}\n" for keyword, text in pairs)
            ),
        )
    )
    prefix = draw(st.sampled_from(["", "# escape=`\n", "# syntax=docker/dockerfile:1\n", "\ufeff"]))
    return prefix + shape


@EXAMPLES
@given(adversarial_dockerfiles())
def test_adversarial_dockerfiles_lint_without_internal_errors_within_budget(text):
    assert_lints_within_budget(text)


@EXAMPLES
@given(st.integers(1, 8), st.text(alphabet="a*?[]!-/\\.", max_size=40))
def test_dockerignore_patterns_with_many_stars_lint_within_budget(tmp_path, stars, pattern):
    (tmp_path / ".dockerignore").write_text(f"{'*' * stars}b\n{pattern}\n!{pattern}\n")
    assert_lints_within_budget(f"FROM alpine:3.20\nCOPY {'a' * stars} {pattern or 'x'} /app/\n", str(tmp_path))


@pytest.mark.parametrize("depth", [500, 2000])
def test_defaults_nested_past_the_recursion_limit_lint_within_budget(depth):
    assert_lints_within_budget(deep_defaults(depth))


def test_arguments_that_double_twenty_four_times_lint_within_budget():
    assert_lints_within_budget(doubling_args(24))


def test_substitution_patterns_with_many_stars_lint_within_budget():
    assert_lints_within_budget(starred_substitution(14))


def test_dockerignore_patterns_with_many_stars_and_a_near_miss_lint_within_budget(tmp_path):
    (tmp_path / ".dockerignore").write_text("*a" * 14 + "b\n")
    assert_lints_within_budget(f"FROM alpine:3.20\nCOPY {'a' * 28} /app/\n", str(tmp_path))
