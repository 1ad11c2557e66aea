"""DLX005: the image a plain ``docker build`` produces runs its process as root.

Looks at the target stage and the stages it is built FROM: the last USER
among them decides. hadolint's DL3002 only looks at the last USER of each
stage; this rule asks what the final container runs as.

Without a USER the image may still not run as root, and then the rule stays
quiet:

- the base image runs unprivileged by itself (distroless ``:nonroot``,
  Chainguard, Bitnami...), or starts as root and drops privileges in its own
  entrypoint (the official postgres, redis, mysql... images) while the
  Dockerfile keeps that entrypoint; both lists are the data table
  ``rules/data/unprivileged-images.json``;
- the ENTRYPOINT is a command that switches users (``gosu``, ``su-exec``,
  ``setpriv``, ``s6-setuidgid``, ``chroot --userspec``, ``runuser``), or a
  script copied from the build context that runs one;
- in a ``.devcontainer/`` folder, ``devcontainer.json`` names a non-root
  ``remoteUser`` or ``containerUser``, which the editor starts the container as.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from fnmatch import fnmatchcase
from functools import cache

from dlint.model.context_copies import context_sources, working_directory
from dlint.model.document import Document
from dlint.model.image_ref import ImageRef
from dlint.model.instruction import Instruction
from dlint.model.privileges import context_script, drops_privileges
from dlint.model.stages import Stage
from dlint.model.users import ROOT_USERS, final_user
from dlint.rule_api import Related, RuleContext, Severity, Violation, data_file, rule

# The PATH of the common base images, where a bare ``docker-entrypoint.sh`` is found.
_SEARCH_PATH = ("/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin")
_JSONC_NOISE = re.compile(r'"(?:\\.|[^"\\])*"|//[^\n]*|/\*.*?\*/|,(?=\s*[}\]])', re.DOTALL)


@rule(
    "DLX005",
    title="The image runs as root",
    severity=Severity.WARNING,
    aliases=("DS002", "AVD-DS-0002", "CKV_DOCKER_3", "CKV_DOCKER_8"),
    category="security",
    tags=("security",),
)
def image_runs_as_root(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    target = doc.target
    if target is None:
        return
    chain = target.chain()
    last = final_user(doc)
    if last is not None:
        if last.is_root:
            yield Violation(
                last.instruction.span,
                f"the last USER is {last.user}: the container runs as root; switch to an unprivileged user",
                related=(Related(target.from_.span, "the image this USER applies to"),),
                aliases=("DS002", "AVD-DS-0002", "CKV_DOCKER_8"),
            )
        return
    if _base_runs_unprivileged(chain) or _entrypoint_drops_privileges(doc, ctx, target) or _dev_container_user(ctx):
        return
    yield Violation(
        target.from_.span,
        "no USER instruction: the container runs as root; add a USER with an unprivileged user",
        aliases=("DS002", "AVD-DS-0002", "CKV_DOCKER_3"),
    )


def _base_runs_unprivileged(chain: tuple[Stage, ...]) -> bool:
    base = chain[-1].base
    if _listed(base, "user"):
        return True
    keeps_entrypoint = not any(i.keyword == "ENTRYPOINT" for stage in chain for i in stage.instructions)
    return keeps_entrypoint and _listed(base, "entrypoint")


def _listed(image: ImageRef, kind: str) -> bool:
    name, tag = image.full, image.tag or "latest"
    if name is None or image.is_stage:
        return False
    return any(
        fnmatchcase(name, entry["image"])
        and fnmatchcase(tag, entry.get("tag", "*"))
        and name not in entry.get("except_image", ())
        and not any(fnmatchcase(tag, pattern) for pattern in entry.get("except_tag", ()))
        for entry in _table()[kind]
    )


def _entrypoint_drops_privileges(doc: Document, ctx: RuleContext, target: Stage) -> bool:
    entrypoint = _last(target.chain(), "ENTRYPOINT")
    commands = doc.commands_of(entrypoint) if entrypoint is not None else ()
    if not commands:
        return False
    first = commands[0]
    if drops_privileges(first.shell_command):
        return True
    # ``ENTRYPOINT ["/entrypoint.sh"]`` or ``["sh", "/entrypoint.sh"]``: the script is one of the first two words.
    return any(_script_drops_privileges(doc, ctx, target, entrypoint, word.value) for word in first.argv[:2])


def _script_drops_privileges(doc: Document, ctx: RuleContext, target: Stage, entrypoint: Instruction, path: str) -> bool:
    for image_path in _image_paths(doc, entrypoint, path):
        for source in context_sources(doc, target, image_path):
            text = ctx.context_file(source)
            if text is not None:
                script = context_script(text)
                return script is not None and any(drops_privileges(command) for command in script.commands)
    return False


def _image_paths(doc: Document, entrypoint: Instruction, path: str) -> list[str]:
    """Where the image may hold the program ``path`` names: itself, the WORKDIR's file, or a PATH folder's."""
    if path.startswith("/"):
        return [path]
    if "/" not in path:
        return [f"{folder}/{path}" for folder in _SEARCH_PATH]
    folder = working_directory(doc, entrypoint)
    return [] if folder is None else [f"{folder.rstrip('/')}/{path}"]


def _last(chain: tuple[Stage, ...], keyword: str) -> Instruction | None:
    for stage in chain:
        found = [i for i in stage.instructions if i.keyword == keyword]
        if found:
            return found[-1]
    return None


def _dev_container_user(ctx: RuleContext) -> bool:
    text = ctx.file_beside("devcontainer.json") if "/.devcontainer/" in "/" + ctx.path.replace("\\", "/") else None
    if text is None:
        return False
    try:
        settings = json.loads(_JSONC_NOISE.sub(lambda m: m.group(0) if m.group(0).startswith('"') else "", text))
    except ValueError:
        return False
    users = [settings.get(key) for key in ("containerUser", "remoteUser")] if isinstance(settings, dict) else []
    named = [user for user in users if isinstance(user, str) and user]
    return bool(named) and all(user.split(":", 1)[0] not in ROOT_USERS for user in named)


@cache
def _table() -> dict[str, list[dict]]:
    with open(data_file("unprivileged-images.json"), encoding="utf-8") as table:
        return json.load(table)
