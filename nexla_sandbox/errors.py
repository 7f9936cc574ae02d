"""The sandbox's error reply: Nexla's ErrorBody shape, raised anywhere below the HTTP layer."""

from __future__ import annotations

from typing import Any


class ApiError(Exception):
    """An error reply with Nexla's ErrorBody shape."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        resource_type: str | None = None,
        resource_id: int | None = None,
        errors: list[dict[str, str]] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.resource_type = resource_type
        self.resource_id = resource_id
        self.errors = errors
        self.headers = headers or {}

    def body(self) -> dict[str, Any]:
        out: dict[str, Any] = {"message": self.message, "status": self.status}
        if self.resource_type is not None:
            out["resource_type"] = self.resource_type
        if self.resource_id is not None:
            out["resource_id"] = self.resource_id
        if self.errors:
            out["errors"] = self.errors
        return out


def not_found(resource_type: str, resource_id: int) -> ApiError:
    return ApiError(
        404,
        f"{resource_type} {resource_id} not found",
        resource_type=resource_type,
        resource_id=resource_id,
    )


def conflict(message: str, resource_type: str, resource_id: int) -> ApiError:
    return ApiError(409, message, resource_type=resource_type, resource_id=resource_id)
