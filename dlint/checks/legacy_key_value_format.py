"""LegacyKeyValueFormat: ``ENV KEY value`` or ``LABEL KEY value`` without ``=``.

The legacy form sets one variable whose value is the rest of the line, so
``ENV A 1 B 2`` sets ``A`` to ``1 B 2``; the ``KEY=value`` form says what it
means and allows several pairs.

The fix puts ``=`` in place of the space after the key and makes the value one
word with the same meaning (``ENV A="1 B 2"``); the value's own line
continuations stay. A key and value on different lines are left alone, since
joining them would drop what lies between.
"""

from __future__ import annotations

from collections.abc import Iterator

from dlint.model.document import Document
from dlint.model.key_value import KeyValue, as_one_word, key_value_pairs
from dlint.model.spans import Span
from dlint.rule_api import Edit, Fix, RuleContext, Severity, Violation, rule


@rule(
    "LegacyKeyValueFormat",
    buildkit_name="LegacyKeyValueFormat",
    title="Legacy key/value format with whitespace separator should not be used",
    severity=Severity.WARNING,
    category="style",
    tags=("buildkit", "env", "label"),
    url="https://docs.docker.com/go/dockerfile/rule/legacy-key-value-format/",
    fixable=True,
)
def legacy_key_value_format(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    for instruction in doc.instructions:
        name = instruction.keyword_as_written
        for pair in key_value_pairs(instruction):
            if pair.legacy:
                yield Violation(
                    pair.span,
                    f'"{name} key=value" should be used instead of legacy "{name} key value" format',
                    fix=_key_equals_value(doc, pair),
                )


def _key_equals_value(doc: Document, pair: KeyValue) -> Fix | None:
    key, value = pair.key.span, pair.value.span
    word = as_one_word(pair.value.value, doc.escape)
    if word is None or key.end_line != value.line:
        return None
    edits = [Edit(Span(key.end_line, key.end_column, value.line, value.column), "=")]
    if word.startswith('"') and word == f'"{pair.value.value}"':
        edits += [Edit(Span(value.line, value.column, value.line, value.column), '"'), Edit(_end_of(value), '"')]
    elif word != pair.value.value:
        if doc.text_at(value) != pair.value.value:
            return None   # the value is spread over lines: rewriting it whole would drop what lies between
        edits.append(Edit(value, word))
    return Fix(f"Write {pair.key.value}={word if len(word) <= 40 else word[:37] + '...'}", tuple(edits))


def _end_of(span: Span) -> Span:
    return Span(span.end_line, span.end_column, span.end_line, span.end_column)
