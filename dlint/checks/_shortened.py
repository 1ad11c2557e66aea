"""Shortening a command or a list for a message: whole words only, saying what was left out."""

from __future__ import annotations

from collections.abc import Sequence


def shortened_command(words: Sequence[str], width: int = 60) -> str:
    """``words`` joined by spaces, cut after the last word that fits in ``width``.

    ``pip install -r requirements.txt ... (2 more words)``: never a half word,
    and at least the first word, however long it is.
    """
    kept: list[str] = []
    length = 0
    for word in words:
        length += len(word) + (1 if kept else 0)
        if kept and length > width:
            break
        kept.append(word)
    left = len(words) - len(kept)
    if not left:
        return " ".join(kept)
    return " ".join(kept) + f" ... ({left} more word{'s' if left > 1 else ''})"


def listed(names: Sequence[str], limit: int = 5) -> str:
    """The first ``limit`` names in backquotes, then how many more there are."""
    shown = ", ".join(f"`{name}`" for name in names[:limit])
    left = len(names) - limit
    return shown + (f" and {left} more" if left > 0 else "")
