# generated from spec/ by generator — do not edit
"""Typed source configs, one class per connector type. Generated from the spec; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from ..runtime.connectors import ConnectorConfig

__all__ = [
    "As400SourceConfig",
    "AwsAthenaSourceConfig",
    "AzureBlbSourceConfig",
    "AzureDataLakeSourceConfig",
    "AzureSynapseSourceConfig",
    "BigquerySourceConfig",
    "BoxSourceConfig",
    "CloudsqlMysqlSourceConfig",
    "CloudsqlPostgresSourceConfig",
    "CloudsqlSqlserverSourceConfig",
    "ConfluentKafkaSourceConfig",
    "DatabricksSourceConfig",
    "Db2SourceConfig",
    "DropboxSourceConfig",
    "DynamodbSourceConfig",
    "FileUploadSourceConfig",
    "FirebaseSourceConfig",
    "FireboltSourceConfig",
    "FtpSourceConfig",
    "GcpAlloydbSourceConfig",
    "GcpSpannerSourceConfig",
    "GcsSourceConfig",
    "GdriveSourceConfig",
    "GooglePubsubSourceConfig",
    "HanaJdbcSourceConfig",
    "HiveSourceConfig",
    "JmsSourceConfig",
    "KafkaSourceConfig",
    "MinIoS3SourceConfig",
    "MongoSourceConfig",
    "MysqlSourceConfig",
    "NetsuiteJdbcSourceConfig",
    "NexlaRestSourceConfig",
    "OracleAutonomousSourceConfig",
    "OracleSourceConfig",
    "PineconeSourceConfig",
    "PostgresSourceConfig",
    "RedshiftSourceConfig",
    "RestSourceConfig",
    "S3IcebergSourceConfig",
    "S3SourceConfig",
    "SharepointSourceConfig",
    "SnowflakeSourceConfig",
    "SoapSourceConfig",
    "SqlserverSourceConfig",
    "SybaseSourceConfig",
    "TeradataSourceConfig",
    "TibcoSourceConfig",
    "WebdavSourceConfig",
]


@dataclass(repr=False, kw_only=True)
class As400SourceConfig(ConnectorConfig):
    """Config of a `as400` source (`source_config` block, chosen by `source_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "sources"
    CONNECTOR_TYPE: ClassVar[str] = "as400"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "db_query_mode": "db_query_mode",
        "start_cron": "start.cron",
        "commit_on_read": "commit.on.read",
        "database": "database",
        "incrementing_column_name": "incrementing.column.name",
        "incrementing_load_from": "incrementing.load.from",
        "mode": "mode",
        "query": "query",
        "table": "table",
        "timestamp_column_name": "timestamp.column.name",
        "timestamp_load_from": "timestamp.load.from",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    db_query_mode: Literal["Default", "Query"]
    """Wire name `db_query_mode`."""
    start_cron: str
    """Wire name `start.cron`."""
    commit_on_read: Literal["false", "true"] | None = None
    """Wire name `commit.on.read`."""
    database: str | None = None
    """Wire name `database`. Required with some settings."""
    incrementing_column_name: str | None = None
    """Wire name `incrementing.column.name`."""
    incrementing_load_from: str | None = None
    """Wire name `incrementing.load.from`."""
    mode: (
        Literal["none", "incrementing", "timestamp", "incrementing,timestamp"] | None
    ) = None
    """Wire name `mode`."""
    query: str | None = None
    """Wire name `query`. Required with some settings."""
    table: str | None = None
    """Wire name `table`. Required with some settings."""
    timestamp_column_name: str | None = None
    """Wire name `timestamp.column.name`."""
    timestamp_load_from: int | float | str | None = None
    """Wire name `timestamp.load.from`."""


@dataclass(repr=False, kw_only=True)
class AwsAthenaSourceConfig(ConnectorConfig):
    """Config of a `aws_athena` source (`source_config` block, chosen by `source_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "sources"
    CONNECTOR_TYPE: ClassVar[str] = "aws_athena"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "db_query_mode": "db_query_mode",
        "start_cron": "start.cron",
        "commit_on_read": "commit.on.read",
        "database": "database",
        "incrementing_column_name": "incrementing.column.name",
        "incrementing_load_from": "incrementing.load.from",
        "mode": "mode",
        "query": "query",
        "table": "table",
        "timestamp_column_name": "timestamp.column.name",
        "timestamp_load_from": "timestamp.load.from",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    db_query_mode: Literal["Default", "Query"]
    """Wire name `db_query_mode`."""
    start_cron: str
    """Wire name `start.cron`."""
    commit_on_read: Literal["false", "true"] | None = None
    """Wire name `commit.on.read`."""
    database: str | None = None
    """Wire name `database`. Required with some settings."""
    incrementing_column_name: str | None = None
    """Wire name `incrementing.column.name`."""
    incrementing_load_from: str | None = None
    """Wire name `incrementing.load.from`."""
    mode: (
        Literal["none", "incrementing", "timestamp", "incrementing,timestamp"] | None
    ) = None
    """Wire name `mode`."""
    query: str | None = None
    """Wire name `query`. Required with some settings."""
    table: str | None = None
    """Wire name `table`. Required with some settings."""
    timestamp_column_name: str | None = None
    """Wire name `timestamp.column.name`."""
    timestamp_load_from: int | float | str | None = None
    """Wire name `timestamp.load.from`."""


@dataclass(repr=False, kw_only=True)
class AzureBlbSourceConfig(ConnectorConfig):
    """Config of a `azure_blb` source (`source_config` block, chosen by `source_type`); a file connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "sources"
    CONNECTOR_TYPE: ClassVar[str] = "azure_blb"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "path": "path",
        "start_cron": "start.cron",
        "advanced_settings": "advanced_settings",
        "ai_function_id": "ai.function.id",
        "allow_grouping": "allowGrouping",
        "blacklist_pathmatchers": "blacklist.pathmatchers",
        "chunk_threshold": "chunk_threshold",
        "csv_delimiter": "csv.delimiter",
        "csv_escape_char": "csv.escape.char",
        "csv_quote_char": "csv.quote.char",
        "csv_schema_detection": "csv.schema.detection",
        "csv_skip_first_lines": "csv.skip.first.lines",
        "edi_xpath": "edi.xpath",
        "excel_range_additional": "excel.range.additional",
        "excel_schema_detection": "excel.schema.detection",
        "excel_skip_merged_cells": "excel.skip.merged.cells",
        "field_lengths": "field.lengths",
        "fixed_width_schema_detection_mode": "fixed.width.schema.detection.mode",
        "fixed_width_skip_first_lines": "fixed.width.skip.first.lines",
        "fixed_width_skip_last_lines": "fixed.width.skip.last.lines",
        "grok_pattern": "grok.pattern",
        "group_by_keys": "group.by.keys",
        "group_field_name": "group.field.name",
        "group_publish_null_key": "group.publish.null.key",
        "ignore_files_older_than_ms": "ignore.files.older.than.ms",
        "json_mode": "json.mode",
        "json_path": "json.path",
        "json_path_additional": "json.path.additional",
        "lenient": "lenient",
        "line_separator": "line.separator",
        "line_separator_detection_enabled": "line.separator.detection.enabled",
        "model": "model",
        "overriden_extensions": "overriden.extensions",
        "padding_character": "padding.character",
        "parse_text_block": "parse.text.block",
        "parse_trailer_block": "parse.trailer.block",
        "parse_user_block": "parse.user.block",
        "path_exclusions": "path_exclusions",
        "pdf_document_password": "pdf.document.password",
        "pdf_parsing_auto_1_output_tables": "pdf.parsing.auto-1.outputTables",
        "pdf_parsing_auto_1_output_text": "pdf.parsing.auto-1.outputText",
        "pdf_parsing_emit_text_blocks": "pdf.parsing.emitTextBlocks",
        "pdf_parsing_empty_value_placeholder": "pdf.parsing.emptyValuePlaceholder",
        "pdf_parsing_image_scale": "pdf.parsing.image.scale",
        "pdf_parsing_strategy": "pdf.parsing.strategy",
        "pdf_parsing_tables": "pdf.parsing.tables",
        "pdf_rendering_strategy": "pdf.rendering.strategy",
        "property": "property",
        "quote_char": "quote.char",
        "remove_quotes_forced": "remove.quotes.forced",
        "runtime_data_credentials_id": "runtime_data_credentials_id",
        "scalar_coercion": "scalar.coercion",
        "schema_detection_once": "schema.detection.once",
        "sheets": "sheets",
        "timezone": "timezone",
        "unstructured_chunking_strategy": "unstructured.chunking.strategy",
        "unstructured_combine_under_n_chars": "unstructured.combine.under.n.chars",
        "unstructured_encoding": "unstructured.encoding",
        "unstructured_gz_uncompressed_content_type": "unstructured.gz.uncompressed.content.type",
        "unstructured_include_page_breaks": "unstructured.include.page.breaks",
        "unstructured_max_characters": "unstructured.max.characters",
        "unstructured_multipage_sections": "unstructured.multipage.sections",
        "unstructured_new_after_n_chars": "unstructured.new.after.n.chars",
        "unstructured_pdf_infer_table_structure": "unstructured.pdf.infer.table.structure",
        "whitelist_pathmatchers": "whitelist.pathmatchers",
        "xml_mode": "xml.mode",
        "xml_xpath": "xml.xpath",
        "xml_xpath_additional": "xml.xpath.additional",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({"pdf_document_password"})

    path: str
    """Wire name `path`."""
    start_cron: str
    """Wire name `start.cron`."""
    advanced_settings: (
        Literal[
            "Auto Detect",
            "Custom Text Format",
            "XML",
            "JSON",
            "EDI",
            "Log File",
            "ORC",
            "AVRO",
            "Parquet",
            "Excel",
            "Fixed Width",
            "PDF",
            "Unstructured",
            "SWIFT",
            "Raw File Data",
        ]
        | None
    ) = None
    """Wire name `advanced_settings`."""
    ai_function_id: int | float | None = None
    """Wire name `ai.function.id`."""
    allow_grouping: bool | None = None
    """Wire name `allowGrouping`."""
    blacklist_pathmatchers: str | None = None
    """Wire name `blacklist.pathmatchers`."""
    chunk_threshold: int | float | None = None
    """Wire name `chunk_threshold`. Nexla's default: `1000`."""
    csv_delimiter: str | None = None
    """Wire name `csv.delimiter`."""
    csv_escape_char: str | None = None
    """Wire name `csv.escape.char`."""
    csv_quote_char: str | None = None
    """Wire name `csv.quote.char`."""
    csv_schema_detection: str | None = None
    """Wire name `csv.schema.detection`."""
    csv_skip_first_lines: int | float | None = None
    """Wire name `csv.skip.first.lines`."""
    edi_xpath: str | None = None
    """Wire name `edi.xpath`."""
    excel_range_additional: str | None = None
    """Wire name `excel.range.additional`."""
    excel_schema_detection: Literal["header", "generated"] | None = None
    """Wire name `excel.schema.detection`."""
    excel_skip_merged_cells: bool | None = None
    """Wire name `excel.skip.merged.cells`."""
    field_lengths: str | None = None
    """Wire name `field.lengths`."""
    fixed_width_schema_detection_mode: Literal["header", "generated"] | None = None
    """Wire name `fixed.width.schema.detection.mode`."""
    fixed_width_skip_first_lines: int | float | None = None
    """Wire name `fixed.width.skip.first.lines`."""
    fixed_width_skip_last_lines: int | float | None = None
    """Wire name `fixed.width.skip.last.lines`."""
    grok_pattern: (
        Literal[
            "%{SYSLOGBASE}",
            "%{COMBINEDAPACHELOG}",
            "%{NAGIOSLOGLINE}",
            "%{POSTGRESQL}",
            "%{REDISLOG}",
            "%{JAVASTACKTRACEPART}",
        ]
        | None
    ) = None
    """Wire name `grok.pattern`."""
    group_by_keys: str | None = None
    """Wire name `group.by.keys`."""
    group_field_name: str | None = None
    """Wire name `group.field.name`."""
    group_publish_null_key: str | None = None
    """Wire name `group.publish.null.key`."""
    ignore_files_older_than_ms: int | float | None = None
    """Wire name `ignore.files.older.than.ms`."""
    json_mode: Literal["row", "entire.file"] | None = None
    """Wire name `json.mode`."""
    json_path: str | None = None
    """Wire name `json.path`."""
    json_path_additional: str | None = None
    """Wire name `json.path.additional`."""
    lenient: bool | None = None
    """Wire name `lenient`. Nexla's default: `True`."""
    line_separator: str | None = None
    """Wire name `line.separator`."""
    line_separator_detection_enabled: bool | None = None
    """Wire name `line.separator.detection.enabled`."""
    model: str | None = None
    """Wire name `model`."""
    overriden_extensions: (
        Literal[
            "*:txt",
            "*:xml",
            "*:json",
            "*:edi",
            "*:log",
            "*:orc",
            "*:avro",
            "*:parquet",
            "*:xlsx",
            "*:fw",
            "*:pdf",
            "*:unstructured",
            "*:swift",
        ]
        | None
    ) = None
    """Wire name `overriden.extensions`. Required with some settings."""
    padding_character: str | None = None
    """Wire name `padding.character`."""
    parse_text_block: bool | None = None
    """Wire name `parse.text.block`. Nexla's default: `True`."""
    parse_trailer_block: bool | None = None
    """Wire name `parse.trailer.block`. Nexla's default: `True`."""
    parse_user_block: bool | None = None
    """Wire name `parse.user.block`. Nexla's default: `True`."""
    path_exclusions: bool | None = None
    """Wire name `path_exclusions`."""
    pdf_document_password: str | None = None
    """Wire name `pdf.document.password`. Secret."""
    pdf_parsing_auto_1_output_tables: bool | None = None
    """Wire name `pdf.parsing.auto-1.outputTables`."""
    pdf_parsing_auto_1_output_text: bool | None = None
    """Wire name `pdf.parsing.auto-1.outputText`."""
    pdf_parsing_emit_text_blocks: bool | None = None
    """Wire name `pdf.parsing.emitTextBlocks`."""
    pdf_parsing_empty_value_placeholder: str | None = None
    """Wire name `pdf.parsing.emptyValuePlaceholder`."""
    pdf_parsing_image_scale: str | None = None
    """Wire name `pdf.parsing.image.scale`."""
    pdf_parsing_strategy: (
        Literal["text", "semi-auto", "auto-1", "auto-2", "image"] | None
    ) = None
    """Wire name `pdf.parsing.strategy`."""
    pdf_parsing_tables: str | None = None
    """Wire name `pdf.parsing.tables`."""
    pdf_rendering_strategy: (
        Literal[
            "default", "embedded", "extended", "table.as.message", "document.as.message"
        ]
        | None
    ) = None
    """Wire name `pdf.rendering.strategy`. Nexla's default: `'default'`."""
    property: str | None = None
    """Wire name `property`."""
    quote_char: str | None = None
    """Wire name `quote.char`."""
    remove_quotes_forced: bool | None = None
    """Wire name `remove.quotes.forced`."""
    runtime_data_credentials_id: int | float | None = None
    """Wire name `runtime_data_credentials_id`."""
    scalar_coercion: bool | None = None
    """Wire name `scalar.coercion`."""
    schema_detection_once: bool | None = None
    """Wire name `schema.detection.once`."""
    sheets: str | None = None
    """Wire name `sheets`."""
    timezone: str | None = None
    """Wire name `timezone`."""
    unstructured_chunking_strategy: Literal["", "by_title"] | None = None
    """Wire name `unstructured.chunking.strategy`."""
    unstructured_combine_under_n_chars: int | float | None = None
    """Wire name `unstructured.combine.under.n.chars`. Nexla's default: `500`."""
    unstructured_encoding: str | None = None
    """Wire name `unstructured.encoding`."""
    unstructured_gz_uncompressed_content_type: Literal["application/pdf"] | None = None
    """Wire name `unstructured.gz.uncompressed.content.type`."""
    unstructured_include_page_breaks: bool | None = None
    """Wire name `unstructured.include.page.breaks`. Nexla's default: `False`."""
    unstructured_max_characters: int | float | None = None
    """Wire name `unstructured.max.characters`. Nexla's default: `1500`."""
    unstructured_multipage_sections: bool | None = None
    """Wire name `unstructured.multipage.sections`. Nexla's default: `True`."""
    unstructured_new_after_n_chars: int | float | None = None
    """Wire name `unstructured.new.after.n.chars`. Nexla's default: `1500`."""
    unstructured_pdf_infer_table_structure: bool | None = None
    """Wire name `unstructured.pdf.infer.table.structure`. Nexla's default: `False`."""
    whitelist_pathmatchers: str | None = None
    """Wire name `whitelist.pathmatchers`."""
    xml_mode: Literal["row", "entire.file"] | None = None
    """Wire name `xml.mode`."""
    xml_xpath: str | None = None
    """Wire name `xml.xpath`."""
    xml_xpath_additional: str | None = None
    """Wire name `xml.xpath.additional`."""


@dataclass(repr=False, kw_only=True)
class AzureDataLakeSourceConfig(ConnectorConfig):
    """Config of a `azure_data_lake` source (`source_config` block, chosen by `source_type`); a file connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "sources"
    CONNECTOR_TYPE: ClassVar[str] = "azure_data_lake"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "path": "path",
        "start_cron": "start.cron",
        "advanced_settings": "advanced_settings",
        "ai_function_id": "ai.function.id",
        "allow_grouping": "allowGrouping",
        "blacklist_pathmatchers": "blacklist.pathmatchers",
        "chunk_threshold": "chunk_threshold",
        "csv_delimiter": "csv.delimiter",
        "csv_escape_char": "csv.escape.char",
        "csv_quote_char": "csv.quote.char",
        "csv_schema_detection": "csv.schema.detection",
        "csv_skip_first_lines": "csv.skip.first.lines",
        "edi_xpath": "edi.xpath",
        "excel_range_additional": "excel.range.additional",
        "excel_schema_detection": "excel.schema.detection",
        "excel_skip_merged_cells": "excel.skip.merged.cells",
        "field_lengths": "field.lengths",
        "fixed_width_schema_detection_mode": "fixed.width.schema.detection.mode",
        "fixed_width_skip_first_lines": "fixed.width.skip.first.lines",
        "fixed_width_skip_last_lines": "fixed.width.skip.last.lines",
        "grok_pattern": "grok.pattern",
        "group_by_keys": "group.by.keys",
        "group_field_name": "group.field.name",
        "group_publish_null_key": "group.publish.null.key",
        "ignore_files_older_than_ms": "ignore.files.older.than.ms",
        "json_mode": "json.mode",
        "json_path": "json.path",
        "json_path_additional": "json.path.additional",
        "lenient": "lenient",
        "line_separator": "line.separator",
        "line_separator_detection_enabled": "line.separator.detection.enabled",
        "model": "model",
        "overriden_extensions": "overriden.extensions",
        "padding_character": "padding.character",
        "parse_text_block": "parse.text.block",
        "parse_trailer_block": "parse.trailer.block",
        "parse_user_block": "parse.user.block",
        "path_exclusions": "path_exclusions",
        "pdf_document_password": "pdf.document.password",
        "pdf_parsing_auto_1_output_tables": "pdf.parsing.auto-1.outputTables",
        "pdf_parsing_auto_1_output_text": "pdf.parsing.auto-1.outputText",
        "pdf_parsing_emit_text_blocks": "pdf.parsing.emitTextBlocks",
        "pdf_parsing_empty_value_placeholder": "pdf.parsing.emptyValuePlaceholder",
        "pdf_parsing_image_scale": "pdf.parsing.image.scale",
        "pdf_parsing_strategy": "pdf.parsing.strategy",
        "pdf_parsing_tables": "pdf.parsing.tables",
        "pdf_rendering_strategy": "pdf.rendering.strategy",
        "property": "property",
        "quote_char": "quote.char",
        "remove_quotes_forced": "remove.quotes.forced",
        "runtime_data_credentials_id": "runtime_data_credentials_id",
        "scalar_coercion": "scalar.coercion",
        "schema_detection_once": "schema.detection.once",
        "sheets": "sheets",
        "timezone": "timezone",
        "unstructured_chunking_strategy": "unstructured.chunking.strategy",
        "unstructured_combine_under_n_chars": "unstructured.combine.under.n.chars",
        "unstructured_encoding": "unstructured.encoding",
        "unstructured_gz_uncompressed_content_type": "unstructured.gz.uncompressed.content.type",
        "unstructured_include_page_breaks": "unstructured.include.page.breaks",
        "unstructured_max_characters": "unstructured.max.characters",
        "unstructured_multipage_sections": "unstructured.multipage.sections",
        "unstructured_new_after_n_chars": "unstructured.new.after.n.chars",
        "unstructured_pdf_infer_table_structure": "unstructured.pdf.infer.table.structure",
        "whitelist_pathmatchers": "whitelist.pathmatchers",
        "xml_mode": "xml.mode",
        "xml_xpath": "xml.xpath",
        "xml_xpath_additional": "xml.xpath.additional",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({"pdf_document_password"})

    path: str
    """Wire name `path`."""
    start_cron: str
    """Wire name `start.cron`."""
    advanced_settings: (
        Literal[
            "Auto Detect",
            "Custom Text Format",
            "XML",
            "JSON",
            "EDI",
            "Log File",
            "ORC",
            "AVRO",
            "Parquet",
            "Excel",
            "Fixed Width",
            "PDF",
            "Unstructured",
            "SWIFT",
            "Raw File Data",
        ]
        | None
    ) = None
    """Wire name `advanced_settings`."""
    ai_function_id: int | float | None = None
    """Wire name `ai.function.id`."""
    allow_grouping: bool | None = None
    """Wire name `allowGrouping`."""
    blacklist_pathmatchers: str | None = None
    """Wire name `blacklist.pathmatchers`."""
    chunk_threshold: int | float | None = None
    """Wire name `chunk_threshold`. Nexla's default: `1000`."""
    csv_delimiter: str | None = None
    """Wire name `csv.delimiter`."""
    csv_escape_char: str | None = None
    """Wire name `csv.escape.char`."""
    csv_quote_char: str | None = None
    """Wire name `csv.quote.char`."""
    csv_schema_detection: str | None = None
    """Wire name `csv.schema.detection`."""
    csv_skip_first_lines: int | float | None = None
    """Wire name `csv.skip.first.lines`."""
    edi_xpath: str | None = None
    """Wire name `edi.xpath`."""
    excel_range_additional: str | None = None
    """Wire name `excel.range.additional`."""
    excel_schema_detection: Literal["header", "generated"] | None = None
    """Wire name `excel.schema.detection`."""
    excel_skip_merged_cells: bool | None = None
    """Wire name `excel.skip.merged.cells`."""
    field_lengths: str | None = None
    """Wire name `field.lengths`."""
    fixed_width_schema_detection_mode: Literal["header", "generated"] | None = None
    """Wire name `fixed.width.schema.detection.mode`."""
    fixed_width_skip_first_lines: int | float | None = None
    """Wire name `fixed.width.skip.first.lines`."""
    fixed_width_skip_last_lines: int | float | None = None
    """Wire name `fixed.width.skip.last.lines`."""
    grok_pattern: (
        Literal[
            "%{SYSLOGBASE}",
            "%{COMBINEDAPACHELOG}",
            "%{NAGIOSLOGLINE}",
            "%{POSTGRESQL}",
            "%{REDISLOG}",
            "%{JAVASTACKTRACEPART}",
        ]
        | None
    ) = None
    """Wire name `grok.pattern`."""
    group_by_keys: str | None = None
    """Wire name `group.by.keys`."""
    group_field_name: str | None = None
    """Wire name `group.field.name`."""
    group_publish_null_key: str | None = None
    """Wire name `group.publish.null.key`."""
    ignore_files_older_than_ms: int | float | None = None
    """Wire name `ignore.files.older.than.ms`."""
    json_mode: Literal["row", "entire.file"] | None = None
    """Wire name `json.mode`."""
    json_path: str | None = None
    """Wire name `json.path`."""
    json_path_additional: str | None = None
    """Wire name `json.path.additional`."""
    lenient: bool | None = None
    """Wire name `lenient`. Nexla's default: `True`."""
    line_separator: str | None = None
    """Wire name `line.separator`."""
    line_separator_detection_enabled: bool | None = None
    """Wire name `line.separator.detection.enabled`."""
    model: str | None = None
    """Wire name `model`."""
    overriden_extensions: (
        Literal[
            "*:txt",
            "*:xml",
            "*:json",
            "*:edi",
            "*:log",
            "*:orc",
            "*:avro",
            "*:parquet",
            "*:xlsx",
            "*:fw",
            "*:pdf",
            "*:unstructured",
            "*:swift",
        ]
        | None
    ) = None
    """Wire name `overriden.extensions`. Required with some settings."""
    padding_character: str | None = None
    """Wire name `padding.character`."""
    parse_text_block: bool | None = None
    """Wire name `parse.text.block`. Nexla's default: `True`."""
    parse_trailer_block: bool | None = None
    """Wire name `parse.trailer.block`. Nexla's default: `True`."""
    parse_user_block: bool | None = None
    """Wire name `parse.user.block`. Nexla's default: `True`."""
    path_exclusions: bool | None = None
    """Wire name `path_exclusions`."""
    pdf_document_password: str | None = None
    """Wire name `pdf.document.password`. Secret."""
    pdf_parsing_auto_1_output_tables: bool | None = None
    """Wire name `pdf.parsing.auto-1.outputTables`."""
    pdf_parsing_auto_1_output_text: bool | None = None
    """Wire name `pdf.parsing.auto-1.outputText`."""
    pdf_parsing_emit_text_blocks: bool | None = None
    """Wire name `pdf.parsing.emitTextBlocks`."""
    pdf_parsing_empty_value_placeholder: str | None = None
    """Wire name `pdf.parsing.emptyValuePlaceholder`."""
    pdf_parsing_image_scale: str | None = None
    """Wire name `pdf.parsing.image.scale`."""
    pdf_parsing_strategy: (
        Literal["text", "semi-auto", "auto-1", "auto-2", "image"] | None
    ) = None
    """Wire name `pdf.parsing.strategy`."""
    pdf_parsing_tables: str | None = None
    """Wire name `pdf.parsing.tables`."""
    pdf_rendering_strategy: (
        Literal[
            "default", "embedded", "extended", "table.as.message", "document.as.message"
        ]
        | None
    ) = None
    """Wire name `pdf.rendering.strategy`. Nexla's default: `'default'`."""
    property: str | None = None
    """Wire name `property`."""
    quote_char: str | None = None
    """Wire name `quote.char`."""
    remove_quotes_forced: bool | None = None
    """Wire name `remove.quotes.forced`."""
    runtime_data_credentials_id: int | float | None = None
    """Wire name `runtime_data_credentials_id`."""
    scalar_coercion: bool | None = None
    """Wire name `scalar.coercion`."""
    schema_detection_once: bool | None = None
    """Wire name `schema.detection.once`."""
    sheets: str | None = None
    """Wire name `sheets`."""
    timezone: str | None = None
    """Wire name `timezone`."""
    unstructured_chunking_strategy: Literal["", "by_title"] | None = None
    """Wire name `unstructured.chunking.strategy`."""
    unstructured_combine_under_n_chars: int | float | None = None
    """Wire name `unstructured.combine.under.n.chars`. Nexla's default: `500`."""
    unstructured_encoding: str | None = None
    """Wire name `unstructured.encoding`."""
    unstructured_gz_uncompressed_content_type: Literal["application/pdf"] | None = None
    """Wire name `unstructured.gz.uncompressed.content.type`."""
    unstructured_include_page_breaks: bool | None = None
    """Wire name `unstructured.include.page.breaks`. Nexla's default: `False`."""
    unstructured_max_characters: int | float | None = None
    """Wire name `unstructured.max.characters`. Nexla's default: `1500`."""
    unstructured_multipage_sections: bool | None = None
    """Wire name `unstructured.multipage.sections`. Nexla's default: `True`."""
    unstructured_new_after_n_chars: int | float | None = None
    """Wire name `unstructured.new.after.n.chars`. Nexla's default: `1500`."""
    unstructured_pdf_infer_table_structure: bool | None = None
    """Wire name `unstructured.pdf.infer.table.structure`. Nexla's default: `False`."""
    whitelist_pathmatchers: str | None = None
    """Wire name `whitelist.pathmatchers`."""
    xml_mode: Literal["row", "entire.file"] | None = None
    """Wire name `xml.mode`."""
    xml_xpath: str | None = None
    """Wire name `xml.xpath`."""
    xml_xpath_additional: str | None = None
    """Wire name `xml.xpath.additional`."""


@dataclass(repr=False, kw_only=True)
class AzureSynapseSourceConfig(ConnectorConfig):
    """Config of a `azure_synapse` source (`source_config` block, chosen by `source_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "sources"
    CONNECTOR_TYPE: ClassVar[str] = "azure_synapse"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "db_query_mode": "db_query_mode",
        "start_cron": "start.cron",
        "commit_on_read": "commit.on.read",
        "database": "database",
        "incrementing_column_name": "incrementing.column.name",
        "incrementing_load_from": "incrementing.load.from",
        "mode": "mode",
        "query": "query",
        "table": "table",
        "timestamp_column_name": "timestamp.column.name",
        "timestamp_load_from": "timestamp.load.from",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    db_query_mode: Literal["Default", "Query"]
    """Wire name `db_query_mode`."""
    start_cron: str
    """Wire name `start.cron`."""
    commit_on_read: Literal["false", "true"] | None = None
    """Wire name `commit.on.read`."""
    database: str | None = None
    """Wire name `database`. Required with some settings."""
    incrementing_column_name: str | None = None
    """Wire name `incrementing.column.name`."""
    incrementing_load_from: str | None = None
    """Wire name `incrementing.load.from`."""
    mode: (
        Literal["none", "incrementing", "timestamp", "incrementing,timestamp"] | None
    ) = None
    """Wire name `mode`."""
    query: str | None = None
    """Wire name `query`. Required with some settings."""
    table: str | None = None
    """Wire name `table`. Required with some settings."""
    timestamp_column_name: str | None = None
    """Wire name `timestamp.column.name`."""
    timestamp_load_from: int | float | str | None = None
    """Wire name `timestamp.load.from`."""


@dataclass(repr=False, kw_only=True)
class BigquerySourceConfig(ConnectorConfig):
    """Config of a `bigquery` source (`source_config` block, chosen by `source_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "sources"
    CONNECTOR_TYPE: ClassVar[str] = "bigquery"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "db_query_mode": "db_query_mode",
        "start_cron": "start.cron",
        "commit_on_read": "commit.on.read",
        "database": "database",
        "incrementing_column_name": "incrementing.column.name",
        "incrementing_load_from": "incrementing.load.from",
        "mode": "mode",
        "query": "query",
        "table": "table",
        "timestamp_column_name": "timestamp.column.name",
        "timestamp_load_from": "timestamp.load.from",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    db_query_mode: Literal["Default", "Query"]
    """Wire name `db_query_mode`."""
    start_cron: str
    """Wire name `start.cron`."""
    commit_on_read: Literal["false", "true"] | None = None
    """Wire name `commit.on.read`."""
    database: str | None = None
    """Wire name `database`. Required with some settings."""
    incrementing_column_name: str | None = None
    """Wire name `incrementing.column.name`."""
    incrementing_load_from: str | None = None
    """Wire name `incrementing.load.from`."""
    mode: (
        Literal["none", "incrementing", "timestamp", "incrementing,timestamp"] | None
    ) = None
    """Wire name `mode`."""
    query: str | None = None
    """Wire name `query`. Required with some settings."""
    table: str | None = None
    """Wire name `table`. Required with some settings."""
    timestamp_column_name: str | None = None
    """Wire name `timestamp.column.name`."""
    timestamp_load_from: int | float | str | None = None
    """Wire name `timestamp.load.from`."""


@dataclass(repr=False, kw_only=True)
class BoxSourceConfig(ConnectorConfig):
    """Config of a `box` source (`source_config` block, chosen by `source_type`); a file connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "sources"
    CONNECTOR_TYPE: ClassVar[str] = "box"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "path": "path",
        "start_cron": "start.cron",
        "advanced_settings": "advanced_settings",
        "ai_function_id": "ai.function.id",
        "allow_grouping": "allowGrouping",
        "blacklist_pathmatchers": "blacklist.pathmatchers",
        "chunk_threshold": "chunk_threshold",
        "csv_delimiter": "csv.delimiter",
        "csv_escape_char": "csv.escape.char",
        "csv_quote_char": "csv.quote.char",
        "csv_schema_detection": "csv.schema.detection",
        "csv_skip_first_lines": "csv.skip.first.lines",
        "edi_xpath": "edi.xpath",
        "excel_range_additional": "excel.range.additional",
        "excel_schema_detection": "excel.schema.detection",
        "excel_skip_merged_cells": "excel.skip.merged.cells",
        "field_lengths": "field.lengths",
        "fixed_width_schema_detection_mode": "fixed.width.schema.detection.mode",
        "fixed_width_skip_first_lines": "fixed.width.skip.first.lines",
        "fixed_width_skip_last_lines": "fixed.width.skip.last.lines",
        "grok_pattern": "grok.pattern",
        "group_by_keys": "group.by.keys",
        "group_field_name": "group.field.name",
        "group_publish_null_key": "group.publish.null.key",
        "ignore_files_older_than_ms": "ignore.files.older.than.ms",
        "json_mode": "json.mode",
        "json_path": "json.path",
        "json_path_additional": "json.path.additional",
        "lenient": "lenient",
        "line_separator": "line.separator",
        "line_separator_detection_enabled": "line.separator.detection.enabled",
        "model": "model",
        "overriden_extensions": "overriden.extensions",
        "padding_character": "padding.character",
        "parse_text_block": "parse.text.block",
        "parse_trailer_block": "parse.trailer.block",
        "parse_user_block": "parse.user.block",
        "path_exclusions": "path_exclusions",
        "pdf_document_password": "pdf.document.password",
        "pdf_parsing_auto_1_output_tables": "pdf.parsing.auto-1.outputTables",
        "pdf_parsing_auto_1_output_text": "pdf.parsing.auto-1.outputText",
        "pdf_parsing_emit_text_blocks": "pdf.parsing.emitTextBlocks",
        "pdf_parsing_empty_value_placeholder": "pdf.parsing.emptyValuePlaceholder",
        "pdf_parsing_image_scale": "pdf.parsing.image.scale",
        "pdf_parsing_strategy": "pdf.parsing.strategy",
        "pdf_parsing_tables": "pdf.parsing.tables",
        "pdf_rendering_strategy": "pdf.rendering.strategy",
        "property": "property",
        "quote_char": "quote.char",
        "remove_quotes_forced": "remove.quotes.forced",
        "runtime_data_credentials_id": "runtime_data_credentials_id",
        "scalar_coercion": "scalar.coercion",
        "schema_detection_once": "schema.detection.once",
        "sheets": "sheets",
        "timezone": "timezone",
        "unstructured_chunking_strategy": "unstructured.chunking.strategy",
        "unstructured_combine_under_n_chars": "unstructured.combine.under.n.chars",
        "unstructured_encoding": "unstructured.encoding",
        "unstructured_gz_uncompressed_content_type": "unstructured.gz.uncompressed.content.type",
        "unstructured_include_page_breaks": "unstructured.include.page.breaks",
        "unstructured_max_characters": "unstructured.max.characters",
        "unstructured_multipage_sections": "unstructured.multipage.sections",
        "unstructured_new_after_n_chars": "unstructured.new.after.n.chars",
        "unstructured_pdf_infer_table_structure": "unstructured.pdf.infer.table.structure",
        "whitelist_pathmatchers": "whitelist.pathmatchers",
        "xml_mode": "xml.mode",
        "xml_xpath": "xml.xpath",
        "xml_xpath_additional": "xml.xpath.additional",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({"pdf_document_password"})

    path: str
    """Wire name `path`."""
    start_cron: str
    """Wire name `start.cron`."""
    advanced_settings: (
        Literal[
            "Auto Detect",
            "Custom Text Format",
            "XML",
            "JSON",
            "EDI",
            "Log File",
            "ORC",
            "AVRO",
            "Parquet",
            "Excel",
            "Fixed Width",
            "PDF",
            "Unstructured",
            "SWIFT",
            "Raw File Data",
        ]
        | None
    ) = None
    """Wire name `advanced_settings`."""
    ai_function_id: int | float | None = None
    """Wire name `ai.function.id`."""
    allow_grouping: bool | None = None
    """Wire name `allowGrouping`."""
    blacklist_pathmatchers: str | None = None
    """Wire name `blacklist.pathmatchers`."""
    chunk_threshold: int | float | None = None
    """Wire name `chunk_threshold`. Nexla's default: `1000`."""
    csv_delimiter: str | None = None
    """Wire name `csv.delimiter`."""
    csv_escape_char: str | None = None
    """Wire name `csv.escape.char`."""
    csv_quote_char: str | None = None
    """Wire name `csv.quote.char`."""
    csv_schema_detection: str | None = None
    """Wire name `csv.schema.detection`."""
    csv_skip_first_lines: int | float | None = None
    """Wire name `csv.skip.first.lines`."""
    edi_xpath: str | None = None
    """Wire name `edi.xpath`."""
    excel_range_additional: str | None = None
    """Wire name `excel.range.additional`."""
    excel_schema_detection: Literal["header", "generated"] | None = None
    """Wire name `excel.schema.detection`."""
    excel_skip_merged_cells: bool | None = None
    """Wire name `excel.skip.merged.cells`."""
    field_lengths: str | None = None
    """Wire name `field.lengths`."""
    fixed_width_schema_detection_mode: Literal["header", "generated"] | None = None
    """Wire name `fixed.width.schema.detection.mode`."""
    fixed_width_skip_first_lines: int | float | None = None
    """Wire name `fixed.width.skip.first.lines`."""
    fixed_width_skip_last_lines: int | float | None = None
    """Wire name `fixed.width.skip.last.lines`."""
    grok_pattern: (
        Literal[
            "%{SYSLOGBASE}",
            "%{COMBINEDAPACHELOG}",
            "%{NAGIOSLOGLINE}",
            "%{POSTGRESQL}",
            "%{REDISLOG}",
            "%{JAVASTACKTRACEPART}",
        ]
        | None
    ) = None
    """Wire name `grok.pattern`."""
    group_by_keys: str | None = None
    """Wire name `group.by.keys`."""
    group_field_name: str | None = None
    """Wire name `group.field.name`."""
    group_publish_null_key: str | None = None
    """Wire name `group.publish.null.key`."""
    ignore_files_older_than_ms: int | float | None = None
    """Wire name `ignore.files.older.than.ms`."""
    json_mode: Literal["row", "entire.file"] | None = None
    """Wire name `json.mode`."""
    json_path: str | None = None
    """Wire name `json.path`."""
    json_path_additional: str | None = None
    """Wire name `json.path.additional`."""
    lenient: bool | None = None
    """Wire name `lenient`. Nexla's default: `True`."""
    line_separator: str | None = None
    """Wire name `line.separator`."""
    line_separator_detection_enabled: bool | None = None
    """Wire name `line.separator.detection.enabled`."""
    model: str | None = None
    """Wire name `model`."""
    overriden_extensions: (
        Literal[
            "*:txt",
            "*:xml",
            "*:json",
            "*:edi",
            "*:log",
            "*:orc",
            "*:avro",
            "*:parquet",
            "*:xlsx",
            "*:fw",
            "*:pdf",
            "*:unstructured",
            "*:swift",
        ]
        | None
    ) = None
    """Wire name `overriden.extensions`. Required with some settings."""
    padding_character: str | None = None
    """Wire name `padding.character`."""
    parse_text_block: bool | None = None
    """Wire name `parse.text.block`. Nexla's default: `True`."""
    parse_trailer_block: bool | None = None
    """Wire name `parse.trailer.block`. Nexla's default: `True`."""
    parse_user_block: bool | None = None
    """Wire name `parse.user.block`. Nexla's default: `True`."""
    path_exclusions: bool | None = None
    """Wire name `path_exclusions`."""
    pdf_document_password: str | None = None
    """Wire name `pdf.document.password`. Secret."""
    pdf_parsing_auto_1_output_tables: bool | None = None
    """Wire name `pdf.parsing.auto-1.outputTables`."""
    pdf_parsing_auto_1_output_text: bool | None = None
    """Wire name `pdf.parsing.auto-1.outputText`."""
    pdf_parsing_emit_text_blocks: bool | None = None
    """Wire name `pdf.parsing.emitTextBlocks`."""
    pdf_parsing_empty_value_placeholder: str | None = None
    """Wire name `pdf.parsing.emptyValuePlaceholder`."""
    pdf_parsing_image_scale: str | None = None
    """Wire name `pdf.parsing.image.scale`."""
    pdf_parsing_strategy: (
        Literal["text", "semi-auto", "auto-1", "auto-2", "image"] | None
    ) = None
    """Wire name `pdf.parsing.strategy`."""
    pdf_parsing_tables: str | None = None
    """Wire name `pdf.parsing.tables`."""
    pdf_rendering_strategy: (
        Literal[
            "default", "embedded", "extended", "table.as.message", "document.as.message"
        ]
        | None
    ) = None
    """Wire name `pdf.rendering.strategy`. Nexla's default: `'default'`."""
    property: str | None = None
    """Wire name `property`."""
    quote_char: str | None = None
    """Wire name `quote.char`."""
    remove_quotes_forced: bool | None = None
    """Wire name `remove.quotes.forced`."""
    runtime_data_credentials_id: int | float | None = None
    """Wire name `runtime_data_credentials_id`."""
    scalar_coercion: bool | None = None
    """Wire name `scalar.coercion`."""
    schema_detection_once: bool | None = None
    """Wire name `schema.detection.once`."""
    sheets: str | None = None
    """Wire name `sheets`."""
    timezone: str | None = None
    """Wire name `timezone`."""
    unstructured_chunking_strategy: Literal["", "by_title"] | None = None
    """Wire name `unstructured.chunking.strategy`."""
    unstructured_combine_under_n_chars: int | float | None = None
    """Wire name `unstructured.combine.under.n.chars`. Nexla's default: `500`."""
    unstructured_encoding: str | None = None
    """Wire name `unstructured.encoding`."""
    unstructured_gz_uncompressed_content_type: Literal["application/pdf"] | None = None
    """Wire name `unstructured.gz.uncompressed.content.type`."""
    unstructured_include_page_breaks: bool | None = None
    """Wire name `unstructured.include.page.breaks`. Nexla's default: `False`."""
    unstructured_max_characters: int | float | None = None
    """Wire name `unstructured.max.characters`. Nexla's default: `1500`."""
    unstructured_multipage_sections: bool | None = None
    """Wire name `unstructured.multipage.sections`. Nexla's default: `True`."""
    unstructured_new_after_n_chars: int | float | None = None
    """Wire name `unstructured.new.after.n.chars`. Nexla's default: `1500`."""
    unstructured_pdf_infer_table_structure: bool | None = None
    """Wire name `unstructured.pdf.infer.table.structure`. Nexla's default: `False`."""
    whitelist_pathmatchers: str | None = None
    """Wire name `whitelist.pathmatchers`."""
    xml_mode: Literal["row", "entire.file"] | None = None
    """Wire name `xml.mode`."""
    xml_xpath: str | None = None
    """Wire name `xml.xpath`."""
    xml_xpath_additional: str | None = None
    """Wire name `xml.xpath.additional`."""


@dataclass(repr=False, kw_only=True)
class CloudsqlMysqlSourceConfig(ConnectorConfig):
    """Config of a `cloudsql_mysql` source (`source_config` block, chosen by `source_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "sources"
    CONNECTOR_TYPE: ClassVar[str] = "cloudsql_mysql"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "db_query_mode": "db_query_mode",
        "start_cron": "start.cron",
        "cdc_capture_delete": "cdc.capture.delete",
        "cdc_enabled": "cdc.enabled",
        "cdc_snapshot_enabled": "cdc.snapshot.enabled",
        "commit_on_read": "commit.on.read",
        "database": "database",
        "incrementing_column_name": "incrementing.column.name",
        "incrementing_load_from": "incrementing.load.from",
        "mode": "mode",
        "query": "query",
        "table": "table",
        "timestamp_column_name": "timestamp.column.name",
        "timestamp_load_from": "timestamp.load.from",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    db_query_mode: Literal["Default", "Query"]
    """Wire name `db_query_mode`."""
    start_cron: str
    """Wire name `start.cron`."""
    cdc_capture_delete: bool | None = None
    """Wire name `cdc.capture.delete`."""
    cdc_enabled: bool | None = None
    """Wire name `cdc.enabled`."""
    cdc_snapshot_enabled: bool | None = None
    """Wire name `cdc.snapshot.enabled`."""
    commit_on_read: Literal["false", "true"] | None = None
    """Wire name `commit.on.read`."""
    database: str | None = None
    """Wire name `database`. Required with some settings."""
    incrementing_column_name: str | None = None
    """Wire name `incrementing.column.name`."""
    incrementing_load_from: str | None = None
    """Wire name `incrementing.load.from`."""
    mode: (
        Literal["none", "incrementing", "timestamp", "incrementing,timestamp"] | None
    ) = None
    """Wire name `mode`."""
    query: str | None = None
    """Wire name `query`. Required with some settings."""
    table: str | None = None
    """Wire name `table`. Required with some settings."""
    timestamp_column_name: str | None = None
    """Wire name `timestamp.column.name`."""
    timestamp_load_from: int | float | str | None = None
    """Wire name `timestamp.load.from`."""


@dataclass(repr=False, kw_only=True)
class CloudsqlPostgresSourceConfig(ConnectorConfig):
    """Config of a `cloudsql_postgres` source (`source_config` block, chosen by `source_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "sources"
    CONNECTOR_TYPE: ClassVar[str] = "cloudsql_postgres"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "db_query_mode": "db_query_mode",
        "start_cron": "start.cron",
        "cdc_capture_delete": "cdc.capture.delete",
        "cdc_enabled": "cdc.enabled",
        "cdc_snapshot_enabled": "cdc.snapshot.enabled",
        "commit_on_read": "commit.on.read",
        "database": "database",
        "incrementing_column_name": "incrementing.column.name",
        "incrementing_load_from": "incrementing.load.from",
        "mode": "mode",
        "query": "query",
        "table": "table",
        "timestamp_column_name": "timestamp.column.name",
        "timestamp_load_from": "timestamp.load.from",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    db_query_mode: Literal["Default", "Query"]
    """Wire name `db_query_mode`."""
    start_cron: str
    """Wire name `start.cron`."""
    cdc_capture_delete: bool | None = None
    """Wire name `cdc.capture.delete`."""
    cdc_enabled: bool | None = None
    """Wire name `cdc.enabled`."""
    cdc_snapshot_enabled: bool | None = None
    """Wire name `cdc.snapshot.enabled`."""
    commit_on_read: Literal["false", "true"] | None = None
    """Wire name `commit.on.read`."""
    database: str | None = None
    """Wire name `database`. Required with some settings."""
    incrementing_column_name: str | None = None
    """Wire name `incrementing.column.name`."""
    incrementing_load_from: str | None = None
    """Wire name `incrementing.load.from`."""
    mode: (
        Literal["none", "incrementing", "timestamp", "incrementing,timestamp"] | None
    ) = None
    """Wire name `mode`."""
    query: str | None = None
    """Wire name `query`. Required with some settings."""
    table: str | None = None
    """Wire name `table`. Required with some settings."""
    timestamp_column_name: str | None = None
    """Wire name `timestamp.column.name`."""
    timestamp_load_from: int | float | str | None = None
    """Wire name `timestamp.load.from`."""


@dataclass(repr=False, kw_only=True)
class CloudsqlSqlserverSourceConfig(ConnectorConfig):
    """Config of a `cloudsql_sqlserver` source (`source_config` block, chosen by `source_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "sources"
    CONNECTOR_TYPE: ClassVar[str] = "cloudsql_sqlserver"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "db_query_mode": "db_query_mode",
        "start_cron": "start.cron",
        "cdc_capture_delete": "cdc.capture.delete",
        "cdc_enabled": "cdc.enabled",
        "cdc_snapshot_enabled": "cdc.snapshot.enabled",
        "commit_on_read": "commit.on.read",
        "database": "database",
        "incrementing_column_name": "incrementing.column.name",
        "incrementing_load_from": "incrementing.load.from",
        "mode": "mode",
        "query": "query",
        "table": "table",
        "timestamp_column_name": "timestamp.column.name",
        "timestamp_load_from": "timestamp.load.from",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    db_query_mode: Literal["Default", "Query"]
    """Wire name `db_query_mode`."""
    start_cron: str
    """Wire name `start.cron`."""
    cdc_capture_delete: bool | None = None
    """Wire name `cdc.capture.delete`."""
    cdc_enabled: bool | None = None
    """Wire name `cdc.enabled`."""
    cdc_snapshot_enabled: bool | None = None
    """Wire name `cdc.snapshot.enabled`."""
    commit_on_read: Literal["false", "true"] | None = None
    """Wire name `commit.on.read`."""
    database: str | None = None
    """Wire name `database`. Required with some settings."""
    incrementing_column_name: str | None = None
    """Wire name `incrementing.column.name`."""
    incrementing_load_from: str | None = None
    """Wire name `incrementing.load.from`."""
    mode: (
        Literal["none", "incrementing", "timestamp", "incrementing,timestamp"] | None
    ) = None
    """Wire name `mode`."""
    query: str | None = None
    """Wire name `query`. Required with some settings."""
    table: str | None = None
    """Wire name `table`. Required with some settings."""
    timestamp_column_name: str | None = None
    """Wire name `timestamp.column.name`."""
    timestamp_load_from: int | float | str | None = None
    """Wire name `timestamp.load.from`."""


@dataclass(repr=False, kw_only=True)
class ConfluentKafkaSourceConfig(ConnectorConfig):
    """Config of a `confluent_kafka` source (`source_config` block, chosen by `source_type`); a stream connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "sources"
    CONNECTOR_TYPE: ClassVar[str] = "confluent_kafka"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "parser_type": "parser.type",
        "start_cron": "start.cron",
        "topic": "topic",
        "key_deserializer": "key.deserializer",
        "offset_mode": "offset.mode",
        "serialization_variant": "serialization.variant",
        "start_from_date": "start.from.date",
        "start_from_offsets": "start.from.offsets",
        "value_deserializer": "value.deserializer",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    parser_type: Literal["json", "csv", "tsv", "txt", "xml", "avro"]
    """Wire name `parser.type`."""
    start_cron: str
    """Wire name `start.cron`."""
    topic: str
    """Wire name `topic`."""
    key_deserializer: str | None = None
    """Wire name `key.deserializer`."""
    offset_mode: Literal["earliest", "from_date", "latest", "manual"] | None = None
    """Wire name `offset.mode`."""
    serialization_variant: str | None = None
    """Wire name `serialization.variant`."""
    start_from_date: str | None = None
    """Wire name `start.from.date`. Required with some settings."""
    start_from_offsets: str | None = None
    """Wire name `start.from.offsets`. Required with some settings."""
    value_deserializer: str | None = None
    """Wire name `value.deserializer`."""


@dataclass(repr=False, kw_only=True)
class DatabricksSourceConfig(ConnectorConfig):
    """Config of a `databricks` source (`source_config` block, chosen by `source_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "sources"
    CONNECTOR_TYPE: ClassVar[str] = "databricks"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "db_query_mode": "db_query_mode",
        "start_cron": "start.cron",
        "commit_on_read": "commit.on.read",
        "database": "database",
        "incrementing_column_name": "incrementing.column.name",
        "incrementing_load_from": "incrementing.load.from",
        "mode": "mode",
        "query": "query",
        "table": "table",
        "timestamp_column_name": "timestamp.column.name",
        "timestamp_load_from": "timestamp.load.from",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    db_query_mode: Literal["Default", "Query"]
    """Wire name `db_query_mode`."""
    start_cron: str
    """Wire name `start.cron`."""
    commit_on_read: Literal["false", "true"] | None = None
    """Wire name `commit.on.read`."""
    database: str | None = None
    """Wire name `database`. Required with some settings."""
    incrementing_column_name: str | None = None
    """Wire name `incrementing.column.name`."""
    incrementing_load_from: str | None = None
    """Wire name `incrementing.load.from`."""
    mode: (
        Literal["none", "incrementing", "timestamp", "incrementing,timestamp"] | None
    ) = None
    """Wire name `mode`."""
    query: str | None = None
    """Wire name `query`. Required with some settings."""
    table: str | None = None
    """Wire name `table`. Required with some settings."""
    timestamp_column_name: str | None = None
    """Wire name `timestamp.column.name`."""
    timestamp_load_from: int | float | str | None = None
    """Wire name `timestamp.load.from`."""


@dataclass(repr=False, kw_only=True)
class Db2SourceConfig(ConnectorConfig):
    """Config of a `db2` source (`source_config` block, chosen by `source_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "sources"
    CONNECTOR_TYPE: ClassVar[str] = "db2"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "db_query_mode": "db_query_mode",
        "start_cron": "start.cron",
        "commit_on_read": "commit.on.read",
        "database": "database",
        "incrementing_column_name": "incrementing.column.name",
        "incrementing_load_from": "incrementing.load.from",
        "mode": "mode",
        "query": "query",
        "table": "table",
        "timestamp_column_name": "timestamp.column.name",
        "timestamp_load_from": "timestamp.load.from",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    db_query_mode: Literal["Default", "Query"]
    """Wire name `db_query_mode`."""
    start_cron: str
    """Wire name `start.cron`."""
    commit_on_read: Literal["false", "true"] | None = None
    """Wire name `commit.on.read`."""
    database: str | None = None
    """Wire name `database`. Required with some settings."""
    incrementing_column_name: str | None = None
    """Wire name `incrementing.column.name`."""
    incrementing_load_from: str | None = None
    """Wire name `incrementing.load.from`."""
    mode: (
        Literal["none", "incrementing", "timestamp", "incrementing,timestamp"] | None
    ) = None
    """Wire name `mode`."""
    query: str | None = None
    """Wire name `query`. Required with some settings."""
    table: str | None = None
    """Wire name `table`. Required with some settings."""
    timestamp_column_name: str | None = None
    """Wire name `timestamp.column.name`."""
    timestamp_load_from: int | float | str | None = None
    """Wire name `timestamp.load.from`."""


@dataclass(repr=False, kw_only=True)
class DropboxSourceConfig(ConnectorConfig):
    """Config of a `dropbox` source (`source_config` block, chosen by `source_type`); a file connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "sources"
    CONNECTOR_TYPE: ClassVar[str] = "dropbox"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "path": "path",
        "start_cron": "start.cron",
        "advanced_settings": "advanced_settings",
        "ai_function_id": "ai.function.id",
        "allow_grouping": "allowGrouping",
        "blacklist_pathmatchers": "blacklist.pathmatchers",
        "chunk_threshold": "chunk_threshold",
        "csv_delimiter": "csv.delimiter",
        "csv_escape_char": "csv.escape.char",
        "csv_quote_char": "csv.quote.char",
        "csv_schema_detection": "csv.schema.detection",
        "csv_skip_first_lines": "csv.skip.first.lines",
        "edi_xpath": "edi.xpath",
        "excel_range_additional": "excel.range.additional",
        "excel_schema_detection": "excel.schema.detection",
        "excel_skip_merged_cells": "excel.skip.merged.cells",
        "field_lengths": "field.lengths",
        "fixed_width_schema_detection_mode": "fixed.width.schema.detection.mode",
        "fixed_width_skip_first_lines": "fixed.width.skip.first.lines",
        "fixed_width_skip_last_lines": "fixed.width.skip.last.lines",
        "grok_pattern": "grok.pattern",
        "group_by_keys": "group.by.keys",
        "group_field_name": "group.field.name",
        "group_publish_null_key": "group.publish.null.key",
        "ignore_files_older_than_ms": "ignore.files.older.than.ms",
        "json_mode": "json.mode",
        "json_path": "json.path",
        "json_path_additional": "json.path.additional",
        "lenient": "lenient",
        "line_separator": "line.separator",
        "line_separator_detection_enabled": "line.separator.detection.enabled",
        "model": "model",
        "overriden_extensions": "overriden.extensions",
        "padding_character": "padding.character",
        "parse_text_block": "parse.text.block",
        "parse_trailer_block": "parse.trailer.block",
        "parse_user_block": "parse.user.block",
        "path_exclusions": "path_exclusions",
        "pdf_document_password": "pdf.document.password",
        "pdf_parsing_auto_1_output_tables": "pdf.parsing.auto-1.outputTables",
        "pdf_parsing_auto_1_output_text": "pdf.parsing.auto-1.outputText",
        "pdf_parsing_emit_text_blocks": "pdf.parsing.emitTextBlocks",
        "pdf_parsing_empty_value_placeholder": "pdf.parsing.emptyValuePlaceholder",
        "pdf_parsing_image_scale": "pdf.parsing.image.scale",
        "pdf_parsing_strategy": "pdf.parsing.strategy",
        "pdf_parsing_tables": "pdf.parsing.tables",
        "pdf_rendering_strategy": "pdf.rendering.strategy",
        "property": "property",
        "quote_char": "quote.char",
        "remove_quotes_forced": "remove.quotes.forced",
        "runtime_data_credentials_id": "runtime_data_credentials_id",
        "scalar_coercion": "scalar.coercion",
        "schema_detection_once": "schema.detection.once",
        "sheets": "sheets",
        "timezone": "timezone",
        "unstructured_chunking_strategy": "unstructured.chunking.strategy",
        "unstructured_combine_under_n_chars": "unstructured.combine.under.n.chars",
        "unstructured_encoding": "unstructured.encoding",
        "unstructured_gz_uncompressed_content_type": "unstructured.gz.uncompressed.content.type",
        "unstructured_include_page_breaks": "unstructured.include.page.breaks",
        "unstructured_max_characters": "unstructured.max.characters",
        "unstructured_multipage_sections": "unstructured.multipage.sections",
        "unstructured_new_after_n_chars": "unstructured.new.after.n.chars",
        "unstructured_pdf_infer_table_structure": "unstructured.pdf.infer.table.structure",
        "whitelist_pathmatchers": "whitelist.pathmatchers",
        "xml_mode": "xml.mode",
        "xml_xpath": "xml.xpath",
        "xml_xpath_additional": "xml.xpath.additional",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({"pdf_document_password"})

    path: str
    """Wire name `path`."""
    start_cron: str
    """Wire name `start.cron`."""
    advanced_settings: (
        Literal[
            "Auto Detect",
            "Custom Text Format",
            "XML",
            "JSON",
            "EDI",
            "Log File",
            "ORC",
            "AVRO",
            "Parquet",
            "Excel",
            "Fixed Width",
            "PDF",
            "Unstructured",
            "SWIFT",
            "Raw File Data",
        ]
        | None
    ) = None
    """Wire name `advanced_settings`."""
    ai_function_id: int | float | None = None
    """Wire name `ai.function.id`."""
    allow_grouping: bool | None = None
    """Wire name `allowGrouping`."""
    blacklist_pathmatchers: str | None = None
    """Wire name `blacklist.pathmatchers`."""
    chunk_threshold: int | float | None = None
    """Wire name `chunk_threshold`. Nexla's default: `1000`."""
    csv_delimiter: str | None = None
    """Wire name `csv.delimiter`."""
    csv_escape_char: str | None = None
    """Wire name `csv.escape.char`."""
    csv_quote_char: str | None = None
    """Wire name `csv.quote.char`."""
    csv_schema_detection: str | None = None
    """Wire name `csv.schema.detection`."""
    csv_skip_first_lines: int | float | None = None
    """Wire name `csv.skip.first.lines`."""
    edi_xpath: str | None = None
    """Wire name `edi.xpath`."""
    excel_range_additional: str | None = None
    """Wire name `excel.range.additional`."""
    excel_schema_detection: Literal["header", "generated"] | None = None
    """Wire name `excel.schema.detection`."""
    excel_skip_merged_cells: bool | None = None
    """Wire name `excel.skip.merged.cells`."""
    field_lengths: str | None = None
    """Wire name `field.lengths`."""
    fixed_width_schema_detection_mode: Literal["header", "generated"] | None = None
    """Wire name `fixed.width.schema.detection.mode`."""
    fixed_width_skip_first_lines: int | float | None = None
    """Wire name `fixed.width.skip.first.lines`."""
    fixed_width_skip_last_lines: int | float | None = None
    """Wire name `fixed.width.skip.last.lines`."""
    grok_pattern: (
        Literal[
            "%{SYSLOGBASE}",
            "%{COMBINEDAPACHELOG}",
            "%{NAGIOSLOGLINE}",
            "%{POSTGRESQL}",
            "%{REDISLOG}",
            "%{JAVASTACKTRACEPART}",
        ]
        | None
    ) = None
    """Wire name `grok.pattern`."""
    group_by_keys: str | None = None
    """Wire name `group.by.keys`."""
    group_field_name: str | None = None
    """Wire name `group.field.name`."""
    group_publish_null_key: str | None = None
    """Wire name `group.publish.null.key`."""
    ignore_files_older_than_ms: int | float | None = None
    """Wire name `ignore.files.older.than.ms`."""
    json_mode: Literal["row", "entire.file"] | None = None
    """Wire name `json.mode`."""
    json_path: str | None = None
    """Wire name `json.path`."""
    json_path_additional: str | None = None
    """Wire name `json.path.additional`."""
    lenient: bool | None = None
    """Wire name `lenient`. Nexla's default: `True`."""
    line_separator: str | None = None
    """Wire name `line.separator`."""
    line_separator_detection_enabled: bool | None = None
    """Wire name `line.separator.detection.enabled`."""
    model: str | None = None
    """Wire name `model`."""
    overriden_extensions: (
        Literal[
            "*:txt",
            "*:xml",
            "*:json",
            "*:edi",
            "*:log",
            "*:orc",
            "*:avro",
            "*:parquet",
            "*:xlsx",
            "*:fw",
            "*:pdf",
            "*:unstructured",
            "*:swift",
        ]
        | None
    ) = None
    """Wire name `overriden.extensions`. Required with some settings."""
    padding_character: str | None = None
    """Wire name `padding.character`."""
    parse_text_block: bool | None = None
    """Wire name `parse.text.block`. Nexla's default: `True`."""
    parse_trailer_block: bool | None = None
    """Wire name `parse.trailer.block`. Nexla's default: `True`."""
    parse_user_block: bool | None = None
    """Wire name `parse.user.block`. Nexla's default: `True`."""
    path_exclusions: bool | None = None
    """Wire name `path_exclusions`."""
    pdf_document_password: str | None = None
    """Wire name `pdf.document.password`. Secret."""
    pdf_parsing_auto_1_output_tables: bool | None = None
    """Wire name `pdf.parsing.auto-1.outputTables`."""
    pdf_parsing_auto_1_output_text: bool | None = None
    """Wire name `pdf.parsing.auto-1.outputText`."""
    pdf_parsing_emit_text_blocks: bool | None = None
    """Wire name `pdf.parsing.emitTextBlocks`."""
    pdf_parsing_empty_value_placeholder: str | None = None
    """Wire name `pdf.parsing.emptyValuePlaceholder`."""
    pdf_parsing_image_scale: str | None = None
    """Wire name `pdf.parsing.image.scale`."""
    pdf_parsing_strategy: (
        Literal["text", "semi-auto", "auto-1", "auto-2", "image"] | None
    ) = None
    """Wire name `pdf.parsing.strategy`."""
    pdf_parsing_tables: str | None = None
    """Wire name `pdf.parsing.tables`."""
    pdf_rendering_strategy: (
        Literal[
            "default", "embedded", "extended", "table.as.message", "document.as.message"
        ]
        | None
    ) = None
    """Wire name `pdf.rendering.strategy`. Nexla's default: `'default'`."""
    property: str | None = None
    """Wire name `property`."""
    quote_char: str | None = None
    """Wire name `quote.char`."""
    remove_quotes_forced: bool | None = None
    """Wire name `remove.quotes.forced`."""
    runtime_data_credentials_id: int | float | None = None
    """Wire name `runtime_data_credentials_id`."""
    scalar_coercion: bool | None = None
    """Wire name `scalar.coercion`."""
    schema_detection_once: bool | None = None
    """Wire name `schema.detection.once`."""
    sheets: str | None = None
    """Wire name `sheets`."""
    timezone: str | None = None
    """Wire name `timezone`."""
    unstructured_chunking_strategy: Literal["", "by_title"] | None = None
    """Wire name `unstructured.chunking.strategy`."""
    unstructured_combine_under_n_chars: int | float | None = None
    """Wire name `unstructured.combine.under.n.chars`. Nexla's default: `500`."""
    unstructured_encoding: str | None = None
    """Wire name `unstructured.encoding`."""
    unstructured_gz_uncompressed_content_type: Literal["application/pdf"] | None = None
    """Wire name `unstructured.gz.uncompressed.content.type`."""
    unstructured_include_page_breaks: bool | None = None
    """Wire name `unstructured.include.page.breaks`. Nexla's default: `False`."""
    unstructured_max_characters: int | float | None = None
    """Wire name `unstructured.max.characters`. Nexla's default: `1500`."""
    unstructured_multipage_sections: bool | None = None
    """Wire name `unstructured.multipage.sections`. Nexla's default: `True`."""
    unstructured_new_after_n_chars: int | float | None = None
    """Wire name `unstructured.new.after.n.chars`. Nexla's default: `1500`."""
    unstructured_pdf_infer_table_structure: bool | None = None
    """Wire name `unstructured.pdf.infer.table.structure`. Nexla's default: `False`."""
    whitelist_pathmatchers: str | None = None
    """Wire name `whitelist.pathmatchers`."""
    xml_mode: Literal["row", "entire.file"] | None = None
    """Wire name `xml.mode`."""
    xml_xpath: str | None = None
    """Wire name `xml.xpath`."""
    xml_xpath_additional: str | None = None
    """Wire name `xml.xpath.additional`."""


@dataclass(repr=False, kw_only=True)
class DynamodbSourceConfig(ConnectorConfig):
    """Config of a `dynamodb` source (`source_config` block, chosen by `source_type`); a nosql connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "sources"
    CONNECTOR_TYPE: ClassVar[str] = "dynamodb"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "collection": "collection",
        "mode": "mode",
        "start_cron": "start.cron",
        "database": "database",
        "dynamodb_filter_attributes_names": "dynamodb.filter.attributes.names",
        "dynamodb_filter_attributes_values": "dynamodb.filter.attributes.values",
        "dynamodb_filter_expression": "dynamodb.filter.expression",
        "timestamp_key": "timestamp.key",
        "timestamp_load_from": "timestamp.load.from",
        "timestamp_load_to": "timestamp.load.to",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    collection: str
    """Wire name `collection`."""
    mode: Literal["default", "timestamp", "query"]
    """Wire name `mode`. Nexla's default: `'default'`."""
    start_cron: str
    """Wire name `start.cron`."""
    database: str | None = None
    """Wire name `database`. Required with some settings."""
    dynamodb_filter_attributes_names: str | None = None
    """Wire name `dynamodb.filter.attributes.names`."""
    dynamodb_filter_attributes_values: str | None = None
    """Wire name `dynamodb.filter.attributes.values`."""
    dynamodb_filter_expression: str | None = None
    """Wire name `dynamodb.filter.expression`."""
    timestamp_key: str | None = None
    """Wire name `timestamp.key`."""
    timestamp_load_from: str | None = None
    """Wire name `timestamp.load.from`."""
    timestamp_load_to: str | None = None
    """Wire name `timestamp.load.to`."""


@dataclass(repr=False, kw_only=True)
class FileUploadSourceConfig(ConnectorConfig):
    """Config of a `file_upload` source (`source_config` block, chosen by `source_type`); a file connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "sources"
    CONNECTOR_TYPE: ClassVar[str] = "file_upload"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "path": "path",
        "start_cron": "start.cron",
        "advanced_settings": "advanced_settings",
        "ai_function_id": "ai.function.id",
        "allow_grouping": "allowGrouping",
        "blacklist_pathmatchers": "blacklist.pathmatchers",
        "chunk_threshold": "chunk_threshold",
        "csv_delimiter": "csv.delimiter",
        "csv_escape_char": "csv.escape.char",
        "csv_quote_char": "csv.quote.char",
        "csv_schema_detection": "csv.schema.detection",
        "csv_skip_first_lines": "csv.skip.first.lines",
        "edi_xpath": "edi.xpath",
        "excel_range_additional": "excel.range.additional",
        "excel_schema_detection": "excel.schema.detection",
        "excel_skip_merged_cells": "excel.skip.merged.cells",
        "field_lengths": "field.lengths",
        "fixed_width_schema_detection_mode": "fixed.width.schema.detection.mode",
        "fixed_width_skip_first_lines": "fixed.width.skip.first.lines",
        "fixed_width_skip_last_lines": "fixed.width.skip.last.lines",
        "grok_pattern": "grok.pattern",
        "group_by_keys": "group.by.keys",
        "group_field_name": "group.field.name",
        "group_publish_null_key": "group.publish.null.key",
        "ignore_files_older_than_ms": "ignore.files.older.than.ms",
        "json_mode": "json.mode",
        "json_path": "json.path",
        "json_path_additional": "json.path.additional",
        "lenient": "lenient",
        "line_separator": "line.separator",
        "line_separator_detection_enabled": "line.separator.detection.enabled",
        "model": "model",
        "overriden_extensions": "overriden.extensions",
        "padding_character": "padding.character",
        "parse_text_block": "parse.text.block",
        "parse_trailer_block": "parse.trailer.block",
        "parse_user_block": "parse.user.block",
        "path_exclusions": "path_exclusions",
        "pdf_document_password": "pdf.document.password",
        "pdf_parsing_auto_1_output_tables": "pdf.parsing.auto-1.outputTables",
        "pdf_parsing_auto_1_output_text": "pdf.parsing.auto-1.outputText",
        "pdf_parsing_emit_text_blocks": "pdf.parsing.emitTextBlocks",
        "pdf_parsing_empty_value_placeholder": "pdf.parsing.emptyValuePlaceholder",
        "pdf_parsing_image_scale": "pdf.parsing.image.scale",
        "pdf_parsing_strategy": "pdf.parsing.strategy",
        "pdf_parsing_tables": "pdf.parsing.tables",
        "pdf_rendering_strategy": "pdf.rendering.strategy",
        "property": "property",
        "quote_char": "quote.char",
        "remove_quotes_forced": "remove.quotes.forced",
        "runtime_data_credentials_id": "runtime_data_credentials_id",
        "scalar_coercion": "scalar.coercion",
        "schema_detection_once": "schema.detection.once",
        "sheets": "sheets",
        "timezone": "timezone",
        "unstructured_chunking_strategy": "unstructured.chunking.strategy",
        "unstructured_combine_under_n_chars": "unstructured.combine.under.n.chars",
        "unstructured_encoding": "unstructured.encoding",
        "unstructured_gz_uncompressed_content_type": "unstructured.gz.uncompressed.content.type",
        "unstructured_include_page_breaks": "unstructured.include.page.breaks",
        "unstructured_max_characters": "unstructured.max.characters",
        "unstructured_multipage_sections": "unstructured.multipage.sections",
        "unstructured_new_after_n_chars": "unstructured.new.after.n.chars",
        "unstructured_pdf_infer_table_structure": "unstructured.pdf.infer.table.structure",
        "whitelist_pathmatchers": "whitelist.pathmatchers",
        "xml_mode": "xml.mode",
        "xml_xpath": "xml.xpath",
        "xml_xpath_additional": "xml.xpath.additional",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({"pdf_document_password"})

    path: str
    """Wire name `path`."""
    start_cron: str
    """Wire name `start.cron`."""
    advanced_settings: (
        Literal[
            "Auto Detect",
            "Custom Text Format",
            "XML",
            "JSON",
            "EDI",
            "Log File",
            "ORC",
            "AVRO",
            "Parquet",
            "Excel",
            "Fixed Width",
            "PDF",
            "Unstructured",
            "SWIFT",
            "Raw File Data",
        ]
        | None
    ) = None
    """Wire name `advanced_settings`."""
    ai_function_id: int | float | None = None
    """Wire name `ai.function.id`."""
    allow_grouping: bool | None = None
    """Wire name `allowGrouping`."""
    blacklist_pathmatchers: str | None = None
    """Wire name `blacklist.pathmatchers`."""
    chunk_threshold: int | float | None = None
    """Wire name `chunk_threshold`. Nexla's default: `1000`."""
    csv_delimiter: str | None = None
    """Wire name `csv.delimiter`."""
    csv_escape_char: str | None = None
    """Wire name `csv.escape.char`."""
    csv_quote_char: str | None = None
    """Wire name `csv.quote.char`."""
    csv_schema_detection: str | None = None
    """Wire name `csv.schema.detection`."""
    csv_skip_first_lines: int | float | None = None
    """Wire name `csv.skip.first.lines`."""
    edi_xpath: str | None = None
    """Wire name `edi.xpath`."""
    excel_range_additional: str | None = None
    """Wire name `excel.range.additional`."""
    excel_schema_detection: Literal["header", "generated"] | None = None
    """Wire name `excel.schema.detection`."""
    excel_skip_merged_cells: bool | None = None
    """Wire name `excel.skip.merged.cells`."""
    field_lengths: str | None = None
    """Wire name `field.lengths`."""
    fixed_width_schema_detection_mode: Literal["header", "generated"] | None = None
    """Wire name `fixed.width.schema.detection.mode`."""
    fixed_width_skip_first_lines: int | float | None = None
    """Wire name `fixed.width.skip.first.lines`."""
    fixed_width_skip_last_lines: int | float | None = None
    """Wire name `fixed.width.skip.last.lines`."""
    grok_pattern: (
        Literal[
            "%{SYSLOGBASE}",
            "%{COMBINEDAPACHELOG}",
            "%{NAGIOSLOGLINE}",
            "%{POSTGRESQL}",
            "%{REDISLOG}",
            "%{JAVASTACKTRACEPART}",
        ]
        | None
    ) = None
    """Wire name `grok.pattern`."""
    group_by_keys: str | None = None
    """Wire name `group.by.keys`."""
    group_field_name: str | None = None
    """Wire name `group.field.name`."""
    group_publish_null_key: str | None = None
    """Wire name `group.publish.null.key`."""
    ignore_files_older_than_ms: int | float | None = None
    """Wire name `ignore.files.older.than.ms`."""
    json_mode: Literal["row", "entire.file"] | None = None
    """Wire name `json.mode`."""
    json_path: str | None = None
    """Wire name `json.path`."""
    json_path_additional: str | None = None
    """Wire name `json.path.additional`."""
    lenient: bool | None = None
    """Wire name `lenient`. Nexla's default: `True`."""
    line_separator: str | None = None
    """Wire name `line.separator`."""
    line_separator_detection_enabled: bool | None = None
    """Wire name `line.separator.detection.enabled`."""
    model: str | None = None
    """Wire name `model`."""
    overriden_extensions: (
        Literal[
            "*:txt",
            "*:xml",
            "*:json",
            "*:edi",
            "*:log",
            "*:orc",
            "*:avro",
            "*:parquet",
            "*:xlsx",
            "*:fw",
            "*:pdf",
            "*:unstructured",
            "*:swift",
        ]
        | None
    ) = None
    """Wire name `overriden.extensions`. Required with some settings."""
    padding_character: str | None = None
    """Wire name `padding.character`."""
    parse_text_block: bool | None = None
    """Wire name `parse.text.block`. Nexla's default: `True`."""
    parse_trailer_block: bool | None = None
    """Wire name `parse.trailer.block`. Nexla's default: `True`."""
    parse_user_block: bool | None = None
    """Wire name `parse.user.block`. Nexla's default: `True`."""
    path_exclusions: bool | None = None
    """Wire name `path_exclusions`."""
    pdf_document_password: str | None = None
    """Wire name `pdf.document.password`. Secret."""
    pdf_parsing_auto_1_output_tables: bool | None = None
    """Wire name `pdf.parsing.auto-1.outputTables`."""
    pdf_parsing_auto_1_output_text: bool | None = None
    """Wire name `pdf.parsing.auto-1.outputText`."""
    pdf_parsing_emit_text_blocks: bool | None = None
    """Wire name `pdf.parsing.emitTextBlocks`."""
    pdf_parsing_empty_value_placeholder: str | None = None
    """Wire name `pdf.parsing.emptyValuePlaceholder`."""
    pdf_parsing_image_scale: str | None = None
    """Wire name `pdf.parsing.image.scale`."""
    pdf_parsing_strategy: (
        Literal["text", "semi-auto", "auto-1", "auto-2", "image"] | None
    ) = None
    """Wire name `pdf.parsing.strategy`."""
    pdf_parsing_tables: str | None = None
    """Wire name `pdf.parsing.tables`."""
    pdf_rendering_strategy: (
        Literal[
            "default", "embedded", "extended", "table.as.message", "document.as.message"
        ]
        | None
    ) = None
    """Wire name `pdf.rendering.strategy`. Nexla's default: `'default'`."""
    property: str | None = None
    """Wire name `property`."""
    quote_char: str | None = None
    """Wire name `quote.char`."""
    remove_quotes_forced: bool | None = None
    """Wire name `remove.quotes.forced`."""
    runtime_data_credentials_id: int | float | None = None
    """Wire name `runtime_data_credentials_id`."""
    scalar_coercion: bool | None = None
    """Wire name `scalar.coercion`."""
    schema_detection_once: bool | None = None
    """Wire name `schema.detection.once`."""
    sheets: str | None = None
    """Wire name `sheets`."""
    timezone: str | None = None
    """Wire name `timezone`."""
    unstructured_chunking_strategy: Literal["", "by_title"] | None = None
    """Wire name `unstructured.chunking.strategy`."""
    unstructured_combine_under_n_chars: int | float | None = None
    """Wire name `unstructured.combine.under.n.chars`. Nexla's default: `500`."""
    unstructured_encoding: str | None = None
    """Wire name `unstructured.encoding`."""
    unstructured_gz_uncompressed_content_type: Literal["application/pdf"] | None = None
    """Wire name `unstructured.gz.uncompressed.content.type`."""
    unstructured_include_page_breaks: bool | None = None
    """Wire name `unstructured.include.page.breaks`. Nexla's default: `False`."""
    unstructured_max_characters: int | float | None = None
    """Wire name `unstructured.max.characters`. Nexla's default: `1500`."""
    unstructured_multipage_sections: bool | None = None
    """Wire name `unstructured.multipage.sections`. Nexla's default: `True`."""
    unstructured_new_after_n_chars: int | float | None = None
    """Wire name `unstructured.new.after.n.chars`. Nexla's default: `1500`."""
    unstructured_pdf_infer_table_structure: bool | None = None
    """Wire name `unstructured.pdf.infer.table.structure`. Nexla's default: `False`."""
    whitelist_pathmatchers: str | None = None
    """Wire name `whitelist.pathmatchers`."""
    xml_mode: Literal["row", "entire.file"] | None = None
    """Wire name `xml.mode`."""
    xml_xpath: str | None = None
    """Wire name `xml.xpath`."""
    xml_xpath_additional: str | None = None
    """Wire name `xml.xpath.additional`."""


@dataclass(repr=False, kw_only=True)
class FirebaseSourceConfig(ConnectorConfig):
    """Config of a `firebase` source (`source_config` block, chosen by `source_type`); a nosql connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "sources"
    CONNECTOR_TYPE: ClassVar[str] = "firebase"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "collection": "collection",
        "mode": "mode",
        "start_cron": "start.cron",
        "database": "database",
        "firebase_query": "firebase.query",
        "timestamp_key": "timestamp.key",
        "timestamp_load_from": "timestamp.load.from",
        "timestamp_load_to": "timestamp.load.to",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    collection: str
    """Wire name `collection`."""
    mode: Literal["default", "timestamp", "query"]
    """Wire name `mode`. Nexla's default: `'default'`."""
    start_cron: str
    """Wire name `start.cron`."""
    database: str | None = None
    """Wire name `database`. Required with some settings."""
    firebase_query: str | None = None
    """Wire name `firebase.query`."""
    timestamp_key: str | None = None
    """Wire name `timestamp.key`."""
    timestamp_load_from: str | None = None
    """Wire name `timestamp.load.from`."""
    timestamp_load_to: str | None = None
    """Wire name `timestamp.load.to`."""


@dataclass(repr=False, kw_only=True)
class FireboltSourceConfig(ConnectorConfig):
    """Config of a `firebolt` source (`source_config` block, chosen by `source_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "sources"
    CONNECTOR_TYPE: ClassVar[str] = "firebolt"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "db_query_mode": "db_query_mode",
        "start_cron": "start.cron",
        "commit_on_read": "commit.on.read",
        "database": "database",
        "incrementing_column_name": "incrementing.column.name",
        "incrementing_load_from": "incrementing.load.from",
        "mode": "mode",
        "query": "query",
        "table": "table",
        "timestamp_column_name": "timestamp.column.name",
        "timestamp_load_from": "timestamp.load.from",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    db_query_mode: Literal["Default", "Query"]
    """Wire name `db_query_mode`."""
    start_cron: str
    """Wire name `start.cron`."""
    commit_on_read: Literal["false", "true"] | None = None
    """Wire name `commit.on.read`."""
    database: str | None = None
    """Wire name `database`. Required with some settings."""
    incrementing_column_name: str | None = None
    """Wire name `incrementing.column.name`."""
    incrementing_load_from: str | None = None
    """Wire name `incrementing.load.from`."""
    mode: (
        Literal["none", "incrementing", "timestamp", "incrementing,timestamp"] | None
    ) = None
    """Wire name `mode`."""
    query: str | None = None
    """Wire name `query`. Required with some settings."""
    table: str | None = None
    """Wire name `table`. Required with some settings."""
    timestamp_column_name: str | None = None
    """Wire name `timestamp.column.name`."""
    timestamp_load_from: int | float | str | None = None
    """Wire name `timestamp.load.from`."""


@dataclass(repr=False, kw_only=True)
class FtpSourceConfig(ConnectorConfig):
    """Config of a `ftp` source (`source_config` block, chosen by `source_type`); a file connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "sources"
    CONNECTOR_TYPE: ClassVar[str] = "ftp"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "path": "path",
        "start_cron": "start.cron",
        "advanced_settings": "advanced_settings",
        "ai_function_id": "ai.function.id",
        "allow_grouping": "allowGrouping",
        "blacklist_pathmatchers": "blacklist.pathmatchers",
        "chunk_threshold": "chunk_threshold",
        "csv_delimiter": "csv.delimiter",
        "csv_escape_char": "csv.escape.char",
        "csv_quote_char": "csv.quote.char",
        "csv_schema_detection": "csv.schema.detection",
        "csv_skip_first_lines": "csv.skip.first.lines",
        "edi_xpath": "edi.xpath",
        "excel_range_additional": "excel.range.additional",
        "excel_schema_detection": "excel.schema.detection",
        "excel_skip_merged_cells": "excel.skip.merged.cells",
        "field_lengths": "field.lengths",
        "fixed_width_schema_detection_mode": "fixed.width.schema.detection.mode",
        "fixed_width_skip_first_lines": "fixed.width.skip.first.lines",
        "fixed_width_skip_last_lines": "fixed.width.skip.last.lines",
        "grok_pattern": "grok.pattern",
        "group_by_keys": "group.by.keys",
        "group_field_name": "group.field.name",
        "group_publish_null_key": "group.publish.null.key",
        "ignore_files_older_than_ms": "ignore.files.older.than.ms",
        "json_mode": "json.mode",
        "json_path": "json.path",
        "json_path_additional": "json.path.additional",
        "lenient": "lenient",
        "line_separator": "line.separator",
        "line_separator_detection_enabled": "line.separator.detection.enabled",
        "model": "model",
        "overriden_extensions": "overriden.extensions",
        "padding_character": "padding.character",
        "parse_text_block": "parse.text.block",
        "parse_trailer_block": "parse.trailer.block",
        "parse_user_block": "parse.user.block",
        "path_exclusions": "path_exclusions",
        "pdf_document_password": "pdf.document.password",
        "pdf_parsing_auto_1_output_tables": "pdf.parsing.auto-1.outputTables",
        "pdf_parsing_auto_1_output_text": "pdf.parsing.auto-1.outputText",
        "pdf_parsing_emit_text_blocks": "pdf.parsing.emitTextBlocks",
        "pdf_parsing_empty_value_placeholder": "pdf.parsing.emptyValuePlaceholder",
        "pdf_parsing_image_scale": "pdf.parsing.image.scale",
        "pdf_parsing_strategy": "pdf.parsing.strategy",
        "pdf_parsing_tables": "pdf.parsing.tables",
        "pdf_rendering_strategy": "pdf.rendering.strategy",
        "property": "property",
        "quote_char": "quote.char",
        "remove_quotes_forced": "remove.quotes.forced",
        "runtime_data_credentials_id": "runtime_data_credentials_id",
        "scalar_coercion": "scalar.coercion",
        "schema_detection_once": "schema.detection.once",
        "sheets": "sheets",
        "timezone": "timezone",
        "unstructured_chunking_strategy": "unstructured.chunking.strategy",
        "unstructured_combine_under_n_chars": "unstructured.combine.under.n.chars",
        "unstructured_encoding": "unstructured.encoding",
        "unstructured_gz_uncompressed_content_type": "unstructured.gz.uncompressed.content.type",
        "unstructured_include_page_breaks": "unstructured.include.page.breaks",
        "unstructured_max_characters": "unstructured.max.characters",
        "unstructured_multipage_sections": "unstructured.multipage.sections",
        "unstructured_new_after_n_chars": "unstructured.new.after.n.chars",
        "unstructured_pdf_infer_table_structure": "unstructured.pdf.infer.table.structure",
        "whitelist_pathmatchers": "whitelist.pathmatchers",
        "xml_mode": "xml.mode",
        "xml_xpath": "xml.xpath",
        "xml_xpath_additional": "xml.xpath.additional",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({"pdf_document_password"})

    path: str
    """Wire name `path`."""
    start_cron: str
    """Wire name `start.cron`."""
    advanced_settings: (
        Literal[
            "Auto Detect",
            "Custom Text Format",
            "XML",
            "JSON",
            "EDI",
            "Log File",
            "ORC",
            "AVRO",
            "Parquet",
            "Excel",
            "Fixed Width",
            "PDF",
            "Unstructured",
            "SWIFT",
            "Raw File Data",
        ]
        | None
    ) = None
    """Wire name `advanced_settings`."""
    ai_function_id: int | float | None = None
    """Wire name `ai.function.id`."""
    allow_grouping: bool | None = None
    """Wire name `allowGrouping`."""
    blacklist_pathmatchers: str | None = None
    """Wire name `blacklist.pathmatchers`."""
    chunk_threshold: int | float | None = None
    """Wire name `chunk_threshold`. Nexla's default: `1000`."""
    csv_delimiter: str | None = None
    """Wire name `csv.delimiter`."""
    csv_escape_char: str | None = None
    """Wire name `csv.escape.char`."""
    csv_quote_char: str | None = None
    """Wire name `csv.quote.char`."""
    csv_schema_detection: str | None = None
    """Wire name `csv.schema.detection`."""
    csv_skip_first_lines: int | float | None = None
    """Wire name `csv.skip.first.lines`."""
    edi_xpath: str | None = None
    """Wire name `edi.xpath`."""
    excel_range_additional: str | None = None
    """Wire name `excel.range.additional`."""
    excel_schema_detection: Literal["header", "generated"] | None = None
    """Wire name `excel.schema.detection`."""
    excel_skip_merged_cells: bool | None = None
    """Wire name `excel.skip.merged.cells`."""
    field_lengths: str | None = None
    """Wire name `field.lengths`."""
    fixed_width_schema_detection_mode: Literal["header", "generated"] | None = None
    """Wire name `fixed.width.schema.detection.mode`."""
    fixed_width_skip_first_lines: int | float | None = None
    """Wire name `fixed.width.skip.first.lines`."""
    fixed_width_skip_last_lines: int | float | None = None
    """Wire name `fixed.width.skip.last.lines`."""
    grok_pattern: (
        Literal[
            "%{SYSLOGBASE}",
            "%{COMBINEDAPACHELOG}",
            "%{NAGIOSLOGLINE}",
            "%{POSTGRESQL}",
            "%{REDISLOG}",
            "%{JAVASTACKTRACEPART}",
        ]
        | None
    ) = None
    """Wire name `grok.pattern`."""
    group_by_keys: str | None = None
    """Wire name `group.by.keys`."""
    group_field_name: str | None = None
    """Wire name `group.field.name`."""
    group_publish_null_key: str | None = None
    """Wire name `group.publish.null.key`."""
    ignore_files_older_than_ms: int | float | None = None
    """Wire name `ignore.files.older.than.ms`."""
    json_mode: Literal["row", "entire.file"] | None = None
    """Wire name `json.mode`."""
    json_path: str | None = None
    """Wire name `json.path`."""
    json_path_additional: str | None = None
    """Wire name `json.path.additional`."""
    lenient: bool | None = None
    """Wire name `lenient`. Nexla's default: `True`."""
    line_separator: str | None = None
    """Wire name `line.separator`."""
    line_separator_detection_enabled: bool | None = None
    """Wire name `line.separator.detection.enabled`."""
    model: str | None = None
    """Wire name `model`."""
    overriden_extensions: (
        Literal[
            "*:txt",
            "*:xml",
            "*:json",
            "*:edi",
            "*:log",
            "*:orc",
            "*:avro",
            "*:parquet",
            "*:xlsx",
            "*:fw",
            "*:pdf",
            "*:unstructured",
            "*:swift",
        ]
        | None
    ) = None
    """Wire name `overriden.extensions`. Required with some settings."""
    padding_character: str | None = None
    """Wire name `padding.character`."""
    parse_text_block: bool | None = None
    """Wire name `parse.text.block`. Nexla's default: `True`."""
    parse_trailer_block: bool | None = None
    """Wire name `parse.trailer.block`. Nexla's default: `True`."""
    parse_user_block: bool | None = None
    """Wire name `parse.user.block`. Nexla's default: `True`."""
    path_exclusions: bool | None = None
    """Wire name `path_exclusions`."""
    pdf_document_password: str | None = None
    """Wire name `pdf.document.password`. Secret."""
    pdf_parsing_auto_1_output_tables: bool | None = None
    """Wire name `pdf.parsing.auto-1.outputTables`."""
    pdf_parsing_auto_1_output_text: bool | None = None
    """Wire name `pdf.parsing.auto-1.outputText`."""
    pdf_parsing_emit_text_blocks: bool | None = None
    """Wire name `pdf.parsing.emitTextBlocks`."""
    pdf_parsing_empty_value_placeholder: str | None = None
    """Wire name `pdf.parsing.emptyValuePlaceholder`."""
    pdf_parsing_image_scale: str | None = None
    """Wire name `pdf.parsing.image.scale`."""
    pdf_parsing_strategy: (
        Literal["text", "semi-auto", "auto-1", "auto-2", "image"] | None
    ) = None
    """Wire name `pdf.parsing.strategy`."""
    pdf_parsing_tables: str | None = None
    """Wire name `pdf.parsing.tables`."""
    pdf_rendering_strategy: (
        Literal[
            "default", "embedded", "extended", "table.as.message", "document.as.message"
        ]
        | None
    ) = None
    """Wire name `pdf.rendering.strategy`. Nexla's default: `'default'`."""
    property: str | None = None
    """Wire name `property`."""
    quote_char: str | None = None
    """Wire name `quote.char`."""
    remove_quotes_forced: bool | None = None
    """Wire name `remove.quotes.forced`."""
    runtime_data_credentials_id: int | float | None = None
    """Wire name `runtime_data_credentials_id`."""
    scalar_coercion: bool | None = None
    """Wire name `scalar.coercion`."""
    schema_detection_once: bool | None = None
    """Wire name `schema.detection.once`."""
    sheets: str | None = None
    """Wire name `sheets`."""
    timezone: str | None = None
    """Wire name `timezone`."""
    unstructured_chunking_strategy: Literal["", "by_title"] | None = None
    """Wire name `unstructured.chunking.strategy`."""
    unstructured_combine_under_n_chars: int | float | None = None
    """Wire name `unstructured.combine.under.n.chars`. Nexla's default: `500`."""
    unstructured_encoding: str | None = None
    """Wire name `unstructured.encoding`."""
    unstructured_gz_uncompressed_content_type: Literal["application/pdf"] | None = None
    """Wire name `unstructured.gz.uncompressed.content.type`."""
    unstructured_include_page_breaks: bool | None = None
    """Wire name `unstructured.include.page.breaks`. Nexla's default: `False`."""
    unstructured_max_characters: int | float | None = None
    """Wire name `unstructured.max.characters`. Nexla's default: `1500`."""
    unstructured_multipage_sections: bool | None = None
    """Wire name `unstructured.multipage.sections`. Nexla's default: `True`."""
    unstructured_new_after_n_chars: int | float | None = None
    """Wire name `unstructured.new.after.n.chars`. Nexla's default: `1500`."""
    unstructured_pdf_infer_table_structure: bool | None = None
    """Wire name `unstructured.pdf.infer.table.structure`. Nexla's default: `False`."""
    whitelist_pathmatchers: str | None = None
    """Wire name `whitelist.pathmatchers`."""
    xml_mode: Literal["row", "entire.file"] | None = None
    """Wire name `xml.mode`."""
    xml_xpath: str | None = None
    """Wire name `xml.xpath`."""
    xml_xpath_additional: str | None = None
    """Wire name `xml.xpath.additional`."""


@dataclass(repr=False, kw_only=True)
class GcpAlloydbSourceConfig(ConnectorConfig):
    """Config of a `gcp_alloydb` source (`source_config` block, chosen by `source_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "sources"
    CONNECTOR_TYPE: ClassVar[str] = "gcp_alloydb"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "db_query_mode": "db_query_mode",
        "start_cron": "start.cron",
        "cdc_capture_delete": "cdc.capture.delete",
        "cdc_enabled": "cdc.enabled",
        "cdc_snapshot_enabled": "cdc.snapshot.enabled",
        "commit_on_read": "commit.on.read",
        "database": "database",
        "incrementing_column_name": "incrementing.column.name",
        "incrementing_load_from": "incrementing.load.from",
        "mode": "mode",
        "query": "query",
        "table": "table",
        "timestamp_column_name": "timestamp.column.name",
        "timestamp_load_from": "timestamp.load.from",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    db_query_mode: Literal["Default", "Query"]
    """Wire name `db_query_mode`."""
    start_cron: str
    """Wire name `start.cron`."""
    cdc_capture_delete: bool | None = None
    """Wire name `cdc.capture.delete`."""
    cdc_enabled: bool | None = None
    """Wire name `cdc.enabled`."""
    cdc_snapshot_enabled: bool | None = None
    """Wire name `cdc.snapshot.enabled`."""
    commit_on_read: Literal["false", "true"] | None = None
    """Wire name `commit.on.read`."""
    database: str | None = None
    """Wire name `database`. Required with some settings."""
    incrementing_column_name: str | None = None
    """Wire name `incrementing.column.name`."""
    incrementing_load_from: str | None = None
    """Wire name `incrementing.load.from`."""
    mode: (
        Literal["none", "incrementing", "timestamp", "incrementing,timestamp"] | None
    ) = None
    """Wire name `mode`."""
    query: str | None = None
    """Wire name `query`. Required with some settings."""
    table: str | None = None
    """Wire name `table`. Required with some settings."""
    timestamp_column_name: str | None = None
    """Wire name `timestamp.column.name`."""
    timestamp_load_from: int | float | str | None = None
    """Wire name `timestamp.load.from`."""


@dataclass(repr=False, kw_only=True)
class GcpSpannerSourceConfig(ConnectorConfig):
    """Config of a `gcp_spanner` source (`source_config` block, chosen by `source_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "sources"
    CONNECTOR_TYPE: ClassVar[str] = "gcp_spanner"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "db_query_mode": "db_query_mode",
        "start_cron": "start.cron",
        "commit_on_read": "commit.on.read",
        "database": "database",
        "enable_spanner_data_boost": "enable.spanner.data.boost",
        "incrementing_column_name": "incrementing.column.name",
        "incrementing_load_from": "incrementing.load.from",
        "mode": "mode",
        "query": "query",
        "table": "table",
        "timestamp_column_name": "timestamp.column.name",
        "timestamp_load_from": "timestamp.load.from",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    db_query_mode: Literal["Default", "Query"]
    """Wire name `db_query_mode`."""
    start_cron: str
    """Wire name `start.cron`."""
    commit_on_read: Literal["false", "true"] | None = None
    """Wire name `commit.on.read`."""
    database: str | None = None
    """Wire name `database`. Required with some settings."""
    enable_spanner_data_boost: bool | None = None
    """Wire name `enable.spanner.data.boost`."""
    incrementing_column_name: str | None = None
    """Wire name `incrementing.column.name`."""
    incrementing_load_from: str | None = None
    """Wire name `incrementing.load.from`."""
    mode: (
        Literal["none", "incrementing", "timestamp", "incrementing,timestamp"] | None
    ) = None
    """Wire name `mode`."""
    query: str | None = None
    """Wire name `query`. Required with some settings."""
    table: str | None = None
    """Wire name `table`. Required with some settings."""
    timestamp_column_name: str | None = None
    """Wire name `timestamp.column.name`."""
    timestamp_load_from: int | float | str | None = None
    """Wire name `timestamp.load.from`."""


@dataclass(repr=False, kw_only=True)
class GcsSourceConfig(ConnectorConfig):
    """Config of a `gcs` source (`source_config` block, chosen by `source_type`); a file connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "sources"
    CONNECTOR_TYPE: ClassVar[str] = "gcs"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "path": "path",
        "start_cron": "start.cron",
        "advanced_settings": "advanced_settings",
        "ai_function_id": "ai.function.id",
        "allow_grouping": "allowGrouping",
        "blacklist_pathmatchers": "blacklist.pathmatchers",
        "chunk_threshold": "chunk_threshold",
        "csv_delimiter": "csv.delimiter",
        "csv_escape_char": "csv.escape.char",
        "csv_quote_char": "csv.quote.char",
        "csv_schema_detection": "csv.schema.detection",
        "csv_skip_first_lines": "csv.skip.first.lines",
        "edi_xpath": "edi.xpath",
        "excel_range_additional": "excel.range.additional",
        "excel_schema_detection": "excel.schema.detection",
        "excel_skip_merged_cells": "excel.skip.merged.cells",
        "field_lengths": "field.lengths",
        "fixed_width_schema_detection_mode": "fixed.width.schema.detection.mode",
        "fixed_width_skip_first_lines": "fixed.width.skip.first.lines",
        "fixed_width_skip_last_lines": "fixed.width.skip.last.lines",
        "grok_pattern": "grok.pattern",
        "group_by_keys": "group.by.keys",
        "group_field_name": "group.field.name",
        "group_publish_null_key": "group.publish.null.key",
        "ignore_files_older_than_ms": "ignore.files.older.than.ms",
        "json_mode": "json.mode",
        "json_path": "json.path",
        "json_path_additional": "json.path.additional",
        "lenient": "lenient",
        "line_separator": "line.separator",
        "line_separator_detection_enabled": "line.separator.detection.enabled",
        "model": "model",
        "overriden_extensions": "overriden.extensions",
        "padding_character": "padding.character",
        "parse_text_block": "parse.text.block",
        "parse_trailer_block": "parse.trailer.block",
        "parse_user_block": "parse.user.block",
        "path_exclusions": "path_exclusions",
        "pdf_document_password": "pdf.document.password",
        "pdf_parsing_auto_1_output_tables": "pdf.parsing.auto-1.outputTables",
        "pdf_parsing_auto_1_output_text": "pdf.parsing.auto-1.outputText",
        "pdf_parsing_emit_text_blocks": "pdf.parsing.emitTextBlocks",
        "pdf_parsing_empty_value_placeholder": "pdf.parsing.emptyValuePlaceholder",
        "pdf_parsing_image_scale": "pdf.parsing.image.scale",
        "pdf_parsing_strategy": "pdf.parsing.strategy",
        "pdf_parsing_tables": "pdf.parsing.tables",
        "pdf_rendering_strategy": "pdf.rendering.strategy",
        "property": "property",
        "quote_char": "quote.char",
        "remove_quotes_forced": "remove.quotes.forced",
        "runtime_data_credentials_id": "runtime_data_credentials_id",
        "scalar_coercion": "scalar.coercion",
        "schema_detection_once": "schema.detection.once",
        "sheets": "sheets",
        "timezone": "timezone",
        "unstructured_chunking_strategy": "unstructured.chunking.strategy",
        "unstructured_combine_under_n_chars": "unstructured.combine.under.n.chars",
        "unstructured_encoding": "unstructured.encoding",
        "unstructured_gz_uncompressed_content_type": "unstructured.gz.uncompressed.content.type",
        "unstructured_include_page_breaks": "unstructured.include.page.breaks",
        "unstructured_max_characters": "unstructured.max.characters",
        "unstructured_multipage_sections": "unstructured.multipage.sections",
        "unstructured_new_after_n_chars": "unstructured.new.after.n.chars",
        "unstructured_pdf_infer_table_structure": "unstructured.pdf.infer.table.structure",
        "whitelist_pathmatchers": "whitelist.pathmatchers",
        "xml_mode": "xml.mode",
        "xml_xpath": "xml.xpath",
        "xml_xpath_additional": "xml.xpath.additional",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({"pdf_document_password"})

    path: str
    """Wire name `path`."""
    start_cron: str
    """Wire name `start.cron`."""
    advanced_settings: (
        Literal[
            "Auto Detect",
            "Custom Text Format",
            "XML",
            "JSON",
            "EDI",
            "Log File",
            "ORC",
            "AVRO",
            "Parquet",
            "Excel",
            "Fixed Width",
            "PDF",
            "Unstructured",
            "SWIFT",
            "Raw File Data",
        ]
        | None
    ) = None
    """Wire name `advanced_settings`."""
    ai_function_id: int | float | None = None
    """Wire name `ai.function.id`."""
    allow_grouping: bool | None = None
    """Wire name `allowGrouping`."""
    blacklist_pathmatchers: str | None = None
    """Wire name `blacklist.pathmatchers`."""
    chunk_threshold: int | float | None = None
    """Wire name `chunk_threshold`. Nexla's default: `1000`."""
    csv_delimiter: str | None = None
    """Wire name `csv.delimiter`."""
    csv_escape_char: str | None = None
    """Wire name `csv.escape.char`."""
    csv_quote_char: str | None = None
    """Wire name `csv.quote.char`."""
    csv_schema_detection: str | None = None
    """Wire name `csv.schema.detection`."""
    csv_skip_first_lines: int | float | None = None
    """Wire name `csv.skip.first.lines`."""
    edi_xpath: str | None = None
    """Wire name `edi.xpath`."""
    excel_range_additional: str | None = None
    """Wire name `excel.range.additional`."""
    excel_schema_detection: Literal["header", "generated"] | None = None
    """Wire name `excel.schema.detection`."""
    excel_skip_merged_cells: bool | None = None
    """Wire name `excel.skip.merged.cells`."""
    field_lengths: str | None = None
    """Wire name `field.lengths`."""
    fixed_width_schema_detection_mode: Literal["header", "generated"] | None = None
    """Wire name `fixed.width.schema.detection.mode`."""
    fixed_width_skip_first_lines: int | float | None = None
    """Wire name `fixed.width.skip.first.lines`."""
    fixed_width_skip_last_lines: int | float | None = None
    """Wire name `fixed.width.skip.last.lines`."""
    grok_pattern: (
        Literal[
            "%{SYSLOGBASE}",
            "%{COMBINEDAPACHELOG}",
            "%{NAGIOSLOGLINE}",
            "%{POSTGRESQL}",
            "%{REDISLOG}",
            "%{JAVASTACKTRACEPART}",
        ]
        | None
    ) = None
    """Wire name `grok.pattern`."""
    group_by_keys: str | None = None
    """Wire name `group.by.keys`."""
    group_field_name: str | None = None
    """Wire name `group.field.name`."""
    group_publish_null_key: str | None = None
    """Wire name `group.publish.null.key`."""
    ignore_files_older_than_ms: int | float | None = None
    """Wire name `ignore.files.older.than.ms`."""
    json_mode: Literal["row", "entire.file"] | None = None
    """Wire name `json.mode`."""
    json_path: str | None = None
    """Wire name `json.path`."""
    json_path_additional: str | None = None
    """Wire name `json.path.additional`."""
    lenient: bool | None = None
    """Wire name `lenient`. Nexla's default: `True`."""
    line_separator: str | None = None
    """Wire name `line.separator`."""
    line_separator_detection_enabled: bool | None = None
    """Wire name `line.separator.detection.enabled`."""
    model: str | None = None
    """Wire name `model`."""
    overriden_extensions: (
        Literal[
            "*:txt",
            "*:xml",
            "*:json",
            "*:edi",
            "*:log",
            "*:orc",
            "*:avro",
            "*:parquet",
            "*:xlsx",
            "*:fw",
            "*:pdf",
            "*:unstructured",
            "*:swift",
        ]
        | None
    ) = None
    """Wire name `overriden.extensions`. Required with some settings."""
    padding_character: str | None = None
    """Wire name `padding.character`."""
    parse_text_block: bool | None = None
    """Wire name `parse.text.block`. Nexla's default: `True`."""
    parse_trailer_block: bool | None = None
    """Wire name `parse.trailer.block`. Nexla's default: `True`."""
    parse_user_block: bool | None = None
    """Wire name `parse.user.block`. Nexla's default: `True`."""
    path_exclusions: bool | None = None
    """Wire name `path_exclusions`."""
    pdf_document_password: str | None = None
    """Wire name `pdf.document.password`. Secret."""
    pdf_parsing_auto_1_output_tables: bool | None = None
    """Wire name `pdf.parsing.auto-1.outputTables`."""
    pdf_parsing_auto_1_output_text: bool | None = None
    """Wire name `pdf.parsing.auto-1.outputText`."""
    pdf_parsing_emit_text_blocks: bool | None = None
    """Wire name `pdf.parsing.emitTextBlocks`."""
    pdf_parsing_empty_value_placeholder: str | None = None
    """Wire name `pdf.parsing.emptyValuePlaceholder`."""
    pdf_parsing_image_scale: str | None = None
    """Wire name `pdf.parsing.image.scale`."""
    pdf_parsing_strategy: (
        Literal["text", "semi-auto", "auto-1", "auto-2", "image"] | None
    ) = None
    """Wire name `pdf.parsing.strategy`."""
    pdf_parsing_tables: str | None = None
    """Wire name `pdf.parsing.tables`."""
    pdf_rendering_strategy: (
        Literal[
            "default", "embedded", "extended", "table.as.message", "document.as.message"
        ]
        | None
    ) = None
    """Wire name `pdf.rendering.strategy`. Nexla's default: `'default'`."""
    property: str | None = None
    """Wire name `property`."""
    quote_char: str | None = None
    """Wire name `quote.char`."""
    remove_quotes_forced: bool | None = None
    """Wire name `remove.quotes.forced`."""
    runtime_data_credentials_id: int | float | None = None
    """Wire name `runtime_data_credentials_id`."""
    scalar_coercion: bool | None = None
    """Wire name `scalar.coercion`."""
    schema_detection_once: bool | None = None
    """Wire name `schema.detection.once`."""
    sheets: str | None = None
    """Wire name `sheets`."""
    timezone: str | None = None
    """Wire name `timezone`."""
    unstructured_chunking_strategy: Literal["", "by_title"] | None = None
    """Wire name `unstructured.chunking.strategy`."""
    unstructured_combine_under_n_chars: int | float | None = None
    """Wire name `unstructured.combine.under.n.chars`. Nexla's default: `500`."""
    unstructured_encoding: str | None = None
    """Wire name `unstructured.encoding`."""
    unstructured_gz_uncompressed_content_type: Literal["application/pdf"] | None = None
    """Wire name `unstructured.gz.uncompressed.content.type`."""
    unstructured_include_page_breaks: bool | None = None
    """Wire name `unstructured.include.page.breaks`. Nexla's default: `False`."""
    unstructured_max_characters: int | float | None = None
    """Wire name `unstructured.max.characters`. Nexla's default: `1500`."""
    unstructured_multipage_sections: bool | None = None
    """Wire name `unstructured.multipage.sections`. Nexla's default: `True`."""
    unstructured_new_after_n_chars: int | float | None = None
    """Wire name `unstructured.new.after.n.chars`. Nexla's default: `1500`."""
    unstructured_pdf_infer_table_structure: bool | None = None
    """Wire name `unstructured.pdf.infer.table.structure`. Nexla's default: `False`."""
    whitelist_pathmatchers: str | None = None
    """Wire name `whitelist.pathmatchers`."""
    xml_mode: Literal["row", "entire.file"] | None = None
    """Wire name `xml.mode`."""
    xml_xpath: str | None = None
    """Wire name `xml.xpath`."""
    xml_xpath_additional: str | None = None
    """Wire name `xml.xpath.additional`."""


@dataclass(repr=False, kw_only=True)
class GdriveSourceConfig(ConnectorConfig):
    """Config of a `gdrive` source (`source_config` block, chosen by `source_type`); a file connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "sources"
    CONNECTOR_TYPE: ClassVar[str] = "gdrive"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "path": "path",
        "start_cron": "start.cron",
        "advanced_settings": "advanced_settings",
        "ai_function_id": "ai.function.id",
        "allow_grouping": "allowGrouping",
        "blacklist_pathmatchers": "blacklist.pathmatchers",
        "chunk_threshold": "chunk_threshold",
        "csv_delimiter": "csv.delimiter",
        "csv_escape_char": "csv.escape.char",
        "csv_quote_char": "csv.quote.char",
        "csv_schema_detection": "csv.schema.detection",
        "csv_skip_first_lines": "csv.skip.first.lines",
        "edi_xpath": "edi.xpath",
        "excel_range_additional": "excel.range.additional",
        "excel_schema_detection": "excel.schema.detection",
        "excel_skip_merged_cells": "excel.skip.merged.cells",
        "field_lengths": "field.lengths",
        "fixed_width_schema_detection_mode": "fixed.width.schema.detection.mode",
        "fixed_width_skip_first_lines": "fixed.width.skip.first.lines",
        "fixed_width_skip_last_lines": "fixed.width.skip.last.lines",
        "grok_pattern": "grok.pattern",
        "group_by_keys": "group.by.keys",
        "group_field_name": "group.field.name",
        "group_publish_null_key": "group.publish.null.key",
        "ignore_files_older_than_ms": "ignore.files.older.than.ms",
        "json_mode": "json.mode",
        "json_path": "json.path",
        "json_path_additional": "json.path.additional",
        "lenient": "lenient",
        "line_separator": "line.separator",
        "line_separator_detection_enabled": "line.separator.detection.enabled",
        "model": "model",
        "overriden_extensions": "overriden.extensions",
        "padding_character": "padding.character",
        "parse_text_block": "parse.text.block",
        "parse_trailer_block": "parse.trailer.block",
        "parse_user_block": "parse.user.block",
        "path_exclusions": "path_exclusions",
        "pdf_document_password": "pdf.document.password",
        "pdf_parsing_auto_1_output_tables": "pdf.parsing.auto-1.outputTables",
        "pdf_parsing_auto_1_output_text": "pdf.parsing.auto-1.outputText",
        "pdf_parsing_emit_text_blocks": "pdf.parsing.emitTextBlocks",
        "pdf_parsing_empty_value_placeholder": "pdf.parsing.emptyValuePlaceholder",
        "pdf_parsing_image_scale": "pdf.parsing.image.scale",
        "pdf_parsing_strategy": "pdf.parsing.strategy",
        "pdf_parsing_tables": "pdf.parsing.tables",
        "pdf_rendering_strategy": "pdf.rendering.strategy",
        "property": "property",
        "quote_char": "quote.char",
        "remove_quotes_forced": "remove.quotes.forced",
        "runtime_data_credentials_id": "runtime_data_credentials_id",
        "scalar_coercion": "scalar.coercion",
        "schema_detection_once": "schema.detection.once",
        "sheets": "sheets",
        "timezone": "timezone",
        "unstructured_chunking_strategy": "unstructured.chunking.strategy",
        "unstructured_combine_under_n_chars": "unstructured.combine.under.n.chars",
        "unstructured_encoding": "unstructured.encoding",
        "unstructured_gz_uncompressed_content_type": "unstructured.gz.uncompressed.content.type",
        "unstructured_include_page_breaks": "unstructured.include.page.breaks",
        "unstructured_max_characters": "unstructured.max.characters",
        "unstructured_multipage_sections": "unstructured.multipage.sections",
        "unstructured_new_after_n_chars": "unstructured.new.after.n.chars",
        "unstructured_pdf_infer_table_structure": "unstructured.pdf.infer.table.structure",
        "whitelist_pathmatchers": "whitelist.pathmatchers",
        "xml_mode": "xml.mode",
        "xml_xpath": "xml.xpath",
        "xml_xpath_additional": "xml.xpath.additional",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({"pdf_document_password"})

    path: str
    """Wire name `path`."""
    start_cron: str
    """Wire name `start.cron`."""
    advanced_settings: (
        Literal[
            "Auto Detect",
            "Custom Text Format",
            "XML",
            "JSON",
            "EDI",
            "Log File",
            "ORC",
            "AVRO",
            "Parquet",
            "Excel",
            "Fixed Width",
            "PDF",
            "Unstructured",
            "SWIFT",
            "Raw File Data",
        ]
        | None
    ) = None
    """Wire name `advanced_settings`."""
    ai_function_id: int | float | None = None
    """Wire name `ai.function.id`."""
    allow_grouping: bool | None = None
    """Wire name `allowGrouping`."""
    blacklist_pathmatchers: str | None = None
    """Wire name `blacklist.pathmatchers`."""
    chunk_threshold: int | float | None = None
    """Wire name `chunk_threshold`. Nexla's default: `1000`."""
    csv_delimiter: str | None = None
    """Wire name `csv.delimiter`."""
    csv_escape_char: str | None = None
    """Wire name `csv.escape.char`."""
    csv_quote_char: str | None = None
    """Wire name `csv.quote.char`."""
    csv_schema_detection: str | None = None
    """Wire name `csv.schema.detection`."""
    csv_skip_first_lines: int | float | None = None
    """Wire name `csv.skip.first.lines`."""
    edi_xpath: str | None = None
    """Wire name `edi.xpath`."""
    excel_range_additional: str | None = None
    """Wire name `excel.range.additional`."""
    excel_schema_detection: Literal["header", "generated"] | None = None
    """Wire name `excel.schema.detection`."""
    excel_skip_merged_cells: bool | None = None
    """Wire name `excel.skip.merged.cells`."""
    field_lengths: str | None = None
    """Wire name `field.lengths`."""
    fixed_width_schema_detection_mode: Literal["header", "generated"] | None = None
    """Wire name `fixed.width.schema.detection.mode`."""
    fixed_width_skip_first_lines: int | float | None = None
    """Wire name `fixed.width.skip.first.lines`."""
    fixed_width_skip_last_lines: int | float | None = None
    """Wire name `fixed.width.skip.last.lines`."""
    grok_pattern: (
        Literal[
            "%{SYSLOGBASE}",
            "%{COMBINEDAPACHELOG}",
            "%{NAGIOSLOGLINE}",
            "%{POSTGRESQL}",
            "%{REDISLOG}",
            "%{JAVASTACKTRACEPART}",
        ]
        | None
    ) = None
    """Wire name `grok.pattern`."""
    group_by_keys: str | None = None
    """Wire name `group.by.keys`."""
    group_field_name: str | None = None
    """Wire name `group.field.name`."""
    group_publish_null_key: str | None = None
    """Wire name `group.publish.null.key`."""
    ignore_files_older_than_ms: int | float | None = None
    """Wire name `ignore.files.older.than.ms`."""
    json_mode: Literal["row", "entire.file"] | None = None
    """Wire name `json.mode`."""
    json_path: str | None = None
    """Wire name `json.path`."""
    json_path_additional: str | None = None
    """Wire name `json.path.additional`."""
    lenient: bool | None = None
    """Wire name `lenient`. Nexla's default: `True`."""
    line_separator: str | None = None
    """Wire name `line.separator`."""
    line_separator_detection_enabled: bool | None = None
    """Wire name `line.separator.detection.enabled`."""
    model: str | None = None
    """Wire name `model`."""
    overriden_extensions: (
        Literal[
            "*:txt",
            "*:xml",
            "*:json",
            "*:edi",
            "*:log",
            "*:orc",
            "*:avro",
            "*:parquet",
            "*:xlsx",
            "*:fw",
            "*:pdf",
            "*:unstructured",
            "*:swift",
        ]
        | None
    ) = None
    """Wire name `overriden.extensions`. Required with some settings."""
    padding_character: str | None = None
    """Wire name `padding.character`."""
    parse_text_block: bool | None = None
    """Wire name `parse.text.block`. Nexla's default: `True`."""
    parse_trailer_block: bool | None = None
    """Wire name `parse.trailer.block`. Nexla's default: `True`."""
    parse_user_block: bool | None = None
    """Wire name `parse.user.block`. Nexla's default: `True`."""
    path_exclusions: bool | None = None
    """Wire name `path_exclusions`."""
    pdf_document_password: str | None = None
    """Wire name `pdf.document.password`. Secret."""
    pdf_parsing_auto_1_output_tables: bool | None = None
    """Wire name `pdf.parsing.auto-1.outputTables`."""
    pdf_parsing_auto_1_output_text: bool | None = None
    """Wire name `pdf.parsing.auto-1.outputText`."""
    pdf_parsing_emit_text_blocks: bool | None = None
    """Wire name `pdf.parsing.emitTextBlocks`."""
    pdf_parsing_empty_value_placeholder: str | None = None
    """Wire name `pdf.parsing.emptyValuePlaceholder`."""
    pdf_parsing_image_scale: str | None = None
    """Wire name `pdf.parsing.image.scale`."""
    pdf_parsing_strategy: (
        Literal["text", "semi-auto", "auto-1", "auto-2", "image"] | None
    ) = None
    """Wire name `pdf.parsing.strategy`."""
    pdf_parsing_tables: str | None = None
    """Wire name `pdf.parsing.tables`."""
    pdf_rendering_strategy: (
        Literal[
            "default", "embedded", "extended", "table.as.message", "document.as.message"
        ]
        | None
    ) = None
    """Wire name `pdf.rendering.strategy`. Nexla's default: `'default'`."""
    property: str | None = None
    """Wire name `property`."""
    quote_char: str | None = None
    """Wire name `quote.char`."""
    remove_quotes_forced: bool | None = None
    """Wire name `remove.quotes.forced`."""
    runtime_data_credentials_id: int | float | None = None
    """Wire name `runtime_data_credentials_id`."""
    scalar_coercion: bool | None = None
    """Wire name `scalar.coercion`."""
    schema_detection_once: bool | None = None
    """Wire name `schema.detection.once`."""
    sheets: str | None = None
    """Wire name `sheets`."""
    timezone: str | None = None
    """Wire name `timezone`."""
    unstructured_chunking_strategy: Literal["", "by_title"] | None = None
    """Wire name `unstructured.chunking.strategy`."""
    unstructured_combine_under_n_chars: int | float | None = None
    """Wire name `unstructured.combine.under.n.chars`. Nexla's default: `500`."""
    unstructured_encoding: str | None = None
    """Wire name `unstructured.encoding`."""
    unstructured_gz_uncompressed_content_type: Literal["application/pdf"] | None = None
    """Wire name `unstructured.gz.uncompressed.content.type`."""
    unstructured_include_page_breaks: bool | None = None
    """Wire name `unstructured.include.page.breaks`. Nexla's default: `False`."""
    unstructured_max_characters: int | float | None = None
    """Wire name `unstructured.max.characters`. Nexla's default: `1500`."""
    unstructured_multipage_sections: bool | None = None
    """Wire name `unstructured.multipage.sections`. Nexla's default: `True`."""
    unstructured_new_after_n_chars: int | float | None = None
    """Wire name `unstructured.new.after.n.chars`. Nexla's default: `1500`."""
    unstructured_pdf_infer_table_structure: bool | None = None
    """Wire name `unstructured.pdf.infer.table.structure`. Nexla's default: `False`."""
    whitelist_pathmatchers: str | None = None
    """Wire name `whitelist.pathmatchers`."""
    xml_mode: Literal["row", "entire.file"] | None = None
    """Wire name `xml.mode`."""
    xml_xpath: str | None = None
    """Wire name `xml.xpath`."""
    xml_xpath_additional: str | None = None
    """Wire name `xml.xpath.additional`."""


@dataclass(repr=False, kw_only=True)
class GooglePubsubSourceConfig(ConnectorConfig):
    """Config of a `google_pubsub` source (`source_config` block, chosen by `source_type`); a stream connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "sources"
    CONNECTOR_TYPE: ClassVar[str] = "google_pubsub"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "parser_type": "parser.type",
        "start_cron": "start.cron",
        "subscription": "subscription",
        "key_deserializer": "key.deserializer",
        "offset_mode": "offset.mode",
        "start_from_date": "start.from.date",
        "start_from_offsets": "start.from.offsets",
        "value_deserializer": "value.deserializer",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    parser_type: Literal["json", "csv", "tsv", "txt", "xml"]
    """Wire name `parser.type`."""
    start_cron: str
    """Wire name `start.cron`."""
    subscription: str
    """Wire name `subscription`."""
    key_deserializer: str | None = None
    """Wire name `key.deserializer`."""
    offset_mode: Literal["earliest", "from_date", "latest", "manual"] | None = None
    """Wire name `offset.mode`."""
    start_from_date: str | None = None
    """Wire name `start.from.date`. Required with some settings."""
    start_from_offsets: str | None = None
    """Wire name `start.from.offsets`. Required with some settings."""
    value_deserializer: str | None = None
    """Wire name `value.deserializer`."""


@dataclass(repr=False, kw_only=True)
class HanaJdbcSourceConfig(ConnectorConfig):
    """Config of a `hana_jdbc` source (`source_config` block, chosen by `source_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "sources"
    CONNECTOR_TYPE: ClassVar[str] = "hana_jdbc"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "db_query_mode": "db_query_mode",
        "start_cron": "start.cron",
        "commit_on_read": "commit.on.read",
        "database": "database",
        "incrementing_column_name": "incrementing.column.name",
        "incrementing_load_from": "incrementing.load.from",
        "mode": "mode",
        "query": "query",
        "table": "table",
        "timestamp_column_name": "timestamp.column.name",
        "timestamp_load_from": "timestamp.load.from",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    db_query_mode: Literal["Default", "Query"]
    """Wire name `db_query_mode`."""
    start_cron: str
    """Wire name `start.cron`."""
    commit_on_read: Literal["false", "true"] | None = None
    """Wire name `commit.on.read`."""
    database: str | None = None
    """Wire name `database`. Required with some settings."""
    incrementing_column_name: str | None = None
    """Wire name `incrementing.column.name`."""
    incrementing_load_from: str | None = None
    """Wire name `incrementing.load.from`."""
    mode: (
        Literal["none", "incrementing", "timestamp", "incrementing,timestamp"] | None
    ) = None
    """Wire name `mode`."""
    query: str | None = None
    """Wire name `query`. Required with some settings."""
    table: str | None = None
    """Wire name `table`. Required with some settings."""
    timestamp_column_name: str | None = None
    """Wire name `timestamp.column.name`."""
    timestamp_load_from: int | float | str | None = None
    """Wire name `timestamp.load.from`."""


@dataclass(repr=False, kw_only=True)
class HiveSourceConfig(ConnectorConfig):
    """Config of a `hive` source (`source_config` block, chosen by `source_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "sources"
    CONNECTOR_TYPE: ClassVar[str] = "hive"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "db_query_mode": "db_query_mode",
        "start_cron": "start.cron",
        "commit_on_read": "commit.on.read",
        "database": "database",
        "incrementing_column_name": "incrementing.column.name",
        "incrementing_load_from": "incrementing.load.from",
        "mode": "mode",
        "query": "query",
        "table": "table",
        "timestamp_column_name": "timestamp.column.name",
        "timestamp_load_from": "timestamp.load.from",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    db_query_mode: Literal["Default", "Query"]
    """Wire name `db_query_mode`."""
    start_cron: str
    """Wire name `start.cron`."""
    commit_on_read: Literal["false", "true"] | None = None
    """Wire name `commit.on.read`."""
    database: str | None = None
    """Wire name `database`. Required with some settings."""
    incrementing_column_name: str | None = None
    """Wire name `incrementing.column.name`."""
    incrementing_load_from: str | None = None
    """Wire name `incrementing.load.from`."""
    mode: (
        Literal["none", "incrementing", "timestamp", "incrementing,timestamp"] | None
    ) = None
    """Wire name `mode`."""
    query: str | None = None
    """Wire name `query`. Required with some settings."""
    table: str | None = None
    """Wire name `table`. Required with some settings."""
    timestamp_column_name: str | None = None
    """Wire name `timestamp.column.name`."""
    timestamp_load_from: int | float | str | None = None
    """Wire name `timestamp.load.from`."""


@dataclass(repr=False, kw_only=True)
class JmsSourceConfig(ConnectorConfig):
    """Config of a `jms` source (`source_config` block, chosen by `source_type`); a stream connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "sources"
    CONNECTOR_TYPE: ClassVar[str] = "jms"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "parser_type": "parser.type",
        "source_name": "source.name",
        "source_type": "source.type",
        "start_cron": "start.cron",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    parser_type: Literal["json", "csv", "tsv", "txt", "xml"]
    """Wire name `parser.type`."""
    source_name: str
    """Wire name `source.name`."""
    source_type: Literal["topic", "queue"]
    """Wire name `source.type`."""
    start_cron: str
    """Wire name `start.cron`."""


@dataclass(repr=False, kw_only=True)
class KafkaSourceConfig(ConnectorConfig):
    """Config of a `kafka` source (`source_config` block, chosen by `source_type`); a stream connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "sources"
    CONNECTOR_TYPE: ClassVar[str] = "kafka"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "parser_type": "parser.type",
        "start_cron": "start.cron",
        "topic": "topic",
        "key_deserializer": "key.deserializer",
        "offset_mode": "offset.mode",
        "start_from_date": "start.from.date",
        "start_from_offsets": "start.from.offsets",
        "value_deserializer": "value.deserializer",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    parser_type: Literal["json", "csv", "tsv", "txt", "xml"]
    """Wire name `parser.type`."""
    start_cron: str
    """Wire name `start.cron`."""
    topic: str
    """Wire name `topic`."""
    key_deserializer: str | None = None
    """Wire name `key.deserializer`."""
    offset_mode: Literal["earliest", "from_date", "latest", "manual"] | None = None
    """Wire name `offset.mode`."""
    start_from_date: str | None = None
    """Wire name `start.from.date`. Required with some settings."""
    start_from_offsets: str | None = None
    """Wire name `start.from.offsets`. Required with some settings."""
    value_deserializer: str | None = None
    """Wire name `value.deserializer`."""


@dataclass(repr=False, kw_only=True)
class MinIoS3SourceConfig(ConnectorConfig):
    """Config of a `min_io_s3` source (`source_config` block, chosen by `source_type`); a file connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "sources"
    CONNECTOR_TYPE: ClassVar[str] = "min_io_s3"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "path": "path",
        "start_cron": "start.cron",
        "advanced_settings": "advanced_settings",
        "ai_function_id": "ai.function.id",
        "allow_grouping": "allowGrouping",
        "blacklist_pathmatchers": "blacklist.pathmatchers",
        "chunk_threshold": "chunk_threshold",
        "csv_delimiter": "csv.delimiter",
        "csv_escape_char": "csv.escape.char",
        "csv_quote_char": "csv.quote.char",
        "csv_schema_detection": "csv.schema.detection",
        "csv_skip_first_lines": "csv.skip.first.lines",
        "edi_xpath": "edi.xpath",
        "excel_range_additional": "excel.range.additional",
        "excel_schema_detection": "excel.schema.detection",
        "excel_skip_merged_cells": "excel.skip.merged.cells",
        "field_lengths": "field.lengths",
        "fixed_width_schema_detection_mode": "fixed.width.schema.detection.mode",
        "fixed_width_skip_first_lines": "fixed.width.skip.first.lines",
        "fixed_width_skip_last_lines": "fixed.width.skip.last.lines",
        "grok_pattern": "grok.pattern",
        "group_by_keys": "group.by.keys",
        "group_field_name": "group.field.name",
        "group_publish_null_key": "group.publish.null.key",
        "ignore_files_older_than_ms": "ignore.files.older.than.ms",
        "json_mode": "json.mode",
        "json_path": "json.path",
        "json_path_additional": "json.path.additional",
        "lenient": "lenient",
        "line_separator": "line.separator",
        "line_separator_detection_enabled": "line.separator.detection.enabled",
        "model": "model",
        "overriden_extensions": "overriden.extensions",
        "padding_character": "padding.character",
        "parse_text_block": "parse.text.block",
        "parse_trailer_block": "parse.trailer.block",
        "parse_user_block": "parse.user.block",
        "path_exclusions": "path_exclusions",
        "pdf_document_password": "pdf.document.password",
        "pdf_parsing_auto_1_output_tables": "pdf.parsing.auto-1.outputTables",
        "pdf_parsing_auto_1_output_text": "pdf.parsing.auto-1.outputText",
        "pdf_parsing_emit_text_blocks": "pdf.parsing.emitTextBlocks",
        "pdf_parsing_empty_value_placeholder": "pdf.parsing.emptyValuePlaceholder",
        "pdf_parsing_image_scale": "pdf.parsing.image.scale",
        "pdf_parsing_strategy": "pdf.parsing.strategy",
        "pdf_parsing_tables": "pdf.parsing.tables",
        "pdf_rendering_strategy": "pdf.rendering.strategy",
        "property": "property",
        "quote_char": "quote.char",
        "remove_quotes_forced": "remove.quotes.forced",
        "runtime_data_credentials_id": "runtime_data_credentials_id",
        "scalar_coercion": "scalar.coercion",
        "schema_detection_once": "schema.detection.once",
        "sheets": "sheets",
        "timezone": "timezone",
        "unstructured_chunking_strategy": "unstructured.chunking.strategy",
        "unstructured_combine_under_n_chars": "unstructured.combine.under.n.chars",
        "unstructured_encoding": "unstructured.encoding",
        "unstructured_gz_uncompressed_content_type": "unstructured.gz.uncompressed.content.type",
        "unstructured_include_page_breaks": "unstructured.include.page.breaks",
        "unstructured_max_characters": "unstructured.max.characters",
        "unstructured_multipage_sections": "unstructured.multipage.sections",
        "unstructured_new_after_n_chars": "unstructured.new.after.n.chars",
        "unstructured_pdf_infer_table_structure": "unstructured.pdf.infer.table.structure",
        "whitelist_pathmatchers": "whitelist.pathmatchers",
        "xml_mode": "xml.mode",
        "xml_xpath": "xml.xpath",
        "xml_xpath_additional": "xml.xpath.additional",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({"pdf_document_password"})

    path: str
    """Wire name `path`."""
    start_cron: str
    """Wire name `start.cron`."""
    advanced_settings: (
        Literal[
            "Auto Detect",
            "Custom Text Format",
            "XML",
            "JSON",
            "EDI",
            "Log File",
            "ORC",
            "AVRO",
            "Parquet",
            "Excel",
            "Fixed Width",
            "PDF",
            "Unstructured",
            "SWIFT",
            "Raw File Data",
        ]
        | None
    ) = None
    """Wire name `advanced_settings`."""
    ai_function_id: int | float | None = None
    """Wire name `ai.function.id`."""
    allow_grouping: bool | None = None
    """Wire name `allowGrouping`."""
    blacklist_pathmatchers: str | None = None
    """Wire name `blacklist.pathmatchers`."""
    chunk_threshold: int | float | None = None
    """Wire name `chunk_threshold`. Nexla's default: `1000`."""
    csv_delimiter: str | None = None
    """Wire name `csv.delimiter`."""
    csv_escape_char: str | None = None
    """Wire name `csv.escape.char`."""
    csv_quote_char: str | None = None
    """Wire name `csv.quote.char`."""
    csv_schema_detection: str | None = None
    """Wire name `csv.schema.detection`."""
    csv_skip_first_lines: int | float | None = None
    """Wire name `csv.skip.first.lines`."""
    edi_xpath: str | None = None
    """Wire name `edi.xpath`."""
    excel_range_additional: str | None = None
    """Wire name `excel.range.additional`."""
    excel_schema_detection: Literal["header", "generated"] | None = None
    """Wire name `excel.schema.detection`."""
    excel_skip_merged_cells: bool | None = None
    """Wire name `excel.skip.merged.cells`."""
    field_lengths: str | None = None
    """Wire name `field.lengths`."""
    fixed_width_schema_detection_mode: Literal["header", "generated"] | None = None
    """Wire name `fixed.width.schema.detection.mode`."""
    fixed_width_skip_first_lines: int | float | None = None
    """Wire name `fixed.width.skip.first.lines`."""
    fixed_width_skip_last_lines: int | float | None = None
    """Wire name `fixed.width.skip.last.lines`."""
    grok_pattern: (
        Literal[
            "%{SYSLOGBASE}",
            "%{COMBINEDAPACHELOG}",
            "%{NAGIOSLOGLINE}",
            "%{POSTGRESQL}",
            "%{REDISLOG}",
            "%{JAVASTACKTRACEPART}",
        ]
        | None
    ) = None
    """Wire name `grok.pattern`."""
    group_by_keys: str | None = None
    """Wire name `group.by.keys`."""
    group_field_name: str | None = None
    """Wire name `group.field.name`."""
    group_publish_null_key: str | None = None
    """Wire name `group.publish.null.key`."""
    ignore_files_older_than_ms: int | float | None = None
    """Wire name `ignore.files.older.than.ms`."""
    json_mode: Literal["row", "entire.file"] | None = None
    """Wire name `json.mode`."""
    json_path: str | None = None
    """Wire name `json.path`."""
    json_path_additional: str | None = None
    """Wire name `json.path.additional`."""
    lenient: bool | None = None
    """Wire name `lenient`. Nexla's default: `True`."""
    line_separator: str | None = None
    """Wire name `line.separator`."""
    line_separator_detection_enabled: bool | None = None
    """Wire name `line.separator.detection.enabled`."""
    model: str | None = None
    """Wire name `model`."""
    overriden_extensions: (
        Literal[
            "*:txt",
            "*:xml",
            "*:json",
            "*:edi",
            "*:log",
            "*:orc",
            "*:avro",
            "*:parquet",
            "*:xlsx",
            "*:fw",
            "*:pdf",
            "*:unstructured",
            "*:swift",
        ]
        | None
    ) = None
    """Wire name `overriden.extensions`. Required with some settings."""
    padding_character: str | None = None
    """Wire name `padding.character`."""
    parse_text_block: bool | None = None
    """Wire name `parse.text.block`. Nexla's default: `True`."""
    parse_trailer_block: bool | None = None
    """Wire name `parse.trailer.block`. Nexla's default: `True`."""
    parse_user_block: bool | None = None
    """Wire name `parse.user.block`. Nexla's default: `True`."""
    path_exclusions: bool | None = None
    """Wire name `path_exclusions`."""
    pdf_document_password: str | None = None
    """Wire name `pdf.document.password`. Secret."""
    pdf_parsing_auto_1_output_tables: bool | None = None
    """Wire name `pdf.parsing.auto-1.outputTables`."""
    pdf_parsing_auto_1_output_text: bool | None = None
    """Wire name `pdf.parsing.auto-1.outputText`."""
    pdf_parsing_emit_text_blocks: bool | None = None
    """Wire name `pdf.parsing.emitTextBlocks`."""
    pdf_parsing_empty_value_placeholder: str | None = None
    """Wire name `pdf.parsing.emptyValuePlaceholder`."""
    pdf_parsing_image_scale: str | None = None
    """Wire name `pdf.parsing.image.scale`."""
    pdf_parsing_strategy: (
        Literal["text", "semi-auto", "auto-1", "auto-2", "image"] | None
    ) = None
    """Wire name `pdf.parsing.strategy`."""
    pdf_parsing_tables: str | None = None
    """Wire name `pdf.parsing.tables`."""
    pdf_rendering_strategy: (
        Literal[
            "default", "embedded", "extended", "table.as.message", "document.as.message"
        ]
        | None
    ) = None
    """Wire name `pdf.rendering.strategy`. Nexla's default: `'default'`."""
    property: str | None = None
    """Wire name `property`."""
    quote_char: str | None = None
    """Wire name `quote.char`."""
    remove_quotes_forced: bool | None = None
    """Wire name `remove.quotes.forced`."""
    runtime_data_credentials_id: int | float | None = None
    """Wire name `runtime_data_credentials_id`."""
    scalar_coercion: bool | None = None
    """Wire name `scalar.coercion`."""
    schema_detection_once: bool | None = None
    """Wire name `schema.detection.once`."""
    sheets: str | None = None
    """Wire name `sheets`."""
    timezone: str | None = None
    """Wire name `timezone`."""
    unstructured_chunking_strategy: Literal["", "by_title"] | None = None
    """Wire name `unstructured.chunking.strategy`."""
    unstructured_combine_under_n_chars: int | float | None = None
    """Wire name `unstructured.combine.under.n.chars`. Nexla's default: `500`."""
    unstructured_encoding: str | None = None
    """Wire name `unstructured.encoding`."""
    unstructured_gz_uncompressed_content_type: Literal["application/pdf"] | None = None
    """Wire name `unstructured.gz.uncompressed.content.type`."""
    unstructured_include_page_breaks: bool | None = None
    """Wire name `unstructured.include.page.breaks`. Nexla's default: `False`."""
    unstructured_max_characters: int | float | None = None
    """Wire name `unstructured.max.characters`. Nexla's default: `1500`."""
    unstructured_multipage_sections: bool | None = None
    """Wire name `unstructured.multipage.sections`. Nexla's default: `True`."""
    unstructured_new_after_n_chars: int | float | None = None
    """Wire name `unstructured.new.after.n.chars`. Nexla's default: `1500`."""
    unstructured_pdf_infer_table_structure: bool | None = None
    """Wire name `unstructured.pdf.infer.table.structure`. Nexla's default: `False`."""
    whitelist_pathmatchers: str | None = None
    """Wire name `whitelist.pathmatchers`."""
    xml_mode: Literal["row", "entire.file"] | None = None
    """Wire name `xml.mode`."""
    xml_xpath: str | None = None
    """Wire name `xml.xpath`."""
    xml_xpath_additional: str | None = None
    """Wire name `xml.xpath.additional`."""


@dataclass(repr=False, kw_only=True)
class MongoSourceConfig(ConnectorConfig):
    """Config of a `mongo` source (`source_config` block, chosen by `source_type`); a nosql connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "sources"
    CONNECTOR_TYPE: ClassVar[str] = "mongo"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "collection": "collection",
        "mode": "mode",
        "start_cron": "start.cron",
        "database": "database",
        "mongo_query_expression": "mongo.query.expression",
        "timestamp_key": "timestamp.key",
        "timestamp_load_from": "timestamp.load.from",
        "timestamp_load_to": "timestamp.load.to",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    collection: str
    """Wire name `collection`."""
    mode: Literal["default", "timestamp", "query"]
    """Wire name `mode`. Nexla's default: `'default'`."""
    start_cron: str
    """Wire name `start.cron`."""
    database: str | None = None
    """Wire name `database`. Required with some settings."""
    mongo_query_expression: str | None = None
    """Wire name `mongo.query.expression`."""
    timestamp_key: str | None = None
    """Wire name `timestamp.key`."""
    timestamp_load_from: str | None = None
    """Wire name `timestamp.load.from`."""
    timestamp_load_to: str | None = None
    """Wire name `timestamp.load.to`."""


@dataclass(repr=False, kw_only=True)
class MysqlSourceConfig(ConnectorConfig):
    """Config of a `mysql` source (`source_config` block, chosen by `source_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "sources"
    CONNECTOR_TYPE: ClassVar[str] = "mysql"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "db_query_mode": "db_query_mode",
        "start_cron": "start.cron",
        "cdc_capture_delete": "cdc.capture.delete",
        "cdc_enabled": "cdc.enabled",
        "cdc_snapshot_enabled": "cdc.snapshot.enabled",
        "commit_on_read": "commit.on.read",
        "database": "database",
        "incrementing_column_name": "incrementing.column.name",
        "incrementing_load_from": "incrementing.load.from",
        "mode": "mode",
        "query": "query",
        "table": "table",
        "timestamp_column_name": "timestamp.column.name",
        "timestamp_load_from": "timestamp.load.from",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    db_query_mode: Literal["Default", "Query"]
    """Wire name `db_query_mode`."""
    start_cron: str
    """Wire name `start.cron`."""
    cdc_capture_delete: bool | None = None
    """Wire name `cdc.capture.delete`."""
    cdc_enabled: bool | None = None
    """Wire name `cdc.enabled`."""
    cdc_snapshot_enabled: bool | None = None
    """Wire name `cdc.snapshot.enabled`."""
    commit_on_read: Literal["false", "true"] | None = None
    """Wire name `commit.on.read`."""
    database: str | None = None
    """Wire name `database`. Required with some settings."""
    incrementing_column_name: str | None = None
    """Wire name `incrementing.column.name`."""
    incrementing_load_from: str | None = None
    """Wire name `incrementing.load.from`."""
    mode: (
        Literal["none", "incrementing", "timestamp", "incrementing,timestamp"] | None
    ) = None
    """Wire name `mode`."""
    query: str | None = None
    """Wire name `query`. Required with some settings."""
    table: str | None = None
    """Wire name `table`. Required with some settings."""
    timestamp_column_name: str | None = None
    """Wire name `timestamp.column.name`."""
    timestamp_load_from: int | float | str | None = None
    """Wire name `timestamp.load.from`."""


@dataclass(repr=False, kw_only=True)
class NetsuiteJdbcSourceConfig(ConnectorConfig):
    """Config of a `netsuite_jdbc` source (`source_config` block, chosen by `source_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "sources"
    CONNECTOR_TYPE: ClassVar[str] = "netsuite_jdbc"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "db_query_mode": "db_query_mode",
        "start_cron": "start.cron",
        "commit_on_read": "commit.on.read",
        "database": "database",
        "incrementing_column_name": "incrementing.column.name",
        "incrementing_load_from": "incrementing.load.from",
        "mode": "mode",
        "query": "query",
        "table": "table",
        "timestamp_column_name": "timestamp.column.name",
        "timestamp_load_from": "timestamp.load.from",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    db_query_mode: Literal["Default", "Query"]
    """Wire name `db_query_mode`."""
    start_cron: str
    """Wire name `start.cron`."""
    commit_on_read: Literal["false", "true"] | None = None
    """Wire name `commit.on.read`."""
    database: str | None = None
    """Wire name `database`. Required with some settings."""
    incrementing_column_name: str | None = None
    """Wire name `incrementing.column.name`."""
    incrementing_load_from: str | None = None
    """Wire name `incrementing.load.from`."""
    mode: (
        Literal["none", "incrementing", "timestamp", "incrementing,timestamp"] | None
    ) = None
    """Wire name `mode`."""
    query: str | None = None
    """Wire name `query`. Required with some settings."""
    table: str | None = None
    """Wire name `table`. Required with some settings."""
    timestamp_column_name: str | None = None
    """Wire name `timestamp.column.name`."""
    timestamp_load_from: int | float | str | None = None
    """Wire name `timestamp.load.from`."""


@dataclass(repr=False, kw_only=True)
class NexlaRestSourceConfig(ConnectorConfig):
    """Config of a `nexla_rest` source (`source_config` block, chosen by `source_type`); a api connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "sources"
    CONNECTOR_TYPE: ClassVar[str] = "nexla_rest"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "hash_enabled": "hash.enabled",
        "schema_detection_once": "schema.detection.once",
        "webhook_auth_type": "webhook.auth_type",
        "hash_algorithm": "hash_algorithm",
        "hash_request_param": "hash_request_param",
        "hash_secret_key": "hash_secret_key",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({"hash_secret_key"})

    hash_enabled: bool
    """Wire name `hash.enabled`."""
    schema_detection_once: bool
    """Wire name `schema.detection.once`."""
    webhook_auth_type: Literal["Nexla API Key", "Payload Hash"]
    """Wire name `webhook.auth_type`."""
    hash_algorithm: (
        Literal["HmacSHA1", "HmacSHA256", "HmacSHA384", "HmacSHA512", "HmacMD5"] | None
    ) = None
    """Wire name `hash_algorithm`. Required with some settings."""
    hash_request_param: str | None = None
    """Wire name `hash_request_param`. Required with some settings."""
    hash_secret_key: str | None = None
    """Wire name `hash_secret_key`. Secret. Required with some settings."""


@dataclass(repr=False, kw_only=True)
class OracleAutonomousSourceConfig(ConnectorConfig):
    """Config of a `oracle_autonomous` source (`source_config` block, chosen by `source_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "sources"
    CONNECTOR_TYPE: ClassVar[str] = "oracle_autonomous"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "db_query_mode": "db_query_mode",
        "start_cron": "start.cron",
        "commit_on_read": "commit.on.read",
        "database": "database",
        "incrementing_column_name": "incrementing.column.name",
        "incrementing_load_from": "incrementing.load.from",
        "mode": "mode",
        "query": "query",
        "table": "table",
        "timestamp_column_name": "timestamp.column.name",
        "timestamp_load_from": "timestamp.load.from",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    db_query_mode: Literal["Default", "Query"]
    """Wire name `db_query_mode`."""
    start_cron: str
    """Wire name `start.cron`."""
    commit_on_read: Literal["false", "true"] | None = None
    """Wire name `commit.on.read`."""
    database: str | None = None
    """Wire name `database`. Required with some settings."""
    incrementing_column_name: str | None = None
    """Wire name `incrementing.column.name`."""
    incrementing_load_from: str | None = None
    """Wire name `incrementing.load.from`."""
    mode: (
        Literal["none", "incrementing", "timestamp", "incrementing,timestamp"] | None
    ) = None
    """Wire name `mode`."""
    query: str | None = None
    """Wire name `query`. Required with some settings."""
    table: str | None = None
    """Wire name `table`. Required with some settings."""
    timestamp_column_name: str | None = None
    """Wire name `timestamp.column.name`."""
    timestamp_load_from: int | float | str | None = None
    """Wire name `timestamp.load.from`."""


@dataclass(repr=False, kw_only=True)
class OracleSourceConfig(ConnectorConfig):
    """Config of a `oracle` source (`source_config` block, chosen by `source_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "sources"
    CONNECTOR_TYPE: ClassVar[str] = "oracle"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "db_query_mode": "db_query_mode",
        "start_cron": "start.cron",
        "cdc_capture_delete": "cdc.capture.delete",
        "cdc_enabled": "cdc.enabled",
        "cdc_snapshot_enabled": "cdc.snapshot.enabled",
        "commit_on_read": "commit.on.read",
        "database": "database",
        "incrementing_column_name": "incrementing.column.name",
        "incrementing_load_from": "incrementing.load.from",
        "mode": "mode",
        "query": "query",
        "table": "table",
        "timestamp_column_name": "timestamp.column.name",
        "timestamp_load_from": "timestamp.load.from",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    db_query_mode: Literal["Default", "Query"]
    """Wire name `db_query_mode`."""
    start_cron: str
    """Wire name `start.cron`."""
    cdc_capture_delete: bool | None = None
    """Wire name `cdc.capture.delete`."""
    cdc_enabled: bool | None = None
    """Wire name `cdc.enabled`."""
    cdc_snapshot_enabled: bool | None = None
    """Wire name `cdc.snapshot.enabled`."""
    commit_on_read: Literal["false", "true"] | None = None
    """Wire name `commit.on.read`."""
    database: str | None = None
    """Wire name `database`. Required with some settings."""
    incrementing_column_name: str | None = None
    """Wire name `incrementing.column.name`."""
    incrementing_load_from: str | None = None
    """Wire name `incrementing.load.from`."""
    mode: (
        Literal["none", "incrementing", "timestamp", "incrementing,timestamp"] | None
    ) = None
    """Wire name `mode`."""
    query: str | None = None
    """Wire name `query`. Required with some settings."""
    table: str | None = None
    """Wire name `table`. Required with some settings."""
    timestamp_column_name: str | None = None
    """Wire name `timestamp.column.name`."""
    timestamp_load_from: int | float | str | None = None
    """Wire name `timestamp.load.from`."""


@dataclass(repr=False, kw_only=True)
class PineconeSourceConfig(ConnectorConfig):
    """Config of a `pinecone` source (`source_config` block, chosen by `source_type`); a vector connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "sources"
    CONNECTOR_TYPE: ClassVar[str] = "pinecone"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "database": "database",
        "query_type": "query_type",
        "start_cron": "start.cron",
        "collection": "collection",
        "dense_vector": "dense_vector",
        "pinecone_filter": "pinecone.filter",
        "pinecone_include_metadata": "pinecone.includeMetadata",
        "pinecone_include_values": "pinecone.includeValues",
        "pinecone_prefix": "pinecone.prefix",
        "search_by": "search_by",
        "sparse_vector_indices": "sparse_vector_indices",
        "sparse_vector_values": "sparse_vector_values",
        "top_k": "topK",
        "vector_id": "vector_id",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    database: str
    """Wire name `database`."""
    query_type: Literal["fetch_vectors", "similarity_search", "fetch_ids"]
    """Wire name `query_type`. Nexla's default: `'similarity_search'`."""
    start_cron: str
    """Wire name `start.cron`."""
    collection: str | None = None
    """Wire name `collection`. Nexla's default: `'True'`."""
    dense_vector: str | None = None
    """Wire name `dense_vector`. Required with some settings."""
    pinecone_filter: str | None = None
    """Wire name `pinecone.filter`. Nexla's default: `'True'`."""
    pinecone_include_metadata: bool | None = None
    """Wire name `pinecone.includeMetadata`. Nexla's default: `True`."""
    pinecone_include_values: bool | None = None
    """Wire name `pinecone.includeValues`. Nexla's default: `True`."""
    pinecone_prefix: str | None = None
    """Wire name `pinecone.prefix`."""
    search_by: Literal["dense_vector", "vector_id"] | None = None
    """Wire name `search_by`. Nexla's default: `'dense_vector'`."""
    sparse_vector_indices: str | None = None
    """Wire name `sparse_vector_indices`."""
    sparse_vector_values: str | None = None
    """Wire name `sparse_vector_values`."""
    top_k: str | None = None
    """Wire name `topK`. Nexla's default: `'20'`."""
    vector_id: str | None = None
    """Wire name `vector_id`. Required with some settings."""


@dataclass(repr=False, kw_only=True)
class PostgresSourceConfig(ConnectorConfig):
    """Config of a `postgres` source (`source_config` block, chosen by `source_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "sources"
    CONNECTOR_TYPE: ClassVar[str] = "postgres"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "db_query_mode": "db_query_mode",
        "start_cron": "start.cron",
        "cdc_capture_delete": "cdc.capture.delete",
        "cdc_enabled": "cdc.enabled",
        "cdc_snapshot_enabled": "cdc.snapshot.enabled",
        "commit_on_read": "commit.on.read",
        "database": "database",
        "incrementing_column_name": "incrementing.column.name",
        "incrementing_load_from": "incrementing.load.from",
        "mode": "mode",
        "query": "query",
        "table": "table",
        "timestamp_column_name": "timestamp.column.name",
        "timestamp_load_from": "timestamp.load.from",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    db_query_mode: Literal["Default", "Query"]
    """Wire name `db_query_mode`."""
    start_cron: str
    """Wire name `start.cron`."""
    cdc_capture_delete: bool | None = None
    """Wire name `cdc.capture.delete`."""
    cdc_enabled: bool | None = None
    """Wire name `cdc.enabled`."""
    cdc_snapshot_enabled: bool | None = None
    """Wire name `cdc.snapshot.enabled`."""
    commit_on_read: Literal["false", "true"] | None = None
    """Wire name `commit.on.read`."""
    database: str | None = None
    """Wire name `database`. Required with some settings."""
    incrementing_column_name: str | None = None
    """Wire name `incrementing.column.name`."""
    incrementing_load_from: str | None = None
    """Wire name `incrementing.load.from`."""
    mode: (
        Literal["none", "incrementing", "timestamp", "incrementing,timestamp"] | None
    ) = None
    """Wire name `mode`."""
    query: str | None = None
    """Wire name `query`. Required with some settings."""
    table: str | None = None
    """Wire name `table`. Required with some settings."""
    timestamp_column_name: str | None = None
    """Wire name `timestamp.column.name`."""
    timestamp_load_from: int | float | str | None = None
    """Wire name `timestamp.load.from`."""


@dataclass(repr=False, kw_only=True)
class RedshiftSourceConfig(ConnectorConfig):
    """Config of a `redshift` source (`source_config` block, chosen by `source_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "sources"
    CONNECTOR_TYPE: ClassVar[str] = "redshift"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "db_query_mode": "db_query_mode",
        "start_cron": "start.cron",
        "commit_on_read": "commit.on.read",
        "database": "database",
        "incrementing_column_name": "incrementing.column.name",
        "incrementing_load_from": "incrementing.load.from",
        "mode": "mode",
        "query": "query",
        "table": "table",
        "timestamp_column_name": "timestamp.column.name",
        "timestamp_load_from": "timestamp.load.from",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    db_query_mode: Literal["Default", "Query"]
    """Wire name `db_query_mode`."""
    start_cron: str
    """Wire name `start.cron`."""
    commit_on_read: Literal["false", "true"] | None = None
    """Wire name `commit.on.read`."""
    database: str | None = None
    """Wire name `database`. Required with some settings."""
    incrementing_column_name: str | None = None
    """Wire name `incrementing.column.name`."""
    incrementing_load_from: str | None = None
    """Wire name `incrementing.load.from`."""
    mode: (
        Literal["none", "incrementing", "timestamp", "incrementing,timestamp"] | None
    ) = None
    """Wire name `mode`."""
    query: str | None = None
    """Wire name `query`. Required with some settings."""
    table: str | None = None
    """Wire name `table`. Required with some settings."""
    timestamp_column_name: str | None = None
    """Wire name `timestamp.column.name`."""
    timestamp_load_from: int | float | str | None = None
    """Wire name `timestamp.load.from`."""


@dataclass(repr=False, kw_only=True)
class RestSourceConfig(ConnectorConfig):
    """Config of a `rest` source (`source_config` block, chosen by `source_type`); a api connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "sources"
    CONNECTOR_TYPE: ClassVar[str] = "rest"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "rest_iterations": "rest.iterations",
        "start_cron": "start.cron",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    rest_iterations: list[Any]
    """Wire name `rest.iterations`."""
    start_cron: str | None = None
    """Wire name `start.cron`."""


@dataclass(repr=False, kw_only=True)
class S3IcebergSourceConfig(ConnectorConfig):
    """Config of a `s3_iceberg` source (`source_config` block, chosen by `source_type`); a file connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "sources"
    CONNECTOR_TYPE: ClassVar[str] = "s3_iceberg"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "iceberg_table_name": "iceberg.table.name",
        "iceberg_timetravel_modes": "iceberg.timetravel.modes",
        "iceberg_warehouse_dir": "iceberg.warehouse.dir",
        "start_cron": "start.cron",
        "iceberg_incremental_end_snapshot_id": "iceberg.incremental.end-snapshot-id",
        "iceberg_incremental_start_snapshot_id": "iceberg.incremental.start-snapshot-id",
        "iceberg_timetravel_as_of_branch": "iceberg.timetravel.as.of.branch",
        "iceberg_timetravel_as_of_snapshot": "iceberg.timetravel.as.of.snapshot",
        "iceberg_timetravel_as_of_tag": "iceberg.timetravel.as.of.tag",
        "iceberg_timetravel_as_of_timestamp": "iceberg.timetravel.as.of.timestamp",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    iceberg_table_name: str
    """Wire name `iceberg.table.name`."""
    iceberg_timetravel_modes: Literal[
        "none", "branch", "tag", "timestamp", "snapshot", "incremental"
    ]
    """Wire name `iceberg.timetravel.modes`."""
    iceberg_warehouse_dir: str
    """Wire name `iceberg.warehouse.dir`."""
    start_cron: str
    """Wire name `start.cron`."""
    iceberg_incremental_end_snapshot_id: str | None = None
    """Wire name `iceberg.incremental.end-snapshot-id`."""
    iceberg_incremental_start_snapshot_id: str | None = None
    """Wire name `iceberg.incremental.start-snapshot-id`."""
    iceberg_timetravel_as_of_branch: str | None = None
    """Wire name `iceberg.timetravel.as.of.branch`."""
    iceberg_timetravel_as_of_snapshot: str | None = None
    """Wire name `iceberg.timetravel.as.of.snapshot`."""
    iceberg_timetravel_as_of_tag: str | None = None
    """Wire name `iceberg.timetravel.as.of.tag`."""
    iceberg_timetravel_as_of_timestamp: str | None = None
    """Wire name `iceberg.timetravel.as.of.timestamp`."""


@dataclass(repr=False, kw_only=True)
class S3SourceConfig(ConnectorConfig):
    """Config of a `s3` source (`source_config` block, chosen by `source_type`); a file connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "sources"
    CONNECTOR_TYPE: ClassVar[str] = "s3"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "path": "path",
        "start_cron": "start.cron",
        "advanced_settings": "advanced_settings",
        "ai_function_id": "ai.function.id",
        "allow_grouping": "allowGrouping",
        "blacklist_pathmatchers": "blacklist.pathmatchers",
        "chunk_threshold": "chunk_threshold",
        "csv_delimiter": "csv.delimiter",
        "csv_escape_char": "csv.escape.char",
        "csv_quote_char": "csv.quote.char",
        "csv_schema_detection": "csv.schema.detection",
        "csv_skip_first_lines": "csv.skip.first.lines",
        "edi_xpath": "edi.xpath",
        "excel_range_additional": "excel.range.additional",
        "excel_schema_detection": "excel.schema.detection",
        "excel_skip_merged_cells": "excel.skip.merged.cells",
        "field_lengths": "field.lengths",
        "fixed_width_schema_detection_mode": "fixed.width.schema.detection.mode",
        "fixed_width_skip_first_lines": "fixed.width.skip.first.lines",
        "fixed_width_skip_last_lines": "fixed.width.skip.last.lines",
        "grok_pattern": "grok.pattern",
        "group_by_keys": "group.by.keys",
        "group_field_name": "group.field.name",
        "group_publish_null_key": "group.publish.null.key",
        "ignore_files_older_than_ms": "ignore.files.older.than.ms",
        "json_mode": "json.mode",
        "json_path": "json.path",
        "json_path_additional": "json.path.additional",
        "lenient": "lenient",
        "line_separator": "line.separator",
        "line_separator_detection_enabled": "line.separator.detection.enabled",
        "model": "model",
        "overriden_extensions": "overriden.extensions",
        "padding_character": "padding.character",
        "parse_text_block": "parse.text.block",
        "parse_trailer_block": "parse.trailer.block",
        "parse_user_block": "parse.user.block",
        "path_exclusions": "path_exclusions",
        "pdf_document_password": "pdf.document.password",
        "pdf_parsing_auto_1_output_tables": "pdf.parsing.auto-1.outputTables",
        "pdf_parsing_auto_1_output_text": "pdf.parsing.auto-1.outputText",
        "pdf_parsing_emit_text_blocks": "pdf.parsing.emitTextBlocks",
        "pdf_parsing_empty_value_placeholder": "pdf.parsing.emptyValuePlaceholder",
        "pdf_parsing_image_scale": "pdf.parsing.image.scale",
        "pdf_parsing_strategy": "pdf.parsing.strategy",
        "pdf_parsing_tables": "pdf.parsing.tables",
        "pdf_rendering_strategy": "pdf.rendering.strategy",
        "property": "property",
        "quote_char": "quote.char",
        "remove_quotes_forced": "remove.quotes.forced",
        "runtime_data_credentials_id": "runtime_data_credentials_id",
        "scalar_coercion": "scalar.coercion",
        "schema_detection_once": "schema.detection.once",
        "sheets": "sheets",
        "timezone": "timezone",
        "unstructured_chunking_strategy": "unstructured.chunking.strategy",
        "unstructured_combine_under_n_chars": "unstructured.combine.under.n.chars",
        "unstructured_encoding": "unstructured.encoding",
        "unstructured_gz_uncompressed_content_type": "unstructured.gz.uncompressed.content.type",
        "unstructured_include_page_breaks": "unstructured.include.page.breaks",
        "unstructured_max_characters": "unstructured.max.characters",
        "unstructured_multipage_sections": "unstructured.multipage.sections",
        "unstructured_new_after_n_chars": "unstructured.new.after.n.chars",
        "unstructured_pdf_infer_table_structure": "unstructured.pdf.infer.table.structure",
        "whitelist_pathmatchers": "whitelist.pathmatchers",
        "xml_mode": "xml.mode",
        "xml_xpath": "xml.xpath",
        "xml_xpath_additional": "xml.xpath.additional",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({"pdf_document_password"})

    path: str
    """Wire name `path`."""
    start_cron: str
    """Wire name `start.cron`."""
    advanced_settings: (
        Literal[
            "Auto Detect",
            "Custom Text Format",
            "XML",
            "JSON",
            "EDI",
            "Log File",
            "ORC",
            "AVRO",
            "Parquet",
            "Excel",
            "Fixed Width",
            "PDF",
            "Unstructured",
            "SWIFT",
            "Raw File Data",
        ]
        | None
    ) = None
    """Wire name `advanced_settings`."""
    ai_function_id: int | float | None = None
    """Wire name `ai.function.id`."""
    allow_grouping: bool | None = None
    """Wire name `allowGrouping`."""
    blacklist_pathmatchers: str | None = None
    """Wire name `blacklist.pathmatchers`."""
    chunk_threshold: int | float | None = None
    """Wire name `chunk_threshold`. Nexla's default: `1000`."""
    csv_delimiter: str | None = None
    """Wire name `csv.delimiter`."""
    csv_escape_char: str | None = None
    """Wire name `csv.escape.char`."""
    csv_quote_char: str | None = None
    """Wire name `csv.quote.char`."""
    csv_schema_detection: str | None = None
    """Wire name `csv.schema.detection`."""
    csv_skip_first_lines: int | float | None = None
    """Wire name `csv.skip.first.lines`."""
    edi_xpath: str | None = None
    """Wire name `edi.xpath`."""
    excel_range_additional: str | None = None
    """Wire name `excel.range.additional`."""
    excel_schema_detection: Literal["header", "generated"] | None = None
    """Wire name `excel.schema.detection`."""
    excel_skip_merged_cells: bool | None = None
    """Wire name `excel.skip.merged.cells`."""
    field_lengths: str | None = None
    """Wire name `field.lengths`."""
    fixed_width_schema_detection_mode: Literal["header", "generated"] | None = None
    """Wire name `fixed.width.schema.detection.mode`."""
    fixed_width_skip_first_lines: int | float | None = None
    """Wire name `fixed.width.skip.first.lines`."""
    fixed_width_skip_last_lines: int | float | None = None
    """Wire name `fixed.width.skip.last.lines`."""
    grok_pattern: (
        Literal[
            "%{SYSLOGBASE}",
            "%{COMBINEDAPACHELOG}",
            "%{NAGIOSLOGLINE}",
            "%{POSTGRESQL}",
            "%{REDISLOG}",
            "%{JAVASTACKTRACEPART}",
        ]
        | None
    ) = None
    """Wire name `grok.pattern`."""
    group_by_keys: str | None = None
    """Wire name `group.by.keys`."""
    group_field_name: str | None = None
    """Wire name `group.field.name`."""
    group_publish_null_key: str | None = None
    """Wire name `group.publish.null.key`."""
    ignore_files_older_than_ms: int | float | None = None
    """Wire name `ignore.files.older.than.ms`."""
    json_mode: Literal["row", "entire.file"] | None = None
    """Wire name `json.mode`."""
    json_path: str | None = None
    """Wire name `json.path`."""
    json_path_additional: str | None = None
    """Wire name `json.path.additional`."""
    lenient: bool | None = None
    """Wire name `lenient`. Nexla's default: `True`."""
    line_separator: str | None = None
    """Wire name `line.separator`."""
    line_separator_detection_enabled: bool | None = None
    """Wire name `line.separator.detection.enabled`."""
    model: str | None = None
    """Wire name `model`."""
    overriden_extensions: (
        Literal[
            "*:txt",
            "*:xml",
            "*:json",
            "*:edi",
            "*:log",
            "*:orc",
            "*:avro",
            "*:parquet",
            "*:xlsx",
            "*:fw",
            "*:pdf",
            "*:unstructured",
            "*:swift",
        ]
        | None
    ) = None
    """Wire name `overriden.extensions`. Required with some settings."""
    padding_character: str | None = None
    """Wire name `padding.character`."""
    parse_text_block: bool | None = None
    """Wire name `parse.text.block`. Nexla's default: `True`."""
    parse_trailer_block: bool | None = None
    """Wire name `parse.trailer.block`. Nexla's default: `True`."""
    parse_user_block: bool | None = None
    """Wire name `parse.user.block`. Nexla's default: `True`."""
    path_exclusions: bool | None = None
    """Wire name `path_exclusions`."""
    pdf_document_password: str | None = None
    """Wire name `pdf.document.password`. Secret."""
    pdf_parsing_auto_1_output_tables: bool | None = None
    """Wire name `pdf.parsing.auto-1.outputTables`."""
    pdf_parsing_auto_1_output_text: bool | None = None
    """Wire name `pdf.parsing.auto-1.outputText`."""
    pdf_parsing_emit_text_blocks: bool | None = None
    """Wire name `pdf.parsing.emitTextBlocks`."""
    pdf_parsing_empty_value_placeholder: str | None = None
    """Wire name `pdf.parsing.emptyValuePlaceholder`."""
    pdf_parsing_image_scale: str | None = None
    """Wire name `pdf.parsing.image.scale`."""
    pdf_parsing_strategy: (
        Literal["text", "semi-auto", "auto-1", "auto-2", "image"] | None
    ) = None
    """Wire name `pdf.parsing.strategy`."""
    pdf_parsing_tables: str | None = None
    """Wire name `pdf.parsing.tables`."""
    pdf_rendering_strategy: (
        Literal[
            "default", "embedded", "extended", "table.as.message", "document.as.message"
        ]
        | None
    ) = None
    """Wire name `pdf.rendering.strategy`. Nexla's default: `'default'`."""
    property: str | None = None
    """Wire name `property`."""
    quote_char: str | None = None
    """Wire name `quote.char`."""
    remove_quotes_forced: bool | None = None
    """Wire name `remove.quotes.forced`."""
    runtime_data_credentials_id: int | float | None = None
    """Wire name `runtime_data_credentials_id`."""
    scalar_coercion: bool | None = None
    """Wire name `scalar.coercion`."""
    schema_detection_once: bool | None = None
    """Wire name `schema.detection.once`."""
    sheets: str | None = None
    """Wire name `sheets`."""
    timezone: str | None = None
    """Wire name `timezone`."""
    unstructured_chunking_strategy: Literal["", "by_title"] | None = None
    """Wire name `unstructured.chunking.strategy`."""
    unstructured_combine_under_n_chars: int | float | None = None
    """Wire name `unstructured.combine.under.n.chars`. Nexla's default: `500`."""
    unstructured_encoding: str | None = None
    """Wire name `unstructured.encoding`."""
    unstructured_gz_uncompressed_content_type: Literal["application/pdf"] | None = None
    """Wire name `unstructured.gz.uncompressed.content.type`."""
    unstructured_include_page_breaks: bool | None = None
    """Wire name `unstructured.include.page.breaks`. Nexla's default: `False`."""
    unstructured_max_characters: int | float | None = None
    """Wire name `unstructured.max.characters`. Nexla's default: `1500`."""
    unstructured_multipage_sections: bool | None = None
    """Wire name `unstructured.multipage.sections`. Nexla's default: `True`."""
    unstructured_new_after_n_chars: int | float | None = None
    """Wire name `unstructured.new.after.n.chars`. Nexla's default: `1500`."""
    unstructured_pdf_infer_table_structure: bool | None = None
    """Wire name `unstructured.pdf.infer.table.structure`. Nexla's default: `False`."""
    whitelist_pathmatchers: str | None = None
    """Wire name `whitelist.pathmatchers`."""
    xml_mode: Literal["row", "entire.file"] | None = None
    """Wire name `xml.mode`."""
    xml_xpath: str | None = None
    """Wire name `xml.xpath`."""
    xml_xpath_additional: str | None = None
    """Wire name `xml.xpath.additional`."""


@dataclass(repr=False, kw_only=True)
class SharepointSourceConfig(ConnectorConfig):
    """Config of a `sharepoint` source (`source_config` block, chosen by `source_type`); a file connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "sources"
    CONNECTOR_TYPE: ClassVar[str] = "sharepoint"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "path": "path",
        "start_cron": "start.cron",
        "advanced_settings": "advanced_settings",
        "ai_function_id": "ai.function.id",
        "allow_grouping": "allowGrouping",
        "blacklist_pathmatchers": "blacklist.pathmatchers",
        "chunk_threshold": "chunk_threshold",
        "csv_delimiter": "csv.delimiter",
        "csv_escape_char": "csv.escape.char",
        "csv_quote_char": "csv.quote.char",
        "csv_schema_detection": "csv.schema.detection",
        "csv_skip_first_lines": "csv.skip.first.lines",
        "edi_xpath": "edi.xpath",
        "excel_range_additional": "excel.range.additional",
        "excel_schema_detection": "excel.schema.detection",
        "excel_skip_merged_cells": "excel.skip.merged.cells",
        "field_lengths": "field.lengths",
        "fixed_width_schema_detection_mode": "fixed.width.schema.detection.mode",
        "fixed_width_skip_first_lines": "fixed.width.skip.first.lines",
        "fixed_width_skip_last_lines": "fixed.width.skip.last.lines",
        "grok_pattern": "grok.pattern",
        "group_by_keys": "group.by.keys",
        "group_field_name": "group.field.name",
        "group_publish_null_key": "group.publish.null.key",
        "ignore_files_older_than_ms": "ignore.files.older.than.ms",
        "json_mode": "json.mode",
        "json_path": "json.path",
        "json_path_additional": "json.path.additional",
        "lenient": "lenient",
        "line_separator": "line.separator",
        "line_separator_detection_enabled": "line.separator.detection.enabled",
        "model": "model",
        "overriden_extensions": "overriden.extensions",
        "padding_character": "padding.character",
        "parse_text_block": "parse.text.block",
        "parse_trailer_block": "parse.trailer.block",
        "parse_user_block": "parse.user.block",
        "path_exclusions": "path_exclusions",
        "pdf_document_password": "pdf.document.password",
        "pdf_parsing_auto_1_output_tables": "pdf.parsing.auto-1.outputTables",
        "pdf_parsing_auto_1_output_text": "pdf.parsing.auto-1.outputText",
        "pdf_parsing_emit_text_blocks": "pdf.parsing.emitTextBlocks",
        "pdf_parsing_empty_value_placeholder": "pdf.parsing.emptyValuePlaceholder",
        "pdf_parsing_image_scale": "pdf.parsing.image.scale",
        "pdf_parsing_strategy": "pdf.parsing.strategy",
        "pdf_parsing_tables": "pdf.parsing.tables",
        "pdf_rendering_strategy": "pdf.rendering.strategy",
        "property": "property",
        "quote_char": "quote.char",
        "remove_quotes_forced": "remove.quotes.forced",
        "runtime_data_credentials_id": "runtime_data_credentials_id",
        "scalar_coercion": "scalar.coercion",
        "schema_detection_once": "schema.detection.once",
        "sheets": "sheets",
        "timezone": "timezone",
        "unstructured_chunking_strategy": "unstructured.chunking.strategy",
        "unstructured_combine_under_n_chars": "unstructured.combine.under.n.chars",
        "unstructured_encoding": "unstructured.encoding",
        "unstructured_gz_uncompressed_content_type": "unstructured.gz.uncompressed.content.type",
        "unstructured_include_page_breaks": "unstructured.include.page.breaks",
        "unstructured_max_characters": "unstructured.max.characters",
        "unstructured_multipage_sections": "unstructured.multipage.sections",
        "unstructured_new_after_n_chars": "unstructured.new.after.n.chars",
        "unstructured_pdf_infer_table_structure": "unstructured.pdf.infer.table.structure",
        "whitelist_pathmatchers": "whitelist.pathmatchers",
        "xml_mode": "xml.mode",
        "xml_xpath": "xml.xpath",
        "xml_xpath_additional": "xml.xpath.additional",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({"pdf_document_password"})

    path: str
    """Wire name `path`."""
    start_cron: str
    """Wire name `start.cron`."""
    advanced_settings: (
        Literal[
            "Auto Detect",
            "Custom Text Format",
            "XML",
            "JSON",
            "EDI",
            "Log File",
            "ORC",
            "AVRO",
            "Parquet",
            "Excel",
            "Fixed Width",
            "PDF",
            "Unstructured",
            "SWIFT",
            "Raw File Data",
        ]
        | None
    ) = None
    """Wire name `advanced_settings`."""
    ai_function_id: int | float | None = None
    """Wire name `ai.function.id`."""
    allow_grouping: bool | None = None
    """Wire name `allowGrouping`."""
    blacklist_pathmatchers: str | None = None
    """Wire name `blacklist.pathmatchers`."""
    chunk_threshold: int | float | None = None
    """Wire name `chunk_threshold`. Nexla's default: `1000`."""
    csv_delimiter: str | None = None
    """Wire name `csv.delimiter`."""
    csv_escape_char: str | None = None
    """Wire name `csv.escape.char`."""
    csv_quote_char: str | None = None
    """Wire name `csv.quote.char`."""
    csv_schema_detection: str | None = None
    """Wire name `csv.schema.detection`."""
    csv_skip_first_lines: int | float | None = None
    """Wire name `csv.skip.first.lines`."""
    edi_xpath: str | None = None
    """Wire name `edi.xpath`."""
    excel_range_additional: str | None = None
    """Wire name `excel.range.additional`."""
    excel_schema_detection: Literal["header", "generated"] | None = None
    """Wire name `excel.schema.detection`."""
    excel_skip_merged_cells: bool | None = None
    """Wire name `excel.skip.merged.cells`."""
    field_lengths: str | None = None
    """Wire name `field.lengths`."""
    fixed_width_schema_detection_mode: Literal["header", "generated"] | None = None
    """Wire name `fixed.width.schema.detection.mode`."""
    fixed_width_skip_first_lines: int | float | None = None
    """Wire name `fixed.width.skip.first.lines`."""
    fixed_width_skip_last_lines: int | float | None = None
    """Wire name `fixed.width.skip.last.lines`."""
    grok_pattern: (
        Literal[
            "%{SYSLOGBASE}",
            "%{COMBINEDAPACHELOG}",
            "%{NAGIOSLOGLINE}",
            "%{POSTGRESQL}",
            "%{REDISLOG}",
            "%{JAVASTACKTRACEPART}",
        ]
        | None
    ) = None
    """Wire name `grok.pattern`."""
    group_by_keys: str | None = None
    """Wire name `group.by.keys`."""
    group_field_name: str | None = None
    """Wire name `group.field.name`."""
    group_publish_null_key: str | None = None
    """Wire name `group.publish.null.key`."""
    ignore_files_older_than_ms: int | float | None = None
    """Wire name `ignore.files.older.than.ms`."""
    json_mode: Literal["row", "entire.file"] | None = None
    """Wire name `json.mode`."""
    json_path: str | None = None
    """Wire name `json.path`."""
    json_path_additional: str | None = None
    """Wire name `json.path.additional`."""
    lenient: bool | None = None
    """Wire name `lenient`. Nexla's default: `True`."""
    line_separator: str | None = None
    """Wire name `line.separator`."""
    line_separator_detection_enabled: bool | None = None
    """Wire name `line.separator.detection.enabled`."""
    model: str | None = None
    """Wire name `model`."""
    overriden_extensions: (
        Literal[
            "*:txt",
            "*:xml",
            "*:json",
            "*:edi",
            "*:log",
            "*:orc",
            "*:avro",
            "*:parquet",
            "*:xlsx",
            "*:fw",
            "*:pdf",
            "*:unstructured",
            "*:swift",
        ]
        | None
    ) = None
    """Wire name `overriden.extensions`. Required with some settings."""
    padding_character: str | None = None
    """Wire name `padding.character`."""
    parse_text_block: bool | None = None
    """Wire name `parse.text.block`. Nexla's default: `True`."""
    parse_trailer_block: bool | None = None
    """Wire name `parse.trailer.block`. Nexla's default: `True`."""
    parse_user_block: bool | None = None
    """Wire name `parse.user.block`. Nexla's default: `True`."""
    path_exclusions: bool | None = None
    """Wire name `path_exclusions`."""
    pdf_document_password: str | None = None
    """Wire name `pdf.document.password`. Secret."""
    pdf_parsing_auto_1_output_tables: bool | None = None
    """Wire name `pdf.parsing.auto-1.outputTables`."""
    pdf_parsing_auto_1_output_text: bool | None = None
    """Wire name `pdf.parsing.auto-1.outputText`."""
    pdf_parsing_emit_text_blocks: bool | None = None
    """Wire name `pdf.parsing.emitTextBlocks`."""
    pdf_parsing_empty_value_placeholder: str | None = None
    """Wire name `pdf.parsing.emptyValuePlaceholder`."""
    pdf_parsing_image_scale: str | None = None
    """Wire name `pdf.parsing.image.scale`."""
    pdf_parsing_strategy: (
        Literal["text", "semi-auto", "auto-1", "auto-2", "image"] | None
    ) = None
    """Wire name `pdf.parsing.strategy`."""
    pdf_parsing_tables: str | None = None
    """Wire name `pdf.parsing.tables`."""
    pdf_rendering_strategy: (
        Literal[
            "default", "embedded", "extended", "table.as.message", "document.as.message"
        ]
        | None
    ) = None
    """Wire name `pdf.rendering.strategy`. Nexla's default: `'default'`."""
    property: str | None = None
    """Wire name `property`."""
    quote_char: str | None = None
    """Wire name `quote.char`."""
    remove_quotes_forced: bool | None = None
    """Wire name `remove.quotes.forced`."""
    runtime_data_credentials_id: int | float | None = None
    """Wire name `runtime_data_credentials_id`."""
    scalar_coercion: bool | None = None
    """Wire name `scalar.coercion`."""
    schema_detection_once: bool | None = None
    """Wire name `schema.detection.once`."""
    sheets: str | None = None
    """Wire name `sheets`."""
    timezone: str | None = None
    """Wire name `timezone`."""
    unstructured_chunking_strategy: Literal["", "by_title"] | None = None
    """Wire name `unstructured.chunking.strategy`."""
    unstructured_combine_under_n_chars: int | float | None = None
    """Wire name `unstructured.combine.under.n.chars`. Nexla's default: `500`."""
    unstructured_encoding: str | None = None
    """Wire name `unstructured.encoding`."""
    unstructured_gz_uncompressed_content_type: Literal["application/pdf"] | None = None
    """Wire name `unstructured.gz.uncompressed.content.type`."""
    unstructured_include_page_breaks: bool | None = None
    """Wire name `unstructured.include.page.breaks`. Nexla's default: `False`."""
    unstructured_max_characters: int | float | None = None
    """Wire name `unstructured.max.characters`. Nexla's default: `1500`."""
    unstructured_multipage_sections: bool | None = None
    """Wire name `unstructured.multipage.sections`. Nexla's default: `True`."""
    unstructured_new_after_n_chars: int | float | None = None
    """Wire name `unstructured.new.after.n.chars`. Nexla's default: `1500`."""
    unstructured_pdf_infer_table_structure: bool | None = None
    """Wire name `unstructured.pdf.infer.table.structure`. Nexla's default: `False`."""
    whitelist_pathmatchers: str | None = None
    """Wire name `whitelist.pathmatchers`."""
    xml_mode: Literal["row", "entire.file"] | None = None
    """Wire name `xml.mode`."""
    xml_xpath: str | None = None
    """Wire name `xml.xpath`."""
    xml_xpath_additional: str | None = None
    """Wire name `xml.xpath.additional`."""


@dataclass(repr=False, kw_only=True)
class SnowflakeSourceConfig(ConnectorConfig):
    """Config of a `snowflake` source (`source_config` block, chosen by `source_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "sources"
    CONNECTOR_TYPE: ClassVar[str] = "snowflake"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "db_query_mode": "db_query_mode",
        "start_cron": "start.cron",
        "commit_on_read": "commit.on.read",
        "database": "database",
        "incrementing_column_name": "incrementing.column.name",
        "incrementing_load_from": "incrementing.load.from",
        "mode": "mode",
        "query": "query",
        "table": "table",
        "timestamp_column_name": "timestamp.column.name",
        "timestamp_load_from": "timestamp.load.from",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    db_query_mode: Literal["Default", "Query"]
    """Wire name `db_query_mode`."""
    start_cron: str
    """Wire name `start.cron`."""
    commit_on_read: Literal["false", "true"] | None = None
    """Wire name `commit.on.read`."""
    database: str | None = None
    """Wire name `database`. Required with some settings."""
    incrementing_column_name: str | None = None
    """Wire name `incrementing.column.name`."""
    incrementing_load_from: str | None = None
    """Wire name `incrementing.load.from`."""
    mode: (
        Literal["none", "incrementing", "timestamp", "incrementing,timestamp"] | None
    ) = None
    """Wire name `mode`."""
    query: str | None = None
    """Wire name `query`. Required with some settings."""
    table: str | None = None
    """Wire name `table`. Required with some settings."""
    timestamp_column_name: str | None = None
    """Wire name `timestamp.column.name`."""
    timestamp_load_from: int | float | str | None = None
    """Wire name `timestamp.load.from`."""


@dataclass(repr=False, kw_only=True)
class SoapSourceConfig(ConnectorConfig):
    """Config of a `soap` source (`source_config` block, chosen by `source_type`); a api connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "sources"
    CONNECTOR_TYPE: ClassVar[str] = "soap"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "soap_binding": "soap.binding",
        "soap_operation": "soap.operation",
        "soap_params": "soap.params",
        "soap_port_type": "soap.port.type",
        "soap_service": "soap.service",
        "soap_service_port": "soap.service.port",
        "soap_wsdl_url": "soap.wsdl.url",
        "start_cron": "start.cron",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    soap_binding: str
    """Wire name `soap.binding`."""
    soap_operation: str
    """Wire name `soap.operation`."""
    soap_params: str
    """Wire name `soap.params`."""
    soap_port_type: str
    """Wire name `soap.port.type`."""
    soap_service: str
    """Wire name `soap.service`."""
    soap_service_port: str
    """Wire name `soap.service.port`."""
    soap_wsdl_url: str
    """Wire name `soap.wsdl.url`."""
    start_cron: str
    """Wire name `start.cron`."""


@dataclass(repr=False, kw_only=True)
class SqlserverSourceConfig(ConnectorConfig):
    """Config of a `sqlserver` source (`source_config` block, chosen by `source_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "sources"
    CONNECTOR_TYPE: ClassVar[str] = "sqlserver"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "db_query_mode": "db_query_mode",
        "start_cron": "start.cron",
        "cdc_capture_delete": "cdc.capture.delete",
        "cdc_enabled": "cdc.enabled",
        "cdc_snapshot_enabled": "cdc.snapshot.enabled",
        "commit_on_read": "commit.on.read",
        "database": "database",
        "incrementing_column_name": "incrementing.column.name",
        "incrementing_load_from": "incrementing.load.from",
        "mode": "mode",
        "query": "query",
        "table": "table",
        "timestamp_column_name": "timestamp.column.name",
        "timestamp_load_from": "timestamp.load.from",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    db_query_mode: Literal["Default", "Query"]
    """Wire name `db_query_mode`."""
    start_cron: str
    """Wire name `start.cron`."""
    cdc_capture_delete: bool | None = None
    """Wire name `cdc.capture.delete`."""
    cdc_enabled: bool | None = None
    """Wire name `cdc.enabled`."""
    cdc_snapshot_enabled: bool | None = None
    """Wire name `cdc.snapshot.enabled`."""
    commit_on_read: Literal["false", "true"] | None = None
    """Wire name `commit.on.read`."""
    database: str | None = None
    """Wire name `database`. Required with some settings."""
    incrementing_column_name: str | None = None
    """Wire name `incrementing.column.name`."""
    incrementing_load_from: str | None = None
    """Wire name `incrementing.load.from`."""
    mode: (
        Literal["none", "incrementing", "timestamp", "incrementing,timestamp"] | None
    ) = None
    """Wire name `mode`."""
    query: str | None = None
    """Wire name `query`. Required with some settings."""
    table: str | None = None
    """Wire name `table`. Required with some settings."""
    timestamp_column_name: str | None = None
    """Wire name `timestamp.column.name`."""
    timestamp_load_from: int | float | str | None = None
    """Wire name `timestamp.load.from`."""


@dataclass(repr=False, kw_only=True)
class SybaseSourceConfig(ConnectorConfig):
    """Config of a `sybase` source (`source_config` block, chosen by `source_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "sources"
    CONNECTOR_TYPE: ClassVar[str] = "sybase"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "db_query_mode": "db_query_mode",
        "start_cron": "start.cron",
        "commit_on_read": "commit.on.read",
        "database": "database",
        "incrementing_column_name": "incrementing.column.name",
        "incrementing_load_from": "incrementing.load.from",
        "mode": "mode",
        "query": "query",
        "table": "table",
        "timestamp_column_name": "timestamp.column.name",
        "timestamp_load_from": "timestamp.load.from",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    db_query_mode: Literal["Default", "Query"]
    """Wire name `db_query_mode`."""
    start_cron: str
    """Wire name `start.cron`."""
    commit_on_read: Literal["false", "true"] | None = None
    """Wire name `commit.on.read`."""
    database: str | None = None
    """Wire name `database`. Required with some settings."""
    incrementing_column_name: str | None = None
    """Wire name `incrementing.column.name`."""
    incrementing_load_from: str | None = None
    """Wire name `incrementing.load.from`."""
    mode: (
        Literal["none", "incrementing", "timestamp", "incrementing,timestamp"] | None
    ) = None
    """Wire name `mode`."""
    query: str | None = None
    """Wire name `query`. Required with some settings."""
    table: str | None = None
    """Wire name `table`. Required with some settings."""
    timestamp_column_name: str | None = None
    """Wire name `timestamp.column.name`."""
    timestamp_load_from: int | float | str | None = None
    """Wire name `timestamp.load.from`."""


@dataclass(repr=False, kw_only=True)
class TeradataSourceConfig(ConnectorConfig):
    """Config of a `teradata` source (`source_config` block, chosen by `source_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "sources"
    CONNECTOR_TYPE: ClassVar[str] = "teradata"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "db_query_mode": "db_query_mode",
        "start_cron": "start.cron",
        "commit_on_read": "commit.on.read",
        "database": "database",
        "incrementing_column_name": "incrementing.column.name",
        "incrementing_load_from": "incrementing.load.from",
        "mode": "mode",
        "query": "query",
        "table": "table",
        "timestamp_column_name": "timestamp.column.name",
        "timestamp_load_from": "timestamp.load.from",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    db_query_mode: Literal["Default", "Query"]
    """Wire name `db_query_mode`."""
    start_cron: str
    """Wire name `start.cron`."""
    commit_on_read: Literal["false", "true"] | None = None
    """Wire name `commit.on.read`."""
    database: str | None = None
    """Wire name `database`. Required with some settings."""
    incrementing_column_name: str | None = None
    """Wire name `incrementing.column.name`."""
    incrementing_load_from: str | None = None
    """Wire name `incrementing.load.from`."""
    mode: (
        Literal["none", "incrementing", "timestamp", "incrementing,timestamp"] | None
    ) = None
    """Wire name `mode`."""
    query: str | None = None
    """Wire name `query`. Required with some settings."""
    table: str | None = None
    """Wire name `table`. Required with some settings."""
    timestamp_column_name: str | None = None
    """Wire name `timestamp.column.name`."""
    timestamp_load_from: int | float | str | None = None
    """Wire name `timestamp.load.from`."""


@dataclass(repr=False, kw_only=True)
class TibcoSourceConfig(ConnectorConfig):
    """Config of a `tibco` source (`source_config` block, chosen by `source_type`); a stream connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "sources"
    CONNECTOR_TYPE: ClassVar[str] = "tibco"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "parser_type": "parser.type",
        "source_name": "source.name",
        "source_type": "source.type",
        "start_cron": "start.cron",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({})

    parser_type: Literal["json", "csv", "tsv", "txt", "xml"]
    """Wire name `parser.type`."""
    source_name: str
    """Wire name `source.name`."""
    source_type: Literal["topic", "queue"]
    """Wire name `source.type`."""
    start_cron: str
    """Wire name `start.cron`."""


@dataclass(repr=False, kw_only=True)
class WebdavSourceConfig(ConnectorConfig):
    """Config of a `webdav` source (`source_config` block, chosen by `source_type`); a file connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "sources"
    CONNECTOR_TYPE: ClassVar[str] = "webdav"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "path": "path",
        "start_cron": "start.cron",
        "advanced_settings": "advanced_settings",
        "ai_function_id": "ai.function.id",
        "allow_grouping": "allowGrouping",
        "blacklist_pathmatchers": "blacklist.pathmatchers",
        "chunk_threshold": "chunk_threshold",
        "csv_delimiter": "csv.delimiter",
        "csv_escape_char": "csv.escape.char",
        "csv_quote_char": "csv.quote.char",
        "csv_schema_detection": "csv.schema.detection",
        "csv_skip_first_lines": "csv.skip.first.lines",
        "edi_xpath": "edi.xpath",
        "excel_range_additional": "excel.range.additional",
        "excel_schema_detection": "excel.schema.detection",
        "excel_skip_merged_cells": "excel.skip.merged.cells",
        "field_lengths": "field.lengths",
        "fixed_width_schema_detection_mode": "fixed.width.schema.detection.mode",
        "fixed_width_skip_first_lines": "fixed.width.skip.first.lines",
        "fixed_width_skip_last_lines": "fixed.width.skip.last.lines",
        "grok_pattern": "grok.pattern",
        "group_by_keys": "group.by.keys",
        "group_field_name": "group.field.name",
        "group_publish_null_key": "group.publish.null.key",
        "ignore_files_older_than_ms": "ignore.files.older.than.ms",
        "json_mode": "json.mode",
        "json_path": "json.path",
        "json_path_additional": "json.path.additional",
        "lenient": "lenient",
        "line_separator": "line.separator",
        "line_separator_detection_enabled": "line.separator.detection.enabled",
        "model": "model",
        "overriden_extensions": "overriden.extensions",
        "padding_character": "padding.character",
        "parse_text_block": "parse.text.block",
        "parse_trailer_block": "parse.trailer.block",
        "parse_user_block": "parse.user.block",
        "path_exclusions": "path_exclusions",
        "pdf_document_password": "pdf.document.password",
        "pdf_parsing_auto_1_output_tables": "pdf.parsing.auto-1.outputTables",
        "pdf_parsing_auto_1_output_text": "pdf.parsing.auto-1.outputText",
        "pdf_parsing_emit_text_blocks": "pdf.parsing.emitTextBlocks",
        "pdf_parsing_empty_value_placeholder": "pdf.parsing.emptyValuePlaceholder",
        "pdf_parsing_image_scale": "pdf.parsing.image.scale",
        "pdf_parsing_strategy": "pdf.parsing.strategy",
        "pdf_parsing_tables": "pdf.parsing.tables",
        "pdf_rendering_strategy": "pdf.rendering.strategy",
        "property": "property",
        "quote_char": "quote.char",
        "remove_quotes_forced": "remove.quotes.forced",
        "runtime_data_credentials_id": "runtime_data_credentials_id",
        "scalar_coercion": "scalar.coercion",
        "schema_detection_once": "schema.detection.once",
        "sheets": "sheets",
        "timezone": "timezone",
        "unstructured_chunking_strategy": "unstructured.chunking.strategy",
        "unstructured_combine_under_n_chars": "unstructured.combine.under.n.chars",
        "unstructured_encoding": "unstructured.encoding",
        "unstructured_gz_uncompressed_content_type": "unstructured.gz.uncompressed.content.type",
        "unstructured_include_page_breaks": "unstructured.include.page.breaks",
        "unstructured_max_characters": "unstructured.max.characters",
        "unstructured_multipage_sections": "unstructured.multipage.sections",
        "unstructured_new_after_n_chars": "unstructured.new.after.n.chars",
        "unstructured_pdf_infer_table_structure": "unstructured.pdf.infer.table.structure",
        "whitelist_pathmatchers": "whitelist.pathmatchers",
        "xml_mode": "xml.mode",
        "xml_xpath": "xml.xpath",
        "xml_xpath_additional": "xml.xpath.additional",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({"pdf_document_password"})

    path: str
    """Wire name `path`."""
    start_cron: str
    """Wire name `start.cron`."""
    advanced_settings: (
        Literal[
            "Auto Detect",
            "Custom Text Format",
            "XML",
            "JSON",
            "EDI",
            "Log File",
            "ORC",
            "AVRO",
            "Parquet",
            "Excel",
            "Fixed Width",
            "PDF",
            "Unstructured",
            "SWIFT",
            "Raw File Data",
        ]
        | None
    ) = None
    """Wire name `advanced_settings`."""
    ai_function_id: int | float | None = None
    """Wire name `ai.function.id`."""
    allow_grouping: bool | None = None
    """Wire name `allowGrouping`."""
    blacklist_pathmatchers: str | None = None
    """Wire name `blacklist.pathmatchers`."""
    chunk_threshold: int | float | None = None
    """Wire name `chunk_threshold`. Nexla's default: `1000`."""
    csv_delimiter: str | None = None
    """Wire name `csv.delimiter`."""
    csv_escape_char: str | None = None
    """Wire name `csv.escape.char`."""
    csv_quote_char: str | None = None
    """Wire name `csv.quote.char`."""
    csv_schema_detection: str | None = None
    """Wire name `csv.schema.detection`."""
    csv_skip_first_lines: int | float | None = None
    """Wire name `csv.skip.first.lines`."""
    edi_xpath: str | None = None
    """Wire name `edi.xpath`."""
    excel_range_additional: str | None = None
    """Wire name `excel.range.additional`."""
    excel_schema_detection: Literal["header", "generated"] | None = None
    """Wire name `excel.schema.detection`."""
    excel_skip_merged_cells: bool | None = None
    """Wire name `excel.skip.merged.cells`."""
    field_lengths: str | None = None
    """Wire name `field.lengths`."""
    fixed_width_schema_detection_mode: Literal["header", "generated"] | None = None
    """Wire name `fixed.width.schema.detection.mode`."""
    fixed_width_skip_first_lines: int | float | None = None
    """Wire name `fixed.width.skip.first.lines`."""
    fixed_width_skip_last_lines: int | float | None = None
    """Wire name `fixed.width.skip.last.lines`."""
    grok_pattern: (
        Literal[
            "%{SYSLOGBASE}",
            "%{COMBINEDAPACHELOG}",
            "%{NAGIOSLOGLINE}",
            "%{POSTGRESQL}",
            "%{REDISLOG}",
            "%{JAVASTACKTRACEPART}",
        ]
        | None
    ) = None
    """Wire name `grok.pattern`."""
    group_by_keys: str | None = None
    """Wire name `group.by.keys`."""
    group_field_name: str | None = None
    """Wire name `group.field.name`."""
    group_publish_null_key: str | None = None
    """Wire name `group.publish.null.key`."""
    ignore_files_older_than_ms: int | float | None = None
    """Wire name `ignore.files.older.than.ms`."""
    json_mode: Literal["row", "entire.file"] | None = None
    """Wire name `json.mode`."""
    json_path: str | None = None
    """Wire name `json.path`."""
    json_path_additional: str | None = None
    """Wire name `json.path.additional`."""
    lenient: bool | None = None
    """Wire name `lenient`. Nexla's default: `True`."""
    line_separator: str | None = None
    """Wire name `line.separator`."""
    line_separator_detection_enabled: bool | None = None
    """Wire name `line.separator.detection.enabled`."""
    model: str | None = None
    """Wire name `model`."""
    overriden_extensions: (
        Literal[
            "*:txt",
            "*:xml",
            "*:json",
            "*:edi",
            "*:log",
            "*:orc",
            "*:avro",
            "*:parquet",
            "*:xlsx",
            "*:fw",
            "*:pdf",
            "*:unstructured",
            "*:swift",
        ]
        | None
    ) = None
    """Wire name `overriden.extensions`. Required with some settings."""
    padding_character: str | None = None
    """Wire name `padding.character`."""
    parse_text_block: bool | None = None
    """Wire name `parse.text.block`. Nexla's default: `True`."""
    parse_trailer_block: bool | None = None
    """Wire name `parse.trailer.block`. Nexla's default: `True`."""
    parse_user_block: bool | None = None
    """Wire name `parse.user.block`. Nexla's default: `True`."""
    path_exclusions: bool | None = None
    """Wire name `path_exclusions`."""
    pdf_document_password: str | None = None
    """Wire name `pdf.document.password`. Secret."""
    pdf_parsing_auto_1_output_tables: bool | None = None
    """Wire name `pdf.parsing.auto-1.outputTables`."""
    pdf_parsing_auto_1_output_text: bool | None = None
    """Wire name `pdf.parsing.auto-1.outputText`."""
    pdf_parsing_emit_text_blocks: bool | None = None
    """Wire name `pdf.parsing.emitTextBlocks`."""
    pdf_parsing_empty_value_placeholder: str | None = None
    """Wire name `pdf.parsing.emptyValuePlaceholder`."""
    pdf_parsing_image_scale: str | None = None
    """Wire name `pdf.parsing.image.scale`."""
    pdf_parsing_strategy: (
        Literal["text", "semi-auto", "auto-1", "auto-2", "image"] | None
    ) = None
    """Wire name `pdf.parsing.strategy`."""
    pdf_parsing_tables: str | None = None
    """Wire name `pdf.parsing.tables`."""
    pdf_rendering_strategy: (
        Literal[
            "default", "embedded", "extended", "table.as.message", "document.as.message"
        ]
        | None
    ) = None
    """Wire name `pdf.rendering.strategy`. Nexla's default: `'default'`."""
    property: str | None = None
    """Wire name `property`."""
    quote_char: str | None = None
    """Wire name `quote.char`."""
    remove_quotes_forced: bool | None = None
    """Wire name `remove.quotes.forced`."""
    runtime_data_credentials_id: int | float | None = None
    """Wire name `runtime_data_credentials_id`."""
    scalar_coercion: bool | None = None
    """Wire name `scalar.coercion`."""
    schema_detection_once: bool | None = None
    """Wire name `schema.detection.once`."""
    sheets: str | None = None
    """Wire name `sheets`."""
    timezone: str | None = None
    """Wire name `timezone`."""
    unstructured_chunking_strategy: Literal["", "by_title"] | None = None
    """Wire name `unstructured.chunking.strategy`."""
    unstructured_combine_under_n_chars: int | float | None = None
    """Wire name `unstructured.combine.under.n.chars`. Nexla's default: `500`."""
    unstructured_encoding: str | None = None
    """Wire name `unstructured.encoding`."""
    unstructured_gz_uncompressed_content_type: Literal["application/pdf"] | None = None
    """Wire name `unstructured.gz.uncompressed.content.type`."""
    unstructured_include_page_breaks: bool | None = None
    """Wire name `unstructured.include.page.breaks`. Nexla's default: `False`."""
    unstructured_max_characters: int | float | None = None
    """Wire name `unstructured.max.characters`. Nexla's default: `1500`."""
    unstructured_multipage_sections: bool | None = None
    """Wire name `unstructured.multipage.sections`. Nexla's default: `True`."""
    unstructured_new_after_n_chars: int | float | None = None
    """Wire name `unstructured.new.after.n.chars`. Nexla's default: `1500`."""
    unstructured_pdf_infer_table_structure: bool | None = None
    """Wire name `unstructured.pdf.infer.table.structure`. Nexla's default: `False`."""
    whitelist_pathmatchers: str | None = None
    """Wire name `whitelist.pathmatchers`."""
    xml_mode: Literal["row", "entire.file"] | None = None
    """Wire name `xml.mode`."""
    xml_xpath: str | None = None
    """Wire name `xml.xpath`."""
    xml_xpath_additional: str | None = None
    """Wire name `xml.xpath.additional`."""
