"""Run the sandbox in-process (uvicorn in a daemon thread) for tests, demos and the CLI.

`SandboxServer` binds a loopback address only, on port 0 by default (uvicorn picks a
free port, and asyncio sets TCP_NODELAY itself; a pre-bound socket would not). `.admin`
wraps the loopback admin API; `.state` is the live State for in-process inspection.
"""

from __future__ import annotations

import ipaddress
import threading
import time
from typing import Any

import httpx

from .clock import Clock
from .faults import FaultConfig
from .seed import seed_demo
from .state import Settings, State
from .store import Store


def require_loopback(host: str) -> None:
    """Refuse anything but a loopback address: the sandbox must never face a network."""
    if host == "localhost":
        return
    try:
        ok = ipaddress.ip_address(host).is_loopback
    except ValueError:
        ok = False
    if not ok:
        raise ValueError(f"refusing to bind {host!r}: the sandbox only listens on loopback")


class Admin:
    """Thin client of `/_sandbox/*`."""

    def __init__(self, url: str) -> None:
        self._http = httpx.Client(base_url=url, timeout=10)

    def close(self) -> None:
        self._http.close()

    def _json(self, response: httpx.Response) -> Any:
        response.raise_for_status()
        return response.json()

    def set_faults(self, **settings: Any) -> dict[str, Any]:
        """Patch fault settings, e.g. `set_faults(rate_limit_next=2, retry_after=7)`."""
        return dict(self._json(self._http.put("/_sandbox/faults", json=settings)))

    def clear_faults(self) -> dict[str, Any]:
        return dict(self._json(self._http.delete("/_sandbox/faults")))

    def fail_op(
        self, operation_id: str, times: int = 1, when: str = "before", status: int = 500
    ) -> dict[str, Any]:
        op = {"operation_id": operation_id, "times": times, "when": when, "status": status}
        return self.set_faults(fail_ops=[op])

    def snapshot(self) -> dict[str, Any]:
        return dict(self._json(self._http.get("/_sandbox/state")))

    def dump(self, kind: str) -> list[dict[str, Any]]:
        return list(self._json(self._http.get(f"/_sandbox/state/{kind}")))

    def reset(self, seed_data: bool = False) -> dict[str, Any]:
        return dict(self._json(self._http.post("/_sandbox/reset", json={"seed_data": seed_data})))

    def advance_clock(self, seconds: float) -> dict[str, Any]:
        return dict(self._json(self._http.post("/_sandbox/clock", json={"advance": seconds})))

    def run_flow(self, flow_id: int) -> dict[str, Any]:
        return dict(self._json(self._http.post(f"/_sandbox/flows/{flow_id}/run")))


class SandboxServer:
    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        db: str | None = None,
        seed_data: bool = False,
        service_key: str = "",
        faults: FaultConfig | None = None,
        discovery_polls: int = 1,
        async_task_polls: int = 1,
        validate_responses: bool = True,
        virtual_sleep: bool = True,
        only_implemented: bool = False,
        id_start: int = 1001,
    ) -> None:
        require_loopback(host)
        self.host = host
        self.store = Store(db or ":memory:", id_start=id_start)
        self.state = State(
            self.store,
            clock=Clock(virtual_sleep=virtual_sleep),
            faults=faults,
            settings=Settings(
                service_key=service_key,
                discovery_polls=discovery_polls,
                async_task_polls=async_task_polls,
                validate_responses=validate_responses,
            ),
        )
        if seed_data and not self.store.kinds():
            seed_demo(self.state)
        # The server stack is imported here, not with the module: a process that only
        # drives a sandbox through `Admin` (the demo, the CLI) does not load it.
        import uvicorn

        from .app import create_app

        self.app = create_app(self.state, only_implemented=only_implemented)
        self._server = uvicorn.Server(
            uvicorn.Config(
                self.app,
                host=host,
                port=port,
                log_level="warning",
                lifespan="off",
                proxy_headers=False,  # the admin API's loopback check must see the real peer
            )
        )
        self._thread = threading.Thread(target=self._server.run, name="nexla-sandbox", daemon=True)
        self.port = 0
        self.url = ""
        self._admin: Admin | None = None

    @property
    def service_key(self) -> str:
        return self.state.settings.service_key

    @property
    def admin(self) -> Admin:
        if self._admin is None:
            self._admin = Admin(self.url)
        return self._admin

    @property
    def bound_address(self) -> str:
        return str(self._server.servers[0].sockets[0].getsockname()[0])

    def start(self, timeout: float = 15) -> SandboxServer:
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive():
                raise RuntimeError("sandbox died during start-up")
            if time.monotonic() > deadline:
                raise TimeoutError("sandbox did not start")
            time.sleep(0.005)
        self.port = int(self._server.servers[0].sockets[0].getsockname()[1])
        host = f"[{self.host}]" if ":" in self.host else self.host
        self.url = f"http://{host}:{self.port}"
        return self

    def wait(self) -> None:
        while self._thread.is_alive():
            self._thread.join(0.5)

    def stop(self, timeout: float = 10) -> bool:
        self._server.should_exit = True
        self._thread.join(timeout)
        if self._admin is not None:
            self._admin.close()
        self.store.close()
        return not self._thread.is_alive()

    def token(self) -> str:
        """A fresh bearer token, obtained the way clients do (POST /token)."""
        response = httpx.post(
            f"{self.url}/token", headers={"Authorization": f"Basic {self.service_key}"}
        )
        response.raise_for_status()
        return str(response.json()["access_token"])

    def client(self, **kwargs: Any) -> httpx.Client:
        """An httpx client with a bearer token, for raw HTTP tests."""
        headers = {
            "Authorization": f"Bearer {self.token()}",
            "Accept": "application/vnd.nexla.api.v1+json",
        }
        return httpx.Client(base_url=self.url, headers=headers, timeout=10, **kwargs)

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
