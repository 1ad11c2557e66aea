"""Print the README's rule table, built from the rule registry and the catalogue.

    python scripts/rule_table.py            # print the table
    python scripts/rule_table.py --write    # replace the table in README.md
    python scripts/rule_table.py --check    # exit 1 when README.md's table is out of date

Only dlint's built-in rules are listed, never plugins installed beside it.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dlint.engine.catalogue import entry_for  # noqa: E402
from dlint.engine.registry import Rule, registered_rules  # noqa: E402
from dlint.engine.shellcheck_program import SHELLCHECK_TAG  # noqa: E402

README = ROOT / "README.md"
START = "<!-- rules:start -->"
END = "<!-- rules:end -->"


def built_in_rules() -> list[Rule]:
    """hadolint's DL codes first, then dlint's own DLX rules, then BuildKit's named checks."""

    def order(rule: Rule) -> tuple[int, str]:
        family = 1 if rule.id.startswith("DLX") else 0 if re.fullmatch(r"DL\d+", rule.id) else 2
        return (family, rule.id)

    rules = [
        rule
        for rule in registered_rules().values()
        if rule.check.__module__.startswith("dlint.") and SHELLCHECK_TAG not in rule.tags
    ]
    return sorted(rules, key=order)


# ShellCheck's codes are hundreds of rules with one behaviour: one row stands for them all.
SHELLCHECK_ROW = (
    "| [SC1000–SC3099](#shellcheck) |  | ShellCheck's level | correctness | on (with shellcheck) |  |"
    " ShellCheck's findings in RUN scripts: SC1000–SC1199, SC2000–SC2399, SC3000–SC3099 |"
)


def rule_table(rules: list[Rule]) -> str:
    rows = [
        "| Rule | Also known as | Severity | Category | Default | Fix | What it finds |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for rule in rules:
        name = f"[{rule.id}](rules/{rule.id}.yaml)" if entry_for(rule.id) else rule.id
        default = "experimental" if rule.experimental else "on" if rule.enabled else "off"
        cells = [
            name,
            ", ".join(rule.aliases),
            str(rule.severity),
            rule.category,
            default,
            _fix_kind(rule),
            rule.title,
        ]
        rows.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
    rows.append(SHELLCHECK_ROW)
    return "\n".join(rows) + "\n"


def _fix_kind(rule: Rule) -> str:
    """What the Fix column says: the catalogue's kind (safe, unsafe), or yes for a fixable rule without one."""
    entry = entry_for(rule.id)
    if entry is not None and entry.fix_kind is not None:
        return entry.fix_kind
    return "yes" if rule.fixable else ""


def with_table(readme: str, table: str) -> str:
    start, end = readme.index(START) + len(START), readme.index(END)
    return readme[:start] + "\n" + table + readme[end:]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--write", action="store_true", help="replace the table in README.md")
    action.add_argument("--check", action="store_true", help="exit 1 when README.md's table is out of date")
    options = parser.parse_args(argv)
    table = rule_table(built_in_rules())
    if not (options.write or options.check):
        sys.stdout.write(table)
        return 0
    readme = README.read_text(encoding="utf-8")
    updated = with_table(readme, table)
    if options.check:
        if updated != readme:
            print("README.md's rule table is out of date: run python scripts/rule_table.py --write", file=sys.stderr)
            return 1
        return 0
    README.write_text(updated, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
