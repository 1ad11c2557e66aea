"""The globs of ``per-file-ignores``: which Dockerfiles a pattern names, and whether it is well formed.

``*`` and ``?`` stay within one folder, ``**`` spans folders, ``[abc]``,
``[a-z]`` and ``[!a]`` match one character, and a pattern without a slash
matches the file name in any folder.
"""

from __future__ import annotations

import re
from functools import lru_cache


def glob_matches(pattern: str, relative: str) -> bool:
    """Whether ``relative`` (a forward-slash path) matches ``pattern``."""
    pattern = pattern.removeprefix("./")
    if pattern.endswith("/"):
        pattern += "**"
    if "/" not in pattern:
        return _glob_regex(pattern).fullmatch(relative.rsplit("/", 1)[-1]) is not None
    return _glob_regex(pattern).fullmatch(relative) is not None


def glob_problem(pattern: str) -> str | None:
    """Why ``pattern`` is no glob (a reversed range such as ``[z-a]``, an empty ``[!]``), or None."""
    try:
        _glob_regex(pattern.removeprefix("./"))
    except re.error as error:
        return error.msg
    return None


@lru_cache(maxsize=256)
def _glob_regex(pattern: str) -> re.Pattern[str]:
    parts = []
    position = 0
    while position < len(pattern):
        if pattern.startswith("**/", position):
            parts.append("(?:.*/)?")
            position += 3
        elif pattern.startswith("**", position):
            parts.append(".*")
            position += 2
        elif pattern[position] == "*":
            parts.append("[^/]*")
            position += 1
        elif pattern[position] == "?":
            parts.append("[^/]")
            position += 1
        elif pattern[position] == "[" and "]" in pattern[position + 2 :]:
            end = pattern.index("]", position + 2)
            body = pattern[position + 1 : end]
            parts.append("[" + ("^" + body[1:] if body.startswith("!") else body).replace("\\", "\\\\") + "]")
            position = end + 1
        else:
            parts.append(re.escape(pattern[position]))
            position += 1
    return re.compile("".join(parts))
