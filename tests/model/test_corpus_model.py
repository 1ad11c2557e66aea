"""Every corpus Dockerfile gets stages and scopes without an exception."""

from __future__ import annotations


import pytest

from dlint.model import load
from tests.corpus import corpus_files
from dlint.model.variables import global_scope, scope_before

@pytest.mark.skipif(not corpus_files(), reason="the shared corpus is not beside the project")
def test_every_corpus_file_gets_stages_and_scopes():
    failures = []
    for path in corpus_files():
        try:
            doc = load(path.read_bytes().decode("utf-8", errors="replace"), str(path))
            scope = global_scope(doc)
            for stage in doc.stages:
                assert stage.base.text is not None
                if stage.platform is not None and stage.platform.value is not None:
                    scope.expand(stage.platform.value)
                for reference in stage.dependencies:
                    assert reference.kind in ("from", "copy", "mount")
            for instruction in doc.instructions:
                scope_before(doc, instruction)
        except Exception as error:  # noqa: BLE001 - collect every failing file, then report them all
            failures.append(f"{path.name}: {type(error).__name__}: {error}")
    assert not failures, "\n".join(failures[:20])
