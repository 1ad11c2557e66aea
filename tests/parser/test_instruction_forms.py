"""ONBUILD triggers, HEALTHCHECK NONE/CMD, keywords in any case, simple argument forms."""

from __future__ import annotations

from dlint.model.spans import Span
from dlint.parser import parse
from tests.parser.support import accepted, only, source_at


def test_onbuild_nests_its_trigger_with_flags():
    onbuild = only("FROM alpine\nONBUILD COPY --from=build /a /b\n")
    trigger = onbuild.onbuild
    assert onbuild.keyword == "ONBUILD"
    assert trigger.keyword == "COPY"
    assert [f.text for f in trigger.flags] == ["--from=build"]
    assert trigger.values == ("/a", "/b")
    assert onbuild.values == trigger.values


def test_onbuild_trigger_positions():
    parsed = accepted("FROM alpine\nONBUILD  run  echo hi\n")
    trigger = parsed.instructions[1].onbuild
    assert trigger.keyword_span == Span(2, 10, 2, 13)
    assert trigger.keyword_as_written == "run"
    assert source_at(parsed, trigger.args[0].span) == "echo hi"
    assert trigger.rest.text == "echo hi"
    assert trigger.original == "run  echo hi"


def test_onbuild_trigger_in_exec_form():
    onbuild = only('FROM alpine\nONBUILD CMD ["a"]\n')
    assert onbuild.json and onbuild.onbuild.json


def test_onbuild_onbuild_is_refused():
    parsed = parse("FROM alpine\nONBUILD ONBUILD RUN x\n")
    assert parsed.refusal.message == "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed"


def test_onbuild_from_is_refused():
    parsed = parse("FROM alpine\nONBUILD FROM x\n")
    assert parsed.refusal.message == "FROM isn't allowed as an ONBUILD trigger"


def test_healthcheck_cmd_shell_form():
    health = only("FROM alpine\nHEALTHCHECK --interval=5s CMD curl -f http://localhost/ || exit 1\n")
    assert health.values == ("CMD", "curl -f http://localhost/ || exit 1")
    assert not health.json
    assert health.rest.text == "curl -f http://localhost/ || exit 1"
    assert health.rest.position(0) == (2, 31)


def test_healthcheck_cmd_exec_form():
    health = only('FROM alpine\nHEALTHCHECK CMD ["curl", "-f", "http://localhost/"]\n')
    assert health.json
    assert health.values == ("CMD", "curl", "-f", "http://localhost/")


def test_healthcheck_none():
    health = only("FROM alpine\nHEALTHCHECK NONE\n")
    assert health.values == ("NONE",)


def test_healthcheck_none_with_arguments_is_refused():
    parsed = parse("FROM alpine\nHEALTHCHECK NONE x\n")
    assert parsed.refusal.message == "HEALTHCHECK NONE takes no arguments"


def test_healthcheck_unknown_type_is_refused():
    parsed = parse("FROM alpine\nHEALTHCHECK curl x\n")
    assert parsed.refusal.message == 'Unknown type "CURL" in HEALTHCHECK (try CMD)'


def test_healthcheck_bad_interval_is_refused():
    parsed = parse("FROM alpine\nHEALTHCHECK --interval=5 CMD true\n")
    assert parsed.refusal.message == 'time: missing unit in duration "5"'


def test_healthcheck_interval_below_a_millisecond_is_refused():
    parsed = parse("FROM alpine\nHEALTHCHECK --timeout=10us CMD true\n")
    assert parsed.refusal.message == 'Interval "timeout" cannot be less than 1ms'


def test_healthcheck_negative_retries_are_refused():
    parsed = parse("FROM alpine\nHEALTHCHECK --retries=-1 CMD true\n")
    assert parsed.refusal.message == "--retries cannot be negative (-1)"


def test_healthcheck_with_fractional_durations_is_accepted():
    accepted("FROM alpine\nHEALTHCHECK --interval=1m30s --timeout=1.5s CMD true\n")


def test_keywords_in_any_case():
    parsed = accepted("from alpine\nRun echo\ncOpY a b\n")
    assert [i.keyword for i in parsed.instructions] == ["FROM", "RUN", "COPY"]
    assert [i.keyword_as_written for i in parsed.instructions] == ["from", "Run", "cOpY"]


def test_whitespace_delimited_forms():
    parsed = accepted("FROM alpine AS build\nEXPOSE 80/tcp 443\nVOLUME /data /logs\n")
    assert [i.values for i in parsed.instructions] == [("alpine", "AS", "build"), ("80/tcp", "443"), ("/data", "/logs")]


def test_single_string_forms_keep_inner_spaces():
    parsed = accepted("FROM alpine\nUSER app:app\nWORKDIR /my  app\nSTOPSIGNAL SIGTERM\nMAINTAINER Jane <j@x.org>\n")
    assert [i.values for i in parsed.instructions[1:]] == [("app:app",), ("/my  app",), ("SIGTERM",), ("Jane <j@x.org>",)]


def test_instruction_index_is_the_position_in_the_file():
    parsed = accepted("ARG V=1\nFROM alpine:$V\nRUN true\n")
    assert [i.index for i in parsed.instructions] == [0, 1, 2]


def test_original_is_the_joined_logical_line():
    run = only("FROM alpine\n  RUN a \\\n  b\n")
    assert run.original == "RUN a   b"


def test_nested_onbuild_shows_an_empty_argument_as_buildkit_does():
    parsed = parse("FROM alpine\nONBUILD ONBUILD RUN x\n")
    onbuild = parsed.instructions[1]
    assert onbuild.values == ("",)
    assert onbuild.onbuild.onbuild.values == ("x",)
