"""What `dlint verify` found for one Dockerfile: the build, the image, the claims.

Plain frozen dataclasses and their JSON shape; no engine calls here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from dlint.model.spans import Span

CONFIRMED = "confirmed"
REFUTED = "refuted"
NOT_CHECKABLE = "not-checkable"

BUILT = "built"
FAILED = "failed"
NOT_BUILT = "not-built"


@dataclass(frozen=True)
class StepCache:
    """One build step of the rebuild and whether the builder took it from its cache."""

    line: int | None
    instruction: str
    cached: bool

    def as_json(self) -> dict[str, Any]:
        return {"line": self.line, "instruction": self.instruction, "cached": self.cached}


@dataclass(frozen=True)
class BuildResult:
    """How the build went.

    ``outcome`` is ``built``, ``failed`` (the builder ran and the Dockerfile
    failed: a DLX100 finding) or ``not-built`` (the build could not be tried
    here, e.g. its base image is not available locally or it needs the
    network); ``line`` is the instruction that failed or blocked the build.
    """

    outcome: str
    seconds: float = 0.0
    image_size: int | None = None
    layers: int | None = None
    error: str | None = None
    line: int | None = None
    output: tuple[str, ...] = ()          # the builder's last lines, for a failure
    builder: str | None = None
    rebuild: tuple[StepCache, ...] = ()   # per-step cache hits when built a second time
    changed_file: str | None = None       # the application file changed before that rebuild
    image: str | None = None              # the image's tag, when kept
    skipped: tuple[str, ...] = ()         # FIFOs, sockets and devices of the context the rebuild left out
    span: Span | None = None              # the instruction ``line`` names, for SARIF

    @property
    def ok(self) -> bool:
        return self.outcome == BUILT

    def as_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "outcome": self.outcome,
            "seconds": round(self.seconds, 3),
            "image_size": self.image_size,
            "layers": self.layers,
            "error": self.error,
            "line": self.line,
            "output": list(self.output),
            "builder": self.builder,
            "image": self.image,
            "rebuild": {
                "changed_file": self.changed_file,
                "steps": [step.as_json() for step in self.rebuild],
                "skipped": list(self.skipped),
            },
        }


@dataclass(frozen=True)
class Claim:
    """A rule's statement about the image, checked against the built image.

    ``reported`` tells whether the static rule made the statement itself; a
    claim the rule did not make is one verify measured anyway because the
    Dockerfile has what the rule looks at (a dependency install, an EXPOSE,
    a USER...). ``confirmed`` then means the rule's concern holds in the image
    and ``refuted`` that the image shows it does not.
    """

    rule: str
    line: int | None
    status: str
    evidence: str
    reported: bool = True
    span: Span | None = None    # the rule's finding, else the instruction on ``line``; for SARIF

    def as_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "line": self.line,
            "status": self.status,
            "evidence": self.evidence,
            "reported": self.reported,
        }


@dataclass(frozen=True)
class VerifyResult:
    """Everything verify found for one Dockerfile: the build and the claims checked against it."""

    path: str
    build: BuildResult
    claims: tuple[Claim, ...] = field(default_factory=tuple)

    @property
    def confirmed(self) -> tuple[Claim, ...]:
        return tuple(claim for claim in self.claims if claim.status == CONFIRMED)

    @property
    def clean(self) -> bool:
        return self.build.ok and not self.confirmed

    def as_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "build": self.build.as_json(),
            "claims": [claim.as_json() for claim in self.claims],
        }
