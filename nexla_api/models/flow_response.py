# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.parsing import nested_error
from ..runtime.secret_fields import model_repr

if TYPE_CHECKING:
    from ..models.data_credential import DataCredential
    from ..models.data_set import DataSet
    from ..models.data_sink import DataSink
    from ..models.data_source import DataSource
    from ..models.flow_metric import FlowMetric
    from ..models.flow_node import FlowNode


T = TypeVar("T", bound="FlowResponse")
_KNOWN_FIELDS = frozenset(
    {
        "flows",
        "data_sources",
        "data_sets",
        "data_sinks",
        "data_credentials",
        "code_containers",
        "shared_data_sets",
        "orgs",
        "users",
        "projects",
        "metrics",
    }
)


@_attrs_define
class FlowResponse:
    """Flow trees plus the resources they reference. The element arrays are left out with `flows_only=1`; `metrics` is
    present with `include_run_metrics=1`.

    """

    flows: list[FlowNode]
    """ One tree per flow, rooted at its origin node. """
    data_sources: list[DataSource] | None = None
    data_sets: list[DataSet] | None = None
    data_sinks: list[DataSink] | None = None
    data_credentials: list[DataCredential] | None = None
    code_containers: Any = None
    shared_data_sets: Any = None
    orgs: Any = None
    users: Any = None
    projects: Any = None
    metrics: list[FlowMetric] | None = None
    """ Per-run counters of the flows' origin nodes. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        flows = []
        for flows_item_data in self.flows:
            flows_item = flows_item_data.to_dict()
            flows.append(flows_item)

        data_sources: list[dict[str, Any]] | None
        if isinstance(self.data_sources, list):
            data_sources = []
            for data_sources_type_0_item_data in self.data_sources:
                data_sources_type_0_item = data_sources_type_0_item_data.to_dict()
                data_sources.append(data_sources_type_0_item)

        else:
            data_sources = self.data_sources

        data_sets: list[dict[str, Any]] | None
        if isinstance(self.data_sets, list):
            data_sets = []
            for data_sets_type_0_item_data in self.data_sets:
                data_sets_type_0_item = data_sets_type_0_item_data.to_dict()
                data_sets.append(data_sets_type_0_item)

        else:
            data_sets = self.data_sets

        data_sinks: list[dict[str, Any]] | None
        if isinstance(self.data_sinks, list):
            data_sinks = []
            for data_sinks_type_0_item_data in self.data_sinks:
                data_sinks_type_0_item = data_sinks_type_0_item_data.to_dict()
                data_sinks.append(data_sinks_type_0_item)

        else:
            data_sinks = self.data_sinks

        data_credentials: list[dict[str, Any]] | None
        if isinstance(self.data_credentials, list):
            data_credentials = []
            for data_credentials_type_0_item_data in self.data_credentials:
                data_credentials_type_0_item = (
                    data_credentials_type_0_item_data.to_dict()
                )
                data_credentials.append(data_credentials_type_0_item)

        else:
            data_credentials = self.data_credentials

        code_containers = self.code_containers

        shared_data_sets = self.shared_data_sets

        orgs = self.orgs

        users = self.users

        projects = self.projects

        metrics: list[dict[str, Any]] | None
        if isinstance(self.metrics, list):
            metrics = []
            for metrics_type_0_item_data in self.metrics:
                metrics_type_0_item = metrics_type_0_item_data.to_dict()
                metrics.append(metrics_type_0_item)

        else:
            metrics = self.metrics

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "flows": flows,
            }
        )
        if data_sources is not None:
            field_dict["data_sources"] = data_sources
        if data_sets is not None:
            field_dict["data_sets"] = data_sets
        if data_sinks is not None:
            field_dict["data_sinks"] = data_sinks
        if data_credentials is not None:
            field_dict["data_credentials"] = data_credentials
        if code_containers is not None:
            field_dict["code_containers"] = code_containers
        if shared_data_sets is not None:
            field_dict["shared_data_sets"] = shared_data_sets
        if orgs is not None:
            field_dict["orgs"] = orgs
        if users is not None:
            field_dict["users"] = users
        if projects is not None:
            field_dict["projects"] = projects
        if metrics is not None:
            field_dict["metrics"] = metrics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        flows = [FlowNode.from_dict(item) for item in src_dict["flows"]]

        data_sources = src_dict.get("data_sources")
        if isinstance(data_sources, list):
            try:
                data_sources_type_0 = [
                    DataSource.from_dict(item) for item in data_sources
                ]

                data_sources = data_sources_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("data_sources", exc) from None

        data_sets = src_dict.get("data_sets")
        if isinstance(data_sets, list):
            try:
                data_sets_type_0 = [DataSet.from_dict(item) for item in data_sets]

                data_sets = data_sets_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("data_sets", exc) from None

        data_sinks = src_dict.get("data_sinks")
        if isinstance(data_sinks, list):
            try:
                data_sinks_type_0 = [DataSink.from_dict(item) for item in data_sinks]

                data_sinks = data_sinks_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("data_sinks", exc) from None

        data_credentials = src_dict.get("data_credentials")
        if isinstance(data_credentials, list):
            try:
                data_credentials_type_0 = [
                    DataCredential.from_dict(item) for item in data_credentials
                ]

                data_credentials = data_credentials_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("data_credentials", exc) from None

        code_containers = src_dict.get("code_containers")

        shared_data_sets = src_dict.get("shared_data_sets")

        orgs = src_dict.get("orgs")

        users = src_dict.get("users")

        projects = src_dict.get("projects")

        metrics = src_dict.get("metrics")
        if isinstance(metrics, list):
            try:
                metrics_type_0 = [FlowMetric.from_dict(item) for item in metrics]

                metrics = metrics_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("metrics", exc) from None

        flow_response = cls(
            flows,
            data_sources,
            data_sets,
            data_sinks,
            data_credentials,
            code_containers,
            shared_data_sets,
            orgs,
            users,
            projects,
            metrics,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            flow_response.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return flow_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported after the class so that models referring to each other load in any order.
from ..models.data_credential import DataCredential  # noqa: E402
from ..models.data_set import DataSet  # noqa: E402
from ..models.data_sink import DataSink  # noqa: E402
from ..models.data_source import DataSource  # noqa: E402
from ..models.flow_metric import FlowMetric  # noqa: E402
from ..models.flow_node import FlowNode  # noqa: E402
