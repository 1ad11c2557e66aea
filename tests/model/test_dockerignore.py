"""Docker's .dockerignore semantics, as moby/patternmatcher implements them."""

from __future__ import annotations

import pytest

from dlint.model.dockerignore import DockerIgnore, clean_path


def ignored(patterns: str, path: str) -> bool:
    return DockerIgnore.parse(patterns).matches(path)


def test_plain_name_excludes_that_file():
    assert ignored("secret.txt\n", "secret.txt")


def test_plain_name_does_not_reach_into_subdirectories():
    assert not ignored("secret.txt\n", "app/secret.txt")


def test_star_stays_within_one_directory_level():
    assert ignored("*.log\n", "debug.log")
    assert not ignored("*.log\n", "logs/debug.log")


def test_pattern_matching_a_parent_directory_excludes_its_contents():
    assert ignored("node_modules\n", "node_modules/lodash/index.js")


def test_star_excludes_everything_through_parent_directories():
    assert ignored("*\n", "src/main.go")


def test_double_star_spans_any_number_of_directories():
    assert ignored("**/*.pyc\n", "a/b/c/mod.pyc")
    assert ignored("**/*.pyc\n", "mod.pyc")


def test_leading_double_star_slash_matches_at_the_root_too():
    assert ignored("**/tmp\n", "tmp")
    assert ignored("**/tmp\n", "x/tmp")


def test_trailing_double_star_matches_everything_below():
    assert ignored("build/**\n", "build/out/app")
    assert not ignored("build/**\n", "src/build")


def test_double_star_in_the_middle_matches_zero_directories():
    assert ignored("a/**/b\n", "a/b")
    assert ignored("a/**/b\n", "a/x/y/b")


def test_question_mark_is_one_character_but_never_a_slash():
    assert ignored("file?.txt\n", "file1.txt")
    assert not ignored("a?b\n", "a/b")


def test_character_class():
    assert ignored("[ab].txt\n", "a.txt")
    assert not ignored("[ab].txt\n", "c.txt")


def test_exception_brings_a_file_back():
    patterns = "docs\n!docs/README.md\n"
    assert not ignored(patterns, "docs/README.md")
    assert ignored(patterns, "docs/guide.md")


def test_last_matching_pattern_wins():
    assert ignored("*.md\n!README.md\nREADME.md\n", "README.md")


def test_exception_of_a_parent_directory_brings_its_contents_back():
    assert not ignored("*\n!src\n", "src/main.go")


def test_leading_slash_is_relative_to_the_context():
    assert ignored("/dist\n", "dist/app.js")


def test_trailing_slash_is_cleaned_away():
    assert ignored("dist/\n", "dist/app.js")


def test_dot_dot_segments_are_cleaned():
    assert ignored("a/../b\n", "b")


def test_comment_lines_are_ignored():
    assert DockerIgnore.parse("# secret.txt\n").patterns == ()


def test_hash_after_whitespace_is_a_pattern_not_a_comment():
    assert ignored("  #notes\n", "#notes")


def test_surrounding_whitespace_is_trimmed():
    assert ignored("   secret.txt   \n", "secret.txt")


def test_byte_order_mark_is_dropped():
    assert ignored("\ufeffsecret.txt\n", "secret.txt")


def test_regex_metacharacters_are_literal():
    assert ignored("a+b(1).txt\n", "a+b(1).txt")
    assert not ignored("a.b\n", "axb")


def test_backslash_escapes_a_wildcard():
    assert ignored("\\*.txt\n", "*.txt")
    assert not ignored("\\*.txt\n", "a.txt")


def test_excludes_everything_for_a_bare_star():
    assert DockerIgnore.parse("*\n").excludes_everything
    assert DockerIgnore.parse("**\n").excludes_everything
    assert not DockerIgnore.parse("*.md\n").excludes_everything
    assert not DockerIgnore.parse("!*\n").excludes_everything


def test_queried_path_is_cleaned_first():
    assert ignored("tmp\n", "./tmp/x")


def test_has_exclusions_reports_a_bang_pattern():
    assert DockerIgnore.parse("*\n!src\n").has_exclusions
    assert not DockerIgnore.parse("*\n").has_exclusions


@pytest.mark.parametrize("bad", ["[abc", "abc\\", "!"])
def test_a_malformed_pattern_is_a_problem_and_excludes_nothing(bad):
    ignore = DockerIgnore.parse(f"{bad}\nfoo\n")
    assert ignore.problems
    assert not ignore.matches("foo")


@pytest.mark.parametrize(
    ("path", "cleaned"),
    [("", "."), ("a//b", "a/b"), ("./a/", "a"), ("/../a", "/a"), ("a/../..", ".."), ("//a", "/a")],
)
def test_clean_path_follows_go_filepath_clean(path, cleaned):
    assert clean_path(path) == cleaned
