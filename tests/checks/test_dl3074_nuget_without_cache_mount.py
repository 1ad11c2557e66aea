"""DL3074: dotnet restore and nuget restore without a cache mount over ~/.nuget/packages."""

from __future__ import annotations

import pytest

from tests.helpers import lint

FROM = "FROM mcr.microsoft.com/dotnet/sdk:8.0\n"


@pytest.mark.parametrize(
    "command",
    ["dotnet restore", "dotnet build -c Release", "dotnet publish -c Release -o /app", "dotnet test",
     "nuget restore App.sln"],
)
def test_commands_that_restore_packages_are_reported(command):
    assert len(lint(FROM + f"RUN {command}\n", "DL3074")) == 1


@pytest.mark.parametrize("command", ["dotnet --info", "dotnet run --project build", "dotnet tool list"])
def test_other_commands_are_fine(command):
    assert lint(FROM + f"RUN {command}\n", "DL3074") == []


@pytest.mark.parametrize("target", ["/root/.nuget/packages", "/home/app/.nuget/packages", "/root/.nuget"])
def test_a_mount_over_the_packages_folder_is_fine(target):
    assert lint(FROM + f"RUN --mount=type=cache,target={target} dotnet restore\n", "DL3074") == []


def test_restore_and_publish_in_one_run_are_one_finding():
    text = FROM + "RUN dotnet restore && dotnet publish -c Release --no-restore -o /app\n"
    assert len(lint(text, "DL3074")) == 1
