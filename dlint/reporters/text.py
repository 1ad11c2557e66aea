"""The human format: one header line per finding, the source under it with the span underlined.

::

    Dockerfile:3:6: DL3006 [CKV_DOCKER_7] warning: tag the base image, e.g. ubuntu:<version>
      |
    3 | FROM ubuntu
      |      ^^^^^^

Colour is optional: severities use plain ANSI codes, and the source lines are
highlighted with pygments' Dockerfile lexer, imported only when colour is on.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TextIO

from dlint.engine.findings import Finding, Severity
from dlint.reporters.aliases import shown_aliases
from dlint.reporters.printable import printable

if TYPE_CHECKING:
    from dlint.engine.report import Report
    from dlint.model.spans import Span

RESET = "\x1b[0m"
BOLD = "\x1b[1m"
DIM = "\x1b[2m"
SEVERITY_COLORS = {
    Severity.ERROR: "\x1b[1;31m",
    Severity.WARNING: "\x1b[1;33m",
    Severity.INFO: "\x1b[1;36m",
    Severity.STYLE: "\x1b[1;35m",
}
# A long RUN underlined from top to bottom would bury the next finding; its
# first and last lines show where it starts and ends.
MAX_FRAME_LINES = 6
HEAD_LINES = 3
TAIL_LINES = 2


def write(report: Report, stream: TextIO) -> None:
    paint = _Paint(report.color)
    highlighted = _Highlighter(report.sources) if report.color else None
    for finding in report.findings:
        stream.write(_header(finding, paint) + "\n")
        lines = report.sources.get(finding.path)
        if lines:
            shown = highlighted.lines(finding.path) if highlighted else None
            for row in _frame(lines, finding.span, paint(SEVERITY_COLORS[finding.severity]), paint, shown):
                stream.write(row + "\n")
        for note in _notes(finding, paint):
            stream.write(note + "\n")
        stream.write("\n")
    if report.statistics:
        stream.write(_statistics(report, paint) + "\n")
    if not report.quiet:
        stream.write(_summary(report, paint) + "\n")


class _Paint:
    """Wraps text in an ANSI code when colour is on, and leaves it alone otherwise."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled

    def __call__(self, code: str) -> Callable[[str], str]:
        if not self.enabled:
            return lambda text: text
        return lambda text: f"{code}{text}{RESET}" if text else text


class _Highlighter:
    """Highlights each file once, as a whole, so continuation lines are coloured in their context."""

    def __init__(self, sources: dict[str, tuple[str, ...]]) -> None:
        self._sources = sources
        self._cache: dict[str, tuple[str, ...] | None] = {}

    def lines(self, path: str) -> tuple[str, ...] | None:
        if path not in self._cache:
            self._cache[path] = _highlight(tuple(_printable(line) for line in self._sources[path]))
        return self._cache[path]


def _highlight(lines: tuple[str, ...]) -> tuple[str, ...] | None:
    from pygments import highlight
    from pygments.formatters import TerminalFormatter
    from pygments.lexers import DockerLexer

    text = highlight("\n".join(lines), DockerLexer(stripnl=False, ensurenl=True), TerminalFormatter())
    coloured = tuple(text.split("\n")[: len(lines)])
    return coloured if len(coloured) == len(lines) else None


def _header(finding: Finding, paint: _Paint) -> str:
    span = finding.span
    location = paint(BOLD)(f"{printable(finding.path)}:{span.line}:{span.column}:")
    rule = paint(BOLD)(finding.rule)
    aliases = paint(DIM)(f" [{shown_aliases(finding.aliases)}]") if finding.aliases else ""
    severity = paint(SEVERITY_COLORS[finding.severity])(f"{finding.severity}:")
    return f"{location} {rule}{aliases} {severity} {printable(finding.message)}"


def _frame(
    lines: Sequence[str],
    span: Span,
    mark: Callable[[str], str],
    paint: _Paint,
    highlighted: Sequence[str] | None,
) -> list[str]:
    """The source lines of ``span``, each followed by a line of carets under its part of the span."""
    underlined = _underlined_parts(lines, span)
    if not underlined:
        return []
    parts: list[tuple[int, int, int] | None] = list(underlined)
    if len(parts) > MAX_FRAME_LINES:
        parts = [*underlined[:HEAD_LINES], None, *underlined[-TAIL_LINES:]]
    width = len(str(underlined[-1][0]))
    gutter = paint(DIM)
    rows = [gutter(" " * width + " |")]
    for part in parts:
        if part is None:
            rows.append(gutter("..."))
            continue
        number, start, end = part
        text = _printable(lines[number - 1])
        shown = highlighted[number - 1] if highlighted else text
        rows.append(gutter(f"{number:>{width}} |") + (" " + shown if shown else ""))
        rows.append(gutter(" " * width + " |") + " " + _indent_to(text, start) + mark("^" * _cells(text[start:end], 1)))
    return rows


def _underlined_parts(lines: Sequence[str], span: Span) -> list[tuple[int, int, int]]:
    """``(line number, start, end)`` for each line of ``span``: 0-based, end exclusive, clipped to the line."""
    last_line = min(span.end_line, len(lines))
    if span.end_line > span.line and span.end_column <= 1:
        last_line = min(span.end_line - 1, len(lines))  # the span stops at the end of the line before
    parts = []
    for number in range(span.line, last_line + 1):
        text = lines[number - 1]
        start = span.column - 1 if number == span.line else len(text) - len(text.lstrip())
        end = span.end_column - 1 if number == span.end_line else len(text)
        start = min(start, len(text))
        parts.append((number, start, max(min(end, len(text)), start)))
    return parts


def _indent_to(text: str, index: int) -> str:
    """Blank space as wide as ``text[:index]`` on a terminal, keeping its tabs so carets line up."""
    return "".join("\t" if char == "\t" else " " * _cells(char, 0) for char in text[:index])


def _cells(text: str, minimum: int) -> int:
    """Terminal cells ``text`` takes: wide East Asian characters take two, combining marks none."""
    cells = sum(
        0 if unicodedata.combining(char) else 2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text
    )
    return max(cells, minimum)


def _printable(line: str) -> str:
    """``line`` with control characters shown as their Unicode pictures, so a Dockerfile cannot drive the terminal."""
    return "".join(
        chr(0x2400 + ord(char)) if ord(char) < 0x20 and char != "\t" else "\u2421" if char == "\x7f" else char
        for char in line
    )


def _notes(finding: Finding, paint: _Paint) -> list[str]:
    notes = [
        f"  = {paint(BOLD)('related')}: {printable(finding.path)}:{related.span.line}:{related.span.column}: "
        + printable(related.message)
        for related in finding.related
    ]
    if finding.fix is not None:
        kind = "fix" if finding.fix.is_safe else "unsafe fix"
        notes.append(f"  = {paint(BOLD)(kind)}: {printable(finding.fix.description)}")
    return notes


def _statistics(report: Report, paint: _Paint) -> str:
    counts = Counter(finding.rule for finding in report.findings)
    severities = {finding.rule: finding.severity for finding in report.findings}
    titles = {rule.id: rule.title for rule in report.rules}
    rows = [("count", "rule", "severity", "title")]
    rows += [
        (str(count), rule, str(severities[rule]), titles.get(rule, ""))
        for rule, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    ]
    count_width = max(len(row[0]) for row in rows)
    rule_width = max(len(row[1]) for row in rows)
    severity_width = max(len(row[2]) for row in rows)
    lines = [
        f"{count:>{count_width}}  {rule:<{rule_width}}  {severity:<{severity_width}}  {title}".rstrip()
        for count, rule, severity, title in rows
    ]
    lines[0] = paint(BOLD)(lines[0])
    return "\n".join(lines) + "\n"


def _summary(report: Report, paint: _Paint) -> str:
    found = len(report.findings)
    text = f"{_plural(found, 'finding')} in {_plural(report.files, 'file')}"
    notes = [] if report.fixed is None else [f"{report.fixed} fixed"]
    safe = sum(1 for finding in report.findings if finding.fixable and finding.fix.is_safe)
    unsafe = sum(1 for finding in report.findings if finding.fixable and not finding.fix.is_safe)
    if safe:
        notes.append(f"{safe} fixable with --fix")
    if unsafe:
        notes.append(f"{unsafe} more with --unsafe-fixes" if safe else f"{unsafe} fixable with --unsafe-fixes")
    if notes:
        text += f" ({', '.join(notes)})"
    return paint(BOLD)(text)


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
