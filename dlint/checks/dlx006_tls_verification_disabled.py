"""DLX006: TLS certificate or package signature verification is turned off.

Each of these lets anyone on the network path swap what the build downloads:
command options (pip ``--trusted-host``, curl ``-k``, wget
``--no-check-certificate``, apk ``--allow-untrusted``, apt
``--allow-unauthenticated``/``--force-yes``, yum/dnf ``--nogpgcheck`` or
``sslverify=false``, rpm ``--nosignature``, npm/yarn ``strict-ssl false``,
git ``http.sslVerify false``) and environment variables set by ENV, ARG or
inside a RUN.
"""

from __future__ import annotations

from collections.abc import Iterator

from dlint.checks._run_commands import run_scripts, without_wrappers
from dlint.model.document import Document
from dlint.model.shell_script import Command
from dlint.model.spans import Span
from dlint.model.variables import argument_declarations, environment_assignments
from dlint.rule_api import RuleContext, Severity, Violation, rule

# Program -> options that turn verification off.
_INSECURE_OPTIONS: dict[str, tuple[str, ...]] = {
    "pip": ("--trusted-host",),
    "curl": ("-k", "--insecure"),
    "wget": ("--no-check-certificate",),
    "apk": ("--allow-untrusted",),
    "apt-get": ("--allow-unauthenticated", "--force-yes", "--allow-insecure-repositories"),
    "yum": ("--nogpgcheck",),
    "rpm": ("--nosignature", "--nodigest"),
    "npm": ("--strict-ssl=false", "--no-strict-ssl"),
    "yarn": ("--strict-ssl=false",),
}
_SAME_AS = {"pip3": "pip", "apt": "apt-get", "aptitude": "apt-get", "dnf": "yum", "tdnf": "yum",
            "microdnf": "yum", "zypper": "rpm", "pnpm": "npm"}

# Variable -> the values that turn verification off (None: any value does).
_INSECURE_VARIABLES: dict[str, frozenset[str] | None] = {
    "PIP_TRUSTED_HOST": None,
    "GIT_SSL_NO_VERIFY": None,
    "PYTHONHTTPSVERIFY": frozenset({"0"}),
    "NODE_TLS_REJECT_UNAUTHORIZED": frozenset({"0"}),
    "NPM_CONFIG_STRICT_SSL": frozenset({"false", "0", "no"}),
    "YARN_STRICT_SSL": frozenset({"false", "0", "no"}),
    "CURL_INSECURE": None,
}
_FALSE = frozenset({"false", "0", "no", "off"})


@rule(
    "DLX006",
    title="TLS or signature verification is turned off",
    severity=Severity.ERROR,
    aliases=tuple(f"CKV2_DOCKER_{n}" for n in range(2, 17)),
    category="security",
    tags=("security", "supply-chain"),
)
def tls_verification_disabled(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    for instruction in doc.instructions:
        declared = instruction.trigger_or_self
        if declared is None:
            continue
        if declared.keyword == "ENV":
            pairs = zip(environment_assignments(declared), declared.args[0::2])
            for (name, value), key in pairs:
                yield from _insecure_variable(name, value, key.span)
        elif declared.keyword == "ARG":
            for (name, default), argument in zip(argument_declarations(declared), declared.args):
                if default is not None:
                    yield from _insecure_variable(name, default, argument.span)
    for run in run_scripts(doc):
        for command in run.script.commands:
            for word in command.assignments:
                name, _, value = word.value.partition("=")
                yield from _insecure_variable(name, value, word.span)
            if command.name == "export":
                for word in command.argv[1:]:
                    name, equals, value = word.value.partition("=")
                    if equals:
                        yield from _insecure_variable(name, value, word.span)
            yield from _insecure_command(without_wrappers(command))


def _insecure_variable(name: str, value: str, span: Span) -> Iterator[Violation]:
    if name not in _INSECURE_VARIABLES:
        return
    bad_values = _INSECURE_VARIABLES[name]
    if bad_values is None or value.strip("'\"").lower() in bad_values:
        yield Violation(span, f"{name}={value} turns off TLS verification: remove it and trust a CA certificate instead")


def _insecure_command(command: Command) -> Iterator[Violation]:
    if not command.argv:
        return
    name = command.program
    if name in ("python", "python3") and command.args[:2] == ("-m", "pip"):
        name = "pip"
    name = _SAME_AS.get(name, name)
    for option in _INSECURE_OPTIONS.get(name, ()):
        word = command.option_word(option)
        if word is not None:
            yield Violation(word.span, f"{name} {option} turns off verification of what is downloaded")
            return
    if name in ("npm", "yarn") and _sets_config(command, "strict-ssl", _FALSE):
        yield Violation(command.span, f"{name} config strict-ssl false turns off TLS verification")
    elif name == "git" and _git_disables_ssl_verify(command):
        yield Violation(command.span, "git http.sslVerify false turns off TLS verification")
    elif name == "yum" and any(a.lower().replace(" ", "") in ("--setopt=sslverify=false", "--setopt=sslverify=0")
                               for a in command.args):
        yield Violation(command.span, "sslverify=false turns off TLS verification of the repositories")


def _sets_config(command: Command, key: str, values: frozenset[str]) -> bool:
    args = [a.lower() for a in command.args]
    if args[:2] != ["config", "set"] or len(args) < 3:
        return False
    setting = args[2:]
    if "=" in setting[0]:
        name, _, value = setting[0].partition("=")
        return name == key and value in values
    return setting[0] == key and len(setting) > 1 and setting[1] in values


def _git_disables_ssl_verify(command: Command) -> bool:
    args = [a.lower() for a in command.args]
    for index, arg in enumerate(args):
        if arg == "-c" and index + 1 < len(args):
            name, _, value = args[index + 1].partition("=")
            if name == "http.sslverify" and value in _FALSE:
                return True
        if arg == "http.sslverify" and index + 1 < len(args) and args[index + 1] in _FALSE:
            return True
    return False
