"""Cross-check the sandbox against the official Python SDK's own models (`nox -s crosscheck`).

A seeded sandbox runs in-process on 127.0.0.1. Every operation of our spec whose official
SDK method parses its reply into a pydantic model is called once (creates first, then
reads, then changes, then removals), and each reply is validated with that model. Known
defects of the SDK's models are listed once each in `SDK_DEFECTS`, with the reason;
a failure one of them explains is expected, anything else fails the run. Every reply also
goes through our generated parser, and a field that lands in a model's
`additional_properties` (a field the sandbox sends that the spec does not declare) fails
the run too. Exit status 0 only when nothing unexpected happened.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import json
import re
import sys
import time
import typing
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx

from generator.spec import Operation, bundle, iter_operations, resolve
from nexla_sandbox.testing import SandboxServer
from tests.support.examples import example

Doc = dict[str, Any]
ORG_ID = 1
OWNER_ID = 1
TEAMMATE_ID = 2


@dataclass(frozen=True)
class Defect:
    """A known defect of an SDK model: which replies it breaks and why."""

    reason: str
    operations: frozenset[str] = frozenset()
    models: frozenset[str] = frozenset()
    error: str = ""  # a regex over one SDK error ("loc: type"); empty: any error

    def explains(self, operation_id: str, model: str, error: str) -> bool:
        if self.operations and operation_id not in self.operations:
            return False
        if self.models and model not in self.models:
            return False
        return not self.error or re.search(self.error, error) is not None


SDK_DEFECTS: dict[str, Defect] = {
    "project-flows-reply": Defect(
        "the SDK reads an array of project flow links; the official reference answers with "
        "the flows object (FlowsMany), which the sandbox sends",
        operations=frozenset(
            {"add_project_flows", "replace_project_flows", "remove_project_flows"}
        ),
        models=frozenset({"ProjectDataFlow"}),
    ),
    "access-roles-as-dict": Defect(
        "the SDK types `access_roles` of code containers and (attribute) transforms as a "
        "dict; the official reference, and every other resource, send a list of roles",
        models=frozenset({"CodeContainer", "Transform", "AttributeTransform"}),
        error=r"^access_roles: dict_type$",
    ),
    "code-container-code-as-operations": Defect(
        "the SDK types CodeContainer.code as a list of transform operations only; the "
        "official reference's code is a string (python, javascript) or that list",
        models=frozenset({"CodeContainer"}),
        error=r"^code: list_type$",
    ),
}


# -- the SDK side -----------------------------------------------------------------------
def _sdk_models(annotation: Any) -> list[type[Any]]:
    import pydantic

    if isinstance(annotation, type) and issubclass(annotation, pydantic.BaseModel):
        return [annotation]
    return [m for arg in typing.get_args(annotation) for m in _sdk_models(arg)]


@dataclass(frozen=True)
class SdkParse:
    method: str
    models: tuple[type[Any], ...]

    def model_for(self, item: Any) -> type[Any]:
        if len(self.models) > 1 and isinstance(item, dict):
            # The accessor union: the entry's `type` names the model.
            for model in self.models:
                default = getattr(model, "model_fields", {}).get("type")
                if default is not None and default.default == item.get("type"):
                    return model
        return self.models[0]


def sdk_parses(doc: Doc) -> dict[str, SdkParse]:
    """Our operation id -> the model(s) the SDK method named in `x-nexla-source` parses."""
    from nexla_sdk import NexlaClient

    client = NexlaClient(access_token="crosscheck", base_url="http://127.0.0.1:9")
    found: dict[str, SdkParse] = {}
    for op in iter_operations(doc):
        method = str((op.op.get("x-nexla-source") or {}).get("sdk") or "")
        if "." not in method or " " in method:
            continue
        resource, name = method.split(".", 1)
        fn = getattr(getattr(client, resource, None), name, None)
        if fn is None:
            continue
        try:
            annotation = typing.get_type_hints(fn).get("return")
        except (NameError, TypeError):
            annotation = inspect.signature(fn).return_annotation
        models = _sdk_models(annotation)
        if models:
            found[op.operation_id] = SdkParse(method, tuple(models))
    return found


def sdk_errors(model: type[Any], item: Any) -> list[str]:
    import pydantic

    try:
        model.model_validate(item)
    except pydantic.ValidationError as exc:
        return [
            f"{'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['type']}"
            for err in exc.errors()
        ]
    return []


# -- our side ---------------------------------------------------------------------------
def unknown_fields(value: Any, where: str = "") -> Iterator[str]:
    """Paths of fields our generated models kept in `additional_properties`."""
    extra = getattr(value, "additional_properties", None)
    if isinstance(extra, dict):
        for key in extra:
            yield f"{where}.{key}" if where else key
    fields = getattr(value, "__attrs_attrs__", None)
    if fields is not None:
        for attr in fields:
            if attr.name != "additional_properties":
                sub = getattr(value, attr.name)
                yield from unknown_fields(sub, f"{where}.{attr.name}" if where else attr.name)
    elif isinstance(value, list):
        for item in value:
            yield from unknown_fields(item, f"{where}[]")


def our_unknown_fields(op: Operation, response: httpx.Response) -> list[str]:
    module = importlib.import_module(f"nexla_api.api.{op.op['tags'][0]}.{op.operation_id}")
    parsed = module._parse_response(response)
    return sorted(set(unknown_fields(parsed)))


# -- calling the sandbox ----------------------------------------------------------------
@dataclass
class Ids:
    """Ids of the seeded (and created) resources, per path parameter."""

    store: Any
    extra: dict[str, Any] = field(default_factory=dict)

    def first(self, kind: str, where: Callable[[Doc], bool] = lambda d: True) -> int:
        docs = [d for d in self.store.all(kind) if not d.get("_deleted") and where(d)]
        if not docs:
            raise LookupError(f"no {kind} in the sandbox")
        return int(docs[0]["id"])

    def value(self, name: str, operation_id: str, enum: list[Any] | None = None) -> Any:
        if enum:
            preferred = ("data_sources", "SOURCE", "owner")
            return next((v for v in preferred if v in enum), enum[0])
        if name in self.extra:
            return self.extra[name]
        if name == "request_id":
            kind = "self_signup_requests" if "sign_up" in operation_id else "approval_requests"
            return self.first(kind, lambda d: d.get("status", "pending") in ("pending", None))
        kinds = {
            "source_id": "data_sources",
            "set_id": "data_sets",
            "sink_id": "data_sinks",
            "credential_id": "data_credentials",
            "project_id": "projects",
            "data_map_id": "data_maps",
            "code_container_id": "code_containers",
            "runtime_id": "runtimes",
            "domain_id": "marketplace_domains",
            "auth_config_id": "api_auth_configs",
            "blocked_domain_id": "self_signup_blocked_domains",
            "notification_id": "notifications",
            "notification_channel_setting_id": "notification_channel_settings",
            "notification_setting_id": "notification_settings",
            "data_schema_id": "data_schemas",
            "doc_container_id": "doc_containers",
            "task_id": "async_tasks",
            "gen_ai_config_id": "gen_ai_configs",
            "gen_ai_org_setting_id": "gen_ai_org_settings",
        }
        if name in kinds:
            return self.first(kinds[name])
        if name == "transform_id" and operation_id.startswith("update_"):
            return self.first("transforms", lambda d: not d.get("_builtin"))
        if name == "attribute_transform_id" and operation_id.startswith("update_"):
            return self.first("attribute_transforms", lambda d: not d.get("_builtin"))
        if name in ("flow_id", "data_flow_id"):
            return self.first("flow_nodes", lambda d: d.get("parent_node_id") is None)
        fixed = {
            "user_id": OWNER_ID,
            "team_id": 1,
            "org_id": ORG_ID,
            "transform_id": 1,
            "attribute_transform_id": 1,
            "task_type": "export",
            "status": "completed",
            "resource_type": "data_sources",
            "resource_id": self.first("data_sources"),
            "notification_type_id": 1,
            "run_id": 1,
        }
        if name in fixed:
            return fixed[name]
        raise LookupError(f"no value for path parameter {name!r}")


ACCESSORS = {"accessors": [{"type": "USER", "id": TEAMMATE_ID, "access_roles": ["collaborator"]}]}


def body_for(doc: Doc, op: Operation, ids: Ids) -> Any:
    """A request body the sandbox accepts: required fields from the schema, plus the
    values a real call needs (existing ids, known connector types)."""
    if op.operation_id.endswith("_accessors"):
        return ACCESSORS
    special: dict[str, Callable[[], Any]] = {
        "create_data_credential": lambda: {
            "name": "crosscheck-s3",
            "credentials_type": "s3",
            "credentials": {"region": "us-east-1", "access_key_id": "AKIA", "secret_key": "x"},
        },
        "create_data_source": lambda: {
            "name": "crosscheck-source",
            "source_type": "s3",
            "data_credentials_id": ids.first("data_credentials"),
            "source_config": {"path": "crosscheck/"},
        },
        "create_data_sink": lambda: {
            "name": "crosscheck-sink",
            "sink_type": "s3",
            "data_set_id": ids.first("data_sets"),
            "data_credentials_id": ids.first("data_credentials"),
            "sink_config": {"path": "out/"},
        },
        "create_nexset": lambda: {
            "name": "crosscheck-nexset",
            "parent_data_set_id": ids.first("data_sets"),
            "has_custom_transform": True,
            "transform_id": 1,
        },
        "create_team": lambda: {"name": "crosscheck-team", "members": [{"id": TEAMMATE_ID}]},
        "add_team_members": lambda: {"members": [{"id": 3}]},
        "replace_team_members": lambda: {"members": [{"id": 1, "admin": True}, {"id": 2}]},
        "delete_team_members": lambda: {"members": [{"id": 3}]},
        "create_user": lambda: {"full_name": "Cross Check", "email": "cross.check@example.com"},
        "update_org_members": lambda: {"members": [{"id": TEAMMATE_ID, "access_role": ["admin"]}]},
        "replace_org_members": lambda: {"members": [{"id": 1}, {"id": TEAMMATE_ID}]},
        "activate_org_members": lambda: {"members": [{"id": TEAMMATE_ID}]},
        "deactivate_org_members": lambda: {"members": [{"id": TEAMMATE_ID}]},
        "update_org_custodians": lambda: {"custodians": [{"id": OWNER_ID}]},
        "add_org_custodians": lambda: {"custodians": [{"id": TEAMMATE_ID}]},
        "update_domain_custodians": lambda: {"custodians": [{"id": OWNER_ID}]},
        "add_domain_custodians": lambda: {"custodians": [{"id": TEAMMATE_ID}]},
        "create_domain_item": lambda: {
            "name": "Customers",
            "data_set_id": ids.first("data_sets", lambda d: d["id"] != ids.first("data_sets")),
        },
        "add_self_signup_blocked_domain": lambda: {"domain": "spam-one.example"},
        "update_self_signup_blocked_domain": lambda: {"domain": "spam-two.example"},
        "add_project_flows": lambda: {"flows": [ids.value("flow_id", "")]},
        "replace_project_flows": lambda: {"flows": [ids.value("flow_id", "")]},
        "remove_project_flows": lambda: {"flows": [ids.value("flow_id", "")]},
        "create_async_task": lambda: {"type": "export", "arguments": {"resource_id": 1}},
        "create_gen_ai_config": lambda: {
            "name": "crosscheck-llm",
            "type": "openai",
            "data_credentials_id": ids.first("data_credentials"),
            "config": {"model": "gpt-4o"},
        },
        "create_gen_ai_org_setting": lambda: {
            "org_id": ORG_ID,
            "gen_ai_config_id": ids.first("gen_ai_configs"),
            "gen_ai_usage": "all",
        },
    }
    if op.operation_id in special:
        return special[op.operation_id]()
    body = op.op.get("requestBody")
    if not body:
        return None
    media = resolve(doc, body).get("content", {}).get("application/json")
    if not media:
        return None
    schema = resolve(doc, media["schema"])
    if schema.get("type") == "array":
        return [required_only(doc, schema.get("items", {}))]
    return required_only(doc, schema)


def required_only(doc: Doc, schema: Any) -> Any:
    schema = resolve(doc, schema)
    if not isinstance(schema, dict) or "properties" not in schema:
        return example(doc, schema)
    required = schema.get("required", [])
    return {
        key: example(doc, sub, name=key)
        for key, sub in schema["properties"].items()
        if key in required
    }


QUERY: dict[str, dict[str, Any]] = {
    "get_resource_metrics_daily": {"from": "2026-01-01"},
    "get_domains_for_org": {"org_id": ORG_ID},
    "list_notification_type": {"event_type": "READ_DONE", "resource_type": "SOURCE"},
}


def query_for(doc: Doc, op: Operation, ids: Ids) -> dict[str, Any]:
    """Required query parameters (an enum's first member, else an example value)."""
    out: dict[str, Any] = {}
    for param in op.parameters(doc):
        if param.get("in") == "query" and param.get("required"):
            schema = resolve(doc, param.get("schema", {}))
            out[param["name"]] = (
                ids.value(param["name"], op.operation_id, schema.get("enum"))
                if (schema.get("enum"))
                else example(doc, schema, name=param["name"])
            )
    out.update(QUERY.get(op.operation_id, {}))
    return out


PHASES = ("create", "read", "change", "remove")


def phase(op: Operation) -> int:
    oid = op.operation_id
    if op.method == "get":
        return 1
    if op.method == "delete":
        return 3
    if op.method == "post" and oid.startswith(("create_", "add_self_signup")):
        return 0
    return 2


def _poll_task(api: httpx.Client, url: str) -> None:
    """Poll the task until it has finished (its result and link exist only then)."""
    task_url = url.rsplit("/", 1)[0]
    for _ in range(5):
        if api.get(task_url).json().get("status") in ("completed", "failed"):
            return


PREPARE: dict[str, Callable[[httpx.Client, str], None]] = {
    "get_async_task_download_link": _poll_task,
}


# -- the run ----------------------------------------------------------------------------
@dataclass
class Result:
    checked: int = 0
    validated: int = 0
    parsed: int = 0  # replies our generated parsers read
    expected: Counter[str] = field(default_factory=Counter)
    unexpected: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)


def run(verbose: bool = False) -> Result:
    doc = bundle()
    parses = sdk_parses(doc)
    ops = sorted(
        (op for op in iter_operations(doc) if op.operation_id in parses),
        key=lambda o: (phase(o), o.path, o.method),
    )
    result = Result()
    with SandboxServer(seed_data=True, service_key="sk-crosscheck") as server:
        ids = Ids(server.store)
        with server.client() as api:
            for op in ops:
                parse = parses[op.operation_id]
                try:
                    url = op.path
                    for param in op.parameters(doc):
                        if param.get("in") == "path":
                            enum = resolve(doc, param.get("schema", {})).get("enum")
                            value = ids.value(param["name"], op.operation_id, enum)
                            url = url.replace("{" + param["name"] + "}", str(value))
                    payload = body_for(doc, op, ids)
                except LookupError as exc:
                    result.unexpected.append(f"{op.operation_id}: cannot call: {exc}")
                    continue
                kwargs: dict[str, Any] = {"params": query_for(doc, op, ids)}
                if op.operation_id in PREPARE:
                    PREPARE[op.operation_id](api, url)
                if payload is not None:
                    kwargs["json"] = payload
                response = api.request(op.method.upper(), url, **kwargs)
                result.checked += 1
                if not response.is_success:
                    result.unexpected.append(
                        f"{op.operation_id}: {op.method.upper()} {url} answered "
                        f"{response.status_code} {response.text[:300]}"
                    )
                    continue
                check_reply(op, parse, response, result, verbose)
    return result


def check_reply(
    op: Operation, parse: SdkParse, response: httpx.Response, result: Result, verbose: bool
) -> None:
    oid = op.operation_id
    for path in our_unknown_fields(op, response):
        result.unknown.append(f"{oid}: {path}")
    result.parsed += 1
    body = response.json() if response.content else None
    # Like the SDK's own parser: a list is read item by item, an object as one model.
    items = body if isinstance(body, list) else [body]
    for item in items:
        model = parse.model_for(item)
        errors = sdk_errors(model, item)
        if not errors:
            result.validated += 1
            if verbose:
                print(f"ok   {oid} -> {model.__name__}")
            continue
        record(oid, model.__name__, errors, result)


def record(oid: str, model: str, errors: list[str], result: Result) -> None:
    """Expected when every error is explained by a listed defect, else unexpected."""
    explained: set[str] = set()
    for error in errors:
        name = next((n for n, d in SDK_DEFECTS.items() if d.explains(oid, model, error)), None)
        if name is None:
            result.unexpected.append(f"{oid}: {model}: {'; '.join(errors[:6])}")
            return
        explained.add(name)
    for name in explained:
        result.expected[name] += 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.crosscheck")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--json", help="also write the summary to this file")
    args = parser.parse_args(argv)
    started = time.monotonic()
    result = run(args.verbose)
    summary = {
        "operations_checked": result.checked,
        "replies_validated": result.validated,
        "replies_parsed_by_our_binding": result.parsed,
        "expected_failures": {
            name: {"count": count, "reason": SDK_DEFECTS[name].reason}
            for name, count in sorted(result.expected.items())
        },
        "unexpected": len(result.unexpected) + len(result.unknown),
        "seconds": round(time.monotonic() - started, 1),
    }
    for line in result.unexpected:
        print(f"UNEXPECTED {line}")
    for line in result.unknown:
        print(f"UNKNOWN FIELD {line}")
    unused = sorted(set(SDK_DEFECTS) - set(result.expected))
    for name in unused:
        print(f"STALE listed defect {name!r} explained nothing; remove it")
    print(json.dumps(summary, indent=2))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(summary, fh, indent=2)
    return 0 if summary["unexpected"] == 0 and not unused else 1


if __name__ == "__main__":
    sys.exit(main())
