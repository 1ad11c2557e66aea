"""Configuration: finding the config file that applies to a Dockerfile, reading it, and combining it with the command line.

- :mod:`.lookup` walks up from a Dockerfile to the config that applies to it;
- :mod:`.dlint_file` reads ``.dlint.yaml`` and ``[tool.dlint]``, validating every key;
- :mod:`.hadolint_file` reads ``.hadolint.yaml`` into the same settings;
- :mod:`.settings` combines a config with the command line into one file's settings.
"""
