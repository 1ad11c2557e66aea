"""Image references parsed as distribution/reference's ParseNormalizedNamed does."""

from __future__ import annotations

import pytest

from dlint.model.image_ref import image_reference
from dlint.model.spans import Span

SPAN = Span(1, 6, 1, 12)
DIGEST = "sha256:" + "0123456789abcdef" * 4


def ref(value: str | None, text: str | None = None):
    return image_reference(text if text is not None else (value or "$IMAGE"), value, SPAN)


@pytest.mark.parametrize(
    ("value", "registry", "repository"),
    [
        ("python", "docker.io", "library/python"),
        ("user/app", "docker.io", "user/app"),
        ("ghcr.io/x/y", "ghcr.io", "x/y"),
        ("localhost/app", "localhost", "app"),
        ("localhost:5000/app", "localhost:5000", "app"),
        ("index.docker.io/library/python", "docker.io", "library/python"),
        ("index.docker.io/python", "docker.io", "library/python"),
        ("docker.io/python", "docker.io", "library/python"),
        ("registry:5000/team/app", "registry:5000", "team/app"),
        ("[::1]:5000/app", "[::1]:5000", "app"),
        ("a/b/c/d", "docker.io", "a/b/c/d"),
    ],
)
def test_registry_and_repository_are_normalised(value, registry, repository):
    parsed = ref(value)
    assert (parsed.registry, parsed.repository) == (registry, repository)


def test_first_component_without_dot_or_colon_is_a_namespace():
    assert ref("myorg/app").registry == "docker.io"


def test_upper_case_first_component_is_read_as_a_registry():
    parsed = ref("MyRegistry/app")
    assert (parsed.valid, parsed.registry, parsed.repository) == (True, "MyRegistry", "app")


@pytest.mark.parametrize(
    ("value", "name"),
    [
        ("python:3.12", "python"),
        ("docker.io/library/python", "python"),
        ("myorg/app", "myorg/app"),
        ("docker.io/myorg/app", "myorg/app"),
        ("ghcr.io/x/y:1", "ghcr.io/x/y"),
        ("library/a/b", "library/a/b"),
    ],
)
def test_familiar_name(value, name):
    assert ref(value).name == name


def test_full_name_includes_registry_and_library_namespace():
    assert ref("python:3.12").full == "docker.io/library/python"


def test_tag_is_split_off():
    assert ref("python:3.12-slim").tag == "3.12-slim"


def test_missing_tag_is_none():
    assert ref("python").tag is None


def test_port_is_not_a_tag():
    assert ref("localhost:5000/app").tag is None


def test_tag_after_registry_port():
    assert ref("localhost:5000/app:1.0").tag == "1.0"


def test_digest_is_split_off():
    assert ref(f"python@{DIGEST}").digest == DIGEST


def test_tag_and_digest_together():
    parsed = ref(f"python:3.12@{DIGEST}")
    assert (parsed.tag, parsed.digest) == ("3.12", DIGEST)


def test_valid_reference_has_no_error():
    parsed = ref("python:3.12")
    assert (parsed.valid, parsed.error) == (True, None)


def test_upper_case_repository_is_invalid_with_dockers_message():
    parsed = ref("Python:3")
    assert (parsed.valid, parsed.error) == (
        False,
        "invalid reference format: repository name (library/Python) must be lowercase",
    )


def test_upper_case_after_a_registry_is_invalid():
    assert ref("ghcr.io/Org/app").error == "invalid reference format: repository name (Org/app) must be lowercase"


def test_invalid_reference_keeps_no_parts():
    parsed = ref("Python")
    assert (parsed.registry, parsed.repository, parsed.name, parsed.full) == (None, None, None, None)


@pytest.mark.parametrize("value", ["python:", "python:3.12:x", "py thon", "-python", "a//b", "python:" + "t" * 129])
def test_malformed_reference_is_invalid_reference_format(value):
    assert ref(value).error == "invalid reference format"


def test_sixty_four_hex_characters_cannot_be_a_repository():
    assert ref("a" * 64).error.startswith("invalid repository name (")


def test_digest_with_unknown_algorithm_is_unsupported():
    assert ref("python@md5:" + "a" * 32).error == "unsupported digest algorithm"


def test_digest_of_wrong_length_is_invalid():
    assert ref("python@sha256:" + "a" * 40).error == "invalid checksum digest length"


def test_upper_case_digest_is_invalid():
    assert ref("python@sha256:" + "A" * 64).error == "invalid checksum digest format"


def test_too_long_repository_is_invalid():
    assert ref("a/" + "b" * 260).error == "repository name must not be more than 255 characters"


def test_separators_allowed_in_path_components():
    assert ref("my--org/app__x.y_z").valid


def test_scratch_is_valid_and_has_no_registry():
    parsed = ref("scratch")
    assert (parsed.valid, parsed.is_scratch, parsed.registry) == (True, True, None)


def test_scratch_name_is_scratch():
    assert ref("scratch").name == "scratch"


def test_scratch_with_capitals_is_not_scratch_but_an_invalid_name():
    parsed = ref("Scratch")
    assert (parsed.is_scratch, parsed.valid) == (False, False)


def test_unknown_value_is_not_known():
    parsed = ref(None, "$BASE")
    assert (parsed.known, parsed.valid, parsed.error, parsed.name) == (False, False, None, None)


def test_text_as_written_is_kept():
    assert ref("python:3.12", "python:${PY}").text == "python:${PY}"


def test_empty_value_is_blank_base_name():
    assert ref("", "$UNSET").error == "base name ($UNSET) should not be blank"


def test_stage_reference_keeps_only_the_value():
    parsed = ref("builder").as_stage()
    assert (parsed.is_stage, parsed.name, parsed.registry, parsed.full) == (True, "builder", None, None)


def test_stage_named_scratch_is_not_scratch():
    assert not ref("scratch").as_stage().is_scratch
