"""Property tests: any text parses without crashing, in time linear in its length."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dlint.parser import parse
from dlint.parser.dump import dump

FRAGMENTS = [
    "FROM", "from", "RUN", "COPY", "ADD", "ENV", "LABEL", "ARG", "ONBUILD", "HEALTHCHECK", "CMD", "SHELL",
    "EXPOSE", "VOLUME", "USER", "WORKDIR", "ENTRYPOINT", "STOPSIGNAL", "MAINTAINER", "NONE", "AS",
    " ", "  ", "\t", "\n", "\r\n", "\\", "`", "\\\n", "#", "# escape=`\n", "# syntax=x\n", "# check=a\n",
    "<<", "<<-", "<<EOF", "EOF", "'", '"', "[", "]", ",", "=", "--", "--from=a", "--mount=type=cache",
    "--link", "$", "${", "}", "${A:-b}", "a", "b=c", "\ufeff", "\u00a0", "é", "\x00", "\x0b", "{}", "1e999",
]

dockerfile_like = st.lists(st.sampled_from(FRAGMENTS), max_size=60).map("".join)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(dockerfile_like)
def test_fragments_of_dockerfile_syntax_never_crash(text):
    parsed = parse(text)
    dump(parsed.instructions)
    for instruction in parsed.instructions:
        instruction.rest.span(0, len(instruction.rest.text))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text_never_crashes(text):
    parse(text)


SAMPLE = (
    "# syntax=docker/dockerfile:1\n"
    "FROM python:3.12 AS build\n"
    "ENV A=1 B=\"two words\"\n"
    "RUN --mount=type=cache,target=/root/.cache pip install \\\n"
    "    # deps\n"
    "    -r requirements.txt\n"
    "COPY <<EOF /app/config\n"
    "key=value\n"
    "EOF\n"
    'CMD ["python", "-m", "app"]\n'
)


@settings(max_examples=150, deadline=None)
@given(st.integers(0, len(SAMPLE) - 1), st.integers(0, len(SAMPLE)), st.sampled_from(FRAGMENTS))
def test_mutated_dockerfile_never_crashes(start, stop, insert):
    parse(SAMPLE[:start] + insert + SAMPLE[max(start, stop):])


def _cpu_seconds(small: str, large: str) -> tuple[float, float]:
    """Best CPU time of each, measured in alternation so both see the same machine load."""
    best_small = best_large = float("inf")
    for _ in range(7):
        began = time.process_time()
        parse(small)
        best_small = min(best_small, time.process_time() - began)
        began = time.process_time()
        parse(large)
        best_large = min(best_large, time.process_time() - began)
    return best_small, best_large


def test_parse_time_grows_linearly_with_the_file():
    small, large = _cpu_seconds(SAMPLE * 40, SAMPLE * 320)
    # Eight times the text may take up to 24 times as long: generous, but a
    # quadratic parser would take 64 times as long.
    assert large < 24 * small


def test_one_long_continued_instruction_parses_in_linear_time():
    small, large = _cpu_seconds(
        "FROM a\nRUN true" + " \\\n && echo x" * 500 + "\n",
        "FROM a\nRUN true" + " \\\n && echo x" * 4000 + "\n",
    )
    assert large < 24 * small


def test_thousands_of_nested_onbuild_triggers_do_not_exhaust_the_stack():
    parsed = parse("FROM a\n" + "ONBUILD " * 5000 + "RUN x\n")
    assert parsed.refusal.message == "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed"
    assert dump(parsed.instructions).endswith('(run "x")' + ')' * 5000)
