"""Hostile Dockerfiles never break the model: no exception, no value past the limit.

Hypothesis builds files from the shapes that once took exponential time or
memory (patterns with many ``*``, doubling ARGs, deep ``${a:-${a:-...}}``,
many ENV keys) mixed with ordinary lines.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dlint.model import load
from dlint.model.dockerignore import DockerIgnore
from dlint.model.variable_references import expanded_words, expansion_limit
from dlint.model.word_expansion import MAX_VALUE_LENGTH


def _stars(count: int, letter: str) -> str:
    return f"*{letter}" * count + "*b"


SHAPES = st.one_of(
    st.builds(lambda n, op: f"ENV P=${{A{op}{_stars(n, 'a')}}}\n", st.integers(1, 40), st.sampled_from(["#", "##", "%", "%%"])),
    st.builds(lambda n, r: f"ENV R=${{A{r}{_stars(n, 'a')}/$A}}\n", st.integers(1, 40), st.sampled_from(["/", "//"])),
    st.builds(
        lambda n: "".join(f"ARG D{i + 1}=${{D{i}}}${{D{i}}}${{D{i}}}\n" for i in range(n)),
        st.integers(1, 30),
    ),
    st.builds(lambda n: "LABEL n=" + "${a:-" * n + "x" + "}" * n + "\n", st.integers(1, 400)),
    st.builds(lambda n: "LABEL n=" + "${a:-" * n + "\n", st.integers(1, 400)),
    st.builds(lambda n: "ENV " + " ".join(f"E{i}=$A" for i in range(n)) + "\n", st.integers(1, 200)),
    st.sampled_from(["RUN echo $A\n", "COPY $A /x/\n", "WORKDIR ${A:?}\n", "USER ${A/a/b}\n", "FROM scratch AS s\n"]),
    st.text(alphabet="$*{}:-#%/?ab\\\"' \n", max_size=60).map(lambda text: "LABEL t=" + text.replace("\n", " ") + "\n"),
)


@settings(max_examples=60, deadline=None, derandomize=True, database=None)
@given(st.lists(SHAPES, min_size=1, max_size=6), st.integers(1, 2000))
def test_hostile_files_are_modelled_without_error_or_giant_values(shapes, length):
    source = "FROM scratch\nARG D0=" + "a" * length + " A=" + "a" * length + "\n" + "".join(shapes)
    doc = load(source)
    for instruction in doc.instructions:
        scope = doc.scope(instruction)
        assert all(len(scope.value(name) or "") <= MAX_VALUE_LENGTH for name in scope.names())
    for word in expanded_words(doc):
        assert len(word.expansion.value or "") <= MAX_VALUE_LENGTH
    expansion_limit(doc)


@settings(max_examples=60, deadline=None, derandomize=True, database=None)
@given(st.text(alphabet="*?ab/[]^\\!", min_size=1, max_size=60), st.text(alphabet="ab/.", max_size=300))
def test_any_dockerignore_pattern_matches_without_error(pattern, path):
    DockerIgnore.parse(pattern + "\n").matches(path)
