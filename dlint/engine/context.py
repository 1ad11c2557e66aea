"""What a rule may know besides the Dockerfile itself: settings and the build context."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dlint.model.dockerignore import DockerIgnore


@dataclass(frozen=True)
class RuleContext:
    """What a check may read besides the document: the file's settings and its build context."""

    path: str                                   # the linted file as given ("-" or --stdin-filename for stdin)
    context_dir: str | None = None              # the build context (--context, else the Dockerfile's folder); None for unnamed stdin
    dockerignore: DockerIgnore | None = None    # the .dockerignore that applies, already read
    context_given: bool = False                 # the user named the context (--context), so it is not a guess
    trusted_registries: tuple[str, ...] = ()
    label_schema: dict[str, str] = field(default_factory=dict)
    strict_labels: bool = False
    options: dict[str, Any] = field(default_factory=dict)   # rule options from the config, by option name

    def option(self, name: str, default: Any = None) -> Any:
        return self.options.get(name, default)
