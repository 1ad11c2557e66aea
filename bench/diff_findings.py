"""Compare two ``dlint --format json`` reports: findings added and removed per rule, with samples.

    python bench/diff_findings.py BEFORE.json AFTER.json [--samples 3]

A finding is keyed by file, rule, line and column; one whose message alone
changed is counted as "reworded". Dev only: for checking a change against the
corpus before and after.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict


def _findings(path: str) -> dict[tuple, str]:
    with open(path, encoding="utf-8") as report:
        data = json.load(report)
    found = {}
    for finding in data["findings"]:
        start = finding.get("line"), finding.get("column")
        key = (finding["path"], finding["rule"], *start, finding.get("end_line"), finding.get("end_column"))
        found[key] = finding["message"]
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("before")
    parser.add_argument("after")
    parser.add_argument("--samples", type=int, default=3)
    args = parser.parse_args()
    before, after = _findings(args.before), _findings(args.after)
    changes: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for key in before.keys() - after.keys():
        changes[key[1]]["removed"].append((key, before[key]))
    for key in after.keys() - before.keys():
        changes[key[1]]["added"].append((key, after[key]))
    for key in before.keys() & after.keys():
        if before[key] != after[key]:
            changes[key[1]]["reworded"].append((key, f"{before[key]!r} -> {after[key]!r}"))
    totals = Counter({rule: sum(len(v) for v in kinds.values()) for rule, kinds in changes.items()})
    print(f"{len(before)} findings before, {len(after)} after")
    for rule, _ in totals.most_common():
        kinds = changes[rule]
        print(f"{rule}: " + ", ".join(f"{len(kinds[kind])} {kind}" for kind in ("added", "removed", "reworded")))
        for kind in ("added", "removed", "reworded"):
            for key, message in sorted(kinds[kind])[: args.samples]:
                print(f"    {kind}: {key[0]}:{key[2]}:{key[3]} {message}")


if __name__ == "__main__":
    main()
