"""The sandbox's JSON codec gives exactly what the standard library gives, only faster."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nexla_sandbox import codec
from nexla_sandbox.store import Store

DOCUMENTS: list[Any] = [
    {"id": 7, "name": "orders", "tags": ["a", "ü"], "config": {"x": None, "y": 1.5}},
    {"big": 123456789012345678901234567890, "negative": -(2**70)},
    {"edge": 2**63 - 1, "low": -(2**63)},
    [0.1, 1e-7, 12345678.9, True, False, None, ""],
]


@pytest.mark.parametrize("document", DOCUMENTS)
def test_round_trip_matches_the_standard_library(document: Any) -> None:
    encoded = codec.dumps(document, sort_keys=True)
    assert json.loads(encoded) == document
    assert codec.loads(encoded) == document
    assert codec.loads(encoded.decode()) == json.loads(encoded)


def test_integers_beyond_64_bits_stay_exact_integers() -> None:
    value = codec.loads(b'{"n": 98765432109876543210}')["n"]
    assert isinstance(value, int) and value == 98765432109876543210


def test_keys_are_sorted_and_non_string_keys_become_strings() -> None:
    assert codec.dumps({"b": 1, "a": 2}, sort_keys=True) == b'{"a":2,"b":1}'
    assert json.loads(codec.dumps({1: "x"})) == {"1": "x"}


def test_malformed_input_raises_value_error() -> None:
    with pytest.raises(ValueError):
        codec.loads(b"{not json")


@given(st.binary(max_size=200) | st.from_regex(rb"[0-9a ,\[\]]{0,60}", fullmatch=True))
def test_long_number_check_agrees_with_a_regex_scan(data: bytes) -> None:
    assert codec.has_long_number(data) == (re.search(rb"[0-9]{19}", data) is not None)


def test_a_kind_read_at_once_keeps_a_long_integer_exact() -> None:
    store = Store()
    store.put("data_sources", {"id": 1, "name": "a"})
    store.put("data_sources", {"id": 2, "counter": 98765432109876543210})
    docs = store.all("data_sources")
    assert [d["id"] for d in docs] == [1, 2]
    assert isinstance(docs[1]["counter"], int) and docs[1]["counter"] == 98765432109876543210
