"""A large reply is parsed with the cyclic garbage collector paused, and its models then join
the collector's oldest generation; the application's own collector settings are left as
they were."""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator

import httpx
import pytest

from nexla_api import NO_RETRIES, NexlaClient
from nexla_api.api.sources import get_data_sources
from nexla_api.models import DataSource
from nexla_api.runtime.parsing import LARGE_REPLY_BYTES

SOURCES = [
    {
        "id": i,
        "name": f"source-{i:05d}",
        "status": "ACTIVE",
        "source_type": "s3",
        "owner": {"id": 1, "full_name": "Ada", "email": "ada@example.com"},
        "source_config": {"path": f"bucket/in/{i}/"},
    }
    for i in range(1, 1001)
]
BODY = json.dumps(SOURCES).encode()


def _client() -> NexlaClient:
    return NexlaClient(
        access_token="t",
        base_url="http://127.0.0.1/nexla-api",
        transport=httpx.MockTransport(lambda request: httpx.Response(200, content=BODY)),
        retry=NO_RETRIES,
        env={},
    )


def _generation_of(obj: object) -> int | None:
    for generation in range(3):
        if any(o is obj for o in gc.get_objects(generation)):
            return generation
    return None


@pytest.fixture(autouse=True)
def _collector_restored() -> Iterator[None]:
    enabled = gc.isenabled()
    yield
    gc.unfreeze()
    if enabled:
        gc.enable()
    else:
        gc.disable()


def test_a_large_reply_parses_and_its_models_join_the_oldest_generation() -> None:
    assert len(BODY) > LARGE_REPLY_BYTES
    gc.enable()
    sources = get_data_sources.sync(client=_client())
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0
    assert [s.id for s in sources] == list(range(1, 1001))
    assert all(isinstance(s, DataSource) and s.owner is not None for s in sources)
    assert _generation_of(sources[0]) == 2
    assert _generation_of(sources[-1].owner) == 2


def test_objects_the_application_froze_stay_frozen() -> None:
    gc.enable()
    kept = {"frozen": ["by", "the", "application"]}
    gc.freeze()
    assert gc.is_tracked(kept) and _generation_of(kept) is None
    sources = get_data_sources.sync(client=_client())
    assert gc.isenabled()
    assert gc.is_tracked(kept) and _generation_of(kept) is None
    assert _generation_of(sources[0]) in (0, 1)


def test_a_collector_the_application_turned_off_stays_off() -> None:
    gc.disable()
    sources = get_data_sources.sync(client=_client())
    assert len(sources) == 1000
    assert not gc.isenabled()
