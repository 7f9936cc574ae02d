"""Property: whatever a rotation's checkpoint file holds (random bytes, records of random
shapes, well-typed records saying odd things), reading it gives the rotation's state or one
`RotationError` line, never a traceback."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nexla_recipes.rotate import RotationError, load_checkpoint

PLAN = {
    "tag": "env:prod",
    "credentials_type": "postgres",
    "new_credential_name": "pg-2025",
    "old_credential_ids": [3],
    "flows": [
        {
            "flow_id": 7,
            "dependents": [{"kind": "source", "id": 5, "name": "s", "old_credential_id": 3}],
        },
        {
            "flow_id": None,
            "dependents": [{"kind": "destination", "id": 6, "name": "d", "old_credential_id": 3}],
        },
    ],
    "skipped": [],
}
BEGIN = {"v": 1, "seq": 1, "event": "rotation.begin", "tag": "env:prod", "fingerprint": "f" * 16}
STEPS = [
    "credential.create",
    "credential.probe",
    "flow.check",
    "flow.pause",
    "dependent.repoint",
    "flow.activate",
    "flow.verify",
    "credential.retire",
]
EVENTS = ["rotation.begin", "rotation.end", "step.started", "step.done", "undo.done"]

small = st.integers(min_value=0, max_value=8)
scalars = st.none() | st.booleans() | small | st.text(max_size=6)
typed = st.fixed_dictionaries(
    {
        "v": st.just(1),
        "seq": st.integers(min_value=1, max_value=8),
        "event": st.sampled_from(EVENTS),
    },
    optional={
        "step": st.sampled_from(STEPS),
        "id": st.integers(min_value=1, max_value=8),
        "name": st.text(max_size=6),
        "flow": small,
        "flow_id": st.none() | st.sampled_from([7, 8]),
        "was_active": st.booleans(),
        "dependent": st.sampled_from(["5s", "6d", "5d", "9s"]),
        "outcome": st.sampled_from(["repointed", "already_repointed", "kept", "x"]),
        "tag": st.text(max_size=4),
        "fingerprint": st.text(max_size=4),
        "plan": st.just(PLAN) | st.dictionaries(st.text(max_size=4), scalars, max_size=3),
    },
)
shapes = st.dictionaries(
    st.sampled_from(["v", "seq", "event", "step", "id", "flow", "flow_id", "dependent"]),
    scalars | st.sampled_from(EVENTS + STEPS),
    max_size=6,
)


def _check(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "cp.json"
        path.write_bytes(data)
        try:
            state = load_checkpoint(path)
        except RotationError as exc:
            assert "\n" not in str(exc) and str(path) in str(exc)
        else:
            assert state["plan"]["tag"] == state["tag"]
            assert len(state["flows"]) == len(state["plan"]["flows"])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=300))
def test_random_bytes(data: bytes) -> None:
    _check(data)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.booleans(),
    st.lists(st.one_of(typed, typed, shapes), max_size=8),
    st.sampled_from(["", "\n", '\n{"event": "step.do']),
)
def test_random_records(valid_begin: bool, lines: list[Any], tail: str) -> None:
    items = ([{**BEGIN, "plan": PLAN}] if valid_begin else []) + lines
    _check(("\n".join(json.dumps(item) for item in items) + tail).encode())
