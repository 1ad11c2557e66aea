"""Which config applies to a Dockerfile: nearest first, repository root as the limit, hadolint as fallback."""

from __future__ import annotations

import pytest
from rule_fixtures import sample_index

from dlint.engine.config.dlint_file import ConfigError
from dlint.engine.config.lookup import ConfigFinder

INDEX = sample_index()


@pytest.fixture
def repo(tmp_path):
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)
    (root / "services" / "api").mkdir(parents=True)
    return root


def dockerfile(folder):
    path = folder / "Dockerfile"
    path.write_text("FROM scratch\n")
    return str(path)


def ignored_by(finder, path):
    config = finder.for_file(path)
    return config.selection.ignore if config else None


def test_the_config_in_the_files_folder_applies(repo):
    (repo / ".dlint.yaml").write_text("ignore: [DL3006]\n")
    assert ignored_by(ConfigFinder(INDEX), dockerfile(repo)) == ("DL3006",)


def test_a_config_in_a_parent_folder_applies(repo):
    (repo / ".dlint.yaml").write_text("ignore: [DL3006]\n")
    assert ignored_by(ConfigFinder(INDEX), dockerfile(repo / "services" / "api")) == ("DL3006",)


def test_the_nearest_config_wins(repo):
    (repo / ".dlint.yaml").write_text("ignore: [DL3006]\n")
    (repo / "services" / ".dlint.yaml").write_text("ignore: [DL3007]\n")
    assert ignored_by(ConfigFinder(INDEX), dockerfile(repo / "services" / "api")) == ("DL3007",)


def test_the_search_stops_at_the_repository_root(tmp_path, repo):
    (tmp_path / ".dlint.yaml").write_text("ignore: [DL3006]\n")
    assert ignored_by(ConfigFinder(INDEX), dockerfile(repo)) is None


def test_pyproject_with_tool_dlint_is_a_config(repo):
    (repo / "pyproject.toml").write_text('[tool.dlint]\nignore = ["DL3008"]\n')
    assert ignored_by(ConfigFinder(INDEX), dockerfile(repo)) == ("DL3008",)


def test_pyproject_without_tool_dlint_is_passed_over(repo):
    (repo / "services" / "pyproject.toml").write_text('[project]\nname = "api"\n')
    (repo / ".dlint.yaml").write_text("ignore: [DL3006]\n")
    assert ignored_by(ConfigFinder(INDEX), dockerfile(repo / "services" / "api")) == ("DL3006",)


def test_dlint_yaml_comes_before_pyproject_in_the_same_folder(repo):
    (repo / "pyproject.toml").write_text('[tool.dlint]\nignore = ["DL3008"]\n')
    (repo / ".dlint.yaml").write_text("ignore: [DL3006]\n")
    assert ignored_by(ConfigFinder(INDEX), dockerfile(repo)) == ("DL3006",)


def test_hadolint_config_applies_when_there_is_no_dlint_config(repo):
    (repo / ".hadolint.yaml").write_text("ignored: [DL3007]\n")
    assert ignored_by(ConfigFinder(INDEX), dockerfile(repo / "services")) == ("DL3007",)


def test_hadolint_yml_spelling_is_found(repo):
    (repo / ".hadolint.yml").write_text("ignored: [DL3007]\n")
    assert ignored_by(ConfigFinder(INDEX), dockerfile(repo)) == ("DL3007",)


def test_any_dlint_config_on_the_way_up_outranks_a_nearer_hadolint_config(repo):
    (repo / "services" / ".hadolint.yaml").write_text("ignored: [DL3007]\n")
    (repo / ".dlint.yaml").write_text("ignore: [DL3006]\n")
    assert ignored_by(ConfigFinder(INDEX), dockerfile(repo / "services")) == ("DL3006",)


def test_explicit_config_replaces_the_search(repo, tmp_path):
    (repo / ".dlint.yaml").write_text("ignore: [DL3006]\n")
    chosen = tmp_path / "custom.yaml"
    chosen.write_text("ignore: [DL3008]\n")
    assert ignored_by(ConfigFinder(INDEX, str(chosen)), dockerfile(repo)) == ("DL3008",)


def test_explicit_hadolint_config_is_read_as_hadolint(repo, tmp_path):
    chosen = tmp_path / "hadolint.yaml"
    chosen.write_text("ignored: [DL3008]\n")
    assert ignored_by(ConfigFinder(INDEX, str(chosen)), dockerfile(repo)) == ("DL3008",)


def test_no_search_means_no_config(repo):
    (repo / ".dlint.yaml").write_text("ignore: [DL3006]\n")
    assert ConfigFinder(INDEX, search=False).for_file(dockerfile(repo)) is None


def test_each_config_file_is_read_once(repo):
    (repo / ".dlint.yaml").write_text("ignore: [DL3006]\n")
    finder = ConfigFinder(INDEX)
    first = finder.for_file(dockerfile(repo / "services"))
    second = finder.for_file(dockerfile(repo / "services" / "api"))
    assert first is second


def test_a_missing_explicit_config_is_an_error(tmp_path):
    with pytest.raises(ConfigError, match="no such file"):
        ConfigFinder(INDEX, str(tmp_path / "absent.yaml"))


def test_a_bad_discovered_config_is_an_error(repo):
    (repo / ".dlint.yaml").write_text("colour: red\n")
    with pytest.raises(ConfigError, match="unknown key 'colour'"):
        ConfigFinder(INDEX).for_file(dockerfile(repo))
