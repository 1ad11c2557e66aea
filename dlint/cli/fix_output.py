"""What ``--fix`` and ``--diff`` do with the fixed texts: write them back, print them, or print their diff.

A file is written back only when its fixes changed it, as bytes, so nothing
but the fixed spans differs (line endings, a byte order mark). The fixed text
of standard input always goes to standard output, changed or not, so an editor
can replace its buffer with it.
"""

from __future__ import annotations

from collections.abc import Sequence

from dlint.cli import messages
from dlint.engine.report import Rewrite


def write_fixes(rewrites: Sequence[Rewrite]) -> bool:
    """Write each changed file back and standard input's text to standard output; False when one could not be written."""
    written = True
    for rewrite in rewrites:
        if rewrite.stdin:
            written = messages.to_stdout(rewrite.after) and written
        elif rewrite.changed:
            try:
                with open(rewrite.path, "wb") as stream:
                    stream.write(rewrite.after.encode("utf-8"))
            except OSError as error:
                messages.error(f"cannot write the fixed file: {(error.strerror or str(error)).lower()}", rewrite.path)
                written = False
    return written


def print_diffs(rewrites: Sequence[Rewrite]) -> bool | None:
    """Print the diff of every file the fixes would change: whether there was one, None when it could not be printed."""
    from dlint.fixer.diff import unified_diff

    diffs = "".join(unified_diff(rewrite) for rewrite in rewrites)
    if not messages.to_stdout(diffs):
        return None
    return bool(diffs)
