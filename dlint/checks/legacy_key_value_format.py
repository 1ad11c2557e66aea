"""LegacyKeyValueFormat: ``ENV KEY value`` or ``LABEL KEY value`` without ``=``.

The legacy form sets one variable whose value is the rest of the line, so
``ENV A 1 B 2`` sets ``A`` to ``1 B 2``; the ``KEY=value`` form says what it
means and allows several pairs.
"""

from __future__ import annotations

from collections.abc import Iterator

from dlint.model.document import Document
from dlint.model.key_value import key_value_pairs
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "LegacyKeyValueFormat",
    buildkit_name="LegacyKeyValueFormat",
    title="Legacy key/value format with whitespace separator should not be used",
    severity=Severity.WARNING,
    category="style",
    tags=("buildkit", "env", "label"),
    url="https://docs.docker.com/go/dockerfile/rule/legacy-key-value-format/",
)
def legacy_key_value_format(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    for instruction in doc.instructions:
        name = instruction.keyword_as_written
        for pair in key_value_pairs(instruction):
            if pair.legacy:
                yield Violation(
                    pair.span,
                    f'"{name} key=value" should be used instead of legacy "{name} key value" format',
                )
