"""Crash-safe JSON files: a checkpoint is either the old version or the new one, never half.

Write to a temporary file in the same directory, fsync it, `os.replace` it over the target
(atomic on POSIX and Windows), then fsync the directory so the rename itself survives a crash.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any


def write_json_atomic(path: Path, data: Any) -> None:
    """Replace `path` with `data` as JSON, atomically and durably."""
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    directory.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, indent=2, sort_keys=True, default=str)
            handle.write("\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    _fsync_dir(directory)


def _fsync_dir(directory: Path) -> None:
    """Persist the rename; not possible (nor needed) on every platform."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


#: Checkpoints and journals are small; anything bigger than this is not one of ours.
MAX_STATE_BYTES = 16 * 1024 * 1024


class UnreadableFile(Exception):
    """A state file that cannot be read as text or JSON; the message is one line, no path."""


def read_text(path: Path, max_bytes: int = MAX_STATE_BYTES) -> str:
    """The UTF-8 text of a state file; `UnreadableFile` says why not (never a traceback)."""
    try:
        with Path(path).open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise UnreadableFile("no such file") from None
    except IsADirectoryError:
        raise UnreadableFile("is a directory") from None
    except OSError as exc:
        raise UnreadableFile(f"cannot read ({exc.strerror or type(exc).__name__})") from None
    if len(data) > max_bytes:
        raise UnreadableFile(f"larger than {max_bytes // (1024 * 1024)} MiB")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise UnreadableFile(f"line {line} is not UTF-8 text") from None


def read_json(path: Path, max_bytes: int = MAX_STATE_BYTES) -> Any:
    """The JSON document in a state file; `UnreadableFile` if it is not one."""
    text = read_text(path, max_bytes)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise UnreadableFile(f"not JSON (line {exc.lineno}: {exc.msg})") from None
    except (ValueError, RecursionError):
        raise UnreadableFile("not JSON (a number too long or nesting too deep)") from None
