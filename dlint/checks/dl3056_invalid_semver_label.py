"""A ``semver`` label of the ``label-schema`` that is not a semantic version (DL3056).

Semantic Versioning 2.0.0: ``MAJOR.MINOR.PATCH`` without leading zeros, then
an optional ``-pre.release`` and ``+build.metadata`` (``1.4.0``,
``2.0.1-rc.1+build.5``). A ``v`` prefix (``v1.2.3``) or a missing part
(``1.2``) is not SemVer, as in hadolint. A numeric pre-release part with a
leading zero (``1.0.0-01``), which hadolint's parser lets through, is
refused as the specification says.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dlint.checks._labels import invalid_values
from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule

_NUMBER = r"(?:0|[1-9][0-9]*)"
_PRE_RELEASE_PART = r"(?:0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*)"
_BUILD_PART = r"[0-9A-Za-z-]+"
_SEMVER = re.compile(
    rf"{_NUMBER}\.{_NUMBER}\.{_NUMBER}"
    rf"(?:-{_PRE_RELEASE_PART}(?:\.{_PRE_RELEASE_PART})*)?"
    rf"(?:\+{_BUILD_PART}(?:\.{_BUILD_PART})*)?"
)


@rule(
    "DL3056",
    title="Label does not conform to semantic versioning",
    severity=Severity.WARNING,
    category="maintainability",
    tags=("label",),
)
def invalid_semver_label(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    for label in invalid_values(doc, ctx, "semver", is_semver):
        yield Violation(
            label.value_span,
            f"Label `{label.key}` does not conform to semantic versioning: `{label.value}` is not "
            "MAJOR.MINOR.PATCH such as `1.4.0` or `2.0.1-rc.1`",
        )


def is_semver(text: str) -> bool:
    return _SEMVER.fullmatch(text) is not None
