"""An ``email`` label of the ``label-schema`` that is not an email address (DL3058).

An RFC 5322 ``addr-spec``, the grammar hadolint's email-validate checks: a
local part of dot-separated atoms or quoted strings, ``@``, and a host name
(labels of letters, digits and inner hyphens) or a ``[domain literal]``.
Comments and folded whitespace, which RFC 5322 tolerates around the parts,
do not occur in labels and are not accepted. A display name
(``Jane Doe <jane@example.com>``) is not an address either.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dlint.checks._labels import invalid_values
from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule

_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_QUOTED = r'"(?:[ \t\x21\x23-\x5b\x5d-\x7e]|\\[\x20-\x7e\t])*"'
_WORD = rf"(?:{_ATOM}|{_QUOTED})"
_HOST_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_HOST = rf"{_HOST_LABEL}(?:\.{_HOST_LABEL})*\.?"
_DOMAIN_LITERAL = r"\[[ \t\x21-\x5a\x5e-\x7e]*\]"
_ADDRESS = re.compile(rf"(?P<local>{_WORD}(?:\.{_WORD})*)@(?:(?P<host>{_HOST})|{_DOMAIN_LITERAL})")
_MAX_HOST_LENGTH = 253


@rule(
    "DL3058",
    title="Label is not a valid email address",
    severity=Severity.WARNING,
    category="maintainability",
    tags=("label",),
)
def invalid_email_label(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    for label in invalid_values(doc, ctx, "email", is_email):
        yield Violation(
            label.value_span,
            f"Label `{label.key}` is not a valid email format - must conform to RFC 5322: "
            f"`{label.value}` is not a bare address such as `jane@example.com`",
        )


def is_email(text: str) -> bool:
    match = _ADDRESS.fullmatch(text)
    if match is None:
        return False
    host = match.group("host")
    return host is None or len(host.rstrip(".")) <= _MAX_HOST_LENGTH
