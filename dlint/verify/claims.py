"""One small checker per rule claim, judged against the built image.

Each checker takes the rule's findings and what the build showed
(:class:`Observed`) and returns claims: ``confirmed`` when the image shows
the rule's concern, ``refuted`` when it shows the opposite, ``not-checkable``
when the image cannot tell. Besides the rule's own findings a checker
also measures the instructions the rule looks at where it stayed silent
(an install that should stay cached, a USER that should not be root), so a
fixed Dockerfile shows the concern refuted rather than nothing at all.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from dataclasses import dataclass, field

from dlint.model.users import ROOT_USERS
from dlint.engine.findings import Finding
from dlint.model.document import Document
from dlint.model.image_ref import ImageRef
from dlint.model.instruction import Instruction
from dlint.verify.cache_probe import Rebuild
from dlint.verify.dependencies import dependency_installs
from dlint.verify.engine import ImageConfig
from dlint.verify.results import CONFIRMED, NOT_CHECKABLE, REFUTED, Claim


@dataclass(frozen=True)
class Observed:
    """What the build showed, for the checkers."""

    image: ImageConfig
    bases: dict[str, ImageConfig]                  # image reference (as expanded) -> the local image used
    after: dict[int, ImageConfig] = field(default_factory=dict)   # instruction index -> image right after it
    rebuild: Rebuild | None = None


Checker = Callable[[Document, list[Finding], Observed], list[Claim]]


def check_claims(doc: Document, findings: list[Finding], observed: Observed) -> list[Claim]:
    claims: list[Claim] = []
    for rule_ids, checker in CHECKERS:
        claims.extend(checker(doc, [f for f in findings if f.rule in rule_ids], observed))
    return sorted(claims, key=lambda claim: (claim.line or 0, claim.rule))


def unbuilt_claims(findings: list[Finding], reason: str) -> list[Claim]:
    """Every claim a rule made, when there is no image to check it against."""
    return [
        Claim(f.rule, f.span.line, NOT_CHECKABLE, reason)
        for f in findings
        if any(f.rule in rule_ids for rule_ids, _ in CHECKERS)
    ]


def _in_image(doc: Document, instruction: Instruction) -> bool:
    """Whether ``instruction`` belongs to the stages the built image is made of."""
    stage = doc.stage_of(instruction)
    return doc.target is not None and stage is not None and any(stage is s for s in doc.target.chain())


def _image_instructions(doc: Document, keyword: str) -> list[Instruction]:
    if doc.target is None:
        return []
    return [i for stage in reversed(doc.target.chain()) for i in stage.instructions if i.keyword == keyword]


def _quote(instruction: Instruction) -> str:
    text = " ".join(instruction.original.split())
    return f"`{text if len(text) <= 60 else text[:57] + '...'}`"


def cache_busting(doc: Document, findings: list[Finding], observed: Observed) -> list[Claim]:
    installs = dependency_installs(doc)
    claims = []
    judged: set[int] = set()
    for finding in findings:
        install = _install_for(doc, finding, installs)
        if install is None:
            claims.append(Claim(finding.rule, finding.span.line, NOT_CHECKABLE, "no dependency install follows this COPY"))
            continue
        judged.add(install.index)
        claims.append(Claim(finding.rule, finding.span.line, *_install_cache_status(install, observed.rebuild)))
    for install in installs:
        if install.index not in judged:
            status, evidence = _install_cache_status(install, observed.rebuild)
            claims.append(Claim("DLX001", install.span.line, status, evidence, reported=False))
    return claims


def _install_for(doc: Document, finding: Finding, installs: tuple[Instruction, ...]) -> Instruction | None:
    """The install a finding is about: its related location, else the first install after it."""
    for related in finding.related:
        instruction = doc.instruction_at(related.span.line)
        if instruction is not None and instruction.keyword == "RUN":
            return instruction
    instruction = doc.instruction_at(finding.span.line)
    if instruction is None:
        return None
    if instruction.keyword == "RUN":
        return instruction
    return next((i for i in installs if i.index > instruction.index), None)


def _install_cache_status(install: Instruction, rebuild: Rebuild | None) -> tuple[str, str]:
    if rebuild is None or rebuild.changed_file is None:
        return NOT_CHECKABLE, "no application file outside the dependency manifests is copied into the image"
    if rebuild.log is None:
        return NOT_CHECKABLE, rebuild.error or "the rebuild failed"
    cached = rebuild.cached.get(install.index)
    if cached is None:
        return NOT_CHECKABLE, f"the builder did not run {_quote(install)} on the rebuild"
    change = f"after a change to {rebuild.changed_file} (not a dependency manifest)"
    if cached:
        return REFUTED, f"{change}, the builder took {_quote(install)} from its cache"
    return CONFIRMED, (f"{change}, {_quote(install)} (line {install.span.line}) ran again: "
                       "every code change re-installs the dependencies")


def overridden_command(doc: Document, findings: list[Finding], observed: Observed) -> list[Claim]:
    claims = []
    for finding in findings:
        repeat = doc.instruction_at(finding.span.line)
        if repeat is None or repeat.keyword not in ("CMD", "ENTRYPOINT", "HEALTHCHECK"):
            claims.append(Claim(finding.rule, finding.span.line, NOT_CHECKABLE, "no CMD or ENTRYPOINT on this line"))
            continue
        claims.append(_overridden_claim(doc, finding, repeat, observed.image))
    return claims


def _overridden_claim(doc: Document, finding: Finding, repeat: Instruction, image: ImageConfig) -> Claim:
    keyword = repeat.keyword
    line = finding.span.line
    if keyword == "HEALTHCHECK":
        return Claim(finding.rule, line, NOT_CHECKABLE, "the image's health check is not compared")
    if not _in_image(doc, repeat):
        return Claim(finding.rule, line, NOT_CHECKABLE, "this stage is not part of the image that was built")
    stage = doc.stage_of(repeat)
    same = [i for i in stage.instructions if i.keyword == keyword]
    last, earlier = same[-1], same[:-1]
    field_name = "Cmd" if keyword == "CMD" else "Entrypoint"
    actual = image.cmd if keyword == "CMD" else image.entrypoint
    if actual == command_argv(doc, last):
        ignored = ", ".join(str(i.span.line) for i in earlier)
        return Claim(finding.rule, line, CONFIRMED,
                     f"the image's {field_name} is {list(actual)} from line {last.span.line}; "
                     f"the {keyword} on line {ignored} has no effect")
    if any(actual == command_argv(doc, i) for i in earlier):
        return Claim(finding.rule, line, REFUTED, f"the image's {field_name} {list(actual)} comes from an earlier {keyword}")
    shown = list(actual) if actual is not None else None
    return Claim(finding.rule, line, NOT_CHECKABLE, f"the image's {field_name} {shown} matches none of the stage's {keyword}s")


def command_argv(doc: Document, instruction: Instruction) -> tuple[str, ...]:
    """What Docker stores for a CMD or ENTRYPOINT: the JSON array, or the shell form run by the SHELL."""
    if instruction.json:
        return instruction.values
    script = doc.shell(instruction)
    shell = script.shell if script is not None else ("/bin/sh", "-c")
    return (*shell, instruction.rest.text.strip())


def maintainer(doc: Document, findings: list[Finding], observed: Observed) -> list[Claim]:
    image = observed.image
    claims = []
    for finding in findings:
        instruction = doc.instruction_at(finding.span.line)
        if instruction is None or not _in_image(doc, instruction):
            claims.append(Claim(finding.rule, finding.span.line, NOT_CHECKABLE,
                                "this MAINTAINER is not in a stage of the image that was built"))
        elif image.author:
            labels = _author_labels(image)
            where = "; labels carry no author" if not labels else f"; labels: {labels}"
            claims.append(Claim(finding.rule, finding.span.line, CONFIRMED,
                                f"the author is in the image's deprecated Author field ({image.author!r}){where}"))
        else:
            claims.append(Claim(finding.rule, finding.span.line, REFUTED, "the image's Author field is empty"))
    if not findings:
        claims.extend(_author_label_claims(doc, image))
    return claims


_AUTHOR_LABELS = ("maintainer", "org.opencontainers.image.authors")


def _author_labels(image: ImageConfig) -> dict[str, str]:
    return {key: value for key, value in image.labels.items() if key.lower() in _AUTHOR_LABELS}


def _author_label_claims(doc: Document, image: ImageConfig) -> list[Claim]:
    labels = _author_labels(image)
    claims = []
    for label in _image_instructions(doc, "LABEL"):
        keys = {key.lower() for key in label.values[::2]}
        if not keys & set(_AUTHOR_LABELS) or not labels:
            continue
        status = REFUTED if not image.author else CONFIRMED
        evidence = f"the author is carried by labels {labels}" + (
            " and the deprecated Author field is empty" if not image.author else f" and also Author {image.author!r}"
        )
        claims.append(Claim("DL4000", label.span.line, status, evidence, reported=False))
    return claims


def missing_expose(doc: Document, findings: list[Finding], observed: Observed) -> list[Claim]:
    ports = observed.image.exposed_ports
    inherited = _inherited_ports(doc, observed)
    claims = []
    for finding in findings:
        if ports:
            source = f" (inherited from the base image {inherited[0]})" if inherited and inherited[1] else ""
            claims.append(Claim(finding.rule, finding.span.line, REFUTED,
                                f"the image declares {', '.join(ports)}{source}"))
        else:
            claims.append(Claim(finding.rule, finding.span.line, CONFIRMED, "the image declares no port: ExposedPorts is empty"))
    if not findings:
        for expose in _image_instructions(doc, "EXPOSE"):
            status = REFUTED if ports else CONFIRMED
            shown = ", ".join(ports) if ports else "no port"
            claims.append(Claim("DLX003", expose.span.line, status, f"the image declares {shown}", reported=False))
    return claims


def _inherited_ports(doc: Document, observed: Observed) -> tuple[str, tuple[str, ...]] | None:
    root = doc.target.chain()[-1] if doc.target is not None else None
    if root is None or root.base.value is None or root.base.value not in observed.bases:
        return None
    return root.base.value, observed.bases[root.base.value].exposed_ports


def runs_as_root(doc: Document, findings: list[Finding], observed: Observed) -> list[Claim]:
    user = observed.image.user
    root = _is_root(user)
    shown = f"User is {user!r}" if user else "User is empty"
    consequence = "containers start as root" if root else "containers do not start as root"
    claims = [
        Claim(f.rule, f.span.line, CONFIRMED if root else REFUTED, f"the image's {shown}: {consequence}")
        for f in findings
    ]
    if not findings:
        users = _image_instructions(doc, "USER")
        if users:
            claims.append(Claim("DLX005", users[-1].span.line, CONFIRMED if root else REFUTED,
                                f"the image's {shown}: {consequence}", reported=False))
    return claims


def _is_root(user: str) -> bool:
    # An empty User in the image config means the default, root.
    name = user.split(":", 1)[0]
    return not name or name in ROOT_USERS


def relative_workdir(doc: Document, findings: list[Finding], observed: Observed) -> list[Claim]:
    workdirs = _image_instructions(doc, "WORKDIR")
    claims = []
    for finding in findings:
        instruction = doc.instruction_at(finding.span.line)
        if instruction is None or not any(instruction is w for w in workdirs):
            claims.append(Claim(finding.rule, finding.span.line, NOT_CHECKABLE,
                                "this WORKDIR is not in a stage of the image that was built"))
        else:
            claims.append(_workdir_claim(doc, instruction, workdirs, observed, finding.rule, True))
    if not findings:
        for workdir in workdirs:
            if posixpath.isabs(_workdir_value(doc, workdir) or "."):
                claims.append(_workdir_claim(doc, workdir, workdirs, observed, "DL3000", False))
    return claims


def _workdir_value(doc: Document, workdir: Instruction) -> str | None:
    if not workdir.values:
        return None
    return doc.scope(workdir).expand(workdir.values[0]).value


def _workdir_claim(
    doc: Document, workdir: Instruction, workdirs: list[Instruction], observed: Observed, rule_id: str, reported: bool
) -> Claim:
    line = workdir.span.line
    written = _workdir_value(doc, workdir)
    after = observed.after.get(workdir.index) or (observed.image if workdir is workdirs[-1] else None)
    if written is None or after is None:
        return Claim(rule_id, line, NOT_CHECKABLE,
                     "a later WORKDIR sets the image's working directory and this builder keeps no image per step",
                     reported)
    resolved = after.working_dir
    if posixpath.normpath(written) == posixpath.normpath(resolved):
        return Claim(rule_id, line, REFUTED, f"the working directory is {resolved}, exactly as written", reported)
    return Claim(rule_id, line, CONFIRMED,
                 f"WORKDIR {written} became {resolved}: it depends on the working directory before it", reported)


def unpinned_base(doc: Document, findings: list[Finding], observed: Observed) -> list[Claim]:
    reported = {(f.span.line, f.rule) for f in findings}
    claims = []
    for stage in doc.stages:
        base = stage.base
        if base.is_stage or base.is_scratch or not base.known:
            continue
        line = stage.from_.span.line
        local = observed.bases.get(base.value)
        rules_here = [rule_id for (at, rule_id) in reported if at == line]
        if not rules_here:
            if base.tag is None or base.tag == "latest" or base.digest:
                continue
            rules_here, status, was_reported = ["DL3006", "DL3007"], REFUTED, False
        else:
            status, was_reported = CONFIRMED, True
        for rule_id in sorted(rules_here):
            claims.append(Claim(rule_id, line, *_resolution(base, local, status), was_reported))
    return claims


def _resolution(base: ImageRef, local: ImageConfig | None, status: str) -> tuple[str, str]:
    if local is None:
        return NOT_CHECKABLE, f"{base.value} was not inspected"
    if status == CONFIRMED:
        tag = base.tag or "latest"
        return CONFIRMED, (f"`{base.text}` resolved to {base.name}:{tag} = {local.id} at build time; "
                           "another build may get another image under the same tag")
    return REFUTED, f"`{base.text}` names release {base.tag}, resolved to {local.id}"


CHECKERS: tuple[tuple[frozenset[str], Checker], ...] = (
    (frozenset({"DLX001"}), cache_busting),
    (frozenset({"DL4003", "DL4004", "MultipleInstructionsDisallowed"}), overridden_command),
    (frozenset({"DL4000", "MaintainerDeprecated"}), maintainer),
    (frozenset({"DLX003"}), missing_expose),
    (frozenset({"DLX005"}), runs_as_root),
    (frozenset({"DL3000", "WorkdirRelativePath"}), relative_workdir),
    (frozenset({"DL3006", "DL3007"}), unpinned_base),
)
