"""The text format: header line, code frame with the span underlined, notes, statistics and summary."""

from __future__ import annotations

import re
from dataclasses import replace

from dlint.engine.findings import Finding, Severity
from dlint.model.spans import Span

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def one_finding(report, span: Span, lines: tuple[str, ...], **changes):
    finding = Finding("Dockerfile", "DL3006", (), Severity.WARNING, "message", span, **changes)
    return report(findings=[finding], sources={"Dockerfile": lines}, statistics=False)


def frame_of(output, report) -> list[str]:
    """The lines printed between the header and the blank line that ends the finding."""
    return output("text", report).splitlines()[1:-2]


def test_text_output_matches_golden_file(report, output, golden):
    golden("report.txt", output("text", report()))


def test_statistics_table_matches_golden_file(report, output, golden):
    golden("report-statistics.txt", output("text", report(statistics=True)))


def test_header_names_location_rule_aliases_and_severity(report, output):
    first = output("text", report()).splitlines()[0]
    assert first == "Dockerfile:2:6: DL3006 [CKV_DOCKER_7] warning: tag the base image, e.g. ubuntu:<version>"


def test_caret_sits_under_the_exact_span(report, output):
    rows = frame_of(output, one_finding(report, Span(1, 6, 1, 12), ("FROM ubuntu AS base",)))
    assert rows == ["  |", "1 | FROM ubuntu AS base", "  |      ^^^^^^"]


def test_multi_line_span_underlines_each_line_from_its_first_word(report, output):
    lines = ("RUN apt-get install \\", "      curl \\", "      git")
    rows = frame_of(output, one_finding(report, Span(1, 5, 3, 10), lines))
    assert rows == [
        "  |",
        "1 | RUN apt-get install \\",
        "  |     ^^^^^^^^^^^^^^^^^",
        "2 |       curl \\",
        "  |       ^^^^^^",
        "3 |       git",
        "  |       ^^^",
    ]


def test_span_ending_at_column_one_does_not_show_the_next_line(report, output):
    rows = frame_of(output, one_finding(report, Span(1, 1, 2, 1), ("FROM a", "RUN b")))
    assert rows == ["  |", "1 | FROM a", "  | ^^^^^^"]


def test_empty_span_gets_one_caret(report, output):
    rows = frame_of(output, one_finding(report, Span(1, 5, 1, 5), ("FROM",)))
    assert rows[-1] == "  |     ^"


def test_span_past_the_end_of_the_line_is_clipped(report, output):
    rows = frame_of(output, one_finding(report, Span(1, 6, 1, 40), ("FROM a",)))
    assert rows[-1] == "  |      ^"


def test_long_span_shows_its_first_and_last_lines_only(report, output):
    lines = tuple(f"    step{n} \\" for n in range(1, 11))
    rows = frame_of(output, one_finding(report, Span(1, 5, 10, 11), lines))
    numbered = [row.split("|")[0].strip() for row in rows if row.split("|")[0].strip()]
    assert numbered == ["1", "2", "3", "...", "9", "10"]


def test_gutter_widens_for_two_digit_line_numbers(report, output):
    lines = ("FROM a",) * 9 + ("FROM b",)
    rows = frame_of(output, one_finding(report, Span(10, 6, 10, 7), lines))
    assert rows == ["   |", "10 | FROM b", "   |      ^"]


def test_tabs_before_the_span_are_kept_so_carets_line_up(report, output):
    rows = frame_of(output, one_finding(report, Span(1, 3, 1, 7), ("\t\tcurl",)))
    assert rows[-1] == "  | \t\t^^^^"


def test_wide_characters_are_underlined_with_two_carets_each(report, output):
    rows = frame_of(output, one_finding(report, Span(1, 10, 1, 12), ('LABEL a="漢字"',)))
    assert rows[-1] == "  | " + " " * 9 + "^^^^"


def test_wide_characters_before_the_span_push_the_carets_two_columns_each(report, output):
    rows = frame_of(output, one_finding(report, Span(1, 12, 1, 13), ('LABEL a="漢字"',)))
    assert rows[-1] == "  | " + " " * 13 + "^"


def test_control_characters_in_the_source_are_shown_as_pictures(report, output):
    rows = frame_of(output, one_finding(report, Span(1, 1, 1, 5), ("RUN \x1b[2J",)))
    assert rows[1] == "1 | RUN \u241b[2J"


def test_finding_without_source_has_no_frame(report, output):
    finding = Finding("elsewhere", "DL3006", (), Severity.WARNING, "message", Span(1, 1, 1, 2))
    text = output("text", report(findings=[finding], statistics=False))
    assert text.splitlines() == ["elsewhere:1:1: DL3006 warning: message", "", "1 finding in 3 files"]


def test_related_locations_are_listed_after_the_frame(report, output):
    text = output("text", report())
    assert "  = related: Dockerfile:2:16: stage 'Build' is defined here" in text.splitlines()


def test_fix_is_described_after_the_frame(report, output):
    assert "  = fix: replace MAINTAINER with a LABEL" in output("text", report()).splitlines()


def test_summary_counts_findings_files_and_fixable_findings(report, output):
    assert output("text", report()).splitlines()[-1] == "6 findings in 3 files (2 fixable with --fix)"


def _unsafe(finding: Finding) -> Finding:
    return replace(finding, fix=replace(finding.fix, unsafe_because="it may change the image"))


def test_summary_counts_unsafe_fixes_apart(report, output):
    findings = [finding if finding.rule != "DL4000" else _unsafe(finding) for finding in report().findings]
    summary = output("text", report(findings=findings)).splitlines()[-1]
    assert summary == "6 findings in 3 files (1 fixable with --fix, 1 more with --unsafe-fixes)"


def test_summary_with_only_unsafe_fixes_names_the_flag_they_need(report, output):
    findings = [_unsafe(finding) for finding in report().findings if finding.fixable]
    assert output("text", report(findings=findings)).splitlines()[-1] == "2 findings in 3 files (2 fixable with --unsafe-fixes)"


def test_summary_after_fixing_says_how_many_fixes_were_applied(report, output):
    fixed = report(findings=[finding for finding in report().findings if not finding.fixable])
    fixed.fixed = 2
    assert output("text", fixed).splitlines()[-1] == "4 findings in 3 files (2 fixed)"


def test_an_unsafe_fix_is_described_as_unsafe(report, output):
    findings = [_unsafe(finding) for finding in report().findings if finding.rule == "DL4000"]
    assert "  = unsafe fix: replace MAINTAINER with a LABEL" in output("text", report(findings=findings)).splitlines()


def test_summary_uses_singular_for_one(report, output):
    finding = Finding("Dockerfile", "DL3006", (), Severity.WARNING, "message", Span(1, 1, 1, 2))
    assert output("text", report(findings=[finding], files=1)).splitlines()[-1] == "1 finding in 1 file"


def test_clean_run_prints_only_the_summary(report, output):
    assert output("text", report(findings=[], problems=[])) == "0 findings in 3 files\n"


def test_quiet_report_has_no_summary(report, output):
    assert "findings in" not in output("text", report(quiet=True))


def test_file_problems_are_left_to_the_cli(report, output):
    text = output("text", report())
    assert "invalid UTF-8" not in text and "KeyError" not in text


def test_statistics_rank_rules_by_count(report, output):
    text = output("text", report(statistics=True))
    table = text.split("\n")[text.split("\n").index("count  rule             severity  title") :]
    assert table[1] == "    2  DL3006           warning   Base image has no tag"


def test_colour_adds_only_escape_codes(report, output):
    plain = output("text", report(statistics=True))
    coloured = output("text", report(statistics=True, color=True))
    assert coloured != plain
    assert ANSI.sub("", coloured) == plain


def test_colour_highlights_dockerfile_keywords(report, output):
    coloured = output("text", report(color=True))
    frame_line = next(line for line in coloured.splitlines() if "MAINTAINER someone" in ANSI.sub("", line))
    assert re.search(r"\x1b\[[0-9;]*mMAINTAINER\x1b\[", frame_line)


def test_plain_output_has_no_escape_codes(report, output):
    assert "\x1b" not in output("text", report(statistics=True))


def test_header_shows_four_aliases_then_how_many_more(report, output):
    aliases = tuple(f"CKV2_DOCKER_{n}" for n in range(2, 9))
    finding = Finding("elsewhere", "DLX006", aliases, Severity.WARNING, "message", Span(1, 1, 1, 2))
    first = output("text", report(findings=[finding], statistics=False)).splitlines()[0]
    assert first == "elsewhere:1:1: DLX006 [CKV2_DOCKER_2, CKV2_DOCKER_3, CKV2_DOCKER_4, CKV2_DOCKER_5 (+3 more)] warning: message"


def test_control_characters_in_messages_paths_and_fixes_are_escaped(report, output):
    from dlint.engine.findings import Fix, Related

    finding = Finding(
        "bad\x1b]0;title\x07.Dockerfile", "DL3006", (), Severity.WARNING, "tag ubu\x1b[2Jntu\x9b",
        Span(1, 1, 1, 2), related=(Related(Span(1, 1, 1, 2), "see \x1b[31m"),), fix=Fix("use \x08x", ()),
    )
    text = output("text", report(findings=[finding], statistics=False))
    assert "\x1b" not in text and "\x07" not in text and "\x9b" not in text and "\x08" not in text
    assert text.splitlines()[:3] == [
        "bad\\x1b]0;title\\x07.Dockerfile:1:1: DL3006 warning: tag ubu\\x1b[2Jntu\\u009b",
        "  = related: bad\\x1b]0;title\\x07.Dockerfile:1:1: see \\x1b[31m",
        "  = fix: use \\x08x",
    ]
