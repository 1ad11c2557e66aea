"""The rule catalogue: each rule's documentation and examples, one ``rules/<ID>.yaml`` per rule.

In a checkout the files are read from ``rules/`` beside the package; in an
installed wheel they are packaged as ``dlint/catalogue/``
(:mod:`dlint.engine.catalogue_folder` knows which). ``dlint explain``,
the SARIF reporter and the catalogue example test read them through here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from dlint.engine.catalogue_folder import catalogue_folder


class CatalogueError(ValueError):
    """A catalogue file that does not follow the schema."""


# What ``dlint --fix`` does with a rule's fixes: ``safe`` ones always, ``unsafe`` ones only with --unsafe-fixes.
FIX_KINDS = ("safe", "unsafe")

# Settings an example may be linted with: the keys of ``.dlint.yaml`` that rules read from the context.
EXAMPLE_SETTINGS = ("trusted-registries", "label-schema", "strict-labels")


@dataclass(frozen=True)
class Example:
    """One example Dockerfile of a catalogue entry, with the other build context files and build args it needs."""

    dockerfile: str
    files: Mapping[str, str] = field(default_factory=dict)        # other files of the build context
    build_args: Mapping[str, str] = field(default_factory=dict)
    config: Mapping[str, Any] = field(default_factory=dict)       # EXAMPLE_SETTINGS keys, as in .dlint.yaml


@dataclass(frozen=True)
class CatalogueEntry:
    """One rule's documentation, as written in ``rules/<ID>.yaml``."""

    id: str
    summary: str
    rationale: str = ""
    fix: str = ""                  # how to fix it, in prose
    fix_kind: str | None = None    # a rule whose findings carry fixes: "safe" or "unsafe" (``fix.note`` says why)
    references: tuple[str, ...] = ()
    options: Mapping[str, str] = field(default_factory=dict)     # option name -> description
    bad: tuple[Example, ...] = ()
    good: tuple[Example, ...] = ()
    path: str = ""


def catalogue_dir() -> Path:
    return Path(catalogue_folder())


def catalogue_files() -> list[Path]:
    folder = catalogue_dir()
    return sorted(folder.glob("*.yaml")) if folder.is_dir() else []


@lru_cache(maxsize=None)
def entry_for(rule_id: str) -> CatalogueEntry | None:
    """The catalogue entry of ``rule_id`` (its primary id), or None when it has none (plugin rules)."""
    path = catalogue_dir() / f"{rule_id}.yaml"
    return read_entry(path) if path.is_file() else None


def read_entry(path: Path) -> CatalogueEntry:
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    try:
        data = YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))
    except (OSError, YAMLError) as error:
        raise CatalogueError(f"{path}: {error}") from None
    if not isinstance(data, dict) or not isinstance(data.get("id"), str) or not isinstance(data.get("summary"), str):
        raise CatalogueError(f"{path}: needs at least an id and a summary")
    examples = data.get("examples") or {}
    if not isinstance(examples, dict):
        raise CatalogueError(f"{path}: examples must map bad and good to lists")
    fix, fix_kind = _fix(data.get("fix"), path)
    return CatalogueEntry(
        id=data["id"],
        summary=data["summary"].strip(),
        rationale=_text(data.get("rationale")),
        fix=fix,
        fix_kind=fix_kind,
        references=tuple(str(r) for r in data.get("references") or ()),
        options={str(k): _text(v) for k, v in (data.get("options") or {}).items()},
        bad=_examples(examples.get("bad"), path),
        good=_examples(examples.get("good"), path),
        path=str(path),
    )


def _fix(value: Any, path: Path) -> tuple[str, str | None]:
    """The prose of ``fix:`` and the kind of fix the rule's findings carry.

    ``fix:`` is prose for a rule without automatic fixes, and
    ``{kind: safe|unsafe, note: prose}`` for one with them; the note of an
    unsafe fix says what it may change.
    """
    if not isinstance(value, dict):
        return _text(value), None
    kind = value.get("kind")
    if kind not in FIX_KINDS or not isinstance(value.get("note"), str) or set(value) - {"kind", "note"}:
        raise CatalogueError(f"{path}: fix must be prose, or kind ({' or '.join(FIX_KINDS)}) and a note")
    return _text(value["note"]), kind


def _examples(items: Any, path: Path) -> tuple[Example, ...]:
    if items is None:
        return ()
    if not isinstance(items, list):
        raise CatalogueError(f"{path}: examples must be lists")
    examples = []
    for item in items:
        if not isinstance(item, dict) or not isinstance(item.get("dockerfile"), str):
            raise CatalogueError(f"{path}: each example needs a dockerfile")
        config = item.get("config") or {}
        if not isinstance(config, dict) or not set(config) <= set(EXAMPLE_SETTINGS):
            raise CatalogueError(f"{path}: an example's config may only set {', '.join(EXAMPLE_SETTINGS)}")
        examples.append(
            Example(
                dockerfile=item["dockerfile"],
                files={str(k): str(v) for k, v in (item.get("files") or {}).items()},
                build_args={str(k): str(v) for k, v in (item.get("build_args") or {}).items()},
                config=config,
            )
        )
    return tuple(examples)


def _text(value: Any) -> str:
    return str(value).strip() if value is not None else ""
