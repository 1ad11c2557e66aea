"""Every catalogue example does what it says: a bad example reports its rule, a good one does not.

Each example is linted through the engine (comments, directives and all) with
only its rule selected, so rules that are off by default run too. Its
``files`` become the build context beside the Dockerfile and its
``build_args`` are passed as ``--build-arg`` would; its ``config`` sets
``trusted-registries``, ``label-schema`` and ``strict-labels`` as a
``.dlint.yaml`` would.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dlint.engine.catalogue import CatalogueEntry, CatalogueError, Example, catalogue_files, read_entry
from dlint.engine.lint import FileResult, job_for_file, lint_file
from dlint.engine.registry import registered_rules
from dlint.engine.shellcheck_program import SHELLCHECK_TAG
from dlint.engine.config.settings import FileSettings


def _entries() -> list[tuple[Path, CatalogueEntry | CatalogueError]]:
    entries = []
    for path in catalogue_files():
        try:
            entries.append((path, read_entry(path)))
        except CatalogueError as broken:
            entries.append((path, broken))
    return entries


ENTRIES = _entries()
READABLE = [(path, entry) for path, entry in ENTRIES if isinstance(entry, CatalogueEntry)]
EXAMPLES = [
    pytest.param(entry.id, kind, example, id=f"{entry.id}-{kind}-{number}")
    for _, entry in READABLE
    for kind, examples in (("bad", entry.bad), ("good", entry.good))
    for number, example in enumerate(examples, 1)
]


def built_in_rules():
    """dlint's own rules; ShellCheck's SC codes are documented by ShellCheck's wiki, each rule's url."""
    return {
        rule_id: rule
        for rule_id, rule in registered_rules().items()
        if rule.check.__module__.startswith("dlint.") and SHELLCHECK_TAG not in rule.tags
    }


def lint_example(rule_id: str, example: Example, context: Path) -> FileResult:
    for name, content in example.files.items():
        target = context / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content)
    dockerfile = context / "Dockerfile"
    dockerfile.write_text(example.dockerfile)
    settings = FileSettings(
        rules=frozenset({rule_id}),
        build_args=dict(example.build_args),
        trusted_registries=tuple(example.config.get("trusted-registries", ())),
        label_schema=dict(example.config.get("label-schema", {})),
        strict_labels=bool(example.config.get("strict-labels", False)),
    )
    return lint_file(job_for_file(str(dockerfile), settings))


@pytest.mark.parametrize(("rule_id", "kind", "example"), EXAMPLES)
def test_catalogue_example(rule_id, kind, example, tmp_path):
    result = lint_example(rule_id, example, tmp_path)
    assert result.problems == [], result.problems
    reported = [finding for finding in result.findings if finding.rule == rule_id]
    if kind == "bad":
        assert reported, f"{rule_id} reported nothing on its bad example:\n{example.dockerfile}"
    else:
        assert not reported, f"{rule_id} reported its good example: {[f.message for f in reported]}"


@pytest.mark.parametrize(("path", "entry"), ENTRIES, ids=[path.stem for path, _ in ENTRIES])
def test_catalogue_file_is_readable_and_named_for_its_rule(path, entry):
    assert isinstance(entry, CatalogueEntry), str(entry)
    assert entry.id == path.stem


@pytest.mark.parametrize(("path", "entry"), READABLE, ids=[path.stem for path, _ in READABLE])
def test_catalogue_file_belongs_to_a_registered_rule(path, entry):
    assert entry.id in registered_rules(), f"{path.name} documents no registered rule"


@pytest.mark.parametrize("rule_id", sorted(built_in_rules()))
def test_every_built_in_rule_has_a_catalogue_entry_with_bad_and_good_examples(rule_id):
    entry = dict((e.id, e) for _, e in READABLE).get(rule_id)
    assert entry is not None, f"rules/{rule_id}.yaml is missing"
    assert entry.bad and entry.good, f"rules/{rule_id}.yaml needs at least one bad and one good example"


@pytest.mark.parametrize(("path", "entry"), READABLE, ids=[path.stem for path, _ in READABLE])
def test_documented_options_are_options_of_the_rule(path, entry):
    rule = registered_rules().get(entry.id)
    if rule is None:
        pytest.skip("reported by test_catalogue_file_belongs_to_a_registered_rule")
    assert set(entry.options) <= set(rule.options), f"{path.name} documents options the rule does not declare"
