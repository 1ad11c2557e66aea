"""Where the rule catalogue is: ``rules/`` beside the package in a checkout, ``dlint/catalogue/`` in a wheel.

Apart from :mod:`dlint.engine.catalogue` (YAML, pathlib, entry types) so that
a rule reading one of the catalogue's data tables on every lint, such as the
end-of-life dates, pays for nothing more than :mod:`os.path`.
"""

from __future__ import annotations

import os


def catalogue_folder() -> str:
    package = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))
    project = os.path.dirname(package)
    checkout = os.path.join(project, "rules")
    if os.path.isdir(checkout) and os.path.isfile(os.path.join(project, "pyproject.toml")):
        return checkout
    return os.path.join(package, "catalogue")


def data_file(name: str) -> str:
    """The path of the catalogue's data table ``data/<name>``."""
    return os.path.join(catalogue_folder(), "data", name)
