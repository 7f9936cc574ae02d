"""What every command shares: options, .env loading, the client, output, errors and exit codes.

Commands are plain functions `handler(args) -> Outcome` registered with `add_command`, which
wraps them in `command()`: that wrapper loads the env file, turns on `--verbose` logging,
prints the outcome (the JSON document alone on stdout with `--json`), maps every failure a
user can meet to one `error: ...` line and picks the exit code:

    0    success
    1    any error (bad flags, bad input files, failed API calls, failed workflows)
    2    the check found something (drift, unhealthy resources, invalid samples)
    130  interrupted (Ctrl-C); what was done so far is printed first
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nexla_api import ConfigurationError, NexlaClient, NexlaError

from .._config import ConfigError, load_env_values
from .._connectors import ConnectorConfigProblems
from .._journal import JournalError
from .._wait import WaitTimeout
from ..async_task import UnknownTaskType
from ..deploy import DeployError
from ..rotate import RotationError

OK, ERROR, FOUND, INTERRUPTED = 0, 1, 2, 130

#: Failures that are the user's input or the service's answer: one line, exit 1.
USER_ERRORS: tuple[type[Exception], ...] = (
    ConfigError,
    JournalError,
    WaitTimeout,
    UnknownTaskType,
    DeployError,
    RotationError,
)

#: Variables the client reads; the env file may set only these.
NEXLA_VARIABLES = ("NEXLA_SERVICE_KEY", "NEXLA_ACCESS_TOKEN", "NEXLA_API_URL")
_KEYS = ("NEXLA_SERVICE_KEY", "NEXLA_ACCESS_TOKEN")
DEFAULT_ENV_FILE = ".env"


class CliError(Exception):
    """A problem with the command line or its inputs, reported as one `error:` line."""


@dataclass
class Outcome:
    """What a command produced: `document` is printed with --json, `text` otherwise."""

    text: str | None = None
    document: Any = None
    code: int = OK
    #: Written to stderr after the output (e.g. "interrupted; resume with ...").
    notes: list[str] = field(default_factory=list)


Handler = Callable[[argparse.Namespace], Outcome]


class ArgumentParser(argparse.ArgumentParser):
    """argparse with exit code 1 for usage errors (2 means "the check found something")."""

    def error(self, message: str) -> Any:
        self.print_usage(sys.stderr)
        self.exit(ERROR, f"error: {message}\n")


def add_common_options(parser: argparse.ArgumentParser, *, top_level: bool) -> None:
    """--env-file and -v/--verbose, accepted before and after the subcommand.

    On subcommands the default is SUPPRESS so an option given before the subcommand is not
    overwritten by the subcommand's default.
    """
    default: Any = None if top_level else argparse.SUPPRESS
    parser.add_argument(
        "--env-file",
        default=default,
        metavar="FILE",
        help="read NEXLA_* settings from FILE (default: ./.env if it exists); "
        "the real environment wins",
    )
    parser.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        default=False if top_level else argparse.SUPPRESS,
        help="show retries and token renewals (nexla_api log, redacted) and one line per item",
    )


def add_command(
    subparsers: Any, name: str, handler: Handler, *, json_option: bool = True, **kwargs: Any
) -> argparse.ArgumentParser:
    """A subcommand parser whose handler runs inside `command()`."""
    parser: argparse.ArgumentParser = subparsers.add_parser(name, **kwargs)
    add_common_options(parser, top_level=False)
    if json_option:
        parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.set_defaults(handler=command(handler))
    return parser


def add_type_option(
    parser: argparse.ArgumentParser,
    allowed: Sequence[str],
    *flags: str,
    dest: str = "kind",
) -> None:
    """A required resource-type option taking any word of the vocabulary (see --help)."""
    from ..kinds import type_option

    parser.add_argument(
        *(flags or ("--type",)),
        dest=dest,
        type=type_option(allowed),
        required=True,
        metavar="TYPE",
        help=f"one of {', '.join(allowed)} (or an alias)",
    )


def read_env_file(path: Path) -> dict[str, str]:
    """The NEXLA_* settings of a dotenv file (quotes, comments and `export` understood)."""
    return load_env_values(path, keep=NEXLA_VARIABLES)


def load_env_file(
    named: str | None, environ: dict[str, str] | os._Environ[str] = os.environ
) -> str | None:
    """Apply the env file to `environ` (the real environment wins); a note on what was read.

    A named file must exist; the default `.env` is optional. A file may not point
    NEXLA_API_URL somewhere while the key comes from the real environment: that would send
    the user's key to a URL a file in the working directory chose.
    """
    path = Path(named if named is not None else DEFAULT_ENV_FILE)
    if not path.exists():
        if named is not None:
            raise CliError(f"{named}: env file not found (check --env-file)")
        return None
    values = read_env_file(path)
    taken = {k: v for k, v in values.items() if not environ.get(k, "").strip()}
    url_from_file = "NEXLA_API_URL" in taken
    key_from_env = [k for k in _KEYS if environ.get(k, "").strip() and k not in values]
    if url_from_file and key_from_env and not any(k in taken for k in _KEYS):
        raise CliError(
            f"{path} sets NEXLA_API_URL but {key_from_env[0]} comes from the environment; "
            f"refusing to send that key to a URL chosen by {path} (put the key in the same "
            "file, or set NEXLA_API_URL in the environment)"
        )
    for key, value in taken.items():
        environ[key] = value
    if not taken:
        return None
    return f"settings from {path}: {', '.join(sorted(taken))}"


def client_from_env() -> NexlaClient:
    return NexlaClient.from_env()


def client_from_env_file(path: str) -> NexlaClient:
    """A client for another instance, configured only from an env file."""
    values = read_env_file(Path(path)) if Path(path).exists() else None
    if values is None:
        raise CliError(f"{path}: file not found (give an env file with NEXLA_SERVICE_KEY)")
    try:
        return NexlaClient.from_env(env=values)
    except NexlaError as exc:
        raise CliError(f"{path}: {exc.message}") from None


def env_file_args(args: argparse.Namespace) -> list[str]:
    """`--env-file FILE` as given, for the resume commands a command prints."""
    named = getattr(args, "env_file", None)
    return ["--env-file", named] if named else []


def print_json(data: Any) -> None:
    print(json.dumps(data, indent=2, sort_keys=True, default=str))


def error_line(message: str) -> None:
    """One clear line on stderr — never a traceback."""
    print(f"error: {message}", file=sys.stderr)


@contextmanager
def verbose_logging(enabled: bool) -> Iterator[None]:
    """With -v: the `nexla_api` INFO log (retries, token renewals) on stderr, redacted."""
    if not enabled:
        yield
        return
    from nexla_api.runtime.logs import install_log_redaction

    install_log_redaction()
    logger = logging.getLogger("nexla_api")
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("nexla_api: %(message)s"))
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


def wants_json(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "json", False))


def command(handler: Handler) -> Callable[[argparse.Namespace], int]:
    """Run `handler` with the shared set-up, output, error mapping and exit codes."""

    def run(args: argparse.Namespace) -> int:
        try:
            note = load_env_file(getattr(args, "env_file", None))
            if note:
                print(note, file=sys.stderr)
            with verbose_logging(getattr(args, "verbose", False)):
                outcome = handler(args)
        except KeyboardInterrupt:
            error_line("interrupted")
            return INTERRUPTED
        except CliError as exc:
            error_line(str(exc))
            return ERROR
        except ConnectorConfigProblems as exc:
            for line in exc.lines():
                error_line(line)
            return ERROR
        except USER_ERRORS as exc:
            error_line(str(exc))
            return ERROR
        except ConfigurationError as exc:  # no request was made: the message says it all
            error_line(exc.message)
            return ERROR
        except NexlaError as exc:
            error_line(exc.summary())
            return ERROR
        try:
            if wants_json(args) and outcome.document is not None:
                print_json(outcome.document)
            elif outcome.text is not None:
                print(outcome.text, end="" if outcome.text.endswith("\n") else "\n")
            sys.stdout.flush()
        except BrokenPipeError:  # `... | head`: the reader left; stop quietly
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return ERROR
        for line in outcome.notes:
            print(line, file=sys.stderr)
        return outcome.code

    return run
