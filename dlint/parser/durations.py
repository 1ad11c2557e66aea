"""Go's ``time.ParseDuration``, for HEALTHCHECK's interval flags."""

from __future__ import annotations

from dlint.parser.go_text import go_quote

_UNITS = {
    "ns": 1,
    "us": 1_000,
    "\u00b5s": 1_000,
    "\u03bcs": 1_000,
    "ms": 1_000_000,
    "s": 1_000_000_000,
    "m": 60_000_000_000,
    "h": 3_600_000_000_000,
}
_MAX = 2**63 - 1
_DIGITS = "0123456789"


class DurationError(Exception):
    """Go's error text for a duration it cannot parse."""


def parse_duration(text: str) -> int:
    """Nanoseconds of a Go duration such as ``1h30m`` or ``-1.5s``."""
    invalid = DurationError(f"time: invalid duration {go_quote(text)}")
    rest = text
    negative = False
    if rest[:1] in ("-", "+"):
        negative = rest[0] == "-"
        rest = rest[1:]
    if rest == "0":
        return 0
    if not rest:
        raise invalid
    total = 0
    while rest:
        if rest[0] not in _DIGITS and rest[0] != ".":
            raise invalid
        whole_digits = _leading(rest, _DIGITS)
        whole = int(rest[:whole_digits]) if whole_digits else 0
        rest = rest[whole_digits:]
        fraction_digits = 0
        fraction = ""
        if rest.startswith("."):
            rest = rest[1:]
            fraction_digits = _leading(rest, _DIGITS)
            fraction = rest[:fraction_digits]
            rest = rest[fraction_digits:]
        if not whole_digits and not fraction_digits:
            raise invalid
        unit_length = _leading_not(rest, _DIGITS + ".")
        if unit_length == 0:
            raise DurationError(f"time: missing unit in duration {go_quote(text)}")
        unit = rest[:unit_length]
        rest = rest[unit_length:]
        if unit not in _UNITS:
            raise DurationError(f"time: unknown unit {go_quote(unit)} in duration {go_quote(text)}")
        scale = _UNITS[unit]
        value = whole * scale
        if fraction:
            value += int(int(fraction) * scale / 10 ** len(fraction))
        total += value
        if total > _MAX:
            raise invalid
    return -total if negative else total


def _leading(text: str, allowed: str) -> int:
    count = 0
    for ch in text:
        if ch not in allowed:
            break
        count += 1
    return count


def _leading_not(text: str, stop: str) -> int:
    count = 0
    for ch in text:
        if ch in stop:
            break
        count += 1
    return count
