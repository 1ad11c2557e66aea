"""A server image that declares no EXPOSE (DLX003).

When the image's command starts a known server (gunicorn, nginx, ``rails
server``...) and no stage the image is built from has an EXPOSE, readers and
tools (``docker run -P``, compose, orchestrators) cannot tell which port it
listens on. Only the target stage is judged, with the CMD and ENTRYPOINT it
really runs: inherited from the stages it is built FROM, a CMD dropped when a
later stage sets ENTRYPOINT, as BuildKit does. Base images known to EXPOSE
their own port (nginx, postgres...) already document it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from dlint.model.document import Document
from dlint.model.instruction import Instruction
from dlint.model.servers import Server, server_started_by
from dlint.model.spans import Span
from dlint.rule_api import RuleContext, Severity, Violation, rule

if TYPE_CHECKING:
    from dlint.model.stages import Stage

# Official images whose configuration already EXPOSEs the port their server uses.
EXPOSING_IMAGES = frozenset({
    "nginx", "httpd", "redis", "postgres", "mysql", "mariadb", "mongo", "caddy", "tomcat", "jetty", "wordpress",
    "ghost", "rabbitmq", "memcached", "drupal", "joomla", "nextcloud", "odoo", "nginxinc/nginx-unprivileged",
})


@rule(
    "DLX003",
    title="Server image without EXPOSE",
    severity=Severity.INFO,
    category="maintainability",
)
def missing_expose(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    target = doc.target
    if target is None or _declares_ports(target.chain()):
        return
    for instruction in _effective_commands(target.chain()):
        for span, argv in _command_lines(doc, instruction):
            server = server_started_by(argv)
            if server is not None:
                yield _violation(span, server)
                return


def _declares_ports(chain: tuple[Stage, ...]) -> bool:
    if any(i.keyword == "EXPOSE" for stage in chain for i in stage.instructions):
        return True
    root = chain[-1].base
    if not root.known or root.is_stage:
        return True
    php_server = root.name == "php" and any(variant in (root.tag or "") for variant in ("apache", "fpm"))
    return root.name in EXPOSING_IMAGES or php_server


def _effective_commands(chain: tuple[Stage, ...]) -> tuple[Instruction, ...]:
    entrypoint = cmd = None
    for stage in reversed(chain):
        cmd_in_stage = False
        for instruction in stage.instructions:
            if instruction.keyword == "CMD":
                cmd, cmd_in_stage = instruction, True
            elif instruction.keyword == "ENTRYPOINT":
                entrypoint = instruction
                if not cmd_in_stage:
                    cmd = None
    return tuple(i for i in (entrypoint, cmd) if i is not None)


def _command_lines(doc: Document, instruction: Instruction) -> Iterator[tuple[Span, list[str]]]:
    for command in doc.commands_of(instruction):
        yield command.span, [word.value for word in command.argv]


def _violation(span: Span, server: Server) -> Violation:
    port = str(server.port) if server.port is not None else "<port>"
    return Violation(
        span,
        f"`{server.label}` listens on a network port but the image declares no EXPOSE; "
        f"add `EXPOSE {port}` so the port is documented and `docker run -P` publishes it",
    )
