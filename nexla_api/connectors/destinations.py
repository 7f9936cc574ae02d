# generated from spec/ by generator — do not edit
"""Typed destination configs, one class per connector type. Generated from the spec; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from ..runtime.connectors import ConnectorConfig

__all__ = [
    "As400SinkConfig",
    "AzureBlbSinkConfig",
    "AzureDataLakeSinkConfig",
    "AzureSynapseSinkConfig",
    "BigquerySinkConfig",
    "BoxSinkConfig",
    "CloudsqlMysqlSinkConfig",
    "CloudsqlPostgresSinkConfig",
    "CloudsqlSqlserverSinkConfig",
    "ConfluentKafkaSinkConfig",
    "DataMapSinkConfig",
    "DatabricksSinkConfig",
    "DeltaLakeAzureBlbSinkConfig",
    "DeltaLakeAzureDataLakeSinkConfig",
    "DeltaLakeS3SinkConfig",
    "DropboxSinkConfig",
    "DynamodbSinkConfig",
    "EmailSinkConfig",
    "FirebaseSinkConfig",
    "FireboltSinkConfig",
    "FtpSinkConfig",
    "GcpAlloydbSinkConfig",
    "GcpSpannerSinkConfig",
    "GcsSinkConfig",
    "GdriveSinkConfig",
    "GooglePubsubSinkConfig",
    "JmsSinkConfig",
    "KafkaSinkConfig",
    "MinIoS3SinkConfig",
    "MongoSinkConfig",
    "MysqlSinkConfig",
    "NetsuiteJdbcSinkConfig",
    "OracleAutonomousSinkConfig",
    "OracleSinkConfig",
    "PineconeSinkConfig",
    "PostgresSinkConfig",
    "RedshiftSinkConfig",
    "RestSinkConfig",
    "S3IcebergSinkConfig",
    "S3SinkConfig",
    "SharepointSinkConfig",
    "SnowflakeDcrSinkConfig",
    "SnowflakeSinkConfig",
    "SqlserverSinkConfig",
    "TeradataSinkConfig",
    "TibcoSinkConfig",
]


@dataclass(repr=False, kw_only=True)
class As400SinkConfig(ConnectorConfig):
    """Config of a `as400` destination (`sink_config` block, chosen by `sink_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "destinations"
    CONNECTOR_TYPE: ClassVar[str] = "as400"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "insert_mode": "insert.mode",
        "mapping": "mapping",
        "table": "table",
        "database": "database",
        "primary_key": "primary.key",
        "upsert_nulls": "upsert.nulls",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    insert_mode: Literal["INSERT", "UPSERT"]
    """Wire name `insert.mode`."""
    mapping: dict[str, Any]
    """Wire name `mapping`."""
    table: str
    """Wire name `table`."""
    database: str | None = None
    """Wire name `database`."""
    primary_key: str | None = None
    """Wire name `primary.key`. Required with some settings."""
    upsert_nulls: bool | None = None
    """Wire name `upsert.nulls`."""


@dataclass(repr=False, kw_only=True)
class AzureBlbSinkConfig(ConnectorConfig):
    """Config of a `azure_blb` destination (`sink_config` block, chosen by `sink_type`); a file connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "destinations"
    CONNECTOR_TYPE: ClassVar[str] = "azure_blb"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "data_format": "data_format",
        "path": "path",
        "field_lengths": "field.lengths",
        "file_name_prefix": "file.name.prefix",
        "line_separator": "line.separator",
        "mapping": "mapping",
        "max_file_size_mb": "max.file.size.mb",
        "orc_compress": "orc.compress",
        "output_dir_name_pattern": "output.dir.name.pattern",
        "padding_character": "padding.character",
        "write_header": "write.header",
        "xml_root": "xml.root",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    data_format: Literal[
        "csv", "tsv", "json", "xml", "xlsx", "edi", "avro", "parquet", "orc", "fw"
    ]
    """Wire name `data_format`."""
    path: str
    """Wire name `path`."""
    field_lengths: str | None = None
    """Wire name `field.lengths`."""
    file_name_prefix: str | None = None
    """Wire name `file.name.prefix`."""
    line_separator: str | None = None
    """Wire name `line.separator`."""
    mapping: dict[str, Any] | None = None
    """Wire name `mapping`."""
    max_file_size_mb: int | float | None = None
    """Wire name `max.file.size.mb`."""
    orc_compress: Literal["none", "zlib", "snappy", "lzo", "lz4"] | None = None
    """Wire name `orc.compress`."""
    output_dir_name_pattern: str | None = None
    """Wire name `output.dir.name.pattern`."""
    padding_character: str | None = None
    """Wire name `padding.character`."""
    write_header: bool | None = None
    """Wire name `write.header`."""
    xml_root: str | None = None
    """Wire name `xml.root`."""


@dataclass(repr=False, kw_only=True)
class AzureDataLakeSinkConfig(ConnectorConfig):
    """Config of a `azure_data_lake` destination (`sink_config` block, chosen by `sink_type`); a file connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "destinations"
    CONNECTOR_TYPE: ClassVar[str] = "azure_data_lake"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "data_format": "data_format",
        "path": "path",
        "field_lengths": "field.lengths",
        "file_name_prefix": "file.name.prefix",
        "line_separator": "line.separator",
        "mapping": "mapping",
        "max_file_size_mb": "max.file.size.mb",
        "orc_compress": "orc.compress",
        "output_dir_name_pattern": "output.dir.name.pattern",
        "padding_character": "padding.character",
        "write_header": "write.header",
        "xml_root": "xml.root",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    data_format: Literal[
        "csv", "tsv", "json", "xml", "xlsx", "edi", "avro", "parquet", "orc", "fw"
    ]
    """Wire name `data_format`."""
    path: str
    """Wire name `path`."""
    field_lengths: str | None = None
    """Wire name `field.lengths`."""
    file_name_prefix: str | None = None
    """Wire name `file.name.prefix`."""
    line_separator: str | None = None
    """Wire name `line.separator`."""
    mapping: dict[str, Any] | None = None
    """Wire name `mapping`."""
    max_file_size_mb: int | float | None = None
    """Wire name `max.file.size.mb`."""
    orc_compress: Literal["none", "zlib", "snappy", "lzo", "lz4"] | None = None
    """Wire name `orc.compress`."""
    output_dir_name_pattern: str | None = None
    """Wire name `output.dir.name.pattern`."""
    padding_character: str | None = None
    """Wire name `padding.character`."""
    write_header: bool | None = None
    """Wire name `write.header`."""
    xml_root: str | None = None
    """Wire name `xml.root`."""


@dataclass(repr=False, kw_only=True)
class AzureSynapseSinkConfig(ConnectorConfig):
    """Config of a `azure_synapse` destination (`sink_config` block, chosen by `sink_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "destinations"
    CONNECTOR_TYPE: ClassVar[str] = "azure_synapse"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "insert_mode": "insert.mode",
        "mapping": "mapping",
        "table": "table",
        "database": "database",
        "primary_key": "primary.key",
        "upsert_nulls": "upsert.nulls",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    insert_mode: Literal["INSERT", "UPSERT"]
    """Wire name `insert.mode`."""
    mapping: dict[str, Any]
    """Wire name `mapping`."""
    table: str
    """Wire name `table`."""
    database: str | None = None
    """Wire name `database`."""
    primary_key: str | None = None
    """Wire name `primary.key`. Required with some settings."""
    upsert_nulls: bool | None = None
    """Wire name `upsert.nulls`."""


@dataclass(repr=False, kw_only=True)
class BigquerySinkConfig(ConnectorConfig):
    """Config of a `bigquery` destination (`sink_config` block, chosen by `sink_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "destinations"
    CONNECTOR_TYPE: ClassVar[str] = "bigquery"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "insert_mode": "insert.mode",
        "mapping": "mapping",
        "table": "table",
        "clustering_columns": "clustering.columns",
        "database": "database",
        "partitioning_column": "partitioning.column",
        "primary_key": "primary.key",
        "upsert_nulls": "upsert.nulls",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    insert_mode: Literal["INSERT", "UPSERT"]
    """Wire name `insert.mode`."""
    mapping: dict[str, Any]
    """Wire name `mapping`."""
    table: str
    """Wire name `table`."""
    clustering_columns: str | None = None
    """Wire name `clustering.columns`."""
    database: str | None = None
    """Wire name `database`."""
    partitioning_column: str | None = None
    """Wire name `partitioning.column`."""
    primary_key: str | None = None
    """Wire name `primary.key`. Required with some settings."""
    upsert_nulls: bool | None = None
    """Wire name `upsert.nulls`."""


@dataclass(repr=False, kw_only=True)
class BoxSinkConfig(ConnectorConfig):
    """Config of a `box` destination (`sink_config` block, chosen by `sink_type`); a file connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "destinations"
    CONNECTOR_TYPE: ClassVar[str] = "box"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "data_format": "data_format",
        "path": "path",
        "field_lengths": "field.lengths",
        "file_name_prefix": "file.name.prefix",
        "line_separator": "line.separator",
        "mapping": "mapping",
        "max_file_size_mb": "max.file.size.mb",
        "orc_compress": "orc.compress",
        "output_dir_name_pattern": "output.dir.name.pattern",
        "padding_character": "padding.character",
        "write_header": "write.header",
        "xml_root": "xml.root",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    data_format: Literal[
        "csv", "tsv", "json", "xml", "xlsx", "edi", "avro", "parquet", "orc", "fw"
    ]
    """Wire name `data_format`."""
    path: str
    """Wire name `path`."""
    field_lengths: str | None = None
    """Wire name `field.lengths`."""
    file_name_prefix: str | None = None
    """Wire name `file.name.prefix`."""
    line_separator: str | None = None
    """Wire name `line.separator`."""
    mapping: dict[str, Any] | None = None
    """Wire name `mapping`."""
    max_file_size_mb: int | float | None = None
    """Wire name `max.file.size.mb`."""
    orc_compress: Literal["none", "zlib", "snappy", "lzo", "lz4"] | None = None
    """Wire name `orc.compress`."""
    output_dir_name_pattern: str | None = None
    """Wire name `output.dir.name.pattern`."""
    padding_character: str | None = None
    """Wire name `padding.character`."""
    write_header: bool | None = None
    """Wire name `write.header`."""
    xml_root: str | None = None
    """Wire name `xml.root`."""


@dataclass(repr=False, kw_only=True)
class CloudsqlMysqlSinkConfig(ConnectorConfig):
    """Config of a `cloudsql_mysql` destination (`sink_config` block, chosen by `sink_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "destinations"
    CONNECTOR_TYPE: ClassVar[str] = "cloudsql_mysql"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "insert_mode": "insert.mode",
        "mapping": "mapping",
        "table": "table",
        "database": "database",
        "primary_key": "primary.key",
        "upsert_nulls": "upsert.nulls",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    insert_mode: Literal["INSERT", "UPSERT"]
    """Wire name `insert.mode`."""
    mapping: dict[str, Any]
    """Wire name `mapping`."""
    table: str
    """Wire name `table`."""
    database: str | None = None
    """Wire name `database`."""
    primary_key: str | None = None
    """Wire name `primary.key`. Required with some settings."""
    upsert_nulls: bool | None = None
    """Wire name `upsert.nulls`."""


@dataclass(repr=False, kw_only=True)
class CloudsqlPostgresSinkConfig(ConnectorConfig):
    """Config of a `cloudsql_postgres` destination (`sink_config` block, chosen by `sink_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "destinations"
    CONNECTOR_TYPE: ClassVar[str] = "cloudsql_postgres"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "insert_mode": "insert.mode",
        "mapping": "mapping",
        "table": "table",
        "database": "database",
        "primary_key": "primary.key",
        "upsert_nulls": "upsert.nulls",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    insert_mode: Literal["INSERT", "UPSERT"]
    """Wire name `insert.mode`."""
    mapping: dict[str, Any]
    """Wire name `mapping`."""
    table: str
    """Wire name `table`."""
    database: str | None = None
    """Wire name `database`."""
    primary_key: str | None = None
    """Wire name `primary.key`. Required with some settings."""
    upsert_nulls: bool | None = None
    """Wire name `upsert.nulls`."""


@dataclass(repr=False, kw_only=True)
class CloudsqlSqlserverSinkConfig(ConnectorConfig):
    """Config of a `cloudsql_sqlserver` destination (`sink_config` block, chosen by `sink_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "destinations"
    CONNECTOR_TYPE: ClassVar[str] = "cloudsql_sqlserver"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "insert_mode": "insert.mode",
        "mapping": "mapping",
        "table": "table",
        "database": "database",
        "primary_key": "primary.key",
        "upsert_nulls": "upsert.nulls",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    insert_mode: Literal["INSERT", "UPSERT"]
    """Wire name `insert.mode`."""
    mapping: dict[str, Any]
    """Wire name `mapping`."""
    table: str
    """Wire name `table`."""
    database: str | None = None
    """Wire name `database`."""
    primary_key: str | None = None
    """Wire name `primary.key`. Required with some settings."""
    upsert_nulls: bool | None = None
    """Wire name `upsert.nulls`."""


@dataclass(repr=False, kw_only=True)
class ConfluentKafkaSinkConfig(ConnectorConfig):
    """Config of a `confluent_kafka` destination (`sink_config` block, chosen by `sink_type`); a stream connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "destinations"
    CONNECTOR_TYPE: ClassVar[str] = "confluent_kafka"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "topic": "topic",
        "include_metadata": "include.metadata",
        "message_key": "message.key",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    topic: str
    """Wire name `topic`."""
    include_metadata: bool | None = None
    """Wire name `include.metadata`."""
    message_key: str | None = None
    """Wire name `message.key`."""


@dataclass(repr=False, kw_only=True)
class DataMapSinkConfig(ConnectorConfig):
    """Config of a `data_map` destination (`sink_config` block, chosen by `sink_type`); a api connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "destinations"
    CONNECTOR_TYPE: ClassVar[str] = "data_map"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "mapping": "mapping",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    mapping: dict[str, Any]
    """Wire name `mapping`."""


@dataclass(repr=False, kw_only=True)
class DatabricksSinkConfig(ConnectorConfig):
    """Config of a `databricks` destination (`sink_config` block, chosen by `sink_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "destinations"
    CONNECTOR_TYPE: ClassVar[str] = "databricks"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "insert_mode": "insert.mode",
        "mapping": "mapping",
        "table": "table",
        "database": "database",
        "primary_key": "primary.key",
        "upsert_nulls": "upsert.nulls",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    insert_mode: Literal["INSERT", "UPSERT"]
    """Wire name `insert.mode`."""
    mapping: dict[str, Any]
    """Wire name `mapping`."""
    table: str
    """Wire name `table`."""
    database: str | None = None
    """Wire name `database`."""
    primary_key: str | None = None
    """Wire name `primary.key`. Required with some settings."""
    upsert_nulls: bool | None = None
    """Wire name `upsert.nulls`."""


@dataclass(repr=False, kw_only=True)
class DeltaLakeAzureBlbSinkConfig(ConnectorConfig):
    """Config of a `delta_lake_azure_blb` destination (`sink_config` block, chosen by `sink_type`); a file connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "destinations"
    CONNECTOR_TYPE: ClassVar[str] = "delta_lake_azure_blb"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "data_format": "data_format",
        "path": "path",
        "delta_table_insert_mode": "delta.table.insert.mode",
        "delta_table_keys": "delta.table.keys",
        "output_dir_name_pattern": "output.dir.name.pattern",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    data_format: Literal["delta"]
    """Wire name `data_format`."""
    path: str
    """Wire name `path`."""
    delta_table_insert_mode: Literal["Insert", "Update"] | None = None
    """Wire name `delta.table.insert.mode`."""
    delta_table_keys: str | None = None
    """Wire name `delta.table.keys`."""
    output_dir_name_pattern: str | None = None
    """Wire name `output.dir.name.pattern`."""


@dataclass(repr=False, kw_only=True)
class DeltaLakeAzureDataLakeSinkConfig(ConnectorConfig):
    """Config of a `delta_lake_azure_data_lake` destination (`sink_config` block, chosen by `sink_type`); a file connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "destinations"
    CONNECTOR_TYPE: ClassVar[str] = "delta_lake_azure_data_lake"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "data_format": "data_format",
        "path": "path",
        "delta_table_insert_mode": "delta.table.insert.mode",
        "delta_table_keys": "delta.table.keys",
        "output_dir_name_pattern": "output.dir.name.pattern",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    data_format: Literal["delta"]
    """Wire name `data_format`."""
    path: str
    """Wire name `path`."""
    delta_table_insert_mode: Literal["Insert", "Update"] | None = None
    """Wire name `delta.table.insert.mode`."""
    delta_table_keys: str | None = None
    """Wire name `delta.table.keys`."""
    output_dir_name_pattern: str | None = None
    """Wire name `output.dir.name.pattern`."""


@dataclass(repr=False, kw_only=True)
class DeltaLakeS3SinkConfig(ConnectorConfig):
    """Config of a `delta_lake_s3` destination (`sink_config` block, chosen by `sink_type`); a file connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "destinations"
    CONNECTOR_TYPE: ClassVar[str] = "delta_lake_s3"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "data_format": "data_format",
        "path": "path",
        "delta_table_insert_mode": "delta.table.insert.mode",
        "delta_table_keys": "delta.table.keys",
        "output_dir_name_pattern": "output.dir.name.pattern",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    data_format: Literal["delta"]
    """Wire name `data_format`."""
    path: str
    """Wire name `path`."""
    delta_table_insert_mode: Literal["Insert", "Update"] | None = None
    """Wire name `delta.table.insert.mode`."""
    delta_table_keys: str | None = None
    """Wire name `delta.table.keys`."""
    output_dir_name_pattern: str | None = None
    """Wire name `output.dir.name.pattern`."""


@dataclass(repr=False, kw_only=True)
class DropboxSinkConfig(ConnectorConfig):
    """Config of a `dropbox` destination (`sink_config` block, chosen by `sink_type`); a file connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "destinations"
    CONNECTOR_TYPE: ClassVar[str] = "dropbox"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "data_format": "data_format",
        "path": "path",
        "field_lengths": "field.lengths",
        "file_name_prefix": "file.name.prefix",
        "line_separator": "line.separator",
        "mapping": "mapping",
        "max_file_size_mb": "max.file.size.mb",
        "orc_compress": "orc.compress",
        "output_dir_name_pattern": "output.dir.name.pattern",
        "padding_character": "padding.character",
        "write_header": "write.header",
        "xml_root": "xml.root",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    data_format: Literal[
        "csv", "tsv", "json", "xml", "xlsx", "edi", "avro", "parquet", "orc", "fw"
    ]
    """Wire name `data_format`."""
    path: str
    """Wire name `path`."""
    field_lengths: str | None = None
    """Wire name `field.lengths`."""
    file_name_prefix: str | None = None
    """Wire name `file.name.prefix`."""
    line_separator: str | None = None
    """Wire name `line.separator`."""
    mapping: dict[str, Any] | None = None
    """Wire name `mapping`."""
    max_file_size_mb: int | float | None = None
    """Wire name `max.file.size.mb`."""
    orc_compress: Literal["none", "zlib", "snappy", "lzo", "lz4"] | None = None
    """Wire name `orc.compress`."""
    output_dir_name_pattern: str | None = None
    """Wire name `output.dir.name.pattern`."""
    padding_character: str | None = None
    """Wire name `padding.character`."""
    write_header: bool | None = None
    """Wire name `write.header`."""
    xml_root: str | None = None
    """Wire name `xml.root`."""


@dataclass(repr=False, kw_only=True)
class DynamodbSinkConfig(ConnectorConfig):
    """Config of a `dynamodb` destination (`sink_config` block, chosen by `sink_type`); a nosql connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "destinations"
    CONNECTOR_TYPE: ClassVar[str] = "dynamodb"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "collection": "collection",
        "database": "database",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    collection: str
    """Wire name `collection`."""
    database: str
    """Wire name `database`. Required with some settings."""


@dataclass(repr=False, kw_only=True)
class EmailSinkConfig(ConnectorConfig):
    """Config of a `email` destination (`sink_config` block, chosen by `sink_type`); a file connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "destinations"
    CONNECTOR_TYPE: ClassVar[str] = "email"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "data_format": "data_format",
        "path": "path",
        "field_lengths": "field.lengths",
        "file_name_prefix": "file.name.prefix",
        "line_separator": "line.separator",
        "mapping": "mapping",
        "max_file_size_mb": "max.file.size.mb",
        "orc_compress": "orc.compress",
        "output_dir_name_pattern": "output.dir.name.pattern",
        "padding_character": "padding.character",
        "write_header": "write.header",
        "xml_root": "xml.root",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    data_format: Literal[
        "csv", "tsv", "json", "xml", "xlsx", "edi", "avro", "parquet", "orc", "fw"
    ]
    """Wire name `data_format`."""
    path: str
    """Wire name `path`."""
    field_lengths: str | None = None
    """Wire name `field.lengths`."""
    file_name_prefix: str | None = None
    """Wire name `file.name.prefix`."""
    line_separator: str | None = None
    """Wire name `line.separator`."""
    mapping: dict[str, Any] | None = None
    """Wire name `mapping`."""
    max_file_size_mb: int | float | None = None
    """Wire name `max.file.size.mb`."""
    orc_compress: Literal["none", "zlib", "snappy", "lzo", "lz4"] | None = None
    """Wire name `orc.compress`."""
    output_dir_name_pattern: str | None = None
    """Wire name `output.dir.name.pattern`."""
    padding_character: str | None = None
    """Wire name `padding.character`."""
    write_header: bool | None = None
    """Wire name `write.header`."""
    xml_root: str | None = None
    """Wire name `xml.root`."""


@dataclass(repr=False, kw_only=True)
class FirebaseSinkConfig(ConnectorConfig):
    """Config of a `firebase` destination (`sink_config` block, chosen by `sink_type`); a nosql connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "destinations"
    CONNECTOR_TYPE: ClassVar[str] = "firebase"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "collection": "collection",
        "database": "database",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    collection: str
    """Wire name `collection`."""
    database: str
    """Wire name `database`. Required with some settings."""


@dataclass(repr=False, kw_only=True)
class FireboltSinkConfig(ConnectorConfig):
    """Config of a `firebolt` destination (`sink_config` block, chosen by `sink_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "destinations"
    CONNECTOR_TYPE: ClassVar[str] = "firebolt"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "insert_mode": "insert.mode",
        "mapping": "mapping",
        "table": "table",
        "database": "database",
        "firebolt_table_type": "firebolt.table.type",
        "primary_key": "primary.key",
        "upsert_nulls": "upsert.nulls",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    insert_mode: Literal["INSERT", "UPSERT"]
    """Wire name `insert.mode`."""
    mapping: dict[str, Any]
    """Wire name `mapping`."""
    table: str
    """Wire name `table`."""
    database: str | None = None
    """Wire name `database`."""
    firebolt_table_type: Literal["FACT", "DIMENSION"] | None = None
    """Wire name `firebolt.table.type`."""
    primary_key: str | None = None
    """Wire name `primary.key`. Required with some settings."""
    upsert_nulls: bool | None = None
    """Wire name `upsert.nulls`."""


@dataclass(repr=False, kw_only=True)
class FtpSinkConfig(ConnectorConfig):
    """Config of a `ftp` destination (`sink_config` block, chosen by `sink_type`); a file connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "destinations"
    CONNECTOR_TYPE: ClassVar[str] = "ftp"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "data_format": "data_format",
        "path": "path",
        "field_lengths": "field.lengths",
        "file_name_prefix": "file.name.prefix",
        "line_separator": "line.separator",
        "mapping": "mapping",
        "max_file_size_mb": "max.file.size.mb",
        "orc_compress": "orc.compress",
        "output_dir_name_pattern": "output.dir.name.pattern",
        "padding_character": "padding.character",
        "write_header": "write.header",
        "xml_root": "xml.root",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    data_format: Literal[
        "csv", "tsv", "json", "xml", "xlsx", "edi", "avro", "parquet", "orc", "fw"
    ]
    """Wire name `data_format`."""
    path: str
    """Wire name `path`."""
    field_lengths: str | None = None
    """Wire name `field.lengths`."""
    file_name_prefix: str | None = None
    """Wire name `file.name.prefix`."""
    line_separator: str | None = None
    """Wire name `line.separator`."""
    mapping: dict[str, Any] | None = None
    """Wire name `mapping`."""
    max_file_size_mb: int | float | None = None
    """Wire name `max.file.size.mb`."""
    orc_compress: Literal["none", "zlib", "snappy", "lzo", "lz4"] | None = None
    """Wire name `orc.compress`."""
    output_dir_name_pattern: str | None = None
    """Wire name `output.dir.name.pattern`."""
    padding_character: str | None = None
    """Wire name `padding.character`."""
    write_header: bool | None = None
    """Wire name `write.header`."""
    xml_root: str | None = None
    """Wire name `xml.root`."""


@dataclass(repr=False, kw_only=True)
class GcpAlloydbSinkConfig(ConnectorConfig):
    """Config of a `gcp_alloydb` destination (`sink_config` block, chosen by `sink_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "destinations"
    CONNECTOR_TYPE: ClassVar[str] = "gcp_alloydb"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "insert_mode": "insert.mode",
        "mapping": "mapping",
        "table": "table",
        "database": "database",
        "primary_key": "primary.key",
        "upsert_nulls": "upsert.nulls",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    insert_mode: Literal["INSERT", "UPSERT"]
    """Wire name `insert.mode`."""
    mapping: dict[str, Any]
    """Wire name `mapping`."""
    table: str
    """Wire name `table`."""
    database: str | None = None
    """Wire name `database`."""
    primary_key: str | None = None
    """Wire name `primary.key`. Required with some settings."""
    upsert_nulls: bool | None = None
    """Wire name `upsert.nulls`."""


@dataclass(repr=False, kw_only=True)
class GcpSpannerSinkConfig(ConnectorConfig):
    """Config of a `gcp_spanner` destination (`sink_config` block, chosen by `sink_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "destinations"
    CONNECTOR_TYPE: ClassVar[str] = "gcp_spanner"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "insert_mode": "insert.mode",
        "mapping": "mapping",
        "table": "table",
        "database": "database",
        "primary_key": "primary.key",
        "upsert_nulls": "upsert.nulls",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    insert_mode: Literal["INSERT", "UPSERT"]
    """Wire name `insert.mode`."""
    mapping: dict[str, Any]
    """Wire name `mapping`."""
    table: str
    """Wire name `table`."""
    database: str | None = None
    """Wire name `database`."""
    primary_key: str | None = None
    """Wire name `primary.key`. Required with some settings."""
    upsert_nulls: bool | None = None
    """Wire name `upsert.nulls`."""


@dataclass(repr=False, kw_only=True)
class GcsSinkConfig(ConnectorConfig):
    """Config of a `gcs` destination (`sink_config` block, chosen by `sink_type`); a file connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "destinations"
    CONNECTOR_TYPE: ClassVar[str] = "gcs"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "data_format": "data_format",
        "path": "path",
        "field_lengths": "field.lengths",
        "file_name_prefix": "file.name.prefix",
        "line_separator": "line.separator",
        "mapping": "mapping",
        "max_file_size_mb": "max.file.size.mb",
        "orc_compress": "orc.compress",
        "output_dir_name_pattern": "output.dir.name.pattern",
        "padding_character": "padding.character",
        "write_header": "write.header",
        "xml_root": "xml.root",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    data_format: Literal[
        "csv", "tsv", "json", "xml", "xlsx", "edi", "avro", "parquet", "orc", "fw"
    ]
    """Wire name `data_format`."""
    path: str
    """Wire name `path`."""
    field_lengths: str | None = None
    """Wire name `field.lengths`."""
    file_name_prefix: str | None = None
    """Wire name `file.name.prefix`."""
    line_separator: str | None = None
    """Wire name `line.separator`."""
    mapping: dict[str, Any] | None = None
    """Wire name `mapping`."""
    max_file_size_mb: int | float | None = None
    """Wire name `max.file.size.mb`."""
    orc_compress: Literal["none", "zlib", "snappy", "lzo", "lz4"] | None = None
    """Wire name `orc.compress`."""
    output_dir_name_pattern: str | None = None
    """Wire name `output.dir.name.pattern`."""
    padding_character: str | None = None
    """Wire name `padding.character`."""
    write_header: bool | None = None
    """Wire name `write.header`."""
    xml_root: str | None = None
    """Wire name `xml.root`."""


@dataclass(repr=False, kw_only=True)
class GdriveSinkConfig(ConnectorConfig):
    """Config of a `gdrive` destination (`sink_config` block, chosen by `sink_type`); a file connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "destinations"
    CONNECTOR_TYPE: ClassVar[str] = "gdrive"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "data_format": "data_format",
        "path": "path",
        "clear_range": "clear.range",
        "field_lengths": "field.lengths",
        "file_name_prefix": "file.name.prefix",
        "insert_mode": "insert.mode",
        "line_separator": "line.separator",
        "mapping": "mapping",
        "max_file_size_mb": "max.file.size.mb",
        "orc_compress": "orc.compress",
        "output_dir_name_pattern": "output.dir.name.pattern",
        "padding_character": "padding.character",
        "range": "range",
        "ui_display_path": "ui.display_path",
        "ui_selected_file_mime_type": "ui.selected_file_mime_type",
        "write_header": "write.header",
        "xml_root": "xml.root",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    data_format: Literal[
        "csv",
        "tsv",
        "json",
        "xml",
        "xlsx",
        "edi",
        "avro",
        "parquet",
        "orc",
        "GOOGLE_SPREADSHEET",
    ]
    """Wire name `data_format`."""
    path: str
    """Wire name `path`."""
    clear_range: str | None = None
    """Wire name `clear.range`."""
    field_lengths: str | None = None
    """Wire name `field.lengths`."""
    file_name_prefix: str | None = None
    """Wire name `file.name.prefix`."""
    insert_mode: Literal["OVERWRITE", "INSERT_ROWS"] | None = None
    """Wire name `insert.mode`."""
    line_separator: str | None = None
    """Wire name `line.separator`."""
    mapping: dict[str, Any] | None = None
    """Wire name `mapping`."""
    max_file_size_mb: int | float | None = None
    """Wire name `max.file.size.mb`."""
    orc_compress: Literal["none", "zlib", "snappy", "lzo", "lz4"] | None = None
    """Wire name `orc.compress`."""
    output_dir_name_pattern: str | None = None
    """Wire name `output.dir.name.pattern`."""
    padding_character: str | None = None
    """Wire name `padding.character`."""
    range: str | None = None
    """Wire name `range`."""
    ui_display_path: str | None = None
    """Wire name `ui.display_path`."""
    ui_selected_file_mime_type: (
        Literal["application/vnd.google-apps.spreadsheet"] | None
    ) = None
    """Wire name `ui.selected_file_mime_type`."""
    write_header: bool | None = None
    """Wire name `write.header`."""
    xml_root: str | None = None
    """Wire name `xml.root`."""


@dataclass(repr=False, kw_only=True)
class GooglePubsubSinkConfig(ConnectorConfig):
    """Config of a `google_pubsub` destination (`sink_config` block, chosen by `sink_type`); a stream connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "destinations"
    CONNECTOR_TYPE: ClassVar[str] = "google_pubsub"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "topic": "topic",
        "include_metadata": "include.metadata",
        "message_key": "message.key",
        "subscription": "subscription",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    topic: str
    """Wire name `topic`."""
    include_metadata: bool | None = None
    """Wire name `include.metadata`."""
    message_key: str | None = None
    """Wire name `message.key`."""
    subscription: str | None = None
    """Wire name `subscription`."""


@dataclass(repr=False, kw_only=True)
class JmsSinkConfig(ConnectorConfig):
    """Config of a `jms` destination (`sink_config` block, chosen by `sink_type`); a stream connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "destinations"
    CONNECTOR_TYPE: ClassVar[str] = "jms"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "target_name": "target.name",
        "target_type": "target.type",
        "writer_type": "writer.type",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    target_name: str
    """Wire name `target.name`."""
    target_type: Literal["topic", "queue"]
    """Wire name `target.type`."""
    writer_type: Literal["csv", "tsv", "txt", "xml", "json"]
    """Wire name `writer.type`."""


@dataclass(repr=False, kw_only=True)
class KafkaSinkConfig(ConnectorConfig):
    """Config of a `kafka` destination (`sink_config` block, chosen by `sink_type`); a stream connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "destinations"
    CONNECTOR_TYPE: ClassVar[str] = "kafka"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "topic": "topic",
        "include_metadata": "include.metadata",
        "message_key": "message.key",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    topic: str
    """Wire name `topic`."""
    include_metadata: bool | None = None
    """Wire name `include.metadata`."""
    message_key: str | None = None
    """Wire name `message.key`."""


@dataclass(repr=False, kw_only=True)
class MinIoS3SinkConfig(ConnectorConfig):
    """Config of a `min_io_s3` destination (`sink_config` block, chosen by `sink_type`); a file connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "destinations"
    CONNECTOR_TYPE: ClassVar[str] = "min_io_s3"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "data_format": "data_format",
        "path": "path",
        "field_lengths": "field.lengths",
        "file_name_prefix": "file.name.prefix",
        "line_separator": "line.separator",
        "mapping": "mapping",
        "max_file_size_mb": "max.file.size.mb",
        "orc_compress": "orc.compress",
        "output_dir_name_pattern": "output.dir.name.pattern",
        "padding_character": "padding.character",
        "write_header": "write.header",
        "xml_root": "xml.root",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    data_format: Literal[
        "csv", "tsv", "json", "xml", "xlsx", "edi", "avro", "parquet", "orc", "fw"
    ]
    """Wire name `data_format`."""
    path: str
    """Wire name `path`."""
    field_lengths: str | None = None
    """Wire name `field.lengths`."""
    file_name_prefix: str | None = None
    """Wire name `file.name.prefix`."""
    line_separator: str | None = None
    """Wire name `line.separator`."""
    mapping: dict[str, Any] | None = None
    """Wire name `mapping`."""
    max_file_size_mb: int | float | None = None
    """Wire name `max.file.size.mb`."""
    orc_compress: Literal["none", "zlib", "snappy", "lzo", "lz4"] | None = None
    """Wire name `orc.compress`."""
    output_dir_name_pattern: str | None = None
    """Wire name `output.dir.name.pattern`."""
    padding_character: str | None = None
    """Wire name `padding.character`."""
    write_header: bool | None = None
    """Wire name `write.header`."""
    xml_root: str | None = None
    """Wire name `xml.root`."""


@dataclass(repr=False, kw_only=True)
class MongoSinkConfig(ConnectorConfig):
    """Config of a `mongo` destination (`sink_config` block, chosen by `sink_type`); a nosql connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "destinations"
    CONNECTOR_TYPE: ClassVar[str] = "mongo"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "collection": "collection",
        "database": "database",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    collection: str
    """Wire name `collection`."""
    database: str
    """Wire name `database`. Required with some settings."""


@dataclass(repr=False, kw_only=True)
class MysqlSinkConfig(ConnectorConfig):
    """Config of a `mysql` destination (`sink_config` block, chosen by `sink_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "destinations"
    CONNECTOR_TYPE: ClassVar[str] = "mysql"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "insert_mode": "insert.mode",
        "mapping": "mapping",
        "table": "table",
        "database": "database",
        "primary_key": "primary.key",
        "upsert_nulls": "upsert.nulls",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    insert_mode: Literal["INSERT", "UPSERT"]
    """Wire name `insert.mode`."""
    mapping: dict[str, Any]
    """Wire name `mapping`."""
    table: str
    """Wire name `table`."""
    database: str | None = None
    """Wire name `database`."""
    primary_key: str | None = None
    """Wire name `primary.key`. Required with some settings."""
    upsert_nulls: bool | None = None
    """Wire name `upsert.nulls`."""


@dataclass(repr=False, kw_only=True)
class NetsuiteJdbcSinkConfig(ConnectorConfig):
    """Config of a `netsuite_jdbc` destination (`sink_config` block, chosen by `sink_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "destinations"
    CONNECTOR_TYPE: ClassVar[str] = "netsuite_jdbc"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "insert_mode": "insert.mode",
        "mapping": "mapping",
        "table": "table",
        "database": "database",
        "primary_key": "primary.key",
        "upsert_nulls": "upsert.nulls",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    insert_mode: Literal["INSERT", "UPSERT"]
    """Wire name `insert.mode`."""
    mapping: dict[str, Any]
    """Wire name `mapping`."""
    table: str
    """Wire name `table`."""
    database: str | None = None
    """Wire name `database`."""
    primary_key: str | None = None
    """Wire name `primary.key`. Required with some settings."""
    upsert_nulls: bool | None = None
    """Wire name `upsert.nulls`."""


@dataclass(repr=False, kw_only=True)
class OracleAutonomousSinkConfig(ConnectorConfig):
    """Config of a `oracle_autonomous` destination (`sink_config` block, chosen by `sink_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "destinations"
    CONNECTOR_TYPE: ClassVar[str] = "oracle_autonomous"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "insert_mode": "insert.mode",
        "mapping": "mapping",
        "table": "table",
        "database": "database",
        "primary_key": "primary.key",
        "upsert_nulls": "upsert.nulls",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    insert_mode: Literal["INSERT", "UPSERT"]
    """Wire name `insert.mode`."""
    mapping: dict[str, Any]
    """Wire name `mapping`."""
    table: str
    """Wire name `table`."""
    database: str | None = None
    """Wire name `database`."""
    primary_key: str | None = None
    """Wire name `primary.key`. Required with some settings."""
    upsert_nulls: bool | None = None
    """Wire name `upsert.nulls`."""


@dataclass(repr=False, kw_only=True)
class OracleSinkConfig(ConnectorConfig):
    """Config of a `oracle` destination (`sink_config` block, chosen by `sink_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "destinations"
    CONNECTOR_TYPE: ClassVar[str] = "oracle"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "insert_mode": "insert.mode",
        "mapping": "mapping",
        "table": "table",
        "database": "database",
        "primary_key": "primary.key",
        "upsert_nulls": "upsert.nulls",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    insert_mode: Literal["INSERT", "UPSERT"]
    """Wire name `insert.mode`."""
    mapping: dict[str, Any]
    """Wire name `mapping`."""
    table: str
    """Wire name `table`."""
    database: str | None = None
    """Wire name `database`."""
    primary_key: str | None = None
    """Wire name `primary.key`. Required with some settings."""
    upsert_nulls: bool | None = None
    """Wire name `upsert.nulls`."""


@dataclass(repr=False, kw_only=True)
class PineconeSinkConfig(ConnectorConfig):
    """Config of a `pinecone` destination (`sink_config` block, chosen by `sink_type`); a vector connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "destinations"
    CONNECTOR_TYPE: ClassVar[str] = "pinecone"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "collection": "collection",
        "database": "database",
        "insert_mode": "insert.mode",
        "mapping": "mapping",
        "table": "table",
        "pinecone_upsert_parallelism": "pinecone.upsert.parallelism",
        "primary_key": "primary.key",
        "upsert_nulls": "upsert.nulls",
        "vector_mapping": "vector_mapping",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    collection: str
    """Wire name `collection`. Nexla's default: `'True'`."""
    database: str
    """Wire name `database`."""
    insert_mode: Literal["INSERT", "UPSERT"]
    """Wire name `insert.mode`."""
    mapping: dict[str, Any]
    """Wire name `mapping`."""
    table: str
    """Wire name `table`."""
    pinecone_upsert_parallelism: int | float | None = None
    """Wire name `pinecone.upsert.parallelism`. Nexla's default: `1`."""
    primary_key: str | None = None
    """Wire name `primary.key`. Required with some settings."""
    upsert_nulls: bool | None = None
    """Wire name `upsert.nulls`."""
    vector_mapping: list[Any] | None = None
    """Wire name `vector_mapping`."""


@dataclass(repr=False, kw_only=True)
class PostgresSinkConfig(ConnectorConfig):
    """Config of a `postgres` destination (`sink_config` block, chosen by `sink_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "destinations"
    CONNECTOR_TYPE: ClassVar[str] = "postgres"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "insert_mode": "insert.mode",
        "mapping": "mapping",
        "table": "table",
        "database": "database",
        "primary_key": "primary.key",
        "upsert_nulls": "upsert.nulls",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    insert_mode: Literal["INSERT", "UPSERT"]
    """Wire name `insert.mode`."""
    mapping: dict[str, Any]
    """Wire name `mapping`."""
    table: str
    """Wire name `table`."""
    database: str | None = None
    """Wire name `database`."""
    primary_key: str | None = None
    """Wire name `primary.key`. Required with some settings."""
    upsert_nulls: bool | None = None
    """Wire name `upsert.nulls`."""


@dataclass(repr=False, kw_only=True)
class RedshiftSinkConfig(ConnectorConfig):
    """Config of a `redshift` destination (`sink_config` block, chosen by `sink_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "destinations"
    CONNECTOR_TYPE: ClassVar[str] = "redshift"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "insert_mode": "insert.mode",
        "mapping": "mapping",
        "table": "table",
        "clustering_columns": "clustering.columns",
        "database": "database",
        "partitioning_column": "partitioning.column",
        "primary_key": "primary.key",
        "upsert_nulls": "upsert.nulls",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    insert_mode: Literal["INSERT", "UPSERT"]
    """Wire name `insert.mode`."""
    mapping: dict[str, Any]
    """Wire name `mapping`."""
    table: str
    """Wire name `table`."""
    clustering_columns: str | None = None
    """Wire name `clustering.columns`."""
    database: str | None = None
    """Wire name `database`."""
    partitioning_column: str | None = None
    """Wire name `partitioning.column`."""
    primary_key: str | None = None
    """Wire name `primary.key`. Required with some settings."""
    upsert_nulls: bool | None = None
    """Wire name `upsert.nulls`."""


@dataclass(repr=False, kw_only=True)
class RestSinkConfig(ConnectorConfig):
    """Config of a `rest` destination (`sink_config` block, chosen by `sink_type`); a api connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "destinations"
    CONNECTOR_TYPE: ClassVar[str] = "rest"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "body_template": "body.template",
        "content_type": "content.type",
        "method": "method",
        "url_template": "url.template",
        "batch_mode": "batch.mode",
        "body_transform_function": "body.transform.function",
        "create_datasource": "create.datasource",
        "max_poll_records": "max.poll.records",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    body_template: str
    """Wire name `body.template`."""
    content_type: Literal["application/json", "application/xml"]
    """Wire name `content.type`."""
    method: Literal["POST", "PUT", "GET", "PATCH", "DELETE"]
    """Wire name `method`."""
    url_template: str
    """Wire name `url.template`."""
    batch_mode: bool | None = None
    """Wire name `batch.mode`."""
    body_transform_function: str | None = None
    """Wire name `body.transform.function`."""
    create_datasource: bool | None = None
    """Wire name `create.datasource`."""
    max_poll_records: int | float | None = None
    """Wire name `max.poll.records`."""


@dataclass(repr=False, kw_only=True)
class S3IcebergSinkConfig(ConnectorConfig):
    """Config of a `s3_iceberg` destination (`sink_config` block, chosen by `sink_type`); a file connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "destinations"
    CONNECTOR_TYPE: ClassVar[str] = "s3_iceberg"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "iceberg_table_name": "iceberg.table.name",
        "iceberg_warehouse_dir": "iceberg.warehouse.dir",
        "cdc_enabled": "cdc.enabled",
        "iceberg_id_fields": "iceberg.id-fields",
        "iceberg_insert_mode": "iceberg.insert.mode",
        "iceberg_partition_keys": "iceberg.partition-keys",
        "table_name_prefix": "table_name_prefix",
        "table_name_suffix": "table_name_suffix",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    iceberg_table_name: str
    """Wire name `iceberg.table.name`."""
    iceberg_warehouse_dir: str
    """Wire name `iceberg.warehouse.dir`."""
    cdc_enabled: bool | None = None
    """Wire name `cdc.enabled`. Nexla's default: `True`."""
    iceberg_id_fields: str | None = None
    """Wire name `iceberg.id-fields`."""
    iceberg_insert_mode: Literal["insert", "upsert"] | None = None
    """Wire name `iceberg.insert.mode`. Nexla's default: `'upsert'`."""
    iceberg_partition_keys: str | None = None
    """Wire name `iceberg.partition-keys`."""
    table_name_prefix: str | None = None
    """Wire name `table_name_prefix`."""
    table_name_suffix: str | None = None
    """Wire name `table_name_suffix`."""


@dataclass(repr=False, kw_only=True)
class S3SinkConfig(ConnectorConfig):
    """Config of a `s3` destination (`sink_config` block, chosen by `sink_type`); a file connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "destinations"
    CONNECTOR_TYPE: ClassVar[str] = "s3"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "data_format": "data_format",
        "path": "path",
        "field_lengths": "field.lengths",
        "file_name_prefix": "file.name.prefix",
        "line_separator": "line.separator",
        "mapping": "mapping",
        "max_file_size_mb": "max.file.size.mb",
        "orc_compress": "orc.compress",
        "output_dir_name_pattern": "output.dir.name.pattern",
        "padding_character": "padding.character",
        "write_header": "write.header",
        "xml_root": "xml.root",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    data_format: Literal[
        "csv", "tsv", "json", "xml", "xlsx", "edi", "avro", "parquet", "orc", "fw"
    ]
    """Wire name `data_format`."""
    path: str
    """Wire name `path`."""
    field_lengths: str | None = None
    """Wire name `field.lengths`."""
    file_name_prefix: str | None = None
    """Wire name `file.name.prefix`."""
    line_separator: str | None = None
    """Wire name `line.separator`."""
    mapping: dict[str, Any] | None = None
    """Wire name `mapping`."""
    max_file_size_mb: int | float | None = None
    """Wire name `max.file.size.mb`."""
    orc_compress: Literal["none", "zlib", "snappy", "lzo", "lz4"] | None = None
    """Wire name `orc.compress`."""
    output_dir_name_pattern: str | None = None
    """Wire name `output.dir.name.pattern`."""
    padding_character: str | None = None
    """Wire name `padding.character`."""
    write_header: bool | None = None
    """Wire name `write.header`."""
    xml_root: str | None = None
    """Wire name `xml.root`."""


@dataclass(repr=False, kw_only=True)
class SharepointSinkConfig(ConnectorConfig):
    """Config of a `sharepoint` destination (`sink_config` block, chosen by `sink_type`); a file connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "destinations"
    CONNECTOR_TYPE: ClassVar[str] = "sharepoint"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "data_format": "data_format",
        "path": "path",
        "field_lengths": "field.lengths",
        "file_name_prefix": "file.name.prefix",
        "line_separator": "line.separator",
        "mapping": "mapping",
        "max_file_size_mb": "max.file.size.mb",
        "orc_compress": "orc.compress",
        "output_dir_name_pattern": "output.dir.name.pattern",
        "padding_character": "padding.character",
        "write_header": "write.header",
        "xml_root": "xml.root",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    data_format: Literal[
        "csv", "tsv", "json", "xml", "xlsx", "edi", "avro", "parquet", "orc", "fw"
    ]
    """Wire name `data_format`."""
    path: str
    """Wire name `path`."""
    field_lengths: str | None = None
    """Wire name `field.lengths`."""
    file_name_prefix: str | None = None
    """Wire name `file.name.prefix`."""
    line_separator: str | None = None
    """Wire name `line.separator`."""
    mapping: dict[str, Any] | None = None
    """Wire name `mapping`."""
    max_file_size_mb: int | float | None = None
    """Wire name `max.file.size.mb`."""
    orc_compress: Literal["none", "zlib", "snappy", "lzo", "lz4"] | None = None
    """Wire name `orc.compress`."""
    output_dir_name_pattern: str | None = None
    """Wire name `output.dir.name.pattern`."""
    padding_character: str | None = None
    """Wire name `padding.character`."""
    write_header: bool | None = None
    """Wire name `write.header`."""
    xml_root: str | None = None
    """Wire name `xml.root`."""


@dataclass(repr=False, kw_only=True)
class SnowflakeDcrSinkConfig(ConnectorConfig):
    """Config of a `snowflake_dcr` destination (`sink_config` block, chosen by `sink_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "destinations"
    CONNECTOR_TYPE: ClassVar[str] = "snowflake_dcr"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "cleanroom_consumer_accountname": "cleanroom.consumer.accountname",
        "insert_mode": "insert.mode",
        "mapping": "mapping",
        "table": "table",
        "cleanroom_dimensions": "cleanroom.dimensions",
        "cleanroom_join_keys": "cleanroom.join.keys",
        "clustering_columns": "clustering.columns",
        "database": "database",
        "partitioning_column": "partitioning.column",
        "primary_key": "primary.key",
        "upsert_nulls": "upsert.nulls",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    cleanroom_consumer_accountname: str
    """Wire name `cleanroom.consumer.accountname`."""
    insert_mode: Literal["INSERT", "UPSERT"]
    """Wire name `insert.mode`."""
    mapping: dict[str, Any]
    """Wire name `mapping`."""
    table: str
    """Wire name `table`."""
    cleanroom_dimensions: str | None = None
    """Wire name `cleanroom.dimensions`."""
    cleanroom_join_keys: str | None = None
    """Wire name `cleanroom.join.keys`."""
    clustering_columns: str | None = None
    """Wire name `clustering.columns`."""
    database: str | None = None
    """Wire name `database`."""
    partitioning_column: str | None = None
    """Wire name `partitioning.column`."""
    primary_key: str | None = None
    """Wire name `primary.key`. Required with some settings."""
    upsert_nulls: bool | None = None
    """Wire name `upsert.nulls`."""


@dataclass(repr=False, kw_only=True)
class SnowflakeSinkConfig(ConnectorConfig):
    """Config of a `snowflake` destination (`sink_config` block, chosen by `sink_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "destinations"
    CONNECTOR_TYPE: ClassVar[str] = "snowflake"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "insert_mode": "insert.mode",
        "mapping": "mapping",
        "table": "table",
        "clustering_columns": "clustering.columns",
        "database": "database",
        "partitioning_column": "partitioning.column",
        "primary_key": "primary.key",
        "upsert_nulls": "upsert.nulls",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    insert_mode: Literal["INSERT", "UPSERT"]
    """Wire name `insert.mode`."""
    mapping: dict[str, Any]
    """Wire name `mapping`."""
    table: str
    """Wire name `table`."""
    clustering_columns: str | None = None
    """Wire name `clustering.columns`."""
    database: str | None = None
    """Wire name `database`."""
    partitioning_column: str | None = None
    """Wire name `partitioning.column`."""
    primary_key: str | None = None
    """Wire name `primary.key`. Required with some settings."""
    upsert_nulls: bool | None = None
    """Wire name `upsert.nulls`."""


@dataclass(repr=False, kw_only=True)
class SqlserverSinkConfig(ConnectorConfig):
    """Config of a `sqlserver` destination (`sink_config` block, chosen by `sink_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "destinations"
    CONNECTOR_TYPE: ClassVar[str] = "sqlserver"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "insert_mode": "insert.mode",
        "mapping": "mapping",
        "table": "table",
        "database": "database",
        "primary_key": "primary.key",
        "upsert_nulls": "upsert.nulls",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    insert_mode: Literal["INSERT", "UPSERT"]
    """Wire name `insert.mode`."""
    mapping: dict[str, Any]
    """Wire name `mapping`."""
    table: str
    """Wire name `table`."""
    database: str | None = None
    """Wire name `database`."""
    primary_key: str | None = None
    """Wire name `primary.key`. Required with some settings."""
    upsert_nulls: bool | None = None
    """Wire name `upsert.nulls`."""


@dataclass(repr=False, kw_only=True)
class TeradataSinkConfig(ConnectorConfig):
    """Config of a `teradata` destination (`sink_config` block, chosen by `sink_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "destinations"
    CONNECTOR_TYPE: ClassVar[str] = "teradata"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "insert_mode": "insert.mode",
        "mapping": "mapping",
        "table": "table",
        "database": "database",
        "primary_key": "primary.key",
        "upsert_nulls": "upsert.nulls",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    insert_mode: Literal["INSERT", "UPSERT"]
    """Wire name `insert.mode`."""
    mapping: dict[str, Any]
    """Wire name `mapping`."""
    table: str
    """Wire name `table`."""
    database: str | None = None
    """Wire name `database`."""
    primary_key: str | None = None
    """Wire name `primary.key`. Required with some settings."""
    upsert_nulls: bool | None = None
    """Wire name `upsert.nulls`."""


@dataclass(repr=False, kw_only=True)
class TibcoSinkConfig(ConnectorConfig):
    """Config of a `tibco` destination (`sink_config` block, chosen by `sink_type`); a stream connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "destinations"
    CONNECTOR_TYPE: ClassVar[str] = "tibco"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "target_name": "target.name",
        "target_type": "target.type",
        "writer_type": "writer.type",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    target_name: str
    """Wire name `target.name`."""
    target_type: Literal["topic", "queue"]
    """Wire name `target.type`."""
    writer_type: Literal["csv", "tsv", "txt", "xml", "json"]
    """Wire name `writer.type`."""
