"""What dlint knows about the tools a Dockerfile runs: plain data, read by :mod:`dlint.model.tools`.

One entry per tool family, named after its main program. Keys of an entry
(all optional but ``programs``):

- ``programs``: the program names that run the tool (after normalisation:
  ``pip3.12``, ``python -m pip`` and ``uv pip`` are all ``pip``).
- ``value_flags``: spellings of options that take the next word as their
  value, for any subcommand; ``subcommand_value_flags``: the same, per
  subcommand. A value flag missing here makes its value look like a package.
- ``single_dash_long``: options are words such as ``-ldflags`` (go), not
  groups of one-letter options; ``whole_short_options``: the few single-dash
  spellings of a tool that are one option, not a group (wget's ``-nv``).
- ``flags``: canonical name -> every spelling of the option.
- ``switches``: spellings of options that take no value; with
  ``unlisted_options_take_value``, a ``--long`` option the table does not
  list takes the next word as its value (gem refuses unknown options, so its
  packages never follow one).
- ``run_verbs``: subcommands that fetch and run one package (``go run
  pkg@v1 args``): its first operand is a package, the rest are the
  program's arguments.
- ``rest_after_double_dash``: the words after ``--`` go to something else
  (gem's build options), they are no operands.
- ``verbs``: kind (install, upgrade, update, remove, clean) -> subcommands of
  that kind, the main one first. ``update`` only refreshes the package index.
- ``pins``: how a package operand names its version (see :mod:`dlint.model.package_pins`);
  ``version_flag``: the canonical flag that pins every package of the command (``gem -v 1.2``).
- ``cache_dirs``: where the tool keeps downloads; ``~`` is any user's home.
- ``cache_verbs``: the subcommands that download into those folders (``npm ci``,
  ``cargo build``); for a tool without subcommands, the words it runs as tasks
  (``mvn clean package``). ``None``: every command of the tool does (gradle).
- ``clean_commands``: the words after the program that empty its cache.
- ``no_cache_flags``: canonical flags that keep the cache out of the image.
- ``insecure_flags``: canonical flag -> the values that turn TLS or signature
  checks off (``None``: the flag alone does).
- ``config_commands`` and ``insecure_settings``: the subcommand words that set
  a configuration key (``npm config set``), and the keys and values that turn
  verification off.
"""

from __future__ import annotations

_OFF = ("false", "0", "no", "off")

TOOLS: dict[str, dict[str, object]] = {
    "apt-get": {
        "programs": ("apt-get", "apt", "aptitude"),
        "value_flags": (
            "-o", "--option", "-c", "--config-file", "-t", "--target-release", "--default-release",
            "-a", "--host-architecture", "-P", "--build-profiles", "--solver",
        ),
        "flags": {
            "yes": ("-y", "--yes", "--assume-yes"),
            "quiet": ("-q", "--quiet", "--silent"),
            "option": ("-o", "--option"),
            "no-install-recommends": ("--no-install-recommends",),
            "no-install-suggests": ("--no-install-suggests",),
            "fix-broken": ("-f", "--fix-broken"),
            "fix-missing": ("-m", "--fix-missing", "--ignore-missing"),
            "download-only": ("-d", "--download-only"),
            "simulate": ("-s", "--simulate", "--just-print", "--dry-run", "--recon", "--no-act"),
            "allow-unauthenticated": ("--allow-unauthenticated",),
            "allow-insecure-repositories": ("--allow-insecure-repositories",),
            "force-yes": ("--force-yes",),
        },
        "verbs": {
            "install": ("install", "reinstall", "build-dep", "source", "satisfy"),
            "upgrade": ("upgrade", "dist-upgrade", "full-upgrade"),
            "update": ("update",),
            "remove": ("remove", "purge", "autoremove", "autopurge"),
            "clean": ("clean", "autoclean", "distclean", "dist-clean"),
        },
        "pins": "apt",
        "cache_dirs": ("/var/lib/apt/lists", "/var/cache/apt"),
        "clean_commands": (("clean",), ("distclean",), ("dist-clean",)),
        "insecure_flags": {"allow-unauthenticated": None, "force-yes": None, "allow-insecure-repositories": None},
    },
    "apk": {
        "programs": ("apk",),
        "value_flags": (
            "-X", "--repository", "-p", "--root", "--arch", "--cache-dir", "--keys-dir", "--repositories-file",
            "--cache-max-age", "--progress-fd", "--wait", "-t", "--virtual",
        ),
        "flags": {
            "no-cache": ("--no-cache",),
            "update-cache": ("-U", "--update-cache"),
            "virtual": ("-t", "--virtual"),
            "quiet": ("-q", "--quiet"),
            "allow-untrusted": ("--allow-untrusted",),
        },
        "verbs": {
            "install": ("add", "fix"),
            "upgrade": ("upgrade",),
            "update": ("update",),
            "remove": ("del",),
            "clean": ("cache",),
        },
        "pins": "apk",
        "cache_dirs": ("/var/cache/apk", "/etc/apk/cache"),
        "clean_commands": (("cache", "clean"), ("cache", "purge")),
        "no_cache_flags": ("no-cache",),
        "insecure_flags": {"allow-untrusted": None},
    },
    "yum": {
        "programs": ("yum", "dnf", "microdnf", "tdnf"),
        "value_flags": (
            "-c", "--config", "-d", "--debuglevel", "-e", "--errorlevel", "-x", "--exclude", "--enablerepo",
            "--disablerepo", "--installroot", "--releasever", "--setopt", "--repo", "--repoid", "--forcearch",
            "--downloaddir", "--destdir", "--color", "--rpmverbosity", "-R", "--randomwait", "--enableplugin",
            "--disableplugin", "--exclude-from", "--security-severity", "--advisory",
        ),
        "flags": {
            "yes": ("-y", "--assumeyes"),
            "quiet": ("-q", "--quiet"),
            "nodocs": ("--nodocs",),
            "setopt": ("--setopt",),
            "nogpgcheck": ("--nogpgcheck", "--no-gpgchecks"),
        },
        "verbs": {
            "install": (
                "install", "in", "localinstall", "groupinstall", "reinstall", "rei", "builddep", "group", "module",
            ),
            "upgrade": ("update", "upgrade", "up", "distro-sync", "upgrade-minimal", "up-min", "update-minimal"),
            "update": ("makecache",),
            "remove": ("remove", "rm", "erase", "autoremove"),
            "clean": ("clean",),
        },
        "pins": "rpm",
        "cache_dirs": ("/var/cache/yum", "/var/cache/dnf", "/var/cache/libdnf5", "/var/cache/tdnf"),
        "clean_commands": (("clean", "all"), ("clean", "packages")),
        "insecure_flags": {"nogpgcheck": None, "setopt": ("sslverify=false", "sslverify=0", "sslverify=no")},
    },
    "zypper": {
        "programs": ("zypper",),
        "value_flags": (
            "-R", "--root", "-D", "--reposd-dir", "-C", "--cache-dir", "-c", "--config", "--raw-cache-dir",
            "--solv-cache-dir", "--pkg-cache-dir", "-r", "--repo", "-t", "--type", "--from",
        ),
        "flags": {
            "yes": ("-n", "--non-interactive", "-y", "--no-confirm"),
            "no-gpg-checks": ("--no-gpg-checks",),
            "allow-unsigned-rpm": ("--allow-unsigned-rpm",),
            "no-recommends": ("--no-recommends",),
        },
        "verbs": {
            "install": ("install", "in", "source-install", "si"),
            "upgrade": ("update", "up", "dist-upgrade", "dup", "patch"),
            "update": ("refresh", "ref"),
            "remove": ("remove", "rm"),
            "clean": ("clean", "cc"),
        },
        "pins": "rpm",
        "cache_dirs": ("/var/cache/zypp",),
        "clean_commands": (("clean",), ("cc",)),
        "insecure_flags": {"no-gpg-checks": None, "allow-unsigned-rpm": None},
    },
    "rpm": {
        "programs": ("rpm",),
        "value_flags": (
            "--root", "--dbpath", "-D", "--define", "-E", "--eval", "--macros", "--rcfile", "--excludepath",
            "--relocate", "--prefix",
        ),
        "flags": {
            "nosignature": ("--nosignature",),
            "nodigest": ("--nodigest",),
            "noverify": ("--noverify",),
            "nofiledigest": ("--nofiledigest",),
        },
        "insecure_flags": {"nosignature": None, "nodigest": None, "noverify": None, "nofiledigest": None},
    },
    "pip": {
        "programs": ("pip",),
        "value_flags": (
            "--python", "--log", "--keyring-provider", "--proxy", "--retries", "--timeout", "--exists-action",
            "--trusted-host", "--cert", "--client-cert", "--cache-dir", "--use-feature", "--use-deprecated",
            "--resume-retries",
        ),
        "subcommand_value_flags": {
            "install": (
                "-r", "--requirement", "-c", "--constraint", "-e", "--editable", "-t", "--target", "--platform",
                "--python-version", "--implementation", "--abi", "--root", "--prefix", "--src",
                "--upgrade-strategy", "--global-option", "-C", "--config-settings", "--no-binary",
                "--only-binary", "--progress-bar", "--root-user-action", "--report", "-i", "--index-url",
                "--extra-index-url", "-f", "--find-links", "-b", "--build",
            ),
            "download": ("-r", "--requirement", "-c", "--constraint", "-d", "--dest", "-i", "--index-url",
                         "--extra-index-url", "-f", "--find-links", "--platform", "--python-version"),
            "wheel": ("-r", "--requirement", "-c", "--constraint", "-w", "--wheel-dir", "-i", "--index-url",
                      "--extra-index-url", "-f", "--find-links"),
            "uninstall": ("-r", "--requirement"),
            "sync": ("-c", "--constraint", "-i", "--index-url", "--extra-index-url", "-f", "--find-links"),
        },
        "flags": {
            "no-cache-dir": ("--no-cache-dir", "--no-cache"),
            "requirement": ("-r", "--requirement"),
            "constraint": ("-c", "--constraint"),
            "editable": ("-e", "--editable"),
            "upgrade": ("-U", "--upgrade"),
            "user": ("--user",),
            "quiet": ("-q", "--quiet"),
            "index-url": ("-i", "--index-url"),
            "trusted-host": ("--trusted-host",),
        },
        "verbs": {
            "install": ("install", "sync"),
            "remove": ("uninstall",),
            "clean": ("cache",),
        },
        "pins": "pip",
        "cache_dirs": ("~/.cache/pip",),
        "clean_commands": (("cache", "purge"),),
        "no_cache_flags": ("no-cache-dir",),
        "insecure_flags": {"trusted-host": None},
    },
    "npm": {
        "programs": ("npm",),
        "value_flags": (
            "--prefix", "--registry", "--cache", "--userconfig", "--globalconfig", "-w", "--workspace", "--tag",
            "--omit", "--include", "--loglevel", "--install-strategy", "--before", "--location",
        ),
        "flags": {
            "global": ("-g", "--global"),
            "production": ("--production",),
            "strict-ssl": ("--strict-ssl",),
            "no-strict-ssl": ("--no-strict-ssl",),
        },
        "verbs": {
            "install": ("install", "i", "add", "ci", "clean-install", "install-clean", "isntall"),
            "upgrade": ("update", "up", "upgrade"),
            "remove": ("uninstall", "remove", "rm", "un", "r", "unlink"),
            "clean": ("cache",),
        },
        "pins": "npm",
        "cache_dirs": ("~/.npm",),
        "cache_verbs": (
            "install", "i", "add", "ci", "clean-install", "ic", "install-clean", "isntall", "install-ci-test", "it",
            "cit",
        ),
        "clean_commands": (("cache", "clean"),),
        "insecure_flags": {"strict-ssl": _OFF, "no-strict-ssl": None},
        "config_commands": (("config", "set"), ("set",)),
        "insecure_settings": {"strict-ssl": _OFF},
    },
    "yarn": {
        "programs": ("yarn",),
        "value_flags": (
            "--cwd", "--cache-folder", "--modules-folder", "--network-timeout", "--registry", "--mutex",
            "--global-folder", "--use-yarnrc", "--link-folder",
        ),
        "flags": {
            "frozen-lockfile": ("--frozen-lockfile", "--immutable"),
            "strict-ssl": ("--strict-ssl",),
        },
        "verbs": {
            "install": ("add", "install"),
            "upgrade": ("upgrade", "up"),
            "remove": ("remove",),
            "clean": ("cache",),
        },
        "pins": "at",
        "cache_dirs": ("/usr/local/share/.cache/yarn", "~/.cache/yarn", "~/.yarn/cache"),
        "clean_commands": (("cache", "clean"),),
        "insecure_flags": {"strict-ssl": _OFF},
        "config_commands": (("config", "set"),),
        "insecure_settings": {"strict-ssl": _OFF},
    },
    "pnpm": {
        "programs": ("pnpm",),
        "value_flags": ("-C", "--dir", "-F", "--filter", "--store-dir", "--registry", "--reporter"),
        "flags": {
            "frozen-lockfile": ("--frozen-lockfile",),
            "strict-ssl": ("--strict-ssl",),
        },
        "verbs": {
            "install": ("add", "install", "i"),
            "upgrade": ("update", "up", "upgrade"),
            "remove": ("remove", "rm", "uninstall", "un"),
            "clean": ("store",),
        },
        "pins": "at",
        "cache_dirs": ("~/.local/share/pnpm/store", "~/.pnpm-store", "~/.cache/pnpm", "/pnpm/store"),
        "cache_verbs": ("install", "i", "add", "fetch"),
        "clean_commands": (("store", "prune"),),
        "insecure_flags": {"strict-ssl": _OFF},
        "config_commands": (("config", "set"),),
        "insecure_settings": {"strict-ssl": _OFF},
    },
    "gem": {
        "programs": ("gem",),
        "value_flags": (
            "-v", "--version", "-i", "--install-dir", "-n", "--bindir", "-s", "--source", "-p", "--http-proxy",
            "--platform", "--document", "-g", "--file",
        ),
        "flags": {
            "version": ("-v", "--version"),
            "no-document": ("-N", "--no-document", "--no-ri", "--no-rdoc"),
        },
        "switches": (
            "-f", "--force", "--no-force", "-w", "--wrappers", "--no-wrappers", "--user-install",
            "--no-user-install", "--conservative", "--minimal-deps", "--prerelease", "--pre", "--no-prerelease",
            "-E", "--env-shebang", "--no-env-shebang", "--ignore-dependencies", "--development",
            "--development-all", "-l", "--local", "-r", "--remote", "-b", "--both", "--clear-sources", "--lock",
            "--no-lock", "--suggestions", "--no-suggestions", "--explain", "--default", "--post-install-message",
            "--no-post-install-message", "--vendor", "--norc", "-q", "--quiet", "-V", "--verbose", "--no-verbose",
            "--backtrace", "--debug", "--format-executable", "--no-format-executable", "-u", "--update-sources",
            "--no-update-sources", "--silent", "--system", "--no-http-proxy",
        ),
        "unlisted_options_take_value": True,
        "rest_after_double_dash": True,
        "verbs": {
            "install": ("install", "i"),
            "upgrade": ("update",),
            "remove": ("uninstall",),
            "clean": ("cleanup",),
        },
        "pins": "gem",
        "version_flag": "version",
        "cache_dirs": ("~/.gem", "/usr/local/bundle/cache"),
        "cache_verbs": ("install", "i"),
        "clean_commands": (("cleanup",),),
        "no_cache_flags": ("no-document",),
    },
    "go": {
        "programs": ("go",),
        "single_dash_long": True,
        "value_flags": (
            "-o", "-C", "-p", "-ldflags", "-gcflags", "-asmflags", "-gccgoflags", "-tags", "-mod", "-modfile",
            "-pkgdir", "-toolexec", "-buildmode", "-compiler", "-overlay", "-pgo", "-exec",
        ),
        "verbs": {"install": ("install", "get"), "clean": ("clean",)},
        "run_verbs": ("run",),
        "pins": "go",
        "cache_dirs": ("~/go/pkg/mod", "/go/pkg/mod", "~/.cache/go-build"),
        "cache_verbs": ("build", "get", "install", "test", "mod"),
        "clean_commands": (("clean", "-modcache"), ("clean", "-cache")),
    },
    "cargo": {
        "programs": ("cargo",),
        "value_flags": (
            "--version", "--vers", "--git", "--branch", "--tag", "--rev", "--path", "--root", "--index",
            "--registry", "-j", "--jobs", "--target", "--target-dir", "-F", "--features", "--profile", "--bin",
            "--example", "--config", "-Z", "--color", "-p", "--package", "--manifest-path",
        ),
        "flags": {"version": ("--version", "--vers"), "locked": ("--locked",)},
        "verbs": {"install": ("install",), "upgrade": ("update",), "remove": ("uninstall",), "clean": ("clean",)},
        "pins": "cargo",
        "version_flag": "version",
        "cache_dirs": ("~/.cargo/registry", "/usr/local/cargo/registry"),
        "cache_verbs": ("build", "b", "install", "fetch", "test", "t", "check", "c", "clippy"),
    },
    "composer": {
        "programs": ("composer", "composer.phar"),
        "value_flags": ("-d", "--working-dir"),
        "flags": {"no-dev": ("--no-dev",), "no-interaction": ("-n", "--no-interaction")},
        "verbs": {
            "install": ("install", "require"),
            "upgrade": ("update", "upgrade"),
            "remove": ("remove",),
            "clean": ("clear-cache", "clearcache", "cc"),
        },
        "pins": "composer",
        "cache_dirs": ("~/.composer/cache", "~/.cache/composer"),
        "cache_verbs": ("install", "update", "upgrade", "require"),
        "clean_commands": (("clear-cache",), ("clearcache",), ("cc",)),
    },
    "conda": {
        "programs": ("conda", "mamba", "micromamba"),
        "value_flags": (
            "-n", "--name", "-p", "--prefix", "-c", "--channel", "--file", "--repodata-fn", "--experimental-solver",
            "--solver", "-r", "--root-prefix",
        ),
        "flags": {"yes": ("-y", "--yes"), "all": ("-a", "--all"), "insecure": ("-k", "--insecure")},
        "verbs": {
            "install": ("install", "create"),
            "upgrade": ("update", "upgrade"),
            "remove": ("remove", "uninstall"),
            "clean": ("clean",),
        },
        "pins": "conda",
        "cache_dirs": ("/opt/conda/pkgs", "~/.conda/pkgs", "~/micromamba/pkgs"),
        "clean_commands": (("clean",),),
        "insecure_flags": {"insecure": None},
    },
    "mvn": {
        "programs": ("mvn", "mvnw"),
        "value_flags": (
            "-D", "--define", "-f", "--file", "-s", "--settings", "-gs", "--global-settings", "-t", "--toolchains",
            "-P", "--activate-profiles", "-pl", "--projects", "-rf", "--resume-from", "-T", "--threads", "-l",
            "--log-file", "-b", "--builder",
        ),
        "flags": {"batch-mode": ("-B", "--batch-mode"), "offline": ("-o", "--offline")},
        "cache_dirs": ("~/.m2/repository",),
        "cache_verbs": (
            "install", "compile", "package", "test", "verify", "deploy", "dependency:resolve",
            "dependency:go-offline",
        ),
    },
    "gradle": {
        "programs": ("gradle", "gradlew"),
        "value_flags": ("-p", "--project-dir", "-b", "--build-file", "-c", "--settings-file", "-g",
                        "--gradle-user-home", "-x", "--exclude-task", "-D", "--system-prop", "-P", "--project-prop"),
        "cache_dirs": ("~/.gradle/caches", "~/.gradle/wrapper"),
        "cache_verbs": None,
    },
    "dotnet": {
        "programs": ("dotnet",),
        "subcommand_value_flags": {
            verb: ("-c", "--configuration", "-o", "--output", "-r", "--runtime", "-f", "--framework", "-s",
                   "--source", "--packages", "-v", "--verbosity", "-a", "--arch", "--os", "-p", "--property")
            for verb in ("restore", "build", "publish", "test", "pack", "run")
        },
        "cache_dirs": ("~/.nuget/packages",),
        "cache_verbs": ("restore", "build", "publish", "test"),
    },
    "nuget": {
        "programs": ("nuget", "nuget.exe"),
        "single_dash_long": True,
        "subcommand_value_flags": {
            "restore": ("-PackagesDirectory", "-SolutionDirectory", "-Source", "-ConfigFile", "-Verbosity",
                        "-MSBuildPath", "-MSBuildVersion", "-FallbackSource"),
        },
        "cache_dirs": ("~/.nuget/packages",),
        "cache_verbs": ("restore",),
    },
    "mix": {
        "programs": ("mix",),
        "cache_dirs": ("~/.hex", "~/.mix"),
        "cache_verbs": ("deps.get", "deps.compile", "compile"),
    },
    "bundle": {
        "programs": ("bundle", "bundler"),
        "value_flags": ("--gemfile",),
        "subcommand_value_flags": {
            "install": ("-j", "--jobs", "--path", "--without", "--with", "--retry", "--binstubs", "--shebang",
                        "--target-rbconfig", "--trust-policy"),
            "update": ("-j", "--jobs", "-g", "--group", "--source", "--retry"),
        },
        "cache_dirs": ("/usr/local/bundle/cache", "~/.bundle/cache", "~/.gem"),
        "cache_verbs": ("install", "update"),
    },
    "curl": {
        "programs": ("curl",),
        "value_flags": (
            "-o", "--output", "-H", "--header", "-d", "--data", "--data-raw", "--data-binary", "--data-urlencode",
            "--data-ascii", "-u", "--user", "-X", "--request", "-A", "--user-agent", "-e", "--referer", "-b",
            "--cookie", "-c", "--cookie-jar", "-F", "--form", "--form-string", "-m", "--max-time", "-w",
            "--write-out", "-x", "--proxy", "-T", "--upload-file", "-r", "--range", "-C", "--continue-at", "-E",
            "--cert", "--cacert", "--capath", "--key", "--connect-timeout", "--retry", "--retry-delay",
            "--retry-max-time", "--url", "--resolve", "-K", "--config", "-z", "--time-cond", "--limit-rate",
            "-Y", "--speed-limit", "-y", "--speed-time", "--max-redirs", "--proto", "--proto-redir",
            "--output-dir", "--interface", "--dns-servers", "--ciphers", "-P", "--ftp-port", "-Q", "--quote",
            "-t", "--telnet-option", "--netrc-file", "--local-port", "--pinnedpubkey", "--noproxy",
            "--oauth2-bearer", "--connect-to", "--max-filesize", "--cert-type", "--key-type", "--proxy-user",
            "-U", "--compressed-ssh", "--variable", "--expand-url", "--json", "--aws-sigv4", "--hostpubsha256",
        ),
        "flags": {
            "insecure": ("-k", "--insecure"),
            "proxy-insecure": ("--proxy-insecure",),
            "doh-insecure": ("--doh-insecure",),
            "output": ("-o", "--output"),
        },
        "insecure_flags": {"insecure": None, "proxy-insecure": None, "doh-insecure": None},
    },
    "wget": {
        "programs": ("wget",),
        "value_flags": (
            "-O", "--output-document", "-o", "--output-file", "-a", "--append-output", "-P", "--directory-prefix",
            "-t", "--tries", "-T", "--timeout", "-U", "--user-agent", "--header", "--user", "--password", "-e",
            "--execute", "-i", "--input-file", "-B", "--base", "-w", "--wait", "--post-data", "--post-file",
            "--method", "--body-data", "-Q", "--quota", "-l", "--level", "-A", "--accept", "-R", "--reject",
            "-D", "--domains", "--ca-certificate", "--certificate", "--private-key", "--limit-rate", "--referer",
            "--progress",
        ),
        "whole_short_options": ("-nv", "-nc", "-nd", "-nH", "-np"),
        "flags": {
            "no-check-certificate": ("--no-check-certificate",),
            "output-document": ("-O", "--output-document"),
            "output-file": ("-o", "--output-file"),
            "append-output": ("-a", "--append-output"),
            "quiet": ("-q", "--quiet"),
            "no-verbose": ("-nv", "--no-verbose"),
            "progress": ("--progress",),
        },
        "insecure_flags": {"no-check-certificate": None},
    },
    "git": {
        "programs": ("git",),
        "value_flags": ("-c", "-C", "--git-dir", "--work-tree", "--namespace", "--config-env"),
        "subcommand_value_flags": {
            "clone": (
                "-b", "--branch", "--depth", "-o", "--origin", "--config", "--reference", "--separate-git-dir",
                "-j", "--jobs", "--filter", "--shallow-since", "--shallow-exclude", "--template", "-u",
                "--upload-pack",
            ),
            "fetch": ("--depth", "--shallow-since", "-j", "--jobs", "--filter"),
            "checkout": ("-b", "-B"),
            "config": ("-f", "--file", "--type", "--blob"),
        },
        "flags": {"config": ("-c", "--config")},
        "insecure_flags": {"config": ("http.sslverify=false", "http.sslverify=0", "http.sslverify=no",
                                      "http.sslverify=off")},
        "config_commands": (("config",),),
        "insecure_settings": {"http.sslverify": _OFF},
    },
    "useradd": {
        "programs": ("useradd",),
        "value_flags": (
            "-u", "--uid", "-g", "--gid", "-G", "--groups", "-d", "--home-dir", "-s", "--shell", "-c", "--comment",
            "-e", "--expiredate", "-f", "--inactive", "-k", "--skel", "-K", "--key", "-p", "--password", "-R",
            "--root", "-P", "--prefix", "-b", "--base-dir", "-Z", "--selinux-user", "--btrfs-subvolume-home",
        ),
        "flags": {"uid": ("-u", "--uid"), "no-log-init": ("-l", "--no-log-init")},
    },
    "tar": {
        "programs": ("tar", "bsdtar", "gtar"),
        "value_flags": (
            "-f", "--file", "-C", "--directory", "-T", "--files-from", "-X", "--exclude-from", "-b",
            "--blocking-factor", "-I", "--use-compress-program", "-H", "--format", "--owner", "--group",
            "--mode", "--mtime", "--exclude", "-K", "--starting-file", "-N", "--newer", "-V", "--label",
        ),
        "flags": {"extract": ("-x", "--extract", "--get"), "file": ("-f", "--file")},
    },
    "ln": {
        "programs": ("ln",),
        "value_flags": ("-t", "--target-directory", "-S", "--suffix"),
        "flags": {"target-directory": ("-t", "--target-directory")},
    },
}
