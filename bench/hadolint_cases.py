"""How many of hadolint's own documented cases dlint gets right, rule by rule.

    python bench/hadolint_cases.py --extract SPEC_DIR [--cases FILE]
    python bench/hadolint_cases.py [--cases FILE] [--rule DL3008 ...] [--failures]

hadolint's spec files (``test/Hadolint/Rule/DLxxxxSpec.hs``) hold, per rule,
Dockerfile snippets that the rule must flag (``ruleCatches``) or leave alone
(``ruleCatchesNot``), some also with every ``RUN`` wrapped in ``ONBUILD``
(``onBuildRuleCatches``, which expects exactly one finding, and
``onBuildRuleCatchesNot``), some with an exact count (``assertChecks ...
(failsWith N "DLxxxx")``). The cases are hadolint's, so they are not kept in
this project: ``--extract`` reads spec files from a local folder (a hadolint
checkout's ``test/Hadolint/Rule``) and writes them to a cases file outside the
repository (default ``$XDG_CACHE_HOME/dlint-bench/hadolint_cases.json``). This
script fetches nothing.

Without ``--extract`` it runs dlint in-process on every case: the model
(:func:`dlint.model.load`) and the rule of that code from the registry, with
the settings the spec gives (``allowedRegistries``, ``labelSchema``,
``strictLabels``). It prints per rule the expected hits found and the clean
cases kept clean, and the failing snippets with ``--failures``. The measure
dlint is held to: 99% of each, leaving out the examples dlint answers
differently on purpose (:data:`DEPARTURES`, each with its reason: hadolint
known to be wrong there, or the newest spec departing from hadolint 2.15.1).
This is a development tool: nothing here is part of dlint.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dlint.engine.registry import registered_rules
from dlint.model import load
from dlint.parser import parse
from dlint.rule_api import Rule, RuleContext

TARGET = 99.0

NEWEST_SPEC = "the newest spec wants a cache mount; hadolint 2.15.1, the reference, accepts the cleanup step"
# Spec examples dlint answers differently on purpose, by (rule, ``it`` title), each with its reason. A case
# listed here that fails counts as a departure, not a miss; one that passes counts as usual.
DEPARTURES = {
    ("DL3002", "warns on multiple stages"): "only the image's stages are judged; a build-only stage may stay root",
    ("DL3009", "warn: BuildKit cache mount to apt lists directory only"):
        "a cache mount of /var/lib/apt holds /var/lib/apt/lists, so the lists stay out of the layer",
    ("DL3010", "catch: copy archive then extract windows paths 1"):
        "without `# escape=` BuildKit reads the backslashes as escapes and splits the quoted path: other files",
    ("DL3010", "catch: copy archive then extract windows paths 2"):
        "without `# escape=` BuildKit reads the backslashes as escapes and splits the quoted path: other files",
    ("DL3019", "warn: --no-cache no longer suppresses"): NEWEST_SPEC.replace("the cleanup step", "--no-cache"),
    ("DL3019", "warn: apk add with wrong dir mount even with --no-cache"): NEWEST_SPEC.replace("the cleanup step", "--no-cache"),
    ("DL3032", "warn: rm -rf no longer suppresses"): NEWEST_SPEC,
    ("DL3032", "warn: yum clean all no longer suppresses"): NEWEST_SPEC,
    ("DL3033", "not ok with version as variable - different stages, new stage"):
        "a variable the stage does not declare may come from the base image's environment: not judged",
    ("DL3036", "warn: zypper clean no longer suppresses"): NEWEST_SPEC,
    ("DL3040", "warn: dnf clean all no longer suppresses"): NEWEST_SPEC,
    ("DL3040", "warn: rm -rf no longer suppresses"): NEWEST_SPEC,
    ("DL3042", "respect ENV PIP_NO_CACHE_DIR with falsy values"): "pip turns its cache off for any boolean value, even 0",
    ("DL3042", "respect RUN PIP_NO_CACHE_DIR=... with falsy values"): "pip turns its cache off for any boolean value, even 0",
    ("DL3042", "respect RUN export PIP_NO_CACHE_DIR=... with falsy values"):
        "pip turns its cache off for any boolean value, even 0",
    ("DL3048", "not ok with invalid character"): "the key is judged after expansion, as BuildKit sets it: `invalid`",
    ("DL3049", "warn twice: two stages, inheritance, no labels"):
        "a stage another stage is built FROM is an intermediate step, not judged itself",
    ("DL3057", "warn with no HEALTHCHECK instructions"): "an empty FROM scratch image runs nothing",
    ("DL3057", "warn when not inheriting with no HEALTHCHECK instruction"): "an empty FROM scratch image runs nothing",
    ("DL3060", "warn: yarn cache clean no longer suppresses"): NEWEST_SPEC,
    ("DL3060", "warn: yarn cache clean no longer suppresses in inherited stage"): NEWEST_SPEC,
    ("DL3060", "warn: yarn install without cache mount in unused intermediate stage"):
        "hadolint 2.15.1, the reference, judges only stages that end up in an image",
}


def default_cases() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "dlint-bench" / "hadolint_cases.json"


@dataclass(frozen=True, slots=True)
class Case:
    """One assertion of a hadolint spec: this Dockerfile, this rule, a hit expected or not."""

    rule: str
    title: str                  # the ``it "..."`` the assertion sits under
    dockerfile: str
    expect_hit: bool
    onbuild: bool = False       # every RUN wrapped in ONBUILD first
    count: int | None = None    # the exact number of findings expected; None: at least one (or none when clean)
    settings: dict = field(default_factory=dict)   # trusted_registries, label_schema, strict_labels
    source: str = ""


# --- extracting cases from hadolint's Haskell specs --------------------------

ASSERTIONS = {
    "ruleCatches": (True, False),
    "ruleCatchesNot": (False, False),
    "onBuildRuleCatches": (True, True),
    "onBuildRuleCatchesNot": (False, True),
}
COUNTED_ASSERTIONS = {"assertChecks": False, "assertOnBuildChecks": True}   # name -> every RUN under ONBUILD
RULE_CODE = re.compile(r"(?:DL|SC)\d{4}")

TOKEN = re.compile(
    r"""
    (?P<comment>--[^\n]*|\{-.*?-\})
  | (?P<string>"(?:[^"\\]|\\.|\\\s+\\)*")
  | (?P<char>'(?:[^'\\]|\\.)')
  | (?P<name>\??[A-Za-z_][\w']*(?:\.[A-Za-z_][\w']*)*)
  | (?P<number>\d+)
  | (?P<symbol><>|[$\[\](),={}]|[^\s\w"'])
  | (?P<space>\s+)
    """,
    re.VERBOSE | re.DOTALL,
)

ESCAPES = {"n": "\n", "t": "\t", "\\": "\\", '"': '"', "'": "'", "r": "\r", "&": "", "a": "\a", "b": "\b", "f": "\f", "v": "\v"}


def haskell_string(literal: str) -> str:
    """The value of a Haskell string literal, gaps (``\\ ... \\``) and escapes resolved."""
    body = re.sub(r"\\\s+\\", "", literal[1:-1])
    out = []
    index = 0
    while index < len(body):
        char = body[index]
        if char != "\\":
            out.append(char)
            index += 1
            continue
        following = body[index + 1]
        number = re.match(r"\d+|x[0-9a-fA-F]+", body[index + 1 :])
        if following in ESCAPES:
            out.append(ESCAPES[following])
            index += 2
        elif number:
            text = number.group()
            out.append(chr(int(text[1:], 16) if text.startswith("x") else int(text)))
            index += 1 + len(text)
        else:
            raise ValueError(f"unknown escape \\{following}")
    return "".join(out)


@dataclass
class Token:
    kind: str
    text: str
    line: int


def tokens(source: str) -> list[Token]:
    found = []
    line = 1
    for match in TOKEN.finditer(source):
        kind = match.lastgroup or "symbol"
        if kind not in ("comment", "space"):
            found.append(Token(kind, match.group(), line))
        line += match.group().count("\n")
    return found


class Unevaluable(Exception):
    """A Haskell expression this small evaluator does not understand."""


class SpecReader:
    """Reads one spec file front to back: ``let`` bindings, the current config, each assertion."""

    def __init__(self, source: str, name: str) -> None:
        self.tokens = tokens(source)
        self.name = name
        self.position = 0
        self.bindings: dict[str, object] = {}
        self.outer_settings: dict = {}     # a config set outside any ``it`` holds for the ``it``s after it
        self.settings: dict = {}
        self.in_example = False
        self.title = ""
        self.cases: list[Case] = []
        self.skipped: list[str] = []

    def peek(self, ahead: int = 0) -> Token | None:
        index = self.position + ahead
        return self.tokens[index] if index < len(self.tokens) else None

    def take(self) -> Token:
        token = self.peek()
        if token is None:
            raise Unevaluable("unexpected end of file")
        self.position += 1
        return token

    def read(self) -> tuple[list[Case], list[str]]:
        while self.peek() is not None:
            token = self.take()
            if token.kind != "name":
                continue
            if token.text == "it" and self.peek() and self.peek().kind == "string":
                self.title = haskell_string(self.take().text)
                self.in_example = True
                self.settings = dict(self.outer_settings)
            elif token.text == "describe":
                self.in_example = False
            elif token.text == "let":
                self.read_binding()
            elif token.text in ASSERTIONS:
                self.read_assertion(token)
            elif token.text in COUNTED_ASSERTIONS:
                self.read_counted_assertion(token)
        return self.cases, self.skipped

    def read_binding(self) -> None:
        """The bindings of one ``let``: ``let x = ...`` or a block ``let`` of several ``name = ...`` lines."""
        while True:
            target = self.peek()
            follower = self.peek(1)
            if target is None or target.kind != "name" or follower is None or follower.text != "=":
                return
            self.position += 2
            if target.text == "?config":
                self.settings = self.read_config()
                if not self.in_example:
                    self.outer_settings = dict(self.settings)
                continue
            start = self.position
            try:
                self.bindings[target.text] = self.expression()
            except Unevaluable:
                self.bindings.pop(target.text, None)
                self.position = start
                return

    def read_config(self) -> dict:
        """The settings of ``def {...}`` / ``mempty``: the config fields dlint has, others refused."""
        settings: dict = {}
        head = self.take()
        if head.text not in ("def", "mempty"):
            raise Unevaluable(f"config {head.text}")
        if not (self.peek() and self.peek().text == "{"):
            return settings
        self.take()
        depth = 1
        field_tokens: list[Token] = []
        while depth:
            token = self.take()
            depth += {"{": 1, "}": -1}.get(token.text, 0)
            if depth:
                field_tokens.append(token)
        text = [token.text for token in field_tokens]
        strings = [haskell_string(token.text) for token in field_tokens if token.kind == "string"]
        if "allowedRegistries" in text:
            settings["trusted_registries"] = strings
        if "labelSchema" in text:
            # the pairs of ``Map.fromList [("key", Rule.Url), ...]``; the type qualified (``Rule.Url``) or not (``Url``)
            settings["label_schema"] = {
                haskell_string(key.text): label_type(kind.text.split(".")[-1])
                for key, comma, kind in zip(field_tokens, field_tokens[1:], field_tokens[2:])
                if key.kind == "string" and comma.text == "," and kind.kind == "name"
            }
        if "strictLabels" in text:
            settings["strict_labels"] = "True" in text
        return settings

    def read_assertion(self, head: Token) -> None:
        expect_hit, onbuild = ASSERTIONS[head.text]
        try:
            code = self.rule_code()
            value = self.argument()
            if not isinstance(value, str):
                raise Unevaluable("the Dockerfile is not text")
        except Unevaluable as problem:
            self.skipped.append(f"{self.name}:{head.line}: {head.text} ({problem})")
            return
        count = 1 if onbuild and expect_hit else None   # hadolint's onBuildRuleCatches wants exactly one
        self.cases.append(
            Case(code, self.title, value + "\n", expect_hit, onbuild, count, dict(self.settings), f"{self.name}:{head.line}")
        )

    def rule_code(self) -> str:
        """The rule an assertion names: a literal (``"DL3008"``) or a name bound to one (``let rule = "DL3066"``)."""
        token = self.take()
        if token.kind == "string":
            code = haskell_string(token.text)
        elif token.kind == "name" and isinstance(self.bindings.get(token.text), str):
            code = self.bindings[token.text]
        else:
            raise Unevaluable("rule code is not a literal")
        if not RULE_CODE.fullmatch(code):
            raise Unevaluable(f"{code!r} is not a rule code")
        return code

    def read_counted_assertion(self, head: Token) -> None:
        """``assertChecks DOCKERFILE (failsWith N "DLxxxx")``: exactly N findings of that rule."""
        try:
            value = self.argument()
            words = [self.take() for _ in range(5)]
            if [word.text for word in words[:2]] != ["(", "failsWith"] or words[4].text != ")":
                raise Unevaluable("not a failsWith check")
            if not isinstance(value, str) or words[2].kind != "number" or words[3].kind != "string":
                raise Unevaluable("failsWith of unknown values")
        except Unevaluable as problem:
            self.skipped.append(f"{self.name}:{head.line}: {head.text} ({problem})")
            return
        count = int(words[2].text)
        self.cases.append(
            Case(
                haskell_string(words[3].text),
                self.title,
                value + "\n",
                count > 0,
                COUNTED_ASSERTIONS[head.text],
                count,
                dict(self.settings),
                f"{self.name}:{head.line}",
            )
        )

    def argument(self) -> object:
        token = self.peek()
        if token is not None and token.text == "$":
            self.take()
            return self.expression()
        return self.atom()

    def expression(self) -> object:
        value = self.application()
        while self.peek() is not None and self.peek().text == "<>":
            self.take()
            right = self.application()
            if isinstance(value, str) and isinstance(right, str):
                value = value + right
            elif isinstance(value, list) and isinstance(right, list):
                value = value + right
            else:
                raise Unevaluable("<> of mixed values")
        return value

    def application(self) -> object:
        token = self.peek()
        if token is None:
            raise Unevaluable("missing value")
        function = token.text.split(".")[-1]
        if token.kind == "name" and function in ("unlines", "unwords", "concat", "mconcat", "pack", "intercalate"):
            self.take()
            separator = self.atom() if function == "intercalate" else None
            items = self.argument()
            if function == "pack":
                return items
            if not isinstance(items, list):
                raise Unevaluable(f"{function} of a non-list")
            if function == "unlines":
                return "".join(item + "\n" for item in items)
            if function == "unwords":
                return " ".join(items)
            if function == "intercalate":
                return str(separator).join(items)
            return "".join(items)
        return self.atom()

    def atom(self) -> object:
        token = self.take()
        if token.kind == "string":
            return haskell_string(token.text)
        if token.text == "(":
            value = self.expression()
            if self.take().text != ")":
                raise Unevaluable("unclosed parenthesis")
            return value
        if token.text == "[":
            items = []
            while self.peek() is not None and self.peek().text != "]":
                items.append(self.expression())
                if self.peek() is not None and self.peek().text == ",":
                    self.take()
            self.take()
            if not all(isinstance(item, str) for item in items):
                raise Unevaluable("a list of non-text")
            return items
        if token.kind == "name" and token.text in self.bindings:
            return self.bindings[token.text]
        raise Unevaluable(f"cannot evaluate {token.text!r}")


def label_type(haskell: str) -> str:
    """dlint's label-schema type for hadolint's ``LabelType`` constructor (``Rule.Url`` -> ``url``)."""
    return {"RawText": "text", "GitHash": "hash", "Spdx": "spdx", "SemVer": "semver", "Rfc3339": "rfc3339"}.get(haskell, haskell.lower())


def extract(spec_dir: Path) -> tuple[list[Case], list[str]]:
    cases: list[Case] = []
    skipped: list[str] = []
    for spec in sorted(spec_dir.glob("DL*Spec.hs")):
        found, missed = SpecReader(spec.read_text(encoding="utf-8"), spec.name).read()
        cases += found
        skipped += missed
    return cases, skipped


# --- running dlint on the cases ----------------------------------------------


def onbuild_variant(dockerfile: str) -> str:
    """The Dockerfile with every RUN instruction behind ONBUILD, as hadolint's ``onBuild`` specs test it."""
    lines = dockerfile.splitlines(keepends=True)
    line_starts = [0]
    for line in lines:
        line_starts.append(line_starts[-1] + len(line))
    starts = sorted(
        (
            line_starts[instruction.keyword_span.line - 1] + instruction.keyword_span.column - 1
            for instruction in parse(dockerfile).instructions
            if instruction.keyword == "RUN"
        ),
        reverse=True,
    )
    for start in starts:
        dockerfile = dockerfile[:start] + "ONBUILD " + dockerfile[start:]
    return dockerfile


def findings(rule: Rule, case: Case) -> int:
    text = onbuild_variant(case.dockerfile) if case.onbuild else case.dockerfile
    settings = case.settings
    context = RuleContext(
        path="Dockerfile",
        trusted_registries=tuple(settings.get("trusted_registries", ())),
        label_schema=dict(settings.get("label_schema", {})),
        strict_labels=bool(settings.get("strict_labels", False)),
    )
    return len(list(rule.run(load(text), context)))


def passes(rule: Rule, case: Case) -> bool:
    try:
        count = findings(rule, case)
    except Exception:  # a crash on a case counts as getting it wrong
        return False
    if case.count is not None:
        return count == case.count
    return count >= 1 if case.expect_hit else count == 0


def rules_by_code() -> dict[str, Rule]:
    by_code: dict[str, Rule] = {}
    for rule in registered_rules().values():
        for name in rule.names:
            by_code.setdefault(name, rule)
    return by_code


def percent(part: int, whole: int) -> str:
    return f"{100.0 * part / whole:.1f}%" if whole else "–"


def report(cases: list[Case], chosen: set[str], show_failures: bool) -> str:
    by_code = rules_by_code()
    codes = sorted({case.rule for case in cases if not chosen or case.rule in chosen})
    lines = [
        "| rule | expected hits found | clean kept clean | departures |",
        "| --- | ---: | ---: | ---: |",
    ]
    totals = [0, 0, 0, 0]
    judged = [0, 0, 0, 0]   # the same, departures left out
    failures: list[str] = []
    departed: list[str] = []
    for code in codes:
        own = [case for case in cases if case.rule == code]
        hits = [case for case in own if case.expect_hit]
        clean = [case for case in own if not case.expect_hit]
        rule = by_code.get(code)
        if rule is None:
            lines.append(f"| {code} | not implemented ({len(hits)}) | not implemented ({len(clean)}) | |")
            continue
        wrong = [case for case in own if not passes(rule, case)]
        deliberate = [case for case in wrong if (case.rule, case.title) in DEPARTURES]
        found = len(hits) - sum(case.expect_hit for case in wrong)
        kept = len(clean) - sum(not case.expect_hit for case in wrong)
        hit_departures = sum(case.expect_hit for case in deliberate)
        clean_departures = len(deliberate) - hit_departures
        totals = [totals[0] + found, totals[1] + len(hits), totals[2] + kept, totals[3] + len(clean)]
        judged = [judged[0] + found, judged[1] + len(hits) - hit_departures,
                  judged[2] + kept, judged[3] + len(clean) - clean_departures]
        lines.append(f"| {code} | {found}/{len(hits)} | {kept}/{len(clean)} | {len(deliberate) or ''} |")
        failures += [failure_text(case) for case in wrong if case not in deliberate]
        departed += [failure_text(case, DEPARTURES[(case.rule, case.title)]) for case in deliberate]
    lines.append(
        f"| implemented rules | {totals[0]}/{totals[1]} ({percent(totals[0], totals[1])}) "
        f"| {totals[2]}/{totals[3]} ({percent(totals[2], totals[3])}) | {totals[1] - judged[1] + totals[3] - judged[3]} |"
    )
    lines.append(
        f"| departures left out | {judged[0]}/{judged[1]} ({percent(judged[0], judged[1])}) "
        f"| {judged[2]}/{judged[3]} ({percent(judged[2], judged[3])}) | |"
    )
    lines.append(f"\nTarget: {TARGET:.0f}% of each, departures left out. Cases: {len(cases)} in all.")
    if show_failures and failures:
        lines += ["", "Failing cases:", *failures]
    if show_failures and departed:
        lines += ["", "Departures (dlint answers differently on purpose):", *departed]
    return "\n".join(lines) + "\n"


def failure_text(case: Case, reason: str = "") -> str:
    variant = " (every RUN under ONBUILD)" if case.onbuild else ""
    if case.count is not None:
        wanted = f"exactly {case.count} finding{'s' if case.count != 1 else ''}"
    else:
        wanted = "a finding" if case.expect_hit else "no finding"
    settings = f", settings {json.dumps(case.settings)}" if case.settings else ""
    snippet = "\n".join("    " + line for line in case.dockerfile.rstrip("\n").splitlines())
    because = f"\n    -- {reason}" if reason else ""
    return f"\n{case.rule} {case.source} \"{case.title}\": wanted {wanted}{variant}{settings}{because}\n{snippet}"


def read_cases(path: Path) -> list[Case]:
    return [Case(**row) for row in json.loads(path.read_text(encoding="utf-8"))["cases"]]


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--cases", type=Path, default=default_cases(), help="the cases file (written by --extract)")
    options.add_argument("--extract", type=Path, metavar="SPEC_DIR", help="read hadolint's DL*Spec.hs files here and write the cases file")
    options.add_argument("--rule", action="append", default=[], help="only this rule (repeatable)")
    options.add_argument("--failures", action="store_true", help="print every failing case")
    arguments = options.parse_args()

    if arguments.extract is not None:
        cases, skipped = extract(arguments.extract)
        arguments.cases.parent.mkdir(parents=True, exist_ok=True)
        payload = {"cases": [asdict(case) for case in cases], "skipped": skipped}
        arguments.cases.write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")
        rules = len({case.rule for case in cases})
        print(f"{len(cases)} cases of {rules} rules written to {arguments.cases}; {len(skipped)} assertions not understood")
        for line in skipped:
            print(f"  skipped {line}")
        return 0
    if not arguments.cases.is_file():
        print(
            f"no cases file at {arguments.cases}: make it once with --extract SPEC_DIR "
            "(the test/Hadolint/Rule folder of a hadolint checkout), or name it with --cases",
            file=sys.stderr,
        )
        return 2
    print(report(read_cases(arguments.cases), set(arguments.rule), arguments.failures), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
