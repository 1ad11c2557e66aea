"""BuildKit's "did you mean ...?" hints for unknown keywords and flags (util/suggest)."""

from __future__ import annotations

from collections.abc import Iterable


def suggestion(value: str, options: Iterable[str], case_sensitive: bool) -> str | None:
    """The closest option within edit distance 2, cased like ``value``, or None.

    BuildKit walks a Go map, so ties are broken in an arbitrary order; here the
    first option in ``options`` wins.
    """
    wanted = value if case_sensitive else value.lower()
    match = None
    best = 3
    for option in options:
        candidate = option if case_sensitive else option.lower()
        if candidate == wanted:
            return None
        distance = levenshtein(wanted, candidate)
        if distance < best:
            match = candidate if case_sensitive else _match_case(candidate, value)
            best = distance
    return match


def _match_case(option: str, written: str) -> str:
    if written == written.lower():
        return option.lower()
    if written == written.upper():
        return option.upper()
    return option


def levenshtein(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b)))
        previous = current
    return previous[-1]
