# generated from spec/ by generator — do not edit
"""Typed credential configs, one class per connector type. Generated from the spec; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from ..runtime.connectors import ConnectorConfig

__all__ = [
    "As400Credentials",
    "AwsAthenaCredentials",
    "AzureBlbCredentials",
    "AzureDataLakeCredentials",
    "AzureSynapseCredentials",
    "BigqueryCredentials",
    "BoxCredentials",
    "CloudsqlMysqlCredentials",
    "CloudsqlPostgresCredentials",
    "CloudsqlSqlserverCredentials",
    "ConfluentKafkaCredentials",
    "DatabricksCredentials",
    "Db2Credentials",
    "DeltaLakeAzureBlbCredentials",
    "DeltaLakeAzureDataLakeCredentials",
    "DeltaLakeS3Credentials",
    "DropboxCredentials",
    "DynamodbCredentials",
    "FirebaseCredentials",
    "FireboltCredentials",
    "FtpCredentials",
    "GcpAlloydbCredentials",
    "GcpSpannerCredentials",
    "GcsCredentials",
    "GdriveCredentials",
    "GooglePubsubCredentials",
    "HanaJdbcCredentials",
    "HiveCredentials",
    "JmsCredentials",
    "KafkaCredentials",
    "MinIoS3Credentials",
    "MongoCredentials",
    "MysqlCredentials",
    "NetsuiteJdbcCredentials",
    "NexlaMonitorCredentials",
    "OracleAutonomousCredentials",
    "OracleCredentials",
    "PineconeCredentials",
    "PostgresCredentials",
    "RedshiftCredentials",
    "RestCredentials",
    "S3Credentials",
    "S3IcebergCredentials",
    "SharepointCredentials",
    "SnowflakeCredentials",
    "SnowflakeDcrCredentials",
    "SoapCredentials",
    "SqlserverCredentials",
    "SybaseCredentials",
    "TeradataCredentials",
    "TibcoCredentials",
    "WebdavCredentials",
]


@dataclass(repr=False, kw_only=True)
class As400Credentials(ConnectorConfig):
    """Config of a `as400` credential (`credentials` block, chosen by `credentials_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "credentials"
    CONNECTOR_TYPE: ClassVar[str] = "as400"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "host": "host",
        "password": "password",
        "port": "port",
        "username": "username",
        "database_name": "database_name",
        "has_ssh_tunnel": "has_ssh_tunnel",
        "tunnel_bastion_host": "tunnel.bastion.host",
        "tunnel_bastion_port": "tunnel.bastion.port",
        "tunnel_bastion_user": "tunnel.bastion.user",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({"password"})

    host: str
    """Wire name `host`."""
    password: str
    """Wire name `password`. Secret."""
    port: int | float
    """Wire name `port`."""
    username: str
    """Wire name `username`."""
    database_name: str | None = None
    """Wire name `database_name`."""
    has_ssh_tunnel: bool | None = None
    """Wire name `has_ssh_tunnel`."""
    tunnel_bastion_host: str | None = None
    """Wire name `tunnel.bastion.host`. Required with some settings."""
    tunnel_bastion_port: int | float | None = None
    """Wire name `tunnel.bastion.port`. Required with some settings."""
    tunnel_bastion_user: str | None = None
    """Wire name `tunnel.bastion.user`. Required with some settings."""


@dataclass(repr=False, kw_only=True)
class AwsAthenaCredentials(ConnectorConfig):
    """Config of a `aws_athena` credential (`credentials` block, chosen by `credentials_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "credentials"
    CONNECTOR_TYPE: ClassVar[str] = "aws_athena"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "access_key_id": "access.key.id",
        "aws_auth_type": "aws.auth.type",
        "aws_region": "aws.region",
        "s3_output_location": "s3.output.location",
        "schema_name": "schema_name",
        "secret_key": "secret.key",
        "has_ssh_tunnel": "has_ssh_tunnel",
        "tunnel_bastion_host": "tunnel.bastion.host",
        "tunnel_bastion_port": "tunnel.bastion.port",
        "tunnel_bastion_user": "tunnel.bastion.user",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({"access_key_id", "secret_key"})

    access_key_id: str
    """Wire name `access.key.id`. Secret."""
    aws_auth_type: Literal["Access Key"]
    """Wire name `aws.auth.type`. Nexla's default: `'Access Key'`."""
    aws_region: str
    """Wire name `aws.region`. Nexla's default: `'us-east-1'`."""
    s3_output_location: str
    """Wire name `s3.output.location`."""
    schema_name: str
    """Wire name `schema_name`. Nexla's default: `'default'`."""
    secret_key: str
    """Wire name `secret.key`. Secret."""
    has_ssh_tunnel: bool | None = None
    """Wire name `has_ssh_tunnel`."""
    tunnel_bastion_host: str | None = None
    """Wire name `tunnel.bastion.host`. Required with some settings."""
    tunnel_bastion_port: int | float | None = None
    """Wire name `tunnel.bastion.port`. Required with some settings."""
    tunnel_bastion_user: str | None = None
    """Wire name `tunnel.bastion.user`. Required with some settings."""


@dataclass(repr=False, kw_only=True)
class AzureBlbCredentials(ConnectorConfig):
    """Config of a `azure_blb` credential (`credentials` block, chosen by `credentials_type`); a file connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "credentials"
    CONNECTOR_TYPE: ClassVar[str] = "azure_blb"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "azure_blb_auth_type": "azure_blb.auth.type",
        "encrypt_private_key": "encrypt.private.key",
        "encrypt_private_password": "encrypt.private.password",
        "encrypt_standard": "encrypt.standard",
        "encrypt_user_id": "encrypt.user.id",
        "external_public_key": "external.public.key",
        "external_user_id": "external.user.id",
        "file_encryption_enabled": "file_encryption_enabled",
        "key_connection_string": "key.connection.string",
        "sas_token": "sas.token",
        "storage_account_key": "storage.account.key",
        "storage_account_name": "storage.account.name",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset(
        {
            "encrypt_private_key",
            "encrypt_private_password",
            "key_connection_string",
            "sas_token",
            "storage_account_key",
        }
    )

    azure_blb_auth_type: Literal[
        "SAS Token", "Connection String", "Storage Account Key"
    ]
    """Wire name `azure_blb.auth.type`."""
    encrypt_private_key: str | None = None
    """Wire name `encrypt.private.key`. Secret. Required with some settings."""
    encrypt_private_password: str | None = None
    """Wire name `encrypt.private.password`. Secret. Required with some settings."""
    encrypt_standard: Literal["pgp"] | None = None
    """Wire name `encrypt.standard`. Required with some settings."""
    encrypt_user_id: str | None = None
    """Wire name `encrypt.user.id`. Required with some settings."""
    external_public_key: str | None = None
    """Wire name `external.public.key`. Required with some settings."""
    external_user_id: str | None = None
    """Wire name `external.user.id`. Required with some settings."""
    file_encryption_enabled: bool | None = None
    """Wire name `file_encryption_enabled`."""
    key_connection_string: str | None = None
    """Wire name `key.connection.string`. Secret. Required with some settings."""
    sas_token: str | None = None
    """Wire name `sas.token`. Secret. Required with some settings."""
    storage_account_key: str | None = None
    """Wire name `storage.account.key`. Secret. Required with some settings."""
    storage_account_name: str | None = None
    """Wire name `storage.account.name`."""


@dataclass(repr=False, kw_only=True)
class AzureDataLakeCredentials(ConnectorConfig):
    """Config of a `azure_data_lake` credential (`credentials` block, chosen by `credentials_type`); a file connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "credentials"
    CONNECTOR_TYPE: ClassVar[str] = "azure_data_lake"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "azure_dl_auth_type": "azure_dl.auth.type",
        "storage_account_name": "storage.account.name",
        "encrypt_private_key": "encrypt.private.key",
        "encrypt_private_password": "encrypt.private.password",
        "encrypt_standard": "encrypt.standard",
        "encrypt_user_id": "encrypt.user.id",
        "external_public_key": "external.public.key",
        "external_user_id": "external.user.id",
        "file_encryption_enabled": "file_encryption_enabled",
        "key_connection_string": "key.connection.string",
        "sas_token": "sas.token",
        "storage_account_key": "storage.account.key",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset(
        {
            "encrypt_private_key",
            "encrypt_private_password",
            "key_connection_string",
            "sas_token",
            "storage_account_key",
        }
    )

    azure_dl_auth_type: Literal["SAS Token", "Connection String", "Storage Account Key"]
    """Wire name `azure_dl.auth.type`."""
    storage_account_name: str
    """Wire name `storage.account.name`."""
    encrypt_private_key: str | None = None
    """Wire name `encrypt.private.key`. Secret. Required with some settings."""
    encrypt_private_password: str | None = None
    """Wire name `encrypt.private.password`. Secret. Required with some settings."""
    encrypt_standard: Literal["pgp"] | None = None
    """Wire name `encrypt.standard`. Required with some settings."""
    encrypt_user_id: str | None = None
    """Wire name `encrypt.user.id`. Required with some settings."""
    external_public_key: str | None = None
    """Wire name `external.public.key`. Required with some settings."""
    external_user_id: str | None = None
    """Wire name `external.user.id`. Required with some settings."""
    file_encryption_enabled: bool | None = None
    """Wire name `file_encryption_enabled`."""
    key_connection_string: str | None = None
    """Wire name `key.connection.string`. Secret. Required with some settings."""
    sas_token: str | None = None
    """Wire name `sas.token`. Secret. Required with some settings."""
    storage_account_key: str | None = None
    """Wire name `storage.account.key`. Secret. Required with some settings."""


@dataclass(repr=False, kw_only=True)
class AzureSynapseCredentials(ConnectorConfig):
    """Config of a `azure_synapse` credential (`credentials` block, chosen by `credentials_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "credentials"
    CONNECTOR_TYPE: ClassVar[str] = "azure_synapse"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "host": "host",
        "password": "password",
        "port": "port",
        "username": "username",
        "database_field_application_intent": "database.field.applicationIntent",
        "database_name": "database_name",
        "has_ssh_tunnel": "has_ssh_tunnel",
        "schema_name": "schema_name",
        "tunnel_bastion_host": "tunnel.bastion.host",
        "tunnel_bastion_port": "tunnel.bastion.port",
        "tunnel_bastion_user": "tunnel.bastion.user",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({"password"})

    host: str
    """Wire name `host`."""
    password: str
    """Wire name `password`. Secret."""
    port: int | float
    """Wire name `port`."""
    username: str
    """Wire name `username`."""
    database_field_application_intent: Literal["readonly", "readwrite"] | None = None
    """Wire name `database.field.applicationIntent`."""
    database_name: str | None = None
    """Wire name `database_name`."""
    has_ssh_tunnel: bool | None = None
    """Wire name `has_ssh_tunnel`."""
    schema_name: str | None = None
    """Wire name `schema_name`."""
    tunnel_bastion_host: str | None = None
    """Wire name `tunnel.bastion.host`. Required with some settings."""
    tunnel_bastion_port: int | float | None = None
    """Wire name `tunnel.bastion.port`. Required with some settings."""
    tunnel_bastion_user: str | None = None
    """Wire name `tunnel.bastion.user`. Required with some settings."""


@dataclass(repr=False, kw_only=True)
class BigqueryCredentials(ConnectorConfig):
    """Config of a `bigquery` credential (`credentials` block, chosen by `credentials_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "credentials"
    CONNECTOR_TYPE: ClassVar[str] = "bigquery"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "is_service_account": "is_service_account",
        "project_id": "project_id",
        "access_token": "access_token",
        "auth_type": "auth.type",
        "encrypt_private_key": "encrypt.private.key",
        "encrypt_private_password": "encrypt.private.password",
        "encrypt_standard": "encrypt.standard",
        "encrypt_user_id": "encrypt.user.id",
        "external_public_key": "external.public.key",
        "external_user_id": "external.user.id",
        "file_encryption_enabled": "file_encryption_enabled",
        "gcs_location": "gcs.location",
        "json_creds": "json_creds",
        "oauth2_access_token_method": "oauth2.access.token.method",
        "oauth2_access_token_url": "oauth2.access.token.url",
        "oauth2_client_id": "oauth2.client.id",
        "oauth2_client_secret": "oauth2.client.secret",
        "oauth2_token_type_override": "oauth2.token.type.override",
        "temp_table_dataset": "temp.table.dataset",
        "vendor_access_token": "vendor.access_token",
        "vendor_auth_scheme": "vendor.auth_scheme",
        "vendor_has_token_expiration_ts": "vendor.has_token_expiration_ts",
        "vendor_name": "vendor.name",
        "vendor_refresh_token": "vendor.refresh_token",
        "vendor_refresh_url": "vendor.refresh_url",
        "vendor_scopes": "vendor.scopes",
        "vendor_token_expires_in": "vendor.token_expires_in",
        "vendor_token_type": "vendor.token_type",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset(
        {
            "access_token",
            "encrypt_private_key",
            "encrypt_private_password",
            "json_creds",
            "oauth2_client_secret",
            "vendor_access_token",
            "vendor_refresh_token",
        }
    )

    is_service_account: bool
    """Wire name `is_service_account`."""
    project_id: str
    """Wire name `project_id`."""
    access_token: str | None = None
    """Wire name `access_token`. Secret. Required with some settings."""
    auth_type: Literal["OAUTH2"] | None = None
    """Wire name `auth.type`. Required with some settings."""
    encrypt_private_key: str | None = None
    """Wire name `encrypt.private.key`. Secret. Required with some settings."""
    encrypt_private_password: str | None = None
    """Wire name `encrypt.private.password`. Secret. Required with some settings."""
    encrypt_standard: Literal["pgp"] | None = None
    """Wire name `encrypt.standard`. Required with some settings."""
    encrypt_user_id: str | None = None
    """Wire name `encrypt.user.id`. Required with some settings."""
    external_public_key: str | None = None
    """Wire name `external.public.key`. Required with some settings."""
    external_user_id: str | None = None
    """Wire name `external.user.id`. Required with some settings."""
    file_encryption_enabled: bool | None = None
    """Wire name `file_encryption_enabled`."""
    gcs_location: str | None = None
    """Wire name `gcs.location`."""
    json_creds: dict[str, Any] | None = None
    """Wire name `json_creds`. Secret. Required with some settings."""
    oauth2_access_token_method: Literal["POST"] | None = None
    """Wire name `oauth2.access.token.method`. Required with some settings."""
    oauth2_access_token_url: (
        Literal["https://www.googleapis.com/oauth2/v4/token"] | None
    ) = None
    """Wire name `oauth2.access.token.url`. Required with some settings."""
    oauth2_client_id: str | None = None
    """Wire name `oauth2.client.id`. Required with some settings."""
    oauth2_client_secret: str | None = None
    """Wire name `oauth2.client.secret`. Secret. Required with some settings."""
    oauth2_token_type_override: Literal["Bearer"] | None = None
    """Wire name `oauth2.token.type.override`. Required with some settings."""
    temp_table_dataset: str | None = None
    """Wire name `temp.table.dataset`."""
    vendor_access_token: str | None = None
    """Wire name `vendor.access_token`. Secret. Required with some settings."""
    vendor_auth_scheme: Literal["header"] | None = None
    """Wire name `vendor.auth_scheme`. Required with some settings."""
    vendor_has_token_expiration_ts: bool | None = None
    """Wire name `vendor.has_token_expiration_ts`. Required with some settings."""
    vendor_name: Literal["bigquery"] | None = None
    """Wire name `vendor.name`. Required with some settings."""
    vendor_refresh_token: str | None = None
    """Wire name `vendor.refresh_token`. Secret. Required with some settings."""
    vendor_refresh_url: Literal["https://www.googleapis.com/oauth2/v4/token"] | None = (
        None
    )
    """Wire name `vendor.refresh_url`. Required with some settings."""
    vendor_scopes: (
        Literal[
            "https://www.googleapis.com/auth/bigquery https://www.googleapis.com/auth/devstorage.read_write"
        ]
        | None
    ) = None
    """Wire name `vendor.scopes`. Required with some settings."""
    vendor_token_expires_in: int | float | None = None
    """Wire name `vendor.token_expires_in`. Required with some settings."""
    vendor_token_type: Literal["Bearer"] | None = None
    """Wire name `vendor.token_type`. Required with some settings."""


@dataclass(repr=False, kw_only=True)
class BoxCredentials(ConnectorConfig):
    """Config of a `box` credential (`credentials` block, chosen by `credentials_type`); a file connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "credentials"
    CONNECTOR_TYPE: ClassVar[str] = "box"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "access_token": "access_token",
        "auth_type": "auth.type",
        "oauth2_access_token_method": "oauth2.access.token.method",
        "oauth2_access_token_url": "oauth2.access.token.url",
        "oauth2_client_id": "oauth2.client.id",
        "oauth2_client_secret": "oauth2.client.secret",
        "oauth2_token_type_override": "oauth2.token.type.override",
        "vendor_access_token": "vendor.access_token",
        "vendor_auth_scheme": "vendor.auth_scheme",
        "vendor_has_token_expiration_ts": "vendor.has_token_expiration_ts",
        "vendor_name": "vendor.name",
        "vendor_refresh_token": "vendor.refresh_token",
        "vendor_refresh_url": "vendor.refresh_url",
        "vendor_token_expires_in": "vendor.token_expires_in",
        "vendor_token_type": "vendor.token_type",
        "encrypt_private_key": "encrypt.private.key",
        "encrypt_private_password": "encrypt.private.password",
        "encrypt_standard": "encrypt.standard",
        "encrypt_user_id": "encrypt.user.id",
        "external_public_key": "external.public.key",
        "external_user_id": "external.user.id",
        "file_encryption_enabled": "file_encryption_enabled",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset(
        {
            "access_token",
            "encrypt_private_key",
            "encrypt_private_password",
            "oauth2_client_secret",
            "vendor_access_token",
            "vendor_refresh_token",
        }
    )

    access_token: str
    """Wire name `access_token`. Secret."""
    auth_type: Literal["OAUTH2"]
    """Wire name `auth.type`."""
    oauth2_access_token_method: Literal["POST"]
    """Wire name `oauth2.access.token.method`."""
    oauth2_access_token_url: Literal["https://api.box.com/oauth2/token"]
    """Wire name `oauth2.access.token.url`."""
    oauth2_client_id: str
    """Wire name `oauth2.client.id`."""
    oauth2_client_secret: str
    """Wire name `oauth2.client.secret`. Secret."""
    oauth2_token_type_override: Literal["Bearer"]
    """Wire name `oauth2.token.type.override`."""
    vendor_access_token: str
    """Wire name `vendor.access_token`. Secret."""
    vendor_auth_scheme: Literal["query"]
    """Wire name `vendor.auth_scheme`."""
    vendor_has_token_expiration_ts: bool
    """Wire name `vendor.has_token_expiration_ts`."""
    vendor_name: Literal["box"]
    """Wire name `vendor.name`."""
    vendor_refresh_token: str
    """Wire name `vendor.refresh_token`. Secret."""
    vendor_refresh_url: Literal["https://www.googleapis.com/oauth2/v4/token"]
    """Wire name `vendor.refresh_url`."""
    vendor_token_expires_in: int | float
    """Wire name `vendor.token_expires_in`."""
    vendor_token_type: Literal["Bearer"]
    """Wire name `vendor.token_type`."""
    encrypt_private_key: str | None = None
    """Wire name `encrypt.private.key`. Secret. Required with some settings."""
    encrypt_private_password: str | None = None
    """Wire name `encrypt.private.password`. Secret. Required with some settings."""
    encrypt_standard: Literal["pgp"] | None = None
    """Wire name `encrypt.standard`. Required with some settings."""
    encrypt_user_id: str | None = None
    """Wire name `encrypt.user.id`. Required with some settings."""
    external_public_key: str | None = None
    """Wire name `external.public.key`. Required with some settings."""
    external_user_id: str | None = None
    """Wire name `external.user.id`. Required with some settings."""
    file_encryption_enabled: bool | None = None
    """Wire name `file_encryption_enabled`."""


@dataclass(repr=False, kw_only=True)
class CloudsqlMysqlCredentials(ConnectorConfig):
    """Config of a `cloudsql_mysql` credential (`credentials` block, chosen by `credentials_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "credentials"
    CONNECTOR_TYPE: ClassVar[str] = "cloudsql_mysql"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "host": "host",
        "password": "password",
        "port": "port",
        "username": "username",
        "database_name": "database_name",
        "has_ssh_tunnel": "has_ssh_tunnel",
        "tunnel_bastion_host": "tunnel.bastion.host",
        "tunnel_bastion_port": "tunnel.bastion.port",
        "tunnel_bastion_user": "tunnel.bastion.user",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({"password"})

    host: str
    """Wire name `host`."""
    password: str
    """Wire name `password`. Secret."""
    port: int | float
    """Wire name `port`."""
    username: str
    """Wire name `username`."""
    database_name: str | None = None
    """Wire name `database_name`."""
    has_ssh_tunnel: bool | None = None
    """Wire name `has_ssh_tunnel`."""
    tunnel_bastion_host: str | None = None
    """Wire name `tunnel.bastion.host`. Required with some settings."""
    tunnel_bastion_port: int | float | None = None
    """Wire name `tunnel.bastion.port`. Required with some settings."""
    tunnel_bastion_user: str | None = None
    """Wire name `tunnel.bastion.user`. Required with some settings."""


@dataclass(repr=False, kw_only=True)
class CloudsqlPostgresCredentials(ConnectorConfig):
    """Config of a `cloudsql_postgres` credential (`credentials` block, chosen by `credentials_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "credentials"
    CONNECTOR_TYPE: ClassVar[str] = "cloudsql_postgres"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "database_name": "database_name",
        "host": "host",
        "password": "password",
        "port": "port",
        "username": "username",
        "has_ssh_tunnel": "has_ssh_tunnel",
        "schema_name": "schema_name",
        "tunnel_bastion_host": "tunnel.bastion.host",
        "tunnel_bastion_port": "tunnel.bastion.port",
        "tunnel_bastion_user": "tunnel.bastion.user",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({"password"})

    database_name: str
    """Wire name `database_name`."""
    host: str
    """Wire name `host`."""
    password: str
    """Wire name `password`. Secret."""
    port: int | float
    """Wire name `port`."""
    username: str
    """Wire name `username`."""
    has_ssh_tunnel: bool | None = None
    """Wire name `has_ssh_tunnel`."""
    schema_name: str | None = None
    """Wire name `schema_name`."""
    tunnel_bastion_host: str | None = None
    """Wire name `tunnel.bastion.host`. Required with some settings."""
    tunnel_bastion_port: int | float | None = None
    """Wire name `tunnel.bastion.port`. Required with some settings."""
    tunnel_bastion_user: str | None = None
    """Wire name `tunnel.bastion.user`. Required with some settings."""


@dataclass(repr=False, kw_only=True)
class CloudsqlSqlserverCredentials(ConnectorConfig):
    """Config of a `cloudsql_sqlserver` credential (`credentials` block, chosen by `credentials_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "credentials"
    CONNECTOR_TYPE: ClassVar[str] = "cloudsql_sqlserver"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "host": "host",
        "password": "password",
        "port": "port",
        "username": "username",
        "database_field_application_intent": "database.field.applicationIntent",
        "database_name": "database_name",
        "has_ssh_tunnel": "has_ssh_tunnel",
        "schema_name": "schema_name",
        "tunnel_bastion_host": "tunnel.bastion.host",
        "tunnel_bastion_port": "tunnel.bastion.port",
        "tunnel_bastion_user": "tunnel.bastion.user",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({"password"})

    host: str
    """Wire name `host`."""
    password: str
    """Wire name `password`. Secret."""
    port: int | float
    """Wire name `port`."""
    username: str
    """Wire name `username`."""
    database_field_application_intent: Literal["readonly", "readwrite"] | None = None
    """Wire name `database.field.applicationIntent`."""
    database_name: str | None = None
    """Wire name `database_name`."""
    has_ssh_tunnel: bool | None = None
    """Wire name `has_ssh_tunnel`."""
    schema_name: str | None = None
    """Wire name `schema_name`."""
    tunnel_bastion_host: str | None = None
    """Wire name `tunnel.bastion.host`. Required with some settings."""
    tunnel_bastion_port: int | float | None = None
    """Wire name `tunnel.bastion.port`. Required with some settings."""
    tunnel_bastion_user: str | None = None
    """Wire name `tunnel.bastion.user`. Required with some settings."""


@dataclass(repr=False, kw_only=True)
class ConfluentKafkaCredentials(ConnectorConfig):
    """Config of a `confluent_kafka` credential (`credentials` block, chosen by `credentials_type`); a stream connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "credentials"
    CONNECTOR_TYPE: ClassVar[str] = "confluent_kafka"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "sasl_jaas_password": "sasl.jaas.password",
        "sasl_jaas_username": "sasl.jaas.username",
        "security_protocol": "security.protocol",
        "target_bootstrap_servers": "target.bootstrap.servers",
        "group_id_prefix": "group.id.prefix",
        "has_ssh_tunnel": "has_ssh_tunnel",
        "tunnel_bastion_host": "tunnel.bastion.host",
        "tunnel_bastion_port": "tunnel.bastion.port",
        "tunnel_bastion_user": "tunnel.bastion.user",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({"sasl_jaas_password"})

    sasl_jaas_password: str
    """Wire name `sasl.jaas.password`. Secret."""
    sasl_jaas_username: str
    """Wire name `sasl.jaas.username`."""
    security_protocol: Literal["SASL_SSL"]
    """Wire name `security.protocol`."""
    target_bootstrap_servers: str
    """Wire name `target.bootstrap.servers`."""
    group_id_prefix: str | None = None
    """Wire name `group.id.prefix`."""
    has_ssh_tunnel: bool | None = None
    """Wire name `has_ssh_tunnel`."""
    tunnel_bastion_host: str | None = None
    """Wire name `tunnel.bastion.host`. Required with some settings."""
    tunnel_bastion_port: int | float | None = None
    """Wire name `tunnel.bastion.port`. Required with some settings."""
    tunnel_bastion_user: str | None = None
    """Wire name `tunnel.bastion.user`. Required with some settings."""


@dataclass(repr=False, kw_only=True)
class DatabricksCredentials(ConnectorConfig):
    """Config of a `databricks` credential (`credentials` block, chosen by `credentials_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "credentials"
    CONNECTOR_TYPE: ClassVar[str] = "databricks"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "databricks_auth_type": "databricks_auth_type",
        "databricks_cloud_type": "databricks.cloud.type",
        "ui_url_format": "ui.url_format",
        "database_name": "database_name",
        "databricks_cloud_credentials_id": "databricks.cloud.credentials.id",
        "databricks_destination_azure_bucket": "databricks.destination.azure.bucket",
        "databricks_destination_s3_bucket": "databricks.destination.s3.bucket",
        "databricks_field_auth_flow": "databricks.field.Auth_Flow",
        "databricks_field_auth_mech": "databricks.field.AuthMech",
        "databricks_field_oauth2_client_id": "databricks.field.OAuth2ClientId",
        "databricks_field_oauth2_secret": "databricks.field.OAuth2Secret",
        "databricks_temp_azure_bucket": "databricks.temp.azure.bucket",
        "databricks_temp_s3_bucket": "databricks.temp.s3.bucket",
        "has_ssh_tunnel": "has_ssh_tunnel",
        "host": "host",
        "http_path": "http_path",
        "password": "password",
        "port": "port",
        "schema_name": "schema_name",
        "tunnel_bastion_host": "tunnel.bastion.host",
        "tunnel_bastion_port": "tunnel.bastion.port",
        "tunnel_bastion_user": "tunnel.bastion.user",
        "url": "url",
        "username": "username",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset(
        {"databricks_field_oauth2_secret", "password"}
    )

    databricks_auth_type: Literal["token", "oidc"]
    """Wire name `databricks_auth_type`."""
    databricks_cloud_type: Literal["AWS", "Azure", "databricks", "GCP"]
    """Wire name `databricks.cloud.type`."""
    ui_url_format: Literal["jdbc_url", "http_path_parts"]
    """Wire name `ui.url_format`."""
    database_name: str | None = None
    """Wire name `database_name`."""
    databricks_cloud_credentials_id: int | float | None = None
    """Wire name `databricks.cloud.credentials.id`."""
    databricks_destination_azure_bucket: str | None = None
    """Wire name `databricks.destination.azure.bucket`."""
    databricks_destination_s3_bucket: str | None = None
    """Wire name `databricks.destination.s3.bucket`."""
    databricks_field_auth_flow: Literal["1"] | None = None
    """Wire name `databricks.field.Auth_Flow`. Required with some settings."""
    databricks_field_auth_mech: Literal["11"] | None = None
    """Wire name `databricks.field.AuthMech`. Required with some settings."""
    databricks_field_oauth2_client_id: str | None = None
    """Wire name `databricks.field.OAuth2ClientId`. Required with some settings."""
    databricks_field_oauth2_secret: str | None = None
    """Wire name `databricks.field.OAuth2Secret`. Secret. Required with some settings."""
    databricks_temp_azure_bucket: str | None = None
    """Wire name `databricks.temp.azure.bucket`."""
    databricks_temp_s3_bucket: str | None = None
    """Wire name `databricks.temp.s3.bucket`."""
    has_ssh_tunnel: bool | None = None
    """Wire name `has_ssh_tunnel`."""
    host: str | None = None
    """Wire name `host`. Required with some settings."""
    http_path: str | None = None
    """Wire name `http_path`. Required with some settings."""
    password: str | None = None
    """Wire name `password`. Secret. Required with some settings."""
    port: int | float | None = None
    """Wire name `port`. Required with some settings."""
    schema_name: str | None = None
    """Wire name `schema_name`."""
    tunnel_bastion_host: str | None = None
    """Wire name `tunnel.bastion.host`. Required with some settings."""
    tunnel_bastion_port: int | float | None = None
    """Wire name `tunnel.bastion.port`. Required with some settings."""
    tunnel_bastion_user: str | None = None
    """Wire name `tunnel.bastion.user`. Required with some settings."""
    url: str | None = None
    """Wire name `url`. Required with some settings."""
    username: str | None = None
    """Wire name `username`. Required with some settings."""


@dataclass(repr=False, kw_only=True)
class Db2Credentials(ConnectorConfig):
    """Config of a `db2` credential (`credentials` block, chosen by `credentials_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "credentials"
    CONNECTOR_TYPE: ClassVar[str] = "db2"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "host": "host",
        "password": "password",
        "port": "port",
        "username": "username",
        "database_name": "database_name",
        "has_ssh_tunnel": "has_ssh_tunnel",
        "tunnel_bastion_host": "tunnel.bastion.host",
        "tunnel_bastion_port": "tunnel.bastion.port",
        "tunnel_bastion_user": "tunnel.bastion.user",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({"password"})

    host: str
    """Wire name `host`."""
    password: str
    """Wire name `password`. Secret."""
    port: int | float
    """Wire name `port`."""
    username: str
    """Wire name `username`."""
    database_name: str | None = None
    """Wire name `database_name`."""
    has_ssh_tunnel: bool | None = None
    """Wire name `has_ssh_tunnel`."""
    tunnel_bastion_host: str | None = None
    """Wire name `tunnel.bastion.host`. Required with some settings."""
    tunnel_bastion_port: int | float | None = None
    """Wire name `tunnel.bastion.port`. Required with some settings."""
    tunnel_bastion_user: str | None = None
    """Wire name `tunnel.bastion.user`. Required with some settings."""


@dataclass(repr=False, kw_only=True)
class DeltaLakeAzureBlbCredentials(ConnectorConfig):
    """Config of a `delta_lake_azure_blb` credential (`credentials` block, chosen by `credentials_type`); a file connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "credentials"
    CONNECTOR_TYPE: ClassVar[str] = "delta_lake_azure_blb"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "azure_blb_auth_type": "azure_blb.auth.type",
        "encrypt_private_key": "encrypt.private.key",
        "encrypt_private_password": "encrypt.private.password",
        "encrypt_standard": "encrypt.standard",
        "encrypt_user_id": "encrypt.user.id",
        "external_public_key": "external.public.key",
        "external_user_id": "external.user.id",
        "file_encryption_enabled": "file_encryption_enabled",
        "key_connection_string": "key.connection.string",
        "sas_token": "sas.token",
        "storage_account_key": "storage.account.key",
        "storage_account_name": "storage.account.name",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset(
        {
            "encrypt_private_key",
            "encrypt_private_password",
            "key_connection_string",
            "sas_token",
            "storage_account_key",
        }
    )

    azure_blb_auth_type: Literal[
        "SAS Token", "Connection String", "Storage Account Key"
    ]
    """Wire name `azure_blb.auth.type`."""
    encrypt_private_key: str | None = None
    """Wire name `encrypt.private.key`. Secret. Required with some settings."""
    encrypt_private_password: str | None = None
    """Wire name `encrypt.private.password`. Secret. Required with some settings."""
    encrypt_standard: Literal["pgp"] | None = None
    """Wire name `encrypt.standard`. Required with some settings."""
    encrypt_user_id: str | None = None
    """Wire name `encrypt.user.id`. Required with some settings."""
    external_public_key: str | None = None
    """Wire name `external.public.key`. Required with some settings."""
    external_user_id: str | None = None
    """Wire name `external.user.id`. Required with some settings."""
    file_encryption_enabled: bool | None = None
    """Wire name `file_encryption_enabled`."""
    key_connection_string: str | None = None
    """Wire name `key.connection.string`. Secret. Required with some settings."""
    sas_token: str | None = None
    """Wire name `sas.token`. Secret. Required with some settings."""
    storage_account_key: str | None = None
    """Wire name `storage.account.key`. Secret. Required with some settings."""
    storage_account_name: str | None = None
    """Wire name `storage.account.name`."""


@dataclass(repr=False, kw_only=True)
class DeltaLakeAzureDataLakeCredentials(ConnectorConfig):
    """Config of a `delta_lake_azure_data_lake` credential (`credentials` block, chosen by `credentials_type`); a file connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "credentials"
    CONNECTOR_TYPE: ClassVar[str] = "delta_lake_azure_data_lake"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "azure_dl_auth_type": "azure_dl.auth.type",
        "storage_account_name": "storage.account.name",
        "encrypt_private_key": "encrypt.private.key",
        "encrypt_private_password": "encrypt.private.password",
        "encrypt_standard": "encrypt.standard",
        "encrypt_user_id": "encrypt.user.id",
        "external_public_key": "external.public.key",
        "external_user_id": "external.user.id",
        "file_encryption_enabled": "file_encryption_enabled",
        "key_connection_string": "key.connection.string",
        "sas_token": "sas.token",
        "storage_account_key": "storage.account.key",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset(
        {
            "encrypt_private_key",
            "encrypt_private_password",
            "key_connection_string",
            "sas_token",
            "storage_account_key",
        }
    )

    azure_dl_auth_type: Literal["SAS Token", "Connection String", "Storage Account Key"]
    """Wire name `azure_dl.auth.type`."""
    storage_account_name: str
    """Wire name `storage.account.name`."""
    encrypt_private_key: str | None = None
    """Wire name `encrypt.private.key`. Secret. Required with some settings."""
    encrypt_private_password: str | None = None
    """Wire name `encrypt.private.password`. Secret. Required with some settings."""
    encrypt_standard: Literal["pgp"] | None = None
    """Wire name `encrypt.standard`. Required with some settings."""
    encrypt_user_id: str | None = None
    """Wire name `encrypt.user.id`. Required with some settings."""
    external_public_key: str | None = None
    """Wire name `external.public.key`. Required with some settings."""
    external_user_id: str | None = None
    """Wire name `external.user.id`. Required with some settings."""
    file_encryption_enabled: bool | None = None
    """Wire name `file_encryption_enabled`."""
    key_connection_string: str | None = None
    """Wire name `key.connection.string`. Secret. Required with some settings."""
    sas_token: str | None = None
    """Wire name `sas.token`. Secret. Required with some settings."""
    storage_account_key: str | None = None
    """Wire name `storage.account.key`. Secret. Required with some settings."""


@dataclass(repr=False, kw_only=True)
class DeltaLakeS3Credentials(ConnectorConfig):
    """Config of a `delta_lake_s3` credential (`credentials` block, chosen by `credentials_type`); a file connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "credentials"
    CONNECTOR_TYPE: ClassVar[str] = "delta_lake_s3"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "s3_auth_type": "s3_auth_type",
        "access_key": "access_key",
        "arn": "arn",
        "encrypt_private_key": "encrypt.private.key",
        "encrypt_private_password": "encrypt.private.password",
        "encrypt_standard": "encrypt.standard",
        "encrypt_user_id": "encrypt.user.id",
        "encryption_mode": "encryption_mode",
        "external_id": "external_id",
        "external_public_key": "external.public.key",
        "external_user_id": "external.user.id",
        "file_encryption_enabled": "file_encryption_enabled",
        "has_client_encryption": "has_client_encryption",
        "kms_key": "kms_key",
        "region": "region",
        "secret_key": "secret_key",
        "sse_enabled": "sse.enabled",
        "sse_kms_key_arn": "sse.kms_key.arn",
        "test_path": "test.path",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset(
        {"access_key", "encrypt_private_key", "encrypt_private_password", "secret_key"}
    )

    s3_auth_type: Literal["Access Key", "ARN", "Instance Role"]
    """Wire name `s3_auth_type`."""
    access_key: str | None = None
    """Wire name `access_key`. Secret. Required with some settings."""
    arn: str | None = None
    """Wire name `arn`."""
    encrypt_private_key: str | None = None
    """Wire name `encrypt.private.key`. Secret. Required with some settings."""
    encrypt_private_password: str | None = None
    """Wire name `encrypt.private.password`. Secret. Required with some settings."""
    encrypt_standard: Literal["pgp"] | None = None
    """Wire name `encrypt.standard`. Required with some settings."""
    encrypt_user_id: str | None = None
    """Wire name `encrypt.user.id`. Required with some settings."""
    encryption_mode: (
        Literal[
            "EncryptionOnly", "AuthenticatedEncryption", "StrictAuthenticatedEncryption"
        ]
        | None
    ) = None
    """Wire name `encryption_mode`. Required with some settings."""
    external_id: str | None = None
    """Wire name `external_id`. Required with some settings."""
    external_public_key: str | None = None
    """Wire name `external.public.key`. Required with some settings."""
    external_user_id: str | None = None
    """Wire name `external.user.id`. Required with some settings."""
    file_encryption_enabled: bool | None = None
    """Wire name `file_encryption_enabled`."""
    has_client_encryption: bool | None = None
    """Wire name `has_client_encryption`."""
    kms_key: str | None = None
    """Wire name `kms_key`. Required with some settings."""
    region: str | None = None
    """Wire name `region`."""
    secret_key: str | None = None
    """Wire name `secret_key`. Secret. Required with some settings."""
    sse_enabled: bool | None = None
    """Wire name `sse.enabled`."""
    sse_kms_key_arn: str | None = None
    """Wire name `sse.kms_key.arn`. Required with some settings."""
    test_path: str | None = None
    """Wire name `test.path`."""


@dataclass(repr=False, kw_only=True)
class DropboxCredentials(ConnectorConfig):
    """Config of a `dropbox` credential (`credentials` block, chosen by `credentials_type`); a file connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "credentials"
    CONNECTOR_TYPE: ClassVar[str] = "dropbox"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "access_token": "access_token",
        "encrypt_private_key": "encrypt.private.key",
        "encrypt_private_password": "encrypt.private.password",
        "encrypt_standard": "encrypt.standard",
        "encrypt_user_id": "encrypt.user.id",
        "external_public_key": "external.public.key",
        "external_user_id": "external.user.id",
        "file_encryption_enabled": "file_encryption_enabled",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset(
        {"access_token", "encrypt_private_key", "encrypt_private_password"}
    )

    access_token: str
    """Wire name `access_token`. Secret."""
    encrypt_private_key: str | None = None
    """Wire name `encrypt.private.key`. Secret. Required with some settings."""
    encrypt_private_password: str | None = None
    """Wire name `encrypt.private.password`. Secret. Required with some settings."""
    encrypt_standard: Literal["pgp"] | None = None
    """Wire name `encrypt.standard`. Required with some settings."""
    encrypt_user_id: str | None = None
    """Wire name `encrypt.user.id`. Required with some settings."""
    external_public_key: str | None = None
    """Wire name `external.public.key`. Required with some settings."""
    external_user_id: str | None = None
    """Wire name `external.user.id`. Required with some settings."""
    file_encryption_enabled: bool | None = None
    """Wire name `file_encryption_enabled`."""


@dataclass(repr=False, kw_only=True)
class DynamodbCredentials(ConnectorConfig):
    """Config of a `dynamodb` credential (`credentials` block, chosen by `credentials_type`); a nosql connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "credentials"
    CONNECTOR_TYPE: ClassVar[str] = "dynamodb"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "auth_type": "auth_type",
        "access_key": "access.key",
        "dynamodb_endpoint": "dynamodb.endpoint",
        "dynamodb_region": "dynamodb.region",
        "secret_key": "secret.key",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({"access_key", "secret_key"})

    auth_type: Literal["Access Key"]
    """Wire name `auth_type`."""
    access_key: str | None = None
    """Wire name `access.key`. Secret."""
    dynamodb_endpoint: str | None = None
    """Wire name `dynamodb.endpoint`."""
    dynamodb_region: str | None = None
    """Wire name `dynamodb.region`."""
    secret_key: str | None = None
    """Wire name `secret.key`. Secret."""


@dataclass(repr=False, kw_only=True)
class FirebaseCredentials(ConnectorConfig):
    """Config of a `firebase` credential (`credentials` block, chosen by `credentials_type`); a nosql connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "credentials"
    CONNECTOR_TYPE: ClassVar[str] = "firebase"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "is_service_account": "is_service_account",
        "json_creds": "json_creds",
        "project_id": "project_id",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({"json_creds"})

    is_service_account: Literal["true", "false"] | None = None
    """Wire name `is_service_account`."""
    json_creds: str | None = None
    """Wire name `json_creds`. Secret."""
    project_id: str | None = None
    """Wire name `project_id`."""


@dataclass(repr=False, kw_only=True)
class FireboltCredentials(ConnectorConfig):
    """Config of a `firebolt` credential (`credentials` block, chosen by `credentials_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "credentials"
    CONNECTOR_TYPE: ClassVar[str] = "firebolt"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "database_name": "database_name",
        "host": "host",
        "password": "password",
        "port": "port",
        "username": "username",
        "has_ssh_tunnel": "has_ssh_tunnel",
        "tunnel_bastion_host": "tunnel.bastion.host",
        "tunnel_bastion_port": "tunnel.bastion.port",
        "tunnel_bastion_user": "tunnel.bastion.user",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({"password"})

    database_name: str
    """Wire name `database_name`."""
    host: str
    """Wire name `host`."""
    password: str
    """Wire name `password`. Secret."""
    port: int | float
    """Wire name `port`."""
    username: str
    """Wire name `username`."""
    has_ssh_tunnel: bool | None = None
    """Wire name `has_ssh_tunnel`."""
    tunnel_bastion_host: str | None = None
    """Wire name `tunnel.bastion.host`. Required with some settings."""
    tunnel_bastion_port: int | float | None = None
    """Wire name `tunnel.bastion.port`. Required with some settings."""
    tunnel_bastion_user: str | None = None
    """Wire name `tunnel.bastion.user`. Required with some settings."""


@dataclass(repr=False, kw_only=True)
class FtpCredentials(ConnectorConfig):
    """Config of a `ftp` credential (`credentials` block, chosen by `credentials_type`); a file connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "credentials"
    CONNECTOR_TYPE: ClassVar[str] = "ftp"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "ftp_type": "ftp.type",
        "host": "host",
        "password": "password",
        "port": "port",
        "username": "username",
        "anonymous": "anonymous",
        "encrypt_private_key": "encrypt.private.key",
        "encrypt_private_password": "encrypt.private.password",
        "encrypt_standard": "encrypt.standard",
        "encrypt_user_id": "encrypt.user.id",
        "external_public_key": "external.public.key",
        "external_user_id": "external.user.id",
        "file_encryption_enabled": "file_encryption_enabled",
        "ftp_mode": "ftp.mode",
        "passphrase": "passphrase",
        "private_key": "private.key",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset(
        {
            "encrypt_private_key",
            "encrypt_private_password",
            "passphrase",
            "password",
            "private_key",
        }
    )

    ftp_type: Literal["ftp", "ftps", "sftp"]
    """Wire name `ftp.type`."""
    host: str
    """Wire name `host`."""
    password: str
    """Wire name `password`. Secret."""
    port: int | float
    """Wire name `port`."""
    username: str
    """Wire name `username`."""
    anonymous: bool | None = None
    """Wire name `anonymous`."""
    encrypt_private_key: str | None = None
    """Wire name `encrypt.private.key`. Secret. Required with some settings."""
    encrypt_private_password: str | None = None
    """Wire name `encrypt.private.password`. Secret. Required with some settings."""
    encrypt_standard: Literal["pgp"] | None = None
    """Wire name `encrypt.standard`. Required with some settings."""
    encrypt_user_id: str | None = None
    """Wire name `encrypt.user.id`. Required with some settings."""
    external_public_key: str | None = None
    """Wire name `external.public.key`. Required with some settings."""
    external_user_id: str | None = None
    """Wire name `external.user.id`. Required with some settings."""
    file_encryption_enabled: bool | None = None
    """Wire name `file_encryption_enabled`."""
    ftp_mode: Literal["active", "passive.local", "passive.remote"] | None = None
    """Wire name `ftp.mode`."""
    passphrase: str | None = None
    """Wire name `passphrase`. Secret."""
    private_key: str | None = None
    """Wire name `private.key`. Secret."""


@dataclass(repr=False, kw_only=True)
class GcpAlloydbCredentials(ConnectorConfig):
    """Config of a `gcp_alloydb` credential (`credentials` block, chosen by `credentials_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "credentials"
    CONNECTOR_TYPE: ClassVar[str] = "gcp_alloydb"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "database_name": "database_name",
        "host": "host",
        "password": "password",
        "port": "port",
        "username": "username",
        "has_ssh_tunnel": "has_ssh_tunnel",
        "schema_name": "schema_name",
        "tunnel_bastion_host": "tunnel.bastion.host",
        "tunnel_bastion_port": "tunnel.bastion.port",
        "tunnel_bastion_user": "tunnel.bastion.user",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({"password"})

    database_name: str
    """Wire name `database_name`."""
    host: str
    """Wire name `host`."""
    password: str
    """Wire name `password`. Secret."""
    port: int | float
    """Wire name `port`."""
    username: str
    """Wire name `username`."""
    has_ssh_tunnel: bool | None = None
    """Wire name `has_ssh_tunnel`."""
    schema_name: str | None = None
    """Wire name `schema_name`."""
    tunnel_bastion_host: str | None = None
    """Wire name `tunnel.bastion.host`. Required with some settings."""
    tunnel_bastion_port: int | float | None = None
    """Wire name `tunnel.bastion.port`. Required with some settings."""
    tunnel_bastion_user: str | None = None
    """Wire name `tunnel.bastion.user`. Required with some settings."""


@dataclass(repr=False, kw_only=True)
class GcpSpannerCredentials(ConnectorConfig):
    """Config of a `gcp_spanner` credential (`credentials` block, chosen by `credentials_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "credentials"
    CONNECTOR_TYPE: ClassVar[str] = "gcp_spanner"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "database_name": "database_name",
        "instance_id": "instance_id",
        "is_service_account": "is_service_account",
        "json_creds": "json_creds",
        "project_id": "project_id",
        "schema_name": "schema_name",
        "has_ssh_tunnel": "has_ssh_tunnel",
        "tunnel_bastion_host": "tunnel.bastion.host",
        "tunnel_bastion_port": "tunnel.bastion.port",
        "tunnel_bastion_user": "tunnel.bastion.user",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({"json_creds"})

    database_name: str
    """Wire name `database_name`."""
    instance_id: str
    """Wire name `instance_id`."""
    is_service_account: bool
    """Wire name `is_service_account`."""
    json_creds: dict[str, Any]
    """Wire name `json_creds`. Secret. Required with some settings."""
    project_id: str
    """Wire name `project_id`."""
    schema_name: str
    """Wire name `schema_name`."""
    has_ssh_tunnel: bool | None = None
    """Wire name `has_ssh_tunnel`."""
    tunnel_bastion_host: str | None = None
    """Wire name `tunnel.bastion.host`. Required with some settings."""
    tunnel_bastion_port: int | float | None = None
    """Wire name `tunnel.bastion.port`. Required with some settings."""
    tunnel_bastion_user: str | None = None
    """Wire name `tunnel.bastion.user`. Required with some settings."""


@dataclass(repr=False, kw_only=True)
class GcsCredentials(ConnectorConfig):
    """Config of a `gcs` credential (`credentials` block, chosen by `credentials_type`); a file connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "credentials"
    CONNECTOR_TYPE: ClassVar[str] = "gcs"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "is_service_account": "is_service_account",
        "project_id": "project_id",
        "access_token": "access_token",
        "auth_type": "auth.type",
        "encrypt_private_key": "encrypt.private.key",
        "encrypt_private_password": "encrypt.private.password",
        "encrypt_standard": "encrypt.standard",
        "encrypt_user_id": "encrypt.user.id",
        "external_public_key": "external.public.key",
        "external_user_id": "external.user.id",
        "file_encryption_enabled": "file_encryption_enabled",
        "json_creds": "json_creds",
        "oauth2_access_token_method": "oauth2.access.token.method",
        "oauth2_access_token_url": "oauth2.access.token.url",
        "oauth2_client_id": "oauth2.client.id",
        "oauth2_client_secret": "oauth2.client.secret",
        "oauth2_token_type_override": "oauth2.token.type.override",
        "test_path": "test.path",
        "vendor_access_token": "vendor.access_token",
        "vendor_auth_scheme": "vendor.auth_scheme",
        "vendor_has_token_expiration_ts": "vendor.has_token_expiration_ts",
        "vendor_name": "vendor.name",
        "vendor_refresh_token": "vendor.refresh_token",
        "vendor_refresh_url": "vendor.refresh_url",
        "vendor_scopes": "vendor.scopes",
        "vendor_token_expires_in": "vendor.token_expires_in",
        "vendor_token_type": "vendor.token_type",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset(
        {
            "access_token",
            "encrypt_private_key",
            "encrypt_private_password",
            "json_creds",
            "oauth2_client_secret",
            "vendor_access_token",
            "vendor_refresh_token",
        }
    )

    is_service_account: bool
    """Wire name `is_service_account`."""
    project_id: str
    """Wire name `project_id`."""
    access_token: str | None = None
    """Wire name `access_token`. Secret. Required with some settings."""
    auth_type: Literal["OAUTH2"] | None = None
    """Wire name `auth.type`. Required with some settings."""
    encrypt_private_key: str | None = None
    """Wire name `encrypt.private.key`. Secret. Required with some settings."""
    encrypt_private_password: str | None = None
    """Wire name `encrypt.private.password`. Secret. Required with some settings."""
    encrypt_standard: Literal["pgp"] | None = None
    """Wire name `encrypt.standard`. Required with some settings."""
    encrypt_user_id: str | None = None
    """Wire name `encrypt.user.id`. Required with some settings."""
    external_public_key: str | None = None
    """Wire name `external.public.key`. Required with some settings."""
    external_user_id: str | None = None
    """Wire name `external.user.id`. Required with some settings."""
    file_encryption_enabled: bool | None = None
    """Wire name `file_encryption_enabled`."""
    json_creds: dict[str, Any] | None = None
    """Wire name `json_creds`. Secret. Required with some settings."""
    oauth2_access_token_method: Literal["POST"] | None = None
    """Wire name `oauth2.access.token.method`. Required with some settings."""
    oauth2_access_token_url: (
        Literal["https://www.googleapis.com/oauth2/v4/token"] | None
    ) = None
    """Wire name `oauth2.access.token.url`. Required with some settings."""
    oauth2_client_id: str | None = None
    """Wire name `oauth2.client.id`. Required with some settings."""
    oauth2_client_secret: str | None = None
    """Wire name `oauth2.client.secret`. Secret. Required with some settings."""
    oauth2_token_type_override: Literal["Bearer"] | None = None
    """Wire name `oauth2.token.type.override`. Required with some settings."""
    test_path: str | None = None
    """Wire name `test.path`."""
    vendor_access_token: str | None = None
    """Wire name `vendor.access_token`. Secret. Required with some settings."""
    vendor_auth_scheme: Literal["header"] | None = None
    """Wire name `vendor.auth_scheme`. Required with some settings."""
    vendor_has_token_expiration_ts: bool | None = None
    """Wire name `vendor.has_token_expiration_ts`. Required with some settings."""
    vendor_name: Literal["gcs"] | None = None
    """Wire name `vendor.name`. Required with some settings."""
    vendor_refresh_token: str | None = None
    """Wire name `vendor.refresh_token`. Secret. Required with some settings."""
    vendor_refresh_url: Literal["https://www.googleapis.com/oauth2/v4/token"] | None = (
        None
    )
    """Wire name `vendor.refresh_url`. Required with some settings."""
    vendor_scopes: (
        Literal["https://www.googleapis.com/auth/devstorage.read_write"] | None
    ) = None
    """Wire name `vendor.scopes`. Required with some settings."""
    vendor_token_expires_in: int | float | None = None
    """Wire name `vendor.token_expires_in`. Required with some settings."""
    vendor_token_type: Literal["Bearer"] | None = None
    """Wire name `vendor.token_type`. Required with some settings."""


@dataclass(repr=False, kw_only=True)
class GdriveCredentials(ConnectorConfig):
    """Config of a `gdrive` credential (`credentials` block, chosen by `credentials_type`); a file connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "credentials"
    CONNECTOR_TYPE: ClassVar[str] = "gdrive"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "is_service_account": "is_service_account",
        "project_id": "project_id",
        "access_token": "access_token",
        "auth_type": "auth.type",
        "encrypt_private_key": "encrypt.private.key",
        "encrypt_private_password": "encrypt.private.password",
        "encrypt_standard": "encrypt.standard",
        "encrypt_user_id": "encrypt.user.id",
        "external_public_key": "external.public.key",
        "external_user_id": "external.user.id",
        "file_encryption_enabled": "file_encryption_enabled",
        "json_creds": "json_creds",
        "oauth2_access_token_method": "oauth2.access.token.method",
        "oauth2_access_token_url": "oauth2.access.token.url",
        "oauth2_client_id": "oauth2.client.id",
        "oauth2_client_secret": "oauth2.client.secret",
        "oauth2_token_type_override": "oauth2.token.type.override",
        "vendor_access_token": "vendor.access_token",
        "vendor_auth_scheme": "vendor.auth_scheme",
        "vendor_has_token_expiration_ts": "vendor.has_token_expiration_ts",
        "vendor_name": "vendor.name",
        "vendor_refresh_token": "vendor.refresh_token",
        "vendor_refresh_url": "vendor.refresh_url",
        "vendor_scopes": "vendor.scopes",
        "vendor_token_expires_in": "vendor.token_expires_in",
        "vendor_token_type": "vendor.token_type",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset(
        {
            "access_token",
            "encrypt_private_key",
            "encrypt_private_password",
            "json_creds",
            "oauth2_client_secret",
            "vendor_access_token",
            "vendor_refresh_token",
        }
    )

    is_service_account: bool
    """Wire name `is_service_account`."""
    project_id: str
    """Wire name `project_id`."""
    access_token: str | None = None
    """Wire name `access_token`. Secret. Required with some settings."""
    auth_type: Literal["OAUTH2"] | None = None
    """Wire name `auth.type`. Required with some settings."""
    encrypt_private_key: str | None = None
    """Wire name `encrypt.private.key`. Secret. Required with some settings."""
    encrypt_private_password: str | None = None
    """Wire name `encrypt.private.password`. Secret. Required with some settings."""
    encrypt_standard: Literal["pgp"] | None = None
    """Wire name `encrypt.standard`. Required with some settings."""
    encrypt_user_id: str | None = None
    """Wire name `encrypt.user.id`. Required with some settings."""
    external_public_key: str | None = None
    """Wire name `external.public.key`. Required with some settings."""
    external_user_id: str | None = None
    """Wire name `external.user.id`. Required with some settings."""
    file_encryption_enabled: bool | None = None
    """Wire name `file_encryption_enabled`."""
    json_creds: dict[str, Any] | None = None
    """Wire name `json_creds`. Secret. Required with some settings."""
    oauth2_access_token_method: Literal["POST"] | None = None
    """Wire name `oauth2.access.token.method`. Required with some settings."""
    oauth2_access_token_url: (
        Literal["https://www.googleapis.com/oauth2/v4/token"] | None
    ) = None
    """Wire name `oauth2.access.token.url`. Required with some settings."""
    oauth2_client_id: str | None = None
    """Wire name `oauth2.client.id`. Required with some settings."""
    oauth2_client_secret: str | None = None
    """Wire name `oauth2.client.secret`. Secret. Required with some settings."""
    oauth2_token_type_override: Literal["Bearer"] | None = None
    """Wire name `oauth2.token.type.override`. Required with some settings."""
    vendor_access_token: str | None = None
    """Wire name `vendor.access_token`. Secret. Required with some settings."""
    vendor_auth_scheme: Literal["header"] | None = None
    """Wire name `vendor.auth_scheme`. Required with some settings."""
    vendor_has_token_expiration_ts: bool | None = None
    """Wire name `vendor.has_token_expiration_ts`. Required with some settings."""
    vendor_name: Literal["gdrive"] | None = None
    """Wire name `vendor.name`. Required with some settings."""
    vendor_refresh_token: str | None = None
    """Wire name `vendor.refresh_token`. Secret. Required with some settings."""
    vendor_refresh_url: Literal["https://www.googleapis.com/oauth2/v4/token"] | None = (
        None
    )
    """Wire name `vendor.refresh_url`. Required with some settings."""
    vendor_scopes: Literal["https://www.googleapis.com/auth/drive"] | None = None
    """Wire name `vendor.scopes`. Required with some settings."""
    vendor_token_expires_in: int | float | None = None
    """Wire name `vendor.token_expires_in`. Required with some settings."""
    vendor_token_type: Literal["Bearer"] | None = None
    """Wire name `vendor.token_type`. Required with some settings."""


@dataclass(repr=False, kw_only=True)
class GooglePubsubCredentials(ConnectorConfig):
    """Config of a `google_pubsub` credential (`credentials` block, chosen by `credentials_type`); a stream connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "credentials"
    CONNECTOR_TYPE: ClassVar[str] = "google_pubsub"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "is_service_account": "is_service_account",
        "project_id": "project_id",
        "access_token": "access_token",
        "auth_type": "auth.type",
        "has_ssh_tunnel": "has_ssh_tunnel",
        "json_creds": "json_creds",
        "oauth2_access_token_method": "oauth2.access.token.method",
        "oauth2_access_token_url": "oauth2.access.token.url",
        "oauth2_client_id": "oauth2.client.id",
        "oauth2_client_secret": "oauth2.client.secret",
        "oauth2_token_type_override": "oauth2.token.type.override",
        "tunnel_bastion_host": "tunnel.bastion.host",
        "tunnel_bastion_port": "tunnel.bastion.port",
        "tunnel_bastion_user": "tunnel.bastion.user",
        "vendor_access_token": "vendor.access_token",
        "vendor_auth_scheme": "vendor.auth_scheme",
        "vendor_has_token_expiration_ts": "vendor.has_token_expiration_ts",
        "vendor_name": "vendor.name",
        "vendor_refresh_token": "vendor.refresh_token",
        "vendor_refresh_url": "vendor.refresh_url",
        "vendor_scopes": "vendor.scopes",
        "vendor_token_expires_in": "vendor.token_expires_in",
        "vendor_token_type": "vendor.token_type",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset(
        {
            "access_token",
            "json_creds",
            "oauth2_client_secret",
            "vendor_access_token",
            "vendor_refresh_token",
        }
    )

    is_service_account: bool
    """Wire name `is_service_account`."""
    project_id: str
    """Wire name `project_id`."""
    access_token: str | None = None
    """Wire name `access_token`. Secret. Required with some settings."""
    auth_type: Literal["OAUTH2"] | None = None
    """Wire name `auth.type`. Required with some settings."""
    has_ssh_tunnel: bool | None = None
    """Wire name `has_ssh_tunnel`."""
    json_creds: dict[str, Any] | None = None
    """Wire name `json_creds`. Secret. Required with some settings."""
    oauth2_access_token_method: Literal["POST"] | None = None
    """Wire name `oauth2.access.token.method`. Required with some settings."""
    oauth2_access_token_url: (
        Literal["https://www.googleapis.com/oauth2/v4/token"] | None
    ) = None
    """Wire name `oauth2.access.token.url`. Required with some settings."""
    oauth2_client_id: str | None = None
    """Wire name `oauth2.client.id`. Required with some settings."""
    oauth2_client_secret: str | None = None
    """Wire name `oauth2.client.secret`. Secret. Required with some settings."""
    oauth2_token_type_override: Literal["Bearer"] | None = None
    """Wire name `oauth2.token.type.override`. Required with some settings."""
    tunnel_bastion_host: str | None = None
    """Wire name `tunnel.bastion.host`. Required with some settings."""
    tunnel_bastion_port: int | float | None = None
    """Wire name `tunnel.bastion.port`. Required with some settings."""
    tunnel_bastion_user: str | None = None
    """Wire name `tunnel.bastion.user`. Required with some settings."""
    vendor_access_token: str | None = None
    """Wire name `vendor.access_token`. Secret. Required with some settings."""
    vendor_auth_scheme: Literal["header"] | None = None
    """Wire name `vendor.auth_scheme`. Required with some settings."""
    vendor_has_token_expiration_ts: bool | None = None
    """Wire name `vendor.has_token_expiration_ts`. Required with some settings."""
    vendor_name: Literal["google_pubsub"] | None = None
    """Wire name `vendor.name`. Required with some settings."""
    vendor_refresh_token: str | None = None
    """Wire name `vendor.refresh_token`. Secret. Required with some settings."""
    vendor_refresh_url: Literal["https://www.googleapis.com/oauth2/v4/token"] | None = (
        None
    )
    """Wire name `vendor.refresh_url`. Required with some settings."""
    vendor_scopes: Literal["https://www.googleapis.com/auth/pubsub"] | None = None
    """Wire name `vendor.scopes`. Required with some settings."""
    vendor_token_expires_in: int | float | None = None
    """Wire name `vendor.token_expires_in`. Required with some settings."""
    vendor_token_type: Literal["Bearer"] | None = None
    """Wire name `vendor.token_type`. Required with some settings."""


@dataclass(repr=False, kw_only=True)
class HanaJdbcCredentials(ConnectorConfig):
    """Config of a `hana_jdbc` credential (`credentials` block, chosen by `credentials_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "credentials"
    CONNECTOR_TYPE: ClassVar[str] = "hana_jdbc"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "host": "host",
        "password": "password",
        "port": "port",
        "username": "username",
        "database_name": "database_name",
        "has_ssh_tunnel": "has_ssh_tunnel",
        "tunnel_bastion_host": "tunnel.bastion.host",
        "tunnel_bastion_port": "tunnel.bastion.port",
        "tunnel_bastion_user": "tunnel.bastion.user",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({"password"})

    host: str
    """Wire name `host`."""
    password: str
    """Wire name `password`. Secret."""
    port: int | float
    """Wire name `port`."""
    username: str
    """Wire name `username`."""
    database_name: str | None = None
    """Wire name `database_name`."""
    has_ssh_tunnel: bool | None = None
    """Wire name `has_ssh_tunnel`."""
    tunnel_bastion_host: str | None = None
    """Wire name `tunnel.bastion.host`. Required with some settings."""
    tunnel_bastion_port: int | float | None = None
    """Wire name `tunnel.bastion.port`. Required with some settings."""
    tunnel_bastion_user: str | None = None
    """Wire name `tunnel.bastion.user`. Required with some settings."""


@dataclass(repr=False, kw_only=True)
class HiveCredentials(ConnectorConfig):
    """Config of a `hive` credential (`credentials` block, chosen by `credentials_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "credentials"
    CONNECTOR_TYPE: ClassVar[str] = "hive"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "host": "host",
        "password": "password",
        "port": "port",
        "schema_name": "schema_name",
        "username": "username",
        "has_ssh_tunnel": "has_ssh_tunnel",
        "tunnel_bastion_host": "tunnel.bastion.host",
        "tunnel_bastion_port": "tunnel.bastion.port",
        "tunnel_bastion_user": "tunnel.bastion.user",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({"password"})

    host: str
    """Wire name `host`."""
    password: str
    """Wire name `password`. Secret."""
    port: int | float
    """Wire name `port`."""
    schema_name: str
    """Wire name `schema_name`."""
    username: str
    """Wire name `username`."""
    has_ssh_tunnel: bool | None = None
    """Wire name `has_ssh_tunnel`."""
    tunnel_bastion_host: str | None = None
    """Wire name `tunnel.bastion.host`. Required with some settings."""
    tunnel_bastion_port: int | float | None = None
    """Wire name `tunnel.bastion.port`. Required with some settings."""
    tunnel_bastion_user: str | None = None
    """Wire name `tunnel.bastion.user`. Required with some settings."""


@dataclass(repr=False, kw_only=True)
class JmsCredentials(ConnectorConfig):
    """Config of a `jms` credential (`credentials` block, chosen by `credentials_type`); a stream connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "credentials"
    CONNECTOR_TYPE: ClassVar[str] = "jms"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "jms_vendor": "jms.vendor",
        "password": "password",
        "url": "url",
        "username": "username",
        "has_ssh_tunnel": "has_ssh_tunnel",
        "tunnel_bastion_host": "tunnel.bastion.host",
        "tunnel_bastion_port": "tunnel.bastion.port",
        "tunnel_bastion_user": "tunnel.bastion.user",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({"password"})

    jms_vendor: Literal["tibco", "activemq"]
    """Wire name `jms.vendor`."""
    password: str
    """Wire name `password`. Secret."""
    url: str
    """Wire name `url`."""
    username: str
    """Wire name `username`."""
    has_ssh_tunnel: bool | None = None
    """Wire name `has_ssh_tunnel`."""
    tunnel_bastion_host: str | None = None
    """Wire name `tunnel.bastion.host`. Required with some settings."""
    tunnel_bastion_port: int | float | None = None
    """Wire name `tunnel.bastion.port`. Required with some settings."""
    tunnel_bastion_user: str | None = None
    """Wire name `tunnel.bastion.user`. Required with some settings."""


@dataclass(repr=False, kw_only=True)
class KafkaCredentials(ConnectorConfig):
    """Config of a `kafka` credential (`credentials` block, chosen by `credentials_type`); a stream connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "credentials"
    CONNECTOR_TYPE: ClassVar[str] = "kafka"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "security_protocol": "security.protocol",
        "target_bootstrap_servers": "target.bootstrap.servers",
        "group_id_prefix": "group.id.prefix",
        "has_ssh_tunnel": "has_ssh_tunnel",
        "sasl_jaas_config": "sasl.jaas.config",
        "tunnel_bastion_host": "tunnel.bastion.host",
        "tunnel_bastion_port": "tunnel.bastion.port",
        "tunnel_bastion_user": "tunnel.bastion.user",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({"sasl_jaas_config"})

    security_protocol: Literal["PLAINTEXT", "SASL_PLAINTEXT", "SASL_SSL", "SSL"]
    """Wire name `security.protocol`."""
    target_bootstrap_servers: str
    """Wire name `target.bootstrap.servers`."""
    group_id_prefix: str | None = None
    """Wire name `group.id.prefix`."""
    has_ssh_tunnel: bool | None = None
    """Wire name `has_ssh_tunnel`."""
    sasl_jaas_config: str | None = None
    """Wire name `sasl.jaas.config`. Secret. Required with some settings."""
    tunnel_bastion_host: str | None = None
    """Wire name `tunnel.bastion.host`. Required with some settings."""
    tunnel_bastion_port: int | float | None = None
    """Wire name `tunnel.bastion.port`. Required with some settings."""
    tunnel_bastion_user: str | None = None
    """Wire name `tunnel.bastion.user`. Required with some settings."""


@dataclass(repr=False, kw_only=True)
class MinIoS3Credentials(ConnectorConfig):
    """Config of a `min_io_s3` credential (`credentials` block, chosen by `credentials_type`); a file connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "credentials"
    CONNECTOR_TYPE: ClassVar[str] = "min_io_s3"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "nx_external_auth_props": "nx_external.auth.props",
        "nx_external_auth_type": "nx_external.auth.type",
        "nx_external_host": "nx_external_host",
        "access_key": "access_key",
        "encrypt_private_key": "encrypt.private.key",
        "encrypt_private_password": "encrypt.private.password",
        "encrypt_standard": "encrypt.standard",
        "encrypt_user_id": "encrypt.user.id",
        "encryption_mode": "encryption_mode",
        "external_public_key": "external.public.key",
        "external_user_id": "external.user.id",
        "file_encryption_enabled": "file_encryption_enabled",
        "has_client_encryption": "has_client_encryption",
        "kms_key": "kms_key",
        "secret_key": "secret_key",
        "sse_enabled": "sse.enabled",
        "sse_kms_key_arn": "sse.kms_key.arn",
        "test_path": "test.path",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset(
        {"access_key", "encrypt_private_key", "encrypt_private_password", "secret_key"}
    )

    nx_external_auth_props: str
    """Wire name `nx_external.auth.props`."""
    nx_external_auth_type: Literal["min_io_s3"]
    """Wire name `nx_external.auth.type`."""
    nx_external_host: str
    """Wire name `nx_external_host`."""
    access_key: str | None = None
    """Wire name `access_key`. Secret."""
    encrypt_private_key: str | None = None
    """Wire name `encrypt.private.key`. Secret. Required with some settings."""
    encrypt_private_password: str | None = None
    """Wire name `encrypt.private.password`. Secret. Required with some settings."""
    encrypt_standard: Literal["pgp"] | None = None
    """Wire name `encrypt.standard`. Required with some settings."""
    encrypt_user_id: str | None = None
    """Wire name `encrypt.user.id`. Required with some settings."""
    encryption_mode: (
        Literal[
            "EncryptionOnly", "AuthenticatedEncryption", "StrictAuthenticatedEncryption"
        ]
        | None
    ) = None
    """Wire name `encryption_mode`. Required with some settings."""
    external_public_key: str | None = None
    """Wire name `external.public.key`. Required with some settings."""
    external_user_id: str | None = None
    """Wire name `external.user.id`. Required with some settings."""
    file_encryption_enabled: bool | None = None
    """Wire name `file_encryption_enabled`."""
    has_client_encryption: bool | None = None
    """Wire name `has_client_encryption`."""
    kms_key: str | None = None
    """Wire name `kms_key`. Required with some settings."""
    secret_key: str | None = None
    """Wire name `secret_key`. Secret."""
    sse_enabled: bool | None = None
    """Wire name `sse.enabled`."""
    sse_kms_key_arn: str | None = None
    """Wire name `sse.kms_key.arn`. Required with some settings."""
    test_path: str | None = None
    """Wire name `test.path`."""


@dataclass(repr=False, kw_only=True)
class MongoCredentials(ConnectorConfig):
    """Config of a `mongo` credential (`credentials` block, chosen by `credentials_type`); a nosql connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "credentials"
    CONNECTOR_TYPE: ClassVar[str] = "mongo"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "database": "database",
        "host": "host",
        "password": "password",
        "port": "port",
        "ui_url_format": "ui.url_format",
        "url": "url",
        "username": "username",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({"password"})

    database: str | None = None
    """Wire name `database`."""
    host: str | None = None
    """Wire name `host`."""
    password: str | None = None
    """Wire name `password`. Secret."""
    port: int | float | None = None
    """Wire name `port`."""
    ui_url_format: Literal["connection_url", "http_path_parts"] | None = None
    """Wire name `ui.url_format`."""
    url: str | None = None
    """Wire name `url`."""
    username: str | None = None
    """Wire name `username`."""


@dataclass(repr=False, kw_only=True)
class MysqlCredentials(ConnectorConfig):
    """Config of a `mysql` credential (`credentials` block, chosen by `credentials_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "credentials"
    CONNECTOR_TYPE: ClassVar[str] = "mysql"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "host": "host",
        "password": "password",
        "port": "port",
        "username": "username",
        "database_name": "database_name",
        "has_ssh_tunnel": "has_ssh_tunnel",
        "tunnel_bastion_host": "tunnel.bastion.host",
        "tunnel_bastion_port": "tunnel.bastion.port",
        "tunnel_bastion_user": "tunnel.bastion.user",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({"password"})

    host: str
    """Wire name `host`."""
    password: str
    """Wire name `password`. Secret."""
    port: int | float
    """Wire name `port`."""
    username: str
    """Wire name `username`."""
    database_name: str | None = None
    """Wire name `database_name`."""
    has_ssh_tunnel: bool | None = None
    """Wire name `has_ssh_tunnel`."""
    tunnel_bastion_host: str | None = None
    """Wire name `tunnel.bastion.host`. Required with some settings."""
    tunnel_bastion_port: int | float | None = None
    """Wire name `tunnel.bastion.port`. Required with some settings."""
    tunnel_bastion_user: str | None = None
    """Wire name `tunnel.bastion.user`. Required with some settings."""


@dataclass(repr=False, kw_only=True)
class NetsuiteJdbcCredentials(ConnectorConfig):
    """Config of a `netsuite_jdbc` credential (`credentials` block, chosen by `credentials_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "credentials"
    CONNECTOR_TYPE: ClassVar[str] = "netsuite_jdbc"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "tba_enabled": "tba_enabled",
        "url": "url",
        "account_id": "account_id",
        "consumer_key": "consumer_key",
        "consumer_secret": "consumer_secret",
        "database_name": "database_name",
        "has_ssh_tunnel": "has_ssh_tunnel",
        "password": "password",
        "schema_name": "schema_name",
        "server_zone_id": "server_zone_id",
        "token": "token",
        "token_secret": "token_secret",
        "tunnel_bastion_host": "tunnel.bastion.host",
        "tunnel_bastion_port": "tunnel.bastion.port",
        "tunnel_bastion_user": "tunnel.bastion.user",
        "username": "username",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset(
        {"consumer_secret", "password", "token", "token_secret"}
    )

    tba_enabled: bool
    """Wire name `tba_enabled`."""
    url: str
    """Wire name `url`."""
    account_id: str | None = None
    """Wire name `account_id`."""
    consumer_key: str | None = None
    """Wire name `consumer_key`."""
    consumer_secret: str | None = None
    """Wire name `consumer_secret`. Secret."""
    database_name: str | None = None
    """Wire name `database_name`."""
    has_ssh_tunnel: bool | None = None
    """Wire name `has_ssh_tunnel`."""
    password: str | None = None
    """Wire name `password`. Secret."""
    schema_name: str | None = None
    """Wire name `schema_name`."""
    server_zone_id: str | None = None
    """Wire name `server_zone_id`."""
    token: str | None = None
    """Wire name `token`. Secret."""
    token_secret: str | None = None
    """Wire name `token_secret`. Secret."""
    tunnel_bastion_host: str | None = None
    """Wire name `tunnel.bastion.host`. Required with some settings."""
    tunnel_bastion_port: int | float | None = None
    """Wire name `tunnel.bastion.port`. Required with some settings."""
    tunnel_bastion_user: str | None = None
    """Wire name `tunnel.bastion.user`. Required with some settings."""
    username: str | None = None
    """Wire name `username`."""


@dataclass(repr=False, kw_only=True)
class NexlaMonitorCredentials(ConnectorConfig):
    """Config of a `nexla_monitor` credential (`credentials` block, chosen by `credentials_type`); a api connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "credentials"
    CONNECTOR_TYPE: ClassVar[str] = "nexla_monitor"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {}
    SECRETS: ClassVar[frozenset[str]] = frozenset({})


@dataclass(repr=False, kw_only=True)
class OracleAutonomousCredentials(ConnectorConfig):
    """Config of a `oracle_autonomous` credential (`credentials` block, chosen by `credentials_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "credentials"
    CONNECTOR_TYPE: ClassVar[str] = "oracle_autonomous"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "oracle_wallet": "oracle_wallet",
        "password": "password",
        "username": "username",
        "database_name": "database_name",
        "has_ssh_tunnel": "has_ssh_tunnel",
        "schema_name": "schema_name",
        "tunnel_bastion_host": "tunnel.bastion.host",
        "tunnel_bastion_port": "tunnel.bastion.port",
        "tunnel_bastion_user": "tunnel.bastion.user",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({"oracle_wallet", "password"})

    oracle_wallet: str
    """Wire name `oracle_wallet`. Secret."""
    password: str
    """Wire name `password`. Secret."""
    username: str
    """Wire name `username`."""
    database_name: str | None = None
    """Wire name `database_name`."""
    has_ssh_tunnel: bool | None = None
    """Wire name `has_ssh_tunnel`."""
    schema_name: str | None = None
    """Wire name `schema_name`."""
    tunnel_bastion_host: str | None = None
    """Wire name `tunnel.bastion.host`. Required with some settings."""
    tunnel_bastion_port: int | float | None = None
    """Wire name `tunnel.bastion.port`. Required with some settings."""
    tunnel_bastion_user: str | None = None
    """Wire name `tunnel.bastion.user`. Required with some settings."""


@dataclass(repr=False, kw_only=True)
class OracleCredentials(ConnectorConfig):
    """Config of a `oracle` credential (`credentials` block, chosen by `credentials_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "credentials"
    CONNECTOR_TYPE: ClassVar[str] = "oracle"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "database_name": "database_name",
        "host": "host",
        "password": "password",
        "port": "port",
        "username": "username",
        "has_ssh_tunnel": "has_ssh_tunnel",
        "schema_name": "schema_name",
        "tunnel_bastion_host": "tunnel.bastion.host",
        "tunnel_bastion_port": "tunnel.bastion.port",
        "tunnel_bastion_user": "tunnel.bastion.user",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({"password"})

    database_name: str
    """Wire name `database_name`."""
    host: str
    """Wire name `host`."""
    password: str
    """Wire name `password`. Secret."""
    port: int | float
    """Wire name `port`."""
    username: str
    """Wire name `username`."""
    has_ssh_tunnel: bool | None = None
    """Wire name `has_ssh_tunnel`."""
    schema_name: str | None = None
    """Wire name `schema_name`."""
    tunnel_bastion_host: str | None = None
    """Wire name `tunnel.bastion.host`. Required with some settings."""
    tunnel_bastion_port: int | float | None = None
    """Wire name `tunnel.bastion.port`. Required with some settings."""
    tunnel_bastion_user: str | None = None
    """Wire name `tunnel.bastion.user`. Required with some settings."""


@dataclass(repr=False, kw_only=True)
class PineconeCredentials(ConnectorConfig):
    """Config of a `pinecone` credential (`credentials` block, chosen by `credentials_type`); a vector connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "credentials"
    CONNECTOR_TYPE: ClassVar[str] = "pinecone"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "api_key": "api_key",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({"api_key"})

    api_key: str
    """Wire name `api_key`. Secret."""


@dataclass(repr=False, kw_only=True)
class PostgresCredentials(ConnectorConfig):
    """Config of a `postgres` credential (`credentials` block, chosen by `credentials_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "credentials"
    CONNECTOR_TYPE: ClassVar[str] = "postgres"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "database_name": "database_name",
        "host": "host",
        "password": "password",
        "port": "port",
        "username": "username",
        "has_ssh_tunnel": "has_ssh_tunnel",
        "schema_name": "schema_name",
        "tunnel_bastion_host": "tunnel.bastion.host",
        "tunnel_bastion_port": "tunnel.bastion.port",
        "tunnel_bastion_user": "tunnel.bastion.user",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({"password"})

    database_name: str
    """Wire name `database_name`."""
    host: str
    """Wire name `host`."""
    password: str
    """Wire name `password`. Secret."""
    port: int | float
    """Wire name `port`."""
    username: str
    """Wire name `username`."""
    has_ssh_tunnel: bool | None = None
    """Wire name `has_ssh_tunnel`."""
    schema_name: str | None = None
    """Wire name `schema_name`."""
    tunnel_bastion_host: str | None = None
    """Wire name `tunnel.bastion.host`. Required with some settings."""
    tunnel_bastion_port: int | float | None = None
    """Wire name `tunnel.bastion.port`. Required with some settings."""
    tunnel_bastion_user: str | None = None
    """Wire name `tunnel.bastion.user`. Required with some settings."""


@dataclass(repr=False, kw_only=True)
class RedshiftCredentials(ConnectorConfig):
    """Config of a `redshift` credential (`credentials` block, chosen by `credentials_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "credentials"
    CONNECTOR_TYPE: ClassVar[str] = "redshift"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "database_name": "database_name",
        "host": "host",
        "password": "password",
        "port": "port",
        "username": "username",
        "has_ssh_tunnel": "has_ssh_tunnel",
        "schema_name": "schema_name",
        "tunnel_bastion_host": "tunnel.bastion.host",
        "tunnel_bastion_port": "tunnel.bastion.port",
        "tunnel_bastion_user": "tunnel.bastion.user",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({"password"})

    database_name: str
    """Wire name `database_name`."""
    host: str
    """Wire name `host`."""
    password: str
    """Wire name `password`. Secret."""
    port: int | float
    """Wire name `port`."""
    username: str
    """Wire name `username`."""
    has_ssh_tunnel: bool | None = None
    """Wire name `has_ssh_tunnel`."""
    schema_name: str | None = None
    """Wire name `schema_name`."""
    tunnel_bastion_host: str | None = None
    """Wire name `tunnel.bastion.host`. Required with some settings."""
    tunnel_bastion_port: int | float | None = None
    """Wire name `tunnel.bastion.port`. Required with some settings."""
    tunnel_bastion_user: str | None = None
    """Wire name `tunnel.bastion.user`. Required with some settings."""


@dataclass(repr=False, kw_only=True)
class RestCredentials(ConnectorConfig):
    """Config of a `rest` credential (`credentials` block, chosen by `credentials_type`); a api connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "credentials"
    CONNECTOR_TYPE: ClassVar[str] = "rest"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "auth_type": "auth.type",
        "test_content_type": "test.content.type",
        "test_method": "test.method",
        "test_url": "test.url",
        "api_key_auth_key": "api.key.auth.key",
        "api_key_auth_value": "api.key.auth.value",
        "api_key_include_mode": "api.key.include.mode",
        "aws_access_key": "aws.access.key",
        "aws_region": "aws.region",
        "aws_secret_key": "aws.secret.key",
        "aws_service": "aws.service",
        "aws_session_token": "aws.session.token",
        "basic_password": "basic.password",
        "basic_username": "basic.username",
        "client_p12": "client.p12",
        "client_p12_password": "client.p12.password",
        "gcp_service_account_credentials_json": "gcp.service.account.credentials.json",
        "gcp_service_account_oauth_scopes": "gcp.service.account.oauth.scopes",
        "hmac_api_key": "hmac.api.key",
        "hmac_api_secret": "hmac.api.secret",
        "hmac_enabled": "hmac.enabled",
        "hmac_func": "hmac.func",
        "ignore_ssl_cert_validation": "ignore.ssl.cert.validation",
        "jwt_auth_body": "jwt.auth.body",
        "jwt_auth_content_type": "jwt.auth.content.type",
        "jwt_auth_response_format": "jwt.auth.response.format",
        "jwt_auth_token_path": "jwt.auth.token.path",
        "jwt_auth_token_type_path": "jwt.auth.token.type.path",
        "jwt_auth_url": "jwt.auth.url",
        "jwt_claim_audience": "jwt.claim.audience",
        "jwt_claim_expiration_sec": "jwt.claim.expiration.sec",
        "jwt_claim_extra_json": "jwt.claim.extra.json",
        "jwt_claim_issuer": "jwt.claim.issuer",
        "jwt_claim_scope": "jwt.claim.scope",
        "jwt_enabled": "jwt.enabled",
        "jwt_token_algorithm": "jwt.token.algorithm",
        "jwt_token_header": "jwt.token.header",
        "jwt_token_header_type": "jwt.token.header.type",
        "jwt_token_include_mode": "jwt.token.include.mode",
        "jwt_token_secret": "jwt.token.secret",
        "jwt_token_url_parameter": "jwt.token.url.parameter",
        "oauth1_access_token": "oauth1.access.token",
        "oauth1_access_token_secret": "oauth1.access.token.secret",
        "oauth1_auth_url": "oauth1.auth.url",
        "oauth1_auth_url_auth_url_params": "oauth1.auth_url.auth_url_params",
        "oauth1_consumer_key": "oauth1.consumer.key",
        "oauth1_consumer_secret": "oauth1.consumer.secret",
        "oauth1_extra_parameters": "oauth1.extra.parameters",
        "oauth1_request_url": "oauth1.request.url",
        "oauth1_request_url_req_url_params": "oauth1.request_url.req_url_params",
        "oauth1_signature_method": "oauth1.signature.method",
        "oauth1_token_exchange_type": "oauth1.token_exchange_type",
        "oauth1_token_url": "oauth1.token.url",
        "oauth1_token_url_token_url_params": "oauth1.token_url.token_url_params",
        "oauth2_access_token": "oauth2.access.token",
        "oauth2_access_token_method": "oauth2.access.token.method",
        "oauth2_access_token_url": "oauth2.access.token.url",
        "oauth2_auth_body": "oauth2.auth.body",
        "oauth2_auth_headers": "oauth2.auth.headers",
        "oauth2_auth_url": "oauth2.auth.url",
        "oauth2_auth_url_auth_url_params": "oauth2.auth_url.auth_url_params",
        "oauth2_client_auth_scheme": "oauth2.client.auth.scheme",
        "oauth2_client_id": "oauth2.client.id",
        "oauth2_client_secret": "oauth2.client.secret",
        "oauth2_token_exchange_type": "oauth2.token_exchange_type",
        "oauth2_token_type_override": "oauth2.token.type.override",
        "oauth2_token_url_token_url_params": "oauth2.token_url.token_url_params",
        "request_headers": "request.headers",
        "skip_validation": "skip.validation",
        "test_body": "test.body",
        "token_auth_body": "token.auth.body",
        "token_auth_method": "token.auth.method",
        "token_auth_request_header_name": "token.auth.request.header.name",
        "token_auth_request_header_prefix": "token.auth.request.header.prefix",
        "token_auth_response_format": "token.auth.response.format",
        "token_auth_token_header_name": "token.auth.token.header.name",
        "token_auth_token_include_cookie": "token.auth.token.include.cookie",
        "token_auth_token_include_mode": "token.auth.token.include.mode",
        "token_auth_token_path": "token.auth.token.path",
        "token_auth_token_url_parameter": "token.auth.token.url.parameter",
        "token_auth_url": "token.auth.url",
        "ui_cert_signed": "ui.cert_signed",
        "vendor_access_token": "vendor.access_token",
        "vendor_auth_scheme": "vendor.auth_scheme",
        "vendor_has_token_expiration_ts": "vendor.has_token_expiration_ts",
        "vendor_name": "vendor.name",
        "vendor_refresh_token": "vendor.refresh_token",
        "vendor_refresh_url": "vendor.refresh_url",
        "vendor_scopes": "vendor.scopes",
        "vendor_token_expires_in": "vendor.token_expires_in",
        "vendor_token_type": "vendor.token_type",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset(
        {
            "api_key_auth_value",
            "aws_access_key",
            "aws_secret_key",
            "aws_session_token",
            "basic_password",
            "client_p12",
            "client_p12_password",
            "gcp_service_account_credentials_json",
            "hmac_api_key",
            "hmac_api_secret",
            "jwt_token_secret",
            "oauth1_access_token",
            "oauth1_access_token_secret",
            "oauth1_consumer_secret",
            "oauth2_access_token",
            "oauth2_client_secret",
            "vendor_access_token",
            "vendor_refresh_token",
        }
    )

    auth_type: Literal[
        "NONE",
        "BASIC",
        "API_KEY",
        "TOKEN",
        "OAUTH1",
        "OAUTH2",
        "AWS_SIGNATURE",
        "gcp_service_account",
    ]
    """Wire name `auth.type`."""
    test_content_type: Literal[
        "application/atom+xml", "application/x-www-form-urlencoded", "application/json"
    ]
    """Wire name `test.content.type`."""
    test_method: Literal["GET", "POST"]
    """Wire name `test.method`."""
    test_url: str
    """Wire name `test.url`."""
    api_key_auth_key: str | None = None
    """Wire name `api.key.auth.key`."""
    api_key_auth_value: str | None = None
    """Wire name `api.key.auth.value`. Secret."""
    api_key_include_mode: Literal["HEADER", "URL_PARAMETER"] | None = None
    """Wire name `api.key.include.mode`."""
    aws_access_key: str | None = None
    """Wire name `aws.access.key`. Secret."""
    aws_region: str | None = None
    """Wire name `aws.region`."""
    aws_secret_key: str | None = None
    """Wire name `aws.secret.key`. Secret."""
    aws_service: str | None = None
    """Wire name `aws.service`."""
    aws_session_token: str | None = None
    """Wire name `aws.session.token`. Secret."""
    basic_password: str | None = None
    """Wire name `basic.password`. Secret."""
    basic_username: str | None = None
    """Wire name `basic.username`."""
    client_p12: str | None = None
    """Wire name `client.p12`. Secret."""
    client_p12_password: str | None = None
    """Wire name `client.p12.password`. Secret."""
    gcp_service_account_credentials_json: str | None = None
    """Wire name `gcp.service.account.credentials.json`. Secret."""
    gcp_service_account_oauth_scopes: str | None = None
    """Wire name `gcp.service.account.oauth.scopes`."""
    hmac_api_key: str | None = None
    """Wire name `hmac.api.key`. Secret."""
    hmac_api_secret: str | None = None
    """Wire name `hmac.api.secret`. Secret."""
    hmac_enabled: bool | None = None
    """Wire name `hmac.enabled`."""
    hmac_func: str | None = None
    """Wire name `hmac.func`."""
    ignore_ssl_cert_validation: bool | None = None
    """Wire name `ignore.ssl.cert.validation`."""
    jwt_auth_body: str | None = None
    """Wire name `jwt.auth.body`."""
    jwt_auth_content_type: (
        Literal[
            "application/atom+xml",
            "application/x-www-form-urlencoded",
            "application/json",
        ]
        | None
    ) = None
    """Wire name `jwt.auth.content.type`."""
    jwt_auth_response_format: Literal["xml", "json", "plain"] | None = None
    """Wire name `jwt.auth.response.format`."""
    jwt_auth_token_path: str | None = None
    """Wire name `jwt.auth.token.path`."""
    jwt_auth_token_type_path: str | None = None
    """Wire name `jwt.auth.token.type.path`."""
    jwt_auth_url: str | None = None
    """Wire name `jwt.auth.url`. Required with some settings."""
    jwt_claim_audience: str | None = None
    """Wire name `jwt.claim.audience`."""
    jwt_claim_expiration_sec: int | float | None = None
    """Wire name `jwt.claim.expiration.sec`."""
    jwt_claim_extra_json: str | None = None
    """Wire name `jwt.claim.extra.json`."""
    jwt_claim_issuer: str | None = None
    """Wire name `jwt.claim.issuer`."""
    jwt_claim_scope: str | None = None
    """Wire name `jwt.claim.scope`."""
    jwt_enabled: bool | None = None
    """Wire name `jwt.enabled`."""
    jwt_token_algorithm: (
        Literal[
            "NONE",
            "HS256",
            "HS384",
            "HS512",
            "RS256",
            "RS384",
            "RS512",
            "ES256",
            "ES384",
            "ES512",
            "PS256",
            "PS384",
            "PS512",
        ]
        | None
    ) = None
    """Wire name `jwt.token.algorithm`."""
    jwt_token_header: str | None = None
    """Wire name `jwt.token.header`."""
    jwt_token_header_type: str | None = None
    """Wire name `jwt.token.header.type`."""
    jwt_token_include_mode: Literal["HEADER", "URL_PARAMETER"] | None = None
    """Wire name `jwt.token.include.mode`."""
    jwt_token_secret: str | None = None
    """Wire name `jwt.token.secret`. Secret."""
    jwt_token_url_parameter: str | None = None
    """Wire name `jwt.token.url.parameter`."""
    oauth1_access_token: str | None = None
    """Wire name `oauth1.access.token`. Secret."""
    oauth1_access_token_secret: str | None = None
    """Wire name `oauth1.access.token.secret`. Secret."""
    oauth1_auth_url: str | None = None
    """Wire name `oauth1.auth.url`."""
    oauth1_auth_url_auth_url_params: str | None = None
    """Wire name `oauth1.auth_url.auth_url_params`."""
    oauth1_consumer_key: str | None = None
    """Wire name `oauth1.consumer.key`."""
    oauth1_consumer_secret: str | None = None
    """Wire name `oauth1.consumer.secret`. Secret."""
    oauth1_extra_parameters: str | None = None
    """Wire name `oauth1.extra.parameters`."""
    oauth1_request_url: str | None = None
    """Wire name `oauth1.request.url`."""
    oauth1_request_url_req_url_params: str | None = None
    """Wire name `oauth1.request_url.req_url_params`."""
    oauth1_signature_method: Literal["PLAINTEXT", "HMAC-SHA1", "HMAC-SHA256"] | None = (
        None
    )
    """Wire name `oauth1.signature.method`."""
    oauth1_token_exchange_type: Literal["2-legged", "3-legged"] | None = None
    """Wire name `oauth1.token_exchange_type`."""
    oauth1_token_url: str | None = None
    """Wire name `oauth1.token.url`."""
    oauth1_token_url_token_url_params: str | None = None
    """Wire name `oauth1.token_url.token_url_params`."""
    oauth2_access_token: str | None = None
    """Wire name `oauth2.access.token`. Secret."""
    oauth2_access_token_method: Literal["GET", "POST"] | None = None
    """Wire name `oauth2.access.token.method`."""
    oauth2_access_token_url: str | None = None
    """Wire name `oauth2.access.token.url`."""
    oauth2_auth_body: str | None = None
    """Wire name `oauth2.auth.body`."""
    oauth2_auth_headers: str | None = None
    """Wire name `oauth2.auth.headers`."""
    oauth2_auth_url: str | None = None
    """Wire name `oauth2.auth.url`."""
    oauth2_auth_url_auth_url_params: str | None = None
    """Wire name `oauth2.auth_url.auth_url_params`."""
    oauth2_client_auth_scheme: Literal["header", "form", "query"] | None = None
    """Wire name `oauth2.client.auth.scheme`."""
    oauth2_client_id: str | None = None
    """Wire name `oauth2.client.id`."""
    oauth2_client_secret: str | None = None
    """Wire name `oauth2.client.secret`. Secret."""
    oauth2_token_exchange_type: str | None = None
    """Wire name `oauth2.token_exchange_type`."""
    oauth2_token_type_override: str | None = None
    """Wire name `oauth2.token.type.override`."""
    oauth2_token_url_token_url_params: str | None = None
    """Wire name `oauth2.token_url.token_url_params`."""
    request_headers: str | None = None
    """Wire name `request.headers`."""
    skip_validation: bool | None = None
    """Wire name `skip.validation`."""
    test_body: str | None = None
    """Wire name `test.body`."""
    token_auth_body: str | None = None
    """Wire name `token.auth.body`."""
    token_auth_method: Literal["GET", "POST", "PUT"] | None = None
    """Wire name `token.auth.method`."""
    token_auth_request_header_name: str | None = None
    """Wire name `token.auth.request.header.name`."""
    token_auth_request_header_prefix: str | None = None
    """Wire name `token.auth.request.header.prefix`."""
    token_auth_response_format: Literal["xml", "json", "plain"] | None = None
    """Wire name `token.auth.response.format`."""
    token_auth_token_header_name: str | None = None
    """Wire name `token.auth.token.header.name`."""
    token_auth_token_include_cookie: bool | None = None
    """Wire name `token.auth.token.include.cookie`."""
    token_auth_token_include_mode: Literal["HEADER", "URL_PARAMETER"] | None = None
    """Wire name `token.auth.token.include.mode`."""
    token_auth_token_path: str | None = None
    """Wire name `token.auth.token.path`."""
    token_auth_token_url_parameter: str | None = None
    """Wire name `token.auth.token.url.parameter`."""
    token_auth_url: str | None = None
    """Wire name `token.auth.url`."""
    ui_cert_signed: bool | None = None
    """Wire name `ui.cert_signed`."""
    vendor_access_token: str | None = None
    """Wire name `vendor.access_token`. Secret."""
    vendor_auth_scheme: Literal["header", "form", "query"] | None = None
    """Wire name `vendor.auth_scheme`."""
    vendor_has_token_expiration_ts: bool | None = None
    """Wire name `vendor.has_token_expiration_ts`."""
    vendor_name: str | None = None
    """Wire name `vendor.name`."""
    vendor_refresh_token: str | None = None
    """Wire name `vendor.refresh_token`. Secret."""
    vendor_refresh_url: str | None = None
    """Wire name `vendor.refresh_url`."""
    vendor_scopes: str | None = None
    """Wire name `vendor.scopes`."""
    vendor_token_expires_in: int | float | None = None
    """Wire name `vendor.token_expires_in`."""
    vendor_token_type: str | None = None
    """Wire name `vendor.token_type`."""


@dataclass(repr=False, kw_only=True)
class S3Credentials(ConnectorConfig):
    """Config of a `s3` credential (`credentials` block, chosen by `credentials_type`); a file connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "credentials"
    CONNECTOR_TYPE: ClassVar[str] = "s3"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "s3_auth_type": "s3_auth_type",
        "access_key": "access_key",
        "arn": "arn",
        "encrypt_private_key": "encrypt.private.key",
        "encrypt_private_password": "encrypt.private.password",
        "encrypt_standard": "encrypt.standard",
        "encrypt_user_id": "encrypt.user.id",
        "encryption_mode": "encryption_mode",
        "external_id": "external_id",
        "external_public_key": "external.public.key",
        "external_user_id": "external.user.id",
        "file_encryption_enabled": "file_encryption_enabled",
        "has_client_encryption": "has_client_encryption",
        "kms_key": "kms_key",
        "region": "region",
        "secret_key": "secret_key",
        "sse_enabled": "sse.enabled",
        "sse_kms_key_arn": "sse.kms_key.arn",
        "test_path": "test.path",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset(
        {"access_key", "encrypt_private_key", "encrypt_private_password", "secret_key"}
    )

    s3_auth_type: Literal["Access Key", "ARN", "Instance Role"]
    """Wire name `s3_auth_type`."""
    access_key: str | None = None
    """Wire name `access_key`. Secret. Required with some settings."""
    arn: str | None = None
    """Wire name `arn`."""
    encrypt_private_key: str | None = None
    """Wire name `encrypt.private.key`. Secret. Required with some settings."""
    encrypt_private_password: str | None = None
    """Wire name `encrypt.private.password`. Secret. Required with some settings."""
    encrypt_standard: Literal["pgp"] | None = None
    """Wire name `encrypt.standard`. Required with some settings."""
    encrypt_user_id: str | None = None
    """Wire name `encrypt.user.id`. Required with some settings."""
    encryption_mode: (
        Literal[
            "EncryptionOnly", "AuthenticatedEncryption", "StrictAuthenticatedEncryption"
        ]
        | None
    ) = None
    """Wire name `encryption_mode`. Required with some settings."""
    external_id: str | None = None
    """Wire name `external_id`. Required with some settings."""
    external_public_key: str | None = None
    """Wire name `external.public.key`. Required with some settings."""
    external_user_id: str | None = None
    """Wire name `external.user.id`. Required with some settings."""
    file_encryption_enabled: bool | None = None
    """Wire name `file_encryption_enabled`."""
    has_client_encryption: bool | None = None
    """Wire name `has_client_encryption`."""
    kms_key: str | None = None
    """Wire name `kms_key`. Required with some settings."""
    region: str | None = None
    """Wire name `region`."""
    secret_key: str | None = None
    """Wire name `secret_key`. Secret. Required with some settings."""
    sse_enabled: bool | None = None
    """Wire name `sse.enabled`."""
    sse_kms_key_arn: str | None = None
    """Wire name `sse.kms_key.arn`. Required with some settings."""
    test_path: str | None = None
    """Wire name `test.path`."""


@dataclass(repr=False, kw_only=True)
class S3IcebergCredentials(ConnectorConfig):
    """Config of a `s3_iceberg` credential (`credentials` block, chosen by `credentials_type`); a file connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "credentials"
    CONNECTOR_TYPE: ClassVar[str] = "s3_iceberg"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "s3_auth_type": "s3_auth_type",
        "access_key_id": "access_key_id",
        "arn": "arn",
        "external_id": "external_id",
        "region": "region",
        "secret_key": "secret_key",
        "test_path": "test.path",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({"access_key_id", "secret_key"})

    s3_auth_type: Literal["Access Key", "ARN", "Instance Role"]
    """Wire name `s3_auth_type`."""
    access_key_id: str | None = None
    """Wire name `access_key_id`. Secret. Required with some settings."""
    arn: str | None = None
    """Wire name `arn`."""
    external_id: str | None = None
    """Wire name `external_id`. Required with some settings."""
    region: str | None = None
    """Wire name `region`."""
    secret_key: str | None = None
    """Wire name `secret_key`. Secret. Required with some settings."""
    test_path: str | None = None
    """Wire name `test.path`."""


@dataclass(repr=False, kw_only=True)
class SharepointCredentials(ConnectorConfig):
    """Config of a `sharepoint` credential (`credentials` block, chosen by `credentials_type`); a file connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "credentials"
    CONNECTOR_TYPE: ClassVar[str] = "sharepoint"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "oauth2_token_exchange_type": "oauth2.token_exchange_type",
        "tenant_id": "tenant_id",
        "access_token": "access_token",
        "auth_type": "auth.type",
        "encrypt_private_key": "encrypt.private.key",
        "encrypt_private_password": "encrypt.private.password",
        "encrypt_standard": "encrypt.standard",
        "encrypt_user_id": "encrypt.user.id",
        "external_public_key": "external.public.key",
        "external_user_id": "external.user.id",
        "file_encryption_enabled": "file_encryption_enabled",
        "oauth2_access_token_method": "oauth2.access.token.method",
        "oauth2_client_auth_scheme": "oauth2.client.auth.scheme",
        "oauth2_client_id": "oauth2.client.id",
        "oauth2_client_secret": "oauth2.client.secret",
        "oauth2_token_type_override": "oauth2.token.type.override",
        "skip_validation": "skip.validation",
        "test_content_type": "test.content.type",
        "test_method": "test.method",
        "test_url": "test.url",
        "vendor_access_token": "vendor.access_token",
        "vendor_has_token_expiration_ts": "vendor.has_token_expiration_ts",
        "vendor_last_refreshed_at": "vendor.last_refreshed_at",
        "vendor_name": "vendor.name",
        "vendor_other_info": "vendor.other_info",
        "vendor_refresh_token": "vendor.refresh_token",
        "vendor_scopes": "vendor.scopes",
        "vendor_token_expires_in": "vendor.token_expires_in",
        "vendor_token_type": "vendor.token_type",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset(
        {
            "access_token",
            "encrypt_private_key",
            "encrypt_private_password",
            "oauth2_client_secret",
            "vendor_access_token",
            "vendor_refresh_token",
        }
    )

    oauth2_token_exchange_type: Literal["3-legged", "2-legged"]
    """Wire name `oauth2.token_exchange_type`."""
    tenant_id: str
    """Wire name `tenant_id`."""
    access_token: str | None = None
    """Wire name `access_token`. Secret. Required with some settings."""
    auth_type: Literal["OAUTH2"] | None = None
    """Wire name `auth.type`."""
    encrypt_private_key: str | None = None
    """Wire name `encrypt.private.key`. Secret. Required with some settings."""
    encrypt_private_password: str | None = None
    """Wire name `encrypt.private.password`. Secret. Required with some settings."""
    encrypt_standard: Literal["pgp"] | None = None
    """Wire name `encrypt.standard`. Required with some settings."""
    encrypt_user_id: str | None = None
    """Wire name `encrypt.user.id`. Required with some settings."""
    external_public_key: str | None = None
    """Wire name `external.public.key`. Required with some settings."""
    external_user_id: str | None = None
    """Wire name `external.user.id`. Required with some settings."""
    file_encryption_enabled: bool | None = None
    """Wire name `file_encryption_enabled`."""
    oauth2_access_token_method: Literal["POST"] | None = None
    """Wire name `oauth2.access.token.method`."""
    oauth2_client_auth_scheme: Literal["form"] | None = None
    """Wire name `oauth2.client.auth.scheme`."""
    oauth2_client_id: str | None = None
    """Wire name `oauth2.client.id`. Required with some settings."""
    oauth2_client_secret: str | None = None
    """Wire name `oauth2.client.secret`. Secret. Required with some settings."""
    oauth2_token_type_override: Literal["Bearer"] | None = None
    """Wire name `oauth2.token.type.override`."""
    skip_validation: bool | None = None
    """Wire name `skip.validation`."""
    test_content_type: str | None = None
    """Wire name `test.content.type`."""
    test_method: str | None = None
    """Wire name `test.method`."""
    test_url: str | None = None
    """Wire name `test.url`."""
    vendor_access_token: str | None = None
    """Wire name `vendor.access_token`. Secret. Required with some settings."""
    vendor_has_token_expiration_ts: bool | None = None
    """Wire name `vendor.has_token_expiration_ts`. Required with some settings."""
    vendor_last_refreshed_at: str | None = None
    """Wire name `vendor.last_refreshed_at`. Required with some settings."""
    vendor_name: Literal["sharepoint"] | None = None
    """Wire name `vendor.name`. Required with some settings."""
    vendor_other_info: str | None = None
    """Wire name `vendor.other_info`. Required with some settings."""
    vendor_refresh_token: str | None = None
    """Wire name `vendor.refresh_token`. Secret. Required with some settings."""
    vendor_scopes: str | None = None
    """Wire name `vendor.scopes`."""
    vendor_token_expires_in: int | float | None = None
    """Wire name `vendor.token_expires_in`. Required with some settings."""
    vendor_token_type: str | None = None
    """Wire name `vendor.token_type`. Required with some settings."""


@dataclass(repr=False, kw_only=True)
class SnowflakeCredentials(ConnectorConfig):
    """Config of a `snowflake` credential (`credentials` block, chosen by `credentials_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "credentials"
    CONNECTOR_TYPE: ClassVar[str] = "snowflake"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "database_field_query_tag": "database.field.QUERY_TAG",
        "database_name": "database_name",
        "host": "host",
        "port": "port",
        "schema_name": "schema_name",
        "snowflake_auth_type": "snowflake.auth.type",
        "username": "username",
        "warehouse_name": "warehouse_name",
        "database_field_role": "database.field.role",
        "has_ssh_tunnel": "has_ssh_tunnel",
        "jdbc_parameters": "jdbc.parameters",
        "password": "password",
        "snowflake_private_key": "snowflake.privateKey",
        "snowflake_private_key_passphrase": "snowflake.privateKey.passphrase",
        "tunnel_bastion_host": "tunnel.bastion.host",
        "tunnel_bastion_port": "tunnel.bastion.port",
        "tunnel_bastion_user": "tunnel.bastion.user",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset(
        {"password", "snowflake_private_key", "snowflake_private_key_passphrase"}
    )

    database_field_query_tag: str
    """Wire name `database.field.QUERY_TAG`."""
    database_name: str
    """Wire name `database_name`."""
    host: str
    """Wire name `host`."""
    port: int | float
    """Wire name `port`."""
    schema_name: str
    """Wire name `schema_name`."""
    snowflake_auth_type: Literal["basic", "key_pair"]
    """Wire name `snowflake.auth.type`."""
    username: str
    """Wire name `username`."""
    warehouse_name: str
    """Wire name `warehouse_name`."""
    database_field_role: str | None = None
    """Wire name `database.field.role`."""
    has_ssh_tunnel: bool | None = None
    """Wire name `has_ssh_tunnel`."""
    jdbc_parameters: str | None = None
    """Wire name `jdbc.parameters`."""
    password: str | None = None
    """Wire name `password`. Secret."""
    snowflake_private_key: str | None = None
    """Wire name `snowflake.privateKey`. Secret."""
    snowflake_private_key_passphrase: str | None = None
    """Wire name `snowflake.privateKey.passphrase`. Secret."""
    tunnel_bastion_host: str | None = None
    """Wire name `tunnel.bastion.host`. Required with some settings."""
    tunnel_bastion_port: int | float | None = None
    """Wire name `tunnel.bastion.port`. Required with some settings."""
    tunnel_bastion_user: str | None = None
    """Wire name `tunnel.bastion.user`. Required with some settings."""


@dataclass(repr=False, kw_only=True)
class SnowflakeDcrCredentials(ConnectorConfig):
    """Config of a `snowflake_dcr` credential (`credentials` block, chosen by `credentials_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "credentials"
    CONNECTOR_TYPE: ClassVar[str] = "snowflake_dcr"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "database_name": "database_name",
        "host": "host",
        "port": "port",
        "schema_name": "schema_name",
        "snowflake_auth_type": "snowflake.auth.type",
        "username": "username",
        "warehouse_name": "warehouse_name",
        "database_field_role": "database.field.role",
        "has_ssh_tunnel": "has_ssh_tunnel",
        "password": "password",
        "snowflake_private_key": "snowflake.privateKey",
        "snowflake_private_key_passphrase": "snowflake.privateKey.passphrase",
        "tunnel_bastion_host": "tunnel.bastion.host",
        "tunnel_bastion_port": "tunnel.bastion.port",
        "tunnel_bastion_user": "tunnel.bastion.user",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset(
        {"password", "snowflake_private_key", "snowflake_private_key_passphrase"}
    )

    database_name: str
    """Wire name `database_name`."""
    host: str
    """Wire name `host`."""
    port: int | float
    """Wire name `port`."""
    schema_name: str
    """Wire name `schema_name`."""
    snowflake_auth_type: Literal["basic", "key_pair"]
    """Wire name `snowflake.auth.type`."""
    username: str
    """Wire name `username`."""
    warehouse_name: str
    """Wire name `warehouse_name`."""
    database_field_role: str | None = None
    """Wire name `database.field.role`."""
    has_ssh_tunnel: bool | None = None
    """Wire name `has_ssh_tunnel`."""
    password: str | None = None
    """Wire name `password`. Secret."""
    snowflake_private_key: str | None = None
    """Wire name `snowflake.privateKey`. Secret."""
    snowflake_private_key_passphrase: str | None = None
    """Wire name `snowflake.privateKey.passphrase`. Secret."""
    tunnel_bastion_host: str | None = None
    """Wire name `tunnel.bastion.host`. Required with some settings."""
    tunnel_bastion_port: int | float | None = None
    """Wire name `tunnel.bastion.port`. Required with some settings."""
    tunnel_bastion_user: str | None = None
    """Wire name `tunnel.bastion.user`. Required with some settings."""


@dataclass(repr=False, kw_only=True)
class SoapCredentials(ConnectorConfig):
    """Config of a `soap` credential (`credentials` block, chosen by `credentials_type`); a api connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "credentials"
    CONNECTOR_TYPE: ClassVar[str] = "soap"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "auth_type": "auth.type",
        "basic_password": "basic.password",
        "basic_username": "basic.username",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({"basic_password"})

    auth_type: Literal["NONE", "BASIC"]
    """Wire name `auth.type`."""
    basic_password: str | None = None
    """Wire name `basic.password`. Secret. Required with some settings."""
    basic_username: str | None = None
    """Wire name `basic.username`. Required with some settings."""


@dataclass(repr=False, kw_only=True)
class SqlserverCredentials(ConnectorConfig):
    """Config of a `sqlserver` credential (`credentials` block, chosen by `credentials_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "credentials"
    CONNECTOR_TYPE: ClassVar[str] = "sqlserver"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "host": "host",
        "password": "password",
        "port": "port",
        "username": "username",
        "database_field_application_intent": "database.field.applicationIntent",
        "database_name": "database_name",
        "has_ssh_tunnel": "has_ssh_tunnel",
        "schema_name": "schema_name",
        "tunnel_bastion_host": "tunnel.bastion.host",
        "tunnel_bastion_port": "tunnel.bastion.port",
        "tunnel_bastion_user": "tunnel.bastion.user",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({"password"})

    host: str
    """Wire name `host`."""
    password: str
    """Wire name `password`. Secret."""
    port: int | float
    """Wire name `port`."""
    username: str
    """Wire name `username`."""
    database_field_application_intent: Literal["readonly", "readwrite"] | None = None
    """Wire name `database.field.applicationIntent`."""
    database_name: str | None = None
    """Wire name `database_name`."""
    has_ssh_tunnel: bool | None = None
    """Wire name `has_ssh_tunnel`."""
    schema_name: str | None = None
    """Wire name `schema_name`."""
    tunnel_bastion_host: str | None = None
    """Wire name `tunnel.bastion.host`. Required with some settings."""
    tunnel_bastion_port: int | float | None = None
    """Wire name `tunnel.bastion.port`. Required with some settings."""
    tunnel_bastion_user: str | None = None
    """Wire name `tunnel.bastion.user`. Required with some settings."""


@dataclass(repr=False, kw_only=True)
class SybaseCredentials(ConnectorConfig):
    """Config of a `sybase` credential (`credentials` block, chosen by `credentials_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "credentials"
    CONNECTOR_TYPE: ClassVar[str] = "sybase"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "database_name": "database_name",
        "host": "host",
        "password": "password",
        "port": "port",
        "username": "username",
        "has_ssh_tunnel": "has_ssh_tunnel",
        "schema_name": "schema_name",
        "tunnel_bastion_host": "tunnel.bastion.host",
        "tunnel_bastion_port": "tunnel.bastion.port",
        "tunnel_bastion_user": "tunnel.bastion.user",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({"password"})

    database_name: str
    """Wire name `database_name`."""
    host: str
    """Wire name `host`."""
    password: str
    """Wire name `password`. Secret."""
    port: int | float
    """Wire name `port`."""
    username: str
    """Wire name `username`."""
    has_ssh_tunnel: bool | None = None
    """Wire name `has_ssh_tunnel`."""
    schema_name: str | None = None
    """Wire name `schema_name`."""
    tunnel_bastion_host: str | None = None
    """Wire name `tunnel.bastion.host`. Required with some settings."""
    tunnel_bastion_port: int | float | None = None
    """Wire name `tunnel.bastion.port`. Required with some settings."""
    tunnel_bastion_user: str | None = None
    """Wire name `tunnel.bastion.user`. Required with some settings."""


@dataclass(repr=False, kw_only=True)
class TeradataCredentials(ConnectorConfig):
    """Config of a `teradata` credential (`credentials` block, chosen by `credentials_type`); a database connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "credentials"
    CONNECTOR_TYPE: ClassVar[str] = "teradata"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "database_name": "database_name",
        "host": "host",
        "password": "password",
        "port": "port",
        "username": "username",
        "has_ssh_tunnel": "has_ssh_tunnel",
        "tunnel_bastion_host": "tunnel.bastion.host",
        "tunnel_bastion_port": "tunnel.bastion.port",
        "tunnel_bastion_user": "tunnel.bastion.user",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({"password"})

    database_name: str
    """Wire name `database_name`."""
    host: str
    """Wire name `host`."""
    password: str
    """Wire name `password`. Secret."""
    port: int | float
    """Wire name `port`."""
    username: str
    """Wire name `username`."""
    has_ssh_tunnel: bool | None = None
    """Wire name `has_ssh_tunnel`."""
    tunnel_bastion_host: str | None = None
    """Wire name `tunnel.bastion.host`. Required with some settings."""
    tunnel_bastion_port: int | float | None = None
    """Wire name `tunnel.bastion.port`. Required with some settings."""
    tunnel_bastion_user: str | None = None
    """Wire name `tunnel.bastion.user`. Required with some settings."""


@dataclass(repr=False, kw_only=True)
class TibcoCredentials(ConnectorConfig):
    """Config of a `tibco` credential (`credentials` block, chosen by `credentials_type`); a stream connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "credentials"
    CONNECTOR_TYPE: ClassVar[str] = "tibco"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "jms_vendor": "jms.vendor",
        "password": "password",
        "url": "url",
        "username": "username",
        "has_ssh_tunnel": "has_ssh_tunnel",
        "tunnel_bastion_host": "tunnel.bastion.host",
        "tunnel_bastion_port": "tunnel.bastion.port",
        "tunnel_bastion_user": "tunnel.bastion.user",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset({"password"})

    jms_vendor: Literal["tibco", "activemq"]
    """Wire name `jms.vendor`."""
    password: str
    """Wire name `password`. Secret."""
    url: str
    """Wire name `url`."""
    username: str
    """Wire name `username`."""
    has_ssh_tunnel: bool | None = None
    """Wire name `has_ssh_tunnel`."""
    tunnel_bastion_host: str | None = None
    """Wire name `tunnel.bastion.host`. Required with some settings."""
    tunnel_bastion_port: int | float | None = None
    """Wire name `tunnel.bastion.port`. Required with some settings."""
    tunnel_bastion_user: str | None = None
    """Wire name `tunnel.bastion.user`. Required with some settings."""


@dataclass(repr=False, kw_only=True)
class WebdavCredentials(ConnectorConfig):
    """Config of a `webdav` credential (`credentials` block, chosen by `credentials_type`); a file connector.

    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire
    names (`WIRE_NAMES`). Keys not listed here go in `extra`.
    """

    FAMILY: ClassVar[str] = "credentials"
    CONNECTOR_TYPE: ClassVar[str] = "webdav"
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "url": "url",
        "anonymous": "anonymous",
        "encrypt_private_key": "encrypt.private.key",
        "encrypt_private_password": "encrypt.private.password",
        "encrypt_standard": "encrypt.standard",
        "encrypt_user_id": "encrypt.user.id",
        "external_public_key": "external.public.key",
        "external_user_id": "external.user.id",
        "file_encryption_enabled": "file_encryption_enabled",
        "password": "password",
        "username": "username",
    }
    SECRETS: ClassVar[frozenset[str]] = frozenset(
        {"encrypt_private_key", "encrypt_private_password", "password"}
    )

    url: str
    """Wire name `url`."""
    anonymous: bool | None = None
    """Wire name `anonymous`."""
    encrypt_private_key: str | None = None
    """Wire name `encrypt.private.key`. Secret. Required with some settings."""
    encrypt_private_password: str | None = None
    """Wire name `encrypt.private.password`. Secret. Required with some settings."""
    encrypt_standard: Literal["pgp"] | None = None
    """Wire name `encrypt.standard`. Required with some settings."""
    encrypt_user_id: str | None = None
    """Wire name `encrypt.user.id`. Required with some settings."""
    external_public_key: str | None = None
    """Wire name `external.public.key`. Required with some settings."""
    external_user_id: str | None = None
    """Wire name `external.user.id`. Required with some settings."""
    file_encryption_enabled: bool | None = None
    """Wire name `file_encryption_enabled`."""
    password: str | None = None
    """Wire name `password`. Secret."""
    username: str | None = None
    """Wire name `username`."""
