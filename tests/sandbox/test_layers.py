"""The demo data is made through the domain: no handler, registry or HTTP app involved."""

from __future__ import annotations

import json
import subprocess
import sys

SEED_IN_A_FRESH_PROCESS = """
import json, sys
from nexla_sandbox.seed import seed_demo
from nexla_sandbox.state import Settings, State
from nexla_sandbox.store import Store

state = State(Store(), settings=Settings(service_key="k"))
seed_demo(state)
http = ("nexla_sandbox.handlers", "nexla_sandbox.registry", "nexla_sandbox.app")
print(json.dumps({
    "loaded": sorted(m for m in sys.modules if m.startswith(http)),
    "kinds": state.store.kinds(),
    "agents": sorted({e["request_user_agent"] for e in state.store.audit_entries()}),
}))
"""


def test_seeding_needs_no_http_layer_and_is_audited_as_the_seeding() -> None:
    out = subprocess.run(
        [sys.executable, "-c", SEED_IN_A_FRESH_PROCESS], capture_output=True, text=True, check=True
    )
    seeded = json.loads(out.stdout)
    assert seeded["loaded"] == []
    kinds = seeded["kinds"]
    assert (kinds["data_credentials"], kinds["data_sources"], kinds["data_sinks"]) == (2, 2, 2)
    assert kinds["data_sets"] == 3 and kinds["projects"] == 1 and kinds["notifications"] == 3
    # Nexla itself detects the sources' nexsets ("sandbox"); the rest is the seeding's.
    assert seeded["agents"] == ["sandbox", "sandbox-seed"]
