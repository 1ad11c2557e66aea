"""The quick scan that spares a run the cost of importlib.metadata when no plugin is installed."""

from __future__ import annotations

import sys

from dlint.engine import loading


def distribution(site, name, entry_points=None):
    info = site / f"{name}-1.0.dist-info"
    info.mkdir(parents=True)
    if entry_points is not None:
        (info / "entry_points.txt").write_text(entry_points)


def test_no_distribution_declaring_the_group_means_no_plugins(tmp_path, monkeypatch):
    distribution(tmp_path, "tool", "[console_scripts]\ntool = tool:main\n")
    distribution(tmp_path, "library")
    monkeypatch.setattr(sys, "path", [str(tmp_path), str(tmp_path / "missing")])
    assert not loading.may_have_plugins()


def test_a_distribution_declaring_the_groupmay_have_plugins(tmp_path, monkeypatch):
    distribution(tmp_path, "acme", "[dlint.rules]\nacme = acme.rules\n")
    monkeypatch.setattr(sys, "path", [str(tmp_path)])
    assert loading.may_have_plugins()


def test_a_zip_archive_on_the_path_counts_as_maybe(tmp_path, monkeypatch):
    archive = tmp_path / "bundle.zip"
    archive.write_bytes(b"PK\x05\x06" + b"\0" * 18)
    monkeypatch.setattr(sys, "path", [str(archive)])
    assert loading.may_have_plugins()
