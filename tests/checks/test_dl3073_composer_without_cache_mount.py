"""DL3073: composer install, update or require without a cache mount."""

from __future__ import annotations

import pytest

from tests.helpers import lint

FROM = "FROM php:8.3-cli\n"


@pytest.mark.parametrize("command", ["composer install --no-dev", "composer update", "composer require monolog/monolog",
                                     "composer.phar install"])
def test_commands_that_download_packages_are_reported(command):
    assert len(lint(FROM + f"RUN {command}\n", "DL3073")) == 1


@pytest.mark.parametrize("command", ["composer dump-autoload -o", "composer --version", "composer run-script install"])
def test_other_commands_are_fine(command):
    assert lint(FROM + f"RUN {command}\n", "DL3073") == []


@pytest.mark.parametrize("target", ["/root/.composer/cache", "/root/.cache/composer", "/home/www/.composer"])
def test_a_mount_over_composers_cache_is_fine(target):
    assert lint(FROM + f"RUN --mount=type=cache,target={target} composer install\n", "DL3073") == []


def test_onbuild_run_is_reported_on_its_own_line():
    assert [f.span.line for f in lint(FROM + "RUN true\nONBUILD RUN composer install\n", "DL3073")] == [3]
