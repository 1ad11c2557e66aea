"""DL4000: MAINTAINER is deprecated; the fix writes the OCI authors label."""

from __future__ import annotations

from dlint.model.spans import Span
from tests.helpers import lint


def _replacement(text: str) -> str:
    (finding,) = lint(text, "DL4000")
    (edit,) = finding.fix.edits
    return edit.replacement


def test_maintainer_is_reported_on_the_instruction():
    findings = lint("FROM scratch\nMAINTAINER byjeon <mysummit@gmail.com>\n", "DL4000")
    assert [f.span for f in findings] == [Span(2, 1, 2, 39)]
    assert findings[0].fixable


def test_fix_writes_a_quoted_authors_label():
    replacement = _replacement("FROM scratch\nMAINTAINER byjeon <mysummit@gmail.com>\n")
    assert replacement == 'LABEL org.opencontainers.image.authors="byjeon <mysummit@gmail.com>"'


def test_fix_escapes_quotes_and_dollars_that_label_would_interpret():
    replacement = _replacement('FROM scratch\nMAINTAINER Jane "JD" $USER\n')
    assert replacement == r'LABEL org.opencontainers.image.authors="Jane \"JD\" \$USER"'


def test_fix_uses_the_escape_directive_character():
    replacement = _replacement('# escape=`\nFROM scratch\nMAINTAINER a "b" c:\\d\n')
    assert replacement == 'LABEL org.opencontainers.image.authors="a `"b`" c:\\d"'


def test_fix_keeps_lower_case_keywords_lower_case():
    assert _replacement("from scratch\nmaintainer jane\n").startswith("label ")


def test_fix_covers_a_maintainer_split_over_lines():
    (finding,) = lint("FROM scratch\nMAINTAINER Jane \\\n  Doe\n", "DL4000")
    assert finding.fix.edits[0].span == Span(2, 1, 3, 6)
    assert finding.fix.edits[0].replacement.endswith('="Jane   Doe"')


def test_fixed_label_reads_back_as_the_original_text():
    from dlint.model import load

    text = '# escape=`\nFROM scratch\nMAINTAINER x "y" $Z `w\n'
    replacement = _replacement(text)
    document = load("# escape=`\nFROM scratch\n" + replacement + "\n")
    label = document.instructions[-1]
    assert document.scope(label).expand(label.values[1]).value == 'x "y" $Z `w'


def test_no_maintainer_no_finding():
    assert lint('FROM scratch\nLABEL org.opencontainers.image.authors="jane"\n', "DL4000") == []
