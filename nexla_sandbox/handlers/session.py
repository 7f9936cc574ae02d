"""POST /token (service key -> bearer token) and POST /token/logout."""

from __future__ import annotations

import secrets
from typing import Any

from ..registry import Ctx, Reply, handler
from ..state import DEFAULT_USER_ID


@handler("login_with_basic_auth")
def login(ctx: Ctx) -> dict[str, Any]:
    state = ctx.state
    ttl = int(state.faults.config.token_ttl)
    token = "sbx-at-" + secrets.token_hex(20)
    state.store.add_token(token, DEFAULT_USER_ID, state.clock.timestamp() + ttl)
    return {
        "access_token": token,
        "token_type": "Bearer",
        "expires_in": ttl,
        "user": state.owner_ref(DEFAULT_USER_ID),
        "org": state.org_ref(),
    }


@handler("logout")
def logout(ctx: Ctx) -> Reply:
    if ctx.token:
        ctx.state.store.drop_token(ctx.token)
    return Reply(status=204)
