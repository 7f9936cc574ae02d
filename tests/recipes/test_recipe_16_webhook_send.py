"""Recipe 16: one record and batches into a webhook source, with processed counts."""

from __future__ import annotations

from typing import Any

import pytest

from nexla_api import AuthenticationError, WebhookClient
from nexla_recipes._config import ConfigError
from nexla_recipes.samples import fetch_samples
from nexla_recipes.sources import create_source
from nexla_recipes.webhook_send import read_jsonl, send_many, send_one
from nexla_sandbox.testing import SandboxServer

from .recipes_support import FAST_RETRY, client_for


def webhook(sandbox: SandboxServer) -> tuple[int, str, str]:
    client = client_for(sandbox)
    source_id = create_source(client, name="events", source_type="nexla_rest")
    [key] = next(d for d in sandbox.admin.dump("data_sources") if d["id"] == source_id)["api_keys"]
    return source_id, str(key["url"]), str(key["api_key"])


def test_send_one_and_many_count_processed(sandbox: SandboxServer) -> None:
    _, url, key = webhook(sandbox)
    with WebhookClient(url, key, retry=FAST_RETRY) as hook:
        one = send_one(hook, {"event": "user_signup", "user_id": 42})
        assert (one.sent, one.processed, one.requests) == (1, 1, 1)
        [dataset_id] = one.dataset_ids
        events: list[str] = []
        records: list[dict[str, Any]] = [{"event": "page_view", "n": i} for i in range(5)]
        many = send_many(hook, records, batch_size=2, progress=lambda p: events.append(p.message))
    assert (many.sent, many.processed, many.requests) == (5, 5, 3)
    assert many.all_processed and many.dataset_ids == [dataset_id]
    assert events[-1] == "batch 3: 1/1 processed"
    got = fetch_samples(client_for(sandbox), dataset_id, count=6)
    assert got == [{"event": "user_signup", "user_id": 42}, *records]


def test_wrong_key_is_an_authentication_error_without_the_key(sandbox: SandboxServer) -> None:
    _, url, _ = webhook(sandbox)
    with (
        WebhookClient(url, "wrong-key-123", retry=FAST_RETRY) as hook,
        pytest.raises(AuthenticationError) as caught,
    ):
        send_one(hook, {"x": 1})
    assert "wrong-key-123" not in caught.value.summary()


def test_jsonl_reading(tmp_path: Any) -> None:
    good = tmp_path / "r.jsonl"
    good.write_text('{"a": 1}\n\n{"a": 2}\n', encoding="utf-8")
    assert read_jsonl(good) == [{"a": 1}, {"a": 2}]
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"a": 1}\n[1]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="line 2: expected a JSON object"):
        read_jsonl(bad)
    deep = tmp_path / "deep.jsonl"
    deep.write_text("[" * 100_000 + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="line 1: nested too deeply"):
        read_jsonl(deep)
    latin = tmp_path / "latin.jsonl"
    latin.write_bytes(b'{"name": "caf\xe9"}\n')
    with pytest.raises(ConfigError, match="line 1: is not UTF-8 text"):
        read_jsonl(latin)


def test_the_webhook_url_is_kept_out_of_logs_errors_and_reprs(
    sandbox: SandboxServer, caplog: pytest.LogCaptureFixture
) -> None:
    import logging

    _, url, key = webhook(sandbox)
    with caplog.at_level(logging.DEBUG), WebhookClient(url, key, retry=FAST_RETRY) as hook:
        send_one(hook, {"x": 1})
        assert url not in repr(hook)
    with WebhookClient(url + "-gone", key, retry=FAST_RETRY) as missing:
        with pytest.raises(Exception) as failed:  # noqa: B017 - any typed error; text checked
            send_one(missing, {"x": 1})
    path = url.split("://", 1)[1].split("/", 1)[1]
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "HTTP Request: POST" in logged
    for text in (logged, str(failed.value)):
        assert url not in text and path not in text and key not in text
