"""A ``url`` label of the ``label-schema`` whose value is not a URL (DL3052).

A URL here is an absolute URI as RFC 3986 defines it, the grammar hadolint's
``Network.URI.parseURI`` accepts: a scheme, then the rest (``https://host/path``,
``mailto:someone@example.com``), with an optional query and fragment and no
spaces or other characters that need percent-encoding.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dlint.checks._labels import invalid_values
from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule

_UNRESERVED = r"A-Za-z0-9\-._~"
_SUB_DELIMS = r"!$&'()*+,;="
_ENCODED = r"%[0-9A-Fa-f]{2}"
_PCHAR = rf"(?:[{_UNRESERVED}{_SUB_DELIMS}:@]|{_ENCODED})"
_SEGMENTS = rf"(?:/{_PCHAR}*)*"
_USERINFO = rf"(?:[{_UNRESERVED}{_SUB_DELIMS}:]|{_ENCODED})*@"
_IP_LITERAL = rf"\[(?:[0-9A-Fa-f:.]+|[vV][0-9A-Fa-f]+\.[{_UNRESERVED}{_SUB_DELIMS}:]+)\]"
_REG_NAME = rf"(?:[{_UNRESERVED}{_SUB_DELIMS}]|{_ENCODED})*"
_AUTHORITY = rf"(?:{_USERINFO})?(?:{_IP_LITERAL}|{_REG_NAME})(?::[0-9]*)?"
_HIER_PART = rf"(?://{_AUTHORITY}{_SEGMENTS}|/(?:{_PCHAR}+{_SEGMENTS})?|{_PCHAR}+{_SEGMENTS}|)"
_QUERY = rf"(?:{_PCHAR}|[/?])*"
_ABSOLUTE_URI = re.compile(rf"[A-Za-z][A-Za-z0-9+\-.]*:{_HIER_PART}(?:\?{_QUERY})?(?:#{_QUERY})?")


@rule(
    "DL3052",
    title="Label is not a valid URL",
    severity=Severity.WARNING,
    category="maintainability",
    tags=("label",),
)
def invalid_url_label(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    for label in invalid_values(doc, ctx, "url", is_url):
        yield Violation(
            label.value_span,
            f"Label `{label.key}` is not a valid URL: `{label.value}` is not an absolute URI "
            "such as `https://example.com/`",
        )


def is_url(text: str) -> bool:
    return _ABSOLUTE_URI.fullmatch(text) is not None
