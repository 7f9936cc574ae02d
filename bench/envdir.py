"""A desired-state directory of 200 resources for the `plan`/`apply` rate-limit bench.

One environment (tag `env:bench`): 10 credentials (a secret password each, as `${env:...}`),
5 reusable transforms, 50 sources, their 50 detected nexsets (renamed and described), 25
derived nexsets (parent + transform) and 60 destinations. Written with the same `dump` that
`export` uses, so the files are exactly what a user keeps in a repository.
"""

from __future__ import annotations

from pathlib import Path

from nexla_recipes.envcode.files import dump, file_name
from nexla_recipes.envcode.kinds import KINDS

TAG = "env:bench"
CREDENTIALS, TRANSFORMS, SOURCES, DERIVED, DESTINATIONS = 10, 5, 50, 25, 60


def secret_env() -> dict[str, str]:
    """The values of the `${env:...}` references the directory makes."""
    return {f"BENCH_PW_{i:02d}": f"bench-pw-{i:02d}" for i in range(CREDENTIALS)}


def write(out: Path) -> int:
    """Write the directory under `out` (replacing any earlier one); the resource count."""
    docs: list[tuple[str, str, dict[str, object]]] = []
    creds = [f"warehouse-{i:02d}" for i in range(CREDENTIALS)]
    for i, name in enumerate(creds):
        docs.append(
            (
                "credential",
                name,
                {
                    "description": f"warehouse shard {i}",
                    "credentials_type": "postgres",
                    "credentials": {
                        "host": f"{name}.db.internal",
                        "username": "etl",
                        "password": f"${{env:BENCH_PW_{i:02d}}}",
                    },
                },
            )
        )
    transforms = [f"drop-pii-{i}" for i in range(TRANSFORMS)]
    for i, name in enumerate(transforms):
        docs.append(
            (
                "transform",
                name,
                {
                    "description": f"drops field set {i}",
                    "tags": [TAG],
                    "output_type": "record",
                    "code_type": "jolt_standard",
                    "code_encoding": "none",
                    "reusable": True,
                    "code": [{"operation": "remove", "spec": {f"ssn_{i}": ""}}],
                },
            )
        )
    detected = []
    for i in range(SOURCES):
        name = f"orders-{i:03d}"
        docs.append(
            (
                "source",
                name,
                {
                    "description": f"orders of region {i}",
                    "tags": [TAG],
                    "source_type": "postgres",
                    "data_credentials": creds[i % CREDENTIALS],
                    "source_config": {"table": f"orders_{i:03d}", "file_format": "json"},
                },
            )
        )
        nexset = f"orders-{i:03d} records"
        detected.append(nexset)
        docs.append(
            (
                "nexset",
                nexset,
                {"description": f"records of orders-{i:03d}", "data_source": name},
            )
        )
    derived = []
    for i in range(DERIVED):
        name = f"orders-{i:03d} clean"
        derived.append(name)
        docs.append(
            (
                "nexset",
                name,
                {
                    "description": "without PII",
                    "tags": [TAG],
                    "parent_data_sets": detected[i],
                    "transform": transforms[i % TRANSFORMS],
                },
            )
        )
    sets = derived + detected
    for i in range(DESTINATIONS):
        name = f"orders-out-{i:03d}"
        docs.append(
            (
                "destination",
                name,
                {
                    "description": f"warehouse copy {i}",
                    "sink_type": "postgres",
                    "data_set": sets[i % len(sets)],
                    "data_credentials": creds[i % CREDENTIALS],
                    "sink_config": {"table": f"orders_out_{i:03d}"},
                },
            )
        )
    out.mkdir(parents=True, exist_ok=True)
    for old in out.rglob("*.yaml"):
        old.unlink()
    for kind, name, doc in docs:
        folder = out / KINDS[kind].plural
        folder.mkdir(exist_ok=True)
        (folder / f"{file_name(name)}.yaml").write_text(dump(kind, name, doc), "utf-8")
    return len(docs)


def edit(out: Path, count: int) -> int:
    """Change the description of `count` destinations (what a day's review might bring)."""
    import yaml

    files = sorted((out / KINDS["destination"].plural).glob("*.yaml"))[:count]
    for path in files:
        doc = yaml.safe_load(path.read_text("utf-8"))
        doc["description"] = f"{doc['description']} (reviewed)"
        path.write_text(yaml.safe_dump(doc, sort_keys=False), "utf-8")
    return len(files)
