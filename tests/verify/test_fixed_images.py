"""The safe fixes keep what the image is: the fixed Dockerfile builds an image configured like the original's.

For every fixture under fixtures/verify that ``--fix`` changes, both files are
built from the fixture's folder and their image configurations compared: Cmd,
Entrypoint, Env, WorkingDir, ExposedPorts, User and labels. Only what
MAINTAINER becomes differs, by design: the Author field gives way to the
``org.opencontainers.image.authors`` label.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from dlint.engine.session import job_for_plain_run
from dlint.fixer.files import fix_file
from dlint.verify.engine import Engine, ImageConfig

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "verify"
AUTHORS_LABEL = "org.opencontainers.image.authors"


def _fixed(dockerfile: Path) -> str | None:
    """The fixture's text with the safe fixes applied; None when they change nothing."""
    job = job_for_plain_run(str(dockerfile))
    rewrite = fix_file(job).rewrite
    return rewrite.after if rewrite is not None and rewrite.changed else None


CASES = sorted(folder.name for folder in FIXTURES.iterdir() if (folder / "Dockerfile").is_file() and _fixed(folder / "Dockerfile"))


def _build(engine: Engine, context: Path, dockerfile: Path, tag: str) -> ImageConfig:
    run = engine.start_build(context, dockerfile, tag, {}, {}).wait(timeout=180)
    assert run.ok, run.output[-3000:]
    config = engine.image(tag)
    assert config is not None
    return config


def _what_the_image_does(config: ImageConfig) -> ImageConfig:
    labels = {key: value for key, value in config.labels.items() if key != AUTHORS_LABEL}
    return replace(config, id="", author="", size=None, layers=0, labels=labels)


def test_a_fixture_changes_with_every_declarative_fix():
    assert "declarative-fixes" in CASES and "maintainer-bad" in CASES


@pytest.mark.parametrize("case", CASES)
def test_the_fixed_dockerfile_builds_the_same_image_configuration(engine, case, tmp_path):
    folder = FIXTURES / case
    fixed = tmp_path / "Dockerfile"
    fixed.write_text(_fixed(folder / "Dockerfile"))
    tags = [f"dlint-fixed-images-{case}-{kind}:test" for kind in ("original", "fixed")]
    try:
        original_config = _build(engine, folder, folder / "Dockerfile", tags[0])
        fixed_config = _build(engine, folder, fixed, tags[1])
    finally:
        engine.remove_images(tags)
    assert _what_the_image_does(fixed_config) == _what_the_image_does(original_config)
    if original_config.author:
        assert fixed_config.labels[AUTHORS_LABEL] == original_config.author
