# generated from spec/ by generator — do not edit
"""The connector catalogue as typed models: every credential, source and destination type.

Generated from the spec's catalogue; do not edit. Names load lazily: importing this package
costs nothing until a model, `CATALOGUE` or a helper is used.

    from nexla_api.connectors import S3Credentials
    S3Credentials(s3_auth_type="Access Key", access_key="...", secret_key="...").to_dict()

Helpers (`secret_fields`, `validate_config`, `parse_config`, ...) come from
`nexla_api.runtime.connectors`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ..runtime.connectors import (
    ConfigProblem,
    ConnectorConfig,
    ConnectorConfigError,
    all_secret_fields,
    config_class,
    connector_info,
    connector_types,
    parse_config,
    secret_fields,
    to_wire,
    validate_config,
    validate_connector,
)

if TYPE_CHECKING:
    from .credentials import As400Credentials as As400Credentials
    from .credentials import AwsAthenaCredentials as AwsAthenaCredentials
    from .credentials import AzureBlbCredentials as AzureBlbCredentials
    from .credentials import AzureDataLakeCredentials as AzureDataLakeCredentials
    from .credentials import AzureSynapseCredentials as AzureSynapseCredentials
    from .credentials import BigqueryCredentials as BigqueryCredentials
    from .credentials import BoxCredentials as BoxCredentials
    from .credentials import CloudsqlMysqlCredentials as CloudsqlMysqlCredentials
    from .credentials import CloudsqlPostgresCredentials as CloudsqlPostgresCredentials
    from .credentials import (
        CloudsqlSqlserverCredentials as CloudsqlSqlserverCredentials,
    )
    from .credentials import ConfluentKafkaCredentials as ConfluentKafkaCredentials
    from .credentials import DatabricksCredentials as DatabricksCredentials
    from .credentials import Db2Credentials as Db2Credentials
    from .credentials import (
        DeltaLakeAzureBlbCredentials as DeltaLakeAzureBlbCredentials,
    )
    from .credentials import (
        DeltaLakeAzureDataLakeCredentials as DeltaLakeAzureDataLakeCredentials,
    )
    from .credentials import DeltaLakeS3Credentials as DeltaLakeS3Credentials
    from .credentials import DropboxCredentials as DropboxCredentials
    from .credentials import DynamodbCredentials as DynamodbCredentials
    from .credentials import FirebaseCredentials as FirebaseCredentials
    from .credentials import FireboltCredentials as FireboltCredentials
    from .credentials import FtpCredentials as FtpCredentials
    from .credentials import GcpAlloydbCredentials as GcpAlloydbCredentials
    from .credentials import GcpSpannerCredentials as GcpSpannerCredentials
    from .credentials import GcsCredentials as GcsCredentials
    from .credentials import GdriveCredentials as GdriveCredentials
    from .credentials import GooglePubsubCredentials as GooglePubsubCredentials
    from .credentials import HanaJdbcCredentials as HanaJdbcCredentials
    from .credentials import HiveCredentials as HiveCredentials
    from .credentials import JmsCredentials as JmsCredentials
    from .credentials import KafkaCredentials as KafkaCredentials
    from .credentials import MinIoS3Credentials as MinIoS3Credentials
    from .credentials import MongoCredentials as MongoCredentials
    from .credentials import MysqlCredentials as MysqlCredentials
    from .credentials import NetsuiteJdbcCredentials as NetsuiteJdbcCredentials
    from .credentials import NexlaMonitorCredentials as NexlaMonitorCredentials
    from .credentials import OracleAutonomousCredentials as OracleAutonomousCredentials
    from .credentials import OracleCredentials as OracleCredentials
    from .credentials import PineconeCredentials as PineconeCredentials
    from .credentials import PostgresCredentials as PostgresCredentials
    from .credentials import RedshiftCredentials as RedshiftCredentials
    from .credentials import RestCredentials as RestCredentials
    from .credentials import S3Credentials as S3Credentials
    from .credentials import S3IcebergCredentials as S3IcebergCredentials
    from .credentials import SharepointCredentials as SharepointCredentials
    from .credentials import SnowflakeCredentials as SnowflakeCredentials
    from .credentials import SnowflakeDcrCredentials as SnowflakeDcrCredentials
    from .credentials import SoapCredentials as SoapCredentials
    from .credentials import SqlserverCredentials as SqlserverCredentials
    from .credentials import SybaseCredentials as SybaseCredentials
    from .credentials import TeradataCredentials as TeradataCredentials
    from .credentials import TibcoCredentials as TibcoCredentials
    from .credentials import WebdavCredentials as WebdavCredentials
    from .destinations import As400SinkConfig as As400SinkConfig
    from .destinations import AzureBlbSinkConfig as AzureBlbSinkConfig
    from .destinations import AzureDataLakeSinkConfig as AzureDataLakeSinkConfig
    from .destinations import AzureSynapseSinkConfig as AzureSynapseSinkConfig
    from .destinations import BigquerySinkConfig as BigquerySinkConfig
    from .destinations import BoxSinkConfig as BoxSinkConfig
    from .destinations import CloudsqlMysqlSinkConfig as CloudsqlMysqlSinkConfig
    from .destinations import CloudsqlPostgresSinkConfig as CloudsqlPostgresSinkConfig
    from .destinations import CloudsqlSqlserverSinkConfig as CloudsqlSqlserverSinkConfig
    from .destinations import ConfluentKafkaSinkConfig as ConfluentKafkaSinkConfig
    from .destinations import DatabricksSinkConfig as DatabricksSinkConfig
    from .destinations import DataMapSinkConfig as DataMapSinkConfig
    from .destinations import DeltaLakeAzureBlbSinkConfig as DeltaLakeAzureBlbSinkConfig
    from .destinations import (
        DeltaLakeAzureDataLakeSinkConfig as DeltaLakeAzureDataLakeSinkConfig,
    )
    from .destinations import DeltaLakeS3SinkConfig as DeltaLakeS3SinkConfig
    from .destinations import DropboxSinkConfig as DropboxSinkConfig
    from .destinations import DynamodbSinkConfig as DynamodbSinkConfig
    from .destinations import EmailSinkConfig as EmailSinkConfig
    from .destinations import FirebaseSinkConfig as FirebaseSinkConfig
    from .destinations import FireboltSinkConfig as FireboltSinkConfig
    from .destinations import FtpSinkConfig as FtpSinkConfig
    from .destinations import GcpAlloydbSinkConfig as GcpAlloydbSinkConfig
    from .destinations import GcpSpannerSinkConfig as GcpSpannerSinkConfig
    from .destinations import GcsSinkConfig as GcsSinkConfig
    from .destinations import GdriveSinkConfig as GdriveSinkConfig
    from .destinations import GooglePubsubSinkConfig as GooglePubsubSinkConfig
    from .destinations import JmsSinkConfig as JmsSinkConfig
    from .destinations import KafkaSinkConfig as KafkaSinkConfig
    from .destinations import MinIoS3SinkConfig as MinIoS3SinkConfig
    from .destinations import MongoSinkConfig as MongoSinkConfig
    from .destinations import MysqlSinkConfig as MysqlSinkConfig
    from .destinations import NetsuiteJdbcSinkConfig as NetsuiteJdbcSinkConfig
    from .destinations import OracleAutonomousSinkConfig as OracleAutonomousSinkConfig
    from .destinations import OracleSinkConfig as OracleSinkConfig
    from .destinations import PineconeSinkConfig as PineconeSinkConfig
    from .destinations import PostgresSinkConfig as PostgresSinkConfig
    from .destinations import RedshiftSinkConfig as RedshiftSinkConfig
    from .destinations import RestSinkConfig as RestSinkConfig
    from .destinations import S3IcebergSinkConfig as S3IcebergSinkConfig
    from .destinations import S3SinkConfig as S3SinkConfig
    from .destinations import SharepointSinkConfig as SharepointSinkConfig
    from .destinations import SnowflakeDcrSinkConfig as SnowflakeDcrSinkConfig
    from .destinations import SnowflakeSinkConfig as SnowflakeSinkConfig
    from .destinations import SqlserverSinkConfig as SqlserverSinkConfig
    from .destinations import TeradataSinkConfig as TeradataSinkConfig
    from .destinations import TibcoSinkConfig as TibcoSinkConfig
    from .sources import As400SourceConfig as As400SourceConfig
    from .sources import AwsAthenaSourceConfig as AwsAthenaSourceConfig
    from .sources import AzureBlbSourceConfig as AzureBlbSourceConfig
    from .sources import AzureDataLakeSourceConfig as AzureDataLakeSourceConfig
    from .sources import AzureSynapseSourceConfig as AzureSynapseSourceConfig
    from .sources import BigquerySourceConfig as BigquerySourceConfig
    from .sources import BoxSourceConfig as BoxSourceConfig
    from .sources import CloudsqlMysqlSourceConfig as CloudsqlMysqlSourceConfig
    from .sources import CloudsqlPostgresSourceConfig as CloudsqlPostgresSourceConfig
    from .sources import CloudsqlSqlserverSourceConfig as CloudsqlSqlserverSourceConfig
    from .sources import ConfluentKafkaSourceConfig as ConfluentKafkaSourceConfig
    from .sources import DatabricksSourceConfig as DatabricksSourceConfig
    from .sources import Db2SourceConfig as Db2SourceConfig
    from .sources import DropboxSourceConfig as DropboxSourceConfig
    from .sources import DynamodbSourceConfig as DynamodbSourceConfig
    from .sources import FileUploadSourceConfig as FileUploadSourceConfig
    from .sources import FirebaseSourceConfig as FirebaseSourceConfig
    from .sources import FireboltSourceConfig as FireboltSourceConfig
    from .sources import FtpSourceConfig as FtpSourceConfig
    from .sources import GcpAlloydbSourceConfig as GcpAlloydbSourceConfig
    from .sources import GcpSpannerSourceConfig as GcpSpannerSourceConfig
    from .sources import GcsSourceConfig as GcsSourceConfig
    from .sources import GdriveSourceConfig as GdriveSourceConfig
    from .sources import GooglePubsubSourceConfig as GooglePubsubSourceConfig
    from .sources import HanaJdbcSourceConfig as HanaJdbcSourceConfig
    from .sources import HiveSourceConfig as HiveSourceConfig
    from .sources import JmsSourceConfig as JmsSourceConfig
    from .sources import KafkaSourceConfig as KafkaSourceConfig
    from .sources import MinIoS3SourceConfig as MinIoS3SourceConfig
    from .sources import MongoSourceConfig as MongoSourceConfig
    from .sources import MysqlSourceConfig as MysqlSourceConfig
    from .sources import NetsuiteJdbcSourceConfig as NetsuiteJdbcSourceConfig
    from .sources import NexlaRestSourceConfig as NexlaRestSourceConfig
    from .sources import OracleAutonomousSourceConfig as OracleAutonomousSourceConfig
    from .sources import OracleSourceConfig as OracleSourceConfig
    from .sources import PineconeSourceConfig as PineconeSourceConfig
    from .sources import PostgresSourceConfig as PostgresSourceConfig
    from .sources import RedshiftSourceConfig as RedshiftSourceConfig
    from .sources import RestSourceConfig as RestSourceConfig
    from .sources import S3IcebergSourceConfig as S3IcebergSourceConfig
    from .sources import S3SourceConfig as S3SourceConfig
    from .sources import SharepointSourceConfig as SharepointSourceConfig
    from .sources import SnowflakeSourceConfig as SnowflakeSourceConfig
    from .sources import SoapSourceConfig as SoapSourceConfig
    from .sources import SqlserverSourceConfig as SqlserverSourceConfig
    from .sources import SybaseSourceConfig as SybaseSourceConfig
    from .sources import TeradataSourceConfig as TeradataSourceConfig
    from .sources import TibcoSourceConfig as TibcoSourceConfig
    from .sources import WebdavSourceConfig as WebdavSourceConfig

_MODULE_OF: dict[str, str] = {
    "As400Credentials": "credentials",
    "AwsAthenaCredentials": "credentials",
    "AzureBlbCredentials": "credentials",
    "AzureDataLakeCredentials": "credentials",
    "AzureSynapseCredentials": "credentials",
    "BigqueryCredentials": "credentials",
    "BoxCredentials": "credentials",
    "CloudsqlMysqlCredentials": "credentials",
    "CloudsqlPostgresCredentials": "credentials",
    "CloudsqlSqlserverCredentials": "credentials",
    "ConfluentKafkaCredentials": "credentials",
    "DatabricksCredentials": "credentials",
    "Db2Credentials": "credentials",
    "DeltaLakeAzureBlbCredentials": "credentials",
    "DeltaLakeAzureDataLakeCredentials": "credentials",
    "DeltaLakeS3Credentials": "credentials",
    "DropboxCredentials": "credentials",
    "DynamodbCredentials": "credentials",
    "FirebaseCredentials": "credentials",
    "FireboltCredentials": "credentials",
    "FtpCredentials": "credentials",
    "GcpAlloydbCredentials": "credentials",
    "GcpSpannerCredentials": "credentials",
    "GcsCredentials": "credentials",
    "GdriveCredentials": "credentials",
    "GooglePubsubCredentials": "credentials",
    "HanaJdbcCredentials": "credentials",
    "HiveCredentials": "credentials",
    "JmsCredentials": "credentials",
    "KafkaCredentials": "credentials",
    "MinIoS3Credentials": "credentials",
    "MongoCredentials": "credentials",
    "MysqlCredentials": "credentials",
    "NetsuiteJdbcCredentials": "credentials",
    "NexlaMonitorCredentials": "credentials",
    "OracleAutonomousCredentials": "credentials",
    "OracleCredentials": "credentials",
    "PineconeCredentials": "credentials",
    "PostgresCredentials": "credentials",
    "RedshiftCredentials": "credentials",
    "RestCredentials": "credentials",
    "S3Credentials": "credentials",
    "S3IcebergCredentials": "credentials",
    "SharepointCredentials": "credentials",
    "SnowflakeCredentials": "credentials",
    "SnowflakeDcrCredentials": "credentials",
    "SoapCredentials": "credentials",
    "SqlserverCredentials": "credentials",
    "SybaseCredentials": "credentials",
    "TeradataCredentials": "credentials",
    "TibcoCredentials": "credentials",
    "WebdavCredentials": "credentials",
    "As400SourceConfig": "sources",
    "AwsAthenaSourceConfig": "sources",
    "AzureBlbSourceConfig": "sources",
    "AzureDataLakeSourceConfig": "sources",
    "AzureSynapseSourceConfig": "sources",
    "BigquerySourceConfig": "sources",
    "BoxSourceConfig": "sources",
    "CloudsqlMysqlSourceConfig": "sources",
    "CloudsqlPostgresSourceConfig": "sources",
    "CloudsqlSqlserverSourceConfig": "sources",
    "ConfluentKafkaSourceConfig": "sources",
    "DatabricksSourceConfig": "sources",
    "Db2SourceConfig": "sources",
    "DropboxSourceConfig": "sources",
    "DynamodbSourceConfig": "sources",
    "FileUploadSourceConfig": "sources",
    "FirebaseSourceConfig": "sources",
    "FireboltSourceConfig": "sources",
    "FtpSourceConfig": "sources",
    "GcpAlloydbSourceConfig": "sources",
    "GcpSpannerSourceConfig": "sources",
    "GcsSourceConfig": "sources",
    "GdriveSourceConfig": "sources",
    "GooglePubsubSourceConfig": "sources",
    "HanaJdbcSourceConfig": "sources",
    "HiveSourceConfig": "sources",
    "JmsSourceConfig": "sources",
    "KafkaSourceConfig": "sources",
    "MinIoS3SourceConfig": "sources",
    "MongoSourceConfig": "sources",
    "MysqlSourceConfig": "sources",
    "NetsuiteJdbcSourceConfig": "sources",
    "NexlaRestSourceConfig": "sources",
    "OracleAutonomousSourceConfig": "sources",
    "OracleSourceConfig": "sources",
    "PineconeSourceConfig": "sources",
    "PostgresSourceConfig": "sources",
    "RedshiftSourceConfig": "sources",
    "RestSourceConfig": "sources",
    "S3IcebergSourceConfig": "sources",
    "S3SourceConfig": "sources",
    "SharepointSourceConfig": "sources",
    "SnowflakeSourceConfig": "sources",
    "SoapSourceConfig": "sources",
    "SqlserverSourceConfig": "sources",
    "SybaseSourceConfig": "sources",
    "TeradataSourceConfig": "sources",
    "TibcoSourceConfig": "sources",
    "WebdavSourceConfig": "sources",
    "As400SinkConfig": "destinations",
    "AzureBlbSinkConfig": "destinations",
    "AzureDataLakeSinkConfig": "destinations",
    "AzureSynapseSinkConfig": "destinations",
    "BigquerySinkConfig": "destinations",
    "BoxSinkConfig": "destinations",
    "CloudsqlMysqlSinkConfig": "destinations",
    "CloudsqlPostgresSinkConfig": "destinations",
    "CloudsqlSqlserverSinkConfig": "destinations",
    "ConfluentKafkaSinkConfig": "destinations",
    "DataMapSinkConfig": "destinations",
    "DatabricksSinkConfig": "destinations",
    "DeltaLakeAzureBlbSinkConfig": "destinations",
    "DeltaLakeAzureDataLakeSinkConfig": "destinations",
    "DeltaLakeS3SinkConfig": "destinations",
    "DropboxSinkConfig": "destinations",
    "DynamodbSinkConfig": "destinations",
    "EmailSinkConfig": "destinations",
    "FirebaseSinkConfig": "destinations",
    "FireboltSinkConfig": "destinations",
    "FtpSinkConfig": "destinations",
    "GcpAlloydbSinkConfig": "destinations",
    "GcpSpannerSinkConfig": "destinations",
    "GcsSinkConfig": "destinations",
    "GdriveSinkConfig": "destinations",
    "GooglePubsubSinkConfig": "destinations",
    "JmsSinkConfig": "destinations",
    "KafkaSinkConfig": "destinations",
    "MinIoS3SinkConfig": "destinations",
    "MongoSinkConfig": "destinations",
    "MysqlSinkConfig": "destinations",
    "NetsuiteJdbcSinkConfig": "destinations",
    "OracleAutonomousSinkConfig": "destinations",
    "OracleSinkConfig": "destinations",
    "PineconeSinkConfig": "destinations",
    "PostgresSinkConfig": "destinations",
    "RedshiftSinkConfig": "destinations",
    "RestSinkConfig": "destinations",
    "S3IcebergSinkConfig": "destinations",
    "S3SinkConfig": "destinations",
    "SharepointSinkConfig": "destinations",
    "SnowflakeDcrSinkConfig": "destinations",
    "SnowflakeSinkConfig": "destinations",
    "SqlserverSinkConfig": "destinations",
    "TeradataSinkConfig": "destinations",
    "TibcoSinkConfig": "destinations",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULE_OF])


__all__ = [
    "ConfigProblem",
    "ConnectorConfig",
    "ConnectorConfigError",
    "all_secret_fields",
    "config_class",
    "connector_info",
    "connector_types",
    "parse_config",
    "secret_fields",
    "to_wire",
    "validate_config",
    "validate_connector",
    "As400Credentials",
    "As400SinkConfig",
    "As400SourceConfig",
    "AwsAthenaCredentials",
    "AwsAthenaSourceConfig",
    "AzureBlbCredentials",
    "AzureBlbSinkConfig",
    "AzureBlbSourceConfig",
    "AzureDataLakeCredentials",
    "AzureDataLakeSinkConfig",
    "AzureDataLakeSourceConfig",
    "AzureSynapseCredentials",
    "AzureSynapseSinkConfig",
    "AzureSynapseSourceConfig",
    "BigqueryCredentials",
    "BigquerySinkConfig",
    "BigquerySourceConfig",
    "BoxCredentials",
    "BoxSinkConfig",
    "BoxSourceConfig",
    "CloudsqlMysqlCredentials",
    "CloudsqlMysqlSinkConfig",
    "CloudsqlMysqlSourceConfig",
    "CloudsqlPostgresCredentials",
    "CloudsqlPostgresSinkConfig",
    "CloudsqlPostgresSourceConfig",
    "CloudsqlSqlserverCredentials",
    "CloudsqlSqlserverSinkConfig",
    "CloudsqlSqlserverSourceConfig",
    "ConfluentKafkaCredentials",
    "ConfluentKafkaSinkConfig",
    "ConfluentKafkaSourceConfig",
    "DataMapSinkConfig",
    "DatabricksCredentials",
    "DatabricksSinkConfig",
    "DatabricksSourceConfig",
    "Db2Credentials",
    "Db2SourceConfig",
    "DeltaLakeAzureBlbCredentials",
    "DeltaLakeAzureBlbSinkConfig",
    "DeltaLakeAzureDataLakeCredentials",
    "DeltaLakeAzureDataLakeSinkConfig",
    "DeltaLakeS3Credentials",
    "DeltaLakeS3SinkConfig",
    "DropboxCredentials",
    "DropboxSinkConfig",
    "DropboxSourceConfig",
    "DynamodbCredentials",
    "DynamodbSinkConfig",
    "DynamodbSourceConfig",
    "EmailSinkConfig",
    "FileUploadSourceConfig",
    "FirebaseCredentials",
    "FirebaseSinkConfig",
    "FirebaseSourceConfig",
    "FireboltCredentials",
    "FireboltSinkConfig",
    "FireboltSourceConfig",
    "FtpCredentials",
    "FtpSinkConfig",
    "FtpSourceConfig",
    "GcpAlloydbCredentials",
    "GcpAlloydbSinkConfig",
    "GcpAlloydbSourceConfig",
    "GcpSpannerCredentials",
    "GcpSpannerSinkConfig",
    "GcpSpannerSourceConfig",
    "GcsCredentials",
    "GcsSinkConfig",
    "GcsSourceConfig",
    "GdriveCredentials",
    "GdriveSinkConfig",
    "GdriveSourceConfig",
    "GooglePubsubCredentials",
    "GooglePubsubSinkConfig",
    "GooglePubsubSourceConfig",
    "HanaJdbcCredentials",
    "HanaJdbcSourceConfig",
    "HiveCredentials",
    "HiveSourceConfig",
    "JmsCredentials",
    "JmsSinkConfig",
    "JmsSourceConfig",
    "KafkaCredentials",
    "KafkaSinkConfig",
    "KafkaSourceConfig",
    "MinIoS3Credentials",
    "MinIoS3SinkConfig",
    "MinIoS3SourceConfig",
    "MongoCredentials",
    "MongoSinkConfig",
    "MongoSourceConfig",
    "MysqlCredentials",
    "MysqlSinkConfig",
    "MysqlSourceConfig",
    "NetsuiteJdbcCredentials",
    "NetsuiteJdbcSinkConfig",
    "NetsuiteJdbcSourceConfig",
    "NexlaMonitorCredentials",
    "NexlaRestSourceConfig",
    "OracleAutonomousCredentials",
    "OracleAutonomousSinkConfig",
    "OracleAutonomousSourceConfig",
    "OracleCredentials",
    "OracleSinkConfig",
    "OracleSourceConfig",
    "PineconeCredentials",
    "PineconeSinkConfig",
    "PineconeSourceConfig",
    "PostgresCredentials",
    "PostgresSinkConfig",
    "PostgresSourceConfig",
    "RedshiftCredentials",
    "RedshiftSinkConfig",
    "RedshiftSourceConfig",
    "RestCredentials",
    "RestSinkConfig",
    "RestSourceConfig",
    "S3Credentials",
    "S3IcebergCredentials",
    "S3IcebergSinkConfig",
    "S3IcebergSourceConfig",
    "S3SinkConfig",
    "S3SourceConfig",
    "SharepointCredentials",
    "SharepointSinkConfig",
    "SharepointSourceConfig",
    "SnowflakeCredentials",
    "SnowflakeDcrCredentials",
    "SnowflakeDcrSinkConfig",
    "SnowflakeSinkConfig",
    "SnowflakeSourceConfig",
    "SoapCredentials",
    "SoapSourceConfig",
    "SqlserverCredentials",
    "SqlserverSinkConfig",
    "SqlserverSourceConfig",
    "SybaseCredentials",
    "SybaseSourceConfig",
    "TeradataCredentials",
    "TeradataSinkConfig",
    "TeradataSourceConfig",
    "TibcoCredentials",
    "TibcoSinkConfig",
    "TibcoSourceConfig",
    "WebdavCredentials",
    "WebdavSourceConfig",
]
