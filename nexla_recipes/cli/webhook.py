"""`webhook send`: push one record or a JSONL file to a webhook source.

The API key is read from the environment variable named by `--api-key-env`, never from the
command line (where it would land in shell history and process listings).
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import Any

from nexla_api import WebhookClient

from ..webhook_send import read_jsonl, send_many, send_one
from .common import FOUND, OK, CliError, Outcome, add_command


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("webhook", help="send records to a webhook source")
    sub = p.add_subparsers(dest="webhook_command", required=True, metavar="ACTION")
    s = add_command(
        sub, "send", handle, help="send one record (--record) or many (--file records.jsonl)"
    )
    s.add_argument("--url", required=True, help="the webhook URL from the source's settings")
    s.add_argument(
        "--api-key-env", required=True, metavar="VAR", help="environment variable with the key"
    )
    what = s.add_mutually_exclusive_group(required=True)
    what.add_argument("--record", help="one record as a JSON object")
    what.add_argument("--file", type=Path, help="JSON Lines file, one record per line")
    s.add_argument("--batch-size", type=int, default=500, help="records per request (--file)")


def handle(args: argparse.Namespace) -> Outcome:
    key = os.environ.get(args.api_key_env, "").strip()
    if not key:
        raise CliError(f"environment variable {args.api_key_env} is not set (it holds the API key)")
    if args.batch_size < 1:
        raise CliError("--batch-size must be at least 1")
    records = None
    try:
        if args.record is not None:
            record = json.loads(args.record)
            if not isinstance(record, dict):
                raise CliError("--record must be a JSON object")
        else:
            records = read_jsonl(args.file)
            if not records:
                raise CliError(f"{args.file}: no records")
    except json.JSONDecodeError as exc:
        raise CliError(f"--record is not valid JSON: {exc.msg}") from None
    except RecursionError:
        raise CliError("--record is nested too deeply") from None
    except ValueError as exc:
        raise CliError(str(exc)) from None
    try:
        with WebhookClient(args.url, key) as hook:
            if records is None:
                report = send_one(hook, record)
            else:
                report = send_many(hook, records, batch_size=args.batch_size)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    into = ", ".join(str(i) for i in report.dataset_ids) or "?"
    text = (
        f"sent {report.sent} record(s) in {report.requests} request(s); "
        f"{report.processed} processed into nexset {into}"
    )
    return Outcome(text, report.to_dict(), OK if report.all_processed else FOUND)
