"""The whole shared corpus in one CLI run: every real-world Dockerfile goes through without a crash.

The corpus lives beside the project (``../shared/corpus``) and is not part of
it; the test is skipped where it is absent. How many files each rule flags
is printed in the terminal summary (see ``conftest.py``), to watch how rules
behave on real files and question one that flags most of them.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest
from cli_runner import run_dlint

from tests.corpus import CORPUS, MANIFEST, corpus_files

@pytest.mark.skipif(not MANIFEST.is_file(), reason="the shared corpus is not present")
def test_the_corpus_lints_without_a_crash(corpus_summary):
    files = [str(path.relative_to(CORPUS)) for path in corpus_files()]
    result = run_dlint("--format", "json", "--no-config", "--jobs", "2", *files, cwd=Path(CORPUS))
    assert result.returncode in (0, 1), result.stderr[-2000:]
    assert result.stderr == ""
    report = json.loads(result.stdout)
    assert report["errors"] == []
    assert report["files"] == len(files)
    flagged = files_flagged_by_rule(report["findings"])
    corpus_summary.append(f"{len(report['findings'])} findings in {report['files']} files (default rules)")
    corpus_summary += [
        f"{len(paths):>7}  {100 * len(paths) / len(files):5.1f}%  {rule}"
        for rule, paths in sorted(flagged.items(), key=lambda item: (-len(item[1]), item[0]))
    ]
    assert flagged, "the default rules flag nothing in thousands of real Dockerfiles"


def files_flagged_by_rule(findings: list[dict]) -> dict[str, set[str]]:
    flagged: dict[str, set[str]] = defaultdict(set)
    for finding in findings:
        flagged[finding["rule"]].add(finding["path"])
    return flagged
