from tests.helpers import lint

RULE = "DLX008"


def test_copy_dot_without_dockerignore_is_reported_once(tmp_path):
    [finding] = lint("FROM node:22\nCOPY . .\nADD ./ /app\n", RULE, directory=tmp_path)
    assert (finding.span.line, finding.span.column) == (2, 6)


def test_a_dockerignore_silences_it(tmp_path):
    (tmp_path / ".dockerignore").write_text(".git\n")
    assert lint("FROM node:22\nCOPY . .\n", RULE, directory=tmp_path) == []


def test_copy_from_a_stage_is_not_the_context(tmp_path):
    assert lint("FROM node:22 AS b\nFROM node:22\nCOPY --from=b . .\n", RULE, directory=tmp_path) == []


def test_specific_paths_are_fine(tmp_path):
    assert lint("FROM node:22\nCOPY package.json src/ ./\n", RULE, directory=tmp_path) == []


def test_unknown_build_context_is_not_judged():
    assert lint("FROM node:22\nCOPY . .\n", RULE) == []
