"""The model's time grows linearly with hostile inputs.

Each shape is timed at n and 4n in the same run (best of three CPU times) and
the ratio must stay under a bound that only a superlinear cost exceeds; no
absolute times. The shapes are those that were exponential or quadratic: patterns with many ``*``, doubling ARGs, deep
``${a:-${a:-...}}``, thousands of ENV/ARG/RUN lines, one ARG with many keys.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.cpu_timing import GROWTH, GROWTH_BOUND, growth_ratio

from dlint.model import load
from dlint.model.dockerignore import DockerIgnore
from dlint.model.variable_references import expansion_limit, variable_references

STARS = "*a" * 12 + "*b"


def _walk_model(source: str) -> None:
    doc = load(source)
    for instruction in doc.instructions:
        doc.scope(instruction)
        doc.stage_of(instruction)
    variable_references(doc)
    expansion_limit(doc)


def _growth(make_source: Callable[[int], str], n: int) -> float:
    small, large = make_source(n), make_source(GROWTH * n)
    return growth_ratio(lambda: _walk_model(small), lambda: _walk_model(large))


SHAPES: dict[str, tuple[Callable[[int], str], int]] = {
    "env lines": (
        lambda n: (
            "FROM scratch\n"
            + "".join(f"ENV V{i}=value{i} W{i}=$V{i}\n" for i in range(n))
        ),
        800,
    ),
    "run lines": (
        lambda n: "FROM alpine:3.20\n" + "".join(f"RUN echo {i}\n" for i in range(n)),
        2000,
    ),
    "arg lines": (
        lambda n: (
            "FROM scratch\n"
            + "".join(f"ARG A{i}=x$A{max(i - 1, 0)}\n" for i in range(n))
        ),
        1000,
    ),
    "keys of one arg": (
        lambda n: "FROM scratch\nARG " + " ".join(f"K{i}=v" for i in range(n)) + "\n",
        1500,
    ),
    "pattern against a longer value": (
        lambda n: (
            f"FROM scratch\nARG A={'a' * n}\nENV B=${{A/{STARS}/x}} C=${{A#{STARS}}} D=${{A%%{STARS}}}\n"
        ),
        3000,
    ),
    "pattern with more stars": (
        lambda n: (
            f"FROM scratch\nARG A={'a' * 300}\nENV B=${{A/{'*a' * n}*b/x}} C=${{A##{'*a' * n}*b}}\n"
        ),
        300,
    ),
    "doubling args": (
        lambda n: (
            "ARG A0=xx\n"
            + "".join(f"ARG A{i + 1}=${{A{i}}}${{A{i}}}\n" for i in range(n))
            + "FROM scratch\n"
        ),
        150,
    ),
    "deeply nested references": (
        lambda n: (
            "FROM scratch\n"
            + "".join(
                "LABEL a=" + "${a:-" * 300 + "x" + "}" * 300 + "\n" for _ in range(n)
            )
        ),
        40,
    ),
}


@pytest.mark.parametrize("shape", SHAPES)
def test_model_time_grows_linearly(shape):
    make_source, n = SHAPES[shape]
    assert _growth(make_source, n) < GROWTH_BOUND


@pytest.mark.parametrize(
    "make_pattern, make_path",
    [
        (lambda n: "*a" * 12 + "*b", lambda n: "a" * n),
        (lambda n: "*a" * n + "*b", lambda n: "a" * 400),
    ],
    ids=["longer path", "more stars"],
)
def test_dockerignore_matching_grows_linearly(make_pattern, make_path):
    def matching(n: int) -> Callable[[], bool]:
        ignore, path = DockerIgnore.parse(make_pattern(n)), make_path(n)
        return lambda: ignore.matches(path)

    assert growth_ratio(matching(1000), matching(GROWTH * 1000)) < GROWTH_BOUND
