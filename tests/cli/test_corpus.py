"""The whole shared corpus in one CLI run: every real-world Dockerfile goes through without a crash.

The corpus lives beside the project (``../shared/corpus``) and is not part of
it; the test is skipped where it is absent. The per-rule counts are printed
(``pytest -s``) to watch how rules behave on real files.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from cli_runner import run_dlint

from tests.corpus import CORPUS, MANIFEST, corpus_files

@pytest.mark.skipif(not MANIFEST.is_file(), reason="the shared corpus is not present")
def test_the_corpus_lints_without_a_crash():
    files = [str(path.relative_to(CORPUS)) for path in corpus_files()]
    result = run_dlint("--format", "json", "--no-config", "--jobs", "2", *files, cwd=Path(CORPUS))
    assert result.returncode in (0, 1), result.stderr[-2000:]
    assert result.stderr == ""
    report = json.loads(result.stdout)
    assert report["errors"] == []
    assert report["files"] == len(files)
    counts = Counter(finding["rule"] for finding in report["findings"])
    print(f"\n{len(report['findings'])} findings in {report['files']} files")
    for rule, count in counts.most_common():
        print(f"{count:>7}  {rule}")
