"""DLX016: cloud or API credentials are passed into the image (Trivy DS031).

Looks at the target image (the target stage and the stages it is built
FROM), where whatever ARG, ENV and RUN leave behind can be read by anyone who
pulls it:

- an ARG or ENV named after a well-known credential (``AWS_SECRET_ACCESS_KEY``,
  ``GITHUB_TOKEN``, ``HF_TOKEN``..., also behind the ``VITE_`` or
  ``REACT_APP_`` prefix that bundles them into a web app);
- a COPY to the path a credentials-file variable names
  (``COPY key.json $GOOGLE_APPLICATION_CREDENTIALS``);
- a RUN that logs in (``aws configure set aws_secret_access_key``,
  ``gcloud auth activate-service-account``, ``az login``) without a
  ``--mount=type=secret`` to read the secret from.

BuildKit's SecretsUsedInArgOrEnv judges names by the words in them
(``password``, ``token``) in every stage; this rule knows fewer names but
also the login commands and the credential files.
"""

from __future__ import annotations

from collections.abc import Iterator

from dlint.checks.secrets_used_in_arg_or_env import declared_names
from dlint.model.document import Document
from dlint.model.instruction import Instruction
from dlint.model.mounts import run_mounts
from dlint.rule_api import RuleContext, Severity, Violation, rule

_CREDENTIALS = frozenset({
    "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AZURE_CLIENT_ID", "AZURE_CLIENT_SECRET",
    "GITHUB_TOKEN", "OPENAI_API_KEY", "HF_TOKEN",
})
_BUNDLER_PREFIXES = ("VITE_", "REACT_APP_")
_CREDENTIAL_FILES = frozenset({"AWS_CONFIG_FILE", "HF_TOKEN_PATH", "GOOGLE_APPLICATION_CREDENTIALS"})
# The words of a command that stores a credential given on its command line or by a key file.
_LOGINS = (
    ("aws", "configure", "set", "aws_access_key_id"),
    ("aws", "configure", "set", "aws_secret_access_key"),
    ("gcloud", "auth", "activate-service-account"),
    ("az", "login"),
)


@rule(
    "DLX016",
    title="Cloud or API credentials are passed into the image",
    severity=Severity.ERROR,
    aliases=("DS031", "AVD-DS-0031"),
    category="security",
    tags=("security", "secrets"),
)
def cloud_credentials_in_image(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    target = doc.target
    if target is None:
        return
    for stage in reversed(target.chain()):
        for instruction in stage.instructions:
            if instruction.keyword in ("ARG", "ENV"):
                for name, span in declared_names(doc, instruction):
                    if _is_credential(name):
                        yield Violation(span, f"{instruction.keyword} {name} puts a credential into the image: use a secret mount")
            elif instruction.keyword == "COPY":
                yield from _copied_credential_file(instruction)
            elif instruction.keyword == "RUN" and not _reads_a_secret(instruction):
                yield from _logins(doc, instruction)


def _is_credential(name: str) -> bool:
    upper = name.upper()
    return any(upper.removeprefix(prefix) in _CREDENTIALS for prefix in ("", *_BUNDLER_PREFIXES))


def _copied_credential_file(instruction: Instruction) -> Iterator[Violation]:
    if len(instruction.args) != 2:
        return
    destination = instruction.args[1]
    name = destination.value.removeprefix("$").removeprefix("{").removesuffix("}")
    if name in _CREDENTIAL_FILES:
        yield Violation(destination.span, f"COPY to ${name} puts a credentials file into the image: mount it at run time")


def _reads_a_secret(instruction: Instruction) -> bool:
    return any(mount.type == "secret" for mount in run_mounts(instruction))


def _logins(doc: Document, instruction: Instruction) -> Iterator[Violation]:
    for command in doc.commands_of(instruction):
        values = tuple(word.value for word in command.argv)
        login = next((login for login in _LOGINS if values[: len(login)] == login), None)
        if login is not None:
            yield Violation(
                command.span, f"{' '.join(login)} stores a credential in the image: log in with a --mount=type=secret"
            )


