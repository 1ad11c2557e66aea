"""An ``rfc3339`` label of the ``label-schema`` that is not an RFC 3339 timestamp (DL3053).

RFC 3339's ``date-time``: ``2024-05-01T12:30:00Z`` or
``2024-05-01T12:30:00.5+02:00``, a real calendar date, a time of day (second
60 allowed for a leap second) and a zone (``Z`` or ``±hh:mm``). As in the
RFC's grammar, ``T`` and ``Z`` may be lower case. A date alone, a space
instead of ``T`` or a missing zone are not RFC 3339, as in hadolint. An
offset without its colon (``+0100``) passes hadolint's parser but not RFC
3339, nor Go's ``time.RFC3339`` that container tooling parses with, so
dlint reports it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from dlint.checks._labels import invalid_values
from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule

_DATE_TIME = re.compile(
    r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})[Tt]"
    r"(?P<hour>\d{2}):(?P<minute>\d{2}):(?P<second>\d{2})(?:\.\d+)?"
    r"(?:[Zz]|[+-](?P<zone_hour>\d{2}):(?P<zone_minute>\d{2}))",
    re.ASCII,
)


@rule(
    "DL3053",
    title="Label is not a valid RFC 3339 time",
    severity=Severity.WARNING,
    category="maintainability",
    tags=("label",),
)
def invalid_time_label(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    for label in invalid_values(doc, ctx, "rfc3339", is_rfc3339):
        yield Violation(
            label.value_span,
            f"Label `{label.key}` is not a valid time format - must conform to RFC 3339, "
            f"e.g. `2024-05-01T12:30:00Z`, not `{label.value}`",
        )


def is_rfc3339(text: str) -> bool:
    match = _DATE_TIME.fullmatch(text)
    if match is None:
        return False
    fields = {name: int(value) for name, value in match.groupdict(default="0").items()}
    try:
        date(fields["year"], fields["month"], fields["day"])
    except ValueError:
        return False
    return (
        fields["hour"] <= 23
        and fields["minute"] <= 59
        and fields["second"] <= 60
        and fields["zone_hour"] <= 23
        and fields["zone_minute"] <= 59
    )
