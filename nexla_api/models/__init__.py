"""Data models used in requests and replies.

Models are imported on first use (PEP 562), so importing one endpoint module loads only
the models it needs, however large the spec grows.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access_role import AccessRole
    from .connector import Connector
    from .data_set_brief import DataSetBrief
    from .data_source import DataSource
    from .data_source_create import DataSourceCreate
    from .data_source_update import DataSourceUpdate
    from .delete_response import DeleteResponse
    from .error_body import ErrorBody
    from .field_error import FieldError
    from .flow_resource_type import FlowResourceType
    from .org_ref import OrgRef
    from .owner import Owner
    from .resource_status import ResourceStatus
    from .run_info import RunInfo

_LAZY: dict[str, str] = {
    "AccessRole": ".access_role",
    "Connector": ".connector",
    "DataSetBrief": ".data_set_brief",
    "DataSource": ".data_source",
    "DataSourceCreate": ".data_source_create",
    "DataSourceUpdate": ".data_source_update",
    "DeleteResponse": ".delete_response",
    "ErrorBody": ".error_body",
    "FieldError": ".field_error",
    "FlowResourceType": ".flow_resource_type",
    "OrgRef": ".org_ref",
    "Owner": ".owner",
    "ResourceStatus": ".resource_status",
    "RunInfo": ".run_info",
}

__all__ = (
    "AccessRole",
    "Connector",
    "DataSetBrief",
    "DataSource",
    "DataSourceCreate",
    "DataSourceUpdate",
    "DeleteResponse",
    "ErrorBody",
    "FieldError",
    "FlowResourceType",
    "OrgRef",
    "Owner",
    "ResourceStatus",
    "RunInfo",
)


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
