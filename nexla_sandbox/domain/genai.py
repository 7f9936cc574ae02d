"""GenAI: which configuration serves a usage, and the documentation it writes."""

from __future__ import annotations

from ..errors import ApiError
from ..state import State
from ..store import Doc


def active_setting(state: State, usage: str) -> Doc | None:
    """The newest setting for `usage`, falling back to one for `all`."""
    settings = state.store.all("gen_ai_org_settings")
    for wanted in (usage, "all"):
        matches = [s for s in settings if s["gen_ai_usage"] == wanted]
        if matches:
            return matches[-1]
    return None


def require_docs_setting(state: State) -> Doc:
    """The setting that writes documentation (422 when none is active)."""
    setting = active_setting(state, "gen_docs")
    if setting is None:
        raise ApiError(
            422,
            "No GenAI configuration is active for documentation (gen_docs or all); "
            "create one with POST /gen_ai_org_settings",
        )
    return setting


def docs_recommendation(text: str) -> Doc:
    """A documentation recommendation as the GenAI integration answers it."""
    return {
        "status": "success",
        "recommendation": text,
        "output": {"response": text, "statusCode": 200, "errorMessage": None},
    }
