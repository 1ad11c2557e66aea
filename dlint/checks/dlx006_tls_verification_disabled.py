"""DLX006: TLS certificate or package signature verification is turned off.

Each of these lets anyone on the network path swap what the build downloads:
command options (pip ``--trusted-host``, curl ``-k``, wget
``--no-check-certificate``, apk ``--allow-untrusted``, apt
``--allow-unauthenticated``/``--force-yes``, yum/dnf ``--nogpgcheck`` or
``sslverify=false``, rpm ``--nosignature``, npm/yarn ``strict-ssl false``,
git ``http.sslVerify false``) and environment variables set by ENV, ARG or
inside a RUN.

Checkov has one check per tool or variable (CKV2_DOCKER_2 to 16); each
finding carries the ids of the checks it matches, and none where Checkov has
no check for it (zypper ``--no-gpg-checks``, git ``http.sslVerify``).
"""

from __future__ import annotations

from collections.abc import Iterator

from dlint.model.commands import ResolvedCommand
from dlint.model.document import Document
from dlint.model.spans import Span
from dlint.model.variables import argument_declarations, environment_assignments
from dlint.rule_api import RuleContext, Severity, Violation, rule

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

# Checkov's check for each variable, tool option and configuration key.
_VARIABLE_CHECKS = {
    "PYTHONHTTPSVERIFY": ("CKV2_DOCKER_5",),
    "NODE_TLS_REJECT_UNAUTHORIZED": ("CKV2_DOCKER_6",),
    "NPM_CONFIG_STRICT_SSL": ("CKV2_DOCKER_12",),
    "GIT_SSL_NO_VERIFY": ("CKV2_DOCKER_14",),
    "PIP_TRUSTED_HOST": ("CKV2_DOCKER_16",),
}
_OPTION_CHECKS = {
    ("curl", "insecure"): ("CKV2_DOCKER_2",),
    ("wget", "no-check-certificate"): ("CKV2_DOCKER_3",),
    ("pip", "trusted-host"): ("CKV2_DOCKER_4",),
    ("apk", "allow-untrusted"): ("CKV2_DOCKER_7",),
    ("apt-get", "allow-unauthenticated"): ("CKV2_DOCKER_8",),
    ("apt-get", "force-yes"): ("CKV2_DOCKER_8", "CKV2_DOCKER_11"),
    ("yum", "nogpgcheck"): ("CKV2_DOCKER_9",),
    ("rpm", "nosignature"): ("CKV2_DOCKER_10",),
    ("rpm", "nodigest"): ("CKV2_DOCKER_10",),
    ("rpm", "noverify"): ("CKV2_DOCKER_10",),
    ("rpm", "nofiledigest"): ("CKV2_DOCKER_10",),
    ("yum", "setopt"): ("CKV2_DOCKER_15",),
}
_SETTING_CHECKS = {("npm", "strict-ssl"): ("CKV2_DOCKER_13",), ("yarn", "strict-ssl"): ("CKV2_DOCKER_13",)}


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
    for command in doc.commands(keyword="RUN"):
        shell_command = command.shell_command
        for word in shell_command.assignments:
            name, _, value = word.value.partition("=")
            yield from _insecure_variable(name, value, word.span)
        if shell_command.name == "export":
            for word in shell_command.argv[1:]:
                name, equals, value = word.value.partition("=")
                if equals:
                    yield from _insecure_variable(name, value, word.span)
        yield from _insecure_command(command)


def _insecure_variable(name: str, value: str, span: Span) -> Iterator[Violation]:
    if name not in _INSECURE_VARIABLES:
        return
    bad_values = _INSECURE_VARIABLES[name]
    if bad_values is None or value.strip("'\"").lower() in bad_values:
        yield Violation(
            span,
            f"{name}={value} turns off TLS verification: remove it and trust a CA certificate instead",
            aliases=_VARIABLE_CHECKS.get(name, ()),
        )


def _insecure_command(command: ResolvedCommand) -> Iterator[Violation]:
    tool = command.tool
    if tool is None:
        return
    for option in command.options:
        if option.name not in tool.insecure_flags:
            continue
        bad_values = tool.insecure_flags[option.name]
        checks = _OPTION_CHECKS.get((tool.name, option.name), ())
        if bad_values is None:
            message = f"{tool.name} {option.spelling} turns off verification of what is downloaded"
            yield Violation(option.words[0].span, message, aliases=checks)
            return
        if _turns_off(option.value or "", bad_values):
            shown = f"{option.spelling} {option.value}"
            yield Violation(option.span, f"{tool.name} {shown} turns off verification of what is downloaded", aliases=checks)
            return
    for words in tool.config_commands:
        if command.runs(*words):
            yield from _insecure_setting(command, tool.insecure_settings, len(words))


def _insecure_setting(command: ResolvedCommand, settings: dict[str, frozenset[str]], skip: int) -> Iterator[Violation]:
    given = [word.value for word in command.operands[skip - 1:]]
    if not given:
        return
    key, equals, value = given[0].partition("=")
    if not equals:
        value = given[1] if len(given) > 1 else ""
    if key.lower() in settings and value.lower() in settings[key.lower()]:
        checks = _SETTING_CHECKS.get((command.tool.name, key.lower()), ())
        yield Violation(command.span, f"{command.tool.name} config {key} {value} turns off TLS verification", aliases=checks)


def _turns_off(value: str, bad_values: frozenset[str]) -> bool:
    """``sslverify=0`` is bad, and so is the same key of one repository (``--setopt=epel.sslverify=0``)."""
    setting = value.lower().replace(" ", "").strip("'\"")
    return setting in bad_values or any(setting.endswith("." + bad) for bad in bad_values)
