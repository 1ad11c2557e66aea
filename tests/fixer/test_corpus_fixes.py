"""``--fix --unsafe-fixes`` over every real Dockerfile of the shared corpus, in memory.

A fixed file must parse (a fix that breaks parsing is refused, and a refusal
fails here), must not report more findings than the original, and must be
fixed for good: the lint of the fixed text offers no fix left to apply. The
counts are printed (``pytest -s``). Skipped where the corpus is absent.
"""

from __future__ import annotations

import pytest

from dlint.engine.config.dlint_file import Config
from dlint.engine.config.settings import SettingsResolver
from dlint.engine.lint import FileJob, current_index, lint_file_and_model
from dlint.engine.reading import Unreadable, read_file
from dlint.fixer.choice import fixes_for_one_pass
from dlint.fixer.passes import fix_text
from tests.corpus import MANIFEST, corpus_files


@pytest.mark.skipif(not MANIFEST.is_file(), reason="the shared corpus is not present")
def test_fixing_the_corpus_keeps_files_parsing_never_adds_findings_and_settles():
    settings = SettingsResolver(current_index(), Config()).for_file(None, None)
    changed = before = after = 0
    broken, more, unsettled = [], [], []
    for path in corpus_files():
        try:
            text = read_file(str(path))
        except Unreadable:
            continue
        first = []

        def lint(current, first=first):
            linted = lint_file_and_model(FileJob(str(path), settings, text=current))
            first.append(linted[0])
            return linted

        fixed = fix_text(text, lint, unsafe=True)
        found_before, found_after = len(first[0].findings), len(fixed.result.findings)
        before, after = before + found_before, after + found_after
        changed += fixed.text != text
        if fixed.refused is not None:
            broken.append(f"{path.name}: {fixed.refused}")
        if found_after > found_before:
            more.append(f"{path.name}: {found_before} -> {found_after}")
        if fixes_for_one_pass(fixed.text, fixed.result.findings, unsafe=True):
            unsettled.append(path.name)
    print(f"\n{changed} of {len(corpus_files())} files changed; findings {before} before, {after} after")
    assert broken == []
    assert more == []
    assert unsettled == []
