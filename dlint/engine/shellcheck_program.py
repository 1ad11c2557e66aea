"""Which ShellCheck program the SC rules run: the one the user named, else ``shellcheck`` on the PATH.

Found once per name and process. The rules get the result through
``RuleContext.shellcheck``; when there is none they report nothing, and the
run says so once when the user asked for SC rules.
"""

from __future__ import annotations

from functools import lru_cache

from dlint.engine.registry import Rule

SHELLCHECK_TAG = "shellcheck"
NOT_FOUND_NOTICE = "shellcheck not found; SC rules skipped (pip install 'dlint-dockerfile[shellcheck]')"


@lru_cache(maxsize=8)
def find_shellcheck(named: str | None = None) -> str | None:
    """The path of the ShellCheck program ``named`` (a path or a name on the PATH), or of ``shellcheck``."""
    import shutil  # a run without SC rules never looks for ShellCheck

    return shutil.which(named or "shellcheck")


def runs_shellcheck(rule: Rule) -> bool:
    return SHELLCHECK_TAG in rule.tags
