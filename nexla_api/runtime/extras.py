"""Whether an optional part of the nexla-api distribution (`[recipes]`, `[sandbox]`) is installed.

`pip install nexla-api` gives the binding only; the `nexla-recipes` and `nexla-sandbox` commands
are installed with it but need their extra. They call `missing_extra_message` first, so a user
without the extra reads one line saying what to install instead of an import traceback.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from importlib import metadata

DISTRIBUTION = "nexla-api"

_NAME = re.compile(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)")
# Only requirements whose whole marker is `extra == "..."` are checked: one that also depends
# on the platform (`uvloop; sys_platform != "win32"`) may rightly be absent.
_EXTRA = re.compile(r"""\s*extra\s*==\s*["']([^"']+)["']\s*""")


def _installed(name: str) -> bool:
    try:
        metadata.version(name)
    except metadata.PackageNotFoundError:
        return False
    return True


def missing_for_extra(
    extra: str,
    requires: Iterable[str] | None = None,
    installed: Callable[[str], bool] = _installed,
) -> list[str]:
    """Distributions that `nexla-api[extra]` requires and that are not installed.

    `requires` defaults to the installed distribution's metadata; when nexla-api itself is
    not installed (running from a source checkout) there is nothing to check against.
    """
    if requires is None:
        try:
            requires = metadata.requires(DISTRIBUTION) or []
        except metadata.PackageNotFoundError:
            return []
    missing = []
    for requirement in requires:
        spec, _, marker = requirement.partition(";")
        name = _NAME.match(spec)
        only_extra = _EXTRA.fullmatch(marker)
        if name and only_extra and only_extra.group(1) == extra and not installed(name.group(1)):
            missing.append(name.group(1))
    return missing


def missing_extra_message(extra: str, command: str, missing: list[str] | None = None) -> str | None:
    """One line telling how to install `extra` for `command`, or None when it is installed."""
    if missing is None:
        missing = missing_for_extra(extra)
    if not missing:
        return None
    return (
        f"{command}: needs nexla-api[{extra}] (missing: {', '.join(missing)}); "
        f"install it with: pip install 'nexla-api[{extra}]'"
    )
