"""Property: whatever a journal file holds (random bytes, random JSON shapes, real records
with fields of random types), reading it and rolling it back never end in a traceback; a
journal the reader refuses is one line and costs no server call."""

from __future__ import annotations

import hashlib
import json
import tempfile
from pathlib import Path
from typing import Any

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nexla_api import NexlaClient, NexlaError
from nexla_recipes._journal import JournalError
from nexla_recipes.deploy import EVENTS, STEPS, read_journal, rollback

FIELDS = [
    "v",
    "seq",
    "at",
    "event",
    "step",
    "name",
    "id",
    "preexisting",
    "nexset_id",
    "credential_id",
    "flow_id",
    "origin_node_id",
    "action",
    "kind",
    "config_file",
    "config_sha256",
    "status",
    "error",
    "reconciled",
]
BEGIN = {
    "v": 1,
    "seq": 1,
    "at": 1.0,
    "event": "deploy.begin",
    "name": "orders-flow",
    "config_file": "flow.yaml",
    "config_sha256": hashlib.sha256(b"x").hexdigest(),
}

scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=12)
)
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner),
    max_leaves=8,
)
# values a real journal holds, so random records are often almost valid
plausible = st.one_of(
    st.sampled_from(EVENTS),
    st.sampled_from([s.name for s in STEPS]),
    st.sampled_from(["delete", "pause", "sources", "flows", "nexsets", BEGIN["config_sha256"]]),
    st.integers(min_value=1, max_value=5),
    st.lists(st.integers(min_value=1, max_value=5), max_size=2),
    json_values,
)
records = st.dictionaries(st.sampled_from(FIELDS), plausible, max_size=9).map(
    lambda r: {"v": 1, "seq": 2, **r}
)
ids = st.integers(min_value=1, max_value=5)
# records of the right types in any combination: the reader accepts many of them, so
# rollback runs on journals that are well-formed but say odd things
typed = st.fixed_dictionaries(
    {"v": st.just(1), "seq": ids, "event": st.sampled_from(EVENTS)},
    optional={
        "step": st.sampled_from([s.name for s in STEPS]),
        "name": st.text(max_size=8),
        "id": ids,
        "preexisting": st.lists(ids, max_size=2),
        "nexset_id": ids,
        "credential_id": ids,
        "flow_id": ids,
        "origin_node_id": st.none() | ids,
        "action": st.sampled_from(["pause", "delete"]),
        "kind": st.sampled_from(["flows", "credentials", "sources", "nexsets", "destinations"]),
        "config_file": st.text(max_size=5),
        "config_sha256": st.just(BEGIN["config_sha256"]),
    },
)
journals = st.tuples(
    st.booleans(),  # starts with a valid deploy.begin
    st.lists(st.one_of(typed, typed, records, json_values), max_size=8),
    st.sampled_from(["", "\n", '\n{"event": "step.do']),  # tail: none, newline, torn write
)


class NoServer(httpx.BaseTransport):
    """Answers 404 to everything and counts requests."""

    def __init__(self) -> None:
        self.calls = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        return httpx.Response(404, json={"message": "Not found", "status": 404})


def _check(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "j.jsonl"
        path.write_bytes(data)
        try:
            entries = read_journal(path)
        except JournalError as exc:
            assert "\n" not in str(exc) and str(path) in str(exc)
            valid = False
        else:
            assert entries and entries[0]["event"] == "deploy.begin"
            assert all(isinstance(e, dict) for e in entries)
            valid = True
        transport = NoServer()
        client = NexlaClient(
            access_token="tok-property-test", base_url="http://127.0.0.1:9", transport=transport
        )
        try:
            rollback(client, path)
        except JournalError as exc:
            assert not valid and "\n" not in str(exc)
        except NexlaError:
            assert valid  # the mock's 404s: a typed API error, never a Python one
        if not valid:
            assert transport.calls == 0


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_random_bytes(data: bytes) -> None:
    _check(data)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(journals)
def test_random_shapes(journal: tuple[bool, list[Any], str]) -> None:
    begin, lines, tail = journal
    items = ([BEGIN] if begin else []) + lines
    text = "\n".join(json.dumps(item) for item in items) + tail
    _check(text.encode())
