"""Where the rule catalogue is; defined by the rule API, since checks read its data tables."""

from __future__ import annotations

from dlint.rule_api import catalogue_folder, data_file

__all__ = ["catalogue_folder", "data_file"]
